"""Merge signals into events (company × event type × date window), one alert per event.

A signal joins an existing alert of the same company and event type when their dates are
within ``DATE_WINDOW`` of each other, or when either date is unknown and the signal was
published within ``UNDATED_WINDOW`` of the span of the alert's evidence (its earliest to its
latest publication); a dated alert is preferred to an undated one (:func:`_best_match`).
Windows count from publication times, never from when the swarm processed them: a backfill
of old items does not join an alert raised for recent ones. Otherwise a signal opens a new
alert.

The outcome does not depend on the order signals arrive in: when a signal shows that two
alerts are one event (an undated alert within the undated window of the alert the signal
joined), the undated alert is merged into the other (:func:`_coalesce`): its evidence moves,
its status becomes ``merged`` and ``merged_into`` names the alert that carries the event on.
Merging marks the signal merged (:mod:`swarm.pipeline.signal_store`) in the transaction that
writes its evidence. Each (alert, item) is evidence once, so a redelivered merge changes
nothing. Callers hold the per-event merge lock (:func:`merge_lock_name`), which covers every
alert of the company and event type; the unique ``event_key`` is the database's own backstop.

Confidence combines independent sources (distinct authors): ``1 - Π(1 - w·s)`` with weight
``OFFICIAL_WEIGHT`` for an official source and ``SOURCE_WEIGHT`` otherwise, so a second source
raises it and an official one raises it most.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from swarm.pipeline import signal_store
from swarm.pipeline.ingest import SignalPayload
from swarm.storage.base import as_utc
from swarm.storage.models import ALERT_MERGED, ALERT_NEW, ALERT_NOTIFIED, Alert, Evidence

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
    candidates = list(
        session.scalars(
            select(Alert)
            .where(
                Alert.company == sig.company,
                Alert.event_type == sig.event_type,
                Alert.status != ALERT_MERGED,
                or_(
                    Alert.published_at >= published - LOOKBACK,
                    Alert.last_published_at >= published - LOOKBACK,
                ),
                Alert.published_at <= published + LOOKBACK,
            )
            .options(selectinload(Alert.evidence))
            .order_by(Alert.id)
        ).all()
    )
    alert = _best_match(candidates, sig_date, published)
    created = alert is None
    if alert is None:
        alert = Alert(
            event_key=event_key(sig.company, sig.event_type, sig_date, published.date()),
            company=sig.company,
            event_type=sig.event_type,
            event_date=sig_date,
            confidence=0.0,
            status=ALERT_NEW,
            config_version=sig.config_version,
            published_at=published,
            last_published_at=published,
            created_at=now,
            updated_at=now,
            evidence=[],
        )
        session.add(alert)
    signal_store.mark_merged(session, sig.item_id, now)
    if any(e.item_id == sig.item_id for e in alert.evidence):
        return MergeResult(alert.id, False, False, alert.confidence)
    alert.evidence.append(_evidence(sig, sig.decision, now))
    if alert.event_date is None and sig_date is not None:
        alert.event_date = sig_date
    _widen(alert, published, published)
    if not created:
        alert = _coalesce(alert, [a for a in candidates if a is not alert], now)
    alert.confidence = confidence(alert.evidence)
    alert.updated_at = now
    session.flush()
    return MergeResult(alert.id, created, True, alert.confidence)


def _evidence(
    src: SignalPayload | Evidence, details: dict[str, Any], created: datetime
) -> Evidence:
    """An evidence row with the source fields of a signal (or of another alert's row)."""
    return Evidence(
        item_id=src.item_id,
        kind=src.kind,
        url=src.url,
        author=src.author,
        official=src.official,
        score=src.score,
        details=details,
        created_at=created,
    )


def _best_match(
    candidates: Sequence[Alert], sig_date: date | None, published: datetime
) -> Alert | None:
    """The alert this signal belongs to.

    A dated alert is preferred to an undated one the signal matches by publication time
    (nearest date first): joining the undated one would give it the date of an event that
    already has its alert. Ties go to the nearest publication span, then to the oldest alert.
    The undated alerts passed over are merged into the chosen one (:func:`_coalesce`).
    """
    matching = [a for a in candidates if _same_event(a, sig_date, published)]

    def rank(alert: Alert) -> tuple[int, int, float, int]:
        both = alert.event_date is not None and sig_date is not None
        days = abs((alert.event_date - sig_date).days) if both else 0  # type: ignore[operator]
        gap = _gap(alert, published, published).total_seconds()
        return (0 if alert.event_date is not None else 1, days, gap, alert.id or 0)

    return min(matching, key=rank, default=None)


def _same_event(alert: Alert, sig_date: date | None, published: datetime) -> bool:
    if alert.event_date is not None and sig_date is not None:
        return abs(alert.event_date - sig_date) <= DATE_WINDOW
    return _gap(alert, published, published) <= UNDATED_WINDOW


def _span(alert: Alert) -> tuple[datetime, datetime]:
    first = as_utc(alert.published_at)
    last = as_utc(alert.last_published_at) if alert.last_published_at else first
    return first, last


def _gap(alert: Alert, start: datetime, end: datetime) -> timedelta:
    """Time between the alert's publication span and ``[start, end]`` (zero if they meet)."""
    first, last = _span(alert)
    return max(first - end, start - last, timedelta(0))


def _widen(alert: Alert, start: datetime, end: datetime) -> None:
    first, last = _span(alert)
    alert.published_at, alert.last_published_at = min(first, start), max(last, end)


def _coalesce(alert: Alert, others: list[Alert], now: datetime) -> Alert:
    """Merge into one the alerts that are now seen to name ``alert``'s event; return it.

    An undated alert within ``UNDATED_WINDOW`` of the span of a dated one (or of an older
    undated one) is the same event: it is merged into that alert. Repeated until nothing
    changes, since each merge widens the span. Two dated alerts are left apart: their dates
    say they are different events.
    """
    live = [alert, *others]
    while True:
        pair = next(
            (
                (keep, gone)
                for keep in live
                for gone in live
                if keep is not gone and _absorbs(keep, gone)
            ),
            None,
        )
        if pair is None:
            return alert
        keep, gone = pair
        _move_evidence(gone, keep, now)
        live.remove(gone)
        if gone is alert:
            alert = keep


# An analyst's label is a decision about that alert: such alerts are never merged away.
_MERGEABLE = (ALERT_NEW, ALERT_NOTIFIED)


def _absorbs(keep: Alert, gone: Alert) -> bool:
    if gone.event_date is not None or gone.status not in _MERGEABLE:
        return False
    if keep.event_date is None and (keep.id or 0) > (gone.id or 0):
        return False  # of two undated alerts, the older one carries the event on
    first, last = _span(gone)
    return _gap(keep, first, last) <= UNDATED_WINDOW


def _move_evidence(gone: Alert, keep: Alert, now: datetime) -> None:
    held = {e.item_id for e in keep.evidence}
    for e in gone.evidence:
        if e.item_id not in held:
            keep.evidence.append(_evidence(e, e.details, e.created_at))
    gone.evidence.clear()
    _widen(keep, *_span(gone))
    keep.confidence = confidence(keep.evidence)
    keep.updated_at = now
    gone.status, gone.merged_into, gone.confidence = ALERT_MERGED, keep.id, 0.0
    gone.note = f"merged into alert {keep.id}: one event"
    gone.updated_at = now


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
