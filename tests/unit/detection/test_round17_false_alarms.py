"""False alarms of the dev17 default round (made-up projects and sentences, not corpus texts)."""

from __future__ import annotations

import datetime as dt

import pytest

from swarm.detection import Detector, WatchList
from swarm.detection.dates import find_dates

from .conftest import PUBLISHED, MakeItem

# A project whose symbol is spelled unlike its name, with a longer alias.
QUILL_YAML = """
companies:
  - name: Quill
    aliases: ["Quill Foundation"]
    tokens: ["QUIL"]
    priority: high
    x_handles: ["quill_net"]
    domains: ["quill.network"]
"""
MONDAY = dt.datetime(2026, 3, 16, 9, 0, tzinfo=dt.UTC)
WEDNESDAY = dt.datetime(2026, 3, 18, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def quill() -> Detector:
    return Detector(WatchList.from_yaml_text(QUILL_YAML), second_opinion=False)


# --- denials: a quoted term, a negated "is" ---


def test_an_event_word_in_a_quoted_term_after_a_denial_is_no_event(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Reminder: we have no 'loyalty claim' planned for ACME holders today. Staking rewards are "
        "paid out as usual."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert not decision.is_signal, decision.reasons
    assert any("a quoted term the source denies" in r for r in decision.reasons)


def test_a_quoted_term_after_a_denial_leaves_the_event_outside_it(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "ACME claims open Monday 10:00 UTC on acme.xyz. There is no 'bonus claim' anywhere else."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 16)


def test_an_event_word_after_a_negated_is_is_no_event(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Marlin opens MRL claims Monday 10:00 UTC for everyone who traded on its app. "
        "This is not an ACME airdrop."
    )
    decision = detector.score(make_item(text))
    assert not decision.is_signal, decision.reasons
    assert any("what the item says it is not" in r for r in decision.reasons)


# --- whose event: the apposed subject, a launchpad's guest, a look back, a namesake ---


def test_an_apposed_subject_owns_the_event_after_is(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Brindle, a lending app that grew up beside Acme, is airdropping BRN to early users. "
        "Claims open Monday 10:00 UTC."
    )
    decision = detector.score(make_item(text))
    assert not decision.is_signal, decision.reasons
    assert any("belongs to Brindle" in r for r in decision.reasons), decision.reasons


def test_an_apposed_subject_owns_the_event_after_a_reporting_verb(
    detector: Detector, make_item: MakeItem
) -> None:
    title = "Tollgate picks storage network Kestrel after Acme and Orbit rounds"
    text = (
        "Tollgate, the launchpad behind earlier rounds for Orbit and Acme, announced its first "
        "sale of the year for Kestrel, a storage network. The KSTR round opens March 20."
    )
    decision = detector.score(make_item(text, title=title, source="rss"))
    assert not decision.is_signal, decision.reasons
    assert any("belong" in r and "to Tollgate" in r for r in decision.reasons), decision.reasons


def test_a_project_named_after_a_launchpad_owns_the_sale(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Next on Acme Launchpad: Wavelet (WVL), an options venue, opens its public sale Thursday "
        "14:00 UTC. Details: acme.xyz/launchpad"
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert not decision.is_signal, decision.reasons
    assert any("belongs to WVL" in r for r in decision.reasons), decision.reasons


def test_a_watched_project_named_after_a_launchpad_owns_its_sale(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Next on Orbit Launchpad: Acme (ACME) opens its public sale Thursday 14:00 UTC."
    decision = detector.score(make_item(text))
    assert decision.is_signal and decision.company == "Acme", decision.reasons
    assert decision.event_type == "token_sale"


@pytest.mark.parametrize(
    "recap",
    ["The ACME token launched in 2025.", "Acme's token launched a year earlier."],
)
def test_a_past_tense_event_phrase_gives_no_watched_owner(
    detector: Detector, make_item: MakeItem, recap: str
) -> None:
    text = (
        "Brindle, a wallet for the Acme ecosystem, will open BRN claims on Friday for early "
        f"testers, the team said. {recap}"
    )
    item = make_item(text, title="Brindle opens BRN claims Friday", source="rss")
    decision = detector.score(item)
    assert not decision.is_signal, decision.reasons


def test_a_namesake_running_into_a_longer_name_is_context_when_the_item_disowns_the_project(
    quill: Detector, make_item: MakeItem
) -> None:
    text = (
        "Quill Finance, a savings vault on Base, says QFI trading starts on Gate on Monday at "
        "10:00 UTC. The vault's team added that it has nothing to do with the Quill Foundation or "
        "its QUIL token."
    )
    item = make_item(text, title="Quill Finance's QFI token debuts on Gate today", source="rss")
    decision = quill.score(item.model_copy(update={"published": MONDAY}))
    assert not decision.is_signal, decision.reasons
    assert any("(after 'a longer name')" in r for r in decision.reasons), decision.reasons


def test_the_project_disowning_a_longer_namesake_keeps_its_event(
    quill: Detector, make_item: MakeItem
) -> None:
    text = (
        "Quill Foundation opens QUIL claims Monday 10:00 UTC at quill.network. It is unrelated "
        "to Quill Finance, a yield app on Base."
    )
    decision = quill.score(make_item(text, author="@quill_net"))
    assert decision.is_signal and decision.company == "Quill", decision.reasons
    assert decision.event_type == "airdrop"


# --- a sale recap: its cap filled, on a day counted back ---


def test_a_sale_that_reached_its_cap_is_a_recap(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "ACME's community round reached its $3M hard cap less than an hour into trading on "
        "Tuesday, organisers said."
    )
    item = make_item(text).model_copy(update={"published": WEDNESDAY})
    decision = detector.score(item)
    assert not decision.is_signal, decision.reasons
    assert decision.category == "past_recap", decision.reasons


def first_day(text: str, published: dt.datetime = PUBLISHED) -> dt.date | None:
    hits = [h for h in find_dates(text.lower(), published) if h.kind != "vague"]
    return hits[0].date if hits else None


def test_a_past_verb_further_back_in_the_clause_counts_the_weekday_back() -> None:
    text = "The round reached its hard cap less than an hour into the sale on Tuesday."
    assert first_day(text) == dt.date(2026, 3, 10)


def test_a_present_verb_after_the_past_one_keeps_the_weekday_ahead() -> None:
    text = "Acme, which raised funds last year, opens ACME claims on Friday."
    assert first_day(text) == dt.date(2026, 3, 20)


def test_a_state_since_the_day_keeps_the_weekday_back() -> None:
    text = "ACME listed on Binance and is up 30% since Tuesday."
    assert first_day(text) == dt.date(2026, 3, 10)
