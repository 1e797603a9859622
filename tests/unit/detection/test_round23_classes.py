"""Errors of the dev23 round as classes (made-up projects and sentences, not corpus texts): an
event a cancelling verb governs, a listing or launch word used as a time reference long before,
and a sale named as the source of a price."""

from __future__ import annotations

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
