"""Real services for the test-suite: Redis (shared server or embedded) and PostgreSQL.

Redis: ``SWARM_TEST_REDIS_URL`` if set; else 127.0.0.1:6379 when it answers; else an embedded
redis-server started for the session. On a shared server each pytest session leases its own
database number (1-15), so concurrent runs never flush each other's keys.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import redis

from swarm.embedded import EmbeddedRedis, answers

SHARED_REDIS = "redis://127.0.0.1:6379"
LEASE_KEY = "swarm:test:db-lease"
LEASE_TTL_S = 3 * 3600
TEST_DBS = range(1, 16)


@dataclass
class RedisService:
    url: str  # base URL with the leased database number
    how: str  # "env", "shared" or "embedded"
    embedded: EmbeddedRedis | None = None
    lease_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def release(self) -> None:
        if self.how == "shared":
            client = redis.Redis.from_url(self.url)
            try:
                if client.get(LEASE_KEY) == self.lease_id.encode():
                    client.flushdb()
            finally:
                client.close()
        if self.embedded is not None:
            self.embedded.stop()


def start_redis(state_dir: Path) -> RedisService:
    url = os.environ.get("SWARM_TEST_REDIS_URL")
    if url:
        return RedisService(url=url, how="env")
    if answers(SHARED_REDIS + "/0"):
        svc = RedisService(url="", how="shared")
        for db in TEST_DBS:
            client = redis.Redis.from_url(f"{SHARED_REDIS}/{db}")
            try:
                if client.set(LEASE_KEY, svc.lease_id, nx=True, ex=LEASE_TTL_S):
                    svc.url = f"{SHARED_REDIS}/{db}"
                    return svc
            finally:
                client.close()
        raise RuntimeError("every Redis test database 1-15 is leased; stale runs? FLUSHALL")
    emb = EmbeddedRedis(state_dir).start()
    return RedisService(url=emb.url, how="embedded", embedded=emb)


def postgres_url() -> str | None:
    """The PostgreSQL URL for storage tests, or None (the tests then say why they skip)."""
    return os.environ.get("SWARM_TEST_POSTGRES_URL") or None
