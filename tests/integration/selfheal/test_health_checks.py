"""Health checks against real Redis, a real database and real worker processes."""

from __future__ import annotations

import os
import signal
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import redis
from celery import Celery
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from swarm import findings, health_store, keys
from swarm.findings import Snapshot
from swarm.health import queue_depth
from swarm.healthchecks import control_ping, gather, oldest_age
from swarm.queues import Queue
from swarm.storage.models import Alert, DeadLetter, Delivery, HealthRecord
from tests.integration.selfheal.conftest import LENIENT_ENV, LIMITS
from tests.workers import running_pools, worker_env

pytestmark = pytest.mark.integration
DEADLINE_S = 60.0


def sweep(app: Celery, client: redis.Redis, engine: Engine) -> Snapshot:
    return gather(client, engine, control_ping(app, 1.0), LIMITS)


def until(pred: object, what: str) -> None:
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        if pred():  # type: ignore[operator]
            return
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


def test_oldest_message_age_is_read_from_its_headers_without_consuming(
    swarm_app: Celery, redis_client: redis.Redis
) -> None:
    before = time.time()
    swarm_app.send_task("system.sleep", args=[0], queue=Queue.OPTIMIZER.value, priority=9)
    swarm_app.send_task("system.sleep", args=[0], queue=Queue.OPTIMIZER.value, priority=0)
    after = time.time()
    assert queue_depth(redis_client, Queue.OPTIMIZER.value) == 2
    age = oldest_age(redis_client, Queue.OPTIMIZER.value, before + 100.0)
    assert age is not None and 100.0 - (after - before) <= age <= 100.0
    assert queue_depth(redis_client, Queue.OPTIMIZER.value) == 2  # nothing consumed
    assert oldest_age(redis_client, Queue.NOTIFIER.value, after) is None


def test_a_queue_without_consumer_fails_and_idle_pools_degrade(
    swarm_app: Celery, redis_client: redis.Redis, engine: Engine
) -> None:
    snap = sweep(swarm_app, redis_client, engine)
    assert snap.get("redis").status == findings.OK  # type: ignore[union-attr]
    assert snap.get("pool:notifier").status == findings.DEGRADED  # type: ignore[union-attr]
    assert snap.status == findings.DEGRADED
    swarm_app.send_task("system.sleep", args=[0], queue=Queue.NOTIFIER.value)
    snap = sweep(swarm_app, redis_client, engine)
    q = snap.get("queue:notifier")
    assert q is not None and q.status == findings.FAILING and q.data["depth"] == 1
    assert snap.status == findings.FAILING


def test_stuck_delivery_is_reported_not_resent(
    swarm_app: Celery, redis_client: redis.Redis, engine: Engine
) -> None:
    old = datetime.now(UTC) - timedelta(seconds=LIMITS.sending_after_s + 60)
    with Session(engine) as s, s.begin():
        alert = Alert(event_key="k", company="Acme", event_type="tge", confidence=0.9)
        s.add(alert)
        s.flush()
        s.add(Delivery(alert_id=alert.id, channel="email", status="sending", attempts=1,
                       attempted_at=old))  # fmt: skip
    found = sweep(swarm_app, redis_client, engine).get("deliveries")
    assert found is not None and found.status == findings.DEGRADED
    assert found.data["stuck"][0]["channel"] == "email"
    with Session(engine) as s:
        row = s.scalars(select(Delivery)).one()
        assert (row.status, row.attempts) == ("sending", 1)


def test_dead_letters_are_counted_since_the_last_sweep(
    swarm_app: Celery, redis_client: redis.Redis, engine: Engine
) -> None:
    assert sweep(swarm_app, redis_client, engine).get("dead_letters").status == "ok"  # type: ignore[union-attr]
    with Session(engine) as s, s.begin():
        s.add(DeadLetter(task_name="detection.fetch_feed", task_id="t1", payload={}, error="x"))
    found = sweep(swarm_app, redis_client, engine).get("dead_letters")
    assert found is not None and found.status == findings.DEGRADED and found.data["new"] == 1
    assert sweep(swarm_app, redis_client, engine).get("dead_letters").status == "ok"  # type: ignore[union-attr]


def test_history_is_bounded(engine: Engine) -> None:
    for i in range(5):
        with Session(engine) as s, s.begin():
            health_store.append_history(s, Snapshot(float(i), []), history_max=3)
    with Session(engine) as s:
        kept = s.scalars(select(HealthRecord.taken_at).order_by(HealthRecord.id)).all()
    assert [t.timestamp() for t in kept] == [2.0, 3.0, 4.0]


def test_the_control_ping_asks_only_the_workers_the_registry_expects(
    swarm_app: Celery, migrated_sqlite: str, tmp_path: Path
) -> None:
    env = worker_env(swarm_app.conf.broker_url, migrated_sqlite, tmp_path / "state")
    ping = control_ping(swarm_app, 5.0)
    assert ping(frozenset()) == set()  # nobody expected: no broadcast at all
    with running_pools(swarm_app, env, tmp_path / "logs", [Queue.NEWS_SCRAPER]) as sup:
        node = sup.children[0].node
        assert ping(frozenset({node})) == {node}
        # A ghost is waited for until the timeout; the live worker still answers.
        assert ping(frozenset({node, "ghost@nowhere"})) == {node}
        assert ping(frozenset({"ghost@nowhere"})) == set()


def test_a_task_past_its_limit_in_a_threads_pool_is_reported(
    swarm_app: Celery, redis_client: redis.Redis, engine: Engine, migrated_sqlite: str,
    tmp_path: Path,
) -> None:  # fmt: skip
    env = worker_env(swarm_app.conf.broker_url, migrated_sqlite, tmp_path / "state")
    with running_pools(swarm_app, env, tmp_path / "logs", [Queue.NEWS_SCRAPER]):
        swarm_app.send_task(
            "system.sleep", args=[6], queue=Queue.NEWS_SCRAPER.value, time_limit=2,
            soft_time_limit=1,
        )  # fmt: skip

        def overdue() -> bool:
            f = sweep(swarm_app, redis_client, engine).get("tasks")
            return f is not None and f.status == findings.FAILING

        until(overdue, "the overdue task to be reported")
        f = sweep(swarm_app, redis_client, engine).get("tasks")
        assert f is not None and f.data["overdue"][0]["task"] == "system.sleep"
        assert f.data["overdue"][0]["queue"] == Queue.NEWS_SCRAPER.value
        until(lambda: not redis_client.hlen(keys.RUNNING), "the task to finish")


def test_sigstopped_pool_fails_and_the_sweep_stores_it(
    swarm_app: Celery, redis_client: redis.Redis, engine: Engine, migrated_sqlite: str,
    tmp_path: Path,
) -> None:  # fmt: skip
    env = worker_env(swarm_app.conf.broker_url, migrated_sqlite, tmp_path / "state", **LENIENT_ENV)
    queues = [Queue.COORDINATOR, Queue.NOTIFIER]
    with running_pools(swarm_app, env, tmp_path / "logs", queues) as sup:
        notifier = next(c for c in sup.children if c.name == "notifier")
        assert notifier.pid is not None
        os.killpg(notifier.pid, signal.SIGSTOP)
        try:
            swarm_app.send_task("coordinator.health").get(timeout=DEADLINE_S)
            snap = health_store.latest(redis_client)
            assert snap is not None
            pool = snap.get("pool:notifier")
            assert pool is not None and pool.status == findings.FAILING
            assert pool.data["silent"] == [notifier.node]
            assert snap.get("pool:coordinator").status == findings.OK  # type: ignore[union-attr]
        finally:
            os.killpg(notifier.pid, signal.SIGCONT)
        until(lambda: sweep(swarm_app, redis_client, engine).get("pool:notifier").status  # type: ignore[union-attr]
              == findings.OK, "the resumed pool to answer")  # fmt: skip
        with Session(engine) as s:
            assert s.scalars(select(HealthRecord.status)).all() == [findings.FAILING]
