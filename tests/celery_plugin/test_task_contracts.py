"""Task contracts, with pytest-celery, on a worker container of the project's image.

* routing by name: ``system.probe.notifier``, sent by name with the swarm's routes, runs on
  the notifier pool's worker;
* retries with back-off: a probe that fails twice succeeds on its third delivery;
* dead letters: a probe whose retries are used up, and one whose payload is invalid, end in
  the pool's dead letters (``swarm deadletters list`` in the worker's container).
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from pytest_celery import CeleryTestSetup

from swarm.errors import InvalidPayload, TransientError
from tasks.system import PROBE_POLICY
from tests.celery_plugin.conftest import QUEUE

pytestmark = [pytest.mark.docker, pytest.mark.slow, pytest.mark.timeout(600)]

TASK = f"system.probe.{QUEUE.value}"
# A bound on waiting for a result on a loaded machine (not a speed requirement).
RESULT_WITHIN_S = 120


def _probe(setup: CeleryTestSetup, payload: dict[str, Any]) -> Any:
    return setup.app.send_task(TASK, args=[payload])


def test_a_task_sent_by_name_runs_on_its_pool(celery_setup: CeleryTestSetup) -> None:
    outcome = _probe(celery_setup, {"key": f"route-{uuid.uuid4().hex}"}).get(
        timeout=RESULT_WITHIN_S
    )
    host = celery_setup.worker.container.attrs["Config"]["Hostname"]
    assert outcome["queue"] == QUEUE.value
    assert outcome["worker"] == f"{QUEUE.value}@{host}"


def test_a_transient_failure_is_retried_until_it_succeeds(celery_setup: CeleryTestSetup) -> None:
    outcome = _probe(celery_setup, {"key": f"retry-{uuid.uuid4().hex}", "fail_times": 2}).get(
        timeout=RESULT_WITHIN_S
    )
    assert (outcome["attempts"], outcome["deliveries"], outcome["written"]) == (2, 3, True)


def test_used_up_retries_and_a_bad_payload_end_in_dead_letters(
    celery_setup: CeleryTestSetup,
) -> None:
    exhausted = _probe(celery_setup, {"key": f"dead-{uuid.uuid4().hex}",
                                      "fail_times": PROBE_POLICY.max_retries + 1})  # fmt: skip
    invalid = _probe(celery_setup, {"key": ""})  # below min_length
    with pytest.raises(TransientError, match="planned failure"):  # the last one
        exhausted.get(timeout=RESULT_WITHIN_S)
    with pytest.raises(InvalidPayload):
        invalid.get(timeout=RESULT_WITHIN_S)
    code, out = celery_setup.worker.container.exec_run(["swarm", "deadletters", "list", "--json"])
    assert code == 0, out.decode()
    rows = [json.loads(line) for line in out.decode().splitlines() if line.startswith("{")]
    dead = {row["task_id"]: row["task"] for row in rows}
    assert dead.get(exhausted.id) == TASK and dead.get(invalid.id) == TASK, rows
