"""Desired replicas per pool: the rule (pure) and its state in Redis.

The health sweep calls :func:`decide` for every pool with what it measured and stores the
result with :func:`save`; the pool manager (:mod:`workers.reconcile`) reads :func:`desired`
and starts or stops replicas. Every change is recorded in the pool-events stream
(:mod:`swarm.pool_events`) with its reason.

Rule, per pool, with the ``autoscale`` settings:

* up by one when the oldest waiting message is older than ``max_wait_s`` or more than
  ``backlog_per_worker`` messages wait per worker process (replicas x concurrency);
* down by one when the queue has been empty, with no task of the pool running, for ``idle_s``;
* never outside the pool's ``min``/``max``; never two changes within ``cooldown_s``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace

import redis

from swarm import keys
from swarm.coordination.scripts import text


@dataclass(frozen=True)
class ScaleRule:
    """The ``autoscale`` settings as values."""

    max_wait_s: float
    backlog_per_worker: int
    idle_s: float
    cooldown_s: float
    enabled: bool = True


@dataclass(frozen=True)
class PoolLoad:
    """What the sweep measured of one pool."""

    depth: int
    oldest_age_s: float | None
    running: int  # tasks of this pool running now
    concurrency: int  # worker processes per replica


@dataclass(frozen=True)
class PoolState:
    """A pool's desired replicas and the bookkeeping of the rule."""

    replicas: int
    changed_at: float = 0.0
    idle_since: float | None = None
    reason: str = ""


def decide(
    state: PoolState | None, load: PoolLoad, low: int, high: int, rule: ScaleRule, now: float
) -> tuple[PoolState, str | None]:
    """The pool's next state, and the reason when its replicas changed (else None)."""
    cur = state or PoolState(replicas=low, changed_at=0.0)
    idle = load.depth == 0 and load.running == 0
    cur = replace(cur, idle_since=(cur.idle_since or now) if idle else None)
    clamped = min(max(cur.replicas, low), high)
    if clamped != cur.replicas:
        return _change(cur, clamped, now, f"bounds are {low}..{high}")
    if not rule.enabled:
        return cur, None
    if now - cur.changed_at < rule.cooldown_s:
        return cur, None
    per_worker = load.depth / max(cur.replicas * load.concurrency, 1)
    if cur.replicas < high:
        if load.oldest_age_s is not None and load.oldest_age_s > rule.max_wait_s:
            return _change(cur, cur.replicas + 1, now, f"oldest message waits "
                           f"{load.oldest_age_s:.0f} s > {rule.max_wait_s:.0f} s")  # fmt: skip
        if per_worker > rule.backlog_per_worker:
            return _change(cur, cur.replicas + 1, now, f"{per_worker:.0f} waiting per worker "
                           f"> {rule.backlog_per_worker}")  # fmt: skip
    if cur.replicas > low and cur.idle_since is not None and now - cur.idle_since >= rule.idle_s:
        return _change(
            replace(cur, idle_since=now), cur.replicas - 1, now,
            f"idle {now - cur.idle_since:.0f} s >= {rule.idle_s:.0f} s",
        )  # fmt: skip
    return cur, None


def _change(cur: PoolState, replicas: int, now: float, reason: str) -> tuple[PoolState, str]:
    why = f"{cur.replicas} -> {replicas}: {reason}"
    return replace(cur, replicas=replicas, changed_at=now, reason=why), why


# State in Redis ------------------------------------------------------------------------------


def states(client: redis.Redis) -> dict[str, PoolState]:
    """Every pool's stored state (pools the sweep never decided on are absent)."""
    return {
        text(k): PoolState(**json.loads(v)) for k, v in client.hgetall(keys.DESIRED).items()
    }


def desired(client: redis.Redis) -> dict[str, int]:
    """Desired replicas per pool, as the sweep last wrote them."""
    return {pool: s.replicas for pool, s in states(client).items()}


def save(client: redis.Redis, pool: str, state: PoolState) -> None:
    client.hset(keys.DESIRED, pool, json.dumps(asdict(state)))


def running_per_queue(client: redis.Redis) -> dict[str, int]:
    """Tasks running now per queue, from the running-task records (swarm.health_hooks)."""
    counts: dict[str, int] = {}
    for raw in client.hvals(keys.RUNNING):
        try:
            q = str(json.loads(raw).get("queue", ""))
        except ValueError:
            continue
        counts[q] = counts.get(q, 0) + 1
    return counts


def apply(
    client: redis.Redis,
    queues: dict[str, tuple[int, float | None]],
    bounds: dict[str, tuple[int, int]],
    concurrency: dict[str, int],
    rule: ScaleRule,
    now: float,
) -> dict[str, str]:
    """Decide and store every pool's desired replicas; returns {pool: reason} of the changes.

    ``queues``: per pool its depth and oldest waiting age (from the health snapshot).
    """
    from swarm import pool_events

    stored = states(client)
    running = running_per_queue(client)
    changes = {}
    for pool, (low, high) in bounds.items():
        depth, age = queues.get(pool, (0, None))
        load = PoolLoad(depth, age, running.get(pool, 0), concurrency.get(pool, 1))
        state, why = decide(stored.get(pool), load, low, high, rule, now)
        if state != stored.get(pool):
            save(client, pool, state)
        if why is not None:
            changes[pool] = why
            pool_events.record(client, pool, "desired", why)
    return changes
