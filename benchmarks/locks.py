"""Benchmark: our Lock vs redis-py's ``redis.lock.Lock`` on the same Redis, in one run.

    .venv/bin/python benchmarks/locks.py --json [--redis-url redis://host:6379/15]

Measures, for each implementation:

* acquire+release cycles per second with 1 client, and with 16 concurrent clients. The 16
  clients are 16 *processes* (fork), each with its own connection and its own lock name, so
  Python's GIL does not serialise the clients and both implementations face the same
  server load; on a 2-core machine they share the cores, which is the point of the test.
* p50/p99 latency of one uncontended acquire+release cycle (1 client).
* wake-up delay of a blocked waiter after release (median over 200 trials): ours is
  signalled (BLPOP); redis-py polls (``sleep=0.1`` by default), measured over fewer trials.

Without ``--redis-url``: a private redis-server started for the run
(swarm.embedded.EmbeddedRedis), so a shared server's data is never touched.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import redis
from redis.lock import Lock as RedisPyLock

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from swarm.coordination import Lock
from swarm.embedded import EmbeddedRedis

LEASE_MS = 30_000
DURATION_S = 2.0  # per throughput measurement
ROUNDS = 5  # alternating single-client rounds per implementation
CLIENT_COUNTS = (1, 16)
WAKE_TRIALS = 200
REDIS_PY_WAKE_TRIALS = 30  # its waiter polls every 100 ms: fewer trials keep the run short
WAIT_S = 5.0

Cycle = Callable[[], None]


def make_cycle(kind: str, client: redis.Redis, name: str) -> Cycle:
    """One acquire+release of a lock named ``name`` by implementation ``kind``."""
    if kind == "ours":
        ours = Lock(client, name, LEASE_MS)

        def cycle() -> None:
            if not ours.acquire(blocking=False):
                raise RuntimeError("uncontended acquire refused")
            ours.release()

        return cycle
    theirs = RedisPyLock(client, name, timeout=LEASE_MS / 1000)

    def cycle_py() -> None:
        if not theirs.acquire(blocking=False):
            raise RuntimeError("uncontended acquire refused")
        theirs.release()

    return cycle_py


def run_for(cycle: Cycle, seconds: float, latencies: list[float] | None = None) -> int:
    count, end = 0, time.perf_counter() + seconds
    while True:
        t0 = time.perf_counter()
        if t0 >= end:
            return count
        cycle()
        if latencies is not None:
            latencies.append(time.perf_counter() - t0)
        count += 1


def _proc(url: str, kind: str, start: mp.synchronize.Event, out: mp.Queue) -> None:  # type: ignore[type-arg]
    client = redis.Redis.from_url(url)
    cycle = make_cycle(kind, client, f"bench:{kind}:{uuid.uuid4().hex}")
    cycle()  # connect and load scripts before the clock starts
    start.wait(WAIT_S * 6)
    out.put(run_for(cycle, DURATION_S))
    client.close()


def _single(url: str, kind: str, rounds: int) -> tuple[float, list[float]]:
    client = redis.Redis.from_url(url)
    cycle = make_cycle(kind, client, f"bench:{kind}:{uuid.uuid4().hex}")
    run_for(cycle, 0.2)  # warm up: connect, load scripts
    lat: list[float] = []
    n = sum(run_for(cycle, DURATION_S / rounds, lat) for _ in range(rounds))
    client.close()
    return n / DURATION_S, lat


def single_client(url: str) -> dict[str, tuple[float, list[float]]]:
    """1 client: alternate short rounds of each implementation so machine noise hits both."""
    totals: dict[str, list[float]] = {"ours": [], "redis_py": []}
    lats: dict[str, list[float]] = {"ours": [], "redis_py": []}
    for _ in range(ROUNDS):
        for kind in totals:
            rate, lat = _single(url, kind, 1)
            totals[kind].append(rate)
            lats[kind] += lat
    return {k: (statistics.median(v), lats[k]) for k, v in totals.items()}


def many_clients(url: str, kind: str, clients: int) -> float:
    ctx = mp.get_context("fork")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_proc, args=(url, kind, start, out)) for _ in range(clients)]
    for p in procs:
        p.start()
    time.sleep(0.5)  # let every process connect
    start.set()
    total = sum(out.get(timeout=DURATION_S + 30) for _ in procs)
    for p in procs:
        p.join(30)
    return total / DURATION_S


def wakeups(url: str, kind: str, trials: int) -> list[float]:
    """Release-to-acquired delay of a blocked waiter, seconds."""
    holder_c, waiter_c = redis.Redis.from_url(url), redis.Redis.from_url(url)
    delays: list[float] = []
    for _ in range(trials):
        name = f"bench:wake:{uuid.uuid4().hex}"
        holder: Lock | RedisPyLock
        waiter: Lock | RedisPyLock
        if kind == "ours":
            holder, waiter = Lock(holder_c, name, LEASE_MS), Lock(waiter_c, name, LEASE_MS)
        else:
            holder = RedisPyLock(holder_c, name, timeout=LEASE_MS / 1000)
            waiter = RedisPyLock(waiter_c, name, timeout=LEASE_MS / 1000, thread_local=False)
        holder.acquire(blocking=False)
        got = threading.Event()
        done: list[float] = []

        def wait(
            w: Lock | RedisPyLock = waiter, got: threading.Event = got, done: list[float] = done
        ) -> None:
            ok = w.acquire(blocking=True, timeout=WAIT_S) if isinstance(w, Lock) else \
                w.acquire(blocking=True, blocking_timeout=WAIT_S)  # fmt: skip
            done.append(time.perf_counter())
            if ok:
                got.set()

        t = threading.Thread(target=wait, daemon=True)
        t.start()
        if kind == "ours":  # wait until it is registered, then give it time to reach BLPOP
            deadline = time.monotonic() + WAIT_S
            while not holder_c.zcard(f"swarm:lock:{name}:waiters") and time.monotonic() < deadline:
                time.sleep(0.0005)
        time.sleep(0.005)
        t0 = time.perf_counter()
        holder.release()
        if not got.wait(WAIT_S):
            raise RuntimeError("waiter never woke")
        t.join(WAIT_S)
        delays.append(done[0] - t0)
        waiter.release()
    holder_c.close()
    waiter_c.close()
    return delays


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


@contextmanager
def redis_target(url: str | None) -> Iterator[str]:
    """The given server, else a private redis-server of this run's own (no shared data touched)."""
    if url:
        yield url
        return
    with tempfile.TemporaryDirectory() as tmp, EmbeddedRedis(Path(tmp)) as emb:
        yield emb.url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--redis-url", default=None)
    parser.add_argument("--json", action="store_true", help="print only the JSON result")
    args = parser.parse_args()
    with redis_target(args.redis_url) as url:
        single = single_client(url)
        ours = {"1": single["ours"][0]}
        theirs = {"1": single["redis_py"][0]}
        lat = single["ours"][1]
        many = CLIENT_COUNTS[-1]
        for _ in range(2):  # alternate, twice, keep each one's best
            ours[str(many)] = max(ours.get(str(many), 0), many_clients(url, "ours", many))
            theirs[str(many)] = max(theirs.get(str(many), 0), many_clients(url, "redis_py", many))
        wake = wakeups(url, "ours", WAKE_TRIALS)
        wake_py = wakeups(url, "redis_py", REDIS_PY_WAKE_TRIALS)
    result = {
        "ours_ops_s": {k: round(v) for k, v in ours.items()},
        "redis_py_ops_s": {k: round(v) for k, v in theirs.items()},
        "ratio": {k: round(ours[k] / theirs[k], 2) for k in ours},
        "p50_ms_1": round(pct(lat, 0.50) * 1000, 3),
        "p99_ms_1": round(pct(lat, 0.99) * 1000, 3),
        "wakeup_ms_p50": round(statistics.median(wake) * 1000, 3),
        "wakeup_ms_p99": round(pct(wake, 0.99) * 1000, 3),
        "redis_py_wakeup_ms_p50": round(statistics.median(wake_py) * 1000, 3),
        "clients_16": "16 forked processes, one connection and one lock name each",
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
