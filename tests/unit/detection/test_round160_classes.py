"""Rules written in the dev160 session.

- a past cue in a clause of its own after the event's, about a points season or a campaign, is
  that activity's window, not the event's: "ACME launches next month, ending a points program
  that had run since January";
- the Nordic languages: a quarter ("i løpet av tredje kvartal", "tredje kvartalet"), a plan
  ("skal lansere", "vil lansere", "ska", "kommer att", the present "lanserer"), and a token of
  its own launched ("lansere sitt eget ACME-token");
"""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem, news
from .test_round87_classes import _assert_acme_event
from .test_round120_classes import _assert_no_signal


def test_a_past_activity_window_after_the_events_clause_is_not_the_event(
    detector: Detector, make_item: MakeItem
) -> None:
    text = ("Acme will launch its ACME token next month, the team said, ending a points "
            "program that had run since January.")  # fmt: skip
    _assert_acme_event(detector.score(news(make_item, "Acme sets ACME for next month", text)),
                       "tge", None)  # fmt: skip
    # (a guard: the event's own clause told in the past is still the past)
    recap = "Acme launched its ACME token in February, two weeks after its points program ended."
    _assert_no_signal(detector, [news(make_item, "Acme's February", recap)])


def test_nordic_quarters_and_plans(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Acme lanserer egen token i tredje kvartal",
         "Acme skal lansere sin egen token, ACME, i løpet av tredje kvartal, bekrefter "
         "selskapet."),
        ("Acme lanserer ACME",
         "Acme vil lansere sitt eget ACME-token i løpet av tredje kvartal, opplyser selskapet."),
    )  # fmt: skip
    for title, text in cases:
        _assert_acme_event(detector.score(news(make_item, title, text)), "tge", None)
