"""The production decision: signals, reject reasons, event types and days."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from swarm.detection import Detector, WatchList

from .conftest import MakeItem


def test_official_announcement_is_a_signal(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item("The $ACME TGE is set for March 20 at 14:00 UTC. Claims open then.",
                  author="@acme_xyz")
    )
    assert decision.is_signal and decision.category == "announcement"
    assert decision.company == "Acme" and decision.event_type == "tge"
    assert decision.event_date == dt.date(2026, 3, 20) and decision.temporal == "upcoming"
    assert decision.official and 0.5 <= decision.score <= 1.0
    assert decision.contributions["official_source"] > 0


def test_news_of_an_announcement_is_a_signal(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item("Acme Labs said its ACME token will launch on March 24 on major exchanges.",
                  title="Acme sets March 24 launch for ACME token", source="rss")
    )
    assert decision.is_signal and decision.event_type == "tge"
    assert decision.event_date == dt.date(2026, 3, 24)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Acme Stadium launches new ticket app, claim a free drink at the gate", "homonym"),
        ("A month after its TGE, 60% of the $ACME airdrop has been claimed.", "past_recap"),
        ("$ACME TGE in March?? leaderboard froze, nothing confirmed, wen token", "speculation"),
        ("$ACME reclaiming 0.40, next target 0.52, open interest climbing", "price_talk"),
        ("Acme testnet phase 3 is live, test ACME has no value, farm XP", "testnet"),
        ("$ACME claim LIVE early, first 2,000 wallets get double: acme-claims.net", "scam"),
        ("Send 1 ETH to receive 2 ETH back, $ACME airdrop giveaway live now", "scam"),
        ("Acmeswap, a DEX on Acme, sets its TGE for June 16 with $ASWP", "unwatched"),
        ("Acme Foundation names new managing director", "generic"),
        ("How to stake $ACME in four steps: a beginner guide", "tutorial"),
    ],
)
def test_reject_reasons(detector: Detector, make_item: MakeItem, text: str, category: str) -> None:
    decision = detector.score(make_item(text))
    assert not decision.is_signal
    assert decision.category == category, decision.reasons
    assert decision.company is None and decision.event_type is None and decision.event_date is None


def test_lookalike_handle_is_a_scam(detector: Detector, make_item: MakeItem) -> None:
    text = "$ACME airdrop claims are live now, claim before the window closes!"
    real = detector.score(make_item(text, author="@acme_xyz"))
    fake = detector.score(make_item(text, author="@acme_xyz_claims"))
    assert real.is_signal
    assert not fake.is_signal and fake.category == "scam"


def test_lookalike_name_is_unwatched(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(make_item("Acme Swap opens its airdrop claims tomorrow"))
    assert not decision.is_signal and decision.category == "unwatched"


def test_unwatched_project_is_not_a_signal(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(make_item("Binance will list Zorblax (ZRB) on March 20."))
    assert not decision.is_signal and decision.category == "unwatched" and decision.score == 0.0


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Binance will list Acme (ACME) on March 20 and run an ACME launchpool.", "listing"),
        ("Acme public sale of ACME tokens opens March 20 on a launchpad.", "token_sale"),
        ("$ACME eligibility checker is live; the TGE follows on March 20.", "airdrop"),
        ("$ACME is live! Claims and trading open at the same time.", "tge"),
    ],
)
def test_event_type_tie_breaks(
    detector: Detector, make_item: MakeItem, text: str, event_type: str
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == event_type, decision.reasons


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("$ACME claims open tomorrow.", dt.date(2026, 3, 15)),
        ("$ACME claims are live now.", dt.date(2026, 3, 14)),
        ("$ACME TGE next Tuesday.", dt.date(2026, 3, 17)),
        ("$ACME TGE in two weeks.", dt.date(2026, 3, 28)),
        ("$ACME TGE on March 20 at 02:00 KST.", dt.date(2026, 3, 19)),
        ("$ACME TGE is coming in Q3, date to follow.", None),
    ],
)
def test_event_day(detector: Detector, make_item: MakeItem, text: str, day: dt.date | None) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_date == day, decision.reasons


def test_decision_explains_itself(detector: Detector, make_item: MakeItem) -> None:
    item = make_item("Acme says the $ACME airdrop claim opens March 20.", title="Acme airdrop",
                     source="rss")  # fmt: skip
    decision = detector.score(item)
    document = f"{item.title}\n{item.text}"
    assert decision.evidence
    for span in decision.evidence:
        assert document[span.start : span.end] == span.text
    assert any(e.feature.startswith("mention:") for e in decision.evidence)
    assert decision.reasons and all(isinstance(r, str) for r in decision.reasons)
    data = json.loads(json.dumps(decision.to_dict()))
    assert data["event_date"] == "2026-03-20" and data["company"] == "Acme"
    total = detector.config.bias + sum(decision.contributions.values())
    assert (total >= 0) == (decision.score >= 0.5)


def test_negative_context_spans_map_back(detector: Detector, make_item: MakeItem) -> None:
    # (a negative phrase without the name: one holding it, "Acme Stadium", beside the cashtag
    # only sets that word apart, test_subject.py)
    item = make_item("Road Runner fans cheer as Acme claims open on March 20.")
    decision = detector.score(item)
    document = f"{item.title}\n{item.text}"
    for span in decision.evidence:
        assert document[span.start : span.end] == span.text
    assert decision.contributions.get("negative_context", 0.0) < 0


def test_name_written_as_a_symbol_is_the_subject(detector: Detector, make_item: MakeItem) -> None:
    # a name in capitals opening "goes live" is the token, not the company launching a product
    text = "ORBIT goes live on March 19 on every exchange. Sale buyers claim their tokens then."
    decision = detector.score(make_item(text))
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


def test_symbol_spelled_like_an_event_word_is_no_event(
    detector: Detector, make_item: MakeItem, watchlist: WatchList
) -> None:
    spot = WatchList.from_yaml_text(
        "companies:\n  - name: Spotter\n    tokens: [SPOT]\n    priority: high\n"
        "    x_handles: [spotter_app]\n"
    )
    decision = Detector(spot, second_opinion=False).score(
        make_item("SPOT goes live next Thursday, 14:00 UTC. Sale buyers unlock 20%.",
                  author="@spotter_app")
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


def test_negated_token_subject_is_no_launch(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item("Acme devnet, phase 4: node points accrue from today. No token is live.",
                  author="@acme_xyz")
    )
    assert not decision.is_signal, decision.reasons


def test_live_phrase_qualified_by_a_day(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(make_item("$ACME is live tomorrow at 09:00 UTC.", author="@acme_xyz"))
    assert decision.is_signal and decision.event_date == dt.date(2026, 3, 15)


def test_window_closed_today_is_a_recap(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item("The $ACME claim window closed at 08:00 UTC today. 91% was claimed.",
                  author="@acme_xyz")
    )
    assert not decision.is_signal and decision.category == "past_recap", decision.reasons


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("ACME deposits are open. Trading of ACME/USDT in the main zone starts at 10:00 UTC on "
         "March 17.", dt.date(2026, 3, 17)),
        ("Transfers are supported from today. Trading on the ACME-USD pair begins at or after "
         "16:00 UTC on March 18.", dt.date(2026, 3, 18)),
        ("The venue will open ACME/USDT trading at 12:00 UTC on March 16.", dt.date(2026, 3, 16)),
        ("ACME/USDC spot and ACME-USD perps are now trading on the venue.", dt.date(2026, 3, 14)),
        ("Acme (ACME) is now available for trading. Funding is enabled.", dt.date(2026, 3, 14)),
    ],
)
def test_exchange_house_styles_are_listings(
    detector: Detector, make_item: MakeItem, text: str, day: dt.date
) -> None:
    decision = detector.score(make_item(text, title="Acme (ACME) on the exchange", source="rss"))
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == day


def test_contract_on_a_glued_pair_names_no_other_project(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "New perpetual: ACMEUSDT perpetual contract is open for trading now. Spot ACME/USDT too."
    decision = detector.score(make_item(text))
    assert decision.is_signal and decision.event_type == "listing", decision.reasons


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("$ACME TGE on the 20th or I'm deleting every wallet app I own", "speculation"),
        ("$ACME airdrop by Friday or I will eat my keyboard", "speculation"),
        ("$ACME sits 12% below its TGE price and keeps sliding", "price_talk"),
        ("$ACME is back above the launch open after a rough week", "price_talk"),
    ],
)
def test_negatives_borrowing_announcement_words(
    detector: Detector, make_item: MakeItem, text: str, category: str
) -> None:
    decision = detector.score(make_item(text))
    assert not decision.is_signal and decision.category == category, decision.reasons


def test_network_without_its_token_is_testnet(detector: Detector, make_item: MakeItem) -> None:
    text = "Acme mainnet made its first block today. There is no ACME token yet; it comes later."
    decision = detector.score(make_item(text, title="Acme mainnet genesis", source="rss"))
    assert not decision.is_signal, decision.reasons
