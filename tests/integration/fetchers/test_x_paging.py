"""X searches read every page of a burst, within the shared rate budget, and resume.

A fake X API v2 on loopback serves a list of posts newest first, honouring ``since_id``,
``max_results`` and an opaque ``next_token``, and sends ``x-rate-limit-*`` headers as the real
API does. Assertions are on what was stored and on the requests the API received.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis
from sqlalchemy import select

from swarm.coordination import TokenBucket
from swarm.pipeline import fetching
from swarm.pipeline import source_store as repo
from swarm.runtime import Runtime
from swarm.settings import load_settings
from swarm.storage import migrate
from swarm.storage.models import Item, Source
from tests.httpserver import LoopbackServer, Reply, Request

pytestmark = pytest.mark.integration

PAGE = 50
FIRST_ID = 1_000_000


class FakeXApi:
    """Posts ``FIRST_ID …`` (ids grow with time); ``remaining`` calls left in the window."""

    def __init__(self, server: LoopbackServer) -> None:
        self.ids: list[int] = []
        self.remaining = 450
        self.reset = int(time.time()) + 900
        server.route("/2/tweets/search/recent", self.search)

    def publish(self, n: int) -> None:
        start = self.ids[-1] + 1 if self.ids else FIRST_ID
        self.ids += range(start, start + n)

    def search(self, req: Request) -> Reply:
        since = int(req.query.get("since_id", ["0"])[0])
        size = int(req.query["max_results"][0])
        # Like the real API's, a token stands for a fixed position: "older than this id".
        before = int(req.query.get("next_token", [str(10**18)])[0])
        newer = sorted((i for i in self.ids if since < i < before), reverse=True)
        page = newer[:size]
        self.remaining = max(self.remaining - 1, 0)
        meta: dict[str, object] = {"result_count": len(page)}
        if page:
            meta.update(newest_id=str(page[0]), oldest_id=str(page[-1]))
        if len(newer) > size:
            meta["next_token"] = str(page[-1])
        body = {"data": [{"id": str(i), "text": f"post {i}", "author_id": "7"} for i in page],
                "includes": {"users": [{"id": "7", "username": "acme"}]}, "meta": meta}
        return Reply(200, {"Content-Type": "application/json",
                           "x-rate-limit-limit": "450",
                           "x-rate-limit-remaining": str(self.remaining),
                           "x-rate-limit-reset": str(self.reset)},
                     json.dumps(body).encode())  # fmt: skip


@pytest.fixture
def rt(redis_url: str, redis_client: redis.Redis, tmp_path: Path) -> Iterator[Runtime]:
    settings = load_settings(broker_url=redis_url, database={"url": f"sqlite:///{tmp_path}/x.db"},
                             x={"bearer_token": "t", "max_results": PAGE},
                             fetch={"allow_hosts": ["127.0.0.1"]})  # fmt: skip
    runtime = Runtime(settings)
    migrate.upgrade(runtime.engine)
    yield runtime
    runtime.close()


@pytest.fixture
def api(rt: Runtime, server: LoopbackServer) -> FakeXApi:
    rt.settings.x.api_url = server.url("/2")
    return FakeXApi(server)


def _poll(rt: Runtime, source_id: int) -> dict[str, object]:
    return fetching.search_x_source(rt, source_id, datetime.now(UTC))


def _stored_ids(rt: Runtime) -> list[str]:
    with rt.transaction() as s:
        return [i.url.rsplit("/", 1)[-1] for i in s.scalars(select(Item))]


def _source(rt: Runtime, source_id: int) -> Source:
    with rt.transaction() as s:
        src = s.get(Source, source_id)
        assert src is not None
        s.expunge(src)
        return src


def _add(rt: Runtime) -> int:
    with rt.transaction() as s:
        return repo.add_source(s, "x", "$ACME", None, 60).id


def test_a_burst_larger_than_a_page_is_read_whole(
    rt: Runtime, api: FakeXApi, server: LoopbackServer
) -> None:
    source_id = _add(rt)
    api.publish(1)
    _poll(rt, source_id)  # the first poll sets since_id
    api.publish(138)  # then a burst arrives between two polls
    out = _poll(rt, source_id)
    stored = _stored_ids(rt)
    assert out["new"] == 138 and out["pages"] == 3
    assert len(stored) == len(set(stored)) == 139  # none lost, none twice
    assert sorted(int(i) for i in stored) == api.ids
    src = _source(rt, source_id)
    assert src.since_id == str(api.ids[-1]) and src.x_next_token is None
    tokens = [r.query.get("next_token", [None])[0] for r in server.requests]
    burst = sorted(api.ids[1:], reverse=True)
    assert tokens == [None, None, str(burst[PAGE - 1]), str(burst[2 * PAGE - 1])]  # once each
    assert _poll(rt, source_id)["new"] == 0


def test_a_budget_that_runs_out_mid_burst_resumes_on_the_next_poll(
    rt: Runtime, api: FakeXApi, server: LoopbackServer
) -> None:
    source_id = _add(rt)
    api.publish(1)
    _poll(rt, source_id)
    api.publish(138)
    api.remaining = 1  # one call left in the API's window: this poll gets one page
    first = _poll(rt, source_id)
    assert first["new"] == PAGE and first["reason"] == "shared X API budget"
    src = _source(rt, source_id)
    assert src.since_id == str(FIRST_ID)  # not moved while the burst is incomplete
    token = str(api.ids[-PAGE])  # the oldest post of the first page
    assert src.x_next_token == token and src.x_pending_since_id == str(api.ids[-1])
    assert src.next_due_at is not None  # deferred to the budget's reset

    api.publish(5)  # newer posts arrive before the next poll
    TokenBucket(rt.redis, "x-api", fetching.X_BUDGET, fetching.X_BUDGET / fetching.X_WINDOW_S
                ).set_from_headers(fetching.X_BUDGET, time.time() - 1)  # the window reset
    api.remaining = 450
    second = _poll(rt, source_id)
    assert server.requests[-2].query["next_token"] == [token]  # continued where it stopped
    assert second["new"] == 88
    src = _source(rt, source_id)
    assert src.since_id == str(FIRST_ID + 138) and src.x_next_token is None
    third = _poll(rt, source_id)  # the posts that arrived during the burst
    assert third["new"] == 5
    stored = _stored_ids(rt)
    assert len(stored) == len(set(stored)) == 1 + 138 + 5
    assert _source(rt, source_id).since_id == str(api.ids[-1])


def test_a_cursor_the_api_refuses_is_dropped_and_the_burst_read_again(
    rt: Runtime, api: FakeXApi, server: LoopbackServer
) -> None:
    source_id = _add(rt)
    api.publish(120)
    with rt.transaction() as s:
        src = s.get(Source, source_id)
        assert src is not None
        src.x_next_token, src.x_pending_since_id = "expired", "999"
    original = api.search
    server.route("/2/tweets/search/recent", lambda req: Reply(
        400, {"Content-Type": "application/json"}, b'{"title": "Invalid Request"}'
    ) if req.query.get("next_token") == ["expired"] else original(req))
    out = _poll(rt, source_id)
    assert out["new"] == 120 and len(set(_stored_ids(rt))) == 120
    assert _source(rt, source_id).since_id == str(api.ids[-1])
