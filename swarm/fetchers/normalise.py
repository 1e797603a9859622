"""Turn what a source said into a :class:`NormalisedItem`: canonical URL, clean text, UTC time,
a content fingerprint and a stable id. Pure functions; no I/O.

* :func:`canonical_url` — lower-case scheme and host, no default port, no fragment, no tracking
  parameters (``utm_*``, ``fbclid``…), sorted query, no trailing slash.
* :func:`clean_text` — HTML tags and entities out (``<script>``/``<style>`` content too),
  whitespace collapsed, Unicode NFC.
* :func:`to_utc` — feedparser's ``*_parsed`` struct (UTC), a datetime, or an ISO 8601 / RFC 2822
  string → an aware UTC datetime; missing or unreadable → None.
* :func:`fingerprint` — sha256 of the cleaned, lower-cased, whitespace-collapsed title + text:
  the same for HTML or whitespace variants of one text.
* :func:`item_id` — sha256 hex [:32] of ``kind`` + the guid (or the canonical URL).
* :func:`clip` — cut a text longer than its cap and say so at its end (:data:`CLIP_MARKER`):
  item titles (``fetch.max_title_chars``) and texts (``fetch.max_text_chars``) are truncated,
  never refused, so one oversized field does not lose the rest of the item.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import html
import re
import time
import unicodedata
from html.parser import HTMLParser
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pydantic import AwareDatetime, BaseModel, ConfigDict

from swarm.detection.models import ItemIn

Kind = Literal["rss", "x"]
ID_HEX_CHARS = 32  # 128 bits of sha256: unique enough for every item we will ever see
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
    "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok", "ref_src", "ref_url", "s_cid",
    "__twitter_impression", "cmpid", "oly_anon_id", "oly_enc_id", "vero_id", "spm",
})  # fmt: skip
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")
DEFAULT_PORTS = {"http": 80, "https": 443}
_SPACE = re.compile(r"\s+")
# Default caps of the characters kept per item title and text (fetch.max_*_chars).
DEFAULT_TITLE_CHARS = 1_000
DEFAULT_TEXT_CHARS = 20_000
# Appended to a clipped text; ``{n}`` is the number of characters cut off.
CLIP_MARKER = " […truncated: {n} more characters]"
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})


class NormalisedItem(BaseModel):
    """One feed entry or X post after normalisation; ``id`` is unique per (kind, guid/url)."""

    model_config = ConfigDict(frozen=True)

    id: str
    kind: Kind
    url: str = ""
    title: str = ""
    text: str = ""
    author: str = ""
    published: AwareDatetime | None = None
    fingerprint: str

    def to_detection_input(self, fetched_at: dt.datetime) -> ItemIn:
        """The detector's :class:`ItemIn`; ``fetched_at`` (aware) stands in for no date."""
        if fetched_at.tzinfo is None:
            raise ValueError("fetched_at must be timezone-aware (UTC)")
        return ItemIn(
            id=self.id,
            source=self.kind,
            url=self.url,
            title=self.title,
            text=self.text,
            author=self.author,
            published=self.published or fetched_at,
        )


def canonical_url(url: str) -> str:
    """The canonical form of an http(s) URL; other strings come back stripped, unchanged."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return url
    host = parts.hostname.lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = f"{userinfo}@{host}" if userinfo else host
    if port is not None and port != DEFAULT_PORTS[scheme]:
        netloc += f":{port}"
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    )
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self._skipping:
            self._skipping -= 1
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def collapse(text: str) -> str:
    """NFC, whitespace runs to one space, stripped."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def clean_text(value: str | None) -> str:
    """Plain text of an HTML fragment (or of plain text): no tags, no entities, one-spaced."""
    if not value:
        return ""
    if "<" not in value and "&" not in value:
        return collapse(value)
    parser = _TextExtractor()
    parser.feed(value)
    parser.close()
    return collapse(html.unescape("".join(parser.parts)))


def clip(text: str, max_chars: int) -> str:
    """``text`` if it has at most ``max_chars`` characters, else its start and the marker."""
    if len(text) <= max_chars:
        return text
    return text[:max_chars].rstrip() + CLIP_MARKER.format(n=len(text) - max_chars)


def clean_plain(value: str | None) -> str:
    """Plain text that may carry entities (X escapes ``&``, ``<``, ``>``): unescaped, one-spaced."""
    return collapse(html.unescape(value)) if value else ""


def to_utc(value: object) -> dt.datetime | None:
    """An aware UTC datetime from a struct_time (taken as UTC), datetime or date string."""
    if value is None or value == "":
        return None
    try:
        parsed: dt.datetime | None
        if isinstance(value, time.struct_time | tuple):
            year, month, day, hour, minute, second = (int(v) for v in value[:6])
            return dt.datetime(year, month, day, hour, minute, min(second, 59), tzinfo=dt.UTC)
        if isinstance(value, dt.datetime):
            parsed = value
        elif isinstance(value, str):
            parsed = _parse_date_string(value.strip())
        else:
            return None
    except (TypeError, ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def _parse_date_string(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def fingerprint(title: str, text: str) -> str:
    """sha256 hex of the cleaned, lower-cased, one-spaced ``title`` and ``text``."""
    content = collapse(f"{clean_text(title)} {clean_text(text)}").lower()
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def item_id(kind: Kind, key: str) -> str:
    """Stable id of an item: ``kind`` + its guid, or its URL (canonicalised when it is one)."""
    key = key.strip()
    if key.lower().startswith(("http://", "https://")):
        key = canonical_url(key)
    return hashlib.sha256(f"{kind}\n{key}".encode()).hexdigest()[:ID_HEX_CHARS]
