"""Task contracts across pools, against workers in containers of the project's image.

Two pools (notifier, data_quality), each a container running the project's worker command
against a Redis container; tasks are sent from this process by name only, with the project's
Celery configuration (celeryconfig), so the routes and acknowledgement settings under test
are the ones the swarm runs with. (Retries and dead letters on one pool are in
tests/celery_plugin, with pytest-celery.)

* routing by name: ``system.probe.<queue>`` runs on that queue's pool and on no other;
* redelivery: a probe whose worker container is killed mid-task runs again on the pool's
  replacement once the visibility timeout has passed (short here: ``WORKER_ENV``).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from typing import Any

import docker
import pytest
import redis
from celery import Celery

from swarm.probe import delivery_key
from swarm.queues import Queue
from workers.docker_backend import worker_command
from workers.pools import PoolSpec

pytestmark = [pytest.mark.docker, pytest.mark.slow, pytest.mark.timeout(900)]

POOLS = (Queue.NOTIFIER, Queue.DATA_QUALITY)
# Bounds on waiting, for a loaded machine (not speed requirements).
READY_WITHIN_S = 180
RESULT_WITHIN_S = 120
POLL_S = 0.2
# Short task limits, so the broker's visibility timeout (time limit + longest retry back-off +
# margin = 14 s) makes a redelivery quick; a probe sleeps less than the limit.
WORKER_ENV = {
    "SWARM_TASKS__TIME_LIMIT_S": "12",
    "SWARM_TASKS__SOFT_TIME_LIMIT_S": "10",
    "SWARM_TASKS__RETRY_BACKOFF_MAX_S": "1",
    "SWARM_TASKS__VISIBILITY_MARGIN_S": "1",
}
PROBE_SLEEP_S = 8.0


@pytest.fixture(scope="module")
def stack(
    docker_client: docker.DockerClient, project_image: str
) -> Iterator[tuple[Celery, dict[Queue, Any]]]:
    """(the sending app, worker container per pool): Redis and one worker per pool."""
    name = f"swarmtest{uuid.uuid4().hex[:10]}"
    network = docker_client.networks.create(name)
    label = {"swarmtest": name}  # every container of this stack, to remove them at the end
    app = Celery("contracts")
    try:
        server = docker_client.containers.run(
            "redis:7", name=f"{name}-redis", detach=True, network=name,
            ports={"6379/tcp": ("127.0.0.1", None)}, labels=label,
        )  # fmt: skip
        server.reload()
        port = server.attrs["NetworkSettings"]["Ports"]["6379/tcp"][0]["HostPort"]
        env = {"SWARM_BROKER_URL": f"redis://{name}-redis:6379/0", **WORKER_ENV}
        workers = {}
        for queue in POOLS:
            workers[queue] = start_worker(docker_client, project_image, name, queue, env)
        for queue, container in workers.items():
            _wait_ready(container, f"{queue.value}@")
        url = f"redis://127.0.0.1:{port}/0"
        app.config_from_object("celeryconfig")
        app.conf.update(broker_url=url, result_backend=url)
        yield app, workers
    finally:
        app.close()
        for c in docker_client.containers.list(all=True, filters={"label": f"swarmtest={name}"}):
            c.remove(force=True)
        network.remove()


def start_worker(
    client: docker.DockerClient, image: str, network: str, queue: Queue, env: dict[str, str]
) -> Any:
    """A container of ``queue``'s pool: the project's worker command on a migrated database."""
    cmd = " ".join(worker_command(PoolSpec(queue, 1, "threads")))
    return client.containers.run(
        image, ["sh", "-c", f"swarm db upgrade && exec {cmd}"],
        name=f"{network}-{queue.value.replace('_', '-')}-{uuid.uuid4().hex[:6]}", detach=True,
        network=network, environment=env, labels={"swarmtest": network},
    )  # fmt: skip


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


def test_a_task_whose_worker_was_killed_runs_again_on_the_replacement(
    docker_client: docker.DockerClient, project_image: str,
    stack: tuple[Celery, dict[Queue, Any]],
) -> None:  # fmt: skip
    app, workers = stack
    old = workers[Queue.NOTIFIER]
    key = f"killed-{uuid.uuid4().hex}"
    result = _probe(app, Queue.NOTIFIER, {"key": key, "sleep_s": PROBE_SLEEP_S})
    client = redis.Redis.from_url(app.conf.broker_url)
    try:
        while client.get(delivery_key(key)) is None:  # the worker has taken it
            time.sleep(POLL_S)
    finally:
        client.close()
    old.kill()
    env = dict(e.split("=", 1) for e in old.attrs["Config"]["Env"] if e.startswith("SWARM_"))
    network = next(iter(old.attrs["NetworkSettings"]["Networks"]))
    new = start_worker(docker_client, project_image, network, Queue.NOTIFIER, env)
    workers[Queue.NOTIFIER] = new  # the fixture removes it
    old.remove(force=True)
    outcome = result.get(timeout=RESULT_WITHIN_S)
    assert outcome["deliveries"] == 2 and outcome["written"]
    assert outcome["worker"] == f"{Queue.NOTIFIER.value}@{new.attrs['Config']['Hostname']}"
