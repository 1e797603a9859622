"""A TCP proxy on loopback that a test can cut and restore: a database "unreachable" on cue.

``close()`` stops listening and resets every open connection, so clients see exactly what
they see when a server goes away (connection refused, broken connections); ``open()``
listens again on the same port. The real server behind it is never touched.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading

from swarm.embedded import free_port

BUFFER = 65536
# struct linger {on=1, seconds=0}: close() sends a reset, as from a server that died.
LINGER_RESET = struct.pack("ii", 1, 0)


class TcpProxy:
    def __init__(self, target_host: str, target_port: int, port: int | None = None) -> None:
        self.target = (target_host, target_port)
        self.port = port or free_port()
        self._listener: socket.socket | None = None
        self._conns: set[socket.socket] = set()
        self._lock = threading.Lock()

    def open(self) -> TcpProxy:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return self

    def close(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        with self._lock:
            conns, self._conns = self._conns, set()
        for conn in conns:
            _reset(conn)

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                cut = self._listener is not listener  # close() ran while this one connected
                if not cut:
                    self._conns.update((client, upstream))
            if cut:
                _reset(client)
                _reset(upstream)
                return
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(BUFFER):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
            with self._lock:
                self._conns.discard(src)
                self._conns.discard(dst)


def _reset(conn: socket.socket) -> None:
    """End a connection at once, as a server that died would.

    ``shutdown`` comes first: closing a socket that a pump thread is blocked reading does not
    end the connection (the blocked call keeps it open, and what the client sends next is
    lost while it waits for an answer for ever); shutting it down wakes that reader.
    """
    with contextlib.suppress(OSError):
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, LINGER_RESET)
    with contextlib.suppress(OSError):
        conn.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        conn.close()  # linger 0: a reset
