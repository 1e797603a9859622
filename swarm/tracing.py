"""Correlation ids: one id follows a piece of work across the chain of tasks it causes.

A producer outside any task starts a new id (or passes one); a task sending further tasks
hands its own id on in the message headers. ``current()`` is what log lines carry.
"""

from __future__ import annotations

import uuid
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


def ensure() -> str:
    """The current correlation id, starting a new one if there is none."""
    cid = _correlation.get()
    if cid is None:
        cid = new_id()
        _correlation.set(cid)
    return cid
