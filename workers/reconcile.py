"""Desired state → running replicas: the pool manager's reconciliation loop.

:class:`ReconcilingSupervisor` is the :class:`~workers.manager.Supervisor` plus, every
``interval_s``:

* **scale**: per pool, the desired replicas the health sweep wrote (:mod:`swarm.autoscale`;
  the pool's minimum until a sweep has run). Fewer running → start the missing replicas
  (``<queue>``, ``<queue>-1``, ``<queue>-2`` ...); more → warm-stop the newest (SIGTERM:
  Celery finishes the running tasks; SIGKILL after the grace).
* **recycle**: a replica holding a task past its hard time limit (threads pools do not
  enforce Celery's limits) is killed; the supervisor restarts it with its back-off, and a
  replica recycled once is not recycled again within ``recycle_backoff_s``.

Redis is read in a background thread, so a hung Redis never blocks the loop; while it does
not answer nothing is scaled. Every action goes to the pool-events stream with its reason
(``swarm workers events``), through ``record``.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from workers.liveness import node_name
from workers.manager import Child, Supervisor
from workers.pools import PoolSpec

log = logging.getLogger("swarm.workers")

# How often the desired state and the running-task records are read.
RECONCILE_INTERVAL_S = 2.0
# A replica recycled for an overdue task is not recycled again for this long.
RECYCLE_BACKOFF_S = 60.0

# (pool, action, reason, child name)
Record = Callable[[str, str, str, str], None]


@dataclass(frozen=True)
class Wanted:
    """One read of Redis: desired replicas per pool and the overdue running tasks."""

    desired: dict[str, int]
    overdue: list[dict[str, Any]] = field(default_factory=list)


def replica_child(spec: PoolSpec, index: int, log_dir: Path, loglevel: str) -> Child:
    """Replica ``index`` of ``spec``'s pool: ``<queue>`` for 0, ``<queue>-<index>`` after."""
    one = replace(spec, replicas=1 if index == 0 else index + 1)
    name = one.child_name(index)
    return Child(name, one.command(index, loglevel), log_dir / f"{name}.log",
                 node=node_name(name), queue=spec.queue.value)  # fmt: skip


def plan(have: int, want: int) -> int:
    """Replicas to start (> 0) or stop (< 0)."""
    return want - have


class _Reader:
    """Runs ``read`` in a background thread every ``interval_s``; the newest result is polled."""

    def __init__(self, read: Callable[[], Wanted | None], interval_s: float) -> None:
        self.read, self.interval_s = read, interval_s
        self._lock = threading.Lock()
        self._result: Wanted | None = None
        self._thread: threading.Thread | None = None
        self._next_at = 0.0

    def poll(self, now: float) -> Wanted | None:
        with self._lock:
            result, self._result = self._result, None
        if now >= self._next_at and (self._thread is None or not self._thread.is_alive()):
            self._next_at = now + self.interval_s
            self._thread = threading.Thread(target=self._run, name="pool-desired", daemon=True)
            self._thread.start()
        return result

    def _run(self) -> None:
        try:
            got = self.read()
        except Exception as exc:
            log.warning("desired state not read: %s", exc)
            got = None
        with self._lock:
            self._result = got


class ReconcilingSupervisor(Supervisor):
    """A supervisor whose set of replicas follows the desired state (module docstring)."""

    def __init__(
        self,
        children: list[Child],
        specs: list[PoolSpec],
        minimum: dict[str, int],
        read: Callable[[], Wanted | None],
        record: Record,
        log_dir: Path,
        loglevel: str = "INFO",
        interval_s: float = RECONCILE_INTERVAL_S,
        recycle_backoff_s: float = RECYCLE_BACKOFF_S,
        **kwargs: Any,
    ) -> None:
        super().__init__(children, **kwargs)
        self.specs = {s.queue.value: s for s in specs}
        self.minimum = minimum
        self.record = record
        self.log_dir, self.loglevel = log_dir, loglevel
        self.recycle_backoff_s = recycle_backoff_s
        self.retiring: list[tuple[Child, float]] = []  # (child, SIGKILL deadline)
        self._recycled: dict[str, float] = {}
        self._spawned_at: dict[str, float] = {}  # wall clock, to skip records of a past life
        self._reader = _Reader(read, interval_s)

    def _spawn(self, child: Child) -> None:
        self._spawned_at[child.name] = time.time()
        super()._spawn(child)

    def replicas(self, pool: str) -> list[Child]:
        return [c for c in self.children if c.queue == pool]

    def check(self) -> None:
        super().check()
        if self.stop_event.is_set():
            return
        now = time.monotonic()
        self._reap_retiring(now)
        wanted = self._reader.poll(now)
        if wanted is None:
            return
        for pool, spec in self.specs.items():
            self._scale(spec, wanted.desired.get(pool, self.minimum.get(pool, 1)))
        self._recycle(wanted.overdue, now)

    def _scale(self, spec: PoolSpec, want: int) -> None:
        pool = spec.queue.value
        have = self.replicas(pool)
        delta = plan(len(have), want)
        taken = {c.name for c in have}
        index = 0
        while delta > 0:
            child = replica_child(spec, index, self.log_dir, self.loglevel)
            index += 1
            if child.name in taken:
                continue
            self.children.append(child)
            self._spawn(child)
            self.record(pool, "start", f"desired {want}, running {len(have)}", child.name)
            delta -= 1
        for child in sorted(have, key=lambda c: (len(c.name), c.name))[len(have) + delta :]:
            self.children.remove(child)
            self._signal(child, signal.SIGTERM)
            self.retiring.append((child, time.monotonic() + self.grace_s))
            self.record(pool, "stop", f"desired {want}, running {len(have)}; warm stop",
                        child.name)  # fmt: skip

    def _reap_retiring(self, now: float) -> None:
        keep = []
        for child, deadline in self.retiring:
            proc = child.process
            if proc is None or proc.poll() is not None:
                self.on_event("stopped", child)
                child.process = None
                continue
            if now >= deadline:
                log.warning("%s did not stop within %.0fs; killing it", child.name, self.grace_s)
                self._signal(child, signal.SIGKILL, group=True)
            keep.append((child, deadline))
        self.retiring = keep

    def _recycle(self, overdue: list[dict[str, Any]], now: float) -> None:
        by_node = {c.node: c for c in self.children if c.node and c.alive()}
        for task in overdue:
            child = by_node.get(str(task.get("worker")))
            if child is None or now - self._recycled.get(child.name, -1e9) < self.recycle_backoff_s:
                continue
            if float(task.get("started", 0)) < self._spawned_at.get(child.name, 0.0):
                continue  # left by the replica's previous process, which is gone
            self._recycled[child.name] = now
            reason = (f"{task.get('task')} ran {float(task.get('age_s', 0)):.0f} s > its limit "
                      f"{float(task.get('limit_s') or 0):.0f} s")  # fmt: skip
            log.warning("recycling %s: %s", child.name, reason)
            self.record(child.queue or child.name, "recycle", reason, child.name)
            self._signal(child, signal.SIGKILL, group=True)

    def stop_all(self) -> None:
        for child, _ in self.retiring:
            self._signal(child, signal.SIGTERM)
        super().stop_all()
        for child, deadline in self.retiring:
            if child.process is None:
                continue
            try:
                child.process.wait(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                self._signal(child, signal.SIGKILL, group=True)
                child.process.wait(timeout=self.grace_s)
            self.on_event("stopped", child)
        self.retiring = []


def read_wanted(client: Any) -> Wanted | None:
    """Desired replicas and overdue tasks from Redis; None when it does not answer."""
    import redis

    from swarm import autoscale
    from swarm.healthchecks import past_limit, running_tasks

    try:
        return Wanted(autoscale.desired(client), past_limit(running_tasks(client), time.time()))
    except (redis.RedisError, OSError) as exc:
        log.info("desired state not read: %s", exc)
        return None


def supervisor_event(record: Record, event: str, child: Child) -> None:
    """The supervisor's own actions, recorded with their reasons (``on_event``)."""
    pool = child.queue or child.name
    if event == "started" and child.restarts:
        record(pool, "restart", f"restart #{child.restarts} after back-off", child.name)
    elif event == "ready":
        took = time.monotonic() - child.started_at
        reason = (f"answered its first ping {took:.1f}s after it started; from now on a stall "
                  "is no answer for liveness.stall_after_s")
        record(pool, "ready", reason, child.name)
    elif event == "exited":
        code = child.exit_codes[-1] if child.exit_codes else None
        record(pool, "exited", f"exit code {code}; restarts after its back-off", child.name)
    elif event == "stalled":
        record(pool, "stalled", "alive but answered no ping (or made no progress) within "
               "its bound; killed, restarts after its back-off", child.name)  # fmt: skip
    elif event == "stopped":
        record(pool, "stopped", "stopped", child.name)
