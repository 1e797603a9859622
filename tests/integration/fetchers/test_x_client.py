"""The X recent-search client against a loopback server answering in the documented form."""

from __future__ import annotations

import json

import httpx
import pytest

from swarm.fetchers.errors import (
    AuthError,
    HttpStatusError,
    RateLimited,
    ResponseMalformed,
    SourceUnreachable,
)
from swarm.fetchers.http import FetchLimits
from swarm.fetchers.x import XClient
from tests.httpserver import LoopbackServer, Reply, Request

pytestmark = pytest.mark.integration

TOKEN = "test-bearer-token"
PATH = "/2/tweets/search/recent"
RATE = {"x-rate-limit-limit": "450", "x-rate-limit-remaining": "449",
        "x-rate-limit-reset": "1750000000"}
JSON = {"Content-Type": "application/json", **RATE}
PAGE = {
    "data": [{"id": "1800000000000000002", "text": "Acme TGE is live", "author_id": "11",
              "created_at": "2025-06-10T02:00:00.000Z", "lang": "en"}],
    "includes": {"users": [{"id": "11", "username": "acme", "name": "Acme"}]},
    "meta": {"newest_id": "1800000000000000002", "oldest_id": "1800000000000000002",
             "result_count": 1, "next_token": "tok2"},
}


def x_client(server: LoopbackServer, client: httpx.Client) -> XClient:
    return XClient(server.url("/2"), TOKEN, client, FetchLimits(connect_s=2, read_s=2))


def answer(status: int, payload: object, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status, headers if headers is not None else JSON, json.dumps(payload).encode())


def test_search_with_results(server: LoopbackServer, client: httpx.Client) -> None:
    server.route(PATH, lambda _: answer(200, PAGE))
    page = x_client(server, client).search_recent('"Acme" -is:retweet', since_id="17",
                                                  max_results=50)
    (item,) = page.items
    assert item.url == "https://x.com/acme/status/1800000000000000002"
    assert item.author == "@acme"
    assert page.newest_id == "1800000000000000002"
    assert page.next_token == "tok2"
    assert (page.rate.limit, page.rate.remaining, page.rate.reset_epoch) == (
        450, 449, 1750000000)

    (request,) = server.requests
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.query["query"] == ['"Acme" -is:retweet']
    assert request.query["since_id"] == ["17"]
    assert request.query["max_results"] == ["50"]
    assert request.query["tweet.fields"] == ["created_at,author_id,lang,entities"]
    assert request.query["expansions"] == ["author_id"]
    assert request.query["user.fields"] == ["username"]
    assert "next_token" not in request.query


def test_next_page_token_is_sent(server: LoopbackServer, client: httpx.Client) -> None:
    server.route(PATH, lambda _: answer(200, {"meta": {"result_count": 0}}))
    x_client(server, client).search_recent("acme", next_token="tok2")
    assert server.requests[0].query["next_token"] == ["tok2"]
    assert "since_id" not in server.requests[0].query


def test_empty_result(server: LoopbackServer, client: httpx.Client) -> None:
    server.route(PATH, lambda _: answer(200, {"meta": {"result_count": 0}}))
    page = x_client(server, client).search_recent("acme", since_id="1")
    assert page.items == []
    assert page.newest_id is None
    assert page.rate.remaining == 449


def test_rate_limited_carries_the_reset(server: LoopbackServer, client: httpx.Client) -> None:
    headers = {**JSON, "x-rate-limit-remaining": "0"}
    server.route(PATH, lambda _: answer(429, {"title": "Too Many Requests"}, headers))
    with pytest.raises(RateLimited) as caught:
        x_client(server, client).search_recent("acme")
    assert caught.value.reset_at == 1750000000
    assert caught.value.delay_s(now=1749999940) == 60


@pytest.mark.parametrize("status", [401, 403])
def test_auth_errors(server: LoopbackServer, client: httpx.Client, status: int) -> None:
    server.route(PATH, lambda _: answer(status, {"title": "Unauthorized",
                                                 "detail": "Unauthorized"}))
    with pytest.raises(AuthError) as caught:
        x_client(server, client).search_recent("acme")
    assert caught.value.status == status
    assert TOKEN not in str(caught.value)


def test_bad_query_is_a_status_error(server: LoopbackServer, client: httpx.Client) -> None:
    def bad(_: Request) -> Reply:
        return answer(400, {"title": "Invalid Request", "detail": "query too long"})

    server.route(PATH, bad)
    with pytest.raises(HttpStatusError, match="query too long"):
        x_client(server, client).search_recent("acme")


def test_server_error_is_transient(server: LoopbackServer, client: httpx.Client) -> None:
    server.route(PATH, lambda _: answer(503, {}))
    with pytest.raises(SourceUnreachable):
        x_client(server, client).search_recent("acme")


def test_malformed_json(server: LoopbackServer, client: httpx.Client) -> None:
    server.route(PATH, lambda _: Reply(200, JSON, b'{"data": [ oops'))
    with pytest.raises(ResponseMalformed, match="not JSON"):
        x_client(server, client).search_recent("acme")


def test_token_is_not_in_repr(client: httpx.Client) -> None:
    assert TOKEN not in repr(XClient("https://api.x.test/2", TOKEN, client))
    with pytest.raises(ValueError, match="bearer token"):
        XClient("https://api.x.test/2", "", client)
