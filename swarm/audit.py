"""Operator audit: every operator action recorded with who, when and what.

Commands call :func:`record` inside the transaction that makes the change, so an action
and its entry commit together::

    with rt.transaction() as session:
        source = add_source(session, ...)
        audit.record(session, "source.add", target=source.target, actor=actor)

``actor`` is the ``--actor`` the operator gave, else the OS user (:func:`who`).
``swarm audit`` lists the entries.
"""

from __future__ import annotations

import getpass
import os
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from swarm.storage.models import AuditEntry

ACTOR_MAX = 200
TARGET_MAX = 2000


def who(actor: str | None = None) -> str:
    """The explicit actor, else the OS user (``unknown`` when there is none)."""
    if actor and actor.strip():
        return actor.strip()[:ACTOR_MAX]
    try:
        return getpass.getuser()[:ACTOR_MAX]
    except (KeyError, OSError):
        return os.environ.get("USER", "unknown")[:ACTOR_MAX] or "unknown"


def record(
    session: Session,
    action: str,
    target: str = "",
    details: dict[str, Any] | None = None,
    actor: str | None = None,
) -> AuditEntry:
    """Add one entry to ``session`` (the caller commits it with the change it describes)."""
    entry = AuditEntry(actor=who(actor), action=action, target=target[:TARGET_MAX],
                       details=details or {})  # fmt: skip
    session.add(entry)
    session.flush()
    return entry


def entries(
    session: Session,
    limit: int = 50,
    action: str | None = None,
    actor: str | None = None,
    since: datetime | None = None,
) -> list[AuditEntry]:
    """The newest entries first, filtered by action prefix, actor and time."""
    stmt = select(AuditEntry)
    if action:
        stmt = stmt.where(AuditEntry.action.startswith(action))
    if actor:
        stmt = stmt.where(AuditEntry.actor == actor)
    if since is not None:
        stmt = stmt.where(AuditEntry.at >= since)
    return list(session.scalars(stmt.order_by(AuditEntry.id.desc()).limit(limit)))
