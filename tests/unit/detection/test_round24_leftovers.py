"""Leftover errors of the dev20/dev23 rounds as classes (made-up projects and sentences, not
corpus texts): recipients named by what they hold, a project disowning the event, "claim" with
an object that is no token, a product on sale in shops, the roles that run a network named
as recipients ("testnet relayers"), a launch that slips (a delay, not a price), and a
job post in another entry of a digest."""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem


def test_wallets_holding_a_token_are_recipients_of_another_drop(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Nimbus, a private-payments app, will open claims for its NIM token on Monday, and "
            "wallets holding Acme's ACME token will receive twice the base allocation.",
            title="Holders get double weight in Nimbus airdrop",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_the_project_saying_it_has_no_role_is_context(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "The airdrop opens claims on Monday, and Acme said it has no role in the drop.",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_the_project_opening_its_own_claims_still_counts(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme will open claims for its ACME token on Monday. Orbit said it has no role in "
            "the drop.",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons


def test_claiming_a_credit_is_no_token_claim(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "Orbit Cloud will switch storage to per-token billing on March 20, and customers "
            "can claim a one-time credit before the change goes live.",
            title="Orbit moves to per-token billing",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_claiming_tokens_is_still_a_claim(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item("Users can claim their ORB tokens on March 20, Orbit said.", source="rss")
    )
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons


def test_a_product_on_sale_in_stores_is_no_token_sale(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "A new edition of the Orbit board game with collectible tokens will launch in "
            "stores on March 20, its publisher said, with a presale on its website starting "
            "next week.",
            title="New Orbit edition with collectible tokens goes on sale March 20",
            source="rss",
            author="Toy Weekly",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_a_token_sale_with_a_website_presale_still_counts(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Orbit will open the public sale of its ORB token on March 20, with a presale on "
            "its website starting next week.",
            title="Orbit sets ORB token sale for March 20",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons


def test_testnet_relayers_in_a_headline_are_recipients(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme has opened an eligibility checker for its ACME airdrop. Claims begin on "
            "March 20, the team said.",
            title="Acme opens ACME checker for testnet relayers; claims start March 20",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons


def test_a_testnet_launch_for_relayers_is_still_a_testnet(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme will launch its incentivized testnet on March 20, and relayers can claim test "
            "ACME tokens from the faucet.",
            title="Acme testnet goes live March 20 for relayers",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_a_launch_that_slips_is_a_delay_not_price_talk(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "The ACME token launch slips a week, Acme said. Generation is now set for 12:00 UTC "
            "on March 23.",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


def test_a_token_that_slips_is_still_price_talk(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item("ACME slips 8% as traders wait for the token launch on March 23.", source="rss")
    )
    assert not decision.is_signal and decision.category == "price_talk", decision.reasons


def test_a_job_post_in_another_entry_of_a_digest_denies_no_event(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Three things: 1) the new vault UI is up 2) we're hiring a Rust engineer 3) ACME "
            "goes live in March, with the day announced alongside the audit report.",
            author="@acme_xyz",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert decision.event_date is None, decision.reasons


def test_a_job_post_about_the_launch_is_still_a_job_post(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "We're hiring a Rust engineer to help ship the ACME token launch in March. Apply "
            "on our careers page.",
            author="@acme_xyz",
        )
    )
    assert not decision.is_signal, decision.reasons
