"""Task contracts against workers in containers of the project's image.

Two pools (notifier, data_quality), each a container running the project's worker command
against a Redis container; tasks are sent from this process by name only, with the project's
Celery configuration (celeryconfig), so the routes, retry policy and dead-letter handling
under test are the ones the swarm runs with:

* routing by name: ``system.probe.<queue>`` runs on that queue's pool and on no other;
* retries with back-off: a probe that fails twice succeeds on its third delivery;
* dead letters: a probe whose retries are used up, and one whose payload is invalid, end in
  the pool's dead letters (``swarm deadletters list`` in its container).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import docker
import pytest
from celery import Celery

from swarm.errors import InvalidPayload, TransientError
from swarm.queues import Queue
from tasks.system import PROBE_POLICY
from workers.docker_backend import worker_command
from workers.pools import PoolSpec

pytestmark = [pytest.mark.docker, pytest.mark.slow, pytest.mark.timeout(900)]

POOLS = (Queue.NOTIFIER, Queue.DATA_QUALITY)
# Bounds on waiting, for a loaded machine (not speed requirements).
READY_WITHIN_S = 180
RESULT_WITHIN_S = 120


@pytest.fixture(scope="module")
def stack(
    docker_client: docker.DockerClient, project_image: str
) -> Iterator[tuple[Celery, dict[Queue, Any]]]:
    """(the sending app, worker container per pool): Redis and one worker per pool."""
    name = f"swarmtest{uuid.uuid4().hex[:10]}"
    network = docker_client.networks.create(name)
    started: list[Any] = []
    app = Celery("contracts")
    try:
        redis = docker_client.containers.run(
            "redis:7", name=f"{name}-redis", detach=True, network=name,
            ports={"6379/tcp": ("127.0.0.1", None)},
        )  # fmt: skip
        started.append(redis)
        redis.reload()
        port = redis.attrs["NetworkSettings"]["Ports"]["6379/tcp"][0]["HostPort"]
        workers = {}
        for queue in POOLS:
            cmd = " ".join(worker_command(PoolSpec(queue, 1, "threads")))
            workers[queue] = docker_client.containers.run(
                project_image, ["sh", "-c", f"swarm db upgrade && exec {cmd}"],
                name=f"{name}-{queue.value.replace('_', '-')}", detach=True, network=name,
                environment={"SWARM_BROKER_URL": f"redis://{name}-redis:6379/0"},
            )  # fmt: skip
            started.append(workers[queue])
        for queue, container in workers.items():
            _wait_ready(container, f"{queue.value}@")
        url = f"redis://127.0.0.1:{port}/0"
        app.config_from_object("celeryconfig")
        app.conf.update(broker_url=url, result_backend=url)
        yield app, workers
    finally:
        app.close()
        for c in started:
            c.remove(force=True)
        network.remove()


def _wait_ready(container: Any, node: str) -> None:
    """Until the worker logs ``<node>... ready.`` (its consumer is on the queue)."""
    for line in container.logs(stream=True, follow=True):
        text = line.decode(errors="replace")
        if node in text and "ready." in text:
            return
    container.reload()
    raise AssertionError(f"{container.name} ended: {container.logs(tail=50).decode()}")


def _probe(app: Celery, queue: Queue, payload: dict[str, Any]) -> Any:
    return app.send_task(f"system.probe.{queue.value}", args=[payload])


def _hosts(workers: dict[Queue, Any]) -> dict[Queue, str]:
    return {q: c.attrs["Config"]["Hostname"] for q, c in workers.items()}


def test_a_task_sent_by_name_runs_on_its_own_pool(
    stack: tuple[Celery, dict[Queue, Any]],
) -> None:
    app, workers = stack
    hosts = _hosts(workers)
    for queue in POOLS:
        result = _probe(app, queue, {"key": f"route-{queue.value}-{uuid.uuid4().hex}"})
        outcome = result.get(timeout=RESULT_WITHIN_S)
        assert outcome["queue"] == queue.value
        assert outcome["worker"] == f"{queue.value}@{hosts[queue]}"


def test_a_transient_failure_is_retried_until_it_succeeds(
    stack: tuple[Celery, dict[Queue, Any]],
) -> None:
    app, _ = stack
    key = f"retry-{uuid.uuid4().hex}"
    outcome = _probe(app, Queue.NOTIFIER, {"key": key, "fail_times": 2}).get(
        timeout=RESULT_WITHIN_S
    )
    assert (outcome["attempts"], outcome["deliveries"], outcome["written"]) == (2, 3, True)


def _dead_letters(container: Any) -> list[dict[str, Any]]:
    code, out = container.exec_run(["swarm", "deadletters", "list", "--json"])
    assert code == 0, out.decode()
    return [json.loads(line) for line in out.decode().splitlines() if line.startswith("{")]


def test_used_up_retries_and_a_bad_payload_end_in_dead_letters(
    stack: tuple[Celery, dict[Queue, Any]],
) -> None:
    app, workers = stack
    exhausted = _probe(app, Queue.DATA_QUALITY,
                       {"key": f"dead-{uuid.uuid4().hex}",
                        "fail_times": PROBE_POLICY.max_retries + 1})  # fmt: skip
    invalid = _probe(app, Queue.DATA_QUALITY, {"key": ""})  # below min_length
    with pytest.raises(TransientError, match="planned failure"):  # the last one
        exhausted.get(timeout=RESULT_WITHIN_S)
    with pytest.raises(InvalidPayload):
        invalid.get(timeout=RESULT_WITHIN_S)
    dead = {row["task_id"]: row for row in _dead_letters(workers[Queue.DATA_QUALITY])}
    assert {exhausted.id, invalid.id} <= set(dead), dead
    assert {dead[exhausted.id]["task"], dead[invalid.id]["task"]} == {"system.probe.data_quality"}
