"""Fetch one source under its coordination lock and store what it found as pending items.

The source's row is written with the lock's fencing token: a fetch that lost its lock cannot
overwrite the state a newer fetch wrote. Failures are recorded on the source (``last_error``,
circuit breaker). A scheduled fetch counts **one** failure toward the breaker however many
attempts it made: an attempt that the task will retry (``final_attempt=False``) only records
its error; the last attempt, or a permanent failure (malformed feed, refused address, past its
deadline), counts. A final failure is returned, not raised: the source's state is the record,
and the source is tried again at its next due time (or probe, when the breaker opened).

X searches: :mod:`swarm.pipeline.x_search`.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from swarm.coordination import TokenBucket
from swarm.errors import TransientError
from swarm.fetchers.errors import SourceError
from swarm.fetchers.rss import fetch_and_parse
from swarm.pipeline import source_store as repo
from swarm.pipeline.ingest import store_pending
from swarm.pipeline.source_run import (
    breaker_policy,
    defer,
    fenced_source,
    fetch_limits,
    load,
    payloads,
    record_failure,
    release,
    source_lock,
)
from swarm.pipeline.x_search import X_BUDGET, X_WINDOW_S, search_x_source
from swarm.runtime import Runtime
from swarm.storage.models import Source

__all__ = [
    "X_BUDGET",
    "X_WINDOW_S",
    "breaker_policy",
    "count_signals",
    "fetch_limits",
    "fetch_rss_source",
    "search_x_source",
]

log = logging.getLogger("swarm.fetch")


def fetch_rss_source(
    rt: Runtime, source_id: int, now: datetime, final_attempt: bool = True
) -> dict[str, Any]:
    """Fetch, parse and store one feed; returns the new items (to hand on) and a summary."""
    limits = fetch_limits(rt)
    lock = source_lock(rt, source_id, limits.total_s)
    if not lock.acquire(blocking=False):
        return {"source_id": source_id, "skipped": "another fetch holds the source", "items": []}
    try:
        with rt.transaction() as session:
            src = load(session, source_id, "rss", now)
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
            return defer(rt, source_id, lock, now, wait_s, "host politeness budget")
        try:
            fetched = fetch_and_parse(rt.http, url, etag=etag, last_modified=modified,
                                      limits=limits)  # fmt: skip
        except SourceError as exc:
            retried = isinstance(exc, TransientError) and not final_attempt
            record_failure(rt, source_id, lock, now, exc, counts=not retried)
            if retried:
                raise
            return {"source_id": source_id, "error": str(exc), "items": []}
        with rt.transaction() as session:
            src = fenced_source(session, source_id, lock)
            report = store_pending(session, payloads(fetched.items, source_id, now), now)
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
        release(lock)


def count_signals(session: Session, source_id: int | None, n: int) -> None:
    if source_id is not None and n:
        src = session.get(Source, source_id)
        if src is not None:
            src.signals_found += n
