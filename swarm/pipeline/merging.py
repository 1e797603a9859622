"""Merge signals into events (company × event type × date window), one alert per event.

A signal joins an existing alert of the same company and event type when their dates are
within ``DATE_WINDOW`` of each other, or when either date is unknown and the alert is recent
(``UNDATED_WINDOW``). Otherwise it opens a new alert. Each (alert, item) is evidence once, so
a redelivered merge changes nothing. Callers hold the per-event merge lock
(:func:`merge_lock_name`); the unique ``event_key`` is the database's own backstop.

Confidence combines independent sources (distinct authors): ``1 - Π(1 - w·s)`` with weight
``OFFICIAL_WEIGHT`` for an official source and ``SOURCE_WEIGHT`` otherwise, so a second source
raises it and an official one raises it most.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from swarm.pipeline.ingest import SignalPayload
from swarm.storage.base import as_utc
from swarm.storage.models import Alert, Evidence

DATE_WINDOW = timedelta(days=3)
UNDATED_WINDOW = timedelta(days=14)
# How far back an open event can still be corroborated.
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
    candidates = session.scalars(
        select(Alert)
        .where(
            Alert.company == sig.company,
            Alert.event_type == sig.event_type,
            Alert.created_at >= now - LOOKBACK,
        )
        .options(selectinload(Alert.evidence))
        .order_by(Alert.id)
    ).all()
    alert = next((a for a in candidates if _same_event(a, sig_date, now)), None)
    created = alert is None
    if alert is None:
        alert = Alert(
            event_key=event_key(sig.company, sig.event_type, sig_date, sig.published.date()),
            company=sig.company,
            event_type=sig.event_type,
            event_date=sig_date,
            confidence=0.0,
            status="new",
            config_version=sig.config_version,
            created_at=now,
            updated_at=now,
            evidence=[],
        )
        session.add(alert)
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


def _same_event(alert: Alert, sig_date: date | None, now: datetime) -> bool:
    if alert.event_date is not None and sig_date is not None:
        return abs(alert.event_date - sig_date) <= DATE_WINDOW
    return now - as_utc(alert.created_at) <= UNDATED_WINDOW


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
