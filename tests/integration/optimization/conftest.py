"""A migrated SQLite runtime on the session's Redis, and a degraded active config."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from swarm.detection import DetectionConfig
from swarm.pipeline import catalog
from swarm.runtime import Runtime
from swarm.settings import load_settings
from swarm.storage import migrate


@pytest.fixture
def rt(redis_url: str, redis_client: redis.Redis, tmp_path: Path) -> Iterator[Runtime]:
    settings = load_settings(broker_url=redis_url, database={"url": f"sqlite:///{tmp_path}/o.db"})
    runtime = Runtime(settings)
    migrate.upgrade(runtime.engine)
    yield runtime
    runtime.close()


def degraded() -> DetectionConfig:
    """The shipped config with its threshold moved and the speculation weight zeroed."""
    config = DetectionConfig.default()
    weights = {**config.weights, "speculation": 0.0}
    return config.model_copy(update={"threshold": 0.8, "weights": weights})


@pytest.fixture
def degraded_active(rt: Runtime) -> int:
    """Store the degraded config as the active version; return that version."""
    with rt.transaction() as s:
        catalog.active_config(s)  # the bundled default becomes version 1
        return catalog.store_config(s, degraded(), note="degraded", activate=True).version
