"""Priorities hold for every producer: a real worker serves critical before high, medium, low."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from celery import Celery
from sqlalchemy import select

from swarm.queues import DEFAULT_PRIORITY, PRIORITY_STEPS, Priority, Queue
from swarm.storage.db import make_engine, session_factory
from swarm.storage.models import ProbeResult
from tests.workers import running_pools, worker_env

pytestmark = pytest.mark.integration
RESULT_TIMEOUT_S = 60
TASK = f"system.probe.{Queue.OPTIMIZER.value}"


def _list_for(step: int) -> str:
    # kombu's Redis transport: step 0 is the queue's own list, step n is "<queue>:<n>".
    return Queue.OPTIMIZER.value if step == 0 else f"{Queue.OPTIMIZER.value}:{step}"


def plain_send_task(redis_url: str, key: str, *extra: str) -> None:
    """``app.send_task`` from a plain Python process that imported no task module.

    Celery applies a task's own options (its default priority) only when the task is in the
    sending process's registry; a producer that knows the task by name only has none.
    """
    code = (
        "import sys\n"
        "from swarm.app import app\n"
        "opts = {'priority': int(sys.argv[3])} if len(sys.argv) > 3 else {}\n"
        "app.send_task(sys.argv[1], args=[{'key': sys.argv[2]}], **opts)\n"
    )
    env = worker_env(redis_url, "sqlite://", Path("/nonexistent"))
    subprocess.run(
        [sys.executable, "-c", code, TASK, key, *extra], env=env, check=True, timeout=60
    )


def test_send_task_without_priority_lands_on_the_default_step(
    redis_url: str, redis_client: redis.Redis
) -> None:
    plain_send_task(redis_url, "plain")
    assert redis_client.llen(_list_for(DEFAULT_PRIORITY)) == 1
    assert redis_client.llen(_list_for(0)) == 0
    # An explicit priority still wins over the default.
    plain_send_task(redis_url, "urgent", str(PRIORITY_STEPS[Priority.CRITICAL]))
    assert redis_client.llen(_list_for(0)) == 1


def test_one_worker_serves_the_steps_in_order(
    swarm_app: Celery,
    redis_url: str,
    migrated_sqlite: str,
    tmp_path: Path,
    redis_client: redis.Redis,
) -> None:
    from tasks.system import PROBES

    probe = PROBES[Queue.OPTIMIZER]
    # Enqueued while no worker runs, worst order first; the plain send_task goes before the
    # critical one, so a default of step 0 would run it first.
    probe.apply_async(args=[{"key": "low"}], priority=PRIORITY_STEPS[Priority.LOW])
    probe.delay({"key": "medium-task"})  # the task's own default
    plain_send_task(redis_url, "medium-send-task")  # a producer that sets no priority
    probe.apply_async(args=[{"key": "high"}], priority=PRIORITY_STEPS[Priority.HIGH])
    probe.apply_async(args=[{"key": "critical"}], priority=PRIORITY_STEPS[Priority.CRITICAL])

    env = worker_env(redis_url, migrated_sqlite, tmp_path / "state")
    engine = make_engine(migrated_sqlite)
    rows: list[ProbeResult] = []
    # One worker, concurrency 1, prefetch 1 (celeryconfig): it takes one message at a time.
    with running_pools(swarm_app, env, tmp_path / "logs", queues=[Queue.OPTIMIZER]):
        deadline = time.monotonic() + RESULT_TIMEOUT_S
        while time.monotonic() < deadline:
            with session_factory(engine)() as s:
                rows = list(s.scalars(select(ProbeResult).order_by(ProbeResult.finished_at)))
            if len(rows) == 5:
                break
            time.sleep(0.2)
    engine.dispose()
    assert [r.key for r in rows] == [
        "critical",
        "high",
        "medium-task",
        "medium-send-task",
        "low",
    ]
