"""RSS fetching over real HTTP on 127.0.0.1: conditional GET and hostile feeds."""

from __future__ import annotations

import gzip
import socket
import zlib
from collections.abc import Iterator

import httpx
import pytest

from swarm.fetchers.errors import (
    BadSourceUrl,
    FeedMalformed,
    FeedTooLarge,
    FeedTooSlow,
    HttpStatusError,
    RateLimited,
    SourceUnreachable,
    TooManyRedirects,
)
from swarm.fetchers.http import FetchLimits, fetch
from swarm.fetchers.rss import fetch_and_parse
from tests.httpserver import LoopbackServer, Reply, Request, repeat, trickle

pytestmark = pytest.mark.integration

RSS = b"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>N</title>
<item><title>Acme TGE</title><link>https://n.example/acme</link><guid>1</guid></item>
</channel></rss>"""
ETAG = '"v1"'
LAST_MODIFIED = "Tue, 10 Jun 2025 02:00:00 GMT"
FEED_HEADERS = {"Content-Type": "application/rss+xml; charset=utf-8"}
FAST = FetchLimits(connect_s=2, read_s=2, total_s=4)
MB = 1024 * 1024


def conditional(request: Request) -> Reply:
    if request.headers.get("if-none-match") == ETAG or (
        request.headers.get("if-modified-since") == LAST_MODIFIED
    ):
        return Reply(304, {"ETag": ETAG})
    return Reply(200, {**FEED_HEADERS, "ETag": ETAG, "Last-Modified": LAST_MODIFIED}, RSS)


def test_fetch_then_not_modified(server: LoopbackServer, client: httpx.Client) -> None:
    server.route("/feed", conditional)
    first = fetch_and_parse(client, server.url("/feed"), limits=FAST)
    assert first.status == "ok"
    assert [i.title for i in first.items] == ["Acme TGE"]
    assert (first.etag, first.last_modified) == (ETAG, LAST_MODIFIED)
    assert first.bytes_read == len(RSS)
    assert first.final_url == server.url("/feed")

    again = fetch_and_parse(client, server.url("/feed"), first.etag, first.last_modified, FAST)
    assert again.status == "not_modified"
    assert again.items == []
    assert (again.etag, again.last_modified) == (ETAG, LAST_MODIFIED)
    by_date = fetch_and_parse(client, server.url("/feed"), None, LAST_MODIFIED, FAST)
    assert by_date.status == "not_modified"

    sent = server.requests
    assert "if-none-match" not in sent[0].headers
    assert sent[1].headers["if-none-match"] == ETAG
    assert sent[1].headers["if-modified-since"] == LAST_MODIFIED
    assert sent[0].headers["user-agent"] == FAST.user_agent


def test_gzip_feed_is_decoded(server: LoopbackServer, client: httpx.Client) -> None:
    server.route("/gz", lambda _: Reply(200, {**FEED_HEADERS, "Content-Encoding": "gzip"},
                                        gzip.compress(RSS)))
    server.route("/deflate", lambda _: Reply(200, {"Content-Encoding": "deflate"},
                                             zlib.compress(RSS)))
    assert fetch_and_parse(client, server.url("/gz"), limits=FAST).items[0].title == "Acme TGE"
    assert fetch(client, server.url("/deflate"), limits=FAST).body == RSS


def test_redirect_is_followed(server: LoopbackServer, client: httpx.Client) -> None:
    server.route("/old", lambda _: Reply(301, {"Location": "/feed"}))
    server.route("/feed", conditional)
    result = fetch_and_parse(client, server.url("/old"), limits=FAST)
    assert result.final_url == server.url("/feed")
    assert len(result.items) == 1


@pytest.mark.parametrize(
    ("body", "headers", "reason"),
    [
        (b"<rss version='2.0'><channel><title>cut", FEED_HEADERS, "broken"),
        (b"<!doctype html><html><body>Login</body></html>",
         {"Content-Type": "text/html"}, "HTML page"),
        (b"", FEED_HEADERS, "empty"),
    ],
)
def test_hostile_bodies_are_malformed(
    server: LoopbackServer, client: httpx.Client, body: bytes, headers: dict[str, str],
    reason: str,
) -> None:
    server.route("/feed", lambda _: Reply(200, headers, body))
    with pytest.raises(FeedMalformed, match=reason):
        fetch_and_parse(client, server.url("/feed"), limits=FAST)


def test_invalid_utf8_is_decoded_with_replacement(
    server: LoopbackServer, client: httpx.Client
) -> None:
    server.route("/feed", lambda _: Reply(200, FEED_HEADERS, RSS.replace(b"Acme", b"Ac\xffme")))
    result = fetch_and_parse(client, server.url("/feed"), limits=FAST)
    assert result.items[0].title == "Ac\ufffdme TGE"
    assert result.warnings


def test_huge_streamed_body_stops_at_the_cap(
    server: LoopbackServer, client: httpx.Client
) -> None:
    sent: list[int] = []

    def body() -> Iterator[bytes]:
        for piece in repeat(b"<item>" + b"x" * 65_530, 50 * MB):
            sent.append(len(piece))
            yield piece

    server.route("/huge", lambda _: Reply(200, FEED_HEADERS, body()))  # no Content-Length
    with pytest.raises(FeedTooLarge) as caught:
        fetch_and_parse(client, server.url("/huge"), limits=FAST)
    assert caught.value.limit == 5 * MB
    assert sum(sent) < 50 * MB  # the server never got to write it all


def test_declared_length_over_the_cap_is_refused(
    server: LoopbackServer, client: httpx.Client
) -> None:
    server.route("/big", lambda _: Reply(200, {"Content-Length": str(50 * MB)}, iter([b"<rss"])))
    with pytest.raises(FeedTooLarge):
        fetch_and_parse(client, server.url("/big"), limits=FAST)


def test_gzip_bomb_stops_at_the_decoded_cap(
    server: LoopbackServer, client: httpx.Client
) -> None:
    bomb = gzip.compress(b"\0" * (64 * MB), compresslevel=9)
    assert len(bomb) < MB
    server.route("/bomb", lambda _: Reply(200, {**FEED_HEADERS, "Content-Encoding": "gzip"},
                                          bomb))
    with pytest.raises(FeedTooLarge):
        fetch_and_parse(client, server.url("/bomb"), limits=FAST)


def test_endless_slow_body_ends_at_the_deadline(
    server: LoopbackServer, client: httpx.Client
) -> None:
    server.route("/slow", lambda _: Reply(200, FEED_HEADERS,
                                          trickle(b"<", 0.05, server.stopping)))
    limits = FetchLimits(connect_s=1, read_s=1, total_s=0.5)
    with pytest.raises(FeedTooSlow) as caught:
        fetch_and_parse(client, server.url("/slow"), limits=limits)
    assert caught.value.limit_s == 0.5


def test_silent_body_ends_at_the_deadline(server: LoopbackServer, client: httpx.Client) -> None:
    server.route("/silent", lambda _: Reply(200, FEED_HEADERS,
                                            trickle(b"<", 30, server.stopping)))
    with pytest.raises(FeedTooSlow):
        fetch(client, server.url("/silent"), limits=FetchLimits(read_s=5, total_s=0.3))


def test_silent_server_within_the_deadline_is_unreachable(
    server: LoopbackServer, client: httpx.Client
) -> None:
    server.route("/silent", lambda _: Reply(200, FEED_HEADERS,
                                            trickle(b"<", 30, server.stopping)))
    with pytest.raises(SourceUnreachable, match="timed out"):
        fetch(client, server.url("/silent"), limits=FetchLimits(read_s=0.2, total_s=10))


def test_redirect_loop(server: LoopbackServer, client: httpx.Client) -> None:
    server.route("/a", lambda _: Reply(302, {"Location": "/b"}))
    server.route("/b", lambda _: Reply(302, {"Location": "/a"}))
    with pytest.raises(TooManyRedirects) as caught:
        fetch_and_parse(client, server.url("/a"), limits=FAST)
    assert caught.value.limit == FAST.max_redirects
    assert len(server.requests) == FAST.max_redirects + 1


def test_redirect_to_another_scheme_is_refused(
    server: LoopbackServer, client: httpx.Client
) -> None:
    server.route("/ftp", lambda _: Reply(302, {"Location": "ftp://files.example/feed"}))
    with pytest.raises(BadSourceUrl, match="redirected"):
        fetch(client, server.url("/ftp"), limits=FAST)


@pytest.mark.parametrize(
    ("status", "headers", "error"),
    [
        (404, {}, HttpStatusError),
        (410, {}, HttpStatusError),
        (503, {}, SourceUnreachable),
        (429, {"Retry-After": "120"}, RateLimited),
    ],
)
def test_statuses(
    server: LoopbackServer, client: httpx.Client, status: int, headers: dict[str, str],
    error: type[Exception],
) -> None:
    server.route("/feed", lambda _: Reply(status, headers, b"nope"))
    with pytest.raises(error) as caught:
        fetch(client, server.url("/feed"), limits=FAST)
    if isinstance(caught.value, RateLimited):
        assert caught.value.reset_at is not None
        assert 0 < caught.value.delay_s() <= 120


def test_connection_refused(client: httpx.Client) -> None:
    with socket.socket() as sock:  # bound, never listening: connects are refused
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/feed"
        with pytest.raises(SourceUnreachable) as caught:
            fetch_and_parse(client, url, limits=FAST)
    assert caught.value.url == url
    assert "ConnectError" in caught.value.reason


@pytest.mark.parametrize("url", ["file:///etc/passwd", "http://", "feed.example/rss", ""])
def test_bad_url_is_permanent(client: httpx.Client, url: str) -> None:
    with pytest.raises(BadSourceUrl):
        fetch(client, url, limits=FAST)
