"""Outages of the services the swarm stands on, injected for real.

* **Broker stall, then death**: Redis is SIGSTOPped (every client hangs on it) for a few
  seconds, then SIGKILLed, and an empty one starts on the same port. Bound: every pool
  consumes again within 40 s (``tasks.time_limit_s`` + ``liveness.stall_after_s`` here:
  the manager restarts a pool that answers no ping for 20 s, or finishes nothing for 40 s
  while work waits) + the restart back-off (1 s) + a worker's start-up; the wait below
  (240 s) only bounds a hung run on a busy host. Then the run completes with every alert of
  a fault-free run, none twice.
* **PostgreSQL unreachable for 15 s**: the swarm reaches PostgreSQL through a TCP proxy
  (tests/integration/faults/proxy.py) that is closed and reopened; the shared server is never
  touched. Tasks retry with back-off and complete; ``swarm status`` says the database is
  down while it is.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests import services
from tests.integration.faults.harness import Outcome, assert_same_alerts, fault_swarm
from tests.integration.faults.proxy import TcpProxy

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.timeout(600)]
WAIT_S = 120.0
STALL_S = 4.0
DB_OUTAGE_S = 15.0
SWARM = str(Path(sys.executable).parent / "swarm")


def test_broker_stall_then_death_every_pool_consumes_again(
    baseline: Outcome, tmp_path: Path
) -> None:
    with fault_swarm(tmp_path) as fs:
        fs.wait(lambda: fs.counts()["alerts"] >= 3, "the first alerts", WAIT_S)
        fs.stall_broker(STALL_S)
        fs.wipe_broker()
        fs.probe_every_pool("after-stall", 2 * WAIT_S)
        fs.settle()
        got = fs.outcome()
    assert_same_alerts(got, baseline)


def _status(env: dict[str, str]) -> tuple[int, dict[str, object]]:
    proc = subprocess.run(
        [SWARM, "status", "--json"], env=env, capture_output=True, text=True, timeout=120
    )
    return proc.returncode, json.loads(proc.stdout)


def test_database_unreachable_for_15s_loses_and_duplicates_nothing(
    baseline: Outcome, tmp_path: Path
) -> None:
    base = services.postgres_url()
    if not base:
        pytest.skip("PostgreSQL not configured: set SWARM_TEST_POSTGRES_URL (.ci/run does)")
    from tests.pg import temporary_database

    with temporary_database(base) as url:
        real = make_url(url)
        proxy = TcpProxy(real.host or "127.0.0.1", real.port or 5432).open()
        proxied = real.set(host="127.0.0.1", port=proxy.port)
        try:
            with fault_swarm(tmp_path, db_url=proxied.render_as_string(False)) as fs:
                fs.wait(lambda: fs.counts()["alerts"] >= 3, "the first alerts", WAIT_S)
                proxy.close()
                cut = time.monotonic()
                code, down = _status(fs.env)
                assert code == 1 and down["database"]["ok"] is False, down  # type: ignore[index]
                assert down["redis"]["ok"] is True  # type: ignore[index]
                time.sleep(max(DB_OUTAGE_S - (time.monotonic() - cut), 0.0))
                proxy.open()
                code, up = _status(fs.env)
                assert code == 0 and up["database"]["ok"] is True, up  # type: ignore[index]
                fs.settle()
                got = fs.outcome()
        finally:
            proxy.close()
    assert_same_alerts(got, baseline)
