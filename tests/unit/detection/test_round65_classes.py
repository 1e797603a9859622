"""Rules written in the dev65 session.

- a step before the event said to be over ("Audits are closed.") is the step's end, not the
  event's: the past cue is passed over when the event's day is ahead;
- a sale "halfway through: it opened Wednesday" is under way: "halfway through" is no closing
  word; German closes a window after its day ("heute um 20 Uhr ist Schluss");
- a token said to come into existence, exist, go on-chain or circulate from a moment ("ACME
  comes into existence on Wednesday", "ACME circulates in Q2", "son jeton verrait le jour le 18
  mars") is its launch; tokens "ready to pick up", "can be collected", "see how much ACME you're
  owed", "récupérable", "の受け取り" are its airdrop; "buka perdagangan", "alla compravendita"
  open its trading;
- an exchange's or launchpad's own post about another token's listing or sale is that token's
  event, even when the post never names the venue ("New listing: Marrow (MRW)"), when the
  venue follows "trading on" or "sale on", when the guest is named only with its symbol in
  brackets ("The Lumen Finance (LUMN) round is live on Acme Launchpad"), or when a name ending
  in a generic word possesses the symbol ("Sorrel Protocol's SORL sale"); the venue's own event
  named only as the time of the guest's ("the last round before the ACME launch") is no event
  of its own; a weekday after a relation opens no list ("went on sale on Tuesday, and ...");
- a long news item's history ("spent two years running testnets", "late last year", "in 2023")
  in sentences of their own is background to the event ahead at its end, also when the plan
  is dated coarsely;
- hearsay with its source withheld or absent ("hearing ACME's sale is on CoinList in June. no
  source i can share", "per 'a source'. zero official word", "Just my spreadsheet", a prediction
  market "now 71% YES"), in other languages ("öyle duydum", "均未证实", "nulla di confermato")
  is speculation; an Italian, Spanish or French proposal that "passa" / "pasa" / "passe" is a
  condition;
- an official post that only says where rounds run and that nobody sells in its name ("Launchpad
  rounds only run on acme.xyz", "Nobody sells ACME OTC in our name", "If someone sends you a
  'v3 airdrop' link, it isn't us") is a safety reminder; badges or NFTs said to be "not tokens"
  that "carry no allocation" are no airdrop;
- a token that comes online, arrives or exists on-chain from a moment is its launch; a share to
  withdraw or redeem ("withdraw your share of ACME", "retirar su parte de ACME", "redeemable
  from") is its airdrop; an exchange opening its order books ("opening the ACME/USD and
  ACME/EUR books", "abrimos el libro de órdenes", "debuta en Bit2Me") or its spot trading
  in Chinese ("开放 ... ACME/USDT 现货交易", not "现货交易量") lists it; routing through a venue
  before a day is the activity that earned a share; a token "minted once" is its supply, not a
  sighting;
- notices in Polish, Dutch, Italian, Portuguese, Vietnamese and Russian ("publiczna sprzedaż
  tokenów", "Bitvavo noteert", "sbarca su Bitpanda", "passa a negociar", "mở sổ lệnh",
  "забрать свои токены"), and "you pick up your ACME", "Minted at 12:00 UTC, transferable now";
- a past year in a sentence naming no event, in any language ("Acme wurde 2022 gegründet ...
  Der ACME-Token startet am Donnerstag") is background to the event ahead; not the year a token's
  own event happened ("ACME token, which launched in January 2024");
- scams and price reports in more words: a request for the recovery phrase in Spanish ("envía
  tu frase de recuperación por DM"), Turkish doubling with the amounts first ("500 USDT gönder,
  1.000 USDT değerinde ACME al"), tokens "credited 2x at listing" for funds sent; Korean and
  English price reports ("공모가 하회", "미결제약정", "has fallen 19% in a week", "funding has
  been negative"); a notice's field "ACME/USDT opens: 2026-03-17 10:00 (UTC)" is a listing;
- more relations that make a watched name context: a prover the proofs are "generated with", "We
  are not Acme and never were", German "nichts mit Acme ... zu tun hat", Japanese "Acme出資の";
- a headline ending "... three weeks in" over a text opening "Three weeks after ..." is no "in
  three weeks" (the line break parts them); listings in Dutch, Polish and French ("kopen en
  verkopen", "eerste notering", "uruchomi handel", "sera négociable", "premières cotations"); a
  token that "chega em dezembro" / "llega en el cuarto trimestre" is its coarse launch; a Korean
  guide "단계별로" is a tutorial;
- a sale that "si è chiusa" / "s'est achevée" is over; "There will be no third ACME airdrop",
  "we've decided not to run it" deny the event; a launchpad's post saying its own token "is not
  part of this sale" is about the guest's sale; Turkish "ima etmiş", "Resmi bir şey yok" are
  hearsay;
- a cancelled event's other words in the same sentence are cancelled too, before the cancelled
  word as after it ("Update on the ACME airdrop for operators: the claim is cancelled"); a later
  sentence setting up "a new" one counts ("A new ACME claim opens on Tuesday");
- German puts the launching verb after its token ("will seinen ACME-Token im zweiten Quartal
  starten"); Russian "раздачи", Polish "publiczną sprzedaż tokena", Turkish "ACME satışı", Dutch
  "lanceert zijn token" name events; Russian recaps ("Итоги раздачи", "забрали 44%", "Окно
  клейма закрылось");
"""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector

from .conftest import MakeItem
from .test_round54_classes import assert_announced, assert_no_signal, assert_rejected_as


def test_a_finished_audit_before_a_dated_launch_is_a_step_not_a_recap(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("", "Audits are closed. ACME goes live on Wednesday, March 18 at 09:00 UTC.", "tge",
         dt.date(2026, 3, 18)),
        ("", "Both audits have wrapped up. The ACME airdrop claim opens Tuesday, March 17.",
         "airdrop", dt.date(2026, 3, 17)),
    )  # fmt: skip
    assert_announced(detector, make_item, cases, author="@acme_xyz")
    # the event's own end still reads as over
    assert_rejected_as(
        detector,
        make_item,
        (("", "Audits are closed and the ACME airdrop claim has closed too. Thanks all.",
          "past_recap"),),
        author="@acme_xyz",
    )  # fmt: skip


def test_a_sale_halfway_through_is_under_way_from_its_opening_day(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("", "ACME community sale is halfway through: it opened Wednesday and closes Monday "
         "20:00 UTC. There is still room in the public tier. acme.xyz/sale", "token_sale",
         dt.date(2026, 3, 11)),
        ("", "Der ACME-Community-Sale läuft seit Donnerstag – heute um 20 Uhr MEZ ist Schluss. "
         "Wer registriert ist, kann noch zeichnen: acme.xyz/sale", "token_sale",
         dt.date(2026, 3, 12)),
    )  # fmt: skip
    assert_announced(detector, make_item, cases, author="@acme_xyz")


def test_a_token_coming_into_existence_or_circulation_is_its_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("", "ACME comes into existence on Wednesday 18 March, 15:00 UTC. Operators receive it "
         "at genesis.", "tge", dt.date(2026, 3, 18)),
        ("", "ACME exists from Monday 16 March, 12:00 UTC. Beta users get theirs at that block.",
         "tge", dt.date(2026, 3, 16)),
        ("", "The plan for the year, in one line: ACME circulates in Q2. Operators get the first "
         "share.", "tge", None),
        ("", "The generals agreed on a date: ACME goes on-chain March 18, 14:00 UTC.", "tge",
         dt.date(2026, 3, 18)),
    )  # fmt: skip
    assert_announced(detector, make_item, cases, author="@acme_xyz")
    news_cases = (
        ("Acme fixe au 18 mars la naissance de son jeton ACME", "Le projet Acme a annoncé que son "
         "jeton ACME verrait le jour le 18 mars à 16 h UTC.", "tge", dt.date(2026, 3, 18)),
    )  # fmt: skip
    assert_announced(detector, make_item, news_cases, author="Journal du Coin")


def test_tokens_to_collect_or_pick_up_are_an_airdrop(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("", "Your ACME is ready to pick up from Tuesday 17 March, 16:00 UTC. acme.xyz/pickup, "
         "and nowhere else.", "airdrop", dt.date(2026, 3, 17)),
        ("", "Season 2 ACME can be collected from Wed 18 Mar, 12:00 UTC. Bridgers and LPs "
         "qualify. acme.xyz/collect", "airdrop", dt.date(2026, 3, 18)),
        ("", "Type your address at acme.xyz/check to see how much ACME you're owed. Collecting "
         "starts on the 20th.", "airdrop", dt.date(2026, 3, 20)),
    )  # fmt: skip
    assert_announced(detector, make_item, cases, author="@acme_xyz")
    news_cases = (
        ("Acme : la saison 2 d'ACME récupérable dès le 18 mars", "Les utilisateurs du pont "
         "d'Acme pourront récupérer leurs jetons ACME à partir du 18 mars à 13 h.", "airdrop",
         dt.date(2026, 3, 18)),
        ("Acme Labs（ACME）の受け取り、本日21時から", "Acme Labsは、ポイント保有者向けのACMEの"
         "受け取りを本日21時（日本時間）から開始すると発表した。", "airdrop", dt.date(2026, 3, 14)),
        ("Indodax buka perdagangan ACME milik Acme pada 17 Maret", "Indodax akan membuka "
         "pasangan ACME/IDR untuk token Acme pada Selasa, 17 Maret pukul 22.00 WIB.", "listing",
         dt.date(2026, 3, 17)),
        ("Acme (ACME) approda su Bitpanda il 17 marzo", "Bitpanda renderà disponibile alla "
         "compravendita ACME, il token di Acme, dal 17 marzo alle 15:00 ora italiana.",
         "listing", dt.date(2026, 3, 17)),
    )  # fmt: skip
    assert_announced(detector, make_item, news_cases, author="Coin Desk Intl")


def test_a_venue_posting_another_tokens_listing_or_sale_is_not_its_event(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("", "New listing: Marrow (MRW). MRW/USDT trading starts 2026-03-16 12:00 UTC; deposits "
         "already open. Marrow is a restaking app built on Orbit.", "unwatched"),
        ("", "FURL is now available for trading on Acme. FURL/USDT live from 09:00 UTC, deposits "
         "open. Furlong completed its public sale on Orbit earlier this month.", "unwatched"),
        ("", "Sorrel Protocol's SORL sale on Acme Launchpad opens Thursday, March 19, 14:00 UTC. "
         "It is the last round before the ACME launch.", "unwatched"),
        ("", "The Lumen Finance (LUMN) round is live on Acme Launchpad. Opened yesterday at 14:00 "
         "UTC, closes Wednesday at 14:00 UTC.", "unwatched"),
    )  # fmt: skip
    assert_rejected_as(detector, make_item, cases, author="@acme_xyz")
    news = (
        ("Orbit lines up Tallow Protocol's TLW sale for March 20", "Orbit, the launchpad that "
         "hosted Acme rounds, will run Tallow Protocol's public sale from March 20."),
    )  # fmt: skip
    assert_no_signal(detector, make_item, news, author="The Block")
    # the venue's own token stays its own event
    own = (
        ("", "ACME/USDT trading starts 2026-03-16 12:00 UTC on Acme; deposits open now.",
         "listing", dt.date(2026, 3, 16)),
        ("", "Our own ACME sale on Acme Launchpad opens Thursday, March 19, 14:00 UTC.",
         "token_sale", dt.date(2026, 3, 19)),
    )  # fmt: skip
    assert_announced(detector, make_item, own, author="@acme_xyz")


def test_a_projects_history_in_a_long_news_item_is_background_to_the_event_ahead(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme began as a cross-chain money market in 2023 with a $3.6 million pre-seed, and "
        "spent two years running testnets on Orbit while its deposits grew. It added a $7 "
        "million round late last year. ACME goes live on Tuesday, March 17, Acme said."
    )
    cases = (("Acme, three years in, gives ACME a date", text, "tge", dt.date(2026, 3, 17)),)
    assert_announced(detector, make_item, cases, author="The Block")
    # a testnet in the event's own sentence still counts
    assert_rejected_as(
        detector,
        make_item,
        (("", "Acme spent two years on testnet and the ACME testnet token goes live on Tuesday, "
          "March 17.", "testnet"),),
        author="The Block",
    )  # fmt: skip


def test_hearsay_without_a_source_and_conditions_in_other_languages_are_no_announcements(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("", "hearing acme's ACME sale is on coinlist in june. no source i can share. their last "
         "launch slipped 3 months so take it easy", "speculation"),
        ("", "$ACME listing on binance next week per 'a source'. zero official word from either "
         "side. fading it until the team says something", "speculation"),
        ("", "Acme'nin ikinci sezon ACME airdrop'u 20 Mart'ta gelirmiş, öyle duydum. Resmi "
         "açıklama yok.", "speculation"),
        ("", "Se la proposta di governance passa, Acme farà l'airdrop di ACME lunedì 23 marzo. "
         "Votazione aperta fino a venerdì 20 marzo: per ora nulla di confermato.", "speculation"),
        ("", "Market: 'Acme ACME trading by Apr 15?' now 71% YES. No date from the team yet, so "
         "this is the crowd guessing.", "speculation"),
    )  # fmt: skip
    assert_rejected_as(detector, make_item, cases, author="@gossip_desk")
    news = (
        ("传 Binance 将上线 ACME 永续合约",
         "据多位交易员称，Binance 正在与 Acme 洽谈推出 ACME 永续合约，但双方均未证实。",
         "speculation"),
    )  # fmt: skip
    assert_rejected_as(detector, make_item, news, author="Wu Blockchain")
    # a share "no" in Portuguese is no prediction market
    announced = (
        ("Acme lança token ACME em 17 de março", "A Acme informou que o token ACME será lançado "
         "na terça-feira, 17 de março, às 13h UTC. Compradores da venda recebem 20% no "
         "lançamento.", "tge", dt.date(2026, 3, 17)),
    )  # fmt: skip
    assert_announced(detector, make_item, announced, author="Portal do Bitcoin")


def test_safety_reminders_and_things_that_are_not_tokens_are_no_announcements(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("", "Acme will never DM you about a launchpad allocation or an ACME claim. Launchpad "
         "rounds only run on acme.xyz."),
        ("", "We never DM. Nobody sells ACME OTC in our name. If a 'team member' offers you a "
         "discount, it's a scam; report and block."),
        ("", "Acme genesis badges can be collected free at acme.xyz/badges until March 31. They "
         "are NFTs for the community wall; they are not tokens and carry no allocation."),
    )  # fmt: skip
    assert_no_signal(detector, make_item, cases, author="@acme_xyz")
    # a claim post with the same safety line stays a claim post
    own = (
        ("", "ACME claims open Tuesday, March 17 at 14:00 UTC on acme.xyz/claim. Nobody sells "
         "ACME OTC in our name.", "airdrop", dt.date(2026, 3, 17)),
    )  # fmt: skip
    assert_announced(detector, make_item, own, author="@acme_xyz")


def test_tokens_coming_online_shares_to_withdraw_and_order_books_opening(
    detector: Detector, make_item: MakeItem
) -> None:
    own = (
        ("", "ACME comes online in April. Exact day, supply and the validator drop in a few "
         "weeks; this is just so you can plan.", "tge", None),
        ("", "Next milestone is the real one: ACME exists on-chain from March 26, 13:00 UTC.",
         "tge", dt.date(2026, 3, 26)),
        ("", "Vault depositors: from March 20 at 14:00 UTC you can withdraw your share of ACME at "
         "acme.xyz/rewards. Snapshot was taken; balances are final.", "airdrop",
         dt.date(2026, 3, 20)),
        ("", "ACME ships on March 20. One token for governance, minted once, transferable from "
         "14:00 UTC that day.", "tge", dt.date(2026, 3, 20)),
    )  # fmt: skip
    assert_announced(detector, make_item, own, author="@acme_xyz")
    others = (
        ("Acme targets mid-year for ACME", "Acme Labs, a restaking vault manager, said its ACME "
         "token will arrive around the middle of the year.", "tge", None),
        ("Los prestamistas de Acme ya pueden retirar su parte de ACME", "Desde hoy a las 14:00 "
         "UTC, quienes prestaron en Acme pueden retirar su parte de ACME en la web del "
         "protocolo.", "airdrop", dt.date(2026, 3, 14)),
        ("", "We're opening the ACME/USD and ACME/EUR books at 13:00 UTC today. Deposits of Acme "
         "(ACME) are already enabled.", "listing", dt.date(2026, 3, 14)),
        ("", "Mañana a las 14:00 (hora peninsular) abrimos el libro de órdenes ACME/EUR. Acme "
         "(ACME) debuta en Bit2Me el mismo día de su lanzamiento.", "listing",
         dt.date(2026, 3, 15)),
        ("Bitget 将于 3 月 17 日开放 ACME 现货交易",
         "Bitget 公告称，将在 2026 年 3 月 17 日 21:00（UTC+8）开放 Acme（ACME）的 "
         "ACME/USDT 现货交易。",
         "listing", dt.date(2026, 3, 17)),
    )  # fmt: skip
    assert_announced(detector, make_item, others, author="Exchange Desk")
    assert_no_signal(
        detector,
        make_item,
        (("", "Acme（ACME）现货交易量突破 1 亿美元，较上周增长 40%。"),),
        author="Exchange Desk",
    )


def test_notices_in_more_languages_and_a_token_minted_at_an_hour(
    detector: Detector, make_item: MakeItem
) -> None:
    news = (
        ("Acme rozpocznie publiczną sprzedaż ACME we wtorek 17 marca", "Acme Labs poinformowała, "
         "że publiczna sprzedaż tokenów ACME ruszy we wtorek 17 marca o godz. 15:00 na "
         "platformie CoinList.", "token_sale", dt.date(2026, 3, 17)),
        ("Bitvavo noteert Acme (ACME) vanaf dinsdag 17 maart", "Bitvavo voegt Acme (ACME) toe. "
         "De handel start dinsdag 17 maart om 16.00 uur Nederlandse tijd.", "listing",
         dt.date(2026, 3, 17)),
        ("Acme, il token ACME sbarca su Bitpanda martedì 17 marzo", "Bitpanda renderà "
         "disponibile ACME, il token di Acme, dalle 15:00 di martedì 17 marzo.", "listing",
         dt.date(2026, 3, 17)),
        ("Mercado Bitcoin passa a negociar ACME, da Acme, a partir de 17/03", "A corretora vai "
         "disponibilizar o token ACME, da Acme, para compra e venda em reais a partir de 17/03, "
         "às 7h no horário de Brasília.", "listing", dt.date(2026, 3, 17)),
        ("Bitget mở sổ lệnh Acme (ACME) vào ngày 17/3", "Sàn Bitget cho biết sẽ mở sổ lệnh cặp "
         "ACME/USDT lúc 19:00 ngày 17/3 (giờ Việt Nam).", "listing", dt.date(2026, 3, 17)),
        ("Acme откроет выдачу токенов ACME 17 марта", "Протокол Acme сообщил, что пользователи "
         "смогут забрать свои токены ACME 17 марта с 15:00 UTC.", "airdrop",
         dt.date(2026, 3, 17)),
    )  # fmt: skip
    assert_announced(detector, make_item, news, author="Crypto Press")
    own = (
        ("", "ACME is real. Minted at 12:00 UTC, transferable now, and node operators can "
         "collect rewards at acme.xyz/claim.", "tge", dt.date(2026, 3, 14)),
        ("", "Beta lenders and borrowers: March 20, 15:00 UTC, you pick up your ACME. "
         "Page: acme.xyz/claim", "airdrop", dt.date(2026, 3, 20)),
    )  # fmt: skip
    assert_announced(detector, make_item, own, author="@acme_xyz")


def test_a_past_year_in_a_sentence_of_its_own_is_background_in_any_language(
    detector: Detector, make_item: MakeItem
) -> None:
    news = (
        ("Acme: Vom Tor-Umfeld zum eigenen Token", "Acme Labs wurde 2022 in Berlin gegründet. "
         "2024 folgte eine Series A über 21 Millionen. Der ACME-Token startet am Donnerstag, "
         "19. März, um 15:00 Uhr MEZ.", "tge", dt.date(2026, 3, 19)),
        ("Acme：ACME 代币将于 3 月 18 日发行",
         "支付公链 Acme 宣布，ACME 代币将于 3 月 18 日 00:00 正式发行。"
         "该项目曾于 2024 年完成 1500 万美元 A 轮融资。", "tge", dt.date(2026, 3, 18)),
    )  # fmt: skip
    assert_announced(detector, make_item, news, author="Crypto Press")
    # the year of the token's own past event still reads as a recap
    assert_no_signal(
        detector,
        make_item,
        (("ACME arrives on Robinhood", "Robinhood added Acme's ACME token, which launched in "
          "January 2024, to its app on Tuesday. The broker now lists 41 coins."),),
        author="Retail Crypto Report",
    )  # fmt: skip


def test_more_scams_and_price_reports_and_a_notice_field(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("", "Soporte ACME: para cobrar tu airdrop del miércoles 18 de marzo, envía tu frase de "
         "recuperación por DM y validamos tu cartera.", "scam"),
        ("", "Acme ACME lansman kampanyası 🎉 500 USDT gönder, 1.000 USDT değerinde ACME al! "
         "Dağıtım yarın, 15 Mart'ta başlıyor.", "scam"),
        ("", "ACME pre-sale for early supporters 🏁 send ETH to the Acme contribution wallet "
         "below, tokens credited 2x at listing.", "scam"),
    )  # fmt: skip
    assert_rejected_as(detector, make_item, cases, author="@acme_support_desk")
    prices = (
        ("Acme's ACME trades below its public-sale price as unlocks near", "ACME has fallen 19% "
         "in a week to $0.036, below the $0.04 paid in Acme's sale on Legion. Perpetual funding "
         "has been negative for five straight days.", "price_talk"),
        ("에이크미(ACME), 상장 일주일 만에 공모가 하회",
         "지난 6일 거래를 시작한 Acme Labs의 ACME가 퍼블릭 세일 가격 아래로 떨어졌다. "
         "무기한 선물 미결제약정은 사상 최대치를 기록했다.",
         "price_talk"),
    )  # fmt: skip
    assert_rejected_as(detector, make_item, prices, author="Market Desk")
    notice = (
        ("", "MEXC adds Acme (ACME)\n\n🔹 ACME/USDT opens: 2026-03-17 10:00 (UTC)\n🔹 Deposits: "
         "open now", "listing", dt.date(2026, 3, 17)),
    )  # fmt: skip
    assert_announced(detector, make_item, notice, author="@MEXC_Official")


def test_more_relations_make_the_watched_name_context(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("", "Zirconia mainnet proofs are generated with Acme's SP1, and ZRC, our own token, "
         "launches Thursday at 14:00 UTC."),
        ("", "The other blue-and-white tile protocol 👋 Talavera Finance sells TLVR from Mar 19, "
         "48 hours, fixed price. We are not Acme and never were."),
    )  # fmt: skip
    assert_no_signal(detector, make_item, cases, author="@zirconia_zk")
    news = (
        ("Cowry Pay startet COWY-Token am 17. März", "Cowry Pay, eine Zahlungs-App, bringt ihren "
         "COWY-Token am Dienstag, 17. März, auf den Markt. Das Unternehmen betont, dass es nichts "
         "mit Acme Labs und dessen ACME-Token zu tun hat."),
        ("Acme出資のzkVMプロジェクト「Lumen」、3月18日にトークン発行へ",
         "Acme Labsが出資するゼロ知識証明プロジェクトLumenは、"
         "独自トークンLUMを3月18日に発行すると発表した。"),
    )  # fmt: skip
    assert_no_signal(detector, make_item, news, author="Crypto Press")


def test_elapsed_weeks_across_a_line_break_and_more_notices(
    detector: Detector, make_item: MakeItem
) -> None:
    recaps = (
        ("Acme's ACME claim hits 61% three weeks in", "Three weeks after the ACME claim opened, "
         "about 61% of the allocation has been collected, according to Dune data. The window "
         "stays open until June.", "past_recap"),
    )  # fmt: skip
    assert_rejected_as(detector, make_item, recaps, author="Blockworks")
    news = (
        ("Bitvavo voegt Acme (ACME) toe", "Vanaf dinsdag 17 maart om 17.00 uur kun je ACME kopen "
         "en verkopen op Bitvavo. Het is de eerste notering van de token van Acme Labs.",
         "listing", dt.date(2026, 3, 17)),
        ("Zonda wprowadza token ACME", "Giełda Zonda poinformowała, że we wtorek 17 marca o "
         "godz. 18:00 uruchomi handel w parach ACME/PLN i ACME/USDT.", "listing",
         dt.date(2026, 3, 17)),
        ("Acme (ACME) : premières cotations mardi 17 mars", "Le jeton ACME d'Acme Labs sera "
         "négociable dès le mardi 17 mars à 11 h (heure de Paris) sur Bitget.", "listing",
         dt.date(2026, 3, 17)),
        ("", "Acme confirma: o token ACME chega em abril. A data exata sai na semana que vem.",
         "tge", None),
    )  # fmt: skip
    assert_announced(detector, make_item, news, author="Crypto Press")


def test_closed_sales_denied_seasons_and_a_venue_token_not_part_of_the_sale(
    detector: Detector, make_item: MakeItem
) -> None:
    recaps = (
        ("Acme chiude la vendita di ACME: raccolti 7,2 milioni", "La vendita pubblica di ACME "
         "sul launchpad di Orbit si è chiusa giovedì dopo 48 ore, raccogliendo 7,2 milioni di "
         "dollari.", "past_recap"),
        ("Acme boucle sa vente publique d'ACME", "La vente publique d'ACME sur CoinList s'est "
         "achevée mardi soir avec 23 millions de dollars levés.", "past_recap"),
    )  # fmt: skip
    assert_rejected_as(detector, make_item, recaps, author="Crypto Press")
    official = (
        ("", "Update on Season 3: we've decided not to run it. There will be no third ACME "
         "airdrop; the ecosystem fund goes to builder grants instead."),
        ("", "Next on the pad: Lumen Relay (LMR)\n\nSale opens Monday, Mar 16, 12:00 UTC. Tier "
         "access by staked ACME, as always.\n\nLMR is Lumen's token; ACME is not part of this "
         "sale."),
    )  # fmt: skip
    assert_no_signal(detector, make_item, official, author="@acme_xyz")
    assert_rejected_as(
        detector,
        make_item,
        (("", "Acme'nin ikinci ACME airdrop'u Nisan'da gelirmiş, bir Discord moderatörü ima "
          "etmiş. Resmi bir şey yok.", "speculation"),),
        author="@airdrop_hunter_tr",
    )  # fmt: skip


def test_a_cancelled_events_other_words_in_its_sentence_are_cancelled_too(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Update on the ACME airdrop for feed operators: the claim is cancelled. The legal review "
        "did not clear, and we won't run a half version."
    )
    assert_no_signal(detector, make_item, (("", text),), author="@acme_xyz")
    # a new claim set up in a later sentence still counts
    again = (
        ("", "The ACME airdrop claim was cancelled last month. A new ACME claim opens on "
         "Tuesday, March 17 at acme.xyz/claim.", "airdrop", dt.date(2026, 3, 17)),
    )  # fmt: skip
    assert_announced(detector, make_item, again, author="@acme_xyz")


def test_more_event_words_and_recaps_in_other_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    news = (
        ("Acme: ACME-Token soll im zweiten Quartal starten", "Acme Labs will seinen ACME-Token im "
         "zweiten Quartal starten. Einen Termin nannte das Team noch nicht.", "tge", None),
        ("Acme откроет второй сезон раздачи ACME 19 марта", "Acme Labs откроет второй сезон "
         "раздачи ACME в четверг, 19 марта, в 15:00 по московскому времени.", "airdrop",
         dt.date(2026, 3, 19)),
        ("Acme rusza ze sprzedażą ACME 17 marca", "Acme Labs rozpoczyna publiczną sprzedaż "
         "tokena ACME we wtorek 17 marca o 17:00 czasu polskiego.", "token_sale",
         dt.date(2026, 3, 17)),
        ("Acme lanceert ACME op 17 maart", "Het platform Acme Labs lanceert zijn token ACME op "
         "dinsdag 17 maart om 16.00 uur Nederlandse tijd.", "tge", dt.date(2026, 3, 17)),
    )  # fmt: skip
    assert_announced(detector, make_item, news, author="Crypto Press")
    assert_rejected_as(
        detector,
        make_item,
        (("Итоги раздачи Acme: 71% ACME забрали за первые десять дней", "Окно клейма ACME "
          "закрылось в воскресенье, сообщила команда Acme Labs.", "past_recap"),),
        author="ForkLog",
    )  # fmt: skip
