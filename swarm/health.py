"""Health checks used by the health sweep and by ``swarm status``."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any

import redis
from celery import Celery
from sqlalchemy import Engine

from swarm.coordination import registry
from swarm.queues import PRIORITY_STEPS, Queue
from swarm.storage.db import ping as db_ping

# kombu's Redis transport keeps one list per priority step: "<queue>" for 0, "<queue>:<n>".
PRIORITY_SEP = ":"
# How long `status` waits for workers to answer an inspect broadcast.
INSPECT_TIMEOUT_S = 1.5


@dataclass
class Check:
    ok: bool
    detail: str
    latency_ms: float | None = None


@dataclass
class QueueStatus:
    queue: str
    depth: int
    workers: list[str] = field(default_factory=list)


@dataclass
class AgentStatus:
    name: str
    pool: str
    status: str
    load: int
    success_rate: float | None
    heartbeat_age_s: float


@dataclass
class Status:
    redis: Check
    database: Check
    queues: list[QueueStatus]
    unacked: int
    agents: list[AgentStatus] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def healthy(self) -> bool:
        return self.redis.ok and self.database.ok


def check_redis(client: redis.Redis) -> Check:
    start = time.perf_counter()
    try:
        client.ping()
    except (redis.RedisError, OSError) as exc:
        return Check(False, f"no answer: {exc}")
    info = client.info("server")
    return Check(True, f"redis {info.get('redis_version')}", (time.perf_counter() - start) * 1e3)


def check_database(engine: Engine) -> Check:
    start = time.perf_counter()
    try:
        db_ping(engine)
    except Exception as exc:
        return Check(False, str(exc))
    return Check(True, engine.url.get_backend_name(), (time.perf_counter() - start) * 1e3)


def queue_depth(client: redis.Redis, queue: str) -> int:
    names = [queue] + [f"{queue}{PRIORITY_SEP}{p}" for p in sorted(PRIORITY_STEPS.values()) if p]
    pipe = client.pipeline()
    for name in names:
        pipe.llen(name)
    return sum(int(n) for n in pipe.execute())


def workers_by_queue(app: Celery, timeout: float = INSPECT_TIMEOUT_S) -> dict[str, list[str]]:
    """Worker node names per queue, from an inspect broadcast (empty when none answers)."""
    replies = app.control.inspect(timeout=timeout).active_queues() or {}
    result: dict[str, list[str]] = {}
    for worker, queues in replies.items():
        for q in queues or []:
            result.setdefault(q["name"], []).append(worker)
    return result


def status(client: redis.Redis, engine: Engine, app: Celery | None) -> Status:
    r = check_redis(client)
    queues = []
    workers = workers_by_queue(app) if (app is not None and r.ok) else {}
    unacked = 0
    for q in Queue:
        depth = queue_depth(client, q.value) if r.ok else -1
        queues.append(QueueStatus(q.value, depth, sorted(workers.get(q.value, []))))
    agents: list[AgentStatus] = []
    if r.ok:
        unacked = int(client.hlen("unacked"))
        now = time.time()
        agents = [
            AgentStatus(
                a.info.name,
                a.info.pool,
                a.status,
                a.load,
                a.success_rate,
                round(max(now - a.heartbeat, 0.0), 1),
            )
            for a in registry.agents(client)
        ]
    return Status(r, check_database(engine), queues, unacked, agents)
