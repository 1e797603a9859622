"""Rounds dev29 and dev30: which day is the event's and whether it is still on.

- an event under way at publication (a sale or claim that opened days ago and says it is still
  open) is happening now: a signal dated by its start (docs/labels.md);
- the day of a calendar row is the day of the project on that row, and other projects' symbols
  on other rows of a list are not a foreign token of this project's event;
- a rescheduled or postponed event: the day it moved to, or none when no new day is named;
- a stage's day named before it ("before its March 10 snapshot"), a day of the month alone in a
  past-tense clause, "the same day" and "will now open" are read as written;
- cues that qualify a stage or a talk, not the event ("registration closed", "AMA recap", an
  answered "Q: ...? A: ...");
- exchange notices in Korean and Japanese (their phrases, clocks and order limits), relations
  written after the name (Japanese, Korean, Turkish), and a few house phrasings.
"""

from __future__ import annotations

import datetime as dt

import pytest

from swarm.detection import Detector
from swarm.detection.dates import find_dates

from .conftest import PUBLISHED, MakeItem, news

# PUBLISHED is Saturday 14 March 2026, 09:30 UTC.
THURSDAY = dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Acme's ACME auction enters its final day",
            "Bidding in the ACME public auction on Legion, which opened on Thursday, March 12, "
            "closes at 16:00 UTC today; the clearing price so far implies a $90M valuation.",
        ),
        (
            "Acme community sale 62% filled on day two",
            "The ACME community sale that opened at 16:00 UTC on Thursday, March 12, has sold "
            "62% of its allocation with one day left, Acme Labs said.",
        ),
    ],
)
def test_a_sale_under_way_is_happening_now(
    detector: Detector, make_item: MakeItem, title: str, text: str
) -> None:
    decision = detector.score(news(make_item, title, text))
    assert decision.is_signal, decision.reasons
    assert decision.event_type == "token_sale"
    assert decision.event_date == THURSDAY


def test_a_sale_that_has_closed_is_not_under_way(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "The ACME community sale that opened on Thursday, March 12, closed yesterday after "
        "selling 62% of its allocation, Acme Labs said."
    )
    decision = detector.score(news(make_item, "Acme community sale ends", text))
    assert not decision.is_signal, decision.reasons


def test_a_claim_under_way_is_happening_now(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Acme Labs began letting stakers claim ACME on Thursday, March 12, and the window "
        "stays open for 14 days, the team said."
    )
    decision = detector.score(news(make_item, "Acme opens ACME airdrop for stakers", text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("airdrop", THURSDAY)


def test_a_claim_opened_weeks_ago_is_a_recap(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Acme Labs began letting stakers claim ACME on February 2, and 61% of the airdrop has "
        "been claimed so far; the window stays open until April."
    )
    decision = detector.score(news(make_item, "Acme airdrop: 61% claimed", text))
    assert not decision.is_signal, decision.reasons


def test_a_calendar_row_gives_its_projects_day(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Listings on deck this week 📅\n"
        "Mon 16 Mar · $NOVA → Gate\n"
        "Tue 17 Mar · $ACME → Bybit spot, 10:00 UTC (Acme's debut, TGE same hour)\n"
        "Wed 18 Mar · $RLQ → MEXC"
    )
    decision = detector.score(make_item(text))
    assert decision.is_signal, decision.reasons
    assert decision.event_date == dt.date(2026, 3, 17)


def test_other_entries_of_a_list_are_no_foreign_symbol(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "🪂 Claims opening next week\n\n"
        "• Acme: ACME claim portal opens Wed 18th, 15:00 UTC (official: acme.xyz)\n"
        "• Korvo (KRV): Friday\n"
        "• Nimble (NMB): weekend, TBC"
    )
    decision = detector.score(make_item(text))
    assert "foreign_symbol" not in decision.contributions, decision.reasons
    assert decision.is_signal and decision.event_date == dt.date(2026, 3, 18)
    # the same symbol in the project's own entry still names another token
    shared = text.replace("• Acme: ACME claim portal", "• Acme: Korvo (KRV) claim portal")
    assert "foreign_symbol" in detector.score(make_item(shared)).contributions


def test_a_roundup_gives_each_project_its_own_sentence(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Three public sales open this week. Acme Labs' ACME community round starts on Tuesday "
        "at 13:00 UTC on Legion, with a $1,000 cap per wallet. Korvo (KRV) runs a Dutch "
        "auction on Thursday, and Fennel opens a 48-hour sale on Saturday."
    )
    decision = detector.score(news(make_item, "This week's token sales: Acme, Korvo, Fennel", text))
    assert "foreign_symbol" not in decision.contributions, decision.reasons
    assert decision.is_signal and decision.event_date == dt.date(2026, 3, 17)
    # a project named only beside another token's event, in its sentence, is not its owner
    beside = "Korvo (KRV) runs a Dutch auction on Thursday; Acme stakers get a 5% bonus."
    assert not detector.score(make_item(beside)).is_signal


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "ACME airdrop claims are rescheduled to Monday 12:00 UTC. Yesterday's wallet outage "
            "broke the claim flow for too many of you. Claim only via acme.xyz.",
            dt.date(2026, 3, 16),
        ),
        (
            "Notice: ACME (Acme) spot trading is rescheduled from 10:00 UTC today to 10:00 UTC "
            "on March 17, at the project's request. Deposits stay open.",
            dt.date(2026, 3, 17),
        ),
    ],
)
def test_a_rescheduled_event_is_dated_by_its_new_day(
    detector: Detector, make_item: MakeItem, text: str, day: dt.date
) -> None:
    decision = detector.score(make_item(text))
    assert decision.is_signal, decision.reasons
    assert decision.event_date == day


def test_will_now_open_is_not_open_now(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "OKX will now open ACME/USDT spot trading for Acme (ACME) at 08:00 UTC on March 18, "
        "instead of 14:30 UTC on March 17 as previously announced, to complete its wallet "
        "integration. Deposits open as planned at the token's launch."
    )
    decision = detector.score(news(make_item, "Update: OKX revises ACME trading start time", text))
    assert decision.is_signal, decision.reasons
    assert decision.event_date == dt.date(2026, 3, 18)


@pytest.mark.parametrize(
    ("title", "text", "author"),
    [
        (
            "Acme postpones ACME community sale pending audit",
            "Acme Labs said its community sale, previously planned for March 20, is postponed "
            "until a second audit is complete; the sale will still take place before the TGE.",
            "Newsdesk",
        ),
        (
            "",
            "We're pushing the ACME TGE back (it was March 20). New date once the bridge audit "
            "wraps. Sale buyers: your allocation is safe.",
            "@acme_xyz",
        ),
        (
            "Acme delays ACME community sale, gives no new date",
            "Acme Labs said its ACME community sale, which was set to begin on Thursday, is "
            "postponed until its KYC vendor fixes a fault; the sale will go ahead.",
            "Newsdesk",
        ),
    ],
)
def test_a_postponed_event_without_a_new_day_has_none(
    detector: Detector, make_item: MakeItem, title: str, text: str, author: str
) -> None:
    item = make_item(text, title=title, author=author, source="rss" if title else "x")
    decision = detector.score(item)
    assert decision.is_signal, decision.reasons
    assert decision.event_date is None


def test_a_snapshot_named_after_its_day_is_not_the_event(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme Labs said on Wednesday that stakers active before its March 10 snapshot can "
        "claim ACME from March 20 at 14:00 UTC. Claim addresses must be registered by March 18."
    )
    decision = detector.score(news(make_item, "Acme sets March 20 claim date for ACME", text))
    assert decision.is_signal, decision.reasons
    assert decision.event_date == dt.date(2026, 3, 20)


def test_a_day_of_the_month_in_a_past_clause_is_behind() -> None:
    folded = "the month's biggest debut was acme's acme, which began trading on the 20th."
    (hit,) = find_dates(folded, PUBLISHED)
    assert hit.date == dt.date(2026, 2, 20)
    (ahead,) = find_dates("acme's acme begins trading on the 20th.", PUBLISHED)
    assert ahead.date == dt.date(2026, 3, 20)


def test_the_same_day_is_the_day_named_before_it(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Funding for ACME opens on March 19, the day the Acme token is generated, and trading "
        "against USD and EUR starts the same day at approximately 15:00 UTC."
    )
    decision = detector.score(news(make_item, "Acme (ACME) is coming to Kraken", text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("listing", dt.date(2026, 3, 19))


def test_a_closed_registration_is_no_recap(detector: Detector, make_item: MakeItem) -> None:
    text = "The ACME community sale opens on CoinList today at 16:00 UTC and closes on March 16."
    title = "Acme token sale: registration closed, sale opens today"
    decision = detector.score(news(make_item, title, text))
    assert decision.is_signal, decision.reasons
    assert decision.event_date == PUBLISHED.date()


def test_an_ama_recap_with_answered_questions_relays_the_plan(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Q: When TGE? A: The ACME token launches in April; we will announce the exact day two "
        "weeks ahead. Q: Do node operators get tokens at launch? A: Yes, at TGE."
    )
    decision = detector.score(news(make_item, "Acme AMA recap: TGE in April, node rewards", text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("tge", None)


KOREAN_NOTICE = (
    "아크미(ACME) 디지털 자산이 KRW 마켓에 추가됩니다. 거래지원 개시 시점: 2026-03-17 20:00 KST "
    "예정. 매수 주문 가격 제한: 거래지원 개시 후 5분간 기준가 대비 +100% 이상 매수 주문 불가. "
    "입출금 지원 네트워크: Ethereum."
)


def test_a_korean_exchange_notice_is_a_listing(detector: Detector, make_item: MakeItem) -> None:
    item = news(make_item, "[거래] 아크미(ACME) KRW 마켓 디지털 자산 추가", KOREAN_NOTICE)
    decision = detector.score(item)
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("listing", dt.date(2026, 3, 17))
    assert "price_talk" not in decision.contributions  # an order limit, not a price move


def test_local_clocks_of_korean_and_japanese_notices() -> None:
    published = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)
    korean = find_dates("거래 오픈: 2026년 3월 18일 오전 8시 30분 (kst)", published)
    assert [h.date for h in korean] == [dt.date(2026, 3, 17)]  # 08:30 KST is 23:30 UTC before
    japanese = find_dates("3月18日24時（日本時間）より取扱いを開始", published)
    assert [h.date for h in japanese] == [dt.date(2026, 3, 18)]  # 24:00 JST is 15:00 UTC


def test_a_japanese_exchange_notice_is_a_listing(detector: Detector, make_item: MakeItem) -> None:
    text = "国内暗号資産取引所OKJは、Acme（ACME）の取扱いを3月18日より開始すると発表した。"
    decision = detector.score(news(make_item, "OKJ、Acme（ACME）の取扱いを開始へ", text))
    assert decision.is_signal, decision.reasons
    assert decision.event_type == "listing"


@pytest.mark.parametrize(
    "text",
    [
        "Acmeの上に構築されたDEX「Swapz」、SWZトークンのエアドロップを3月20日に開始すると発表した。",
        "Acme tabanlı DEX Swapz, SWZ token airdrop'unu 20 Mart'ta başlatıyor.",
        "Acme 기반 DEX 스왑즈, SWZ 토큰 에어드롭 3월 20일 개시",
    ],
)
def test_a_relation_written_after_the_name_makes_it_context(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text))
    assert "subordinate" in decision.contributions, decision.reasons
    assert not decision.is_signal


def test_a_pair_names_the_token(detector: Detector, make_item: MakeItem) -> None:
    text = "ACME/USD and ACME/EUR pairs added. Funding is open now; trading starts 15:00 UTC today."
    decision = detector.score(make_item(text, author="@exchange_desk"))
    assert "mention_strong" in decision.contributions, decision.reasons
    assert decision.is_signal and decision.event_type == "listing"


def test_house_phrasings(detector: Detector, make_item: MakeItem) -> None:
    made = detector.score(make_item("Acme Labs will make ACME transferable on March 20, 12:00 UTC"))
    assert made.is_signal and made.event_date == dt.date(2026, 3, 20), made.reasons
    # a finished auction, its project named in brackets
    done = detector.score(make_item(
        "ACME auction (Acme Labs) is done: 3 days, 9,870 bidders, $22.4M in accepted bids, "
        "clearing at a $310M FDV. Losing bids refunded in USDC this morning."
    ))  # fmt: skip
    assert not done.is_signal and done.category == "past_recap", done.reasons
    # "the token does not exist yet", in Japanese
    none_yet = detector.score(make_item(
        "Acmeのメインネットが本日稼働しました🎉 ただしACMEトークンはまだ存在しません。"
        "テストネットのポイントは引き続き集計中ですが、配布の有無は未発表です。"
    ))  # fmt: skip
    assert not none_yet.is_signal and none_yet.category == "testnet", none_yet.reasons
    # a sale open now, in Spanish, with the day it closes
    open_now = detector.score(make_item(
        "🚀 La venta comunitaria de $ACME (Acme) ya está abierta: empezó ayer a las 12:00 UTC y "
        "cierra el 20 de marzo. Solo en acme.xyz."
    ))  # fmt: skip
    # (under way, dated by the start it states: "empezó ayer", yesterday; docs/labels.md)
    yesterday = PUBLISHED.date() - dt.timedelta(days=1)
    assert open_now.is_signal and open_now.event_date == yesterday, open_now.reasons


@pytest.mark.parametrize(
    ("title", "text", "day"),
    [
        (
            "Acme to generate ACME token at 8 a.m. KST on March 20",
            "Acme Labs will generate its ACME token at 8 a.m. Korea time on March 20, the team "
            "said in a Telegram notice.",
            dt.date(2026, 3, 19),
        ),
        (
            "Acme locks in Q3 for mainnet and ACME token",
            "Acme, the rollup stack behind a dozen app-chains, will ship its mainnet and the ACME "
            "token in the third quarter, a co-founder said on a community call.",
            None,
        ),
    ],
)
def test_generating_or_shipping_the_token_is_its_launch(
    detector: Detector, make_item: MakeItem, title: str, text: str, day: dt.date | None
) -> None:
    decision = detector.score(news(make_item, title, text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("tge", day)


@pytest.mark.parametrize(
    "text",
    [
        # an analyst citing launches by the project as examples
        "A commissioner pointed to this year's token launches by Orbit Labs and Acme Labs as "
        "examples of distributions that need a disclosure template, in a speech on Thursday.",
        # a cancelled sale and no replacement
        "Acme Labs has called off the ACME community sale it had planned for March 20, after "
        "holders voted to fund the budget from reserves instead. No replacement sale is planned.",
    ],
)
def test_context_and_cancellations_make_no_signal(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text))
    assert not decision.is_signal, decision.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (  # "quest" naming what the studio makes
            "Acme to auction 10% of ACME on Sonar as backers join quest studio",
            "Acme Labs will run a public auction for 10% of its ACME supply on Sonar from March "
            "20, the studio said, alongside news of a $9 million round.",
        ),
        (  # "May" the month, not the modal
            "",
            "Acme just confirmed in their Telegram: the ACME community sale opens next week on "
            "acme.xyz/sale, ahead of the May launch.",
        ),
        (  # a cue word inside a quoted title
            "Acme, studio behind 'Rumor Island', launches ACME token Friday",
            "Acme Labs, the game studio, will launch its ACME token on Friday, the company said.",
        ),
        (  # the dashboard where the claim is made, the contract that switches on
            "",
            "ACME goes live Monday: vaults, claims and the token contract all switch on at 12:00 "
            "UTC, claims from the project's dashboard. The only address is on acme.xyz.",
        ),
        (  # a participle in the present passive is no past tense
            "",
            "No punchline this time. ACME is generated Monday at 13:00 UTC and transferable "
            "from the first block. The only contract link will be on acme.xyz.",
        ),
    ],
)
def test_cues_that_do_not_qualify_the_event(
    detector: Detector, make_item: MakeItem, title: str, text: str
) -> None:
    item = make_item(text, title=title, source="rss" if title else "x", author="@acme_xyz")
    decision = detector.score(item)
    assert decision.is_signal, decision.reasons


def test_restakers_of_the_project_are_recipients(detector: Detector, make_item: MakeItem) -> None:
    text = "Korvo opens KRV claims on Monday at 14:00 UTC, and ACME restakers get a 5% bonus."
    decision = detector.score(make_item(text))
    assert "context_only" in decision.contributions and not decision.is_signal, decision.reasons


def test_chart_talk_about_a_pair_is_price_talk(detector: Detector, make_item: MakeItem) -> None:
    text = "ACME/USDT daily: double bottom at 0.05, target the launch gap at 0.09."
    decision = detector.score(make_item(text))
    assert not decision.is_signal and decision.category == "price_talk", decision.reasons


@pytest.mark.parametrize(
    ("title", "text", "kind", "day"),
    [
        (  # the day a page was edited is not the event's
            "Tokenomics - Public auction | Acme Docs",
            "This page was last edited on 12 March 2026. The ACME public auction opens on "
            "March 20, 2026 at 16:00 UTC and closes 48 hours later.",
            "token_sale",
            dt.date(2026, 3, 20),
        ),
        (  # "today, March 16" with its clock: the day the clock falls on in UTC
            "",
            "Trading for Acme (ACME) on the Base network will begin on or after 5PM PT today, "
            "March 14, if liquidity conditions are met. Inbound transfers are open now.",
            "listing",
            dt.date(2026, 3, 15),
        ),
        (  # the live phrase, its place, then its day
            "",
            "ACME is live on mainnet this Thursday, 13:00 UTC. Transfers work from the first "
            "block and the claim page opens at acme.xyz/claim the same minute.",
            "tge",
            dt.date(2026, 3, 19),
        ),
        (  # an exchange's "is now live on": its listing
            "",
            "Acme (ACME) is now live on Coinbase.com and in the Coinbase apps. Customers can log "
            "in to buy, sell, convert, send, receive or store ACME.",
            "listing",
            PUBLISHED.date(),
        ),
        (  # a checker launched for a round: the claim's event
            "Acme launches ACME Season 2 eligibility checker; claims open March 20",
            "Acme Labs put an eligibility checker online for the second season of its airdrop. "
            "Claims open March 20 at 15:00 UTC.",
            "airdrop",
            dt.date(2026, 3, 20),
        ),
        (  # live now, its start named: the day it began
            "Acme's second ACME airdrop is live; claim window runs to March 30",
            "Acme Labs opened claims for the Season 2 ACME distribution on Thursday, March 12, and "
            "the window stays open until March 30, the team said.",
            "airdrop",
            THURSDAY,
        ),
    ],
)
def test_the_events_type_and_day(
    detector: Detector, make_item: MakeItem, title: str, text: str, kind: str, day: dt.date
) -> None:
    item = make_item(text, title=title, source="rss" if title else "x", author="Newsdesk")
    decision = detector.score(item)
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == (kind, day)


@pytest.mark.parametrize(
    ("title", "text", "kind", "day"),
    [
        (
            "Acme Network token: genesis March 17, 09:00 UTC",
            "Acme Labs set the ACME token's genesis for 09:00 UTC on Tuesday, March 17. Hotspot "
            "operators receive 22% of supply over four years.",
            "tge",
            dt.date(2026, 3, 17),
        ),
        (
            "Acme откроет клейм токенов ACME 17 марта",
            "Операторы Acme смогут получить токены ACME с 17 марта, 12:00 МСК, сообщила команда.",
            "airdrop",
            dt.date(2026, 3, 17),
        ),
        (
            "Acme lanzará su token ACME el martes",
            "El protocolo Acme lanzará su token de gobernanza ACME el martes 17 de marzo a las "
            "16:00 UTC, según anunció el equipo.",
            "tge",
            dt.date(2026, 3, 17),
        ),
        (
            "Neu auf Bitpanda: Acme (ACME)",
            "Ab Dienstag, 17. März, 18:00 Uhr MEZ kannst du Acme (ACME) auf Bitpanda kaufen, "
            "verkaufen und tauschen. Einzahlungen sind ab sofort möglich.",
            "listing",
            dt.date(2026, 3, 17),
        ),
        (
            "Acme Announces Second Public Sale Tranche for Q3 2026",
            "SINGAPORE, March 14, 2026 /PRNewswire/ -- Acme Labs today announced that a second "
            "public sale tranche of ACME tokens will be held in the third quarter of 2026.",
            "token_sale",
            None,
        ),
        (
            "Acme to let agent builders claim ACME from launch day",
            "Builders who deployed agents on Acme's network before March 1 can claim ACME from "
            "March 20, the day of the token's launch, Acme Labs said.",
            "airdrop",
            dt.date(2026, 3, 20),
        ),
    ],
)
def test_more_ways_to_announce(
    detector: Detector, make_item: MakeItem, title: str, text: str, kind: str, day: dt.date | None
) -> None:
    decision = detector.score(news(make_item, title, text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == (kind, day)


@pytest.mark.parametrize(
    ("title", "text", "category"),
    [
        (
            "",
            "ACME TGE is 100% March 20, two friends on the team basically confirmed it.",
            "speculation",
        ),
        ("", "小道消息：Acme 的 ACME 可能 3 月中旬 TGE，官方还没确认，自己判断。", "speculation"),
        (
            "",
            "One week since ACME genesis: 1.2M transfers, 38k stakers and 74% of the Season 1 "
            "airdrop claimed. Thank you for showing up.",
            "past_recap",
        ),
        (
            "Looking back: how the Acme sale filled in 11 minutes",
            "Monday's ACME public sale on Legion sold out its $12 million allocation in 11 "
            "minutes, with 31,000 wallets taking part.",
            "past_recap",
        ),
        (
            "Acme rival Korvo sets its token launch for March 20",
            "Korvo, a network competing with Acme, will launch its KRV token on March 20.",
            "unwatched",
        ),
    ],
)
def test_more_ways_not_to_announce(
    detector: Detector, make_item: MakeItem, title: str, text: str, category: str
) -> None:
    item = make_item(text, title=title, source="rss" if title else "x")
    decision = detector.score(item)
    assert not decision.is_signal and decision.category == category, decision.reasons


def test_a_weekday_owning_a_past_event_is_behind() -> None:
    (hit, *_) = find_dates("monday's acme sale sold out in 11 minutes.", PUBLISHED)
    assert hit.date == dt.date(2026, 3, 9)
    (ahead, *_) = find_dates("monday's acme sale opens at 14:00 utc.", PUBLISHED)
    assert ahead.date == dt.date(2026, 3, 16)


@pytest.mark.parametrize(
    ("title", "text", "kind", "day"),
    [
        (  # a public auction in Spanish, its clock in Buenos Aires time
            "Acme abrirá la subasta pública de su token ACME el 16 de marzo por la noche",
            "El protocolo Acme comenzará la subasta pública de su token ACME el lunes 16 de marzo "
            "a las 22:00 (hora de Buenos Aires) y la cerrará 72 horas después.",
            "token_sale",
            dt.date(2026, 3, 17),
        ),
        (  # an article opening the sentence is no owner
            "",
            "La venta pública de $ACME arranca el lunes 16 de marzo a las 14:00 UTC en Legion. "
            "48 hs, tope de 2.000 USDC por billetera. Solo acme.xyz.",
            "token_sale",
            dt.date(2026, 3, 16),
        ),
        (  # a Japanese exchange's notice of a new handling
            "【新規取扱】アクメ（ACME）の取扱開始日時のお知らせ",
            "アクメ（ACME）の現物取引を開始いたします。取扱開始日時：2026年3月18日（水）20:00（日本時間）。",
            "listing",
            dt.date(2026, 3, 18),
        ),
        (  # "prediction market" naming what the project is
            "Acme's ACME token is live as prediction-market race heats up",
            "Acme Markets launched its ACME token on Saturday at 09:00 UTC, the prediction-market "
            "platform said; exchanges open trading within hours.",
            "tge",
            PUBLISHED.date(),
        ),
    ],
)
def test_house_styles_of_other_presses(
    detector: Detector, make_item: MakeItem, title: str, text: str, kind: str, day: dt.date
) -> None:
    item = make_item(text, title=title, source="rss" if title else "x")
    decision = detector.score(item)
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == (kind, day)


@pytest.mark.parametrize(
    ("title", "text", "kind", "day"),
    [
        (  # the zone named before the day and the clock, as Japanese and Korean write them
            "",
            "Acme（$ACME）がTGEを日本時間3月18日（水）午前1時に実施すると発表。",
            "tge",
            dt.date(2026, 3, 17),
        ),
        (
            "",
            "아크미(ACME), 한국시간 3월 19일 오전 8시 TGE 진행. 에어드랍 청구 동시 개시.",
            "tge",
            dt.date(2026, 3, 18),
        ),
        (  # open since a weekday: the day it began
            "",
            "ACME claims have been open since Thursday 23:00 UTC and stay open until April 8. "
            "Claim only at acme.xyz/claim.",
            "airdrop",
            THURSDAY,
        ),
        (  # "it opened Thursday": the start of a sale under way
            "",
            "ACME community sale is live: it opened Thursday at 16:00 UTC and closes today at "
            "16:00 UTC. 82% filled so far. Only link: acme.xyz/sale",
            "token_sale",
            THURSDAY,
        ),
        (  # the day the community was told is not the event's
            "Acme targets second-quarter launch for ACME token",
            "Acme Labs told its community on Wednesday that the ACME token will launch in the "
            "second quarter, once the final audit is published.",
            "tge",
            None,
        ),
        (  # a weekday in the headline, its day written out below a week later
            "Acme's ACME sale on Polkastarter opens Saturday, 2 a.m. IST",
            "Acme Labs will sell ACME on Polkastarter from 02:00 IST on Saturday, March 21, for "
            "24 hours.",
            "token_sale",
            dt.date(2026, 3, 20),
        ),
        (  # a community sale in Japanese
            "",
            "Acme、ACMEトークンのコミュニティセールを3月20日に開始すると発表した。",
            "token_sale",
            dt.date(2026, 3, 20),
        ),
    ],
)
def test_the_days_of_dev33(
    detector: Detector, make_item: MakeItem, title: str, text: str, kind: str, day: dt.date | None
) -> None:
    item = make_item(text, title=title, source="rss" if title else "x")
    decision = detector.score(item)
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == (kind, day)
