"""Rules written in the dev70 session.

- a long news item that tells a project's history before its plan: when the sentence of the
  item's first event looks back ("Its ACME token debuted last July with an exchange listing")
  and a later sentence names the project, an event and a day or period still ahead ("Acme's
  second ACME airdrop opens on March 25"), the later event is the item's; past cues, past
  events and price talk before the plan's sentence are its history, also when the plan is the
  first event named; not when the plan is a listing of a token said to have debuted already
  (a later listing, not the first), nor when the first event's sentence names a day ahead of
  its own ("opened Monday and runs until Friday");
- a venue's post about a guest given with its symbol in brackets and an apposition ("Next on
  Acme Launchpad: Trivetta (TRVT), an options vault on Orbit, sells 4% of its supply here") is
  the guest's event; an event Japanese or Korean words after it deny ("ORBの配布ではありません")
  is no event of that token; a Chinese venue ("在 Acme 公开销售 EMBL", "在启动平台 Acme 上进行",
  "Acme 上的 Pritchel") is context;
- a day in a cancelled event's sentence is that event's, not the day of another event named
  elsewhere ("cancelled the sale Orbit was to host on March 21 ... would 'revisit
  distribution'"); a sale said to be "off" is cancelled (not one "off to a strong start");
  "none of this is a new listing" denies it; an exchange program's token named with its symbol
  in brackets ("to farm Grindstone (GRND)") owns the program; Polish hearsay ("Podobno",
  "plotkę") and Turkish price moves ("%22 geriledi", "desteği kırılırsa") are no announcements;
- a post whose opening sentences hold only a watched project's symbol in capitals and a day,
  time or period ("ACME: Tuesday, March 24, 13:00 UTC.", "ACME — April.", "Tomorrow. 15:00 UTC.
  ACME.", "ACME: May."), or its arrival now ("ACME hits mainnet 🚀"), is the token's launch;
  not when anything else is said there ("ACME: March 20 snapshot", "ACME — Q3 recap", an AMA,
  a price), nor "may" the verb;
- a token put into circulation, in the languages of the press ("puts ACME into circulation",
  "pondrá en circulación su token", "trafi do obiegu", "토큰 유통을 시작"), released ("gibt seinen
  ACME-Token ... frei") or brought out ("brengt zijn ACME-token ... uit") is its launch; tokens
  handed out ("distribuirà ... i token ACME", "mulai membagikan token ACME"), to collect or
  redeem ("Collect your ACME at ...", not badges) are its airdrop; a pair's pool opening
  ("ACME/ETH pool opens on Orbit") is its listing; Dutch, Polish, Italian and Turkish quarters
  and Polish months after "w" ("w kwietniu") are coarse dates; supply "already in circulation"
  is none of these;
- the token and its moment may stand in any sentence of a short post, or after a colon ("The
  closest we'll give today: ACME, May.", "... ours. ACME: Q3."), the days of other sentences
  not its own; "our own token" and a year are no other words;
- an event whose coarse date is a period gone by, said of no plan ("hosted Orbit's
  oversubscribed sale in January", written in March; "ACME sale on Kaito in February") is
  over; not "will launch in the first quarter of 2027";
- a named day before the event phrase in its own sentence (in Chinese, Japanese and Korean: its
  own clause) that is still ahead wins over a day gone by in the next one ("From Monday, March
  23, holders can collect at ... Balances from Jan 1 to Feb 28 count", "将于 3 月 23 日 ...
  开放领取，1 月 1 日至 ..."); holders who "can collect at", drops "collectable Tuesday",
  allocations that "land in" dashboards, "보상 수령", "tokens ophalen", "libera ... a coleta"
  are airdrops; "sẽ được phát hành", "uruchomi swój token", "dolaşıma gireceğini" launches;
  "購入申込" a sale;
- another project's token "going live" is its launch ("Congrats to Brume, a rollup on Orbit, on
  its BRM token going live"); an event named as what the news follows ("Now that ORB is live:
  the SILL claim opens ...") is no event of the item; Spanish and its neighbours deny with "no
  un" ("GNDL es nuestro token, no un airdrop de ORB"), and an article opening the sentence names
  no owner ("Los claims de GNDL"); a pair that "opens" is listed, and a venue's post about
  another token's pair that never names the venue is the guest's; an item naming no event is
  never a signal;
- a venue's header names where guests' events run ("Next on Acme: Mitregate (MTRG) ...", "This
  week on Acme"), "only hosts it" sets the venue apart, "Launch Pool" is a program; a badge,
  NFT or pass that mints is no token; "Happy April 1st" jokes; "no Season 3 distribution"
  denies; "claims news when it's final" promises news, not claims; Turkish "iptal ediyoruz"
  cancels and "olmayacak" denies;
- more of the press's languages: "devient transférable", "lancerà il token", "activará las
  transferencias de su token" launch; "troquem seus pontos pelo token", "wymienić na token",
  "la finestra per richiedere i token", "hun ACME-tokens claimen" are airdrops; "トークンの申込"
  is a sale; pairs' order books opening list, the price words inside that phrase no price talk;
- a claim that "tetap terbuka" (and its neighbours in other languages) is still open; a year
  after "since" tells how long ("has hosted 41 token sales since 2024"), except for a token
  that "has traded ... since 2024" (listed long ago);
- Korean "철회" and Chinese "撤回" withdraw a plan; "Rien à voir avec ORB" and its Spanish,
  Portuguese and Italian kin disown; a token named as the verb's object ("réclamer le token
  BTM") owns it; German "Schick ... erhalte ... zurück" is a giveaway; "Cara klaim" is a how-to;
  "跌破", "开盘价" price talk; "bana güven" hearsay; a vault's or fund's subscriptions are no
  token sale;
- the venue of a watched guest's event is context in more words ("trading starts on Orbit",
  "Участники публичной продажи на Orbit"), so the guest, not the venue, is the item's;
- a token's genesis named by its symbol ("ACME genesis moves to Tuesday") is its launch (not "at
  genesis", nor "ACME genesis claims", a genesis block or a drop named after it); German "bringt
  seinen Token ... heraus" and Portuguese "lançará o token" launch;
- a day moved away from in German ("nicht am 17. März, sondern erst am ...") is no event day; a
  weekday introducing the date after it ("am Dienstag, dem 24. März") is that date; an official
  post that only moves its token's day ("ACME moves from March 17 to March 24") announces it;
- a launchpad's round or window for a token ("The ACME token round is open", "ACME window is
  open"; not a grants, enrollment or registration round), Dutch "ACME-verkoop", "you can
  collect ACME" (not rewards), "will distribute a third season of ACME", Indonesian "token ACME
  akan diluncurkan pada kuartal ketiga" are the events they name;
"""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector

from .conftest import MakeItem
from .test_round54_classes import assert_announced, assert_no_signal, assert_rejected_as


def test_a_plan_told_after_the_project_history_is_the_item_event(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Acme's long road from rollup vendor to bridge",
         "Acme raised a seed round in 2024 and a Series A in 2025. Its ACME token debuted last "
         "July with an exchange listing, then fell by more than half over the autumn. In "
         "January it shipped its bridge. Acme's second ACME airdrop, for bridge users, opens on "
         "March 25, the company said on Thursday.", "airdrop", dt.date(2026, 3, 25)),
        ("Acme, from vaults to a stablecoin",
         "Acme started selling tokenized bills to funds in 2023 and won a licence in 2024. Its "
         "stablecoin has grown to $410 million. The company ran a points campaign for holders "
         "last year. Acme's ACME token will launch in September, its chief executive said.",
         "tge", None),
    )  # fmt: skip
    assert_announced(detector, make_item, cases, author="CoinDesk")


def test_history_before_a_plan_does_not_revive_a_later_listing_or_move_a_running_sale(
    detector: Detector, make_item: MakeItem
) -> None:
    # the token debuted long ago: a later exchange's listing is no first listing
    later = (
        ("Bitstamp adds ACME two years after its debut",
         "Bitstamp said on Thursday it will support ACME, the token of the Acme network, which "
         "debuted in January 2024 and already trades on most major exchanges. Trading in "
         "ACME-USD starts Monday, March 16.", "past_recap"),
    )  # fmt: skip
    assert_rejected_as(detector, make_item, later, author="CoinDesk")
    # the sale's own sentence names a day ahead: it is under way, and stays the item's event
    running = (
        ("", "Acme community sale, round 2 of 2: opened March 12 and runs until Friday, March "
         "20, 12:00 UTC. 38% of the allocation is filled so far. ACME unlocks at TGE in June.",
         "token_sale", dt.date(2026, 3, 12)),
    )  # fmt: skip
    assert_announced(detector, make_item, running, author="@acme_xyz")


def test_a_venue_post_about_a_guest_with_its_symbol_is_the_guest_event(
    detector: Detector, make_item: MakeItem
) -> None:
    guests = (
        ("", "Next on Acme Launchpad 🚀 Trivetta (TRVT), an options vault on Orbit, sells 4% of "
         "its supply here on Tuesday, March 17, 14:00 UTC."),
    )  # fmt: skip
    assert_no_signal(detector, make_item, guests, author="@acme_xyz")
    others = (
        ("", "Orbit上のDEX「Emberly」が、3月22日(日)にEMBLトークンのエアドロップ請求を開始します。"
         "対象はOrbitでスワップしたウォレット。ORBの配布ではありませんのでご注意ください。"),
        ("Orbit 生态 DEX Emberly 将于 3 月 25 日在 Acme 公开销售 EMBL",
         "基于 Orbit 的去中心化交易所 Emberly 宣布，将于 3 月 25 日在启动平台 Acme 上进行 EMBL "
         "代币公开销售。"),
        ("Acme 上的 Pritchel 第二轮公募推迟至 3 月 24 日",
         "启动平台 Acme 宣布，Pritchel 的第二轮公开销售推迟至 3 月 24 日，原定本周四举行。"),
    )  # fmt: skip
    assert_no_signal(detector, make_item, others, author="PANews")
    # the project's own event at a venue, and its own distribution, stay its own
    own = (
        ("", "Acme 将于 3 月 20 日在 Orbit 上进行 ACME 代币公开销售。", "token_sale",
         dt.date(2026, 3, 20)),
        ("", "ACMEの配布は3月20日に開始します。", "airdrop", dt.date(2026, 3, 20)),
    )  # fmt: skip
    assert_announced(detector, make_item, own, author="PANews")


def test_a_cancelled_event_keeps_its_day_and_an_off_sale_is_cancelled(
    detector: Detector, make_item: MakeItem
) -> None:
    news = (
        ("Acme calls off ACME community sale days before it was due",
         "Acme cancelled the community sale of its ACME token that Orbit was to host on March "
         "21, citing legal advice. The team said it would 'revisit distribution' and gave no "
         "timetable."),
    )  # fmt: skip
    assert_no_signal(detector, make_item, news, author="CoinDesk")
    cases = (
        ("", "Heads up: the ACME community sale we floated in January is off. No sale, no "
         "whitelist, no allocation to buy."),
        ("", "Unlocks this week: ORB 2.1% (Mar 16), ACME 1.2% (Mar 18). Both already trade; none "
         "of this is a new listing."),
        ("", "Acme Launchpool: stake ACME or ORB from Mon, March 16 to farm Grindstone (GRND) "
         "before it trades. GRND/USDT opens March 23, 12:00 UTC."),
        ("", "Podobno Acme robi TGE w kwietniu – ktoś na Discordzie widział slajd. Zero "
         "oficjalnych info, traktuję to jako plotkę."),
        ("", "$ACME claim açıldıktan sonraki ilk 24 saatte %22 geriledi. 0,18 desteği "
         "kırılırsa 0,14'e bakarım."),
    )  # fmt: skip
    assert_no_signal(detector, make_item, cases, author="@acme_xyz")
    kept = (
        ("", "Acme cancelled its ACME sale on Orbit; the ACME airdrop goes ahead on March 21 "
         "instead.", "airdrop", dt.date(2026, 3, 21)),
    )  # fmt: skip
    assert_announced(detector, make_item, kept, author="@acme_xyz")
    started = detector.score(
        make_item("The ACME sale is off to a strong start: 40% filled in the first hour.",
                  author="@acme_xyz")
    )  # fmt: skip
    assert started.is_signal and started.event_type == "token_sale", started.reasons


def test_a_post_of_only_the_token_and_its_moment_is_its_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("", "ACME: Tuesday, March 24, 13:00 UTC.", "tge", dt.date(2026, 3, 24)),
        ("", "ACME — April.", "tge", None),
        ("", "ACME: May.\n\nThat's the tweet.", "tge", None),
        ("", "Tomorrow. 15:00 UTC. ACME.", "tge", dt.date(2026, 3, 15)),
        ("", "ACME hits mainnet 🚀 Node operators: check your wallets.", "tge",
         dt.date(2026, 3, 14)),
    )  # fmt: skip
    assert_announced(detector, make_item, cases, author="@acme_xyz")
    others = (
        ("", "ACME: March 20 snapshot."),
        ("", "ACME — Q3 recap."),
        ("", "ACME: Tuesday 14:00 UTC AMA on Discord."),
        ("", "ACME: $0.42 (+5%) on March 20."),
        ("", "ACME may."),
    )  # fmt: skip
    assert_no_signal(detector, make_item, others, author="@acme_xyz")


def test_circulation_release_and_collection_in_many_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    news = (
        ("", "Acme, the lending network, puts ACME into circulation on March 24.", "tge",
         dt.date(2026, 3, 24)),
        ("", "La red Acme pondrá en circulación su token ACME el martes 24 de marzo.", "tge",
         dt.date(2026, 3, 24)),
        ("", "Acme potwierdziła, że jej token ACME trafi do obiegu w kwietniu.", "tge", None),
        ("", "Acme가 3월 24일 ACME 토큰 유통을 시작한다고 밝혔다.", "tge", dt.date(2026, 3, 24)),
        ("", "Acme brengt zijn ACME-token in het tweede kwartaal uit.", "tge", None),
        ("", "Acme gibt seinen ACME-Token am Dienstag, 24. März, frei.", "tge",
         dt.date(2026, 3, 24)),
        ("", "Acme distribuirà da martedì 24 marzo i token ACME della seconda stagione.",
         "airdrop", dt.date(2026, 3, 24)),
        ("", "Acme mulai membagikan token ACME pada Selasa (24/3) pukul 19.00 WIB.", "airdrop",
         dt.date(2026, 3, 24)),
    )  # fmt: skip
    assert_announced(detector, make_item, news, author="CoinDesk")
    official = (
        ("", "Season 2 is open. Collect your ACME at acme.xyz/claim.", "airdrop",
         dt.date(2026, 3, 14)),
        ("", "ACME/ETH pool opens on Orbit, Tue Mar 17, 13:30 UTC.", "listing",
         dt.date(2026, 3, 17)),
    )  # fmt: skip
    assert_announced(detector, make_item, official, author="@acme_xyz")
    assert_no_signal(
        detector,
        make_item,
        (("", "Collect your badges at acme.xyz/quests."),
         ("", "30% of ACME supply is already in circulation.")),
        author="@acme_xyz",
    )  # fmt: skip


def test_the_token_and_its_moment_anywhere_in_a_short_post(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("", "Lenders keep asking for a date. The closest we'll give today: ACME, May. The day "
         "comes with the tokenomics page.", "tge", None),
        ("", "Between rounds people keep asking about ours. ACME: Q3. Pass holders get the terms "
         "first.", "tge", None),
        ("", "ACME, our own token, arrives in Q3 2026. Pass holders get a share.", "tge", None),
    )  # fmt: skip
    assert_announced(detector, make_item, cases, author="@acme_xyz")


def test_an_event_in_a_month_gone_by_is_over(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Launchpad Acme hires former exchange listings lead as COO",
         "Acme, the launchpad that hosted Orbit's oversubscribed sale in January, has hired a "
         "former exchange listings lead as chief operating officer."),
        ("A look at this year's biggest public token sales",
         "From Orbit's delayed round in January to Acme's ninefold-oversubscribed ACME sale on "
         "Kaito in February, public sales came back. We compare what buyers paid with where the "
         "tokens trade now."),
    )  # fmt: skip
    assert_no_signal(detector, make_item, cases, author="DL News")
    ahead = (
        ("", "Acme said its ACME token will launch in the first quarter of 2027.", "tge", None),
    )  # fmt: skip
    assert_announced(detector, make_item, ahead, author="DL News")


def test_own_sentence_days_and_collection_words(detector: Detector, make_item: MakeItem) -> None:
    official = (
        ("", "From Monday, March 23, 14:00 UTC, ACME vault holders can collect at "
         "acme.xyz/rewards. Balances from Jan 1 to Feb 28 count.", "airdrop",
         dt.date(2026, 3, 23)),
        ("", "ACME Season 2 allocations land in dashboards Tuesday, March 17, 15:00 UTC.",
         "airdrop", dt.date(2026, 3, 17)),
        ("", "Season 2 ACME drop for players: collectable Tuesday, March 17, 16:00 UTC at "
         "acme.xyz/drop.", "airdrop", dt.date(2026, 3, 17)),
    )  # fmt: skip
    assert_announced(detector, make_item, official, author="@acme_xyz")
    news = (
        ("", "Acme：第二季 ACME 代币奖励将于 3 月 23 日 22:00（北京时间）"
         "开放领取，1 月 1 日至 2 月 28 日期间持有 ORB 的用户可参与。", "airdrop",
         dt.date(2026, 3, 23)),
        ("", "Acme ACME 토큰 시즌2 보상 수령이 3월 17일부터 시작된다.", "airdrop",
         dt.date(2026, 3, 17)),
        ("", "Acme laat gebruikers vanaf dinsdag 17 maart hun ACME-tokens ophalen.", "airdrop",
         dt.date(2026, 3, 17)),
        ("", "O protocolo Acme libera na segunda-feira (16) a coleta da segunda temporada do "
         "token ACME.", "airdrop", dt.date(2026, 3, 16)),
        ("", "Acme cho biết token ACME sẽ được phát hành lúc 20:00 ngày 24/3.", "tge",
         dt.date(2026, 3, 24)),
        ("", "Acme uruchomi swój token ACME 17 marca o 17:00.", "tge", dt.date(2026, 3, 17)),
        ("", "Acme, ACME tokenının 24 Mart Salı günü dolaşıma gireceğini açıkladı.", "tge",
         dt.date(2026, 3, 24)),
        ("", "AcmeはローンチパッドOrbitでACMEトークンの購入申込期間を"
         "3月18日から20日まで設けると発表した。", "token_sale", dt.date(2026, 3, 18)),
    )  # fmt: skip
    assert_announced(detector, make_item, news, author="News")


def test_posts_about_apps_and_pairs_on_a_watched_chain_or_venue(
    detector: Detector, make_item: MakeItem
) -> None:
    chain = (
        ("", "Congrats to Brume, a rollup on Orbit, on its BRM token going live this Thursday 🌋 "
         "BRM is Brume's token; eligibility lives on brume.fi."),
        ("", "Now that ORB is live: the SILL claim opens Thursday, March 19, 15:00 UTC. ORB "
         "stakers who delegate before March 18 get a 1.5x boost."),
        ("", "Los claims de GNDL abren el lunes para los primeros LPs de Orbit 🚣 Somos el primer "
         "DEX en Orbit, pero GNDL es nuestro token, no un airdrop de ORB."),
    )  # fmt: skip
    assert_no_signal(detector, make_item, chain, author="@orbit_xyz")
    venue = (("", "GNDL/USDT pair opens today at 14:00 UTC 🚣 Gondola Swap is a DEX on Orbit; "
              "deposits are live."),)  # fmt: skip
    assert_no_signal(detector, make_item, venue, author="@acme_xyz")
    own = (("", "ORB token goes live on Thursday, March 19 at 14:00 UTC.", "tge",
            dt.date(2026, 3, 19)),)  # fmt: skip
    decision = detector.score(make_item(own[0][1], author="@orbit_xyz"))
    assert decision.is_signal and decision.company == "Orbit", decision.reasons
    assert (decision.event_type, decision.event_date) == own[0][2:], decision.reasons


def test_venue_headers_badges_jokes_and_denials(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("", "Next on Acme 🛶 Mitregate (MTRG), a lending market built on Orbit.\n\nRegistration: "
         "Mar 16–18\nPublic sale: Tue, Mar 24, 14:00 UTC\n\nMitregate runs its own sale; Acme "
         "only hosts it."),
        ("", "Launch Pool #7: stake ACME or ORB from March 21 to farm ZOET, the token of "
         "Zoetrope, a perps DEX."),
        ("", "The Acme Founders' Badge mints Friday 16:00 UTC. Free, one per wallet. It's a "
         "badge; ACME isn't involved."),
        ("", "BREAKING: ACME TGE is today. Happy April 1st. No token today, don't click "
         "anything."),
        ("", "Season 3 points start today for ACME/ETH LPs. Points aren't tokens; no Season 3 "
         "distribution has been scheduled."),
        ("", "Acme v3 vaults are live. Season 2 is still being tallied; claims news when it's "
         "final."),
        ("", "ACME ikinci sezon dağıtımını iptal ediyoruz; ikinci bir airdrop olmayacak."),
    )  # fmt: skip
    assert_no_signal(detector, make_item, cases, author="@acme_xyz")


def test_more_languages_of_the_press(detector: Detector, make_item: MakeItem) -> None:
    day = dt.date(2026, 3, 24)
    cases = (
        ("", "Acme : ACME devient transférable le mardi 24 mars à 15h (heure de Paris).", "tge",
         day),
        ("", "Acme lancerà il token ACME martedì 24 marzo alle 14:00.", "tge", day),
        ("", "La red Acme activará las transferencias de su token ACME el martes 24 de marzo.",
         "tge", day),
        ("", "A Acme vai permitir que os usuários troquem seus pontos pelo token ACME a partir de "
         "24 de março.", "airdrop", day),
        ("", "Punkty Acme będzie można wymienić na token ACME od 24 marca.", "airdrop", day),
        ("", "Acme aprirà martedì 24 marzo la finestra per richiedere i token ACME.", "airdrop",
         day),
        ("", "Het protocol Acme laat gebruikers vanaf dinsdag 24 maart hun ACME-tokens claimen.",
         "airdrop", day),
        ("", "AcmeはACMEトークンの申込期間を3月24日に開始すると発表した。", "token_sale", day),
    )  # fmt: skip
    assert_announced(detector, make_item, cases, author="News")
    books = (("", "ACME/USDT and ACME/USDC order books open on Orbit Tuesday 24 Mar, 05:00 UTC.",
              "listing", day),)  # fmt: skip
    assert_announced(detector, make_item, books, author="@orbit_xyz")


def test_still_open_and_since_a_year(detector: Detector, make_item: MakeItem) -> None:
    open_claim = (
        ("", "Acme membuka klaim airdrop token ACME musim pertama pada Kamis, 12 Maret pukul "
         "09.00 UTC, dan jendela klaim tetap terbuka selama 60 hari.", "airdrop",
         dt.date(2026, 3, 12)),
    )  # fmt: skip
    assert_announced(detector, make_item, open_claim, author="Blockchainmedia")
    since = (
        ("Acme opens a subscription period for its own ACME token on March 24",
         "Acme, the launchpad that has hosted 41 token sales since 2024, will for the first time "
         "offer its own token. A subscription period for 10% of the ACME supply opens Tuesday, "
         "March 24 at 13:00 UTC.", "token_sale", dt.date(2026, 3, 24)),
    )  # fmt: skip
    assert_announced(detector, make_item, since, author="Cointelegraph")
    traded = (
        ("Coinbase adds ACME-EUR trading pairs",
         "Coinbase will add new trading pairs for ACME, which has traded on the exchange since "
         "2024, starting March 20."),
    )  # fmt: skip
    assert_no_signal(detector, make_item, traded, author="Coinbase")


def test_withdrawn_disowned_scams_guides_and_product_subscriptions(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("", "아크미(Acme)가 지난달 예고했던 ACME 보유자 대상 추가 에어드롭을 철회했다."),
        ("", "Les joueurs de Bitmote, un jeu sur Orbit, peuvent réclamer le token BTM dès lundi. "
         "Rien à voir avec ORB, précise l'équipe."),
        ("", "Acme Airdrop-Bonus! Schick 50 TON an die offizielle Adresse und erhalte 100 TON + "
         "ACME zurück. Nur heute!"),
        ("", "Cara klaim airdrop ACME dengan aman: pakai hanya acme.xyz, jangan pernah kirim "
         "token ke siapa pun."),
        ("", "ACME 今天又跌破了上市首日开盘价，空投领取的人还在卖。"),
        ("", "Acme yıl sonundan önce ACME airdrop yapacak. Kaynak: bana güven."),
    )  # fmt: skip
    assert_no_signal(detector, make_item, cases, author="News")
    vault = (("", "ACME vault subscriptions reopen Monday for new investors. Minimum 100k USDC, "
              "KYC through the usual portal."),)  # fmt: skip
    assert_no_signal(detector, make_item, vault, author="@acme_xyz")
    sale = (("", "Subscription for the ACME public sale opens Monday, March 16, 14:00 UTC.",
             "token_sale", dt.date(2026, 3, 16)),)  # fmt: skip
    assert_announced(detector, make_item, sale, author="@acme_xyz")


def test_a_watched_venue_of_a_watched_guest_is_context(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("@acme_xyz", "Orbit (ORB) trading starts on Acme tomorrow, 12:30 UTC. Deposits are open.",
         "listing", dt.date(2026, 3, 15)),
        ("ForkLog", "Проект Orbit сегодня в 14:00 UTC запустит токен ORB. Участники публичной "
         "продажи на Acme получат 25% своей доли сразу.", "tge", dt.date(2026, 3, 14)),
    )  # fmt: skip
    for author, text, event_type, day in cases:
        decision = detector.score(make_item(text, author=author))
        assert decision.is_signal and decision.company == "Orbit", decision.reasons
        assert (decision.event_type, decision.event_date) == (event_type, day), text


def test_a_genesis_named_by_its_symbol_is_the_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    day = dt.date(2026, 3, 24)
    official = (("", "Schedule change: ACME genesis moves from March 17 to Tuesday, March 24, "
                 "13:00 UTC. Claims still open at genesis.", "tge", day),)  # fmt: skip
    assert_announced(detector, make_item, official, author="@acme_xyz")
    news = (
        ("", "Acme bringt seinen Token ACME am Dienstag, 24. März, um 16 Uhr heraus.", "tge",
         day),
        ("", "A Acme lançará o token ACME na terça-feira, 24 de março, às 13h UTC.", "tge", day),
    )  # fmt: skip
    assert_announced(detector, make_item, news, author="News")
    claims = detector.score(make_item("ACME genesis claims open on Tuesday, March 24.",
                                      author="@acme_xyz"))  # fmt: skip
    assert claims.is_signal and claims.event_type == "airdrop", claims.reasons


def test_moved_days_and_weekdays_that_introduce_a_date(
    detector: Detector, make_item: MakeItem
) -> None:
    day = dt.date(2026, 3, 24)
    news = (
        ("", "Acme startet seinen Token ACME nicht am 17. März, sondern erst am Dienstag, dem 24. "
         "März.", "tge", day),
        ("", "Acme bringt seinen Token ACME nicht wie angekündigt am 17. März, sondern erst am "
         "Dienstag, dem 24. März, heraus.", "tge", day),
    )  # fmt: skip
    assert_announced(detector, make_item, news, author="News")
    moved = (("", "ACME moves from March 17 to March 24, 13:00 UTC.", "tge", day),)
    assert_announced(detector, make_item, moved, author="@acme_xyz")


def test_rounds_windows_collections_and_seasons(detector: Detector, make_item: MakeItem) -> None:
    rounds = (
        ("", "The ACME token round is open 🟢 48 hours, until Monday 13:00 UTC. 31% filled in "
         "the first half hour.", "token_sale", dt.date(2026, 3, 14)),
        ("", "ACME window is open 🌀 48 hours. Guaranteed tier first, FCFS from 20:00 UTC. Token "
         "terms: acme.xyz/sale", "token_sale", dt.date(2026, 3, 14)),
    )  # fmt: skip
    assert_announced(detector, make_item, rounds, author="@orbit_xyz")
    own = (("", "LPs since day one: from Wednesday, March 18, 12:00 UTC you can collect ACME on "
            "the Rewards tab.", "airdrop", dt.date(2026, 3, 18)),)  # fmt: skip
    assert_announced(detector, make_item, own, author="@acme_xyz")
    assert_no_signal(
        detector, make_item, (("", "You can collect rewards in the app every week."),),
        author="@acme_xyz",
    )  # fmt: skip
    news = (
        ("", "Acme will distribute a third season of ACME tokens to players from Tuesday, "
         "March 17, at 16:00 UTC.", "airdrop", dt.date(2026, 3, 17)),
        ("", "Acme mengonfirmasi token ACME akan diluncurkan pada kuartal ketiga 2026.", "tge",
         None),
        ("", "Het protocol Acme verschuift de ACME-verkoop van zijn token naar woensdag 18 maart.",
         "token_sale", dt.date(2026, 3, 18)),
    )  # fmt: skip
    assert_announced(detector, make_item, news, author="News")
    grants = detector.score(make_item("Acme's grants round opens on March 17 for token builders.",
                                      author="@acme_xyz"))  # fmt: skip
    assert grants.event_type != "token_sale", grants.reasons
