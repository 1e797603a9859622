"""Two optimiser worker processes applying one recommendation at once: exactly one applies,
the other says why it did nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import redis
from celery import Celery

from swarm.detection import DetectionConfig
from swarm.optimization import store
from swarm.optimization.diff import diff_mappings
from swarm.pipeline import catalog
from swarm.queues import Queue
from swarm.runtime import Runtime
from swarm.settings import load_settings
from swarm.storage.models import Recommendation
from tests.integration.optimization.conftest import degraded
from tests.workers import running_pools, worker_env

pytestmark = [pytest.mark.integration, pytest.mark.slow]
RESULT_TIMEOUT_S = 60


def test_two_optimizer_workers_apply_exactly_once(
    swarm_app: Celery,
    redis_url: str,
    migrated_sqlite: str,
    tmp_path: Path,
    redis_client: redis.Redis,
) -> None:
    rt = Runtime(load_settings(broker_url=redis_url, database={"url": migrated_sqlite}))
    with rt.transaction() as s:
        catalog.active_config(s)
        bad = catalog.store_config(s, degraded(), note="degraded", activate=True).version
        change = diff_mappings(degraded().to_mapping(), DetectionConfig.default().to_mapping())
        rec = Recommendation(kind="detection_weights", risk="low", status="approved", diff=change,
                             evidence={}, run_id="t", summary="restore")  # fmt: skip
        s.add(rec)
        s.flush()
        rec_id = rec.id
    env = worker_env(redis_url, migrated_sqlite, tmp_path / "state")
    try:
        with running_pools(swarm_app, env, tmp_path / "logs", [Queue.OPTIMIZER], concurrency=2):
            payload = {"recommendation_id": rec_id, "actor": "worker"}
            results = [swarm_app.send_task("optimizer.apply", args=[payload]) for _ in "ab"]
            outcomes = [r.get(timeout=RESULT_TIMEOUT_S) for r in results]
        assert sorted(o["done"] for o in outcomes) == [False, True]
        idle = next(o for o in outcomes if not o["done"])
        assert "in progress" in idle["reason"] or "is applied" in idle["reason"]
        with rt.transaction() as s:
            assert catalog.active_config(s)[0] == bad + 1
            assert store.get(s, rec_id).status == "applied"
    finally:
        rt.close()
