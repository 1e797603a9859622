"""PostgreSQL ends a blocked statement before Celery's soft time limit interrupts its task.

The failure these guard against: a task interrupted by its soft time limit while its
statement waited on a row lock left a backend that kept waiting, holding the rows the
transaction had already updated; every retry of the same batch queued behind it and was
interrupted in turn. With :class:`swarm.storage.db.StatementBounds` the server gives up
first (a clean error, the transaction rolls back, the rows are free), and a backend whose
client went away ends its statement at once.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from swarm.runtime import Runtime
from swarm.settings import Settings
from swarm.storage.db import StatementBounds, make_engine
from tests import services

pytestmark = pytest.mark.integration

HOLDER_SCRIPT = """
import sys
from sqlalchemy import text
from swarm.storage.db import StatementBounds, make_engine
engine = make_engine(sys.argv[1], bounds=StatementBounds.within(240, 300))
with engine.begin() as conn:
    conn.execute(text("UPDATE rows SET v = v + 1 WHERE id = 1"))
    print("holding row 1", flush=True)
    conn.execute(text("UPDATE rows SET v = v + 1 WHERE id = 2"))  # waits on the test's lock
"""


@pytest.fixture
def pg_url() -> Iterator[str]:
    base = services.postgres_url()
    if not base:
        pytest.skip("PostgreSQL not configured: set SWARM_TEST_POSTGRES_URL (.ci/run does)")
    from tests.pg import temporary_database

    with temporary_database(base) as url:
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE rows (id int PRIMARY KEY, v int NOT NULL)"))
            conn.execute(text("INSERT INTO rows VALUES (1, 0), (2, 0)"))
        engine.dispose()
        yield url


def _show(engine: Engine, name: str) -> str:
    with engine.connect() as conn:
        return str(conn.execute(text(f"SHOW {name}")).scalar())


def test_bounds_lie_inside_the_soft_time_limit() -> None:
    assert StatementBounds.within(15, 20) == StatementBounds(
        statement_ms=7_500, lock_ms=3_750, idle_ms=20_000
    )
    # Long task limits keep the caps: 30 s on lock waits, 2 min on an idle transaction.
    assert StatementBounds.within(240, 300) == StatementBounds(
        statement_ms=120_000, lock_ms=30_000, idle_ms=120_000
    )


def test_the_runtime_engine_carries_the_bounds_of_the_task_limits(pg_url: str) -> None:
    settings = Settings.model_validate(
        {"database": {"url": pg_url}, "tasks": {"time_limit_s": 20, "soft_time_limit_s": 15}}
    )
    engine = Runtime(settings).engine
    try:
        assert _show(engine, "statement_timeout") == "7500ms"
        assert _show(engine, "lock_timeout") == "3750ms"
        assert _show(engine, "idle_in_transaction_session_timeout") == "20s"
        assert _show(engine, "client_connection_check_interval") == "1s"
    finally:
        engine.dispose()


def test_a_blocked_update_fails_cleanly_and_frees_its_rows(pg_url: str) -> None:
    holder = create_engine(pg_url)
    bounded = make_engine(pg_url, bounds=StatementBounds.within(4, 5))  # lock wait: 1 s
    try:
        with holder.begin() as held:
            held.execute(text("UPDATE rows SET v = v + 1 WHERE id = 2"))
            with pytest.raises(OperationalError, match="lock timeout"), bounded.begin() as conn:
                conn.execute(text("UPDATE rows SET v = v + 1 WHERE id = 1"))
                conn.execute(text("UPDATE rows SET v = v + 1 WHERE id = 2"))
            # The failed transaction rolled back: row 1 is free while row 2 is still held.
            with bounded.begin() as conn:
                assert conn.execute(text("UPDATE rows SET v = 10 WHERE id = 1")).rowcount == 1
            held.execute(text("UPDATE rows SET v = v WHERE id = 2"))
    finally:
        holder.dispose()
        bounded.dispose()


def _waiting_on_a_lock(engine: Engine) -> bool:
    with engine.connect() as conn:
        query = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
        return bool(conn.execute(text(query)).scalar())


def test_a_client_that_goes_away_mid_statement_frees_its_rows(pg_url: str) -> None:
    """The holder process dies while its UPDATE waits (as a task interrupted mid-statement
    whose connection is dropped): its backend notices, rolls back and frees row 1, long
    before its own 30 s lock wait would have ended."""
    holder = create_engine(pg_url)
    other = create_engine(pg_url, connect_args={"options": "-c lock_timeout=10000"})
    proc: subprocess.Popen[str] | None = None
    try:
        with holder.begin() as held:
            held.execute(text("UPDATE rows SET v = v + 1 WHERE id = 2"))
            url = make_url(pg_url).render_as_string(hide_password=False)
            proc = subprocess.Popen(
                [sys.executable, "-c", HOLDER_SCRIPT, url], stdout=subprocess.PIPE, text=True
            )
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "holding row 1"
            deadline = time.monotonic() + 30
            while not _waiting_on_a_lock(other):
                assert time.monotonic() < deadline, "the holder's second UPDATE never waited"
                time.sleep(0.1)
            proc.kill()
            proc.wait(timeout=30)
            # Without the client check this waits on the dead client's backend until its own
            # lock wait (30 s) ends, and fails after 10 s.
            with other.begin() as conn:
                assert conn.execute(text("UPDATE rows SET v = 10 WHERE id = 1")).rowcount == 1
            held.execute(text("UPDATE rows SET v = v WHERE id = 2"))
    finally:
        if proc is not None:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=30)
            if proc.stdout is not None:
                proc.stdout.close()
        holder.dispose()
        other.dispose()


def test_a_transaction_left_idle_past_the_task_time_limit_is_ended(pg_url: str) -> None:
    """A client that went silent mid-transaction (killed, or its network path dropped
    without a reset) cannot hold its rows for longer than a task may run."""
    silent = make_engine(pg_url, bounds=StatementBounds.within(1, 2))  # idle: 2 s
    other = create_engine(pg_url, connect_args={"options": "-c lock_timeout=20000"})
    try:
        with silent.connect() as quiet:
            quiet.begin()
            quiet.execute(text("UPDATE rows SET v = v + 1 WHERE id = 1"))
            # Waits until the server ends the idle transaction (2 s), well inside 20 s.
            with other.begin() as conn:
                assert conn.execute(text("UPDATE rows SET v = 10 WHERE id = 1")).rowcount == 1
            with pytest.raises(DBAPIError, match="idle-in-transaction timeout"):
                quiet.execute(text("SELECT 1"))
    finally:
        silent.dispose()
        other.dispose()
