"""Errors of the dev19 round as classes (made-up projects and sentences, not corpus texts): a
percentage move of a product's running figure beside a token event, and a day written between
the subject and its reporting verb."""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem


def test_a_product_figure_moving_by_a_percentage_is_no_price_talk(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Release notes: the bridge relayer v2 shipped, proof generation fees are down 35%, "
            "and the docs were rewritten. Also: $ACME TGE is on Thursday.",
            author="@acme_xyz",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


def test_a_token_moving_by_a_percentage_is_still_price_talk(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Quick market update: $ACME is down 35% since Monday and traders keep asking about "
            "the TGE on Thursday.",
        )
    )
    assert not decision.is_signal, decision.reasons
    assert decision.category == "price_talk", decision.reasons


def test_a_day_before_the_reporting_verb_is_not_the_event_day(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "The Acme Foundation today unveiled its annual letter. Validator grants widen in "
            "the autumn, and the foundation also confirmed that the ACME token will launch "
            "later this year.",
            title="Annual letter: grants, validators and the ACME launch",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert decision.event_date is None, decision.reasons


def test_today_after_the_event_phrase_is_still_the_event_day(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "The Acme Foundation said the ACME token will launch today, with trading to follow.",
            title="ACME launches today",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_date is not None, decision.reasons


def test_a_token_that_will_be_minted_is_a_plan_not_a_sighting(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme Labs said its ACME token will be minted and become transferable on March 19, "
            "ending a six-month quest season on the payments chain.",
            title="Acme sets ACME token generation for March 19",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


def test_tokens_minted_to_a_wallet_stay_a_sighting(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "On-chain sleuths say 40 million ACME were minted to a fresh wallet overnight; the "
            "ACME token could become transferable on March 19, according to the contract.",
            title="ACME tokens minted ahead of a rumoured token generation",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons
