"""Engines and sessions: one code path for SQLite (default) and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from swarm.errors import ServiceUnavailable

# SQLite waits this long on a locked database before failing (several worker processes).
SQLITE_BUSY_TIMEOUT_S = 30
# PostgreSQL sessions: the server ends a session left idle inside a transaction at most this
# long (a client that vanished mid-transaction cannot hold its locks for ever).
PG_IDLE_IN_TRANSACTION_MS = 120_000
# A row-lock wait never lasts longer than this (the task fails and retries instead of hanging).
PG_LOCK_TIMEOUT_MAX_MS = 30_000
# How often a backend busy with a statement checks that its client is still connected
# (PostgreSQL 14 and later): a client that gave up ends the statement and frees its locks.
PG_CLIENT_CHECK_MS = 1_000


@dataclass(frozen=True)
class StatementBounds:
    """How long the server lets one statement run, wait for a row lock, or a transaction
    sit idle, in ms.

    Both lie well inside the task soft time limit, so that the *server* ends a slow or
    blocked statement with a clean error (the transaction rolls back, its locks are freed,
    the connection stays usable and the task retries). Left to Celery, the soft time limit
    interrupts the client in the middle of the wire protocol (psycopg pipelines): the
    connection is discarded, but its backend keeps waiting on the lock while holding the
    rows it already updated, and every retry of the same batch then queues behind it.

    A transaction idle for longer than the task hard time limit belongs to no live task (its
    client was killed, or its network path went silent): the server ends it.
    """

    statement_ms: int
    lock_ms: int
    idle_ms: int = PG_IDLE_IN_TRANSACTION_MS

    @classmethod
    def within(cls, soft_time_limit_s: float, time_limit_s: float) -> StatementBounds:
        soft_ms, hard_ms = int(soft_time_limit_s * 1000), int(time_limit_s * 1000)
        return cls(
            statement_ms=soft_ms // 2,
            lock_ms=min(PG_LOCK_TIMEOUT_MAX_MS, soft_ms // 4),
            idle_ms=min(PG_IDLE_IN_TRANSACTION_MS, hard_ms),
        )


def make_engine(
    url: str,
    pool_size: int = 5,
    max_overflow: int = 10,
    pool_pre_ping: bool = True,
    pool_timeout_s: float = 10.0,
    echo: bool = False,
    bounds: StatementBounds | None = None,
) -> Engine:
    """Create an engine; SQLite gets WAL and a busy timeout, PostgreSQL a sized pool.

    ``bounds`` (PostgreSQL) caps each statement and row-lock wait; without them a lock wait
    is capped at 30 s and a statement is not capped (migrations may run long).
    """
    parsed = make_url(url)
    kwargs: dict[str, Any] = {"echo": echo, "pool_pre_ping": pool_pre_ping}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_S}
    else:
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        kwargs.update(pool_size=pool_size, max_overflow=max_overflow, pool_timeout=pool_timeout_s)
        options = {
            "lock_timeout": bounds.lock_ms if bounds else PG_LOCK_TIMEOUT_MAX_MS,
            "idle_in_transaction_session_timeout": (
                bounds.idle_ms if bounds else PG_IDLE_IN_TRANSACTION_MS
            ),
        }
        if bounds:
            options["statement_timeout"] = bounds.statement_ms
        kwargs["connect_args"] = {
            "connect_timeout": 10,
            "options": " ".join(f"-c {name}={value}" for name, value in options.items()),
        }
    engine = create_engine(parsed, **kwargs)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        event.listen(engine, "connect", _pg_client_check)
    event.listen(engine, "handle_error", _failed_ping_is_disconnect)
    return engine


def _failed_ping_is_disconnect(ctx: ExceptionContext) -> None:
    """A pooled connection that fails its pre-ping is discarded, whatever the error.

    After the database went away, psycopg can fail the ping with a ProgrammingError ("can't
    change 'autocommit' now") that SQLAlchemy does not count as a disconnect: the checkout
    then fails instead of retrying with a fresh connection.
    """
    if ctx.is_pre_ping:
        ctx.is_disconnect = True


def _pg_client_check(dbapi_conn: Any, _record: Any) -> None:
    """Ask the backend to notice a vanished client while a statement runs (PostgreSQL 14+).

    Set after connecting rather than in the start-up options: an older server refuses a
    parameter it does not know.
    """
    if getattr(getattr(dbapi_conn, "info", None), "server_version", 0) < 140_000:
        return
    cur = dbapi_conn.cursor()
    cur.execute(f"SET client_connection_check_interval = {PG_CLIENT_CHECK_MS}")
    cur.close()
    dbapi_conn.commit()  # a committed SET lasts for the session


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
    cur.close()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """``with transaction(Session) as s:`` commits on success, rolls back on error."""
    with factory.begin() as session:
        yield session


def ping(engine: Engine) -> None:
    """Raise :class:`ServiceUnavailable` when the database does not answer."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        raise ServiceUnavailable(
            "database", engine.url.render_as_string(), str(exc).splitlines()[0]
        ) from None
