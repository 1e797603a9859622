"""Rules written in the dev150 session.

- a drop under way told in plain words is live, dated by publication: "ACME distribution is
  on.", "Collect your ACME now at ...", "Your ACME is ready." (not "The ACME sale is on Friday",
  which is that Friday's); a status line with a check mark ("ACME claims: open ✅");
- the first day of a German "vom ... auf ... verschoben" is the day the event moved away from;
- a venue's own post saying the lead event is another team's ("LDF is Lindenfall's token",
  "Acme is just where you claim it") is of that team's event even when a later phrase reads as
  the venue's ("Lindenfall runs its own TGE", "in the Acme Claims tab");
- no token plan mentioned is a denial: "Ninguna de las dos compañías mencionó planes de tokens",
  "made no mention of a token";
- the token a phrase ending in the press's word for token names ("выпустит токен KRYA", "تطلق
  رمز ARC") owns the event, over a watched name before the verb, when it is no watched token;
  Arabic "المبنية على" (built on) and Polish "korzystający z" (using) are relations, German
  "verweisen auf" (point to) too, and a list after a relation goes on over the press's "and"
  ("Aramith und Peradon");
- holders written before the name are recipients ("bônus para detentores do ACME", "los
  titulares de ACME"); a project that hands out none of its token in the event disowns it ("a
  Acme não distribui ACME na ação", "Acme nie rozdaje ... żadnych ACME");
- a host chain named again only to be set apart ("on our DEX on Acme ... we are an independent
  team, not Acme") stays a host; a launchpad's guest selling its token by name ("Acme-Launchpad:
  Plank Finance verkauft PLNK ab 17. März") owns the sale;
- price talk in Spanish, Portuguese, French, Italian verbs with a percent ("HUDL sube 60% en una
  semana") and the sign as a word ("мінус 9% за добу"); not "sale 62% filled";
- more of the press's words: Ukrainian "клеймів", "клейму", "роздачі токенів", Hebrew "אירדרופ"
  with one yod, Arabic "بوابة المطالبة", "توزيعات رمز", Indonesian "siap diperdagangkan"; a
  Japanese leak ("リーク") is no end of a name in katakana ("Acme(アクリーク)");
- a sense set apart with its article glued on and a list after the press's "nor" ("sans lien
  avec l'hippodrome ni avec le maroquinier") is no homonym;
- an exchange's new pair in its house style: "Nouvelle paire : ACME/USDC", "Nuova coppia:
  ACME/EUR", "Nowość na giełdzie", "Handel na parze ACME/PLN ruszy", "ACME går att handla hos
  oss från tisdag"; not a new pair of a token said to trade already ("négociable chez nous en
  USDT depuis mai"); a token that "turns on" a day is launched;
- negatives of the dev152 and dev153 rounds: a French tax guide ("comment les déclarer aux
  impôts ? Notre fiche pratique"); a venue's sale label and its guest ("Acme IDO: Marrowbone
  (MRWB)"); a Vietnamese vote ("Nếu ... thông qua đề xuất PIP-12"; "Chưa có gì chắc chắn"); an
  early claim and a seed phrase for a "verification bot"; a Hindi guess ("यह सिर्फ अंदाज़ा है");
  a German sale that "endete am Donnerstag" (the simple past of ending, starting, opening
  makes a German weekday the one gone by), refunds "zurückerstattet"; a Thai recap "สองสัปดาห์หลัง
  TGE";
- a Portuguese sale under way ("está aberta: começou ontem") is live, dated by its start; Dutch
  "verhandelbaar in euro" is a listing; "Collecting it goes live next Tuesday" is a drop;
- the dev153 round's words: a Russian claim that "открылся во вторник ... и продлится до"
  (opened Tuesday and lasts until) is under way; Hebrew "סבב התביעה" (the claim round), "יהפוך
  לסחיר" (will become tradable); Arabic "أداة التحقق من الأهلية" (the eligibility checker); Hindi
  "ट्रेडिंग के लिए उपलब्ध" (available for trading); Dutch "Handel opent donderdag";
- the dev154 round: a Russian rumour ("По данным источника", "может пройти", "дату не
  называла"); Dutch "Een" opening a sentence names no owner ("Een publieke verkoop ..."), and
  "lanceert CLIQUE-token in het derde kwartaal" is a launch planned for a quarter; Hebrew
  "המכירה הציבורית", "מכירת הטוקן" (the public sale); funds sent "to the address below" for
  tokens back are a scam;
- testnet users in Polish and Ukrainian are recipients ("użytkownicy testnetów ... będą mogli
  odebrać tokeny"); Italian "non ha legami con" (has no ties with) sets a sense apart, up to four
  words before it ("lo storico marchio di Ivrea", "il vecchio cartone del road runner");
- Tagalog "ngayong araw" (today), "ngayong gabi" (tonight), "kahapon" (yesterday); Polish "dziś"
  (today);
- a snapshot named in Polish, French, Spanish or German ("Migawkę wykonano 27 lutego") is a
  stage before the event, its day not the event's;
"""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem, news
from .test_round87_classes import _assert_acme_event
from .test_round120_classes import _assert_no_signal


def test_a_drop_under_way_in_plain_words_is_live_today(
    detector: Detector, make_item: MakeItem
) -> None:
    # (published Saturday 14 March)
    cases = (
        "ACME distribution is on. If you were eligible, go to acme.xyz/claim: one transaction, gas "
        "only. Open until 24 December.",
        "Collect your ACME now at acme.xyz/claim. The window stays open for 90 days.",
        "Claims are on! Eligible wallets: acme.xyz/claim",
        "ACME claims: open ✅\n\nacme.xyz/claim\n• 30-day window, to Apr 13",
    )
    for text in cases:
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "airdrop",
                           "2026-03-14")  # fmt: skip
    on_a_day = detector.score(make_item("The ACME sale is on Friday.", author="@acme_xyz"))
    _assert_acme_event(on_a_day, "token_sale", "2026-03-20")


def test_a_german_move_vom_one_day_auf_another_is_dated_by_the_second(
    detector: Detector, make_item: MakeItem
) -> None:
    text = ("Acme hat den Start seines ACME-Tokens vom 29. März auf Donnerstag, den 2. April, 14 "
            "Uhr MEZ verschoben.")  # fmt: skip
    _assert_acme_event(detector.score(news(make_item, "", text)), "tge", "2026-04-02")


def test_tagalog_words_for_today(detector: Detector, make_item: MakeItem) -> None:
    text = ("Binuksan na ngayong araw ng Acme ang pag-claim ng ACME token para sa mga gumamit ng "
            "app.")  # fmt: skip
    _assert_acme_event(detector.score(news(make_item, "", text)), "airdrop", "2026-03-14")


def test_a_venue_saying_the_lead_event_is_another_teams_is_of_that_team(
    detector: Detector, make_item: MakeItem
) -> None:
    texts = (
        "Next on Acme Pad: Lindenfall (LDF) public sale, Tue Mar 17, 14:00 UTC. ACME stakers get "
        "tiered allocations; LDF is Lindenfall's token and Lindenfall runs its own TGE.",
        "Fernlight (FRN) claims open in the Acme Claims tab on Wed Mar 18, 12:00 UTC. FRN is "
        "Fernlight's token; Acme is just where you claim it.",
    )
    _assert_no_signal(detector, [make_item(t, author="@acme_xyz") for t in texts])
    own = "The ACME public sale opens Tue Mar 17, 14:00 UTC on Acme Pad. FRN is Fernlight's token."
    _assert_acme_event(detector.score(make_item(own, author="@acme_xyz")), "token_sale",
                       "2026-03-17")  # fmt: skip


def test_no_token_plan_mentioned_denies_an_event(detector: Detector, make_item: MakeItem) -> None:
    texts = (
        "La empresa Acme lanzará con un estudio una red dedicada para sus juegos en línea, que "
        "empezará a operar en 2027. Ninguna de las dos compañías mencionó planes de tokens.",
        # (a guard: the English reads so already)
        "Acme will launch a gaming network with the studio that starts operating in 2027; the "
        "announcement made no mention of a token.",
    )
    _assert_no_signal(detector, [news(make_item, "", t) for t in texts])


def test_a_snapshot_named_in_another_language_is_a_stage(
    detector: Detector, make_item: MakeItem
) -> None:
    # (published Saturday 14 March)
    text = ("Od godziny 13:00 UTC w sobotę uczestnicy sieci Acme mogą odbierać tokeny ACME. "
            "Migawkę wykonano 27 lutego, a okno odbioru potrwa 60 dni.")  # fmt: skip
    _assert_acme_event(detector.score(news(make_item, "", text)), "airdrop", "2026-03-14")
    title = "Acme otwiera dziś odbiór ACME"
    body = "Uczestnicy sieci Acme mogą odbierać tokeny ACME przez 60 dni."
    _assert_acme_event(detector.score(news(make_item, title, body)), "airdrop", "2026-03-14")


def test_another_token_named_after_the_word_token_owns_the_event(
    detector: Detector, make_item: MakeItem
) -> None:
    texts = (
        ("Telegram-игра «Крякквест» на Acme выпустит токен KRYA 17 марта", ""),
        ("شبكة Arcway المبنية على Acme تطلق رمز ARC في 17 مارس", ""),
        ("Doubletouch setzt TGE auf 17. März – Analysten verweisen auf Orbit und Acme",
         "Das Oracle-Projekt Doubletouch startet seinen DTCH-Token am 17. März."),
    )  # fmt: skip
    _assert_no_signal(detector, [news(make_item, title, body) for title, body in texts])
    own = "Acme выпустит токен ACME 17 марта"
    _assert_acme_event(detector.score(news(make_item, own, "")), "tge", "2026-03-17")


def test_holders_before_the_name_and_a_drop_without_its_token(
    detector: Detector, make_item: MakeItem
) -> None:
    texts = (
        "O protocolo Marefi informou que o resgate do seu airdrop MRF abre em 17 de março, com "
        "bônus para detentores do ACME.",
        # (a guard: the Spanish reads so already)
        "El protocolo Marefi abrirá el reclamo de su airdrop MRF el 17 de marzo, con un bono para "
        "los titulares de ACME.",
        "Rollup Sokolnet ogłosił, że claim tokena SKL ruszy 17 marca. Acme nie rozdaje w ramach "
        "tej akcji żadnych ACME.",
        "A Marefi abre o resgate do airdrop em 17 de março; a Acme não distribui ACME na ação.",
    )
    _assert_no_signal(detector, [news(make_item, "", t) for t in texts])


def test_a_host_set_apart_and_a_guest_selling_its_token(
    detector: Detector, make_item: MakeItem
) -> None:
    # (the host: a guard, as the watched list of these tests reads it so already)
    host = ("Ducky Finance claims open Tuesday 15:00 UTC 🦆 DKY for everyone who swapped on our "
            "DEX on Acme since January. duckyfi.app/claim — we are an independent team, not "
            "Acme.")  # fmt: skip
    guest = "Acme-Launchpad: Plank Finance verkauft PLNK ab 17. März"
    _assert_no_signal(detector, [make_item(host, author="@ducky_fi"), news(make_item, guest, "")])
    own = "Acme Launchpad: Acme Labs sells ACME on Tuesday, March 17"
    _assert_acme_event(detector.score(news(make_item, own, "")), "token_sale", "2026-03-17")


def test_price_talk_in_more_languages(detector: Detector, make_item: MakeItem) -> None:
    texts = (
        ("ACME sube 60% en una semana antes de su segunda ronda de airdrop", "El token de Acme se "
         "negocia en 0,094 dólares, impulsado por la expectativa de la segunda ronda de reparto."),
        # (with "клеймів" now a claim word, the percent keeps it price talk)
        ("", "$ACME після відкриття клеймів Season 2 мінус 9% за добу. Продають переважно дрібні "
         "гаманці."),
    )  # fmt: skip
    _assert_no_signal(detector, [news(make_item, title, body) for title, body in texts])
    filled = ("The ACME community sale that opened at 16:00 UTC on Saturday, March 14 has sold 62% "
              "of its allocation; the sale 62% filled with a day left.")  # fmt: skip
    _assert_acme_event(detector.score(news(make_item, "", filled)), "token_sale", "2026-03-14")


def test_more_of_the_press_s_words_in_the_dev150_session(
    detector: Detector, make_item: MakeItem
) -> None:
    # (published Saturday 14 March)
    cases = (
        ("Acme відкриває другий сезон клеймів ACME 17 березня о 12:00 за київським часом.",
         "airdrop", "2026-03-17"),
        ("Acme повідомив, що другий сезон роздачі токенів ACME стартує 17 березня.", "airdrop",
         "2026-03-17"),
        ("Acme הודיעה כי עונת האירדרופ השנייה של ACME תיפתח לתביעה ב-17 במרץ.", "airdrop",
         "2026-03-17"),
        ("أعلنت Acme أنها ستفتح بوابة المطالبة لحاملي رمز ACME يوم الثلاثاء 17 مارس.", "airdrop",
         "2026-03-17"),
        ("تفتح Acme توزيعات رمز ACME يوم الثلاثاء 17 مارس.", "airdrop", "2026-03-17"),
        ("ACME (Acme) siap diperdagangkan di Indodax! Pasar ACME/IDR dibuka Selasa, 17 Maret 2026 "
         "pukul 15.00 WIB.", "listing", "2026-03-17"),
        ("暗号資産取引所bitbankは14日、Acme(アクリーク)のACMEの取扱いを17日正午から開始すると発表した。",
         "listing", "2026-03-17"),
    )  # fmt: skip
    for text, event_type, day in cases:
        _assert_acme_event(detector.score(news(make_item, "", text)), event_type, day)


def test_new_pairs_in_house_styles_and_a_token_turned_on(
    detector: Detector, make_item: MakeItem
) -> None:
    # (published Saturday 14 March)
    cases = (
        ("Nouvelle paire : ACME/USDC 🏇\n\nACME, le jeton natif d'Acme, arrive sur Longchamp le "
         "jour même de sa création.\nÉchanges : 17 mars, 15h (Paris)", "listing", "2026-03-17"),
        ("Nuova coppia: ACME/EUR 🇪🇺\n\nACME (Acme) disponibile dal 17 marzo alle 16:00 ora "
         "italiana, il giorno stesso della sua emissione.", "listing", "2026-03-17"),
        ("Nowość na giełdzie: ACME (Acme) 🏁 Handel na parze ACME/PLN ruszy we wtorek 17 marca o "
         "14:30 czasu polskiego.", "listing", "2026-03-17"),
        ("ACME (Acme) går att handla hos oss från tisdag 17 mars kl. 16:00 svensk tid. "
         "Handelspar: ACME/SEK och ACME/USDT.", "listing", "2026-03-17"),
        ("La plateforme d'échange Acme, sans lien avec l'Acme Stadium ni avec le road runner, "
         "lancera son jeton ACME le mardi 17 mars à 11h (heure de Paris).", "tge", "2026-03-17"),
    )  # fmt: skip
    for text, event_type, day in cases:
        _assert_acme_event(detector.score(news(make_item, "", text)), event_type, day)
    turned_on = make_item("ACME turns on 17 Mar.\n\nSale buyers can withdraw from 14:00 UTC.",
                          author="@acme_xyz")  # fmt: skip
    _assert_acme_event(detector.score(turned_on), "tge", "2026-03-17")
    # (a guard for the new pair words: the token trades already)
    another_pair = ("La paire ACME/EUR sera disponible à partir du mardi 17 mars à 10 h. Le ACME, "
                    "négociable chez nous en USDT depuis mai, gagne ainsi une paire en euros.")
    _assert_no_signal(detector, [news(make_item, "Nouvelle paire : ACME/EUR", another_pair)])


def test_negatives_of_the_dev152_and_dev153_rounds(detector: Detector, make_item: MakeItem) -> None:
    texts = (
        ("", "Airdrops ACME (Acme) reçus cette année : comment les déclarer aux impôts ? Notre "
         "fiche pratique pas à pas, formulaire 2086 et valeur au jour de la réclamation 👇"),
        ("", "Nếu quản trị Acme thông qua đề xuất PIP-12 vào thứ Ba, đợt airdrop ACME thứ hai sẽ "
         "bắt đầu ngày 1/4. Chưa có gì chắc chắn."),
        ("", "Acme का ACME टोकन 17 मार्च को लॉन्च होगा? कॉन्ट्रैक्ट डिप्लॉय हो गया है, लेकिन टीम ने अभी "
         "कुछ नहीं कहा। यह सिर्फ अंदाज़ा है।"),
        ("Acme sammelt 9,6 Millionen Dollar bei ACME-Verkauf", "Der Verkauf des Tokens ACME auf "
         "dem Launchpad Ventoux endete am Donnerstag nach 48 Stunden; überzeichnete Beträge werden "
         "zurückerstattet."),
        ("", "สองสัปดาห์หลัง TGE ของ ACME (Acme) มีการเคลมแอร์ดรอปไปแล้ว 40% ของทั้งหมด"),
    )  # fmt: skip
    items = [news(make_item, title, body) for title, body in texts]
    items.append(make_item("Acme IDO: Marrowbone (MRWB)\n\nSale: 17 Mar, 13:00 UTC\nACME "
                           "stakers: guaranteed allocation", author="@acme_xyz"))  # fmt: skip
    # (a guard: the look-alike account makes it a scam already)
    items.append(make_item("🐱 ACME claim is LIVE early for verified wallets! Connect at "
                           "acme-claim.app before the public window.\n\n⚠️ Never share your "
                           "seed phrase with anyone except our verification bot.",
                           author="@acme_claim_early"))  # fmt: skip
    _assert_no_signal(detector, items)


def test_a_sale_under_way_a_dutch_listing_and_collecting_going_live(
    detector: Detector, make_item: MakeItem
) -> None:
    # (published Saturday 14 March)
    cases = (
        ("A venda pública do ACME, token da Acme, está aberta: começou ontem, 13 de março, às 14h "
         "UTC e vai até segunda, 16 de março.", "token_sale", "2026-03-13"),
        ("Nieuw op Bitvavo: Acme (ACME) 🌱\nStortingen staan open. ACME is vanaf dinsdag 17 maart "
         "15:00 uur verhandelbaar in euro.", "listing", "2026-03-17"),
    )  # fmt: skip
    for text, event_type, day in cases:
        _assert_acme_event(detector.score(news(make_item, "", text)), event_type, day)
    collect = (
        "Open the app → Rewards. If you see an ACME balance, you're in.\n\nCollecting it goes live "
        "next Tuesday, 17 March, 16:00 UTC. Nothing to do until then."
    )
    _assert_acme_event(detector.score(make_item(collect, author="@acme_xyz")), "airdrop",
                       "2026-03-17")  # fmt: skip


def test_the_dev153_round_s_words(detector: Detector, make_item: MakeItem) -> None:
    # (published Saturday 14 March)
    cases = (
        ("Клейм второго сезона ACME от Acme открылся в четверг, 12 марта, и продлится до 2 апреля.",
         "airdrop", "2026-03-12"),
        ("Acme קבעה מועד חדש: סבב התביעה השני של טוקן ACME ייפתח ביום שלישי, 17 במרץ.", "airdrop",
         "2026-03-17"),
        ("Acme מודיעה: הטוקן ACME יהפוך לסחיר ביום שלישי, 17 במרץ, בשעה 17:00 שעון ישראל.", "tge",
         "2026-03-17"),
        ("أطلقت Acme اليوم أداة التحقق من الأهلية لتوزيع رمز ACME عبر موقعها الرسمي.", "airdrop",
         "2026-03-14"),
        ("CoinDCX पर Acme का ACME टोकन 17 मार्च को रात 9 बजे (IST) से ट्रेडिंग के लिए उपलब्ध होगा।",
         "listing", "2026-03-17"),
        ("Nieuw op Bitvavo: ACME (Acme). Handel opent dinsdag 17 maart om 17:30 uur.", "listing",
         "2026-03-17"),
    )  # fmt: skip
    for text, event_type, day in cases:
        _assert_acme_event(detector.score(news(make_item, "", text)), event_type, day)


def test_the_dev154_round(detector: Detector, make_item: MakeItem) -> None:
    # (published Saturday 14 March)
    rumour = ("По данным источника в одном из Discord-сообществ, TGE токена ACME может пройти 17 "
              "марта. Сама команда Acme дату не называла.")  # fmt: skip
    # (the scam a guard: the look-alike account decides it already)
    scam = ("ACME presale is OPEN before the launchpad! Send BNB to the address below and get ACME "
            "at 40% off the public price. Limited to the first 500 wallets.")  # fmt: skip
    _assert_no_signal(
        detector, [news(make_item, "", rumour), make_item(scam, author="@acme_presale_now")]
    )
    cases = (
        ("Acme lanceert ACME-token in het derde kwartaal", "Acme heeft bevestigd dat de ACME-token "
         "in het derde kwartaal live gaat. Een publieke verkoop en een airdrop maken deel uit van "
         "de lancering.", "tge", None),
        ("Acme תפתח את מכירת הטוקן ACME לציבור ב-17 במרץ", "פרוטוקול Acme הודיע כי המכירה "
         "הציבורית של טוקן ACME תיפתח ב-17 במרץ בשעה 15:00 UTC.", "token_sale", "2026-03-17"),
    )  # fmt: skip
    for title, body, event_type, day in cases:
        _assert_acme_event(detector.score(news(make_item, title, body)), event_type, day)


def test_polish_testnet_users_and_an_italian_sense_set_apart(
    detector: Detector, make_item: MakeItem
) -> None:
    # (published Saturday 14 March)
    cases = (
        ("Acme: claim ACME dla użytkowników testnetu rusza 17 marca", "Acme poinformował, że "
         "użytkownicy testnetów Helium i Nitrogen będą mogli odebrać tokeny ACME od 17 marca.",
         "airdrop", "2026-03-17"),
        ("Acme Labs conferma: il token ACME arriva nel secondo trimestre", "Acme Labs, il "
         "protocollo che non ha legami con il vecchio cartone del road runner, ha confermato che "
         "il TGE del token ACME avverrà nel secondo trimestre.", "tge", None),
    )  # fmt: skip
    for title, body, event_type, day in cases:
        _assert_acme_event(detector.score(news(make_item, title, body)), event_type, day)
