"""Shared by the security tests: the producer subprocess and a worker environment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PRODUCE_TIMEOUT_S = 90


def produce(
    env: dict[str, str], task: str, payload: dict[str, object], wait_s: float | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``tests.integration.security.produce`` with ``env`` (SWARM_* chosen by the test)."""
    cmd = [sys.executable, "-m", "tests.integration.security.produce", task, json.dumps(payload)]
    if wait_s is not None:
        cmd += ["--wait", str(wait_s)]
    return subprocess.run(
        cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=PRODUCE_TIMEOUT_S
    )


def base_env(**values: str) -> dict[str, str]:
    """This environment without any SWARM_* variable, plus ``values``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SWARM_")}
    env.update(values)
    return env
