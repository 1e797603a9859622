"""Per-process clients (database engine, Redis) built from settings and passed to domain code.

A worker process builds them on first use after it starts (and again after a fork, see
``swarm.worker_hooks``); tests and the CLI build their own :class:`Runtime` and pass it in.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property

import httpx
import redis
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from swarm import redis_tls
from swarm.fetchers.guard import AddressGuard
from swarm.fetchers.transport import guarded_client
from swarm.settings import DEFAULT_REDIS_URL, Settings, get_settings
from swarm.storage.db import StatementBounds, make_engine, session_factory

# Socket timeouts of the coordination client; a blocking call passes its own longer timeout.
REDIS_SOCKET_TIMEOUT_S = 10.0
# Default HTTP timeout; fetches pass their own stricter limits.
HTTP_TIMEOUT_S = 30.0


@dataclass
class Runtime:
    settings: Settings

    @cached_property
    def engine(self) -> Engine:
        db = self.settings.database
        return make_engine(
            self.settings.database_url,
            pool_size=db.pool_size,
            max_overflow=db.max_overflow,
            pool_pre_ping=db.pool_pre_ping,
            pool_timeout_s=db.pool_timeout_s,
            echo=db.echo,
            bounds=StatementBounds.within(
                self.settings.tasks.soft_time_limit_s, self.settings.tasks.time_limit_s
            ),
        )

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        return session_factory(self.engine)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.sessions.begin() as session:
            yield session

    @property
    def redis_url(self) -> str:
        s = self.settings
        return s.coordination_url or s.broker_url or DEFAULT_REDIS_URL

    @cached_property
    def redis(self) -> redis.Redis:
        """The coordination client; on ``rediss://`` with the ``redis.tls_*`` settings."""
        return redis_tls.client_from_url(
            self.redis_url,
            self.settings.redis,
            socket_timeout=REDIS_SOCKET_TIMEOUT_S,
            socket_connect_timeout=REDIS_SOCKET_TIMEOUT_S,
            health_check_interval=30,
        )

    @cached_property
    def http(self) -> httpx.Client:
        """One HTTP client per process (connection pooling); redirects are handled per call.

        Its connections go through the address guard (``fetch.allow_hosts``): see
        :mod:`swarm.fetchers.transport`.
        """
        guard = AddressGuard(self.settings.fetch.allow_hosts)
        return guarded_client(guard, timeout=HTTP_TIMEOUT_S)

    def close(self) -> None:
        if "http" in self.__dict__:
            self.http.close()
        if "engine" in self.__dict__:
            self.engine.dispose()
        if "redis" in self.__dict__:
            self.redis.close()


_current: Runtime | None = None


def current() -> Runtime:
    """This process's runtime, built on first use."""
    global _current
    if _current is None:
        _current = Runtime(get_settings())
    return _current


def reset() -> None:
    """Drop this process's clients (after a fork: connections must not be shared)."""
    global _current
    # After fork the parent's sockets are not ours to close gracefully; just forget them.
    if _current is not None and "engine" in _current.__dict__:
        _current.engine.dispose(close=False)
    _current = None
