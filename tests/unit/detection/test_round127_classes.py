"""Rules written in the dev127 session.

- a launch put off, told by what will not happen when, in an item that says it still will
  ("Change of plan: ACME won't go live in March ... This is a delay, not a cancellation") is a
  signal with no day; the same words with the launch called off are not;
- a pair opening at a named exchange in other languages ("ACME/USDT abre en OKX el martes",
  "ACME/EUR ouvre sur Kraken mardi"), and an exchange opening a pair's market ("Zonda uruchamia
  ... rynek ACME/USDT", "Kraken opens the ACME/EUR market") are listings;
- an open vote is no event under way ("If the vote passes on March 25, claims would open March
  30. Voting is live now"); doubt about a date is doubt about the event when the date's words are
  the only event named ("Team hasn't confirmed supply or a claim date");
- plain words and the press's languages: "your ACME can be picked up at acme.xyz/rewards", "your
  ACME share gets collected at", "can be taken home from" (a drop); Japanese "送金と売買を...解禁"
  (a launch); Hindi "खरीदा-बेचा जा सकेगा" (a listing); Dutch "verkoopronde", Italian "vendita
  comunitaria", Ukrainian "публічний аукціон" (a sale);
- an item in other languages naming the project both by its name and by its symbol in capitals
  ("Acme 宣布第二季 ACME 奖励将于 3 月 17 日开放领取") is about the crypto project though the
  config knows none of its other crypto words; an English item naming no crypto word still is
  not; more doubt and guides in the press's languages (Arabic "يُقال إن", Russian "Моё мнение,
  не совет", Indonesian "Feeling saya", Tagalog "Paano i-check"); Chinese "现货已于 2 月初 ...
  开放交易" is past;
- negatives most like announcements: a giveaway's amounts with a decimal point ("Send 0.1 to 5 ETH
  to the address below and receive double"); funds sent "to the vault below"; a proposal someone
  other than the project makes ("A community member proposes airdropping ...", "in temperature
  check; no vote is scheduled"); "Source: my horoscope"; Hindi "जून में लॉन्च हुए" (launched in
  June) is past;
- more plain words and languages: "Your ACME is waiting: tap Claim", "Acme drops ACME to its
  depositors tomorrow" (a drop); Polish "token ACME zadebiutuje", Ukrainian "випустить токен",
  Hindi "टोकन ... लाइव होगा" (a launch); a Korean exchange's "원화 마켓 거래지원" is crypto context;
- the day that ends the holders' activity in a relative clause of another language ("którzy
  wpłacili środki przed 1 marca", "qui détenaient un coffre avant le 1er mars") is no event day;
  "confirmed" and "announced" in the press's languages ("ha confermato", "potwierdził") tell a
  plan; Turkish "planlanmadığını", Indonesian "tidak terkait dengan airdrop" deny the event;
- a project's account for one country beside an official handle with a suffix of its own
  ("@acme_id" beside "@acme_xyz") is regional, not a look-alike;
- which day: a weekday in a headline restated below with its date a week before the weekday's
  next occurrence, in another language ("ouverte mercredi" above "ouverte mercredi 11 mars"), is
  that date; a clock joined to Chinese characters ("3月17日07:00（UTC+8）") converts to UTC; a
  launch held ("we're holding the launch planned for March 20") keeps no day;
- the words of the press's languages for collecting, launching and running: Russian "можно будет
  забрать", "дату запуска токена"; Indonesian "bisa diklaim"; Spanish "Podrás reclamarlos";
  Polish "mogą odebrać token", "uruchamia token"; Arabic "يطلق Acme رمزه"; Hindi "ट्रांसफर हो
  सकेगा", "लाइव हो गया"; Ukrainian "триває" (under way);
- still more: Vietnamese "có thể nhận phần thưởng" (a drop), Polish "do odebrania", "można
  odbierać" (a drop), "premierę tokena" (a launch), Turkish "canlıya geçeceğini", "transfer
  edilebilecek" (a launch), Arabic "تُدرج عملة" (a listing);
- whose event: a project "zbudowany na" (built on) the watched one, a token "separate from" the
  watched one's, are another's; a project that "will hand ACME to traders" owns that drop, the
  watched chain's own one a separate program; the press's words for handing a token out to named
  recipients ("distribuirà ACME a chi", "repartirá su token ACME entre"), "temporada de
  recompensas", "est transférable"; a past year among the recipients in another language ("usuarios
  de su piloto de 2025") is their activity, not the event's;
- safety lines and later seasons: an event word in a quoted name of what scammers put out ("We're
  seeing 'ACME airdrop' ads in search results", "'ACME claim' pages") is no event; a season's
  token rewards for named holders opening ("ACME rewards for quest XP holders open tomorrow",
  "ACME drops for traders with Season 4 XP unlock on Monday") and "it has an ACME payout" are a
  drop, whatever the safety line after them; a vote named on the line before "If it passes" makes
  the plan conditional;
- "no ACME airdrop is live" denies the drop; "send USDT to lock a 3x allocation" is a scam;
"""

from __future__ import annotations

from collections.abc import Iterable

from swarm.detection import Detector, WatchList

from .conftest import MakeItem
from .test_round87_classes import _assert_acme_event
from .test_round120_classes import _assert_no_signal


def _assert_events(
    detector: Detector,
    make_item: MakeItem,
    cases: Iterable[tuple[str, str, str | None]],
    author: str,
) -> None:
    """Each ``(text, event_type, day)`` from ``author`` is Acme's signal of that type that day."""
    for text, event_type, day in cases:
        _assert_acme_event(detector.score(make_item(text, author=author)), event_type, day)


def test_a_launch_put_off_but_still_coming(detector: Detector, make_item: MakeItem) -> None:
    texts = (
        "Change of plan: ACME won't go live in March. One audit is still open and we're not "
        "launching around it. This is a delay, not a cancellation; a new day follows.",
        "ACME will not arrive in April after all: we're adding a second audit first. It is still "
        "happening; the new day comes with two weeks' notice.",
    )
    for text in texts:
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", None)
    called_off = (
        "Change of plan: ACME won't go live in March. We are winding the project down and "
        "returning the treasury to holders.",
    )
    _assert_no_signal(detector, [make_item(t, author="@acme_xyz") for t in called_off])


def test_a_pair_opening_in_other_words(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("ACME/USDT abre en OKX el martes 17 de marzo a las 13:00 UTC, una hora después de que "
         "nazca el token de Acme.", "2026-03-17"),
        ("ACME/EUR ouvre sur Kraken mardi 17 mars à 14h.", "2026-03-17"),
        ("Kraken opens the ACME/EUR market on Tuesday, 17 March at 14:00 UTC.", "2026-03-17"),
        ("Giełda Zonda uruchamia we wtorek 17 marca o 14:30 rynek ACME/USDT dla tokena Acme.",
         "2026-03-17"),
    )  # fmt: skip
    for text, day in cases:
        _assert_acme_event(detector.score(make_item(text, author="Exchange desk")), "listing", day)


def test_an_open_vote_and_an_unconfirmed_claim_date(
    detector: Detector, make_item: MakeItem
) -> None:
    texts = (
        ("Governance: AIP-14 proposes an ACME staker airdrop. If the vote passes on March 25, "
         "claims would open March 30. Voting is live until Sunday.", "@acme_xyz"),
        ("Governance: if AIP-7 passes on March 29, the ACME holder airdrop would open April 1. "
         "Voting is live now.", "@acme_xyz"),
        ("Acme points maths: 2.1B pts outstanding; if 10% of ACME goes to points that's ~0.05 ACME "
         "per pt. Team hasn't confirmed supply or a claim date.", "@pointsguy"),
    )  # fmt: skip
    _assert_no_signal(detector, [make_item(text, author=author) for text, author in texts])
    # (a date left open beside an event told elsewhere is a detail: the event stands)
    told = make_item(
        "ACME claims open on Tuesday, 17 March for stakers. The team hasn't confirmed the hour.",
        author="@acme_xyz",
    )
    _assert_acme_event(detector.score(told), "airdrop", "2026-03-17")


def test_more_plain_words_and_languages(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Round 2 is on. Players: your ACME can be picked up at acme.xyz/rewards from Tuesday, "
         "17 March, 17:00 UTC.", "airdrop", "2026-03-17", "@acme_xyz"),
        ("Round two for Acme users is happening in April; your ACME share gets collected at "
         "acme.xyz/rewards, one page, one signature.", "airdrop", None, "@acme_xyz"),
        ("【速報】Acme、ACMEトークンの送金と売買を3月17日（火）午後9時に解禁へ。",
         "tge", "2026-03-17", "CoinPost"),
        ("Acme Labs का ACME टोकन 17 मार्च को शाम 7:30 बजे से CoinDCX पर खरीदा-बेचा जा सकेगा।",
         "listing", "2026-03-17", "CoinSwitch"),
        ("Acme Labs opent dinsdag 17 maart om 16:00 uur een publieke verkoopronde van ACME.",
         "token_sale", "2026-03-17", "Crypto Insiders"),
        ("Acme Labs aprirà martedì 17 marzo una vendita comunitaria del token ACME.",
         "token_sale", "2026-03-17", "The Cryptonomist"),
        ("Протокол Acme Labs відкриє публічний аукціон токена ACME у вівторок, 17 березня.",
         "token_sale", "2026-03-17", "Incrypted"),
    )  # fmt: skip
    for text, event_type, day, author in cases:
        _assert_acme_event(detector.score(make_item(text, author=author)), event_type, day)


def test_a_name_and_its_symbol_in_other_languages(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Acme 宣布第二季 ACME 奖励将于 3 月 17 日 22:00（北京时间）开放领取。", "airdrop",
         "2026-03-17"),
        ("منصة Overland تفتح تداول عملة ACME التابعة لتطبيق Acme يوم الثلاثاء 17 مارس.",
         "listing", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, author="Newsdesk")
    doubts = (
        "يُقال إن Acme ستطلق عملة ACME في أبريل مع إيردروب لحاملي الباس.",
        "Acme явно готовит ACME на апрель: в коде нашли экран «Claim ACME». Моё мнение, не совет.",
        "Feeling saya lelang ACME bakal oversubscribed 20x dan harga listing 3x. Acme belum "
        "mengumumkan apa pun.",
        "Paano i-check kung natanggap mo na ang ACME sa Acme: buksan ang app, pumunta sa Rewards "
        "tab. Kung may nag-DM sa'yo ng 'claim link', scam 'yan.",
        "Gate 合约将于今日 20:00 上线 ACMEUSDT 永续合约。"
        "Acme 的 ACME 现货已于 2 月初在 Gate 开放交易。",
    )
    _assert_no_signal(detector, [make_item(text, author="@someone") for text in doubts])
    english = make_item("Acme's ACME opens on Tuesday, 17 March. Same old Acme thesis.")
    assert detector.score(english).category == "homonym"


def test_negatives_most_like_announcements(detector: Detector, make_item: MakeItem) -> None:
    texts = (
        ("To celebrate Tuesday's ACME launch we are giving back 2,000,000 ACME to the community. "
         "Send 0.1 to 5 ETH to the address below and receive double in ACME at TGE.", "@acme_xyz"),
        ("ACME private round whitelist is open. Send USDT to the vault below to lock a 30% "
         "discount before Wednesday's public sale.", "@acme_fund"),
        ("A community member proposes airdropping 15 million ACME to wallets that held USDO for "
         "six months. Voting has not been scheduled.", "Acme Governance"),
        ("A delegate proposes a public sale of ACME ahead of the token's launch. The proposal is "
         "in temperature check; no vote is scheduled.", "Acme Governance"),
        ("ACME TGE is March 31st. Source: my horoscope. See you on the other side.", "@moonmath"),
        ("Acme के ACME टोकन लॉन्च के पाँच महीने: जून में लॉन्च हुए ACME टोकन का एयरड्रॉप क्लेम विंडो अब "
         "बंद हो चुका है।", "CoinDCX Blog"),
    )  # fmt: skip
    _assert_no_signal(detector, [make_item(text, author=author) for text, author in texts])


def test_plain_words_windows_and_confirmations(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Rewards tab is open. Your ACME is waiting: tap Claim any time before Friday 15:00 UTC.",
         "airdrop", "2026-03-14", "@acme_xyz"),
        ("Acme, the lending market, drops ACME to its depositors tomorrow, 13:00 UTC.",
         "airdrop", "2026-03-15", "@acme_xyz"),
        ("Sieć Acme potwierdziła, że token ACME zadebiutuje we wtorek 17 marca.",
         "tge", "2026-03-17", "Comparic"),
        ("Мережа Acme випустить токен ACME у вівторок, 17 березня, о 16:00 за київським часом.",
         "tge", "2026-03-17", "ForkLog UA"),
        ("प्रोटोकॉल Acme ने बताया कि उसका ACME टोकन 17 मार्च को दोपहर 3:30 बजे लाइव होगा।",
         "tge", "2026-03-17", "Crypto Hindi News"),
        ("ACME 원화 마켓 거래지원을 안내드립니다. 거래 개시: 2026년 3월 17일 오후 9시(KST).",
         "listing", "2026-03-17", "빗썸 공지사항"),
        ("Acme potwierdził, że jego token ACME pojawi się w kwietniu. Przydział otrzymają "
         "restakerzy, którzy wpłacili środki przed 1 marca.", "tge", None, "Comparic"),
        ("Il cofondatore di Acme ha confermato che il token ACME sarà lanciato nel secondo "
         "trimestre, con una quota riservata a chi avrà usato la rete prima del 30 aprile.",
         "tge", None, "Il Sole 24 Ore"),
    )  # fmt: skip
    for text, event_type, day, author in cases:
        _assert_acme_event(detector.score(make_item(text, author=author)), event_type, day)
    denials = (
        ("Acme, bir oyun stüdyosuyla ortaklık anlaşması imzaladığını duyurdu. Taraflar, yeni bir "
         "token dağıtımı planlanmadığını açıkladı.", "Koin Bülteni"),
        ("Jaringan Acme mengumumkan dana hibah untuk aplikasi baru. Pendaftaran dibuka bulan "
         "depan; tim menegaskan dana ini tidak terkait dengan airdrop apa pun.", "Blockchain"),
    )  # fmt: skip
    _assert_no_signal(detector, [make_item(text, author=author) for text, author in denials])



def test_a_regional_account_beside_a_suffixed_handle(make_item: MakeItem) -> None:
    listed = WatchList.from_yaml_text(
        'companies:\n  - name: Acme\n    tokens: ["ACME"]\n    priority: high\n'
        '    x_handles: ["acme_io"]\n    domains: ["acme.io"]\n'
    )
    detector = Detector(listed, second_opinion=False)
    text = (
        "Klaim ACME Musim 2 dibuka Selasa ini pukul 17.00 WIB lewat acme.io/claim. Hanya link "
        "resmi, jangan percaya DM."
    )
    # ("acme_id" is one letter from "acme_io", but "id" names a country: Indonesia's account)
    _assert_acme_event(detector.score(make_item(text, author="@acme_id")), "airdrop", "2026-03-17")
    for bait in ("@acme_claim", "@acme_lo"):  # a bait word, a letter changed: still look-alikes
        decision = detector.score(make_item(text, author=bait))
        assert not decision.is_signal and decision.contributions.get("lookalike_source"), bait


def test_which_day_in_more_words(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("La vente communautaire du token ACME d'Acme, ouverte mercredi 11 mars à 18 h, reste "
         "accessible jusqu'à vendredi.", "La vente communautaire d'ACME, ouverte mercredi, se "
         "termine vendredi", "token_sale", "2026-03-11"),
        ("La venta pública del token ACME de Acme, que arrancó el jueves 12 de marzo a las 14:00 "
         "UTC, se cierra mañana.", "La venta pública de ACME sigue abierta tras arrancar el "
         "jueves", "token_sale", "2026-03-12"),
        ("某交易所公告称，将于2026年3月17日07:00（UTC+8）上线ACME/USDT现货交易。Acme为再质押协议。",
         "Acme（ACME）将于3月17日07:00（UTC+8）开放现货交易", "listing", "2026-03-16"),
    )  # fmt: skip
    for text, title, event_type, day in cases:
        decision = detector.score(make_item(text, title=title, author="Newsdesk", source="rss"))
        _assert_acme_event(decision, event_type, day)
    held = make_item(
        "ACME update: we're holding the launch planned for March 20 while a licence review "
        "finishes. It is still happening, just not this month.",
        author="@acme_xyz",
    )
    _assert_acme_event(detector.score(held), "tge", None)
    # (a sale held on its day keeps it)
    holding = make_item("Acme is holding its token sale on Tuesday, 17 March at 14:00 UTC.")
    _assert_acme_event(detector.score(holding), "token_sale", "2026-03-17")


def test_collecting_launching_and_running_in_more_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Acme открывает второй сезон: ACME за задания можно будет забрать со вторника, 17 марта, "
         "12:00 UTC.", "airdrop", "2026-03-17"),
        ("Acme назвала дату запуска токена ACME: 17 марта, 15:00 МСК.", "tge", "2026-03-17"),
        ("Musim kedua Acme dibuka: ACME bisa diklaim di Telegram mulai Selasa (17/3) pukul 19.00 "
         "WIB.", "airdrop", "2026-03-17"),
        ("Si usaste Acme antes del 1 de marzo, te corresponde ACME. Podrás reclamarlos desde la "
         "app el martes 17 de marzo a las 10:00.", "airdrop", "2026-03-17"),
        ("Giełda Acme poinformowała, że od wtorku 17 marca traderzy mogą odebrać token ACME.",
         "airdrop", "2026-03-17"),
        ("We wtorek 17 marca o 12:00 UTC Acme uruchamia token ACME.", "tge", "2026-03-17"),
        ("يوم الثلاثاء 17 مارس يطلق Acme رمزه ACME الساعة 18:00 بتوقيت الإمارات.", "tge",
         "2026-03-17"),
        ("Acme का ACME टोकन 17 मार्च को शाम 6:30 बजे (IST) से ट्रांसफर हो सकेगा।", "tge",
         "2026-03-17"),
        ("Acme नेटवर्क का ACME टोकन आज 12:00 UTC से लाइव हो गया है।", "tge", "2026-03-14"),
        ("Публічний продаж ACME від Acme триває з п'ятниці, 13 березня, і завершиться завтра.",
         "token_sale", "2026-03-13"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, author="Newsdesk")


def test_still_more_of_the_press_s_words(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Acme cho biết người dùng có thể nhận phần thưởng ACME mùa 2 từ 15 giờ ngày 17/3.",
         "airdrop", "2026-03-17"),
        ("Portfel Acme poinformował, że tokeny ACME będą do odebrania od wtorku 17 marca.",
         "airdrop", "2026-03-17"),
        ("Projekt Acme, który wstrzymał premierę tokena ACME, ogłosił nowy termin: wtorek, 17 "
         "marca, godz. 15:00.", "tge", "2026-03-17"),
        ("Acme, ana ağın ve ACME tokeninin 17 Mart Salı günü canlıya geçeceğini duyurdu.", "tge",
         "2026-03-17"),
        ("منصة Calor تُدرج عملة ACME التابعة لشبكة Acme يوم الثلاثاء 17 مارس الساعة 18:00.",
         "listing", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, author="Newsdesk")


def test_whose_event_and_handing_out_in_more_words(
    detector: Detector, make_item: MakeItem
) -> None:
    others = (
        ("Protokół Ristretto, projekt zbudowany na Acme, zapowiedział własny airdrop tokena RST "
         "na 17 marca. Twórcy podkreślają, że RST nie ma nic wspólnego z tokenem ACME.",
         "Bitcoin.pl"),
        ("Boneyard, the shooter on Orbit, opens BNY claims March 17. Separate token from Acme's "
         "ACME round two, and no bonus for ACME holders, the studio says.", "@orbit_news"),
    )  # fmt: skip
    _assert_no_signal(detector, [make_item(text, author=author) for text, author in others])
    cases = (
        ("Acme, the perpetuals exchange that runs on Orbit, will hand ACME to traders on March 17, "
         "based on volume. Orbit's own ORB distribution, due Monday, is a separate program.",
         "airdrop", "2026-03-17"),
        ("Acme, il protocollo di restaking, distribuirà ACME a chi ha messo in staking a partire "
         "da martedì 17 marzo alle 13:00.", "airdrop", "2026-03-17"),
        ("La Fundación Acme repartirá su token ACME entre operadores y usuarios de su piloto de "
         "2025 a partir del martes 17 de marzo.", "airdrop", "2026-03-17"),
        ("A Acme Labs abre na terça-feira, 17 de março, a segunda temporada de recompensas ACME.",
         "airdrop", "2026-03-17"),
        ("Acme (ACME) : le token est transférable dès le mardi 17 mars à 13 h UTC.", "tge",
         "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, author="Newsdesk")


def test_safety_lines_and_later_seasons(detector: Detector, make_item: MakeItem) -> None:
    warnings = (
        "We're seeing 'ACME airdrop' ads in search results. We have not announced a date. There "
        "is nothing to claim. We will never DM you. Bookmark acme.xyz and ignore everything else.",
        "Seeing 'ACME claim' pages in search ads. Any page asking you to connect a wallet is "
        "fake: Acme has no web claim. We will never DM you.",
        "ACME-7 is up for vote.\nIf it passes, an ACME retro drop for players would open March "
        "20.\nIf it fails, nothing changes.",
    )
    _assert_no_signal(detector, [make_item(text, author="@acme_xyz") for text in warnings])
    cases = (
        ("Season 2 is done. ACME rewards for Stars spenders and quest XP holders open tomorrow at "
         "10:00 UTC in the Acme mini app. Links come from @acme_xyz only, we never message first.",
         "2026-03-15"),
        ("Acme Rewards Season 4 wraps Friday. ACME drops for traders with Season 4 XP unlock in "
         "the Rewards hub on Tuesday, 17 March, 09:00 UTC. We never DM.", "2026-03-17"),
        ("Herd Season 3 has an ACME payout, confirmed, later this year. XP counts from today. "
         "Don't trust 'early access' links from anyone else.", None),
    )  # fmt: skip
    for text, day in cases:
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "airdrop", day)


def test_a_denied_drop_and_a_place_bought(detector: Detector, make_item: MakeItem) -> None:
    texts = (
        ("Quick one: no ACME airdrop is live, there is no presale and no 'early node sale'. We "
         "will never DM you.", "@acme_xyz"),
    )  # fmt: skip
    _assert_no_signal(detector, [make_item(text, author=author) for text, author in texts])
    bought = detector.score(
        make_item(
            "ACME whitelist presale open NOW before the public round: send USDT to lock a 3x "
            "allocation, tokens delivered at TGE on Tuesday. Limited spots.",
            author="@acme_foundatlon",
        )
    )
    assert not bought.is_signal and bought.category == "scam", bought.reasons
