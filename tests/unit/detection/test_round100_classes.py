"""Rules written in the dev100 session.

- a few weeks or days ahead with no day named ("opens in a few weeks", "within weeks") is a
  coarse period: the event has no day, and a stage's day beside it ("after the snapshot on Dec
  15") is not the event's;
- once the event's own phrase has its period ("claims open later this month", "Claims: Q3"),
  a checker's day ("Eligibility lookups from Wednesday") and a day told in another sentence
  before a later phrase ("Earn window: Mar 8 → Jun 30\\nS1 claims stay open ...") are not the
  event's day; a day that narrows the month in its own sentence is ("goes live in April, as
  promised: Tuesday, Apr 14");
- an event's page or portal after "on", "at", "via" ... is the place of another event ("Pinecone
  (PINE) claims open tomorrow on the Acme claim page"), and an event said to be apart from the
  one told ("ACME claims are separate") is none: a venue posting a partner's event has none of
  its own;
- "nothing to claim" after how the tokens arrive ("receive theirs automatically at that minute;
  nothing to claim") says no claim is needed, not that there is no event;
- a season's drop told with its verb is an airdrop ("The ACME S4 drop lands in Q3");
- "in the weeks after mainnet" is a period ahead, not time gone by (unless the clause is in the
  past tense: "In the weeks after its TGE, ACME fell 40%");
- vocabulary: Polish "trafi do obrotu", "doda ... do obrotu" (a listing), "poinformowała" (an
  announcement), "co ma nastąpić" (a plan ahead); Hebrew "יושק", "תשיק את" (will be launched,
  will launch) and "אסימון" (token); a notice's line "ACME/USDT and ACME/USDC trading: Tue 17
  Mar"; Chinese "代币 ... 将于 ... 推出" (the token will come out) and a denial glued to its event
  ("不进行公开销售": holds no public sale);
- an exchange's notice headed by the pair, with its trading on a line of its own ("ACME/USDT\n
  Deposits: Mar 16\nOrder book: Mar 17, 14:00 UTC") is the pair's listing; "will hand out a
  second season of its ACME token" an airdrop; Polish "przeprowadzi rundę społecznościową" (will
  hold a community round) a sale;
- French futures "organisera", "vendra" ... date a coarse plan ("organisera une vente publique
  ... au troisième trimestre");
- a sale in a launchpad's and a project's own words ("Allocation round Tue 17 March",
  "Commitments from Tuesday 17 March"); a token landing in the Rewards tab ahead ("ACME lands in
  your Rewards tab on Thursday"); Portuguese "informou que" (said that) and a part of a month in
  other languages ("no fim de março", "début avril", "a finales de marzo");
- a venue's header "New on Acme:" names the venue of a guest's event ("the TRLS/ETH and TRLS/USDC
  pools go live"), as "Next on" does; Vietnamese "chạy trên" (running on) and "không liên quan
  đến" (unrelated to) make a watched name context; a maintenance notice's "Spot, wallet and API
  will be paused" is no listing;
- rewards "collectible from Tuesday", "Collecting opens next week", "eligible users collect them
  in April" are an airdrop; the Chinese plan word "将于" makes a month ahead the event's ("奖励将于
  4 月开放领取", not the "1 月至 3 月" of the activity counted);
- Korean hearsay ("10월 TGE라는데", "... 말이 돌고 있음": they say, the talk is going round) is
  speculation; Japanese "上場から1週間" (a week after the listing) looks back;
- "no pre-market we endorse" denies the doubt, not the launch; Portuguese "vai lançar o token"
  (will launch the token) is a launch, and "concorrente da", "rival da" (a rival of) make a
  watched name context.
"""

from __future__ import annotations

from swarm.detection import Detector
from swarm.detection.dates import find_dates

from .conftest import PUBLISHED, MakeItem
from .test_round87_classes import _assert_acme_event


def test_a_few_weeks_ahead_is_a_period() -> None:
    for period in ("in a few weeks", "within weeks", "in the next few weeks", "within a few days",
                   "in a couple of weeks"):  # fmt: skip
        text = f"acme claims open {period}."
        found = [(text[h.start : h.end], h.kind) for h in find_dates(text, PUBLISHED)]
        assert found == [(period, "vague")], period
    assert find_dates("it took a few weeks to audit acme.", PUBLISHED) == []


def test_a_stage_day_beside_a_few_weeks_is_not_the_events(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "The ACME Season 3 airdrop opens in a few weeks, after the snapshot on Dec 15."
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "airdrop", None)


def test_a_checker_day_after_the_claims_period(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "ACME claims open later this month at acme.xyz/drop.\n"
        "Stakers and players of 12 Acme games qualify. Eligibility lookups from Wednesday."
    )
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "airdrop", None)


def test_a_window_told_before_a_later_phrase(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "ACME LP drop, Season 2\nClaims: Q3\nEarn window: Mar 8 → Jun 30\n"
        "S1 claims stay open until Apr 8.\nSame rules, bigger pool."
    )
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "airdrop", None)


def test_a_day_that_narrows_the_month_or_heads_its_sentence(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("ACME goes live in April, as promised: Tuesday, Apr 14. Sale buyers unlock 25% at TGE.",
         "2026-04-14"),
        ("ACME is coming.\n\nTuesday, March 17, 16:00 UTC: the token goes live on Acme mainnet "
         "and becomes transferable the same minute.", "2026-03-17"),
    )  # fmt: skip
    for text, day in cases:
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", day)


def test_a_venue_posting_a_partners_event(detector: Detector, make_item: MakeItem) -> None:
    for text in (
        "Pinecone (PINE) claims open tomorrow, 13:00 UTC, on the Acme claim page. Update the app "
        "to 4.12 first.",
        "Our partner Orbitrix opens ORBX claims for station hosts on Monday. ACME claims are "
        "separate.",
        "Orbitrix opens ORBX claims on Monday via the Acme portal; the ACME airdrop is a separate "
        "drop.",
    ):
        decision = detector.score(make_item(text, author="@acme_xyz"))
        assert not decision.is_signal, (text, decision.reasons)
    for text, day in (
        ("The ACME claim page is live: claims open Monday.", "2026-03-14"),
        ("ACME claims open Monday on the Acme claim page.", "2026-03-16"),
    ):
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "airdrop", day)


def test_nothing_to_claim_after_how_tokens_arrive(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Auction wrap: 31,400 bidders, every offered ACME filled.\n\nNext: ACME becomes "
        "transferable Wed Mar 18, 14:00 UTC. Winning bidders receive theirs automatically at that "
        "minute; nothing to claim."
    )
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", "2026-03-18")
    text = "Acme v2 is live on mainnet. There is no ACME token yet and nothing to claim."
    assert not detector.score(make_item(text, author="@acme_xyz")).is_signal


def test_a_seasons_drop_with_its_verb(detector: Detector, make_item: MakeItem) -> None:
    text = "S3 so far: 1.4M wallets, 71% claimed.\n\nThe ACME S4 drop lands in Q3. Tasks count."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    _assert_acme_event(decision, "airdrop", None)
    assert decision.date_precision == "quarter"
    assert not detector.score(make_item("ACME price drop lands holders in the red.")).is_signal


def test_the_weeks_after_a_step_ahead(detector: Detector, make_item: MakeItem) -> None:
    text = "the acme token becomes transferable in the weeks after mainnet."
    found = [(text[h.start : h.end], h.kind) for h in find_dates(text, PUBLISHED)]
    assert found == [("in the weeks after", "vague")]
    assert find_dates("in the weeks after its tge, acme fell 40%.", PUBLISHED) == []
    text = "The ACME token becomes transferable in the weeks after mainnet."
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", None)
    decision = detector.score(make_item("In the weeks after its TGE, ACME fell 40%."))
    assert not decision.is_signal


def test_the_press_of_other_languages(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Zonda wprowadzi do obrotu token ACME projektu Acme",
         "Giełda Zonda poinformowała, że token ACME protokołu Acme trafi do obrotu we wtorek 17 "
         "marca o 17:00 czasu polskiego. Dostępne będą pary ACME/PLN i ACME/USDT.",
         "listing", "2026-03-17"),
        ("", "Giełda Zondacrypto poinformowała, że doda token ACME projektu Acme do obrotu, co ma "
         "nastąpić w trzecim kwartale.", "listing", None),
        ("Acme תשיק את אסימון ACME ברבעון הרביעי",
         'Acme, המנפיקה קרן אג"ח, הודיעה כי אסימון הממשל ACME יושק ברבעון הרביעי של 2026.',
         "tge", None),
        ("Acme 宣布 ACME 代币将于 2026 年第三季度推出",
         "Acme 宣布，其代币 ACME 将于 2026 年第三季度推出，不进行公开销售。", "tge", None),
    )  # fmt: skip
    for title, text, kind, day in cases:
        item = make_item(text, title=title, source="rss", url="", author="Newsdesk")
        _assert_acme_event(detector.score(item), kind, day)


def test_a_pairs_trading_line(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "ACME lands on Orbit. Deposits: Tue 17 Mar, 13:00 UTC. ACME/USDT and ACME/USDC trading: "
        "Tue 17 Mar, 14:00 UTC. Withdrawals: Wed 18 Mar."
    )
    _assert_acme_event(detector.score(make_item(text, author="@orbit_ex")), "listing", "2026-03-17")


def test_a_notice_headed_by_the_pair(detector: Detector, make_item: MakeItem) -> None:
    for text in (
        "ACME/USDT\nDeposits: Mar 16, 12:00 UTC\nOrder book: Mar 17, 14:00 UTC\nWithdrawals: "
        "Mar 18, 12:00 UTC\n\nAcme's token, first day on any venue.",
        "ACME/USDT · ACME/USDC\nDeposits from Mar 16, 12:00 UTC\nTrading Mar 17, 14:00 UTC\n"
        "Acme's token, day one.",
    ):
        decision = detector.score(make_item(text, author="@vitrine_exch"))
        _assert_acme_event(decision, "listing", "2026-03-17")
    text = "KELP/USDT (Kelpie)\nDeposits: open\nTrading: Tue 17 Mar, 12:00 UTC\nAcme users welcome."
    assert not detector.score(make_item(text, author="@acme_xyz")).is_signal


def test_a_season_handed_out_and_a_polish_round(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Acme, which says it handles about $4 billion a day, will hand out a second season of its "
        "ACME token to active traders in the third quarter, its chief executive said."
    )
    item = make_item(text, title="Acme lines up second rewards season", source="rss", url="",
                     author="Newsdesk")  # fmt: skip
    _assert_acme_event(detector.score(item), "airdrop", None)
    text = (
        "Sieć Acme przeprowadzi rundę społecznościową tokena ACME na launchpadzie Orbit. Zapisy "
        "ruszają we wtorek 17 marca o 16:00 czasu polskiego."
    )
    item = make_item(text, source="rss", url="", author="Bitcoin.pl")
    _assert_acme_event(detector.score(item), "token_sale", "2026-03-17")



def test_french_futures_date_a_coarse_plan(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Acme, le réseau d'attestation, organisera une vente publique de son jeton ACME au "
        "troisième trimestre, a indiqué l'équipe."
    )
    item = make_item(text, title="Acme vendra une partie de ses jetons ACME", source="rss",
                     url="", author="Cryptoast")  # fmt: skip
    decision = detector.score(item)
    _assert_acme_event(decision, "token_sale", None)
    assert decision.date_precision == "quarter"


def test_a_sale_and_a_drop_in_their_own_words(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("@orbit_pad", "Next on Orbit: Acme (ACME), restaking for LST vaults. Allocation round "
         "Tue 17 March, 14:00 UTC, 48 hours.", "token_sale", "2026-03-17"),
        ("@acme_xyz", "$310M restaked, 14 vaults. Next: 6% of ACME goes to the people who use "
         "Acme. Commitments from Tuesday 17 March, 14:00 UTC on Orbit.", "token_sale",
         "2026-03-17"),
        ("@acme_xyz", "Acme, year one: 1.4M wallets. Thank-you time: ACME lands in your Rewards "
         "tab on Thursday 19 March, 13:00 UTC.", "airdrop", "2026-03-19"),
    )  # fmt: skip
    for author, text, kind, day in cases:
        _assert_acme_event(detector.score(make_item(text, author=author)), kind, day)


def test_a_part_of_a_month_in_other_languages(detector: Detector, make_item: MakeItem) -> None:
    for text, period in (
        ("os usuários poderão resgatar os tokens acme no fim de março.", "no fim de março"),
        ("le token acme sera lancé début avril.", "début avril"),
        ("el token acme será lanzado a finales de marzo.", "a finales de marzo"),
    ):
        found = [(text[h.start : h.end], h.kind) for h in find_dates(text, PUBLISHED)]
        assert found == [(period, "vague")], text
    text = (
        "O protocolo Acme informou que os usuários de seus cofres poderão resgatar os tokens ACME "
        "no fim de março. O dia exato ainda será divulgado."
    )
    item = make_item(text, title="Acme libera ACME no fim de março", source="rss", url="",
                     author="Livecoins")  # fmt: skip
    _assert_acme_event(detector.score(item), "airdrop", None)


def test_a_venues_guest_and_its_paused_services(detector: Detector, make_item: MakeItem) -> None:
    for text in (
        "New on Acme: the TRLS/ETH and TRLS/USDC pools go live Thursday, Mar 19, 15:00 UTC, the "
        "hour Trellisfi's token launches.",
        "🛠 Scheduled maintenance\nThu Mar 19, 02:00–04:00 UTC\nSpot, wallet and API will be "
        "paused. Open orders stay on the book.",
    ):
        assert not detector.score(make_item(text, author="@acme_xyz")).is_signal, text
    text = "New on Acme: ACME/USDT spot trading opens Thursday, Mar 19, 15:00 UTC."
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "listing", "2026-03-19")
    text = (
        "Quackquest, trò chơi nông trại chạy trên Acme, thông báo mở nhận airdrop token QKQ từ "
        "ngày 19/3. Token này do Quackquest phát hành, không liên quan đến ACME."
    )
    item = make_item(text, title="Quackquest trên Acme mở nhận airdrop QKQ", source="rss",
                     url="", author="Coin68")  # fmt: skip
    assert not detector.score(item).is_signal


def test_collecting_and_a_chinese_plan(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("@acme_xyz", "Count signed off: 212,400 wallets. Season 2 ACME rewards are collectible "
         "from Tuesday 17 Mar, 14:00 UTC at acme.xyz/rewards.", "2026-03-17"),
        ("@acme_xyz", "Season 2 ACME rewards are in the final count; eligible users collect them "
         "in April, straight from acme.xyz/rewards.", None),
        ("@acme_xyz", "Season 3 of Acme rewards: 1.8M keys ran all winter. Collecting opens next "
         "week in app.acme.xyz.", None),
        ("@PANewsCN", "Acme 宣布：第三季 ACME 代币奖励将于 4 月开放领取，"
         "资格依据 1 月至 3 月的链上活跃度计算，具体日期将提前一周公布。", None),
    )  # fmt: skip
    for author, text, day in cases:
        _assert_acme_event(detector.score(make_item(text, author=author)), "airdrop", day)
    text = "Legions reprint: collect yours from Friday. These are NFTs: no token, no allocation."
    assert not detector.score(make_item(text, author="@acme_xyz")).is_signal


def test_korean_hearsay_and_a_japanese_week_after(detector: Detector, make_item: MakeItem) -> None:
    for text in (
        "Acme ACME 4월 TGE라는데 날짜는 아직. 근데 업비트에 4월 14일 상장한다는 얘기가 카톡방마다 "
        "돌고 있음. 공지는 하나도 없음.",
        "Acme（ACME）上場から1週間で取引高が28億ドルに達した。一方で価格は初値から約35%下落した。",
    ):
        assert not detector.score(make_item(text, author="@chipwatch_kr")).is_signal, text
    text = "Acme ACME 토큰이 4월 14일 업비트에 상장한다고 팀이 공지했다."
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "listing", "2026-04-14")


def test_a_denied_pre_market_and_portuguese_launches(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Update on ACME: launch is in April. Prover onboarding closes Mar 31; everyone onboarded "
        "by then is in genesis. No sale, no pre-market we endorse."
    )
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", None)
    text = (
        "A Acme, rede de satélites, vai lançar o token ACME em 18 de março, às 7h (horário de "
        "Brasília). A venda acontece antes, entre 15 e 17 de março."
    )
    item = make_item(text, title="Acme lança token ACME em 18 de março", source="rss", url="",
                     author="Portal do Bitcoin")  # fmt: skip
    _assert_acme_event(detector.score(item), "tge", "2026-03-18")
    text = (
        "A Taproot Oracle, rede de oráculos concorrente da Acme, vai lançar o token TRTO em 19 de "
        "março. O projeto diz não ter relação com a Acme nem com o token ACME."
    )
    item = make_item(text, title="Taproot Oracle, rival da Acme, lança token TRTO", source="rss",
                     url="", author="Portal do Bitcoin")  # fmt: skip
    assert not detector.score(item).is_signal
