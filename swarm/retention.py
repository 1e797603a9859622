"""The retention sweep: rows older than their settings are deleted in small batches.

Each batch is its own short transaction (``DELETE ... WHERE id IN (SELECT id ... LIMIT n)``),
so no table is locked for long and a sweep that stops half-way loses nothing but time.
What is still needed is never deleted: items not yet analysed, signals not yet merged.
Evidence rows keep their own copy of what they show, so alerts outlive their items.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.orm import Session

from swarm.storage.models import AuditEntry, DeadLetter, HealthRecord, Item, Signal

# Safety stop: one sweep deletes at most this many batches per table.
MAX_BATCHES = 1000


@dataclass(frozen=True)
class RetentionDays:
    """Days each kind of row is kept (the ``retention`` settings)."""

    items: float
    signals: float
    health: float
    audit: float
    dead_letters: float


def _targets(days: RetentionDays, now: datetime) -> list[tuple[str, Any, ColumnElement[bool]]]:
    def before(d: float) -> datetime:
        return now - timedelta(days=d)

    return [
        # Signals first: an item's signal goes before the item (also a cascade).
        ("signals", Signal.item_id,
         (Signal.merged_at.is_not(None)) & (Signal.created_at < before(days.signals))),
        ("items", Item.id,
         (Item.processed_at.is_not(None)) & (Item.fetched_at < before(days.items))),
        ("health_history", HealthRecord.id, HealthRecord.taken_at < before(days.health)),
        ("audit_entries", AuditEntry.id, AuditEntry.at < before(days.audit)),
        ("dead_letters", DeadLetter.id, DeadLetter.created_at < before(days.dead_letters)),
    ]  # fmt: skip


def sweep(
    transaction: Callable[[], Any], days: RetentionDays, now: datetime, batch: int
) -> dict[str, int]:
    """Delete what is older than ``days`` at ``now``; returns rows deleted per table.

    ``transaction()`` is a context manager yielding a session that commits on exit (one per
    batch, e.g. ``Runtime.transaction``).
    """
    deleted: dict[str, int] = {}
    for table, key, condition in _targets(days, now):
        total = 0
        for _ in range(MAX_BATCHES):
            with transaction() as session:
                n = _delete_batch(session, key, condition, batch)
            total += n
            if n < batch:
                break
        deleted[table] = total
    return deleted


def _delete_batch(session: Session, key: Any, condition: ColumnElement[bool], batch: int) -> int:
    ids = select(key).where(condition).limit(batch).scalar_subquery()
    result = session.execute(
        delete(key.class_).where(key.in_(ids)).execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
