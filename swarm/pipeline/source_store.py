"""Sources (RSS/Atom feeds and X queries): storage, due-time scheduling, circuit breaker.

The circuit breaker counts **scheduled fetches**, not attempts: a fetch and its task retries
are one fetch, and it counts one failure only when its last attempt failed (or at once for a
permanent failure). States, read by :func:`breaker_state`:

* ``closed`` — ``circuit_open_until`` is unset; the source is fetched on its interval.
* ``open`` — ``threshold`` scheduled fetches failed in a row; nothing is fetched until
  ``circuit_open_until`` (the next probe time), ``cooldown_s`` later.
* ``half_open`` — the cool-down is over: the scheduler sends **one** probe fetch and sets the
  state ``half_open`` (``circuit_open_until`` moves on by a cool-down, so a probe the broker
  lost is sent again then). A probe that succeeds closes the breaker; one that fails opens it
  again for a full cool-down.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from swarm.errors import PermanentError
from swarm.fetchers.guard import parse_url
from swarm.storage.base import as_utc
from swarm.storage.models import Source

Kind = Literal["rss", "x"]
BreakerState = Literal["closed", "open", "half_open"]

# Circuit breaker defaults: open after this many scheduled fetches failed in a row, probe after
# the cool-down (settings fetch.breaker_threshold / fetch.breaker_cooldown_s).
FAILURE_THRESHOLD = 5
COOLDOWN_S = 900.0
# Polling interval of a new source unless given.
DEFAULT_INTERVAL_S = 300
ERROR_TEXT_MAX = 2000
MAX_QUERY_CHARS = 1024  # the longest X query any access level accepts


class UnknownSource(PermanentError):
    def __init__(self, ref: str) -> None:
        super().__init__(f"no source {ref!r}; see `swarm sources list`")


class InvalidSource(PermanentError):
    """A source that cannot be added as given (bad URL, bad interval, unknown kind)."""


@dataclass(frozen=True)
class BreakerPolicy:
    threshold: int = FAILURE_THRESHOLD
    cooldown_s: float = COOLDOWN_S


def breaker_state(source: Source, now: datetime) -> BreakerState:
    """``open`` while cooling down, ``half_open`` once a probe is due or out, else ``closed``."""
    if source.circuit_open_until is None:
        return "closed"
    if source.state == "half_open":
        return "half_open"
    return "open" if now < as_utc(source.circuit_open_until) else "half_open"


def probe_due(source: Source, now: datetime) -> bool:
    """The breaker is not closed and its next probe time has come."""
    until = source.circuit_open_until
    return until is not None and now >= as_utc(until)


def mark_probe(source: Source, now: datetime, policy: BreakerPolicy = BreakerPolicy()) -> None:
    """The one probe fetch of a half-open breaker is being sent; the next one not before
    another cool-down (if this one is lost)."""
    source.state = "half_open"
    source.circuit_open_until = now + timedelta(seconds=policy.cooldown_s)


def check_target(kind: Kind, target: str) -> str:
    """``target`` stripped, or :class:`InvalidSource` saying what is wrong with it."""
    if kind == "rss":
        try:
            parse_url(target.strip())
        except PermanentError as exc:
            raise InvalidSource(str(exc)) from None
        return target.strip()
    query = " ".join(target.split())
    if not query or len(query) > MAX_QUERY_CHARS:
        raise InvalidSource(
            f"an X query needs 1 to {MAX_QUERY_CHARS} characters, got {len(query)}"
        )
    return query


def add_source(
    session: Session,
    kind: Kind,
    target: str,
    name: str | None = None,
    interval_s: int = DEFAULT_INTERVAL_S,
) -> Source:
    if kind not in ("rss", "x"):
        raise InvalidSource(f"source kind must be 'rss' or 'x', got {kind!r}")
    target = check_target(kind, target)
    if interval_s <= 0:
        raise InvalidSource(f"interval must be positive seconds, got {interval_s}")
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
    """Enabled sources whose due time has come: closed breakers, and breakers whose probe is due
    (an open breaker cooling down, or a probe already out, is not due)."""
    stmt = (
        select(Source)
        .where(
            Source.enabled.is_(True), or_(Source.next_due_at.is_(None), Source.next_due_at <= now)
        )
        .order_by(Source.id)
    )
    return [s for s in session.scalars(stmt) if s.circuit_open_until is None or probe_due(s, now)]


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
    source: Source,
    now: datetime,
    error: str,
    policy: BreakerPolicy = BreakerPolicy(),
    counts: bool = True,
) -> None:
    """Record a failed attempt; ``counts`` when it ends a scheduled fetch (its last attempt, or
    a permanent failure): then it counts toward the breaker, which opens at the threshold, or
    at once after a failed probe. An attempt that will be retried only records the error."""
    source.last_error = error[:ERROR_TEXT_MAX]
    source.last_error_at = now
    if not counts:
        if source.state != "half_open":
            source.state = "failing"
        return
    probing = breaker_state(source, now) == "half_open"
    source.consecutive_failures += 1
    source.state = "failing"
    if probing or source.consecutive_failures >= policy.threshold:
        source.state = "open"
        source.circuit_open_until = now + timedelta(seconds=policy.cooldown_s)


def breaker_view(source: Source, now: datetime) -> dict[str, str | None]:
    """The breaker as ``swarm sources list`` shows it: state and next probe (ISO) or why not."""
    state = breaker_state(source, now)
    if state == "closed":
        return {"breaker": "closed", "next_probe": None}
    until = as_utc(source.circuit_open_until) if source.circuit_open_until else None
    if source.state == "half_open" and until is not None and now < until:
        return {"breaker": "half_open", "next_probe": f"probing (again at {until.isoformat()})"}
    if state == "half_open":
        return {"breaker": "half_open", "next_probe": "due now"}
    return {"breaker": "open", "next_probe": until.isoformat() if until else None}
