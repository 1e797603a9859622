"""tasks.max_retries and tasks.retry_backoff_max_s drive the retry policy of a real worker."""

from __future__ import annotations

from pathlib import Path

import pytest
import redis
from celery import Celery
from sqlalchemy import select

from swarm.probe import ProbeFailure, delivery_key
from swarm.queues import Queue
from swarm.storage.db import make_engine, session_factory
from swarm.storage.models import DeadLetter
from tests.workers import running_pools, worker_env

pytestmark = [pytest.mark.integration, pytest.mark.slow]
RESULT_TIMEOUT_S = 60


def test_max_retries_setting_bounds_a_task_policy(
    swarm_app: Celery,
    redis_url: str,
    redis_client: redis.Redis,
    migrated_sqlite: str,
    tmp_path: Path,
) -> None:
    # The probe's own policy allows 5 retries; the setting holds it to 1.
    env = worker_env(
        redis_url, migrated_sqlite, tmp_path / "state", SWARM_TASKS__MAX_RETRIES="1"
    )
    with running_pools(swarm_app, env, tmp_path / "logs", queues=[Queue.OPTIMIZER]):
        payload = {"key": "held", "fail_times": 3}
        held = swarm_app.send_task("system.probe.optimizer", args=[payload])
        with pytest.raises(ProbeFailure, match="planned failure 2/3"):
            held.get(timeout=RESULT_TIMEOUT_S)
    assert int(redis_client.get(delivery_key("held")) or 0) == 2  # first run + one retry
    engine = make_engine(migrated_sqlite)
    try:
        with session_factory(engine)() as s:
            letters = list(s.scalars(select(DeadLetter)))
    finally:
        engine.dispose()
    assert [d.task_name for d in letters] == ["system.probe.optimizer"]
