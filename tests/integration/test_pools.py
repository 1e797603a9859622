"""Real worker processes, one per pool, on a real Redis: routing, retries, redelivery."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
import redis
from celery import Celery
from sqlalchemy import select

from swarm.probe import delivery_key
from swarm.queues import Queue
from swarm.storage.db import make_engine, session_factory
from swarm.storage.models import ProbeResult
from tests.workers import running_pools, worker_env

pytestmark = pytest.mark.integration
RESULT_TIMEOUT_S = 60


def probe(app: Celery, queue: Queue, **payload: object) -> object:
    # The producer names only the task; task_routes picks the queue.
    return app.send_task(f"system.probe.{queue.value}", args=[payload])


def test_each_queue_is_served_by_its_own_pool(
    swarm_app: Celery,
    redis_url: str,
    migrated_sqlite: str,
    tmp_path: Path,
    redis_client: redis.Redis,
) -> None:
    env = worker_env(redis_url, migrated_sqlite, tmp_path / "state")
    with running_pools(swarm_app, env, tmp_path / "logs"):
        results = {q: probe(swarm_app, q, key=f"route-{q.value}") for q in Queue}
        for queue, res in results.items():
            out = res.get(timeout=RESULT_TIMEOUT_S)
            assert out["queue"] == queue.value
            assert out["worker"].startswith(f"{queue.value}@"), out
            assert out["written"] is True

        # A chain of probes through every pool keeps one correlation id from start to end.
        chain = [q.value for q in Queue if q is not Queue.COORDINATOR]
        probe(swarm_app, Queue.COORDINATOR, key="chain", chain=chain).get(timeout=RESULT_TIMEOUT_S)
        engine = make_engine(migrated_sqlite)
        deadline = time.monotonic() + RESULT_TIMEOUT_S
        rows: list[ProbeResult] = []
        while time.monotonic() < deadline:
            with session_factory(engine)() as s:
                rows = list(s.scalars(select(ProbeResult).where(ProbeResult.key.like("chain%"))))
            if len(rows) == len(chain) + 1:
                break
            time.sleep(0.2)
        engine.dispose()
    assert {r.queue for r in rows} == {q.value for q in Queue}
    cids = {r.correlation_id for r in rows}
    assert len(cids) == 1 and None not in cids, cids


def test_transient_failure_is_retried_with_backoff_then_succeeds(
    swarm_app: Celery,
    redis_url: str,
    migrated_sqlite: str,
    tmp_path: Path,
    redis_client: redis.Redis,
) -> None:
    env = worker_env(redis_url, migrated_sqlite, tmp_path / "state")
    with running_pools(swarm_app, env, tmp_path / "logs", queues=[Queue.NOTIFIER]):
        started = time.monotonic()
        out = probe(swarm_app, Queue.NOTIFIER, key="flaky", fail_times=2).get(
            timeout=RESULT_TIMEOUT_S
        )
        elapsed = time.monotonic() - started
    assert out["attempts"] == 2 and out["written"] is True
    assert int(redis_client.get(delivery_key("flaky")) or 0) == 3
    # Two back-off waits happened (policy base 0.2 s, jitter to at least half): not immediate.
    assert elapsed >= 0.1 + 0.2


def test_worker_killed_mid_task_redelivers_and_completes_once(
    swarm_app: Celery,
    redis_url: str,
    migrated_sqlite: str,
    tmp_path: Path,
    redis_client: redis.Redis,
) -> None:
    env = worker_env(redis_url, migrated_sqlite, tmp_path / "state")
    with running_pools(swarm_app, env, tmp_path / "logs", queues=[Queue.KEYWORD_ANALYZER]) as sup:
        res = probe(swarm_app, Queue.KEYWORD_ANALYZER, key="killed", sleep_s=3)
        deadline = time.monotonic() + RESULT_TIMEOUT_S
        while int(redis_client.get(delivery_key("killed")) or 0) < 1:
            assert time.monotonic() < deadline, "the probe never started"
            time.sleep(0.05)
        child = sup.children[0]
        assert child.process is not None
        os.killpg(child.process.pid, signal.SIGKILL)  # the whole worker, mid-task
        # The supervisor restarts the pool; the message comes back after the visibility timeout.
        deadline = time.monotonic() + RESULT_TIMEOUT_S
        while time.monotonic() < deadline:
            sup.check()
            if int(redis_client.get(delivery_key("killed")) or 0) >= 2:
                break
            time.sleep(0.2)
        out = res.get(timeout=RESULT_TIMEOUT_S)
    assert out["deliveries"] >= 2
    engine = make_engine(migrated_sqlite)
    with session_factory(engine)() as s:
        rows = list(s.scalars(select(ProbeResult).where(ProbeResult.key == "killed")))
    engine.dispose()
    assert len(rows) == 1  # the effect exists exactly once
    assert sup.children[0].restarts >= 1
