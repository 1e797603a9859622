"""Apply and roll back recommendations: a new detection config version, switched atomically
under the coordination lock :data:`APPLY_LOCK` (one apply or rollback at a time).

The switch is one database transaction (store the new version, mark it the only active one,
update the recommendation, and with ``audited`` the operator's audit entry), so a worker
reading the active config at the start of a batch sees the old version or the new one, never a
mix; every alert records the version that raised it.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime

import redis
from sqlalchemy.orm import Session

from swarm import audit
from swarm.coordination import Lock
from swarm.detection import DetectionConfig, DetectionConfigError
from swarm.optimization.diff import StaleChange, apply_diff
from swarm.optimization.store import DETECTION_KINDS, get
from swarm.pipeline import catalog
from swarm.storage.models import DetectionConfig as ConfigRow

APPLY_LOCK = "optimiser:apply"  # one config switch at a time, across every optimiser worker

Transaction = Callable[[], AbstractContextManager[Session]]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What an apply or rollback did: ``done`` False comes with the reason."""

    done: bool
    reason: str
    version: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {"done": self.done, "reason": self.reason, "version": self.version}


def _lock(client: redis.Redis, actor: str, lease_ms: int) -> Lock:
    return Lock(client, APPLY_LOCK, lease_ms, owner=f"{actor}:{id(object())}", watchdog=True)


def _busy(lock: Lock) -> Outcome:
    holder = lock.owner() or "another apply"
    return Outcome(False, f"another apply or rollback is in progress (lock held by {holder})")


def _switch(
    transaction: Transaction,
    client: redis.Redis,
    rec_id: int,
    actor: str,
    lease_ms: int,
    step: Callable[[Session, int, str], Outcome],
    audit_action: str | None,
) -> Outcome:
    """Run ``step`` (apply or rollback) under the one-switch-at-a-time lock, in one
    transaction; an operator's switch that happened is recorded as ``audit_action``."""
    lock = _lock(client, actor, lease_ms)
    if not lock.acquire(blocking=False):
        return _busy(lock)
    try:
        with transaction() as session:
            outcome = step(session, rec_id, actor)
            if audit_action and outcome.done:
                audit.record(session, audit_action, f"recommendation {rec_id}",
                             {"version": outcome.version}, actor)  # fmt: skip
            return outcome
    finally:
        lock.release()


def apply(
    transaction: Transaction,
    client: redis.Redis,
    rec_id: int,
    actor: str,
    lease_ms: int,
    *,
    audited: bool = False,
) -> Outcome:
    """Apply approved recommendation ``rec_id`` as a new active config version; an operator's
    apply (``audited``) is recorded as ``recommendation.apply`` in the same transaction."""
    return _switch(transaction, client, rec_id, actor, lease_ms, _apply,
                   "recommendation.apply" if audited else None)  # fmt: skip


def _apply(session: Session, rec_id: int, actor: str) -> Outcome:
    rec = get(session, rec_id)
    if rec.kind not in DETECTION_KINDS:
        return Outcome(False, f"recommendation {rec_id} is {rec.kind} advice, not a detection "
                              "config change: nothing to apply here")  # fmt: skip
    if rec.status != "approved":
        return Outcome(False, f"recommendation {rec_id} is {rec.status}, not approved")
    version, config = catalog.active_config(session)
    try:
        data = apply_diff(config.to_mapping(), rec.diff)
        new = DetectionConfig.from_mapping(data, source=f"recommendation {rec_id}")
    except (StaleChange, DetectionConfigError) as exc:
        rec.status, rec.error = "failed", str(exc)
        return Outcome(False, f"recommendation {rec_id} failed: {exc}")
    row = catalog.store_config(
        session, new, note=f"recommendation {rec_id} ({rec.kind}) by {actor}", activate=True
    )
    rec.status, rec.applied_version, rec.previous_version = "applied", row.version, version
    rec.applied_at = datetime.now(UTC)
    if rec.decided_by is None:
        rec.decided_by, rec.decided_at = actor, rec.applied_at
    return Outcome(True, f"version {row.version} active (was {version})", row.version)


def rollback(
    transaction: Transaction,
    client: redis.Redis,
    rec_id: int,
    actor: str,
    lease_ms: int,
    *,
    audited: bool = False,
) -> Outcome:
    """Restore the config that was active before ``rec_id`` was applied, as a new version; an
    operator's rollback (``audited``) is recorded as ``recommendation.rollback``."""
    return _switch(transaction, client, rec_id, actor, lease_ms, _rollback,
                   "recommendation.rollback" if audited else None)  # fmt: skip


def _rollback(session: Session, rec_id: int, actor: str) -> Outcome:
    rec = get(session, rec_id)
    if rec.status != "applied" or rec.previous_version is None:
        return Outcome(False, f"recommendation {rec_id} is {rec.status}, not applied")
    active, _ = catalog.active_config(session)
    if active != rec.applied_version:
        return Outcome(
            False,
            f"version {active} is active, not {rec.applied_version} (which recommendation "
            f"{rec_id} wrote); roll back the later changes first",
        )
    previous = session.query(ConfigRow).filter_by(version=rec.previous_version).one()
    restored = DetectionConfig.from_mapping(previous.data, source=f"v{rec.previous_version}")
    row = catalog.store_config(
        session,
        restored,
        note=f"rollback of recommendation {rec_id} to v{rec.previous_version} by {actor}",
        activate=True,
    )
    rec.status, rec.rollback_version = "rolled_back", row.version
    rec.rolled_back_at = datetime.now(UTC)
    return Outcome(True, f"version {row.version} active (same config as v{rec.previous_version})",
                   row.version)  # fmt: skip
