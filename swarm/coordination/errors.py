"""Errors of the coordination module, all under :class:`LockError` except Redis outages.

Script return codes become these named exceptions; a Redis connection fault becomes
:class:`CoordinationUnavailable`, a :class:`~swarm.errors.TransientError` the task boundary
retries with back-off.
"""

from __future__ import annotations

from swarm.errors import ServiceUnavailable, SwarmError, TransientError


class LockError(SwarmError):
    """Root of the lock errors; ``name`` is the lock (or guarded resource)."""

    def __init__(self, name: str, message: str) -> None:
        self.name = name
        super().__init__(message)


class NotHeld(LockError):
    """Release or extend by an owner that does not hold the lock (never acquired, released,
    or its lease ran out). ``holder`` is who holds it now, if anyone."""

    def __init__(self, name: str, owner: str, holder: str | None = None) -> None:
        self.owner, self.holder = owner, holder
        now = f"it is held by {holder!r}" if holder else "it is free"
        super().__init__(
            name, f"lock {name!r} is not held by {owner!r} ({now}; released or lease expired)"
        )


class LockLost(NotHeld):
    """The lease of a held lock ran out or could not be renewed while work ran under it."""

    def __init__(self, name: str, owner: str, reason: str) -> None:
        self.reason = reason
        super().__init__(name, owner)
        self.args = (f"lock {name!r} held by {owner!r} was lost: {reason}",)


class AlreadyHeld(LockError):
    """``acquire`` on a lock object that already holds it (locks are not re-entrant)."""

    def __init__(self, name: str, owner: str) -> None:
        self.owner = owner
        super().__init__(name, f"lock {name!r} is already held by this owner {owner!r}")


class AcquireTimeout(LockError, TransientError):
    """A blocking acquire (``with lock:``) did not get the lock within its timeout."""

    def __init__(self, name: str, owner: str, timeout_s: float) -> None:
        self.owner, self.timeout_s = owner, timeout_s
        super().__init__(name, f"{owner!r} did not get lock {name!r} within {timeout_s:g} s")


class StaleFence(LockError):
    """A guarded write refused: its fencing token is not newer than the last writer's."""

    def __init__(self, resource: str, token: int, current: int | None) -> None:
        self.token, self.current = token, current
        super().__init__(
            resource,
            f"write to {resource!r} refused: fencing token {token} is stale"
            f" (last written with {current}); a newer lock holder exists",
        )


class CoordinationUnavailable(ServiceUnavailable):
    """The coordination Redis did not answer; retry with back-off."""

    def __init__(self, url: str, operation: str, reason: str) -> None:
        self.operation = operation
        super().__init__("coordination Redis", url, f"{operation}: {reason}")
