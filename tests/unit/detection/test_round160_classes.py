"""Rules written in the dev160 session.

- a past cue in a clause of its own after the event's, about a points season or a campaign, is
  that activity's window, not the event's: "ACME launches next month, ending a points program
  that had run since January";
- the Nordic languages: a quarter ("i løpet av tredje kvartal", "tredje kvartalet"), a plan
  ("skal lansere", "vil lansere", "ska", "kommer att", the present "lanserer"), and a token of
  its own launched ("lansere sitt eget ACME-token");
- a headline's opening "Nach X und Y:" (after ...) sets its names apart as backdrop, as "After
  X and Y," does; a Polish vote the event waits on ("tylko, jeśli DAO przegłosuje") is a
  condition; a count over a span ("Seven TGEs in two weeks") dates nothing;
- dates and words of rarely covered languages: Finnish "16.9. klo 17.00", Slovenian "ob 15.00",
  Lithuanian "rugsėjo 23 d.", Mongolian "9-р сарын 16-ны"; Finnish "tokeni julkaistaan",
  "lunastus avautuu", "kaupankäynti alkaa", Lithuanian "bus išleistas", "išleis ACME žetoną",
  "prekyba ... prasidės", Croatian and Serbian "javnu prodaju", "Јавна продаја", Mongolian
  "токен ... гарна", Malay "tuntutan ACME ... dibuka";
- a new market of a token that trades already: "Both tokens already trade on Coinbase's spot
  market", "ACME spot remains available", Polish "notowany na innych giełdach od lipca"; the
  holders of a token named by it in German ("ACME-Halter können NOVA farmen");
- a sale said to go on in Polish, Azerbaijani, Serbian ("potrwa do piątku", "davam edir", "је у
  току"); Indonesian trading opening ("Perdagangan ACME/IDR dibuka Kamis");
- an English weekday after "became" is the one gone by ("became transferable on Thursday");
  "this weekend" and "next weekend" date a plan coarsely, as "next week" does; more words:
  Arabic "مستمر حتى" (goes on until), Slovenian "bo žeton ACME zagnal", "se odpre prevzem",
  Serbian "Трговање ... почиње", Vietnamese "lên sàn";
- the local times of Mongolia, Malaysia and the Philippines ("06:00 (Улаанбаатарын цагаар)" is
  the day before in UTC);
- a roadmap's testnet and audits told before its event ("testnet through the summer, two
  audits, then the ACME TGE later this year") are steps before it, not a testnet item; a
  launch that waits on a step not promised ("If ACME's mainnet ships on time, ACME launches in
  August", "If the audit comes back clean") is a condition; a send-to-receive scam in informal
  Russian ("Отправь 100 USDT ... и получи 200");
- a venue's own post naming its guest a team of its own ("Rivet is a separate team with its own
  token", "Tallow is an independent team") tells of another team's event.
"""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem, news
from .test_round87_classes import _assert_acme_event
from .test_round120_classes import _assert_no_signal
from .test_round127_classes import _assert_events


def test_a_past_activity_window_after_the_events_clause_is_not_the_event(
    detector: Detector, make_item: MakeItem
) -> None:
    text = ("Acme will launch its ACME token next month, the team said, ending a points "
            "program that had run since January.")  # fmt: skip
    _assert_acme_event(detector.score(news(make_item, "Acme sets ACME for next month", text)),
                       "tge", None)  # fmt: skip
    # (a guard: the event's own clause told in the past is still the past)
    recap = "Acme launched its ACME token in February, two weeks after its points program ended."
    _assert_no_signal(detector, [news(make_item, "Acme's February", recap)])


def test_nordic_quarters_and_plans(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Acme lanserer egen token i tredje kvartal",
         "Acme skal lansere sin egen token, ACME, i løpet av tredje kvartal, bekrefter "
         "selskapet."),
        ("Acme lanserer ACME",
         "Acme vil lansere sitt eget ACME-token i løpet av tredje kvartal, opplyser selskapet."),
    )  # fmt: skip
    for title, text in cases:
        _assert_acme_event(detector.score(news(make_item, title, text)), "tge", None)


def test_backdrop_headlines_conditions_and_spans(detector: Detector, make_item: MakeItem) -> None:
    backdrop = news(
        make_item,
        "Nach Acme und Orbit: Tangle Finance startet Token-Verkauf",
        "Tangle Finance öffnet am 17. März den öffentlichen Verkauf seines TNGL-Tokens.",
    )
    vote = make_item("Acme mówi, że drugi sezon airdropu ACME ruszy 20 marca tylko, jeśli DAO "
                     "przegłosuje nową pulę.", author="@acme_xyz")  # fmt: skip
    span = make_item("This month's debuts so far: Acme, Orbit and Korvo. Seven TGEs in two "
                     "weeks, nearly all with same-day claims.", author="@chartwatcher")  # fmt: skip
    _assert_no_signal(detector, [backdrop, vote, span])
    # (a guard: a launch two weeks out is still dated by it)
    ahead = make_item("Acme launches its ACME token in two weeks.", author="@acme_xyz")
    _assert_acme_event(detector.score(ahead), "tge", "2026-03-28")


def test_rarely_covered_languages_dates_and_words(
    detector: Detector, make_item: MakeItem
) -> None:
    # (published Saturday 14 March)
    cases = (
        ("ACME-tokeni julkaistaan tiistaina 17.3. klo 17.00 Suomen aikaa.", "tge", "2026-03-17"),
        ("Acme: lunastus avautuu tiistaina 17.3. klo 12.00 UTC.", "airdrop", "2026-03-17"),
        ("Acme ACME žetonas bus išleistas balandžio 7 d., 18 val. Lietuvos laiku.", "tge",
         "2026-04-07"),
        ("Acme balandžio 7 d. 18 val. Lietuvos laiku išleis ACME žetoną.", "tge", "2026-04-07"),
        ("Acme Foundation otvara javnu prodaju tokena ACME u utorak, 17. ožujka.", "token_sale",
         "2026-03-17"),
        ("Acme ACME токен 3-р сарын 17-ны 22:00 цагт гарна.", "tge", "2026-03-17"),
        ("Acme umum tuntutan ACME Musim 2 dibuka 17 Mac, jam 8 malam.", "airdrop", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, author="@acme_xyz")


def test_new_markets_of_traded_tokens_and_holders_named_by_their_token(
    detector: Detector, make_item: MakeItem
) -> None:
    items = [
        news(make_item, "Coinbase International Exchange to add ACME-PERP",
             "Coinbase International Exchange will add perpetual futures for Acme (ACME) on "
             "March 19 at 13:30 UTC. ACME already trades on Coinbase's spot market."),
        make_item("Bybit will launch the ACMEUSDT perpetual contract on March 20, 10:00 UTC, "
                  "up to 25x. ACME spot remains available.", author="Bybit"),
        news(make_item, "Zonda udostępnia handel tokenem ACME",
             "Giełda Zonda dodała do oferty parę ACME/PLN; handel rusza w czwartek. Token "
             "projektu Acme jest notowany na innych giełdach od lipca 2025 roku."),
        news(make_item, "Bybit Launchpool: ACME-Halter können ab Freitag den neuen Token NOVA "
             "farmen", "Die Börse Bybit startet am Freitag einen Launchpool für Nova Relay "
             "(NOVA). Der Handel mit NOVA beginnt nach Ende des Pools."),
    ]  # fmt: skip
    _assert_no_signal(detector, items)


def test_sales_going_on_and_indonesian_trading(detector: Detector, make_item: MakeItem) -> None:
    # (published Saturday 14 March)
    cases = (
        ("Publiczna sprzedaż tokenów ACME, która rozpoczęła się w czwartek 12 marca o 16:00 "
         "czasu polskiego, potrwa do poniedziałku.", "token_sale", "2026-03-12"),
        ("Acme-ın ACME hərracı davam edir: 12 mart, cümə axşamı Bakı vaxtı ilə 20:00-da "
         "başlayıb, bazar ertəsi bağlanacaq.", "token_sale", "2026-03-12"),
        ("Halo! Acme (ACME) segera hadir. Perdagangan ACME/IDR dibuka Selasa, 17 Maret 2026 "
         "pukul 22.00 WIB.", "listing", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, author="Newsdesk")


def test_became_on_a_weekday_is_gone_by_and_weekends_are_ahead(
    detector: Detector, make_item: MakeItem
) -> None:
    recap = make_item("Acme's ACME became transferable on Thursday. By Saturday morning 47% of "
                      "the airdrop had been claimed and the top 100 wallets held 61% of float.",
                      author="@chartwatcher", source="x")  # fmt: skip
    _assert_no_signal(detector, [recap])
    text = ("ACME Season 3 claims open this weekend. S3 covers Telegram quests from June "
            "through August. Check eligibility in the official bot; we will never ask for your "
            "seed phrase.")  # fmt: skip
    weekend = make_item(text, author="@acme_xyz", source="x")
    _assert_acme_event(detector.score(weekend), "airdrop", None)


def test_more_words_of_arabic_slovenian_serbian_and_vietnamese(
    detector: Detector, make_item: MakeItem
) -> None:
    # (published Saturday 14 March)
    cases = (
        ("البيع العام لرمز ACME التابع لمشروع Acme مستمر حتى الاثنين، بعد أن انطلق يوم الخميس "
         "12 مارس.", "token_sale", "2026-03-12"),
        ("Acme bo žeton ACME zagnal v torek, 17. marca, ob 14.00.", "tge", "2026-03-17"),
        ("Трговање ACME токеном (Acme) почиње у уторак, 17. марта, у 18 часова.", "listing",
         "2026-03-17"),
        ("ACME (Acme) lên sàn lúc 21h ngày 17/3 (giờ Việt Nam).", "listing", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, author="Newsdesk")


def test_local_times_of_mongolia_and_malaysia(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Acme ACME токен 3-р сарын 17-ны 06:00 цагт (Улаанбаатарын цагаар) гарна.",
         "2026-03-16"),
        ("Acme umum tuntutan token ACME dibuka 17 Mac, jam 06:00 waktu Malaysia.", "2026-03-16"),
    )  # fmt: skip
    for text, day in cases:
        decision = detector.score(make_item(text, author="Newsdesk"))
        assert decision.is_signal and str(decision.event_date) == day, decision.reasons


def test_roadmap_steps_conditions_and_informal_scams(
    detector: Detector, make_item: MakeItem
) -> None:
    roadmaps = (
        "Order of things: TEE testnet through the summer, two external audits, then the ACME TGE "
        "later this year. No shortcuts, no early rounds.",
        "Roadmap check-in: mainnet 1 is live; the sequencer set goes to testnet in July, then "
        "two audits. The ACME TGE is in Q4. The day comes later, from this account.",
    )
    _assert_events(detector, make_item, ((text, "tge", None) for text in roadmaps), "@acme_xyz")
    negatives = [
        make_item("If Acme's mainnet 2 ships on time, ACME launches in August. That's how I "
                  "read the roadmap, anyway.", author="@roadmapreader", source="x"),
        make_item("If the second audit comes back clean this month, we'll open the ACME checker "
                  "in April. No date until then.", author="@acme_xyz", source="x"),
        make_item("Бесплатная раздача ACME! Отправь 100 USDT на адрес ниже и получи 200 USDT в "
                  "ACME в течение часа. Только сегодня!", author="@acme_gift", source="x"),
    ]  # fmt: skip
    _assert_no_signal(detector, negatives)


def test_a_venue_naming_its_guest_a_separate_team(detector: Detector, make_item: MakeItem) -> None:
    posts = [
        make_item("Rivet's claim is open inside Acme this week (Discover → Rivet). Rivet is a "
                  "separate team with its own token; questions about RVT go to them, not to our "
                  "support.", author="@acme_xyz", source="x"),
        make_item("Live on the Acme launchpad now: Tallow's TLW round, open until Thursday 16:00 "
                  "UTC. Tallow is an independent team; read their docs before you commit.",
                  author="@acme_xyz", source="x"),
    ]  # fmt: skip
    _assert_no_signal(detector, posts)
