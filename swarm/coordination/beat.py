"""One beat at a time: a Celery beat scheduler that only sends tasks while it holds a lock.

Run beat with::

    celery -A swarm beat -S swarm.coordination.beat:SingleBeatScheduler

Every beat process (one per host, for failover) runs the same command. Each tick, a beat
that does not hold the ``beat`` lock tries to take it without blocking; only the holder
sends due tasks. The holder's watchdog renews the lease (``locks.lease_ms``); if renewal
fails (Redis away for a lease, or the lease taken over) the lock is lost, that beat stops
sending at once and competes again on its next tick. A dead beat's lock is freed by its
lease running out, so another beat takes over within one lease.
"""

from __future__ import annotations

import logging
from typing import Any

import redis
from celery.beat import PersistentScheduler

from swarm.coordination.defaults import WATCHDOG_RENEWALS_PER_LEASE
from swarm.coordination.errors import CoordinationUnavailable, NotHeld
from swarm.coordination.lock import Lock

log = logging.getLogger(__name__)

BEAT_LOCK = "beat"


class BeatGuard:
    """Holds the ``beat`` lock (with a watchdog) for one scheduler.

    ``holds()`` answers "may I send tasks now?", trying once to take the lock if not held.
    ``retry_s`` is how long a beat that is not the holder waits before trying again.
    """

    def __init__(self, client: redis.Redis, lease_ms: int, owner: str | None = None) -> None:
        self.lock = Lock(client, BEAT_LOCK, lease_ms, owner, watchdog=True)
        self.retry_s = lease_ms / 1000 / WATCHDOG_RENEWALS_PER_LEASE

    def holds(self) -> bool:
        lock = self.lock
        if lock.held and not lock.lost:
            return True
        if lock.lost:
            self._drop()
        try:
            took = lock.acquire(blocking=False)
        except CoordinationUnavailable as exc:
            log.warning("beat: cannot reach the coordination Redis: %s", exc)
            return False
        if took:
            log.info("beat: this scheduler now holds the beat lock (fence %s)", lock.fence)
        return took

    def close(self) -> None:
        if self.lock.held:
            self._drop()

    def _drop(self) -> None:
        try:
            self.lock.release()
        except (NotHeld, CoordinationUnavailable) as exc:
            log.info("beat: lock already gone on release: %s", exc)


class SingleBeatScheduler(PersistentScheduler):
    """A :class:`~celery.beat.PersistentScheduler` that sends only while its guard holds
    the beat lock. ``guard`` defaults to one built from the settings."""

    def __init__(self, *args: Any, guard: BeatGuard | None = None, **kwargs: Any) -> None:
        if guard is None:
            from swarm.runtime import current

            rt = current()
            guard = BeatGuard(rt.redis, rt.settings.locks.lease_ms)
        self.guard = guard
        super().__init__(*args, **kwargs)

    def tick(self, *args: Any, **kwargs: Any) -> float:
        if not self.guard.holds():
            return min(self.guard.retry_s, self.max_interval)
        interval: float = super().tick(*args, **kwargs)
        return min(interval, self.guard.retry_s)

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.guard.close()
