"""Is each pool consuming? The pool manager's own check, independent of beat and sweeps.

A worker whose process is alive can still consume nothing: its broker connections can be
wedged after the broker hung and died. The beat sweeps cannot see that (they run on the
stalled broker), so the manager looks at its children directly, every ``interval_s``, in
a background thread (a hung broker never blocks the manager's loop):

* **ping**: Celery's control ``ping``; a child that has answered none for ``stall_after_s``
  is stalled (its consumer loop is stuck);
* **progress**: its queue's depth and its task count in the agent registry (read straight
  from Redis); a child whose queue had work waiting all along and which finished no task for
  ``progress_after_s`` (above the task time limit, so a long task is never mistaken for a
  stall) is stalled (it answers pings but consumes nothing).

Time only counts while the broker answers: a broker that is down or hung restarts nobody
(the workers reconnect by themselves once it is back), and after it returns every child gets
the full bounds again. :func:`stalled` and :func:`starved` are the pure rules.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger("swarm.workers")


@dataclass(frozen=True)
class Snapshot:
    """One look at the broker: who answered the ping, tasks done per node, queue depths."""

    answered: set[str]
    done: dict[str, int] = field(default_factory=dict)
    waiting: dict[str, int] = field(default_factory=dict)


# A snapshot, or None when the broker itself did not answer.
Look = Callable[[], "Snapshot | None"]


def node_name(child_name: str, host: str | None = None) -> str:
    """The Celery node name of a pool child (``-n <child>@%h``)."""
    return f"{child_name}@{host or socket.gethostname()}"


def stalled(
    now: float,
    started_at: float,
    last_answer: float | None,
    broker_back_at: float | None,
    stall_after_s: float,
    start_grace_s: float,
) -> bool:
    """True when a child has had ``stall_after_s`` of reachable broker and never answered.

    The clock starts at the latest of: its last answer, and the moment the broker answered
    again after an outage. A child that has not answered since it started has
    ``start_grace_s`` from its start instead (a worker's start-up is slow on a busy host).
    """
    if last_answer is None or last_answer < started_at:
        return now - max(started_at, broker_back_at or 0.0) >= start_grace_s
    return now - max(last_answer, broker_back_at or 0.0) >= stall_after_s


def starved(now: float, idle_since: float | None, progress_after_s: float) -> bool:
    """True when work has waited on the child's queue since ``idle_since`` with no task done.

    ``idle_since`` is None while there is no such stretch (the queue was empty, or a task
    finished, or the broker was away since).
    """
    return idle_since is not None and now - idle_since >= progress_after_s


@dataclass
class Prober:
    """Runs ``look`` every ``interval_s`` in a background thread; results are polled."""

    look: Look
    interval_s: float
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _result: tuple[float, Snapshot | None] | None = None
    _thread: threading.Thread | None = None
    _next_at: float = 0.0

    def poll(self, now: float, clock: Callable[[], float]) -> tuple[float, Snapshot | None] | None:
        """The newest finished look (time, snapshot) if any; starts the next one when due."""
        with self._lock:
            result, self._result = self._result, None
        if now >= self._next_at and (self._thread is None or not self._thread.is_alive()):
            self._next_at = now + self.interval_s
            self._thread = threading.Thread(
                target=self._run, args=(clock,), name="pool-liveness", daemon=True
            )
            self._thread.start()
        return result

    def _run(self, clock: Callable[[], float]) -> None:
        try:
            snap = self.look()
        except Exception as exc:
            log.warning("pool liveness check failed: %s", exc)
            snap = None
        with self._lock:
            self._result = (clock(), snap)


def broker_look(broker_url: str, queues: list[str], timeout_s: float) -> Snapshot | None:
    """Ping every worker and read tasks done and queue depths on ``broker_url``.

    A fresh, minimal Celery app and Redis client per call: no state survives a broker that
    restarted. None when the broker does not answer.
    """
    import redis
    from celery import Celery

    from swarm.coordination import registry
    from swarm.health import queue_depth

    # The workers' own configuration (a bare app's control replies never reach it), with
    # this broker and short timeouts.
    app = Celery("swarm-liveness", set_as_current=False)
    app.config_from_object("celeryconfig")
    options = dict(app.conf.broker_transport_options)
    options.update(socket_timeout=timeout_s * 2, socket_connect_timeout=timeout_s * 2)
    app.conf.update(
        broker_url=broker_url,
        result_backend=broker_url,
        broker_transport_options=options,
        broker_connection_timeout=timeout_s * 2,
        broker_connection_retry=False,
        broker_connection_max_retries=0,
    )
    client = redis.Redis.from_url(
        broker_url, socket_timeout=timeout_s * 2, socket_connect_timeout=timeout_s * 2
    )
    try:
        replies = app.control.ping(timeout=timeout_s) or []
        done = {a.info.name: a.succeeded + a.failed for a in registry.agents(client)}
        waiting = {q: queue_depth(client, q) for q in queues}
    except Exception as exc:
        log.info("broker %s did not answer the liveness check: %s", broker_url, exc)
        return None
    finally:
        app.close()
        client.close()
    return Snapshot({name for reply in replies for name in reply}, done, waiting)
