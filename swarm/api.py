"""A small Python API: add sources, read and label alerts.

    from swarm import api
    source_id = api.add_source("https://example.com/feed.xml")        # an RSS/Atom feed
    api.add_source("(\\"Acme\\" OR $ACME) -is:retweet", kind="x")         # an X search query
    from tasks.detection import fetch_feed; fetch_feed.delay(source_id)
    for alert in api.alerts(): print(alert["company"], alert["event_type"], alert["event_date"])

Each function opens its own transaction on the configured database (or ``runtime`` given).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from swarm import audit
from swarm import runtime as rt_mod
from swarm.errors import PermanentError
from swarm.pipeline import source_store as repo
from swarm.runtime import Runtime
from swarm.storage.models import ALERT_MERGED, ALERT_NEW, ALERT_NOTIFIED, Alert

ALERT_STATUSES = (
    ALERT_NEW, ALERT_NOTIFIED, "confirmed", "false_positive", "dismissed", ALERT_MERGED
)


def _rt(runtime: Runtime | None) -> Runtime:
    return runtime or rt_mod.current()


def add_source(
    target: str,
    kind: repo.Kind = "rss",
    name: str | None = None,
    interval_s: int = repo.DEFAULT_INTERVAL_S,
    runtime: Runtime | None = None,
    actor: str | None = None,
) -> int:
    """Add (or find) a source; return its id. Recorded in the operator audit as
    ``source.add`` by ``actor`` (default: the OS user), as `swarm sources add` records it."""
    with _rt(runtime).transaction() as s:
        src = repo.add_source(s, kind, target, name, interval_s)
        audit.record(s, "source.add", src.target, {"id": src.id, "kind": kind}, actor)
        return src.id


def alert_dict(a: Alert, with_evidence: bool = True) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": a.id,
        "company": a.company,
        "event_type": a.event_type,
        "event_date": a.event_date.isoformat() if a.event_date else None,
        "confidence": a.confidence,
        "status": a.status,
        "config_version": a.config_version,
        "created_at": a.created_at.isoformat(),
        "note": a.note,
        "merged_into": a.merged_into,
    }
    if with_evidence:
        doc["evidence"] = [
            {
                "item_id": e.item_id,
                "kind": e.kind,
                "url": e.url,
                "author": e.author,
                "official": e.official,
                "score": e.score,
                "reasons": (e.details or {}).get("reasons", []),
            }
            for e in a.evidence
        ]
    return doc


def alerts(
    status: str | None = None, limit: int = 100, runtime: Runtime | None = None
) -> list[dict[str, Any]]:
    """Newest alerts first, each with its evidence; alerts merged into another only when
    ``status`` asks for them."""
    stmt = select(Alert).options(selectinload(Alert.evidence)).order_by(Alert.id.desc())
    shown = Alert.status == status if status else Alert.status != ALERT_MERGED
    stmt = stmt.where(shown)
    with _rt(runtime).transaction() as s:
        return [alert_dict(a) for a in s.scalars(stmt.limit(limit))]


def alert(alert_id: int, runtime: Runtime | None = None) -> dict[str, Any]:
    with _rt(runtime).transaction() as s:
        a = s.scalars(
            select(Alert).where(Alert.id == alert_id).options(selectinload(Alert.evidence))
        ).one_or_none()
        if a is None:
            raise PermanentError(f"no alert {alert_id}; see `swarm alerts list`")
        return alert_dict(a)


def label_alert(
    alert_id: int,
    true_positive: bool,
    note: str | None = None,
    runtime: Runtime | None = None,
    actor: str | None = None,
) -> None:
    """Analyst feedback: ``confirmed`` or ``false_positive`` (used by the optimiser), recorded
    in the operator audit as ``alert.label`` by ``actor`` (default: the OS user)."""
    with _rt(runtime).transaction() as s:
        a = s.get(Alert, alert_id)
        if a is None:
            raise PermanentError(f"no alert {alert_id}; see `swarm alerts list`")
        if a.status == ALERT_MERGED:
            raise PermanentError(
                f"alert {alert_id} was merged into alert {a.merged_into} (one event); "
                f"label alert {a.merged_into} instead"
            )
        a.status = "confirmed" if true_positive else "false_positive"
        if note is not None:
            a.note = note
        details = {"status": a.status, "company": a.company, "event_type": a.event_type}
        if note is not None:
            details["note"] = note
        audit.record(s, "alert.label", f"alert {alert_id}", details, actor)
