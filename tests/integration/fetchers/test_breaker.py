"""The circuit breaker counts scheduled fetches, not attempts, and probes once when half-open.

Real path: the scheduler's ``claim_due`` picks due sources and the real ``detection.fetch_feed``
task runs each (eagerly, in this process: its Celery retries run one after the other), against
a loopback feed server that answers 503 until it is switched back on. The request counts are
the server's own.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis
from celery import Celery
from typer.testing import CliRunner

from swarm import runtime
from swarm.cli import app as cli
from swarm.pipeline import scheduling
from swarm.pipeline import source_store as repo
from swarm.pipeline.fetching import breaker_policy
from swarm.settings import get_settings
from swarm.storage import migrate
from swarm.storage.models import Source
from tests.httpserver import LoopbackServer, Reply, wait_for

pytestmark = pytest.mark.integration

THRESHOLD = 3
ATTEMPTS = 3  # FETCH_POLICY: one try and two retries per scheduled fetch
COOLDOWN_S = 2
RSS = b'<rss version="2.0"><channel><item><title>ok</title><guid>1</guid></item></channel></rss>'


@pytest.fixture
def rt(redis_url: str, redis_client: redis.Redis, tmp_path: Path, swarm_app: Celery,
       monkeypatch: pytest.MonkeyPatch) -> Iterator[runtime.Runtime]:
    monkeypatch.setenv("SWARM_BROKER_URL", redis_url)
    monkeypatch.setenv("SWARM_DATABASE__URL", f"sqlite:///{tmp_path}/b.db")
    monkeypatch.setenv("SWARM_FETCH__BREAKER_THRESHOLD", str(THRESHOLD))
    monkeypatch.setenv("SWARM_FETCH__BREAKER_COOLDOWN_S", str(COOLDOWN_S))
    monkeypatch.setenv("SWARM_FETCH__HOST_BURST", "1000")
    get_settings.cache_clear()
    runtime.reset()
    current = runtime.current()
    migrate.upgrade(current.engine)
    yield current
    current.close()
    runtime.reset()


def scheduled_fetch(rt: runtime.Runtime, source_id: int) -> bool:
    """Wait for the scheduler to hand the source out (next slot), run that fetch; False if it
    did not hand it out within a few slots."""
    from tasks.detection import fetch_feed

    due: list[scheduling.Due] = []

    def claim() -> bool:
        with rt.transaction() as s:
            due.extend(d for d in scheduling.claim_due(s, rt.redis, _now(), breaker_policy(rt))
                       if d.source_id == source_id)  # fmt: skip
        return bool(due)

    if not wait_for(claim, timeout_s=3.5):
        return False
    fetch_feed.apply(args=[{"source_id": source_id, "slot": due[0].slot}])
    return True


def _now() -> datetime:
    return datetime.now(UTC)


def _source(rt: runtime.Runtime, source_id: int) -> Source:
    with rt.transaction() as s:
        src = s.get(Source, source_id)
        assert src is not None
        s.expunge(src)
        return src


def test_breaker_opens_after_threshold_scheduled_fetches_then_probes_once(
    rt: runtime.Runtime, server: LoopbackServer
) -> None:
    healthy = False
    server.route("/feed.xml", lambda _: Reply(200, {"Content-Type": "text/xml"}, RSS) if healthy
                 else Reply(503, {}, b"down"))  # fmt: skip
    with rt.transaction() as s:
        source_id = repo.add_source(s, "rss", server.url("/feed.xml"), None, 1).id

    for n in range(1, THRESHOLD + 1):
        assert scheduled_fetch(rt, source_id)
        src = _source(rt, source_id)
        assert len(server.requests) == n * ATTEMPTS  # every attempt reached the server...
        assert src.consecutive_failures == n  # ...but each scheduled fetch counted once
        assert repo.breaker_state(src, _now()) == ("open" if n == THRESHOLD else "closed")
        assert src.last_error and "HTTP 503" in src.last_error
    opened = _source(rt, source_id)
    assert opened.state == "open" and opened.circuit_open_until is not None

    listed = CliRunner().invoke(cli, ["sources", "list", "--json"])
    row = json.loads(listed.output.splitlines()[0])
    assert row["breaker"] == "open" and row["next_probe"].startswith(
        opened.circuit_open_until.isoformat()[:19])

    # While open: not scheduled; a fetch sent anyway is skipped without a request.
    with rt.transaction() as s:
        assert [d for d in scheduling.claim_due(s, rt.redis, _now()) if d.source_id == source_id
                ] == []  # fmt: skip
    from tasks.detection import fetch_feed

    skipped = fetch_feed.apply(args=[{"source_id": source_id}]).get()
    assert skipped["skipped"] == "disabled or circuit open"
    assert len(server.requests) == THRESHOLD * ATTEMPTS

    # After the cool-down: one probe; it fails, the breaker opens again at once.
    assert scheduled_fetch(rt, source_id)
    assert len(server.requests) == (THRESHOLD + 1) * ATTEMPTS
    reopened = _source(rt, source_id)
    assert reopened.state == "open" and reopened.circuit_open_until is not None
    assert reopened.circuit_open_until > opened.circuit_open_until

    # The next probe succeeds: closed, counters reset, fetched on its interval again.
    healthy = True
    while not scheduled_fetch(rt, source_id):  # the cool-down is longer than a few slots
        time.sleep(0.2)
    closed = _source(rt, source_id)
    assert len(server.requests) == (THRESHOLD + 1) * ATTEMPTS + 1
    assert repo.breaker_state(closed, _now()) == "closed" and closed.state == "ok"
    assert closed.consecutive_failures == 0 and closed.items_found == 1


def test_the_probe_is_sent_once_while_it_is_out(rt: runtime.Runtime) -> None:
    with rt.transaction() as s:
        src = repo.add_source(s, "rss", "http://127.0.0.1:9/feed.xml", None, 1)
        src.state, src.consecutive_failures = "open", THRESHOLD
        src.circuit_open_until = _now()
        source_id = src.id
    with rt.transaction() as s:
        first = scheduling.claim_due(s, rt.redis, _now(), breaker_policy(rt))
    assert [d.source_id for d in first] == [source_id]
    probing = _source(rt, source_id)
    assert probing.state == "half_open"
    time.sleep(1.1)  # the next slot: a closed source would be due again
    with rt.transaction() as s:
        assert scheduling.claim_due(s, rt.redis, _now(), breaker_policy(rt)) == []
