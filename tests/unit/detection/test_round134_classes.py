"""Rules written in the dev134 session.

- plain words for a token becoming transferable ("ACME moves between wallets like any other
  token", "ACME becomes movable for everyone") and the press's words for it (Italian "può essere
  spostato tra portafogli", German "frei übertragen", Polish "będzie można przesyłać") are a
  launch;
- the holder told to pick its share up ("your ACME is set aside. Pick it up at ... from
  Tuesday"), to collect the symbol from a day ("provers collect ACME from Tuesday"), and the
  press's words for collecting (German "ACME-Token ... abholen", Dutch "hun ACME-tokens kunnen
  ophalen", Russian "смогут забрать", Italian "possono riscattare") are a drop;
- teams that did something ("teams that deployed a rollup on Acme") are the recipients: what they
  did is no cue against the event;
- a token symbol inside the event phrase that is no watched project's ("lets early uploaders
  collect VLVT from Tuesday" on a watched chain) makes the event another's; "collect yours from
  Friday" names no token;
- claim figures ("212k wallets claimed", "Week one of ACME: 71% ... has moved") are a look back; a
  leak judged by the reader ("from a supposed investor deck ... Grain of salt"), "Nothing is
  decided yet", Korean "검토 중이라는 이야기가 나왔다" (talk that a listing is being reviewed) are
  doubt; Dutch "Als het voorstel wordt aangenomen" makes the plan conditional; Hindi "नीचे
  कारोबार" (trading below) is price talk;
- more of the press's words: Ukrainian "повідомила" (said) with "запуск токена" (a launch);
  German "startet seinen eigenen Token" (a launch); Polish "rundę sprzedaży", Vietnamese "đấu giá
  công khai" (a sale); French "L'achat et la vente seront possibles" (a listing);
- a question whether the reader is among the recipients ("Ran an Acme node any time since
  January?") doubts nothing;
- a watched token named only in a sentence that denies ("QCK не связан с токеном ACME", "not
  DUCK") is no sign that another token's event is the watched project's; a symbol right after
  the event word ("airdrops QUAK on Friday") is the event's;
- a project named as having no part in the event ("Acme isn't running this", "the Acme team
  isn't running it", "Acme doesn't run this") is context wherever it is named without owning an
  event phrase;
- still more of the press's words: Italian "lancerà domani ... il suo token", "il token ACME
  debutterà a maggio", Spanish "puso en marcha hoy su red principal y su token", Vietnamese
  "Acme (ACME) ra mắt" (a launch); Spanish "empezó hoy a cotizar", Dutch "Handelen kan vandaag
  vanaf" (a listing); Tagalog "Open na ang ... claim" (open now);
- an item saying whose token it is, a project not watched ("NUVO is Nuvola's token; Acme is just
  the wallet you claim in"), makes an unowned event that project's;
- plain words, half of them in the press's languages: "ACME moves now", "becomes a real token",
  "opens for transfers", Spanish "podrán mover sus ACME", Polish "stanie się zbywalny", Arabic
  "قابلة للتحويل" (a launch); "Season 4 rewards land Thursday", Tagalog "Makukuha na ang",
  Italian "ritirare le ricompense", Ukrainian "забрати токени", Polish "będą mogli odebrać" (a
  drop); German "Gemeinschaftsrunde", French "tour public", Vietnamese "vòng cộng đồng" (a sale);
- Polish "uruchomił dziś ... token", Spanish "su token ACME se generará", Ukrainian "генезис
  токена" (a launch); "Send TON to the pool wallet and receive ACME" is a scam; "Watching 0.92 as
  support" is price talk; the day a launch moves away from in Ukrainian, Russian, Polish and
  Italian ("переноситься з 17 березня на 24 березня") is not its day;
- Hindi "ने कहा कि" (said that) tells a plan; the day of an earlier postponement in Dutch ("na een
  eerder uitstel van 16 maart") is not the event's;
- Dutch "verhandelbaar op Bitvavo", Spanish "ya está disponible para operar", French "ouvrira
  l'achat et la vente" (a listing); Polish "sprzeda publicznie swój token", Dutch "openbare
  veiling" (a sale); Indonesian "Token ACME ... akan diluncurkan", Ukrainian "токен ACME буде
  запущено" (a launch); Tagalog "Live na ang ACME ngayon! Pwede nang i-claim" (a drop, open now);
- whose token it is, in the press's languages too: "QSWP, o token da Quackswap", "le jeton de
  Vireo Finance", "Pondlily's LILY drop".
"""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem
from .test_round120_classes import _assert_no_signal
from .test_round127_classes import _assert_events


def test_plain_words_for_a_token_becoming_transferable(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("From Tuesday, March 17 at 14:00 UTC, ACME moves between wallets like any other token. "
         "Until then, balances in the app stay locked.", "tge", "2026-03-17"),
        ("ACME becomes movable for everyone on Tuesday, March 17 at 10:00 UTC. Sale buyers get "
         "a fifth at that hour.", "tge", "2026-03-17"),
        ("Dal 17 marzo il token ACME di Acme può essere spostato tra portafogli e usato per le "
         "commissioni, ha comunicato la fondazione.", "tge", "2026-03-17"),
        ("Acme lässt seinen Token ACME ab Dienstag, 17. März, um 15 Uhr frei übertragen.",
         "tge", "2026-03-17"),
        ("Token ACME projektu Acme będzie można przesyłać od 17 marca, od godz. 12:00.",
         "tge", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, author="@acme_xyz")


def test_plain_words_for_collecting_a_share(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Lenders from epochs 1 and 2: your ACME is set aside. Pick it up at acme.xyz/collect "
         "from Tuesday, March 17, 12:00 UTC.", "airdrop", "2026-03-17"),
        ("Season 3: provers who delivered proofs collect ACME from Tuesday, March 17, 15:00 UTC "
         "at acme.xyz/rewards.", "airdrop", "2026-03-17"),
        ("Wer Kapital bei Acme bereitgestellt hat, kann seine ACME-Token ab dem 17. März über "
         "die offizielle Seite abholen.", "airdrop", "2026-03-17"),
        ("Acme opent op 17 maart de pagina waarop vroege gebruikers hun ACME-tokens kunnen "
         "ophalen.", "airdrop", "2026-03-17"),
        ("Пользователи Acme смогут забрать ACME с 17 марта, сообщила команда.",
         "airdrop", "2026-03-17"),
        ("Acme: dal 17 marzo gli staker attivi possono riscattare i ACME su acme.xyz.",
         "airdrop", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, author="@acme_xyz")


def test_teams_named_by_what_they_did_are_the_recipients(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Round two: teams that deployed a rollup on Acme between January and June can collect "
         "ACME from Tuesday, March 17, 16:00 UTC at acme.xyz/rewards.", "airdrop", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, author="@acme_xyz")


def test_a_symbol_inside_the_event_phrase_is_whose_event(
    detector: Detector, make_item: MakeItem
) -> None:
    """A guard: both would be signals with "collect VLVT from" read as Acme's drop."""
    texts = (
        "Velvet, a data marketplace on Acme's registry, lets early uploaders collect VLVT from "
        "Tuesday. Its own token, its own team.",
        # (a guard: "yours" names no token)
        "Acme Genesis reprint: collect yours from Friday at acme.xyz/market. These are NFTs, "
        "nothing more: no token, no points, no allocation attached.",
    )
    _assert_no_signal(detector, [make_item(t, author="@newsdesk") for t in texts])


def test_claim_figures_doubt_votes_and_prices(detector: Detector, make_item: MakeItem) -> None:
    official = (
        "ACME claim, first 24h: 212k wallets claimed, 38% of the airdrop. Top 100 claimers "
        "already sent 61% of theirs to exchanges.",
        "Week one of ACME: 71% of the claimable supply has moved to holders' wallets. The rest "
        "stays open until Mar 30.",
        "Governance: AIP-14 proposes sending 3% of ACME genesis supply to Season 2 points "
        "holders, claimable at TGE. Snapshot vote runs Mar 17 to Mar 20. Nothing is decided yet "
        "and no ACME token exists.",
        "De stemming over AIP-7 loopt nog tot 16 maart. Als het voorstel wordt aangenomen, kunnen "
        "leden vanaf 20 maart ACME claimen; wordt het verworpen, dan verandert er niets.",
    )
    _assert_no_signal(detector, [make_item(t, author="@acme_xyz") for t in official])
    press = (
        "Seeing 'Acme TGE late March' from a supposed investor deck. Font is wrong. Grain of salt "
        "until @acme_xyz says a word.",
        "업계 일각에서 빗썸이 Acme(ACME) 원화 마켓 상장을 검토 중이라는 이야기가 나왔다.",
        "Acme का ACME टोकन लॉन्च के तीन दिन बाद अपनी पहली कीमत से करीब 30% नीचे कारोबार कर रहा है।",
    )
    _assert_no_signal(detector, [make_item(t, author="@newsdesk") for t in press])


def test_more_of_the_press_words(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Команда Acme повідомила, що запуск токена ACME, запланований на березень, переноситься "
         "на квітень: потрібен ще один аудит.", "tge", None),
        ("Acme Labs startet seinen eigenen Token ACME am 17. März um 15 Uhr MEZ.",
         "tge", "2026-03-17"),
        ("Acme rozpoczyna we wtorek 17 marca o 15:00 czasu polskiego publiczną rundę sprzedaży "
         "tokena ACME. Runda potrwa 48 godzin.", "token_sale", "2026-03-17"),
        ("Acme sẽ mở phiên đấu giá công khai token ACME lúc 21:00 (giờ Việt Nam) ngày 17/3.",
         "token_sale", "2026-03-17"),
        ("Les dépôts de ACME sont ouverts dès aujourd'hui sur Kraken. L'achat et la vente "
         "seront possibles à partir du mardi 17 mars à 14 h.", "listing", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, author="@newsdesk")


def test_asking_whether_the_reader_ran_a_node(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Ran an Acme node any time since January? Your share of ACME can be picked up from "
         "Tuesday, March 17, 09:00 UTC at acme.xyz/rewards. Same wallet you registered with.",
         "airdrop", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, author="@acme_xyz")


def test_a_token_named_only_to_deny_it_is_no_claim_to_the_event(
    detector: Detector, make_item: MakeItem
) -> None:
    texts = (
        "Мини-игра Quackers, работающая поверх сети Acme, откроет клейм собственного токена QCK "
        "17 марта. Разработчики подчеркивают, что QCK не связан с токеном ACME.",
    )
    _assert_no_signal(detector, [make_item(t, author="@newsdesk") for t in texts])
    # (a guard: the watched token named as the event's, beside a sentence that denies another
    # thing, still owns it)
    cases = (
        ("Acme opens the ACME claim on March 17 at acme.xyz/claim. This is not a points "
         "program.", "airdrop", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, author="@acme_xyz")


def test_a_project_said_to_have_no_part_in_the_event(
    detector: Detector, make_item: MakeItem
) -> None:
    texts = (
        "KLM drop: 3% of supply to Acme restakers. Claims Tue, Mar 17 at kolom.xyz. Acme isn't "
        "running this and ACME isn't involved; you just need to have restaked before Mar 1.",
        "Frontpage is giving 5% of FRNT to ACME holders, snapshot Mar 10, claims Mar 17 at "
        "frontpage.fi. FRNT is our token and our claim page; the Acme team isn't running it.",
        "OBSD is live on our rollup. ACME stakers: your 2% community slice is claimable at "
        "obsidianarc.gg/claim from Mar 17. That's our token and our claim; Acme doesn't run this.",
    )
    _assert_no_signal(detector, [make_item(t, author="@kolom_xyz") for t in texts])


def test_launches_listings_and_claims_in_more_words(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Il DEX Acme lancerà domani alle 14:00 UTC il suo token ACME. Nessuna prevendita è in "
         "corso, avverte il team.", "tge", "2026-03-15"),
        ("La cadena Acme puso en marcha hoy su red principal y su token nativo ACME a las 14:00 "
         "UTC, con 92 validadores de génesis.", "tge", "2026-03-14"),
        ("Acme (ACME) ra mắt lúc 15:00 giờ Việt Nam thứ Ba 17/3. Người nắm giữ ACME đủ điều "
         "kiện nhận.", "tge", "2026-03-17"),
        ("Il mercato di prestiti Acme ha confermato che il token ACME debutterà a maggio. La data "
         "precisa sarà comunicata nei prossimi giorni.", "tge", None),
        ("La aplicación de pagos Acme empezó hoy a cotizar su token ACME en Kraken a las 10:00 "
         "UTC.", "listing", "2026-03-14"),
        ("Nieuw op Bitvavo: Acme (ACME). Handelen kan vandaag vanaf 14:00 uur (NL-tijd). "
         "Stortingen staan al open in de app.", "listing", "2026-03-14"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, author="@newsdesk")


def test_a_claim_open_now_in_tagalog(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Open na ang Season 2 claim ng ACME ngayong araw sa Acme! Sa acme.xyz/claim lang kayo "
         "mag-claim, huwag sa mga link sa DM.", "airdrop", "2026-03-14"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, author="@acme_xyz")


def test_an_item_saying_the_token_is_another_projects(
    detector: Detector, make_item: MakeItem
) -> None:
    texts = (
        "Nuvola rewards go claimable inside Acme Wallet from Mar 17 (Rewards tab). NUVO is "
        "Nuvola's token; Acme is just the wallet you claim in. Questions → our Discord.",
    )
    _assert_no_signal(detector, [make_item(t, author="@nuvola_dex") for t in texts])


def test_plain_words_half_in_other_languages(detector: Detector, make_item: MakeItem) -> None:
    official = (
        ("ACME moves now. Send it, stake it, lock it. Exchanges open their books on their own "
         "clocks.", "tge", "2026-03-14"),
        ("ACME becomes a real token on Tuesday, March 17. Points turn into ACME automatically at "
         "14:00 UTC. Nothing to sign.", "tge", "2026-03-17"),
        ("ACME opens for transfers on Tuesday the 17th, 13:00 UTC. Nothing to do on your side.",
         "tge", "2026-03-17"),
        ("Season 4 rewards land Tuesday, March 17, 13:00 UTC. Collect at acme.xyz/rewards with "
         "the wallet that owns your keys.", "airdrop", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, official, author="@acme_xyz")
    press = (
        ("Los usuarios de Acme podrán mover sus ACME a partir del martes 17 de marzo, anunció el "
         "equipo.", "tge", "2026-03-17"),
        ("Wcześni członkowie Acme będą mogli odebrać swoje przydziały tokena ACME od 17 marca, "
         "czyli w dniu, w którym token stanie się zbywalny.", "airdrop", "2026-03-17"),
        ("أعلنت شبكة Acme أن رموز ACME ستصبح قابلة للتحويل بين المحافظ اعتبارًا من 17 مارس.",
         "tge", "2026-03-17"),
        ("Acme permetterà dal 17 marzo di ritirare le ricompense della terza stagione in ACME.",
         "airdrop", "2026-03-17"),
        ("Сьогодні Acme відкрив можливість забрати токени ACME для ранніх користувачів.",
         "airdrop", "2026-03-14"),
        ("Die Acme Foundation bietet ab dem 17. März einen Teil ihrer ACME-Token in einer "
         "Gemeinschaftsrunde an.", "token_sale", "2026-03-17"),
        ("Le projet Acme ouvrira le 17 mars le tour public de son jeton ACME, pour 48 heures.",
         "token_sale", "2026-03-17"),
        ("Acme sẽ mở vòng cộng đồng cho token ACME lúc 21h ngày 17/3 (giờ Việt Nam).",
         "token_sale", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, press, author="@newsdesk")


def test_launch_words_a_pool_wallet_a_chart_and_a_day_moved_from(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Projekt Acme uruchomił dziś o 10:00 UTC token ACME; użytkownicy bety mogą odbierać "
         "przydziały od tej samej godziny.", "tge", "2026-03-14"),
        ("La red Acme informó que su token ACME se generará el martes 17 de marzo a las 11:00 "
         "UTC.", "tge", "2026-03-17"),
        ("Команда мережі Acme повідомила, що генезис токена ACME переноситься з 17 березня на "
         "24 березня, 14:00 UTC.", "tge", "2026-03-24"),
        ("Команда Acme сообщила, что запуск токена ACME переносится с 17 марта на 24 марта.",
         "tge", "2026-03-24"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, author="@newsdesk")
    texts = (
        "Acme 'ACME presale' round 2 is live! Send TON to the pool wallet and receive ACME at 50% "
        "off before listing. Verified by the team",
        "$ACME up 14% on the week. Exchange tokens always run into a big listing month, and two "
        "tokens land on Acme in March. Watching 0.92 as support.",
    )
    _assert_no_signal(detector, [make_item(t, author="@newsdesk") for t in texts])


def test_hindi_said_that_and_a_dutch_postponement(detector: Detector, make_item: MakeItem) -> None:
    """Only what these rules decide is asserted: the Hindi item's "आज शाम" (this evening) gives no
    day yet, and the Dutch item's type is read from its claim sentence."""
    said = detector.score(make_item(
        "डीपिन नेटवर्क Acme ने कहा कि उसका ACME टोकन आज शाम 7:30 बजे (IST) से ट्रांसफर योग्य होगा।",
        author="@newsdesk",
    ))  # fmt: skip
    assert said.is_signal and (said.company, said.event_type) == ("Acme", "tge"), said.reasons
    moved = detector.score(make_item(
        "Het netwerk Acme zet zijn token ACME vandaag om 9.00 uur live, na een eerder uitstel van "
        "12 maart. Beheerders kunnen vanaf dat moment claimen in de app.",
        author="@newsdesk",
    ))  # fmt: skip
    assert moved.is_signal and str(moved.event_date) == "2026-03-14", moved.reasons


def test_listings_sales_and_launches_in_more_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Acme (ACME) is vanaf dinsdag 17 maart 16.00 uur verhandelbaar op Bitvavo.",
         "listing", "2026-03-17"),
        ("ACME ya está disponible para operar en Kraken desde las 14:00 UTC de hoy.",
         "listing", "2026-03-14"),
        ("Kraken ouvrira l'achat et la vente de ACME, le jeton d'Acme, à partir du mardi 17 mars.",
         "listing", "2026-03-17"),
        ("Giełda Acme sprzeda publicznie swój token ACME we wtorek 17 marca na platformie "
         "Kraken.", "token_sale", "2026-03-17"),
        ("Acme Labs opent de openbare veiling van ACME op dinsdag 17 maart om 15.00 uur.",
         "token_sale", "2026-03-17"),
        ("Token ACME milik Acme akan diluncurkan pada 17 Maret pukul 23.00 WIB.",
         "tge", "2026-03-17"),
        ("Проєкт Acme підтвердив, що власний токен ACME буде запущено в другому кварталі.",
         "tge", None),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, author="@newsdesk")
    live = (
        ("Live na ang ACME ngayon! Pwede nang i-claim ng mga node operator sa acme.xyz/claim.",
         "airdrop", "2026-03-14"),
    )  # fmt: skip
    _assert_events(detector, make_item, live, author="@acme_xyz")


def test_whose_token_in_the_press_languages(detector: Detector, make_item: MakeItem) -> None:
    texts = (
        "QSWP, o token da Quackswap, abre o claim na terça, 17/3, às 12h UTC. A Quackswap roda na "
        "Acme, mas o QSWP é nosso: quem tem ACME não recebe nada automaticamente.",
    )
    _assert_no_signal(detector, [make_item(t, author="@newsdesk") for t in texts])
