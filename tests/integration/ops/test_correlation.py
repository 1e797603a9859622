"""Correlation ids per job: a new id per top-level send (beat or plain Python), kept by children."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from celery import Celery
from sqlalchemy import select

from swarm import tracing
from swarm.coordination.beat import BeatGuard, SingleBeatScheduler
from swarm.queues import Queue
from swarm.storage.db import make_engine, session_factory
from swarm.storage.models import ProbeResult
from tests.workers import running_pools, worker_env

pytestmark = pytest.mark.integration
RESULT_TIMEOUT_S = 60
LEASE_MS = 30_000


@pytest.fixture(autouse=True)
def _nothing_bound() -> Iterator[None]:
    tracing.bind(None, None)
    yield
    tracing.bind(None, None)


def queued_headers(client: redis.Redis, queue: str) -> list[dict[str, object]]:
    """The headers of every message waiting on ``queue`` (all priority steps), oldest first."""
    names = [n.decode() if isinstance(n, bytes) else n for n in client.keys(f"{queue}*")]
    raw = [m for name in sorted(names) for m in reversed(client.lrange(name, 0, -1))]
    return [json.loads(m)["headers"] for m in raw]


def test_every_beat_sent_sweep_starts_a_new_id(
    swarm_app: Celery, redis_client: redis.Redis, tmp_path: Path
) -> None:
    guard = BeatGuard(redis_client, LEASE_MS, "test-beat")
    sched = SingleBeatScheduler(
        app=swarm_app, guard=guard, schedule_filename=str(tmp_path / "beat")
    )
    try:
        entry = sched.schedule["health"]
        sched.apply_entry(entry, producer=sched.producer)
        sched.apply_entry(entry, producer=sched.producer)
    finally:
        sched.close()
    headers = queued_headers(redis_client, Queue.COORDINATOR.value)
    assert [h["task"] for h in headers] == ["coordinator.health"] * 2
    ids = [h[tracing.HEADER] for h in headers]
    assert all(ids) and ids[0] != ids[1], ids
    assert tracing.current() is None  # sending bound nothing in the beat's process


def test_top_level_sends_get_new_ids_and_children_keep_theirs(
    swarm_app: Celery,
    redis_url: str,
    migrated_sqlite: str,
    tmp_path: Path,
    redis_client: redis.Redis,
) -> None:
    from tasks.system import PROBES

    probe = PROBES[Queue.OPTIMIZER]
    # Two plain .delay() calls, the first with a child (its chain goes to the same pool).
    probe.delay({"key": "first", "chain": [Queue.OPTIMIZER.value]})
    probe.delay({"key": "second"})
    # A producer that sets the id: for a block, or in the message headers.
    with tracing.correlate("job-set-by-producer") as cid:
        probe.delay({"key": "set-1"})
        probe.delay({"key": "set-2"})
    probe.apply_async(args=[{"key": "by-header"}], headers={tracing.HEADER: "from-header"})
    assert cid == "job-set-by-producer" and tracing.current() is None

    env = worker_env(redis_url, migrated_sqlite, tmp_path / "state")
    engine = make_engine(migrated_sqlite)
    rows: dict[str, str | None] = {}
    with running_pools(swarm_app, env, tmp_path / "logs", queues=[Queue.OPTIMIZER]):
        deadline = time.monotonic() + RESULT_TIMEOUT_S
        while time.monotonic() < deadline and len(rows) < 6:
            with session_factory(engine)() as s:
                rows = {r.key: r.correlation_id for r in s.scalars(select(ProbeResult))}
            time.sleep(0.2)
    engine.dispose()
    assert set(rows) == {"first", "first>optimizer", "second", "set-1", "set-2", "by-header"}
    assert rows["first"] and rows["second"] and rows["first"] != rows["second"]
    assert rows["first>optimizer"] == rows["first"]  # the child keeps its parent's id
    assert rows["set-1"] == rows["set-2"] == "job-set-by-producer"
    assert rows["by-header"] == "from-header"
