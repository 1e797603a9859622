"""Redis over TLS with a password: broker, result backend and coordination on one rediss:// URL.

A private redis-server listens only on a TLS port, with a certificate from a CA made for the
test, and requires a password. A real worker and a real producer run a probe round-trip over
it; a coordination lock is taken and released on it; without the CA setting the certificate
check fails, as it must.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from celery import Celery

import celeryconfig
from swarm.coordination.lock import Lock
from swarm.queues import Queue
from swarm.redis_tls import tls_options
from swarm.runtime import Runtime
from swarm.settings import load_settings
from tests.integration.security.certs import Issued, issue, make_ca
from tests.integration.security.helpers import base_env, produce
from tests.integration.security.redis_server import PrivateRedis, redis_binary
from tests.workers import running_pools

pytestmark = [
    pytest.mark.integration,
    pytest.mark.slow,
    pytest.mark.skipif(redis_binary() is None, reason="no redis-server binary on PATH"),
]
PASSWORD = "tls-redis-pw-3c9e"
RESULT_TIMEOUT_S = 60


@pytest.fixture
def tls_redis(tmp_path: Path) -> Iterator[tuple[PrivateRedis, Issued]]:
    ca = make_ca(tmp_path / "pki")
    server = issue(ca, tmp_path / "pki", "redis-server")
    with PrivateRedis(tmp_path / "redis", PASSWORD, (ca, server)) as srv:
        yield srv, ca


def test_task_round_trip_and_lock_over_tls_with_a_password(
    tls_redis: tuple[PrivateRedis, Issued], migrated_sqlite: str, tmp_path: Path
) -> None:
    srv, ca = tls_redis
    url = srv.url()
    env = base_env(
        SWARM_BROKER_URL=url,
        SWARM_RESULT_BACKEND=srv.url(db=1),
        SWARM_DATABASE__URL=migrated_sqlite,
        SWARM_STATE_DIR=str(tmp_path / "state"),
        SWARM_REDIS__TLS_CA_FILE=str(ca.cert),
    )
    # The test's own app only waits for the worker; the round-trip goes through swarm.app.
    settings = load_settings(broker_url=url, redis={"tls_ca_file": str(ca.cert)})
    watcher = Celery("tls-watch", broker=url)
    watcher.conf.broker_use_ssl = tls_options(settings.redis)
    watcher.conf.broker_transport_options = celeryconfig.broker_transport_options
    try:
        with running_pools(watcher, env, tmp_path / "logs", queues=[Queue.OPTIMIZER]):
            sent = produce(env, "system.probe.optimizer", {"key": "over-tls"}, RESULT_TIMEOUT_S)
            assert sent.returncode == 0, sent.stderr
            outcome = json.loads(sent.stdout.splitlines()[-1])
            assert outcome["key"] == "over-tls" and outcome["written"] is True
            assert outcome["worker"].startswith("optimizer@")
    finally:
        watcher.close()

    rt = Runtime(settings)
    try:
        lock = Lock(rt.redis, "tls-check", lease_ms=5_000)
        assert lock.acquire(blocking=False)
        assert lock.fence is not None and lock.locked()
        lock.release()
        assert not lock.locked()
    finally:
        rt.close()

    # The result really sits in the TLS server's database 1, under the password.
    direct = srv.client()
    try:
        direct.execute_command("SELECT", 1)
        assert any(k.startswith(b"celery-task-meta-") for k in direct.keys("*"))
    finally:
        direct.close()


def test_without_the_ca_the_certificate_check_fails(
    tls_redis: tuple[PrivateRedis, Issued],
) -> None:
    srv, _ = tls_redis
    rt = Runtime(load_settings(broker_url=srv.url()))
    try:
        with pytest.raises(redis.ConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
            rt.redis.ping()
    finally:
        rt.close()


def test_a_wrong_password_is_refused(tls_redis: tuple[PrivateRedis, Issued]) -> None:
    srv, ca = tls_redis
    settings = load_settings(broker_url=srv.url(password="wrong"),
                             redis={"tls_ca_file": str(ca.cert)})
    rt = Runtime(settings)
    try:
        with pytest.raises(redis.AuthenticationError):
            rt.redis.ping()
    finally:
        rt.close()
