"""Error classes of tuning round 16 (made-up projects and sentences, not corpus texts)."""

from __future__ import annotations

import datetime as dt

import pytest

from swarm.detection import Detector, WatchList

from .conftest import MakeItem

ROUND_YAML = """
companies:
  - name: Kestrel
    aliases: ["Kestrel Network"]
    tokens: ["KSTL"]
    priority: medium
  - name: Tarnwick
    aliases: ["Tarnwick Finance", "Tarnwick Labs"]
    tokens: ["TRNK"]
    priority: high
    x_handles: ["tarnwick_fi"]
    domains: ["tarnwick.fi"]
  - name: Quillon
    aliases: ["Quillon Labs"]
    tokens: ["QLLN"]
    priority: low
    x_handles: ["quillon_xyz"]
    domains: ["quillon.xyz"]
"""

# Thursday 11 June 2026, 12:00 UTC.
PUBLISHED = dt.datetime(2026, 6, 11, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def round_detector() -> Detector:
    return Detector(WatchList.from_yaml_text(ROUND_YAML), second_opinion=False)


def test_faucet_claim_is_no_airdrop(round_detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Tarnwick devnet faucet claim is open: 50 tTRNK per wallet each day → "
        "faucet.tarnwick.fi. Test tokens only, worth nothing."
    )
    decision = round_detector.score(make_item(text, author="@tarnwick_fi", published=PUBLISHED))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "testnet", decision.reasons


def test_claim_beside_no_faucet_still_counts(round_detector: Detector, make_item: MakeItem) -> None:
    text = "TRNK claims open Friday 14:00 UTC at tarnwick.fi/claim. Devnet users are included."
    decision = round_detector.score(make_item(text, author="@tarnwick_fi", published=PUBLISHED))
    assert decision.is_signal, decision.reasons
    assert decision.event_type == "airdrop"


def test_list_of_denied_events_beside_a_coarse_launch(
    round_detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "QLLN goes live later this year. No sale, no presale, no seed round links. Anyone DMing "
        "you about a 'Quillon presale' is lying."
    )
    decision = round_detector.score(make_item(text, author="@quillon_xyz", published=PUBLISHED))
    assert decision.is_signal, decision.reasons
    assert decision.company == "Quillon"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # time counted from the event in the singular
        (
            "Tarnwick's TRNK airdrop, one month on",
            "Tarnwick airdrop a month later: 44% of TRNK claimed, most claimers kept it.",
        ),
        # a sale that sold out
        (
            "Quillon Labs' community sale sells out in 9 minutes",
            "Quillon Labs' community sale on Legion sold out in 9 minutes, with 12,000 buyers. "
            "Tokens will arrive at the network's token generation event.",
        ),
    ],
)
def test_recaps_of_a_finished_event(
    round_detector: Detector, make_item: MakeItem, title: str, text: str
) -> None:
    decision = round_detector.score(
        make_item(text, title=title, source="rss", author="news.example", published=PUBLISHED)
    )
    assert not decision.is_signal, decision.reasons
    assert decision.category == "past_recap", decision.reasons


def test_debuts_cited_as_examples(round_detector: Detector, make_item: MakeItem) -> None:
    title = "Watchdog's airdrop guidance cites Tarnwick, Quillon debuts"
    text = (
        "A watchdog's guidance on airdrops cited the recent token debuts of Tarnwick Finance "
        "and Quillon Labs as examples of claims tied to past activity."
    )
    decision = round_detector.score(
        make_item(text, title=title, source="rss", author="news.example", published=PUBLISHED)
    )
    assert not decision.is_signal, decision.reasons


def test_owner_of_the_sale_wins_a_tie(round_detector: Detector, make_item: MakeItem) -> None:
    # Kestrel comes first in the watch list and is named as strongly, but the sale is Tarnwick's
    title = "Tarnwick Finance to hold TRNK public sale next week"
    text = (
        "Tarnwick Finance will hold a public sale of its TRNK token from June 16 to June 18, "
        "the team said. Kestrel Network founders are among its first backers."
    )
    decision = round_detector.score(
        make_item(text, title=title, source="rss", author="news.example", published=PUBLISHED)
    )
    assert decision.is_signal, decision.reasons
    assert decision.company == "Tarnwick", decision.reasons
    assert decision.event_type == "token_sale"


@pytest.mark.parametrize(
    ("title", "text", "author"),
    [
        # what the recipients get: "points holders get a guaranteed slot"
        (
            "",
            "The QLLN public sale runs in August on quillon.xyz/sale. Caps and times next week. "
            "Season 2 points holders get a guaranteed slot, the rest first come first served.",
            "@quillon_xyz",
        ),
        # the cue names the people the claim is for
        (
            "Tarnwick Finance opens TRNK claim for early depositors",
            "Tarnwick Finance's TRNK airdrop claim is now open, the lending protocol said. "
            "Wallets that deposited in the first quarter qualify.",
            "news.example",
        ),
    ],
)
def test_recipients_are_not_scam_bait(
    round_detector: Detector, make_item: MakeItem, title: str, text: str, author: str
) -> None:
    item = make_item(
        text, title=title, source="rss" if title else "x", author=author, published=PUBLISHED
    )
    decision = round_detector.score(item)
    assert decision.is_signal, decision.reasons
