"""Where health snapshots live: the latest in Redis, a bounded history in the database."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import redis
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from swarm import keys
from swarm.findings import Snapshot
from swarm.storage.models import HealthRecord

LATEST = f"{keys.HEALTH}:latest"


def save_latest(client: redis.Redis, snapshot: Snapshot) -> None:
    client.set(LATEST, json.dumps(snapshot.to_dict()))


def latest(client: redis.Redis) -> Snapshot | None:
    """The newest sweep's snapshot, or None when no sweep has run on this Redis."""
    raw = client.get(LATEST)
    return None if raw is None else Snapshot.from_dict(json.loads(raw))


def append_history(session: Session, snapshot: Snapshot, history_max: int) -> int:
    """Store ``snapshot``; keep only the newest ``history_max`` rows. Returns its id."""
    row = HealthRecord(
        taken_at=datetime.fromtimestamp(snapshot.at, UTC),
        status=snapshot.status,
        findings=snapshot.to_dict()["findings"],
    )
    session.add(row)
    session.flush()
    cutoff = session.scalar(
        select(HealthRecord.id).order_by(HealthRecord.id.desc()).offset(history_max).limit(1)
    )
    if cutoff is not None:
        session.execute(delete(HealthRecord).where(HealthRecord.id <= cutoff))
    return row.id


def history_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(HealthRecord)) or 0)
