"""One hard deadline per exchange: a peer that trickles its headers (or its SMTP greeting) one
byte at a time is cut at the deadline for feeds, X searches, webhooks and e-mail.

The peer is a raw TCP server on loopback that would go on for minutes; each test asserts, on
the server side, that the client hung up while the server still had bytes to send.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import redis

from swarm import keys
from swarm.fetchers.errors import FeedTooSlow
from swarm.fetchers.http import FetchLimits, fetch
from swarm.fetchers.x import XClient
from swarm.notify.email import send_email
from swarm.notify.errors import DeliveryFailed, DeliveryUncertain
from swarm.notify.httpclient import make_http_client
from swarm.notify.message import AlertMessage
from swarm.notify.webhook import post_webhook
from swarm.pipeline import fetching
from swarm.pipeline import source_store as repo
from swarm.pipeline.source_run import LOCK_MARGIN_S
from swarm.runtime import Runtime
from swarm.settings import SmtpSettings, load_settings
from swarm.storage import migrate
from swarm.storage.models import Source
from tests.httpserver import HEADERS_TRICKLE, Trickler, wait_for

pytestmark = pytest.mark.integration

DEADLINE_S = 2.0
LIMITS = FetchLimits(connect_s=5, read_s=5, total_s=DEADLINE_S)
HEADERS = HEADERS_TRICKLE


@pytest.fixture
def trickler() -> Iterator[Trickler]:
    peer = Trickler(HEADERS)
    yield peer
    peer.close()


def _cut_early(peer: Trickler) -> bool:
    return wait_for(lambda: bool(peer.hung_up_after), timeout_s=10) and (
        peer.hung_up_after[0] < len(peer.data)
    )


def test_feed_headers_trickled_end_at_the_deadline(
    trickler: Trickler, client: httpx.Client
) -> None:
    with pytest.raises(FeedTooSlow, match=f"within {DEADLINE_S:g} s") as caught:
        fetch(client, f"http://127.0.0.1:{trickler.port}/feed", limits=LIMITS)
    assert "headers" in str(caught.value)
    assert _cut_early(trickler)


def test_x_search_headers_trickled_end_at_the_deadline(
    trickler: Trickler, client: httpx.Client
) -> None:
    x = XClient(f"http://127.0.0.1:{trickler.port}/2", "token", client, LIMITS)
    with pytest.raises(FeedTooSlow):
        x.search_recent("$ACME")
    assert _cut_early(trickler)


def test_webhook_answer_trickled_ends_at_the_deadline(trickler: Trickler) -> None:
    with make_http_client(["127.0.0.1"]) as client, pytest.raises(DeliveryUncertain):
        post_webhook(client, f"http://127.0.0.1:{trickler.port}/hook", None, b"{}", "1:w",
                     deadline_s=DEADLINE_S)  # fmt: skip
    assert _cut_early(trickler)


def test_smtp_greeting_trickled_ends_at_the_deadline() -> None:
    peer = Trickler(b"220-" + b"x" * 2000)
    try:
        smtp = SmtpSettings(host="127.0.0.1", port=peer.port, security="none",
                            recipients=["ops@example.org"], timeout_s=5)  # fmt: skip
        msg = AlertMessage(id=1, company="Acme", event_type="tge", event_date=None,
                           confidence=0.9, status="new", config_version=1,
                           created_at=datetime.now(UTC), evidence=[])  # fmt: skip
        with pytest.raises(DeliveryFailed, match="deadline"):
            send_email(msg, smtp, deadline_s=DEADLINE_S)
        assert _cut_early(peer)
    finally:
        peer.close()


@pytest.fixture
def rt(redis_url: str, redis_client: redis.Redis, tmp_path: Path) -> Iterator[Runtime]:
    settings = load_settings(broker_url=redis_url, database={"url": f"sqlite:///{tmp_path}/d.db"},
                             fetch={"total_s": DEADLINE_S, "allow_hosts": ["127.0.0.1"]})
    runtime = Runtime(settings)
    migrate.upgrade(runtime.engine)
    yield runtime
    runtime.close()


def test_a_stuck_fetch_shows_in_the_source_and_its_lock_is_never_renewed(
    rt: Runtime, trickler: Trickler, redis_client: redis.Redis
) -> None:
    with rt.transaction() as s:
        source_id = repo.add_source(s, "rss", f"http://127.0.0.1:{trickler.port}/f", None, 60).id
    lock_key = f"{keys.LOCK}:source:{source_id}"
    ttls: list[int] = []
    worker = threading.Thread(
        target=lambda: fetching.fetch_rss_source(rt, source_id, datetime.now(UTC))
    )
    worker.start()
    assert wait_for(lambda: redis_client.exists(lock_key) == 1, timeout_s=10)
    while worker.is_alive():
        ttl = int(redis_client.pttl(lock_key))
        if ttl > 0:
            ttls.append(ttl)
        worker.join(0.2)
    lease_ms = (DEADLINE_S + LOCK_MARGIN_S) * 1000
    assert ttls and all(t <= lease_ms for t in ttls)
    assert ttls == sorted(ttls, reverse=True)  # only ever counting down: never renewed
    assert redis_client.exists(lock_key) == 0  # released when the fetch ended
    with rt.transaction() as s:
        src = s.get(Source, source_id)
        assert src is not None and src.state == "failing"
        assert src.last_error and "did not finish sending within 2 s" in src.last_error
