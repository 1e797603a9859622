"""Fetch one source under its coordination lock and store what it found as pending items.

The source's row is written with the lock's fencing token (``fenced_update``): a fetch that
lost its lock (paused past the lease) cannot overwrite the state a newer fetch wrote.
Failures are recorded on the source (``last_error``, circuit breaker) — a malformed feed is
not retried in a loop; an unreachable one is retried by the task with back-off.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from swarm.coordination import Lock, TokenBucket, fenced_update
from swarm.errors import PermanentError, TransientError
from swarm.fetchers.errors import RateLimited, SourceError
from swarm.fetchers.http import FetchLimits
from swarm.fetchers.normalise import NormalisedItem
from swarm.fetchers.rss import fetch_and_parse
from swarm.fetchers.x import XClient
from swarm.pipeline import source_store as repo
from swarm.pipeline.ingest import ItemPayload, store_pending
from swarm.runtime import Runtime
from swarm.storage.models import Source

log = logging.getLogger("swarm.fetch")

# X API v2 recent search (app auth): 450 requests per 15-minute window.
X_BUDGET = 450
X_WINDOW_S = 900.0


def _payloads(items: list[NormalisedItem], source_id: int, now: datetime) -> list[ItemPayload]:
    return [
        ItemPayload(
            id=i.id,
            kind=i.kind,
            url=i.url,
            title=i.title,
            text=i.text,
            author=i.author,
            published=i.published,
            fingerprint=i.fingerprint,
            source_id=source_id,
            seen_at=now,
        )
        for i in items
    ]


def fetch_limits(rt: Runtime) -> FetchLimits:
    f = rt.settings.fetch
    return FetchLimits(
        connect_s=f.connect_s,
        read_s=f.read_s,
        total_s=f.total_s,
        max_bytes=f.max_bytes,
        max_redirects=f.max_redirects,
    )


def _breaker(rt: Runtime) -> repo.BreakerPolicy:
    f = rt.settings.fetch
    return repo.BreakerPolicy(f.breaker_threshold, f.breaker_cooldown_s)


def _source_lock(rt: Runtime, source_id: int) -> Lock:
    return Lock(
        rt.redis,
        f"source:{source_id}",
        lease_ms=rt.settings.locks.lease_ms,
        watchdog=True,
        audit_stream_max=rt.settings.locks.audit_stream_max,
    )


def _load(session: Session, source_id: int, kind: str, now: datetime) -> Source | None:
    src = session.get(Source, source_id)
    if src is None:
        raise repo.UnknownSource(str(source_id))
    if src.kind != kind:
        raise repo.UnknownSource(f"{source_id} (a {src.kind} source, not {kind})")
    if not src.enabled or repo.breaker_state(src, now) == "open":
        return None
    return src


def _fence(session: Session, source_id: int, lock: Lock) -> None:
    assert lock.fence is not None
    # Several writes of one grant are fine (allow_equal); an older grant's write is refused.
    fenced_update(session, Source, Source.id == source_id, {}, lock.fence, allow_equal=True)


def fetch_rss_source(rt: Runtime, source_id: int, now: datetime) -> dict[str, Any]:
    """Fetch, parse and store one feed; returns the new items (to hand on) and a summary."""
    lock = _source_lock(rt, source_id)
    if not lock.acquire(blocking=False):
        return {"source_id": source_id, "skipped": "another fetch holds the source", "items": []}
    try:
        with rt.transaction() as session:
            src = _load(session, source_id, "rss", now)
            if src is None:
                return {"source_id": source_id, "skipped": "disabled or circuit open", "items": []}
            url, etag, modified = src.target, src.etag, src.last_modified
        host = urlsplit(url).hostname or "unknown"
        politeness = rt.settings.fetch
        bucket = TokenBucket(
            rt.redis, f"host:{host}", politeness.host_burst, politeness.host_rate_per_s
        )
        allowed, wait_s = bucket.try_acquire()
        if not allowed:
            return _defer(rt, source_id, lock, now, wait_s, "host politeness budget")
        try:
            fetched = fetch_and_parse(
                rt.http, url, etag=etag, last_modified=modified, limits=fetch_limits(rt)
            )
        except SourceError as exc:
            _record_failure(rt, source_id, lock, now, exc)
            if isinstance(exc, TransientError):
                raise
            return {"source_id": source_id, "error": str(exc), "items": []}
        with rt.transaction() as session:
            _fence(session, source_id, lock)
            src = session.get(Source, source_id)
            assert src is not None
            report = store_pending(session, _payloads(fetched.items, source_id, now), now)
            repo.record_success(
                src, now, len(report.new), fetched.etag, fetched.last_modified, fetched.warnings
            )
        return {
            "source_id": source_id,
            "status": fetched.status,
            "new": len(report.new),
            "known": report.skipped,
            "items": report.new,
        }
    finally:
        _release(lock)


def search_x_source(rt: Runtime, source_id: int, now: datetime) -> dict[str, Any]:
    """Run one X query from its ``since_id``; a rate limit defers the source to the reset."""
    lock = _source_lock(rt, source_id)
    if not lock.acquire(blocking=False):
        return {"source_id": source_id, "skipped": "another search holds the source", "items": []}
    try:
        with rt.transaction() as session:
            src = _load(session, source_id, "x", now)
            if src is None:
                return {"source_id": source_id, "skipped": "disabled or circuit open", "items": []}
            query, since_id = src.target, src.since_id
        token = rt.settings.x.bearer_token
        if token is None:
            exc = PermanentError("X API bearer token not set: set SWARM_X__BEARER_TOKEN")
            _record_failure(rt, source_id, lock, now, exc)
            return {"source_id": source_id, "error": str(exc), "items": []}
        bucket = TokenBucket(rt.redis, "x-api", X_BUDGET, X_BUDGET / X_WINDOW_S)
        allowed, wait_s = bucket.try_acquire()
        if not allowed:
            return _defer(rt, source_id, lock, now, wait_s, "shared X API budget")
        client = XClient(rt.settings.x.api_url, token.get_secret_value(), rt.http, fetch_limits(rt))
        try:
            page = client.search_recent(
                query, since_id=since_id, max_results=rt.settings.x.max_results
            )
        except RateLimited as exc:
            if exc.reset_at is None:
                raise  # no reset time given: the task retries with back-off
            wait = max(exc.reset_at - now.timestamp(), 1.0)
            bucket.set_from_headers(0, exc.reset_at)
            return _defer(rt, source_id, lock, now, wait, "X API rate limit (429)")
        except SourceError as exc:
            _record_failure(rt, source_id, lock, now, exc)
            if isinstance(exc, TransientError):
                raise
            return {"source_id": source_id, "error": str(exc), "items": []}
        if page.rate.remaining is not None and page.rate.reset_epoch is not None:
            bucket.set_from_headers(page.rate.remaining, page.rate.reset_epoch)
        with rt.transaction() as session:
            _fence(session, source_id, lock)
            src = session.get(Source, source_id)
            assert src is not None
            report = store_pending(session, _payloads(page.items, source_id, now), now)
            if page.newest_id:
                src.since_id = page.newest_id
            repo.record_success(src, now, len(report.new))
        return {
            "source_id": source_id,
            "new": len(report.new),
            "known": report.skipped,
            "items": report.new,
        }
    finally:
        _release(lock)


def _defer(
    rt: Runtime, source_id: int, lock: Lock, now: datetime, wait_s: float, why: str
) -> dict[str, Any]:
    """Push the source's next due time past ``wait_s``; the worker is free at once."""
    with rt.transaction() as session:
        _fence(session, source_id, lock)
        src = session.get(Source, source_id)
        assert src is not None
        src.next_due_at = now + timedelta(seconds=wait_s)
    return {"source_id": source_id, "deferred_s": round(wait_s, 3), "reason": why, "items": []}


def _record_failure(rt: Runtime, source_id: int, lock: Lock, now: datetime, exc: Exception) -> None:
    log.warning("source %s failed: %s", source_id, exc)
    with rt.transaction() as session:
        _fence(session, source_id, lock)
        src = session.get(Source, source_id)
        assert src is not None
        repo.record_failure(src, now, str(exc), _breaker(rt))


def _release(lock: Lock) -> None:
    if lock.held:
        try:
            lock.release()
        except Exception:  # lost to lease expiry: the next holder's fence protects the data
            log.warning("lock %s was lost before release", lock.name)


def count_signals(session: Session, source_id: int | None, n: int) -> None:
    if source_id is not None and n:
        src = session.get(Source, source_id)
        if src is not None:
            src.signals_found += n

