"""Recommendations in the database: saved from a tuning run, listed, approved, rejected.

Services take the session and never commit (the caller's transaction does).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from swarm.errors import PermanentError
from swarm.optimization.diff import conflicts
from swarm.optimization.tuning import TuningParams, TuningResult
from swarm.storage.optimization_models import Recommendation

STATUSES = ("pending", "approved", "applied", "rejected", "failed", "rolled_back")
OPEN = ("pending", "approved")  # statuses a newer run supersedes
DETECTION_KINDS = ("detection_weights", "negative_context", "event_phrasing")  # tuning proposals


class UnknownRecommendation(PermanentError):
    def __init__(self, rec_id: int) -> None:
        super().__init__(f"no recommendation {rec_id}; see `swarm recommendations list`")


class WrongStatus(PermanentError):
    """A transition the recommendation's status does not allow."""

    def __init__(self, rec_id: int, status: str, action: str, allowed: tuple[str, ...]) -> None:
        self.status = status
        super().__init__(
            f"recommendation {rec_id} is {status}; only {' or '.join(allowed)} ones can be {action}"
        )


def _now() -> datetime:
    return datetime.now(UTC)


def get(session: Session, rec_id: int) -> Recommendation:
    rec = session.get(Recommendation, rec_id)
    if rec is None:
        raise UnknownRecommendation(rec_id)
    return rec


def save_run(
    session: Session,
    result: TuningResult,
    params: TuningParams,
    items: int,
    base_version: int,
    run_id: str,
) -> list[Recommendation]:
    """Store a run's proposals as ``pending``; open ones of earlier runs are superseded
    (``rejected`` by the optimiser), and conflicts between this run's proposals recorded."""
    open_detection = select(Recommendation).where(
        Recommendation.status.in_(OPEN), Recommendation.kind.in_(DETECTION_KINDS)
    )
    for old in session.scalars(open_detection):
        old.status, old.decided_by, old.decided_at = "rejected", f"optimiser run {run_id}", _now()
        old.error = f"superseded by run {run_id}"
    saved: list[Recommendation] = []
    for p in result.proposals:
        evidence = p.evidence(params, items)
        evidence["conflicts_with"] = conflicts(p.diff, {r.id: r.diff for r in saved})
        rec = Recommendation(
            kind=p.kind, risk=p.risk, status="pending", summary=p.summary, diff=p.diff,
            evidence=evidence, run_id=run_id, base_version=base_version,
        )  # fmt: skip
        session.add(rec)
        session.flush()
        saved.append(rec)
    return saved


def listing(session: Session, status: str | None = None, limit: int = 50) -> list[Recommendation]:
    if status is not None and status not in STATUSES:
        raise PermanentError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
    query = select(Recommendation).order_by(Recommendation.id.desc()).limit(limit)
    if status is not None:
        query = query.where(Recommendation.status == status)
    return list(session.scalars(query))


def open_conflicts(session: Session, rec: Recommendation) -> list[int]:
    """Approved recommendations (other than ``rec``) that change one of its keys."""
    others = session.scalars(
        select(Recommendation).where(
            Recommendation.status == "approved", Recommendation.id != rec.id
        )
    )
    return conflicts(rec.diff, {o.id: o.diff for o in others})


def approve(session: Session, rec_id: int, actor: str) -> Recommendation:
    rec = get(session, rec_id)
    if rec.status != "pending":
        raise WrongStatus(rec_id, rec.status, "approved", ("pending",))
    clash = open_conflicts(session, rec)
    if clash:
        raise PermanentError(
            f"recommendation {rec_id} changes the same keys as approved {clash}; "
            "apply or reject those first"
        )
    rec.status, rec.decided_by, rec.decided_at = "approved", actor, _now()
    return rec


def reject(session: Session, rec_id: int, actor: str, reason: str | None = None) -> Recommendation:
    rec = get(session, rec_id)
    if rec.status not in OPEN:
        raise WrongStatus(rec_id, rec.status, "rejected", OPEN)
    rec.status, rec.decided_by, rec.decided_at = "rejected", actor, _now()
    rec.error = reason
    return rec


def as_dict(rec: Recommendation) -> dict[str, Any]:
    def when(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "id": rec.id,
        "kind": rec.kind,
        "risk": rec.risk,
        "status": rec.status,
        "summary": rec.summary,
        "diff": rec.diff,
        "evidence": rec.evidence,
        "run_id": rec.run_id,
        "base_version": rec.base_version,
        "applied_version": rec.applied_version,
        "previous_version": rec.previous_version,
        "rollback_version": rec.rollback_version,
        "decided_by": rec.decided_by,
        "decided_at": when(rec.decided_at),
        "applied_at": when(rec.applied_at),
        "rolled_back_at": when(rec.rolled_back_at),
        "error": rec.error,
        "created_at": when(rec.created_at),
    }
