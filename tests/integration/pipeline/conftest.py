"""A running swarm for the pipeline tests: real workers, loopback feeds, X API and webhook."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from celery import Celery
from sqlalchemy import Engine

from swarm.queues import Queue
from swarm.storage import migrate
from swarm.storage.db import make_engine, session_factory
from tests.httpserver import LoopbackServer, Reply
from tests.integration.pipeline.feeds import WATCHLIST
from tests.workers import running_pools, worker_env
from workers.manager import Supervisor

PIPELINE_QUEUES = [
    Queue.NEWS_SCRAPER,
    Queue.TWITTER_MONITOR,
    Queue.KEYWORD_ANALYZER,
    Queue.DATA_QUALITY,
    Queue.NOTIFIER,
]
WAIT_S = 60.0


@dataclass
class Swarm:
    app: Celery
    server: LoopbackServer
    engine: Engine
    supervisor: Supervisor
    hooks: list[dict]

    def session(self):  # type: ignore[no-untyped-def]
        return session_factory(self.engine).begin()


def wait_until(predicate: Callable[[], bool], timeout: float = WAIT_S, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout}s waiting for {what or predicate}")


@pytest.fixture(scope="module")
def swarm(
    swarm_app: Celery, redis_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Swarm]:
    tmp = tmp_path_factory.mktemp("pipeline")
    db_url = f"sqlite:///{tmp / 'swarm.db'}"
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    (tmp / "watchlist.yaml").write_text(WATCHLIST)
    hooks: list[dict] = []
    with LoopbackServer() as server:

        def hook(req):  # type: ignore[no-untyped-def]
            hooks.append(json.loads(req.body))
            return Reply(200, {}, b"ok")

        server.route("/hook", hook)
        env = worker_env(
            redis_url,
            db_url,
            Path(tmp / "state"),
            SWARM_WATCHLIST=str(tmp / "watchlist.yaml"),
            SWARM_X__API_URL=server.url("/2").rstrip("/"),
            SWARM_X__ALLOW_INSECURE_LOOPBACK="true",  # the test's X API is plain HTTP on loopback
            SWARM_X__BEARER_TOKEN="test-token",
            SWARM_FETCH__TOTAL_S="3",
            SWARM_FETCH__READ_S="2",
            SWARM_FETCH__HOST_BURST="100",
            SWARM_WEBHOOKS=json.dumps([{"url": server.url("/hook"), "secret": "s3cret"}]),
        )
        with running_pools(
            swarm_app, env, tmp / "logs", queues=PIPELINE_QUEUES, concurrency=2
        ) as sup:
            yield Swarm(swarm_app, server, engine, sup, hooks)
    engine.dispose()
