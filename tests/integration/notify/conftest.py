"""Notify fixtures: a migrated database (SQLite, and PostgreSQL when configured), alerts, and
real loopback SMTP and HTTP servers stopped after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from swarm.notify.httpclient import make_http_client
from swarm.storage import migrate
from swarm.storage.db import make_engine, session_factory
from tests.httpserver import LoopbackServer
from tests.integration.notify.helpers import add_alert
from tests.smtpserver import SmtpServer

pytestmark = pytest.mark.integration


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    migrate.upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return session_factory(engine)


@pytest.fixture
def alert_id(sessions: sessionmaker[Session]) -> int:
    return add_alert(sessions)


@pytest.fixture
def smtp_servers() -> Iterator[Callable[..., SmtpServer]]:
    """Start an :class:`SmtpServer` with the given mode; all are stopped after the test."""
    started: list[SmtpServer] = []

    def start(**kwargs: Any) -> SmtpServer:
        server = SmtpServer(**kwargs).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def http_server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as server:
        yield server


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with make_http_client(["127.0.0.1"]) as c:  # the loopback test servers
        yield c
