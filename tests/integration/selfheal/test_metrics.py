"""`swarm metrics --port` serves the swarm's metrics; scraped over HTTP like Prometheus does."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import redis
from celery import Celery
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.orm import Session

from swarm import autoscale, keys
from swarm.coordination import Lock, RWLock
from swarm.queues import Queue
from swarm.storage.db import make_engine
from swarm.storage.models import Alert, DeadLetter, Delivery, Source
from tests.integration.coordination.helpers import WAIT_S, Worker, wait_until
from tests.workers import worker_env

pytestmark = pytest.mark.integration
DEADLINE_S = 60.0
LEASE_MS = 30_000  # longer than any test: a holder keeps its lock until it releases it
GIVE_UP_S = 0.05  # a waiter's timeout that ends its wait while the holder still holds


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def scrape(url: str, proc: subprocess.Popen[bytes]) -> Samples:
    deadline = time.monotonic() + DEADLINE_S
    while True:
        assert proc.poll() is None, "swarm metrics exited"
        try:
            body = httpx.get(url, timeout=10).text
            break
        except httpx.TransportError:
            assert time.monotonic() < deadline, "metrics server never answered"
            time.sleep(0.3)
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for fam in text_string_to_metric_families(body)
        for s in fam.samples
    }


def serve_and_scrape(swarm_app: Celery, db_url: str, tmp_path: Path) -> Samples:
    """Start `swarm metrics --port` on the test Redis and ``db_url``, scrape it once, stop it."""
    port = free_port()
    env = worker_env(swarm_app.conf.broker_url, db_url, tmp_path / "state")
    proc = subprocess.Popen([sys.executable, "-m", "swarm.cli", "metrics", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    try:
        return scrape(f"http://127.0.0.1:{port}/metrics", proc)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)


def test_scrape_shows_pipeline_queue_pool_and_latency(
    swarm_app: Celery, redis_client: redis.Redis, migrated_sqlite: str, tmp_path: Path
) -> None:
    now = datetime.now(UTC)
    engine = make_engine(migrated_sqlite)
    with Session(engine) as s, s.begin():
        alert = Alert(event_key="k", company="Acme", event_type="tge", confidence=0.9,
                      published_at=now - timedelta(seconds=90), created_at=now)  # fmt: skip
        s.add(alert)
        s.add(Source(kind="rss", name="wire", target="https://wire.example/feed",
                     items_found=7, consecutive_failures=5, state="open",
                     circuit_open_until=now + timedelta(hours=1)))  # fmt: skip
        s.add(DeadLetter(task_name="t", task_id="1", payload={}, error="x"))
        s.flush()
        s.add(Delivery(alert_id=alert.id, channel="webhook:0a1b2c3d4e5f",
                       status="delivered", attempts=1))  # fmt: skip
    engine.dispose()
    swarm_app.send_task("system.sleep", args=[0], queue=Queue.NOTIFIER.value)
    autoscale.save(redis_client, Queue.NOTIFIER.value, autoscale.PoolState(2))
    redis_client.hset(keys.CONFLICTS, "source:1", 3)

    got = serve_and_scrape(swarm_app, migrated_sqlite, tmp_path)

    assert got[("swarm_up", (("service", "database"),))] == 1
    assert got[("swarm_up", (("service", "redis"),))] == 1
    assert got[("swarm_items_fetched_total", ())] == 7
    assert got[("swarm_alerts", (("status", "new"),))] == 1
    key = ("swarm_notifications", (("channel", "webhook:0a1b2c3d4e5f"), ("outcome", "delivered")))
    assert got.get(key) == 1, [k for k in got if k[0] == "swarm_notifications"]
    assert got[("swarm_dead_letters", ())] == 1
    src = (("kind", "rss"), ("source", "wire"))
    assert got[("swarm_source_breaker_open", src)] == 1
    assert got[("swarm_source_consecutive_failures", src)] == 5
    assert got[("swarm_queue_depth", (("queue", "notifier"),))] == 1
    assert got[("swarm_queue_oldest_message_age_seconds", (("queue", "notifier"),))] >= 0
    assert got[("swarm_pool_replicas_desired", (("pool", "notifier"),))] == 2
    assert got[("swarm_pool_replicas_actual", (("pool", "notifier"),))] == 0
    assert got[("swarm_detection_latency_seconds_bucket", (("le", "60"),))] == 0
    assert got[("swarm_detection_latency_seconds_bucket", (("le", "120"),))] == 1
    assert got[("swarm_detection_latency_seconds_count", ())] == 1
    assert got[("swarm_lock_conflicts", (("resource", "source:1"),))] == 3


def test_scrape_shows_lock_waits_per_resource(
    swarm_app: Celery, redis_client: redis.Redis, migrated_sqlite: str, tmp_path: Path
) -> None:
    holder = Lock(redis_client, "source:7", LEASE_MS, "holder")
    waiter = Lock(redis_client, "source:7", LEASE_MS, "waiter")
    holder.acquire()
    assert not Lock(redis_client, "source:7", LEASE_MS, "polite").acquire(blocking=False)
    blocked = Worker(lambda: waiter.acquire(timeout=WAIT_S))
    blocked.start()
    wait_until(lambda: redis_client.zcard(waiter.waiters_key) == 1)
    holder.release()
    assert blocked.value() is True  # granted after waiting for the holder
    waiter.release()
    writer = RWLock(redis_client, "config", LEASE_MS, "writer")
    writer.acquire("write")
    assert not RWLock(redis_client, "config", LEASE_MS, "reader").acquire("read", timeout=GIVE_UP_S)
    writer.release()
    with Lock(redis_client, "free", LEASE_MS, "alone"):  # no contention: no wait
        pass

    got = serve_and_scrape(swarm_app, migrated_sqlite, tmp_path)

    for resource in ("source:7", "config"):  # one granted wait, one given up
        label = (("resource", resource),)
        assert got[("swarm_lock_waits_total", label)] == 1
        assert got[("swarm_lock_wait_seconds_total", label)] > 0
    assert ("swarm_lock_waits_total", (("resource", "free"),)) not in got
    assert got[("swarm_lock_conflicts", (("resource", "source:7"),))] == 2
