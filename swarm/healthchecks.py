"""The health sweep's checks: gather numbers from Redis, the database and the workers.

:func:`gather` runs every check and returns a :class:`~swarm.findings.Snapshot`; the rules
that turn numbers into ok / degraded / failing live in :mod:`swarm.findings`. A check whose
service is down is reported as not checked (failing), never skipped silently.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import redis
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from swarm import findings, keys
from swarm.coordination import registry
from swarm.coordination.scripts import text
from swarm.findings import Finding, Snapshot
from swarm.health import PRIORITY_SEP, check_database, check_redis, queue_depth
from swarm.health_hooks import PUBLISHED_HEADER
from swarm.queues import PRIORITY_STEPS, Queue
from swarm.storage.models import DeadLetter, Delivery, Source

# A waiting message larger than this is not parsed for its publish time (bounded work).
MESSAGE_PEEK_MAX_BYTES = 1 << 20
# How many dead-letter task names a finding lists.
DEAD_LETTER_NAMES = 5
DEAD_MARK = f"{keys.HEALTH}:dead-mark"  # id of the newest dead letter the last sweep saw

# Called with the node names the registry lists as online: those of them that answered a
# control ping; None when the broker did not answer.
Ping = Callable[[frozenset[str]], "set[str] | None"]


@dataclass(frozen=True)
class HealthLimits:
    """The thresholds of the checks (``health.*`` and ``autoscale.max_wait_s`` settings)."""

    redis_slow_ms: float = 100.0
    db_slow_ms: float = 500.0
    queue_max_wait_s: float = 60.0
    sending_after_s: float = 300.0
    agent_ttl_s: float = 60.0

    @classmethod
    def of(cls, health: Any, max_wait_s: float, agent_ttl_s: float) -> HealthLimits:
        """From the ``health`` settings group, ``autoscale.max_wait_s`` and the agent TTL."""
        return cls(health.redis_slow_ms, health.db_slow_ms, max_wait_s,
                   health.sending_after_s, agent_ttl_s)  # fmt: skip


def control_ping(app: Any, timeout_s: float) -> Ping:
    """A :data:`Ping` through ``app``'s broker (Celery's control ``ping`` broadcast).

    Only the expected workers are asked, and the wait ends when all of them answered: a
    broadcast without a limit always waits the whole ``timeout_s``, and the health sweep
    would hold the coordinator's worker that long on every run (starving the sweeps queued
    behind it, whose ``expires`` then runs out).
    """

    def ping(expected: frozenset[str]) -> set[str] | None:
        if not expected:
            return set()
        try:
            replies = app.control.ping(
                destination=sorted(expected), timeout=timeout_s, limit=len(expected)
            ) or []  # fmt: skip
        except Exception:  # the broker is away: nobody is to blame
            return None
        return {name for reply in replies for name in reply}

    return ping


def oldest_age(client: redis.Redis, queue: str, now: float) -> float | None:
    """Seconds the oldest waiting message of ``queue`` has waited (None: empty or unknown).

    kombu's Redis transport LPUSHes onto one list per priority step and pops from the right,
    so the oldest message of each step is at index -1; ``LINDEX`` reads it without consuming.
    """
    names = [queue] + [f"{queue}{PRIORITY_SEP}{p}" for p in sorted(PRIORITY_STEPS.values()) if p]
    pipe = client.pipeline()
    for name in names:
        pipe.lindex(name, -1)
    published = [p for raw in pipe.execute() if (p := _published_at(raw)) is not None]
    return max(now - min(published), 0.0) if published else None


def _published_at(raw: bytes | None) -> float | None:
    if raw is None or len(raw) > MESSAGE_PEEK_MAX_BYTES:
        return None
    try:
        value = json.loads(raw).get("headers", {}).get(PUBLISHED_HEADER)
        return float(value) if value is not None else None
    except (ValueError, TypeError, AttributeError):
        return None


def online_workers(client: redis.Redis) -> frozenset[str]:
    """Node names of the workers the registry lists as online (heartbeat fresh or not)."""
    return frozenset(a.info.name for a in registry.agents(client) if a.status == registry.ONLINE)


def pool_workers(
    client: redis.Redis, answered: set[str], agent_ttl_s: float, now: float
) -> dict[str, tuple[list[str], list[str]]]:
    """Per queue: (workers answering, workers registered online but silent).

    Online in the registry and answering the ping = answering; online in the registry
    (its heartbeat fresh or not yet swept offline) but not answering = silent.
    """
    result: dict[str, tuple[list[str], list[str]]] = {q.value: ([], []) for q in Queue}
    for agent in registry.agents(client):
        if agent.status != registry.ONLINE:
            continue
        fresh = now - agent.heartbeat <= agent_ttl_s
        for q in agent.info.queues:
            answering, silent = result.setdefault(q, ([], []))
            (answering if fresh and agent.info.name in answered else silent).append(agent.info.name)
    return result


def running_tasks(client: redis.Redis) -> dict[str, dict[str, Any]]:
    """The running-task records (swarm.health_hooks) by task id; unreadable ones are dropped."""
    out = {}
    for task_id, raw in client.hgetall(keys.RUNNING).items():
        try:
            out[text(task_id)] = dict(json.loads(raw))
        except (ValueError, TypeError):
            client.hdel(keys.RUNNING, task_id)
    return out


def past_limit(records: dict[str, dict[str, Any]], now: float) -> list[dict[str, Any]]:
    """The records running longer than their hard time limit, longest first."""
    overdue = []
    for task_id, rec in records.items():
        age = now - float(rec.get("started", now))
        limit = rec.get("limit_s")
        if limit and age > float(limit):
            overdue.append({**rec, "id": task_id, "age_s": round(age, 1)})
    return sorted(overdue, key=lambda r: -r["age_s"])


def overdue_tasks(client: redis.Redis, live: set[str], now: float) -> list[dict[str, Any]]:
    """Running tasks past their time limit; records of workers not live are dropped.

    So are records older than their worker's registration: a worker restarted under the
    same name does not inherit the tasks its killed predecessor never finished.
    """
    records = running_tasks(client)
    workers = sorted({str(r.get("worker")) for r in records.values()} & live)
    pipe = client.pipeline()
    for w in workers:
        pipe.hget(registry.agent_key(w), "started")
    since = {w: float(v or 0) for w, v in zip(workers, pipe.execute(), strict=True)}
    gone = [
        tid for tid, rec in records.items()
        if rec.get("worker") not in live
        or float(rec.get("started", 0)) < since.get(str(rec.get("worker")), 0.0)
    ]  # fmt: skip
    if gone:
        client.hdel(keys.RUNNING, *gone)
    return past_limit({t: r for t, r in records.items() if t not in gone}, now)


def stuck_deliveries(session: Session, now: datetime, after_s: float) -> list[dict[str, Any]]:
    stmt = select(Delivery.id, Delivery.alert_id, Delivery.channel, Delivery.attempted_at).where(
        Delivery.status == "sending", Delivery.attempted_at < now - timedelta(seconds=after_s)
    )
    return [
        {"id": d.id, "alert_id": d.alert_id, "channel": d.channel,
         "since": d.attempted_at.isoformat() if d.attempted_at else None}
        for d in session.execute(stmt.order_by(Delivery.id))
    ]  # fmt: skip


def source_health(session: Session, now: datetime) -> Finding:
    rows = session.execute(
        select(Source.name, Source.state, Source.circuit_open_until).where(Source.enabled)
    ).all()
    open_ = [r.name for r in rows if r.circuit_open_until and _utc(r.circuit_open_until) > now]
    failing = [r.name for r in rows if r.state == "failing" and r.name not in open_]
    return findings.sources(open_, failing, len(rows))


def new_dead_letters(session: Session, client: redis.Redis) -> Finding:
    """Dead letters added since the previous sweep (its mark in Redis); moves the mark."""
    raw = client.get(DEAD_MARK)
    newest = session.scalar(select(func.max(DeadLetter.id))) or 0
    if raw is None:  # first sweep: start counting from here
        client.set(DEAD_MARK, newest)
        return findings.dead_letters(0, [])
    mark = int(raw)
    count = session.scalar(select(func.count()).where(DeadLetter.id > mark)) or 0
    names = list(session.scalars(
        select(DeadLetter.task_name).where(DeadLetter.id > mark)
        .order_by(DeadLetter.id.desc()).limit(DEAD_LETTER_NAMES)
    ))  # fmt: skip
    client.set(DEAD_MARK, newest)
    return findings.dead_letters(int(count), names)


def gather(
    client: redis.Redis,
    engine: Engine,
    ping: Ping,
    limits: HealthLimits,
    desired: dict[str, int] | None = None,
) -> Snapshot:
    """Run every check now and return the snapshot (does not store it)."""
    now = time.time()
    r = check_redis(client)
    d = check_database(engine)
    out = [
        findings.latency("redis", r.ok, r.detail, r.latency_ms, limits.redis_slow_ms),
        findings.latency("database", d.ok, d.detail, d.latency_ms, limits.db_slow_ms),
    ]
    if r.ok:
        out += _redis_checks(client, ping, limits, desired or {}, now)
    else:
        out.append(findings.not_checked("workers", "redis does not answer"))
    if d.ok:
        try:
            out += _db_checks(client if r.ok else None, engine, limits, now)
        except SQLAlchemyError as exc:
            first = str(exc).splitlines()[0]
            out.append(findings.not_checked("deliveries", f"{first} (run `swarm db upgrade`?)"))
    else:
        out.append(findings.not_checked("deliveries", "the database does not answer"))
    return Snapshot(now, out)


def _redis_checks(
    client: redis.Redis, ping: Ping, limits: HealthLimits, desired: dict[str, int], now: float
) -> list[Finding]:
    answered = ping(online_workers(client))
    if answered is None:
        return [findings.not_checked("workers", "the broker did not answer the control ping")]
    per_pool = pool_workers(client, answered, limits.agent_ttl_s, now)
    out = []
    for q in Queue:
        answering, silent = per_pool[q.value]
        depth = queue_depth(client, q.value)
        age = oldest_age(client, q.value, now) if depth else None
        out.append(findings.queue(q.value, depth, age, len(answering), limits.queue_max_wait_s))
    for q in Queue:
        answering, silent = per_pool[q.value]
        out.append(findings.pool(q.value, answering, silent, desired.get(q.value)))
    live = {w for answering, _ in per_pool.values() for w in answering}
    live |= {w for _, silent in per_pool.values() for w in silent}
    out.append(findings.overdue(overdue_tasks(client, live, now)))
    return out


def _db_checks(
    client: redis.Redis | None, engine: Engine, limits: HealthLimits, now: float
) -> list[Finding]:
    at = datetime.fromtimestamp(now, UTC)
    with Session(engine) as session:
        out = [
            findings.sending(
                stuck_deliveries(session, at, limits.sending_after_s), limits.sending_after_s
            ),
            source_health(session, at),
        ]
        if client is not None:
            out.append(new_dead_letters(session, client))
    return out


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
