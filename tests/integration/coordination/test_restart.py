"""Redis restarted while a lock is held: clients reconnect and behave sanely after it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from swarm.coordination import CoordinationUnavailable, Lock, NotHeld, TokenBucket
from swarm.embedded import EmbeddedRedis

pytestmark = pytest.mark.integration

LEASE_MS = 30_000
SOCKET_S = 2.0


@pytest.fixture
def server(tmp_path: Path) -> Iterator[EmbeddedRedis]:
    emb = EmbeddedRedis(tmp_path).start()
    yield emb
    emb.stop()


def test_restart_while_held(server: EmbeddedRedis, tmp_path: Path) -> None:
    client = redis.Redis.from_url(server.url, socket_timeout=SOCKET_S,
                                  socket_connect_timeout=SOCKET_S)  # fmt: skip
    lock = Lock(client, "res", LEASE_MS, "a")
    assert lock.acquire(blocking=False)
    before = lock.fence
    assert before is not None

    server.stop()
    with pytest.raises(CoordinationUnavailable, match="coordination Redis"):
        lock.locked()
    with pytest.raises(CoordinationUnavailable):
        Lock(client, "res", LEASE_MS, "b").acquire(blocking=False)

    restarted = EmbeddedRedis(tmp_path, server.port).start()
    try:
        # Nothing persisted: the lock is gone, so its release is refused, nothing changes.
        with pytest.raises(NotHeld, match=r"'res'.*'a'.*free"):
            lock.release()
        other = Lock(client, "res", LEASE_MS, "b")
        assert other.acquire(blocking=False)  # scripts reloaded after NOSCRIPT
        assert other.fence is not None and other.fence > before  # fences still grow
        assert other.owner() == "b"
        other.release()
        assert TokenBucket(client, "api", 5, 1).try_acquire() == (True, 0.0)
    finally:
        restarted.stop()
        client.close()
