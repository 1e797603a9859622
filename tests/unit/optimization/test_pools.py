"""Pool sizing advice from queue depth and worker load."""

from __future__ import annotations

from swarm.optimization.pools import advise


def test_backlog_or_saturation_advises_a_larger_max() -> None:
    advice = advise("news_scraper", 2, depth=50, slots=2, busy=2)
    assert advice is not None and (advice.min, advice.max) == (2, 4)
    saturated = advise("news_scraper", 3, depth=1, slots=3, busy=3)
    assert saturated is not None and saturated.max == 6
    assert advise("x", 1, depth=9, slots=0, busy=0) is not None  # queued work and no worker


def test_idle_pool_may_shrink_and_a_fitting_one_gets_no_advice() -> None:
    idle = advise("keyword_analyzer", 4, depth=0, slots=4, busy=0)
    assert idle is not None and (idle.min, idle.max) == (2, 4)
    assert advise("keyword_analyzer", 4, depth=1, slots=4, busy=2) is None
    assert advise("optimizer", 1, depth=0, slots=1, busy=0) is None  # already the smallest
