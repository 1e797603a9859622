"""Rules written in the dev45 session.

- an exchange notice that says another market of the token trades on ("The existing ACME/USDT
  pair is unaffected", "ACME spot trading continues as normal") opens one more market for a
  token that trades, or closes one while the others stay: no debut; so is a notice saying the
  token "has been available on Binance since January", or "ACME/USDT and ACME/BTC remain
  available";
- "el par ACME/USDT abre", "la paire ACME/EUR ouvrira" and "mở giao dịch" (Vietnamese) open a
  pair; "nhận thưởng" (Vietnamese) is rewards to claim;
- an event word written as part of the name the source goes by ("Next on Lumen Launch:" posted
  by @lumenlaunch) is that name, not an event;
- a day without its year after a past-tense verb ("which launched ACME on March 3", written in
  September) is the one gone by, not the one the year round brings next;
- a headline that "drops planned", "pulls the plug on" or "axes" an event cancels it;
- tax explainers in Japanese, Korean and Chinese ("確定申告の注意点を解説します", "세금 신고",
  "报税") are tutorials;
- a perpetual or another market for a token said to trade already ("The existing ACMEUSDT
  contract is unaffected", "has been trading on OKX spot since January", "원화 마켓에서 거래 중인")
  is no debut;
- a discounted presale sold through direct messages ("50% discount. DM @acme_sale_admin to
  reserve your allocation") is a scam;
- "how airdrops like ACME are taxed", "in der Steuererklärung: So geht's" are tutorials;
- a thread's counter ("🧵 1/9") is no day;
- testnet traders, tappers, lenders, pioneers (and the like) are the recipients of a claim;
- a token that "held its launch price" or "lost its TGE open" is price talk;
- "mulai diperdagangkan" (Indonesian: starts trading) is a listing, and "bertepatan dengan
  peluncuran token" (coinciding with the token launch) names its moment;
- the day named with the event a verb postpones ("has postponed the October 7 launch", "delays
  its Friday claim") is not the event's day;
- "bringt ihren Token ... an den Markt", "Token ACME kommt am 20. März" (German) are launches;
- "is live on Legion from Monday" is live from that Monday, not today;
- a weekday name Spanish and Portuguese share ("domingo", "sábado") is read with the past tenses
  of both ("terminou no domingo" is the Sunday before); "terminou", "acabou" are over;
- funds sent to an address written out for tokens back ("Send USDT to 0x91bd...e3a0 and receive
  ACME") decide as a scam; "versteuern", "Wir erklären" (German) are a tutorial's;
- a sense disowned by the words after it ("与 Acme Stadium 无关", "Acme Stadiumとは無関係") is no
  homonym; "dibangun di atas jaringan" (Indonesian: built on the network of) is a relation;
  "trading now open" is a listing; "XP from the quests counts toward allocations" names what
  earned the tokens;
- the day of an event said to be postponed ("ACME TGE on March 20 is postponed") is not its day;
  "代币生成" (Chinese: token generation) is a launch;
- every pair of a notice leading with margin for the token is no debut, a spot pair said below
  too;
- event words in a relative clause of a project's past ("Acme, which wrapped its community sale
  earlier this month, goes live tomorrow") are background beside an event outside it;
- a month or quarter written in another language ("vào tháng 9", "en septiembre", "第三季度")
  dates a plan with a future verb in its sentence (class 3), as "in September" does;
- a testnet the event waits for, after the event in its sentence ("will launch the ACME token
  on March 20, after testnet season 2 ends", "después de que termine la testnet"), is no
  testnet item;
- a launchpad's "🔨 Next sale: Quarry Labs (QRY)" introduces the guest whose sale it is;
- an event word inside a web address ("Only on acme.xyz/launch") names a page, not an event;
- "abrirá a negociação do par", "no mesmo momento do lançamento" (Portuguese) and "tersedia untuk
  diperdagangkan" (Indonesian) are listings named with the launch; "keeps saying", "I'll believe
  it when" are a sceptic's doubt;
- a launchpool hands out the token after "untuk mendapatkan", "para obtener", "获得" or before
  "を獲得", "획득": its guest's, not the staked token's; "Vergi rehberi", "cómo declarar", "Guía"
  are a tutorial's;
- "测试网节点运营者", "积分持有人" (Chinese: node operators, points holders) are recipients;
  "если предложение ... будет принято" (Russian) is a condition; "hace un mes" (Spanish: a month
  ago) is past; a day after "six months after its" is the one gone by;
- a bare "10/8" beside a Vietnamese weekday or clock ("thứ Hai 10/8", "giờ VN") is day first;
  "membuka perdagangan" (Indonesian: opens trading of) is a listing;
"""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector
from swarm.detection.dates import find_dates, foreign_period
from swarm.detection.folding import fold

from .conftest import MakeItem

# PUBLISHED (conftest) is Saturday 14 March 2026, 09:30 UTC.
MARCH_20 = dt.date(2026, 3, 20)


def test_a_notice_saying_another_market_trades_on_is_no_debut(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "New spot pair: ACME/USDC. ACME/USDC spot trading opens on 20 March at 10:00 UTC. The "
        "existing ACME/USDT pair is unaffected.",
        "We will remove ACME/USDT isolated margin on 2026-03-20 at 06:00 UTC. ACME spot trading "
        "continues as normal.",
        "Binance will open trading for the ACME/EUR spot pair at 2026-03-20 08:00 (UTC). ACME has "
        "been available on Binance since January.",
        "Norvex will add ACME/EUR to its spot market on 2026-03-20 at 08:00 UTC. ACME/USDT and "
        "ACME/BTC remain available.",
    ):
        decision = detector.score(make_item(text, author="@exchange_news"))
        assert not decision.is_signal, (text, decision.reasons)
    # the first pair of the token, with nothing said of another market, is its debut listing
    debut = "New spot pair: ACME/USDC. ACME/USDC spot trading opens on 20 March at 10:00 UTC."
    decision = detector.score(make_item(debut, author="@exchange_news"))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("listing", MARCH_20)


def test_a_pair_opening_and_rewards_to_claim_in_other_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    for text, kind in (
        ("El par ACME/USDT abre el viernes 20 de marzo a las 11:00, el día en que Acme emite su "
         "token.", "listing"),
        ("Cặp ACME/USDT sẽ mở giao dịch lúc 16:00 ngày 20/3, cùng lúc Acme phát hành token.",
         "listing"),
        ("Acme Labs cho biết người dùng có thể nhận thưởng ACME mùa 2 từ 20:00 ngày 20/3.",
         "airdrop"),
    ):  # fmt: skip
        decision = detector.score(make_item(text, author="@news_desk"))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.event_type, decision.event_date) == (kind, MARCH_20), text


def test_an_event_word_in_the_name_the_source_goes_by_is_that_name(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Next on Lumen Launch: the Acme Labs $ACME community sale opens on March 20, 16:00 UTC, "
        "and runs 48 hours."
    )
    for author in ("@lumenlaunch", "@Lumen_Launch"):
        decision = detector.score(make_item(text, author=author))
        assert decision.is_signal, decision.reasons
        assert (decision.company, decision.event_type) == ("Acme", "token_sale"), author
    # a name that only begins like the source's is not it: the launch stays an event
    own = "Acme Launch day: the ACME token goes live on March 20 at 14:00 UTC."
    decision = detector.score(make_item(own, author="@acmelaunchday"))
    assert (decision.company, decision.event_type) == ("Acme", "tge"), decision.reasons


def test_a_past_verb_before_a_day_the_year_round_keeps_the_day_in_the_past(
    detector: Detector, make_item: MakeItem
) -> None:
    september = dt.datetime(2026, 9, 3, 11, 0, tzinfo=dt.UTC)
    text = (
        "Six months of ACME: Acme Labs, which launched the ACME token on March 3, has spent half a "
        "year building out its vaults."
    )
    decision = detector.score(make_item(text, author="@news_desk", published=september))
    assert not decision.is_signal, decision.reasons
    # the same day ahead of a present verb is next March's
    ahead = "Acme Labs opens ACME claims on March 3 at 14:00 UTC, the team confirmed."
    decision = detector.score(make_item(ahead, author="@news_desk", published=september))
    assert decision.is_signal, decision.reasons
    assert decision.event_date == dt.date(2027, 3, 3)


def test_a_headline_dropping_or_axing_a_planned_event_cancels_it(
    detector: Detector, make_item: MakeItem
) -> None:
    for title in (
        "Acme Labs drops planned second ACME sale",
        "Acme Labs pulls the plug on its ACME community sale",
        "Acme Labs axes the ACME public sale it had set for March 20",
    ):
        text = "The team says its treasury is funded for three years."
        decision = detector.score(make_item(text, title=title, author="@news_desk"))
        assert not decision.is_signal, (title, decision.reasons)
    # an airdrop that drops on a day is no cancellation
    title = "Acme Labs drops the ACME airdrop on March 20: claims open at 14:00 UTC"
    decision = detector.score(make_item("Eligible wallets are listed.", title=title))
    assert decision.is_signal, decision.reasons


def test_tax_explainers_in_japanese_korean_and_chinese_are_tutorials(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "ACMEのようにエアドロップで受け取ったトークンは雑所得になります。"
        "確定申告の注意点を解説します。",
        "ACME 에어드롭으로 받은 토큰의 세금 신고, 계산 방법을 정리했습니다.",
        "领取 ACME 空投后的报税指南：收到时按市价计入收入。",
    ):
        decision = detector.score(make_item(text, author="@tax_desk"))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == "tutorial", (text, decision.reasons)


def test_a_derivative_or_another_market_of_a_token_that_trades_is_no_debut(
    detector: Detector, make_item: MakeItem
) -> None:
    for title, text in (
        ("Binance Futures Will Launch USDⓈ-M ACMEUSDC Perpetual Contract",
         "Binance Futures will launch the USDⓈ-M ACMEUSDC perpetual contract at 2026-03-20 09:30 "
         "(UTC). The existing ACMEUSDT contract is unaffected."),
        ("OKX to launch ACMEUSDT perpetual swap",
         "OKX will launch the ACMEUSDT perpetual swap on March 20 at 08:00 UTC. ACME has been "
         "trading on OKX spot since January."),
        ("에이씨엠이(ACME) BTC 마켓 추가",
         "원화 마켓에서 거래 중인 에이씨엠이(ACME)를 BTC 마켓에 추가합니다. "
         "거래 개시: 2026년 3월 20일 15:00 (KST)."),
    ):  # fmt: skip
        decision = detector.score(make_item(text, title=title, author="@exchange_news"))
        assert not decision.is_signal, (title, decision.reasons)


def test_a_discounted_presale_sold_through_direct_messages_is_a_scam(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "ACME presale round 2 open! Buy before the March 20 launch at 50% discount. DM "
        "@acme_sale_admin to reserve your allocation.",
        "ACME private presale: last round before Friday's public sale. 40% discount, min 500 "
        "USDT. DM @acme_sales_team.",
    ):
        decision = detector.score(make_item(text, author="acme_private_round"))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == "scam", (text, decision.reasons)
    # an official sale post that points at its page and warns about DMs stays a signal
    text = (
        "The ACME public sale opens on March 20 at 14:00 UTC on sale.acme.xyz. We never DM you "
        "first; report anyone who does to @acme_xyz."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal, decision.reasons


def test_tax_how_tos_in_english_and_german_are_tutorials(
    detector: Detector, make_item: MakeItem
) -> None:
    for title, text in (
        ("", "Thread: how airdrops like ACME are taxed in the UK, and which records HMRC expects "
             "you to keep."),
        ("ACME-Airdrop in der Steuererklärung: So geht's",
         "Wer im Februar ACME-Token per Airdrop erhalten hat, muss den Wert am Tag des Zuflusses "
         "dokumentieren. Wir zeigen, wie Sie den Airdrop angeben."),
    ):  # fmt: skip
        decision = detector.score(make_item(text, title=title, author="@tax_desk"))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == "tutorial", (text, decision.reasons)


def test_a_threads_counter_is_no_day() -> None:
    published = dt.datetime(2026, 11, 25, 16, 0, tzinfo=dt.UTC)
    for text in ("acme claims: the steps, in one thread 🧵 1/9", "🧵1/9 acme claims: the steps",
                 "acme claims: the steps 1/9 🧵"):  # fmt: skip
        assert [h.date for h in find_dates(text, published)] == [], text
    assert [h.date for h in find_dates("acme claims open 12/1", published)] == [
        dt.date(2026, 12, 1)
    ]


def test_testnet_traders_tappers_and_lenders_are_the_recipients(
    detector: Detector, make_item: MakeItem
) -> None:
    for people in ("testnet tappers", "testnet traders", "testnet lenders", "testnet pioneers"):
        text = (
            f"ACME claims open tomorrow at 16:00 UTC at acme.xyz/claim for vault depositors and "
            f"{people}. We will never DM you."
        )
        decision = detector.score(make_item(text, author="@acme_xyz"))
        assert decision.is_signal, (people, decision.reasons)
        assert decision.event_date == dt.date(2026, 3, 15), people
    # the testnet itself as the news stays a testnet item
    text = "The ACME testnet opens tomorrow for traders: test tokens only, no airdrop."
    assert not detector.score(make_item(text, author="@acme_xyz")).is_signal


def test_holding_or_losing_the_launch_price_is_price_talk(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "ACME held its launch price through the first 48 hours, which is rare for new tokens.",
        "ACME lost its TGE open within a day; funding is negative across venues.",
        "ACME reclaimed the listing price after a week of chop.",
    ):
        decision = detector.score(make_item(text, author="@chart_desk"))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == "price_talk", (text, decision.reasons)


def test_trading_named_with_the_launch_as_its_moment_in_indonesian_is_a_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Token baru Acme (ACME) akan mulai diperdagangkan di Indodax pada 20 Maret 2026 pukul "
        "20.00 WIB, bertepatan dengan peluncuran token. Deposit dibuka lebih awal."
    )
    decision = detector.score(make_item(text, title="Indodax: ACME/IDR mulai diperdagangkan"))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("listing", MARCH_20)


def test_the_day_named_with_the_event_a_verb_postpones_is_not_its_day(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Acme Labs has postponed the March 20 launch of its ACME token after an exchange partner "
        "asked for more time. A new date will be shared in the coming weeks.",
        "Acme Labs delays its Friday ACME claim; a new date follows next week.",
    ):
        decision = detector.score(make_item(text, author="@news_desk"))
        assert decision.is_signal, (text, decision.reasons)
        assert decision.event_date is None, (text, decision.reasons)
    # the day it is moved to is the event's
    moved = "Acme Labs has delayed the ACME launch to March 20, 14:00 UTC."
    assert detector.score(make_item(moved, author="@news_desk")).event_date == MARCH_20


def test_a_token_brought_to_market_in_german_is_its_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme Labs bringt ihren Token ACME am 20. März um 15 Uhr MEZ an den Markt. Nutzer des "
        "Mainnets erhalten einen Teil der Token per Airdrop."
    )
    for title in ("Acme Labs: Token ACME kommt am 20. März", ""):
        decision = detector.score(make_item(text, title=title, author="@news_desk"))
        assert decision.is_signal, (title, decision.reasons)
        assert (decision.event_type, decision.event_date) == ("tge", MARCH_20), title


def test_live_from_a_day_ahead_is_that_day(detector: Detector, make_item: MakeItem) -> None:
    # PUBLISHED is Saturday 14 March; "Friday" is 20 March
    for text in (
        "Acme Labs' ACME sale is live on Legion from Friday, 15:00 UTC. Scores above 500 get a "
        "guaranteed allocation.",
        "The ACME sale is live from Friday at 15:00 UTC on sale.acme.xyz.",
    ):
        decision = detector.score(make_item(text, author="@acme_xyz"))
        assert decision.is_signal, (text, decision.reasons)
        assert decision.event_date == MARCH_20, (text, decision.reasons)


def test_a_weekday_spanish_and_portuguese_share_is_read_in_both_tenses(
    detector: Detector, make_item: MakeItem
) -> None:
    monday = dt.datetime(2026, 3, 16, 11, 0, tzinfo=dt.UTC)  # the Sunday before is 15 March
    for text in (
        "O período de resgate do airdrop ACME terminou no domingo, um mês depois da abertura.",
        "La ventana de reclamo del airdrop ACME terminó el domingo.",
    ):
        found = find_dates(fold(text), monday)
        assert [h.date for h in found] == [dt.date(2026, 3, 15)], text
        decision = detector.score(make_item(text, author="@news_desk", published=monday))
        assert not decision.is_signal, (text, decision.reasons)
    # ... and a Sunday ahead in either language is the next one
    ahead = "O resgate do airdrop ACME abre no domingo às 12h."
    assert [h.date for h in find_dates(fold(ahead), monday)] == [dt.date(2026, 3, 22)]


def test_funds_sent_to_an_address_written_out_for_tokens_back_is_a_scam(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "ACME presale OPEN before the March 20 public sale! Send USDT to 0x91bd...e3a0 and "
        "receive ACME at a 50% discount. Limited allocation."
    )
    decision = detector.score(make_item(text, title="ACME presale OPEN", author="Acme Presale"))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "scam", decision.reasons
    # a sale page that names its contract address for checking is no such request
    own = "The ACME public sale opens March 20 at 14:00 UTC. Sale contract: 0x91bd...e3a0."
    assert detector.score(make_item(own, author="@acme_xyz")).is_signal


def test_german_tax_explainers_are_tutorials(detector: Detector, make_item: MakeItem) -> None:
    title = "So versteuern Sie die ACME-Airdrops in Deutschland"
    text = (
        "Wer Airdrops wie ACME erhalten hat, muss sie in der Regel als sonstige Einkünfte "
        "versteuern. Wir erklären, was beim Verkauf gilt."
    )
    decision = detector.score(make_item(text, title=title, author="@tax_desk"))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "tutorial", decision.reasons


def test_a_sense_disowned_after_it_in_chinese_japanese_and_korean_is_no_homonym(
    detector: Detector, make_item: MakeItem
) -> None:
    # the conftest list gives Acme the negative context "acme stadium"
    for text in (
        "ACME空投申领于3月20日开始。与 Acme Stadium 无关。",
        "ACMEエアドロップ請求は3月20日開始。Acme Stadiumとは無関係です。",
        "ACME 에어드롭 청구는 3월 20일 시작. Acme Stadium과 무관합니다.",
    ):
        decision = detector.score(make_item(text, author="@news_desk"))
        assert decision.is_signal, (text, decision.reasons)
        assert decision.event_date == MARCH_20
    # the sense itself as the news stays a homonym
    text = "Acme Stadium opens its new stand on March 20."
    assert not detector.score(make_item(text, author="@news_desk")).is_signal


def test_a_chain_named_after_built_on_in_indonesian_is_context(
    detector: Detector, make_item: MakeItem
) -> None:
    title = "Kelpie, game di atas jaringan Acme, membuka penjualan token KLP 20 Maret"
    text = (
        "Kelpie, game yang dibangun di atas jaringan Acme, akan membuka penjualan publik token KLP "
        "pada 20 Maret. Acme Foundation menegaskan tidak terlibat dalam penjualan tersebut."
    )
    decision = detector.score(make_item(text, title=title, author="News"))
    assert not decision.is_signal, decision.reasons


def test_trading_now_open_and_what_counts_toward_allocations(
    detector: Detector, make_item: MakeItem
) -> None:
    listing = "Acme (ACME): ACME/USDT trading now open on MEXC. Withdrawals tomorrow 10:00 UTC."
    decision = detector.score(make_item(listing, author="@MEXC_Listings"))
    assert decision.is_signal, decision.reasons
    assert decision.event_type == "listing"
    claims = (
        "Acme Labs will open season 2 ACME claims on March 20 at 15:00 UTC. XP from the winter "
        "quests counts toward allocations."
    )
    decision = detector.score(make_item(claims, author="@news_desk"))
    assert decision.is_signal, decision.reasons
    assert decision.event_date == MARCH_20


def test_the_day_of_an_event_said_to_be_postponed_and_token_generation_in_chinese(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "ACME TGE on March 20 is postponed. It will still happen; new date after the audit."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal, decision.reasons
    assert decision.event_date is None, decision.reasons
    chinese = (
        "Acme Labs 宣布,其原生代币 ACME 将于 3 月 20 日 12:00(UTC)进行代币生成事件,"
        "公售参与者届时可领取。"
    )
    decision = detector.score(make_item(chinese, author="@news_desk"))
    assert (decision.event_type, decision.event_date) == ("tge", MARCH_20), decision.reasons


def test_every_pair_of_a_notice_leading_with_margin_is_no_debut(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "New on OKX Margin: ACME/USDT and ACME/USDC with up to 5x, from Mar 20, 08:00 UTC. The "
        "ACME/USDC spot pair opens at the same time."
    )
    assert not detector.score(make_item(text, author="@okx")).is_signal
    # margin promised for later does not make the debut one more market
    debut = "ACME/USDT spot trading opens Mar 20, 08:00 UTC. Margin trading will follow later."
    assert detector.score(make_item(debut, author="@okx")).is_signal


def test_event_words_in_a_relative_clause_of_the_past_are_background(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme, which wrapped its community sale on Lumen Pad earlier this month, goes live on "
        "March 20: $ACME becomes transferable at 12:00 UTC."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("tge", MARCH_20)


def test_a_month_or_quarter_in_other_languages_dates_a_confirmed_plan(
    detector: Detector, make_item: MakeItem
) -> None:
    for text, precision in (
        ("Acme Labs xác nhận sẽ ra mắt token ACME vào tháng 9, sau khi testnet mùa 2 kết thúc. "
         "Nhóm dự án chưa công bố ngày cụ thể.", "month"),
        ("Acme Labs lanzará su token ACME en septiembre, confirmó la empresa.", "month"),
        ("Acme Labs 宣布 ACME 代币将于第三季度发行。", "quarter"),
    ):  # fmt: skip
        decision = detector.score(make_item(text, author="@news_desk"))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.event_date, decision.date_precision) == (None, precision), text
    # a month named in a past clause or a guess is no plan
    for text in (
        "Acme cerró el 10 de marzo la ventana para reclamar ACME, que había abierto en noviembre.",
        "Chưa có thông báo gì, nhưng mình đoán TGE của ACME trong tháng 6.",
    ):
        assert not detector.score(make_item(text, author="@news_desk")).is_signal, text


def test_foreign_periods_are_read_as_months_and_quarters() -> None:
    assert foreign_period("vào tháng 9") == ("month", 9)
    assert foreign_period("en septiembre") == ("month", 9)
    assert foreign_period("9月") == ("month", 9)
    assert foreign_period("tercer trimestre") == ("quarter", 3)
    assert foreign_period("第三季度") == ("quarter", 3)
    assert foreign_period("3분기") == ("quarter", 3)
    assert foreign_period("later this year") is None


def test_a_testnet_the_event_waits_for_is_no_testnet_item(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Acme Labs confirms it will launch the ACME token on March 20, after testnet season 2 "
        "ends.",
        "Acme Labs lanzará el token ACME el 20 de marzo, después de que termine la testnet.",
    ):
        decision = detector.score(make_item(text, author="@news_desk"))
        assert decision.is_signal, (text, decision.reasons)
        assert decision.event_date == MARCH_20
    # the testnet as the news stays a testnet item
    text = "The ACME testnet opens on March 20, after the audit; no token yet."
    assert not detector.score(make_item(text, author="@news_desk")).is_signal


def test_a_launchpads_next_sale_after_a_symbol_is_its_guests(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme Launchpad 🔨 Next sale: Quarry Labs (QRY), Friday March 20, 14:00 UTC. ACME stakers "
        "get guaranteed allocations. Only on acme.xyz/launch."  # (an event word in an address)
    )
    assert not detector.score(make_item(text, author="@acme_xyz")).is_signal


def test_an_address_beside_the_projects_own_event_leaves_the_event(
    detector: Detector, make_item: MakeItem
) -> None:
    # (the launchpad test above holds an event word in an address: "acme.xyz/launch")
    own = "ACME claims open March 20 at 14:00 UTC. Claim only at acme.xyz/claim."
    decision = detector.score(make_item(own, author="@acme_xyz"))
    assert (decision.is_signal, decision.event_type) == (True, "airdrop")
    only = "Go to acme.xyz/airdrop on March 20 at 14:00 UTC to claim your ACME."
    assert detector.score(make_item(only, author="@acme_xyz")).is_signal


def test_listings_in_portuguese_and_indonesian_named_with_the_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "A Corretora Ipê abrirá a negociação do par ACME/BRL na sexta-feira (20), às 12h no "
        "horário de Brasília, no mesmo momento do lançamento do token da Acme Labs.",
        "Acme (ACME) tersedia untuk diperdagangkan di pasar ACME/IDR mulai Jumat, 20 Maret 2026 "
        "pukul 22:30 WIB, bersamaan dengan peluncuran token.",
    ):
        decision = detector.score(make_item(text, author="Exchange News"))
        assert decision.is_signal, (text, decision.reasons)
        assert decision.event_type == "listing", (text, decision.reasons)


def test_a_sceptics_doubt_is_speculation(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Acme keeps saying the ACME token is coming 'in Q3'. They said the same about Q1. I'll "
        "believe it when they post a date."
    )
    decision = detector.score(make_item(text, author="@woodgrain_eth"))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "speculation"


def test_a_launchpool_hands_out_its_guests_token_in_other_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Bybit Launchpool: stake ACME untuk mendapatkan KIWI, token baru dari Kiwi Protocol. Mulai "
        "20 Maret pukul 17.00 WIB.",
        "Bybit Launchpool：ACMEをステーキングしてKIWIを獲得。3月20日 17:00（日本時間）開始。",
    ):
        decision = detector.score(make_item(text, author="@Bybit_Official"))
        assert not decision.is_signal, (text, decision.reasons)


def test_tax_guides_in_turkish_and_spanish_are_tutorials(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Vergi rehberi: ACME airdrop'u gelir mi, sermaye kazancı mı? Kısa özet flood'da",
        "Guía: cómo declarar el airdrop de ACME en la renta 2026. Valor de mercado al recibirlo.",
    ):
        decision = detector.score(make_item(text, author="@tax_desk"))
        assert not decision.is_signal, (text, decision.reasons)


def test_recipients_in_chinese_and_the_reader_who_joined(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme 空投领取将于3月20日 20:00（北京时间）开启。"
        "测试网节点运营者与 ACME 积分持有人均可领取。"
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal, decision.reasons
    assert decision.event_date == MARCH_20


def test_a_russian_condition_and_a_spanish_month_ago(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Acme: если предложение AIP-42 будет принято, эирдроп ACME начнётся 20 марта.",
        "Hace un mes Acme lanzó ACME y hoy el 68 % del airdrop ya fue reclamado.",
    ):
        assert not detector.score(make_item(text, author="@news_desk")).is_signal, text


def test_a_span_counted_from_a_day_keeps_the_day_in_the_past(
    detector: Detector, make_item: MakeItem
) -> None:
    october = dt.datetime(2026, 10, 22, 12, 0, tzinfo=dt.UTC)
    text = "Six months after its April 22 token launch, Acme says 3.1 million wallets claimed ACME."
    title = "ACME airdrop, six months on"
    decision = detector.score(make_item(text, title=title, published=october))
    assert not decision.is_signal, decision.reasons


def test_a_vietnamese_weekday_reads_the_day_first_and_membuka_perdagangan_lists(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Acme Labs mở bán ACME trên Polkastarter lúc 21:00 (giờ VN) thứ Sáu 3/4. Cần KYC."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert (decision.event_type, decision.event_date) == ("token_sale", dt.date(2026, 4, 3))
    listing = (
        "Indodax akan membuka perdagangan Acme (ACME/IDR) pada Jumat, 20 Maret 2026 pukul 21.00 "
        "WIB, bertepatan dengan peluncuran token ACME."
    )
    decision = detector.score(make_item(listing, author="@indodax"))
    assert (decision.event_type, decision.event_date) == ("listing", MARCH_20), decision.reasons
