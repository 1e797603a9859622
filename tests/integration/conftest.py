"""Integration fixtures: the Celery app bound to the test Redis, a migrated database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from celery import Celery

from swarm.storage import migrate
from swarm.storage.db import make_engine


@pytest.fixture(scope="session")
def swarm_app(redis_url: str) -> Iterator[Celery]:
    """The project's Celery app, pointed at this session's Redis database."""
    from swarm.app import app

    app.conf.update(broker_url=redis_url, result_backend=redis_url)
    app.loader.import_default_modules()
    yield app
    app.close()


@pytest.fixture
def migrated_sqlite(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'swarm.db'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    return url
