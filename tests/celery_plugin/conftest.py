"""pytest-celery: the task contracts on a worker container of the project's image.

The plugin's Redis broker and result backend are the locally built ``redis`` image; its worker
is :class:`SwarmWorker`: the project's image running the project's worker command for the
notifier pool. The sending app (:class:`SwarmSetup`) takes the project's celeryconfig, so
routes and retry policies are the swarm's own.

The plugin is loaded by ``make test-containers`` only (every other target passes
``-p no:celery``); without it, or without a Docker engine, these tests skip and say why.
"""

from __future__ import annotations

from collections.abc import Iterator

import docker
import pytest
import pytest_docker_tools.wrappers.container as docker_tools_container
from celery import Celery
from pytest_celery import (
    CeleryBackendCluster,
    CeleryBrokerCluster,
    CeleryTestSetup,
    CeleryWorkerContainer,
    RedisTestBackend,
    RedisTestBroker,
)
from pytest_docker_tools import container, fxtr

from swarm.queues import Queue
from workers.docker_backend import DEFAULT_IMAGE, worker_command
from workers.pools import PoolSpec

# This machine may carry a /.dockerenv although the tests run on the host: published ports
# are then looked up as if from inside a container, and wrong.
docker_tools_container.tests_inside_container = lambda: False

QUEUE = Queue.NOTIFIER
# A bound on the worker container's start (image import, migration) on a loaded machine.
WORKER_START_TIMEOUT_S = 180


def _engine_answers() -> str | None:
    try:
        client = docker.from_env(timeout=10)
        client.ping()
        client.close()
    except docker.errors.DockerException as exc:
        return str(exc)
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    mine = [i for i in items if "tests/celery_plugin/" in i.nodeid]
    if not mine:
        return
    reason = None
    if not config.pluginmanager.has_plugin("celery"):
        reason = "pytest-celery is off (-p no:celery); `make test-containers` runs these"
    elif (why := _engine_answers()) is not None:
        reason = f"no Docker engine answers (DOCKER_HOST or the default socket): {why}"
    if reason:
        for item in mine:
            item.add_marker(pytest.mark.skip(reason=reason))


class SwarmSetup(CeleryTestSetup):  # type: ignore[misc]
    """The sending app: the project's celeryconfig on the plugin's broker and backend."""

    @classmethod
    def update_app_config(cls, app: Celery) -> None:
        broker, backend = app.conf.broker_url, app.conf.result_backend
        app.config_from_object("celeryconfig")
        app.conf.update(broker_url=broker, result_backend=backend)


class SwarmWorker(CeleryWorkerContainer):  # type: ignore[misc]
    """The project's image running the notifier pool's worker on a migrated database."""

    @classmethod
    def version(cls) -> str:
        return "5.7.0"

    @classmethod
    def worker_name(cls) -> str:
        return QUEUE.value

    @classmethod
    def worker_queue(cls) -> str:
        return QUEUE.value

    @classmethod
    def command(cls, *args: str, **kwargs: object) -> list[str]:
        cmd = " ".join(worker_command(PoolSpec(QUEUE, 1, "threads")))
        return ["sh", "-c", f"swarm db upgrade && exec {cmd}"]


@pytest.fixture
def celery_setup_cls() -> type[CeleryTestSetup]:
    return SwarmSetup


@pytest.fixture
def celery_broker_cluster(celery_redis_broker: RedisTestBroker) -> Iterator[CeleryBrokerCluster]:
    cluster = CeleryBrokerCluster(celery_redis_broker)
    yield cluster
    cluster.teardown()


@pytest.fixture
def celery_backend_cluster(
    celery_redis_backend: RedisTestBackend,
) -> Iterator[CeleryBackendCluster]:
    cluster = CeleryBackendCluster(celery_redis_backend)
    yield cluster
    cluster.teardown()


@pytest.fixture
def swarm_worker_env(celery_worker_cluster_config: dict[str, object]) -> dict[str, str]:
    env: dict[str, str] = SwarmWorker.initial_env(celery_worker_cluster_config)
    env["SWARM_BROKER_URL"] = env["CELERY_BROKER_URL"]
    env["SWARM_RESULT_BACKEND"] = env["CELERY_RESULT_BACKEND"]
    return env


@pytest.fixture(scope="session")
def swarm_image() -> str:
    """The project's image, built from the Dockerfile (the layer cache makes it quick)."""
    from tests.containers.conftest import ROOT

    client = docker.from_env(timeout=600)
    try:
        client.images.build(path=str(ROOT), tag=DEFAULT_IMAGE, rm=True, forcerm=True)
    finally:
        client.close()
    return DEFAULT_IMAGE


swarm_worker_container = container(
    image="{swarm_image}",
    environment=fxtr("swarm_worker_env"),
    network="{default_pytest_celery_network.name}",
    wrapper_class=SwarmWorker,
    timeout=WORKER_START_TIMEOUT_S,
    command=SwarmWorker.command(),
)


@pytest.fixture
def default_worker_container(swarm_worker_container: SwarmWorker) -> SwarmWorker:
    return swarm_worker_container
