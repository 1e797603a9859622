"""Store items once, score them, mark them processed only after the write.

An item is keyed by its canonical id. A fetch stores new items as *pending* (``processed_at``
NULL) before it hands them on; ``analyze`` scores pending items and marks them processed in
the same transaction. A lost message therefore leaves pending items that the next fetch or
the recovery sweep sends again: an item is never lost, and scoring it twice is harmless.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import AwareDatetime, BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from swarm.detection import Detector, ItemIn
from swarm.storage.base import as_utc
from swarm.storage.models import Item


class ItemPayload(BaseModel):
    """An item as it travels between tasks (JSON)."""

    id: str
    kind: str
    url: str
    title: str = ""
    text: str = ""
    author: str = ""
    published: AwareDatetime | None = None
    fingerprint: str
    source_id: int | None = None
    seen_at: AwareDatetime | None = None  # when the fetch saw it (alert latency)

    def detection_input(self, fetched_at: datetime) -> ItemIn:
        return ItemIn(
            id=self.id,
            source="x" if self.kind == "x" else "rss",
            url=self.url,
            title=self.title,
            text=self.text,
            author=self.author,
            published=self.published or fetched_at,
        )


class SignalPayload(BaseModel):
    """A scored item above threshold, handed to ``record_signals``."""

    item_id: str
    kind: str
    url: str
    author: str
    company: str
    event_type: str
    event_date: str | None
    score: float
    official: bool
    published: AwareDatetime
    config_version: int
    source_id: int | None = None
    seen_at: AwareDatetime | None = None
    decision: dict[str, Any]


@dataclass(frozen=True)
class StoreReport:
    new: list[ItemPayload]  # not processed yet: to score
    skipped: int  # already processed


def store_pending(session: Session, items: Iterable[ItemPayload], now: datetime) -> StoreReport:
    """Insert items not stored yet (pending); return the ones still to be scored."""
    batch = {i.id: i for i in items}
    if not batch:
        return StoreReport([], 0)
    stored = {row.id: row for row in session.scalars(select(Item).where(Item.id.in_(batch)))}
    todo, skipped = [], 0
    seen_fp: set[str] = set()
    for item in batch.values():
        row = stored.get(item.id)
        if row is not None and row.processed_at is not None:
            skipped += 1
            continue
        if row is None:
            if item.fingerprint in seen_fp:  # same content twice in one feed
                skipped += 1
                continue
            session.add(_row(item, now))
        seen_fp.add(item.fingerprint)
        todo.append(item)
    session.flush()
    return StoreReport(todo, skipped)


def pending_items(session: Session, older_than: datetime, limit: int) -> list[ItemPayload]:
    """Stored items never processed (their message was lost), oldest first."""
    stmt = (
        select(Item)
        .where(Item.processed_at.is_(None), Item.fetched_at <= older_than)
        .order_by(Item.fetched_at)
        .limit(limit)
    )
    return [_payload(row) for row in session.scalars(stmt)]


def analyze(
    session: Session,
    items: list[ItemPayload],
    detector: Detector,
    config_version: int,
    now: datetime,
) -> list[SignalPayload]:
    """Score the batch; store each item once and mark it processed; return its signals.

    Items processed before (a redelivered message) are not scored again, but their stored
    signals are returned again so that a merge lost after the commit still happens (merges
    are idempotent). The caller records the new signals in this same transaction
    (:func:`swarm.pipeline.signal_store.record`), which makes them durable.
    """
    store_pending(session, items, now)
    rows = {
        r.id: r for r in session.scalars(select(Item).where(Item.id.in_([i.id for i in items])))
    }
    signals: list[SignalPayload] = []
    for item in items:
        row = rows.get(item.id)
        if row is None:  # a duplicate fingerprint in the batch
            continue
        if row.processed_at is None:
            decision = detector.score(item.detection_input(now))
            # The same decision `swarm eval` measures: the config's threshold decides.
            row.score, row.is_signal = decision.score, decision.is_signal
            row.decision = {**decision.to_dict(), "config_version": config_version}
            row.processed_at = now
        if row.is_signal and row.decision:
            signals.append(_signal(item, row.decision, row.score or 0.0))
    session.flush()
    return signals


def _signal(item: ItemPayload, decision: dict[str, Any], score: float) -> SignalPayload:
    return SignalPayload(
        item_id=item.id,
        kind=item.kind,
        url=item.url,
        author=item.author,
        company=decision["company"],
        event_type=decision["event_type"],
        event_date=decision["event_date"],
        score=score,
        official=bool(decision["official"]),
        published=item.published or item.seen_at or datetime.now(UTC),
        config_version=int(decision["config_version"]),
        source_id=item.source_id,
        seen_at=item.seen_at,
        decision=decision,
    )


def _row(item: ItemPayload, now: datetime) -> Item:
    return Item(
        id=item.id,
        source_id=item.source_id,
        kind=item.kind,
        url=item.url,
        title=item.title,
        text=item.text,
        author=item.author,
        published_at=item.published,
        fingerprint=item.fingerprint,
        fetched_at=now,
    )


def _payload(row: Item) -> ItemPayload:
    return ItemPayload(
        id=row.id,
        kind=row.kind,
        url=row.url,
        title=row.title,
        text=row.text,
        author=row.author,
        published=as_utc(row.published_at) if row.published_at else None,
        fingerprint=row.fingerprint,
        source_id=row.source_id,
        seen_at=as_utc(row.fetched_at),
    )
