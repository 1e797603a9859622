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
# Registered and heartbeating, but not answering the broadcast: not counted as healthy.
UNRESPONSIVE = "unresponsive"


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


def agent_status(
    recorded: str, heartbeat_age_s: float, agent_ttl_s: float, answered: bool | None
) -> str:
    """What ``status`` says of an agent: online only if it is seen now.

    ``recorded`` is the registry's word, which a dead or wedged worker cannot correct; a
    heartbeat older than ``agent_ttl_s`` makes it ``offline``, and an agent that did not
    answer the inspect broadcast (``answered`` False; None when none was sent) is
    ``unresponsive``.
    """
    if recorded != registry.ONLINE or heartbeat_age_s > agent_ttl_s:
        return registry.OFFLINE
    if answered is False:
        return UNRESPONSIVE
    return registry.ONLINE


def status(
    client: redis.Redis, engine: Engine, app: Celery | None, agent_ttl_s: float = 60.0
) -> Status:
    r = check_redis(client)
    queues = []
    workers = workers_by_queue(app) if (app is not None and r.ok) else {}
    seen = {w for names in workers.values() for w in names}
    unacked = 0
    for q in Queue:
        depth = queue_depth(client, q.value) if r.ok else -1
        queues.append(QueueStatus(q.value, depth, sorted(workers.get(q.value, []))))
    agents: list[AgentStatus] = []
    if r.ok:
        unacked = int(client.hlen("unacked"))
        now = time.time()
        for a in registry.agents(client):
            age = round(max(now - a.heartbeat, 0.0), 1)
            answered = None if app is None else a.info.name in seen
            agents.append(
                AgentStatus(
                    a.info.name,
                    a.info.pool,
                    agent_status(a.status, age, agent_ttl_s, answered),
                    a.load,
                    a.success_rate,
                    age,
                )
            )
    return Status(r, check_database(engine), queues, unacked, agents)
