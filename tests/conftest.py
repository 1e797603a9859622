"""Fixtures shared by the whole suite. Service fixtures start or find real services."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from hypothesis import settings

from tests import services

ROOT = Path(__file__).resolve().parents[1]

# Property tests explore new examples on every run here; in CI (``CI`` set, as .ci/run does) they
# run a fixed, seeded set, so a landing never hangs on what a random search happened to find.
# Run them locally to explore: what they find becomes a test (tests/unit/detection/
# test_properties.py tells the cases found so far).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def redis_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[services.RedisService]:
    svc = services.start_redis(tmp_path_factory.mktemp("redis"))
    yield svc
    svc.release()


@pytest.fixture(scope="session")
def redis_url(redis_service: services.RedisService) -> str:
    """URL of a real Redis database private to this test session."""
    return redis_service.url


@pytest.fixture
def redis_client(
    redis_service: services.RedisService, redis_url: str
) -> Iterator[redis.Redis]:
    """A client on the session's database, emptied before and after the test."""
    client = redis.Redis.from_url(redis_url, socket_timeout=10)
    _flush_keep_lease(redis_service, client)
    yield client
    _flush_keep_lease(redis_service, client)
    client.close()


def _flush_keep_lease(svc: services.RedisService, client: redis.Redis) -> None:
    """Empty the session's database, only while it is this session's (see tests.services)."""
    if not svc.owns(client):
        raise services.RedisNotOurs(f"{svc.url}: the lease is no longer this test session's")
    lease = client.get(services.LEASE_KEY)
    client.flushdb()
    if lease is not None:
        client.set(services.LEASE_KEY, lease, ex=services.LEASE_TTL_S)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'swarm.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated-nothing database: SQLite file, and PostgreSQL when it answers."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'swarm.db'}"
        return
    base = services.postgres_url()
    if not base:
        pytest.skip("PostgreSQL not configured: set SWARM_TEST_POSTGRES_URL (.ci/run does)")
    from tests.pg import temporary_database

    with temporary_database(base) as url:
        yield url


@pytest.fixture(autouse=True)
def _isolated_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No test reads the developer's config or state: SWARM_* cleared, state in tmp."""
    for key in list(os.environ):
        if key.startswith("SWARM_") and not key.startswith("SWARM_TEST_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("SWARM_STATE_DIR", str(tmp_path / "state"))
    # Test servers listen on loopback, which the fetch address guard refuses by default.
    monkeypatch.setenv("SWARM_FETCH__ALLOW_HOSTS", '["127.0.0.1"]')
    from swarm.settings import get_settings

    get_settings.cache_clear()
    yield
    get_settings.cache_clear()
