"""Rules written in the dev54 session.

- "。" ends a sentence in scoping as it does in dates: Chinese and Japanese write no space after
  it, so a rumour in the sentence after a Chinese announcement is doubt about that sentence's
  event, not about the announcement's;
- doubt found by a reject pattern (a question mark) is scoped as doubt found by a phrase: a
  question about a listing rumour beside another dated event, or in an aside naming none of the
  event's projects, is about something else;
- a watched launchpad's own post whose lead names only the venue ("Next on Acme Launchpad")
  is about the sale of the token whose phrase comes first after it ("@nimbus_fi NIMB public
  sale"), not its own;
- a public auction in Korean and Japanese ("공개 경매", "トークンオークション") is a token sale;
"""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector

from .conftest import MakeItem


def test_a_chinese_full_stop_ends_the_sentence_of_a_rumour(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme 的 ACME 公募今日在 CoinList 开启，持续至 3 月 16 日。"
        "另有传言称交易所将率先上线 ACME，尚无官方确认。"
    )
    decision = detector.score(make_item(text, author="@cn_desk"))
    assert decision.is_signal and decision.company == "Acme"
    assert decision.event_type == "token_sale"
    assert any("传言" in r and "not counted" in r for r in decision.reasons)


def test_a_question_about_a_rumoured_listing_leaves_a_dated_tge_standing(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme (ACME) TGE tomorrow, Sunday 15 March 15:00 UTC. Claims in the app for guild "
        "members, trading on Gate. Rumor listing Binance? No confirmation yet."
    )
    decision = detector.score(make_item(text, author="@kripto_desk"))
    assert decision.is_signal and decision.company == "Acme"
    assert (decision.event_type, str(decision.event_date)) == ("tge", "2026-03-15")
    assert "'binance?' not counted as speculation: a rumour of another event" in decision.reasons


def test_a_question_in_an_aside_is_about_something_else(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme (ACME) TGE tomorrow, Sunday 15 March 15:00 UTC. Claims in the app for guild "
        "members. Meanwhile, is Binance next to list some memecoin? Nobody knows."
    )
    decision = detector.score(make_item(text, author="@kripto_desk"))
    assert decision.is_signal
    assert "'memecoin?' not counted as speculation: an aside about something else" in (
        decision.reasons
    )


def test_a_question_about_the_event_itself_still_doubts_it(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item("Acme TGE soon? Claims in the app for guild members."))
    assert not decision.is_signal and decision.category == "speculation"


def test_a_public_auction_in_korean_and_japanese_is_a_token_sale(
    detector: Detector, make_item: MakeItem
) -> None:
    for text, day in (
        ("애크미(ACME) 공개 경매 내일(3/15) 시작, 17일까지 진행됩니다. 참여는 acme.xyz에서만.", 15),
        ("Acme の ACME トークンオークションは3月16日に開始します。", 16),
    ):
        decision = detector.score(make_item(text, author="@asia_desk"))
        assert decision.is_signal and decision.company == "Acme", text
        assert (decision.event_type, decision.event_date) == ("token_sale", dt.date(2026, 3, day))


LAUNCHPAD_POST = (
    "Next on Acme Launchpad 🚀\n\n{sale}\n📅 Mon 14:00 UTC\n{extra}Details on acme.xyz/launchpad"
)


def test_a_launchpad_post_naming_only_the_venue_is_about_its_guest(
    detector: Detector, make_item: MakeItem
) -> None:
    guest = LAUNCHPAD_POST.format(
        sale="@nimbus_fi NIMB public sale", extra="ACME stakers get a guaranteed round\n\n"
    )
    decision = detector.score(make_item(guest, author="@acme_xyz"))
    assert not decision.is_signal and decision.category == "unwatched"
    own = LAUNCHPAD_POST.format(sale="Our own ACME public sale", extra="\n")
    decision = detector.score(make_item(own, author="@acme_xyz"))
    assert decision.is_signal and decision.company == "Acme"
