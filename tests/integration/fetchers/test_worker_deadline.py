"""A real news_scraper worker (threads pool, one thread) is not held by a trickling source: the
fetch ends at its deadline with a clear ``last_error``, and the same thread then serves the
next source."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from celery import Celery
from sqlalchemy.orm import Session, sessionmaker

from swarm.pipeline import source_store as repo
from swarm.queues import Queue
from swarm.storage.db import make_engine, session_factory
from swarm.storage.models import Source
from tests.httpserver import HEADERS_TRICKLE, LoopbackServer, Reply, Trickler, wait_for
from tests.workers import running_pools, worker_env

pytestmark = [pytest.mark.integration, pytest.mark.slow]

RSS = b'<rss version="2.0"><channel><item><title>ok</title><guid>1</guid></item></channel></rss>'


@pytest.fixture
def sessions(migrated_sqlite: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(migrated_sqlite)
    yield session_factory(engine)
    engine.dispose()


def _state(sessions: sessionmaker[Session], source_id: int) -> tuple[str, str, int]:
    """State, last error and items found; state "new" until the source was fetched once."""
    with sessions() as s:
        src = s.get(Source, source_id)
        assert src is not None
        fetched = src.last_success_at or src.last_error_at
        return src.state if fetched else "new", src.last_error or "", src.items_found


def test_a_trickling_source_does_not_hold_the_worker(
    swarm_app: Celery, redis_url: str, migrated_sqlite: str, tmp_path: Path,
    sessions: sessionmaker[Session],
) -> None:
    trickle = Trickler(HEADERS_TRICKLE)
    try:
        with LoopbackServer() as good:
            good.route("/feed.xml", lambda _: Reply(200, {"Content-Type": "text/xml"}, RSS))
            with sessions.begin() as s:
                stuck = repo.add_source(s, "rss", f"http://127.0.0.1:{trickle.port}/f", None,
                                        3600).id  # fmt: skip
                fine = repo.add_source(s, "rss", good.url("/feed.xml"), None, 3600).id
            env = worker_env(redis_url, migrated_sqlite, tmp_path / "state",
                             SWARM_FETCH__TOTAL_S="2")  # fmt: skip
            with running_pools(swarm_app, env, tmp_path / "logs", [Queue.NEWS_SCRAPER]):
                swarm_app.send_task("detection.fetch_feed", args=[{"source_id": stuck}])
                swarm_app.send_task("detection.fetch_feed", args=[{"source_id": fine}])
                assert wait_for(lambda: _state(sessions, fine)[0] == "ok", timeout_s=90)
            state, error, _ = _state(sessions, stuck)
            assert state == "failing" and "did not finish sending within 2 s" in error
            assert _state(sessions, fine)[2] == 1
            assert trickle.hung_up_after and trickle.hung_up_after[0] < len(HEADERS_TRICKLE)
    finally:
        trickle.close()
