"""Beat sweeps on the coordinator queue: schedule sources, recover lost work, health."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from swarm import health, runtime
from swarm.app import app
from swarm.coordination import Lock
from swarm.notify.channels import channel_names
from swarm.pipeline.fetching import breaker_policy
from swarm.pipeline.recovery import lost_work, not_resent_lately
from swarm.pipeline.scheduling import claim_due
from tasks.base import SwarmTask
from tasks.detection import fetch_feed, hand_on_items, hand_on_signals, search_x

log = logging.getLogger("swarm.sweeps")


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
    """Re-create the hand-offs the broker lost, from database state (docs/architecture.md).

    Items stored but never analysed → ``analyze_items``; signals recorded but never merged →
    ``record_signals``; new alerts with a channel never attempted → ``notify.alert``.
    """
    guard = _guard("recover", self.request.id)
    if not guard.acquire(blocking=False):
        return {"skipped": "another recover is running"}
    rt = runtime.current()
    try:
        with rt.transaction() as session:
            work = lost_work(
                session,
                rt.settings.recovery,
                len(channel_names(rt.settings.smtp, rt.settings.webhooks)),
                datetime.now(UTC),
            )
        work = not_resent_lately(rt.redis, work, rt.settings.recovery)
    finally:
        guard.release()
    hand_on_items(work.items, None)
    hand_on_signals(work.signals)
    for alert_id in work.alerts:
        app.send_task("notify.alert", args=[{"alert_id": alert_id}])
    return work.counts()


@app.task(name="coordinator.health", base=SwarmTask, bind=True)
def health_sweep(self: SwarmTask) -> dict[str, Any]:
    """Check Redis, the database and the queues; log what is wrong."""
    rt = runtime.current()
    st = health.status(rt.redis, rt.engine, app, rt.settings.locks.agent_ttl_s)
    if not st.healthy:
        log.error("health: redis=%s database=%s", st.redis.detail, st.database.detail)
    for q in st.queues:
        if not q.workers:
            log.warning("health: no worker online for queue %s (depth %d)", q.queue, q.depth)
    return st.to_dict()
