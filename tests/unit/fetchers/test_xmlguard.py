"""No DTD reaches the parser, and a feed keeps its newest ``max_entries`` entries."""

from __future__ import annotations

import datetime as dt
from email.utils import format_datetime

import feedparser
import pytest

from swarm.fetchers.errors import FeedMalformed
from swarm.fetchers.http import FetchLimits
from swarm.fetchers.rss import parse_feed
from swarm.fetchers.xmlguard import keep_newest, refuse_dtd

URL = "https://news.example/feed"
FEED = '<rss version="2.0"><channel><title>t</title>{}</channel></rss>'


@pytest.mark.parametrize(
    "declaration",
    ["<!DOCTYPE rss>", "<!doctype rss>", '<!ENTITY x "y">', "<!Entity x 'y'>",
     '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'],
)  # fmt: skip
def test_any_dtd_anywhere_is_refused(declaration: str) -> None:
    late = FEED.format("<item><title>a</title></item>" * 5000 + declaration)
    for text in (declaration + FEED.format(""), late):
        with pytest.raises(FeedMalformed, match="declares a DTD"):
            refuse_dtd(text, URL)


def test_a_dtd_in_utf16_is_seen_after_decoding() -> None:
    body = ('<?xml version="1.0" encoding="utf-16"?>\n<!-- ' + "x" * 70_000 + " -->"
            '<!DOCTYPE r [<!ENTITY a "b">]>' + FEED.format("")).encode("utf-16")
    with pytest.raises(FeedMalformed, match="declares a DTD"):
        parse_feed(body, URL)


def test_markup_inside_cdata_is_text() -> None:
    item = ("<item><title>a</title><description><![CDATA[<!DOCTYPE html><p>hi</p>]]>"
            "</description></item>")
    refuse_dtd(FEED.format(item), URL)  # no error
    assert parse_feed(FEED.format(item).encode(), URL).items[0].text == "hi"


def _dated(n: int, hours: int) -> str:
    when = dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(hours=hours)
    return f"<item><title>t{n}</title><pubDate>{format_datetime(when)}</pubDate></item>"


def test_the_newest_entries_are_kept_in_document_order() -> None:
    hours = [5, 50, 1, 40, 30, 2, 45]
    body = FEED.format("".join(_dated(n, h) for n, h in enumerate(hours))).encode()
    kept, dropped = keep_newest(body, 3)
    assert dropped == 4
    assert [e.title for e in feedparser.parse(kept).entries] == ["t1", "t3", "t6"]
    assert kept.startswith(b'<rss version="2.0"><channel><title>t</title><item>')


def test_atom_entries_and_undated_entries_are_capped_in_document_order() -> None:
    atom = ('<feed xmlns="http://www.w3.org/2005/Atom"><title>a</title>'
            + "".join(f"<entry><title>e{i}</title><id>{i}</id></entry>" for i in range(10))
            + "</feed>").encode()  # fmt: skip
    feed = parse_feed(atom, URL, limits=FetchLimits(max_entries=4))
    assert [i.title for i in feed.items] == ["e0", "e1", "e2", "e3"]
    assert "6 oldest were skipped" in feed.warnings[0]


def test_broken_xml_keeps_its_first_entries() -> None:
    body = b"<rss><channel>" + b"<item><title>a</title></item>" * 10 + b"<item><title>cut"
    kept, dropped = keep_newest(body, 3)
    assert kept.count(b"<item>") == 3 and dropped == 8


def test_a_small_feed_is_left_as_it_is() -> None:
    body = FEED.format(_dated(1, 1)).encode()
    assert keep_newest(body, 500) == (body, 0)
