"""``swarm workers up --backend docker`` and ``swarm workers logs``: pools as containers."""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import threading
from collections.abc import Mapping

import redis
import typer

from swarm import pool_events
from swarm.settings import DEFAULT_REDIS_URL, get_settings
from workers.docker_backend import (
    BEAT,
    DEFAULT_PROJECT,
    DockerBackendError,
    DockerPools,
    restart_policy,
)
from workers.pools import pool_specs
from workers.reconcile import RECONCILE_INTERVAL_S, read_wanted

# Host-side settings that mean nothing inside a container (the image sets its own state dir;
# a config file on the host is not in the container).
HOST_ONLY = frozenset({"SWARM_STATE_DIR", "SWARM_CONFIG"})


def container_env(environ: Mapping[str, str], pairs: list[str]) -> dict[str, str]:
    """The containers' environment: this process's SWARM_* settings, then ``KEY=VALUE`` pairs."""
    env = {k: v for k, v in environ.items() if k.startswith("SWARM_") and k not in HOST_ONLY}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise typer.BadParameter(f"expected KEY=VALUE, got {pair!r}", param_hint="--env")
        env[key] = value
    return env


def docker_client() -> object:
    import docker

    try:
        client = docker.from_env()
        client.ping()
    except docker.errors.DockerException as exc:
        typer.echo(f"swarm: no Docker engine answers (DOCKER_HOST?): {exc}", err=True)
        raise typer.Exit(1) from None
    return client


def supervise_docker(
    pools: list[str] | None,
    beat: bool,
    grace: float,
    loglevel: str,
    image: str,
    network: str | None,
    project: str,
    restart: str,
    env_pairs: list[str],
) -> None:
    """Reconcile the pools' containers to the desired replicas until SIGINT/SIGTERM."""
    try:
        restart_policy(restart)
    except DockerBackendError as exc:  # refused before any container starts
        typer.echo(f"swarm: {exc}", err=True)
        raise typer.Exit(2) from None
    env = container_env(os.environ, env_pairs)
    settings = get_settings()
    specs = pool_specs(settings.pools, pools)
    wanted = {s.queue.value: settings.autoscale.bounds(s.queue.value).min for s in specs}
    url = settings.broker_url or DEFAULT_REDIS_URL
    client = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
    record = functools.partial(pool_events.record, client)

    def act(pool: str, action: str, reason: str, name: str) -> None:
        typer.echo(f"{action:8} {name} ({pool}): {reason}")
        with contextlib.suppress(redis.RedisError, OSError):  # printed; Redis may be away
            record(pool, action, reason, name)

    backend = DockerPools(docker_client(), image=image, project=project, network=network,
                          env=env, restart=restart, grace_s=grace, loglevel=loglevel,
                          record=act)  # fmt: skip
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    typer.echo(f"containers of project {project} from {image}; Ctrl-C stops them")
    try:
        while not stop.is_set():
            got = read_wanted(client)  # None while Redis does not answer: keep the last
            if got is not None:
                wanted.update({p: n for p, n in got.desired.items() if p in wanted})
            for spec in specs:
                backend.reconcile(spec, wanted[spec.queue.value])
            if beat:
                backend.ensure_beat()
            stop.wait(RECONCILE_INTERVAL_S)
    finally:
        backend.down()
        client.close()
    typer.echo("all pools stopped")


def register_logs(group: typer.Typer) -> None:
    @group.command("logs")
    def logs(
        pool: str = typer.Argument(..., help=f"Pool (queue name) or {BEAT!r}."),
        project: str = typer.Option(DEFAULT_PROJECT, help="Project label of the containers."),
        tail: int | None = typer.Option(None, "--tail", "-n", min=1, help="Last lines only."),
    ) -> None:
        """The logs of a pool's containers (Docker backend), one after the other."""
        backend = DockerPools(docker_client(), project=project)
        found = backend.logs(pool, tail)
        if not found:
            typer.echo(f"no container of pool {pool!r} in project {project!r}", err=True)
            raise typer.Exit(1)
        for name, text in found:
            typer.echo(f"==> {name} <==")
            typer.echo(text, nl=False)
