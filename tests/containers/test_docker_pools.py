"""The Docker pool backend on a real engine: start, replace a killed replica, scale, refuse.

A Redis container on a network of its own is the broker; the pool's containers join that
network. The Celery control ping (through Redis published on 127.0.0.1) shows the workers
in the containers are up, not only the containers.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator

import docker
import pytest
import redis
from celery import Celery

from swarm import autoscale
from swarm.queues import Queue
from workers.docker_backend import (
    BEAT,
    BEAT_HEALTHCHECK,
    POOL_LABEL,
    PROJECT_LABEL,
    DockerBackendError,
    DockerPools,
    limits,
)
from workers.pools import PoolSpec

pytestmark = [pytest.mark.docker, pytest.mark.slow, pytest.mark.timeout(900)]

SPEC = PoolSpec(Queue.COORDINATOR, concurrency=1, pool="prefork")
# A bound on waiting for a worker to answer, for a loaded machine (not a speed requirement).
ANSWER_WITHIN_S = 180.0
PING_TIMEOUT_S = 2.0
POLL_S = 1.0


@pytest.fixture
def project() -> str:
    return f"swarmtest{uuid.uuid4().hex[:10]}"


@pytest.fixture
def broker(docker_client: docker.DockerClient, project: str) -> Iterator[tuple[str, str]]:
    """A network and a Redis on it (``<project>-redis``): (network, host-side broker URL)."""
    network = docker_client.networks.create(project)
    server = docker_client.containers.run(
        "redis:7", name=f"{project}-redis", detach=True, network=project,
        ports={"6379/tcp": ("127.0.0.1", None)},
    )  # fmt: skip
    try:
        server.reload()
        port = server.attrs["NetworkSettings"]["Ports"]["6379/tcp"][0]["HostPort"]
        yield project, f"redis://127.0.0.1:{port}/0"
    finally:
        server.remove(force=True)
        network.remove()


@pytest.fixture
def pools(
    docker_client: docker.DockerClient, project_image: str, project: str,
    broker: tuple[str, str],
) -> Iterator[DockerPools]:  # fmt: skip
    backend = DockerPools(
        docker_client, image=project_image, project=project, network=broker[0],
        # On a network of their own, containers reach each other by name.
        env={"SWARM_BROKER_URL": f"redis://{project}-redis:6379/0"}, grace_s=10,
    )  # fmt: skip
    yield backend
    backend.down()


def wait_answering(broker_url: str, containers: list[docker.models.containers.Container]) -> None:
    """Until the worker of every container answers a control ping."""
    # The project's transport options name the reply queues; the broker is the test's.
    app = Celery("ping")
    app.config_from_object("celeryconfig")
    app.conf.update(broker_url=broker_url, result_backend=broker_url)
    want = {f"{SPEC.queue.value}@{c.attrs['Config']['Hostname']}" for c in containers}
    deadline = time.monotonic() + ANSWER_WITHIN_S
    answered: set[str] = set()
    try:
        while not want <= answered:
            assert time.monotonic() < deadline, f"{want - answered} never answered"
            replies = app.control.ping(timeout=PING_TIMEOUT_S) or []
            answered |= {node for reply in replies for node in reply}
            time.sleep(POLL_S)
    finally:
        app.close()


def test_start_replace_a_killed_replica_scale_and_logs(
    pools: DockerPools, broker: tuple[str, str], project: str
) -> None:
    (first,) = pools.reconcile(SPEC, 1)
    first.reload()
    assert first.labels == {PROJECT_LABEL: project, POOL_LABEL: SPEC.queue.value}
    host = first.attrs["HostConfig"]
    lim = limits(SPEC)
    assert (host["NanoCpus"], host["Memory"]) == (lim.nano_cpus, lim.mem_limit)
    assert host["RestartPolicy"]["Name"] == "unless-stopped"
    wait_answering(broker[1], [first])

    first.kill()
    first.wait(timeout=60)
    (second,) = pools.reconcile(SPEC, 1)
    assert second.name != first.name  # a new name: no collision with the one replaced
    assert [c.name for c in pools.containers(SPEC.queue.value)] == [second.name]
    second.reload()
    wait_answering(broker[1], [second])

    three = pools.reconcile(SPEC, 3)
    assert len(three) == 3 and len({c.name for c in three}) == 3
    assert len(pools.containers(SPEC.queue.value)) == 3
    for c in three:
        c.reload()
    wait_answering(broker[1], three)

    (kept,) = pools.reconcile(SPEC, 1)
    assert kept.name == second.name  # the newest were stopped
    assert [c.name for c in pools.containers(SPEC.queue.value)] == [second.name]

    env = {**os.environ}
    out = subprocess.run(
        [sys.executable, "-m", "swarm.cli", "workers", "logs", SPEC.queue.value,
         "--project", project, "--tail", "200"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert f"==> {second.name} <==" in out.stdout
    assert "ready" in out.stdout  # Celery's "<node> ready." line


def test_beat_runs_with_its_own_health_check_and_is_left_alone_while_it_runs(
    pools: DockerPools,
) -> None:
    pools.ensure_beat()
    (beat,) = pools.containers(BEAT)
    beat.reload()
    assert beat.status == "running"
    assert beat.attrs["Config"]["Healthcheck"]["Test"] == BEAT_HEALTHCHECK["test"]
    assert "beat" in beat.attrs["Config"]["Cmd"]
    pools.ensure_beat()
    assert [c.name for c in pools.containers(BEAT)] == [beat.name]


def test_a_bad_restart_policy_is_refused_before_any_container_starts(
    docker_client: docker.DockerClient, project: str
) -> None:
    with pytest.raises(DockerBackendError, match="on-failure:N"):
        DockerPools(docker_client, project=project, restart="sometimes")
    out = subprocess.run(
        [sys.executable, "-m", "swarm.cli", "workers", "up", "--backend", "docker",
         "--pool", SPEC.queue.value, "--project", project, "--restart-policy", "on-failure:x"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert out.returncode == 2, out.stdout + out.stderr
    assert "restart policy 'on-failure:x' is not one Docker accepts" in out.stderr
    label = {"label": f"{PROJECT_LABEL}={project}"}
    assert docker_client.containers.list(all=True, filters=label) == []


def read_until(proc: subprocess.Popen[str], needle: str, count: int, seen: list[str]) -> None:
    """Read the command's output until ``count`` lines hold ``needle``."""
    assert proc.stdout is not None
    while sum(needle in line for line in seen) < count:
        line = proc.stdout.readline()
        assert line, f"the command ended early: {''.join(seen)}"
        seen.append(line)


def test_workers_up_follows_the_desired_replicas_and_removes_its_containers_on_sigterm(
    docker_client: docker.DockerClient, project_image: str, project: str,
    broker: tuple[str, str],
) -> None:  # fmt: skip
    network, broker_url = broker
    env = {k: v for k, v in os.environ.items() if not k.startswith("SWARM_")}
    env.update(SWARM_BROKER_URL=broker_url, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "swarm.cli", "workers", "up", "--backend", "docker",
         "--pool", SPEC.queue.value, "--no-beat", "--grace", "10", "--image", project_image,
         "--project", project, "--network", network,
         "-e", f"SWARM_BROKER_URL=redis://{project}-redis:6379/0"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    seen: list[str] = []
    label = {"label": f"{PROJECT_LABEL}={project}"}
    try:
        read_until(proc, f"({SPEC.queue.value}): desired 1, running 0", 1, seen)
        # The health sweep decides 2 replicas: the command starts the second one.
        client = redis.Redis.from_url(broker_url)
        autoscale.save(client, SPEC.queue.value, autoscale.PoolState(2, reason="test"))
        client.close()
        read_until(proc, f"({SPEC.queue.value}): desired 2, running 1", 1, seen)
        assert len(docker_client.containers.list(filters=label)) == 2
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=120) == 0, "".join(seen)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for c in docker_client.containers.list(all=True, filters=label):
            c.remove(force=True)
    assert proc.stdout is not None
    assert "all pools stopped" in "".join(seen) + proc.stdout.read()
    assert docker_client.containers.list(all=True, filters=label) == []
