"""The source scheduling job on a real database and Redis: moves are written and recorded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from swarm.optimization.scheduling import Bounds
from swarm.optimization.source_schedule import schedule_sources
from swarm.pipeline import source_store
from swarm.runtime import Runtime
from swarm.storage.models import Recommendation, Source

pytestmark = pytest.mark.integration
T0 = datetime(2026, 3, 1, tzinfo=UTC)
BOUNDS = Bounds(min_s=60, max_s=1200)


def run(rt: Runtime, at: datetime) -> list[dict[str, object]]:
    with rt.transaction() as s:
        return schedule_sources(s, rt.redis, BOUNDS, at, "test")


def interval(rt: Runtime, source_id: int) -> int:
    with rt.transaction() as s:
        src = s.get(Source, source_id)
        assert src is not None
        return src.interval_s


def test_quiet_source_slows_within_bounds_and_speeds_up_when_it_yields(rt: Runtime) -> None:
    with rt.transaction() as s:
        sid = source_store.add_source(s, "rss", "https://n.example/feed.xml", None, 300).id
    assert run(rt, T0) == []  # first run: counters only
    at = T0
    for expected in (600, 1200, 1200):
        at += timedelta(hours=6)
        run(rt, at)
        assert interval(rt, sid) == expected
    with rt.transaction() as s:
        src = s.get(Source, sid)
        assert src is not None
        src.items_found += 40
        src.signals_found += 1
    moves = run(rt, at + timedelta(hours=6))
    assert [(m["from"], m["to"]) for m in moves] == [(1200, 600)]
    with rt.transaction() as s:
        history = [r.diff[0]["after"] for r in s.scalars(
            select(Recommendation).where(Recommendation.kind == "source_interval")
            .order_by(Recommendation.id))]  # fmt: skip
    assert history == [600, 1200, 600]
