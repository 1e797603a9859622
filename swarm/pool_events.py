"""The pool-events stream: every scaling decision and pool-manager action, with its reason.

One bounded Redis stream (``swarm:pool-events``); ``swarm workers events`` lists it.
Writing never fails the caller: an event that cannot be recorded is logged instead.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import redis

from swarm import keys
from swarm.coordination.scripts import text

log = logging.getLogger("swarm.workers")

# Events kept (approximately): the stream is trimmed on every write.
EVENTS_MAX = 10_000


@dataclass(frozen=True)
class PoolEvent:
    at: float
    pool: str
    action: str  # desired | start | stop | restart | ready | exited | stalled | recycle
    reason: str
    child: str = ""


def record(client: redis.Redis, pool: str, action: str, reason: str, child: str = "") -> None:
    fields = {"at": f"{time.time():.3f}", "pool": pool, "action": action, "reason": reason,
              "child": child}  # fmt: skip
    try:
        client.xadd(keys.POOL_EVENTS, fields, maxlen=EVENTS_MAX, approximate=True)  # type: ignore[arg-type]
    except (redis.RedisError, OSError) as exc:
        log.warning("pool event not recorded (%s %s: %s): %s", action, pool, reason, exc)


def recent(client: redis.Redis, count: int = 50, pool: str | None = None) -> list[PoolEvent]:
    """The newest ``count`` events (of ``pool`` if given), oldest first."""
    out: list[PoolEvent] = []
    rows = client.xrevrange(keys.POOL_EVENTS, count=count if pool is None else None) or []
    for _id, raw in rows:
        f = {text(k): text(v) for k, v in (raw or {}).items()}
        if pool is not None and f.get("pool") != pool:
            continue
        out.append(PoolEvent(float(f["at"]), f["pool"], f["action"], f["reason"],
                             f.get("child", "")))  # fmt: skip
        if len(out) >= count:
            break
    return list(reversed(out))
