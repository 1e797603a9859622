"""Eight processes x 500 critical sections on one lock: no overlap, fences strictly grow.

Checked independently of the lock: an occupancy counter in a separate Redis key (max seen
recorded), an O_APPEND log of (fence, pid, enter, exit) per section on the system-wide
monotonic clock, and a fenced write per section that refuses any token not newer.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import os
from pathlib import Path

import pytest
import redis

from swarm.coordination import Lock, fenced_set

pytestmark = [pytest.mark.integration, pytest.mark.slow]

PROCESSES = 8
SECTIONS = 500
LEASE_MS = 30_000
WAIT_S = 30.0
OCCUPANCY = "test:occupancy"
MAX_OCCUPANCY = "test:occupancy:max"
GUARDED = "test:guarded"


def _worker(url: str, log_path: str) -> None:
    import time

    client = redis.Redis.from_url(url, socket_timeout=10)
    lock = Lock(client, "shared", LEASE_MS)
    fd = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    try:
        for _ in range(SECTIONS):
            assert lock.acquire(timeout=WAIT_S)
            enter = time.monotonic_ns()
            inside = client.incr(OCCUPANCY)
            if inside > 1:
                client.incr(MAX_OCCUPANCY)
            assert lock.fence is not None
            fenced_set(client, GUARDED, os.getpid(), lock.fence)  # StaleFence if not newer
            client.decr(OCCUPANCY)
            leave = time.monotonic_ns()
            os.write(fd, f"{lock.fence} {os.getpid()} {enter} {leave}\n".encode())
            lock.release()
    finally:
        os.close(fd)
        client.close()


def test_no_overlap_across_processes(
    redis_client: redis.Redis, redis_url: str, tmp_path: Path
) -> None:
    log = tmp_path / "sections.log"
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_worker, args=(redis_url, str(log))) for _ in range(PROCESSES)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(100)
    assert [p.exitcode for p in procs] == [0] * PROCESSES

    assert redis_client.get(MAX_OCCUPANCY) is None  # never two inside at once
    rows = [tuple(int(x) for x in line.split()) for line in log.read_text().splitlines()]
    assert len(rows) == PROCESSES * SECTIONS
    rows.sort(key=lambda r: r[2])  # by entry time
    fences = [r[0] for r in rows]
    assert fences == sorted(fences) and len(set(fences)) == len(fences)  # strictly growing
    for before, after in itertools.pairwise(rows):
        assert before[3] <= after[2], f"sections overlap: {before} and {after}"
