from __future__ import annotations

import datetime as dt

import pytest

from swarm.fetchers.errors import FeedMalformed
from swarm.fetchers.http import FetchLimits
from swarm.fetchers.rss import parse_feed

URL = "https://news.example/feed"

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example News</title>
<item><title>Acme announces &lt;b&gt;TGE&lt;/b&gt;</title>
  <link>https://news.example/acme-tge/?utm_source=rss</link>
  <guid isPermaLink="false">post-1</guid>
  <description>&lt;p&gt;The Acme token   launches on &lt;i&gt;June 10&lt;/i&gt;</description>
  <author>desk@news.example (Desk)</author>
  <pubDate>Tue, 10 Jun 2025 04:00:00 +0200</pubDate></item>
<item><title>Undated</title><link>/relative/post</link></item>
<item><title>Duplicate</title><guid isPermaLink="false">post-1</guid></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Blog</title>
<entry><id>tag:blog.example,2025:1</id><title type="html">Airdrop &amp;amp; claim</title>
  <link href="https://blog.example/airdrop#top"/>
  <updated>2025-06-11T08:30:00Z</updated>
  <author><name>Ann</name></author>
  <content type="html">&lt;p&gt;Claim opens today&lt;/p&gt;</content></entry>
</feed>"""


def test_rss2_items_are_normalised() -> None:
    feed = parse_feed(RSS, URL, "application/rss+xml")
    assert feed.title == "Example News"
    assert len(feed.items) == 2  # the duplicate guid is kept once
    first, second = feed.items
    assert first.kind == "rss"
    assert first.title == "Acme announces TGE"
    assert first.text == "The Acme token launches on June 10"
    assert first.url == "https://news.example/acme-tge"
    assert first.published == dt.datetime(2025, 6, 10, 2, tzinfo=dt.UTC)
    assert "desk@news.example" in first.author
    assert second.url == "https://news.example/relative/post"  # resolved against the feed
    assert second.published is None
    assert feed.warnings == []


def test_atom_items_are_normalised() -> None:
    feed = parse_feed(ATOM, "https://blog.example/atom.xml")
    (item,) = feed.items
    assert feed.title == "Atom Blog"
    assert item.title == "Airdrop & claim"
    assert item.text == "Claim opens today"
    assert item.url == "https://blog.example/airdrop"
    assert item.author == "Ann"
    assert item.published == dt.datetime(2025, 6, 11, 8, 30, tzinfo=dt.UTC)


def test_ids_are_stable_across_parses() -> None:
    assert [i.id for i in parse_feed(RSS, URL).items] == [i.id for i in parse_feed(RSS, URL).items]


def test_empty_channel_is_a_valid_empty_feed() -> None:
    feed = parse_feed(b'<rss version="2.0"><channel><title>Quiet</title></channel></rss>', URL)
    assert feed.items == []
    assert feed.title == "Quiet"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"<!DOCTYPE html><html><head><title>x</title></head><body>hi</body></html>",
         "HTML page"),
        (b"<html><body><p>hi</p></body></html>", "HTML page"),
        (b'{"items": []}', "JSON"),
        (b"hello world", "plain text"),
        (b'<rss version="2.0"><channel><title>oops</ti', "broken"),
        (b"<?xml version='1.0'?><data><row>1</row></data>", "not an RSS or Atom"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
    ],
)
def test_non_feeds_are_refused_with_a_reason(body: bytes, reason: str) -> None:
    with pytest.raises(FeedMalformed, match=reason) as caught:
        parse_feed(body, URL)
    assert caught.value.url == URL


def test_billion_laughs_is_refused_quickly() -> None:
    body = '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    prev = "lol"
    for i in range(1, 10):
        body += f'<!ENTITY lol{i} "{("&" + prev + ";") * 10}">\n'
        prev = f"lol{i}"
    body += f']>\n<rss version="2.0"><channel><title>&{prev};</title></channel></rss>'
    with pytest.raises(FeedMalformed, match="entit"):
        parse_feed(body.encode(), URL)
    unclosed = body.replace("]>", "")  # a broken DOCTYPE is refused the same way
    with pytest.raises(FeedMalformed, match="entit"):
        parse_feed(unclosed.encode(), URL)


def test_invalid_utf8_is_replaced_with_a_warning() -> None:
    body = RSS.replace(b"Example News", b"Example \xff\xfe News")
    feed = parse_feed(body, URL, "application/rss+xml; charset=utf-8")
    assert feed.title == "Example \ufffd\ufffd News"
    assert len(feed.items) == 2
    assert any("U+FFFD" in w for w in feed.warnings)


def test_declared_latin1_is_honoured_when_not_utf8() -> None:
    body = '<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel>' \
           "<title>Caf\u00e9</title><item><title>Cr\u00e8me</title><guid>1</guid></item>" \
           "</channel></rss>"
    feed = parse_feed(body.encode("latin-1"), URL)
    assert feed.title == "Caf\u00e9"
    assert feed.items[0].title == "Cr\u00e8me"


def test_mislabelled_utf8_is_read_as_utf8() -> None:
    body = RSS.replace(b"Example News", "Caf\u00e9".encode())
    feed = parse_feed(body, URL, "text/xml; charset=iso-8859-1")
    assert feed.title == "Caf\u00e9"


def test_broken_xml_with_entries_is_accepted_with_a_warning() -> None:
    body = b'<rss version="2.0"><channel><item><title>x</title><link>http://a.example/b</link>' \
           b"</item><item><title>y</tit"
    feed = parse_feed(body, URL)
    assert feed.items[0].title == "x"
    assert feed.warnings and "broken XML" in feed.warnings[0]


def test_many_entries_parse_up_to_the_configured_cap() -> None:
    items = b"".join(
        b"<item><title>t%d</title><guid>g%d</guid></item>" % (i, i) for i in range(2000)
    )
    body = b'<rss version="2.0"><channel>' + items + b"</channel></rss>"
    feed = parse_feed(body, URL, limits=FetchLimits(max_entries=5000))
    assert len(feed.items) == 2000 and not feed.warnings
