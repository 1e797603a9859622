"""The Docker pool backend: each pool replica is a container of the project's image.

The same desired-state interface as the local backend (:mod:`workers.reconcile`): per pool, a
number of replicas wanted (the health sweep's desired replicas, the pool's minimum until a
sweep has run), and :meth:`DockerPools.reconcile` makes the running containers match it:

* every container carries the labels ``swarm.project`` and ``swarm.pool`` (and is found by
  them, never by name); its name is ``<project>-<pool>-<random>``, new at every start, so a
  replacement never collides with the container it replaces;
* a replica that is not running (killed, exited, or reported ``unhealthy`` by the image's
  health check) is removed and a new one started; Docker's restart policy covers crashes
  between two passes (a container stopped by hand is not restarted by Docker);
* more replicas than wanted: the newest are warm-stopped (SIGTERM, SIGKILL after the grace)
  and removed;
* CPU and memory limits come from the pool definition (:func:`limits`): a prefork pool gets a
  CPU and a memory share per child process, a threads pool one CPU;
* the restart policy is checked (:func:`restart_policy`) before any container starts.

Options (:class:`DockerPools`): ``image`` (default ``tge-swarm:latest``), ``project``
(default ``swarm``), ``network`` (the Docker network the containers join, where they reach
Redis and the database; default: Docker's default bridge), ``env`` (the containers'
environment), ``restart`` (default ``unless-stopped``), ``grace_s`` (warm stop, default 30).
"""

from __future__ import annotations

import contextlib
import logging
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from workers.manager import DEFAULT_GRACE_S
from workers.pools import PoolSpec, beat_command

log = logging.getLogger("swarm.workers")

DEFAULT_IMAGE = "tge-swarm:latest"
DEFAULT_PROJECT = "swarm"
DEFAULT_RESTART = "unless-stopped"
PROJECT_LABEL = "swarm.project"
POOL_LABEL = "swarm.pool"
BEAT = "beat"  # the pool label of the beat container
# Memory of one worker's main process, and of each prefork child on top of it.
MEMORY_BASE_MB = 256
MEMORY_PER_CHILD_MB = 192
NANO = 1_000_000_000  # Docker counts CPUs and durations in billionths
# Where beat keeps its schedule inside the image (the user's state directory), and beat's
# health check instead of the image's worker ping (as in docker-compose.yml): this
# container's beat holds the beat lock.
BEAT_SCHEDULE = "/home/swarm/state/celerybeat-schedule"
BEAT_HEALTHCHECK = {
    "test": ["CMD", "python", "-m", "workers.ping", "--beat"],
    "interval": 30 * NANO, "timeout": 15 * NANO, "start_period": 60 * NANO, "retries": 3,
}  # fmt: skip
_ON_FAILURE = re.compile(r"on-failure(?::(\d+))?")

# (pool, action, reason, container name), as workers.reconcile.Record
Record = Callable[[str, str, str, str], None]


class DockerBackendError(ValueError):
    """A setting of the Docker backend that Docker would refuse; the message says which."""


def restart_policy(text: str) -> dict[str, Any]:
    """Docker's restart policy for ``text``: no, always, unless-stopped, on-failure[:N]."""
    value = text.strip()
    if value in {"no", "always", "unless-stopped"}:
        return {"Name": value} if value != "no" else {"Name": ""}
    match = _ON_FAILURE.fullmatch(value)
    if match:
        retries = int(match.group(1) or 0)
        return {"Name": "on-failure", "MaximumRetryCount": retries}
    raise DockerBackendError(
        f"restart policy {text!r} is not one Docker accepts: no, always, unless-stopped, "
        "on-failure or on-failure:N (N a whole number of retries)"
    )


@dataclass(frozen=True)
class Limits:
    nano_cpus: int
    mem_limit: int  # bytes


def limits(spec: PoolSpec) -> Limits:
    """CPU and memory of one replica of ``spec``'s pool (module docstring)."""
    children = spec.concurrency if spec.pool == "prefork" else 1
    memory_mb = MEMORY_BASE_MB + MEMORY_PER_CHILD_MB * children
    return Limits(nano_cpus=children * NANO, mem_limit=memory_mb * 1024 * 1024)


def worker_command(spec: PoolSpec, loglevel: str = "INFO") -> list[str]:
    """The replica's command in the image: ``-n <queue>@%h``, %h being its container."""
    return ["python", *replace(spec, replicas=1).command(0, loglevel)[1:]]


@dataclass
class DockerPools:
    """Pool replicas as containers of one project (module docstring)."""

    client: Any  # docker.DockerClient
    image: str = DEFAULT_IMAGE
    project: str = DEFAULT_PROJECT
    network: str | None = None
    env: dict[str, str] = field(default_factory=dict)
    restart: str = DEFAULT_RESTART
    grace_s: float = DEFAULT_GRACE_S
    loglevel: str = "INFO"
    record: Record = lambda pool, action, reason, name: None

    def __post_init__(self) -> None:
        self._restart = restart_policy(self.restart)  # refused before anything starts

    # Reading -----------------------------------------------------------------------------

    def containers(self, pool: str | None = None) -> list[Any]:
        """The project's containers (of one pool), oldest first."""
        labels = [f"{PROJECT_LABEL}={self.project}"]
        if pool is not None:
            labels.append(f"{POOL_LABEL}={pool}")
        found = self.client.containers.list(all=True, filters={"label": labels})
        return sorted(found, key=lambda c: (c.attrs.get("Created", ""), c.name))

    def logs(self, pool: str, tail: int | None = None) -> list[tuple[str, str]]:
        """(container name, its log) for every container of ``pool``."""
        return [
            (c.name, c.logs(tail=tail if tail is not None else "all").decode(errors="replace"))
            for c in self.containers(pool)
        ]

    # Acting ------------------------------------------------------------------------------

    def start(self, pool: str, command: list[str], spec: PoolSpec | None = None) -> Any:
        """A new container of ``pool`` (a worker of ``spec``, or beat without one)."""
        name = f"{self.project}-{pool.replace('_', '-')}-{secrets.token_hex(4)}"
        extra: dict[str, Any] = {"healthcheck": BEAT_HEALTHCHECK}
        if spec is not None:
            lim = limits(spec)
            extra = {"nano_cpus": lim.nano_cpus, "mem_limit": lim.mem_limit}
        container = self.client.containers.run(
            self.image, command, name=name, detach=True, environment=self.env,
            labels={PROJECT_LABEL: self.project, POOL_LABEL: pool}, network=self.network,
            restart_policy=self._restart, **extra,
        )  # fmt: skip
        log.info("started %s (%s)", name, pool)
        return container

    def stop(self, container: Any) -> None:
        """Warm stop (SIGTERM, SIGKILL after the grace), then remove."""
        from docker.errors import NotFound

        with contextlib.suppress(NotFound):  # already gone
            container.stop(timeout=int(self.grace_s))
            container.remove(force=True)

    def reconcile(self, spec: PoolSpec, want: int) -> list[Any]:
        """Make ``spec``'s pool run ``want`` replicas; returns the running ones."""
        pool = spec.queue.value
        running = []
        for c in self.containers(pool):
            gone = _not_running(c)
            if gone:
                c.remove(force=True)
                self.record(pool, "exited", f"{gone}; replaced", c.name)
            else:
                running.append(c)
        have = len(running)
        for _ in range(want - have):
            c = self.start(pool, worker_command(spec, self.loglevel), spec)
            running.append(c)
            self.record(pool, "start", f"desired {want}, running {have}", c.name)
        for c in running[want:][::-1]:  # the newest first
            self.stop(c)
            running.remove(c)
            self.record(pool, "stop", f"desired {want}, running {have}; warm stop", c.name)
        return running

    def ensure_beat(self) -> None:
        if not any(_not_running(c) is None for c in self.containers(BEAT)):
            for c in self.containers(BEAT):
                c.remove(force=True)
            cmd = ["python", *beat_command(self.loglevel, BEAT_SCHEDULE)[1:]]
            c = self.start(BEAT, cmd)
            self.record(BEAT, "start", "beat not running", c.name)

    def down(self) -> None:
        """Stop and remove every container of the project."""
        for c in self.containers():
            self.stop(c)
            self.record(c.labels.get(POOL_LABEL, "?"), "stopped", "stopped", c.name)


def _not_running(container: Any) -> str | None:
    """Why ``container`` does not count as a running replica, or None."""
    container.reload()
    state = container.attrs.get("State", {})
    status = state.get("Status")
    if status in {"running", "restarting", "created"}:
        if (state.get("Health") or {}).get("Status") == "unhealthy":
            return "unhealthy (its worker answered no ping)"
        return None
    return f"{status}, exit code {state.get('ExitCode')}"
