"""``schedule_sources``: which sources are due, each enqueued at most once per slot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import redis
from sqlalchemy.orm import Session

from swarm import keys
from swarm.pipeline import source_store as repo
from swarm.storage.models import Source


@dataclass(frozen=True)
class Due:
    source_id: int
    kind: str
    slot: int


def slot_key(source_id: int, slot: int) -> str:
    return f"{keys.SEEN}:slot:{source_id}:{slot}"


def release_slot(client: redis.Redis, source: Source, now: datetime) -> None:
    """Let a fetch that was deferred (host politeness) be claimed again within its slot.

    Without this, every source past the host's burst loses its whole slot, and when many
    sources of one host fall due together the same ones lose every slot.
    """
    client.delete(slot_key(source.id, repo.slot(source, now)))


def claim_due(
    session: Session,
    client: redis.Redis,
    now: datetime,
    breaker: repo.BreakerPolicy = repo.BreakerPolicy(),
) -> list[Due]:
    """Due sources whose current slot no earlier sweep claimed; their next due time moves on.

    The slot claim is a Redis ``SET NX`` that lives two intervals, so two overlapping sweeps
    (or a sweep redelivered after a crash) never enqueue the same slot twice. A source whose
    breaker's cool-down is over gets its one probe fetch (:func:`repo.mark_probe`).
    """
    due = []
    for src in repo.due_sources(session, now):
        slot = repo.slot(src, now)
        if client.set(slot_key(src.id, slot), 1, nx=True, ex=2 * src.interval_s):
            if repo.probe_due(src, now):
                repo.mark_probe(src, now, breaker)
            repo.mark_scheduled(src, now)
            due.append(Due(src.id, src.kind, slot))
    return due
