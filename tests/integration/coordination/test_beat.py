"""Single beat: only the scheduler holding the beat lock sends tasks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import redis
from celery import Celery

from swarm.coordination.beat import BeatGuard, SingleBeatScheduler

pytestmark = pytest.mark.integration

LEASE_MS = 30_000


def test_only_one_guard_holds(redis_client: redis.Redis) -> None:
    first = BeatGuard(redis_client, LEASE_MS, "beat-1")
    second = BeatGuard(redis_client, LEASE_MS, "beat-2")
    try:
        assert first.holds()
        assert not second.holds()
        assert first.holds()  # still held, no new grant
        first.close()
        assert second.holds()
        assert not first.holds()
    finally:
        first.close()
        second.close()


def test_guard_recovers_after_losing_the_lock(redis_client: redis.Redis) -> None:
    guard = BeatGuard(redis_client, LEASE_MS, "beat-1")
    try:
        assert guard.holds()
        guard.lock._mark_lost("test: lease gone")  # what the watchdog does on a failed renewal
        redis_client.delete(guard.lock.key)
        assert guard.holds()  # competes again and wins (the lock is free)
        assert guard.lock.held and not guard.lock.lost
    finally:
        guard.close()


def test_scheduler_sends_only_while_holding(redis_client: redis.Redis, tmp_path: Path) -> None:
    app = Celery("t", broker="memory://", set_as_current=False)
    sent: list[str] = []

    class Recording(SingleBeatScheduler):
        def apply_entry(self, entry: Any, producer: Any = None) -> None:
            sent.append(entry.name)

    app.conf.beat_schedule = {"sync": {"task": "coordinator.sync", "schedule": 0.001}}
    other = BeatGuard(redis_client, LEASE_MS, "other-beat")
    assert other.holds()
    mine = BeatGuard(redis_client, LEASE_MS, "this-beat")
    sched = Recording(app=app, guard=mine, schedule_filename=str(tmp_path / "beat"))
    try:
        for _ in range(3):
            assert sched.tick() > 0
        assert sent == []
        other.close()
        for _ in range(5):
            sched.tick()
        assert "sync" in sent
    finally:
        sched.close()
        other.close()
    assert not mine.lock.held
