"""Audit entries and conflict counting, written by the scripts themselves."""

from __future__ import annotations

import pytest
import redis

from swarm import keys
from swarm.coordination import Lock, RWLock
from swarm.coordination.listing import audit_entries, held_locks

pytestmark = pytest.mark.integration

LONG_MS = 30_000


def _events(client: redis.Redis) -> list[dict[str, str]]:
    return [e.fields for e in audit_entries(client, 100)]


def test_lifecycle_is_audited(redis_client: redis.Redis) -> None:
    a, b = Lock(redis_client, "res", LONG_MS, "a"), Lock(redis_client, "res", LONG_MS, "b")
    a.acquire()
    b.acquire(blocking=False)
    a.extend()
    a.release()
    got = [(e["event"], e["owner"]) for e in _events(redis_client)]
    assert got == [("grant", "a"), ("deny", "b"), ("extend", "a"), ("release", "a")]
    deny = _events(redis_client)[1]
    assert deny["holder"] == "a" and deny["lock"] == "res"


def test_blocking_waiter_audits_one_denial(redis_client: redis.Redis) -> None:
    a, b = Lock(redis_client, "res", 200, "a"), Lock(redis_client, "res", LONG_MS, "b")
    a.acquire()
    assert b.acquire(timeout=10)
    events = [(e["event"], e["owner"]) for e in _events(redis_client)]
    assert events.count(("deny", "b")) == 1
    assert events[-2:] == [("expire", "a"), ("grant", "b")]


def test_conflicts_count_denials_per_resource(redis_client: redis.Redis) -> None:
    Lock(redis_client, "x", LONG_MS, "a").acquire()
    for owner in ("b", "c"):
        Lock(redis_client, "x", LONG_MS, owner).acquire(blocking=False)
    w = RWLock(redis_client, "y", LONG_MS, "w")
    w.acquire("write")
    RWLock(redis_client, "y", LONG_MS, "r").acquire("read", blocking=False)
    assert redis_client.hgetall(keys.CONFLICTS) == {b"x": b"2", b"y": b"1"}


def test_audit_stream_is_capped(redis_client: redis.Redis) -> None:
    cap = 10
    lock = Lock(redis_client, "res", LONG_MS, "a", audit_stream_max=cap)
    for _ in range(200):
        lock.acquire()
        lock.release()
    # MAXLEN ~ trims whole macro nodes: the length stays near the cap, far below 400.
    assert redis_client.xlen(keys.AUDIT_STREAM) < 200


def test_held_locks_listing(redis_client: redis.Redis) -> None:
    Lock(redis_client, "a-lock", LONG_MS, "me").acquire()
    r = RWLock(redis_client, "b-rw", LONG_MS, "reader")
    r.acquire("read")
    found = held_locks(redis_client)
    assert [(h.name, h.kind, h.mode, h.owners) for h in found] == [
        ("a-lock", "lock", "exclusive", ["me"]),
        ("b-rw", "rwlock", "read", ["reader"]),
    ]
    assert all(0 < h.lease_left_ms <= LONG_MS and h.fence > 0 for h in found)
