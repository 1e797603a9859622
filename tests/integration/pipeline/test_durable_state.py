"""Durable hand-offs and race-free seeding on a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import redis
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from swarm.detection import Detector, WatchList
from swarm.pipeline import catalog, ingest, merging, signal_store
from swarm.pipeline.recovery import LostWork, lost_work, not_resent_lately
from swarm.settings import RecoverySettings
from swarm.storage import migrate
from swarm.storage.db import make_engine, session_factory
from swarm.storage.models import Alert, Company, Delivery, Signal
from swarm.storage.models import DetectionConfig as ConfigRow
from tests.integration.pipeline.feeds import WATCHLIST

pytestmark = pytest.mark.integration
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
BOUNDS = RecoverySettings(pending_after_s=300, unmerged_after_s=120, renotify_after_s=120)


@pytest.fixture
def sessions(db_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    yield session_factory(engine)
    engine.dispose()


def item(i: str, text: str, published: datetime = NOW) -> ingest.ItemPayload:
    return ingest.ItemPayload(id=i, kind="rss", url=f"https://n.example/{i}", title="",
                              text=text, author=f"Wire {i}", published=published,
                              fingerprint=i)


POSITIVE = "Acme Labs said its ACME token goes live on March 20, 2026."


def test_signal_is_durable_until_merged(sessions: sessionmaker[Session]) -> None:
    detector = Detector(WatchList.from_yaml_text(WATCHLIST))
    with sessions.begin() as s:  # analyze: the signal is recorded with the processed mark
        signals = ingest.analyze(s, [item("a", POSITIVE)], detector, 1, NOW)
        assert signal_store.record(s, signals, NOW) == 1
        assert signal_store.record(s, signals, NOW) == 0  # a redelivery records nothing new
    with sessions() as s:
        # The record_signals message is lost: the sweep finds the signal after the bound only.
        assert lost_work(s, BOUNDS, 1, NOW + timedelta(seconds=60)).signals == []
        found = lost_work(s, BOUNDS, 1, NOW + timedelta(seconds=121)).signals
        assert [x.item_id for x in found] == ["a"] and found[0] == signals[0]
    with sessions.begin() as s:  # the re-sent merge marks it merged with its evidence
        merging.merge_signal(s, found[0], NOW + timedelta(seconds=122))
    with sessions() as s:
        assert signal_store.count_unmerged(s) == 0
        assert lost_work(s, BOUNDS, 1, NOW + timedelta(days=1)).signals == []
        row = s.get(Signal, "a")
        assert row is not None and row.merged_at is not None


def test_sweep_finds_pending_items_and_undelivered_alerts(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as s:
        ingest.store_pending(s, [item("p", "Bitcoin trades flat.")], NOW)
        sig = ingest.SignalPayload(
            item_id="x", kind="rss", url="u", author="a", company="Acme", event_type="tge",
            event_date="2026-03-20", score=0.9, official=False, published=NOW,
            config_version=1, decision={},
        )
        alert_id = merging.merge_signal(s, sig, NOW).alert_id
    later = NOW + timedelta(seconds=301)
    with sessions() as s:
        work = lost_work(s, BOUNDS, 2, later)
        assert [i.id for i in work.items] == ["p"] and work.alerts == [alert_id]
        assert lost_work(s, BOUNDS, 0, later).alerts == []  # no channel: nothing to notify
    with sessions.begin() as s:  # one channel settled, one waiting on a lost retry
        s.add(Delivery(alert_id=alert_id, channel="email", status="delivered"))
        s.add(Delivery(alert_id=alert_id, channel="webhook:h", status="pending"))
    with sessions() as s:
        assert lost_work(s, BOUNDS, 2, later).alerts == [alert_id]
    with sessions.begin() as s:
        s.scalars(select(Delivery).where(Delivery.status == "pending")).one().status = "failed"
    with sessions() as s:
        assert lost_work(s, BOUNDS, 2, later).alerts == []  # every channel settled


def test_backfill_does_not_join_recent_undated_alert(sessions: sessionmaker[Session]) -> None:
    def sig(i: str, published: datetime, day: str | None) -> ingest.SignalPayload:
        return ingest.SignalPayload(
            item_id=i, kind="rss", url=f"u/{i}", author=f"w{i}", company="Acme",
            event_type="airdrop", event_date=day, score=0.9, official=False,
            published=published, config_version=1, decision={},
        )

    with sessions.begin() as s:
        recent = merging.merge_signal(s, sig("new", NOW, None), NOW)
        # Processed now, published a year ago, undated: another event, not corroboration.
        old = merging.merge_signal(s, sig("old", NOW - timedelta(days=365), None), NOW)
        # Published within the window of the recent alert: the same event.
        near = merging.merge_signal(s, sig("near", NOW - timedelta(days=2), None), NOW)
    assert old.created and old.alert_id != recent.alert_id
    assert near.alert_id == recent.alert_id and not near.created
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Alert)) == 2


def test_two_analysers_seed_the_default_config_once(sessions: sessionmaker[Session]) -> None:
    wl = WatchList.from_yaml_text(WATCHLIST)
    first = sessions()
    first.begin()
    version_a, _ = catalog.active_config(first)  # seeded, not committed yet
    catalog.ensure_watchlist(first, wl)
    outcome: dict[str, object] = {}

    def second() -> None:  # starts while the first one's seed is uncommitted
        try:
            with sessions.begin() as s:
                outcome["version"] = catalog.active_config(s)[0]
                outcome["companies"] = len(catalog.ensure_watchlist(s, wl).companies)
        except Exception as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=second)
    thread.start()
    thread.join(0.5)  # the second one waits on the first one's insert (or reads nothing yet)
    first.commit()
    first.close()
    thread.join(30)
    assert "error" not in outcome, outcome.get("error")
    assert outcome["version"] == version_a
    assert outcome["companies"] == len(wl.companies)
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(ConfigRow)) == 1
        assert s.scalar(select(func.count()).select_from(Company)) == len(wl.companies)


def test_a_hand_off_is_resent_once_per_bound_until_the_broker_forgets(
    redis_client: redis.Redis,
) -> None:
    sig = ingest.SignalPayload(
        item_id="s1", kind="rss", url="u", author="a", company="Acme", event_type="tge",
        event_date=None, score=0.9, official=False, published=NOW, config_version=1,
        decision={},
    )
    work = LostWork([item("p1", "x")], [sig], [7])
    first = not_resent_lately(redis_client, work, BOUNDS)
    assert first.counts() == {"items": 1, "signals": 1, "alerts": 1}
    # The next sweep, within the bound: the copies already sent are not sent again.
    assert not_resent_lately(redis_client, work, BOUNDS).counts() == {
        "items": 0, "signals": 0, "alerts": 0,
    }
    redis_client.flushdb()  # a wiped broker forgot the copies too: everything goes again
    assert not_resent_lately(redis_client, work, BOUNDS).counts() == first.counts()
