"""Merge signals into events (company × event type × date window), one alert per event.

A signal joins an existing alert of the same company and event type when their dates are
within ``DATE_WINDOW`` of each other, or when either date is unknown and the signal was
published within ``UNDATED_WINDOW`` of the alert's first evidence; a dated match is preferred
to an undated one (:func:`_best_match`). Windows count from
publication times (the alert's ``published_at``), never from when the swarm processed them:
a backfill of old items does not join an alert raised for recent ones. Otherwise a signal
opens a new alert. Merging marks the signal merged (:mod:`swarm.pipeline.signal_store`) in
the transaction that writes its evidence. Each (alert, item) is evidence once, so
a redelivered merge changes nothing. Callers hold the per-event merge lock
(:func:`merge_lock_name`); the unique ``event_key`` is the database's own backstop.

Confidence combines independent sources (distinct authors): ``1 - Π(1 - w·s)`` with weight
``OFFICIAL_WEIGHT`` for an official source and ``SOURCE_WEIGHT`` otherwise, so a second source
raises it and an official one raises it most.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from swarm.pipeline import signal_store
from swarm.pipeline.ingest import SignalPayload
from swarm.storage.base import as_utc
from swarm.storage.models import Alert, Evidence

DATE_WINDOW = timedelta(days=3)
UNDATED_WINDOW = timedelta(days=14)
# How far apart (publication times) an alert and a signal can still be one event.
LOOKBACK = timedelta(days=45)
OFFICIAL_WEIGHT = 1.0
SOURCE_WEIGHT = 0.8


@dataclass(frozen=True)
class MergeResult:
    alert_id: int
    created: bool  # a new alert (to notify)
    added: bool  # the signal was new evidence
    confidence: float


def merge_lock_name(company: str, event_type: str) -> str:
    return f"merge:{company.lower()}:{event_type}"


def event_key(company: str, event_type: str, event_date: date | None, anchor: date) -> str:
    day = event_date.isoformat() if event_date else f"undated-{anchor.isoformat()}"
    return f"{company}|{event_type}|{day}"


def merge_signal(session: Session, sig: SignalPayload, now: datetime) -> MergeResult:
    """Add ``sig`` to its event's alert, creating the alert when there is none."""
    sig_date = date.fromisoformat(sig.event_date) if sig.event_date else None
    published = sig.published
    candidates = session.scalars(
        select(Alert)
        .where(
            Alert.company == sig.company,
            Alert.event_type == sig.event_type,
            Alert.published_at >= published - LOOKBACK,
            Alert.published_at <= published + LOOKBACK,
        )
        .options(selectinload(Alert.evidence))
        .order_by(Alert.id)
    ).all()
    alert = _best_match(candidates, sig_date, published)
    created = alert is None
    if alert is None:
        alert = Alert(
            event_key=event_key(sig.company, sig.event_type, sig_date, published.date()),
            company=sig.company,
            event_type=sig.event_type,
            event_date=sig_date,
            confidence=0.0,
            status="new",
            config_version=sig.config_version,
            published_at=published,
            created_at=now,
            updated_at=now,
            evidence=[],
        )
        session.add(alert)
    signal_store.mark_merged(session, sig.item_id, now)
    if any(e.item_id == sig.item_id for e in alert.evidence):
        return MergeResult(alert.id, False, False, alert.confidence)
    alert.evidence.append(
        Evidence(
            item_id=sig.item_id,
            kind=sig.kind,
            url=sig.url,
            author=sig.author,
            official=sig.official,
            score=sig.score,
            details=sig.decision,
            created_at=now,
        )
    )
    if alert.event_date is None and sig_date is not None:
        alert.event_date = sig_date
    alert.confidence = confidence(alert.evidence)
    alert.updated_at = now
    session.flush()
    return MergeResult(alert.id, created, True, alert.confidence)


def _best_match(
    candidates: Sequence[Alert], sig_date: date | None, published: datetime
) -> Alert | None:
    """The alert this signal belongs to, the same whatever order the signals came in.

    A dated signal prefers an alert with a date in the window (nearest date first) to an
    undated alert it matches by publication time: joining the undated one would give it the
    date of an event that already has its alert, and two alerts would name one event. Ties
    go to the nearest publication time, then to the oldest alert.
    """
    matching = [a for a in candidates if _same_event(a, sig_date, published)]

    def rank(alert: Alert) -> tuple[int, int, float, int]:
        dated = alert.event_date is not None and sig_date is not None
        days = abs((alert.event_date - sig_date).days) if dated else 0  # type: ignore[operator]
        gap = abs((published - as_utc(alert.published_at)).total_seconds())
        return (0 if dated else 1, days, gap, alert.id or 0)

    return min(matching, key=rank, default=None)


def _same_event(alert: Alert, sig_date: date | None, published: datetime) -> bool:
    if alert.event_date is not None and sig_date is not None:
        return abs(alert.event_date - sig_date) <= DATE_WINDOW
    return abs(published - as_utc(alert.published_at)) <= UNDATED_WINDOW


def confidence(evidence: list[Evidence]) -> float:
    """Independent sources (one per author, its best score) combined."""
    best: dict[str, float] = {}
    for e in evidence:
        weight = OFFICIAL_WEIGHT if e.official else SOURCE_WEIGHT
        key = (e.author or e.url).lower()
        best[key] = max(best.get(key, 0.0), weight * e.score)
    miss = 1.0
    for value in best.values():
        miss *= 1.0 - min(max(value, 0.0), 1.0)
    return round(1.0 - miss, 6)
