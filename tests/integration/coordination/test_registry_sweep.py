"""Agent registry and the sync sweep."""

from __future__ import annotations

import pytest
import redis

from swarm import keys
from swarm.coordination import Lock, RWLock, sync_sweep
from swarm.coordination.clock import server_time
from swarm.coordination.registry import (
    AgentInfo,
    agents,
    deregister,
    heartbeat,
    record_task_result,
    register,
    task_finished,
    task_started,
)
from tests.integration.coordination.helpers import audit

pytestmark = pytest.mark.integration

TTL_S = 60.0


def _info(name: str) -> AgentInfo:
    return AgentInfo(name, pool=name.split("@")[0], queues=[name.split("@")[0]],
                     capabilities=["rss"], concurrency=2, host="h", pid=1)  # fmt: skip


def test_register_and_count(redis_client: redis.Redis) -> None:
    register(redis_client, _info("news_scraper@h"))
    task_started(redis_client, "news_scraper@h")
    task_started(redis_client, "news_scraper@h")
    task_finished(redis_client, "news_scraper@h")
    record_task_result(redis_client, "news_scraper@h", True)
    rate = record_task_result(redis_client, "news_scraper@h", False)
    (agent,) = agents(redis_client)
    assert agent.info == _info("news_scraper@h")
    assert (agent.status, agent.load, agent.succeeded, agent.failed) == ("online", 1, 1, 1)
    assert agent.success_rate == pytest.approx(rate) and 0 < rate < 1


def test_sweep_marks_silent_agents_offline(redis_client: redis.Redis) -> None:
    register(redis_client, _info("a@h"))
    register(redis_client, _info("b@h"))
    now = server_time(redis_client)
    report = sync_sweep(redis_client, now, TTL_S)
    assert report.marked_offline == [] and report.agents_online == 2

    later = now + TTL_S + 1
    redis_client.hset(f"{keys.AGENT}:b@h", "heartbeat", later)  # b kept beating
    report = sync_sweep(redis_client, later, TTL_S)
    assert report.marked_offline == ["a@h"] and report.agents_online == 1
    assert {a.info.name: a.status for a in agents(redis_client)} == {"a@h": "offline",
                                                                   "b@h": "online"}  # fmt: skip
    heartbeat(redis_client, "a@h")
    assert agents(redis_client)[0].status == "online"
    deregister(redis_client, "a@h")
    assert agents(redis_client)[0].status == "offline"


def test_sweep_never_frees_a_live_lock_and_records_expiries(redis_client: redis.Redis) -> None:
    live = Lock(redis_client, "live", 60_000, "x")
    live.acquire()
    dead = Lock(redis_client, "dead", 60_000, "y")
    dead.acquire()
    redis_client.delete(dead.key)  # its lease ran out (holder silent)
    rw = RWLock(redis_client, "rw", 60_000, "r")
    rw.acquire("read")
    redis_client.zadd(f"{keys.RWLOCK}:rw:readers", {"r": 1})
    Lock(redis_client, "live", 60_000, "z").acquire(blocking=False)  # a conflict

    far = server_time(redis_client) + 3600  # every indexed lease end is in the past
    report = sync_sweep(redis_client, far, TTL_S)
    assert sorted(report.expired_locks) == ["dead", "rw"]
    assert report.conflicts == {"live": 1}
    assert live.owner() == "x"  # still held: never freed by force
    assert sync_sweep(redis_client, far, TTL_S).conflicts == {}  # counters reset
    assert [e["event"] for e in audit(redis_client)].count("expire") == 2


def test_sweep_reports_lock_waits_and_keeps_counting(redis_client: redis.Redis) -> None:
    Lock(redis_client, "held", 60_000, "x").acquire()
    for waiter in ("a", "b"):  # two waits that end at their timeout
        assert not Lock(redis_client, "held", 60_000, waiter).acquire(timeout=0.01)

    report = sync_sweep(redis_client, server_time(redis_client), TTL_S)
    assert report.lock_waits == {"held": 2}
    assert report.lock_wait_s["held"] > 0
    assert report.conflicts == {"held": 2}
    assert not Lock(redis_client, "held", 60_000, "c").acquire(timeout=0.01)
    again = sync_sweep(redis_client, server_time(redis_client), TTL_S)
    # Conflicts are per sweep; waits are counters (Prometheus ``_total``), never reset.
    assert again.conflicts == {"held": 1}
    assert again.lock_waits == {"held": 3}
    assert again.lock_wait_s["held"] > report.lock_wait_s["held"]
