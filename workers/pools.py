"""The agent pools: one Celery worker (or several replicas) per queue.

``celery -A swarm worker -Q <queue> -n <queue>@%h`` is the command of one pool replica; the
pool manager (:mod:`workers.manager`) and docker-compose.yml both start exactly that.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from swarm.queues import Queue
from swarm.settings import PoolSettings
from workers.liveness import node_name
from workers.manager import Child

PoolType = Literal["prefork", "solo", "threads"]

# I/O-bound pools run threads; CPU-bound scoring and the sweeps run processes.
POOL_TYPES: dict[Queue, PoolType] = {
    Queue.NEWS_SCRAPER: "threads",
    Queue.TWITTER_MONITOR: "threads",
    Queue.KEYWORD_ANALYZER: "prefork",
    Queue.DATA_QUALITY: "prefork",
    Queue.NOTIFIER: "threads",
    Queue.COORDINATOR: "prefork",
    Queue.OPTIMIZER: "prefork",
}


@dataclass(frozen=True)
class PoolSpec:
    """One agent pool: the queue it consumes, its Celery pool type and size, its replicas."""

    queue: Queue
    concurrency: int
    pool: PoolType = "prefork"
    replicas: int = 1

    def child_name(self, replica: int) -> str:
        """The replica's name: the worker node name without ``@host``, and its log's name."""
        return self.queue.value if self.replicas == 1 else f"{self.queue.value}-{replica}"

    def node_name(self, replica: int) -> str:
        return f"{self.child_name(replica)}@%h"

    def command(self, replica: int = 0, loglevel: str = "INFO") -> list[str]:
        return [
            sys.executable, "-m", "celery", "-A", "swarm", "worker",
            "-Q", self.queue.value,
            "-n", self.node_name(replica),
            "-P", self.pool,
            "-c", str(self.concurrency),
            "-E",
            "--without-mingle",
            # Gossip (worker elections, peers' heartbeats) is unused here, and its bootstep is
            # what breaks on a lost broker: stopping and restarting it closes channels of a
            # connection Celery has already collected, and kombu then reads None
            # (AttributeError on 'hostname' or 'connection_errors'; kombu issue 582).
            "--without-gossip",
            "--loglevel", loglevel,
        ]  # fmt: skip


def pool_specs(sizes: PoolSettings, only: list[str] | None = None) -> list[PoolSpec]:
    """Every pool with its concurrency from settings (``only`` restricts to some queues)."""
    specs = []
    for queue in Queue:
        if only and queue.value not in only:
            continue
        specs.append(PoolSpec(queue, getattr(sizes, queue.value), POOL_TYPES[queue]))
    return specs


def beat_command(loglevel: str = "INFO", schedule_file: str | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "celery", "-A", "swarm", "beat", "--loglevel", loglevel]
    if schedule_file:
        cmd += ["-s", schedule_file]
    return cmd


def children_for(
    specs: list[PoolSpec],
    log_dir: Path,
    beat: bool,
    loglevel: str = "INFO",
    beat_schedule_file: Path | None = None,
) -> list[Child]:
    """The supervised children for ``specs`` (every replica) and, optionally, beat."""
    children = [
        Child(
            spec.child_name(r),
            spec.command(r, loglevel),
            log_dir / f"{spec.child_name(r)}.log",
            node=node_name(spec.child_name(r)),
            queue=spec.queue.value,
        )
        for spec in specs
        for r in range(spec.replicas)
    ]
    if beat:
        schedule = str(beat_schedule_file or log_dir / "celerybeat-schedule")
        children.append(Child("beat", beat_command(loglevel, schedule), log_dir / "beat.log"))
    return children
