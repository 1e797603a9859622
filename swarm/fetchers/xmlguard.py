"""What a feed body must pass before feedparser sees it: no DTD, and a bounded number of entries.

* :func:`refuse_dtd` — any ``<!DOCTYPE`` or ``<!ENTITY`` declaration, in any letter case,
  anywhere in the decoded document (not only in its first kilobytes) refuses the whole body,
  as defusedxml's ``forbid_dtd`` does: feeds have no use for a DTD, and a DTD is how entity
  expansion ("billion laughs") and external entities get in. Text inside ``<![CDATA[ … ]]>``
  is not markup and is not looked at.
* :func:`keep_newest` — a feed with more than ``max_entries`` entries (``<item>`` or
  ``<entry>``) is cut down to the ``max_entries`` newest before it is parsed, so feedparser's
  memory and the analyze messages stay bounded whatever the feed holds. Newest by the entry's
  own date (``pubDate``, ``published``, ``updated``, ``dc:date``); entries without a readable
  date rank after dated ones, in document order. The entries kept stay in document order and
  the rest of the document (channel title, links) is untouched. A body expat cannot read to the
  end (broken XML, which feedparser may still partly recover) keeps its first ``max_entries``
  entries.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import heapq
import itertools
import re
from xml.parsers import expat

from swarm.fetchers.errors import FeedMalformed

DEFAULT_MAX_ENTRIES = 500
ENTRY_NAMES = frozenset({"item", "entry"})
DATE_NAMES = frozenset({"pubdate", "published", "updated", "date", "issued", "modified"})
_DTD_OR_CDATA = re.compile(r"<!\[CDATA\[.*?\]\]>|<!(?:DOCTYPE|ENTITY)", re.IGNORECASE | re.DOTALL)
# An upper bound of the entries in a document (start tags, any namespace prefix): a cheap test
# that lets the common small feed skip the scan.
_ENTRY_START = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s/>]")
_OLDEST = dt.datetime.min.replace(tzinfo=dt.UTC)
_DATE_TEXT_MAX = 100  # characters of a date element that are looked at


def refuse_dtd(text: str, url: str) -> None:
    """Raise :class:`FeedMalformed` if ``text`` declares a DTD or an entity anywhere."""
    for match in _DTD_OR_CDATA.finditer(text):
        if not match.group().startswith("<![CDATA["):
            raise FeedMalformed(
                url, "the body declares a DTD (<!DOCTYPE or <!ENTITY at character"
                f" {match.start()}); feeds with a DTD are refused (entity-expansion attacks)"
            )


def keep_newest(body: bytes, max_entries: int) -> tuple[bytes, int]:
    """``body`` (UTF-8 XML) with at most ``max_entries`` entries, and how many were dropped."""
    bound = sum(1 for _ in itertools.islice(_ENTRY_START.finditer(body), max_entries + 1))
    if bound <= max_entries:
        return body, 0
    scan = _Scan(body, max_entries)
    try:
        scan.run()
    except expat.ExpatError:
        return _first(body, max_entries)
    if scan.total <= max_entries:
        return body, 0
    kept = sorted((start, end) for _, start, end in scan.heap)
    parts = [body[: scan.first_start]]
    parts += [body[start:end] for start, end in kept]
    parts.append(body[scan.last_end :])
    return b"".join(parts), scan.total - len(kept)


def _first(body: bytes, max_entries: int) -> tuple[bytes, int]:
    """Broken XML: keep the document up to the start of entry ``max_entries + 1``."""
    starts = [m.start() for m in _ENTRY_START.finditer(body)]
    if len(starts) <= max_entries:
        return body, 0
    return body[: starts[max_entries]], len(starts) - max_entries


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1].lower()


class _Scan:
    """One expat pass: byte span and date of each top-level entry, the newest kept in a heap.

    Memory is bounded by ``keep`` (the heap), whatever the number of entries.
    """

    def __init__(self, body: bytes, keep: int) -> None:
        self.body, self.keep = body, keep
        self.parser = expat.ParserCreate()
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.CharacterDataHandler = self.text
        self.total = 0
        self.depth = 0  # nesting inside the current entry (0 = outside any entry)
        self.start_at, self.first_start, self.last_end = 0, -1, 0
        self.date: dt.datetime | None = None
        self.in_date = False
        self.date_text: list[str] = []
        self.heap: list[tuple[tuple[dt.datetime, int], int, int]] = []

    def run(self) -> None:
        self.parser.Parse(self.body, True)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        if self.depth == 0:
            if local in ENTRY_NAMES:
                self.depth, self.date = 1, None
                self.start_at = self.parser.CurrentByteIndex
                if self.first_start < 0:
                    self.first_start = self.start_at
            return
        self.depth += 1
        if self.depth == 2 and local in DATE_NAMES and self.date is None:
            self.in_date, self.date_text = True, []

    def text(self, data: str) -> None:
        if self.in_date and sum(map(len, self.date_text)) < _DATE_TEXT_MAX:
            self.date_text.append(data)

    def end(self, name: str) -> None:
        if self.depth == 0:
            return
        if self.in_date and self.depth == 2:
            self.in_date = False
            self.date = _parse_date("".join(self.date_text)[:_DATE_TEXT_MAX])
        self.depth -= 1
        if self.depth:
            return
        # The end event points at "</item>" (or at "<item/>" itself): the span ends at its ">".
        end = self.body.find(b">", self.parser.CurrentByteIndex) + 1
        self.last_end = end
        key = (self.date or _OLDEST, -self.total)  # newer first, then earlier in the document
        self.total += 1
        if len(self.heap) < self.keep:
            heapq.heappush(self.heap, (key, self.start_at, end))
        else:
            heapq.heappushpop(self.heap, (key, self.start_at, end))


def _parse_date(text: str) -> dt.datetime | None:
    text = text.strip()
    if not text:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        try:
            parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
    return parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed.astimezone(dt.UTC)
