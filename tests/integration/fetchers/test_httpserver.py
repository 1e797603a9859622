"""The loopback server itself: routing, recording, errors, shutdown."""

from __future__ import annotations

import httpx
import pytest

from tests.httpserver import LoopbackServer, Reply, Request, trickle, wait_for

pytestmark = pytest.mark.integration


def test_routes_record_and_default_404(client: httpx.Client) -> None:
    with LoopbackServer() as server:
        server.route("/echo", lambda r: (201, {"X-Seen": r.method}, r.body + b"!"))
        reply = client.post(server.url("/echo?a=1&a=2"), content=b"hi", headers={"X-T": "v"})
        assert (reply.status_code, reply.text, reply.headers["x-seen"]) == (201, "hi!", "POST")
        assert client.get(server.url("/nowhere")).status_code == 404
        first, second = server.requests
    assert first == Request("POST", "/echo", {"a": ["1", "2"]}, first.headers, b"hi")
    assert first.headers["x-t"] == "v"
    assert second.path == "/nowhere"


def test_handler_error_is_a_500_and_kept(client: httpx.Client) -> None:
    def broken(_: Request) -> Reply:
        raise RuntimeError("handler bug")

    with LoopbackServer() as server:
        server.route("/x", broken)
        reply = client.get(server.url("/x"))
    assert reply.status_code == 500
    assert "handler bug" in server.errors[0]


def test_stop_ends_open_streams(client: httpx.Client) -> None:
    server = LoopbackServer().start()
    server.route("/s", lambda _: Reply(200, {}, trickle(b".", 0.01, server.stopping)))
    with client.stream("GET", server.url("/s")) as response:
        chunks = response.iter_raw()
        assert next(chunks) == b"."
        server.stop()
        rest = b"".join(chunks)  # the stream ends instead of trickling on
    assert set(rest) <= {ord(".")}
    assert wait_for(lambda: not server.requests[1:])
