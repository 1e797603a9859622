"""Missed announcements and a wrong event type of the dev17 default round (made-up projects and
sentences, not corpus texts)."""

from __future__ import annotations

import pytest

from swarm.detection import Detector, WatchList

from .conftest import MakeItem

ROUND_YAML = """
companies:
  - name: Pellet
    aliases: ["Pellet Finance"]
    tokens: ["PLT"]
    priority: medium
    x_handles: ["pellet_fi"]
    domains: ["pellet.fi"]
    negative_context: ["wood pellet", "stove"]
"""


@pytest.fixture(scope="module")
def round_detector() -> Detector:
    return Detector(WatchList.from_yaml_text(ROUND_YAML), second_opinion=False)


def test_node_runners_are_recipients(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Devnet node runners: your ACME allocations are claimable from Tuesday, 14:00 UTC, at "
        "acme.xyz/claim. No further tasks."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert any("names the recipients" in r for r in decision.reasons), decision.reasons


def test_rewards_that_can_be_claimed_from_a_day_are_a_claim(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "ACME rewards for liquidity providers can be claimed from tomorrow, 15:00 UTC, in the "
        "Acme app."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert decision.event_date is not None and decision.event_date.isoformat() == "2026-03-15"


def test_a_token_that_is_born_on_a_day_launches(detector: Detector, make_item: MakeItem) -> None:
    text = "ACME is born on Monday 16 March. From 09:00 UTC the network charges its fees in ACME."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert decision.event_date is not None and decision.event_date.isoformat() == "2026-03-16"


@pytest.mark.parametrize(
    "text",
    [
        "Transfers of $ACME switch on this Tuesday, 8pm ET. Nothing to claim: balances simply "
        "appear in your wallet.",
        "ACME token transfers turn on Tuesday at 12:00 UTC. There is nothing to claim.",
    ],
)
def test_transfers_switched_on_are_the_launch(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Deposits for Acme (ACME) are open. Trading on Kraken begins Tue, Mar 17 around "
            "15:00 UTC once liquidity conditions are met.",
            "@krakenfx",
        ),
        ("Acme's ACME token: trading at Bitget will start at 10:00 UTC on Tuesday.", "@newsdesk"),
    ],
)
def test_trading_at_a_named_exchange_that_begins_is_a_listing(
    detector: Detector, make_item: MakeItem, text: str, author: str
) -> None:
    decision = detector.score(make_item(text, author=author))
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date is not None and decision.event_date.isoformat() == "2026-03-17"


def test_a_points_program_that_wraps_is_the_activity_before_the_event(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme said its ACME governance token will go live Wednesday at 10 a.m. ET.",
            title="Acme's ACME goes live Wednesday as the lender wraps its points program",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert any("an activity window that ends" in r for r in decision.reasons), decision.reasons


def test_news_in_an_as_clause_after_the_event_is_backdrop(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme said the public sale of its ACME token will run in October on its own site.",
            title="Acme plans October public sale of ACME as its relay network expands",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons
    assert any("the backdrop of the event" in r for r in decision.reasons), decision.reasons


def test_news_before_an_as_clause_is_no_backdrop(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "Acme expands to two new chains as its token sale nears.",
            title="Acme expands",
            source="rss",
        )
    )
    assert not any("the backdrop of the event" in r for r in decision.reasons), decision.reasons


def test_another_sense_inside_the_projects_own_apposition_is_no_homonym(
    round_detector: Detector, make_item: MakeItem
) -> None:
    decision = round_detector.score(
        make_item(
            "Pellet, the lending protocol that finances stove factories against their output, "
            "said its PLT governance token will go live Wednesday at 10:00 UTC.",
            title="Pellet's PLT goes live Wednesday",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert "negative_context" not in decision.contributions, decision.contributions


def test_another_sense_in_an_apposition_of_no_crypto_project_stays_a_homonym(
    round_detector: Detector, make_item: MakeItem
) -> None:
    decision = round_detector.score(
        make_item(
            "Pellet, the maker of stove heaters, said its new line will go live Wednesday.",
            title="Pellet goes live Wednesday",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_speculation_the_announcement_ends_is_no_doubt(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme will launch its ACME token in June, a spokesperson said, ending months of "
        "speculation about the network's plans."
    )
    decision = detector.score(
        make_item(text, title="Acme confirms ACME token for June", source="rss")
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert any("a doubt the announcement ends" in r for r in decision.reasons), decision.reasons


def test_speculation_without_an_announcement_stays_a_doubt(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "After months of speculation, traders still bet on an ACME token launch in June."
    decision = detector.score(make_item(text, source="rss", title="Acme token talk"))
    assert not decision.is_signal, decision.reasons


def test_time_counted_from_something_other_than_the_event_is_no_recap(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme will launch its ACME token in June, the team said.",
            title="Acme confirms June debut for ACME, two years after its relay pitch",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert any("time counted from something else" in r for r in decision.reasons)


def test_time_counted_from_the_token_event_stays_a_recap(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme will open a second ACME claim in June, two months after its airdrop.",
            title="Acme plans second claim",
            source="rss",
        )
    )
    assert not any("time counted from something else" in r for r in decision.reasons)


def test_a_past_fact_in_a_sentence_of_its_own_beside_a_coarse_event_is_no_recap(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme will launch its ACME token in June, the team said. The token will power "
            "Relay, the bridge the team shipped last year.",
            title="Acme token launch set for June",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert any("a past fact beside the event" in r for r in decision.reasons), decision.reasons


def test_a_past_period_in_the_event_sentence_stays_a_recap(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme launched its ACME token last year; a second airdrop comes in June.",
            title="Acme token",
            source="rss",
        )
    )
    assert not any("a past fact beside the event" in r for r in decision.reasons)


def test_a_role_after_serve_as_is_no_backdrop(detector: Detector, make_item: MakeItem) -> None:
    text = "The ACME token will launch in June and serve as the settlement asset of Acme's rollups."
    decision = detector.score(make_item(text, title="Acme token launch set for June", source="rss"))
    assert not any("the backdrop of the event" in r for r in decision.reasons), decision.reasons
