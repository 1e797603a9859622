"""The notifier's HTTP client: one ``httpx.Client`` per process, built on first use.

A Celery worker forks its pool processes; a client (and its connection pool) must not cross a
fork, so the cached client remembers the pid that built it and a forked child builds its own.
:func:`reset_http_client` closes it (tests, or a worker shutting down).
"""

from __future__ import annotations

import os
import threading

import httpx

# Seconds to open a connection, and to wait on each read/write of a webhook call.
CONNECT_TIMEOUT_S = 5.0
IO_TIMEOUT_S = 10.0
USER_AGENT = "tge-swarm-notifier/1"

_lock = threading.Lock()
_client: tuple[int, httpx.Client] | None = None


def make_http_client() -> httpx.Client:
    """A new client: bounded timeouts, no redirects followed, our user agent."""
    return httpx.Client(
        timeout=httpx.Timeout(IO_TIMEOUT_S, connect=CONNECT_TIMEOUT_S),
        follow_redirects=False,
        headers={"User-Agent": USER_AGENT},
    )


def http_client() -> httpx.Client:
    """This process's client (a new one after a fork)."""
    global _client
    with _lock:
        if _client is None or _client[0] != os.getpid():
            _client = (os.getpid(), make_http_client())
        return _client[1]


def reset_http_client() -> None:
    """Close and forget this process's client; the next call builds a new one."""
    global _client
    with _lock:
        if _client is not None and _client[0] == os.getpid():
            _client[1].close()
        _client = None
