"""Rules written in the dev95 session.

- the year's end and the seasons ahead are coarse periods ("before the end of the year", "by
  year-end", "before the year is out", "this autumn", "early next year"): a plan told after a
  recap of an event that is over ("Sale closed ... ACME launches before the end of the year")
  is the item's event, with no day; a season told in the past tense ("landed in your wallet
  this spring") is no period ahead;
"""

from __future__ import annotations

from swarm.detection import Decision, Detector
from swarm.detection.dates import find_dates

from .conftest import PUBLISHED, MakeItem


def _assert_acme_event(decision: Decision, event_type: str, day: str | None) -> None:
    """``decision`` is Acme's signal of ``event_type`` on ``day`` (ISO, or None: no day)."""
    assert decision.is_signal and decision.company == "Acme", decision.reasons
    assert decision.event_type == event_type
    assert (str(decision.event_date) if decision.event_date else None) == day


def test_a_plan_for_the_years_end_after_a_recap(detector: Detector, make_item: MakeItem) -> None:
    for period in ("before the end of the year", "by year-end", "before the year is out",
                   "this autumn", "early next year"):  # fmt: skip
        text = f"Sale closed, 2.4x filled, refunds done. Thank you.\nACME itself launches {period}."
        decision = detector.score(make_item(text, author="@acme_xyz"))
        _assert_acme_event(decision, "tge", None)
        assert decision.date_precision == "none"


def test_a_season_in_the_past_tense_is_no_period_ahead() -> None:
    text = "if acme landed in your wallet this spring, record its value on the day."
    assert find_dates(text, PUBLISHED) == []
    text = "acme launches this autumn."
    assert [text[h.start : h.end] for h in find_dates(text, PUBLISHED)] == ["this autumn"]
