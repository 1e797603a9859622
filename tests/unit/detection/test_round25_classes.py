"""Round dev25 (feed-shaped text): a bracketed word written in lower case is an aside, not a
symbol (class 1: "Acme Foundation (Telegram)" as the byline of a channel repost)."""

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
