"""Real notifier worker processes: ``notify.alert`` delivers to a webhook exactly once."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import redis
from celery import Celery
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from swarm.notify.channels import webhook_channel
from swarm.notify.webhook import verify_signature
from swarm.queues import Queue
from swarm.storage.db import make_engine, session_factory
from swarm.storage.models import Alert, Delivery
from tests.httpserver import LoopbackServer
from tests.integration.notify.helpers import add_alert, replies
from tests.workers import running_pools, worker_env

pytestmark = [pytest.mark.integration, pytest.mark.slow]
RESULT_TIMEOUT_S = 60
SECRET = "worker-secret"


def test_workers_deliver_an_alert_once_through_a_retry_and_duplicates(
    swarm_app: Celery,
    redis_url: str,
    migrated_sqlite: str,
    tmp_path: Path,
    redis_client: redis.Redis,
    http_server: LoopbackServer,
) -> None:
    replies(http_server, 500)  # the first request fails: the task must retry
    url = http_server.url("/hook")
    channel = webhook_channel(url)
    engine = make_engine(migrated_sqlite)
    sessions = session_factory(engine)
    alert_id = add_alert(sessions)
    hooks = json.dumps([{"url": url, "secret": SECRET}])
    env = worker_env(redis_url, migrated_sqlite, tmp_path / "state", SWARM_WEBHOOKS=hooks)
    try:
        with running_pools(swarm_app, env, tmp_path / "logs", queues=[Queue.NOTIFIER]):
            # The same alert announced twice (a duplicate message from upstream).
            fanouts = [
                swarm_app.send_task("notify.alert", args=[{"alert_id": alert_id}]) for _ in "ab"
            ]
            for res in fanouts:
                assert res.get(timeout=RESULT_TIMEOUT_S)["channels"] == [channel]
            delivery = _wait_delivered(sessions, alert_id, channel)
            # A late redelivery finds the row delivered and sends nothing.
            late = swarm_app.send_task(
                "notify.deliver", args=[{"alert_id": alert_id, "channel": channel}]
            )
            assert late.get(timeout=RESULT_TIMEOUT_S)["outcome"] == "already_delivered"
        with sessions() as s:
            alert = s.get(Alert, alert_id)
            assert alert is not None and alert.status == "notified"
    finally:
        engine.dispose()

    assert delivery.attempts == 2  # the 500, then the retry that got the 200
    requests = http_server.requests
    assert len(requests) == 2
    assert {r.headers["idempotency-key"] for r in requests} == {f"{alert_id}:{channel}"}
    for req in requests:
        assert verify_signature(
            SECRET, req.headers["x-swarm-timestamp"], req.body, req.headers["x-swarm-signature"]
        )
        doc = json.loads(req.body)
        assert doc["type"] == "tge_alert" and doc["alert"]["id"] == alert_id


def _wait_delivered(sessions: sessionmaker[Session], alert_id: int, channel: str) -> Delivery:
    deadline = time.monotonic() + RESULT_TIMEOUT_S
    while True:
        with sessions() as s:
            row = s.scalars(
                select(Delivery).where(Delivery.alert_id == alert_id, Delivery.channel == channel)
            ).one_or_none()
        if row is not None and row.status == "delivered":
            return row
        if time.monotonic() > deadline:
            raise AssertionError(f"not delivered in {RESULT_TIMEOUT_S}s: {row and row.status}")
        time.sleep(0.2)
