"""Is each pool consuming? The pool manager's own check, independent of beat and sweeps.

A worker whose process is alive can still consume nothing: its broker connections can be
wedged after the broker hung and died. The beat sweeps cannot see that (they run on the
stalled broker), so the manager asks its children directly: every ``interval_s`` it sends
Celery's control ``ping`` (a broadcast each worker's consumer loop answers) and restarts a
child that has answered nothing for ``stall_after_s``.

Time only counts while the broker answers: a broker that is down or hung restarts nobody
(the workers reconnect by themselves once it is back), and after it returns every child has
``stall_after_s`` again to answer. :func:`stalled` is the pure rule; :class:`PingProbe` runs
the ping in a thread so that a hung broker never blocks the manager's loop.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger("swarm.workers")

# Answered node names, or None when the broker itself did not answer.
Ping = Callable[[], "set[str] | None"]


def node_name(child_name: str, host: str | None = None) -> str:
    """The Celery node name of a pool child (``-n <child>@%h``)."""
    return f"{child_name}@{host or socket.gethostname()}"


def stalled(
    now: float,
    started_at: float,
    last_answer: float | None,
    broker_back_at: float | None,
    stall_after_s: float,
) -> bool:
    """True when a child has had ``stall_after_s`` of reachable broker and never answered.

    The clock starts at the latest of: the child's start, its last answer, and the moment the
    broker answered again after an outage.
    """
    since = max(started_at, last_answer or 0.0, broker_back_at or 0.0)
    return now - since >= stall_after_s


@dataclass
class LivenessPolicy:
    interval_s: float
    stall_after_s: float


@dataclass
class PingProbe:
    """Runs ``ping`` every ``interval_s`` in a background thread; results are polled."""

    ping: Ping
    interval_s: float
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _result: tuple[float, set[str] | None] | None = None
    _thread: threading.Thread | None = None
    _next_at: float = 0.0

    def poll(self, now: float, clock: Callable[[], float]) -> tuple[float, set[str] | None] | None:
        """The newest finished ping (time, answers) if any; starts the next one when due."""
        with self._lock:
            result, self._result = self._result, None
        if now >= self._next_at and (self._thread is None or not self._thread.is_alive()):
            self._next_at = now + self.interval_s
            self._thread = threading.Thread(
                target=self._run, args=(clock,), name="pool-ping", daemon=True
            )
            self._thread.start()
        return result

    def _run(self, clock: Callable[[], float]) -> None:
        try:
            answers = self.ping()
        except Exception as exc:
            log.warning("pool ping failed: %s", exc)
            answers = None
        with self._lock:
            self._result = (clock(), answers)


def celery_ping(broker_url: str, timeout_s: float) -> set[str] | None:
    """Node names that answer a control ``ping`` on ``broker_url``; None if it is unreachable.

    A fresh, minimal Celery app per call: no state survives a broker that restarted.
    """
    from celery import Celery

    app = Celery("swarm-liveness", broker=broker_url, set_as_current=False)
    app.conf.update(
        broker_transport_options={
            "socket_timeout": timeout_s * 2,
            "socket_connect_timeout": timeout_s * 2,
        },
        broker_connection_timeout=timeout_s * 2,
        broker_connection_retry=False,
        broker_connection_max_retries=0,
    )
    try:
        replies = app.control.ping(timeout=timeout_s) or []
    except Exception as exc:
        log.info("broker %s did not answer the pool ping: %s", broker_url, exc)
        return None
    finally:
        app.close()
    return {name for reply in replies for name in reply}
