"""Pipeline steps with their clients, in-process: concurrent merges, X rate limits."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis
from sqlalchemy import func, select

from swarm.coordination import TokenBucket
from swarm.pipeline import fetching, ingest, runner
from swarm.pipeline import source_store as repo
from swarm.runtime import Runtime
from swarm.settings import load_settings
from swarm.storage import migrate
from swarm.storage.models import Alert, Evidence, Source
from tests.httpserver import LoopbackServer, Reply

pytestmark = pytest.mark.integration
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def rt(redis_url: str, redis_client: redis.Redis, tmp_path: Path) -> Iterator[Runtime]:
    settings = load_settings(broker_url=redis_url, database={"url": f"sqlite:///{tmp_path}/r.db"},
                             x={"api_url": "http://127.0.0.1:9/2", "bearer_token": "t",
                                "allow_insecure_loopback": True})
    runtime = Runtime(settings)
    migrate.upgrade(runtime.engine)
    yield runtime
    runtime.close()


def test_concurrent_merges_of_one_event_make_one_alert(rt: Runtime) -> None:
    signals = [ingest.SignalPayload(
        item_id=f"i{n}", kind="rss", url=f"https://n.example/{n}", author=f"Wire {n}",
        company="Acme", event_type="tge", event_date="2026-03-20", score=0.8, official=False,
        published=NOW, config_version=1, decision={}) for n in range(8)]
    created: list[int] = []
    errors: list[BaseException] = []

    def merge(sig: ingest.SignalPayload) -> None:
        try:
            created.extend(runner.merge_signals(rt, [sig], NOW))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=merge, args=(s,)) for s in signals]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    assert len(created) == 1
    with rt.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Alert)) == 1
        assert s.scalar(select(func.count()).select_from(Evidence)) == 8


def test_x_rate_limit_defers_the_source_without_waiting(rt: Runtime) -> None:
    reset = int(datetime.now(UTC).timestamp()) + 600
    with LoopbackServer() as server:
        server.route("/2/tweets/search/recent", lambda req: Reply(
            429, {"Content-Type": "application/json", "x-rate-limit-limit": "450",
                  "x-rate-limit-remaining": "0", "x-rate-limit-reset": str(reset)},
            json.dumps({"title": "Too Many Requests"}).encode()))
        rt.settings.x.api_url = server.url("/2").rstrip("/")
        with rt.transaction() as s:
            source_id = repo.add_source(s, "x", "$ACME", None, 60).id
        now = datetime.now(UTC)
        out = fetching.search_x_source(rt, source_id, now)
    assert out["items"] == [] and 590 <= out["deferred_s"] <= 600
    assert "429" in out["reason"]
    with rt.transaction() as s:
        src = s.get(Source, source_id)
        assert src is not None and src.next_due_at is not None
        assert src.next_due_at.replace(tzinfo=UTC).timestamp() == pytest.approx(reset, abs=2)
        assert src not in repo.due_sources(s, now)
    # The shared budget is empty until the reset, for every worker.
    allowed, wait_s = TokenBucket(rt.redis, "x-api", fetching.X_BUDGET,
                                  fetching.X_BUDGET / fetching.X_WINDOW_S).try_acquire()
    assert not allowed and wait_s > 0
