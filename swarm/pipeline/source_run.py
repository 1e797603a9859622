"""What a feed fetch and an X search share: limits from settings, the source lock, the fenced
writes of the source's state (failure, deferral) and the item payloads.

The source lock is taken without a watchdog: its lease is the fetch's deadline plus
:data:`LOCK_MARGIN_S` for the database writes, so it is never renewed past the deadline. The
fetch itself cannot outlive that deadline (one deadline over connect, headers and body:
:mod:`swarm.fetchers.transport`); if a write comes later than the lease, the fencing token
refuses it, so a late fetch can never overwrite a newer one's state.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from swarm.coordination import Lock, fenced_update
from swarm.fetchers.http import FetchLimits
from swarm.fetchers.normalise import NormalisedItem
from swarm.pipeline import source_store as repo
from swarm.pipeline.ingest import ItemPayload
from swarm.pipeline.scheduling import release_slot
from swarm.runtime import Runtime
from swarm.storage.models import Source

log = logging.getLogger("swarm.fetch")

# Seconds the source lock outlives the fetch deadline: room for the database writes after it.
LOCK_MARGIN_S = 30.0


def payloads(items: list[NormalisedItem], source_id: int, now: datetime) -> list[ItemPayload]:
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
        max_entries=f.max_entries,
        max_title_chars=f.max_title_chars,
        max_text_chars=f.max_text_chars,
    )


def breaker_policy(rt: Runtime) -> repo.BreakerPolicy:
    f = rt.settings.fetch
    return repo.BreakerPolicy(f.breaker_threshold, f.breaker_cooldown_s)


def source_lock(rt: Runtime, source_id: int, deadline_s: float) -> Lock:
    """The source's lock, leased for the fetch deadline plus the write margin, never renewed."""
    return Lock(
        rt.redis,
        f"source:{source_id}",
        lease_ms=int((deadline_s + LOCK_MARGIN_S) * 1000),
        watchdog=False,
        audit_stream_max=rt.settings.locks.audit_stream_max,
    )


def load(session: Session, source_id: int, kind: str, now: datetime) -> Source | None:
    """The source to fetch, or None when it is disabled or its breaker is open (cooling down)."""
    src = session.get(Source, source_id)
    if src is None:
        raise repo.UnknownSource(str(source_id))
    if src.kind != kind:
        raise repo.UnknownSource(f"{source_id} (a {src.kind} source, not {kind})")
    if not src.enabled or repo.breaker_state(src, now) == "open":
        return None
    return src


def fenced_source(session: Session, source_id: int, lock: Lock) -> Source:
    """The source row, after checking that no newer grant of its lock has written it."""
    assert lock.fence is not None
    # Several writes of one grant are fine (allow_equal); an older grant's write is refused.
    fenced_update(session, Source, Source.id == source_id, {}, lock.fence, allow_equal=True)
    src = session.get(Source, source_id)
    assert src is not None
    return src


def defer(
    rt: Runtime, source_id: int, lock: Lock, now: datetime, wait_s: float, why: str,
    **extra: Any,
) -> dict[str, Any]:
    """Push the source's next due time past ``wait_s``; the worker is free at once."""
    with rt.transaction() as session:
        src = fenced_source(session, source_id, lock)
        src.next_due_at = now + timedelta(seconds=wait_s)
        release_slot(rt.redis, src, now)  # claimable again once wait_s has passed
    return {"source_id": source_id, "deferred_s": round(wait_s, 3), "reason": why, "items": [],
            **extra}  # fmt: skip


def record_failure(
    rt: Runtime, source_id: int, lock: Lock, now: datetime, exc: Exception, counts: bool
) -> None:
    """Keep the error on the source; ``counts`` toward the breaker when the fetch is over."""
    log.warning("source %s failed%s: %s", source_id, "" if counts else " (will retry)", exc)
    with rt.transaction() as session:
        src = fenced_source(session, source_id, lock)
        repo.record_failure(src, now, str(exc), breaker_policy(rt), counts=counts)


def release(lock: Lock) -> None:
    if lock.held:
        try:
            lock.release()
        except Exception:  # lost to lease expiry: the next holder's fence protects the data
            log.warning("lock %s was lost before release", lock.name)
