"""Pipeline domain services on a real database (SQLite and PostgreSQL) and a real Redis."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import redis
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from swarm.detection import Detector, WatchList
from swarm.pipeline import catalog, ingest, merging, scheduling
from swarm.pipeline import source_store as repo
from swarm.storage import migrate
from swarm.storage.base import as_utc
from swarm.storage.db import make_engine, session_factory
from swarm.storage.models import ALERT_MERGED, Alert, Evidence, Item
from tests.integration.pipeline.feeds import WATCHLIST

pytestmark = pytest.mark.integration
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def sessions(db_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    yield session_factory(engine)
    engine.dispose()


def signal(item_id: str, author: str, score: float = 0.9, day: str | None = "2026-03-20",
           official: bool = False, company: str = "Acme") -> ingest.SignalPayload:
    return ingest.SignalPayload(
        item_id=item_id, kind="rss", url=f"https://n.example/{item_id}", author=author,
        company=company, event_type="tge", event_date=day, score=score, official=official,
        published=NOW, config_version=1, decision={"reasons": ["test"]},
    )


def test_merge_corroborates_instead_of_duplicating(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        first = merging.merge_signal(s, signal("i1", "Wire A", 0.7), NOW)
        again = merging.merge_signal(s, signal("i1", "Wire A", 0.7), NOW)  # redelivered
        second = merging.merge_signal(s, signal("i2", "Wire B", 0.7, day="2026-03-21"), NOW)
        official = merging.merge_signal(s, signal("i3", "@acme", 0.7, official=True), NOW)
        undated = merging.merge_signal(s, signal("i4", "Wire C", 0.6, day=None), NOW)
        other = merging.merge_signal(s, signal("i5", "Wire A", day="2026-05-01"), NOW)
    assert first.created and not again.added and not again.created
    assert second.alert_id == first.alert_id and not second.created
    assert first.confidence < second.confidence < official.confidence
    assert undated.alert_id == first.alert_id
    assert other.created and other.alert_id != first.alert_id  # a date far apart: new event
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Alert)) == 2
        assert s.scalar(select(func.count()).select_from(Evidence)) == 5


def at(item_id: str, day: str | None, published: datetime, company: str = "Acme"
       ) -> ingest.SignalPayload:  # fmt: skip
    return signal(item_id, f"Wire {item_id}", day=day, company=company).model_copy(
        update={"published": published})


def live_events(s: Session, company: str) -> list[tuple[str, list[str]]]:
    """The company's alerts not merged away: (event date, sorted evidence items) each."""
    alerts = s.scalars(select(Alert).where(Alert.company == company,
                                           Alert.status != ALERT_MERGED)
                       .options(selectinload(Alert.evidence))).all()  # fmt: skip
    return sorted(
        (str(a.event_date or "undated"), sorted(e.item_id for e in a.evidence))
        for a in alerts
    )


def test_a_dated_signal_joins_the_alert_of_its_date_and_merges_the_undated_one(
    sessions: sessionmaker[Session],
) -> None:
    """Two alerts (one undated, one dated) both match a later dated signal: the dated one
    takes it, whichever is older, and the undated alert (the same event, the signal shows)
    is merged into it, so no two alerts name one event."""
    with sessions.begin() as s:
        undated = merging.merge_signal(s, at("u1", None, NOW), NOW)
        dated = merging.merge_signal(s, at("d1", "2026-04-20", NOW + timedelta(days=20)), NOW)
        # Published between the two: within the undated window of both.
        late = merging.merge_signal(s, at("d2", "2026-04-20", NOW + timedelta(days=10)), NOW)
    assert undated.created and dated.created and undated.alert_id < dated.alert_id
    assert late.alert_id == dated.alert_id and not late.created
    with sessions() as s:
        assert live_events(s, "Acme") == [("2026-04-20", ["d1", "d2", "u1"])]
        gone = s.get(Alert, undated.alert_id)
        assert gone is not None and gone.status == ALERT_MERGED
        assert gone.merged_into == dated.alert_id and gone.note and "merged into" in gone.note
        kept = s.get(Alert, dated.alert_id)
        assert kept is not None and as_utc(kept.published_at) == NOW  # the span widened
        assert as_utc(kept.last_published_at) == NOW + timedelta(days=20)


# An undated report published 19 days before a sale, and dated reports of that sale
# published from 12 days before it to its day: the undated one is within the undated window
# of the earlier dated reports only (the shape that made the demo's alert count vary).
SALE = "2026-04-20"
REPORTS = [
    ("undated", None, datetime(2026, 4, 1, 13, tzinfo=UTC)),
    ("early", SALE, datetime(2026, 4, 8, 15, tzinfo=UTC)),
    ("mid", SALE, datetime(2026, 4, 15, 12, tzinfo=UTC)),
    ("late", SALE, datetime(2026, 4, 19, 16, tzinfo=UTC)),
    ("day", SALE, datetime(2026, 4, 20, 14, tzinfo=UTC)),
]


def test_merge_outcome_does_not_depend_on_arrival_order(sessions: sessionmaker[Session]) -> None:
    """Every arrival order of the same reports leaves the same single alert with all five.

    Before the span and the merging of alerts, an order starting with the undated report and
    then the later dated ones gave two alerts (the undated one apart), any other one alert.
    """
    orders = list(itertools.permutations(range(len(REPORTS))))
    picked = [orders[0], orders[-1], *random.Random(8).sample(orders, 10)]
    picked += [o for o in orders if o[:3] == (0, 4, 3)]  # undated, then the day's report
    for n, order in enumerate(picked):
        company = f"Order{n}"
        with sessions.begin() as s:
            created = [
                merging.merge_signal(s, at(f"{company}-{REPORTS[i][0]}", REPORTS[i][1],
                                           REPORTS[i][2], company), NOW).created
                for i in order
            ]  # fmt: skip
        with sessions() as s:
            events = live_events(s, company)
        assert events == [(SALE, sorted(f"{company}-{r[0]}" for r in REPORTS))], order
        assert created[0] and sum(created) <= 2, order


def test_two_undated_alerts_bridged_by_a_report_become_one(
    sessions: sessionmaker[Session],
) -> None:
    """Undated reports 20 days apart are two events until one published between them arrives;
    then the older alert carries the event on."""
    with sessions.begin() as s:
        first = merging.merge_signal(s, at("a", None, NOW), NOW)
        second = merging.merge_signal(s, at("b", None, NOW + timedelta(days=20)), NOW)
        assert first.created and second.created
        bridge = merging.merge_signal(s, at("c", None, NOW + timedelta(days=10)), NOW)
    assert bridge.alert_id == first.alert_id
    with sessions() as s:
        assert live_events(s, "Acme") == [("undated", ["a", "b", "c"])]
        assert s.get(Alert, second.alert_id).merged_into == first.alert_id  # type: ignore[union-attr]


def test_an_alert_an_analyst_labelled_is_not_merged_away(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as s:
        undated = merging.merge_signal(s, at("u1", None, NOW), NOW)
        merging.merge_signal(s, at("d1", "2026-04-20", NOW + timedelta(days=20)), NOW)
        labelled = s.get(Alert, undated.alert_id)
        assert labelled is not None
        labelled.status = "false_positive"
    with sessions.begin() as s:
        merging.merge_signal(s, at("d2", "2026-04-20", NOW + timedelta(days=10)), NOW)
    with sessions() as s:
        assert live_events(s, "Acme") == [("2026-04-20", ["d1", "d2"]), ("undated", ["u1"])]


def test_official_source_raises_confidence_most() -> None:
    def ev(author: str, official: bool) -> Evidence:
        return Evidence(item_id=author, kind="rss", url="u", author=author, official=official,
                        score=0.8)

    base = merging.confidence([ev("a", False)])
    assert merging.confidence([ev("a", False), ev("b", False)]) > base
    assert merging.confidence([ev("a", False), ev("o", True)]) > merging.confidence(
        [ev("a", False), ev("b", False)])
    # The same author twice is one source.
    assert merging.confidence([ev("a", False), ev("a", False)]) == base


def test_analyze_stores_once_and_is_idempotent(sessions: sessionmaker[Session]) -> None:
    detector = Detector(WatchList.from_yaml_text(WATCHLIST))

    def payload(i: str, text: str) -> ingest.ItemPayload:
        return ingest.ItemPayload(id=i, kind="rss", url=f"https://n.example/{i}", title="",
                                  text=text, author="Wire", published=NOW, fingerprint=i)

    items = [payload("a", "Acme Labs said its ACME token goes live on March 20, 2026."),
             payload("b", "Bitcoin trades flat as markets wait for jobs data.")]
    with sessions.begin() as s:
        report = ingest.store_pending(s, items, NOW)
        assert [i.id for i in report.new] == ["a", "b"]
        assert ingest.pending_items(s, NOW, 10)  # stored, not processed yet
    with sessions.begin() as s:
        signals = ingest.analyze(s, items, detector, 1, NOW)
    assert [x.item_id for x in signals] == ["a"]
    assert signals[0].event_date == "2026-03-20"
    with sessions.begin() as s:
        again = ingest.analyze(s, items, detector, 1, NOW + timedelta(minutes=1))
        assert [x.item_id for x in again] == ["a"]  # resent for an idempotent merge
        assert ingest.store_pending(s, items, NOW).skipped == 2
        assert not ingest.pending_items(s, NOW + timedelta(hours=1), 10)
        assert s.scalar(select(func.count()).select_from(Item)) == 2


def test_breaker_opens_after_threshold_then_half_opens(sessions: sessionmaker[Session]) -> None:
    policy = repo.BreakerPolicy(threshold=3, cooldown_s=60)
    with sessions.begin() as s:
        src = repo.add_source(s, "rss", "http://127.0.0.1:9/feed.xml", None, 30)
        for n in range(3):
            assert repo.breaker_state(src, NOW) == "closed"
            repo.record_failure(src, NOW, f"failure {n}", policy)
        assert repo.breaker_state(src, NOW) == "open"
        assert src not in repo.due_sources(s, NOW)
        later = NOW + timedelta(seconds=61)
        assert repo.breaker_state(src, later) == "half_open"
        assert src in repo.due_sources(s, later)
        repo.record_success(src, later, 0)
        assert repo.breaker_state(src, later) == "closed" and src.state == "ok"


def test_bad_sources_are_refused_clearly(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s, pytest.raises(Exception, match="http"):
        repo.add_source(s, "rss", "ftp://example.com/feed", None, 30)
    with sessions.begin() as s, pytest.raises(Exception, match="no source"):
        repo.get_source(s, "404")


def test_each_slot_is_scheduled_once(sessions: sessionmaker[Session],
                                     redis_client: redis.Redis) -> None:
    with sessions.begin() as s:
        a = repo.add_source(s, "rss", "http://127.0.0.1:9/a.xml", None, 60).id
        repo.add_source(s, "x", "$ACME", None, 60)
    with sessions.begin() as s:
        first = scheduling.claim_due(s, redis_client, NOW)
    with sessions.begin() as s:
        # A second sweep in the same slot (even with next_due_at reset) enqueues nothing.
        repo.get_source(s, a).next_due_at = None
        again = scheduling.claim_due(s, redis_client, NOW + timedelta(seconds=1))
    assert sorted(d.kind for d in first) == ["rss", "x"] and again == []
    with sessions.begin() as s:
        later = scheduling.claim_due(s, redis_client, NOW + timedelta(seconds=61))
    assert len(later) == 2


def test_watchlist_and_config_versions(sessions: sessionmaker[Session]) -> None:
    wl = WatchList.from_yaml_text(WATCHLIST)
    with sessions.begin() as s:
        assert catalog.ensure_watchlist(s, wl).to_dicts() == wl.to_dicts()
        report = catalog.import_watchlist(s, WatchList.from_mapping(
            {"companies": [{"name": "Initech", "tokens": ["INI"], "priority": "low"}]}),
            replace=True)
        assert (report.added, report.removed) == (1, 2)
        version, config = catalog.active_config(s)
        changed: dict[str, Any] = config.to_mapping()
        newer = catalog.store_config(s, type(config).from_mapping(changed), "tuned", True)
        assert newer.version > version
        assert catalog.active_config(s)[0] == newer.version
        catalog.activate_config(s, version)  # roll back
        assert catalog.active_config(s)[0] == version
        with pytest.raises(Exception, match="Initech2"):
            catalog.remove_company(s, "Initech2")


def test_a_deferred_fetch_is_claimed_again_within_its_slot(
    sessions: sessionmaker[Session], redis_client: redis.Redis
) -> None:
    """Host politeness defers a fetch: the source comes back after the wait, not a slot later."""
    with sessions.begin() as s:
        a = repo.add_source(s, "rss", "http://127.0.0.1:9/a.xml", None, 60).id
    with sessions.begin() as s:
        assert [d.source_id for d in scheduling.claim_due(s, redis_client, NOW)] == [a]
    with sessions.begin() as s:  # what the fetch does when the host's budget is spent
        src = repo.get_source(s, a)
        src.next_due_at = NOW + timedelta(seconds=2)
        scheduling.release_slot(redis_client, src, NOW)
    with sessions.begin() as s:
        early = scheduling.claim_due(s, redis_client, NOW + timedelta(seconds=1))
    with sessions.begin() as s:
        after_wait = scheduling.claim_due(s, redis_client, NOW + timedelta(seconds=3))
    with sessions.begin() as s:
        twice = scheduling.claim_due(s, redis_client, NOW + timedelta(seconds=4))
    assert early == [] and [d.source_id for d in after_wait] == [a] and twice == []
