"""The agent registry: every worker registers, heartbeats, and counts its load and results.

One hash per agent (``swarm:agent:<name>``) and the set ``swarm:agents`` of names. Times are
the Redis server's clock, so the sweep compares heartbeats from every host on one clock.
The sweep (:mod:`swarm.coordination.sweep`) marks agents offline whose heartbeat is older
than ``agent_ttl_s``; the next heartbeat marks them online again.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass, field
from typing import Any

import redis

from swarm import keys
from swarm.coordination.args import check_name
from swarm.coordination.clock import server_time
from swarm.coordination.defaults import SUCCESS_RATE_WEIGHT
from swarm.coordination.errors import CoordinationUnavailable
from swarm.coordination.scripts import boundary, scripts_for, text

log = logging.getLogger(__name__)

ONLINE, OFFLINE = "online", "offline"


def agent_key(name: str) -> str:
    return f"{keys.AGENT}:{name}"


@dataclass(frozen=True)
class AgentInfo:
    """What a worker says about itself when it registers."""

    name: str
    pool: str
    queues: list[str] = field(default_factory=list)
    capabilities: list[str] = field(default_factory=list)
    concurrency: int = 1
    host: str = ""
    pid: int = 0


@dataclass(frozen=True)
class AgentState:
    """An agent as the registry knows it."""

    info: AgentInfo
    status: str
    heartbeat: float
    load: int
    succeeded: int
    failed: int
    success_rate: float | None

    @classmethod
    def parse(cls, name: str, raw: dict[Any, Any]) -> AgentState:
        h = {text(k): text(v) for k, v in raw.items()}
        info = AgentInfo(
            name=name,
            pool=h.get("pool", ""),
            queues=json.loads(h.get("queues", "[]")),
            capabilities=json.loads(h.get("capabilities", "[]")),
            concurrency=int(h.get("concurrency", 0)),
            host=h.get("host", ""),
            pid=int(h.get("pid", 0)),
        )
        rate = h.get("success_rate")
        return cls(info, h.get("status", OFFLINE), float(h.get("heartbeat", 0)),
                   int(h.get("load", 0)), int(h.get("succeeded", 0)), int(h.get("failed", 0)),
                   None if rate is None else float(rate))  # fmt: skip


def register(client: redis.Redis, info: AgentInfo) -> None:
    """Record ``info`` and mark the agent online; its load restarts at zero."""
    check_name(info.name)
    with boundary(client, f"register agent {info.name}"):
        now = server_time(client)
        pipe = client.pipeline()
        pipe.hset(agent_key(info.name), mapping={
            "pool": info.pool, "queues": json.dumps(info.queues),
            "capabilities": json.dumps(info.capabilities), "concurrency": info.concurrency,
            "host": info.host, "pid": info.pid, "started": now, "heartbeat": now,
            "status": ONLINE, "load": 0,
        })  # fmt: skip
        pipe.sadd(keys.AGENTS, info.name)
        pipe.execute()


def heartbeat(client: redis.Redis, name: str) -> None:
    """The agent is alive now."""
    with boundary(client, f"heartbeat {name}"):
        now = server_time(client)
        client.hset(agent_key(name), mapping={"heartbeat": now, "status": ONLINE})


def deregister(client: redis.Redis, name: str) -> None:
    """The agent stops (worker shutdown): mark it offline, keep its counters."""
    with boundary(client, f"deregister {name}"):
        client.hset(agent_key(name), mapping={"status": OFFLINE, "load": 0})


def task_started(client: redis.Redis, name: str) -> None:
    with boundary(client, f"load of {name}"):
        client.hincrby(agent_key(name), "load", 1)


def task_finished(client: redis.Redis, name: str) -> None:
    with boundary(client, f"load of {name}"):
        client.hincrby(agent_key(name), "load", -1)


def record_task_result(client: redis.Redis, name: str, ok: bool) -> float:
    """Count one task outcome; returns the agent's recent success rate (0..1)."""
    with boundary(client, f"result of {name}"):
        rate = scripts_for(client).agent_result(
            [agent_key(name)], ["1" if ok else "0", SUCCESS_RATE_WEIGHT]
        )
    return float(rate)


def agents(client: redis.Redis) -> list[AgentState]:
    """Every registered agent, sorted by name."""
    with boundary(client, "list agents"):
        names = sorted(text(n) for n in client.smembers(keys.AGENTS))
        pipe = client.pipeline()
        for name in names:
            pipe.hgetall(agent_key(name))
        raws = pipe.execute()
    return [AgentState.parse(n, raw) for n, raw in zip(names, raws, strict=True) if raw]


class Heartbeat(threading.Thread):
    """Heartbeats ``name`` every ``interval_s`` until :meth:`stop`; outages are logged."""

    def __init__(self, client: redis.Redis, name: str, interval_s: float) -> None:
        super().__init__(name=f"agent-heartbeat:{name}", daemon=True)
        self.client, self.agent, self.interval_s = client, name, interval_s
        self._stopped = threading.Event()

    def run(self) -> None:
        while not self._stopped.wait(self.interval_s):
            try:
                heartbeat(self.client, self.agent)
            except CoordinationUnavailable as exc:
                log.warning("heartbeat of %s failed: %s", self.agent, exc)

    def stop(self, timeout_s: float) -> None:
        self._stopped.set()
        if self.is_alive():
            self.join(timeout_s)
