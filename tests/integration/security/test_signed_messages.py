"""Signed task messages (security.enabled) with a real worker: signed runs, the rest is refused.

A CA made for the test issues the producer's and the worker's certificates; the worker's
certificate store holds only those two. One worker runs with signing on. Producers (separate
processes, each with its own settings) send, in this order on one queue: a signed probe, an
unsigned (plain JSON) probe, a probe signed by a key whose certificate is not in the store,
a probe signed by a wrong key that claims the trusted certificate, and a last signed probe.
Both signed probes run; the three others are rejected by the worker and never run: no
delivery was counted, no effect row written, no result stored, the queue is left empty.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
import redis
from celery import Celery
from sqlalchemy import select

from swarm.probe import delivery_key
from swarm.settings import PoolSettings
from swarm.storage.db import make_engine, session_factory
from swarm.storage.models import ProbeResult
from tests.integration.security.certs import issue, make_ca
from tests.integration.security.helpers import base_env, produce
from workers.manager import Supervisor
from workers.pools import children_for, pool_specs

pytestmark = [pytest.mark.integration, pytest.mark.slow]
TASK = "system.probe.optimizer"
RESULT_TIMEOUT_S = 90
LOG_WAIT_S = 30


def test_signed_messages_run_and_unsigned_or_wrongly_signed_are_rejected(
    swarm_app: Celery,
    redis_url: str,
    redis_client: redis.Redis,
    migrated_sqlite: str,
    tmp_path: Path,
) -> None:
    pki = tmp_path / "pki"
    ca = make_ca(pki / "ca")
    producer = issue(ca, pki / "issued", "producer", cn="swarm producer")
    worker = issue(ca, pki / "issued", "worker", cn="swarm worker")
    rogue_ca = make_ca(pki / "rogue-ca", "rogue CA")
    rogue = issue(rogue_ca, pki / "rogue", "producer", cn="swarm producer")
    store = pki / "store"
    store.mkdir()
    for trusted in (producer, worker):
        shutil.copy(trusted.cert, store / trusted.cert.name)

    common = {"SWARM_BROKER_URL": redis_url, "SWARM_STATE_DIR": str(tmp_path / "state")}

    def signer(key: Path, cert: Path, cert_store: Path) -> dict[str, str]:
        return base_env(
            **common,
            SWARM_SECURITY__ENABLED="true",
            SWARM_SECURITY__KEY=str(key),
            SWARM_SECURITY__CERTIFICATE=str(cert),
            SWARM_SECURITY__CERT_STORE=str(cert_store),
        )

    signed = signer(producer.key, producer.cert, store)
    unsigned = base_env(**common)
    not_in_store = signer(rogue.key, rogue.cert, rogue.cert)
    forged = signer(rogue.key, producer.cert, store)  # claims the trusted certificate

    env = signer(worker.key, worker.cert, store)
    env["SWARM_DATABASE__URL"] = migrated_sqlite
    log_dir = tmp_path / "logs"
    sizes = PoolSettings(optimizer=1)
    sup = Supervisor(children_for(pool_specs(sizes, ["optimizer"]), log_dir, beat=False),
                     env=env, grace_s=15)
    sup.start_all()
    try:
        first = produce(signed, TASK, {"key": "signed-1"}, RESULT_TIMEOUT_S)
        assert first.returncode == 0, first.stderr
        sent = {
            name: produce(penv, TASK, {"key": name})
            for name, penv in (("unsigned", unsigned), ("rogue", not_in_store), ("forged", forged))
        }
        for name, proc in sent.items():
            assert proc.returncode == 0, f"{name}: {proc.stderr}"
        last = produce(signed, TASK, {"key": "signed-2"}, RESULT_TIMEOUT_S)
        assert last.returncode == 0, last.stderr
        log = _wait_for_rejections(log_dir / "optimizer.log", 3)
    finally:
        sup.stop_all()

    for name in sent:  # never ran: no delivery counted, no effect, no result
        assert redis_client.get(delivery_key(name)) is None, name
        task_id = sent[name].stdout.split()[0]
        assert swarm_app.AsyncResult(task_id).state == "PENDING", name
    assert int(redis_client.get(delivery_key("signed-1")) or 0) == 1
    assert int(redis_client.get(delivery_key("signed-2")) or 0) == 1
    engine = make_engine(migrated_sqlite)
    try:
        with session_factory(engine)() as s:
            keys = set(s.scalars(select(ProbeResult.key)))
    finally:
        engine.dispose()
    assert keys == {"signed-1", "signed-2"}
    assert not [k for k in redis_client.keys("optimizer*") if redis_client.type(k) == b"list"
                and redis_client.llen(k)]
    # One reason per refused message: plain JSON, a signer not in the store, a bad signature
    # (Celery 5.7 reports the last one as a TypeError around cryptography's InvalidSignature;
    # it still fails closed).
    assert "Refusing to deserialize untrusted content of type json" in log
    assert "Unknown certificate" in log and "rogue CA" in log
    assert "cryptography.exceptions.InvalidSignature" in log


REJECTED = ("Refusing to deserialize", "Can't decode message body", "Received invalid task")


def _wait_for_rejections(path: Path, count: int) -> str:
    deadline = time.monotonic() + LOG_WAIT_S
    text = ""
    while time.monotonic() < deadline:
        text = path.read_text(errors="replace") if path.exists() else ""
        if sum(text.count(marker) for marker in REJECTED) >= count:
            return text
        time.sleep(0.2)
    raise AssertionError(f"{count} rejections not logged: {text[-3000:]}")
