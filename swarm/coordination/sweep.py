"""The sync sweep (``coordinator.sync``): reconcile agents, locks and conflicts.

* Agents whose heartbeat is older than ``agent_ttl_s`` are marked offline (audited).
* Locks whose lease ended unreleased are recorded as expired and their waiters woken. The
  sweep never frees a lock by force: a lock held by a silent agent is freed by its lease
  running out, not by the sweep.
* Conflicts (denied acquires, refused fenced writes) counted since the last sweep are
  summarised per resource and reset; lock waits (how many, how long) are reported as totals
  and never reset (Prometheus counters).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import redis

from swarm import keys
from swarm.coordination.defaults import AUDIT_STREAM_MAX, MAX_WAKE, SIGNAL_TTL_MS
from swarm.coordination.registry import OFFLINE, ONLINE, agent_key, agents
from swarm.coordination.rwlock import rw_keys
from swarm.coordination.scripts import boundary, scripts_for, text


@dataclass
class SweepReport:
    """What one sweep found and did."""

    agents_online: int = 0
    marked_offline: list[str] = field(default_factory=list)
    expired_locks: list[str] = field(default_factory=list)
    conflicts: dict[str, int] = field(default_factory=dict)
    lock_waits: dict[str, int] = field(default_factory=dict)
    lock_wait_s: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def sync_sweep(
    client: redis.Redis,
    now: float,
    agent_ttl_s: float,
    *,
    audit_stream_max: int = AUDIT_STREAM_MAX,
) -> SweepReport:
    """Run one sweep at ``now`` (epoch seconds, the Redis server's clock)."""
    report = SweepReport()
    _sweep_agents(client, now, agent_ttl_s, audit_stream_max, report)
    _sweep_locks(client, now, audit_stream_max, report)
    with boundary(client, "summarise conflicts"):
        pipe = client.pipeline(transaction=True)
        pipe.hgetall(keys.CONFLICTS)
        pipe.hgetall(keys.LOCK_WAITS)
        pipe.hgetall(keys.LOCK_WAIT_SECONDS)
        # Conflicts are a per-sweep gauge; lock waits are Prometheus counters: never reset.
        pipe.delete(keys.CONFLICTS)
        counts, waits, wait_s, _ = pipe.execute()
    report.conflicts = {text(k): int(v) for k, v in sorted(counts.items())}
    report.lock_waits = {text(k): int(v) for k, v in sorted(waits.items())}
    report.lock_wait_s = {text(k): float(v) for k, v in sorted(wait_s.items())}
    return report


def _sweep_agents(
    client: redis.Redis, now: float, ttl_s: float, cap: int, report: SweepReport
) -> None:
    for agent in agents(client):
        if agent.status != ONLINE:
            continue
        if now - agent.heartbeat <= ttl_s:
            report.agents_online += 1
            continue
        name = agent.info.name
        with boundary(client, f"mark {name} offline"):
            pipe = client.pipeline()
            pipe.hset(agent_key(name), "status", OFFLINE)
            pipe.xadd(keys.AUDIT_STREAM, {"event": "agent_offline", "agent": name,
                                          "silent_s": f"{now - agent.heartbeat:.1f}"},
                      maxlen=cap, approximate=True)  # fmt: skip
            pipe.execute()
        report.marked_offline.append(name)


def _sweep_locks(client: redis.Redis, now: float, cap: int, report: SweepReport) -> None:
    scripts = scripts_for(client)
    now_ms = int(now * 1000)
    with boundary(client, "sweep locks"):
        for raw in client.zrangebyscore(keys.LOCKS_HELD, "-inf", now_ms):
            name = text(raw)
            base = f"{keys.LOCK}:{name}"
            lock_keys = [base, f"{base}:holder", f"{base}:signal", f"{base}:waiters",
                         keys.LOCKS_HELD, keys.AUDIT_STREAM]  # fmt: skip
            if int(scripts.reap(lock_keys, [name, cap, SIGNAL_TTL_MS])):
                report.expired_locks.append(name)
        for raw in client.zrangebyscore(keys.RWLOCKS_HELD, "-inf", now_ms):
            name = text(raw)
            if int(scripts.rw_reap(rw_keys(name), [name, cap, SIGNAL_TTL_MS, MAX_WAKE])):
                report.expired_locks.append(name)
