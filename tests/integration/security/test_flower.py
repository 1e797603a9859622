"""Flower through ``python -m swarm.flower``: every page and ``/metrics`` need the password,
``/healthcheck`` stays open, it listens on loopback, and a missing or weak password stops it."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest

from swarm.embedded import free_port
from tests.integration.security.helpers import ROOT, base_env
from tests.integration.security.redis_server import PrivateRedis, redis_binary

pytestmark = [
    pytest.mark.integration,
    pytest.mark.slow,
    pytest.mark.skipif(redis_binary() is None, reason="no redis-server binary on PATH"),
]
USER, PASSWORD = "ops", "flower-pw-6d1f0e"
REDIS_PW = "flower-redis-pw-1c4d"
START_TIMEOUT_S = 60


def _flower(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "swarm.flower", *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


@pytest.fixture
def flower(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    with PrivateRedis(tmp_path / "redis", REDIS_PW) as redis_srv:
        port = free_port()
        env = base_env(
            SWARM_BROKER_URL=redis_srv.url(),
            SWARM_STATE_DIR=str(tmp_path / "state"),
            FLOWER_USER=USER,
            FLOWER_PASSWORD=PASSWORD,
        )
        proc = _flower(env, f"--port={port}")
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + START_TIMEOUT_S
            while True:
                assert proc.poll() is None, proc.communicate()[0]
                try:
                    if httpx.get(f"{base}/healthcheck", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                assert time.monotonic() < deadline, "Flower did not answer"
                time.sleep(0.3)
            yield base, proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


def test_every_page_and_metrics_need_the_password(
    flower: tuple[str, subprocess.Popen[str]],
) -> None:
    base, proc = flower
    with httpx.Client(base_url=base, timeout=10) as client:
        for path in ("/metrics", "/", "/workers", "/api/workers", "/api/tasks"):
            anonymous = client.get(path)
            assert anonymous.status_code == 401, (path, anonymous.status_code)
            wrong = client.get(path, auth=(USER, "not-the-password"))
            assert wrong.status_code == 401, path
        metrics = client.get("/metrics", auth=(USER, PASSWORD))
        assert metrics.status_code == 200 and "flower_" in metrics.text
        assert client.get("/api/workers", auth=(USER, PASSWORD)).status_code == 200
        health = client.get("/healthcheck")  # open on purpose: it says OK and nothing else
        assert health.status_code == 200 and health.text == "OK"

    listening = [
        c.laddr for c in psutil.Process(proc.pid).net_connections(kind="inet")
        if c.status == psutil.CONN_LISTEN
    ]
    assert listening and all(addr.ip == "127.0.0.1" for addr in listening), listening

    proc.terminate()
    out, _ = proc.communicate(timeout=20)
    assert PASSWORD not in out and REDIS_PW not in out


@pytest.mark.parametrize(
    "password, says",
    [
        (None, "set FLOWER_PASSWORD"),
        ("", "set FLOWER_PASSWORD"),
        ("short", "at least 12"),
        ("change-me", "at least 12"),
        ("password123", "at least 12"),
        ("administrator", "guessable"),
        ("a,b-and-more-chars", "no ','"),
    ],
)
def test_missing_or_weak_password_stops_it(
    tmp_path: Path, password: str | None, says: str
) -> None:
    env = base_env(SWARM_STATE_DIR=str(tmp_path))
    env.pop("FLOWER_PASSWORD", None)
    if password is not None:
        env["FLOWER_PASSWORD"] = password
    proc = _flower(env, f"--port={free_port()}")
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 2, out
    assert says in out
