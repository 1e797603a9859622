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
from swarm.queues import Queue
from swarm.storage.db import make_engine
from swarm.storage.models import Alert, DeadLetter, Delivery, Source
from tests.workers import worker_env

pytestmark = pytest.mark.integration
DEADLINE_S = 60.0


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

    port = free_port()
    env = worker_env(swarm_app.conf.broker_url, migrated_sqlite, tmp_path / "state")
    proc = subprocess.Popen([sys.executable, "-m", "swarm.cli", "metrics", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    try:
        got = scrape(f"http://127.0.0.1:{port}/metrics", proc)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)

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
