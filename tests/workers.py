"""Real ``celery worker`` processes for integration tests, run by the project's Supervisor."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from celery import Celery

from swarm.queues import Queue
from swarm.settings import PoolSettings
from workers.manager import Supervisor
from workers.pools import children_for, pool_specs

READY_TIMEOUT_S = 60.0


def worker_env(redis_url: str, db_url: str, state_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SWARM_")}
    env.update(
        SWARM_BROKER_URL=redis_url,
        SWARM_DATABASE__URL=db_url,
        SWARM_STATE_DIR=str(state_dir),
        SWARM_FETCH__ALLOW_HOSTS='["127.0.0.1"]',  # test servers listen on loopback
        # Short limits so that a redelivery after a lost worker happens within seconds.
        SWARM_TASKS__TIME_LIMIT_S="20",
        SWARM_TASKS__SOFT_TIME_LIMIT_S="15",
        SWARM_TASKS__RETRY_BACKOFF_MAX_S="1",
        SWARM_TASKS__VISIBILITY_MARGIN_S="1",
    )
    env.update(extra)
    return env


def wait_for_workers(app: Celery, queues: list[str], timeout: float = READY_TIMEOUT_S) -> None:
    """Block until a worker answers for every queue in ``queues``."""
    deadline = time.monotonic() + timeout
    missing = set(queues)
    while time.monotonic() < deadline:
        replies = app.control.inspect(timeout=1.0).active_queues() or {}
        online = {q["name"] for qs in replies.values() for q in qs or []}
        missing = set(queues) - online
        if not missing:
            return
        time.sleep(0.3)
    raise TimeoutError(f"no worker came up for {sorted(missing)} within {timeout}s")


@contextmanager
def running_pools(
    app: Celery,
    env: dict[str, str],
    log_dir: Path,
    queues: list[Queue] | None = None,
    concurrency: int = 1,
) -> Iterator[Supervisor]:
    """Start one worker per queue under the Supervisor, wait until all answer, stop after."""
    names = [q.value for q in (queues or list(Queue))]
    sizes = PoolSettings(**{q.value: concurrency for q in Queue})
    children = children_for(pool_specs(sizes, names), log_dir, beat=False)
    sup = Supervisor(children, env=env, grace_s=15)
    sup.start_all()
    try:
        wait_for_workers(app, names)
        yield sup
    finally:
        sup.stop_all()
