"""docker-compose.yml: every queue has a service whose command is valid for the app.

No Docker engine runs in the default suite; the file is parsed and each command is checked
against Celery's own command-line parser and the app's declared queues.
"""

from __future__ import annotations

from pathlib import Path

import click
import yaml
from celery.bin.base import CLIContext
from celery.bin.celery import celery as celery_cli

from swarm.queues import Queue

ROOT = Path(__file__).resolve().parents[3]


def load() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def parse(argv: list[str]) -> tuple[str, dict]:
    assert argv[:3] == ["celery", "-A", "swarm"], argv
    sub, rest = argv[3], argv[4:]
    cmd = celery_cli.commands.get(sub)
    assert cmd is not None, f"unknown celery sub-command {sub}"
    from swarm.app import app

    parent = click.Context(
        celery_cli, info_name="celery", obj=CLIContext(app=app, no_color=True, workdir=None)
    )
    sub_ctx = cmd.make_context(sub, list(rest), parent=parent)
    return sub, sub_ctx.params


def test_every_queue_has_a_worker_service_with_a_valid_command() -> None:
    services = load()["services"]
    served = {}
    for name, svc in services.items():
        cmd = svc.get("command")
        if not (isinstance(cmd, list) and cmd[:1] == ["celery"]):
            continue
        sub, params = parse(cmd)
        if sub == "worker":
            assert len(params["queues"]) == 1, f"{name}: one queue per pool"
            queue = params["queues"][0]
            assert queue in {q.value for q in Queue}, f"{name}: unknown queue {queue}"
            # Celery expands %h to this host's name when it parses -n.
            assert str(params["hostname"]).startswith(f"{queue}@"), params["hostname"]
            assert cmd[cmd.index("-n") + 1] == f"{queue}@%h"
            served[queue] = name
            assert svc.get("healthcheck") and svc.get("restart")
            # As the pool manager starts a replica (workers.pools.PoolSpec.command).
            assert {"--without-gossip", "--without-mingle"} <= set(cmd), name
            # The container's own worker: `swarm health --worker POOL` pings POOL@<this host>.
            test = svc["healthcheck"]["test"]
            assert test == ["CMD", "swarm", "health", "--worker", queue], test
    assert set(served) == {q.value for q in Queue}


def test_infrastructure_services() -> None:
    services = load()["services"]
    redis_cmd = " ".join(services["redis"]["command"])
    assert "noeviction" in redis_cmd and "--appendonly yes" in redis_cmd
    assert "requirepass" in redis_cmd and "$$REDIS_PASSWORD" in redis_cmd
    assert "healthcheck" in services["postgres"] and "healthcheck" in services["redis"]
    sub, params = parse(services["beat"]["command"])
    assert sub == "beat"
    # The schedule file is on the beat-state volume, mounted where the image's user owns it.
    assert str(params["schedule"]).startswith("/home/swarm/state/")
    assert services["beat"]["volumes"] == ["beat-state:/home/swarm/state"]
    assert services["beat"]["healthcheck"]["test"] == ["CMD", "swarm", "health", "--beat"]
    # migrate is a one-shot the pools wait for.
    assert services["migrate"]["restart"] == "no"
    for name, svc in services.items():
        if name not in {"redis", "postgres", "migrate"}:
            deps = svc["depends_on"]
            assert deps["migrate"] == {"condition": "service_completed_successfully"}, name
    flower = services["flower"]
    assert flower["command"][:3] == ["python", "-m", "swarm.flower"]  # checks the password
    # Published on loopback by default; no password in the file, none required for `down`.
    assert flower["ports"] == ["${FLOWER_BIND:-127.0.0.1}:5555:5555"]
    assert flower["environment"]["FLOWER_PASSWORD"] == "${FLOWER_PASSWORD:-}"
    # The shared settings are kept; the Redis URLs carry its password.
    assert flower["environment"]["SWARM_BROKER_URL"] == "redis://:${REDIS_PASSWORD:-}@redis:6379/0"
    text = (ROOT / "docker-compose.yml").read_text()
    assert ":?" not in text  # a required variable would break `docker compose down`


def test_env_example_names_every_variable_of_the_file() -> None:
    import re

    text = (ROOT / "docker-compose.yml").read_text()
    used = set(re.findall(r"\$\{(\w+)", text))
    example = (ROOT / ".env.example").read_text()
    listed = set(re.findall(r"^(\w+)=", example, flags=re.M))
    assert used == listed
