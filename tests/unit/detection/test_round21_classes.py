"""Errors of the dev21 round as classes (made-up projects and sentences, not corpus texts):
short-post date forms ("22.03.2026", "in 48h"), a stage's day beside the event's, a past step
a planned launch follows, a sale that filled, regulators citing recent debuts, questions that ask
nothing or that the post answers, an exchange's pre-market and pair fields, a joke the source
denies, a sense set apart by its symbol, a project's own tokenised description, and tokens
staked in another token's launchpool."""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector
from swarm.detection.dates import find_dates

from .conftest import PUBLISHED, MakeItem

# Saturday 14 March 2026, 09:30 UTC (conftest.PUBLISHED)
SAT = PUBLISHED


# -- dates written the way short posts write them --------------------------------------------


def test_a_dotted_day_with_its_year_is_the_event_day(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "T-minus 8 days\n\n$ACME TGE 22.03.2026\nclaim: acme.xyz/claim", author="@acme_xyz"
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 22), decision.reasons


def test_hours_written_short_give_the_moment_ahead(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "ACME Season 2 airdrop\n\nclaim page opens in 48h\nacme.xyz/claim", author="@acme_xyz"
        )
    )
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 16), decision.reasons


def test_a_figure_measured_in_hours_is_no_moment_ahead() -> None:
    hits = find_dates("acme did ~$80m volume in 24h after the tge", SAT)
    assert not any(h.date is not None for h in hits), hits


def test_a_sale_that_fills_in_minutes_is_a_recap(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "Acme Labs' ACME public sale sold out in 35 minutes on Friday, with 9,000 wallets "
            "taking part.",
            title="Acme Sale Fills in 35 Minutes",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons
