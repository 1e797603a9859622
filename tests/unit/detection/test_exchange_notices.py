"""An exchange's own notice is a listing whenever it names one (docs/labels.md, fields of a
positive): config ``exchanges``, provenance.ExchangeVoices, features.item_view.

The conftest watch list: Acme ($ACME, @acme_xyz), Orbit (ORB), ZetaChain Labs. Items are
published on Saturday 14 March 2026, 09:30 UTC.
"""

from __future__ import annotations

import datetime as dt

import pytest

from swarm.detection import Detector
from swarm.detection.config import DetectionConfig
from swarm.detection.provenance import ExchangeVoices

from .conftest import MakeItem

NOTICE = (
    "Acme (ACME) airdrop for BNB holders: claims open March 16. Binance will list ACME on "
    "March 18 at 12:00 UTC with the ACME/USDT pair."
)


@pytest.mark.parametrize(
    ("author", "url"),
    [
        ("Binance", "https://news.example/item"),  # the byline
        ("Binance Announcements", "https://news.example/item"),
        ("", "https://www.binance.com/en/support/announcement/acme"),  # the site
        ("@binance", "https://x.com/binance/status/1"),  # the X handle
    ],
)
def test_an_exchange_notice_of_its_own_airdrop_is_the_listing(
    detector: Detector, make_item: MakeItem, author: str, url: str
) -> None:
    decision = detector.score(make_item(NOTICE, author=author, url=url))
    assert decision.is_signal, decision.reasons
    assert decision.event_type == "listing"
    assert decision.event_date == dt.date(2026, 3, 18)  # the trading day, not publication


def test_the_same_words_from_a_reporter_keep_the_lead_event(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item(NOTICE, author="The Block"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 16)


def test_an_exchange_sale_stays_a_sale(detector: Detector, make_item: MakeItem) -> None:
    text = ("Bybit Launchpad: commit MNT to get Acme (ACME). The ACME token sale opens March 17 "
            "at 10:00 UTC; spot trading of ACME/USDT will list on March 20.")
    decision = detector.score(make_item(text, author="Bybit"))
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons


def test_exchange_voices_match_site_handle_and_byline_only() -> None:
    voices = ExchangeVoices.of(DetectionConfig.default().exchanges)
    assert voices.speaks("", "announcements.bybit.com", "")
    assert voices.speaks("bybit_official", "x.com", "@Bybit_Official")
    assert voices.speaks("", "news.example", "Kraken Blog")
    assert not voices.speaks("", "news.example", "Krakenomics Weekly")
    assert not voices.speaks("bybit_airdrops", "x.com", "@bybit_airdrops")  # a look-alike
    assert not voices.speaks("", "notbinance.com.example", "")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the exchange "launches" a market: the pair's trading, not the token's launch
        ("", "Gate will launch ACME/USDT trading. Deposits now open. Trading: 10:00 on March 17 "
             "(UTC). ACME is the token of Acme Labs."),
        # the headline's "Gets Listed" names the listing; a call auction opens the market
        ("Acme (ACME) Gets Listed on MEXC!",
         "Call auction: 09:00-10:00 on March 17 (UTC). Trading: 10:00 on March 17 (UTC)."),
    ],
)
def test_an_exchange_launching_a_pair_or_getting_a_token_listed_is_a_listing(
    detector: Detector, make_item: MakeItem, title: str, text: str
) -> None:
    decision = detector.score(make_item(text, title=title, author="MEXC", source="rss"))
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 17)


def test_a_reporter_on_a_pair_launch_is_a_listing_too(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Acme Labs said Binance will launch ACME/USDT trading on March 17 at 10:00 UTC."
    decision = detector.score(make_item(text, author="The Block"))
    assert decision.is_signal and decision.event_type == "listing", decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Korbex adds Acme (ACME) to its KRW and USDT markets. Trading support begins "
        "2026-03-16 20:00 KST.",
        "Acme (ACME) joins the KRW markets on Korbex: trading support starts March 16, 11:00 UTC.",
    ],
)
def test_a_token_added_to_plural_markets_with_trading_support_is_a_listing(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="Korbex", source="rss"))
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 16), decision.reasons


def test_a_notice_with_a_call_auction_and_a_trading_field_is_a_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "Deposits: open now. Trading: 12:00 on March 17, 2026 (UTC). Withdrawals: 12:00 on "
        "March 18, 2026 (UTC). Call auction runs 11:00-12:00 (UTC).",
        title="Korbex Debut: Acme (ACME)",
        author="Korbex",
        source="rss",
    )
    decision = detector.score(item)
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 17), decision.reasons


def test_a_trading_field_needs_a_time_or_a_day(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(make_item("Desk notes. Trading: ACME down 12% with 3x volume."))
    assert not any("listing" in r for r in decision.reasons), decision.reasons


def test_funding_that_is_live_is_not_trading_that_is_live(
    detector: Detector, make_item: MakeItem
) -> None:
    # the deposit stage is the subject of "is now live", however long the name after it; the
    # trading day stated next is the listing's
    decision = detector.score(
        make_item(
            "Funding for Acme Networks (ACME) is now live on Kraken. Trading will start "
            "on March 17, 2026 at approximately 15:00 UTC once liquidity is in place.",
            title="ACME is available for trading!",
            author="Kraken",
            url="https://blog.kraken.com/product/asset-listings/acme",
        )
    )
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 17)
