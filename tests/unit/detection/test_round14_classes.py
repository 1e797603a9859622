"""Error classes of tuning round 14 (made-up projects and sentences, not corpus texts)."""

from __future__ import annotations

import pytest

from swarm.detection import Detector, WatchList

from .conftest import MakeItem

ROUND_YAML = """
companies:
  - name: Velvetine
    aliases: ["Velvetine Network"]
    tokens: ["LUMA"]
    priority: medium
    x_handles: ["velvetine_net"]
    domains: ["velvetine.network"]
  - name: Quorra
    tokens: ["QRA"]
    priority: low
    x_handles: ["quorra_xyz"]
"""


@pytest.fixture(scope="module")
def round_detector() -> Detector:
    return Detector(WatchList.from_yaml_text(ROUND_YAML), second_opinion=False)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the symbol heads a brand name ("LUMA Lighting"): no token, whatever launches
        (
            "LUMA launches a numbered Aurora lamp series; preorders open March 20",
            "LUMA Lighting will ship 300 numbered Aurora lamps through its dealers in Europe.",
        ),
        # the symbol is one word of a shouted line
        ("", "LUMA CLAIM THE CUP!!! Ortega 31 points, the final starts Saturday"),
    ],
)
def test_symbol_as_an_ordinary_word_without_crypto_context(
    round_detector: Detector, make_item: MakeItem, title: str, text: str
) -> None:
    decision = round_detector.score(make_item(text, title=title, source="rss" if title else "x"))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "homonym", decision.reasons


def test_symbol_owning_an_event_still_counts(round_detector: Detector, make_item: MakeItem) -> None:
    decision = round_detector.score(make_item("LUMA claims open Friday for early users."))
    assert decision.is_signal, decision.reasons


def test_handle_of_name_and_bait_word_is_a_lookalike(
    round_detector: Detector, make_item: MakeItem
) -> None:
    # the official handle is spelled otherwise ("quorra_xyz"): name + "presale" still imitates it
    text = "Quorra presale round 3 open now, min 100 USDT, tokens delivered at TGE. Reply to join"
    decision = round_detector.score(make_item(text, author="@quorra_presale"))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "scam", decision.reasons
    official = round_detector.score(make_item("Quorra TGE is live now.", author="@quorra_xyz"))
    assert official.is_signal, official.reasons


@pytest.mark.parametrize(
    "text",
    [
        # an event dated "yesterday", nothing said to be open still
        "gm to everyone who got into the $QRA auction yesterday 🫡 final price came in at $0.30, "
        "tokens unlock in June",
        # "today" after "... ago" is the anniversary of the event, not its day
        "Velvetine Network TGE was exactly a month ago today. $LUMA token recap 🧵\n"
        "• 150k claimers\n• 7 venues\n• claim page still up, but only for late users",
    ],
)
def test_yesterday_and_anniversary_are_recaps(
    round_detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = round_detector.score(make_item(text, author="@some_trader"))
    assert not decision.is_signal, decision.reasons


def test_opened_yesterday_and_still_open_is_live(
    round_detector: Detector, make_item: MakeItem
) -> None:
    text = "The $QRA public sale opened yesterday and is live now until Friday."
    assert round_detector.score(make_item(text, author="@quorra_xyz")).is_signal


@pytest.mark.parametrize(
    ("author", "text"),
    [
        (
            "@kucoincom",
            "📢 Velvetine (LUMA) deposits are now open.\nLUMA/USDT trading: 2026-03-16 10:00 (UTC)"
            "\nWithdrawals: 2026-03-17 10:00 (UTC)",
        ),
        (
            "@htx_global",
            "HTX will launch LUMA (Velvetine)!\n💰 Deposits: open now\n"
            "📈 LUMA/USDT trading: 2026-03-16 12:00 (UTC)\n📤 Withdrawals: 2026-03-17 12:00 (UTC)",
        ),
    ],
)
def test_exchange_field_naming_the_pair_dates_the_listing(
    round_detector: Detector, make_item: MakeItem, author: str, text: str
) -> None:
    decision = round_detector.score(make_item(text, author=author))
    assert decision.is_signal, decision.reasons
    assert decision.event_type == "listing", decision.reasons
    assert str(decision.event_date) == "2026-03-16", decision.reasons


def test_no_claim_on_assets_is_a_right_not_a_denied_claim(
    round_detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Velvetine Network, the issuer of a tokenized bond fund, said it will launch its LUMA "
        "governance token next month. LUMA holders would vote on fees but have no claim on the "
        "fund's assets."
    )
    decision = round_detector.score(make_item(text, title="Velvetine to launch LUMA token"))
    assert decision.is_signal, decision.reasons
    assert decision.event_type == "tge", decision.reasons


def test_warning_about_whoever_offers_the_event_is_no_announcement(
    round_detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Velvetine mainnet is live. Apps can now settle through Velvetine in production.\n\n"
        "No, we have no token yet. Anybody offering you a LUMA claim is lying."
    )
    decision = round_detector.score(make_item(text, author="@velvetine_net"))
    assert not decision.is_signal, decision.reasons


def test_offer_warning_beside_a_real_claim_keeps_the_announcement(
    round_detector: Detector, make_item: MakeItem
) -> None:
    text = "$LUMA claims open Friday at 14:00 UTC. Anybody offering you an early claim is lying."
    decision = round_detector.score(make_item(text, author="@velvetine_net"))
    assert decision.is_signal, decision.reasons


def test_day_told_to_reporters_is_not_the_event_day(
    round_detector: Detector, make_item: MakeItem
) -> None:
    # published Saturday 14 March: "on Saturday" is when it was said; the launch has no day
    text = (
        "Velvetine, an options exchange, plans to launch its LUMA token in the second quarter, "
        "chief executive Jane Roe told reporters on Saturday. The token will go live on two "
        "networks at once, she added, without naming a day."
    )
    title = "Velvetine confirms LUMA token launch for the second quarter"
    decision = round_detector.score(make_item(text, title=title, source="rss"))
    assert decision.is_signal, decision.reasons
    assert decision.event_date is None, decision.reasons
