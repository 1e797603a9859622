"""Hostile answers end with a clear error and bounded memory, and nothing of them is stored.

Memory is measured with tracemalloc around the fetch (Python allocations: the body, decoders,
parser objects). The bounds asserted are what the design promises, not timings:

* a capped read holds at most about twice ``max_bytes`` (the bytearray and its copy), so an
  X answer of 300 MB or a 2 MB gzip bomb (2 GB decoded) stays under 3 × ``max_bytes`` (15 MB;
  measured peaks: 6 MB and 10 MB with the default 5 MB cap);
* a feed of 100,000 entries (3.4 MB) is cut to the newest ``max_entries`` before feedparser
  runs, so its fetch and parse stay under 64 MB (it took 651 MB before the cap; 10 MB
  measured with the cap).
"""

from __future__ import annotations

import json
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import httpx
import pytest
import redis
from celery import Celery
from sqlalchemy import func, select

from swarm.fetchers.errors import FeedTooLarge
from swarm.fetchers.http import FetchLimits
from swarm.fetchers.normalise import CLIP_MARKER
from swarm.fetchers.x import XClient
from swarm.pipeline import fetching
from swarm.pipeline import source_store as repo
from swarm.runtime import Runtime
from swarm.settings import load_settings
from swarm.storage import migrate
from swarm.storage.models import Item, Source
from tests.httpserver import LoopbackServer, Reply, repeat

pytestmark = pytest.mark.integration

MB = 1024 * 1024
LIMITS = FetchLimits(connect_s=5, read_s=5, total_s=60)
CAPPED_READ_BOUND = 3 * LIMITS.max_bytes
PARSE_BOUND = 64 * MB
T = TypeVar("T")


def peak_of(call: Callable[[], T]) -> tuple[T | BaseException, int]:
    """``call()``'s result (or the exception it raised) and the peak traced memory in bytes."""
    tracemalloc.start()
    try:
        try:
            result: T | BaseException = call()
        except Exception as exc:
            result = exc
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def gzip_bomb(compressed_bytes: int) -> bytes:
    """A gzip stream of zeros about ``compressed_bytes`` long that inflates ~1000-fold.

    Built cheaply: after a full flush, deflate output for another megabyte of zeros is the
    same bytes every time, so the block is repeated (the trailer is never reached: readers
    stop at their cap long before).
    """
    zeros = bytes(MB)
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    head = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    return head + block * ((compressed_bytes - len(head)) // len(block))


def huge_json() -> Iterator[bytes]:
    yield b'{"data": ['
    yield from repeat(b'{"id": "1", "text": "' + b"x" * 65_000 + b'"},', 300 * MB)


def test_x_answer_of_300_mb_stops_at_the_cap(server: LoopbackServer,
                                              client: httpx.Client) -> None:
    sent: list[int] = []

    def body() -> Iterator[bytes]:
        for chunk in huge_json():
            sent.append(len(chunk))
            yield chunk

    server.route("/2/tweets/search/recent",
                 lambda _: Reply(200, {"Content-Type": "application/json"}, body()))
    x = XClient(server.url("/2"), "token", client, LIMITS)
    result, peak = peak_of(lambda: x.search_recent("$ACME"))
    assert isinstance(result, FeedTooLarge) and f"more than {LIMITS.max_bytes} bytes" in str(result)
    assert peak < CAPPED_READ_BOUND, peak
    assert sum(sent) < 300 * MB  # the rest was never read


def test_x_gzip_bomb_stops_at_the_decoded_cap(server: LoopbackServer,
                                              client: httpx.Client) -> None:
    bomb = gzip_bomb(2 * MB)
    assert len(bomb) <= 2 * MB
    server.route("/2/tweets/search/recent", lambda _: Reply(
        200, {"Content-Type": "application/json", "Content-Encoding": "gzip"}, bomb))
    x = XClient(server.url("/2"), "token", client, LIMITS)
    result, peak = peak_of(lambda: x.search_recent("$ACME"))
    assert isinstance(result, FeedTooLarge) and "after decompression" in str(result)
    assert peak < CAPPED_READ_BOUND, peak


@pytest.fixture
def rt(redis_url: str, redis_client: redis.Redis, tmp_path: Path,
       swarm_app: Celery) -> Iterator[Runtime]:
    settings = load_settings(
        broker_url=redis_url, database={"url": f"sqlite:///{tmp_path}/h.db"},
        x={"api_url": "http://127.0.0.1:9/2", "bearer_token": "t", "allow_insecure_loopback": True},
        fetch={"allow_hosts": ["127.0.0.1"], "host_burst": 100},
    )  # fmt: skip
    runtime = Runtime(settings)
    migrate.upgrade(runtime.engine)
    yield runtime
    runtime.close()


def _add(rt: Runtime, kind: str, target: str) -> int:
    with rt.transaction() as s:
        return repo.add_source(s, kind, target, None, 60).id  # type: ignore[arg-type]


def _source(rt: Runtime, source_id: int) -> Source:
    with rt.transaction() as s:
        src = s.get(Source, source_id)
        assert src is not None
        s.expunge(src)
        return src


def _items(rt: Runtime) -> list[Item]:
    with rt.transaction() as s:
        rows = list(s.scalars(select(Item)))
        s.expunge_all()
        return rows


def test_x_huge_answer_leaves_the_source_failing_with_a_clear_error(
    rt: Runtime, server: LoopbackServer
) -> None:
    server.route("/2/tweets/search/recent",
                 lambda _: Reply(200, {"Content-Type": "application/json"}, huge_json()))
    rt.settings.x.api_url = server.url("/2")
    source_id = _add(rt, "x", "$ACME")
    out = fetching.search_x_source(rt, source_id, datetime.now(UTC))
    src = _source(rt, source_id)
    assert out["items"] == [] and "more than" in out["error"]
    assert src.state == "failing" and src.last_error and "after decompression" in src.last_error
    assert src.since_id is None and _items(rt) == []


def test_billion_laughs_after_padding_is_refused_and_nothing_is_stored(
    rt: Runtime, server: LoopbackServer
) -> None:
    laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    prev = "lol"
    for i in range(1, 10):
        laughs += f'<!ENTITY lol{i} "{("&" + prev + ";") * 10}">'
        prev = f"lol{i}"
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!-- ' + "padding " * 10_000 + "-->\n"
        + laughs + ']>\n<rss version="2.0"><channel><title>t</title>'
        f"<item><title>&{prev};</title><guid>1</guid></item></channel></rss>"
    ).encode()
    assert body.index(b"<!DOCTYPE") > 64 * 1024
    server.route("/laughs.xml", lambda _: Reply(200, {"Content-Type": "application/rss+xml"},
                                                body))
    source_id = _add(rt, "rss", server.url("/laughs.xml"))
    out, peak = peak_of(lambda: fetching.fetch_rss_source(rt, source_id, datetime.now(UTC)))
    assert isinstance(out, dict) and out["items"] == []
    src = _source(rt, source_id)
    assert src.state == "failing" and src.last_error and "declares a DTD" in src.last_error
    assert _items(rt) == []
    assert peak < PARSE_BOUND, peak


def test_a_feed_of_100000_entries_yields_at_most_the_cap(
    rt: Runtime, server: LoopbackServer, redis_client: redis.Redis
) -> None:
    from tasks.detection import BATCH_SIZE, hand_on_items

    entries = b"".join(b"<item><title>n%d</title></item>" % i for i in range(100_000))
    body = b'<rss version="2.0"><channel><title>Big</title>' + entries + b"</channel></rss>"
    assert len(body) < LIMITS.max_bytes
    server.route("/big.xml", lambda _: Reply(200, {"Content-Type": "application/rss+xml"}, body))
    source_id = _add(rt, "rss", server.url("/big.xml"))
    out, peak = peak_of(lambda: fetching.fetch_rss_source(rt, source_id, datetime.now(UTC)))
    assert isinstance(out, dict)
    cap = rt.settings.fetch.max_entries
    assert out["new"] == cap == 500
    assert {i.title for i in out["items"]} == {f"n{i}" for i in range(cap)}  # undated: first
    assert peak < PARSE_BOUND, peak
    sent = hand_on_items(out["items"], source_id)
    queued = sum(int(redis_client.llen(key)) for key in redis_client.scan_iter(
        "keyword_analyzer*") if redis_client.type(key) == b"list")  # one list per priority step
    assert sent == cap // BATCH_SIZE == queued
    src = _source(rt, source_id)
    assert src.state == "warning" and "99500" in (src.last_error or "")
    with rt.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == cap


def test_oversized_titles_and_texts_are_truncated_with_a_marker(
    rt: Runtime, server: LoopbackServer
) -> None:
    title, text = "T" * 50_000, "word " * 800_000  # 4 MB of text
    body = (f'<rss version="2.0"><channel><item><title>{title}</title><guid>1</guid>'
            f"<description>{text}</description></item></channel></rss>").encode()
    server.route("/long.xml", lambda _: Reply(200, {"Content-Type": "application/rss+xml"}, body))
    source_id = _add(rt, "rss", server.url("/long.xml"))
    fetching.fetch_rss_source(rt, source_id, datetime.now(UTC))
    [item] = _items(rt)
    f = rt.settings.fetch
    marker = CLIP_MARKER.split("{")[0]
    assert item.title.startswith("T" * f.max_title_chars) and marker in item.title
    assert len(item.title) < f.max_title_chars + 60
    assert item.text.startswith("word word") and item.text.endswith("more characters]")
    assert len(item.text) < f.max_text_chars + 60


def test_x_posts_are_truncated_too(server: LoopbackServer, client: httpx.Client) -> None:
    post = {"id": "1", "text": "y" * 100_000, "author_id": "9"}
    server.route("/2/tweets/search/recent", lambda _: Reply(
        200, {"Content-Type": "application/json"},
        json.dumps({"data": [post], "meta": {"newest_id": "1"}}).encode()))
    page = XClient(server.url("/2"), "token", client, LIMITS, max_text_chars=280).search_recent(
        "$ACME")
    text = page.items[0].text
    assert text.startswith("y" * 280) and "99720 more characters" in text
