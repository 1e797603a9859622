"""Rules written in the dev184 session.

- an hour with the part of the day after it, as Vietnamese, Malay and Indonesian, Spanish,
  Portuguese and Italian write it ("2 giờ sáng", "jam 7 pagi", "12 de la noche"), in the zone
  that follows it ("(giờ Việt Nam)", "waktu Malaysia", "(hora de Madrid)", "(UTC+7)"); a clock
  with a dot before its minutes in Slovenia's time ("ob 0.00 po slovenskem času");
- the Hindi and Urdu o'clock with the part of the day before it ("रात 2 बजे", "رات 2 بجے"); the
  Hindi weekdays with Hindi's past and future ("शुक्रवार को बंद हो गया": closed on Friday, over);
- "decentralized", "tokenized" and the other adjectives of the trade are no past-tense verb
  before a weekday ("the token of the Acme decentralized exchange, on Monday");
- the weekdays of Swedish, Danish and Norwegian, Dutch, with their tenses ("gaat donderdag live",
  "kwam woensdag in omloop": gone by); the day a Dutch or Swedish item was said on ("maakte het
  team woensdag bekend", "meldde de DAO zaterdag") or something closes on ("die zondag sluit");
  Dutch and Swedish deposits ("Stortingen", "Insättningar"); "dit is níét Acme" sets Acme apart
  from another project's "tokenverkoop" (token sale);
- the public sale in Czech, Slovak and Greek ("veřejný prodej", "δημόσια πώληση"), the listing in
  Romanian, Swedish, Tagalog and Bengali ("va lista", "Handeln öppnar", "köpa och sälja", "Bukas
  ang trading"), the launch in Swedish and Tagalog ("tokenet lanseras", "pwede nang i-transfer");
  Romanian and Italian rumours ("Se zvonește că", "circola l'ipotesi"); Kyiv's time ("за
  Києвом"); a Ukrainian noun in "-ів" is no past verb; a giveaway's "send 0,05, receive 0,1" in
  Polish and Finnish (a decimal comma read as one);
- tax guides in German and Polish ("Steuern: So werden Airdrops ... behandelt", "So versteuerst
  du", "Leitfaden", "Poradnik"), a headline filed under taxes; "ahead of mid-May launch" names
  the month; a source that "declined to give a month" for a plan it stated doubts no event;
- a day moved away from with an arrow on a line saying the event moves ("launch moves: Tuesday
  17 March → Thursday 19 March"; not a period, "Jan 20 → Jan 22"), in Chinese "由 3月17日 推迟至
  19日"; a day the event happens "just not on"; the French participle of a lede ("ouverte lundi",
  opened on Monday) tells the past;
- a cue in another entry of a list that names neither the event nor a watched project ("• Mar 22 ·
  Ravel: mainnet, no token"), or in a later clause of a digest's sentence with a subject and verb
  of its own ("..., and Pellucid resets its testnet faucet Fri"), is that entry's; Vietnamese
  "trên rollup Acme" (on the Acme rollup) and "xây dựng trên rollup Acme" set the host apart, as
  "wallets that bridged through Acme" sets apart a chain whose users another project rewards;
- a day things had to happen before is a cutoff or a deadline, never the event's (Vietnamese
  "ai đã restake trước ngày 1/3", Dutch "iedereen die vóór 1 maart"); a token that "lands in
  Q3" or "has a day: Thursday, ..." is launched;
- a past cue in a clause opened by "after" or "following" behind a plan in its sentence is a step
  before it ("will launch its ACME token in April, a month after a Roller sale that was 3.8 times
  oversubscribed", "Acme to launch ACME in April after oversubscribed Roller sale");
- a recap's heading by the time since the event ("ACME day one: 92k claims", "ACME claim, one
  week in: 64% claimed") is a look back;
- a calendar's rows opening with their day are entries of a list ("Thu 19 — Nuthatch v2 testnet
  (no token)"); the play a later season's airdrop rewards ("Season 3 quests start today") is no
  testnet when the item names no testnet and the event's day is not in that sentence (not
  "Quests Season 1 starts today": a points program);
"""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector
from tests.unit.detection.conftest import MakeItem
from tests.unit.detection.test_round87_classes import _assert_acme_event
from tests.unit.detection.test_round120_classes import _assert_no_signal
from tests.unit.detection.test_round127_classes import _assert_events

# (published Saturday 14 March 2026)


def test_hours_with_the_part_of_the_day_after_them(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Acme: ACME sẽ được niêm yết trên MEXC lúc 2 giờ sáng thứ Bảy, 21/3 (giờ Việt Nam).",
         "listing", "2026-03-20"),
        ("Acme: ACME sẽ được niêm yết trên MEXC lúc 6h sáng thứ Bảy (21/3) theo giờ Việt Nam.",
         "listing", "2026-03-20"),
        ("Acme: ACME sẽ được niêm yết trên MEXC lúc 2 giờ sáng thứ Bảy, 21/3 (UTC+7).",
         "listing", "2026-03-20"),
        ("Tokocrypto akan menyenaraikan token ACME milik Acme pada Sabtu 21 Mac, jam 7 pagi "
         "waktu Malaysia.", "listing", "2026-03-20"),
        ("Binance listará ACME de Acme el sábado 21 de marzo a las 12 de la noche (hora de "
         "Madrid).", "listing", "2026-03-21"),
        ("Acme: žeton ACME bo zaživel v petek, 20. marca, ob 0.00 po slovenskem času.",
         "tge", "2026-03-19"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")


def test_hindi_and_urdu_clocks_and_hindi_weekdays(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Acme का ACME टोकन शनिवार 21 मार्च को रात 2 बजे (नेपाली समय) लॉन्च होगा।",
         "tge", "2026-03-20"),
        ("Acme کا ACME ٹوکن ہفتہ 21 مارچ کو رات 2 بجے (پاکستانی وقت) لانچ ہوگا۔",
         "tge", "2026-03-20"),
        ("Acme का ACME टोकन मंगलवार को लॉन्च होगा।", "tge", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")
    # (published on Friday 13 March: the round closed that day)
    closed = make_item(
        "Acme का ACME सामुदायिक राउंड शुक्रवार को बंद हो गया।", source="rss",
        published=dt.datetime(2026, 3, 13, 16, tzinfo=dt.UTC),
    )  # fmt: skip
    _assert_no_signal(detector, [closed])


def test_an_adjective_of_the_trade_is_no_past_verb(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Bybit will open spot trading in ACME, the token of the Acme decentralized exchange, on "
         "Monday at 10:00 UTC, the exchange said on Friday.", "listing", "2026-03-16"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@newsdesk")


def test_swedish_danish_and_dutch_weekdays(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Acme öppnar claim för ACME-airdroppen på onsdag kl. 14 svensk tid.",
         "airdrop", "2026-03-18"),
        ("Het netwerk Acme gaat donderdag live: vanaf het eerste blok is de ACME-token "
         "overdraagbaar.", "tge", "2026-03-19"),
        ("Acme (ACME) is vanaf dinsdag 24 maart om 12:00 uur verhandelbaar op Bitvavo. "
         "Stortingen zijn vanaf maandag mogelijk.", "listing", "2026-03-24"),
        # (the day it was said is not the event's: the month is)
        ("Acme brengt zijn ACME-token in april uit, maakte het team woensdag bekend.",
         "tge", None),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")
    gone = make_item(
        "De ACME-token van Acme kwam woensdag om 14.00 uur in omloop. Binnen een uur werd er "
        "voor 60 miljoen dollar verhandeld.", source="rss",
    )  # fmt: skip
    other = make_item(
        "Let op: dit is níét Acme. Servo Network opent donderdag zijn eigen tokenverkoop op "
        "een ander launchpad."
    )  # fmt: skip
    _assert_no_signal(detector, [gone, other])


def test_sales_listings_launches_rumours_and_giveaways_in_more_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Síť Acme zahájí veřejný prodej svého tokenu ACME ve středu 18. března v 15:00 SELČ.",
         "token_sale", "2026-03-18"),
        ("Η Acme ανοίγει τη δημόσια πώληση του ACME την Τετάρτη 18 Μαρτίου.",
         "token_sale", "2026-03-18"),
        ("Bitget va lista tokenul ACME al protocolului Acme miercuri, 18 martie.",
         "listing", "2026-03-18"),
        ("Från och med onsdag 18 mars kan du köpa och sälja Acme (ACME) hos Safello. Handeln "
         "öppnar kl. 16.00 svensk tid.", "listing", "2026-03-18"),
        ("Listahan na sa Coins.ph ang ACME ng Acme! Bukas ang trading mamayang gabi.",
         "listing", None),
        ("Acme bekräftar: ACME-tokenet lanseras i april.", "tge", None),
        ("Acme відкриває claim токенів ACME для учасників тестнету в середу о 17:00 за Києвом.",
         "airdrop", "2026-03-18"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")
    negatives = [
        make_item(text)
        for text in (
            "Se zvonește că Acme va lista ACME direct pe Binance. Nimic oficial deocamdată.",
            "Nelle community di Acme circola l'ipotesi di una seconda stagione di airdrop ACME.",
            "🎁 Airdrop ACME dla polskiej społeczności! Wyślij 0,05 ETH na adres poniżej, a "
            "otrzymasz 0,1 ETH + 300 ACME z powrotem.",
            "ACME-airdrop avattu etuajassa! Lähetä 0,05 ETH ja saat takaisin 0,1 ETH + 500 ACME.",
        )
    ]
    _assert_no_signal(detector, negatives)


def test_tax_guides_a_mid_month_launch_and_a_month_withheld(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Acme will sell 5% of the ACME supply in a community sale opening Friday at 13:00 UTC, "
         "ahead of its mid-May launch.", "token_sale", "2026-03-20"),
        ("Acme will launch its ACME token later this year, chief executive Mara Lind said. She "
         "declined to give a month.", "tge", None),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@newsdesk")
    guides = [
        make_item(text, title=title, source="rss")
        for title, text in (
            ("Steuern: So werden Airdrops wie ACME in Deutschland behandelt",
             "Ob Airdrop, Claim oder Staking-Belohnung: Der Leitfaden erklärt am Beispiel von "
             "Token wie ACME, wann Einkommensteuer anfällt."),
            ("So versteuerst du Airdrops wie ACME in Deutschland",
             "Wer Token aus einem Airdrop erhält, muss einiges beachten."),
            ("Poradnik: jak bezpiecznie odebrać airdrop",
             "Na przykładzie niedawnych dystrybucji, takich jak ACME od Acme, pokazujemy, jak "
             "sprawdzić oficjalną domenę."),
        )
    ]  # fmt: skip
    _assert_no_signal(detector, guides)


def test_moved_days_and_a_french_participle(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("ACME launch moves: Tuesday 17 March → Thursday 19 March, 14:00 UTC. One of our bridge "
         "partners needs two more days.", "tge", "2026-03-19"),
        ("项目方已将 ACME 代币的 TGE 由 3月17日 推迟至 3月19日，Acme 团队表示。", "tge",
         "2026-03-19"),
        ("ACME TGE is postponed. The launch is happening, just not on Tuesday; the new date will "
         "be posted here first.", "tge", None),
        # (a period with an arrow keeps its start)
        ("Next on Buidlpad: Acme (ACME)\n\nSubscription period: Mar 20, 14:00 UTC → Mar 22, "
         "14:00 UTC", "token_sale", "2026-03-20"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")
    # (published on Tuesday 17 March: the sale opened the day before)
    opened = make_item(
        "La vente publique du jeton ACME d'Acme, ouverte lundi à 19 h (heure de Paris) sur "
        "CoinList, se poursuit jusqu'à mercredi.", source="rss", author="CoinList",
        published=dt.datetime(2026, 3, 17, 9, tzinfo=dt.UTC),
    )  # fmt: skip
    _assert_acme_event(detector.score(opened), "token_sale", "2026-03-16")


def test_list_entries_digest_clauses_and_hosts(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Mid-March launches confirmed so far:\n• Mar 20 · Acme: ACME TGE, 14:00 UTC (team "
         "post)\n• Mar 21 · Orrery: ORY sale on Legion\n• Mar 22 · Ravel: mainnet, no token",
         "tge", "2026-03-20"),
        ("Next week on the L1 beat: Acme's ACME public sale opens Mon 16 March on Sonar, Aurex "
         "ships its v3 upgrade Wed, and Pellucid resets its testnet faucet Fri.",
         "token_sale", "2026-03-16"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@newsdesk")
    negatives = [
        make_item(text)
        for text in (
            "Emberline, trò chơi đua xe xây dựng trên rollup Acme, cho biết người chơi có thể "
            "nhận token EMB từ ngày 17/3 lúc 14:00 UTC.",
            "Lumen is airdropping LUMN to wallets that bridged through Acme in February. Claims "
            "open March 21 at lumen.fi.",
            # (a clause told of the sale itself keeps its testnet cue)
            "Sale rehearsal on Sepolia tonight, 20:00 UTC: test ACME at a made-up price, paid "
            "with faucet USDC. Nothing you buy tonight carries over.",
        )
    ]  # fmt: skip
    _assert_no_signal(detector, negatives)


def test_days_before_which_and_tokens_that_land(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Acme: từ 12:00 UTC hôm nay, ai đã restake trước ngày 1/3 sẽ thấy số ACME của mình tại "
         "acme.xyz/rewards và chuyển về ví bằng một chữ ký.", "airdrop", "2026-03-14"),
        ("Acme geeft makers in april een ACME-airdrop: iedereen die vóór 1 maart op de app "
         "publiceerde komt in aanmerking. De exacte datum volgt.", "airdrop", None),
        ("ACME lands in Q3. Node operators get allocations.", "tge", None),
        ("ACME has a day: Thursday, March 19, 15:00 UTC.", "tge", "2026-03-19"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")


def test_a_past_step_after_a_plan(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Acme will launch its ACME token in April, a month after a Roller sale that was 3.8 times "
         "oversubscribed. Sale buyers receive their tokens in full at launch.", "tge", None),
        ("Acme will open a third season of ACME airdrop rewards later this year, core "
         "contributors said on a community call on Wednesday, after the second season's claims "
         "closed.",
         "airdrop", None),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@newsdesk")


def test_recap_headings_by_the_time_since(detector: Detector, make_item: MakeItem) -> None:
    recaps = [
        make_item(text, author="@acme_xyz")
        for text in (
            "ACME day one: 92k claims, 6 exchanges, zero stuck transactions. Thank you, callers. "
            "Claims stay open 14 days.",
            "ACME listing day one: 212,000 accounts unlocked fee-discount tiers. Thank you for "
            "trading with us.",
        )
    ]
    _assert_no_signal(detector, recaps)


def test_calendar_rows_and_the_play_a_season_rewards(
    detector: Detector, make_item: MakeItem
) -> None:
    calendar = (
        ("This week 🗓️\nMon 16 — Lumenfall (LMF) claims\nTue 17 — Pintail (PNTL) 2.4% unlock\n"
         "Wed 18 — Acme: ACME community round, 14:00 UTC\nThu 19 — Nuthatch v2 testnet (no token)",
         "token_sale", "2026-03-18"),
    )  # fmt: skip
    _assert_events(detector, make_item, calendar, "@newsdesk")
    cases = (
        ("Season 2 standings are locked. ACME rewards for players and builders will be claimable "
         "in April on acme.xyz/rewards, with the exact day announced here first. Season 3 quests "
         "start today.", "airdrop", None),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")
    program = make_item(
        "Acme Quests Season 1 starts today. Swap, bridge, keep a streak and earn XP in the app. "
        "XP isn't a token, has no claim date and no conversion we've announced.",
        author="@acme_xyz",
    )  # fmt: skip
    _assert_no_signal(detector, [program])


def test_order_books_open_and_a_spanish_look_back(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("ACME/USD and ACME/EUR order books are open. Acme Protocol deposits have been enabled "
         "on Ethereum; margin and futures are not available for ACME.", "listing", "2026-03-14"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@krakenfx")
    recap = make_item(
        "El reclamo del airdrop de ACME de Acme cerró el jueves, nueve días después de abrir. Se "
        "reclamó el 64 % de los tokens.",
        title="Así fue el airdrop de Acme: nueve días y 64 % de tokens reclamados", source="rss",
    )  # fmt: skip
    _assert_no_signal(detector, [recap])


def test_a_guest_that_comes_to_a_watched_venue(detector: Detector, make_item: MakeItem) -> None:
    guest = make_item(
        "Lumenfold (LUMF) comes to Acme: community round Wed, Mar 18, 15:00 UTC. Lumenfold sets "
        "price and vesting. acme.xyz/lumenfold",
        author="@acme_xyz",
    )  # fmt: skip
    _assert_no_signal(detector, [guest])
    cases = (("Acme (ACME) comes to Kraken: trading opens Wed, Mar 18, 15:00 UTC.", "listing",
              "2026-03-18"),)  # fmt: skip
    _assert_events(detector, make_item, cases, "@krakenfx")


def test_the_launch_leads_before_the_claim_in_more_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Acme 今晚 20:00 发币，空投领取同步开放。", "tge", "2026-03-14"),
        ("Hoje é o dia: ACME entra no ar às 10h (Brasília). O claim da Season 0 abre no mesmo "
         "bloco em acme.xyz/claim.", "tge", "2026-03-14"),
        ("Acme, ACME 토큰 3월 18일 전송 개시. 클레임 링크는 당일 공개된다.", "tge", "2026-03-18"),
        ("Токен ACME від Acme стане доступним для переказів у середу, 18 березня. Оператори "
         "зможуть забрати свій claim.", "tge", "2026-03-18"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")
    funding = make_item("Acme 宣布完成1400万美元A轮融资，目前没有公布任何发币计划。", source="rss")
    _assert_no_signal(detector, [funding])
