"""Read-only views for ``swarm locks``: the locks held now and the recent audit stream."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import redis

from swarm import keys
from swarm.coordination.clock import server_time
from swarm.coordination.lock import parse_value
from swarm.coordination.rwlock import rw_keys
from swarm.coordination.scripts import boundary, text


@dataclass(frozen=True)
class HeldLock:
    """One held lock: ``kind`` is ``lock`` or ``rwlock``; ``owners`` has one entry except
    for read-shared rwlocks; ``lease_left_ms`` is the longest lease left among them."""

    name: str
    kind: str
    mode: str
    owners: list[str]
    lease_left_ms: int
    fence: int
    waiters: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class AuditEntry:
    id: str
    fields: dict[str, str]

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, **self.fields}


def held_locks(client: redis.Redis) -> list[HeldLock]:
    """Every lock held now (exclusive, then read-write), sorted by name."""
    with boundary(client, "list locks"):
        now_ms = int(server_time(client) * 1000)
        found = [_exclusive(client, text(n), now_ms) for n in client.zrange(keys.LOCKS_HELD, 0, -1)]
        found += [_rw(client, text(n), now_ms) for n in client.zrange(keys.RWLOCKS_HELD, 0, -1)]
    return sorted((h for h in found if h is not None), key=lambda h: (h.name, h.kind))


def _exclusive(client: redis.Redis, name: str, now_ms: int) -> HeldLock | None:
    base = f"{keys.LOCK}:{name}"
    pipe = client.pipeline()
    pipe.get(base)
    pipe.pttl(base)
    pipe.zcount(f"{base}:waiters", now_ms, "+inf")
    raw, pttl, waiters = pipe.execute()
    if raw is None or pttl <= 0:
        return None
    fence, owner = parse_value(raw)
    return HeldLock(name, "lock", "exclusive", [owner], pttl, fence, waiters)


def _rw(client: redis.Redis, name: str, now_ms: int) -> HeldLock | None:
    writer, readers, _, fence, _, _, waiters, *_ = rw_keys(name)
    pipe = client.pipeline()
    pipe.hgetall(writer)
    pipe.pttl(writer)
    pipe.zrangebyscore(readers, f"({now_ms}", "+inf", withscores=True)
    pipe.get(fence)
    pipe.zcount(waiters, now_ms, "+inf")
    raw, pttl, live, last_fence, n_waiting = pipe.execute()
    if raw and pttl > 0:
        h = {text(k): text(v) for k, v in raw.items()}
        return HeldLock(name, "rwlock", "write", [h["owner"]], pttl, int(h["fence"]), n_waiting)
    if live:
        left = int(max(score for _, score in live)) - now_ms
        owners = [text(r) for r, _ in live]
        return HeldLock(name, "rwlock", "read", owners, left, int(last_fence or 0), n_waiting)
    return None


def audit_entries(client: redis.Redis, count: int) -> list[AuditEntry]:
    """The ``count`` most recent audit entries, oldest first."""
    if isinstance(count, bool) or not isinstance(count, int) or count <= 0:
        raise ValueError(f"count must be a positive integer, got {count!r}")
    with boundary(client, "read audit stream"):
        rows: list[Any] = client.xrevrange(keys.AUDIT_STREAM, count=count) or []
    return [AuditEntry(text(i), {text(k): text(v) for k, v in f.items()}) for i, f in rows[::-1]]
