"""The fault proxy cuts every connection when closed, idle ones included."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

import pytest

from tests.integration.faults.proxy import TcpProxy

pytestmark = pytest.mark.integration


@pytest.fixture
def echo_port() -> Iterator[int]:
    server = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            threading.Thread(target=echo, args=(conn,), daemon=True).start()

    def echo(conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            while data := conn.recv(1024):
                conn.sendall(data)

    threading.Thread(target=serve, daemon=True).start()
    yield server.getsockname()[1]
    server.close()


def test_close_ends_an_idle_connection_and_refuses_new_ones(echo_port: int) -> None:
    proxy = TcpProxy("127.0.0.1", echo_port).open()
    try:
        client = socket.create_connection(("127.0.0.1", proxy.port), timeout=10)
        with client:
            client.sendall(b"ping")
            assert client.recv(16) == b"ping"
            # Both pump threads now sit in recv(); closing must still end the connection.
            proxy.close()
            try:
                got = client.recv(16)
            except ConnectionResetError:
                got = b""
            assert got == b"", "the connection outlived the proxy"
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", proxy.port), timeout=10).close()
        proxy.open()
        with socket.create_connection(("127.0.0.1", proxy.port), timeout=10) as again:
            again.sendall(b"back")
            assert again.recv(16) == b"back"
    finally:
        proxy.close()
