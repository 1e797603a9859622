"""Engines and sessions: one code path for SQLite (default) and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from swarm.errors import ServiceUnavailable

# SQLite waits this long on a locked database before failing (several worker processes).
SQLITE_BUSY_TIMEOUT_S = 30
# PostgreSQL sessions: a statement waits at most this long for a row lock (the task fails and
# retries instead of hanging), and the server ends a session left idle inside a transaction
# this long (a client that vanished mid-transaction cannot hold its locks for ever).
PG_LOCK_TIMEOUT_MS = 30_000
PG_IDLE_IN_TRANSACTION_MS = 120_000


def make_engine(
    url: str,
    pool_size: int = 5,
    max_overflow: int = 10,
    pool_pre_ping: bool = True,
    pool_timeout_s: float = 10.0,
    echo: bool = False,
) -> Engine:
    """Create an engine; SQLite gets WAL and a busy timeout, PostgreSQL a sized pool."""
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
        kwargs["connect_args"] = {
            "connect_timeout": 10,
            "options": f"-c lock_timeout={PG_LOCK_TIMEOUT_MS} "
            f"-c idle_in_transaction_session_timeout={PG_IDLE_IN_TRANSACTION_MS}",
        }
    engine = create_engine(parsed, **kwargs)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
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
