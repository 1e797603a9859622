"""Autoscaling benchmark: a burst of slow tasks drained by a fixed pool vs an autoscaled one.

    python benchmarks/autoscale.py [--json] [--tasks 24] [--task-s 2] [--max-replicas 3]

Everything runs on a private ``redis-server`` (free loopback port) and a SQLite database in
a temporary directory, under the real pool manager (``swarm workers up``) with beat. The
``keyword_analyzer`` pool runs one process per replica; a burst of ``--tasks`` ``system.sleep``
tasks of ``--task-s`` each is queued on it, and the time from the burst to the backlog drained
(queue empty, no task running) is measured twice in the same run:

* ``fixed_s``: autoscaling off (the pool stays at its minimum, one replica);
* ``autoscaled_s``: autoscaling on (up to ``--max-replicas``; the sweep runs every 2 s and
  scales when the oldest message waits over 2 s).

``speedup = fixed_s / autoscaled_s``; ``max_replicas_seen`` is the most replicas the pool had
answering at once during the autoscaled run.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WAIT_S = 600.0
POOL = "keyword_analyzer"


def _wait(predicate: Any, what: str, timeout: float = WAIT_S, step: float = 0.2) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(step)
    raise SystemExit(f"timed out after {timeout:.0f}s waiting for {what}")


def _env(redis_url: str, db_url: str, state: Path, autoscale: bool, high: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SWARM_")}
    env.update(
        SWARM_BROKER_URL=redis_url,
        SWARM_DATABASE__URL=db_url,
        SWARM_STATE_DIR=str(state),
        SWARM_INTERVALS__HEALTH_S="2",
        SWARM_AUTOSCALE__ENABLED="true" if autoscale else "false",
        SWARM_AUTOSCALE__MAX_WAIT_S="2",
        SWARM_AUTOSCALE__COOLDOWN_S="2",
        SWARM_AUTOSCALE__IDLE_S="30",
        SWARM_AUTOSCALE__KEYWORD_ANALYZER__MAX=str(high),
        SWARM_POOLS__KEYWORD_ANALYZER="1",
        SWARM_HEALTH__REDIS_SLOW_MS="5000",
        SWARM_HEALTH__DB_SLOW_MS="5000",
    )
    return env


def run_once(tmp: Path, redis_url: str, autoscale: bool, tasks: int, task_s: float,
             high: int) -> tuple[float, int]:  # fmt: skip
    """Seconds from the burst to the backlog drained, and the most replicas seen answering."""
    import redis
    from celery import Celery

    from swarm import keys
    from swarm.coordination import registry
    from swarm.health import queue_depth
    from swarm.storage import migrate
    from swarm.storage.db import make_engine

    tag = "auto" if autoscale else "fixed"
    db_url = f"sqlite:///{tmp / f'{tag}.db'}"
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    engine.dispose()
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    env = _env(redis_url, db_url, tmp / tag, autoscale, high)
    app = Celery("bench", broker=redis_url, set_as_current=False)
    app.config_from_object("celeryconfig")
    app.conf.update(broker_url=redis_url, result_backend=redis_url)
    log = open(tmp / f"{tag}-manager.log", "wb")  # noqa: SIM115
    manager = subprocess.Popen(
        [sys.executable, "-m", "swarm.cli", "workers", "up", "--pool", POOL,
         "--pool", "coordinator", "--grace", "30"],
        env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT,
    )  # fmt: skip

    def answering() -> int:
        now = time.time()
        return sum(1 for a in registry.agents(client) if POOL in a.info.queues
                   and a.status == registry.ONLINE and now - a.heartbeat < 60)  # fmt: skip

    try:
        _wait(lambda: answering() >= 1 and any("coordinator" in a.info.queues
                                               for a in registry.agents(client)),
              "the pools to start")  # fmt: skip
        start = time.monotonic()
        for _ in range(tasks):
            app.send_task("system.sleep", args=[task_s], queue=POOL)
        most = 1
        deadline = start + WAIT_S
        while time.monotonic() < deadline:
            most = max(most, answering())
            if queue_depth(client, POOL) == 0 and not any(
                POOL in raw.decode() for raw in client.hvals(keys.RUNNING)
            ):
                break
            time.sleep(0.2)
        else:
            raise SystemExit(f"{tag}: the backlog never drained; see {log.name}")
        return time.monotonic() - start, most
    finally:
        manager.send_signal(signal.SIGTERM)
        try:
            manager.wait(timeout=120)
        except subprocess.TimeoutExpired:
            manager.kill()
        log.close()
        app.close()
        client.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--tasks", type=int, default=24)
    parser.add_argument("--task-s", type=float, default=2.0)
    parser.add_argument("--max-replicas", type=int, default=3)
    args = parser.parse_args()

    from swarm.embedded import EmbeddedRedis

    with tempfile.TemporaryDirectory(prefix="swarm-autoscale-") as d:
        tmp = Path(d)
        server = EmbeddedRedis(tmp / "redis").start()
        try:
            fixed_s, _ = run_once(tmp, server.url, False, args.tasks, args.task_s, 1)
            auto_s, most = run_once(tmp, server.url, True, args.tasks, args.task_s,
                                    args.max_replicas)  # fmt: skip
        finally:
            server.stop()
    result = {
        "tasks": args.tasks,
        "task_s": args.task_s,
        "fixed_s": round(fixed_s, 2),
        "autoscaled_s": round(auto_s, 2),
        "speedup": round(fixed_s / auto_s, 2),
        "max_replicas_seen": most,
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:18} {value}")


if __name__ == "__main__":
    main()
