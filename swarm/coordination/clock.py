"""The one clock of coordination: the Redis server's (leases, heartbeats, sweeps)."""

from __future__ import annotations

import redis


def server_time(client: redis.Redis) -> float:
    """The Redis server's clock, epoch seconds."""
    sec, usec = client.time()
    return int(sec) + int(usec) / 1_000_000
