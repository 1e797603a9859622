"""Rules written in the dev114 session.

- a closing word in another language on the line before a day does not make that day a closing
  day ("... abierta hasta agotar stock" then "20 de marzo, 14:00 UTC: TGE de ACME" on the next
  line): the look-back patterns end at the searched text's end (``\\Z``), not before its last
  line break (``$``);
- between candidates that tie, the one whose own token the item names is the item's: a lending
  protocol's sale of its token on a watched launchpad, told in Russian or Japanese where no
  owner of the event phrase is read ("... продажу токена ORB на лаунчпаде Acme"), is the
  protocol's, whatever the watch list's order;
- events in the projects' plain words and the press's languages: a token starting to circulate
  ("empezará a circular", "流通が始まります"), said to come into being ("ACME will exist later
  this year", "comes to life in Q3"); a share of the supply offered at a price ("5% of supply at
  $0.12", "2.5% of ACME at four cents", "a slice of ACME will be open to anyone"), French "ouvrira
  ... une vente", Portuguese "janela de subscrição", Indonesian "jendela pembelian", Arabic "شراء
  رمزها", Thai "เปิดให้ชุมชนซื้อ", Korean "커뮤니티 판매"; the holders told where and how they take
  theirs ("pourront récupérer leurs ACME", "ACME-Zuteilung ... abholen", "Mitgliedern ... ACME
  zuteilen", "the pick-up page", "받아갈 수 있다", "sẽ về ví", "collect them under Rewards");
- "Thursday the 26th", "Thursday 26th": the day of the month the weekday names, not the next
  such weekday;
- an opening question asking whether the reader is among those concerned ("Held Acme vault
  shares since January?", "Want ACME before it trades?") doubts nothing; "carteira",
  "billetera", "portefeuille" (wallet) and "nœuds" (nodes) are crypto vocabulary; German tells a
  plan with "will" (means to): "will ihren Mitgliedern im April ACME zuteilen", and "seit 2024"
  tells the project's history as "since 2024" does;
- more of the plain words: a token that "starts changing hands", "verá la luz"; a rewards page
  that opens or hands the token over ("acme.xyz/rewards lets you pull your ACME into your
  wallet", "your ACME shows up at acme.xyz/rewards", "sign once and your ACME moves to your
  wallet"), Indonesian "pengambilan", Arabic "صفحة استلام", Vietnamese "chuyển về ví", French
  "sera distribué aux"; a notice's pair and its book ("ACME/USDT on Orbit · Tue 17 Mar · book
  opens 15:00 UTC", "ACME/USDT order book: Tuesday 17 March", "ACME/ETH is on Orbit as of 10:00
  UTC today"), Polish "handel ACME/PLN od 16:00", Arabic "يبدأ التداول";
- no announcement: a leak left to the reader ("a listing nobody has announced yet. Draw your own
  conclusions."); a round's recap by its numbers or its refunds ("by the numbers: 9.4x
  oversubscribed", "ACME sale wrapped ... refunds done"), while a done sale followed by the
  launch ahead stays the launch; another project named as the watched one's rival in German
  ("Acme-Rivale Tessera", "ein Konkurrent von Acme");
- a venue's trading named first is a listing, whatever launch word follows: "ACME (Acme) trading
  goes live on Tuesday", "ACME debuts on three exchanges", an exchange's "ACME trades here from
  the day it launches", Japanese "現物取引を開始", Vietnamese "hỗ trợ giao dịch";
- a checker post dated by its claim day in more words: Indonesian "pemeriksa kelayakan" then
  "Klaim token ... Kamis (19/3)", "acme.xyz/eligibility is open now. The tokens themselves can be
  pulled to your wallet from Thursday"; "the window shuts June 14" is a closing day, and a
  drop "ready to collect" now is dated by publication (its precision "day", as for every
  dated event);
- still more plain words: "ACME moves freely from Wednesday", "送金・移転できるようになる",
  "podrá enviarse", "dapat dipindahkan", "станет переводимым" (a launch); "becomes
  withdrawable", "podrán cobrar sus ACME", "смогут забрать свои ACME", "shows up under Portfolio
  → Rewards", "is waiting at acme.xyz/collect" (a drop); "売買できるようになる", "handel tokenem"
  (a listing); "anyone can buy ACME", "4% of supply goes to the public", "will offer 2% of ACME
  to the public", "the public ACME window on Orbit" (a sale);
- a rumour in its own words ("heard it from a mod", "supposedly", "Screenshot or it didn't
  happen", "connect the dots"); a place in a sale bought by sending money ("send 100 USDT to the
  whitelist vault") is a scam; French "un an après", "Il y a un an" look back;
- sales and listings of more presses: Polish "sprzedaż publiczną", "sprzedaż społecznościowa",
  Japanese "公開セール", Turkish "açık artırması", Italian "la coppia ACME/EUR apre", a notice's
  "Trading ACME/USDT: jueves 19/03"; Turkish "büyük ihtimalle", "benim tahminim", "Resmî bir şey
  yok" are doubt;
- a venue's own post of a guest's event is the guest's when the token named is the guest's and
  the venue leads only by being the source ("Orbit (ORB) will list on Acme" from Acme's account);
  the venue's own event stays the venue's;
- a notice's trading field dates its listing ("ACME/USDT: deposits 18 Mar 12:00 UTC, trading 18
  Mar 13:30 UTC": the deposits' reach stops at the trading named after them); "will offer 3% of
  its ACME supply to the public" is a sale; "ACME is ready to pick up" is live;
- an event named as the time of another in Portuguese, Spanish, French, German ("depois da rodada
  comunitária", "logo após o leilão público", "after the June 3 sale") is not the lead when the
  item names another event: "o token ACME poderá ser transferido", "entra em operação" (a launch);
  so is the venue named with it ("after the March 3 sale on Orbit Launchpad");
- "the ACME S2 drop is in Q4" is a drop set for a quarter (not "price drop is in line");
- "ACME goes to everyone who reached rank 10" is a drop (not "a slice of ACME goes to the people
  who ...", a sale's share); a balance that "becomes something you can send" is a launch;
- a purchase capped per wallet ("Up to $1,500 a wallet") is a sale; a venue that "will carry
  $ACME from the first minute it trades" lists it;
- a Korean exchange's new market for a token long traded abroad ("해외 거래소에서 거래되어 온
  토큰", "여러 해외 거래소에서 거래 중인") is no debut;
- the network another project runs on, in Hebrew, Indonesian and Korean ("הפועלת על רשת Acme",
  "di jaringan Acme", "Acme 체인 기반 게임"), makes the watched chain context;
- a guess owned as one ("that's basically confirmation", "Not official, just the pattern") is
  doubt;
"""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem
from .test_round87_classes import _assert_acme_event


def test_a_closing_word_on_the_line_before_a_day(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "ACME: venta pública abierta hasta agotar stock\n"
        "20 de marzo, 14:00 UTC: TGE de ACME y claims"
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    _assert_acme_event(decision, "token_sale", "2026-03-20")


def test_a_tie_goes_to_the_project_whose_token_is_named(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Кредитный протокол Orbit проведет публичную продажу токена ORB на лаунчпаде Acme "
         "17 марта.", "token_sale", "2026-03-17"),
        ("レンディングプロトコルのOrbit、ORBトークンを3月18日に取引所Acmeで上場へ。", "listing",
         "2026-03-18"),
    )  # fmt: skip
    for text, event_type, day in cases:
        decision = detector.score(make_item(text, author="Newsdesk"))
        assert decision.is_signal and decision.company == "Orbit", (text, decision.reasons)
        assert decision.event_type == event_type
        assert str(decision.event_date) == day
    # a project naming no token of its own is still the item's when it is the only candidate
    only = detector.score(make_item("Кредитный протокол Acme проведет публичную продажу 17 марта."))
    assert only.is_signal and only.company == "Acme", only.reasons


def test_events_in_plain_words_and_more_languages(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ('Acme confirmó que ACME empezará a circular en abril.',
         'tge', None),
        ('AcmeのACMEは、4月に流通が始まります。',
         'tge', None),
        ('ACME will exist later this year. Until then, no presale.',
         'tge', None),
        ("ACME, the network's own token, comes to life in Q3.",
         'tge', None),
        ('Acme will offer 5% of supply at $0.12 from Tuesday March 17, 15:00 UTC.',
         'token_sale', '2026-03-17'),
        ('From Thursday the 26th: 2.5% of ACME at four cents, on Orbit only.',
         'token_sale', '2026-03-26'),
        ('In April a slice of ACME will be open to anyone: one fixed price for everybody.',
         'token_sale', None),
        ("L'application Acme ouvrira au deuxième trimestre une vente de ACME à prix fixe.",
         'token_sale', None),
        ('Acme vai oferecer ACME numa janela de subscrição que abre no dia 17 de março.',
         'token_sale', '2026-03-17'),
        ('Jendela pembelian ACME dari Acme dibuka 17 Maret pukul 14.00 UTC.',
         'token_sale', '2026-03-17'),
        ('أعلنت Acme أنها ستتيح للمستخدمين شراء رمزها ACME ابتداءً من 17 مارس.',
         'token_sale', '2026-03-17'),
        ('Acme เตรียมเปิดให้ชุมชนซื้อ ACME ในวันที่ 17 มีนาคม',
         'token_sale', '2026-03-17'),
        ('Acme, ACME 커뮤니티 판매 17일 0시 개시',
         'token_sale', '2026-03-16'),
        ("Les utilisateurs d'Acme pourront récupérer leurs ACME à partir du mardi 17 mars.",
         'airdrop', '2026-03-17'),
        ("Wer ACME-Nutzer war, kann ab Dienstag, 17. März seine ACME-Zuteilung auf der "
         "offiziellen Seite abholen.",
         'airdrop', '2026-03-17'),
        ('Die Acme Labs will ihren Mitgliedern im April ACME zuteilen.',
         'airdrop', None),
        ('The Acme pick-up page switches on Tuesday 17 March, 12:00 UTC: your ACME is set aside.',
         'airdrop', '2026-03-17'),
        ("Acme Labs는 시즌2 참여자에게 배정된 ACME를 17일 오후 11시(한국시간)부터 "
         "받아갈 수 있다고 밝혔다.",
         'airdrop', '2026-03-17'),
        ('Acme xác nhận: phần thưởng ACME sẽ về ví của anh em từ 19h ngày 17/3 (giờ VN).',
         'airdrop', '2026-03-17'),
        ("Fees paid on Acme since January come back as ACME. Collect them under Rewards from "
         "Tuesday 17 March.",
         'airdrop', '2026-03-17'),
    )
    for text, event_type, day in cases:
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), event_type, day)


def test_near_misses_of_the_plain_words(detector: Detector, make_item: MakeItem) -> None:
    for text in (
        "Whales bought 5% of supply at $0.12 last week; $ACME now trades at $0.40.",
        "The Acme app is open to anyone: no waitlist.",
        "Acme NFT holders will collect them under Rewards when the season ends.",
    ):
        assert not detector.score(make_item(text)).is_signal, text


def test_an_opening_question_to_those_concerned(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Held Acme vault shares at any point since January? Your ACME is set aside: the pick-up "
         "page opens Tuesday 17 March.", "@acme_xyz", "airdrop", "2026-03-17"),
        ("Want ACME before it trades? 3% of supply at $0.21 each, Tuesday 17 March via Orbit.",
         "@someone", "token_sale", "2026-03-17"),
    )  # fmt: skip
    for text, author, event_type, day in cases:
        _assert_acme_event(detector.score(make_item(text, author=author)), event_type, day)
    for text in (
        "Want a TGE date for ACME? Nobody knows yet.",
        "Held ACME since launch? It could airdrop again in Q3, maybe.",
    ):
        assert not detector.score(make_item(text)).is_signal, text


def test_wallets_nodes_and_a_german_plan(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Quem usou a carteira Acme antes de 1º de março poderá resgatar seus ACME na "
         "terça-feira (17).", "@someone", "2026-03-17"),
        ("Les opérateurs de nœuds d'Acme pourront récupérer leurs ACME à partir du mardi 17 "
         "mars.", "@someone", "2026-03-17"),
        ("Die Acme DAO, die seit 2024 Stipendien vergibt, will ihren Mitgliedern im April ACME "
         "zuteilen.", "@acme_xyz", None),
    )  # fmt: skip
    for text, author, day in cases:
        decision = detector.score(make_item(text, author=author))
        _assert_acme_event(decision, "airdrop", day)
    assert decision.date_precision == "month"


def test_rewards_pages_books_and_more_plain_words(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ('ACME starts changing hands on Tuesday 17 March, 14:00 UTC.',
         'tge', '2026-03-17'),
        ('Acme confirma que su token ACME verá la luz antes de que termine el año.',
         'tge', None),
        ('Acme membuka pengambilan ACME mulai Selasa, 17 Maret, pukul 13.00 UTC.',
         'airdrop', '2026-03-17'),
        ('منصة Acme تفتح اليوم صفحة استلام رموز ACME عند الساعة 13:00 بتوقيت UTC.',
         'airdrop', '2026-03-14'),
        ('Acme a indiqué que son jeton ACME sera distribué aux détenteurs au '
         'deuxième trimestre.',
         'airdrop', None),
        ('Acme: từ 12:00 UTC thứ Ba 17/3, người stake có thể chuyển về ví số ACME của mình.',
         'airdrop', '2026-03-17'),
        ('رمز ACME يبدأ التداول يوم 17 مارس الساعة 14:30 بتوقيت UTC على منصة Orbit.',
         'listing', '2026-03-17'),
        ('From Tuesday 17 March, 14:00 UTC, acme.xyz/rewards hands over your ACME.',
         'airdrop', '2026-03-17'),
        ('Stakers: on Tuesday 17 March your ACME shows up at acme.xyz/rewards.',
         'airdrop', '2026-03-17'),
        ('The ACME rewards page for node operators opens Tuesday 17 March at 14:00 UTC.',
         'airdrop', '2026-03-17'),
        ('From Tuesday 17 March, acme.xyz/rewards lets you pull your ACME into your wallet.',
         'airdrop', '2026-03-17'),
        ('Season 3: Tuesday 17 March, 12:00 UTC. Sign once and your ACME moves '
         'to your wallet.',
         'airdrop', '2026-03-17'),
        ('ACME/USDT on Orbit · Tue 17 Mar · book opens 15:00 UTC',
         'listing', '2026-03-17'),
        ('ACME/ETH is on Orbit as of 10:00 UTC today, a day-one pool.',
         'listing', '2026-03-14'),
        ('Acme (ACME) we wtorek 17 marca u nas: handel ACME/PLN od 16:00 czasu polskiego.',
         'listing', '2026-03-17'),
        ('Acme (ACME) on Orbit\nACME/USDT order book: Tuesday 17 March, 14:00 UTC',
         'listing', '2026-03-17'),
    )
    for text, event_type, day in cases:
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), event_type, day)
    for text in (
        "acme.xyz/rewards now shows your Season 3 $ACME points; nothing moves to your wallet yet.",
        "ACME/USDT is on Orbit's watch list, no date.",
    ):
        assert not detector.score(make_item(text, author="@acme_xyz")).is_signal, text


def test_leaks_recaps_and_german_rivals(detector: Detector, make_item: MakeItem) -> None:
    official = (
        "Acme's ACME round on the Orbit launchpad, by the numbers: 9.4x oversubscribed, 11,200 "
        "wallets, refunds fully processed.",
        "ACME sale wrapped: 6,100 verified IDs, fully allocated, refunds done.",
    )
    for text in official:
        assert not detector.score(make_item(text, author="@acme_xyz")).is_signal, text
    for text in (
        "Orbit deployer just sent 40M ACME to a fresh exchange hot wallet. Either market-making "
        "inventory or a listing nobody has announced yet. Draw your own conclusions.",
        "Acme-Rivale Tessera startet seinen TSRA-Token am 17. März.",
        "Tessera, ein Konkurrent von Acme, startet seinen TSRA-Token am 17. März.",
    ):
        assert not detector.score(make_item(text)).is_signal, text
    text = (
        "The ACME sale is done: 11,240 buyers, refunds done. Next: ACME goes live Thursday, "
        "March 19, 14:00 UTC."
    )
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", "2026-03-19")


def test_a_venues_trading_named_first_is_a_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("ACME (Acme) trading goes live on Tuesday at 16:30 UTC. Deposits are open now.",
         "2026-03-17"),
        ("Coming in April: ACME/USDT. Acme's ACME trades here from the day it launches.", None),
        ("取引所OrbitはAcmeのACMEについて、3月17日（火）18時から入金受付と現物取引を開始すると"
         "発表した。ACMEは同日に発行される新しいトークン。", "2026-03-17"),
        ("Sàn Orbit sẽ hỗ trợ giao dịch ACME, token của Acme, ngay từ ngày token ra mắt trong "
         "quý 2.", None),
    )  # fmt: skip
    for text, day in cases:
        _assert_acme_event(detector.score(make_item(text, author="@orbit_ex")), "listing", day)
    item = make_item(
        "ACME, the token of the Acme network, will start trading on Orbit and two other venues "
        "on Tuesday, shortly after it is minted at 13:00 UTC.",
        title="Acme's ACME debuts on three exchanges Tuesday", source="rss", author="Newsdesk",
    )
    _assert_acme_event(detector.score(item), "listing", "2026-03-17")


def test_checker_posts_and_closing_days_in_more_words(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Acme akan membuka pemeriksa kelayakan airdrop pada Senin (16/3). Klaim token ACME "
         "dijadwalkan Kamis (19/3) pukul 19.00 WIB.", "2026-03-19"),
        ("See whether your address has ACME waiting: acme.xyz/eligibility is open now. The tokens "
         "themselves can be pulled to your wallet from Thursday, March 19, 13:00 UTC.",
         "2026-03-19"),
        ("Season 2 ACME is ready to collect at acme.xyz/rewards. The window shuts June 14.",
         "2026-03-14"),
    )  # fmt: skip
    for text, day in cases:
        decision = detector.score(make_item(text, author="@acme_xyz"))
        _assert_acme_event(decision, "airdrop", day)
        assert decision.date_precision == "day"
    text = "68% of the ACME airdrop was claimed before the window shut on Wednesday."
    assert not detector.score(make_item(text, author="@acme_xyz")).is_signal


def test_still_more_plain_words(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ('ACME moves freely from Wednesday, 15:00 UTC. Round buyers see it in '
         'their wallets at that moment.',
         'tge', '2026-03-18'),
        ('AcmeはACMEトークンが3月17日午後9時(日本時間)から送金・移転できるようになると発表した。',
         'tge', '2026-03-17'),
        ('La red Acme informó que su token ACME podrá enviarse entre billeteras '
         'a partir del martes 17 de marzo, hacia las 14:00 UTC.',
         'tge', '2026-03-17'),
        ('Acme menyatakan token ACME akan dapat dipindahkan antardompet pada kuartal kedua.',
         'tge', None),
        ('Команда Acme уточнила, что токен ACME станет переводимым в июле.',
         'tge', None),
        ('Season 2 ACME accrues from today and becomes withdrawable once the '
         'season closes later this year.',
         'airdrop', None),
        ('Acme informó que los usuarios elegibles podrán cobrar sus ACME desde '
         'el jueves 19 de marzo a las 15:00 UTC.',
         'airdrop', '2026-03-19'),
        ('Сеть Acme сообщила, что участники третьего сезона смогут забрать свои '
         'ACME с 17 марта в 12:00 по московскому времени.',
         'airdrop', '2026-03-17'),
        ('Season 2 closes Sunday. From Tuesday 17 March, 09:00 UTC, your S2 '
         'ACME shows up under Portfolio → Rewards with a Withdraw button.',
         'airdrop', '2026-03-17'),
        ('Contributors: your ACME is waiting at acme.xyz/collect. Sign once, done.',
         'airdrop', None),
        ('AcmeはACMEが3月18日17時(日本時間)からOrbitで売買できるようになると発表した。',
         'listing', '2026-03-18'),
        ('Giełda Orbit poinformowała, że handel tokenem ACME ruszy we wtorek 17 '
         'marca o 14:00 czasu polskiego.',
         'listing', '2026-03-17'),
        ('In April, anyone can buy ACME: 4% of supply goes to the public on '
         'Orbit, same price for everyone.',
         'token_sale', None),
        ('Proposal 41 passed. The treasury will offer 2% of ACME to the public '
         'later this year.',
         'token_sale', None),
        ('The public ACME window on Orbit has its dates: Tuesday 17 March, '
         '15:00 UTC, to Friday the 20th.',
         'token_sale', '2026-03-17'),
    )
    for text, event_type, day in cases:
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), event_type, day)


def test_rumours_whitelist_payments_and_french_looks_back(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "ACME airdrop mid-April, heard it from a mod in the Acme Discord. Creators with 10+ posts "
        "supposedly get double. Screenshot or it didn't happen, I know.",
        "ACME whitelist ✅ Guaranteed allocation for the March 20 sale: send 100 USDT to the "
        "whitelist vault and your wallet is added. Only 300 spots left.",
        "acme tge in april, trust. the acme deployer just got funded from their multisig and "
        "someone registered acme-claim subdomains. connect the dots",
    ):
        assert not detector.score(make_item(text)).is_signal, text
    item = make_item(
        "Il y a un an, Acme DAO distribuait ses premiers ACME à 60 000 membres. Un tiers des "
        "jetons n'a jamais été réclamé.",
        title="Acme DAO : un an après le premier airdrop ACME", source="rss", author="Newsdesk",
    )
    assert not detector.score(item).is_signal


def test_sales_and_listings_of_more_presses(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ('Projekt Acme przeprowadzi sprzedaż publiczną tokenów ACME na '
         'launchpadzie Orbit w poniedziałek 23 marca o 17:00 czasu polskiego.',
         'token_sale', '2026-03-23'),
        ('Acme potwierdza: sprzedaż społecznościowa tokena ACME odbędzie się w kwietniu.',
         'token_sale', None),
        ('【IEO】Acme、OrbitでACMEの公開セールを3月18日(水)0時(日本時間)に開始。',
         'token_sale', '2026-03-17'),
        ("Acme (ACME) açık artırması 17 Mart Salı 19:00'da (TSİ) başlıyor.",
         'token_sale', '2026-03-17'),
        ('Acme (ACME) debutta giovedì 19 marzo: la coppia ACME/EUR apre alle '
         '16:00 ora italiana.',
         'listing', '2026-03-19'),
        ('¡Acme (ACME) llega a Orbit! Trading ACME/USDT: jueves 19/03 a las '
         '10:00 hora de Buenos Aires (13:00 UTC).',
         'listing', '2026-03-19'),
    )
    for text, event_type, day in cases:
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), event_type, day)
    text = (
        "Acme ACME açık artırması büyük ihtimalle ay sonunda. Moderatör çok yakında dedi, benim "
        "tahminim 27 Mart. Resmî bir şey yok."
    )
    assert detector.score(make_item(text)).category == "speculation"


def test_a_venues_post_of_a_guests_event(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Orbit (ORB) will list on Acme when it launches in April. ORB/USDT first; the exact "
        "trading time goes out with the launch date."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.company == "Orbit", decision.reasons
    assert decision.event_type == "listing"
    own = "Acme's own ACME launchpool opens Tuesday: stake ORB to earn ACME."
    assert detector.score(make_item(own, author="@acme_xyz")).company == "Acme"


def test_notice_fields_public_offers_and_pick_ups(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Orbit will list Acme (ACME) in the Innovation Zone. ACME/USDT: deposits 18 Mar 12:00 UTC, "
        "trading 18 Mar 13:30 UTC, withdrawals 19 Mar 14:00 UTC."
    )
    _assert_acme_event(detector.score(make_item(text, author="@orbit_ex")), "listing", "2026-03-18")
    item = make_item(
        "Acme will offer 3% of its ACME supply to the public at a fixed price from March 24 "
        "through a community round on its own site.",
        title="Acme to let the public buy ACME from March 24", source="rss", author="Newsdesk",
    )
    _assert_acme_event(detector.score(item), "token_sale", "2026-03-24")
    text = "Season 3 ACME is ready to pick up: open the Acme app → Rewards → Collect."
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "airdrop", "2026-03-14")


def test_portuguese_launches_after_a_round(detector: Detector, make_item: MakeItem) -> None:
    for text in (
        "A Acme informou que o token ACME poderá ser transferido entre carteiras a partir de "
        "abril, depois da rodada comunitária de março.",
        "O protocolo Acme informou que o token ACME entra em operação em abril, logo após o "
        "leilão público marcado para o fim de março.",
        "After the March 3 sale, ACME goes live in Q3. Sale buyers get tokens at launch.",
        # (the venue named with it is part of the time: "on Orbit Launchpad")
        "After the March 3 sale on Orbit Launchpad, ACME goes live in Q3. Sale buyers get tokens "
        "at launch.",
    ):
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", None)


def test_a_seasons_drop_set_for_a_period(detector: Detector, make_item: MakeItem) -> None:
    text = "Season 2 is running. The ACME S2 drop is in Q4; it covers provers and bridgers."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    _assert_acme_event(decision, "airdrop", None)
    assert decision.date_precision == "quarter"
    price = "ACME price drop is in line with the market."
    assert not detector.score(make_item(price, author="@acme_xyz")).is_signal


def test_a_token_handed_to_those_who_earned_it(detector: Detector, make_item: MakeItem) -> None:
    text = "ACME goes to everyone who reached rank 10 in the Acme game before March 1."
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "airdrop", None)
    text = (
        "At block 4,200,000 (about 14:00 UTC on Tuesday, March 17) ACME stops being a gas-only "
        "balance and becomes something you can send to any address."
    )
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", "2026-03-17")
    text = (
        "Next: a slice of ACME goes to the people who use Acme. Contributions open Tue 17 March "
        "on the Orbit launchpad, $5k cap per wallet."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    _assert_acme_event(decision, "token_sale", "2026-03-17")


def test_wallet_caps_and_first_trades(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Acme on Orbit: ACME at $0.085, paid in USDC, from Tuesday 17 March, 13:00 UTC for 36 "
        "hours. Up to $1,500 a wallet."
    )
    _assert_acme_event(
        detector.score(make_item(text, author="@acme_xyz")), "token_sale", "2026-03-17"
    )
    text = "Orbit will carry $ACME from the first minute it trades. Acme picks the day."
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "listing", None)


def test_a_new_market_for_a_token_traded_abroad(detector: Detector, make_item: MakeItem) -> None:
    for text in (
        "[공지] Acme(ACME) 원화 마켓 추가 안내. ACME는 2025년부터 해외 거래소에서 거래되어 온 "
        "토큰입니다. 입금은 오늘 15시부터, 거래는 17시부터.",
        "[공지] Acme(ACME) 원화 마켓 추가. ACME는 3월부터 여러 해외 거래소에서 거래 중인 "
        "토큰입니다. 입금은 오늘 18시부터.",
    ):
        assert detector.score(make_item(text, author="@orbit_kr")).category == "past_recap"


def test_apps_on_a_watched_network_in_more_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "אפליקציית החיסכון Egg Finance, הפועלת על רשת Acme, תקיים מכירה ציבורית של טוקן EGGF "
        "ב-17 במרץ.",
        "Game Kailan di jaringan Acme buka klaim KLN hari Selasa 17 Maret. Ini token Kailan "
        "sendiri, bukan ACME.",
        "Acme 체인 기반 게임 문헤이븐이 자체 토큰 MHVN을 빗썸 원화 마켓에 3월 17일 "
        "상장한다고 밝혔다.",
    ):
        decision = detector.score(make_item(text))
        assert not decision.is_signal and decision.category == "unwatched", text


def test_a_guess_owned_as_one(detector: Detector, make_item: MakeItem) -> None:
    for text in (
        "ACME TGE = april 21, the day after the Orbit round closes. a mod reacted 👀 to my "
        "message, that's basically confirmation",
        "Acme said 'April' for ACME. Orbit rounds usually TGE three weeks after the sale, so "
        "April 15. Not official, just the pattern.",
    ):
        assert detector.score(make_item(text)).category == "speculation", text
