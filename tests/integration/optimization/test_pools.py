"""Pool sizing advice from live registry and queue data, stored as pending recommendations."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from swarm.coordination import registry
from swarm.optimization.pools import advise_pools
from swarm.runtime import Runtime
from swarm.storage.models import Recommendation

pytestmark = pytest.mark.integration


def test_backlogged_pool_gets_pending_min_max_advice(rt: Runtime) -> None:
    info = registry.AgentInfo(name="w1", pool="news_scraper", queues=["news_scraper"],
                              concurrency=2)  # fmt: skip
    registry.register(rt.redis, info)
    rt.redis.rpush("news_scraper", *[b"{}"] * 10)
    with rt.transaction() as s:
        advice = advise_pools(s, rt.redis, {"news_scraper": 2, "notifier": 1}, "r1")
    assert [(a.queue, a.min, a.max) for a in advice] == [("news_scraper", 2, 4)]
    with rt.transaction() as s:
        again = advise_pools(s, rt.redis, {"news_scraper": 2}, "r2")
        recs = list(s.scalars(select(Recommendation).order_by(Recommendation.id)))
    assert len(again) == 1
    assert [(r.status, r.run_id) for r in recs] == [("rejected", "r1"), ("pending", "r2")]
    assert recs[1].diff == [
        {"key": "pools.news_scraper.min", "before": 2, "after": 2},
        {"key": "pools.news_scraper.max", "before": 2, "after": 4},
    ]


def test_advice_is_not_applied_to_the_detection_config(rt: Runtime) -> None:
    from swarm.optimization import applying, store

    with rt.transaction() as s:
        rec = Recommendation(kind="pool_size", risk="low", status="pending", run_id="r",
                             diff=[{"key": "pools.notifier.max", "before": 1, "after": 2}],
                             evidence={})  # fmt: skip
        s.add(rec)
        s.flush()
        rec_id = rec.id
        store.approve(s, rec_id, "analyst")
    outcome = applying.apply(rt.transaction, rt.redis, rec_id, "analyst", 10_000)
    assert not outcome.done and "advice" in outcome.reason
    with rt.transaction() as s:
        assert store.get(s, rec_id).status == "approved"
