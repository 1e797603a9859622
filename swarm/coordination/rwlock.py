"""A read-write lock on Redis: many readers or one writer, each holder with its own lease.

Readers live in a sorted set (owner -> lease end, pruned by every script); the writer is a
hash with a Redis TTL. A writer that has to wait sets an *intent* marker with a short lease
(``writer_intent_ms``, refreshed on every retry); new readers are refused while it exists,
so a stream of readers cannot starve writers. Grants are fenced and audited like
:class:`~swarm.coordination.lock.Lock`'s.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

import redis

from swarm import keys
from swarm.coordination.args import check_name, check_owner, check_positive, check_positive_ms
from swarm.coordination.defaults import (
    AUDIT_STREAM_MAX,
    DEFAULT_LEASE_MS,
    MAX_WAKE,
    SIGNAL_TTL_MS,
    WRITER_INTENT_MS,
)
from swarm.coordination.errors import AcquireTimeout, AlreadyHeld, LockLost, NotHeld
from swarm.coordination.scripts import Arg, boundary, scripts_for, text
from swarm.coordination.waiting import Attempt, check_timeout, seconds_arg, wait_for_grant

Mode = Literal["read", "write"]
_CODE: dict[Mode, str] = {"read": "r", "write": "w"}
# A waiting writer refreshes its intent marker at least this many times per intent lease.
INTENT_REFRESHES = 2


def rw_keys(name: str) -> list[str]:
    """The KEYS of every ``rw_*.lua`` script, in the order ``_rw.lua`` documents."""
    base = f"{keys.RWLOCK}:{name}"
    return [f"{base}:writer", f"{base}:readers", f"{base}:intent", f"{base}:fence",
            f"{base}:holder", f"{base}:signal", f"{base}:waiters", keys.RWLOCKS_HELD,
            keys.AUDIT_STREAM, keys.CONFLICTS, keys.LOCK_WAITS, keys.LOCK_WAIT_SECONDS]  # fmt: skip


class RWLock:
    """A read-write lock named ``name``; one object holds it in at most one mode at a time.

    Options as for :class:`~swarm.coordination.lock.Lock` (``lease_ms``, ``owner``,
    ``timeout``, ``audit_stream_max``) plus ``intent_ms``, the lease of a waiting writer's
    intent marker. Use ``with rw.read():`` / ``with rw.write():``, or ``acquire(mode)`` and
    ``release()``.
    """

    def __init__(
        self,
        client: redis.Redis,
        name: str,
        lease_ms: int = DEFAULT_LEASE_MS,
        owner: str | None = None,
        *,
        intent_ms: int = WRITER_INTENT_MS,
        timeout: float = -1,
        audit_stream_max: int = AUDIT_STREAM_MAX,
    ) -> None:
        self.name = check_name(name)
        self.lease_ms = check_positive_ms("lease_ms", lease_ms)
        self.intent_ms = check_positive_ms("intent_ms", intent_ms)
        self.owner_id = check_owner(owner)
        self.audit_stream_max = check_positive("audit_stream_max", audit_stream_max)
        check_timeout(True, timeout)
        self.client, self.timeout = client, timeout
        self._keys = rw_keys(name)
        self._scripts = scripts_for(client)
        self._mode: Mode | None = None
        self._fence: int | None = None

    def __repr__(self) -> str:
        return f"RWLock({self.name!r}, owner={self.owner_id!r}, mode={self._mode})"

    @property
    def fence(self) -> int | None:
        """The fencing token of the current hold; None when not held by this object."""
        return self._fence

    @property
    def mode(self) -> Mode | None:
        """``"read"``, ``"write"`` or None (not held by this object)."""
        return self._mode

    def readers(self) -> list[str]:
        """Owners holding a live read lease now."""
        with boundary(self.client, f"readers {self.name}"):
            now_ms = _server_ms(self.client)
            found = self.client.zrangebyscore(self._keys[1], f"({now_ms}", "+inf")
        return [text(r) for r in found]

    def writer(self) -> str | None:
        """The owner holding the write lock now, or None."""
        with boundary(self.client, f"writer {self.name}"):
            value = self.client.hget(self._keys[0], "owner")
        return None if value is None else text(value)

    def acquire(self, mode: Mode, blocking: bool = True, timeout: float = -1) -> bool:
        """Take the lock in ``mode``; True when granted (``threading.Lock`` semantics)."""
        if mode not in _CODE:
            raise ValueError(f"mode must be 'read' or 'write', got {mode!r}")
        check_timeout(blocking, timeout)
        if self._mode is not None:
            raise AlreadyHeld(self.name, self.owner_id)

        def attempt(wait_ms: int, first: bool, waited_s: float) -> Attempt:
            args: list[Arg] = [_CODE[mode], self.owner_id, self.lease_ms,
                               self.audit_stream_max, self.name, wait_ms,
                               "1" if first else "0", self.intent_ms,
                               seconds_arg(waited_s)]  # fmt: skip
            with boundary(self.client, f"acquire {mode} {self.name}"):
                return Attempt.parse(self._scripts.rw_acquire(self._keys, args))

        if blocking:
            # A waiting writer retries (refreshing its intent) before the intent expires.
            most = self.intent_ms // INTENT_REFRESHES if mode == "write" else None
            result = wait_for_grant(
                self.client, self._keys[5], attempt, timeout, self._give_up, max_slice_ms=most
            )
        else:
            result = attempt(0, True, 0.0)
        if not result.granted:
            return False
        self._mode, self._fence = mode, result.value
        return True

    def release(self) -> None:
        """Release the current hold; :class:`NotHeld` when this owner holds none."""
        mode, fence = self._mode, self._fence
        if mode is None or fence is None:
            raise NotHeld(self.name, self.owner_id)
        self._mode = self._fence = None
        args: list[Arg] = [_CODE[mode], self.owner_id, fence, self.audit_stream_max, self.name,
                SIGNAL_TTL_MS, MAX_WAKE]  # fmt: skip
        with boundary(self.client, f"release {mode} {self.name}"):
            ok, holder = self._scripts.rw_release(self._keys, args)
        if not int(ok):
            raise NotHeld(self.name, self.owner_id, text(holder) or None)

    def extend(self, lease_ms: int | None = None) -> None:
        """Renew the current hold's lease to ``lease_ms`` (default: the lock's) from now."""
        lease = self.lease_ms if lease_ms is None else check_positive_ms("lease_ms", lease_ms)
        mode, fence = self._mode, self._fence
        if mode is None or fence is None:
            raise NotHeld(self.name, self.owner_id)
        args: list[Arg] = [_CODE[mode], self.owner_id, fence, lease, self.audit_stream_max,
                           self.name]  # fmt: skip
        with boundary(self.client, f"extend {mode} {self.name}"):
            ok, holder = self._scripts.rw_extend(self._keys, args)
        if not int(ok):
            self._mode = self._fence = None
            raise NotHeld(self.name, self.owner_id, text(holder) or None)

    @contextmanager
    def read(self) -> Iterator[RWLock]:
        """Hold the lock for reading inside the block."""
        with self._held("read"):
            yield self

    @contextmanager
    def write(self) -> Iterator[RWLock]:
        """Hold the lock for writing inside the block."""
        with self._held("write"):
            yield self

    @contextmanager
    def _held(self, mode: Mode) -> Iterator[None]:
        if not self.acquire(mode, timeout=self.timeout):
            raise AcquireTimeout(self.name, self.owner_id, self.timeout)
        try:
            yield
        finally:
            try:
                self.release()
            except NotHeld as err:
                raise LockLost(self.name, self.owner_id, "lease expired before release") from err

    def _give_up(self, waited_s: float) -> None:
        with boundary(self.client, f"stop waiting on {self.name}"):
            self._scripts.rw_give_up(self._keys, [self.owner_id, self.name, seconds_arg(waited_s)])


def _server_ms(client: redis.Redis) -> int:
    sec, usec = client.time()
    return int(sec) * 1000 + int(usec) // 1000
