"""Celery hooks the health sweep reads: when a message was published, what runs now.

Import once from ``swarm/app.py``.

* ``before_task_publish``: every message carries ``swarm_published_at`` (epoch seconds) in its
  headers, so the sweep can tell how long the oldest waiting message of a queue has waited
  without consuming it (:func:`swarm.healthchecks.oldest_age`).
* ``task_prerun`` / ``task_postrun``: a record per running task in ``swarm:running`` (task,
  worker, queue, start, time limit). Threads pools do not enforce Celery's time limits; the
  sweep finds a task past its limit here. Records of dead workers are pruned by the sweep.

Registry faults are logged and never fail a task or a publish.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

import redis
from celery import signals

from swarm import keys, runtime

log = logging.getLogger(__name__)

PUBLISHED_HEADER = "swarm_published_at"


@signals.before_task_publish.connect
def _stamp_published(headers: dict[str, Any] | None = None, **_: Any) -> None:
    if headers is not None:
        headers[PUBLISHED_HEADER] = time.time()


def time_limit(task: Any) -> float | None:
    """The hard time limit that applies to ``task``'s current run, if any."""
    limits = getattr(task.request, "timelimit", None) or (None, None)
    hard = limits[0] if limits else None
    return float(hard or task.time_limit or task.app.conf.task_time_limit or 0) or None


@signals.task_prerun.connect
def _record_running(task_id: str | None = None, task: Any = None, **_: Any) -> None:
    if task_id is None or task is None:
        return
    info = task.request.delivery_info or {}
    record = {
        "task": task.name,
        "worker": task.request.hostname or "",
        "queue": info.get("routing_key") or "",
        "started": time.time(),
        "limit_s": time_limit(task),
    }
    _safely(lambda c: c.hset(keys.RUNNING, task_id, json.dumps(record)))


@signals.task_postrun.connect
def _forget_running(task_id: str | None = None, **_: Any) -> None:
    if task_id is not None:
        _safely(lambda c: c.hdel(keys.RUNNING, task_id))


def _safely(fn: Any) -> None:
    try:
        fn(runtime.current().redis)
    except (redis.RedisError, OSError) as exc:
        log.warning("running-task record skipped: %s", exc)
