"""What the broker lost, found in the database: the recovery sweep's queries.

The database is the record; the broker only carries. Each hand-off that travels as a message
has a database state that says it has not happened yet, and a bound after which the sweep
(``coordinator.recover``) sends it again. Every step is idempotent, so sending again work
that was merely slow costs time, never correctness. A hand-off is re-sent at most once per
bound (:func:`not_resent_lately`: a Redis key with that TTL), so a backlog is not flooded
with copies of itself; a wiped broker forgets the keys, and everything is re-sent at once.

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

import redis
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from swarm import keys
from swarm.pipeline import signal_store
from swarm.pipeline.ingest import ItemPayload, SignalPayload, pending_items
from swarm.settings import RecoverySettings
from swarm.storage.models import ALERT_NEW, Alert, Delivery

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
                    Alert.status == ALERT_NEW,
                    Alert.created_at <= now - timedelta(seconds=bounds.renotify_after_s),
                    settled < channels,
                )
                .order_by(Alert.id)
                .limit(bounds.batch)
            )
        )
    return LostWork(items, signals, alerts)


def not_resent_lately(
    client: redis.Redis, work: LostWork, bounds: RecoverySettings
) -> LostWork:
    """The part of ``work`` not re-sent within its bound; marks it re-sent now."""

    def keep(kind: str, ids: list[str], ttl_s: float) -> set[str]:
        if not ids:
            return set()
        pipe = client.pipeline(transaction=False)
        for i in ids:
            pipe.set(f"{keys.RESENT}:{kind}:{i}", 1, nx=True, px=int(ttl_s * 1000))
        return {i for i, fresh in zip(ids, pipe.execute(), strict=True) if fresh}

    items = keep("item", [i.id for i in work.items], bounds.pending_after_s)
    signals = keep("signal", [s.item_id for s in work.signals], bounds.unmerged_after_s)
    alerts = keep("alert", [str(a) for a in work.alerts], bounds.renotify_after_s)
    return LostWork(
        [i for i in work.items if i.id in items],
        [s for s in work.signals if s.item_id in signals],
        [a for a in work.alerts if str(a) in alerts],
    )
