"""Rules written in the dev50 session.

- in Korean, Japanese and Chinese, a symbol in brackets right before an event word owns it
  ("노바(NOVA) 퍼블릭 세일", "诺瓦（NOVA）的空投"), and so does the subject of a Korean or Japanese
  sentence, a bracketed symbol marked by its particle ("루미(LUMI)가 3월 20일 클레임을 오픈",
  "ルミ(LUMI)は3月20日に..."); a watched token's stakers or holders written after its symbol
  ("애크미(ACME) 스테이커 대상", "ACME保有者") are the recipients of that other event;
- "新币挖矿" (Chinese: new-coin mining) is an exchange's launchpool: the token it hands out owns
  it, not the token staked;
- the symbol right after an event phrase ending in "token" names the token ("lanzará su token
  POND", "launches its token POND"): its project owns the event;
- a season's number is read past when looking for the owner before an event phrase ("opens
  KNR Season 2 claims" is KNR's); the name opening a sentence right before its verb ("Kinora
  opens Season 2 claims") owns the event the verb takes;
- "am 2.3.", "ab dem 7.10." (German) are days, day first (not "offen bis 16.11.", a deadline);
  "à 1 h du matin, heure de Paris" is a clock in Paris time;
- the day an event moved from may carry its weekday ("moves from Thu March 17 to Fri March
  20", "the sale that was set for Tuesday, March 17"); in an item saying the event is postponed,
  a day followed by "as planned" is the old one ("won't open on Tuesday as planned");
- an inline calendar's rows may open with a weekday and a numeric day ("Wed 3/18: ..."); of
  rows naming watched projects, the one holding the lead event's phrase gives the day (not a
  watched project's governance vote the row before);
- an event "live and has been since Friday, March 13" or "live on-chain from Friday 13 Mar" is
  dated by that day, not by the day of the post;
- a project saying in another language that it itself has no part in the event ("Acme selbst
  ist an dem Start nicht beteiligt", "Acme не участвует в запуске", "Acme 本身没有代币活动",
  "Acme自体のトークンイベントではない") is context wherever it is named; a symbol joined to a CJK
  event by the word token ("TSR 代币公开发售", "EMBトークンのTGE") owns it;
- a project owning no event phrase and named only by its holders ("CRNR stakers get a 1.5x
  multiplier, Cornerstone LPs 1.2x") is the recipients of an event whose owner the text does not
  name either, unless the post is its own;
- the disowning may come after words of its own ("Acme в раздаче не участвует"), in Turkish
  ("Acme dağıtımda yer almıyor") or as Korean sets a project apart ("애크미(ACME) 토큰과는 별개의
  프로젝트"); the event word of the disowning clause is not the project's; Turkish names the
  recipients "ACME token'ını stake edenlere";
- German tells a plan in the present ("dass ihr ACME-Token im Juni startet", "kommt im Juni"):
  a confirmed plan with a month;
- "empieza a cotizar" (Spanish: starts trading) is a listing; a step an event does without ("no
  claim page", "no claiming needed") denies no event;
- Japanese and Korean tell a plan in the present too ("第4四半期に実施すると発表", "10월에
  진행한다고 발표"): a confirmed plan with a quarter or a month;
- the airdrop words, mainnet and exchanges of Chinese, Japanese and Korean are crypto context, as
  their English words are; so a recap ("청구가 19일 마감됐다", "請求期間は3月11日に終了し"), a
  month since the listing ("상장 한 달") and a rumour ("9월 설 도는데 공식 확인 아님",
  "来月実施との観測") are read as such, not only as a name without context;
- a cue that is the verb of "who ..." naming the recipients ("creators who minted on the platform
  during beta will receive ...") names them, as "for wallets that minted" does;
- a sale's commitments ("commitments accepted Friday 15:00 UTC"), "ronda comunitaria",
  "venderá" are a token sale; a token "minted and sent to contributors' wallets on Friday" or
  "transferable tomorrow 13:00 UTC" is its launch;
- "公开销售" (Chinese: public sale) is a sale and "测试网贡献者" (testnet contributors) its
  recipients; "nimmt ... in den Handel" (German: takes into trading) is a listing; "für das
  dritte Quartal angekündigt" dates a plan by its quarter; "Spieler mit Flight-XP", "Players
  with Flight XP", "Bettors from S1" are recipients; "FTHR mints Thursday" is the token's launch;
- a vote named by a possessive or after its verb ("If Acme Network's SIP-7 passes", "If Acme
  governance passes SIP-12") makes the date wait on it; "hearing the ... TGE slips", "treat it
  as noise" are hearsay; "Hướng dẫn" (Vietnamese: a guide) is a tutorial's; "resmi ditutup"
  (Indonesian: officially closed) is over; "bu yana ... işlem görüyor" (Turkish: has traded
  since) is another market that trades;
- a clock without a zone in a Japanese or Korean notice is in the local time of its language
  ("2026 年 3 月 21 日（土）00:30 より", "午前8時より", "3월 21일 00:30"), not UTC ("24時間" is
  no clock);
- the amounts of a giveaway in other languages ("Envie 100 USDT e receba 200 USDT", "envía 50
  USDT y recibe 100") decide as a scam, as "send 100, get 200" does;
- "a rival intent network to Acme" relates the rival to Acme, as "rival to Acme" does; a project
  whose event is only the point another's is counted from ("a week after Acme's", "two days
  before Acme's TGE") is context;
- "dass sein ACME-Token im zweiten Quartal startet" (German) is a launch (not "der
  ALPG-Token-Verkauf startet"); a sense set apart by German words after it ("Mit dem Acme
  Stadium hat das Projekt nichts zu tun") is no homonym;
- doubt in a sentence naming no watched project, beside a sentence in which the source confirms
  the project's event ("Confirmed by the team: ... Separately, whether Zorbit does a second drop
  the same week is pure guesswork"), is doubt about something else;
- the day a detail "goes out" ("The exact hour goes out Monday") is not the event's; a stage's
  day ("before the May 31 snapshot") is not the event's when the event's sentence gives a period
  ("claims arrive in June"), even when it is the only day named;
- a testnet told as done before, in Chinese, Japanese or Korean ("此前 Acme 已于 2 月完成两轮
  测试网激励"), is a past fact beside an upcoming launch;
- doubt or price talk in a sentence opened by an aside word ("Meanwhile, ...", "Bu arada",
  "Trong khi đó", "참고로") and naming none of the projects of the event's sentence is about
  something else;
- a pair in a listing phrase ("• KURO/USDT: Mar 20") is its base token's listing; a watched
  project named right before "listings", "Spot" or a listing verb with another's name as its
  object ("Orbit Spot listings", "Orbit will list Acme (ACME)") is the exchange, not the owner;
- "napkin math", "my read", "nobody confirmed" are a reader's own sums and guesses; "bâti sur",
  "déployé sur" (French: built on, deployed on) are relations;
- a rumour of a listing in a sentence of its own, beside another event dated in its sentence
  ("Os boatos de listagem na Binance no mesmo dia não são oficiais"), is doubt about that
  listing; a share price ("Nvidia shares fell 2%") is no token's price talk;
- "Acme本体とは無関係" (Japanese: unrelated to Acme itself) disowns; "send ETH ... and receive 3x
  ACME at TGE" is a giveaway; "one month in:" counts time since the event; "Questa guida",
  "come funzionano" (Italian) are a tutorial's;
- in a listing notice written one token a line, the line opening with the watched project gives
  the day or says it is live ("ACME/USDT: now live" above "LUMA/USDT: March 21");
- a calendar row's label ("Wed:", "March 20 —", "3/20 |") opens the row, so the name after it is
  the row's project ("Fri: Arcwell public sale on the Acme Launchpad" is Arcwell's sale);
"""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector
from swarm.detection.dates import find_dates
from swarm.detection.folding import fold

from .conftest import MakeItem

# PUBLISHED (conftest) is Saturday 14 March 2026, 09:30 UTC.
MARCH_20 = dt.date(2026, 3, 20)


def test_a_bracketed_symbol_or_a_sentence_subject_owns_a_cjk_event(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "오르빗 런치패드가 노바(NOVA) 퍼블릭 세일을 20일 오후 9시(KST)에 시작한다. 애크미(ACME) "
        "스테이킹 지갑에는 우선 배정 물량이 제공된다.",
        "애크미(ACME) 스테이커 대상 에어드랍! 애크미 체인 위의 DEX 루미(LUMI)가 3월 20일 클레임을 "
        "오픈합니다.",
        "ルミ(LUMI)は3月20日にエアドロップを開始します。ACME保有者も対象です。",
    ):
        decision = detector.score(make_item(text))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == "unwatched", (text, decision.reasons)
    # the watched project as the sentence's subject, or its own symbol before the event word
    for text in (
        "애크미(ACME)가 3월 20일 에어드랍 클레임을 오픈합니다. 대상: 테스트넷 사용자.",
        "ACME(ACME)のエアドロップ請求は3月20日に開始します。",
    ):
        decision = detector.score(make_item(text))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.company, decision.event_type) == ("Acme", "airdrop")
        assert decision.event_date == MARCH_20


def test_a_chinese_launchpool_belongs_to_the_token_it_hands_out(
    detector: Detector, make_item: MakeItem
) -> None:
    staked = (
        "新币挖矿：用户可质押 ACME 或 USDT 获取 LUMI 奖励，3月20日 开始，挖矿期 7 天。LUMI/USDT "
        "现货交易将于 3月27日 开放。"
    )
    decision = detector.score(make_item(staked, author="@hexa_exchange"))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "unwatched", decision.reasons
    handed_out = (
        "新币挖矿：质押 BNB 或 USDT 获得 ACME，3月20日 开始。ACME/USDT 现货交易将于 3月20日 开放。"
    )
    decision = detector.score(make_item(handed_out, author="@hexa_exchange"))
    assert decision.is_signal, decision.reasons
    assert (decision.company, decision.event_type, decision.event_date) == (
        "Acme", "listing", MARCH_20
    )


def test_the_symbol_after_its_token_owns_the_event(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Pond Party, un juego de Acme, lanzará su token POND el viernes 20 de marzo.",
        "Pond Party, um jogo na rede Acme, lança seu token POND na sexta-feira, 20 de março.",
        "Pond Party, un jeu sur Acme, lance son token POND le vendredi 20 mars.",
    ):
        decision = detector.score(make_item(text))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == "unwatched", (text, decision.reasons)
    decision = detector.score(make_item("Acme lanzará su token ACME el viernes 20 de marzo."))
    assert decision.is_signal, decision.reasons
    assert (decision.company, decision.event_type, decision.event_date) == (
        "Acme", "tge", MARCH_20
    )


def test_the_name_after_a_calendar_rows_label_owns_the_row(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Mon: Fernhill testnet closes. Fri: Arcwell public sale on the Acme Launchpad.",
        "This week\nMarch 18 — Fernhill mainnet upgrade\nMarch 20 — Arcwell public sale on the "
        "Acme Launchpad",
    ):
        decision = detector.score(make_item(text, source="rss", title="The week ahead"))
        assert not decision.is_signal, (text, decision.reasons)
    row = "Mon: Fernhill testnet closes. Fri: Acme public sale on the Orbit Launchpad."
    decision = detector.score(make_item(row, source="rss", title="The week ahead"))
    assert decision.is_signal, decision.reasons
    assert (decision.company, decision.event_type, decision.event_date) == (
        "Acme", "token_sale", MARCH_20
    )


def test_the_owner_before_a_seasons_number_and_the_subject_of_the_verb(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Kinora, a ticketing DEX, opens KNR Season 2 claims on Friday, March 20, for its beta "
        "users. Acme's validators hold an AMA on Wednesday.",
        "Kinora opens Season 2 claims on Friday, March 20. Acme validators hold an AMA on "
        "Wednesday.",
    ):
        decision = detector.score(make_item(text))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == "unwatched", (text, decision.reasons)
    for text in (
        "Acme opens ACME Season 2 claims on Friday, March 20, for its beta users.",
        "Acme Labs will open Season 2 claims on Friday, March 20.",
    ):
        decision = detector.score(make_item(text))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.company, decision.event_type, decision.event_date) == (
            "Acme", "airdrop", MARCH_20
        )


def test_german_dotted_days_and_a_french_clock_in_paris_time(
    detector: Detector, make_item: MakeItem
) -> None:
    published = dt.datetime(2026, 2, 20, 9, 0, tzinfo=dt.UTC)
    for text, day in (
        # 00:30 MEZ (UTC+1) on 2 March is 23:30 UTC on 1 March
        ("Das Netzwerk Acme öffnet den Claim am 2.3. um 00:30 Uhr MEZ.", dt.date(2026, 3, 1)),
        ("Einzahlungen sind ab dem 7.3. möglich.", dt.date(2026, 3, 7)),
        # 01:00 in Paris (UTC+2 in June) is 23:00 UTC the day before
        ("son jeton sera lancé le 9 juin à 1 h du matin, heure de Paris", dt.date(2026, 6, 8)),
    ):
        assert [h.date for h in find_dates(fold(text), published)] == [day], text
    # a version, and a deadline, are no event day
    assert find_dates(fold("Upgrade auf Version 2.3. heute"), published)[0].kind == "now"
    decision = detector.score(
        make_item(
            "Neuer Termin: ACME startet am 20.3. um 14:00 Uhr MEZ. Claim offen bis 16.11.",
            author="@acme_xyz",
        )
    )
    assert decision.is_signal, decision.reasons
    assert decision.event_date == MARCH_20


def test_the_day_an_event_moved_from_with_its_weekday(
    detector: Detector, make_item: MakeItem
) -> None:
    moved = (
        "Schedule change: ACME TGE moves from Tue March 17 to Fri March 20, 14:00 UTC. The "
        "bridge audit needs a few more days."
    )
    decision = detector.score(make_item(moved, author="@acme_xyz"))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("tge", MARCH_20)
    for text in (
        "We're pausing the ACME public sale that was set for Tuesday, March 17. It will still "
        "happen; a new date comes once our KYC provider clears its backlog.",
        "The ACME public sale won't open on Tuesday as planned. It's postponed, not cancelled: "
        "we will post the new date here.",
    ):
        decision = detector.score(make_item(text, author="@acme_xyz"))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.event_type, decision.event_date) == ("token_sale", None), text


def test_an_inline_calendar_with_numeric_days_gives_the_event_rows_day(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Mon 3/16: Lumio unlock (1.8% of supply). Fri 3/20: Acme opens ACME claims for Season 3 "
        "liquidity providers. Sat 3/21: Nerio TGE.",
        # a watched project's vote in the row before the claims
        "Mon 16/03: Sluice Labs claim window closes. Wed 18/03: Orbit governance vote on treasury "
        "diversification. Fri 20/03: Acme opens ACME Season 2 claims at 12:00 UTC for vault "
        "depositors. Sat 21/03: Nerio TGE.",
    ):
        decision = detector.score(make_item(text, source="rss", title="Token calendar"))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.company, decision.event_type, decision.event_date) == (
            "Acme", "airdrop", MARCH_20
        ), text


def test_an_event_live_since_or_from_a_day_is_dated_by_it(
    detector: Detector, make_item: MakeItem
) -> None:
    march_13 = dt.date(2026, 3, 13)
    for text, kind in (
        ("ACME claim is live and has been since Friday, March 13, 14:00 UTC. Window runs 30 days.",
         "airdrop"),
        ("ACME is live on-chain from Friday 13 Mar, 15:00 UTC. Sale buyers receive 100% at TGE.",
         "tge"),
    ):
        decision = detector.score(make_item(text, author="@acme_xyz"))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.event_type, decision.event_date) == (kind, march_13), text
    # live from a day still to come
    ahead = "ACME is live on-chain from Friday 20 Mar, 15:00 UTC."
    decision = detector.score(make_item(ahead, author="@acme_xyz"))
    assert decision.event_date == MARCH_20, decision.reasons


def test_a_project_disowning_the_event_in_another_language_is_context(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Der Start des FNL-Tokens ist am 20. März. Acme selbst ist an dem Start nicht beteiligt.",
        "Perigee проведёт TGE 20 марта. Acme не участвует в запуске.",
        "由 Acme 领投的 RWA 项目 Tessera 将于 3 月 20 日进行 TSR 代币公开发售，"
        "Acme 本身没有代币活动。",
        "Acme エコシステムのゲーム「Emberkeep」が3月20日にEMBトークンのTGEを実施。"
        "Acme自体のトークンイベントではないので注意。",
    ):
        decision = detector.score(make_item(text))
        assert not decision.is_signal, (text, decision.reasons)
    # a project setting itself apart from a namesake keeps its own event
    own = "Acme lanza su token ACME el 20 de marzo. Acme Labs no tiene relación con la marca."
    decision = detector.score(make_item(own, author="@acme_xyz"))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("tge", MARCH_20)


def test_a_project_named_only_by_its_holders_is_the_recipients(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Pellucid airdrop claims open Friday, March 20. ACME stakers get a 1.5x multiplier, Acme "
        "LPs 1.2x. Checker live now."
    )
    decision = detector.score(make_item(text, author="@pellucid_fi"))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "unwatched", decision.reasons
    # the project's own post about its own stakers
    own = "Season 2 claims open Friday, March 20. ACME stakers get a 1.5x multiplier."
    decision = detector.score(make_item(own, author="@acme_xyz"))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("airdrop", MARCH_20)


def test_disowning_after_words_of_its_own_in_russian_turkish_and_korean(
    detector: Detector, make_item: MakeItem
) -> None:
    russian = (
        "Приложение Halo, работающее на сети Acme, объявило о выпуске токена HALO 20 марта. Acme "
        "в раздаче не участвует."
    )
    decision = detector.score(
        make_item(russian, source="rss", title="Проект Halo на Acme проведёт TGE 20 марта")
    )
    assert not decision.is_signal, decision.reasons
    for text in (
        "Ödeme uygulaması Mintwell, MWL airdrop'unda Acme'nin ACME token'ını stake edenlere ek "
        "pay vereceğini açıkladı. Claim 20 Mart'ta açılıyor; Acme dağıtımda yer almıyor.",
        "애크미 체인 기반 게임 '필름러시'의 FRSH 토큰이 3월 20일 빗썸에 상장됩니다. 애크미(ACME) "
        "토큰과는 별개의 프로젝트입니다.",
    ):
        decision = detector.score(make_item(text))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == "unwatched", (text, decision.reasons)


def test_a_german_plan_told_in_the_present_with_a_month(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Die Acme Foundation hat bestätigt, dass ihr ACME-Token im Juni startet. Partner "
            "sollen das Netzwerk ab dem ersten Tag nutzen.",
            source="rss",
            title="Acme Foundation: ACME-Token kommt im Juni",
        )
    )
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date, decision.date_precision) == (
        "tge", None, "month"
    )


def test_starts_trading_in_spanish_and_a_step_the_event_does_without(
    detector: Detector, make_item: MakeItem
) -> None:
    listing = (
        "Acme: el token ACME empieza a cotizar el 20/03 a las 15:00 UTC en tres exchanges, "
        "coincidiendo con su lanzamiento."
    )
    decision = detector.score(make_item(listing))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("listing", MARCH_20)
    stream = (
        "ACME distribution begins Friday, March 20: tokens stream straight to eligible wallets, "
        "no claim page, no gas."
    )
    decision = detector.score(make_item(stream, author="@acme_xyz"))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("airdrop", MARCH_20)


def test_japanese_and_korean_plans_told_in_the_present(
    detector: Detector, make_item: MakeItem
) -> None:
    for text, precision in (
        ("ゲーム特化型チェーンのAcmeは、第3シーズンのACMEエアドロップを第4四半期に実施すると正式に"
         "発表した。", "quarter"),
        ("애크미(ACME)는 ACME 시즌 2 에어드롭을 10월에 진행한다고 공식 발표했다.", "month"),
    ):
        decision = detector.score(make_item(text, source="rss", title="Acme"))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.event_type, decision.event_date, decision.date_precision) == (
            "airdrop", None, precision
        ), text


def test_cjk_crypto_context_recaps_and_rumours(
    detector: Detector, make_item: MakeItem
) -> None:
    plan = (
        "Acme 官方确认：ACME 第二季空投将于 11 月开放申领，面向主网节点运营者及第二季积分持有者。"
    )
    decision = detector.score(make_item(plan))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date, decision.date_precision) == (
        "airdrop", None, "month"
    )
    for text, category in (
        ("애크미(ACME) 에어드랍 청구가 12일 마감됐다. 전체 물량의 82%가 청구됐다.", "past_recap"),
        ("애크미(ACME) 에어드랍 4월 설 도는데 공식 확인 아님. 디스코드 모더 한 명 발언이 전부.",
         "speculation"),
        ("AcmeのACMEエアドロップが来月にも実施されるとの観測が、コミュニティの一部で広がっている。",
         "speculation"),
    ):
        decision = detector.score(make_item(text))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == category, (text, decision.reasons)


def test_a_cue_as_the_verb_of_who_names_the_recipients(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "NFT marketplace Acme Network said its ACME token will launch in May, and that creators "
        "who minted on the platform during beta will receive the largest share of the airdrop."
    )
    decision = detector.score(
        make_item(text, source="rss", title="Acme Network confirms ACME token for May")
    )
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date, decision.date_precision) == (
        "tge", None, "month"
    )


def test_commitments_a_minted_and_sent_token_and_a_transferable_one(
    detector: Detector, make_item: MakeItem
) -> None:
    for text, kind, day in (
        ("The ACME round on Legion: commitments accepted Friday 15:00 UTC → Sunday 15:00 UTC. "
         "KYC through Legion only. Nobody from Acme will DM you.", "token_sale", MARCH_20),
        ("Acme venderá ACME en una ronda comunitaria en Legion el viernes 20 de marzo, confirmó el "
         "equipo.", "token_sale", MARCH_20),
        ("Acme said ACME will be minted and sent to contributors' wallets on Friday at 15:00 UTC, "
         "the first moment the token can move.", "tge", MARCH_20),
        ("$ACME transferable tomorrow 13:00 UTC. Bridging out opens the same minute.", "tge",
         dt.date(2026, 3, 15)),
    ):
        decision = detector.score(make_item(text, author="@acme_xyz"))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.event_type, decision.event_date) == (kind, day), text


def test_recipients_and_events_written_other_ways(
    detector: Detector, make_item: MakeItem
) -> None:
    for text, kind, day, precision in (
        ("Acme Labs 宣布将于 5 月通过 Legion 进行 ACME 公开销售，具体日期与价格将在两周内公布，"
         "测试网贡献者可获得优先额度。", "token_sale", None, "month"),
        ("Die Handelsplattform Bitvavo nimmt Acme (ACME) am Freitag, 20. März, um 10 Uhr MEZ in "
         "den Handel, dem ersten Handelstag des Tokens.", "listing", MARCH_20, "day"),
        ("Das Netzwerk Acme hat den Start seines ACME-Tokens für das dritte Quartal angekündigt. "
         "Spieler mit Flight-XP aus den ersten drei Saisons sollen eine Zuteilung erhalten.",
         "tge", None, "quarter"),
        ("ACME mints Friday, 15:00 UTC. Players with Flight XP from Seasons 1-3 see it in their "
         "in-game wallet the same minute.", "tge", MARCH_20, "day"),
        ("Bettors from S1 + S2: ACME claims open Friday, 12:00 UTC. Checker: acme.xyz/claim. "
         "Nobody from Acme will DM you first.", "airdrop", MARCH_20, "day"),
    ):
        decision = detector.score(make_item(text, author="@acme_xyz"))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.event_type, decision.event_date, decision.date_precision) == (
            kind, day, precision
        ), text


def test_conditions_hearsay_guides_closings_and_markets(
    detector: Detector, make_item: MakeItem
) -> None:
    for text, category in (
        ("If Acme Network's SIP-7 passes next week, an ACME airdrop for validators would start "
         "March 20. Big if: quorum isn't met yet.", "speculation"),
        ("If Acme governance passes SIP-12, a second ACME airdrop would start March 20. Voting "
         "ends next Friday, so nothing is decided.", "speculation"),
        ("hearing the Acme ACME TGE slips to Q3. Two sources, neither on the team. Treat it as "
         "noise until they post something.", "speculation"),
        ("Hướng dẫn kiểm tra điều kiện nhận airdrop ACME an toàn: đọc thông báo chính thức, kiểm "
         "tra tên miền và dùng ví riêng.", "tutorial"),
        ("Jendela klaim airdrop ACME resmi ditutup. Acme Labs menutup jendela klaim token ACME "
         "pada Minggu.", "past_recap"),
    ):
        decision = detector.score(make_item(text))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == category, (text, decision.reasons)
    market = (
        "📢 Acme (ACME) Paribu'da! ACME/TL paritesi 20 Mart 17:00'de işleme açılıyor. ACME, Ocak "
        "ayından bu yana küresel borsalarda işlem görüyor."
    )
    decision = detector.score(make_item(market, author="@paribu"))
    assert not decision.is_signal, decision.reasons


def test_a_bare_clock_in_a_japanese_or_korean_notice_is_local_time(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "bitFlyer では 2026 年 3 月 21 日（土）00:30 より、Acme（ACME）の取扱いを開始いたします。",
        "【新規取扱い】Acme（ACME）の取扱いを2026年3月21日（土）午前8時より開始します。",
        "애크미(ACME) 원화 마켓 거래지원 개시 일시: 2026년 3월 21일 00:30 예정.",
    ):
        # 00:30 and 08:00 in Tokyo or Seoul (UTC+9) are the day before in UTC
        decision = detector.score(make_item(text, source="rss", title="新規取扱い / 마켓 추가"))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.event_type, decision.event_date) == ("listing", MARCH_20), text
    published = dt.datetime(2026, 3, 14, 9, 0, tzinfo=dt.UTC)
    hits = find_dates(fold("ACMEが24時間で約30%上昇、3月20日に請求開始"), published)
    assert [h.date for h in hits] == [MARCH_20]


def test_a_giveaways_amounts_in_other_languages(detector: Detector, make_item: MakeItem) -> None:
    for text in (
        "Sorteio oficial ACME ☕ Envie 100 USDT e receba 200 USDT em ACME na abertura do claim. Só "
        "hoje!",
        "Sorteo oficial de Acme: envía 50 USDT y recibe 100 USDT en ACME cuando abra el claim el "
        "20 de marzo.",
    ):
        decision = detector.score(make_item(text, author="@acme_sorteio"))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == "scam", (text, decision.reasons)


def test_a_rival_named_by_what_it_is_and_an_event_as_a_point_in_time(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Helmsman Protocol, a rival intent network to Acme, lists HLM on Friday at 14:00 UTC on "
        "OKX and Bybit. Helmsman says it shares no code with Acme.",
        "Zorbitra TGE lands March 20, a week after Acme's. ZRB claims go live the same hour.",
        "Zorbitra sets its TGE for March 20, two days before Acme's TGE.",
    ):
        decision = detector.score(make_item(text))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == "unwatched", (text, decision.reasons)
    own = "Acme TGE lands March 20, a week after Zorbitra's."
    decision = detector.score(make_item(own))
    assert decision.is_signal, decision.reasons
    assert (decision.company, decision.event_date) == ("Acme", MARCH_20)


def test_a_german_launch_with_the_period_between_and_a_german_disclaimer(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Das Restaking-Protokoll Acme Network hat bestätigt, dass sein ACME-Token im zweiten "
        "Quartal startet. Mit dem Acme Stadium hat das Projekt nichts zu tun."
    )
    decision = detector.score(
        make_item(text, source="rss", title="Acme Network bestätigt ACME-Start im zweiten Quartal")
    )
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date, decision.date_precision) == (
        "tge", None, "quarter"
    )
    sale = (
        "Der Acme-Marktplatz hostet den Mint von 'Alpenglow': Der ALPG-Token-Verkauf startet "
        "Freitag auf Acme."
    )
    decision = detector.score(make_item(sale))
    assert decision.event_type != "tge", decision.reasons


def test_doubt_about_something_else_beside_a_confirmed_event(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Confirmed by the team: Acme opens Season 2 ACME claims on Friday for Telegram mini-app "
        "users. Separately, whether Zorbit does a second drop the same week is pure guesswork at "
        "this point."
    )
    decision = detector.score(make_item(text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("airdrop", MARCH_20)
    # doubt in the project's own sentence stays doubt
    doubt = "Whether Acme opens ACME claims on Friday is pure guesswork. Nothing is confirmed."
    decision = detector.score(make_item(doubt))
    assert not decision.is_signal, decision.reasons


def test_a_details_day_and_a_stages_day_beside_a_coarse_event(
    detector: Detector, make_item: MakeItem
) -> None:
    for text, precision in (
        ("Season 2 is wrapping up. ACME claims for S2 open next week. The exact hour goes out "
         "Monday; the checker goes up first. Only acme.xyz.", "none"),
        ("Device operators: ACME claims arrive in April. Every meter that logged 30+ days of "
         "readings before the March 31 snapshot qualifies.", "month"),
    ):
        decision = detector.score(make_item(text, author="@acme_xyz"))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.event_type, decision.event_date, decision.date_precision) == (
            "airdrop", None, precision
        ), text


def test_a_testnet_told_as_done_before_in_chinese(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme（ACME）宣布代币将于 3月21日 06:00（UTC+8）正式上线，同时开放主网转账与跨链桥。"
        "此前 Acme 已于 2 月完成两轮测试网激励。"
    )
    decision = detector.score(make_item(text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("tge", MARCH_20)


def test_doubt_or_price_talk_in_an_aside_about_something_else(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Acme opens ACME claims on Friday, March 20, at 16:00 UTC. Meanwhile, rumours that Zorbit "
        "launches a token the same week are unconfirmed.",
        "Acme ACME halka açık satışı 20 Mart 14:00 UTC'de başlıyor. Bu arada ZRB'deki pump ayrı "
        "bir konu, karıştırmayın.",
        "Acme mở claim airdrop ACME vào thứ Sáu (20/3) lúc 16:00 UTC. Trong khi đó, tin đồn Zorbit "
        "sắp ra token vẫn chưa có xác nhận.",
    ):
        decision = detector.score(make_item(text))
        assert decision.is_signal, (text, decision.reasons)
        assert decision.event_date == MARCH_20, text
    # an aside about the project itself stays doubt
    same = (
        "Acme opens ACME claims on Friday, March 20. Meanwhile, rumours say the Acme claims may "
        "slip a week."
    )
    decision = detector.score(make_item(same))
    assert not decision.is_signal, decision.reasons


def test_a_watched_exchange_listing_others_and_pairs_in_rows(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Orbit Spot listings 📈\n\nACME/USDT: Mar 20, 14:30 UTC\nLUMW/USDT: Mar 21, 12:00 UTC\n\n"
        "Deposits for both are open.",
        "Orbit will list Acme (ACME) and Glyph (GLYPH) on March 20 at 10:00 UTC.",
    ):
        decision = detector.score(make_item(text, author="@orbit"))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.company, decision.event_type, decision.event_date) == (
            "Acme", "listing", MARCH_20
        ), text
    others = (
        "New on Orbit this week 📈\n• GLIS/USDT: live now\n• KURO/USDT: Mar 20, 10:00 UTC\n"
        "• NRV/USDT: Mar 21, 12:00 UTC\nORB holders get 30% off trading fees on all three."
    )
    decision = detector.score(make_item(others, author="@orbit"))
    assert not decision.is_signal, decision.reasons
    # a project listing its own token keeps it
    own = make_item(
        "First exchange trading for ACME begins on March 20, the team added.",
        source="rss",
        title="Acme to list ACME on Binance on March 20",
    )
    decision = detector.score(own)
    assert decision.is_signal, decision.reasons
    assert (decision.company, decision.event_type) == ("Acme", "listing")


def test_a_readers_own_sums_and_french_relations(
    detector: Detector, make_item: MakeItem
) -> None:
    for text, category in (
        ("If the Kaito cap is $2k per wallet and 40k wallets register, the ACME sale is 20x "
         "oversubscribed. Napkin math, not an Acme number.", "speculation"),
        ("Acme docs quietly grew a 'Token' tab that 404s. My read: ACME sale mid-April. Nobody "
         "confirmed anything, size accordingly.", "speculation"),
    ):
        decision = detector.score(make_item(text))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == category, (text, decision.reasons)
    french = make_item(
        "Le jeu de rôle Lumaverse, déployé sur le réseau Acme, vendra 8 % de son jeton LUMA à "
        "partir du 20 mars.",
        source="rss",
        title="Lumaverse, jeu bâti sur Acme, ouvre sa vente publique LUMA le 20 mars",
    )
    decision = detector.score(french)
    assert not decision.is_signal, decision.reasons


def test_a_listing_rumour_and_a_share_price(
    detector: Detector, make_item: MakeItem
) -> None:
    for text, kind in (
        ("Acme: TGE do ACME em 20 de março (sexta), 15h UTC. LPs desde janeiro recebem o "
         "airdrop. Os boatos de listagem na Binance no mesmo dia não são oficiais.", "tge"),
        ("Acme will sell 6% of its ACME token supply in a sealed-bid public auction running March "
         "20 to 22, the protocol said. Nvidia shares fell 2% the same afternoon.", "token_sale"),
    ):
        decision = detector.score(make_item(text))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.company, decision.event_type, decision.event_date) == (
            "Acme", kind, MARCH_20
        ), text


def test_more_disowning_giveaways_recaps_and_guides(
    detector: Detector, make_item: MakeItem
) -> None:
    for text, category in (
        ("AcmeのフォークであるLodestar Walletが、LODEの第2弾エアドロップを3月20日に開始"
         "すると発表。Acme本体とは無関係とのこと。", "unwatched"),
        ("🔒 ACME priority allocation: send ETH to the reserve contract and receive 3x ACME at "
         "TGE. 150 slots, closes tonight.", "scam"),
        ("ACME claim, one month in: 4.1M eligible accounts, 2.5M have claimed (61%).",
         "past_recap"),
        ("Launchpad e livelli: questa guida spiega come funzionano le allocazioni su Acme, con "
         "esempi presi dalle vendite pubbliche.", "tutorial"),
    ):
        decision = detector.score(make_item(text))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == category, (text, decision.reasons)


def test_a_listing_notice_one_token_a_line(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Bitget will list Acme (ACME) and Lumaverse (LUMA) in the Innovation Zone.\n\nACME/USDT: "
        "now live\nLUMA/USDT: March 21, 10:00 UTC\n\nCandyBomb: trade ACME to share 400,000 ACME."
    )
    decision = detector.score(make_item(text, author="@BitgetGlobal"))
    assert decision.is_signal, decision.reasons
    assert (decision.company, decision.event_type, decision.event_date) == (
        "Acme", "listing", dt.date(2026, 3, 14)
    )
    later = text.replace("now live", "March 20, 10:00 UTC")
    decision = detector.score(make_item(later, author="@BitgetGlobal"))
    assert decision.event_date == MARCH_20, decision.reasons
