"""Rounds dev24 and dev25 (feed-shaped text, everyday names): a bracketed word written in lower
case is an aside, not a symbol (class 1: "Acme Foundation (Telegram)" as the byline of a channel
repost); a blog's history told before a coarsely dated plan is its background (class 3)."""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem

SALE = "**ACME community sale** - platform: CoinList - opens Thursday, March 19, 15:00 UTC"


def test_a_channel_name_in_brackets_is_no_other_token(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(SALE, title="Acme Foundation (Telegram)", author="Acme Foundation (Telegram)",
                     url="", source="rss")  # fmt: skip
    decision = detector.score(item)
    assert "foreign_symbol" not in decision.contributions, decision.reasons
    assert decision.is_signal and decision.company == "Acme", decision.reasons
    assert decision.event_type == "token_sale"


def test_a_symbol_in_brackets_in_capitals_is_still_another_token(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Brindle (BRN) community sale opens Thursday, March 19, on the Acme launchpad"
    decision = detector.score(make_item(text, source="rss", url="", author="Newsdesk"))
    assert "foreign_symbol" in decision.contributions, decision.reasons
    assert not decision.is_signal


HISTORY = (
    "Twelve months ago Acme was three engineers and a whitepaper. This year we processed 1.2 "
    "billion transactions and moved our office to Zug. "
)


def test_a_past_told_before_a_coarsely_dated_event_is_its_background(
    detector: Detector, make_item: MakeItem
) -> None:
    text = HISTORY + "The ACME token launches in Q3 2026."
    item = make_item(text, title="A year of Acme", source="rss", url="https://acme.xyz/blog/road",
                     author="Acme Labs")  # fmt: skip
    decision = detector.score(item)
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert decision.event_date is None and decision.date_precision == "quarter"
    assert any("not counted as past" in r for r in decision.reasons), decision.reasons


def test_a_past_in_the_events_own_sentence_still_counts(
    detector: Detector, make_item: MakeItem
) -> None:
    text = HISTORY + "The ACME token launched in Q3 2025 and its claim window has closed."
    decision = detector.score(make_item(text, source="rss", url="", author="Newsdesk"))
    assert not decision.is_signal and decision.category == "past_recap", decision.reasons
