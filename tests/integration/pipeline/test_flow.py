"""Sources → items → signals → alerts → notifications, on real workers and loopback servers."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from swarm.pipeline import source_store as repo
from swarm.storage.models import Alert, Item, Source
from tests.httpserver import Reply, repeat, trickle
from tests.integration.pipeline.conftest import Swarm, wait_until
from tests.integration.pipeline.feeds import (
    ACME_LAUNCH,
    ACME_REPORT,
    DECOYS,
    GLOBEX_CLAIM,
    X_POST,
    etag_of,
    gzip_bomb,
    rss,
    x_response,
)

pytestmark = pytest.mark.integration


def serve_feed(swarm: Swarm, path: str, body: bytes) -> str:
    etag = etag_of(body)

    def handler(req):  # type: ignore[no-untyped-def]
        if req.headers.get("if-none-match") == etag:
            return Reply(304, {"ETag": etag}, b"")
        return Reply(200, {"Content-Type": "application/rss+xml", "ETag": etag}, body)

    swarm.server.route(path, handler)
    return swarm.server.url(path)


def add(swarm: Swarm, kind: str, target: str) -> int:
    with swarm.session() as s:
        return repo.add_source(s, kind, target, target[-30:], 3600).id  # type: ignore[arg-type]


def run_sources(swarm: Swarm, ids: dict[int, str]) -> None:
    """Fetch each source once through its task and wait until everything settled."""
    before = {i: _successes(swarm, i) for i in ids}
    for source_id, kind in ids.items():
        name = "detection.search_x" if kind == "x" else "detection.fetch_feed"
        swarm.app.send_task(name, args=[{"source_id": source_id}])
    wait_until(lambda: all(_touched(swarm, i, before[i]) for i in ids), what="sources fetched")
    wait_until(lambda: _settled(swarm), what="pipeline settled")


def _successes(swarm: Swarm, source_id: int) -> tuple[object, object]:
    with swarm.session() as s:
        src = s.get(Source, source_id)
        assert src is not None
        return src.last_success_at, src.last_error_at


def _touched(swarm: Swarm, source_id: int, before: tuple[object, object]) -> bool:
    return _successes(swarm, source_id) != before


def _settled(swarm: Swarm) -> bool:
    import redis

    client = redis.Redis.from_url(swarm.app.conf.broker_url)
    try:
        queued = sum(
            client.llen(q)
            for q in (
                "news_scraper",
                "twitter_monitor",
                "keyword_analyzer",
                "data_quality",
                "notifier",
            )
        )
        unacked = client.hlen("unacked")
    finally:
        client.close()
    with swarm.session() as s:
        pending = s.scalar(
            select(func.count()).select_from(Item).where(Item.processed_at.is_(None))
        )
    return queued == 0 and unacked == 0 and pending == 0


def alerts(swarm: Swarm) -> list[Alert]:
    with swarm.session() as s:
        return list(
            s.scalars(select(Alert).options(selectinload(Alert.evidence)).order_by(Alert.id))
        )


def test_feeds_and_x_make_each_alert_once_with_evidence(swarm: Swarm) -> None:
    posts: list[dict] = [X_POST]
    seen_since: list[str | None] = []

    def search(req):  # type: ignore[no-untyped-def]
        since = req.query.get("since_id", [None])[0]
        seen_since.append(since)
        fresh = [p for p in posts if since is None or int(p["id"]) > int(since)]
        return Reply(
            200,
            {
                "Content-Type": "application/json",
                "x-rate-limit-limit": "450",
                "x-rate-limit-remaining": "449",
                "x-rate-limit-reset": "1900000000",
            },
            __import__("json").dumps(x_response(fresh)).encode(),
        )

    swarm.server.route("/2/tweets/search/recent", search)
    news = serve_feed(swarm, "/news.xml", rss("News", [ACME_LAUNCH, GLOBEX_CLAIM, *DECOYS]))
    wire = serve_feed(swarm, "/wire.xml", rss("Wire", [ACME_REPORT]))
    ids = {
        add(swarm, "rss", news): "rss",
        add(swarm, "rss", wire): "rss",
        add(swarm, "x", '("Acme" OR $ACME) -is:retweet'): "x",
    }
    run_sources(swarm, ids)

    found = alerts(swarm)
    got = {(a.company, a.event_type, a.event_date) for a in found}
    assert got == {("Acme", "tge", date(2026, 3, 20)), ("Globex", "airdrop", date(2026, 4, 2))}
    acme = next(a for a in found if a.company == "Acme")
    # One event reported by two feeds and by X: one alert, three pieces of evidence.
    assert sorted(e.kind for e in acme.evidence) == ["rss", "rss", "x"]
    assert any(e.official for e in acme.evidence)  # the post came from the official handle
    assert all(e.details.get("reasons") for e in acme.evidence)
    assert acme.confidence > max(e.score for e in acme.evidence) * 0.8
    with swarm.session() as s:
        decoys = s.scalars(select(Item).where(Item.url.like("%/d_"))).all()
        assert len(decoys) == len(DECOYS)
        assert not any(d.is_signal for d in decoys)
    wait_until(lambda: len(swarm.hooks) == 2, what="two webhook notifications")

    # Fetched again: conditional GET and since_id; nothing new is created or sent.
    run_sources(swarm, ids)
    again = alerts(swarm)
    assert [(a.id, len(a.evidence)) for a in again] == [(a.id, len(a.evidence)) for a in found]
    assert seen_since[-1] == X_POST["id"]
    with swarm.session() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 3 + len(DECOYS) + 1
    assert len(swarm.hooks) == 2


def test_hostile_feeds_fail_clearly_and_leave_others_alone(swarm: Swarm) -> None:
    stop = threading.Event()
    bomb = gzip_bomb(64 * 1024 * 1024)  # built once: per request it can outlast read_s
    hostile = {
        "/bad.xml": (
            lambda r: Reply(
                200, {"Content-Type": "application/rss+xml"}, b"<rss><channel><item><title>broken"
            ),
            "XML is broken",
        ),
        "/page.html": (
            lambda r: Reply(
                200, {"Content-Type": "text/html"}, b"<!doctype html><html><body>Hi</body></html>"
            ),
            "HTML page",
        ),
        "/huge.xml": (
            lambda r: Reply(
                200,
                {"Content-Type": "application/rss+xml"},
                repeat(b"<rss>" + b"x" * 65531, 50 * 1024 * 1024),
            ),
            "more than 5242880 bytes",
        ),
        "/bomb.xml": (
            lambda r: Reply(
                200,
                {"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"},
                bomb,
            ),
            "more than 5242880 bytes",
        ),
        "/slow.xml": (
            lambda r: Reply(200, {"Content-Type": "application/rss+xml"}, trickle(b"<", 0.2, stop)),
            "did not finish sending",
        ),
        "/loop.xml": (lambda r: Reply(302, {"Location": "/loop.xml"}, b""), "redirect loop"),
        "/latin.xml": (
            lambda r: Reply(
                200,
                {"Content-Type": "application/rss+xml"},
                b"\xff\xfe\x00<rss>\xc3\x28\xa0\xa1" * 200,
            ),
            "not a usable feed",
        ),
    }
    ids = {}
    for path, (handler, _) in hostile.items():
        swarm.server.route(path, handler)
        ids[add(swarm, "rss", swarm.server.url(path))] = path
    good = serve_feed(swarm, "/good.xml", rss("Good", [GLOBEX_CLAIM]))
    good_id = add(swarm, "rss", good)
    try:
        run_sources(swarm, {**dict.fromkeys(ids, "rss"), good_id: "rss"})
    finally:
        stop.set()
    with swarm.session() as s:
        errors = {}
        for source_id, path in ids.items():
            src = s.get(Source, source_id)
            assert src is not None
            errors[path] = (src.state, src.last_error or "")
        for path, (state, error) in errors.items():
            assert state == "failing", errors
            assert hostile[path][1] in error and "://" in error, errors
        ok = s.get(Source, good_id)
        assert ok is not None and ok.state == "ok" and ok.last_error is None
    assert swarm.supervisor.children and all(c.alive() for c in swarm.supervisor.children)
