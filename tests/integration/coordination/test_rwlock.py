"""The read-write lock: readers share, a writer excludes, waiting writers go first."""

from __future__ import annotations

import pytest
import redis

from swarm.coordination import AlreadyHeld, NotHeld, RWLock
from swarm.coordination.rwlock import rw_keys
from tests.integration.coordination.helpers import WAIT_S, Worker, wait_until

pytestmark = pytest.mark.integration

LONG_MS = 30_000


def rw(client: redis.Redis, owner: str, lease_ms: int = LONG_MS) -> RWLock:
    return RWLock(client, "feeds", lease_ms, owner)


def test_readers_share_writer_excludes(redis_client: redis.Redis) -> None:
    r1, r2, w = rw(redis_client, "r1"), rw(redis_client, "r2"), rw(redis_client, "w")
    assert r1.acquire("read", blocking=False)
    assert r2.acquire("read", blocking=False)
    assert sorted(r1.readers()) == ["r1", "r2"]
    assert not w.acquire("write", blocking=False)
    r1.release()
    r2.release()
    assert w.acquire("write", blocking=False)
    assert w.writer() == "w"
    assert not r1.acquire("read", blocking=False)
    assert not rw(redis_client, "w2").acquire("write", blocking=False)
    w.release()
    assert r1.acquire("read", blocking=False)


def test_fences_grow_across_modes(redis_client: redis.Redis) -> None:
    r, w = rw(redis_client, "r"), rw(redis_client, "w")
    r.acquire("read")
    fr = r.fence
    r.release()
    w.acquire("write")
    assert w.fence is not None and fr is not None and w.fence > fr


def test_waiting_writer_is_served_before_later_readers(redis_client: redis.Redis) -> None:
    r1, r2, w = rw(redis_client, "r1"), rw(redis_client, "r2"), rw(redis_client, "w")
    order: list[str] = []
    assert r1.acquire("read")

    def write() -> None:
        assert w.acquire("write", timeout=WAIT_S)
        order.append("w")

    writer = Worker(write)
    writer.start()
    intent = rw_keys("feeds")[2]
    wait_until(lambda: redis_client.get(intent) == b"w")
    assert not r2.acquire("read", blocking=False)  # the waiting writer holds readers back

    def read() -> None:
        assert r2.acquire("read", timeout=WAIT_S)
        order.append("r2")

    reader = Worker(read)
    reader.start()
    wait_until(lambda: redis_client.zscore(rw_keys("feeds")[6], "r2") is not None)
    r1.release()
    writer.value()
    assert order == ["w"]
    w.release()
    reader.value()
    assert order == ["w", "r2"]
    assert r2.readers() == ["r2"]


def test_expired_reader_no_longer_blocks_writer(redis_client: redis.Redis) -> None:
    r, w = rw(redis_client, "r", lease_ms=100), rw(redis_client, "w")
    r.acquire("read")
    assert w.acquire("write", timeout=WAIT_S)
    with pytest.raises(NotHeld):
        r.release()


def test_misuse(redis_client: redis.Redis) -> None:
    r = rw(redis_client, "r")
    with pytest.raises(NotHeld):
        r.release()
    with pytest.raises(ValueError, match="mode"):
        r.acquire("append", blocking=False)  # type: ignore[arg-type]
    r.acquire("read")
    with pytest.raises(AlreadyHeld):
        r.acquire("write", blocking=False)
    r.extend()
    r.release()
    with r.write():
        assert r.writer() == "r" and r.mode == "write"
    assert r.writer() is None and r.mode is None
    with r.read():
        assert r.readers() == ["r"]
    assert r.readers() == []
