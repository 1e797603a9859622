"""Correlation ids: one id follows a piece of work (a job) across the chain of tasks it causes.

* A running task has its message's id bound (``task_prerun``); every message it sends carries
  that id, so a task's children keep their parent's id.
* Outside a task (a beat process, a plain Python producer, the CLI) nothing is bound: every
  top-level send starts a new job with a new id (:func:`for_message`).
* A producer that wants several sends to be one job binds an id for a block with
  :func:`correlate`, or passes ``headers={HEADER: id}`` to ``apply_async``.

``current()`` is what log lines carry.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

HEADER = "swarm_correlation_id"

_correlation: ContextVar[str | None] = ContextVar("swarm_correlation_id", default=None)
_task_id: ContextVar[str | None] = ContextVar("swarm_task_id", default=None)


def new_id() -> str:
    return uuid.uuid4().hex[:16]


def current() -> str | None:
    return _correlation.get()


def current_task() -> str | None:
    return _task_id.get()


def bind(correlation_id: str | None, task_id: str | None = None) -> None:
    """Set the ids for this context (a task's run, a CLI command)."""
    _correlation.set(correlation_id)
    _task_id.set(task_id)


def for_message() -> str:
    """The id an outgoing message carries: the bound one, else a new one for this send."""
    return _correlation.get() or new_id()


@contextmanager
def correlate(correlation_id: str | None = None) -> Iterator[str]:
    """Bind ``correlation_id`` (or a new id) for the block: every send in it is one job."""
    cid = correlation_id or new_id()
    token = _correlation.set(cid)
    try:
        yield cid
    finally:
        _correlation.reset(token)


def ensure() -> str:
    """The current correlation id, binding a new one if there is none.

    The binding stays for the rest of this context: every later send shares the id. A
    producer wants :func:`correlate` (one block) or nothing (one id per send) instead.
    """
    cid = _correlation.get()
    if cid is None:
        cid = new_id()
        _correlation.set(cid)
    return cid
