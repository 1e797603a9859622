"""A private ``redis-server`` for one test: a free loopback port, a password, TLS if asked.

Never the shared server: these tests need ``requirepass`` and ``--tls-port``, which must not
be set on a server that other runs use. Stopped (SIGTERM, then SIGKILL) when the test ends.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path
from types import TracebackType

import redis

from swarm.embedded import free_port
from tests.integration.security.certs import Issued

START_TIMEOUT_S = 20.0
STOP_TIMEOUT_S = 10.0


def redis_binary() -> str | None:
    """The system redis-server (this machine's build has TLS), or None."""
    return shutil.which("redis-server")


class PrivateRedis:
    """``redis-server`` on 127.0.0.1:``port`` with ``password``; TLS-only when ``tls`` given."""

    def __init__(
        self, directory: Path, password: str, tls: tuple[Issued, Issued] | None = None
    ) -> None:
        self.directory = directory
        self.password = password
        self.tls = tls  # (ca, server certificate)
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.log = directory / f"redis-{self.port}.log"

    def url(self, db: int = 0, password: str | None = None) -> str:
        scheme = "rediss" if self.tls else "redis"
        pw = self.password if password is None else password
        return f"{scheme}://:{pw}@127.0.0.1:{self.port}/{db}"

    def client(self) -> redis.Redis:
        kwargs: dict[str, object] = {"socket_timeout": 5}
        if self.tls:
            kwargs.update(ssl_ca_certs=str(self.tls[0].cert), ssl_cert_reqs="required")
        return redis.Redis.from_url(self.url(), **kwargs)  # type: ignore[arg-type]

    def start(self) -> PrivateRedis:
        binary = redis_binary()
        assert binary, "no redis-server binary"
        self.directory.mkdir(parents=True, exist_ok=True)
        cmd = [
            binary, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--dir", str(self.directory), "--logfile", str(self.log),
            "--requirepass", self.password,
        ]  # fmt: skip
        if self.tls:
            ca, server = self.tls
            cmd += [
                "--port", "0", "--tls-port", str(self.port),
                "--tls-cert-file", str(server.cert), "--tls-key-file", str(server.key),
                "--tls-ca-cert-file", str(ca.cert), "--tls-auth-clients", "no",
            ]  # fmt: skip
        else:
            cmd += ["--port", str(self.port)]
        self.process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"redis-server exited: {self.log.read_text()[-2000:]}")
            client = self.client()
            try:
                if client.ping():
                    return self
            except (redis.RedisError, OSError):
                time.sleep(0.1)
            finally:
                client.close()
        self.stop()
        raise RuntimeError(f"redis-server did not answer: {self.log}")

    def stop(self) -> None:
        proc, self.process = self.process, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=STOP_TIMEOUT_S)

    def __enter__(self) -> PrivateRedis:
        return self.start()

    def __exit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
