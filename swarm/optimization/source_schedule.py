"""The source scheduling job: counters of the last run in Redis (:data:`keys.OPTIMISE_SOURCES`),
interval moves written to the sources and recorded as applied ``source_interval``
recommendations (the history of every move, who and why)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import redis
from sqlalchemy import select
from sqlalchemy.orm import Session

from swarm import keys
from swarm.optimization.diff import value_change
from swarm.optimization.scheduling import Bounds, Counters, next_interval
from swarm.storage.models import Recommendation, Source

ACTOR = "optimiser (source scheduling)"


def schedule_sources(
    session: Session, client: redis.Redis, bounds: Bounds, now: datetime, run_id: str
) -> list[dict[str, object]]:
    """Move the interval of every enabled source whose yield or failures ask for it."""
    at = now.timestamp()
    stored = client.hgetall(keys.OPTIMISE_SOURCES)
    moves: list[dict[str, object]] = []
    snapshot: dict[str, str] = {}
    for src in session.scalars(select(Source).where(Source.enabled.is_(True))):
        current = Counters(src.items_found, src.signals_found, at)
        raw = stored.get(str(src.id).encode())
        before = Counters(**json.loads(raw)) if raw else None
        move = None if before is None else next_interval(
            src.interval_s, before, current, src.consecutive_failures, bounds
        )  # fmt: skip
        if before is not None and move is None and at - before.at < src.interval_s:
            continue  # too early to judge: keep the older counters
        snapshot[str(src.id)] = json.dumps({"items": current.items, "signals": current.signals,
                                            "at": current.at})  # fmt: skip
        if move is None:
            continue
        key = f"sources.{src.id}.interval_s"
        session.add(Recommendation(
            kind="source_interval", risk="low", status="applied", run_id=run_id,
            summary=f"{src.name}: poll every {move.interval_s} s (was {src.interval_s}): "
                    f"{move.reason}",
            diff=[value_change(key, src.interval_s, move.interval_s)], evidence={},
            decided_by=ACTOR, decided_at=now, applied_at=now,
        ))  # fmt: skip
        moves.append({"source_id": src.id, "from": src.interval_s, "to": move.interval_s,
                      "reason": move.reason})  # fmt: skip
        src.interval_s = move.interval_s
    if snapshot:
        pipe = client.pipeline()
        for field, value in snapshot.items():
            pipe.hset(keys.OPTIMISE_SOURCES, field, value)
        pipe.execute()
    return moves


def at_now() -> datetime:
    return datetime.now(UTC)
