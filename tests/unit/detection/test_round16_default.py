"""Missed announcements and false alarms of the dev16 default round (made-up projects and
sentences, not corpus texts)."""

from __future__ import annotations

from swarm.detection import Detector, WatchList

from .conftest import MakeItem


def test_a_denied_scam_offer_without_quotes_is_a_warning(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "ACME rewards round 3 for stakers: claims open Wednesday March 18, 16:00 UTC on acme.xyz. "
        "There is no early access for anyone. Posts come only from this account."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert any("a scam's term the source denies" in r for r in decision.reasons), decision.reasons


def test_an_event_word_denied_with_a_quoted_term_is_a_warning(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "ACME goes live Thursday March 19 at 10:00 UTC. No claim 'multiplier' is on offer. "
        "Do not connect your wallet to any site except acme.xyz."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert decision.event_date is not None and decision.event_date.isoformat() == "2026-03-19"
    assert any("a warning about a scam's offer" in r for r in decision.reasons), decision.reasons


def test_a_denied_quoted_presale_beside_a_coarse_sale_is_a_warning(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "ACME public sale: June, on acme.xyz/sale only. Terms follow next week. There is no "
        "'pre-sale' on any other site."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons


def test_a_bare_denial_of_the_event_still_counts(detector: Detector, make_item: MakeItem) -> None:
    text = "Acme mainnet upgrade ships Thursday March 19. There is no airdrop and no token."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert not decision.is_signal, decision.reasons


def test_a_past_year_in_the_recipients_clause_is_an_activity_window(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme opened ACME token claims today for wallets that bridged assets through its relay "
        "during 2025. The claim stays open for 90 days."
    )
    decision = detector.score(make_item(text, title="Acme opens ACME claims", source="rss"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert any("a past activity window" in r for r in decision.reasons), decision.reasons


def test_a_past_year_outside_the_recipients_is_still_a_recap(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Acme opened ACME token claims in 2025; holders can still claim today."
    decision = detector.score(make_item(text, source="rss", title="Acme claims"))
    assert not any("a past activity window" in r for r in decision.reasons), decision.reasons


def test_testnet_points_that_earned_a_live_claim_are_no_testnet_note(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme opened ACME claims today for early relay users. The foundation said the window "
        "runs for 30 days and that points earned on the Acme testnet count at a fixed rate."
    )
    decision = detector.score(make_item(text, title="Acme opens ACME claims", source="rss"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert any("what earned the tokens" in r for r in decision.reasons), decision.reasons


def test_a_symbol_followed_by_its_name_in_brackets_is_a_strong_mention(
    make_item: MakeItem,
) -> None:
    watchlist = WatchList.from_yaml_text(
        "companies:\n  - {name: Lantern, tokens: [GLOW], priority: low}\n"
    )
    text = "#Bitmart GLOW (Lantern) is available for spot trading at 11:00 UTC today."
    decision = Detector(watchlist, second_opinion=False).score(make_item(text, author="@bitmart"))
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.company == "Lantern"


def test_a_sale_that_sold_out_is_a_recap(detector: Detector, make_item: MakeItem) -> None:
    item = make_item(
        "Acme Labs' public sale of ACME, which opened on Friday afternoon, sold out in 20 "
        "minutes from 9,000 buyers. Tokens arrive at the network's launch later this month.",
        title="Acme's ACME sale sells out in 20 minutes",
        source="rss",
    )
    decision = detector.score(item)
    assert not decision.is_signal, decision.reasons
    assert decision.category == "past_recap", decision.reasons


def test_debuts_a_regulator_cites_are_context(detector: Detector, make_item: MakeItem) -> None:
    item = make_item(
        "A finance ministry on Friday published rules for token launches, citing recent "
        "listings by Acme and Orbit as cases where retail buyers piled in.",
        title="Ministry rules cite Acme, Orbit debuts as token launch examples",
        source="rss",
    )
    decision = detector.score(item)
    assert not decision.is_signal, decision.reasons
    assert any("treated as context" in r for r in decision.reasons), decision.reasons


def test_the_symbol_launched_by_an_unwatched_studio_owns_the_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "The chain's builder summit runs through Sunday with talks from Acme Labs and Orbit. "
        "The big debut is Hollow Pine's, whose FERN token goes live Tuesday.",
        title=(
            "Builder summit opens Saturday with Acme and Orbit talks; Hollow Pine launches FERN "
            "token"
        ),
        source="rss",
    )
    decision = detector.score(item)
    assert not decision.is_signal, decision.reasons
    assert any("belongs to FERN" in r for r in decision.reasons), decision.reasons


def test_a_token_switched_on_is_a_launch(detector: Detector, make_item: MakeItem) -> None:
    item = make_item(
        "Acme Labs said its ACME token will go live at 12:00 UTC on March 20, a week after a "
        "community sale on a launchpad.",
        title="Acme to switch on ACME token March 20, a week after community sale",
        source="rss",
    )
    decision = detector.score(item)
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


def test_the_chains_a_project_deploys_on_are_no_speculation(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "Acme said on Friday its ACME token will go live on March 18. The team, which deploys on "
        "Base and Ethereum, said 30% of supply goes to users.",
        title="Acme sets ACME token generation for March 18",
        source="rss",
    )
    decision = detector.score(item)
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert any("names where the project runs" in r for r in decision.reasons), decision.reasons


def test_a_deployed_token_contract_stays_speculation(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Acme deploys a token contract on Base, the ACME launch is close"
    decision = detector.score(make_item(text))
    assert not decision.is_signal, decision.reasons
