"""Fixtures of the self-healing tests: an engine on a migrated database, the test Redis."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from swarm.healthchecks import HealthLimits
from swarm.storage.db import make_engine

# Generous latency bounds: these tests check statuses, not the speed of a busy machine.
LIMITS = HealthLimits(redis_slow_ms=5_000, db_slow_ms=5_000, queue_max_wait_s=30.0,
                      sending_after_s=60.0, agent_ttl_s=60.0)  # fmt: skip

# The same for the worker processes and the CLI (as environment).
LENIENT_ENV = {"SWARM_HEALTH__REDIS_SLOW_MS": "5000", "SWARM_HEALTH__DB_SLOW_MS": "5000"}


@pytest.fixture
def engine(migrated_sqlite: str) -> Iterator[Engine]:
    eng = make_engine(migrated_sqlite)
    yield eng
    eng.dispose()
