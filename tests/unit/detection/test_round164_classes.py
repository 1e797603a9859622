"""Rules written in the dev164 session.

- once the event has a period still to come ("in the second quarter of 2026", "in June"), a
  day gone by in a later sentence is another round's ("Season 2, which opened on March 3",
  "The genesis claim closed on Thursday"), not the event's; a period the event stays open
  through ("through late April") is no such period, and an event under way keeps its start;
- event words of rarely covered languages: Romanian "își lansează tokenul", Swahili "inaanza
  biashara", "Mauzo ya jamii ya tokeni", "utafunguliwa kudaiwa", Indonesian "akan
  diperdagangkan", Tagalog "Magbubukas ang trading", Greek "ανοίγει τις συναλλαγές", Polish
  "wchodzi do obrotu", Urdu "ٹوکن ... لانچ ہوگا", Bengali "পাবলিক সেল", Hungarian "Már lehet
  igényelni ... igénylése", Czech "token ACME startuje"; English "goes transferable";
- the testnet in Urdu and Bengali ("ٹیسٹ نیٹ", "টেস্টনেটে"), its users and operators as an
  airdrop's recipients in Bengali and Czech ("টেস্টনেট অপারেটররা", "Účastníci testnetu"); a
  drop called off in Hungarian ("lemondja", "Elmarad"); an official post saying who runs the
  claim ("Orison runs the claim, not us");
- a new market of a token that trades already, in Korean ("원화 마켓에서는 지난 12월부터 거래 중",
  "이미 거래 중"), and a market taken away in Russian ("проведет делистинг", "исключит ... из
  листинга", "прекратит торги"); Polish verbs of a start opening a headline ("Ruszyła publiczna
  sprzedaż") are no project's name;
- a token as the subject of a plain verb with a time after it ("ACME, the Acme token, arrives in
  June", "ships in Q3 2026", "comes out in Q3") launches then (not "arrives on <exchange>": a
  listing); a project set apart as context ("a rival rollup to Acme") that owns only a phrase
  after the lead ("Acme has said its own ACME arrives in July") is context of the rival's item;
- Indonesian: "Klaim" opening a headline is no name ("Klaim airdrop ACME dari Acme Labs"), and
  a claim "sudah berjalan empat minggu", "sudah diklaim" is under way for weeks; a weekday of
  the week before ("Monday last week", "Senin pekan lalu");
- the day after tomorrow in Greek, Tamil, Bengali, Czech, Romanian, Hungarian, Swahili and
  Hebrew ("μεθαύριο", "நாளை மறுநாள்", "পরশু", ...); Czech summer time ("v 1:00 SELČ"), the
  Gulf's and Bahrain's ("02:00 Gulf time", "بتوقيت البحرين");
- a coarse period of a later year is ahead ("launches in Q1 2027" written in September 2026,
  "kuartal pertama 2027"): the year written after it counts;
- a round that waits on a review ("if it clears the compliance review, the community round
  opens in November") is a condition; "DM to reserve your slot" offers a scam's place; a token
  that "hits wallets in November" is dropped to its holders then;
- a weekday heading a recap ("Monday recap: ACME went live ...") is the one gone by;
- a name set apart after a comma or opening a sentence ("..., not ORB", "Not Acme's ACME") is
  context; an app named before the chain it runs on owns the verb after the chain ("Quackswap on
  Orbit airdrops QUAK": Quackswap's drop; "Acme on Orbit airdrops ACME": Acme's).
"""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector
from swarm.detection.dates import find_dates, period_begins_after
from tests.unit.detection.conftest import MakeItem, news
from tests.unit.detection.test_round87_classes import _assert_acme_event
from tests.unit.detection.test_round120_classes import _assert_no_signal
from tests.unit.detection.test_round127_classes import _assert_events


def test_a_next_round_with_a_period_ahead_is_not_dated_by_the_last_round(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("We will open a third season of ACME airdrop claims in Q2 2026. Season 2, which opened "
         "on March 3, stays claimable until April 30.", "airdrop", None),
        ("Acme will run a second ACME distribution in June for users of apps built on the "
         "network. The genesis claim closed on Thursday with 71% of tokens claimed.", "airdrop",
         None),
        # (an event under way, open through a later month, keeps the day it began)
        ("Acme's Season 2 ACME claims, which opened on Tuesday, March 10, remain open through "
         "late April.", "airdrop", "2026-03-10"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")


def test_a_period_is_ahead_only_when_it_begins_after_the_month_or_quarter_of_publication() -> None:
    march = dt.date(2026, 3, 14)
    ahead = ("in the second quarter of 2026", "q1 2027", "in q3", "in june", "december 2026")
    not_ahead = ("q1 2026", "in q4", "in february", "march 2026", "later this year", "soon")
    assert all(period_begins_after(text, march) for text in ahead)
    assert not any(period_begins_after(text, march) for text in not_ahead)
    assert not period_begins_after("in may", march)  # ("may" alone is as often the verb)


def test_event_words_of_rarely_covered_languages(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Acme Protocol își lansează tokenul ACME miercuri, 18 martie, la ora 15:00 UTC.", "tge",
         "2026-03-18"),
        ("ACME inaanza biashara kwenye Kariakoo Exchange Jumatatu, tarehe 16 Machi, saa 15:00 UTC.",
         "listing", "2026-03-16"),
        ("ACME (Acme) akan diperdagangkan di Indodax mulai Senin, 16 Maret, pukul 14.00 UTC.",
         "listing", "2026-03-16"),
        ("Magbubukas ang trading ng $ACME sa Lunes, Marso 16, 14:00 UTC.", "listing", "2026-03-16"),
        ("Η Bybit ανοίγει τις συναλλαγές ACME/USDT την Τρίτη 17 Μαρτίου στις 14:00 UTC.", "listing",
         "2026-03-17"),
        ("Token $ACME wchodzi do obrotu w poniedziałek 16 marca o 14:00 UTC.", "listing",
         "2026-03-16"),
        ("Acme کا ACME ٹوکن 17 مارچ کو لانچ ہوگا۔", "tge", "2026-03-17"),
        ("Acme তাদের ACME টোকেনের পাবলিক সেল শুরু করছে ১৭ মার্চ।", "token_sale", "2026-03-17"),
        ("Mauzo ya jamii ya tokeni ya ACME yatafanyika Jumanne, tarehe 17 Machi, saa 14:00 UTC.",
         "token_sale", "2026-03-17"),
        ("Már lehet igényelni: az Acme ACME jutalomszezonjának igénylése ma nyílt meg.", "airdrop",
         "2026-03-14"),
        ("Acme Labs imethibitisha: msimu wa pili wa zawadi za $ACME utafunguliwa kudaiwa mwezi "
         "Aprili.", "airdrop", None),
        ("Acme potvrdil: token ACME startuje v úterý 17. března v 15:00 UTC.", "tge", "2026-03-17"),
        ("ACME goes transferable Tuesday, March 17, 15:00 UTC.", "tge", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@newsdesk")


def test_testnets_recipients_and_drops_called_off_in_more_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    _assert_no_signal(detector, [
        make_item("Acme کا ٹیسٹ نیٹ کل صبح دوبارہ شروع ہو رہا ہے۔ ٹیسٹ ACME فاؤسٹ سے مفت ملیں "
                  "گے، ان کی کوئی قیمت نہیں اور یہ کسی ایئرڈراپ کی ضمانت نہیں۔"),
        news(make_item, "Elmarad az Acme második airdropja", "Az Acme Labs kedden bejelentette, "
             "hogy lemondja a második ACME-airdropot, amelyet március 22-re ígért."),
        make_item("ACME holders: Orison is reserving 4% of its ORS supply for Acme stakers. Claims "
                  "open Monday, March 16 on orison.xyz. Orison runs the claim, not us.",
                  author="@acme_xyz"),
    ])  # fmt: skip
    cases = (
        ("Acme Labs জানিয়েছে ACME টোকেনের এয়ারড্রপ এপ্রিলে হবে। বেটা ইউজার আর টেস্টনেট অপারেটররা "
         "যোগ্য।", "airdrop", None),
        ("Acme Labs potvrdila, že airdrop tokenu ACME se otevře v dubnu. Účastníci testnetu "
         "najdou podrobnosti na acme.xyz.", "airdrop", None),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@newsdesk")


def test_markets_added_and_taken_away_in_korean_and_russian(
    detector: Detector, make_item: MakeItem
) -> None:
    _assert_no_signal(detector, [
        make_item("[코인니스] 빗썸, 아크미(ACME) BTC 마켓 추가… 원화 마켓에서는 지난 12월부터 "
                  "거래 중. 거래 개시 3월 17일 16:00(KST)"),
        news(make_item, "Poloniex проведет делистинг ACME 20 марта", "Poloniex исключит токен "
             "ACME проекта Acme Labs из листинга 20 марта: торги прекратятся в 10:00 UTC."),
        news(make_item, "KuCoin уберёт ACME", "KuCoin прекратит торги токеном ACME проекта Acme "
             "Labs 20 марта в 10:00 UTC; вывод будет доступен до 20 апреля."),
    ])  # fmt: skip
    sale = news(make_item, "Ruszyła publiczna sprzedaż tokena ACME", "W sobotę na platformie "
                "CoinList ruszyła publiczna sprzedaż tokena ACME projektu Acme Labs. Zapisy "
                "potrwają do środy 18 marca.")  # fmt: skip
    _assert_acme_event(detector.score(sale), "token_sale", "2026-03-14")


def test_a_token_that_arrives_ships_or_comes_out_in_a_period(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("A date for your diaries, just not a day yet: ACME, the Acme token, arrives in June. Day "
         "and hour will be posted here.", "tge", None),
        ("$ACME, the governance token, ships in Q3 2026. The audit report comes out in May.",
         "tge", None),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")
    rival = news(make_item, "Shadowline, a rival rollup to Acme, says SHDL becomes transferable "
                 "March 20", "Shadowline, an optimistic rollup competing with Acme for game "
                 "studios, said its SHDL token will become transferable on March 20. Acme has said "
                 "its own ACME arrives in July.")  # fmt: skip
    _assert_no_signal(detector, [rival])


def test_indonesian_claims_and_the_weekdays_of_last_week(
    detector: Detector, make_item: MakeItem
) -> None:
    opened = news(make_item, "Klaim airdrop ACME dari Acme Labs resmi dibuka", "Acme Labs membuka "
                  "klaim airdrop token ACME pada Rabu (18/3) pukul 21.00 WIB. Klaim hanya melalui "
                  "acme.xyz.")  # fmt: skip
    _assert_acme_event(detector.score(opened), "airdrop", "2026-03-18")
    _assert_no_signal(detector, [
        make_item("Klaim airdrop ACME dari Acme Labs sudah berjalan empat minggu; 64% token sudah "
                  "diklaim menurut dasbor on-chain."),
        news(make_item, "Klaim airdrop ACME resmi ditutup", "Jendela klaim airdrop ACME yang "
             "dibuka Acme Labs pada Senin pekan lalu resmi ditutup Jumat."),
    ])  # fmt: skip
    saturday = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)
    for text in ("claims opened on monday last week", "klaim dibuka pada senin pekan lalu"):
        days = [h.date for h in find_dates(text, saturday) if h.kind != "vague"]
        assert days == [dt.date(2026, 3, 2)], (text, days)


def test_the_day_after_tomorrow_and_more_local_times() -> None:
    cases = (
        ("το claim ανοίγει μεθαύριο, τετάρτη, στις 17:00 ώρα ελλάδας", dt.date(2026, 3, 16)),
        ("பொது விற்பனை நாளை மறுநாள் 14:00 utc-க்குத் தொடங்குகிறது", dt.date(2026, 3, 16)),
        ("পাবলিক সেল শুরু করছে পরশু", dt.date(2026, 3, 16)),
        ("token acme startuje pozítří", dt.date(2026, 3, 16)),
        ("token acme startuje v úterý 17. března v 1:00 selč.", dt.date(2026, 3, 16)),
        ("acme goes live tuesday 17 march at 02:00 gulf time", dt.date(2026, 3, 16)),
        ("يبدأ التداول فجر الثلاثاء 17 مارس الساعة 02:00 بتوقيت البحرين", dt.date(2026, 3, 16)),
    )
    saturday = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)
    for text, day in cases:
        days = [h.date for h in find_dates(text, saturday) if h.kind != "vague"]
        assert days == [day], (text, days)


def test_a_period_of_next_year_is_a_plan_ahead(detector: Detector, make_item: MakeItem) -> None:
    september = dt.datetime(2026, 9, 24, 14, 0, tzinfo=dt.UTC)
    items = (
        make_item("The ACME token launches in Q1 2027, Acme Labs said; it has not named a day.",
                  title="Acme Labs sets ACME launch for early 2027", source="rss", url="",
                  author="Newsdesk", published=september),
        make_item("Acme Labs memastikan token ACME akan diluncurkan pada kuartal pertama 2027. "
                  "Tanggal pastinya belum diumumkan.", title="Acme Labs pastikan token ACME "
                  "meluncur pada kuartal pertama 2027", source="rss", url="", author="Newsdesk",
                  published=september),
    )  # fmt: skip
    for item in items:
        decision = detector.score(item)
        _assert_acme_event(decision, "tge", None)
        assert "no_announcement" not in decision.contributions, decision.reasons


def test_reviews_reserved_slots_and_tokens_hitting_wallets(
    detector: Detector, make_item: MakeItem
) -> None:
    _assert_no_signal(detector, [
        make_item("On the ACME sale: if it clears the compliance review, the community round "
                  "opens in June. We'll confirm only once the review is done.",
                  author="@acme_xyz"),
        make_item("Private presale for Acme Labs ACME before the launchpad round: 50% discount, "
                  "pay in USDT, DM to reserve your slot."),
    ])  # fmt: skip
    cases = (
        ("ACME hits wallets in June. If you used the Acme app before 1 March, you're in. The "
         "eligibility checker comes first and we'll post its day here.", "airdrop", None),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")


def test_a_weekday_heading_a_recap_is_gone_by(detector: Detector, make_item: MakeItem) -> None:
    recap = make_item("Monday recap: ACME went live at 14:00 UTC, the claim page opened at 15:00, "
                      "and 41,000 wallets claimed in the first hour. Thanks for a calm launch day.",
                      author="@acme_xyz")  # fmt: skip
    _assert_no_signal(detector, [recap])
    saturday = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)
    days = [h.date for h in find_dates("monday recap: acme went live", saturday)]
    assert days == [dt.date(2026, 3, 9)], days


def test_names_set_apart_and_apps_named_before_their_chain(
    detector: Detector, make_item: MakeItem
) -> None:
    _assert_no_signal(detector, [
        make_item("Quackswap on Orbit airdrops QUAK on Friday for LPs. Quackswap's own token, not "
                  "ORB.", author="@ton_hunter"),
        make_item("ACMR (Acmeria) TGE on March 20. Not Acme's ACME, and not a sister project. "
                  "Different team, different chain.", author="@alpha_hunter"),
    ])  # fmt: skip
    cases = (("Acme on Orbit airdrops ACME on Friday to early users.", "airdrop", "2026-03-20"),)
    _assert_events(detector, make_item, cases, "@acme_xyz")
