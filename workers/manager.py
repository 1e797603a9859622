"""The local pool manager: runs each pool (and beat) as a supervised ``celery`` subprocess.

* A child that exits while the manager runs is restarted after a back-off that grows with its
  consecutive quick crashes (:func:`restart_delay`, a pure function).
* SIGINT/SIGTERM only set an event; the loop wakes, sends SIGTERM to every child (Celery's warm
  shutdown), waits up to ``grace_s``, then SIGKILLs each child's process group.
* Children run in their own session with a parent-death signal, so none outlives the manager.
* With a liveness prober (:mod:`workers.liveness`), a worker child that is alive but has
  answered no control ping for ``stall_after_s``, or has finished no task for
  ``progress_after_s`` while work waited on its queue, both while the broker answered, is
  SIGKILLed and restarted like a crashed one (its unacked tasks are delivered again).
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from swarm.retry import RetryPolicy, backoff_delay
from workers.liveness import Prober, Snapshot, stalled, starved

log = logging.getLogger("swarm.workers")

# Restart back-off: 1 s doubling to 30 s; a child that ran this long is "healthy" again.
RESTART_POLICY = RetryPolicy(max_retries=0, base_delay_s=1.0, max_delay_s=30.0, jitter=False)
HEALTHY_AFTER_S = 30.0
# How often the loop looks at its children when nothing wakes it.
LOOP_INTERVAL_S = 0.5
# Warm-shutdown grace before SIGKILL.
DEFAULT_GRACE_S = 30.0
PR_SET_PDEATHSIG = 1


def restart_delay(consecutive_crashes: int) -> float:
    """Seconds before restarting a child that crashed ``consecutive_crashes`` times in a row."""
    return backoff_delay(RESTART_POLICY, max(consecutive_crashes - 1, 0))


@dataclass
class Child:
    name: str
    argv: list[str]
    log_path: Path
    process: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0
    restarts: int = 0
    crashes: int = 0
    next_start: float = 0.0
    exit_codes: list[int] = field(default_factory=list)
    node: str | None = None  # Celery node name (workers only): answers the liveness ping
    queue: str | None = None  # the queue it consumes (workers only)
    last_answer: float | None = None
    last_done: int | None = None  # tasks done, as the registry counts them
    idle_since: float | None = None  # work waiting and no task done since then
    stalls: int = 0

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None


def _die_with_parent() -> None:  # runs in the child between fork and exec
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except OSError:
        pass


class Supervisor:
    """Start, watch and stop a set of child processes. ``run()`` blocks until stopped."""

    def __init__(
        self,
        children: list[Child],
        env: dict[str, str] | None = None,
        grace_s: float = DEFAULT_GRACE_S,
        on_event: Callable[[str, Child], None] | None = None,
        prober: Prober | None = None,
        stall_after_s: float = 60.0,
        progress_after_s: float = 360.0,
        start_grace_s: float = 120.0,
    ) -> None:
        self.children = children
        self.env = env
        self.grace_s = grace_s
        self.on_event = on_event or (lambda event, child: None)
        self.stop_event = threading.Event()
        self.prober = prober
        self.stall_after_s = stall_after_s
        self.progress_after_s = progress_after_s
        self.start_grace_s = start_grace_s
        self._broker_down = False
        self._broker_back_at: float | None = None

    # Signals ------------------------------------------------------------------------------

    def install_signal_handlers(self) -> None:
        """SIGINT/SIGTERM set the stop event; the loop does the work."""
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: self.stop_event.set())

    def request_stop(self) -> None:
        self.stop_event.set()

    # Lifecycle ----------------------------------------------------------------------------

    def _spawn(self, child: Child) -> None:
        child.log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(child.log_path, "ab") as out:
            child.process = subprocess.Popen(
                child.argv,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                env=self.env,
                start_new_session=True,
                preexec_fn=_die_with_parent,
            )
        child.started_at = time.monotonic()
        child.last_answer = child.last_done = child.idle_since = None
        self.on_event("started", child)
        log.info("started %s (pid %s), log %s", child.name, child.pid, child.log_path)

    def start_all(self) -> None:
        for child in self.children:
            self._spawn(child)

    def check(self) -> None:
        """Restart the children that exited (each after its back-off) or stalled."""
        now = time.monotonic()
        self._check_liveness(now)
        for child in self.children:
            proc = child.process
            if proc is not None and proc.poll() is not None:
                code = proc.returncode
                child.exit_codes.append(code)
                child.process = None
                ran = now - child.started_at
                child.crashes = 1 if ran >= HEALTHY_AFTER_S else child.crashes + 1
                child.next_start = now + restart_delay(child.crashes)
                self.on_event("exited", child)
                log.warning(
                    "%s exited with %s after %.1fs; restart in %.1fs",
                    child.name,
                    code,
                    ran,
                    child.next_start - now,
                )
            if child.process is None and now >= child.next_start and not self.stop_event.is_set():
                child.restarts += 1
                self._spawn(child)

    def _check_liveness(self, now: float) -> None:
        if self.prober is None or self.stop_event.is_set():
            return
        got = self.prober.poll(now, time.monotonic)
        if got is None:
            return
        at, snap = got
        if snap is None:  # the broker does not answer: nobody is to blame
            self._broker_down = True
            for child in self.children:
                child.idle_since = None
            return
        if self._broker_down:
            self._broker_down, self._broker_back_at = False, at
        for child in self.children:
            if child.node is None or not child.alive():
                continue
            reason = self._judge(child, at, snap)
            if reason:
                child.stalls += 1
                log.warning("%s %s while the broker answered; restarting it", child.name, reason)
                self.on_event("stalled", child)
                self._signal(child, signal.SIGKILL, group=True)

    def _judge(self, child: Child, at: float, snap: Snapshot) -> str | None:
        """Why ``child`` counts as stalled at ``at``, or None."""
        if child.node in snap.answered:
            first = child.last_answer is None
            child.last_answer = at
            if first:  # its first answer since it started: the stall bound replaces the grace
                self.on_event("ready", child)
        done = snap.done.get(child.node or "")
        waiting = snap.waiting.get(child.queue or "", 0)
        if waiting == 0 or done != child.last_done:
            child.idle_since = None if waiting == 0 else at
        elif child.idle_since is None:
            child.idle_since = at
        child.last_done = done
        if stalled(at, child.started_at, child.last_answer, self._broker_back_at,
                   self.stall_after_s, self.start_grace_s):  # fmt: skip
            return "answered no ping within its bound"
        if starved(at, child.idle_since, self.progress_after_s):
            return f"finished no task for {self.progress_after_s:.0f}s with work waiting"
        return None

    def run(self, until: Callable[[], bool] | None = None) -> None:
        """Start everything, supervise until a stop is requested (or ``until()`` is true)."""
        self.start_all()
        try:
            while not self.stop_event.is_set():
                if until is not None and until():
                    break
                self.check()
                self.stop_event.wait(LOOP_INTERVAL_S)
        finally:
            self.stop_all()

    def stop_all(self) -> None:
        """Warm shutdown of every child, then SIGKILL to whatever is left after the grace."""
        self.stop_event.set()
        for child in self.children:
            if child.alive():
                self._signal(child, signal.SIGTERM)
        deadline = time.monotonic() + self.grace_s
        for child in self.children:
            proc = child.process
            if proc is None:
                continue
            try:
                proc.wait(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                log.warning("%s did not stop within %.0fs; killing it", child.name, self.grace_s)
            self._signal(child, signal.SIGKILL, group=True)
            proc.wait(timeout=self.grace_s)
            self.on_event("stopped", child)
            child.process = None

    @staticmethod
    def _signal(child: Child, sig: int, group: bool = False) -> None:
        proc = child.process
        if proc is None:
            return
        try:
            if group:
                os.killpg(proc.pid, sig)  # the child leads its own session and group
            else:
                proc.send_signal(sig)
        except ProcessLookupError:
            pass
