"""Beat sweeps on the coordinator queue: schedule sources, recover lost work, health,
retention."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from swarm import autoscale, findings, health_store, retention, runtime
from swarm.app import app
from swarm.coordination import Lock
from swarm.healthchecks import HealthLimits, control_ping, gather
from swarm.notify.channels import channel_names
from swarm.pipeline.fetching import breaker_policy
from swarm.pipeline.recovery import lost_work, not_resent_lately
from swarm.pipeline.scheduling import claim_due
from swarm.queues import Queue
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
    """Run every health check, then decide each pool's desired replicas (swarm.autoscale).

    The snapshot goes to Redis (latest) and the database (history); the pool manager
    (``swarm workers up``) reconciles the pools to the desired replicas.
    """
    guard = _guard("health", self.request.id)
    if not guard.acquire(blocking=False):
        return {"skipped": "another health sweep is running"}
    rt = runtime.current()
    s = rt.settings
    try:
        limits = HealthLimits.of(s.health, s.autoscale.max_wait_s, s.locks.agent_ttl_s)
        ping = control_ping(app, s.health.ping_timeout_s)
        snap = gather(rt.redis, rt.engine, ping, limits, autoscale.desired(rt.redis))
        health_store.save_latest(rt.redis, snap)
        with rt.transaction() as session:
            health_store.append_history(session, snap, s.health.history_max)
        changes = _scale(rt.redis, snap)
    finally:
        guard.release()
    for f in snap.findings:
        if f.status != findings.OK:
            log.warning("health: %s %s: %s", f.check, f.status, f.reason)
    not_ok = [f.check for f in snap.findings if f.status != findings.OK]
    return {"status": snap.status, "not_ok": not_ok, "scaled": changes}


def _scale(client: Any, snap: findings.Snapshot) -> dict[str, str]:
    """Desired replicas from the snapshot's queue findings (nothing when Redis is away)."""
    s = runtime.current().settings
    queues = {}
    for q in Queue:
        f = snap.get(f"queue:{q.value}")
        if f is None:
            return {}
        queues[q.value] = (int(f.data["depth"]), f.data["oldest_age_s"])
    a = s.autoscale
    rule = autoscale.ScaleRule(a.max_wait_s, a.backlog_per_worker, a.idle_s, a.cooldown_s,
                               a.enabled)  # fmt: skip
    bounds = {q.value: (a.bounds(q.value).min, a.bounds(q.value).max) for q in Queue}
    concurrency = {q.value: int(getattr(s.pools, q.value)) for q in Queue}
    return autoscale.apply(client, queues, bounds, concurrency, rule, snap.at)


@app.task(name="coordinator.retention", base=SwarmTask, bind=True)
def retention_sweep(self: SwarmTask) -> dict[str, Any]:
    """Delete rows older than the ``retention`` settings, in batches (swarm.retention)."""
    guard = _guard("retention", self.request.id)
    if not guard.acquire(blocking=False):
        return {"skipped": "another retention sweep is running"}
    rt = runtime.current()
    r = rt.settings.retention
    days = retention.RetentionDays(r.items_days, r.signals_days, r.health_days, r.audit_days,
                                   r.dead_letters_days)  # fmt: skip
    try:
        deleted = retention.sweep(rt.transaction, days, datetime.now(UTC), r.batch)
    finally:
        guard.release()
    if any(deleted.values()):
        log.info("retention: deleted %s", deleted)
    return deleted
