"""Signals as database state: recorded with their item, marked merged with their evidence.

The hand-off analyze → merge travels as a ``detection.record_signals`` message, but the
message is not the record: :func:`record` writes each signal in the transaction that marks
its item processed, and :func:`mark_merged` stamps it in the transaction that writes its
evidence row. Whatever the broker loses (a wiped Redis, a retry message that could not be
published), :func:`unmerged` finds the signals to send again; merging is idempotent.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from swarm.pipeline.ingest import SignalPayload
from swarm.storage.models import Signal
from swarm.storage.upsert import insert_ignore


def record(session: Session, signals: Sequence[SignalPayload], now: datetime) -> int:
    """Store ``signals`` (once per item); return how many were new."""
    rows = [
        {"item_id": s.item_id, "payload": s.model_dump(mode="json"), "created_at": now}
        for s in signals
    ]
    return insert_ignore(session, Signal, rows, ["item_id"])


def mark_merged(session: Session, item_id: str, now: datetime) -> None:
    """The signal of ``item_id`` has its evidence row (same transaction as that row)."""
    session.execute(
        update(Signal)
        .where(Signal.item_id == item_id, Signal.merged_at.is_(None))
        .values(merged_at=now)
    )


def unmerged(session: Session, older_than: datetime, limit: int) -> list[SignalPayload]:
    """Signals recorded before ``older_than`` and still not merged, oldest first."""
    stmt = (
        select(Signal.payload)
        .where(Signal.merged_at.is_(None), Signal.created_at <= older_than)
        .order_by(Signal.created_at)
        .limit(limit)
    )
    return [SignalPayload.model_validate(p) for p in session.scalars(stmt)]


def count_unmerged(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Signal).where(
        Signal.merged_at.is_(None))) or 0)
