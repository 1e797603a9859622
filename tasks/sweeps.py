"""Beat sweeps on the coordinator queue: schedule sources, recover lost work, health."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from swarm import health, runtime
from swarm.app import app
from swarm.coordination import Lock
from swarm.pipeline.fetching import breaker_policy
from swarm.pipeline.ingest import RECOVERY_AGE, pending_items
from swarm.pipeline.scheduling import claim_due
from swarm.storage.models import Alert, Delivery
from tasks.base import SwarmTask
from tasks.detection import fetch_feed, hand_on_items, search_x

log = logging.getLogger("swarm.sweeps")
# Items re-sent per recovery sweep; alerts older than this with no delivery are re-notified.
RECOVERY_BATCH = 1000
RENOTIFY_AFTER = timedelta(minutes=2)


def _guard(name: str, task_id: str | None) -> Lock:
    s = runtime.current().settings.locks
    return Lock(
        runtime.current().redis,
        f"sweep:{name}",
        s.lease_ms,
        owner=f"{name}:{task_id}",
        audit_stream_max=s.audit_stream_max,
    )


@app.task(name="coordinator.schedule_sources", base=SwarmTask, bind=True)
def schedule_sources(self: SwarmTask) -> dict[str, Any]:
    """Enqueue one fetch per due source; the same slot is never enqueued twice."""
    guard = _guard("schedule_sources", self.request.id)
    if not guard.acquire(blocking=False):
        return {"skipped": "another schedule_sources is running"}
    try:
        rt = runtime.current()
        with rt.transaction() as session:
            due = claim_due(session, rt.redis, datetime.now(UTC), breaker_policy(rt))
    finally:
        guard.release()
    for d in due:
        (search_x if d.kind == "x" else fetch_feed).delay(
            {"source_id": d.source_id, "slot": d.slot}
        )
    return {"enqueued": len(due)}


@app.task(name="coordinator.recover", base=SwarmTask, bind=True)
def recover(self: SwarmTask) -> dict[str, Any]:
    """Re-send items whose analyze message was lost; re-notify alerts never delivered."""
    guard = _guard("recover", self.request.id)
    if not guard.acquire(blocking=False):
        return {"skipped": "another recover is running"}
    now = datetime.now(UTC)
    try:
        rt = runtime.current()
        with rt.transaction() as session:
            items = pending_items(session, now - RECOVERY_AGE, RECOVERY_BATCH)
            orphans = list(
                session.scalars(
                    select(Alert.id).where(
                        Alert.status == "new",
                        Alert.created_at <= now - RENOTIFY_AFTER,
                        ~Alert.id.in_(select(Delivery.alert_id)),
                    )
                )
            )
    finally:
        guard.release()
    hand_on_items(items, None)
    for alert_id in orphans:
        app.send_task("notify.alert", args=[{"alert_id": alert_id}])
    return {"items": len(items), "alerts": len(orphans)}


@app.task(name="coordinator.health", base=SwarmTask, bind=True)
def health_sweep(self: SwarmTask) -> dict[str, Any]:
    """Check Redis, the database and the queues; log what is wrong."""
    rt = runtime.current()
    st = health.status(rt.redis, rt.engine, app)
    if not st.healthy:
        log.error("health: redis=%s database=%s", st.redis.detail, st.database.detail)
    for q in st.queues:
        if not q.workers:
            log.warning("health: no worker online for queue %s (depth %d)", q.queue, q.depth)
    return st.to_dict()
