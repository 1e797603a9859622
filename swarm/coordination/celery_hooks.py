"""Celery signal hooks that keep the agent registry current.

Import once from ``swarm/app.py``::

    import swarm.coordination.celery_hooks  # noqa: E402,F401

* ``worker_ready`` (main process): register the worker (pool, queues, concurrency, host,
  pid) and start a heartbeat thread every ``agent_ttl_s / HEARTBEATS_PER_TTL``.
* ``worker_shutdown``: stop and join the heartbeat thread, mark the agent offline.
* ``task_prerun`` / ``task_postrun`` / ``task_failure`` (pool processes): load up and
  down, outcome counted (success on postrun with state SUCCESS, failure on task_failure).
* ``before_task_publish`` (every producer): a message sent without a priority gets the
  default step (``celeryconfig.task_default_priority``, medium). Celery applies that default
  only to ``Task.apply_async``; a bare ``app.send_task`` carries none, and kombu's Redis
  transport puts a message with no priority on step 0, ahead of every critical task.
* ``task_unknown`` (worker main process): a message naming a task this worker does not know
  is kept in the dead letters (Celery only logs and drops it).

The Redis client is this process's ``swarm.runtime.current().redis`` (rebuilt after a fork).
Registry faults are logged and never fail a task.
"""

from __future__ import annotations

import logging
import os
import socket
from typing import Any

import redis
from celery import signals

from swarm import deadletter, runtime, tracing
from swarm.coordination import registry
from swarm.coordination.defaults import HEARTBEATS_PER_TTL
from swarm.coordination.errors import CoordinationUnavailable
from swarm.queues import DEFAULT_PRIORITY

log = logging.getLogger(__name__)

# How long worker_shutdown waits for the heartbeat thread to end.
HEARTBEAT_JOIN_S = 5.0


class _Process:
    """This process's heartbeat thread; the Redis client is ``swarm.runtime``'s."""

    heartbeat: registry.Heartbeat | None = None

    @staticmethod
    def client() -> redis.Redis:
        return runtime.current().redis


_process = _Process()


def _agent_name(sender: Any) -> str:
    return str(getattr(sender, "hostname", None) or f"{socket.gethostname()}:{os.getpid()}")


@signals.worker_ready.connect
def _on_worker_ready(sender: Any = None, **_: Any) -> None:
    name = _agent_name(sender)
    app = getattr(sender, "app", None)
    queues = sorted(app.amqp.queues.consume_from) if app is not None else []
    info = registry.AgentInfo(
        name=name,
        pool=name.split("@", 1)[0],
        queues=queues,
        capabilities=queues,
        concurrency=int(getattr(sender, "concurrency", 0) or 0),
        host=socket.gethostname(),
        pid=os.getpid(),
    )
    try:
        registry.register(_process.client(), info)
    except CoordinationUnavailable as exc:
        log.warning("agent %s not registered: %s", name, exc)
    interval = runtime.current().settings.locks.agent_ttl_s / HEARTBEATS_PER_TTL
    _process.heartbeat = registry.Heartbeat(_process.client(), name, interval)
    _process.heartbeat.start()


@signals.worker_shutdown.connect
def _on_worker_shutdown(sender: Any = None, **_: Any) -> None:
    beat, _process.heartbeat = _process.heartbeat, None
    if beat is None:
        return
    beat.stop(HEARTBEAT_JOIN_S)
    try:
        registry.deregister(_process.client(), beat.agent)
    except CoordinationUnavailable as exc:
        log.warning("agent %s not marked offline: %s", beat.agent, exc)


def _task_agent(task: Any) -> str | None:
    hostname = getattr(getattr(task, "request", None), "hostname", None)
    return str(hostname) if hostname else None


def _safely(what: str, fn: Any, *args: Any) -> None:
    try:
        fn(_process.client(), *args)
    except CoordinationUnavailable as exc:
        log.warning("registry %s skipped: %s", what, exc)


@signals.task_prerun.connect
def _on_task_prerun(task: Any = None, **_: Any) -> None:
    if (name := _task_agent(task)) is not None:
        _safely("load", registry.task_started, name)


@signals.task_postrun.connect
def _on_task_postrun(task: Any = None, state: str | None = None, **_: Any) -> None:
    if (name := _task_agent(task)) is not None:
        _safely("load", registry.task_finished, name)
        if state == "SUCCESS":
            _safely("result", registry.record_task_result, name, True)


@signals.task_failure.connect
def _on_task_failure(sender: Any = None, **_: Any) -> None:
    if (name := _task_agent(sender)) is not None:
        _safely("result", registry.record_task_result, name, False)


@signals.before_task_publish.connect
def _default_priority(properties: dict[str, Any] | None = None, **_: Any) -> None:
    if properties is not None and properties.get("priority") is None:
        properties["priority"] = DEFAULT_PRIORITY


@signals.task_unknown.connect
def _on_task_unknown(
    message: Any = None, exc: Any = None, name: str | None = None, id: str | None = None, **_: Any
) -> None:
    try:
        args, kwargs = _message_call(message)
        rt = runtime.current()
        with rt.transaction() as session:
            deadletter.record(
                session,
                name or "-",
                id or "-",
                {"args": args, "kwargs": kwargs},
                f"NotRegistered: no task {name!r} in this worker ({exc})",
                correlation_id=(getattr(message, "headers", None) or {}).get(tracing.HEADER),
                max_payload_bytes=rt.settings.deadletters.max_payload_bytes,
            )
    except Exception:  # the log line Celery wrote keeps the record
        log.exception("could not write the dead letter of unknown task %s[%s]", name, id)


def _message_call(message: Any) -> tuple[list[Any], dict[str, Any]]:
    """(args, kwargs) of a task message, protocol 2 (``[args, kwargs, embed]``) or 1."""
    body = message.payload if message is not None else None
    if isinstance(body, (list, tuple)) and len(body) >= 2:
        return list(body[0] or []), dict(body[1] or {})
    if isinstance(body, dict):
        return list(body.get("args") or []), dict(body.get("kwargs") or {})
    return [], {"body": repr(body)}
