"""Which day an event phrase is dated by (docs/labels.md: the day attached to the event)."""

from __future__ import annotations

import datetime as dt

import pytest

from swarm.detection import Detector, ItemIn, WatchList

from .conftest import MakeItem

# Names that are also words the date rules read: "till" closes a window.
WATCHLIST_YAML = """
companies:
  - name: Tillage
    tokens: ["TILL"]
    priority: high
    x_handles: ["tillage_xyz"]
    domains: ["tillage.xyz"]
  - name: Acme
    aliases: ["Acme Labs"]
    tokens: ["ACME"]
    priority: high
    x_handles: ["acme_xyz"]
    domains: ["acme.xyz"]
"""

PUBLISHED = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)  # a Saturday


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(WatchList.from_yaml_text(WATCHLIST_YAML), second_opinion=False)


def _item(text: str, title: str = "", author: str = "@newsdesk", source: str = "x") -> ItemIn:
    return ItemIn(
        id="d1", source=source, url="https://news.example/d1", title=title, text=text,
        author=author, published=PUBLISHED,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "TILL airdrop opens March 20 for early farmers, says the Tillage team.",
        "Spot trading for TILL/USDT starts at 2026-03-20 08:00 UTC. Deposits are open now.",
    ],
)
def test_a_ticker_that_is_a_closing_word_does_not_close_the_day(
    detector: Detector, text: str
) -> None:
    decision = detector.score(_item(text, author="@tillage_xyz"))
    expected = dt.date(2026, 3, 20)
    assert decision.is_signal and decision.event_date == expected, decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme Labs, which shared its roadmap on March 12, said the ACME public sale opens March 21",
        "Acme Labs posted the details on March 13: the ACME token sale begins March 21.",
    ],
)
def test_the_day_something_was_published_is_not_the_event_day(
    detector: Detector, text: str
) -> None:
    decision = detector.score(_item(text, title="Acme sets ACME token sale", source="rss"))
    expected = dt.date(2026, 3, 21)
    assert decision.is_signal and decision.event_date == expected, decision.reasons


def test_a_checker_post_takes_the_day_in_its_claim_sentence(detector: Detector) -> None:
    title = "Acme puts up ACME airdrop checker before the claim"
    text = "Acme Labs on Thursday launched its lookup. Claims open March 20, per the team."
    decision = detector.score(_item(text, title=title, source="rss"))
    assert decision.is_signal and decision.event_date == dt.date(2026, 3, 20), decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "ACME funding is live now, and trading begins March 19 at 10:00 UTC. All regions.",
        "Inbound transfers of ACME are live today; trading on the ACME-USD pair begins March 19.",
    ],
)
def test_a_listing_is_dated_by_trading_not_by_funding_or_transfers(
    detector: Detector, text: str
) -> None:
    decision = detector.score(_item(text, title="Acme (ACME) is available for trading"))
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 19), decision.reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zoomex: the ACME/USDT pair is live from 12:00 UTC Mar 17. Deposits enabled now.",
         dt.date(2026, 3, 17)),
        ("The ACME claim is open starting at 9am UTC on March 18.", dt.date(2026, 3, 18)),
        ("The ACME airdrop is claimable right now at acme.xyz/claim.", PUBLISHED.date()),
    ],
)  # fmt: skip
def test_a_live_phrase_takes_the_day_its_clock_is_on(
    detector: Detector, text: str, expected: dt.date
) -> None:
    decision = detector.score(_item(text))
    assert decision.is_signal and decision.event_date == expected, decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "next week: ACME claims open for everyone who used the bridge. exact hour comes Monday.",
        "The ACME public sale opens next week. Details will be shared on Tuesday.",
    ],
)
def test_the_day_a_detail_is_published_is_not_the_event_day(
    detector: Detector, text: str
) -> None:
    decision = detector.score(_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_date is None, decision.reasons


@pytest.mark.parametrize(
    ("title", "text", "day"),
    [
        (
            "Acme snapshot set for March 20, ACME claims follow a week later",
            "Acme Labs said the snapshot will be taken at 00:00 UTC on March 20, and the claim "
            "page opens at 14:00 UTC on March 27.",
            dt.date(2026, 3, 27),
        ),
        (
            "",
            "Registration for the ACME public sale closes on March 18; the sale itself opens on "
            "acme.xyz on March 21 at 12:00 UTC.",
            dt.date(2026, 3, 21),
        ),
    ],
)
def test_the_day_of_a_stage_before_the_event_is_not_its_day(
    detector: Detector, make_item: MakeItem, title: str, text: str, day: dt.date
) -> None:
    decision = detector.score(make_item(text, title=title, source="rss"))
    assert decision.is_signal and decision.company == "Acme", decision.reasons
    assert decision.event_date == day, decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "The ACME community airdrop is claimable right now at acme.xyz/claim. Tokens left "
        "unclaimed go back to the foundation on April 30.",
        "ACME season 2 rewards are claimable now for all stakers. Anything not claimed is "
        "forfeited after April 30.",
    ],
)
def test_claimable_now_is_live_and_not_dated_by_the_day_unclaimed_tokens_go_back(
    detector: Detector, text: str
) -> None:
    decision = detector.score(_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_date == PUBLISHED.date(), decision.reasons


def test_a_sale_set_for_a_month_and_open_to_some_people_has_no_day(detector: Detector) -> None:
    item = _item(
        "Acme Labs will hold a community sale of ACME in April, it said on Friday, with exact "
        "timing to follow. The sale is open to participants outside the US.",
        title="Acme Labs community sale confirmed for April",
        source="rss",
    )
    decision = detector.score(item)
    assert decision.is_signal and decision.event_date is None, decision.reasons
    assert decision.date_precision == "month", decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme Labs said on Friday, March 13, that its ACME token generation event will take "
        "place on March 24.",
        "Acme Labs announced Thursday, March 12, that the ACME token launches on March 24.",
    ],
)
def test_the_day_a_statement_was_made_after_its_weekday_is_not_the_event_day(
    detector: Detector, text: str
) -> None:
    decision = detector.score(_item(text, title="Acme Labs sets ACME launch date", source="rss"))
    assert decision.is_signal and decision.event_date == dt.date(2026, 3, 24), decision.reasons


def test_deposits_open_now_a_few_words_off_do_not_date_the_listing(detector: Detector) -> None:
    item = _item(
        "Deposits for Acme Labs (ACME) are open now. Spot trading for ACME/USDT opens at "
        "12:00 UTC tomorrow.",
        title="Exchange will list ACME for spot trading",
        source="rss",
    )
    decision = detector.score(item)
    assert decision.is_signal and decision.event_date == dt.date(2026, 3, 15), decision.reasons
