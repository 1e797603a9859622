"""What the broker lost, found in the database: the recovery sweep's queries.

The database is the record; the broker only carries. Each hand-off that travels as a message
has a database state that says it has not happened yet, and a bound after which the sweep
(``coordinator.recover``) sends it again. Every step is idempotent, so sending again work
that was merely slow costs time, never correctness.

=====================  =========================================  ==========================
hand-off               still to do when                           bound (``recovery.*``)
=====================  =========================================  ==========================
fetch → analyze        item stored, ``processed_at`` NULL         ``pending_after_s``
analyze → merge        signal recorded, ``merged_at`` NULL        ``unmerged_after_s``
merge → notify         alert ``new``, a channel without a         ``renotify_after_s``
                       settled delivery row
=====================  =========================================  ==========================
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from swarm.pipeline import signal_store
from swarm.pipeline.ingest import ItemPayload, SignalPayload, pending_items
from swarm.settings import RecoverySettings
from swarm.storage.models import Alert, Delivery

# A delivery row in this state waits for a retry message the broker may have lost.
RETRYABLE_DELIVERY = "pending"


@dataclass(frozen=True)
class LostWork:
    items: list[ItemPayload]
    signals: list[SignalPayload]
    alerts: list[int]

    def counts(self) -> dict[str, int]:
        return {"items": len(self.items), "signals": len(self.signals), "alerts": len(self.alerts)}


def lost_work(
    session: Session, bounds: RecoverySettings, channels: int, now: datetime
) -> LostWork:
    """Everything older than its bound that has not reached its next step.

    ``channels`` is how many notification channels are configured (none: nothing to notify).
    """
    items = pending_items(session, now - timedelta(seconds=bounds.pending_after_s), bounds.batch)
    signals = signal_store.unmerged(
        session, now - timedelta(seconds=bounds.unmerged_after_s), bounds.batch
    )
    alerts: list[int] = []
    if channels:
        settled = (
            select(func.count())
            .select_from(Delivery)
            .where(Delivery.alert_id == Alert.id, Delivery.status != RETRYABLE_DELIVERY)
            .scalar_subquery()
        )
        alerts = list(
            session.scalars(
                select(Alert.id)
                .where(
                    Alert.status == "new",
                    Alert.created_at <= now - timedelta(seconds=bounds.renotify_after_s),
                    settled < channels,
                )
                .order_by(Alert.id)
                .limit(bounds.batch)
            )
        )
    return LostWork(items, signals, alerts)
