"""Event days and types of older dev rounds' leftovers (made-up projects and sentences, not
corpus texts)."""

from __future__ import annotations

import datetime as dt

import pytest

from swarm.detection import Detector

from .conftest import MakeItem

# PUBLISHED (conftest) is Saturday 14 March 2026.
TODAY = dt.date(2026, 3, 14)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "ACME public sale: open.\n\nFixed price of $0.04 until Friday. Cap per wallet: $500.",
            "token_sale",
        ),
        ("ACME claim page: live.\n\nSecond wave, for LPs, opens in 10 days.", "airdrop"),
        (
            "We're open.\n\nACME subscriptions are accepted on the Acme launchpad for the next "
            "48 hours. Subscribing does not guarantee an allocation.",
            "token_sale",
        ),
    ],
)
def test_a_status_line_saying_open_dates_the_event_today(
    detector: Detector, make_item: MakeItem, text: str, event_type: str
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == event_type, decision.reasons
    assert decision.event_date == TODAY, decision.reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a status of the sign-up, not of the sale: the sale's own day stands
        (
            "ACME sale registration: open.\n\nThe sale itself starts Tuesday at 14:00 UTC.",
            dt.date(2026, 3, 17),
        ),
        # no status line: the day named
        (
            "ACME public sale opens Tuesday at 14:00 UTC. Fixed price of $0.04.",
            dt.date(2026, 3, 17),
        ),
    ],
)
def test_a_status_line_of_something_else_leaves_the_day(
    detector: Detector, make_item: MakeItem, text: str, expected: dt.date
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_date == expected, decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme has launched its ACME airdrop query page. 12% of supply goes to early users; "
        "claims open on launch day.",
        "Acme launches the ACME eligibility checker for its community drop.",
    ],
)
def test_launching_a_lookup_page_is_the_claim_not_the_token(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="@newsdesk"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert decision.event_date == TODAY, decision.reasons


def test_launching_the_token_itself_stays_the_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item("Acme will launch its ACME token on Tuesday; an airdrop checker follows.")
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


def test_an_event_the_item_comes_after_is_not_the_watched_projects(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Following the recent listings of tokens such as ZetaChain and Acme, wallet maker "
            "Brindle said its BRN token goes live on March 20.",
            title="Wallet maker Brindle schedules BRN launch after Acme, Orbit debuts",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons
    assert decision.category == "unwatched", decision.reasons


def test_the_project_after_the_others_keeps_its_own_event(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "After Orbit and Brindle, Acme sets its ACME token launch for March 20, the team "
            "said.",
            title="Acme schedules ACME token launch for March 20",
            source="rss",
        )
    )
    assert decision.is_signal and decision.company == "Acme", decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "ACME claims open tomorrow evening Pacific, which is Monday 02:00 UTC.",
        "The ACME checker is live at acme.xyz/check.\n\nClaims open tomorrow night Eastern "
        "(i.e. Monday 01:00 UTC).",
    ],
)
def test_a_day_restated_in_utc_is_the_events_day(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 16), decision.reasons


def test_a_second_day_of_something_else_is_no_restatement(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "ACME claims open tomorrow at 14:00 UTC, and the staking vault opens Monday.",
            author="@acme_xyz",
        )
    )
    assert decision.is_signal and decision.event_date == dt.date(2026, 3, 15), decision.reasons


WEDNESDAY = dt.datetime(2026, 3, 11, 12, 0, tzinfo=dt.UTC)


def test_a_weekday_pins_down_the_week_a_headline_gives(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme's token will begin trading next Thursday, the team said on Wednesday, with "
            "claims for early users opening the same day.",
            title="ACME token to go live next week, Acme says",
            source="rss",
            published=WEDNESDAY,
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 19), decision.reasons


def test_a_weekday_of_something_else_leaves_the_week_coarse(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "The ACME token goes live next week, the team said. Its office in Lisbon opens to "
            "visitors on Friday.",
            title="ACME token to go live next week, Acme says",
            source="rss",
            published=WEDNESDAY,
        )
    )
    assert decision.is_signal and decision.event_date is None, decision.reasons
    assert decision.date_precision == "none", decision.reasons


def test_a_debut_on_an_exchange_is_its_listing(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "Acme's ACME token begins trading on Monday, with Kraken and Bitget listing it at "
            "launch, the exchanges said.",
            title="Acme's ACME debuts on Kraken and Bitget",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "listing", decision.reasons


def test_a_debut_on_a_chain_stays_the_launch(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "The ACME token goes live at genesis on Monday; claims open the same hour.",
            title="Acme's ACME debuts on Solana on Monday",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
