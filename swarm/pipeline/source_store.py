"""Sources (RSS/Atom feeds and X queries): storage, due-time scheduling, circuit breaker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from swarm.errors import PermanentError
from swarm.storage.base import as_utc
from swarm.storage.models import Source

Kind = Literal["rss", "x"]
BreakerState = Literal["closed", "open", "half_open"]

# Circuit breaker defaults: open after this many consecutive failures, retry after the cool-down.
FAILURE_THRESHOLD = 5
COOLDOWN_S = 900.0
# Polling interval of a new source unless given.
DEFAULT_INTERVAL_S = 300
ERROR_TEXT_MAX = 2000


class UnknownSource(PermanentError):
    def __init__(self, ref: str) -> None:
        super().__init__(f"no source {ref!r}; see `swarm sources list`")


@dataclass(frozen=True)
class BreakerPolicy:
    threshold: int = FAILURE_THRESHOLD
    cooldown_s: float = COOLDOWN_S


def breaker_state(source: Source, now: datetime) -> BreakerState:
    """``open`` while cooling down after too many failures, then ``half_open`` (one try)."""
    if source.circuit_open_until is None:
        return "closed"
    until = as_utc(source.circuit_open_until)
    return "open" if now < until else "half_open"


def add_source(
    session: Session,
    kind: Kind,
    target: str,
    name: str | None = None,
    interval_s: int = DEFAULT_INTERVAL_S,
) -> Source:
    if kind not in ("rss", "x"):
        raise PermanentError(f"source kind must be 'rss' or 'x', got {kind!r}")
    if kind == "rss" and not target.startswith(("http://", "https://")):
        raise PermanentError(f"a feed source needs an http(s) URL, got {target!r}")
    if interval_s <= 0:
        raise PermanentError(f"interval must be positive seconds, got {interval_s}")
    existing = session.scalars(select(Source).where(Source.target == target)).one_or_none()
    if existing is not None:
        return existing
    src = Source(kind=kind, target=target, name=name or target[:200], interval_s=interval_s)
    session.add(src)
    session.flush()
    return src


def get_source(session: Session, ref: str | int) -> Source:
    """A source by id or by its target (URL or query)."""
    src = None
    if isinstance(ref, int) or str(ref).isdigit():
        src = session.get(Source, int(ref))
    if src is None:
        src = session.scalars(select(Source).where(Source.target == str(ref))).one_or_none()
    if src is None:
        raise UnknownSource(str(ref))
    return src


def due_sources(session: Session, now: datetime) -> list[Source]:
    """Enabled sources whose next due time has come and whose breaker lets a try through."""
    stmt = (
        select(Source)
        .where(
            Source.enabled.is_(True), or_(Source.next_due_at.is_(None), Source.next_due_at <= now)
        )
        .order_by(Source.id)
    )
    return [s for s in session.scalars(stmt) if breaker_state(s, now) != "open"]


def slot(source: Source, now: datetime) -> int:
    """The polling slot ``now`` falls in: one fetch per source and slot."""
    return int(now.timestamp() // source.interval_s)


def mark_scheduled(source: Source, now: datetime) -> None:
    source.next_due_at = now + timedelta(seconds=source.interval_s)


def record_success(
    source: Source,
    now: datetime,
    items: int,
    etag: str | None = None,
    last_modified: str | None = None,
    warnings: list[str] | None = None,
) -> None:
    """A fetch that worked; ``warnings`` (e.g. broken XML with entries recovered) are kept
    in ``last_error`` with the state ``warning`` so that the feed's owner can be told."""
    source.state = "warning" if warnings else "ok"
    if warnings:
        source.last_error = "; ".join(warnings)[:ERROR_TEXT_MAX]
        source.last_error_at = now
    source.consecutive_failures = 0
    source.circuit_open_until = None
    source.last_success_at = now
    source.items_found += items
    if etag is not None:
        source.etag = etag
    if last_modified is not None:
        source.last_modified = last_modified


def record_failure(
    source: Source, now: datetime, error: str, policy: BreakerPolicy = BreakerPolicy()
) -> None:
    """Count a failure; open the breaker at the threshold (or again after a half-open try)."""
    source.consecutive_failures += 1
    source.last_error = error[:ERROR_TEXT_MAX]
    source.last_error_at = now
    source.state = "failing"
    if source.consecutive_failures >= policy.threshold:
        source.state = "open"
        source.circuit_open_until = now + timedelta(seconds=policy.cooldown_s)
