"""One poll of an X search source: every page of the burst since the last poll, nothing lost.

The API answers newest first, at most ``x.max_results`` posts per page, with a ``next_token``
while older posts remain. A poll reads pages from ``since_id`` until no ``next_token`` is left,
within the shared rate budget (a token bucket in Redis that every twitter_monitor worker
draws from, kept in step with the ``x-rate-limit-*`` headers), ``fetch.x_max_pages`` pages and
the fetch deadline (``fetch.total_s`` for the whole poll).

Each page is stored (items pending) in its own transaction together with the cursor:
``x_next_token`` (the next page to read) and ``x_pending_since_id`` (the newest id of the burst,
from its first page). ``since_id`` moves to that newest id only when the last page of the burst
is in. When the budget, the page limit or the deadline stops a poll mid-burst, the cursor
stays and the next poll continues the burst from it; posts that arrive meanwhile are newer
than the burst and are read by the poll after it completes. A cursor the API no longer accepts
(HTTP 400) is dropped and the burst is read again from ``since_id`` (stored items are unique,
so nothing is counted twice).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from swarm.coordination import Lock, TokenBucket
from swarm.errors import PermanentError, TransientError
from swarm.fetchers.errors import HttpStatusError, RateLimited, SourceError
from swarm.fetchers.transport import deadline, remaining
from swarm.fetchers.x import XClient
from swarm.pipeline import source_store as repo
from swarm.pipeline.ingest import ItemPayload, store_pending
from swarm.pipeline.source_run import (
    defer,
    fenced_source,
    fetch_limits,
    load,
    payloads,
    record_failure,
    release,
    source_lock,
)
from swarm.runtime import Runtime

log = logging.getLogger("swarm.fetch")

# X API v2 recent search (app auth): 450 requests per 15-minute window.
X_BUDGET = 450
X_WINDOW_S = 900.0


def search_x_source(
    rt: Runtime, source_id: int, now: datetime, final_attempt: bool = True
) -> dict[str, Any]:
    """Read the source's query from its cursor or ``since_id``; hand back the new items."""
    limits = fetch_limits(rt)
    lock = source_lock(rt, source_id, limits.total_s)
    if not lock.acquire(blocking=False):
        return {"source_id": source_id, "skipped": "another search holds the source", "items": []}
    try:
        with rt.transaction() as session:
            src = load(session, source_id, "x", now)
            if src is None:
                return {"source_id": source_id, "skipped": "disabled or circuit open", "items": []}
            query = src.target
        token = rt.settings.x.bearer_token
        if token is None:
            exc = PermanentError("X API bearer token not set: set SWARM_X__BEARER_TOKEN")
            record_failure(rt, source_id, lock, now, exc, counts=True)
            return {"source_id": source_id, "error": str(exc), "items": []}
        client = XClient(rt.settings.x.api_url, token.get_secret_value(), rt.http, limits,
                         limits.max_text_chars)  # fmt: skip
        with deadline(limits.total_s):
            return _pages(rt, source_id, lock, now, client, query, final_attempt)
    finally:
        release(lock)


def _pages(
    rt: Runtime, source_id: int, lock: Lock, now: datetime, client: XClient, query: str,
    final_attempt: bool,
) -> dict[str, Any]:
    bucket = TokenBucket(rt.redis, "x-api", X_BUDGET, X_BUDGET / X_WINDOW_S)
    new: list[ItemPayload] = []
    known = pages = 0

    def outcome(**extra: Any) -> dict[str, Any]:
        return {"source_id": source_id, "new": len(new), "known": known, "pages": pages,
                "items": new, **extra}  # fmt: skip

    while True:
        with rt.transaction() as session:
            src = fenced_source(session, source_id, lock)
            since_id, cursor = src.since_id, src.x_next_token
        if pages >= rt.settings.fetch.x_max_pages:
            return outcome(resume="page limit of this poll reached; the next poll continues")
        left = remaining()
        if left is not None and left <= 0:
            return outcome(resume="deadline of this poll reached; the next poll continues")
        allowed, wait_s = bucket.try_acquire()
        if not allowed:
            return {**defer(rt, source_id, lock, now, wait_s, "shared X API budget"),
                    **outcome()}  # fmt: skip
        try:
            page = client.search_recent(query, since_id=since_id,
                                        max_results=rt.settings.x.max_results, next_token=cursor)
        except RateLimited as exc:
            if exc.reset_at is None and not pages:
                raise  # no reset time given: the task retries with back-off
            reset = exc.reset_at if exc.reset_at is not None else now.timestamp() + 60
            bucket.set_from_headers(0, reset)
            wait = max(reset - now.timestamp(), 1.0)
            return {**defer(rt, source_id, lock, now, wait, "X API rate limit (429)"),
                    **outcome()}  # fmt: skip
        except HttpStatusError as exc:
            if cursor and exc.status == 400:
                log.warning("source %s: the X API refused the saved cursor (%s); reading the"
                            " burst again from since_id", source_id, exc)  # fmt: skip
                _drop_cursor(rt, source_id, lock)
                continue
            record_failure(rt, source_id, lock, now, exc, counts=True)
            return outcome(error=str(exc))
        except SourceError as exc:
            retried = isinstance(exc, TransientError) and not final_attempt
            record_failure(rt, source_id, lock, now, exc, counts=not retried)
            if retried and not pages:
                raise  # nothing stored yet: the task retries with back-off
            return outcome(error=str(exc))  # pages stored keep their cursor
        pages += 1
        if page.rate.remaining is not None and page.rate.reset_epoch is not None:
            bucket.set_from_headers(page.rate.remaining, page.rate.reset_epoch)
        with rt.transaction() as session:
            src = fenced_source(session, source_id, lock)
            report = store_pending(session, payloads(page.items, source_id, now), now)
            new += report.new
            known += report.skipped
            src.items_found += len(report.new)
            if src.x_pending_since_id is None:
                src.x_pending_since_id = page.newest_id
            if page.next_token:
                src.x_next_token = page.next_token
                continue
            if src.x_pending_since_id:
                src.since_id = src.x_pending_since_id
            src.x_next_token = src.x_pending_since_id = None
            repo.record_success(src, now, 0)
        return outcome()


def _drop_cursor(rt: Runtime, source_id: int, lock: Lock) -> None:
    with rt.transaction() as session:
        src = fenced_source(session, source_id, lock)
        src.x_next_token = src.x_pending_since_id = None
