"""Rules written in the dev155 session.

- a denial list beside a launch dated coarsely denies other things, not the launch: "ACME
  arrives in August ... there is no contract, no pre-sale and no early access" (each later entry
  of the list is denied like the first);
- the token's moment told in the fewest words ends at a clause that says where it arrives:
  "ACME arrives in Q3, on TON and on Orbit at the same time";
- more of the press's words: Arabic "تفتح المطالبة" (opens the claim); Hebrew "מכירה קהילתית"
  (a community sale), "המכירה תיפתח" (the sale opens), "יעלה לאוויר" (goes live); Polish
  "dostępny do handlu" (available for trading), "odbiór ACME rusza" (collecting ACME starts);
  an exchange's "Trading de ACME/USDT disponible desde" and "Trading de ACME/USDT:";
- Israel's, Greece's and Tehran's local time ("01:00 לפי שעון ישראל" is the day before in UTC);
- Greek: the months ("Δευτέρα 30 Νοεμβρίου") and the future "θα κυκλοφορήσει" (will be
  released); Persian: the months ("نوامبر"), a plan told in the present ("انجام می‌شود") and a
  rumour ("شایعه");
- a season in Vietnamese and other languages ("Mùa 2 airdrop ACME") names no owner;
- a Chinese detail not yet given ("具體日期尚未公布": the exact day not yet announced) is an
  open detail, not doubt about the event;
"""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector

from .conftest import PUBLISHED, MakeItem, news
from .test_round87_classes import _assert_acme_event
from .test_round120_classes import _assert_no_signal


def test_a_list_of_denials_beside_a_coarse_launch_denies_other_things(
    detector: Detector, make_item: MakeItem
) -> None:
    text = ("ACME arrives in August. We'll name the day at least a week ahead, here and "
            "on acme.xyz. Until then there is no contract, no pre-sale and no early "
            "access.")  # fmt: skip
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", None)
    # (a guard: the denial that is the item's point still denies)
    point = "ACME news in August. There is no token, no pre-sale, just the testnet."
    _assert_no_signal(detector, [make_item(point, author="@acme_xyz")])


def test_the_tokens_moment_ends_where_a_clause_says_where_it_arrives(
    detector: Detector, make_item: MakeItem
) -> None:
    text = ("ACME arrives in Q3, on TON and on Orbit at the same time. No presale, no private "
            "links, no round 2. The date comes from this account first.")  # fmt: skip
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", None)


def test_more_of_the_press_words_for_claims_sales_listings_and_launches(
    detector: Detector, make_item: MakeItem
) -> None:
    # (published Saturday 14 March)
    cases = (
        ("أعلنت Acme أن المطالبة بالموسم الثاني من توزيع رمز ACME ستبدأ يوم الثلاثاء 17 مارس "
         "الساعة 13:00 بتوقيت UTC.", "airdrop", "2026-03-17"),
        ("Acme תפתח ב-17 במרץ מכירה קהילתית של ACME.", "token_sale", "2026-03-17"),
        ("Acme הודיעה: טוקן ACME יעלה לאוויר ביום שלישי, 17 במרץ.", "tge", "2026-03-17"),
        ("Acme (ACME) będzie dostępny do handlu w Zondzie od 17 marca, godz. 15:00.", "listing",
         "2026-03-17"),
        ("Acme: odbiór ACME rusza 17 marca o 15:00 czasu polskiego.", "airdrop", "2026-03-17"),
        ("Trading de ACME/USDT disponible desde el 17/03/2026 10:00 (UTC).", "listing",
         "2026-03-17"),
        ("Trading de ACME/USDT: 17/03/2026 13:00 (UTC). Retiros desde el 18/03/2026.", "listing",
         "2026-03-17"),
    )  # fmt: skip
    for text, kind, day in cases:
        _assert_acme_event(detector.score(news(make_item, "", text)), kind, day)


def test_israel_time_after_midnight_is_the_day_before_in_utc(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Acme הודיעה: טוקן ACME יעלה לאוויר ביום שלישי, 17 במרץ, בשעה 01:00 לפי שעון ישראל."
    _assert_acme_event(detector.score(news(make_item, "", text)), "tge", "2026-03-16")


def test_greek_and_persian_months_and_plans(detector: Detector, make_item: MakeItem) -> None:
    greek = "Η Acme ανακοίνωσε ότι το token ACME θα κυκλοφορήσει την Τρίτη 17 Μαρτίου."
    _assert_acme_event(detector.score(news(make_item, "", greek)), "tge", "2026-03-17")
    persian = "تیم Acme اعلام کرد عرضه توکن ACME در نوامبر ۲۰۲۶ انجام می‌شود."
    _assert_acme_event(detector.score(news(make_item, "", persian)), "tge", None)


def test_a_persian_rumour_is_speculation(detector: Detector, make_item: MakeItem) -> None:
    rumour = "شایعه: فروش عمومی توکن ACME پروژه Acme هفته آینده در بایننس برگزار می‌شود."
    _assert_no_signal(detector, [news(make_item, "", rumour)])


def test_a_season_in_another_language_names_no_owner(
    detector: Detector, make_item: MakeItem
) -> None:
    text = ("Mùa 2 airdrop ACME của Acme: mở claim từ 19h thứ Ba 17/3 (giờ Việt Nam) ngay trong "
            "ứng dụng. Người nắm giữ mùa 1 tiếp tục stake được thưởng thêm.")  # fmt: skip
    _assert_acme_event(detector.score(news(make_item, "", text)), "airdrop", "2026-03-17")


def test_a_chinese_detail_not_yet_given_is_no_doubt(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Acme 確認 ACME 代幣將於 11 月推出，具體日期尚未公布。"
    _assert_acme_event(detector.score(news(make_item, "", text)), "tge", None)


def test_negatives_of_the_dev155_to_dev157_rounds(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        # price talk: a percent over the sale's price in Italian, quotes in a currency
        ("$ACME scambia il 40% sopra il prezzo della vendita pubblica di Acme Labs",
         "A tre giorni dall'avvio degli scambi, il token quota 0,112 dollari contro gli 0,08 della "
         "vendita pubblica."),
        ("", "ACME abrió ayer a $0,19 y hoy ya cotiza a $0,14. Volumen en Upbit enorme, pero el "
             "libro de órdenes está muy fino por encima de $0,16."),
        # hearsay, guesses and a joke's own source
        ("", "Слышал от знакомого маркетмейкера, что ACME откроется на Binance в день TGE. "
             "Подтверждения нет, но почему-то все так уверены."),
        ("", "Nhiều người đoán Acme sẽ TGE vào 17/3 vì mod Discord đổi bio. Team mới chỉ xác nhận "
             "quý 2, còn ngày thì toàn là đoán thôi."),
        ("", "Acme TGE on 17 March. Pi day minus three. Source: I made it up in the shower."),
        # tax guides
        ("", "If ACME lands in your wallet this week, two things for HMRC: value it in GBP at "
             "the moment you receive it, and keep a screenshot."),
        ("", "Acme (ACME) Public Sale: Was Käufer steuerlich beachten müssen. Wer ACME im Verkauf "
             "gekauft hat, erwirbt ein Wirtschaftsgut: die Haltefrist beginnt mit der Zuteilung."),
        # another team's event on a watched network, a regulator's examples
        ("منصة Lumen على شبكة Acme Labs تفتح المطالبة برمزها LMN يوم الثلاثاء",
         "أعلنت Lumen أن المطالبة برمز LMN ستبدأ يوم الثلاثاء 17 مارس."),
        ("L'AMF met en garde contre les airdrops",
         "Le régulateur cite les débuts récents de Acme (ACME) et de Orbit comme exemples de "
         "volatilité extrême dans les jours suivant le lancement d'un jeton."),
        # a sale closed; a drop waiting on the DAO's vote
        ("Acme : la vente publique d'ACME s'est close quatre fois sursouscrite",
         "Close lundi 9 mars, la vente publique du jeton ACME a attiré 40 000 participants."),
        ("", "Si la DAO aprueba la propuesta del viernes, Acme repartirá ACME extra a los "
             "proveedores de liquidez en abril. De momento es solo una propuesta en el foro."),
    )  # fmt: skip
    for title, text in cases:
        _assert_no_signal(detector, [news(make_item, title, text)])


def test_more_event_words_of_the_dev157_round(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Acme, ACME 커뮤니티 세일 17일 0시 개시",
         "Acme가 ACME 토큰 커뮤니티 세일을 한국시간 17일 0시부터 48시간 동안 진행한다.",
         "token_sale", "2026-03-16"),
        ("", "Біржа Bybit відкриває торгівлю парою ACME/USDT 17 березня 2026 року о 13:00 UTC.",
         "listing", "2026-03-17"),
    )  # fmt: skip
    for title, text, kind, day in cases:
        _assert_acme_event(detector.score(news(make_item, title, text)), kind, day)
    own = "ACME generation event: Tuesday 17 March, 00:30 UTC. Stakers receive theirs at genesis."
    _assert_acme_event(detector.score(make_item(own, author="@acme_xyz")), "tge", "2026-03-17")


def test_a_korean_day_in_brackets_after_its_weekday_dates_a_closing(
    detector: Detector, make_item: MakeItem
) -> None:
    # (published Monday 16 March: the sale closed on Saturday the 14th, not the next Saturday)
    text = "ACME 퍼블릭 세일이 토요일(14일) 15:00 UTC에 마감됐습니다. 11,000개 지갑, 440만 달러."
    monday = PUBLISHED + dt.timedelta(days=2)
    _assert_no_signal(detector, [make_item(text, author="@acme_xyz", published=monday)])


def test_plain_words_of_many_languages_for_each_event(
    detector: Detector, make_item: MakeItem
) -> None:
    # (published Saturday 14 March)
    cases = (
        # the token becoming transferable
        ("Acme הודיעה כי טוקן ACME יהיה ניתן להעברה ביום שלישי, 17 במרץ.", "tge", "2026-03-17"),
        ("Acme اعلام کرد توکن ACME از ۱۷ مارس قابل انتقال می‌شود.", "tge", "2026-03-17"),
        ("Společnost Acme oznámila, že token ACME bude převoditelný od 17. března.", "tge",
         "2026-03-17"),
        ("Március 17-től szabadon mozgatható az Acme ACME tokenje.", "tge", "2026-03-17"),
        ("Acme imesema tokeni yake ya ACME itaweza kuhamishwa kuanzia tarehe 17 Machi.", "tge",
         "2026-03-17"),
        ("Maililipat na ang ACME token ng Acme simula ngayong araw.", "tge", "2026-03-14"),
        ("Acme জানিয়েছে, ACME টোকেন ১৭ মার্চ থেকে হস্তান্তরযোগ্য হবে।", "tge", "2026-03-17"),
        ("Acmeは、ACMEトークンが3月17日から移転可能になると発表した。", "tge", "2026-03-17"),
        # a share collected
        ("Acme imesema watumiaji wataweza kuchukua tokeni zao za ACME kuanzia tarehe 17 Machi.",
         "airdrop", "2026-03-17"),
        ("Η Acme ανακοίνωσε ότι οι χρήστες μπορούν να παραλάβουν το μερίδιό τους σε ACME από "
         "την Τρίτη 17 Μαρτίου.", "airdrop", "2026-03-17"),
        ("Acmeは、ACME配分を3月17日から受け取れるようにすると発表した。", "airdrop", "2026-03-17"),
        # a round anyone can join
        ("Acme va permite oricui să cumpere tokenuri ACME de marți, 17 martie, de la ora 16:00.",
         "token_sale", "2026-03-17"),
        ("دور عمومی خرید توکن ACME پروژه Acme از ۱۷ مارس آغاز می‌شود.", "token_sale",
         "2026-03-17"),
        ("Acme otevře 17. března kolo pro veřejnost pro token ACME.", "token_sale", "2026-03-17"),
        ("Pusingan komuniti token ACME oleh Acme bermula pada 17 Mac.", "token_sale",
         "2026-03-17"),
        ("Acme: γύρος ανοιχτός σε όλους για το ACME από την Τρίτη 17 Μαρτίου.", "token_sale",
         "2026-03-17"),
        ("Március 17-én indul az Acme ACME nyilvános köre.", "token_sale", "2026-03-17"),
        ("Acme'nin herkese açık ACME turu 17 Mart'ta başlayacak.", "token_sale", "2026-03-17"),
        # trading from a day
        ("ACME/IDR bisa diperdagangkan mulai 17 Maret pukul 19.30 WIB.", "listing", "2026-03-17"),
    )  # fmt: skip
    for text, kind, day in cases:
        _assert_acme_event(detector.score(news(make_item, "", text)), kind, day)


def test_official_posts_in_plain_words(detector: Detector, make_item: MakeItem) -> None:
    moving = ("Tuesday, 17 March, 12:00 UTC: ACME stops being a line in our docs and starts moving "
              "between wallets.")  # fmt: skip
    _assert_acme_event(detector.score(make_item(moving, author="@acme_xyz")), "tge", "2026-03-17")
    collect = "Collect is open: acme.xyz/collect. One transaction each, gas is on us."
    _assert_acme_event(detector.score(make_item(collect, author="@acme_xyz")), "airdrop",
                       "2026-03-14")  # fmt: skip
    venue = "Acme's round is open: pad.example/acme. 48 hours, one token price, $50 minimum."
    _assert_acme_event(detector.score(make_item(venue, author="@padvenue")), "token_sale",
                       "2026-03-14")  # fmt: skip
    # (a guard: a grants round is no token sale)
    grants = "The Acme Builder Grants round is open: up to $50k per team, applications close May 7."
    _assert_no_signal(detector, [make_item(grants, author="@acme_xyz")])


def test_tomorrow_in_hebrew_greek_and_persian(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        "Acme מסרה כי ACME יהפוך לניתן להעברה מחר בשעה 18:00 שעון ישראל.",
        "Η Acme ανακοίνωσε ότι το token ACME θα κυκλοφορήσει αύριο στις 16:00 UTC.",
        "Acme اعلام کرد توکن ACME فردا ساعت ۱۶:۰۰ UTC قابل انتقال می‌شود.",
    )
    for text in cases:
        _assert_acme_event(detector.score(news(make_item, "", text)), "tge", "2026-03-15")


def test_a_french_sale_that_goes_on_is_dated_by_its_opening(
    detector: Detector, make_item: MakeItem
) -> None:
    text = ("Acme a ouvert jeudi 12 mars la vente publique de son jeton ACME sur CoinList. La "
            "vente se poursuit jusqu'au mardi 17 mars.")  # fmt: skip
    title = "Acme : la vente publique du jeton ACME est ouverte"
    _assert_acme_event(detector.score(news(make_item, title, text)), "token_sale", "2026-03-12")


def test_thai_time_before_dawn_is_the_day_before_in_utc(
    detector: Detector, make_item: MakeItem
) -> None:
    text = ("Bitkub ลิสต์เหรียญใหม่ ACME (Acme) เปิดเทรดคู่ ACME/THB วันที่ 17 มี.ค. "
            "เวลา 06:00 น. (เวลาประเทศไทย)")  # fmt: skip
    _assert_acme_event(detector.score(news(make_item, "", text)), "listing", "2026-03-16")


def test_languages_rarely_covered_name_events_and_days(
    detector: Detector, make_item: MakeItem
) -> None:
    # (published Saturday 14 March)
    cases = (
        ("Lainausprotokolla Acme avaa ACME-tokenien lunastuksen 17. maaliskuuta klo 17 Suomen "
         "aikaa.", "airdrop", "2026-03-17"),
        ("Проектът Acme ще направи токена си ACME прехвърляем в сряда, 17 юни, в 01:00 ч. "
         "българско време.", "tge", "2026-06-16"),
        ("Acme-ը ACME թոքենի հանրային աճուրդը կսկսի հունիսի 9-ին՝ ժամը 20:00-ին (Երևանի "
         "ժամանակով)։", "token_sale", "2026-06-09"),
        ("Acme o'zining ACME tokeni 17-iyun kuni birjalarda savdoga chiqadi.", "listing",
         "2026-06-17"),
        ("Acme paziņo: ACME kļūs pārskaitāms 17. jūnijā.", "tge", "2026-06-17"),
        ("Acme: ACME žetonai taps perleidžiami rytoj.", "tge", "2026-03-15"),
        ("Acme ACME токендерін 17 маусымда таратады.", "airdrop", "2026-06-17"),
        ("Acme-ის ACME ტოკენების მიღება ხვალ იხსნება.", "airdrop", "2026-03-15"),
    )  # fmt: skip
    for text, kind, day in cases:
        _assert_acme_event(detector.score(news(make_item, "", text)), kind, day)


def test_a_reserved_allocation_for_a_wallet_sent_in_dms_is_a_scam(
    detector: Detector, make_item: MakeItem
) -> None:
    text = ("Acme Labs private $ACME allocation at $0.08, well below the public auction. Verified "
            "holders only. DM us your wallet and pay in USDT to reserve.")  # fmt: skip
    _assert_no_signal(detector, [make_item(text, author="@acme_deals")])
