"""Rules written in the dev164 session.

- once the event has a period still to come ("in the second quarter of 2026", "in June"), a
  day gone by in a later sentence is another round's ("Season 2, which opened on March 3",
  "The genesis claim closed on Thursday"), not the event's; a period the event stays open
  through ("through late April") is no such period, and an event under way keeps its start.
"""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector
from swarm.detection.lead_event import period_ahead
from tests.unit.detection.conftest import MakeItem
from tests.unit.detection.test_round127_classes import _assert_events


def test_a_next_round_with_a_period_ahead_is_not_dated_by_the_last_round(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("We will open a third season of ACME airdrop claims in Q2 2026. Season 2, which opened "
         "on March 3, stays claimable until April 30.", "airdrop", None),
        ("Acme will run a second ACME distribution in June for users of apps built on the "
         "network. The genesis claim closed on Thursday with 71% of tokens claimed.", "airdrop",
         None),
        # (an event under way, open through a later month, keeps the day it began)
        ("Acme's Season 2 ACME claims, which opened on Tuesday, March 10, remain open through "
         "late April.", "airdrop", "2026-03-10"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")


def test_a_period_is_ahead_only_when_it_begins_after_the_month_or_quarter_of_publication() -> None:
    march = dt.date(2026, 3, 14)
    assert period_ahead("in the second quarter of 2026", march)
    assert period_ahead("q1 2027", march) and period_ahead("in q3", march)
    assert not period_ahead("q1 2026", march) and not period_ahead("in q4", march)
    assert period_ahead("in june", march) and period_ahead("december 2026", march)
    assert not period_ahead("in february", march) and not period_ahead("march 2026", march)
    assert not period_ahead("later this year", march) and not period_ahead("soon", march)
    assert not period_ahead("in may", march)  # ("may" alone is as often the verb)
