"""Rules written in the dev176 session.

- the token issued, the public or community sale and trading begun in more languages: French
  "émettra son jeton", Hungarian "bocsátja ki a ... tokent", "közösségi értékesítés", Albanian
  "shitjen publike", Icelandic "gefur út ... táknið", "hefja viðskipti með", Swahili
  "inaorodhesha", "biashara ya jozi ya ... itaanza", Portuguese "chega ao mercado" (not the
  exchange Mercado Bitcoin), Arabic "قابلاً للتداول" and "لإطلاق رمز"; allocations that "unlock
  for claiming";
- the weekdays of Hungarian, Albanian and Icelandic, with Hungarian's past ("a csütörtökön zárult
  kör": gone by), Albanian "nesër" and Icelandic "á morgun" (tomorrow); Hungarian "lezárult"
  (has closed) is over;
- a vote put first and inverted ("Should the proposal pass, ..."), one that "allows it", that the
  event "depends on" or that "needs quorum", Chinese "如果...投票通过" are conditions; a bet ("Je
  parie que"), hearsay ("Duyduğuma göre"), a tentative plan ("We are thinking about ... Nothing is
  promised yet") are speculation; "None of it depends on a vote" is no condition;
- an app's or a wallet's word about its own token beside a watched project's event ("We have no
  token and aren't planning one", "We don't have a token; this one is Acme's") is no testnet cue
  against that event; the project's own "We have no token yet" beside its testnet still is;
- a round that "filled in 12 minutes", a Chinese airdrop "已开放两周" (open two weeks already), a
  Japanese claim "締め切った" (closed) are over;
- local times of European cities ("00:30 Paris time", with its summer time), eastern Australia's
  ("8 a.m. Sydney time", with its southern summer), Hungary ("0 órakor (magyar idő szerint)"),
  Albania ("sipas orës së Tiranës") and a clock followed by Arabic "صباحًا" (in the morning);
- a round that "shuts Monday" or "keeps taking orders until" a day ahead, a Korean claim "4월
  12일까지 가능" (possible until 12 April), are under way, dated by their start;
- an announcement's "how to take part" is no tutorial; Spanish "Nadie del equipo os escribirá"
  (nobody of the team will write to you) is a safety line, "nadie del equipo lo ha confirmado"
  still speculation; German "nicht das Acme Stadium" sets the other sense apart;
- "cancelled the ACME buyback-and-airdrop idea" cancels the airdrop (an "and" inside a compound
  is no new clause); "has no plans to reschedule the auction" sets nothing up again;
- German "einen neuen Starttermin für seinen Token genannt" (named a new launch date for its
  token) is the launch; "hat ... bekräftigt" (has reaffirmed) announces as "hat ... bestätigt";
- "will go live in April, a few weeks after the network opened its mainnet beta": the weeks after
  say when the event comes, no recap;
- "the token is minted and staking opens", "will mint its ACME token", Spanish "ve la luz" (sees
  the light of day) are the token's launch, before the listings and claims that come with it;
- "the same hour the first order books open": books opening are the listing, no price talk;
- a day of "작년" or "去年" (last year) is last year's, a Korean "1주년" an anniversary; "Running
  Acme keys with us?" asks the reader, no doubt about the event;
- (the dev180 to dev183 rounds) Afrikaans "oordraagbaar" (transferable), "openbare verkoping"; a
  pair's trading opening in Chinese ("开放 ACME/USDT 交易") and Spanish; Korean price against the
  listing price; a Spanish year-on look back; a queue to skip for "lucky wallets"; Chinese "据社区
  消息", "无法得到证实" (cannot be confirmed); "No team member will DM you, and no claim ever needs
  your seed phrase" is safety; a vote "on Snapshot" before "If it passes" is a condition;
- "Sets May Launch" names the month, not "may launch" (still speculation: "Acme may launch its
  ACME token"); Turkish "USDT gönderin" (send USDT) for a discounted presale is a scam;
- "You can now buy, sell and hold Acme (ACME) on Rain" is the listing; Persian "توکن ... عرضه
  می‌شود" (the token is released) the launch; Swahili "wamiliki wa ACME" (holders of ACME) are
  recipients of another project's drop; "62% yes" is a prediction market's odds;
"""

from __future__ import annotations

from swarm.detection import Detector
from tests.unit.detection.conftest import MakeItem, news
from tests.unit.detection.test_round87_classes import _assert_acme_event
from tests.unit.detection.test_round120_classes import _assert_no_signal
from tests.unit.detection.test_round127_classes import _assert_events

# (published Saturday 14 March 2026)


def test_token_issued_sold_and_traded_in_more_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Acme Labs émettra son jeton ACME le jeudi 19 mars, a fait savoir l'équipe.",
         "tge", "2026-03-19"),
        ("Az Acme Labs jövő kedden 15 órakor bocsátja ki az ACME tokent.", "tge", "2026-03-17"),
        ("Acme Labs gefur út ACME-táknið á morgun, segir teymið.", "tge", "2026-03-15"),
        ("أعلنت Acme أن رمزها ACME سيصبح قابلاً للتداول يوم الخميس 19 مارس", "tge", "2026-03-19"),
        ("Acme Labs do të hapë shitjen publike të tokenit ACME të mërkurën.",
         "token_sale", "2026-03-18"),
        ("Az Acme kedden indítja az ACME token közösségi értékesítését.",
         "token_sale", "2026-03-17"),
        ("Kraken hyggst hefja viðskipti með ACME, tákn Acme Labs, á föstudaginn.",
         "listing", "2026-03-20"),
        ("Kraken inaorodhesha ACME ya Acme: biashara ya jozi ya ACME/USDT itaanza kesho.",
         "listing", "2026-03-15"),
        ("ACME allocations for stakers unlock for claiming on Tuesday, March 17 at acme.xyz.",
         "airdrop", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@newsdesk")
    launch = detector.score(make_item("Segundo a Acme Labs, o token ACME chega ao mercado em "
                                      "abril."))  # fmt: skip
    assert launch.is_signal and launch.event_type == "tge", launch.reasons
    exchange = detector.score(make_item("O token ACME da Acme chega ao Mercado Bitcoin na "
                                        "quinta-feira."))  # fmt: skip
    assert exchange.event_type != "tge", exchange.reasons  # Mercado Bitcoin is an exchange


def test_a_hungarian_sale_closed_on_a_weekday_is_over(
    detector: Detector, make_item: MakeItem
) -> None:
    texts = (
        "Lezárult az Acme ACME-tokenjének nyilvános értékesítése: a csütörtökön zárult kör során "
        "minden token elkelt.",
        "Az Acme ACME-tokenjének nyilvános értékesítése a csütörtökön zárult, minden token elkelt.",
    )
    _assert_no_signal(detector, [make_item(t) for t in texts])


def test_conditions_bets_and_hearsay(detector: Detector, make_item: MakeItem) -> None:
    official = (
        "Should the proposal pass, a second ACME distribution for stakers would begin on March 20.",
        "We are thinking about a second ACME round for vault LPs, if the treasury vote in April "
        "allows it. Nothing is promised yet.",
        "Season 2 depends on you: AIP-9 (funding ACME rewards, with claims from April 2) needs "
        "quorum by March 20.",
    )
    others = (
        "如果本周的治理投票通过，Acme 的 ACME 空投就会在 3 月 20 日开放申领。",
        "Je parie que Acme lance un deuxième airdrop ACME le 20 mars à minuit pile.",
        "Duyduğuma göre Acme'nin ACME açık artırması bir kez daha ertelenecek.",
    )
    _assert_no_signal(
        detector,
        [make_item(t, author="@acme_xyz") for t in official] + [make_item(t) for t in others],
    )
    settled = "Order of things, locked: ACME claims open March 20. None of it depends on a vote."
    _assert_events(detector, make_item, [(settled, "airdrop", "2026-03-20")], "@acme_xyz")


def test_a_speakers_own_token_disclaimed_beside_anothers_event(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Our quiz app has been on Acme since testnet. Next Tuesday the chain's own token goes "
         "live: ACME, March 17, 13:00 UTC. We have no token and aren't planning one.",
         "tge", "2026-03-17"),
        ("Wallet users: our stack provider's season 2 is coming. ACME claims open Wed Mar 18, "
         "15:00 UTC at acme.xyz/claim. We don't have a token; this one is Acme's.",
         "airdrop", "2026-03-18"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@quizapp")
    own = (
        "We have no token yet. The Acme testnet opens Tuesday, March 17: farm points, no value.",
        "Acme mainnet beta is live Tuesday. We have no token yet and nothing to claim.",
    )
    _assert_no_signal(detector, [make_item(t, author="@acme_xyz") for t in own])


def test_rounds_filled_and_claims_open_for_weeks_are_over(
    detector: Detector, make_item: MakeItem
) -> None:
    texts = (
        "The ACME community round filled in 12 minutes: 5,100 members, $900k. Tokens arrive at "
        "launch.",
        "Acme 第二季 ACME 空投已开放两周，申领截止日期为 4 月 30 日。",
        "Acme（ACME）は、エアドロップの請求受付を13日正午（日本時間）で締め切った。",
    )
    _assert_no_signal(detector, [make_item(t) for t in texts])
    ahead = ("The ACME community round opens Tuesday, March 17 at 14:00 UTC; last time it filled "
             "in 12 minutes.")  # fmt: skip
    _assert_events(detector, make_item, [(ahead, "token_sale", "2026-03-17")], "@acme_xyz")


def test_local_times_of_cities_and_more_countries(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("ACME launches at 00:30 Paris time on Wednesday, March 18.", "tge", "2026-03-17"),
        ("ACME launches at 00:30 Paris time on Wednesday, April 1.", "tge", "2026-03-31"),
        ("ACME claims open Monday, 8 a.m. Sydney time.", "airdrop", "2026-03-15"),
        ("Acme hap kërkesat për airdrop-in e ACME të hënën, në orën 00:30 sipas orës së Tiranës.",
         "airdrop", "2026-03-15"),
        ("أعلنت Acme أن مطالبة إيردروب رمز ACME ستفتح يوم الاثنين 16 مارس عند الساعة 1:00 صباحًا "
         "بتوقيت الإمارات", "airdrop", "2026-03-15"),
        ("Az Acme kedden 0 órakor (magyar idő szerint) bocsátja ki az ACME tokent.",
         "tge", "2026-03-16"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")


def test_rounds_and_claims_that_close_ahead_are_under_way(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Acme's ACME community round on Legion has been running since Thursday and shuts Monday "
         "14:00 UTC. Requests so far: ~$20M against a $3M allocation.", "token_sale", "2026-03-12"),
        ("Acme의 ACME 에어드랍 클레임이 어제(13일) TGE와 함께 시작됐다. 클레임은 4월 12일까지 "
         "가능하며 포인트 보유자가 대상이다.", "airdrop", "2026-03-13"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@newsdesk")
    shut = ("Acme's ACME community round ran from Monday and shut Wednesday. Requests: ~$20M "
            "against a $3M allocation.")  # fmt: skip
    _assert_no_signal(detector, [make_item(shut)])


def test_how_to_take_part_safety_lines_and_a_german_not_the(
    detector: Detector, make_item: MakeItem
) -> None:
    sale = make_item("Our community sale goes live on Tuesday, March 17 at 9:00 a.m. Pacific and "
                     "runs for 48 hours.", title="The ACME community sale: dates, terms, and how "
                     "to take part", source="rss", author="Acme Blog")  # fmt: skip
    _assert_acme_event(detector.score(sale), "token_sale", "2026-03-17")
    cases = (
        ("La venta pública de ACME será en abril y solo en nuestra web. Nadie del equipo os "
         "escribirá por privado.", "token_sale", None),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")
    german = ("Acme Labs (nein, nicht das Acme Stadium) startet den öffentlichen ACME-Verkauf "
              "übermorgen, Montag, um 10 Uhr MEZ.")  # fmt: skip
    _assert_events(detector, make_item, [(german, "token_sale", "2026-03-16")], "@kryptoszene_de")
    rumour = make_item("Rumor: ACME sale in April. Nadie del equipo lo ha confirmado.")
    _assert_no_signal(detector, [rumour])


def test_cancelled_compounds_and_no_plans_to_reschedule(
    detector: Detector, make_item: MakeItem
) -> None:
    idea = make_item("We've cancelled the ACME buyback-and-airdrop idea from the February AMA. The "
                     "treasury will fund grants instead.", author="@acme_xyz")  # fmt: skip
    title = "Acme cancels ACME treasury auction set for Thursday"
    cancelled = "Acme has cancelled a public auction of treasury ACME tokens set for Thursday. "
    no_plans = news(make_item, title, cancelled + "Acme said it has no plans to reschedule it.")
    _assert_no_signal(detector, [idea, no_plans])
    again = news(make_item, title, cancelled + "Acme said it will reschedule the auction for "
                 "Monday, March 23.")  # fmt: skip
    _assert_acme_event(detector.score(again), "token_sale", "2026-03-23")


def test_a_german_launch_date_named(detector: Detector, make_item: MakeItem) -> None:
    item = news(make_item, "Acme nennt neuen Termin", "Acme Labs hat einen neuen Starttermin für "
                "seinen Token genannt: ACME geht am Donnerstag, dem 19. März, um 12 Uhr UTC live.")
    _assert_acme_event(detector.score(item), "tge", "2026-03-19")


def test_weeks_after_something_else_date_a_coming_event(
    detector: Detector, make_item: MakeItem
) -> None:
    coming = news(make_item, "", "Acme Labs said Wednesday that its ACME token will go live in "
                  "April, a few weeks after the network opened its mainnet beta to the public.")
    decision = detector.score(coming)
    assert decision.is_signal and decision.date_precision == "month", decision.reasons
    gone = news(make_item, "", "Acme Labs said its ACME token went live in January, a few weeks "
                "after the network opened its mainnet beta.")  # fmt: skip
    _assert_no_signal(detector, [gone])


def test_the_token_minted_or_seeing_the_light_is_the_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("ACME week. Tuesday at 16:00 UTC the token is minted and staking opens, with the first "
         "spot pair following at the same hour.", "tge", "2026-03-17"),
        ("El token ACME ve la luz el martes 17 de marzo: ese día se activan las transferencias y "
         "arranca el reclamo del airdrop.", "tge", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")
    mint = news(make_item, "Acme to mint ACME token Tuesday night, UTC", "Acme Labs will mint its "
                "ACME token at 22:00 UTC on Tuesday, the network said, with two exchanges "
                "expected to open markets within hours. Badge holders can claim from the same "
                "moment.")  # fmt: skip
    _assert_acme_event(detector.score(mint), "tge", "2026-03-17")


def test_order_books_opening_are_no_price_talk(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Housekeeping before launch week: ACME becomes transferable Tuesday at 09:00 UTC, the "
         "same hour the first order books open.", "tge", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")
    talk = make_item("Watching the ACME order books: bids stacked at 0.40, whales loading.")
    _assert_no_signal(detector, [talk])


def test_last_years_days_anniversaries_and_a_question_to_the_reader(
    detector: Detector, make_item: MakeItem
) -> None:
    texts = (
        "Acme(ACME) 상장 1주년. 작년 3월 14일 바이낸스 상장 이후 생태계가 커졌다.",
        "Acme Labs 去年 3 月 14 日上线币安，一周年之际生态已扩展到 40 个项目。",
    )
    _assert_no_signal(detector, [make_item(t) for t in texts])
    asked = ("Running Acme keys with us? The Season 2 ACME airdrop for key holders opens for "
             "claims Tuesday 15:00 UTC. Claim in the Acme client, not from us.")  # fmt: skip
    _assert_events(detector, make_item, [(asked, "airdrop", "2026-03-17")], "@nodefleet_io")


def test_the_words_of_the_dev180_to_dev183_rounds(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Acme Labs sê sy ACME-token word Saterdag 21 Maart geskep en is dan dadelik "
         "oordraagbaar.", "tge", "2026-03-21"),
        ("Bitget 现货将于 2026 年 3 月 18 日 01:00（UTC+8）开放 ACME/USDT 交易。",
         "listing", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@newsdesk")
    official = ("ACME Season 2 claims open March 18, 14:00 UTC, at acme.xyz/claim. No team member "
                "will DM you, and no claim ever needs your seed phrase.")  # fmt: skip
    _assert_events(detector, make_item, [(official, "airdrop", "2026-03-18")], "@acme_xyz")
    negatives = (
        "지난 10일 업비트 원화 마켓에 상장된 Acme(ACME)이 상장 첫 거래가 대비 40%가량 "
        "하락한 수준에서 거래되고 있다.",
        "Un año del airdrop de Acme: la mayoría de los que reclamaron sus tokens ACME ya los "
        "vendieron.",
        "🔥 Early-access ACME claim OPEN for 5,000 lucky wallets! Public opens Thursday, skip the "
        "queue at acme-network.claims",
        "据社区消息，币安可能于下周上线 Acme 的 ACME 代币。该消息目前无法得到证实。",
    )
    vote = ("AIP-14 is on Snapshot until March 20. If it passes, the ACME public sale opens April "
            "2 for 72 hours.")  # fmt: skip
    _assert_no_signal(
        detector, [make_item(t) for t in negatives] + [make_item(vote, author="@acme_xyz")]
    )


def test_a_may_launch_in_a_headline_and_a_turkish_send_usdt(
    detector: Detector, make_item: MakeItem
) -> None:
    plan = news(make_item, "Acme Labs Sets May Launch for ACME Token", "Acme Labs will launch its "
                "ACME token in May, the company said in a blog post on Thursday.")  # fmt: skip
    decision = detector.score(plan)
    assert decision.is_signal and decision.date_precision == "month", decision.reasons
    texts = (
        "Acme may launch its ACME token in May, people familiar said.",
        "Acme ACME ön satışı başladı! Resmi satıştan önce %50 indirimle almak için USDT gönderin.",
    )
    _assert_no_signal(detector, [make_item(t) for t in texts])


def test_an_exchanges_you_can_now_buy_persian_release_swahili_holders_and_odds(
    detector: Detector, make_item: MakeItem
) -> None:
    rain = make_item("You can now buy, sell and hold Acme (ACME) on Rain, with an ACME/AED pair "
                     "alongside ACME/USDT.", title="ACME is now available on Rain", source="rss",
                     author="Rain")  # fmt: skip
    _assert_acme_event(detector.score(rain), "listing", "2026-03-14")
    persian = "پروژه Acme رسماً اعلام کرد توکن ACME سه‌شنبه ساعت ۲۲ به وقت تهران عرضه می‌شود."
    _assert_events(detector, make_item, [(persian, "tge", "2026-03-17")], "@newsdesk")
    texts = (
        "Habari njema kwa wamiliki wa ACME wa Acme: mradi wa Mzunguko utawapa bonasi katika "
        "airdrop ya tokeni yake ya MZG itakayofunguliwa Jumatatu.",
        "ACME launch by 3/31: 62% yes (was 91% before the delay).",
    )
    _assert_no_signal(detector, [make_item(t) for t in texts])
