"""`swarm workers up` reconciles pools to the desired state the health sweep writes.

Real Redis, real `celery worker` and beat processes under the real pool manager.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import httpx
import pytest
import redis
from celery import Celery
from prometheus_client.parser import text_string_to_metric_families

from swarm import autoscale, findings, health_store, keys
from swarm.health import queue_depth
from swarm.queues import Queue
from tests.integration.selfheal.conftest import LENIENT_ENV
from tests.workers import wait_for_workers, worker_env

pytestmark = [pytest.mark.integration, pytest.mark.timeout(600)]
DEADLINE_S = 240.0
POOL = Queue.KEYWORD_ANALYZER.value

# Fast loops: the sweep every 2 s, scale after 2 s of waiting, shrink after 4 s idle.
FAST = {
    "SWARM_INTERVALS__HEALTH_S": "2",
    "SWARM_AUTOSCALE__MAX_WAIT_S": "2",
    "SWARM_AUTOSCALE__IDLE_S": "4",
    "SWARM_AUTOSCALE__COOLDOWN_S": "2",
    "SWARM_AUTOSCALE__KEYWORD_ANALYZER__MAX": "3",
    "SWARM_POOLS__KEYWORD_ANALYZER": "1",
    "SWARM_LIVENESS__INTERVAL_S": "2",
    "SWARM_LIVENESS__STALL_AFTER_S": "6",
    "PYTHONUNBUFFERED": "1",
    **LENIENT_ENV,
}


def until(pred: Callable[[], object], what: str, log: Path | None = None) -> None:
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        if pred():
            return
        time.sleep(0.5)
    tail = log.read_text()[-3000:] if log and log.exists() else ""
    raise AssertionError(f"timed out waiting for {what}\n{tail}")


@contextmanager
def manager(
    env: dict[str, str], out: Path, *pools: str, extra: tuple[str, ...] = ()
) -> Iterator[subprocess.Popen[bytes]]:
    args = [a for p in pools for a in ("--pool", p)] + list(extra)
    with open(out, "wb") as f:
        proc = subprocess.Popen(
            [sys.executable, "-m", "swarm.cli", "workers", "up", *args, "--grace", "20"],
            env=env, stdout=f, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        yield proc
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=120) == 0, out.read_text()[-3000:]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def events(env: dict[str, str]) -> list[dict[str, str]]:
    out = subprocess.run(
        [sys.executable, "-m", "swarm.cli", "workers", "events", "--json", "--pool", POOL],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    return list(json.loads(out.stdout))


def actions(client: redis.Redis, action: str) -> list[str]:
    from swarm import pool_events

    return [e.child for e in pool_events.recent(client, 500, POOL) if e.action == action]


def test_backlog_scales_a_pool_up_and_idle_shrinks_it_back(
    swarm_app: Celery, redis_client: redis.Redis, migrated_sqlite: str, tmp_path: Path
) -> None:
    env = worker_env(swarm_app.conf.broker_url, migrated_sqlite, tmp_path / "state", **FAST)
    log = tmp_path / "manager.log"
    port = free_port()
    with manager(env, log, POOL, Queue.COORDINATOR.value, extra=("--metrics-port", str(port))):
        wait_for_workers(swarm_app, [POOL, Queue.COORDINATOR.value])
        for _ in range(16):
            swarm_app.send_task("system.sleep", args=[3], queue=POOL)
        until(lambda: actions(redis_client, "start"), "a replica started for the backlog", log)
        # The manager serves the metrics too: the pool's desired replicas went up.
        body = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=30).text
        desired = {s.labels.get("pool"): s.value for f in text_string_to_metric_families(body)
                   for s in f.samples if s.name == "swarm_pool_replicas_desired"}  # fmt: skip
        assert desired[POOL] >= 2
        until(lambda: queue_depth(redis_client, POOL) == 0
              and not redis_client.hlen(keys.RUNNING), "the backlog to drain", log)  # fmt: skip
        until(lambda: autoscale.desired(redis_client).get(POOL) == 1
              and len(actions(redis_client, "stopped")) >= len(actions(redis_client, "start")),
              "the pool to shrink back to its minimum", log)  # fmt: skip
        seen = events(env)
    steps = [e["action"] for e in seen]
    reasons = [e["reason"] for e in seen]
    assert steps.index("desired") < steps.index("start") < steps.index("stop")
    assert any("oldest message waits" in r for r in reasons), seen
    assert any("idle" in r for r in reasons), seen
    started = {e["child"] for e in seen if e["action"] == "start"}
    assert started and started <= {f"{POOL}-1", f"{POOL}-2"}
    assert {e["child"] for e in seen if e["action"] == "stop"} == started


def test_a_sigstopped_pool_is_marked_failing_and_replaced(
    swarm_app: Celery, redis_client: redis.Redis, migrated_sqlite: str, tmp_path: Path
) -> None:
    env = worker_env(swarm_app.conf.broker_url, migrated_sqlite, tmp_path / "state", **FAST)
    log = tmp_path / "manager.log"

    def pool_status() -> str | None:
        snap = health_store.latest(redis_client)
        found = snap.get(f"pool:{POOL}") if snap else None
        return found.status if found else None

    with manager(env, log, POOL, Queue.COORDINATOR.value):
        wait_for_workers(swarm_app, [POOL, Queue.COORDINATOR.value])
        until(lambda: pool_status() == findings.OK, "a healthy first sweep", log)
        # Stopped before the manager heard it answer once, the pool would be judged by the
        # start-up grace (120 s), not by the stall bound this test is about.
        until(lambda: actions(redis_client, "ready"), "the manager to hear the pool answer", log)
        pid = int(json.loads(redis_client.hget(f"{keys.AGENT}:{POOL}@{os.uname().nodename}",
                                               "pid") or b"0"))  # fmt: skip
        assert pid
        os.killpg(pid, signal.SIGSTOP)
        try:
            until(lambda: pool_status() == findings.FAILING, "the sweep to mark it failing", log)
            until(lambda: "restart" in {e["action"] for e in events(env)},
                  "the manager to replace it", log)  # fmt: skip
        finally:
            with suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGCONT)
        until(lambda: pool_status() == findings.OK, "the next sweep to see it healthy", log)
    stalled = [e for e in events(env) if e["action"] == "stalled"]
    assert stalled and stalled[0]["child"] == POOL


def test_a_task_stuck_past_its_limit_in_a_threads_pool_is_reported_and_recycled(
    swarm_app: Celery, redis_client: redis.Redis, migrated_sqlite: str, tmp_path: Path
) -> None:
    scraper = Queue.NEWS_SCRAPER.value
    env = worker_env(swarm_app.conf.broker_url, migrated_sqlite, tmp_path / "state", **FAST)
    log = tmp_path / "manager.log"

    def tasks_finding() -> findings.Finding | None:
        snap = health_store.latest(redis_client)
        return snap.get("tasks") if snap else None

    with manager(env, log, scraper, Queue.COORDINATOR.value):
        wait_for_workers(swarm_app, [scraper, Queue.COORDINATOR.value])
        # Threads pools do not enforce time limits: this "fetch" outlives its limit of 3 s.
        swarm_app.send_task("system.sleep", args=[300], queue=scraper, time_limit=3,
                            soft_time_limit=2)  # fmt: skip
        until(lambda: (f := tasks_finding()) is not None and f.status == findings.FAILING,
              "the sweep to report the overdue task", log)  # fmt: skip
        f = tasks_finding()
        assert f is not None and f.data["overdue"][0]["queue"] == scraper
        from swarm import pool_events

        def recycled() -> list[pool_events.PoolEvent]:
            return [e for e in pool_events.recent(redis_client, 500, scraper)
                    if e.action == "recycle"]  # fmt: skip
        until(recycled, "the manager to recycle the pool", log)
        assert "system.sleep ran" in recycled()[0].reason
        until(lambda: any(e.action == "restart"
                          for e in pool_events.recent(redis_client, 500, scraper)),
              "the recycled replica to restart", log)  # fmt: skip
        wait_for_workers(swarm_app, [scraper])
