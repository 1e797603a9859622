"""``INSERT ... ON CONFLICT DO NOTHING`` on SQLite and PostgreSQL alike.

Two workers seeding the same row at once (the default detection config, the watch list, a
signal recorded twice) must not fail on the unique constraint: the second insert is a no-op
and both read back the one row that won.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from swarm.storage.base import Base


def insert_ignore(
    session: Session, model: type[Base], rows: Sequence[dict[str, Any]], keys: Sequence[str]
) -> int:
    """Insert ``rows`` into ``model``'s table, skipping those whose ``keys`` already exist.

    Returns how many rows were inserted (``RETURNING`` lists only those).
    """
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table: Table = model.__table__  # type: ignore[assignment]
    stmt = (
        insert(table)
        .values(list(rows))
        .on_conflict_do_nothing(index_elements=list(keys))
        .returning(*(table.c[k] for k in keys))
    )
    return len(session.execute(stmt).all())
