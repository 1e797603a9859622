"""Container tests: a real Docker engine (``DOCKER_HOST`` or the default socket).

Every test module here carries the ``docker`` marker; each test skips, saying why, when no
engine answers (or, for the compose tests, when neither ``docker-compose`` nor ``docker compose``
is installed).
"""

from __future__ import annotations

import ipaddress
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import docker
import pytest

ROOT = Path(__file__).resolve().parents[2]
IMAGE = "tge-swarm:latest"
# Seconds a compose or build command may take on a slow machine before the test gives up.
COMPOSE_TIMEOUT_S = 900


@pytest.fixture(scope="session")
def docker_client() -> Iterator[docker.DockerClient]:
    """A client of a Docker engine that answers, else the test is skipped with the reason."""
    try:
        client = docker.from_env(timeout=120)
        client.ping()
    except docker.errors.DockerException as exc:
        pytest.skip(f"no Docker engine answers (DOCKER_HOST or the default socket): {exc}")
    yield client
    client.close()


@pytest.fixture(scope="session")
def compose_cmd(docker_client: docker.DockerClient) -> list[str]:
    """``docker-compose`` (v1) or ``docker compose`` (v2), whichever is installed."""
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    if shutil.which("docker") and subprocess.run(
        ["docker", "compose", "version"], capture_output=True, check=False
    ).returncode == 0:
        return ["docker", "compose"]
    pytest.skip("neither docker-compose nor `docker compose` is installed")


@pytest.fixture(scope="session")
def project_image(docker_client: docker.DockerClient) -> str:
    """The project's image, built from the Dockerfile (the layer cache makes a rebuild quick)."""
    docker_client.images.build(path=str(ROOT), tag=IMAGE, rm=True, forcerm=True)
    return IMAGE


@pytest.fixture(scope="session")
def host_address(docker_client: docker.DockerClient) -> str:
    """The host's address on Docker's default bridge: containers on any network reach it."""
    config = docker_client.networks.get("bridge").attrs["IPAM"]["Config"][0]
    gateway = config.get("Gateway")
    if not gateway:  # the engine gives the bridge the first address of its subnet
        gateway = str(next(ipaddress.ip_network(config["Subnet"]).hosts()))
    return str(gateway)
