"""Rounds dev34 and dev35: which day, and whose event.

- a weekday in a headline and its day written out below with that weekday, a week before the
  weekday's next occurrence ("after Thursday's launch" over "opened on Thursday, March 12");
- "is live on Tuesday" is that Tuesday; a sale "live since Thursday" that closes today is under
  way, not a recap;
- an exchange's staged notice in other languages (deposits, trading, withdrawals on their own
  lines) is dated by its trading line; Gulf and east European zones; Vietnamese day-first days;
- a postponed event keeps no day: not the day it was planned for;
- "ignore anyone selling 'early access'" is a safety line.
"""

from __future__ import annotations

import datetime as dt

import pytest

from swarm.detection import Detector
from swarm.detection.dates import find_dates
from swarm.detection.folding import fold

from .conftest import PUBLISHED, MakeItem, news

# PUBLISHED is Saturday 14 March 2026, 09:30 UTC.
THURSDAY = dt.date(2026, 3, 12)


def official(make_item: MakeItem, text: str) -> object:
    return make_item(text, author="@acme_xyz", url="https://x.com/acme_xyz/status/1")


def days(text: str) -> list[dt.date | None]:
    return [h.date for h in find_dates(fold(text), PUBLISHED)]


def test_a_headline_weekday_restated_a_week_earlier_is_that_day(
    detector: Detector, make_item: MakeItem
) -> None:
    title = "Acme's ACME claim stays open until April 12 after Thursday's launch"
    text = (
        "Acme Foundation's ACME claim, which opened on Thursday, March 12, alongside the token's "
        "launch, will stay open until April 12, the foundation said on Saturday."
    )
    assert days(f"{title}\n{text}")[1] == THURSDAY
    decision = detector.score(news(make_item, title, text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("airdrop", THURSDAY)


def test_a_weekday_is_not_moved_to_a_day_a_week_before_without_its_weekday() -> None:
    # the day below is not written with the weekday: the weekday is the next Thursday
    assert days("The first claim ran on March 12. The next round opens Thursday.") == [
        THURSDAY, dt.date(2026, 3, 19)
    ]  # fmt: skip


def test_live_on_a_weekday_is_that_day(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "ACME is live on Tuesday.\n08:00 UTC: token generation + claims at acme.xyz/claim\n"
        "09:00 UTC: trading"
    )
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert decision.event_date == dt.date(2026, 3, 17)


def test_a_sale_live_since_a_weekday_that_closes_today_is_under_way(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "The Acme ACME sale has been live since Thursday and closes today at 16:00 UTC. "
        "Final hours."
    )
    decision = detector.score(news(make_item, "", text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("token_sale", THURSDAY)
    assert any("still open" in r for r in decision.reasons)


def test_a_sale_live_since_a_weekday_that_has_closed_is_a_recap(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "The Acme ACME sale had been live since Thursday and closed yesterday, 80% filled."
    assert not detector.score(news(make_item, "", text)).is_signal


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("trading: friday 20 march, 02:00 gst", dt.date(2026, 3, 19)),
        ("trading opens 20 march, 01:30 eest", dt.date(2026, 3, 19)),
        ("token sẽ ra mắt vào ngày mai, 5/4, lúc 16:00 utc", dt.date(2026, 4, 5)),
        ("niêm yết vào 6/4", dt.date(2026, 4, 6)),
    ],
)
def test_zones_and_day_first_dates(text: str, day: dt.date) -> None:
    assert day in days(text)


@pytest.mark.parametrize(
    ("title", "text", "day"),
    [
        (
            "New on Rain: Acme $ACME",
            "Deposits: Thursday 19 March, 20:00 GST\nTrading: Friday 20 March, 02:00 GST\n"
            "Withdrawals: Saturday 21 March\nPairs: ACME/AED, ACME/USDT",
            dt.date(2026, 3, 19),  # 02:00 GST is 22:00 UTC the day before
        ),
        (
            "Acme (ACME) Borsa Kripto'da listeleniyor",
            "Yatırma işlemleri: 16 Mart 2026, 15:00 (TSİ)\nAlım-satım: 17 Mart 2026, 16:30 (TSİ)\n"
            "Çekme işlemleri: 18 Mart 2026, 12:00 (TSİ)\n"
            "ACME/USDT ve ACME/TRY pariteleri açılacaktır.",
            dt.date(2026, 3, 17),
        ),
        (
            "[마켓 추가] 아크미(ACME) 원화 마켓 추가",
            "- 입금: 2026년 3월 16일 18:00 이후\n- 거래 오픈: 2026년 3월 17일 오후 3시 (KST)\n"
            "- 출금: 2026년 3월 18일 오후 6시 이후",
            dt.date(2026, 3, 17),
        ),
        (
            "Acme (ACME) chega à Corretora Sul",
            "A negociação de ACME começa em 17 de março às 12h (horário de Brasília). "
            "Depósitos: abertos a partir de 16 de março.",
            dt.date(2026, 3, 17),
        ),
    ],
)
def test_a_staged_exchange_notice_is_dated_by_its_trading_line(
    detector: Detector, make_item: MakeItem, title: str, text: str, day: dt.date
) -> None:
    decision = detector.score(news(make_item, title, text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("listing", day)


def test_a_turkish_public_sale(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(news(
        make_item, "Acme (ACME) kamu satışı 18 Mart'ta başlıyor",
        "Acme Labs, ACME tokeninin kamu satışının 18 Mart 2026 saat 10:00'da (TSİ) "
        "başlayacağını duyurdu.",
    ))  # fmt: skip
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("token_sale", dt.date(2026, 3, 18))


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Acme postpones ACME token launch planned for March 20",
            "Acme said Saturday it is postponing the launch of its ACME token, which had been set "
            "for March 20, until an audit of its bridge is complete. The token will still launch "
            "this spring.",
        ),
        (
            "Acme postpones ACME community sale that was due to start March 20",
            "Acme Labs said on Saturday it has postponed the ACME community sale while a licensing "
            "review is completed; the sale will still go ahead and a new date will follow.",
        ),
    ],
)
def test_a_postponed_event_keeps_no_day(
    detector: Detector, make_item: MakeItem, title: str, text: str
) -> None:
    decision = detector.score(news(make_item, title, text))
    assert decision.is_signal, decision.reasons
    assert decision.event_date is None


def test_the_day_a_postponed_event_is_now_planned_for_is_its_day(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "The ACME TGE, postponed last month, is now planned for March 20, Acme Labs said."
    decision = detector.score(news(make_item, "", text))
    assert decision.event_date == dt.date(2026, 3, 20), decision.reasons


def test_ignore_anyone_selling_early_access_is_a_safety_line(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Update: the ACME TGE planned for March 20 is postponed. It is happening, and we'll "
        "share the new date soon. Ignore anyone selling 'early access'."
    )
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert decision.event_date is None


# Whose event: a launchpad's own post about the sale it hosts.


@pytest.mark.parametrize(
    "text",
    [
        "Acme Launchpad round 14: Sparrowhawk (SPHK) fair auction starts tomorrow 14:00 UTC and "
        "runs 72h. Priority for ACME stakers. We will never DM you.",
        "Acme Launchpad #7: Lanternfish (LNFH) public sale opens Monday 14:00 UTC. ACME stakers "
        "get guaranteed allocations. Only acme.xyz.",
    ],
)
def test_a_launchpads_post_about_a_guests_sale_is_not_its_own_event(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(official(make_item, text))
    assert not decision.is_signal, decision.reasons


def test_a_launchpads_post_about_a_watched_guest_is_the_guests_event(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme Launchpad #9: Orbit (ORB). The ORB public sale opens Tuesday, March 17, 14:00 UTC "
        "and closes in 72 hours. ACME stakers get a priority tier. Only acme.xyz, never a DM."
    )
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert (decision.company, decision.event_type) == ("Orbit", "token_sale")


def test_closing_in_hours_alone_is_still_urgency(detector: Detector, make_item: MakeItem) -> None:
    text = "ACME airdrop claim closes in 2 hours!!! Connect your wallet at acme-claim.live now"
    assert not detector.score(make_item(text, author="@airdrop_alerts")).is_signal


# Which day: Chinese clocks, German token starts, calendars written inline.


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("acme 空投申领将于北京时间 3 月 20 日 00:30 开放", dt.date(2026, 3, 19)),
        ("acme 代币将于2026年3月20日上午7时（北京时间）上线", dt.date(2026, 3, 19)),
        ("acme 代币将于3月20日凌晨1点（北京时间）上线", dt.date(2026, 3, 19)),
    ],
)
def test_chinese_clocks_before_and_after_the_zone(text: str, day: dt.date) -> None:
    assert days(text) == [day]


def test_a_german_token_start_is_a_tge(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(news(
        make_item, "Acme startet ACME-Token am 20. März",
        "Acme Labs hat am Dienstag angekündigt, seinen ACME-Token am 20. März um 14:00 Uhr UTC "
        "zu starten. Zeitgleich soll ein Airdrop für Nutzer freigeschaltet werden.",
    ))  # fmt: skip
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("tge", dt.date(2026, 3, 20))


def test_an_inline_calendar_dates_the_projects_row(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(news(
        make_item, "Token launches this week: Acme's TGE headlines a busy slate",
        "Mon 16: Pellucid opens PLC claims at 12:00 UTC. Tue 17: Marrow lists on Kraken. "
        "Thu 19: Acme's ACME goes live at 8:00 PM ET after its postponement. Fri 20: Tessel's "
        "public sale opens at 15:00 UTC.",
    ))  # fmt: skip
    assert decision.is_signal, decision.reasons
    # 8 p.m. ET on Thursday is Friday in UTC; the clock of Monday's row is another sentence's
    assert decision.event_date == dt.date(2026, 3, 20)


def test_a_calendar_types_the_projects_row(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Week ahead\nMon 16: Furrow $FRW claims\nTue 17: Oakum public sale\n"
        "Wed 18: Acme $ACME TGE, 16:00 UTC\nThu 19: Brisk lists on OKX\nFri 20: Teasel unlock"
    )
    decision = detector.score(make_item(text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("tge", dt.date(2026, 3, 18))


def test_a_calendars_header_types_every_row(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Listings on deck\nMon 16 Mar · $PLVR → MEXC\n"
        "Tue 17 Mar · $ACME → OKX 12:00 UTC (Acme debut, same hour as TGE)\n"
        "Thu 19 Mar · $WREN → Gate"
    )
    decision = detector.score(make_item(text))
    assert (decision.event_type, decision.event_date) == ("listing", dt.date(2026, 3, 17))


# dev36: announcements written in other languages and informal posts.


@pytest.mark.parametrize(
    ("title", "text", "kind", "day"),
    [
        (
            "Биржа добавит токен ACME",
            "Биржа откроет спотовую торговлю токеном ACME проекта Acme в паре с USDT 20 марта в "
            "18:00 по московскому времени.",
            "listing", dt.date(2026, 3, 20),
        ),
        (
            "Acme 将于3月20日开启 ACME 公开拍卖",
            "Acme Labs 宣布，将于 3 月 20 日 20:00（北京时间）开启 ACME 代币的公开拍卖，"
            "拍卖持续 48 小时。",
            "token_sale", dt.date(2026, 3, 20),
        ),
        (
            "取引所、Acme（ACME）の取扱いを3月20日に開始",
            "取引所は、Acme（ACME）の取扱いを2026年3月20日（金）午前9時に開始すると発表した。",
            "listing", dt.date(2026, 3, 20),
        ),
        (
            "Acme lancera son jeton ACME le 20 mars",
            "Le protocole de prêt Acme a fixé au 20 mars le lancement de son jeton ACME. Une vente "
            "communautaire le précédera.",
            "tge", dt.date(2026, 3, 20),
        ),
    ],
)
def test_announcements_in_other_languages(
    detector: Detector, make_item: MakeItem, title: str, text: str, kind: str, day: dt.date
) -> None:
    decision = detector.score(news(make_item, title, text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == (kind, day)


def test_a_clock_in_mexico_city_time(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Acme 💊 el claim de $ACME abre el jueves 19 de marzo a las 23:00, hora de Ciudad de "
        "México. Solo en acme.xyz."
    )
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("airdrop", dt.date(2026, 3, 20))


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("quick one since the replies keep asking: $ACME comes out in Q2. exact day once the "
         "last audit report is public.", "quarter"),
        ("ACME token: later this year. not a maybe. details when they're final.", "none"),
    ],
)  # fmt: skip
def test_an_informal_confirmed_plan_with_a_coarse_date(
    detector: Detector, make_item: MakeItem, text: str, precision: str
) -> None:
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert decision.event_date is None
    assert decision.date_precision == precision


@pytest.mark.parametrize(
    ("title", "text", "category"),
    [
        (
            "Cómo declarar en la renta el airdrop de ACME",
            "Los tokens recibidos por un airdrop, como ACME, tributan en el momento en que se "
            "reciben. Explicamos qué valor usar.",
            "tutorial",
        ),
        (
            "",
            "ACME presale round 2 is LIVE send USDT to the address below, tokens delivered at TGE. "
            "limited to 300 wallets.",
            "scam",
        ),
    ],
)
def test_negatives_that_borrow_an_announcements_words(
    detector: Detector, make_item: MakeItem, title: str, text: str, category: str
) -> None:
    decision = detector.score(news(make_item, title, text))
    assert not decision.is_signal
    assert decision.category == category


def test_in_a_calendar_only_the_projects_row_decides_whose_event_it_is(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(news(
        make_item, "Token calendar: the week of March 16",
        "Mon 16: Ardent Finance opens ARD claims at 12:00 UTC. Tue 17: Acme (ACME) TGE, spot "
        "trading on Bybit from 10:00 UTC. Wed 18: Kelpie's KLP sale on Echo.",
    ))  # fmt: skip
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("tge", dt.date(2026, 3, 17))


def test_an_inline_calendar_of_weekdays_alone(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(news(
        make_item, "Token calendar, March 16-22: two sales, three debuts",
        "Monday: Ferrule opens its FRL claim. Tuesday, late evening UTC: Acme (ACME) starts "
        "trading on Paribu and Gate. Wednesday: Corvid's sale on Echo.",
    ))  # fmt: skip
    assert decision.event_type == "listing", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 17)


def test_the_day_of_a_postponed_events_possessive_is_no_day(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Update on Season 2: Friday's ACME claim is postponed. We found a bug in the distributor "
        "contract. The claim will still happen; a new date comes once the fix is audited."
    )
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert decision.event_date is None


@pytest.mark.parametrize(
    "title",
    [
        "Acme、ACMEトークンを3月20日午前0時にローンチへ",
        "Acme：ACME 代币将于2026年3月20日上午9时（北京时间）上线",
    ],
)
def test_a_token_launched_in_japanese_or_chinese_is_a_tge(
    detector: Detector, make_item: MakeItem, title: str
) -> None:
    text = "コミュニティ向けエアドロップの請求も同時刻に開始。"
    decision = detector.score(news(make_item, title, text))
    assert decision.event_type == "tge", decision.reasons


def test_a_project_of_a_watched_ecosystem_claims_its_own_token(
    detector: Detector, make_item: MakeItem
) -> None:
    other = (
        "Acme 生态项目 Roastline 宣布：RLN 代币申领将于 3 月 20 日 20:00（北京时间）开放。"
        "注意：这是 Roastline 自己的代币，不是 ACME。"
    )
    assert not detector.score(make_item(other)).is_signal
    own = "Acme 宣布：ACME 代币申领将于 3 月 20 日 20:00（北京时间）开放。"
    decision = detector.score(make_item(own))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("airdrop", dt.date(2026, 3, 20))


# dev37: long items, headings, zones declared once, and announcements that borrow past words.


def test_a_zone_declared_for_every_clock(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(news(
        make_item, "아크미(ACME) 원화 마켓 추가",
        "아크미(ACME) 원화 마켓 추가를 안내드립니다. 거래 오픈: 2026년 3월 18일 00:30 예정. "
        "입금은 3월 17일 23:30부터 가능합니다. (모든 시간은 한국 시간 기준)",
    ))  # fmt: skip
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("listing", dt.date(2026, 3, 17))
    assert days("listing at 00:30 on march 18. all times are in kst.") == [dt.date(2026, 3, 17)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("a acme lança nesta terça-feira (17) o token acme", dt.date(2026, 3, 17)),
        ("acme 代币 acme 将于今晚上线", dt.date(2026, 3, 14)),
        ("acme 토큰은 내일 출시됩니다", dt.date(2026, 3, 15)),
    ],
)
def test_days_named_in_portuguese_chinese_and_korean(text: str, day: dt.date) -> None:
    assert days(text) == [day]


def test_a_portuguese_token_launch_with_its_day_between(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(news(
        make_item, "Acme lança o token ACME na terça-feira",
        "A Acme Labs lança nesta terça-feira (17) o token ACME, às 21h no horário de Brasília.",
    ))  # fmt: skip
    assert decision.is_signal, decision.reasons
    # 21h in Brasília is midnight UTC
    assert (decision.event_type, decision.event_date) == ("tge", dt.date(2026, 3, 18))


def test_a_day_heading_the_sentence_dates_its_event(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Tomorrow: the ACME token goes live on Ethereum and Arbitrum at 14:00 UTC. Claims open "
        "at the same moment on acme.xyz/claim. Any 'early claim' you see tonight is fake."
    )
    decision = detector.score(official(make_item, text))
    assert decision.event_date == dt.date(2026, 3, 15), decision.reasons
    # ... unless the event's own sentence names its day
    text = "Posting today: ACME sale opens Thu Mar 19, 8pm ET (Mar 20 00:00 UTC) on Legion."
    assert detector.score(official(make_item, text)).event_date == dt.date(2026, 3, 20)


def test_the_day_refunds_go_out_is_not_the_sales(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "The ACME sale is closed. 14,200 buyers, $9M raised, 3.1x oversubscribed. Refunds for "
        "excess commitments go out on Monday. Thank you all."
    )
    decision = detector.score(official(make_item, text))
    assert not decision.is_signal
    assert decision.category == "past_recap"


def test_a_draft_proposal_that_voters_must_approve_is_speculation(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(news(
        make_item, "Acme DAO proposal would set ACME airdrop for late March",
        "A draft proposal on Acme DAO's forum would open ACME claims on March 23 if contributors "
        "approve it in a vote ending March 20.",
    ))  # fmt: skip
    assert not decision.is_signal
    assert decision.category == "speculation"


def test_a_condition_ahead_that_has_been_live_is_no_recap(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(news(
        make_item, "Acme Labs targets April for ACME token",
        "Acme Labs said on Tuesday that its ACME token will launch in April, once the network's "
        "first operator cohort has been live for a full month.",
    ))  # fmt: skip
    assert decision.is_signal, decision.reasons
    assert (decision.event_date, decision.date_precision) == (None, "month")


def test_a_headlines_event_is_dated_by_its_own_sentence_in_the_body(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(news(
        make_item, "Acme sets ACME launch after oversubscribed sale",
        "Acme Labs said the public sale of its ACME token, held on Legion from March 2 to March 5, "
        "drew $41 million against a $14 million cap, and that refunds went out on March 9. In "
        "Friday's update it confirmed that ACME becomes transferable on Thursday, March 19, at "
        "13:00 UTC.",
    ))  # fmt: skip
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("tge", dt.date(2026, 3, 19))


# dev38: days, events, conditions and postponements in other languages.


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("o claim abre amanhã às 22h (horário de brasília)", dt.date(2026, 3, 16)),
        ("token sẽ ra mắt vào 21h00 ngày mai (giờ việt nam)", dt.date(2026, 3, 15)),
        ("acme/tl işlemleri: yarın 17:00 (tsi)", dt.date(2026, 3, 15)),
        ("der token geht morgen live", dt.date(2026, 3, 15)),
        ("la fenêtre de claim s'est fermée hier", dt.date(2026, 3, 13)),
    ],
)
def test_relative_days_in_other_languages(text: str, day: dt.date) -> None:
    assert days(text) == [day]


def test_a_recap_of_a_launch_yesterday_in_chinese(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(news(
        make_item, "Acme 代币 ACME 昨日上线，首日成交额超 3 亿美元",
        "Acme 的原生代币 ACME 于昨日正式上线，首日全网成交额超过 3 亿美元。",
    ))  # fmt: skip
    assert not decision.is_signal
    assert decision.category == "past_recap"


def test_a_sale_that_ended_today_in_turkish_is_a_recap(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(news(
        make_item, "Acme (ACME) satışı sona erdi: 72 saatte 6 milyon dolar toplandı",
        "Acme Labs'in 11 Mart'ta başlayan ACME token satışı bugün sona erdi.",
    ))  # fmt: skip
    assert not decision.is_signal


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Acme, ACME lansmanını erteledi: yeni tarih yakında",
         "Acme Labs, 20 Mart'ta yapılması planlanan ACME token lansmanını ertelediğini açıkladı."),
        ("Acme verschiebt ACME-Token-Start",
         "Acme Labs hat den für den 20. März geplanten Start seines ACME-Tokens verschoben."),
    ],
)  # fmt: skip
def test_a_postponed_event_in_other_languages_keeps_no_day(
    detector: Detector, make_item: MakeItem, title: str, text: str
) -> None:
    assert detector.score(news(make_item, title, text)).event_date is None


def test_a_german_condition_on_a_vote_is_speculation(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme-Governance: Falls der Vorschlag AIP-14 angenommen wird, startet die zweite "
        "ACME-Airdrop-Saison am 1. April. Abstimmung läuft bis Freitag."
    )
    decision = detector.score(make_item(text))
    assert not decision.is_signal
    assert decision.category == "speculation"


def test_o_is_no_projects_name(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "O claim do airdrop ACME abre amanhã às 23h (horário de Brasília). A Acme nunca manda DM."
    )
    decision = detector.score(make_item(text))
    assert decision.is_signal, decision.reasons
    assert decision.event_date == dt.date(2026, 3, 16)
