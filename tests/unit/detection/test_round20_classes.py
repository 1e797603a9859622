"""Errors of the dev20 round as classes (made-up projects and sentences, not corpus texts): a
press release's dateline, a clock that says since when something holds, "genesis" as the moment
an exchange adds a token, pairs opening together, a cut-off of the activity that counts, a
symbol disowned with its name, a question that is no quest, a plan stated in an interview, a
sense disowned through its maker, and the day a detail is given."""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector

from .conftest import PUBLISHED, MakeItem


def test_a_press_release_dateline_is_not_the_event_day(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "LISBON, March 13, 2026 -- Acme Labs today announced that the public sale of its "
            "ACME token will open on March 24 at 14:00 UTC on acme.xyz.",
            title="Acme Labs Announces Public Sale of ACME Token",
            author="Wire Releases",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 24), decision.reasons


def test_a_date_before_a_dash_in_a_sentence_is_still_the_event_day(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item("The ACME airdrop claim opens March 20 -- check acme.xyz for the portal.")
    )
    assert decision.is_signal, decision.reasons
    assert decision.event_date == dt.date(2026, 3, 20), decision.reasons


def test_a_clock_after_as_of_is_a_moment_already_reached(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "ACME is available for trading. Acme (ACME) spot pairs ACME/USDT and ACME/BTC are "
            "open as of 09:00 UTC.",
            author="@binance",
        )
    )
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == PUBLISHED.date(), decision.reasons


def test_a_bare_clock_before_publication_is_still_the_next_one(
    detector: Detector, make_item: MakeItem
) -> None:
    # (published 09:30 UTC; a clock reached less than three hours before is today's, as the
    # dev corpora's writers read it: test_round145_classes)
    decision = detector.score(
        make_item("ACME/USDT trading opens at 05:00 UTC. Deposits are open now.", author="@binance")
    )
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == PUBLISHED.date() + dt.timedelta(days=1), decision.reasons


def test_an_exchange_adding_a_token_at_genesis_is_a_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Northex adds Acme (ACME) at genesis. The ACME/USDT pair opens for trading at "
            "22:00 UTC tonight; deposits an hour earlier.",
            author="@Northex_Listings",
        )
    )
    assert decision.is_signal and decision.event_type == "listing", decision.reasons


def test_genesis_named_as_the_launch_is_still_a_tge(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item("Acme genesis is on Thursday: the ACME token goes live at 14:00 UTC.")
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


def test_pairs_opening_together_are_a_listing(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "New on Northex: Acme (ACME). ACME/USDT and ACME/EUR open for trading on March 17.",
            author="@Northex_Listings",
        )
    )
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 17), decision.reasons


def test_a_cut_off_of_the_activity_that_counts_is_not_the_event_day(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme Labs will airdrop its ACME token to lenders in April, the company confirmed on "
            "Thursday. A spokesperson said the claim day would be posted on X. Loans opened "
            "after March 20 will not count.",
            title="Acme Labs confirms ACME airdrop for lenders in April",
            author="The Ledger",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert decision.event_date is None, decision.reasons


def test_a_day_the_event_opens_after_is_still_its_day_without_a_cut_off(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item("ACME claims open on March 20, after the snapshot.", author="@acme_xyz")
    )
    assert decision.is_signal, decision.reasons
    assert decision.event_date == dt.date(2026, 3, 20), decision.reasons


def test_a_symbol_disowned_with_its_name_leaves_another_projects_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Brindleswap is NOT affiliated with Orbit or ORB. Our own token, BRND, launches "
            "Monday 12:00 UTC on brindleswap.fi. Please don't ask the Orbit mods about it.",
            author="@brindleswap",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_a_symbol_named_outside_the_disavowal_is_still_the_projects(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Orbit Inu is not affiliated with Orbit. The real ORB token launches Monday at "
            "12:00 UTC, per the Orbit team.",
        )
    )
    assert decision.is_signal and decision.company == "Orbit", decision.reasons


def test_a_question_is_no_quest(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "Answering the question we get most: the ACME token launches in Q2. Until then, "
            "anything claiming to sell ACME is fake.",
            author="@acme_xyz",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert decision.event_date is None, decision.reasons


def test_quests_are_still_testnet_activity(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item("New Acme quests are live: finish them to climb the board before any token.")
    )
    assert not decision.is_signal, decision.reasons


def test_a_plan_a_founder_states_in_an_interview_is_an_announcement(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "The ACME token will be generated in June, Acme's co-founder told us in an "
            "interview, with the exact day to be published two weeks ahead. Supply and the "
            "airdrop split were finalised in April.",
            title="Acme co-founder: 'June is the month'",
            author="The Letter",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert decision.event_date is None, decision.reasons


def test_an_interview_with_no_token_event_is_still_generic(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme's co-founder told us in an interview that the team hired two engineers and "
            "is focused on the lending app.",
            title="Interview: Acme's co-founder on hiring",
            author="The Letter",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_a_sense_disowned_through_its_maker_is_no_homonym(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme's ACME token goes live next Tuesday, the lending project said. Acme is "
            "unrelated to the maker of the Road Runner cartoons.",
            title="Acme's ACME to go live next Tuesday",
            author="The Ledger",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


def test_a_sense_the_item_is_about_is_still_a_homonym(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "The maker of the Road Runner cartoons says its Acme box set goes live next Tuesday "
            "on the studio's store.",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_the_day_a_detail_is_given_in_its_own_clause_is_not_the_event_day(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Yes, it is still on: the ACME sale opens next week on acme.xyz/sale, exact time on "
            "Monday.",
            author="@acme_xyz",
        )
    )
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons
    assert decision.event_date is None, decision.reasons


def test_a_sale_opening_on_a_day_at_an_exact_time_keeps_the_day(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item("The ACME sale opens on Monday at 14:00 UTC on acme.xyz.", author="@acme_xyz")
    )
    assert decision.is_signal and decision.event_date == dt.date(2026, 3, 16), decision.reasons
