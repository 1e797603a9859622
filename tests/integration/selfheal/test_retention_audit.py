"""Retention deletes old rows in batches and keeps what is still needed; the audit lists."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from swarm import audit, retention
from swarm.storage.models import AuditEntry, DeadLetter, HealthRecord, Item, Signal

pytestmark = pytest.mark.integration
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
DAYS = retention.RetentionDays(items=30, signals=30, health=7, audit=365, dead_letters=30)


def item(i: int, age_days: float, processed: bool) -> Item:
    at = NOW - timedelta(days=age_days)
    return Item(id=f"i{i}", kind="rss", url=f"https://x.example/{i}", fingerprint=f"f{i}",
                fetched_at=at, processed_at=at if processed else None)  # fmt: skip


def count(engine: Engine, model: type) -> int:
    with Session(engine) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_retention_deletes_old_rows_in_batches_and_keeps_unfinished_work(engine: Engine) -> None:
    old, new = NOW - timedelta(days=400), NOW - timedelta(days=1)
    with Session(engine) as s, s.begin():
        s.add_all([item(i, 60, processed=True) for i in range(25)])  # old, done: deleted
        s.add(item(100, 60, processed=False))  # old but never analysed: kept
        s.add(item(101, 1, processed=True))  # recent: kept
        s.flush()
        s.add(Signal(item_id="i0", payload={}, created_at=old, merged_at=old))  # deleted
        s.add(Signal(item_id="i100", payload={}, created_at=old, merged_at=None))  # kept
        s.add_all([HealthRecord(taken_at=t, status="ok", findings=[]) for t in (old, new)])
        s.add_all([AuditEntry(at=t, actor="a", action="x", target="", details={})
                   for t in (old, new)])  # fmt: skip
        s.add_all([DeadLetter(task_name="t", task_id=str(i), payload={}, error="e",
                              created_at=t) for i, t in enumerate((old, new))])  # fmt: skip
    transactions = 0

    @contextmanager
    def transaction() -> Iterator[Session]:
        nonlocal transactions
        transactions += 1
        with Session(engine) as s, s.begin():
            yield s

    deleted = retention.sweep(transaction, DAYS, NOW, batch=10)
    assert deleted == {"signals": 1, "items": 25, "health_history": 1, "audit_entries": 1,
                       "dead_letters": 1}  # fmt: skip
    assert transactions >= 3 + 4  # items took three batches of at most 10
    with Session(engine) as s:
        assert sorted(s.scalars(select(Item.id))) == ["i100", "i101"]
        assert list(s.scalars(select(Signal.item_id))) == ["i100"]
    assert count(engine, HealthRecord) == count(engine, AuditEntry) == 1
    assert count(engine, DeadLetter) == 1
    assert retention.sweep(transaction, DAYS, NOW, batch=10) == dict.fromkeys(deleted, 0)


def test_audit_records_who_and_swarm_audit_lists_it(
    engine: Engine, migrated_sqlite: str, tmp_path: Path
) -> None:
    with Session(engine) as s, s.begin():
        audit.record(s, "source.add", "https://feed.example/rss", {"kind": "rss"}, actor="ops")
        audit.record(s, "watchlist.remove", "Globex")
    env = {"SWARM_DATABASE__URL": migrated_sqlite, "SWARM_STATE_DIR": str(tmp_path / "state"),
           "PATH": "/usr/bin:/bin"}  # fmt: skip
    out = subprocess.run([sys.executable, "-m", "swarm.cli", "audit", "--json"], env=env,
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert [r["action"] for r in rows] == ["watchlist.remove", "source.add"]
    assert rows[1]["actor"] == "ops" and rows[1]["details"] == {"kind": "rss"}
    assert rows[0]["actor"] == audit.who()  # the OS user when no --actor is given
    cmd = [sys.executable, "-m", "swarm.cli", "audit", "--json", "--action", "source."]
    only = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert [r["target"] for r in json.loads(only.stdout)] == ["https://feed.example/rss"]
