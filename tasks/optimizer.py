"""Optimiser tasks (queue ``optimizer``).

- ``optimizer.tune`` (beat, every ``intervals.optimise_s``): the guard checks applied changes
  against new feedback, then one detection tuning run;
- ``optimizer.apply``: apply an approved recommendation;
- ``optimizer.schedule_sources`` (beat, same interval): move source polling intervals;
- ``optimizer.advise_pools`` (beat, every ``intervals.health_s``): pool min/max advice.

Overlapping tuning runs skip: a run holds :data:`RUN_LOCK` while it works.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from swarm import runtime
from swarm.app import app
from swarm.coordination.lock import Lock
from swarm.optimization import applying, jobs, pools, source_schedule
from swarm.optimization.guard import GuardPolicy, guard_applied
from swarm.optimization.scheduling import Bounds
from swarm.pipeline.runner import fallback_watchlist
from tasks.base import SwarmTask, parse

RUN_LOCK = "sweep:optimizer.tune"


class ApplyPayload(BaseModel):
    recommendation_id: int
    actor: str = "optimizer.apply"


@app.task(name="optimizer.tune", base=SwarmTask, bind=True)
def tune(self: SwarmTask) -> dict[str, Any]:
    """Replay feedback + corpus, store recommendations, auto-apply what optimise.* allows."""
    rt = runtime.current()
    o = rt.settings.optimise
    owner = f"optimizer.tune:{self.request.id}"
    run_lock = Lock(rt.redis, RUN_LOCK, o.apply_lock_lease_ms, owner=owner, watchdog=True)
    if not run_lock.acquire(blocking=False):
        return {"skipped": "another tuning run is in progress"}
    try:
        policy = GuardPolicy(o.guard_tolerance, o.guard_min_labels)
        guarded = guard_applied(rt.transaction, rt.redis, policy, o.apply_lock_lease_ms)
        options = jobs.options_from(o.corpus, o.folds, o.seed, o.precision_floor, o.auto_apply,
                                    o.auto_apply_max_risk, o.apply_lock_lease_ms)  # fmt: skip
        report = jobs.run_tuning(rt.transaction, rt.redis, fallback_watchlist(rt.settings), options)
    finally:
        run_lock.release()
    return {**report.to_dict(), "guard": guarded}


@app.task(name="optimizer.apply", base=SwarmTask, bind=True)
def apply(self: SwarmTask, payload: dict[str, Any]) -> dict[str, object]:
    """Apply an approved recommendation; says why when it did nothing."""
    job = parse(ApplyPayload, payload)
    rt = runtime.current()
    lease = rt.settings.optimise.apply_lock_lease_ms
    return applying.apply(
        rt.transaction, rt.redis, job.recommendation_id, job.actor, lease
    ).to_dict()


@app.task(name="optimizer.schedule_sources", base=SwarmTask, bind=True)
def schedule_sources(self: SwarmTask) -> dict[str, Any]:
    """Move each source's polling interval within bounds by its yield and failure rate."""
    rt = runtime.current()
    o = rt.settings.optimise
    bounds = Bounds(min_s=o.source_interval_min_s, max_s=o.source_interval_max_s)
    with rt.transaction() as session:
        moves = source_schedule.schedule_sources(
            session, rt.redis, bounds, source_schedule.at_now(), str(self.request.id)
        )
    return {"moves": moves}


@app.task(name="optimizer.advise_pools", base=SwarmTask, bind=True)
def advise_pools(self: SwarmTask) -> dict[str, Any]:
    """Pool min/max advice from queue depth and worker load (pending recommendations)."""
    rt = runtime.current()
    with rt.transaction() as session:
        advice = pools.advise_pools(
            session, rt.redis, rt.settings.pools.model_dump(), str(self.request.id)
        )
    return {"advice": [pools.as_dict(a) for a in advice]}
