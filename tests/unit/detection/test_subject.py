"""Whose event is it: owners of event phrases and context mentions (subject.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from swarm.detection import Detector, ItemIn, WatchList

from .conftest import MakeItem


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Zephyr, a DEX built on Acme, opens ZPH claims May 20",
         "Zephyr said its ZPH airdrop claim page opens March 20 at 12:00 UTC."),
        ("Holders of $ACME get a bonus in the Quarry airdrop", "$QRY claims open March 18."),
        ("Lumen Labs, a rival of Acme, sets LUM token launch for March 22", ""),
        ("Incubated by Acme Foundation, Kelpie opens its KLP eligibility checker",
         "Claims start March 19."),
        ("Projects such as Acme and Orbit wait while Glade sets its GLD public sale",
         "The GLD sale opens March 28."),
        ("", "Fernway, backed by Acme, runs its FRN public sale on Acme Launchpad on March 18. "
         "Allowlist: Acme stakers."),
    ],
)  # fmt: skip
def test_watched_name_next_to_another_projects_event_is_context(
    detector: Detector, make_item: MakeItem, title: str, text: str
) -> None:
    decision = detector.score(make_item(text, title=title, source="rss"))
    assert not decision.is_signal
    assert decision.category == "unwatched"
    assert any("context" in r or "belongs to" in r for r in decision.reasons), decision.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Acme sets ACME token launch for March 20",
         "Acme Labs, which is built on Orbit, said its ACME token goes live March 20."),
        ("Acme's ACME airdrop claims open March 18",
         "Apps built on Orbit will run their own drops later; this one is Acme's."),
    ],
)  # fmt: skip
def test_the_owner_of_the_event_is_scored(
    detector: Detector, make_item: MakeItem, title: str, text: str
) -> None:
    decision = detector.score(make_item(text, title=title, source="rss"))
    assert decision.is_signal and decision.company == "Acme"
    assert any("owned by Acme" in r for r in decision.reasons), decision.reasons


def test_shouting_texts_name_no_owner(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(make_item("ACME: SENTRY KEY AIRDROP CLAIMS OPEN IN 5 MINUTES"))
    assert decision.is_signal and decision.company == "Acme"


@pytest.mark.parametrize(
    "text",
    [
        "ACME token launches March 20. Not a Road Runner thing: it is the token of Acme Labs.",
        "Acme Labs, unrelated to Acme Stadium or the cartoon Road Runner, said its ACME token "
        "launches March 20.",
    ],
)
def test_disclaimed_senses_are_no_homonym(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text))
    assert decision.is_signal and decision.company == "Acme", decision.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("", "Pebbleswap will airdrop its PBL token on March 20. Acme stakers get a bonus."),
        ("", "Kestrel Labs, a rollup incubated by Acme Foundation, will launch its KSR token on "
         "March 22. Acme said ACME holders get nothing."),
    ],
)  # fmt: skip
def test_the_token_an_event_verb_takes_owns_the_event(
    detector: Detector, make_item: MakeItem, title: str, text: str
) -> None:
    decision = detector.score(make_item(text, title=title, source="rss"))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "unwatched", decision.reasons


def test_a_watched_symbol_after_an_event_verb_owns_it(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item("Acme will airdrop ACME to early users on March 20."))
    assert decision.is_signal and decision.company == "Acme", decision.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Regulator warns of first-day swings in listing debuts",
         "The regulator warned exchanges, citing the recent debuts of Acme and Orbit, and will "
         "review listing rules."),
        ("Watchdog flags retail rush into token debuts",
         "The watchdog said recent token debuts, citing Acme's ACME and Orbit's ORB, drew "
         "buyers within minutes."),
    ],
)  # fmt: skip
def test_projects_cited_as_examples_are_context(
    detector: Detector, make_item: MakeItem, title: str, text: str
) -> None:
    decision = detector.score(make_item(text, title=title, source="rss"))
    assert not decision.is_signal, decision.reasons
    assert any("treated as context" in r for r in decision.reasons), decision.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Acme Inu says it is unrelated to Acme, launches AINU Friday",
         "A memecoin called Acme Inu said it has no relationship with the Acme network and will "
         "launch its AINU token on March 20."),
        ("Orbit Swap says it is unrelated to Orbit as it launches OSW token March 20",
         "Orbit Swap, a small exchange, said it has no affiliation with Orbit and will launch its "
         "OSW token on March 20."),
    ],
)  # fmt: skip
def test_a_project_disowned_by_the_item_is_not_the_owner(
    detector: Detector, make_item: MakeItem, title: str, text: str
) -> None:
    decision = detector.score(make_item(text, title=title, source="rss"))
    assert not decision.is_signal, decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme Labs says the Acme Inu memecoin is not affiliated with Acme. The ACME token "
        "launches March 20.",
        "Acme Labs, which has no relationship with Acme Stadium, said its ACME token launches "
        "March 20.",
    ],
)
def test_a_disowned_look_alike_leaves_the_project_s_own_event(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, source="rss"))
    assert decision.is_signal and decision.company == "Acme", decision.reasons


def test_debuts_a_speaker_cites_are_examples(detector: Detector, make_item: MakeItem) -> None:
    item = make_item(
        "A regulator on Monday pointed to recent token launches such as Acme's ACME and Orbit's "
        "ORB as examples of why buyers need clearer disclosures.",
        title="Regulator cites ACME and ORB debuts in disclosure speech",
        source="rss",
    )
    decision = detector.score(item)
    assert not decision.is_signal, decision.reasons


@pytest.mark.parametrize("opener", ["price", "Price", "PRICE"])
def test_a_capital_that_only_opens_the_sentence_names_no_owner(
    detector: Detector, make_item: MakeItem, opener: str
) -> None:
    one = detector.score(make_item("price open its token TGE built on Acme"))
    two = detector.score(make_item(f"{opener} open its token TGE built on Acme"))
    assert (one.category, one.score) == (two.category, pytest.approx(two.score)), two.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Tumble, an arcade game from the ZetaChain Labs studio, launches the TMB token on "
        "March 21.",
        "Rivet, the second team out of the ZetaChain Labs accelerator, will launch the RVT token "
        "on March 22.",
    ],
)
def test_the_name_before_an_apposition_owns_the_event_after_it(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="@someone_else"))
    assert not decision.is_signal, decision.reasons
    assert any("belongs to" in r for r in decision.reasons), decision.reasons
    # the watched project itself before the apposition still owns its event
    own = detector.score(make_item("Acme, the lending app built on ZetaChain Labs, launches its "
                                   "ACME token on March 21.", author="@someone_else"))  # fmt: skip
    assert own.is_signal and own.company == "Acme", own.reasons


def test_an_official_post_about_another_tokens_event_it_hosts_is_context(
    detector: Detector, make_item: MakeItem
) -> None:
    hosted = "The ZORB public sale opens March 20 at 14:00 UTC on the Acme launchpad."
    decision = detector.score(make_item(hosted, author="@acme_xyz"))
    assert not decision.is_signal and decision.category == "unwatched", decision.reasons
    assert any("belongs to ZORB" in r for r in decision.reasons), decision.reasons
    own = "The ACME public sale opens March 20 at 14:00 UTC on the Acme launchpad."
    decision = detector.score(make_item(own, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme Labs backs Petalswap, which will airdrop PTL to early traders on March 20.",
        "Built with Acme tooling: Ferncast, which is set to airdrop FRN on Thursday.",
    ],
)
def test_the_name_a_relative_clause_refers_to_owns_its_event(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="@someone_else"))
    assert not decision.is_signal, decision.reasons
    assert any("belongs to" in r for r in decision.reasons), decision.reasons
    own = detector.score(
        make_item("Acme, which will airdrop ACME on March 20, opened its checker.", author="@x")
    )
    assert own.is_signal and own.company == "Acme", own.reasons


def test_a_name_written_as_a_symbol_owning_the_event_is_the_project() -> None:
    # a project whose symbol is spelled like its one-word name: "its BRAMBLE sale"
    spec = """
companies:
  - name: Bramble
    tokens: ["BRAMBLE"]
    priority: low
"""
    detector = Detector(WatchList.from_yaml_text(spec), second_opinion=False)
    text = (
        "Bramble, the zero-knowledge identity project, said on Tuesday that its BRAMBLE public "
        "sale opens at 14:00 UTC on March 19."
    )
    decision = detector.score(
        ItemIn(id="b1", source="rss", url="https://news.example/b1", title="", text=text,
               author="Newsdesk", published=dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC))
    )  # fmt: skip
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 19), decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Bitvex Launchpool: lock BNB or $ACME to earn PEBL, the new token of Pebble, from "
        "March 20.",
        "Bitvex HODLer Airdrops: BNB savers receive QRZ from Quartz; $ACME holders are not "
        "included. QRZ trading opens March 20.",
        # the token handed out carries an adjective ("farm the new PEBL token")
        "Bitvex Launchpool will let savers farm the new PEBL token with ACME and BNB from "
        "March 20.",
    ],
)
def test_an_exchange_program_belongs_to_the_token_it_hands_out(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="@bitvex"))
    assert not decision.is_signal, decision.reasons
    assert any("belongs to" in r for r in decision.reasons), decision.reasons
    own = detector.score(
        make_item("Bitvex Launchpool: stake BNB to farm $ACME from March 20.", author="@bitvex")
    )
    assert own.is_signal and own.company == "Acme", own.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Bolt, a competitor to Acme, sets its public sale for Friday",
         "Bolt, which is racing Acme to sell storage for crypto, opens its BOLT public sale on "
         "Friday."),
        ("Acmee, a look-alike of Acme Labs, schedules token launch",
         "Acmee, a new chain whose name and logo echo Acme Labs, said its ACMY token launches "
         "on March 20. Acme Labs said it is unrelated to the project."),
    ],
)  # fmt: skip
def test_a_rival_named_before_an_apposition_owns_its_event(
    detector: Detector, make_item: MakeItem, title: str, text: str
) -> None:
    decision = detector.score(make_item(text, title=title, source="rss", author="CoinDesk"))
    assert not decision.is_signal, decision.reasons


def test_a_watched_name_inside_anothers_apposition_is_context(
    detector: Detector, make_item: MakeItem
) -> None:
    title = "Velo, a bridge secured by Acme proofs, launches VLO token"
    text = ("Velo, a cross-chain bridge whose transfers are checked by proofs from the Acme Labs "
            "network, said its VLO token is live today. VLO holders will vote on new chains.")
    decision = detector.score(make_item(text, title=title, source="rss", author="Decrypt"))
    assert not decision.is_signal, decision.reasons


def test_the_watched_project_described_by_an_apposition_keeps_its_event(
    detector: Detector, make_item: MakeItem
) -> None:
    text = ("Acme Labs, a lending network secured by Orbit validators, said its ACME token goes "
            "live on March 20.")
    decision = detector.score(make_item(text, source="rss", author="Decrypt"))
    assert decision.is_signal and decision.company == "Acme", decision.reasons


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        # a disclaimed sense after an article, and the words of its noun phrase
        (
            "Acme Labs, no relation to the Acme Stadium operator, said its ACME token goes live "
            "on March 20 at 14:00 UTC.",
            True,
        ),
        # a disclaimed sense described by a word or two before it
        (
            "Acme Labs (not to be confused with the Ohio Acme Stadium group) said its ACME "
            "token goes live on March 20.",
            True,
        ),
        (
            "Acme Labs, which has no link to the classic cartoon Road Runner, said its ACME "
            "token goes live on March 20.",
            True,
        ),
        # the name's ordinary sense inside the negative phrase, the project named by symbol
        (
            "Acme Labs' $ACME token goes live on March 20, with a launch party booked at Acme "
            "Stadium.",
            True,
        ),
        ("Tickets for the Acme Stadium concert go live on March 20 at 10:00.", False),
        ("Acme Stadium launches its fan token on March 20, the arena said.", False),
    ],
)
def test_a_sense_set_apart_does_not_make_a_homonym(
    detector: Detector, make_item: MakeItem, text: str, signal: bool
) -> None:
    decision = detector.score(make_item(text, source="rss"))
    assert decision.is_signal is signal, decision.reasons
    if signal:
        assert decision.company == "Acme" and decision.event_type == "tge", decision.reasons
    else:
        assert decision.category == "homonym", decision.reasons


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Acme-incubated Brindle launches BRN token on March 20", False),
        ("Acme Labs-backed Brindle opens BRN claims on March 20 at 14:00 UTC.", False),
        ("Acme launches its ACME token on March 20 with Orbit-funded market makers.", True),
    ],
)
def test_a_backer_in_a_compound_modifier_is_context(
    detector: Detector, make_item: MakeItem, text: str, signal: bool
) -> None:
    decision = detector.score(make_item(text, source="rss"))
    assert decision.is_signal is signal, decision.reasons
    if not signal:
        assert decision.category == "unwatched", decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "After Acme and ZetaChain Labs debuts, Brindle Finance sets its BRN public sale for "
        "March 20.",
        "After the Acme Labs and Orbit token debuts, Brindle will run its BRN public sale on March "
        "20, the team said.",
    ],
)
def test_names_in_an_opening_after_clause_are_backdrop(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, source="rss"))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "unwatched", decision.reasons


def test_an_apposed_subject_owns_the_bare_event_noun_after_its_verb(
    detector: Detector, make_item: MakeItem
) -> None:
    other = make_item(
        "The wallet team gave no day yet.",
        title="Brindle, a wallet app with a name close to Orbit, sets token launch for March 20",
        source="rss",
    )
    decision = detector.score(other)
    assert not decision.is_signal, decision.reasons
    assert any("belongs to Brindle" in r for r in decision.reasons), decision.reasons
    own = make_item(
        "The team gave the hour later.",
        title="Orbit, a wallet app for traders, sets ORB token launch for March 20",
        source="rss",
    )
    decision = detector.score(own)
    assert decision.is_signal and decision.company == "Orbit", decision.reasons


def test_a_body_owner_takes_an_unowned_lead_event_from_a_backer(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "Brindle, a wallet that came out of the Acme Labs residency, said its BRN public sale "
        "opens March 20. Acme Labs holds no stake in it.",
        title="Wallet startup incubated by Acme Labs schedules its own token sale",
        source="rss",
    )
    decision = detector.score(item)
    assert not decision.is_signal, decision.reasons
    assert decision.category == "unwatched", decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Snapshot was taken March 1. ACME claims open March 20. Road Runner-themed NFT holders "
        "get a bonus tier.",
        "Snapshot was taken March 1. ACME claims open March 20. Acme Stadium pass holders get a "
        "bonus tier.",
    ],
)
def test_a_sense_naming_what_the_recipients_hold_is_no_homonym(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.company == "Acme", decision.reasons


def test_a_disowned_project_s_symbol_held_by_another_subject_is_not_its_token(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "OrbDAO, a card-game guild, said its ORB airdrop opening March 20 has nothing to do with "
        "Orbit, after users mixed up the two tickers.",
        title="OrbDAO says its ORB airdrop is unrelated to Orbit",
        source="rss",
    )
    decision = detector.score(item)
    assert not decision.is_signal, decision.reasons


def test_a_name_opening_a_clause_after_a_semicolon_owns_its_event(
    detector: Detector, make_item: MakeItem
) -> None:
    title = "Weekly digest: Acme Labs ships a wallet; Quillfeather token goes live Friday"
    text = "Acme Labs released a new wallet app. Elsewhere, Quillfeather will launch its QFR token."
    decision = detector.score(make_item(text, title=title, source="rss"))
    assert not decision.is_signal, decision.reasons
