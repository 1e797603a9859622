"""Missed announcements, a false alarm and a wrong event type of the dev18 default round
(made-up projects and sentences, not corpus texts)."""

from __future__ import annotations

import pytest

from swarm.detection import Detector, WatchList

from .conftest import MakeItem

ROUND_YAML = """
companies:
  - name: Lantern
    aliases: ["Lantern Finance"]
    tokens: ["LNTN"]
    priority: medium
    x_handles: ["lantern_fi"]
    domains: ["lantern.fi"]
    negative_context: ["candle", "paraffin", "wick"]
"""


@pytest.fixture(scope="module")
def round_detector() -> Detector:
    return Detector(WatchList.from_yaml_text(ROUND_YAML), second_opinion=False)


# --- the token minted at a moment ahead is its creation --------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Fees in one asset: $ACME is minted and becomes transferable from March 20, 10:00 "
         "UTC. Watch this account for the contract.", "2026-03-20"),
        ("Mark the calendar: ACME, the staking asset of Acme Labs, mints in three days.",
         "2026-03-17"),
        ("ACME mints on Thursday at 18:00 UTC. Balances show up in the app.", "2026-03-19"),
    ],
)  # fmt: skip
def test_a_token_minted_at_a_moment_ahead_launches(
    detector: Detector, make_item: MakeItem, text: str, day: str
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert decision.event_date is not None and decision.event_date.isoformat() == day


def test_a_mint_spotted_on_chain_stays_speculation(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Someone just spotted 400M ACME tokens minted to a fresh wallet. TGE this month?"
    decision = detector.score(make_item(text, author="@chain_watcher"))
    assert not decision.is_signal
    assert decision.category == "speculation", decision.reasons


# --- the project's own account playing on its name's ordinary sense ---------------------------


def test_official_wordplay_on_the_name_is_no_homonym(
    round_detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Light a candle: LNTN goes live Thursday at 16:00 UTC. Early testers and grant "
        "holders are in the genesis distribution."
    )
    decision = round_detector.score(make_item(text, author="@lantern_fi"))
    assert decision.is_signal and decision.company == "Lantern", decision.reasons
    assert decision.event_type == "tge"


def test_the_same_wordplay_from_another_account_stays_a_homonym(
    round_detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Light a candle: LNTN goes live Thursday at 16:00 UTC. Early testers and grant "
        "holders are in the genesis distribution."
    )
    decision = round_detector.score(make_item(text, author="@wax_and_wick"))
    assert not decision.is_signal
    assert decision.category == "homonym", decision.reasons


# --- recipients named by what they hold --------------------------------------------------------


def test_holders_of_points_are_recipients(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Round 2 ACME rewards become claimable Tuesday at 14:00 UTC for everyone holding "
        "Arena XP. Claim at acme.xyz/claim."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert any("names the recipients" in r for r in decision.reasons), decision.reasons


def test_an_xp_season_of_its_own_stays_testnet(detector: Detector, make_item: MakeItem) -> None:
    text = "Arena XP season starts Tuesday on the Acme testnet: quests, XP and a leaderboard."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert not decision.is_signal
    assert decision.category == "testnet", decision.reasons


# --- a newswire's headline of an exchange adding the token as it debuts ----------------------


def test_an_exchange_adding_the_token_as_it_debuts_is_a_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Kraken will add ACME to its USD markets at 15:00 UTC on March 17, the exchange "
            "said, minutes after Acme's token goes live.",
            title="Kraken to add Acme's ACME as the token debuts",
            author="newsdesk.example",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "listing", decision.reasons


def test_an_exchange_adding_the_token_months_later_is_no_debut(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Coinbase added Acme's ACME to its app on Friday, seven months after the token's "
            "debut in August.",
            title="Coinbase adds Acme's ACME",
            author="newsdesk.example",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons


# --- a claim deadline that has passed ---------------------------------------------------------


def test_a_claim_deadline_that_passed_is_a_recap(detector: Detector, make_item: MakeItem) -> None:
    text = "The ACME airdrop claim deadline passed on Friday. Thanks, stakers."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert not decision.is_signal
    assert decision.category == "past_recap", decision.reasons


def test_a_claim_deadline_ahead_keeps_the_claim(detector: Detector, make_item: MakeItem) -> None:
    text = "ACME claims open Monday at 12:00 UTC. The claim deadline is April 30."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons


# --- the project's own relative clause before the sentence gives it its token ----------------


def test_a_relative_clause_of_the_project_is_no_homonym(
    round_detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Lantern, whose first grants went to candle makers in 2024, said its LNTN token will "
        "go live in the third quarter."
    )
    decision = round_detector.score(
        make_item(text, title="Lantern sets Q3 for its token", author="newsdesk.example",
                  source="rss")
    )  # fmt: skip
    assert decision.is_signal and decision.company == "Lantern", decision.reasons
    assert decision.event_type == "tge" and decision.event_date is None


def test_a_relative_clause_of_the_ordinary_sense_stays_a_homonym(
    round_detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Lantern, which sells candle holders in 40 stores, said its summer range will go live "
        "online in the third quarter."
    )
    decision = round_detector.score(make_item(text, author="newsdesk.example", source="rss"))
    assert not decision.is_signal, decision.reasons
