"""The dead-letter store: messages rejected for good, kept in the database for inspection."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from swarm.storage.models import DeadLetter

ERROR_TEXT_MAX = 4000


def record(session: Session, task_name: str, task_id: str, payload: Any, error: str) -> int:
    row = DeadLetter(
        task_name=task_name, task_id=task_id, payload=payload, error=error[:ERROR_TEXT_MAX]
    )
    session.add(row)
    session.flush()
    return row.id


def recent(session: Session, limit: int = 50) -> list[DeadLetter]:
    stmt = select(DeadLetter).order_by(DeadLetter.id.desc()).limit(limit)
    return list(session.scalars(stmt))
