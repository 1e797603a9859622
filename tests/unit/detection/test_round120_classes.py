"""Rules written in the dev120 session.

- buying and collecting in the press's other languages: "tout le monde pourra acheter de
  l'ACME", "podrán comprar ACME", "potranno acquistare ACME", "każdy będzie mógł kupić ACME", "la
  finestra per acquistare ACME", "una ronda de su token" (a sale); "podrán recoger su parte de
  ACME", "potranno ritirare i loro ACME", "pourront récupérer leur part d'ACME", "ACME를 받아 갈
  수 있다" (a drop);
- more plain words: "your ACME waits for you on Tuesday", "ACME is waiting for you at
  acme.xyz/rewards" (a drop); "New day for ACME: Tuesday, 17 March" (a launch's new day, the token
  alone before the colon), "ACME exists as of block 1,204,000", "ACME itself goes live in Q3" (a
  launch);
- an auction house is a firm, not a token's auction ("the official marketplace for a London
  auction house's digital editions"); a project saying it hands nothing out in the event told
  ("Acme is not distributing anything here", "isn't selling any tokens") is set apart, as one
  saying it has no role in it;
- a round told as over by its buyers' refunds ("filled at 14% and refunded the rest", "the
  excess was refunded", Vietnamese "đã đóng") is a recap; a day right after "ended at 15:00 UTC
  on" is the day the event closed;
- still more plain words and languages: "ACME can be moved, sent and held like any other token",
  "送金・譲渡できるようにする", Dutch "wordt ... overdraagbaar" (a launch); "il round pubblico",
  "открытый раунд", "раунд продажи", "सामुदायिक राउंड", "vendra une partie de ses jetons" (a
  sale); "ستتيح تداول" (a listing); "ACME is waiting in the mini-app" (a drop);
- a coarse date near a later phrase naming the lead event is the event's when that phrase's
  sentence tells a plan (a headline's "vente communautaire", then "vendra ... en avril"), not
  when it tells what was ("pointed to the launches of ... this spring");
- negatives most like announcements: a drop's recap by the share claimed ("holders have claimed
  81% of the points allocation"); an event the item says it has nothing to do with ("test
  tokens, nothing to do with Tuesday's sale"); a launch said to come without the token ("goes
  live on mainnet, without its token"); a rumour's source vouched for ("two people who have never
  been wrong", "Screenshot it", "per a mod", "Team hasn't said a word"); a rollup "sequenced
  through" the watched project is another's;
- a giveaway's amounts written with a dot between thousands ("envía entre 100 y 10.000 ACME ... y
  recibe el doble"); a Korean drop recap by the share claimed ("70%가 일주일 만에 청구된 것으로
  집계됐다"); a Dutch tax guide ("Belasting op airdrops"); a project that "came out of" the
  watched one's incubator is another;
- "There is still no ACME for sale anywhere" denies a sale; "ACME, three days on: 88k wallets
  claimed" is a recap; "Source: the vibes in their Telegram" is doubt;
- the event of a test token ("testnet 7: test ACME becomes transferable") is no launch; "anyone
  can buy in to the ACME vault" is a fund, not a sale; a proposal's "If this passes" waits on a
  vote; Turkish "bence", "Kaynağım yok" are doubt; German tax words ("sonstige Einkünfte",
  "EStG", "Freigrenze") make a guide; a price said to "find a floor" is price talk;
- German "hinter" (behind: "Das Team hinter dem Protokoll") is no hint; more of the press's words:
  Vietnamese "có thể chuyển nhượng" (a launch), Russian "проведет продажу", "продаст часть
  токенов", Arabic "المزاد العام" (a sale), Ukrainian "Торгівля парою" (a listing);
"""

from __future__ import annotations

from collections.abc import Iterable

from swarm.detection import Detector, ItemIn

from .conftest import MakeItem, news
from .test_round87_classes import _assert_acme_event


def _assert_no_signal(detector: Detector, items: Iterable[ItemIn]) -> None:
    for item in items:
        decision = detector.score(item)
        assert not decision.is_signal, (item.text, decision.reasons)


def test_buying_and_collecting_in_more_languages(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Acme : tout le monde pourra acheter le jeton ACME à 0,05 $ dès le mardi 17 mars.",
         "token_sale", "2026-03-17"),
        ("Los usuarios verificados de Acme podrán comprar el token ACME a 0,30 dólares desde "
         "el 17 de marzo.", "token_sale", "2026-03-17"),
        ("Gli utenti di Acme potranno acquistare il token ACME a 0,18 dollari da martedì 17 marzo.",
         "token_sale", "2026-03-17"),
        ("Od wtorku 17 marca każdy użytkownik Acme będzie mógł kupić token ACME po 0,25 dolara.",
         "token_sale", "2026-03-17"),
        ("Acme: la finestra per acquistare il token ACME si apre martedì 17 marzo alle 17.",
         "token_sale", "2026-03-17"),
        ("Acme abrirá el martes 17 de marzo una ronda de su token ACME para cuentas verificadas.",
         "token_sale", "2026-03-17"),
        ("Los usuarios de Acme podrán recoger su parte de tokens ACME desde el martes 17 de marzo.",
         "airdrop", "2026-03-17"),
        ("Gli utenti di Acme Labs potranno ritirare i loro token ACME da martedì 17 marzo.",
         "airdrop", "2026-03-17"),
        ("Les utilisateurs d'Acme pourront récupérer leur part de jetons ACME dès le mardi "
         "17 mars.", "airdrop", "2026-03-17"),
        ("Acme Labs는 사용자들이 3월 17일 오후 6시부터 ACME 토큰을 받아 갈 수 있다고 밝혔다.",
         "airdrop", "2026-03-17"),
    )  # fmt: skip
    for text, event_type, day in cases:
        decision = detector.score(make_item(text, author="Newsdesk"))
        _assert_acme_event(decision, event_type, day)


def test_more_plain_words(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Stakers: your ACME waits for you on Tuesday, 17 March, 15:00 UTC.",
         "airdrop", "2026-03-17"),
        ("Season 2 ACME is waiting for you at acme.xyz/rewards from Tuesday 17 March.",
         "airdrop", "2026-03-17"),
        ("New day for ACME: Tuesday, 17 March, 12:00 UTC.", "tge", "2026-03-17"),
        ("ACME exists as of block 1,204,000, mined today at 12:00 UTC.", "tge", "2026-03-14"),
        ("ACME itself goes live in Q3, after the audit. The April sale sells tokens that unlock "
         "at that launch.", "tge", None),
    )  # fmt: skip
    for text, event_type, day in cases:
        decision = detector.score(make_item(text, author="@acme_xyz"))
        _assert_acme_event(decision, event_type, day)
    meetup = detector.score(make_item("New date for the Acme meetup: Tuesday, 17 March, Lisbon."))
    assert not meetup.is_signal, meetup.reasons


def test_an_auction_house_and_a_project_handing_nothing_out(
    detector: Detector, make_item: MakeItem
) -> None:
    house = detector.score(
        make_item(
            "Acme is now the official marketplace for a London auction house's digital editions, "
            "starting with a 24-piece series in April. Primary sales settle in USDC.",
            author="@acme_xyz",
        )
    )
    assert not house.is_signal, house.reasons
    texts = (
        "ACME stakers get a 1.3x multiplier in the HALO drop. Claims at halo.build open Friday. "
        "Halo is an independent team; Acme is not distributing anything here.",
        "ACME holders get a bonus in the HALO drop, claims open Friday. Acme isn't handing out "
        "any tokens in it.",
    )
    _assert_no_signal(detector, [make_item(text) for text in texts])


def test_a_round_told_over_by_its_refunds(detector: Detector, make_item: MakeItem) -> None:
    title = "Acme's ACME round on Halo closes seven times oversubscribed"
    text = (
        "Acme's 48-hour public round on Halo ended at 15:00 UTC on Saturday with $96 million in "
        "USDC committed for $13.5 million of ACME tokens. Buyers outside the guaranteed tiers "
        "were filled at about 14% and refunded the rest."
    )
    decision = detector.score(make_item(text, title=title, source="rss", author="Newsdesk"))
    assert not decision.is_signal, decision.reasons


def test_still_more_plain_words_and_languages(detector: Detector, make_item: MakeItem) -> None:
    official = (
        ("From Tuesday 17 March, 13:00 UTC, ACME can be moved, sent and held like any other "
         "token.", "tge", "2026-03-17"),
        ("Collect is open. Season 3 ACME is waiting in the mini-app until April 10.",
         "airdrop", "2026-03-14"),
    )  # fmt: skip
    for text, event_type, day in official:
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), event_type, day)
    press = (
        ("Acme Labsは、ACMEトークンを3月17日22時（日本時間）から送金・譲渡できるようにすると"
         "発表した。", "tge", "2026-03-17"),
        ("Het netwerk Acme laat weten dat zijn ACME-token in het vierde kwartaal overdraagbaar "
         "wordt.", "tge", None),
        ("Acme apre il round pubblico del token ACME: si parte il 17 marzo alle 17.",
         "token_sale", "2026-03-17"),
        ("Протокол Acme проведёт открытый раунд продажи токена ACME 17 марта.",
         "token_sale", "2026-03-17"),
        ("Acme vendra une partie de ses jetons ACME à tout acheteur éligible en avril, a indiqué "
         "l'équipe.", "token_sale", None),
        ("أعلنت منصة Rain أنها ستتيح تداول رمز ACME التابع لمشروع Acme يوم 17 مارس.",
         "listing", "2026-03-17"),
    )  # fmt: skip
    for text, event_type, day in press:
        _assert_acme_event(detector.score(make_item(text, author="Newsdesk")), event_type, day)
    rewards = detector.score(make_item("Rewards can be sent to any address from the app."))
    assert not rewards.is_signal, rewards.reasons


def test_a_coarse_date_near_a_later_phrase_of_the_event(
    detector: Detector, make_item: MakeItem
) -> None:
    planned = news(
        make_item,
        "Acme fixe à avril sa vente communautaire de ACME",
        "Acme, qui exploite une constellation de nanosatellites pour connecter les zones rurales "
        "privées d'internet, vendra une partie de ses jetons ACME à "
        "tout acheteur éligible en avril, a indiqué l'équipe. La date exacte sera communiquée "
        "deux semaines à l'avance.",
    )
    decision = detector.score(planned)
    _assert_acme_event(decision, "token_sale", None)
    assert decision.date_precision == "month"
    cited = news(
        make_item,
        "Regulator cites Acme and Orbit debuts in warning on airdrop disclosures",
        "A European markets regulator pointed to the launches of Acme Labs' ACME and Orbit's ORB "
        "this spring as examples of token distributions whose terms were published only on "
        "social media.",
    )
    assert not detector.score(cited).is_signal


def test_negatives_most_like_announcements(detector: Detector, make_item: MakeItem) -> None:
    items = (
        make_item("Today, 116 days after ACME's genesis block, holders have claimed 81% of the "
                  "points allocation, according to Acme's dashboard. The claim page stays open."),
        make_item("Acme testnet node rewards for week 6 are out, paid in test ACME. They're test "
                  "tokens: no value, and nothing to do with Tuesday's sale.", author="@acme_xyz"),
        make_item("ACME TGE March 24. Orbit and Kraken day one. Source: two people who have never "
                  "been wrong about this stuff. Screenshot it."),
        news(make_item, "Acme's payment network goes live on mainnet, without its token",
             "Acme Labs has switched on mainnet for its payment network. Payments settle in USDC "
             "for now."),
        make_item("Tanager, a rollup sequenced through Acme, puts TNG on sale March 18 on Legion. "
                  "6% of supply, $0.04 per token."),
        make_item("Acme S3 checker tomorrow per a mod in the Korean TG. Team hasn't said a word, "
                  "so treat it as a rumour until @acme_xyz posts."),
    )  # fmt: skip
    _assert_no_signal(detector, items)


def test_giveaways_recaps_guides_and_incubated_projects(
    detector: Detector, make_item: MakeItem
) -> None:
    items = (
        make_item("Sorteo oficial de Acme por el claim de ACME: envía entre 100 y 10.000 ACME a la "
                  "dirección fijada y recibe el doble en menos de 30 minutos."),
        news(make_item, "Acme(ACME) 에어드랍 일주일…물량 70% 청구",
             "Acme Labs의 ACME 에어드랍 물량 가운데 약 70%가 일주일 만에 청구된 것으로 집계됐다."),
        news(make_item, "Belasting op airdrops: zo geef je ACME aan",
             "Wie deze maand ACME-tokens uit een airdrop ontving, moet die op 1 januari "
             "meetellen in box 3."),
        make_item("Orbitfi came out of Acme Labs' incubator, but ORBF is our own token: TGE "
                  "Thursday, March 19, 14:00 UTC. No ACME snapshot.", author="@orbitfi"),
    )  # fmt: skip
    _assert_no_signal(detector, items)


def test_a_sale_denied_a_recap_days_on_and_the_vibes(
    detector: Detector, make_item: MakeItem
) -> None:
    items = (
        make_item("Ground station #3 is online. There is still no ACME for sale anywhere; ignore "
                  "anyone offering it.", author="@acme_xyz"),
        make_item("ACME, three days on: 88k operator wallets claimed, four CEX venues, and the "
                  "claim contract handled the rush."),
        make_item("Acme S2 drop lands next Thursday. Source: the vibes in their Telegram and a "
                  "'big week ahead' GIF."),
    )  # fmt: skip
    _assert_no_signal(detector, items)


def test_test_tokens_funds_proposals_and_guides(detector: Detector, make_item: MakeItem) -> None:
    items = (
        make_item("Acme testnet 7: test ACME becomes transferable between all connected rollups "
                  "from today. It has no value.", author="@acme_xyz"),
        news(make_item, "Acme vault opens to retail",
             "From Monday, anyone can buy in to the ACME vault with a minimum of 100 USDC. Yields "
             "track the 3-month bill."),
        news(make_item, "Proposal: tie ACME transferability to the vault cap increase",
             "Delegate post. If this passes, ACME becomes transferable on the first day of Q3."),
        make_item("Acme 17 Mart'ta transferleri açıyor, Binance'in aynı gün ACME'yi "
                  "listeleyeceği bence neredeyse kesin. Kaynağım yok, tecrübe konuşuyor."),
        make_item("Kurz für alle, die Dienstag ACME bekommen: Token aus Airdrops sind bei Zufluss "
                  "sonstige Einkünfte (§22 Nr. 3 EStG), Freigrenze 256 €."),
        make_item("$ACME has held 2.40 every day since the distribution; exchange tokens tend to "
                  "find a floor fast. Breaks 2.40 and I'm out."),
    )  # fmt: skip
    _assert_no_signal(detector, items)


def test_behind_is_no_hint_and_more_press_words(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Das Team hinter dem Protokoll Acme hat angekündigt, dass sein Token ACME im Juli "
         "übertragbar wird.", "tge", None),
        ("Acme cho biết token ACME sẽ có thể chuyển nhượng từ 20 giờ ngày 17/3 (giờ Việt Nam).",
         "tge", "2026-03-17"),
        ("Протокол Acme продаст часть токенов ACME на лаунчпаде Janney 17 марта.",
         "token_sale", "2026-03-17"),
        ("أعلن بروتوكول Acme أن المزاد العام لرمزه ACME سيُقام يوم 17 مارس.",
         "token_sale", "2026-03-17"),
        ("Торгівля парою ACME/USDT на WhiteBIT розпочнеться 17 березня о 17:30 за київським "
         "часом.", "listing", "2026-03-17"),
    )  # fmt: skip
    for text, event_type, day in cases:
        _assert_acme_event(detector.score(make_item(text, author="Newsdesk")), event_type, day)
    hinted = detector.score(make_item("Acme hints at an ACME airdrop in April, nothing official."))
    assert not hinted.is_signal, hinted.reasons
