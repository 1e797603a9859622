"""Rules written in the dev42 session, and what was left from the rounds before.

- a symbol written against an event word of a language without spaces ("ACMEエアドロップ",
  "ACME空投") or joined to it by a possessive particle ("ACMEのエアドロップ", "ACME的空投")
  owns that event, as "ACME claims" does;
- a project's own post about another project's event, in which it names itself only as the
  venue, chain or recipients ("New on AcmeSwap: ... Fritter's token launch; ACME LPs earn"), is
  that project's event, not the source's;
- "peluncuran token ACME", "akan meluncurkan token" (Indonesian) and "der ACME-Token startet"
  (German) are token launches;
- a launch or claim named as the moment a market opens ("coinciding with the ACME TGE",
  "TGE'si ile aynı gün", "代币生成当日上线") makes the item a listing; "Launch day has a date"
  stays a launch;
- the token going live with claims at the same moment is a launch ("Token live at 06:00 UTC,
  the same minute claims open", "der ACME-Token geht ... live", "запускает токен");
- two days and one or two weeks on in other languages ("через неделю", "dentro de dos semanas",
  "après-demain", "in einer Woche"); Moscow time named by the city ("по Москве");
- a watched project's own event named as a point in time ("five days after Acme's own
  genesis", "days before Acme's own token launch") beside another project's event makes the
  watched project context, not the event's owner;
- a report on an event still under way ("opened yesterday and runs until Thursday") may give
  its progress and where the figures come from ("61% filled so far", "has been claimed",
  "on-chain data show", "according to its dashboard"): no recap and no doubt; "there is no other
  sale page" is a safety line;
- "is live this Friday, March 20" is that day, not today; the day an event moved away from keeps
  out with its weekday ("moves from Tuesday, March 17 to Friday, March 20"), and so does "the same
  day" that repeats it;
- exchange notices that are no debut of a watched token: "will end trading for ACME/USD", a
  notice naming the watched project as the "Network:" another token runs on, and a notice
  leading with margin for the token ("enable ACME on Cross Margin"; not "margin trading will
  follow later");
- a bare "9/4" in a text that writes "ngày" is day first; "pausing Friday's TGE" postpones it
  (no day); "we won't run a public round" holds no sale;
- "since the TGE on Tuesday" counts from the Tuesday before, as "since Tuesday" does;
- "Not an announcement", "airdrop math", "allocation math": the source guesses;
- a launchpad introducing its guest ("Acme Launchpad, next up: Orbit (ORB)") gives it the sale;
- "Roadmap note: the ACME token launches in Q3" states a plan under a label;
- a period still ahead named for the event ("comes out in Q2", "goes live later this year") is
  future wording, so a confirmed coarse plan needs no announce word (class 3); a month gone by
  ("if you claimed ACME in February", written in March) is none;
- "We're done teasing" denies a doubt; "Acme's co-founder confirmed that" names who said it;
- "die ACME-Auktion" is a sale, under way while "Schluss ist am Sonntag"; a question mark after
  Korean, Japanese or Chinese words and "공식 발표는 아직" (no official word yet) are doubt;
  "the launch-day VWAP" is a moment that names a price, not the launch;
- "satışını iptal ettiğini" cancels the sale; guides in other languages ("panduan langkah demi
  langkah", "Schritt für Schritt") are tutorials; an official launchpad post gives the sale to a
  guest named with its symbol ("Beryl (BRYL) public sale");
- a watched project's event named as what the recipients of another project's drop took part
  in ("airdropped to wallets that took part in Acme's ACME auction") makes it context;
- the token named first in a list with the claims ("Token, claims and the first trading pairs go
  live together", "o token, o claim do airdrop e a negociação abrem") is a launch;
- French listings ("sera listé sur Binance", "ouvrira les paires ACME/USDT") and a launch named
  as their moment ("au moment même du lancement du jeton"); Indonesian "besok" is tomorrow;
  "moving the TGE off March 20" postpones it (no day); Korean "오는 20일" is the coming 20th;
- the token a venue lists owns the listing when named as a project's ("lists Murkwood's MURK",
  "will list MURK, the token of the Murkwood gaming guild"); "Duck Protocol (not Acme, different
  team) launches ..." disowns the watched project; a backer or incubator named before another
  project in Chinese, Japanese or Korean ("由 Acme Labs 孵化的", "Acme가 투자한") is context;
- sending funds to an address in Russian, Spanish, Portuguese, Turkish ("Отправьте USDT на
  адрес", "envía USDT a la dirección") and "пишите в ЛС" (DM us) are a scam's;
- testnets and points programmes in Japanese, Korean, Chinese ("テストネット", "테스트넷",
  "测试网", "価値がなく") are testnet cues, their users still the recipients of a claim;
- a listing label introduces the token listed ("신규 상장: 코라(KORA)", "New listing: Acme (ACME)");
- an official post that names itself only as the venue or chain, beside another token's pair or
  account ("The SPHK/ETH pool is live on Acme", "Big day for @ferrylane"), is that token's;
- "went live on Wednesday" is the Wednesday before; "last spring" is past (not "last summer's
  liquidity providers", the recipients); "Neste guia", "como fazer" are a tutorial's;
- a launchpad's line-up written below its name ("March on Acme Launchpad\n• Ferrox (FRX)")
  names the guests whose sales they are;
- "Launch details will only come from this account" is a safety line (an event word naming the
  news to come is no event): the whole of a warning post, cut out of an announcement;
- "if this temp check and the following on-chain vote pass" is a condition;
- a backer or incubator in German ("Von Acme Labs unterstützt:", "an dem Acme Labs beteiligt
  ist", "aus dem Inkubator von Acme Labs") is context;
- "will launch the USDⓈ-M ACME perpetual contract" is a market, not the launch; "claims for
  testnet and season-one users" names the recipients; "Network:" is a field label only where a
  line or sentence opens (not "Acme Network: ACME claims open ...");
- a doubling giveaway in other languages ("envía USDT ... y recibe el doble", "Отправьте ... и
  получите вдвое больше") decides as a scam, as "send 1 ETH, get 2 back" does;
- a numeric "07/04" is day first in a text with a clock written the Portuguese, Spanish or
  German way ("às 21h", "a las 12:00", "um 12 Uhr");
- "maybe", "perhaps" and prediction markets in Korean, Japanese, Chinese ("폴리마켓", "예측 시장")
  are doubt ("not a maybe" denies it); "請求期間が3月13日に終了した" is over;
- a weekday before a numeric date picks the reading whose weekday it is ("Fri 03/04" is 3 April);
- a project's own technical migration ("to finish the bridge migration") is no scam's offer;
- a sense disowned in quotes ("n'a aucun lien avec la série « Road Runner » de Warner") is no
  homonym.
"""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector

from .conftest import MakeItem, news

# PUBLISHED (conftest) is Saturday 14 March 2026, 09:30 UTC.
MARCH_20 = dt.date(2026, 3, 20)


def official(make_item: MakeItem, text: str) -> object:
    return make_item(text, author="@acme_xyz", url="https://x.com/acme_xyz/status/1")


def test_a_symbol_against_a_cjk_event_word_owns_the_event(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "【お知らせ】3月20日にACMEエアドロップの請求を開始します。詳細は後日お知らせします。",
        "【お知らせ】3月20日にACMEのエアドロップ請求を開始します。",
        "【公告】3月20日开放ACME空投领取。",
        "【公告】3月20日开放ACME的空投领取。",
    ):
        decision = detector.score(make_item(text, author="@jp_desk"))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.company, decision.event_type) == ("Acme", "airdrop"), text
        assert decision.event_date == MARCH_20, (text, decision.reasons)


def test_a_cjk_event_word_after_other_letters_names_no_owner(
    detector: Detector, make_item: MakeItem
) -> None:
    # the symbol is part of a longer word, not the token's own: no owner, so no strong mention
    text = "【お知らせ】3月20日にXACMEエアドロップの請求を開始します。"
    decision = detector.score(make_item(text, author="@jp_desk"))
    assert not decision.is_signal, decision.reasons


def test_an_official_post_naming_itself_only_as_the_venue_gives_the_event_away(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "New on Acme Labs: $FRIT/ETH pool live at 15:00 UTC on March 20. Fritter's token launch, "
        "our farm. ACME LPs earn a share of the FRIT emissions for 30 days."
    )
    decision = detector.score(official(make_item, text))
    assert not decision.is_signal, decision.reasons
    # the same post about its own launch stays a signal
    own = (
        "New on Acme Labs: $ACME/ETH pool live at 15:00 UTC on March 20. Acme's token launch, "
        "our farm. ACME LPs earn a share of the emissions for 30 days."
    )
    decision = detector.score(official(make_item, own))
    assert decision.is_signal, decision.reasons
    assert decision.company == "Acme"


def test_a_token_launch_in_indonesian_or_german_is_a_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Acme mengumumkan peluncuran token ACME pada 20 Maret pukul 20.00 WIB. Penjualan publik "
        "yang berlangsung 3–7 Maret lalu terjual habis.",
        "Acme akan meluncurkan token ACME pada 20 Maret.",
        "Acme: Der ACME-Token startet am Freitag, 20. März. Claims für Käufer öffnen zur selben "
        "Stunde.",
    ):
        decision = detector.score(make_item(text, author="@id_desk"))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.event_type, decision.event_date) == ("tge", MARCH_20), decision.reasons


def test_a_launch_named_as_the_moment_a_market_opens_makes_a_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Coinciding with the ACME TGE, Binance opens ACME/USDT trading on March 20 at 14:00 UTC.",
        "Paribu, Acme'nin TGE'si ile aynı gün, 20 Mart Cuma saat 18:00'de (TSİ) ACME/TL "
        "paritesini işleme açacağını duyurdu.",
        "【上新】Acme（ACME）代币生成当日上线：ACME/USDT 现货将于3月20日 18:00（UTC+8）开放交易。",
    ):
        decision = detector.score(make_item(text, author="@market_desk"))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.event_type, decision.event_date) == ("listing", MARCH_20), (
            text,
            decision.reasons,
        )


def test_a_launch_day_that_is_the_news_stays_a_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Launch day has a date: ACME lists and becomes transferable on March 20. Details soon."
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("tge", MARCH_20), decision.reasons


def test_the_token_going_live_with_claims_at_the_same_moment_is_a_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "ACME erupts Friday, March 20. Token live at 06:00 UTC, the same minute claims open.",
        "Acme bestätigt: Der ACME-Token geht am Freitag, 20. März, um 12:00 Uhr MEZ live, Claims "
        "und Handel starten zeitgleich.",
        "Acme запускает токен ACME 20 марта: клейм откроется одновременно.",
    ):
        decision = detector.score(make_item(text, author="@launch_desk"))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.event_type, decision.event_date) == ("tge", MARCH_20), (
            text,
            decision.reasons,
        )


def test_days_and_weeks_ahead_in_other_languages(detector: Detector, make_item: MakeItem) -> None:
    # published Saturday 14 March: a week on is the 21st, two weeks the 28th, two days the 16th
    for text, day in (
        ("Acme запускает токен ACME через неделю.", dt.date(2026, 3, 21)),
        ("Acme lanzará su token ACME dentro de dos semanas.", dt.date(2026, 3, 28)),
        ("Acme lance son jeton ACME après-demain.", dt.date(2026, 3, 16)),
        ("Der ACME-Token startet in einer Woche.", dt.date(2026, 3, 21)),
    ):
        decision = detector.score(make_item(text, author="@intl_desk"))
        assert decision.is_signal, (text, decision.reasons)
        assert decision.event_date == day, (text, decision.reasons)


def test_a_clock_in_moscow_time_named_by_the_city(detector: Detector, make_item: MakeItem) -> None:
    # 01:00 in Moscow on Friday 20 March is 22:00 UTC on Thursday 19 March
    text = "Acme запустит токен ACME в пятницу, 20 марта, в 01:00 по Москве."
    decision = detector.score(make_item(text, author="@intl_desk"))
    assert decision.is_signal, decision.reasons
    assert decision.event_date == dt.date(2026, 3, 19), decision.reasons


def test_a_watched_projects_own_event_as_a_point_in_time_is_no_event_of_the_item(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Pinecone, a lending market incubated by Acme Labs, will generate its PINE token on "
        "March 20, five days after Acme's own genesis.",
        "Korvo, a rival to Acme, will open a public sale of its KRV token on March 20, days "
        "before Acme's own token launch.",
    ):
        decision = detector.score(news(make_item, "", text))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == "unwatched", decision.reasons
    # with no other project's event, the project's own event stays its own
    for text in (
        "Ahead of Acme's TGE on March 20, the team published the ACME tokenomics.",
        "ACME claims open March 20, two days after Acme's TGE.",
    ):
        decision = detector.score(news(make_item, "", text))
        assert decision.is_signal, (text, decision.reasons)
        assert decision.company == "Acme"


def test_the_progress_of_an_event_still_open_is_no_recap_and_no_doubt(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "The ACME public sale opened yesterday and runs until Thursday, 16:00 UTC. 61% filled so "
        "far. Commit at acme.xyz/sale. There is no other sale page."
    )
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("token_sale", dt.date(2026, 3, 13))
    text = (
        "More than a third of the ACME set aside for Acme's airdrop has been claimed since the "
        "window opened on Thursday, on-chain data show. The claim stays open until April 9."
    )
    title = "Acme airdrop: 38% claimed, open until April 9"
    decision = detector.score(news(make_item, title, text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("airdrop", dt.date(2026, 3, 12))


def test_the_progress_of_an_event_that_closed_stays_a_recap(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "The ACME public sale closed yesterday after 48 hours: 61% filled, on-chain data show."
    decision = detector.score(news(make_item, "", text))
    assert not decision.is_signal, decision.reasons


def test_a_live_phrase_followed_by_a_weekday_and_its_date(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "ACME is live this Friday, March 20 at 13:00 UTC. Claims and staking open together."
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("tge", MARCH_20), decision.reasons


def test_the_day_an_event_moved_away_from_with_its_weekday(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "TGE update: ACME moves from Tuesday, March 17 to Friday, March 20, 14:00 UTC.",
        "Acme has delayed the generation of its ACME token from Tuesday to Friday. The token had "
        "been set to go live on March 17, the same day a rival takes its snapshot. Transfers and "
        "claims now open together at 15:00 UTC on March 20.",
    ):
        decision = detector.score(news(make_item, "", text))
        assert decision.is_signal, (text, decision.reasons)
        assert decision.event_date == MARCH_20, (text, decision.reasons)


def test_exchange_notices_that_are_no_debut_of_the_watched_token(
    detector: Detector, make_item: MakeItem
) -> None:
    for author, text in (
        # the market ends
        ("@kraken", "Kraken will end trading for ACME/USD and ACME/EUR on March 20 at 16:00 UTC. "
         "Deposits will be disabled from March 18."),
        # the watched project is the chain another token runs on
        ("@mexc_listings", "Scrimlet (SCRM) trading starts 2026-03-20 10:00 (UTC) on MEXC Spot. "
         "Network: Acme Labs. Deposits open now. SCRM/USDT"),
        # margin is lent only against a token whose spot market trades
        ("@binance", "Binance will add ACME/USDC and ACME/FDUSD spot pairs and enable ACME on "
         "Cross Margin from 2026-03-20 08:00 (UTC)."),
    ):
        decision = detector.score(make_item(text, author=author))
        assert not decision.is_signal, (text, decision.reasons)


def test_a_debut_notice_saying_margin_comes_later_stays_a_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Binance will list Acme (ACME) and open trading for ACME/USDT at 2026-03-20 08:00 (UTC); "
        "margin trading will follow later."
    )
    decision = detector.score(make_item(text, author="@binance"))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("listing", MARCH_20)


def test_a_bare_day_and_month_in_a_vietnamese_text_is_day_first(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        news(
            make_item,
            "Acme (ACME) ấn định ngày phát hành token 9/4",
            "Acme sẽ phát hành token ACME vào lúc 19:00 ngày 9/4 (giờ Việt Nam).",
        )
    )
    assert decision.is_signal, decision.reasons
    assert decision.event_date == dt.date(2026, 4, 9), decision.reasons


def test_a_paused_event_keeps_no_day_and_one_not_to_be_held_is_none(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Update on ACME: we're pausing Friday's TGE while an exchange partner finishes its "
        "review. ACME is still launching, and the new date will come from this account only."
    )
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("tge", None), decision.reasons
    text = (
        "We're calling off the ACME community sale that was set for March 20. There is no new "
        "date: we won't run a public round this year."
    )
    decision = detector.score(official(make_item, text))
    assert not decision.is_signal, decision.reasons


def test_a_weekday_counted_from_with_since_is_the_one_before(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "The crux of the $ACME trade: it's held 0.08 since the TGE on Tuesday, but the sale buyers "
        "got 100% unlocked. Above 0.095 I'm long, below 0.07 I'm gone."
    )
    decision = detector.score(make_item(text, author="@chartdesk"))
    assert not decision.is_signal, decision.reasons


def test_a_post_that_says_it_announces_nothing_is_speculation(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Acme ACME airdrop math: 2.1B points outstanding. If 7% of supply goes to points, each "
        "point is worth $0.027. Not an announcement, just a spreadsheet.",
        "ACME allocation math for the claim on March 20: 7% of supply over 2.1B points.",
    ):
        decision = detector.score(make_item(text, author="@pointsdesk"))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == "speculation", decision.reasons


def test_a_launchpad_introducing_its_next_guest_gives_it_the_sale(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme Launchpad, next up: Orbit (ORB), the perp DEX. Public sale opens Friday 14:00 UTC "
        "for 48 hours: 4% of supply at $0.06. ACME stakers get a guaranteed tier."
    )
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert (decision.company, decision.event_type) == ("Orbit", "token_sale"), decision.reasons
    assert decision.event_date == MARCH_20
    guest = text.replace("Orbit (ORB)", "Piton (PITN)")
    decision = detector.score(official(make_item, guest))
    assert not decision.is_signal, decision.reasons


def test_a_roadmap_label_over_a_stated_plan_is_no_vague_roadmap(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Roadmap note: the ACME token launches in Q3, after the Stage 1 rollup upgrade. No day "
        "yet. Anything you see with a date before our own post is fake."
    )
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("tge", None)
    # a roadmap that names no plan stays generic
    text = "Our roadmap: vaults, a mobile app and, some day, a token."
    decision = detector.score(official(make_item, text))
    assert not decision.is_signal, decision.reasons


def test_a_period_still_ahead_is_future_wording(detector: Detector, make_item: MakeItem) -> None:
    for text in (
        "gm. quick one since the replies keep asking: $ACME comes out in Q2. that's the plan, not "
        "a vibe. exact day once the last audit report is public.",
        "Acme Labs update: ACME goes live later this year; staking contracts are in audit. No "
        "date yet.",
    ):
        decision = detector.score(official(make_item, text))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.event_type, decision.event_date) == ("tge", None), decision.reasons


def test_a_month_gone_by_is_no_plan(detector: Detector, make_item: MakeItem) -> None:
    # published in March: February is behind
    text = (
        "tax tip: if you claimed $ACME in February, the euro value on claim day counts as income. "
        "keep screenshots + tx hashes"
    )
    decision = detector.score(make_item(text, author="@taxdesk"))
    assert not decision.is_signal, decision.reasons


def test_a_doubt_the_source_is_done_with_and_an_officer_who_confirms(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "ACME launches next month. We're done teasing. Sale details in two weeks."
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    text = (
        "In Tuesday's AMA, Acme's co-founder confirmed that the ACME token will launch in the "
        "third quarter."
    )
    decision = detector.score(news(make_item, "", text))
    assert decision.is_signal, decision.reasons
    assert "'co-founder' not counted as generic_news: names who said it" in decision.reasons


def test_a_german_auction_under_way_and_its_close(detector: Detector, make_item: MakeItem) -> None:
    # published Saturday 14 March: "seit gestern" is Friday 13 March, Sunday the close ahead
    text = (
        "Die ACME-Auktion von Acme läuft seit gestern 16:00 Uhr MEZ: 3.100 Gebote, aktueller "
        "Clearing-Preis 0,112 $. Schluss ist am Sonntag um 18:00 Uhr MEZ."
    )
    decision = detector.score(make_item(text, author="@btc_desk_de"))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("token_sale", dt.date(2026, 3, 13))


def test_questions_and_denials_of_an_announcement_in_korean_are_speculation(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "아크미(ACME) TGE 3월 말? 디스코드에서 말 나오는데 공식 발표는 아직 없음.",
        "ACME TGE 3월 말? 포인트 스냅샷 날짜도 미정.",
    ):
        decision = detector.score(make_item(text, author="@kr_desk"))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == "speculation", decision.reasons


def test_a_launch_day_figure_is_no_launch(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "$ACME lost the launch-day VWAP at 0.62. Below 0.55 there's nothing until the Binance open "
        "print. Funding slightly negative."
    )
    decision = detector.score(make_item(text, author="@chartdesk"))
    assert not decision.is_signal, decision.reasons


def test_a_turkish_cancellation_in_the_active_voice(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme, 20-22 Mart tarihlerinde yapılması planlanan ACME topluluk satışını iptal ettiğini "
        "açıkladı. Ekip, yeni bir satış tarihi vermedi."
    )
    decision = detector.score(news(make_item, "Acme, ACME topluluk satışını iptal etti", text))
    assert not decision.is_signal, decision.reasons


def test_guides_in_other_languages_are_tutorials(detector: Detector, make_item: MakeItem) -> None:
    for title, text in (
        ("Cara klaim airdrop ACME dengan aman: panduan langkah demi langkah",
         "Panduan ini menjelaskan cara menghubungkan dompet dan mengklaim token dari airdrop "
         "seperti milik Acme."),
        ("Airdrop ACME: Schritt für Schritt zum Claim",
         "Wir zeigen Schritt für Schritt, wie man den ACME-Airdrop von Acme beansprucht."),
    ):  # fmt: skip
        decision = detector.score(news(make_item, title, text))
        assert not decision.is_signal, (title, decision.reasons)
        assert decision.category == "tutorial", decision.reasons


def test_an_official_launchpad_post_about_a_guest_named_with_its_symbol(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme Launchpad round 7: Beryl (BRYL) public sale opens Friday 11:00 UTC. Acme Pass "
        "holders get guaranteed tiers. This is Beryl's token sale."
    )
    decision = detector.score(official(make_item, text))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "unwatched", decision.reasons


def test_a_watched_projects_event_that_earned_another_projects_drop(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Alembic, a restaking vault manager that came out of Acme Labs' incubator, said its ALMB "
        "token will go live on March 20, with 6% of supply airdropped to wallets that took part in "
        "Acme's ACME auction."
    )
    decision = detector.score(news(make_item, "Alembic sets ALMB token launch for March 20", text))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "unwatched", decision.reasons


def test_the_token_listed_first_with_the_claims_is_a_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "ACME has a new date: Friday, March 20, at 15:00 UTC. Token, claims and the first trading "
        "pairs go live together.",
        "Acme (ACME) estreia em 20 de março: o token, o claim do airdrop e a negociação na Binance "
        "abrem às 11h, horário de Brasília.",
    ):
        decision = detector.score(make_item(text, author="@launch_desk"))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.event_type, decision.event_date) == ("tge", MARCH_20), decision.reasons
    # a claim named first stays a claim
    text = "ACME claims, staking and the token page open together on March 20 at 15:00 UTC."
    decision = detector.score(make_item(text, author="@launch_desk"))
    assert decision.event_type == "airdrop", decision.reasons


def test_french_listings_named_by_the_moment_of_the_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Au moment même du lancement du jeton ACME, Binance ouvrira les paires ACME/USDT et "
        "ACME/USDC le vendredi 20 mars à 15h00, heure de Paris.",
        "Acme (ACME) sera listé sur Binance le 20 mars, au moment même du lancement du jeton.",
    ):
        decision = detector.score(make_item(text, author="@journal_desk"))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.event_type, decision.event_date) == ("listing", MARCH_20), decision.reasons


def test_indonesian_tomorrow_and_a_day_the_event_moves_off(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Acme membuka klaim airdrop ACME besok pukul 09.00 WIB. Cek kelayakan di acme.xyz."
    decision = detector.score(make_item(text, author="@id_desk"))
    assert decision.is_signal, decision.reasons
    assert decision.event_date == dt.date(2026, 3, 15), decision.reasons
    text = (
        "Update on ACME: we're moving the TGE off March 20. Two exchange security reviews aren't "
        "finished. The launch is still on; the new date will be posted here first."
    )
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("tge", None), decision.reasons


def test_the_coming_day_of_the_month_in_korean(detector: Detector, make_item: MakeItem) -> None:
    text = "아크미(Acme)가 오는 20일 오후 3시(한국시간) ACME 에어드랍 청구를 시작한다고 밝혔다."
    decision = detector.score(news(make_item, "아크미, ACME 에어드랍 청구 20일 개시", text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("airdrop", MARCH_20), decision.reasons


def test_the_token_a_watched_venue_lists_owns_the_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Acme Labs lists Murkwood's MURK on Friday at 12:00 UTC.",
        "Acme Labs will list MURK, the token of the Murkwood gaming guild, on Friday at 12:00 UTC. "
        "Acme users who trade MURK in the first week get zero fees.",
    ):
        decision = detector.score(news(make_item, "", text))
        assert not decision.is_signal, (text, decision.reasons)
    decision = detector.score(news(make_item, "", "Binance lists Acme's ACME on Friday at 12:00."))
    assert decision.is_signal, decision.reasons
    assert (decision.company, decision.event_type) == ("Acme", "listing")


def test_a_disavowal_in_brackets(detector: Detector, make_item: MakeItem) -> None:
    text = "Duck Protocol (not Acme, different team) launches the QUACK token on March 20."
    decision = detector.score(make_item(text, author="@duckprotocol"))
    assert not decision.is_signal, decision.reasons
    text = "Acme (not the stadium) launches the ACME token on March 20. Claim opens at launch."
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert (decision.company, decision.event_date) == ("Acme", MARCH_20)


def test_a_backer_or_incubator_named_before_in_chinese_or_korean(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "由 Acme Labs 孵化的跨境支付项目 Lira Pay 宣布周五 TGE，代币 LIRP。",
        "Acme가 투자한 결제 프로젝트 Lira Pay가 오는 20일 TGE를 진행한다. 토큰은 LIRP.",
    ):
        decision = detector.score(make_item(text, author="@asia_desk"))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == "unwatched", decision.reasons


def test_send_to_an_address_scams_in_other_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "🎁 Раздача ACME началась! Отправьте от 500 USDT на адрес ниже и получите вдвое больше в "
        "ACME в течение часа.",
        "🎁 Sorteo oficial ACME: envía 500 USDT a la dirección de abajo y recibe 1.000 ACME al "
        "instante, antes del lanzamiento del viernes.",
    ):
        decision = detector.score(make_item(text, author="@giveaway_desk"))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == "scam", (text, decision.reasons)


def test_testnets_in_cjk_languages(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Acme Labsは本日、テストネットでのポイントプログラムを開始した。"
        "テスト用ACMEには価値がなく、メインネットでのトークン配布については未定としている。"
    )
    decision = detector.score(news(make_item, "Acme Labs、テストネットでポイント制度を開始", text))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "testnet", decision.reasons
    # testnet users named as the recipients of a claim stay recipients
    for text in (
        "ACME 에어드랍 청구가 오는 20일 오후 3시(한국시간) 시작됩니다. "
        "대상은 테스트넷 참여자입니다.",
        "ACME空投将于3月20日开放领取，对象为测试网用户。",
    ):
        decision = detector.score(official(make_item, text))
        assert decision.is_signal, (text, decision.reasons)


def test_a_listing_label_introduces_the_token_listed(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme Labs 신규 상장: 코라(KORA) 오는 20일 오후 8시(KST) 거래 시작. "
        "KORA/USDC 풀 오픈과 함께 2주간 유동성 보상이 진행됩니다."
    )
    decision = detector.score(official(make_item, text))
    assert not decision.is_signal, decision.reasons
    text = "New listing: Acme (ACME). Trading starts March 20 at 12:00 UTC on Kraken."
    decision = detector.score(make_item(text, author="@krakenfx"))
    assert decision.is_signal, decision.reasons
    assert (decision.company, decision.event_type) == ("Acme", "listing")


def test_an_official_post_naming_itself_only_as_venue_beside_another_tokens_pair(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "The SPHK/ETH pool is live on Acme Labs. Trading is open. Auction buyers can claim SPHK on "
        "the launchpad page now.",
        "Big day tomorrow for @ferrylane: FRYL, the first DEX native to Acme, launches at 14:00 "
        "UTC and trading opens on Acme-based pools.",
    ):
        decision = detector.score(official(make_item, text))
        assert not decision.is_signal, (text, decision.reasons)
    text = "The ACME/ETH pool is live on Acme Labs today. Trading is open."
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons


def test_went_live_on_a_weekday_and_a_season_gone_by_are_past(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Acme's ACME token went live on Wednesday, but the claim site buckled under load for two "
        "hours after the 15:00 UTC start.",
        "Acme's first airdrop last spring was the cleanest I've seen: no bots, 1-click claim.",
    ):
        decision = detector.score(make_item(text, author="@retro_desk"))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == "past_recap", decision.reasons
    # the recipients of an airdrop ahead may be last season's
    text = "Acme to airdrop ACME to last summer's liquidity providers on Friday, March 20."
    decision = detector.score(news(make_item, "", text))
    assert decision.is_signal, decision.reasons


def test_a_portuguese_guide_is_a_tutorial(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Neste guia, mostramos como conectar a carteira e fazer staking de ACME na Acme Labs. "
        "Nenhuma nova distribuição está incluída aqui."
    )
    decision = detector.score(news(make_item, "Como fazer staking de ACME em cinco passos", text))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "tutorial", decision.reasons


def test_a_launchpad_line_up_below_its_name_gives_the_sales_away(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "March on Acme Launchpad 🏺\n• Ferrox (FRX) · Mar 20\n• Quelle (QLL) · Mar 24\n"
        "ACME stakers get tiered allocations in each."
    )
    decision = detector.score(official(make_item, text))
    assert not decision.is_signal, decision.reasons


def test_where_the_news_will_come_from_is_a_safety_line(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "⚠️ Any 'ACME contract' you see today is fake. We have not deployed the token. Launch "
        "details will only come from this account."
    )
    decision = detector.score(official(make_item, text))
    assert not decision.is_signal, decision.reasons
    # ... and is cut out of an announcement, which it never flips
    text = "ACME launches Friday, March 20 at 14:00 UTC. Launch details will only come from here."
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert "safety" not in decision.contributions


def test_a_temp_check_and_a_vote_that_must_pass(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "If this temp check and the following on-chain vote pass, a second ACME airdrop for Acme "
        "dApp users would open in April."
    )
    decision = detector.score(make_item(text, author="@acme_forum_desk"))
    assert not decision.is_signal, decision.reasons


def test_a_backer_or_incubator_in_german(detector: Detector, make_item: MakeItem) -> None:
    for title, text in (
        ("Von Acme Labs unterstützt: Prooflane startet öffentlichen Verkauf am Freitag",
         "Das Projekt Prooflane, an dem Acme Labs beteiligt ist, verkauft ab Freitag, 20. März, "
         "um 15:00 Uhr MEZ Token auf CoinList. Acme selbst plant keinen Verkauf."),
        ("Von Acme Labs inkubiert: Harmonia verkauft HRMN ab Freitag",
         "Harmonia, ein Kreditprotokoll aus dem Inkubator von Acme Labs, startet am Freitag, 20. "
         "März, einen öffentlichen Verkauf seines Tokens HRMN."),
    ):  # fmt: skip
        decision = detector.score(news(make_item, title, text))
        assert not decision.is_signal, (title, decision.reasons)


def test_a_perpetual_on_a_bare_symbol_is_no_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    title = "Binance Futures Will Launch USDⓈ-M ACME Perpetual Contract With Up to 50x Leverage"
    text = (
        "Binance Futures will launch the USDⓈ-M ACME perpetual contract at 2026-03-20 12:30 (UTC), "
        "with up to 50x leverage. The contract tracks Acme's ACME, which has traded on spot "
        "markets since March 2; funding settles every four hours."
    )
    item = make_item(text, title=title, source="rss", url="", author="Binance Announcements")
    decision = detector.score(item)
    assert not decision.is_signal, decision.reasons


def test_recipients_of_two_kinds_and_a_name_ending_in_a_field_word(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme Network: ACME claims for testnet and season-one users open Friday, March 20, 08:00 "
        "UTC, alongside the TGE. The checker stays up at acme.xyz/claim until then."
    )
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("airdrop", MARCH_20)


def test_a_doubling_giveaway_in_other_languages_decides_as_a_scam(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "¡Preventa privada de ACME abierta! 🔥 Envía USDT a la dirección 0x7a3…e91 y recibe el "
        "doble en ACME el día del lanzamiento. Cupos limitados, solo hoy.",
        "Закрытый пресейл ACME открыт! Отправьте USDT на кошелёк и получите вдвое больше ACME в "
        "день запуска 20 марта.",
    ):
        decision = detector.score(make_item(text, author="@presale_desk"))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == "scam", decision.reasons


def test_a_numeric_day_is_day_first_beside_a_clock_written_the_iberian_or_german_way(
    detector: Detector, make_item: MakeItem
) -> None:
    for text, day in (
        # 21:00 in Brasília on Tuesday 7 April is 00:00 UTC on the 8th
        ("A Acme confirmou que o token ACME será lançado na terça-feira, 07/04, às 21h (horário "
         "de Brasília).", dt.date(2026, 4, 8)),
        ("Acme lanzará su token ACME el 07/04 a las 12:00 UTC.", dt.date(2026, 4, 7)),
        ("Der ACME-Token startet am 07/04 um 12 Uhr UTC.", dt.date(2026, 4, 7)),
    ):  # fmt: skip
        decision = detector.score(make_item(text, author="@intl_desk"))
        assert decision.is_signal, (text, decision.reasons)
        assert decision.event_date == day, (text, decision.reasons)


def test_doubt_odds_and_ends_in_plain_words(detector: Detector, make_item: MakeItem) -> None:
    for text, category in (
        ("Acme Labs deployer just created an ACME contract on Base: 1B supply, no liquidity, no "
         "post from the team. Someone's about to get a TGE date, maybe this week 👀",
         "speculation"),
        ("폴리마켓 '아크미(ACME) 3월 말 전 TGE?' 예측 시장 '예스' 64%. 팀은 아직 날짜 발표 없음.",
         "speculation"),
        ("Acme Labsは、ACMEエアドロップの請求期間が3月13日に終了したと発表した。請求率は88%。",
         "past_recap"),
    ):  # fmt: skip
        decision = detector.score(make_item(text, author="@chain_desk"))
        assert not decision.is_signal, (text, decision.reasons)
        assert decision.category == category, (text, decision.reasons)
    # "not a maybe" denies the doubt
    text = "ACME token: later this year. not a maybe, not 'if market'. details when they're final."
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons


def test_a_weekday_picks_the_reading_of_a_numeric_date(
    detector: Detector, make_item: MakeItem
) -> None:
    # 03/04 month first is Wednesday 4 March; day first, Friday 3 April
    text = (
        "Mon 30/03: Orbit governance call. Wed 01/04: Zeta treasury vote. Fri 03/04: Acme opens "
        "ACME Season 2 claims at 12:00 UTC for vault depositors."
    )
    decision = detector.score(news(make_item, "Token calendar, 30 March to 5 April", text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("airdrop", dt.date(2026, 4, 3))


def test_a_projects_own_technical_migration_is_no_scam(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Update on $ACME: we're pausing next week's TGE to finish the bridge migration. The "
        "launch is still happening; a new date follows once the migration audit is done."
    )
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("tge", None)
    text = "Migrate your ACME tokens now at acme-migrate.net before the TGE on March 20."
    decision = detector.score(make_item(text, author="@acme_migrate"))
    assert not decision.is_signal, decision.reasons


def test_a_sense_disowned_in_quotes_is_no_homonym(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Le protocole Acme ouvrira sa vente communautaire d'ACME le vendredi 20 mars à 17 h (heure "
        "de Paris). Acme n'a aucun lien avec la série « Road Runner » de Warner."
    )
    decision = detector.score(make_item(text, author="@journal_desk"))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("token_sale", MARCH_20)
