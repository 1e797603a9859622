"""The compose stack from a clean engine: a feed served from the host becomes an alert.

``docker-compose up -d --build`` of docker-compose.yml under a project name of its own, plus an
override file written here that publishes Redis and PostgreSQL on 127.0.0.1 (ephemeral ports),
lets the swarm fetch from the host (``fetch.allow_hosts``), sends webhooks to the host and
polls sources every few seconds. A source is added from the host with ``swarm sources add``
against the compose database; within a minute an alert is in the compose PostgreSQL and the
webhook receiver got a signed notification; then every long-running service reports healthy.
``docker-compose down -v``, run without any of the stack's secrets, leaves no container,
network or volume of the project behind.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import docker
import pytest
import yaml
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from swarm.demo.server import HOOK_SECRET, DemoServer
from swarm.storage.models import Alert
from tests.containers.conftest import COMPOSE_TIMEOUT_S, IMAGE, ROOT

pytestmark = [pytest.mark.docker, pytest.mark.slow, pytest.mark.timeout(1800)]

# The bound: from the source being added to an alert and its webhook.
ALERT_WITHIN_S = 60.0
# A bound on waiting for the healthchecks (start period, then an interval), not a speed target.
HEALTHY_WITHIN_S = 300.0
POLL_S = 1.0
SWARM = [sys.executable, "-m", "swarm.cli"]
# A sample feed with a TGE announcement of a watched project.
FEED = "binance.xml"


def _run(cmd: list[str], env: dict[str, str], timeout: float = COMPOSE_TIMEOUT_S) -> str:
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout,
                          check=False, cwd=ROOT)  # fmt: skip
    assert done.returncode == 0, f"{' '.join(cmd)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _override(server: DemoServer, host: str) -> dict[str, object]:
    """Publish Redis and PostgreSQL on loopback; point the swarm at the host's feed server."""
    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    swarm_env = {
        "SWARM_FETCH__ALLOW_HOSTS": json.dumps([host]),
        "SWARM_WEBHOOKS": json.dumps([{"url": f"{server.base_url}/hook", "secret": HOOK_SECRET}]),
        "SWARM_INTERVALS__SCHEDULE_SOURCES_S": "5",
    }
    out: dict[str, object] = {
        "redis": {"ports": ["127.0.0.1::6379"]},
        "postgres": {"ports": ["127.0.0.1::5432"]},
    }
    for name, svc in services.items():
        if svc.get("image") == IMAGE:
            out[name] = {"environment": swarm_env}
    return {"services": out}


def _published(compose: list[str], service: str, port: int, env: dict[str, str]) -> str:
    """``host:port`` where the service's ``port`` is published."""
    return _run([*compose, "port", service, str(port)], env, timeout=60).strip()


def _unhealthy(client: docker.DockerClient, project: str) -> dict[str, str]:
    """Containers of the project whose healthcheck does not say healthy (one-shots aside)."""
    label = {"label": f"com.docker.compose.project={project}"}
    out = {}
    for c in client.containers.list(all=True, filters=label):
        state = c.attrs["State"]
        if state["Status"] == "exited" and state["ExitCode"] == 0:
            continue  # migrate, done
        health = (state.get("Health") or {}).get("Status", "no healthcheck")
        if health != "healthy":
            out[c.name] = health
    return out


def _leftovers(client: docker.DockerClient, project: str) -> list[str]:
    label = {"label": f"com.docker.compose.project={project}"}
    return (
        [f"container {c.name}" for c in client.containers.list(all=True, filters=label)]
        + [f"network {n.name}" for n in client.networks.list(filters=label)]
        + [f"volume {v.name}" for v in client.volumes.list(filters=label)]
    )


@pytest.fixture
def feed_server(host_address: str) -> Iterator[DemoServer]:
    server = DemoServer(host=host_address).start()
    yield server
    server.stop()


def test_a_feed_from_the_host_becomes_an_alert_and_a_signed_webhook(
    docker_client: docker.DockerClient,
    compose_cmd: list[str],
    feed_server: DemoServer,
    host_address: str,
    tmp_path: Path,
) -> None:
    project = f"swarmtest{uuid.uuid4().hex[:10]}"
    assert _leftovers(docker_client, project) == []  # a clean start for this project
    override = tmp_path / "override.yml"
    override.write_text(yaml.safe_dump(_override(feed_server, host_address)))
    compose = [*compose_cmd, "-p", project, "-f", str(ROOT / "docker-compose.yml"),
               "-f", str(override)]  # fmt: skip
    # Only the compose stack's own settings: nothing of this shell's swarm configuration.
    base_env = {k: v for k, v in os.environ.items() if not k.startswith(("SWARM_", "FLOWER_"))}
    redis_pw, pg_pw = secrets.token_hex(16), secrets.token_hex(16)
    up_env = {**base_env, "REDIS_PASSWORD": redis_pw, "POSTGRES_PASSWORD": pg_pw,
              "FLOWER_PASSWORD": secrets.token_urlsafe(18)}  # fmt: skip
    try:
        _run([*compose, "up", "-d", "--build"], up_env)
        redis_at = _published(compose, "redis", 6379, up_env)
        pg_at = _published(compose, "postgres", 5432, up_env)
        db_url = f"postgresql+psycopg://swarm:{pg_pw}@{pg_at}/swarm"
        host_env = {
            **base_env,
            "SWARM_STATE_DIR": str(tmp_path / "state"),
            "SWARM_DATABASE__URL": db_url,
            "SWARM_BROKER_URL": f"redis://:{redis_pw}@{redis_at}/0",
            "SWARM_FETCH__ALLOW_HOSTS": json.dumps([host_address]),
        }
        feed = f"{feed_server.base_url}/feeds/{FEED}"
        out = _run([*SWARM, "sources", "add", feed, "--interval", "60"], host_env, timeout=120)
        assert "source " in out
        added = time.monotonic()

        engine = create_engine(db_url)
        try:
            alerts = 0
            while time.monotonic() - added < ALERT_WITHIN_S:
                with Session(engine) as s:
                    alerts = s.scalar(select(func.count()).select_from(Alert)) or 0
                if alerts and feed_server.hooks:
                    break
                time.sleep(POLL_S)
        finally:
            engine.dispose()
        assert alerts > 0, f"no alert within {ALERT_WITHIN_S:.0f} s of adding {feed}"
        assert feed_server.hooks, f"no signed webhook within {ALERT_WITHIN_S:.0f} s"
        assert feed_server.bad_signatures == 0

        # Every long-running service has a healthcheck, and it passes: each worker's own
        # node answers, beat holds the beat lock, Redis answers with its password, Flower's
        # /healthcheck answers.
        deadline = time.monotonic() + HEALTHY_WITHIN_S
        while (sick := _unhealthy(docker_client, project)) and time.monotonic() < deadline:
            time.sleep(POLL_S * 5)
        assert not sick, sick
    finally:
        logs = subprocess.run([*compose, "logs", "--no-color", "--tail", "40"], env=base_env,
                              capture_output=True, text=True, check=False, cwd=ROOT)  # fmt: skip
        print(logs.stdout[-20000:])
        # `down -v` needs none of the stack's secrets.
        _run([*compose, "down", "-v", "--remove-orphans"], base_env)
    assert _leftovers(docker_client, project) == []
