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
