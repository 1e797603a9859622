"""The guard after an apply: precision on feedback about alerts the new version raised.

Pure decision (:func:`verdict`) and the job that rolls back (:func:`guard_applied`): an applied
detection change whose labelled alerts show precision more than ``tolerance`` below what the
recommendation predicted (once ``min_labels`` alerts are labelled) is rolled back.
"""

from __future__ import annotations

from dataclasses import dataclass

import redis
from sqlalchemy import func, select

from swarm.optimization import applying
from swarm.optimization.applying import Transaction
from swarm.optimization.store import DETECTION_KINDS
from swarm.storage.models import Alert, Recommendation

ACTOR = "optimiser (guard)"


@dataclass(frozen=True, slots=True)
class GuardPolicy:
    """``tolerance``: precision drop below the prediction that triggers a rollback;
    ``min_labels``: labelled alerts needed before the guard judges."""

    tolerance: float = 0.1
    min_labels: int = 10


def verdict(
    confirmed: int, false_positives: int, expected: float, policy: GuardPolicy
) -> str | None:
    """Why to roll back, or None (too few labels, or precision within tolerance)."""
    labelled = confirmed + false_positives
    if labelled < policy.min_labels:
        return None
    observed = confirmed / labelled
    if observed < expected - policy.tolerance:
        return (f"precision on {labelled} labelled alerts is {observed:.3f}, below the "
                f"predicted {expected:.3f} by more than {policy.tolerance}")  # fmt: skip
    return None


def guard_applied(
    transaction: Transaction, client: redis.Redis, policy: GuardPolicy, lease_ms: int
) -> list[dict[str, object]]:
    """Check every applied detection change; roll back those the feedback contradicts."""
    todo: list[tuple[int, str]] = []
    with transaction() as session:
        applied = session.scalars(select(Recommendation).where(
            Recommendation.status == "applied", Recommendation.kind.in_(DETECTION_KINDS)
        ))  # fmt: skip
        for rec in applied:
            counts = dict(session.execute(
                select(Alert.status, func.count()).where(
                    Alert.config_version == rec.applied_version,
                    Alert.status.in_(("confirmed", "false_positive")),
                ).group_by(Alert.status)
            ).all())  # fmt: skip
            expected = float((rec.evidence or {}).get("after", {}).get("precision", 0.0))
            reason = verdict(counts.get("confirmed", 0), counts.get("false_positive", 0),
                             expected, policy)  # fmt: skip
            if reason is not None:
                todo.append((rec.id, reason))
    out: list[dict[str, object]] = []
    for rec_id, reason in todo:
        outcome = applying.rollback(transaction, client, rec_id, ACTOR, lease_ms)
        if outcome.done:
            with transaction() as session:
                done = session.get(Recommendation, rec_id)
                if done is not None:
                    done.error = f"rolled back by the guard: {reason}"
        out.append({"id": rec_id, "why": reason, **outcome.to_dict()})
    return out
