"""Errors of the dev23 round as classes (made-up projects and sentences, not corpus texts): an
event a cancelling verb governs, a listing or launch word used as a time reference long before,
a sale named as the source of a price, and the day a postponed event was moved away from."""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector

from .conftest import MakeItem


def test_a_cancelled_sale_is_no_announcement(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "Acme Labs has cancelled the ACME community sale it had planned for the second "
            "quarter, the team said, citing legal advice. Deposits will be returned.",
            title="Acme calls off its planned community sale",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons
    assert any("a cancelled event" in r for r in decision.reasons), decision.reasons


def test_a_sale_said_to_be_scrapped_is_no_announcement(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme Labs said the second ACME community sale, set for March 20, has "
            "been scrapped after a holder vote.",
            title="Acme scraps second ACME sale",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_a_postponement_that_denies_a_cancellation_keeps_the_sale(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Postponed, not cancelled: the ACME community sale moves to March 20, 14:00 UTC.",
            author="@acme_xyz",
        )
    )
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons


def test_a_new_date_set_after_a_scrapped_one_is_the_event(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme Labs scrapped the March date and set the ACME community sale for March 20, "
            "14:00 UTC.",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons


def test_a_venue_opening_years_after_the_debut_is_no_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Kraken will open ACME trading on March 19, the exchange said, more than a year "
            "after the Acme network's token first launched on other venues.",
            title="Kraken to open ACME trading, more than a year after Acme Labs' debut",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_a_debut_counted_from_years_on_is_no_event(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "Kraken will add ACME on March 19, the exchange said.",
            title="Kraken adds ACME, two years after its token debut",
            source="rss",
        )
    )
    assert any("a time reference long before" in r for r in decision.reasons), decision.reasons
    assert decision.event_type != "tge", decision.reasons


def test_a_listing_days_after_the_debut_is_still_a_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Kraken will open ACME trading on March 19, two days after the token's debut.",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "listing", decision.reasons


def test_a_sale_named_as_a_price_reference_is_no_sale(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "ACME, the token of Acme Labs, is trading 30% below the price paid in its May "
            "community sale, with the first team unlock due on April 1.",
            title="ACME trades below its token sale price ahead of unlock",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons
    assert any("a price's reference point" in r for r in decision.reasons), decision.reasons


def test_a_sale_with_its_price_stated_is_still_a_sale(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme Labs set the ACME community sale price at $0.05; the sale opens March 20, "
            "14:00 UTC.",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons


def test_a_postponed_sale_is_dated_by_the_day_it_moves_to(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "The ACME sale is postponed from March 18 to March 25, 14:00 UTC, so KYC can "
            "finish. Everything else is unchanged.",
            author="@acme_xyz",
        )
    )
    assert decision.is_signal and decision.event_date == dt.date(2026, 3, 25), decision.reasons


def test_the_originally_set_day_is_not_the_event_day(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme Labs has postponed the launch of its ACME token, originally set for March 20, "
            "after an auditor flagged an issue, the team said. Token generation will now take "
            "place at 13:00 UTC on April 3.",
            title="Acme pushes ACME launch back two weeks",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_date == dt.date(2026, 4, 3), decision.reasons


def test_a_sale_running_from_one_day_to_another_starts_on_the_first(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item("Acme Labs said the ACME sale runs from March 18 to March 25.", source="rss")
    )
    assert decision.is_signal and decision.event_date == dt.date(2026, 3, 18), decision.reasons


def test_advice_about_any_airdrop_names_no_event(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "New ACME vulnerability note for a wallet SDK: the fix goes live in v4.2 on "
            "Thursday. Update before you claim any airdrop.",
            author="@sec_alerts",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_all_claims_of_a_named_airdrop_are_still_the_event(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item("All ACME airdrop claims open on March 20 at acme.xyz/claim.", author="@acme_xyz")
    )
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons


def test_a_pair_whose_trading_goes_live_is_a_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "$ACME deposits are open. ACME/USDT trading goes live 19 Mar 00:30 UTC+8.",
            author="@SomeExchange_Official",
        )
    )
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 18), decision.reasons
