"""An exclusive, leased, fenced lock on Redis with signalled waiters.

Mirrors ``threading.Lock``: ``acquire(blocking=True, timeout=-1)``, ``release()``,
``locked()`` and the context manager, plus ``extend()``, ``owner()`` and ``fence``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from types import TracebackType

import redis

from swarm import keys
from swarm.coordination.args import check_name, check_owner, check_positive, check_positive_ms
from swarm.coordination.defaults import AUDIT_STREAM_MAX, DEFAULT_LEASE_MS, SIGNAL_TTL_MS
from swarm.coordination.errors import AcquireTimeout, AlreadyHeld, LockLost, NotHeld
from swarm.coordination.scripts import Arg, boundary, run, scripts_for, text
from swarm.coordination.waiting import Attempt, check_timeout, seconds_arg, wait_for_grant
from swarm.coordination.watchdog import Watchdog

log = logging.getLogger(__name__)


class Lock:
    """An exclusive lock named ``name`` on ``client``.

    Options:

    * ``lease_ms`` — the lease of each grant (default ``locks.lease_ms``); a holder that
      neither releases nor extends loses the lock when it runs out.
    * ``owner`` — who holds it, shown in audit and ``swarm locks``; default
      ``host:pid:thread:nonce``. Must be unique per holder.
    * ``watchdog`` — renew the lease in a thread while held; if renewal fails the lock is
      *lost*: ``on_lost(reason)`` is called, :attr:`lost` turns true and leaving the
      ``with`` block raises :class:`LockLost`.
    * ``timeout`` — how long ``with lock:`` waits (seconds, -1 = no limit) before
      :class:`AcquireTimeout`.
    * ``audit_stream_max`` — cap of the audit stream (``locks.audit_stream_max``).

    Every grant carries a fencing token, :attr:`fence`, strictly larger than any earlier
    grant of this name: pass it to :mod:`swarm.coordination.fencing` to guard writes.
    """

    def __init__(
        self,
        client: redis.Redis,
        name: str,
        lease_ms: int = DEFAULT_LEASE_MS,
        owner: str | None = None,
        *,
        watchdog: bool = False,
        on_lost: Callable[[str], None] | None = None,
        timeout: float = -1,
        audit_stream_max: int = AUDIT_STREAM_MAX,
    ) -> None:
        self.name = check_name(name)
        self.lease_ms = check_positive_ms("lease_ms", lease_ms)
        self.owner_id = check_owner(owner)
        self.audit_stream_max = check_positive("audit_stream_max", audit_stream_max)
        check_timeout(True, timeout)
        self.client, self.timeout = client, timeout
        self.use_watchdog, self.on_lost = watchdog, on_lost
        base = f"{keys.LOCK}:{name}"
        self.key, self.signal_key, self.waiters_key = base, f"{base}:signal", f"{base}:waiters"
        fence, holder = f"{base}:fence", f"{base}:holder"
        # Keys and fixed arguments are encoded once: encoding is most of a call's client cost.
        enc = _encode
        self._acquire_keys = enc(base, fence, holder, self.waiters_key, keys.LOCKS_HELD,
                                 keys.AUDIT_STREAM, keys.CONFLICTS, keys.LOCK_WAITS,
                                 keys.LOCK_WAIT_SECONDS)  # fmt: skip
        self._release_keys = enc(base, holder, self.signal_key, self.waiters_key,
                                 keys.LOCKS_HELD, keys.AUDIT_STREAM)  # fmt: skip
        self._extend_keys = enc(base, keys.LOCKS_HELD, keys.AUDIT_STREAM)
        self._owner_b, self._name_b, self._lease_b, self._cap_b = enc(
            self.owner_id, name, str(self.lease_ms), str(self.audit_stream_max)
        )
        self._signal_ttl_b = str(SIGNAL_TTL_MS).encode()
        self._ops = {op: f"{op} {name}" for op in ("acquire", "release", "extend")}
        self._scripts = scripts_for(client)
        self._fence: int | None = None
        self._watchdog: Watchdog | None = None
        self._lost: str | None = None

    def __repr__(self) -> str:
        return f"Lock({self.name!r}, owner={self.owner_id!r}, fence={self._fence})"

    # State ---------------------------------------------------------------------------------

    @property
    def fence(self) -> int | None:
        """The fencing token of the current grant; None when this object does not hold it."""
        return self._fence

    @property
    def held(self) -> bool:
        """True while this object believes it holds the lock (see :attr:`lost`)."""
        return self._fence is not None

    @property
    def lost(self) -> bool:
        """True when the watchdog found the lease gone while the lock was held."""
        return self._lost is not None

    def locked(self) -> bool:
        """True when anyone holds the lock now."""
        with boundary(self.client, f"locked {self.name}"):
            return bool(self.client.exists(self.key))

    def owner(self) -> str | None:
        """The owner holding the lock now, or None."""
        with boundary(self.client, f"owner {self.name}"):
            value = self.client.get(self.key)
        return None if value is None else parse_value(value)[1]

    # Operations ----------------------------------------------------------------------------

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        """Take the lock; True when granted. Blocks up to ``timeout`` s (-1 = no limit)."""
        check_timeout(blocking, timeout)
        if self._fence is not None:
            raise AlreadyHeld(self.name, self.owner_id)
        if blocking:
            result = wait_for_grant(
                self.client, self.signal_key, self._attempt, timeout, self._give_up
            )
        else:
            result = self._attempt(0, True, 0.0)
        if not result.granted:
            return False
        self._fence, self._lost = result.value, None
        if self.use_watchdog:
            self._start_watchdog(result.value)
        return True

    def release(self) -> None:
        """Release the lock; :class:`NotHeld` when this owner does not hold it."""
        fence = self._fence
        if fence is None:
            raise NotHeld(self.name, self.owner_id)
        self._stop_watchdog()
        self._fence = None
        args: list[Arg] = [self._owner_b, str(fence).encode(), self._cap_b, self._name_b,
                           self._signal_ttl_b]  # fmt: skip
        with boundary(self.client, self._ops["release"]):
            reply = run(self.client, self._scripts.release, self._release_keys, args)
        if reply != 1:
            raise NotHeld(self.name, self.owner_id, text(reply) or None)

    def extend(self, lease_ms: int | None = None) -> None:
        """Renew the lease to ``lease_ms`` (default: the lock's lease) from now."""
        lease = self.lease_ms if lease_ms is None else check_positive_ms("lease_ms", lease_ms)
        fence = self._fence
        if fence is None:
            raise NotHeld(self.name, self.owner_id)
        ok, holder = self._extend(fence, lease)
        if not ok:
            self._stop_watchdog()
            self._fence = None
            raise NotHeld(self.name, self.owner_id, holder or None)

    # Context manager -----------------------------------------------------------------------

    def __enter__(self) -> Lock:
        if not self.acquire(timeout=self.timeout):
            raise AcquireTimeout(self.name, self.owner_id, self.timeout)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._lost is not None:
            self._stop_watchdog()
            self._fence = None
            raise LockLost(self.name, self.owner_id, self._lost)
        try:
            self.release()
        except NotHeld as err:
            raise LockLost(self.name, self.owner_id, "lease expired before release") from err

    # Internals -----------------------------------------------------------------------------

    def _attempt(self, wait_ms: int, first: bool, waited_s: float) -> Attempt:
        args: list[Arg] = [self._owner_b, self._lease_b, self._cap_b, self._name_b,
                           str(wait_ms).encode(), b"1" if first else b"0",
                           b"0" if first else seconds_arg(waited_s).encode()]  # fmt: skip
        with boundary(self.client, self._ops["acquire"]):
            return Attempt.parse(run(self.client, self._scripts.acquire, self._acquire_keys, args))

    def _give_up(self, waited_s: float) -> None:
        with boundary(self.client, f"stop waiting on {self.name}"):
            pipe = self.client.pipeline(transaction=True)
            pipe.zrem(self.waiters_key, self.owner_id)
            pipe.hincrby(keys.LOCK_WAITS, self.name, 1)
            pipe.hincrbyfloat(keys.LOCK_WAIT_SECONDS, self.name, float(seconds_arg(waited_s)))
            pipe.execute()

    def _extend(self, fence: int, lease_ms: int) -> tuple[bool, str]:
        args: list[Arg] = [self._owner_b, str(fence), str(lease_ms), self._cap_b, self._name_b]
        with boundary(self.client, self._ops["extend"]):
            reply = run(self.client, self._scripts.extend, self._extend_keys, args)
        return (True, "") if reply == 1 else (False, text(reply))

    def _start_watchdog(self, fence: int) -> None:
        self._watchdog = Watchdog(
            self.name, self.lease_ms, lambda: self._extend(fence, self.lease_ms)[0], self._mark_lost
        )
        self._watchdog.start()

    def _stop_watchdog(self) -> None:
        dog, self._watchdog = self._watchdog, None
        if dog is not None:
            dog.stop()

    def _mark_lost(self, reason: str) -> None:
        self._lost = reason
        log.error("lock %r held by %r lost: %s", self.name, self.owner_id, reason)
        if self.on_lost is not None:
            try:
                self.on_lost(reason)
            except Exception:
                log.exception("on_lost callback of lock %r failed", self.name)


def _encode(*values: str) -> list[bytes]:
    return [v.encode() for v in values]


def parse_value(value: bytes | str) -> tuple[int, str]:
    """``(fence, owner)`` from a lock key's value ``'<fence>:<owner>'``."""
    fence, _, owner = text(value).partition(":")
    return int(fence), owner
