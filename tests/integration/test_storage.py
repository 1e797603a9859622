"""Storage on SQLite and PostgreSQL through one code path: migrations, models, constraints."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError

from swarm.storage import migrate
from swarm.storage.db import make_engine, session_factory
from swarm.storage.models import Alert, Company, Delivery, Evidence, Item, Source

pytestmark = pytest.mark.integration


def test_upgrade_roundtrip_and_constraints(db_url: str) -> None:
    engine = make_engine(db_url, pool_size=2, max_overflow=1)
    try:
        assert migrate.upgrade(engine) == migrate.head()
        tables = set(inspect(engine).get_table_names())
        assert {
            "companies",
            "sources",
            "items",
            "alerts",
            "evidence",
            "deliveries",
            "dead_letters",
            "detection_configs",
            "probe_results",
        } <= tables
        Session = session_factory(engine)
        with Session.begin() as s:
            s.add(Company(name="Acme", tokens=["ACME"], priority="high", aliases=["Acme Labs"]))
            src = Source(kind="rss", name="feed", target="http://127.0.0.1/feed.xml")
            s.add(src)
            s.flush()
            s.add(
                Item(
                    id="abc",
                    source_id=src.id,
                    kind="rss",
                    url="http://x/1",
                    fingerprint="f",
                    published_at=datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
                )
            )
            alert = Alert(
                event_key="acme|tge|2026-03-05",
                company="Acme",
                event_type="tge",
                event_date=date(2026, 3, 5),
                confidence=0.9,
            )
            s.add(alert)
            s.flush()
            s.add(
                Evidence(
                    alert_id=alert.id,
                    item_id="abc",
                    kind="rss",
                    url="http://x/1",
                    score=0.9,
                    details={"spans": [[0, 4]]},
                )
            )
            s.add(Delivery(alert_id=alert.id, channel="webhook:a"))
        with Session() as s:
            company = s.scalars(select(Company)).one()
            assert company.aliases == ["Acme Labs"]
            item = s.get(Item, "abc")
            assert item is not None and item.published_at is not None
            assert item.published_at.replace(tzinfo=UTC) == datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
        # (alert, channel) is unique: a second delivery row for the same pair is refused.
        with pytest.raises(IntegrityError), Session.begin() as s:
            alert_id = s.scalars(select(Alert.id)).one()
            s.add(Delivery(alert_id=alert_id, channel="webhook:a"))
        assert migrate.downgrade(engine, "base") is None
        assert "alerts" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
