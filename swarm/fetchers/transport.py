"""The HTTP transport of every outgoing request: checked addresses and one hard deadline.

httpx's timeouts apply to each operation (connect, one read, one write), so a server that
sends its headers one byte every few seconds never trips them. Here every socket operation
gets the smaller of its own timeout and what is left of the *deadline* of the exchange:

    with deadline(60.0):
        client.get(url)   # connect, TLS, headers and body all end within 60 s

:func:`deadline` sets the budget for the current thread (a context variable; nested calls
keep the earlier end). When it has run out, the next read raises ``httpcore.ReadTimeout``
(``httpx.ReadTimeout`` to the caller), and so on for connect and write.

:func:`guarded_client` builds an ``httpx.Client`` whose connections are opened by
:class:`GuardedBackend`: it asks the :class:`~swarm.fetchers.guard.AddressGuard` which
addresses the host may use and connects to one of exactly those, so the checked address is
the address used (DNS is never asked twice). The URL keeps its host name, so the ``Host``
header and the TLS server name (SNI, certificate check) stay those of the name. Every
connection is checked, redirect hops included; environment proxies are not used (they would
turn the check into a check of the proxy).
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

from swarm.fetchers.guard import AddressGuard

_deadline: ContextVar[float | None] = ContextVar("swarm_fetch_deadline", default=None)


@contextmanager
def deadline(seconds: float) -> Iterator[float]:
    """Bound every socket operation of this thread's HTTP calls to ``seconds`` from now.

    Yields the deadline (``time.monotonic()`` clock). An enclosing deadline that ends sooner
    wins.
    """
    end = time.monotonic() + seconds
    outer = _deadline.get()
    if outer is not None:
        end = min(end, outer)
    token = _deadline.set(end)
    try:
        yield end
    finally:
        _deadline.reset(token)


def remaining() -> float | None:
    """Seconds left of the current deadline (may be ≤ 0), or None when there is none."""
    end = _deadline.get()
    return None if end is None else end - time.monotonic()


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    left = remaining()
    if left is None:
        return timeout
    if left <= 0:
        raise error("the deadline of the exchange has passed")
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every operation ends by the deadline of the current exchange."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(
            ssl_context, server_hostname, _bounded(timeout, httpcore.ConnectTimeout)
        )
        return DeadlineStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """Opens TCP connections only to addresses the guard allows, within the deadline."""

    def __init__(self, guard: AddressGuard) -> None:
        self.guard = guard
        self._tcp = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        url = f"//{host}:{port}"
        addresses = self.guard.addresses(host, port, url, timeout)
        last: Exception | None = None
        for address in addresses:  # the checked addresses, and only those
            try:
                stream = self._tcp.connect_tcp(
                    address, port, _bounded(timeout, httpcore.ConnectTimeout), local_address,
                    socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
                continue
            return DeadlineStream(stream)
        assert last is not None
        raise last

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not used for outgoing requests")


class GuardedTransport(httpx.HTTPTransport):
    """``httpx.HTTPTransport`` whose connection pool opens connections via the guard."""

    def __init__(self, guard: AddressGuard, verify: ssl.SSLContext | bool = True) -> None:
        super().__init__(verify=verify, trust_env=False)
        limits = httpx.Limits()
        # The pool httpx built is replaced by one with our network backend (same options).
        self._pool.close()
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify, trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(guard),
        )


def guarded_client(
    guard: AddressGuard,
    timeout: httpx.Timeout | float = 30.0,
    headers: dict[str, str] | None = None,
    verify: ssl.SSLContext | bool = True,
) -> httpx.Client:
    """An ``httpx.Client`` over :class:`GuardedTransport`: no redirects, no env proxies."""
    return httpx.Client(
        transport=GuardedTransport(guard, verify),
        timeout=timeout,
        follow_redirects=False,
        trust_env=False,
        headers=headers,
    )
