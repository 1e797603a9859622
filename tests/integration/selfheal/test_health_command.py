"""`swarm health` exit codes per state: 0 ok, 1 degraded, 2 failing; `--json`."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import redis
from celery import Celery

from swarm import autoscale
from swarm.queues import Queue
from tests.integration.selfheal.conftest import LENIENT_ENV
from tests.workers import wait_for_workers, worker_env

pytestmark = [pytest.mark.integration, pytest.mark.timeout(400)]
CLI_TIMEOUT_S = 60


def health(env: dict[str, str], *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    out = subprocess.run(
        [sys.executable, "-m", "swarm.cli", "health", "--json", *args],
        env=env, capture_output=True, text=True, timeout=CLI_TIMEOUT_S,
    )  # fmt: skip
    return out.returncode, json.loads(out.stdout)


def container_check(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "swarm.cli", "health", *args], env=env,
                          capture_output=True, text=True, timeout=CLI_TIMEOUT_S)  # fmt: skip


def statuses(snap: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {f["check"]: f["status"] for f in snap["findings"]}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_exit_codes_per_state(
    swarm_app: Celery, redis_client: redis.Redis, migrated_sqlite: str, tmp_path: Path
) -> None:
    env = worker_env(swarm_app.conf.broker_url, migrated_sqlite, tmp_path / "state", **LENIENT_ENV)

    code, snap = health(env)  # no worker, nothing waiting
    assert (code, snap["status"]) == (1, "degraded")
    assert statuses(snap)["pool:notifier"] == "degraded"

    # One worker consuming every queue: every check is ok.
    log = open(tmp_path / "worker.log", "wb")  # noqa: SIM115
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "swarm", "worker", "-P", "threads", "-c", "2",
         "-Q", ",".join(q.value for q in Queue), "-n", "notifier@%h", "--without-mingle",
         "--without-gossip"],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        wait_for_workers(swarm_app, [q.value for q in Queue])
        code, snap = health(env)
        assert (code, snap["status"]) == (0, "ok"), snap
        # A container's own check: its pool's worker on this host answers, or not.
        assert container_check(env, "--worker", "notifier").returncode == 0
        other = container_check(env, "--worker", "news_scraper")
        assert other.returncode == 1 and "news_scraper@" in other.stderr
        beat = container_check(env, "--beat")  # no beat runs here
        assert beat.returncode == 1 and "does not hold the beat lock" in beat.stderr
        unknown = container_check(env, "--worker", "scraper")
        assert unknown.returncode == 2 and "unknown pool 'scraper'" in unknown.stderr
    finally:
        worker.terminate()
        worker.wait(timeout=30)
        log.close()

    # A message waiting on a queue nobody consumes, a pool wanted and not running: failing.
    swarm_app.send_task("system.sleep", args=[0], queue=Queue.OPTIMIZER.value)
    autoscale.save(redis_client, Queue.NOTIFIER.value, autoscale.PoolState(1))
    code, snap = health(env)
    assert (code, statuses(snap)["queue:optimizer"]) == (2, "failing")
    assert statuses(snap)["pool:notifier"] == "failing"

    # Redis away: failing, and the checks that need it say so.
    down = dict(env, SWARM_BROKER_URL=f"redis://127.0.0.1:{free_port()}/0")
    code, snap = health(down)
    assert (code, statuses(snap)["redis"], statuses(snap)["workers"]) == (2, "failing", "failing")


def test_latest_without_a_sweep_is_degraded(
    swarm_app: Celery, redis_client: object, migrated_sqlite: str, tmp_path: Path
) -> None:
    env = worker_env(swarm_app.conf.broker_url, migrated_sqlite, tmp_path / "state")
    code, snap = health(env, "--latest")
    assert (code, statuses(snap)["sweep"]) == (1, "degraded")
