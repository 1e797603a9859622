"""Coordinator tasks: ``coordinator.sync`` runs the coordination sweep (swarm.coordination)."""

from __future__ import annotations

from typing import Any

from swarm import runtime
from swarm.app import app
from swarm.coordination.clock import server_time
from swarm.coordination.lock import Lock
from swarm.coordination.sweep import sync_sweep
from tasks.base import SwarmTask

SYNC_LOCK = "sweep:coordinator.sync"


@app.task(name="coordinator.sync", base=SwarmTask, bind=True)
def sync(self: SwarmTask) -> dict[str, Any]:
    """Mark silent agents offline, record expired locks, summarise conflicts.

    Overlapping runs skip: the sweep holds its own lock while it runs.
    """
    rt = runtime.current()
    locks = rt.settings.locks
    guard = Lock(rt.redis, SYNC_LOCK, locks.lease_ms, owner=f"coordinator.sync:{self.request.id}")
    if not guard.acquire(blocking=False):
        return {"skipped": "another sync sweep is running"}
    try:
        report = sync_sweep(rt.redis, server_time(rt.redis), locks.agent_ttl_s,
                            audit_stream_max=locks.audit_stream_max)  # fmt: skip
    finally:
        guard.release()
    return report.as_dict()
