"""Fencing in use: guarded writes that refuse a holder whose lock was taken over.

A lock grant carries a fencing token (:attr:`Lock.fence`), strictly larger than every
earlier grant of the same lock. A resource that remembers the last token that wrote it can
refuse an older one: a holder that paused past its lease (GC, swap, a slow call) and wakes
up after a new holder got the lock cannot overwrite the new holder's work.

* :func:`fenced_set` — a Redis string written only with a newer token (one Lua script).
* :func:`fenced_update` — ``UPDATE … SET …, fence = :token WHERE … AND fence < :token`` on
  any SQLAlchemy table (or ORM class) with an integer ``fence`` column.

Both raise :class:`~swarm.coordination.errors.StaleFence` when refused. By default a token
must be strictly newer; ``allow_equal=True`` lets one grant write the same target twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import redis
from sqlalchemy import ColumnElement, Table, func, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from swarm import keys
from swarm.coordination.args import check_positive
from swarm.coordination.defaults import AUDIT_STREAM_MAX
from swarm.coordination.errors import StaleFence
from swarm.coordination.scripts import boundary, scripts_for

FENCE_COLUMN = "fence"


def fence_key(key: str) -> str:
    """Where :func:`fenced_set` keeps the last token that wrote ``key``."""
    return f"{keys.FENCE}:{key}"


def _check_token(token: object) -> int:
    return check_positive("fencing token", token)


def fenced_set(
    client: redis.Redis,
    key: str,
    value: str | bytes | int | float,
    token: int,
    *,
    allow_equal: bool = False,
    audit_stream_max: int = AUDIT_STREAM_MAX,
) -> None:
    """Set ``key`` to ``value`` if ``token`` is newer than the last writer's; else
    :class:`StaleFence` (the refusal is counted as a conflict and audited)."""
    token = _check_token(token)
    keys_ = [key, fence_key(key), keys.CONFLICTS, keys.AUDIT_STREAM]
    args = [value, token, "1" if allow_equal else "0", key, audit_stream_max]
    with boundary(client, f"fenced write {key}"):
        ok, stored = scripts_for(client).fenced_set(keys_, args)
    if not int(ok):
        raise StaleFence(key, token, int(stored))


def _table(target: Table | type[Any]) -> Table:
    table = target if isinstance(target, Table) else getattr(target, "__table__", None)
    if not isinstance(table, Table):
        raise TypeError(f"expected a Table or a mapped class, got {target!r}")
    if FENCE_COLUMN not in table.c:
        raise ValueError(f"table {table.name!r} has no {FENCE_COLUMN!r} column to fence on")
    return table


def fenced_update(
    conn: Connection | Session,
    target: Table | type[Any],
    where: ColumnElement[bool],
    values: Mapping[str, Any],
    token: int,
    *,
    allow_equal: bool = False,
) -> bool:
    """Update the rows matching ``where`` with ``values`` and ``fence = token``, only where
    the stored fence is older than ``token`` (NULL counts as 0).

    Returns True when a row was updated and False when no row matches ``where``; raises
    :class:`StaleFence` when matching rows exist but carry a token as new or newer. Runs in
    the caller's transaction and never commits.
    """
    token = _check_token(token)
    table = _table(target)
    if FENCE_COLUMN in values:
        raise ValueError(f"{FENCE_COLUMN!r} is set from the token; do not pass it in values")
    fence = func.coalesce(table.c[FENCE_COLUMN], 0)
    newer = fence <= token if allow_equal else fence < token
    stmt = update(table).where(where, newer).values({**values, FENCE_COLUMN: token})
    result = conn.execute(stmt)
    if getattr(result, "rowcount", 0):
        return True
    current = conn.execute(select(func.max(fence)).where(where)).scalar()
    if current is None:
        return False
    raise StaleFence(table.name, token, int(current))
