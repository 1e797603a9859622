"""False alarms of the dev17 dances round and errors of dev10-default (made-up projects and
sentences, not corpus texts)."""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector

from .conftest import MakeItem


def test_a_vote_named_first_then_if_it_passes_is_conditional(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme DAO proposal AIP-9 goes to a vote this week: if it passes, a second ACME airdrop "
        "to stakers would start March 30."
    )
    decision = detector.score(make_item(text))
    assert not decision.is_signal, decision.reasons
    assert any("conditional" in r for r in decision.reasons), decision.reasons


def test_a_pronoun_condition_in_the_sentence_after_the_vote_is_conditional(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "The Acme community vote closes Friday. If it passes, ACME claims open March 30."
    decision = detector.score(make_item(text))
    assert not decision.is_signal, decision.reasons


def test_a_passed_vote_before_an_announced_claim_still_counts(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "The Acme vote passed. ACME claims open March 30 at acme.xyz/claim."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons


def test_a_check_the_wallet_passes_after_a_vote_is_no_condition_on_the_event(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "The Acme vote passed. ACME claims open March 20 at acme.xyz/claim for each wallet, if "
        "it passes the sybil check."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons


def test_a_quarter_in_review_is_a_recap(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "The ACME token launch and the ORB airdrop topped the quarter's debuts by first-day "
            "volume.",
            title="Q1 in review: the quarter's largest token launches",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons
    assert any(r.startswith("past ") for r in decision.reasons), decision.reasons


def test_a_year_in_review_of_this_year_is_a_recap(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "The ACME airdrop in January and the ORB launch in September were among the largest "
            "token debuts of 2026 by first-day volume.",
            title="2026 in review: Acme Labs and Orbit among the year's biggest token debuts",
            source="rss",
            published=dt.datetime(2026, 12, 18, 9, 0, tzinfo=dt.UTC),
        )
    )
    assert not decision.is_signal, decision.reasons


def test_the_days_of_an_earning_range_are_not_the_listing_day(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Wallets that staked ORB in the vault between 2026-03-02 00:00 and 2026-03-06 23:59 "
        "(UTC) will receive ACME in their accounts. Kraken will then list ACME at 2026-03-19 "
        "12:00 (UTC)."
    )
    decision = detector.score(
        make_item(text, title="Kraken Launchpool: Acme (ACME)", source="rss", author="Kraken")
    )
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date is not None and decision.event_date.isoformat() == "2026-03-19"


def test_a_range_after_the_main_verb_is_the_event_window(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Users who staked ACME can claim their rewards between March 20 and March 27 at "
        "acme.xyz/claim."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert decision.event_date is not None and decision.event_date.isoformat() == "2026-03-20"


def test_an_open_ended_day_after_the_main_verb_is_the_event_day(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Users who bridged from Ethereum to Acme claim ACME from March 20 at acme.xyz/claim."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert decision.event_date is not None and decision.event_date.isoformat() == "2026-03-20"


def test_a_token_heading_to_an_exchange_leads_with_its_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Kraken will let customers trade ACME, the token of the Acme compute network, starting "
        "at 9 p.m. ET on March 17, a spokesperson said. The token goes live on Ethereum earlier "
        "that day."
    )
    decision = detector.score(
        make_item(text, title="Acme's ACME heads to Kraken on launch day", source="rss")
    )
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date is not None and decision.event_date.isoformat() == "2026-03-18"


def test_a_name_going_on_into_another_companys_registered_name_is_a_homonym(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "The regional chain Orbit Print Co. will launch a points-based rewards token program "
            "on March 20, letting members claim a free poster after ten orders.",
            title="Orbit Print Co. launches rewards token program on March 20",
            source="rss",
            author="Retail Weekly",
        )
    )
    assert not decision.is_signal, decision.reasons
    assert any(r.startswith("negative_context") for r in decision.reasons), decision.reasons


def test_the_projects_own_legal_entity_is_no_other_company(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Orbit Foundation Ltd. said the ORB token launches on March 20 with claims open to "
            "early users.",
            title="Orbit Foundation Ltd. sets ORB token launch for March 20",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


def test_a_verb_after_the_name_is_no_registered_name(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme will co-host its token launch with two partners on March 20.",
            title="Acme will co-host its token launch on March 20",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
