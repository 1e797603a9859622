"""Rules written in the dev147 and dev148 sessions: the press's words and house styles.

- launches: "Genesis date: Tuesday, March 17", German "bringt ihren Token ACME ... auf das
  Mainnet", Turkish "kullanıma gireceğini", Spanish "se pondrá en marcha";
- drops: Indonesian "bisa diambil", Vietnamese "mở cho người dùng nhận token", Hindi "मिलने शुरू
  होंगे", German "will seine ACME-Token ... verteilen", French "pourront retirer leurs jetons",
  Arabic "تبدأ المطالبة بالرموز", "the ACME collection page opened Monday";
- sales and listings: Russian "публичный раунд", French "la souscription de ses jetons", Arabic
  "عن إدراج", "ACME trades from 10:00 UTC today";
- and, as a guard, a recap by its numbers ("64% of user allocations collected") stays one;
- which day: a Japanese or Chinese day of the month with its hour after it ("17日午後9時") is
  the next such day, and a Japanese lede's day ("Acmeは12日、") is the day it was said; a sale
  said to be paused has no day; the digits ending a word are no day of a month ("v2 अक्टूबर में"
  is October, not 2 October); Polish and Ukrainian saying verbs date what was said
  ("poinformowali w czwartek, że ..."; a guard);
- and of the dev149 round: Australian and New Zealand zones ("10am AEDT"), a Korean day with its
  weekday in brackets before the hour ("17일(화) 오전 9시"), Arabic deposits ("الإيداع يفتح") as a
  stage before trading and "إدراج جديد" (a new listing), a Spanish checker ("Verificador de
  elegibilidad") dated by its claim ("se reclama desde el lunes 16/3").
"""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem, news
from .test_round87_classes import _assert_acme_event
from .test_round120_classes import _assert_no_signal
from .test_round127_classes import _assert_events


def test_the_press_s_words_for_launches_drops_sales_and_listings(
    detector: Detector, make_item: MakeItem
) -> None:
    # (published Saturday 14 March)
    reported = (
        ("Yang rajin pakai aplikasi Acme, siap-siap: ACME bisa diambil dari menu Rewards mulai "
         "Selasa 17/3 jam 23.00 WIB.", "airdrop", "2026-03-17"),
        ("Ví Acme Wallet mở cho người dùng nhận token ACME từ 21 giờ tối nay theo giờ Việt Nam.",
         "airdrop", "2026-03-14"),
        ("Die Blockchain Acme bringt ihren Token ACME am kommenden Dienstag um 16 Uhr MESZ auf "
         "das Mainnet.", "tge", "2026-03-17"),
        ("Приложение Acme проведёт публичный раунд токена ACME 17 марта в 17:00 по московскому "
         "времени.", "token_sale", "2026-03-17"),
        ("Acme ने बताया कि node चलाने वालों को ACME गुरुवार, 19 मार्च को दोपहर 2:30 बजे (IST) से मिलने शुरू "
         "होंगे।", "airdrop", "2026-03-19"),
        ("Acme Protocol, ACME tokeninin yılın üçüncü çeyreğinde kullanıma gireceğini açıkladı.",
         "tge", None),
        ("تعلن المنصة عن إدراج ACME الخاصة بمشروع Acme، ويبدأ التداول يوم 17 مارس الساعة 11:00 "
         "بتوقيت السعودية.", "listing", "2026-03-17"),
        ("La cadena Acme confirmó que su token ACME se pondrá en marcha el martes 17 de marzo a "
         "las 14:00 UTC.", "tge", "2026-03-17"),
        ("La Fondation Acme ouvrira la souscription de ses jetons ACME le mardi 17 mars à 14 h.",
         "token_sale", "2026-03-17"),
        ("Das Acme-Netzwerk will seine ACME-Token noch in diesem Monat an frühe Nutzer verteilen.",
         "airdrop", None),
        ("Les opérateurs du réseau Acme pourront retirer leurs jetons ACME à partir du mardi 17 "
         "mars.", "airdrop", "2026-03-17"),
        ("ACME trades from 10:00 UTC today on OKX, Bybit and Kraken.", "listing", "2026-03-14"),
    )  # fmt: skip
    for text, event_type, day in reported:
        _assert_acme_event(detector.score(news(make_item, "", text)), event_type, day)
    official = (
        ("Reminder for epoch 1–2 lenders: the ACME collection page opened Monday and stays open "
         "until April 3. acme.xyz/collect is the only one.", "airdrop", "2026-03-09"),
        ("Genesis date: Tuesday, March 17, 14:00 UTC. That's when ACME exists and the bridge "
         "opens.", "tge", "2026-03-17"),
        ("أعلنت Acme أن أداة التحقق من الأهلية أصبحت متاحة، على أن تبدأ المطالبة بالرموز يوم "
         "الثلاثاء 17 مارس.", "airdrop", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, official, "@acme_xyz")
    recap = ("Genesis + 3 weeks: 64% of user allocations collected. The collection page stays up "
             "until April 12.",)  # fmt: skip
    _assert_no_signal(detector, [make_item(t, author="@acme_xyz") for t in recap])


def test_which_day_in_japanese_ledes_paused_sales_and_names_ending_in_digits(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Acmeは12日、独自トークンACMEを17日午後9時(日本時間)に発行すると発表した。", "tge",
         "2026-03-17"),
        ("The ACME sale planned for today at 13:00 UTC is paused. One audit flagged an issue in "
         "the sale contract.", "token_sale", None),
        ("Acme ने बताया कि उसका ACME टोकन v2 अक्टूबर में जारी होगा।", "tge", None),
        ("Twórcy protokołu Acme poinformowali w czwartek, że odbiór tokenów ACME ruszy w środę 18 "
         "marca o 14:00.", "airdrop", "2026-03-18"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")


def test_which_day_in_the_dev149_round(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Claims open Thursday, Mar 19, at 10am AEDT. Playtest wallets from seasons 1 and 2 are "
         "in.", "airdrop", "2026-03-18"),
        ("아크미 자체 토큰 ACME, 17일(화) 오전 9시(KST) 출시. "
         "ACME/USDT 거래도 같은 시각 열린다.", "tge", "2026-03-17"),
        ("إدراج جديد: ACME (Acme) يوم الخميس 19 مارس الساعة 4 عصرًا "
         "بتوقيت الإمارات. الإيداع يفتح الأربعاء 18 مارس.", "listing", "2026-03-19"),
        ("La segunda temporada de ACME se reclama desde el lunes 16/3 a las 21:00 (hora de "
         "Ciudad de México) en acme.xyz/claim. Verificador de elegibilidad: disponible desde "
         "hoy.", "airdrop", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")
