"""Errors of the dev21 round as classes (made-up projects and sentences, not corpus texts):
short-post date forms ("22.03.2026", "in 48h"), a stage's day beside the event's, a past step
a planned launch follows, a sale that filled, regulators citing recent debuts, questions that ask
nothing or that the post answers, an exchange's pre-market and pair fields, a joke the source
denies, a sense set apart by its symbol, a project's own tokenised description, and tokens
staked in another token's launchpool."""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector, WatchList
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


def test_the_day_a_whitelist_closed_is_not_the_sale_day(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "ACME public sale\n\nwhitelist closed yesterday.\nsale opens Wed 18 March, 15:00 CET\n"
            "acme.xyz/sale",
            author="@acme_xyz",
        )
    )
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 18), decision.reasons


def test_a_sale_that_closed_yesterday_stays_a_recap(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item("The ACME public sale closed yesterday. Thanks all!"))
    assert not decision.is_signal, decision.reasons


# -- a past step the planned event follows ----------------------------------------------------


def test_a_launch_following_last_weeks_sale_is_a_plan(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "The Acme Foundation said its ACME token will launch in April, following last week's "
            "community sale, without naming a day.",
            title="Acme Foundation Says ACME Token Will Debut in April",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert decision.event_date is None, decision.reasons


def test_a_launch_last_week_stays_a_recap(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "The ACME token launched last week, following its community sale.",
            title="ACME token launched last week",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons


# -- debuts a regulator calls recent ----------------------------------------------------------


def test_recent_debuts_a_regulator_cites_are_no_announcement(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "A regulator's staff roundtable on token distributions on Thursday cited the recent "
            "launches of Acme's ACME and Orbit's ORB as examples of airdrop-first debuts.",
            title="Regulator Roundtable Cites Recent Token Debuts by Acme and Orbit",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons


# -- questions that doubt nothing -------------------------------------------------------------


def test_a_one_word_opening_question_is_no_doubt(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "Ready? \U0001f680\n\n$ACME claims open 14:00 UTC tmrw\nacme.xyz/claim",
            author="@acme_xyz",
        )
    )
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 15), decision.reasons


def test_a_question_about_the_event_is_still_doubt(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(make_item("TGE? leaderboard froze again. $ACME claims soon maybe"))
    assert not decision.is_signal, decision.reasons


def test_a_question_the_post_answers_is_the_announcement(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "wen ACME? now. \U0001f3c1\n\nACME is transferable. airdrop claims are open at "
            "acme.xyz",
            author="@acme_xyz",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert decision.event_date == SAT.date(), decision.reasons


def test_an_unanswered_wen_is_still_doubt(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(make_item("wen ACME? nobody knows. airdrop claims someday"))
    assert not decision.is_signal, decision.reasons


# -- an exchange's notices ---------------------------------------------------------------------


def test_a_pre_market_the_spot_listing_settles_is_no_speculation(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Pre-Market \u27a1\ufe0f Spot\n\nACME/USDT spot trading opens Mar 17, 10:00 UTC\n"
            "Pre-Market positions settle at the same time",
            author="@Bybit_Official",
        )
    )
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 17), decision.reasons


def test_pre_market_trading_of_an_undated_token_is_speculation(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item("ACME pre-market is at 0.40 while the TGE still has no date. Launch next?")
    )
    assert not decision.is_signal, decision.reasons


def test_a_pair_given_a_time_as_a_field_is_a_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "MEXC Kickstarter \U0001f389 ACME (Acme Labs)\n\nACME/USDT: 2026-03-17 10:00 (UTC)\n"
            "deposits: open now\n\n#MEXC #ACME",
            author="@MEXC_Official",
        )
    )
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 17), decision.reasons


def test_a_pair_given_a_price_is_no_listing(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(make_item("ACME/USDT: 0.42 and climbing, next target 0.50"))
    assert not decision.is_signal, decision.reasons


# -- a joke the source denies -------------------------------------------------------------------


def test_a_denied_april_fools_is_no_retraction(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "ACME public sale\n\nwhen: 18.03.2026, 14:00 CET\nwhere: acme.xyz/sale\n\n"
            "not an april fools. really.",
            author="@acme_xyz",
        )
    )
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 18), decision.reasons


def test_an_april_fools_retraction_still_counts(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(make_item("ACME public sale on March 18. April Fools!"))
    assert not decision.is_signal, decision.reasons


# -- senses set apart, described or staked ---------------------------------------------------

SENSES_YAML = """
companies:
  - name: Lumen
    aliases: ["Lumen Chain"]
    tokens: ["LUMN"]
    priority: high
    negative_context: ["lmx", "light bulb"]
  - name: Heel
    aliases: ["Heel Protocol"]
    tokens: ["HEEL"]
    priority: low
    negative_context: ["sneaker", "shoe"]
"""


def _senses() -> Detector:
    return Detector(WatchList.from_yaml_text(SENSES_YAML), second_opinion=False)


def test_a_disclaimed_project_named_by_its_symbol_is_no_homonym(make_item: MakeItem) -> None:
    decision = _senses().score(
        make_item(
            "Lumen Chain, a layer-2 built for on-chain inference, said Thursday that its LUMN "
            "token will launch in the second quarter. It is not connected to the older Lumen "
            "(LMX) project.",
            title="Lumen Chain Plans LUMN Token Launch in Second Quarter",
            source="rss",
        )
    )
    assert decision.is_signal and decision.company == "Lumen", decision.reasons


def test_a_tokenised_description_of_the_project_is_no_homonym(make_item: MakeItem) -> None:
    decision = _senses().score(
        make_item(
            "Heel Protocol, a marketplace for tokenised sneaker inventory, will hold a public "
            "sale of its HEEL token in April, co-founder Ana Ruiz said on Thursday.",
            title="Heel Protocol to Hold Public HEEL Sale in April",
            source="rss",
        )
    )
    assert decision.is_signal and decision.company == "Heel", decision.reasons


def test_a_shoe_shop_sale_stays_a_homonym(make_item: MakeItem) -> None:
    decision = _senses().score(
        make_item(
            "Heel, a sneaker and shoe boutique, will hold its spring sale in April.",
            title="Heel boutique spring sale",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_a_token_staked_in_another_tokens_launchpool_is_context(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Binance will list Nova's NOVA token after a three-day Launchpool starting Monday in "
            "which users stake BNB, FDUSD or Acme's ACME to farm NOVA.",
            title="Binance Launchpool Adds Nova; Users Can Stake BNB, FDUSD or ACME",
            source="rss",
            author="Chain Wire",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_a_launchpool_farming_the_watched_token_stays_its_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Binance will list Acme's ACME token after a three-day Launchpool starting Monday in "
            "which users stake BNB or FDUSD to farm ACME.",
            title="Binance Launchpool Adds Acme; Users Can Stake BNB or FDUSD",
            source="rss",
            author="Chain Wire",
        )
    )
    assert decision.is_signal and decision.company == "Acme", decision.reasons
    assert decision.event_type == "listing", decision.reasons
