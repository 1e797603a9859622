"""RSS/Atom: :func:`parse_feed` turns a body into items; :func:`fetch_and_parse` fetches first.

What is refused, always with :class:`~swarm.fetchers.errors.FeedMalformed` and its reason: an
empty body, JSON, an HTML page, binary data, any DTD (``<!DOCTYPE`` or ``<!ENTITY`` anywhere in
the decoded body, see :func:`swarm.fetchers.xmlguard.refuse_dtd`: the way in of "billion
laughs" entity expansion), and broken XML from which no entry can be read.

Work per feed is bounded before feedparser runs: at most ``limits.max_entries`` entries, the
newest (:func:`swarm.fetchers.xmlguard.keep_newest`; a warning says how many were dropped),
and each title and text is cut to ``max_title_chars`` / ``max_text_chars`` characters with a
visible marker (:func:`swarm.fetchers.normalise.clip`).

Text encoding: valid UTF-8 is taken as UTF-8 whatever the labels say (it validates itself, and
mislabelled UTF-8 feeds are common); otherwise the declared encoding (BOM, then the
``Content-Type`` charset, then the XML declaration) is tried; if none decodes, UTF-8 with
U+FFFD replacements is used and a warning is recorded, unless more than
``MAX_REPLACED_RATIO`` of the characters are replacements, which is refused as not text.
Broken XML from which entries can still be read is accepted with a warning.
"""

from __future__ import annotations

import codecs
import io
import re
from dataclasses import dataclass, field
from typing import Any, Literal

import feedparser
import httpx

from swarm.fetchers.errors import FeedMalformed
from swarm.fetchers.http import DEFAULT_LIMITS, FetchLimits, fetch
from swarm.fetchers.normalise import (
    NormalisedItem,
    canonical_url,
    clean_text,
    clip,
    fingerprint,
    item_id,
    to_utc,
)
from swarm.fetchers.xmlguard import keep_newest, refuse_dtd

MAX_REPLACED_RATIO = 0.05  # above this share of U+FFFD after decoding, the body is not text
SNIFF_CHARS = 1024  # how much of the start of the body is looked at to tell HTML/JSON apart
AUTHOR_CHARS = 300  # the items.author column holds 300 characters
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)  # fmt: skip
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
_XML_DECL_TEXT = re.compile(r"^\s*<\?xml[^>]*\?>")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
_HTML_START = re.compile(r"^(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A parsed feed: its ``title``, its items (unique ids, feed order) and any ``warnings``."""

    title: str
    items: list[NormalisedItem]
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FeedFetch:
    """One fetch of a feed. On ``not_modified`` there are no items and the validators are the
    ones to keep (new ones if the server sent them, else those passed in)."""

    status: Literal["ok", "not_modified"]
    items: list[NormalisedItem]
    etag: str | None
    last_modified: str | None
    final_url: str
    bytes_read: int
    title: str = ""
    warnings: list[str] = field(default_factory=list)


def fetch_and_parse(
    client: httpx.Client,
    url: str,
    etag: str | None = None,
    last_modified: str | None = None,
    limits: FetchLimits = DEFAULT_LIMITS,
) -> FeedFetch:
    """Conditional GET of ``url`` within ``limits``, then :func:`parse_feed`."""
    response = fetch(client, url, etag=etag, last_modified=last_modified, limits=limits)
    if response.status == 304:
        return FeedFetch(
            status="not_modified",
            items=[],
            etag=response.etag or etag,
            last_modified=response.last_modified or last_modified,
            final_url=response.final_url,
            bytes_read=0,
        )
    parsed = parse_feed(response.body, response.final_url, response.content_type, limits)
    return FeedFetch(
        status="ok",
        items=parsed.items,
        etag=response.etag,
        last_modified=response.last_modified,
        final_url=response.final_url,
        bytes_read=len(response.body),
        title=parsed.title,
        warnings=parsed.warnings,
    )


def parse_feed(
    body: bytes, url: str, content_type: str | None = None, limits: FetchLimits = DEFAULT_LIMITS
) -> ParsedFeed:
    """Items of an RSS 0.9x/1.0/2.0 or Atom body; raise FeedMalformed for anything else."""
    if not body.strip():
        raise FeedMalformed(url, "the body is empty")
    warnings: list[str] = []
    text = _decode(body, content_type, url, warnings)
    _reject_non_feed(text, url)
    refuse_dtd(text, url)
    xml = _XML_DECL_TEXT.sub("", text, count=1).encode("utf-8")
    del text
    xml, dropped = keep_newest(xml, limits.max_entries)
    if dropped:
        warnings.append(
            f"the feed holds more than {limits.max_entries} entries; the {dropped} oldest were"
            " skipped (fetch.max_entries)"
        )
    parsed = feedparser.parse(
        io.BytesIO(xml),
        response_headers={"content-type": "application/xml; charset=utf-8",
                          "content-location": url},
        sanitize_html=True,
        resolve_relative_uris=True,
    )
    if not parsed.entries:
        if not parsed.get("version"):
            if parsed.get("bozo"):
                reason = f"the body is not well-formed XML ({parsed.get('bozo_exception')})"
            else:
                reason = "the body is not an RSS or Atom document (no <rss>, <feed> or <rdf:RDF>)"
            raise FeedMalformed(url, reason)
        if parsed.get("bozo"):
            raise FeedMalformed(
                url, f"the XML is broken ({parsed.get('bozo_exception')}) and no entry"
                " could be read"
            )
    elif parsed.get("bozo"):
        warnings.append(f"broken XML, entries recovered: {parsed.get('bozo_exception')}")
    items: dict[str, NormalisedItem] = {}
    for entry in parsed.entries:
        item = _item(entry, limits)
        if item is not None and item.id not in items:
            items[item.id] = item
    if not items and parsed.get("bozo"):
        raise FeedMalformed(
            url, f"the XML is broken ({parsed.get('bozo_exception')}) and no usable entry"
            " could be read"
        )
    return ParsedFeed(clean_text(parsed.feed.get("title")), list(items.values()), warnings)


def _item(entry: Any, limits: FetchLimits) -> NormalisedItem | None:
    title = clip(clean_text(entry.get("title")), limits.max_title_chars)
    contents = entry.get("content") or []
    text = clean_text(contents[0].get("value") if contents else entry.get("summary"))
    text = clip(text, limits.max_text_chars)
    link = canonical_url(entry.get("link") or "")
    if not (title or text or link):
        return None
    digest = fingerprint(title, text)
    key = (entry.get("id") or "").strip() or link or f"fingerprint:{digest}"
    return NormalisedItem(
        id=item_id("rss", key),
        kind="rss",
        url=link,
        title=title,
        text=text,
        author=clean_text(entry.get("author"))[:AUTHOR_CHARS],
        published=to_utc(entry.get("published_parsed") or entry.get("updated_parsed")),
        fingerprint=digest,
    )


def _declared_encodings(body: bytes, content_type: str | None) -> list[str]:
    for bom, name in _BOMS:
        if body.startswith(bom):
            return [name]
    found = []
    if content_type and (match := _CHARSET.search(content_type)):
        found.append(match.group(1))
    if match_decl := _XML_DECL.match(body[:512]):
        found.append(match_decl.group(1).decode("ascii"))
    return found


def _decode(body: bytes, content_type: str | None, url: str, warnings: list[str]) -> str:
    declared = _declared_encodings(body, content_type)
    wide = [e for e in declared if e.lower().replace("-", "").startswith(("utf16", "utf32"))]
    bom_or_wide = wide or declared[:1] == ["utf-8-sig"]
    candidates = declared if bom_or_wide else ["utf-8", *declared]
    for encoding in candidates:
        try:
            return _text_only(body.decode(encoding), url)
        except (UnicodeDecodeError, LookupError):
            continue
    text = body.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    if replaced > MAX_REPLACED_RATIO * max(1, len(text)):
        raise FeedMalformed(
            url, f"the body is not text in any declared encoding ({', '.join(candidates)});"
            f" {replaced} of {len(text)} characters cannot be decoded"
        )
    warnings.append(
        f"the body is not valid {'/'.join(candidates)}; {replaced} undecodable bytes were"
        " replaced with U+FFFD"
    )
    return _text_only(text, url)


def _text_only(text: str, url: str) -> str:
    if "\x00" in text:
        raise FeedMalformed(url, "the body is binary data (it contains NUL bytes), not a feed")
    return text


def _reject_non_feed(text: str, url: str) -> None:
    head = _XML_DECL_TEXT.sub("", text[:SNIFF_CHARS].lstrip("\ufeff \t\r\n"), count=1).lstrip()
    if head[:1] in ("{", "["):
        raise FeedMalformed(url, "the body is JSON, not RSS/Atom")
    if _HTML_START.match(head):
        raise FeedMalformed(url, "the body is an HTML page, not RSS/Atom")
    if not head.startswith("<"):
        raise FeedMalformed(url, "the body is plain text, not RSS/Atom")
