"""The notifier's HTTP client: one ``httpx.Client`` per process, built on first use.

Webhook calls go through the same address guard as feed fetches
(:func:`swarm.fetchers.transport.guarded_client`): a webhook URL whose host is not a public
address is refused unless it is in ``allow_hosts`` (setting ``fetch.allow_hosts``), and each
connection uses the address that was checked.

A Celery worker forks its pool processes; a client (and its connection pool) must not cross a
fork, so the cached client remembers the pid (and allow-list) that built it and a forked child
builds its own. :func:`reset_http_client` closes it (tests, or a worker shutting down).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable

import httpx

from swarm.fetchers.guard import AddressGuard
from swarm.fetchers.transport import guarded_client

# Seconds to open a connection, and to wait on each read/write of a webhook call.
CONNECT_TIMEOUT_S = 5.0
IO_TIMEOUT_S = 10.0
USER_AGENT = "tge-swarm-notifier/1"

_lock = threading.Lock()
_client: tuple[int, tuple[str, ...], httpx.Client] | None = None


def make_http_client(allow_hosts: Iterable[str] = ()) -> httpx.Client:
    """A new client: address guard, bounded timeouts, no redirects followed, our user agent."""
    return guarded_client(
        AddressGuard(allow_hosts),
        timeout=httpx.Timeout(IO_TIMEOUT_S, connect=CONNECT_TIMEOUT_S),
        headers={"User-Agent": USER_AGENT},
    )


def http_client(allow_hosts: Iterable[str] = ()) -> httpx.Client:
    """This process's client for ``allow_hosts`` (a new one after a fork or a new list)."""
    global _client
    allowed = tuple(allow_hosts)
    with _lock:
        if _client is None or _client[:2] != (os.getpid(), allowed):
            if _client is not None and _client[0] == os.getpid():
                _client[2].close()
            _client = (os.getpid(), allowed, make_http_client(allowed))
        return _client[2]


def reset_http_client() -> None:
    """Close and forget this process's client; the next call builds a new one."""
    global _client
    with _lock:
        if _client is not None and _client[0] == os.getpid():
            _client[2].close()
        _client = None
