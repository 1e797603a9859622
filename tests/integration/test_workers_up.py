"""`swarm workers up` as a user runs it: restarts a killed pool, SIGTERM stops every child."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

pytestmark = pytest.mark.integration
STARTED = re.compile(r"started\s+(\S+) pid=(\d+)")
TIMEOUT_S = 60


def read_until(
    proc: subprocess.Popen[str], pattern: re.Pattern[str], count: int, seen: list[str]
) -> list[re.Match[str]]:
    """Read the manager's output until ``count`` lines match (bounded by TIMEOUT_S)."""
    deadline = time.monotonic() + TIMEOUT_S
    found = [m for line in seen if (m := pattern.search(line))]
    assert proc.stdout is not None
    while len(found) < count:
        assert time.monotonic() < deadline, f"timed out; output so far: {seen}"
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(f"manager exited early: {seen}")
        seen.append(line)
        if m := pattern.search(line):
            found.append(m)
    return found


def test_workers_up_restarts_a_killed_pool_and_sigterm_stops_all(
    redis_url: str, migrated_sqlite: str, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SWARM_")}
    env.update(
        SWARM_BROKER_URL=redis_url,
        SWARM_DATABASE__URL=migrated_sqlite,
        SWARM_STATE_DIR=str(tmp_path / "state"),
        PYTHONUNBUFFERED="1",
    )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "swarm.cli",
            "workers",
            "up",
            "--pool",
            "notifier",
            "--pool",
            "optimizer",
            "--grace",
            "20",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    seen: list[str] = []
    try:
        first = read_until(proc, STARTED, 3, seen)  # two pools and beat
        pids = {m.group(1): int(m.group(2)) for m in first}
        assert set(pids) == {"notifier", "optimizer", "beat"}
        time.sleep(3)  # let the workers boot their pool processes
        tree = {
            p.pid
            for pid in pids.values()
            for p in [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]
        }

        os.kill(pids["notifier"], signal.SIGKILL)
        again = read_until(proc, STARTED, 4, seen)
        assert again[-1].group(1) == "notifier"
        new_pid = int(again[-1].group(2))
        assert new_pid != pids["notifier"]
        tree |= {new_pid}
        time.sleep(3)
        tree |= {p.pid for p in psutil.Process(new_pid).children(recursive=True)}

        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=TIMEOUT_S)
        seen.append(out)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
    assert proc.returncode == 0, "".join(seen)
    assert "all pools stopped" in "".join(seen)
    alive = [
        pid
        for pid in tree
        if psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    ]
    assert alive == [], f"children left running: {alive}"
