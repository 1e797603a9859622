"""Celery signal hooks: logging and tracing in every process, per-worker clients.

* ``setup_logging``: the workers use :mod:`swarm.logsetup`, not Celery's own handlers.
* ``before_task_publish``: a message carries the sending task's correlation id; a send from
  outside any task starts a new one (:func:`swarm.tracing.for_message`).
* ``task_prerun``/``task_postrun``: the running task's ids are bound for its log lines.
"""

from __future__ import annotations

from typing import Any

from celery import signals

from swarm import logsetup, tracing
from swarm.settings import get_settings, secret_values


@signals.setup_logging.connect
def _setup_logging(**_: Any) -> None:
    settings = get_settings()
    logsetup.configure(settings.log.level, settings.log.format, secrets=secret_values(settings))


@signals.before_task_publish.connect
def _stamp_correlation(headers: dict[str, Any] | None = None, **_: Any) -> None:
    if headers is not None and not headers.get(tracing.HEADER):
        headers[tracing.HEADER] = tracing.for_message()


@signals.task_prerun.connect
def _bind_ids(task_id: str | None = None, task: Any = None, **_: Any) -> None:
    cid = None
    if task is not None:
        cid = task.request.get(tracing.HEADER) or (task.request.headers or {}).get(tracing.HEADER)
    tracing.bind(cid or tracing.new_id(), task_id)


@signals.task_postrun.connect
def _unbind_ids(**_: Any) -> None:
    tracing.bind(None, None)


@signals.worker_process_init.connect
def _fresh_clients(**_: Any) -> None:
    from swarm import runtime

    runtime.reset()
