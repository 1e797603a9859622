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
    return Detector(WatchList.from_yaml_text(ROUND_YAML))


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
