"""Load: 10,000 items across 100 feeds drained, each item processed once, one alert per event.

Real pools on the session's private Redis and a SQLite file. Every feed holds 100 entries;
one in 20 announces the token launch of one of 20 watched projects, all on the same day, so
the 500 announcements are 20 events: exactly 20 alerts of 25 pieces of evidence each.
(Throughput is measured by benchmarks/pipeline.py, not asserted here.)
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from celery import Celery
from sqlalchemy import func, select

from swarm.pipeline import source_store as repo
from swarm.queues import Queue
from swarm.storage import migrate
from swarm.storage.db import make_engine, session_factory
from swarm.storage.models import Alert, Evidence, Item, Signal
from tests.httpserver import LoopbackServer, Reply
from tests.integration.pipeline.conftest import wait_until
from tests.workers import running_pools, worker_env

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.timeout(900)]
FEEDS, PER_FEED, PROJECTS, POSITIVE_EVERY = 100, 100, 20, 20
WAIT_S = 600.0
WATCHLIST = "\n".join(
    ["companies:"]
    + [f"  - {{name: Project{i:02d}, tokens: [PRJ{i:02d}], priority: high}}"
       for i in range(PROJECTS)]
)  # fmt: skip
QUEUES = [Queue.NEWS_SCRAPER, Queue.KEYWORD_ANALYZER, Queue.DATA_QUALITY]


def feed_body(feed: int, published: datetime) -> bytes:
    day = (published + timedelta(days=10)).strftime("%B %-d, %Y")
    entries = []
    for n in range(PER_FEED):
        if n % POSITIVE_EVERY == 0:
            p = (feed + n // POSITIVE_EVERY) % PROJECTS
            title = f"Project{p:02d} sets PRJ{p:02d} token launch for {day}"
            text = f"Project{p:02d} said its PRJ{p:02d} token goes live on {day} ({feed}-{n})."
        else:
            title = f"Market wrap {feed}-{n}: majors trade flat"
            text = f"Bitcoin and ether were little changed in session {feed}-{n}."
        entries.append(
            f"<item><title>{title}</title><link>https://load.example/{feed}/{n}</link>"
            f"<guid>{feed}-{n}</guid><pubDate>{format_datetime(published)}</pubDate>"
            f"<description>{text}</description></item>"
        )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {feed}</title>'
        f"{''.join(entries)}</channel></rss>"
    ).encode()


def test_ten_thousand_items_once_each_one_alert_per_event(
    swarm_app: Celery, redis_url: str, tmp_path: Path
) -> None:
    db_url = f"sqlite:///{tmp_path / 'swarm.db'}"
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    sessions = session_factory(engine)
    (tmp_path / "watchlist.yaml").write_text(WATCHLIST)
    published = datetime.now(UTC).replace(microsecond=0)
    with LoopbackServer() as server:
        for f in range(FEEDS):
            body = feed_body(f, published)
            server.route(
                f"/feed/{f}.xml",
                lambda req, b=body: Reply(200, {"Content-Type": "application/rss+xml"}, b),
            )
        with sessions.begin() as s:
            ids = [repo.add_source(s, "rss", server.url(f"/feed/{f}.xml"), f"feed {f}", 3600).id
                   for f in range(FEEDS)]  # fmt: skip
        env = worker_env(
            redis_url, db_url, tmp_path / "state",
            SWARM_WATCHLIST=str(tmp_path / "watchlist.yaml"),
            SWARM_FETCH__HOST_BURST="1000", SWARM_FETCH__HOST_RATE_PER_S="1000",
            SWARM_LOG__LEVEL="WARNING",
        )  # fmt: skip
        with running_pools(swarm_app, env, tmp_path / "logs", queues=QUEUES):
            for source_id in ids:
                swarm_app.send_task("detection.fetch_feed", args=[{"source_id": source_id}])

            def count(stmt):  # type: ignore[no-untyped-def]
                with sessions() as s:
                    return int(s.scalar(stmt) or 0)

            processed = select(func.count()).select_from(Item).where(
                Item.processed_at.is_not(None))  # fmt: skip
            merged = select(func.count()).select_from(Signal).where(Signal.merged_at.is_not(None))
            total = FEEDS * PER_FEED
            wait_until(lambda: count(processed) == total, WAIT_S, "every item processed")
            positives = total // POSITIVE_EVERY
            wait_until(lambda: count(merged) == positives, WAIT_S, "every signal merged")
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == total
        assert s.scalar(processed) == total
        assert s.scalar(select(func.count()).select_from(Signal)) == positives
        per_alert = dict(
            s.execute(
                select(Alert.company, func.count(Evidence.id))
                .join(Evidence, Evidence.alert_id == Alert.id)
                .group_by(Alert.id, Alert.company)
            ).all()
        )
        assert s.scalar(select(func.count()).select_from(Alert)) == PROJECTS
    assert sorted(per_alert) == [f"Project{i:02d}" for i in range(PROJECTS)]
    assert set(per_alert.values()) == {positives // PROJECTS}
    engine.dispose()
