"""Rules written in the dev54 session.

- "。" ends a sentence in scoping as it does in dates: Chinese and Japanese write no space after
  it, so a rumour in the sentence after a Chinese announcement is doubt about that sentence's
  event, not about the announcement's;
- doubt found by a reject pattern (a question mark) is scoped as doubt found by a phrase: a
  question about a listing rumour beside another dated event, or in an aside naming none of the
  event's projects, is about something else;
- a watched launchpad's own post whose lead names only the venue ("Next on Acme Launchpad")
  is about the sale of the token whose phrase comes first after it ("@nimbus_fi NIMB public
  sale"), not its own;
- the first of a month written as an ordinal ("1º de outubro", "1° giugno") is a day; a German
  dotted day after its weekday ("am Dienstag, 14.7.") too; Russian names a coarse plan by the
  month or quarter after "в" ("пройдёт в четвёртом квартале", "состоится в сентябре");
  German puts the verb first ("startet der ACME-Token nun am Dienstag");
- a token tradable from a day in Italian, Spanish, Portuguese ("sarà negoziabile da giovedì") is
  a listing; its transfers opening in Chinese ("开放转账") is its launch;
- a sentence naming only a detail and its day ("Settlement details tomorrow.") dates the
  detail, not the event; German says a sale is over with "zu Ende gegangen" or a "Rückblick";
- "built with" and "compete with" are relations: the name they govern is context; a project
  named only by its stakers and by such a relation is the recipients of the other's event
  ("Ashfall TGE ... Built with @acme_xyz. 5% of ASH goes to ACME stakers");
- negatives in other languages and an insider's boast: a German window "ist ... geschlossen"
  (a recap), "如何安全领取空投" (a Chinese how-to), "上場来安値を更新" (Japanese price talk), "Not a
  guess ... Remember who told you" (speculation);
- a sale's results ("ACME sale wrap:", "the auction clears at 0.021", "上线一周后"), open interest
  and funding rates ("未平仓", "资金费率"), hearsay from DMs ("in my DMs ... remember this tweet")
  are no announcements; a perpetual of another token ("BRDG-PERP goes live on Acme") names
  another token's market, so an exchange's own post about it is not its own event;
- a month or weekday of another language never owns an event ("ACME wird am 17. März
  übertragbar": not a project called März); "comenzará a operar" (Spanish: starts trading) is a
  listing;
- "never" in other languages makes a mention of the seed phrase a warning, not a request
  ("tidak pernah meminta seed phrase", "nunca pedimos", "절대");
- a Korean day of the month named alone with its hour ("거래 개시는 17일 오후 11시") is a day (not
  one named without an hour: "9일 밝혔다" is when it was said); "N일 공지했다" is an announcement's
  day; of two days of the month as near, the later one; "tối nay", "ce soir", "esta noche" are
  tonight;
- a project's own post saying the event is another team's ("HLYD is their token, not ours",
  "Their token, their claim page; we are just the lending market underneath") is about that
  team's event, when no event phrase is the project's own; a project saying it issues no token
  ("Acme no emite ningún token nuevo", "ACME has nothing new scheduled") is context;
- a weekday of another language before a numeric date picks its reading ("Kamis (5/3)" is
  Thursday 5 March, not 3 May); Lisbon and London time are western European time with its
  summer hour; "às 22h de Brasília" is Brasília time;
- an item whose lead event is the one it denies ("No new token, no airdrop, just speed.") is
  no announcement wherever the denial stands; a crowd's belief ("the Discord is convinced") or
  a guesser's source ("my source is vibes") is speculation; "penjualan komunitas" (Indonesian)
  is a community sale; the token staked in a Chinese launchpool ("质押 ACME 即可瓜分 KST") is
  context of the other token's event;
- hearsay and doubt in other languages ("Duyum:", "sugerem", "indicariam", "não confirmou"),
  a date said and taken back ("said 'March 20' ... and deleted it", "hasn't confirmed") are
  speculation; a scam report in Portuguese ("Golpistas usam falso airdrop", "frase-semente") is a
  scam; a promise never to ask for the seed phrase in other languages ("nunca pede sua
  frase-semente") is safety boilerplate; the day final allocations show is not the sale's;
- doubt the source denies ("No rumours on this list") is no doubt; a possessive of another
  language opening a sentence ("Son jeton ACME sera lancé") names no owner, as "its" does not;
  German tells a plan with "soll ... starten"; Spanish reports trading begun ("la negociación
  del token ACME comenzó este martes");
- a status report weeks into a claim or after a launch, in any language ("Week 5 of the ACME
  claim: 61% of allocations claimed", "ACME one week after TGE", "58 % des ACME réclamés après
  trois semaines", "청구 개시 3주 만에 청구율 70%", "上线首周回顾：空投领取率 72%") is a recap; a
  share claimed hours or days in ("38% claimed in 48 hours") reports a window under way;
- a condition on a vote in Turkish, Japanese, Chinese, Korean ("oylaması geçerse", "投票が可決
  されれば"), hearsay from a chat ("Korean TG says", "Zero confirmation", "photoshopped"), a
  Portuguese primer ("guia para iniciantes", "Entenda o que é um airdrop"), a launch the source
  says has not happened ("has not launched a token") are no announcements; holders named first
  ("pemegang ACME dapat bonus") are the recipients of another project's airdrop;
- Vietnamese and Indonesian launch the token with its symbol before the verb ("token ACME sẽ
  chính thức ra mắt", "Token ACME milik Acme resmi meluncur"); "a date two weeks in advance" is
  no time counted since an event ("three weeks in, 60% claimed" is);
- a post's label or a denial in another language never owns an event ("Confirmado por el
  equipo: ...", "Sin preventa"): not projects called Confirmado or Sin;
- a report of a fake claim site ("Fake Acme claim site drained $1.2M", "a look-alike of Acme's
  claim page") is a scam report, not a warning of one ("warned of fake claim pages"); a Russian
  insider's "якобы" is speculation; a Japanese app "on" a project ("Acme上のアプリ") and "Acme
  自体の配布ではない" (not Acme's own distribution) make Acme context;
- a product version, market or nodes going live ("Acme v4 goes live on Arbitrum", "our dVPN
  nodes go live") is no token launch; a lead event inside a recap cue ("ACME déjà en
  circulation") is a recap in full; French and German notices in their words ("l'ajout du
  jeton", "débuteront", "führt seinen ACME-Token am 23. März ein"); Portuguese "está aberto a
  partir de agora" is open now;
- a testnet cue in a calendar row or digest entry of another project ("Friday: Orbit ships its
  sequencer upgrade, no token involved", "Thursday: ...; no token news there") or denied ("Not
  a testnet drip this time") is about something else; a project's own testnet news stays
  testnet;
- a safety reminder naming the only domain ("The only domain is acme.xyz, and nobody from the
  team can 'fix' a claim for you") is a warning, not a claim;
- a date that waits on a sign-off ("If the security council signs off ..., we'd target a
  claim"), a denial in German or Korean ("Einen neuen Token oder Airdrop gibt es ... nicht",
  "토큰 이벤트 아니니까") are no announcements; exchange notices in French and Spanish ("fera ses
  débuts sur Bitget", "¡Ya puedes comprar y vender ACME!", "está operativo") are listings;
- a market's move in the backdrop clause of an event ("to open ACME airdrop on March 18 as
  privacy tokens rebound") is no price talk about the event; the token's own move there is
  ("adds ACME perpetual as token slides below auction price");
- the KYC step of a sale and its venues ("Buidlpad", "CoinList") are crypto vocabulary: a weak
  mention beside them is no ordinary word ("Acme mở bán công khai ACME trên Buidlpad");
- a Japanese day of the month with its weekday in brackets ("7日（火）に取引を開始") is that day,
  not the next such weekday;
- the sale of a token named by its symbol in Portuguese and Spanish ("A venda do ACME começou na
  segunda e termina hoje") is a token sale under way;
- a fork named in German ("ein Fork von Acme", "Acme-Fork Avalon") makes the forked project
  context; a Spanish price report ("cae un 28 %", "la caída") is price talk;
- German exchange notices start trading with "Der Handel beginnt am Donnerstag" or "Handel ab
  Donnerstag": a listing;
- a negative-context phrase opened by the project's own symbol as written ("DUCK season 2
  claims" for a project whose list names "duck season") is the project's, not the ordinary
  sense;
- staking and allocations in a claim post's words ("players who staked ACME", "der
  ACME-Zuteilung") are crypto vocabulary;
- a public auction in Korean and Japanese ("공개 경매", "トークンオークション") is a token sale;
"""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector, WatchList
from swarm.detection.dates import find_dates
from swarm.detection.folding import fold

from .conftest import PUBLISHED, MakeItem


def assert_announced(
    detector: Detector,
    make_item: MakeItem,
    cases: tuple[tuple[str, str, str, dt.date | None], ...],
    author: str,
) -> None:
    """Each ``(title, text, event_type, day)`` is Acme's announcement of that event and day."""
    for title, text, event_type, day in cases:
        decision = detector.score(make_item(text, title=title, author=author))
        assert decision.is_signal and decision.company == "Acme", text
        assert (decision.event_type, decision.event_date) == (event_type, day), text


def assert_rejected_as(
    detector: Detector, make_item: MakeItem, cases: tuple[tuple[str, str, str], ...], author: str
) -> None:
    """Each ``(title, text, category)`` is no signal, rejected as that category."""
    for title, text, category in cases:
        decision = detector.score(make_item(text, title=title, author=author))
        assert not decision.is_signal and decision.category == category, text


def assert_no_signal(
    detector: Detector, make_item: MakeItem, cases: tuple[tuple[str, str], ...], author: str
) -> None:
    """Each ``(title, text)`` is no signal."""
    for title, text in cases:
        assert not detector.score(make_item(text, title=title, author=author)).is_signal, text


def test_a_chinese_full_stop_ends_the_sentence_of_a_rumour(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme 的 ACME 公募今日在 CoinList 开启，持续至 3 月 16 日。"
        "另有传言称交易所将率先上线 ACME，尚无官方确认。"
    )
    decision = detector.score(make_item(text, author="@cn_desk"))
    assert decision.is_signal and decision.company == "Acme"
    assert decision.event_type == "token_sale"
    assert any("传言" in r and "not counted" in r for r in decision.reasons)


def test_a_question_about_a_rumoured_listing_leaves_a_dated_tge_standing(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme (ACME) TGE tomorrow, Sunday 15 March 15:00 UTC. Claims in the app for guild "
        "members, trading on Gate. Rumor listing Binance? No confirmation yet."
    )
    decision = detector.score(make_item(text, author="@kripto_desk"))
    assert decision.is_signal and decision.company == "Acme"
    assert (decision.event_type, str(decision.event_date)) == ("tge", "2026-03-15")
    assert "'binance?' not counted as speculation: a rumour of another event" in decision.reasons


def test_a_question_in_an_aside_is_about_something_else(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme (ACME) TGE tomorrow, Sunday 15 March 15:00 UTC. Claims in the app for guild "
        "members. Meanwhile, is Binance next to list some memecoin? Nobody knows."
    )
    decision = detector.score(make_item(text, author="@kripto_desk"))
    assert decision.is_signal
    assert "'memecoin?' not counted as speculation: an aside about something else" in (
        decision.reasons
    )


def test_a_question_about_the_event_itself_still_doubts_it(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item("Acme TGE soon? Claims in the app for guild members."))
    assert not decision.is_signal and decision.category == "speculation"


def test_a_public_auction_in_korean_and_japanese_is_a_token_sale(
    detector: Detector, make_item: MakeItem
) -> None:
    for text, day in (
        ("애크미(ACME) 공개 경매 내일(3/15) 시작, 17일까지 진행됩니다. 참여는 acme.xyz에서만.", 15),
        ("Acme の ACME トークンオークションは3月16日に開始します。", 16),
    ):
        decision = detector.score(make_item(text, author="@asia_desk"))
        assert decision.is_signal and decision.company == "Acme", text
        assert (decision.event_type, decision.event_date) == ("token_sale", dt.date(2026, 3, day))


LAUNCHPAD_POST = (
    "Next on Acme Launchpad 🚀\n\n{sale}\n📅 Mon 14:00 UTC\n{extra}Details on acme.xyz/launchpad"
)


def test_a_launchpad_post_naming_only_the_venue_is_about_its_guest(
    detector: Detector, make_item: MakeItem
) -> None:
    guest = LAUNCHPAD_POST.format(
        sale="@nimbus_fi NIMB public sale", extra="ACME stakers get a guaranteed round\n\n"
    )
    decision = detector.score(make_item(guest, author="@acme_xyz"))
    assert not decision.is_signal and decision.category == "unwatched"
    own = LAUNCHPAD_POST.format(sale="Our own ACME public sale", extra="\n")
    decision = detector.score(make_item(own, author="@acme_xyz"))
    assert decision.is_signal and decision.company == "Acme"


def test_ordinal_firsts_and_weekday_dotted_days_are_days() -> None:
    for text, day in (
        ("a corretora vai listar o ACME em 1º de outubro", dt.date(2025, 10, 1)),
        ("el listado será el 1.º de octubre", dt.date(2025, 10, 1)),
        ("sarà negoziabile dal 1° giugno", dt.date(2026, 6, 1)),
        ("startet nun am Dienstag, 17.3., um 14 Uhr", dt.date(2026, 3, 17)),
        ("startet Freitag 20.3. um 14 Uhr", dt.date(2026, 3, 20)),
    ):
        hits = find_dates(fold(text), PUBLISHED)
        assert [h.date for h in hits if h.kind == "explicit"] == [day], text


def test_russian_months_and_quarters_date_a_plan() -> None:
    for text, found in (
        ("публичная продажа пройдёт в четвёртом квартале", "в четвёртом квартале"),
        ("листинг состоится во втором квартале", "во втором квартале"),
        ("запуск токена состоится в сентябре", "в сентябре"),
    ):
        folded = fold(text)
        hits = find_dates(folded, PUBLISHED)
        assert [(h.kind, folded[h.start : h.end]) for h in hits] == [("vague", found)], text
    # a month of the past is no plan
    assert find_dates(fold("запуск был в сентябре"), PUBLISHED) == []


def test_a_russian_quarter_plan_and_a_german_verb_first_launch_are_announcements(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item(
        "Команда Acme сообщила, что публичная продажа токенов ACME пройдёт в четвёртом квартале "
        "через собственную платформу.", author="Крипто Вестник",
    ))  # fmt: skip
    assert decision.is_signal and decision.company == "Acme"
    assert (decision.event_type, decision.date_precision) == ("token_sale", "quarter")
    decision = detector.score(make_item(
        "Nach der Verschiebung startet der ACME-Token nun am Dienstag, 17.3., um 0:30 Uhr MESZ, "
        "teilte Acme Labs am Donnerstag mit.", author="Blockzeit",
    ))  # fmt: skip
    assert decision.is_signal and decision.company == "Acme"
    assert (decision.event_type, decision.event_date) == ("tge", dt.date(2026, 3, 16))


def test_tradable_from_a_day_is_a_listing_and_transfers_opening_a_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item(
        "Acme Labs ha confermato che il token ACME sarà negoziabile da giovedì 19 marzo alle "
        "10:00 ora italiana su tre exchange centralizzati.", author="Criptovaluta Oggi",
    ))  # fmt: skip
    assert decision.is_signal and decision.company == "Acme"
    assert (decision.event_type, decision.event_date) == ("listing", dt.date(2026, 3, 19))
    decision = detector.score(make_item(
        "Acme 官方公告：ACME 代币将于北京时间 3 月 20 日上午 6 点正式生成并开放转账。",
        author="@lianshang_news",
    ))  # fmt: skip
    assert decision.is_signal and decision.company == "Acme"
    assert (decision.event_type, decision.event_date) == ("tge", dt.date(2026, 3, 19))


def test_a_details_day_does_not_reopen_a_closed_auction(
    detector: Detector, make_item: MakeItem
) -> None:
    closed = (
        "The ACME auction closed at 09:00 UTC. Clearing price $0.18, 11,240 bidders. "
        "Settlement details tomorrow."
    )
    decision = detector.score(make_item(closed, author="@acme_xyz"))
    assert not decision.is_signal and decision.category == "past_recap"
    coming = "The ACME auction opens tomorrow at 16:00 UTC. Settlement details on Monday."
    decision = detector.score(make_item(coming, author="@acme_xyz"))
    assert decision.is_signal and decision.event_date == dt.date(2026, 3, 15)


def test_a_german_look_back_at_a_sale_is_a_recap(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(make_item(
        "Die öffentliche Auktion des Acme-Tokens ACME ist am Wochenende zu Ende gegangen und hat "
        "rund 14 Millionen US-Dollar eingebracht.", title="Rückblick: ACME-Auktion",
        author="Krypto-Kurier",
    ))  # fmt: skip
    assert not decision.is_signal and decision.category == "past_recap"


def test_a_project_built_with_and_its_stakers_are_context_of_another_tge(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Ashfall TGE: March 20, 14:00 UTC 🌋\n\nBuilt with @acme_xyz. 5% of ASH goes to ACME "
        "stakers, snapshot already taken. Claim details next week."
    )
    decision = detector.score(make_item(text, author="@ashfall_chain"))
    assert not decision.is_signal and decision.category == "unwatched"
    own = "Acme TGE: March 20, 14:00 UTC. Built with Orbit. 5% of ACME goes to ORB stakers."
    decision = detector.score(make_item(own, author="@acme_xyz"))
    assert decision.is_signal and decision.company == "Acme"


def test_rivals_that_compete_with_a_project_are_not_its_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item(
        "OKX will list TNDR and BRK, the debut tokens of two layer 2s, on March 17 and March 19. "
        "Both networks compete with Acme for staked bitcoin.",
        title="OKX lists two new layer-2 tokens that compete with Acme", author="Exchange Weekly",
    ))  # fmt: skip
    assert not decision.is_signal


def test_negatives_that_borrow_an_events_words_in_other_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        (
            "Acme-Airdrop: Das ACME-Fenster ist zu – wer nicht abgeholt hat, geht leer aus",
            "Seit Freitag ist das Claim-Fenster von Acme für den ACME-Token geschlossen; nicht "
            "abgeholte Token fließen zurück in die Treasury. Laut Dune-Daten holen rund 81 "
            "Prozent der berechtigten Wallets ihre Zuteilung ab.",
            "past_recap",
        ),
        (
            "如何安全领取空投",
            "Acme的ACME上线前后出现大量仿冒领取网站。本文整理了识别钓鱼链接的基本步骤，帮助用户安全领取空投。",
            "tutorial",
        ),
        (
            "アクメ(ACME)、上場来安値を更新",
            "AcmeのトークンACMEは14日、上場来安値を更新し、ローンチ初日の始値の半値以下となった。",
            "price_talk",
        ),
        (
            "",
            "ACME lists on Upbit on the 17th. Not a guess, I've seen the notice draft with my own "
            "eyes. Remember who told you.",
            "speculation",
        ),
    )
    assert_rejected_as(detector, make_item, cases, author="Newsdesk")


def test_results_hearsay_and_another_tokens_perpetual_are_no_announcements(
    detector: Detector, make_item: MakeItem
) -> None:
    for text, author, category in (
        ("ACME sale wrap: 18,400 participants, $6.1M raised, every tier filled. Refunds for "
         "unfilled orders land over the next 48h. Thank you.", "@acme_xyz", "past_recap"),
        ("ACME auction clears at 0.021. 38k bidders, 91% of supply sold, the rest burns; "
         "tokens unlock at TGE.", "@auction_stats", "past_recap"),
        ("Acme的ACME上线一周后，永续合约未平仓量升至8000万美元，资金费率转负。", "链闻速递",
         "past_recap"),
        ("Acme's ACME lists on Coinbase on day one. Three separate people in my DMs, all saying "
         "the same thing. When it happens, remember this tweet.", "@whisper", "speculation"),
        ("New market: BRDG-PERP goes live on Acme tomorrow at 14:00 UTC, up to 5x leverage. "
         "Bridgeport's BRDG token has traded on spot since August.", "@acme_xyz", "unwatched"),
    ):
        decision = detector.score(make_item(text, author=author))
        assert not decision.is_signal and decision.category == category, text


def test_a_foreign_month_owns_no_event_and_spanish_trading_starts_a_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item(
        "Das Restaking-Projekt Acme Labs hat den Start seines Tokens ACME für Dienstag, den 17. "
        "März, angekündigt.", title="Acme Labs: ACME wird am 17. März übertragbar",
        author="Kryptoblatt",
    ))  # fmt: skip
    assert decision.is_signal and decision.company == "Acme"
    assert (decision.event_type, decision.event_date) == ("tge", dt.date(2026, 3, 17))
    decision = detector.score(make_item(
        "El exchange Kraken anunció que ya acepta depósitos del token ACME de Acme y que el par "
        "ACME/USD comenzará a operar el martes 17 de marzo a las 15:00 UTC.", author="CriptoDiario",
    ))  # fmt: skip
    assert decision.is_signal and decision.company == "Acme"
    assert (decision.event_type, decision.event_date) == ("listing", dt.date(2026, 3, 17))


def test_a_warning_never_to_share_a_seed_phrase_in_other_languages_is_no_request(
    detector: Detector, make_item: MakeItem
) -> None:
    for warning in (
        "Tim menegaskan tidak pernah DM duluan dan tidak pernah meminta seed phrase.",
        "El equipo nunca te enviará un DM ni te pedirá tu seed phrase.",
        "팀은 절대 DM으로 seed phrase를 요구하지 않습니다.",
    ):
        text = f"📢 Acme: klaim airdrop ACME dibuka Senin, 16 Maret di acme.xyz/claim. {warning}"
        decision = detector.score(make_item(text, author="@kripto_id_news"))
        assert decision.is_signal and decision.company == "Acme", warning


def test_korean_days_with_their_hour_and_tonight_in_other_languages() -> None:
    published = dt.datetime(2026, 7, 6, 3, 0, tzinfo=dt.UTC)  # 15 days from June 21 and July 21
    for text, day in (
        ("코인원은 ACME를 상장한다고 6일 공지했다. 거래 개시는 7일 오후 11시(한국시간)", 7),
        ("실제 청구는 21일 오후 10시(한국시간)부터 가능하다.", 21),
    ):
        hits = [h for h in find_dates(fold(text), published) if h.date is not None]
        assert [h.date for h in hits] == [dt.date(2026, 7, day)], text
    assert find_dates(fold("빗썸은 ACME를 상장한다고 9일 밝혔다."), published) == []
    for tonight in ("mở nhận airdrop từ 23:00 tối nay (giờ VN)", "les claims ouvrent ce soir"):
        hits = find_dates(fold(tonight), published)
        assert [h.date for h in hits] == [dt.date(2026, 7, 6)], tonight


def test_a_korean_listing_dated_by_its_trading_hour_not_the_notice(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item(
        "빗썸은 애크미 랩스의 ACME 토큰을 원화 마켓에 상장한다고 14일 밝혔다. 거래는 17일 오후 6시"
        "(한국시간)부터 시작되며, 입금은 당일 오후 3시부터 가능하다.",
        title="빗썸, 애크미(ACME) 원화 마켓 상장…17일 거래 시작", author="코인KR",
    ))  # fmt: skip
    assert decision.is_signal and decision.company == "Acme"
    assert (decision.event_type, decision.event_date) == ("listing", dt.date(2026, 3, 17))


def test_a_projects_post_about_their_token_not_ours_is_another_teams_event(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Congrats to @halyard_fi on their TGE today! Halyard routes every swap through Acme, so "
        "you'll see our logo on their launch page, but HLYD is their token, not ours.",
        "@arbor_vaults opens ARBV claims today for its vault depositors. Their token, their claim "
        "page; we are just the lending market underneath. Congrats team!",
    ):
        decision = detector.score(make_item(text, author="@acme_xyz"))
        assert not decision.is_signal and decision.category == "unwatched", text
    own = "ACME claims open today at acme.xyz/claim. The look-alike site in the ads is not ours."
    assert detector.score(make_item(own, author="@acme_xyz")).is_signal


def test_a_project_that_issues_no_token_is_context(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item(
        "El protocolo Fernwood distribuirá el 5 % de sus tokens FERN el 2 de abril; quienes tengan "
        "ACME en staking recibirán un multiplicador de 1,5x. Acme no emite ningún token nuevo.",
        title="Fernwood repartirá su airdrop FERN con bonificación para holders de ACME",
        author="CriptoDiario",
    ))  # fmt: skip
    assert not decision.is_signal


def test_foreign_weekdays_pick_a_numeric_dates_reading_and_more_local_zones() -> None:
    for text, published, day in (
        ("penjualan publik pada Kamis (5/3) pukul 20.00 WIB", PUBLISHED, dt.date(2026, 3, 5)),
        ("o token será gerado no dia 22/09, às 00h30 (hora de Lisboa)",
         dt.datetime(2026, 9, 14, tzinfo=dt.UTC), dt.date(2026, 9, 21)),
        ("nesta sexta-feira (13/11), às 22h de Brasília",
         dt.datetime(2026, 11, 10, tzinfo=dt.UTC), dt.date(2026, 11, 14)),
    ):
        hits = [h for h in find_dates(fold(text), published) if h.kind == "explicit"]
        assert [h.date for h in hits] == [day], text


def test_denied_events_crowd_beliefs_and_staked_tokens_are_no_announcements(
    detector: Detector, make_item: MakeItem
) -> None:
    for text, author in (
        ("Acme Hypercube is now live on mainnet for every prover. Faster proofs, same ACME "
         "staking. No new token, no airdrop, just speed.", "@acme_xyz"),
        ("Acme shipped a new approval flow today and the Discord is convinced it's for a second "
         "ACME airdrop. Zero official word.", "@galaxybrain"),
        ("Acme validators are getting snapshotted, calling the ACME airdrop for mid-April. My "
         "source is vibes and a changed robots.txt.", "@farmer"),
        ("Bitget Launchpool 新项目：Kestra (KST)。质押 ACME 或 BGB 即可瓜分 800 万 KST，"
         "活动于 3 月 16 日 10:00 (UTC) 开始。", "@Bitget_CN"),
    ):
        decision = detector.score(make_item(text, author=author))
        assert not decision.is_signal, text


def test_an_indonesian_community_sale_is_a_token_sale(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item(
        "Acme resmi umumkan jadwal penjualan komunitas ACME: dibuka Selasa 17 Maret pukul 21:00 "
        "WIB, kuota 6% suplai. Pendaftaran KYC sudah dibuka di acme.xyz.", author="@kriptoharian",
    ))  # fmt: skip
    assert decision.is_signal and decision.company == "Acme"
    assert (decision.event_type, decision.event_date) == ("token_sale", dt.date(2026, 3, 17))


def test_hearsay_doubt_and_scam_reports_in_other_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("", "Duyum: Acme ACME airdrop'u mart sonunda gelebilir. Resmî bir açıklama yok, "
         "Discord'daki bir moderatörün ima ettiği söyleniyor.", "speculation"),
        ("Carteiras ligadas à Acme sugerem lançamento do ACME ainda em abril",
         "Analistas identificaram movimentações em carteiras da Acme que indicariam o lançamento "
         "do token ACME ainda em abril. A empresa não confirmou nenhuma data.", "speculation"),
        ("", "An Acme mod said 'March 20' for the ACME sale in Discord and deleted it two minutes "
         "later. Screenshot in replies. Team hasn't confirmed.", "speculation"),
        ("Golpistas usam falso airdrop da Acme antes do lançamento do ACME",
         "Perfis falsos que imitam a Acme divulgam um 'resgate antecipado' do token ACME. O site "
         "pede a frase-semente das carteiras.", "scam"),
    )
    assert_rejected_as(detector, make_item, cases, author="Newsdesk")


def test_a_promise_never_to_ask_for_the_seed_phrase_keeps_a_claim_post_strong(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item(
        "A Acme abre o resgate do airdrop ACME na segunda-feira, 16 de março, em acme.xyz/claim. "
        "A equipe nunca pede sua frase-semente.", author="Portal do Cripto",
    ))  # fmt: skip
    assert decision.is_signal and "scam" not in decision.contributions


def test_the_day_final_allocations_show_is_not_a_closed_sales(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item(
        "The ACME public sale has closed. Thank you to the 41,000 participants. Final allocations "
        "will be visible in your dashboard on Saturday. Refunds go out automatically.",
        author="@acme_xyz",
    ))  # fmt: skip
    assert not decision.is_signal and decision.category == "past_recap"


def test_denied_doubt_possessives_and_plans_in_other_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("", "TGE calendar, week of Mar 16 🗓\n\nMon: Pavo (PAVO)\nThu: Acme (ACME), 13:00 UTC\n"
         "Fri: Quorra (QRA)\n\nAll three confirmed by the teams. No rumours on this list.",
         "tge", dt.date(2026, 3, 19)),
        ("La start-up Acme lève 6 millions d'euros",
         "Acme, qui développe une place de marché décentralisée, a bouclé un tour de table de 6 "
         "millions d'euros. Son jeton ACME sera lancé le 16 avril, a précisé son cofondateur.",
         "tge", dt.date(2026, 4, 16)),
        ("Netzwerk Acme wächst auf 4.200 Knoten",
         "Das Videonetzwerk Acme hat die Zahl seiner Knoten erhöht. Der ACME-Token soll im "
         "zweiten Quartal 2026 starten, teilte das Team am Montag mit.", "tge", None),
        ("El token ACME de Acme ya cotiza en Kraken",
         "La negociación del token ACME comenzó este sábado a las 09:00 UTC en varias "
         "plataformas, media hora después de que la red habilitara las transferencias.",
         "listing", dt.date(2026, 3, 14)),
    )
    assert_announced(detector, make_item, cases, author="Newsdesk")


def test_status_reports_weeks_into_a_claim_are_recaps(
    detector: Detector, make_item: MakeItem
) -> None:
    for title, text in (
        ("", "Week 5 of the ACME claim: 61% of allocations claimed, ~12k wallets still pending. "
         "Window stays open until Apr 30."),
        ("", "Acme's ACME one week after TGE: listed on 9 venues, airdrop 83% claimed."),
        ("Airdrop d'Acme : 58 % des ACME réclamés après trois semaines",
         "Trois semaines après l'ouverture des réclamations, 58 % des jetons ACME de l'airdrop "
         "d'Acme ont été récupérés."),
        ("", "애크미(ACME) 에어드랍, 청구 개시 3주 만에 청구율 70% 돌파."),
        ("", "Acme ACME 上线首周回顾：空投领取率 72%，链上持币地址突破 9 万。"),
    ):
        decision = detector.score(make_item(text, title=title, author="Newsdesk"))
        assert not decision.is_signal and decision.category == "past_recap", text


def test_a_share_claimed_in_the_first_days_reports_a_window_under_way(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item(
        "More than a third of the ACME set aside for Acme's airdrop has been claimed since the "
        "window opened on Thursday, on-chain data show. The claim stays open until April 9 at "
        "acme.xyz/claim.", title="Acme airdrop: 38% of ACME claimed in 48 hours, window open "
        "until April 9", author="Newsdesk",
    ))  # fmt: skip
    assert decision.is_signal and decision.company == "Acme"


def test_conditions_hearsay_primers_and_denials_in_other_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("", "Acme DAO oylaması geçerse ACME airdrop'u 1 Nisan'da başlayacakmış. Oylama henüz "
         "bitmedi."),
        ("", "Acme のガバナンス投票が可決されれば、"
         "ACME のエアドロップは4月1日に開始されるとのこと。"),
        ("", "Korean TG says Acme lists on Upbit in April with the TGE. Zero confirmation from "
         "the team or Upbit. Screenshot looks photoshopped tbh."),
        ("Como funcionam airdrops como o da Acme: guia para iniciantes",
         "Entenda o que é um airdrop, como verificar a elegibilidade e como evitar golpes, usando "
         "como exemplo a distribuição do ACME feita pela Acme no início do ano."),
        ("Acme Chain mainnet is live; token not launched",
         "Acme Chain switched on its mainnet on Saturday. Fees are paid in ETH for now, and the "
         "team said it has not launched a token."),
        ("", "Airdrop Kora: pemegang ACME dapat bonus 10% alokasi KORA. Klaim dibuka Senin pukul "
         "19.00 WIB di kora.gg."),
    )
    assert_no_signal(detector, make_item, cases, author="Newsdesk")


def test_vietnamese_and_indonesian_launches_and_weeks_in_advance(
    detector: Detector, make_item: MakeItem
) -> None:
    for title, text, day in (
        ("", "Token ACME milik Acme resmi meluncur hari ini pukul 20.00 WIB. Token langsung bisa "
         "ditransfer.", dt.date(2026, 3, 14)),
        ("Acme xác nhận token ACME ra mắt ngày 17/3",
         "Acme Labs thông báo token ACME sẽ chính thức ra mắt vào thứ Ba, 17/3, lúc 13:00 UTC.",
         dt.date(2026, 3, 17)),
        ("Acme targets April for ACME token launch",
         "Acme, a structured-yield protocol, said its ACME token will launch in April, once its "
         "vault audit is published. The team said a date would come two weeks in advance.", None),
    ):
        decision = detector.score(make_item(text, title=title, author="Newsdesk"))
        assert decision.is_signal and decision.company == "Acme", text
        assert (decision.event_type, decision.event_date) == ("tge", day), text
    recap = "Acme's ACME airdrop, three weeks in and 60% claimed; the rest stays open."
    assert detector.score(make_item(recap, author="Newsdesk")).category == "past_recap"


def test_labels_and_denials_of_other_languages_own_no_event(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item(
        "Confirmado por el equipo: ACME se lanza el martes. TGE a las 09:00 UTC, con reclamo y "
        "trading en la misma hora. Sin preventa, sin enlaces fuera de acme.xyz.",
        author="@cripto_es",
    ))  # fmt: skip
    assert decision.is_signal and decision.company == "Acme"
    assert (decision.event_type, decision.event_date) == ("tge", dt.date(2026, 3, 17))


def test_fake_claim_sites_insiders_and_japanese_relations(
    detector: Detector, make_item: MakeItem
) -> None:
    for title, text, author, category in (
        ("Fake Acme claim site drained $1.2M in two days",
         "A look-alike of Acme's claim page, promoted through paid search ads, drained about $1.2 "
         "million from users who signed a token approval, researchers said.", "PatchWatch",
         "scam"),
        ("", "Инсайд: Acme Labs якобы проведёт TGE в апреле. Подтверждения от команды нет.",
         "@insider_ru", "speculation"),
        ("", "Acme上のリステーキングアプリ「Loopz」、LPZトークンのエアドロップ請求を本日開始。"
         "ACMEステーカーには追加配分があるが、Acme自体の配布ではない。", "@coinpost_jp",
         "unwatched"),
    ):
        decision = detector.score(make_item(text, title=title, author=author))
        assert not decision.is_signal and decision.category == category, text
    decision = detector.score(make_item(
        "Acme said on Tuesday that an ACME claim for players will open in the second quarter. The "
        "team warned of fake claim pages.", title="Acme to open ACME claim in second quarter",
        author="Newsdesk",
    ))  # fmt: skip
    assert decision.is_signal and decision.company == "Acme"


def test_products_going_live_and_tokens_already_circulating_are_no_launches(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Acme v4 goes live on Arbitrum with concentrated-liquidity vaults",
         "Acme DEX launched its fourth version on Saturday, adding managed vaults and lower fees. "
         "No changes to ACME were announced."),
        ("Acme lance un fonds de 10 millions de dollars pour les rollups",
         "La fondation Acme a annoncé un programme de subventions. Les candidatures ouvrent le "
         "16 mars ; les aides sont versées en stablecoins et en ACME déjà en circulation."),
    )
    assert_no_signal(detector, make_item, cases, author="Newsdesk")
    nodes = (
        "Acme × a tier-1 Southeast Asian carrier: our dVPN nodes go live on their network in "
        "April. A partnership, not a token event."
    )
    assert not detector.score(make_item(nodes, author="@acme_xyz")).is_signal


def test_french_german_and_portuguese_notices_in_their_words(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Kraken ouvre le trading ACME/EUR lundi 16 mars",
         "Kraken a annoncé l'ajout du jeton ACME d'Acme. Les dépôts sont ouverts et les échanges "
         "sur la paire ACME/EUR débuteront lundi 16 mars à 15 h UTC.", "listing",
         dt.date(2026, 3, 16)),
        ("Acme bringt ACME-Token am 23. März an den Start",
         "Acme, ein Netzwerk für geteilte Forschungsdaten, führt seinen ACME-Token am 23. März "
         "ein, teilte das Team mit.", "tge", dt.date(2026, 3, 23)),
        ("", "O resgate do airdrop de ACME para a temporada de primavera está aberto a partir de "
         "agora em acme.xyz/claim. Prazo: 30 dias.", "airdrop", dt.date(2026, 3, 14)),
    )
    assert_announced(detector, make_item, cases, author="Newsdesk")


def test_a_testnet_cue_in_another_projects_calendar_row_is_about_something_else(
    detector: Detector, make_item: MakeItem
) -> None:
    digest = (
        "Monday: Lumen opens LMN claims. Wednesday, March 18: Acme's ACME TGE at 12:00 UTC. "
        "Friday: Orbit ships its sequencer upgrade, no token involved."
    )
    decision = detector.score(make_item(digest, title="Week ahead", author="Newsdesk"))
    assert "'no token' not counted as testnet: a testnet of something else" in decision.reasons
    calendar = (
        "Monday: Ferrule opens its FRL claim. Tuesday, March 17: Acme (ACME) starts trading on "
        "Paribu and Gate. Thursday: Tablet Network's mainnet gets its third client; no token news "
        "there."
    )
    decision = detector.score(make_item(calendar, title="Week ahead", author="Newsdesk"))
    assert decision.is_signal and decision.company == "Acme"
    own = (
        "Acme Nitrogen testnet v2 goes live Monday. The faucet reopens with test ACME; old testnet "
        "balances won't carry over. Nothing here is mainnet or claimable."
    )
    decision = detector.score(make_item(own, author="@acme_xyz"))
    assert not decision.is_signal and decision.category == "testnet"


def test_a_reminder_of_the_only_domain_is_a_warning_not_a_claim(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "We will never DM you. The only domain is acme.xyz, and nobody from the team can 'fix' a "
        "claim for you."
    )
    assert not detector.score(make_item(text, author="@acme_xyz")).is_signal


def test_sign_offs_and_denials_are_no_announcements_and_notices_are_listings(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("", "If the security council signs off on the bridge audit, we'd target an ACME claim "
         "the week of March 23. Nothing is scheduled until that sign-off."),
        ("Acme: ACME-Staking für Prover startet am 17. März",
         "Das Acme-Netzwerk schaltet am 17. März das Staking frei. Einen neuen Token oder Airdrop "
         "gibt es nach Angaben des Teams nicht."),
        ("", "애크미(ACME) 거버넌스 투표가 목요일에 열립니다. "
         "토큰 이벤트 아니니까 에어드랍 기대는 금지"),
    )
    assert_no_signal(detector, make_item, cases, author="Kryptoblatt")
    for title, text, day in (
        ("Acme (ACME) fera ses débuts sur Bitget et KuCoin le 17 mars",
         "Les deux plateformes ouvriront les dépôts le 16 mars et le trading au comptant le 17 "
         "mars à 10h00 UTC, a indiqué Acme Labs.", dt.date(2026, 3, 17)),
        ("", "🟢 ¡Ya puedes comprar y vender ACME en Bit2Me! El par ACME/EUR está operativo desde "
         "este momento.", dt.date(2026, 3, 14)),
    ):
        decision = detector.score(make_item(text, title=title, author="Newsdesk"))
        assert decision.is_signal and decision.company == "Acme", text
        assert (decision.event_type, decision.event_date) == ("listing", day), text


def test_a_markets_move_in_the_backdrop_of_an_event_is_no_price_talk(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item(
        "Acme Labs said ACME claims open on Wednesday, March 18, at 16:00 UTC for devnet "
        "contributors.", title="Acme Labs to open ACME airdrop on March 18 as privacy tokens "
        "rebound", author="The Block",
    ))  # fmt: skip
    assert decision.is_signal and decision.company == "Acme"
    assert "'rebound' not counted as price_talk: the backdrop of the event" in decision.reasons
    decision = detector.score(make_item(
        "Binance Futures launched an ACME perpetual on Monday, three days after the token's debut.",
        title="Binance Futures adds ACME perpetual as token slides below auction price",
        author="Exchange Weekly",
    ))  # fmt: skip
    assert not any("backdrop" in r for r in decision.reasons)


def test_kyc_and_sale_venues_are_crypto_vocabulary(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item(
        "Acme mở bán công khai ACME trên Buidlpad vào ngày mai, 21:00 giờ Việt Nam. Cần hoàn tất "
        "KYC trước 12:00 trưa mai.", author="@coin68_vn",
    ))  # fmt: skip
    assert decision.is_signal and decision.company == "Acme"
    assert "no_context" not in decision.contributions


def test_a_japanese_day_with_its_weekday_in_brackets_is_that_day() -> None:
    published = dt.datetime(2026, 7, 12, 1, 0, tzinfo=dt.UTC)
    folded = fold("先週はAcme NetworkのACMEが7日（火）に取引を開始し、出来高は約2億ドル。")
    assert [h.date for h in find_dates(folded, published)] == [dt.date(2026, 7, 7)]


def test_a_portuguese_sale_named_by_its_symbol_is_a_token_sale(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item(
        "A venda do ACME começou na terça e termina hoje às 14h UTC; ainda tem vaga na rodada 1 "
        "da Acme Labs. Link só pelo perfil oficial.", author="@cripto_br",
    ))  # fmt: skip
    assert decision.is_signal and decision.company == "Acme"
    assert decision.event_type == "token_sale"


def test_a_german_fork_and_a_spanish_price_fall_are_no_announcements(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Acme-Fork Avalon startet Token-Verkauf am 3. April",
         "Die Arbitrum-Börse Avalon, ein Fork von Acme, verkauft ab dem 3. April ihren AVL-Token "
         "öffentlich. Mit dem Acme-Team besteht nach eigenen Angaben keine Verbindung."),
        ("El token ACME de Acme cae un 28 % en sus primeros dos días de cotización",
         "Tras su estreno del miércoles, ACME llegó a cotizar a 1,12 dólares antes de retroceder "
         "hasta 0,80. Los analistas atribuyen la caída a las ventas de quienes recibieron el "
         "airdrop."),
    )
    assert_no_signal(detector, make_item, cases, author="Newsdesk")


def test_german_trading_begins_is_a_listing(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Acme (ACME): Handel ab Montag, 16.3., 0:30 Uhr",
         "Die Börse Kontorex nimmt den ACME-Token von Acme zum Start auf: Der Handel beginnt am "
         "Montag, 16.3., um 12:30 Uhr MEZ, Einzahlungen sind ab Sonntag möglich.", "listing",
         dt.date(2026, 3, 16)),
    )
    assert_announced(detector, make_item, cases, author="Blockzeit")


def test_a_negative_phrase_opened_by_the_symbol_is_the_projects(make_item: MakeItem) -> None:
    watchlist = WatchList.from_yaml_text(
        "companies:\n  - name: DuckChain\n    tokens: [DUCK]\n    priority: high\n"
        "    negative_context: [\"duck season\", \"rubber duck\"]\n"
    )
    detector = Detector(watchlist, second_opinion=False)
    text = (
        "Mon 3/16 — Kestrel KST unlock. Tue 3/17 — DuckChain DUCK season 2 claims open, 15:00 "
        "UTC. Wed 3/18 — Loomis LOOM public sale on Fjordpad."
    )
    decision = detector.score(make_item(text, title="The week ahead", author="Newsdesk"))
    assert decision.is_signal and decision.company == "DuckChain"
    hunting = "Duck season opens Saturday in the marshes; DuckChain fans, this one is not yours."
    assert not detector.score(make_item(hunting, author="Newsdesk")).is_signal


def test_staked_and_allocation_words_are_crypto_vocabulary(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "2/ Acme's second season is confirmed: its claim opens Monday 10:00 UTC for players who "
        "staked ACME through the winter. Season 1 claimers don't need to do anything new.",
        "Der Acme-Community-Sale läuft seit Donnerstag und endet heute um 18 Uhr MEZ. Noch rund "
        "12 % der ACME-Zuteilung verfügbar.",
    ):
        decision = detector.score(make_item(text, author="@gamefi_ledger"))
        assert "no_context" not in decision.contributions, text
