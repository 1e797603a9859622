"""Hard negatives and missed announcements of the dev15 round (made-up projects and sentences,
not corpus texts): anniversaries, denied tokens, context mentions, exchange notice fields."""

from __future__ import annotations

import datetime as dt

import pytest

from swarm.detection import Detector, WatchList

from .conftest import MakeItem


def test_an_anniversary_day_is_a_recap(detector: Detector, make_item: MakeItem) -> None:
    text = "Three years ago today, ACME launched with a public sale and no VC money. Thanks, fam!"
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "past_recap", decision.reasons


def test_an_event_word_with_a_denied_subject_is_no_event(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "Season 4 of the Acme relay devnet opens Tuesday with new routing tasks. Points from "
        "it are kept apart, and no token is claimable on the devnet.",
        title="Acme relay devnet season 4 starts Tuesday",
        source="rss",
    )
    decision = detector.score(item)
    assert not decision.is_signal, decision.reasons
    assert any("its subject is denied" in r for r in decision.reasons), decision.reasons


def test_the_people_of_a_disowned_project_are_context(make_item: MakeItem) -> None:
    watchlist = WatchList.from_yaml_text(
        "companies:\n  - {name: Lumen, aliases: [LumenFi], tokens: [LUMN], priority: low}\n"
    )
    item = make_item(
        "Brindle Vaults, a savings app unrelated to LumenFi, said claims of its BRN token are "
        "live today for depositors. 'We get mixed up with the LUMN folks a lot,' its founder said.",
        title="Brindle Vaults opens BRN claim",
        source="rss",
    )
    decision = Detector(watchlist, second_opinion=False).score(item)
    assert not decision.is_signal, decision.reasons
    assert decision.category == "unwatched", decision.reasons


def test_recent_launches_a_regulator_cites_are_context(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "The agency said venues must publish market-maker deals for new tokens, citing the "
        "recent ACME and ORB launches as examples of volatile first-day trading.",
        title="Watchdog flags 'airdrop-timed' exchange debuts, citing Acme and Orbit",
        source="rss",
    )
    decision = detector.score(item)
    assert not decision.is_signal, decision.reasons


def test_the_dexs_of_a_watched_chain_are_no_mention_of_it(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "FIZZ is live on Orbit ⚡ The Fizzwick Studio token is claimable now for pass holders at "
        "fizzwick.gg/claim. Trading on Orbit DEXs from 18:00 UTC."
    )
    decision = detector.score(make_item(text, author="@fizzwick"))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "unwatched", decision.reasons


def test_a_launch_the_token_is_left_out_of_is_no_token_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "Orbit switched on its mainnet beta on Saturday for a set of partner rollups, with fees "
        "paid in ETH during the beta.",
        title="Orbit mainnet beta goes live; ORB token not part of launch",
        source="rss",
    )
    decision = detector.score(item)
    assert not decision.is_signal, decision.reasons


def test_nothing_to_share_on_a_token_is_no_token_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "Orbit raised $5 million in a seed round and opened its perps markets on Base mainnet on "
        "Saturday. The team said it had nothing to share on a token.",
        title="Orbit raises $5M, goes live on Base mainnet",
        source="rss",
    )
    decision = detector.score(item)
    assert not decision.is_signal, decision.reasons


def test_a_coarse_date_of_a_detail_leaves_the_event_its_day(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "In two weeks $ACME goes live on mainnet. Claim details later this week."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 28), decision.reasons


def test_a_doubt_the_source_denies_is_no_speculation(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Not a tease: $ACME goes live on March 20 at 14:00 UTC."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal, decision.reasons
    assert any("a doubt the source denies" in r for r in decision.reasons), decision.reasons


def test_a_denied_term_of_the_sale_is_no_denied_sale(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "The ACME public sale runs in September on Coinlist. There is no whitelist for the sale; "
        "everyone can join."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons


def test_a_scam_term_quoted_after_a_denial_is_a_warning(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "The ACME public sale runs in September on Coinlist. There is no whitelist and no "
        "'guaranteed allocation' for it."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons
    assert any("a scam's term the source denies" in r for r in decision.reasons), decision.reasons


def test_a_points_program_that_closes_beside_an_airdrop_is_no_testnet_note(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "Acme Labs will open an ACME airdrop to its users in the third quarter, the team said. "
        "No claim date was given.",
        title="Acme Labs confirms ACME airdrop for Q3, closes points program",
        source="rss",
    )
    decision = detector.score(item)
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert decision.event_date is None, decision.reasons


def test_an_exchange_opening_a_symbols_trading_is_a_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "Orbex will open spot trading for ACME on Tuesday at 10:00 UTC, the exchange said.",
        title="Orbex to open ACME trading as Acme token debuts Tuesday",
        source="rss",
    )
    decision = detector.score(item)
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 17), decision.reasons


@pytest.mark.parametrize(
    ("author", "text", "day"),
    [
        (
            "@mexc",
            "ACME (Acme) 🚀\n\nACME/USDT deposits: open\nACME/USDT trading: 2026-03-18 14:00 (UTC)"
            "\n\nJoin the ACME airdrop pool. Withdrawals open 2026-03-19.",
            dt.date(2026, 3, 18),
        ),
        (
            "@htx_global",
            "HTX will launch ACME (Acme Labs)\n\n✅ Deposits: 16 Mar, 12:00 (UTC)\n"
            "✅ ACME/USDT trading: 18 Mar, 20:00 (UTC+8)\n✅ Withdrawals: 19 Mar, 20:00 (UTC+8)",
            dt.date(2026, 3, 18),
        ),
    ],
)
def test_an_exchange_field_naming_the_pairs_first_trade_is_a_listing(
    detector: Detector, make_item: MakeItem, author: str, text: str, day: dt.date
) -> None:
    decision = detector.score(make_item(text, author=author))
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == day, decision.reasons


def test_a_project_owning_its_event_beside_a_disowned_namesake_is_signalled(
    make_item: MakeItem,
) -> None:
    # the studio names itself plainly and owns the airdrop; what it disowns is a namesake,
    # and the namesake's product described in a relative clause is that sense's, not the item's
    watchlist = WatchList.from_yaml_text(
        "companies:\n"
        "  - {name: VEX, aliases: [Vex Studios], tokens: [VEX], priority: low,\n"
        "     negative_context: [chatbot, northwind]}\n"
    )
    item = make_item(
        "Vex Studios, the arcade chain on Orbital, opened claims for its second VEX airdrop on "
        "Tuesday for players of its ten biggest games. The studio again said it is unrelated "
        "to Northwind's Vex, whose chatbot merely shares the name.",
        title="Vex Studios opens its second VEX airdrop",
        source="rss",
        published=dt.datetime(2026, 3, 3, 15, tzinfo=dt.UTC),
    )
    decision = Detector(watchlist, second_opinion=False).score(item)
    assert decision.is_signal, decision.reasons
    assert decision.company == "VEX", decision.reasons
    assert decision.event_type == "airdrop", decision.reasons
