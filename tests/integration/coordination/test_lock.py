"""The exclusive lock against a real Redis."""

from __future__ import annotations

import threading

import pytest
import redis

from swarm.coordination import AcquireTimeout, AlreadyHeld, Lock, LockLost, NotHeld
from tests.integration.coordination.helpers import WAIT_S, Worker, audit, wait_until

pytestmark = pytest.mark.integration

LONG_MS = 30_000
SHORT_MS = 150
# The watchdog test's lease: long enough that a loaded machine never starves the renewing
# thread for two thirds of it (at 150 ms, a 100 ms pause of that thread lost the lease).
WATCHDOG_MS = 1_000


def test_one_holder_at_a_time_and_fences_grow(redis_client: redis.Redis) -> None:
    a, b = Lock(redis_client, "res", LONG_MS, "a"), Lock(redis_client, "res", LONG_MS, "b")
    assert a.acquire(blocking=False)
    assert not b.acquire(blocking=False)
    assert a.locked() and a.owner() == "a" and b.owner() == "a"
    first = a.fence
    a.release()
    assert not a.locked() and a.owner() is None and a.fence is None
    assert b.acquire(blocking=False)
    assert b.fence is not None and first is not None and b.fence > first


def test_release_by_non_holder_names_lock_and_owner(redis_client: redis.Redis) -> None:
    a, b = Lock(redis_client, "res", LONG_MS, "a"), Lock(redis_client, "res", LONG_MS, "b")
    with pytest.raises(NotHeld, match=r"'res'.*'b'"):
        b.release()
    a.acquire()
    b._fence = 1  # an object that wrongly believes it holds: Redis refuses it
    with pytest.raises(NotHeld, match="held by 'a'"):
        b.release()
    assert a.owner() == "a"


def test_acquire_twice_is_refused(redis_client: redis.Redis) -> None:
    a = Lock(redis_client, "res", LONG_MS, "a")
    a.acquire()
    with pytest.raises(AlreadyHeld):
        a.acquire(blocking=False)


def test_waiter_wakes_on_release(redis_client: redis.Redis) -> None:
    a, b = Lock(redis_client, "res", LONG_MS, "a"), Lock(redis_client, "res", LONG_MS, "b")
    a.acquire()
    waiter = Worker(lambda: b.acquire(timeout=WAIT_S))
    waiter.start()
    wait_until(lambda: redis_client.zcard(b.waiters_key) == 1)
    assert not waiter.done.is_set()
    a.release()
    assert waiter.value() is True
    assert b.owner() == "b"
    assert redis_client.zcard(b.waiters_key) == 0


def test_waiter_wakes_when_lease_expires(redis_client: redis.Redis) -> None:
    a, b = Lock(redis_client, "res", SHORT_MS, "a"), Lock(redis_client, "res", LONG_MS, "b")
    a.acquire()
    assert b.acquire(timeout=WAIT_S)
    assert "expire" in [e["event"] for e in audit(redis_client)]


def test_timeout_gives_up_and_unregisters(redis_client: redis.Redis) -> None:
    a, b = Lock(redis_client, "res", LONG_MS, "a"), Lock(redis_client, "res", LONG_MS, "b")
    a.acquire()
    assert b.acquire(timeout=0.05) is False
    assert redis_client.zcard(b.waiters_key) == 0
    assert a.owner() == "a"


def test_extend_renews_only_for_holder(redis_client: redis.Redis) -> None:
    a = Lock(redis_client, "res", SHORT_MS, "a")
    a.acquire()
    a.extend(LONG_MS)
    assert redis_client.pttl(a.key) > SHORT_MS
    with pytest.raises(NotHeld):
        Lock(redis_client, "res", LONG_MS, "b").extend()


def test_context_manager_and_timeout(redis_client: redis.Redis) -> None:
    with Lock(redis_client, "res", LONG_MS, "a") as held:
        assert held.owner() == "a"
        with pytest.raises(AcquireTimeout), Lock(redis_client, "res", LONG_MS, "b", timeout=0):
            pass
    assert not held.locked()


def test_watchdog_keeps_lease_alive(redis_client: redis.Redis) -> None:
    a = Lock(redis_client, "res", WATCHDOG_MS, "a", watchdog=True)
    b = Lock(redis_client, "res", LONG_MS, "b")
    with a:
        # b waits past several of a's leases and must not get in while a's watchdog runs.
        assert b.acquire(timeout=WATCHDOG_MS * 3 / 1000) is False
        assert a.owner() == "a" and not a.lost
    assert not a.locked()


def test_watchdog_reports_lost_lock(redis_client: redis.Redis) -> None:
    reasons: list[str] = []
    lost = threading.Event()

    def on_lost(reason: str) -> None:
        reasons.append(reason)
        lost.set()

    a = Lock(redis_client, "res", SHORT_MS, "a", watchdog=True, on_lost=on_lost)
    with pytest.raises(LockLost, match="'res'"), a:
        redis_client.delete(a.key)  # the lease is gone (as after an expiry)
        Lock(redis_client, "res", LONG_MS, "b").acquire()
        assert lost.wait(WAIT_S)
        assert a.lost
    assert reasons and "refused" in reasons[0]
    assert Lock(redis_client, "res", LONG_MS, "c").owner() == "b"


def test_exit_after_expiry_raises_lock_lost(redis_client: redis.Redis) -> None:
    a = Lock(redis_client, "res", LONG_MS, "a")
    with pytest.raises(LockLost), a:
        redis_client.pexpire(a.key, 1)
        wait_until(lambda: not a.locked())
