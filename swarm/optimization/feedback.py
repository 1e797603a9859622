"""Missed events reported by an analyst, stored as labelled items (label true)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from swarm.detection import EVENT_TYPES, WatchList
from swarm.errors import PermanentError
from swarm.pipeline import catalog
from swarm.storage.base import as_utc, utcnow
from swarm.storage.models import Feedback, Item

MAX_TEXT = 20_000  # characters of a reported text kept (the scorer reads no more)


class BadFeedback(PermanentError):
    """Feedback that cannot be stored; the message says what to change."""


@dataclass(frozen=True, slots=True)
class Missed:
    target: str  # a URL the swarm stored, or the text of the item
    company: str
    event_type: str
    event_date: date | None = None
    title: str = ""
    text: str | None = None
    source: str = "rss"
    published: datetime | None = None


def record_missed(session: Session, missed: Missed, reporter: str, fallback: WatchList) -> Feedback:
    """Store a missed event; a URL is looked up among stored items, else ``text`` is needed.

    ``fallback`` seeds an empty stored watch list (as the pipeline does)."""
    watchlist = catalog.ensure_watchlist(session, fallback)
    names = {c.name.casefold(): c.name for c in watchlist.companies}
    company = names.get(missed.company.strip().casefold())
    if company is None:
        raise BadFeedback(
            f"--company {missed.company!r} is not on the watch list; see `swarm watchlist list`"
        )
    if missed.event_type not in EVENT_TYPES:
        raise BadFeedback(f"--event-type must be one of {', '.join(EVENT_TYPES)}")
    if missed.source not in ("rss", "x"):
        raise BadFeedback("--source must be rss or x")
    url, title, author = "", missed.title, ""
    text = missed.text
    published = missed.published or utcnow()
    if missed.target.startswith(("http://", "https://")):
        url = missed.target
        item = session.scalars(select(Item).where(Item.url == url)).first()
        if item is not None:
            title, author = title or item.title, item.author
            text = text if text is not None else item.text
            published = missed.published or as_utc(item.published_at or item.fetched_at)
        elif text is None:
            raise BadFeedback(
                f"the swarm has stored no item at {url}; give its words with --text (and --title)"
            )
    else:
        text = missed.target if text is None else text
    if not (title or text or "").strip():
        raise BadFeedback("the missed item has no text; give it as the argument or with --text")
    row = Feedback(
        kind="missed", label=True, source=missed.source, url=url, title=title[:MAX_TEXT],
        text=(text or "")[:MAX_TEXT], author=author, published_at=published, company=company,
        event_type=missed.event_type, event_date=missed.event_date, reported_by=reporter,
    )  # fmt: skip
    session.add(row)
    session.flush()
    return row
