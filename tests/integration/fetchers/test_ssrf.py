"""The address guard on real connections: redirects, spellings, pinning, webhooks, the CLI.

An "internal" server listens on 127.0.0.2 (refused: only 127.0.0.1 is allowed, as in the test
settings) and must never receive a request; the server side is what the tests assert on.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from typer.testing import CliRunner

from swarm.fetchers.errors import AddressRefused
from swarm.fetchers.guard import AddressGuard
from swarm.fetchers.http import FetchLimits, fetch
from swarm.fetchers.transport import guarded_client
from swarm.fetchers.x import XClient
from swarm.notify.errors import DeliveryRejected
from swarm.notify.httpclient import make_http_client
from swarm.notify.webhook import post_webhook
from tests.httpserver import LoopbackServer, Reply

pytestmark = pytest.mark.integration

FAST = FetchLimits(connect_s=2, read_s=2, total_s=5)
SECRET = b"internal-admin-token-42"
RSS = b'<rss version="2.0"><channel><item><title>ok</title><guid>1</guid></item></channel></rss>'


@pytest.fixture
def internal() -> Iterator[LoopbackServer]:
    with LoopbackServer("127.0.0.2") as srv:
        srv.route("/secret", lambda _: Reply(200, {"Content-Type": "text/xml"}, SECRET))
        yield srv


def _spellings(internal: LoopbackServer) -> list[str]:
    port = internal.port
    return [
        f"http://127.0.0.2:{port}/secret",
        f"http://2130706434:{port}/secret",  # 127.0.0.2 in decimal
        f"http://0x7f000002:{port}/secret",  # and in hex
        f"http://127.2:{port}/secret",  # short form
        f"http://[::ffff:127.0.0.2]:{port}/secret",  # IPv4-mapped IPv6
        f"HTTP://127.0.0.2:{port}/secret",
    ]


def test_redirects_to_a_refused_address_are_not_followed(
    server: LoopbackServer, client: httpx.Client, internal: LoopbackServer
) -> None:
    targets = _spellings(internal)
    for n, target in enumerate(targets):
        server.route(f"/r{n}", lambda _, t=target: Reply(302, {"Location": t}))
    for n in range(len(targets)):
        with pytest.raises(AddressRefused) as caught:
            fetch(client, server.url(f"/r{n}"), limits=FAST)
        message = str(caught.value)
        assert "redirected" in message and "fetch.allow_hosts" in message
        assert "127.0.0.2" not in message and SECRET.decode() not in message
    assert len(server.requests) == len(targets)  # the allowed server was asked each time
    assert internal.requests == []  # the refused one never was


def test_direct_refused_addresses_get_no_request(
    client: httpx.Client, internal: LoopbackServer
) -> None:
    for url in _spellings(internal):
        with pytest.raises(AddressRefused):
            fetch(client, url, limits=FAST)
    x = XClient(internal.url("/2"), "token", client, FAST)
    with pytest.raises(AddressRefused):
        x.search_recent("$ACME")
    assert internal.requests == []


def test_connections_use_the_checked_address_and_keep_the_host_name(
    server: LoopbackServer, internal: LoopbackServer
) -> None:
    server.route("/feed", lambda _: Reply(200, {"Content-Type": "text/xml"}, RSS))
    internal.route("/feed", lambda _: Reply(200, {"Content-Type": "text/xml"}, RSS))
    answers = iter([["127.0.0.1"], ["127.0.0.2"]])  # a name that re-binds between lookups
    guard = AddressGuard(["127.0.0.1"], resolver=lambda host, port: next(answers))
    with guarded_client(guard) as client:
        first = fetch(client, f"http://feeds.test:{server.port}/feed", limits=FAST)
        assert first.body == RSS
        with pytest.raises(AddressRefused):
            # A new connection (the test server closes each one): looked up and checked again.
            fetch(client, f"http://feeds.test:{server.port}/feed", limits=FAST)
    assert server.requests[0].headers["host"] == f"feeds.test:{server.port}"
    assert internal.requests == []


def test_webhooks_to_refused_addresses_are_rejected_unsent(internal: LoopbackServer) -> None:
    internal.route("/hook", lambda _: Reply(200, {}, b"ok"))
    with make_http_client(["127.0.0.1"]) as client:
        for url in [internal.url("/hook"), f"http://2130706434:{internal.port}/hook"]:
            with pytest.raises(DeliveryRejected, match="not a public internet address") as caught:
                post_webhook(client, url, "s", b"{}", "1:webhook")
            assert "127.0.0.2" not in str(caught.value)
    assert internal.requests == []


@pytest.mark.parametrize(
    ("target", "message"),
    [("http://", "no host"), ("http:///feed", "no host"),
     ("http://feeds.example/a feed", "spaces"), ("ftp://feeds.example/rss", "only http"),
     ("http://169.254.169.254/latest/meta-data/", "not a public"),
     ("http://10.0.0.5/feed", "not a public"), ("http://127.0.0.1:6379/", "not a public"),
     ("http://[::1]/feed", "not a public"), ("http://0x7f000001/feed", "not a public"),
     ("http://2130706433/feed", "not a public"), ("HTTP://192.168.0.1/", "not a public")],
)  # fmt: skip
def test_sources_add_refuses_malformed_and_internal_urls(
    target: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from swarm.cli import app
    from swarm.settings import get_settings

    monkeypatch.setenv("SWARM_FETCH__ALLOW_HOSTS", "[]")
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["sources", "add", target])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_sources_add_accepts_allowed_and_unresolved_hosts(server: LoopbackServer) -> None:
    from swarm.cli import app

    runner = CliRunner()
    allowed = runner.invoke(app, ["sources", "add", server.url("/feed.xml")])
    assert allowed.exit_code == 0 and "source 1: rss" in allowed.output
    # No DNS answer now (.invalid never resolves): a warning; every fetch checks it again.
    later = runner.invoke(app, ["sources", "add", "HTTPS://feeds.invalid/rss"])
    assert later.exit_code == 0, later.output
    assert "warning: cannot resolve 'feeds.invalid'" in later.output
    assert server.requests == []  # adding a source never fetches it
