"""Pool sizing advice from queue depth and worker load (the health sweep's data), as a min/max
the self-healing sweep can take. Pure: :func:`advise`; the job: :func:`advise_pools`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

import redis
from sqlalchemy import select
from sqlalchemy.orm import Session

from swarm.coordination import registry
from swarm.health import queue_depth
from swarm.optimization.diff import value_change
from swarm.storage.models import Recommendation

BACKLOG_PER_SLOT = 2  # queued tasks per worker slot that count as a backlog
BUSY = 0.9  # share of slots busy that counts as saturated
IDLE = 0.2  # share of slots busy (with nothing queued) that counts as idle
CEILING = 32  # largest max advised for one pool
KIND = "pool_size"


@dataclass(frozen=True, slots=True)
class Advice:
    queue: str
    min: int
    max: int
    reason: str


def advise(queue: str, size: int, depth: int, slots: int, busy: int) -> Advice | None:
    """Min/max processes for a pool configured with ``size``, or None when it fits."""
    used = busy / slots if slots else 1.0
    if depth > BACKLOG_PER_SLOT * max(slots, 1) or (depth and used >= BUSY):
        top = min(CEILING, max(size * 2, size + 1))
        return Advice(queue, size, top, f"{depth} queued, {busy}/{slots} slots busy")
    if depth == 0 and slots and used <= IDLE and size > 1:
        return Advice(queue, max(1, size // 2), size, f"nothing queued, {busy}/{slots} busy")
    return None


def advise_pools(
    session: Session, client: redis.Redis, sizes: Mapping[str, int], run_id: str
) -> list[Advice]:
    """Advice for every pool in ``sizes`` from live data; stored as pending ``pool_size``
    recommendations (older open ones superseded)."""
    agents = [a for a in registry.agents(client) if a.status != registry.OFFLINE]
    now = datetime.now(UTC)
    for old in session.scalars(select(Recommendation).where(
        Recommendation.kind == KIND, Recommendation.status == "pending"
    )):  # fmt: skip
        old.status, old.decided_by, old.decided_at = "rejected", f"optimiser run {run_id}", now
        old.error = f"superseded by run {run_id}"
    out = []
    for queue, size in sizes.items():
        mine = [a for a in agents if queue in a.info.queues]
        slots = sum(a.info.concurrency for a in mine)
        busy = sum(a.load for a in mine)
        advice = advise(queue, size, queue_depth(client, queue), slots, busy)
        if advice is None:
            continue
        session.add(Recommendation(
            kind=KIND, risk="low", status="pending", run_id=run_id, summary=advice.reason,
            diff=[value_change(f"pools.{queue}.min", size, advice.min),
                  value_change(f"pools.{queue}.max", size, advice.max)],
            evidence={"depth": queue_depth(client, queue), "slots": slots, "busy": busy},
        ))  # fmt: skip
        out.append(advice)
    return out


def as_dict(advice: Advice) -> dict[str, object]:
    return {"queue": advice.queue, "min": advice.min, "max": advice.max, "reason": advice.reason}
