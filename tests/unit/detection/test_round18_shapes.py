"""Errors of the dev18 shapes round as classes (made-up projects and sentences, not corpus
texts): a zoned day written once as a weekday and once as a date, "launch" as a moment other
news is placed by, a new venue of a token that debuted earlier, and a source saying the project
is silent or taking its own date back."""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector

from .conftest import MakeItem

# Published Saturday 14 March 2026 (conftest); US daylight saving runs from 8 March, so 9 p.m.
# ET on Tuesday 17 March is 01:00 UTC on Wednesday 18 March.


def test_a_headline_weekday_takes_the_utc_day_of_the_zoned_date_below(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme will open its ACME public sale at 9 p.m. ET on Tuesday, March 17, selling 4% "
            "of supply on its own site, the team said.",
            title="Acme's ACME public sale opens Tuesday night US time",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 18), decision.reasons


def test_a_headline_date_takes_the_utc_day_of_the_zoned_weekday_below(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme, the lending protocol for GPU owners, said its ACME public sale opens on the "
            "Acme site Tuesday at 9 p.m. ET.",
            title="Acme sets ACME public sale for March 17",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_date == dt.date(2026, 3, 18), decision.reasons


def test_a_weekday_without_a_clock_keeps_its_own_day(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme will open its ACME public sale on Tuesday, March 17, selling 4% of supply.",
            title="Acme's ACME public sale opens Tuesday",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_date == dt.date(2026, 3, 17), decision.reasons


def test_launch_day_as_the_moment_of_an_exchange_listing_is_no_tge(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Kraken said ORB will be available for trading on March 20, the day the token "
            "launches.",
            title="Kraken to add Orbit's ORB on launch day",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 20), decision.reasons


def test_the_token_launch_itself_is_still_a_tge(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "Orbit said ORB will become transferable on March 20.",
            title="Orbit sets ORB launch for March 20",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


def test_a_launch_dated_right_after_its_preposition_is_still_the_event(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item("ORB token: 15% of supply unlocked at launch on March 20, the Orbit team said.")
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 20), decision.reasons


def test_a_new_venue_for_a_token_that_debuted_months_ago_is_no_signal(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Bithumb opened ORB trading in its KRW market on Saturday, giving Korean users "
            "access to the token that debuted on Kraken and two other exchanges in September.",
            title="Bithumb brings Orbit's ORB to Korean traders",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_a_listing_months_after_launch_is_no_signal(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Bitstamp opens ORB trading in its euro market on Saturday, eight months after launch.",
            title="Bitstamp brings Orbit's ORB to European traders",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_a_first_listing_on_debut_day_still_counts(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "Bithumb opens ORB trading in its KRW market on Saturday, the day the token debuts.",
            title="Bithumb brings Orbit's ORB to Korean traders",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "listing", decision.reasons


def test_the_source_saying_the_team_said_nothing_is_speculation(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item("ORB season 2 airdrop confirmed for March 20. The Orbit team has said nothing.")
    )
    assert not decision.is_signal, decision.reasons
    assert decision.category == "speculation", decision.reasons


def test_a_team_silent_only_about_a_detail_still_announces(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "ACME claims open March 20 at acme.xyz/claim. The team said nothing about the time.",
            author="@acme_xyz",
        )
    )
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons


def test_a_date_its_author_spells_out_as_never_is_a_joke(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item("ORB airdrop goes out the day my landlord fixes the heating. So, never.")
    )
    assert not decision.is_signal, decision.reasons


def test_never_in_a_safety_line_is_no_retraction(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "ACME claims open March 20 at acme.xyz/claim, so never sign anything on other sites.",
            author="@acme_xyz",
        )
    )
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
