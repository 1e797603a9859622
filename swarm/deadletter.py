"""The dead-letter store: messages rejected for good, kept in the database to inspect and replay.

* :func:`record` keeps a message: its payload (``{"args": [...], "kwargs": {...}}``), error,
  traceback summary and correlation id. A payload whose JSON is above ``max_payload_bytes``
  is kept as a marker (``{"truncated": true, "original_bytes": n, "head": "..."}``): a
  hostile or runaway message cannot fill the store, and such a row is never replayed.
* :func:`find`, :func:`counts` and :func:`purge` are the operator's queries.
* :func:`replay` re-sends a row's original task and payload after checking the payload
  against the task (its signature and its pydantic payload type). The row is marked
  replayed (time, new task id), never deleted; a row is replayed once.

Functions take a session and never commit; the caller's transaction does.
"""

from __future__ import annotations

import json
import traceback as tb
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from celery import Celery
from pydantic import ValidationError
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from swarm import tracing
from swarm.errors import PermanentError
from swarm.storage.models import DeadLetter

ERROR_TEXT_MAX = 4000
# Traceback summary: the last frames of each exception in the chain, at most this many chars.
TRACEBACK_FRAMES = 8
TRACEBACK_TEXT_MAX = 8000
# The default cap of a kept payload (settings: deadletters.max_payload_bytes).
MAX_PAYLOAD_BYTES = 64 * 1024
# How much of a truncated payload's JSON is kept to show what it was.
TRUNCATED_HEAD_BYTES = 1024


class ReplayRefused(PermanentError):
    """A dead letter that cannot be replayed, and why."""

    def __init__(self, row_id: int, reason: str) -> None:
        super().__init__(f"dead letter {row_id}: {reason}")
        self.row_id = row_id
        self.reason = reason


@dataclass(frozen=True)
class Replay:
    """The outcome of one replay: ``replayed`` now, or ``already`` replayed before."""

    row_id: int
    status: str
    task_id: str
    at: datetime


def capped(payload: Any, max_bytes: int) -> tuple[Any, int, bool]:
    """``(payload to keep, original JSON size in bytes, truncated?)``."""
    text = json.dumps(payload, default=str, separators=(",", ":"), ensure_ascii=False)
    raw = text.encode()
    if len(raw) <= max_bytes:
        return payload, len(raw), False
    head = raw[: min(TRUNCATED_HEAD_BYTES, max_bytes)].decode(errors="ignore")
    return {"truncated": True, "original_bytes": len(raw), "head": head}, len(raw), True


def traceback_summary(exc: BaseException | None) -> str | None:
    """The last frames of ``exc`` (and its causes), bounded; None without an exception."""
    if exc is None:
        return None
    text = "".join(tb.format_exception(exc, limit=-TRACEBACK_FRAMES))
    return text[-TRACEBACK_TEXT_MAX:]


def record(
    session: Session,
    task_name: str,
    task_id: str,
    payload: Any,
    error: str,
    *,
    traceback: str | None = None,
    correlation_id: str | None = None,
    max_payload_bytes: int = MAX_PAYLOAD_BYTES,
) -> int:
    kept, size, truncated = capped(payload, max_payload_bytes)
    row = DeadLetter(
        task_name=task_name[:200],
        task_id=task_id[:64],
        payload=kept,
        error=error[:ERROR_TEXT_MAX],
        traceback=traceback,
        correlation_id=(correlation_id or None) and correlation_id[:64],
        payload_bytes=size,
        truncated=truncated,
    )
    session.add(row)
    session.flush()
    return row.id


def find(
    session: Session,
    task: str | None = None,
    since: datetime | None = None,
    limit: int = 50,
) -> list[DeadLetter]:
    """Newest first; ``task`` matches the name exactly or as a prefix ending in ``*``."""
    stmt = select(DeadLetter).order_by(DeadLetter.id.desc()).limit(limit)
    if task:
        if task.endswith("*"):
            stmt = stmt.where(DeadLetter.task_name.startswith(task[:-1], autoescape=True))
        else:
            stmt = stmt.where(DeadLetter.task_name == task)
    if since is not None:
        stmt = stmt.where(DeadLetter.created_at >= since)
    return list(session.scalars(stmt))


def counts(session: Session) -> dict[str, int]:
    """``{"total": n, "not_replayed": m}``."""
    total, waiting = session.execute(
        select(func.count(), func.count().filter(DeadLetter.replayed_at.is_(None)))
    ).one()
    return {"total": int(total), "not_replayed": int(waiting)}


def purge(
    session: Session, ids: list[int] | None = None, older_than: datetime | None = None
) -> int:
    """Delete the rows with ``ids``, or every row created before ``older_than``; the count."""
    if not ids and older_than is None:
        raise ValueError("purge needs ids or older_than")
    stmt = delete(DeadLetter)
    stmt = stmt.where(DeadLetter.id.in_(ids)) if ids else stmt
    stmt = stmt.where(DeadLetter.created_at < older_than) if older_than is not None else stmt
    return int(session.execute(stmt).rowcount or 0)  # type: ignore[attr-defined]


def replay(session: Session, app: Celery, row_id: int, now: datetime) -> Replay:
    """Re-send row ``row_id``'s task with its original payload; see the module docstring.

    The row is claimed (marked replayed) in the caller's transaction before the message is
    sent; a send that fails raises, so the caller's rollback leaves the row unreplayed.
    """
    row = session.get(DeadLetter, row_id)
    if row is None:
        raise ReplayRefused(row_id, "no such dead letter (see `swarm deadletters list`)")
    if row.replayed_at is not None:
        return Replay(row_id, "already", row.replay_task_id or "-", row.replayed_at)
    args, kwargs = _checked_call(app, row)
    task_id = str(uuid.uuid4())
    claimed = session.execute(
        update(DeadLetter)
        .where(DeadLetter.id == row_id, DeadLetter.replayed_at.is_(None))
        .values(replayed_at=now, replay_task_id=task_id)
    )
    if not claimed.rowcount:  # type: ignore[attr-defined]
        session.refresh(row)  # another replay claimed it first
        return Replay(row_id, "already", row.replay_task_id or "-", row.replayed_at or now)
    headers = {tracing.HEADER: row.correlation_id} if row.correlation_id else None
    app.send_task(row.task_name, args=args, kwargs=kwargs, task_id=task_id, headers=headers)
    return Replay(row_id, "replayed", task_id, now)


def _checked_call(app: Celery, row: DeadLetter) -> tuple[list[Any], dict[str, Any]]:
    if row.truncated:
        raise ReplayRefused(
            row.id,
            f"its payload was {row.payload_bytes} bytes, above deadletters.max_payload_bytes, "
            "and only its head was kept; it cannot be replayed. Re-send the job from its "
            "source instead.",
        )
    payload = row.payload
    args = payload.get("args") if isinstance(payload, dict) else None
    kwargs = payload.get("kwargs", {}) if isinstance(payload, dict) else None
    if not isinstance(args, list) or not isinstance(kwargs, dict):
        raise ReplayRefused(row.id, "its stored payload has no args list / kwargs mapping")
    task = app.tasks.get(row.task_name)
    if task is None:
        raise ReplayRefused(row.id, f"task {row.task_name!r} is not registered in this swarm")
    # A SwarmTask checks signature and payload type; any other task its signature only.
    check = getattr(task, "check_call", None)
    header = getattr(task, "__header__", None)
    try:
        if check is not None:
            check(args, kwargs)
        elif header is not None:
            header(*args, **kwargs)
    except TypeError as exc:
        raise ReplayRefused(row.id, f"wrong arguments for {row.task_name}: {exc}") from None
    except ValidationError as exc:
        detail = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '(payload)'}: {e['msg']}"
            for e in exc.errors()
        )
        raise ReplayRefused(row.id, f"invalid payload for {row.task_name}: {detail}") from None
    return args, kwargs
