"""Webhooks to a real loopback HTTP server: signature, idempotency key, failure classes."""

from __future__ import annotations

import json

import httpx
import pytest

from swarm.notify.errors import DeliveryFailed, DeliveryRejected, DeliveryUncertain
from swarm.notify.webhook import post_webhook, verify_signature
from tests.httpserver import LoopbackServer, Reply, Request
from tests.smtpserver import free_port

pytestmark = pytest.mark.integration

BODY = json.dumps({"type": "tge_alert", "alert": {"id": 9}}).encode()
KEY = "9:webhook:abc"


def test_signed_post_verifies_on_the_receiver(
    http_server: LoopbackServer, client: httpx.Client
) -> None:
    http_server.route("/hook", lambda req: Reply(204))
    post_webhook(client, http_server.url("/hook"), "s3cret", BODY, KEY)
    [req] = http_server.requests
    assert req.method == "POST" and req.body == BODY
    assert req.headers["content-type"] == "application/json"
    assert req.headers["idempotency-key"] == KEY
    ts, sig = req.headers["x-swarm-timestamp"], req.headers["x-swarm-signature"]
    assert verify_signature("s3cret", ts, req.body, sig, tolerance_s=300)
    assert not verify_signature("other", ts, req.body, sig, tolerance_s=300)


def test_unsigned_without_a_secret(http_server: LoopbackServer, client: httpx.Client) -> None:
    http_server.route("/hook", lambda req: Reply(200))
    post_webhook(client, http_server.url("/hook"), None, BODY, KEY)
    [req] = http_server.requests
    assert "x-swarm-signature" not in req.headers
    assert req.headers["idempotency-key"] == KEY


@pytest.mark.parametrize("status", [408, 429, 500, 503])
def test_retryable_statuses(http_server: LoopbackServer, client: httpx.Client, status: int) -> None:
    http_server.route("/hook", lambda req: Reply(status, body=b"busy"))
    with pytest.raises(DeliveryFailed, match=f"HTTP {status}"):
        post_webhook(client, http_server.url("/hook"), "s", BODY, KEY, channel="webhook:abc")


@pytest.mark.parametrize("status", [400, 401, 404, 302])
def test_refusals(http_server: LoopbackServer, client: httpx.Client, status: int) -> None:
    http_server.route("/hook", lambda req: Reply(status, {"Location": "/elsewhere"}, b"no"))
    with pytest.raises(DeliveryRejected, match=f"HTTP {status}"):
        post_webhook(client, http_server.url("/hook"), "s", BODY, KEY)
    assert len(http_server.requests) == 1  # a redirect is not followed


def test_connection_refused_is_transient(client: httpx.Client) -> None:
    with pytest.raises(DeliveryFailed, match="ConnectError"):
        post_webhook(client, f"http://127.0.0.1:{free_port()}/hook", "s", BODY, KEY)


def test_bad_url_is_permanent(client: httpx.Client) -> None:
    with pytest.raises(DeliveryRejected):
        post_webhook(client, "ftp://127.0.0.1/hook", "s", BODY, KEY)


def test_no_answer_after_sending_is_uncertain(http_server: LoopbackServer) -> None:
    def slow(req: Request) -> Reply:
        http_server.stopping.wait(30)  # answers only when the server stops
        return Reply(200)

    http_server.route("/hook", slow)
    with (
        httpx.Client(timeout=httpx.Timeout(0.5, connect=5.0)) as impatient,
        pytest.raises(DeliveryUncertain, match="ReadTimeout"),
    ):
        post_webhook(impatient, http_server.url("/hook"), "s", BODY, KEY)
    assert len(http_server.requests) == 1
