"""Recovery benchmark: redelivery after a killed worker, and a broker wipe mid-run.

    python benchmarks/recovery.py [--json] [--samples 5] [--visibility-s 22]

Everything runs on a private ``redis-server`` on a free loopback port (faults are injected
on it, never on a shared server) and a SQLite database in a temporary directory.

* **redelivery**: one ``optimizer`` worker process (the Supervisor's) takes a probe task that
  sleeps ``--task-s``; once the task has started, the worker's process group is SIGKILLed.
  ``redelivery_s`` is from the kill to the task's effect (its ``probe_results`` row, written
  once by the redelivered run). A message is redelivered once it has been unacked for the
  visibility timeout, so the floor is ``visibility_timeout_s - (kill - delivery) + task_s``;
  the goal is ``redelivery_s.max <= visibility_timeout_s + 5``.
* **broker wipe**: the whole swarm on the demo feeds (every pool and beat); once the first
  alerts exist the analyzer and merger pools are SIGKILLed, Redis is SIGKILLed and an empty
  one starts on the same port. ``broker_wipe_recovery_s`` is from the new empty Redis to every
  item analysed and every signal merged (re-created by ``coordinator.recover``, which runs
  every 2 s here and re-sends what is older than 4 s).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WAIT_S = 300.0


def _wait(predicate: Any, what: str, timeout: float = WAIT_S, step: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(step)
    raise SystemExit(f"timed out after {timeout:.0f}s waiting for {what}")


def redelivery_samples(tmp: Path, samples: int, task_s: float, visibility_s: int) -> list[float]:
    import redis
    from celery import Celery
    from sqlalchemy import select

    from swarm.embedded import EmbeddedRedis
    from swarm.probe import delivery_key
    from swarm.queues import Queue
    from swarm.settings import PoolSettings
    from swarm.storage import migrate
    from swarm.storage.db import make_engine, session_factory
    from swarm.storage.models import ProbeResult
    from tests.workers import wait_for_workers, worker_env
    from workers.manager import Supervisor
    from workers.pools import children_for, pool_specs

    out: list[float] = []
    with EmbeddedRedis(tmp / "redis") as broker:
        db_url = f"sqlite:///{tmp / 'redelivery.db'}"
        engine = make_engine(db_url)
        migrate.upgrade(engine)
        sessions = session_factory(engine)
        limit = visibility_s - 2  # visibility = time limit + back-off max 1 + margin 1
        env = worker_env(
            broker.url, db_url, tmp / "state",
            SWARM_TASKS__TIME_LIMIT_S=str(limit), SWARM_TASKS__SOFT_TIME_LIMIT_S=str(limit - 1),
        )  # fmt: skip
        app = Celery("bench-recovery", set_as_current=False)
        app.config_from_object("celeryconfig")
        app.conf.update(broker_url=broker.url, result_backend=broker.url)
        client = redis.Redis.from_url(broker.url)
        sizes = PoolSettings(**{q.value: 1 for q in Queue})
        for n in range(samples):
            # A fresh supervisor per sample: no crash back-off carried over between samples.
            children = children_for(pool_specs(sizes, ["optimizer"]), tmp / "logs", beat=False)
            sup = Supervisor(children, env=env, grace_s=10)
            sup.start_all()
            try:
                wait_for_workers(app, ["optimizer"], timeout=WAIT_S)
                key = f"redeliver-{n}"
                app.send_task("system.probe.optimizer", args=[{"key": key, "sleep_s": task_s}])
                _wait(lambda k=key: client.get(delivery_key(k)) is not None, "the first delivery")
                worker = children[0]
                assert worker.process is not None
                killed = time.monotonic()
                os.killpg(worker.process.pid, signal.SIGKILL)

                def done(k: str = key, sup: Supervisor = sup) -> bool:
                    sup.check()  # restart the killed pool (with its back-off)
                    with sessions() as s:
                        return s.scalar(select(ProbeResult).where(ProbeResult.key == k)) is not None

                _wait(done, "the redelivered task's effect", step=0.1)
                out.append(round(time.monotonic() - killed, 2))
                print(f"sample {n}: {out[-1]} s", file=sys.stderr)
            finally:
                sup.stop_all()
        client.close()
        app.close()
        engine.dispose()
    return out


def broker_wipe_recovery(tmp: Path) -> float:
    from tests.integration.faults.harness import fault_swarm

    with fault_swarm(tmp) as fs:
        fs.wait(lambda: fs.counts()["alerts"] >= 3, "the first alerts", WAIT_S)
        fs.kill_pools("keyword_analyzer", "data_quality")
        fs.wipe_broker()
        start = time.monotonic()

        def recovered() -> bool:
            c = fs.counts()
            return (
                c["fetched"] == c["sources"]
                and c["processed"] == c["items"]
                and c["merged"] == c["signals"]
            )

        _wait(recovered, "every item analysed and every signal merged", step=0.1)
        return round(time.monotonic() - start, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--samples", type=int, default=5, help="redelivery samples")
    parser.add_argument("--task-s", type=float, default=1.0, help="how long the probe runs")
    parser.add_argument("--visibility-s", type=int, default=22, help="broker visibility timeout")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="swarm-bench-recovery-") as d:
        tmp = Path(d)
        samples = redelivery_samples(tmp / "redelivery", args.samples, args.task_s,
                                     args.visibility_s)  # fmt: skip
        wipe = broker_wipe_recovery(tmp / "wipe")
    result = {
        "visibility_timeout_s": args.visibility_s,
        "task_s": args.task_s,
        "redelivery_s": {"p50": statistics.median(samples), "max": max(samples)},
        "broker_wipe_recovery_s": wipe,
        "samples": samples,
    }
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k}: {v}")


if __name__ == "__main__":
    main()
