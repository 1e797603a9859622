"""Rounds dev39 and dev40, and what was left from the rounds before.

- a postponement in French is "reporté", "reporte son TGE", never the Spanish noun "reportes";
- the day a postponed event was planned for, written in French, Spanish or Portuguese ("prévu
  le 20 mars", "planeado para el 20 de marzo") is not its day;
- a perpetual or futures market opened for a token whose spot market the item says exists
  already is no debut (docs/labels.md: "not a new venue months later"); one opened with the
  debut stays a listing;
- an arrival on an exchange in Spanish, Portuguese, French ("llega a Bitso", "chega à") is a
  listing;
- "<Name> Launch" after "on" is a platform where a sale runs, not the named project's launch;
- "Pinecone, incubated by Acme Labs, launches PINE": the apposition's subject owns the launch;
  "lists PINE token", "will list its own PINE token": the token listed owns the listing;
- testnet users named in German, Spanish, Portuguese, Turkish ("Nutzer des Testnetzes",
  "usuarios del testnet", "testnet kullanıcıları") are the recipients of a claim;
- a cancellation in French, Spanish, Portuguese, German ("annule", "cancela", "sagt ... ab",
  "wurde abgesagt") removes the event; "中止ではなく" (not cancelled) does not;
- a postponement with no new day ("pospone la venta", "ist verschoben", "erteledi") says the
  event is still ahead: a signal without a day; "der Start des ACME-Tokens" is a launch; the
  vesting contracts a launch waits for are no look back;
- a market removed ("removal of ... spot pairs", "거래 지원 종료"), or added for a token the lede
  says launched long before, or a perpetual beside spot trading "bereits seit Februar", is no
  listing;
- weekdays in other languages ("am Dienstag", "el martes", "Salı günü", "木曜日", "周四") are the
  next such day, unless a verb of saying governs them ("confirmou nesta sexta-feira", "周五宣布"),
  they follow the day they name ("24 Şubat Salı"), or a Turkish sentence tells of them in the
  past; "auf der Acme-Chain" is a chain named as context; "o token ACME será lançado" a launch;
- background clauses do not make an upcoming event a recap: the project's history in past
  years ("raised a seed round in March 2024"), a testnet it ran, a cue word in the head of a
  long apposition ("the liquidation-auction protocol") or in what a disclaimer names;
- ranges of days in other languages name their first ("vom 16. bis 20. November"); Spanish
  "la negociación de", "tradable on Bitget", German "der öffentliche ACME-Verkauf";
- a weekday of another language in a sentence told in the past tense of that language ("abrió
  el martes", "hat am Dienstag begonnen", "周二已开启") is the one before, as in English;
- "Acme rival Pinecone sets its token launch": the name the compound heads owns the event;
  "SPOT" in capitals before "claims" is a symbol, not the spot market; "the public sale of its
  PINE token" and "the Pinecone (PINE) public sale" are PINE's;
- verbs of saying in the past do not put a foreign weekday behind; delisting notices in Chinese,
  Japanese, Korean and Turkish, new markets of a token already trading (Korean, Spanish) and
  "HDSTUSDT USDT-M launches" are no listing and no launch;
- an event said not to take place, and the later words of a cancelled event, are no signal;
  hearsay in other languages ("dicen que", "nadie lo ha confirmado") is speculation;
- central European time named by a city ("heure de Paris", "hora de Madrid") keeps its summer
  time; the day an event moved away from in other languages ("Statt Mittwoch", "del martes 17
  al viernes 20", "que estaba prevista para el lunes 16") is not its day;
- a sale under way ("opened Thursday and closes Tuesday", "abriu na quinta e fecha na terça",
  "läuft seit Donnerstag und endet am Dienstag") is dated by its start; tense is read in the
  weekday's own clause in languages whose verb comes first; "ist ... zu Ende gegangen" is past;
- the project's own site named in the text makes a mention the project; "in 4 steps" is a
  tutorial; "went live 40 minutes ago" is today's launch;
- a project named first as context (incubator, host chain) stays context where it is named
  again, unless it owns an event phrase; "Pinecone's PINE auction" is PINE's (a symbol, as an
  official post about a guest's event needs); "Launchpool adds PINE" is PINE's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from swarm.detection import Detector

from .conftest import MakeItem, news

# PUBLISHED (conftest) is Saturday 14 March 2026, 09:30 UTC.
MARCH_20 = dt.date(2026, 3, 20)


def official(make_item: MakeItem, text: str) -> object:
    return make_item(text, author="@acme_xyz", url="https://x.com/acme_xyz/status/1")


def test_spanish_reports_are_no_postponement(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Los reportes de auditoría ya están publicados. El claim de ACME, planeado para el 20 de "
        "marzo, abre ese día a las 14:00 UTC en acme.xyz/claim."
    )
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("airdrop", MARCH_20)


def test_a_french_or_spanish_postponement_drops_the_planned_day(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Acme reporte son TGE : le lancement du token ACME prévu le 20 mars n'aura pas lieu à "
        "cette date. Nouvelle date à venir.",
        "Acme aplaza el TGE de ACME planeado para el 20 de marzo; nueva fecha pronto.",
        "O TGE do ACME previsto para 20 de março foi adiado pela Acme.",
    ):
        decision = detector.score(official(make_item, text))
        assert decision.event_date is None, (text, decision.reasons)


def test_a_derivatives_market_of_a_token_already_trading_is_no_debut(
    detector: Detector, make_item: MakeItem
) -> None:
    for title, text in (
        (
            "Kraken to open ACMEUSD perpetual futures",
            "Kraken will launch the ACMEUSD perpetual swap on March 20 at 09:00 UTC, with up to "
            "10x leverage. ACME spot trading has been available on Kraken since February.",
        ),
        (
            "Gate 将上线 ACME 永续合约",
            "Gate 将于 3 月 20 日 16:00（东八区）上线 ACMEUSDT 永续合约，最高 25 倍杠杆。"
            "ACME 现货已于 2 月上线交易。",
        ),
    ):
        decision = detector.score(
            make_item(text, title=title, source="rss", url="https://gate.example/notice")
        )
        assert not decision.is_signal, (text, decision.reasons)


def test_a_perpetual_opened_with_the_debut_stays_a_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Kraken will launch the ACMEUSD perpetual contract on March 20 at 09:00 UTC, alongside "
        "spot trading of Acme's newly launched ACME token. Leverage: up to 10x."
    )
    decision = detector.score(make_item(text, source="rss", url="https://kraken.example/notice"))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("listing", MARCH_20)


def test_an_arrival_on_an_exchange_in_other_languages_is_a_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "ACME (Acme) llega a Bitso el 20 de marzo a las 10:00 UTC. Depósitos abiertos hoy.",
        "O token ACME chega à Mercado Bitcoin em 20 de março, às 10h UTC. Depósitos já abertos.",
        "ACME arrive sur Kraken le 20 mars à 10 h UTC : dépôts ouverts dès aujourd'hui.",
    ):
        decision = detector.score(make_item(text, source="rss", url="https://news.example/a"))
        assert decision.is_signal, (text, decision.reasons)
        assert (decision.event_type, decision.event_date) == ("listing", MARCH_20), text


def test_a_platform_called_name_launch_is_where_a_sale_runs(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme-incubated Pinecone Labs: the PINE token sale opens Friday 15:00 UTC on Acme "
        "Launch. Separate token, separate team."
    )
    decision = detector.score(make_item(text))
    assert not decision.is_signal, decision.reasons


def test_a_project_incubated_by_the_watched_one_owns_its_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Pinecone, incubated by Acme Labs, launches PINE on Friday 14:00 UTC. ACME restakers "
        "get priority allocation in the public round."
    )
    decision = detector.score(news(make_item, "", text))
    assert not decision.is_signal, decision.reasons


def test_the_token_a_listing_verb_lists_owns_the_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    title = "Acme-incubated game Pinecone lists PINE token on Bybit and Gate"
    text = (
        "Pinecone, a puzzle game that came out of Acme Labs' incubator, will list its own PINE "
        "token on Bybit and Gate at 12:00 UTC on March 20. Acme said ACME holders get no "
        "allocation."
    )
    decision = detector.score(news(make_item, title, text))
    assert not decision.is_signal, decision.reasons
    own = "Kraken lists ACME token on March 20 at 12:00 UTC as Acme's token debuts."
    decision = detector.score(news(make_item, "", own))
    assert decision.is_signal, decision.reasons
    assert (decision.company, decision.event_type) == ("Acme", "listing")


@pytest.mark.parametrize(
    "text",
    [
        "Acme öffnet die ACME-Claims am Freitag, 20. März, um 12:00 UTC für Nutzer des "
        "Testnetzes und frühe Entwickler. Nur auf acme.xyz.",
        "El claim de ACME para los usuarios del testnet de Acme se abre el viernes 20 de marzo "
        "a las 12:00 UTC en acme.xyz.",
        "Acme libera o resgate de ACME para usuários da testnet em 20 de março, às 12h UTC, em "
        "acme.xyz.",
        "Acme, ACME airdrop'unun talep ekranını testnet kullanıcıları için 20 Mart Cuma 12:00 "
        "UTC'de açıyor.",
    ],
)
def test_testnet_users_named_in_other_languages_are_recipients(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == ("airdrop", MARCH_20)


@pytest.mark.parametrize(
    "text",
    [
        "Acme annule la vente communautaire d'ACME prévue le 20 mars. Les jetons iront au fonds "
        "de l'écosystème.",
        "Acme cancela la venta pública de ACME del 20 de marzo; no habrá nueva fecha.",
        "Acme sagt den geplanten Community-Sale für ACME ab. Einen Ersatztermin gibt es nicht.",
        "Acme: Der Community-Sale für ACME wurde abgesagt, die Token gehen an den Fonds.",
        "Acme has called off its second ACME airdrop season; no replacement distribution is "
        "planned.",
    ],
)
def test_a_cancelled_event_in_other_languages_is_no_signal(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(official(make_item, text))
    assert not decision.is_signal, decision.reasons


def test_an_event_said_not_to_be_cancelled_is_not_cancelled() -> None:
    from swarm.detection.features import _cancelled

    text = "acmeのエアドロップ請求開始を延期いたします。エアドロップ自体は中止ではなく、"
    assert not _cancelled(text, text.index("エアドロップ自体"), text.index("自体"))
    cancelled = "acmeのエアドロップは中止となりました。"
    assert _cancelled(cancelled, cancelled.index("エアドロップ"), cancelled.index("は中止"))


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Acme pospone la venta pública de ACME prevista para este jueves. El equipo aclara "
            "que la venta se hará igualmente.",
            "token_sale",
        ),
        (
            "Der für Donnerstag geplante Start des ACME-Tokens von Acme ist verschoben. Das Team "
            "nennt eine Prüfung der Vesting-Verträge als Grund; der Token komme in jedem Fall.",
            "tge",
        ),
        ("Acme, ACME token lansmanını erteledi: yeni tarih yakında açıklanacak.", "tge"),
    ],
)
def test_a_postponed_event_with_no_new_day_is_a_signal_without_a_day(
    detector: Detector, make_item: MakeItem, text: str, event_type: str
) -> None:
    decision = detector.score(news(make_item, "", text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == (event_type, None)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Notice: removal of ACME/BTC and ACME/ETH spot pairs",
            "Kraken will remove the ACME/BTC and ACME/ETH spot pairs on March 20 at 08:00 UTC. "
            "ACME/USD is unaffected.",
        ),
        (
            "",
            "[거래 지원 종료] 에이크미(ACME) 거래 지원 종료 안내. "
            "종료 일시: 2026-03-20 15:00 (KST).",
        ),
        (
            "ACME arrives on Robinhood for U.S. customers",
            "Robinhood added Acme's ACME token, which launched in January 2025, to its U.S. "
            "crypto app on Friday.",
        ),
        (
            "",
            "Neu bei Bitget Futures: ACMEUSDT-Perpetual mit bis zu 25x Hebel, Handelsstart am 20. "
            "März um 10:00 UTC. Der Spot-Handel mit ACME läuft bei uns bereits seit Februar.",
        ),
    ],
)
def test_a_market_removed_or_added_long_after_the_debut_is_no_listing(
    detector: Detector, make_item: MakeItem, title: str, text: str
) -> None:
    decision = detector.score(make_item(text, title=title, source="rss", url=""))
    assert not decision.is_signal, decision.reasons


# PUBLISHED is a Saturday: the next Tuesday is March 17, the next Thursday March 19.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Die Claims öffnen am Dienstag um 12:00 UTC.", dt.date(2026, 3, 17)),
        ("el martes a las 9:00 UTC", dt.date(2026, 3, 17)),
        ("Salı günü saat 16:00'da (TSİ)", dt.date(2026, 3, 17)),
        ("ouvrira mardi à 14 h UTC", dt.date(2026, 3, 17)),
        ("thứ năm lúc 13:00 UTC", dt.date(2026, 3, 19)),
        ("木曜日 13:00 UTC", dt.date(2026, 3, 19)),
        ("周四 13:00 UTC", dt.date(2026, 3, 19)),
        ("목요일 13:00 UTC", dt.date(2026, 3, 19)),
        # a weekday next to the day it names is that day's
        ("na quinta-feira (19)", dt.date(2026, 3, 19)),
    ],
)
def test_weekdays_in_other_languages_are_the_next_such_day(text: str, day: dt.date) -> None:
    from swarm.detection.dates import find_dates
    from swarm.detection.folding import fold

    from .conftest import PUBLISHED

    assert [h.date for h in find_dates(fold(text), PUBLISHED)] == [day]


def test_a_weekday_a_foreign_verb_of_saying_governs_is_not_the_event_day(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "A Acme confirmou nesta sexta-feira que o token ACME será lançado em setembro.",
        "Acme a confirmé vendredi que son jeton ACME sera lancé en septembre.",
        "Acme 周五宣布，其 ACME 代币将于 9 月上线。",
    ):
        decision = detector.score(news(make_item, "", text))
        assert decision.is_signal, (text, decision.reasons)
        assert decision.event_date is None, (text, decision.reasons)


def test_a_turkish_weekday_in_a_sentence_told_in_the_past_is_behind(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme'nin ACME token'ı perşembe günü yüzde 14 değer kaybederek açılış fiyatının altına "
        "geriledi."
    )
    assert not detector.score(news(make_item, "", text)).is_signal


def test_a_chain_named_in_german_is_context_and_the_symbol_in_the_phrase_owns_it(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Das Spiel Pinecone auf der Acme-Chain startet seinen PINE-Token am Donnerstag. "
        "ACME-Staker bekommen einen Bonus im Airdrop."
    )
    decision = detector.score(news(make_item, "", text))
    assert not decision.is_signal, decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        # the project's history in past years, a testnet that ran before
        "Acme, the cross-chain money market that raised a $3.6 million seed round in March 2024 "
        "and moved its main deployment to Monad in November 2025, will launch its ACME token on "
        "Friday, March 20. The protocol's public testnet ran from October 2024 until the summer "
        "of 2025.",
        # a cue word in the head of a long apposition
        "Acme Labs, the liquidation-auction protocol that ran an incentivized testnet through "
        "most of 2025, will sell ACME to the public on Legion from March 20 to March 22.",
        # a cue word describing the other thing a disclaimer names
        "Acme will launch its ACME token on Friday, March 20, at 15:00 UTC. The network is "
        "unrelated to the prediction site Acmeville Markets.",
    ],
)
def test_background_clauses_do_not_turn_an_upcoming_event_into_a_recap(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(news(make_item, "", text))
    assert decision.is_signal, decision.reasons
    assert decision.event_date == MARCH_20


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("läuft vom 16. bis 20. November", dt.date(2026, 11, 16)),
        ("del 3 al 7 de octubre", dt.date(2026, 10, 3)),
        ("du 3 au 7 octobre", dt.date(2026, 10, 3)),
        ("с 3 по 7 октября", dt.date(2026, 10, 3)),
    ],
)
def test_a_range_of_days_in_other_languages_names_its_first(text: str, day: dt.date) -> None:
    from swarm.detection.dates import find_dates
    from swarm.detection.folding import fold

    published = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.UTC)
    assert [h.date for h in find_dates(fold(text), published)] == [day]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Bitso y Kraken abrirán la negociación de ACME, el token de Acme, el 20 de marzo.",
         "listing"),
        ("Acme's ACME token will be tradable on Bitget and MEXC from March 20 at 10:00 UTC, the "
         "day it is created.", "listing"),
        ("Acme: Der öffentliche ACME-Verkauf läuft vom 20. bis 22. März, Start 10 Uhr UTC. "
         "Limit 2.000 USDC pro Wallet.", "token_sale"),
    ],
)  # fmt: skip
def test_house_styles_of_listings_and_sales_in_other_languages(
    detector: Detector, make_item: MakeItem, text: str, event_type: str
) -> None:
    decision = detector.score(news(make_item, "", text))
    assert decision.is_signal, decision.reasons
    assert (decision.event_type, decision.event_date) == (event_type, MARCH_20)


# PUBLISHED is Saturday March 14: the Tuesday before is March 10, the next one March 17.
@pytest.mark.parametrize(
    ("past", "ahead"),
    [
        ("La venta abrió el martes.", "La venta abrirá el martes."),
        ("A venda começou na terça-feira.", "A venda vai começar na terça-feira."),
        ("La vente a ouvert mardi.", "La vente ouvrira mardi."),
        ("Der Verkauf hat am Dienstag begonnen.", "Der Verkauf startet am Dienstag."),
        ("Penjualan telah dibuka Selasa.", "Penjualan akan dibuka Selasa."),
        ("Продажа открылась во вторник.", "Продажа откроется во вторник."),
        ("火曜日に販売を開始した。", "火曜日に販売を開始する。"),
        ("周二已开启销售", "周二将开启销售"),
    ],
)
def test_a_foreign_weekday_told_in_the_past_tense_is_the_one_before(past: str, ahead: str) -> None:
    from swarm.detection.dates import find_dates
    from swarm.detection.folding import fold

    from .conftest import PUBLISHED

    assert [h.date for h in find_dates(fold(past), PUBLISHED)] == [dt.date(2026, 3, 10)]
    assert [h.date for h in find_dates(fold(ahead), PUBLISHED)] == [dt.date(2026, 3, 17)]


def test_the_name_a_rival_compound_heads_owns_the_event(
    detector: Detector, make_item: MakeItem
) -> None:
    title = "Acme rival Pinecone sets its token launch for March 20"
    text = (
        "Pinecone, a confidential-computing network competing with Acme, will launch its PINE "
        "token on March 20, the team said."
    )
    decision = detector.score(news(make_item, title, text))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "unwatched"


def test_spot_in_capitals_before_claims_is_a_symbol_not_the_spot_market() -> None:
    from swarm.detection.features import _drop_spot_symbols

    original = "Spotlite opens SPOT claims on Thursday. SPOT TRADING opens Friday."
    hits = {"event:listing": [(15, 19), (40, 44)]}
    _drop_spot_symbols(hits, original, original.lower())
    assert hits == {"event:listing": [(40, 44)]}


def test_the_token_after_its_event_or_in_brackets_before_it_owns_the_event(
    detector: Detector, make_item: MakeItem
) -> None:
    sale_of = news(
        make_item,
        "Acme-incubated Pinecone to hold public sale on 20 March",
        "Pinecone, a perpetuals project incubated by Acme, announced that the public sale of its "
        "PINE token will be held on 20 March on the Acme launchpad.",
    )
    bracket = official(
        make_item,
        "Round 2 of the Pinecone (PINE) public sale runs on Acme Launchpad from Friday 14:00 UTC. "
        "Pay in USDC; ACME stakers get a guaranteed allocation.",
    )
    for item in (sale_of, bracket):
        decision = detector.score(item)
        assert not decision.is_signal, decision.reasons


def test_a_verb_of_saying_in_the_past_does_not_put_the_event_behind(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme confirmó que el claim de $ACME abre el martes a las 15:00 UTC en acme.xyz/claim. "
        "Ojo con los enlaces falsos."
    )
    decision = detector.score(news(make_item, "", text))
    assert decision.is_signal, decision.reasons
    assert decision.event_date == dt.date(2026, 3, 17)


def test_a_japanese_weekday_in_a_sentence_told_in_the_past_is_behind() -> None:
    from swarm.detection.dates import find_dates
    from swarm.detection.folding import fold

    from .conftest import PUBLISHED

    text = "ACMEは木曜日に取引が始まったが、初値を下回っている。"
    assert [h.date for h in find_dates(fold(text), PUBLISHED)] == [dt.date(2026, 3, 12)]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "关于下架 ACME 交易对的公告",
            "平台将于 2026 年 3 月 20 日 14:00（UTC+8）下架 ACME/USDT 现货交易对。",
        ),
        ("【取扱廃止のお知らせ】", "ACMEの取扱いを2026年3月20日（金）15:00に終了いたします。"),
        ("", "에이크미(ACME)에 대한 거래지원이 2026년 3월 20일(금) 오후 3시에 종료될 예정입니다."),
        (
            "BtcTurk, ACME'yi listeden çıkarıyor",
            "ACME/TRY paritesinde işlemler 20 Mart'ta kapatılacak.",
        ),
        (
            "",
            "[마켓 추가] 에이크미(ACME) BTC 마켓 거래지원 — 3월 20일(금) 오후 5시. "
            "ACME는 원화 마켓에서 이미 거래 중입니다.",
        ),
        (
            "Bitget lanza futuros perpetuos de ACME",
            "Bitget abrirá el viernes un contrato perpetuo ACMEUSDT. El token ACME cotiza en el "
            "mercado spot desde su debut en enero.",
        ),
        (
            "",
            "New perpetual: ACMEUSDT USDT-M launches March 20, 10:00 UTC, up to 25x. ACME spot has "
            "been trading since its January debut; this adds futures only.",
        ),
    ],
)
def test_delistings_and_new_markets_of_a_trading_token_in_other_languages_are_no_listing(
    detector: Detector, make_item: MakeItem, title: str, text: str
) -> None:
    decision = detector.score(make_item(text, title=title, source="rss", url=""))
    assert not decision.is_signal, decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme has called off the ACME airdrop it had scheduled for today; the distribution "
        "'will not take place' after a review of the eligibility list.",
        "Acme has cancelled the ACME community sale planned for next week. The sale will not be "
        "rescheduled.",
        "Dicen en varios grupos que el TGE de Acme es el jueves. Nadie del equipo lo ha "
        "confirmado.",
    ],
)
def test_called_off_events_and_hearsay_are_no_signal(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(news(make_item, "", text))
    assert not decision.is_signal, decision.reasons


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # central European time named by a city, with its summer time
        ("ouvre mardi 18 août à 1 h, heure de Paris", dt.date(2026, 8, 17)),
        ("el jueves 10 de diciembre a la 00:30, hora de Madrid", dt.date(2026, 12, 9)),
        ("le mardi 18 août à 6 h, heure de Singapour", dt.date(2026, 8, 17)),
    ],
)
def test_zones_named_by_a_city_in_other_languages(text: str, day: dt.date) -> None:
    from swarm.detection.dates import find_dates
    from swarm.detection.folding import fold

    published = dt.datetime(2026, 8, 14, 9, 0, tzinfo=dt.UTC)
    assert [h.date for h in find_dates(fold(text), published)] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Acme verschiebt den ACME-Launch: Statt Mittwoch geht der Token nun am Freitag, 20. März, "
        "um 12:00 Uhr UTC live.",
        "Acme ha movido la venta comunitaria de su token ACME del martes 17 al viernes 20 de "
        "marzo, a las 14:00 UTC.",
        "Acme ha retrasado la venta pública de ACME, que estaba prevista para el lunes 16 de "
        "marzo, al viernes 20 de marzo a las 13:00 UTC.",
    ],
)
def test_the_day_an_event_moved_away_from_in_other_languages_is_not_its_day(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(news(make_item, "", text))
    assert decision.is_signal, decision.reasons
    assert decision.event_date == MARCH_20


# PUBLISHED is Saturday March 14: the sale opened on Thursday March 12 and closes next week.
@pytest.mark.parametrize(
    "text",
    [
        "The ACME community sale opened Thursday and closes Tuesday 18:00 UTC. 64% allocated so "
        "far. Only acme.xyz/sale.",
        "A venda pública do $ACME abriu na quinta e fecha na terça às 20h (UTC). Até agora 60% "
        "das cotas foram vendidas.",
        "Der öffentliche Verkauf des ACME-Tokens läuft seit Donnerstag und endet am Dienstag um "
        "18 Uhr UTC. Rund 60 Prozent sind vergeben; die Teilnahme ist über acme.xyz möglich.",
    ],
)
def test_a_sale_under_way_is_dated_by_its_start(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert decision.event_date == dt.date(2026, 3, 12)


def test_a_german_sale_told_in_the_perfect_with_sein_is_over(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Der öffentliche Verkauf des ACME-Tokens ist am Donnerstagabend zu Ende gegangen. Acme "
        "nahm 7,2 Millionen US-Dollar ein."
    )
    assert not detector.score(news(make_item, "", text)).is_signal


def test_a_sale_that_ran_from_a_weekday_is_behind(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "The ACME public sale, which ran on the Acme launchpad from Wednesday to Friday after a "
        "one-week delay, closed six times oversubscribed."
    )
    assert not detector.score(news(make_item, "Acme's delayed ACME sale closes", text)).is_signal


def test_the_projects_own_site_named_in_the_text_makes_the_mention_the_project(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme 宣布：ACME 第二季空投将于3月20日 20:00（北京时间）开放领取，"
        "领取入口 acme.xyz/claim。"
    )
    decision = detector.score(news(make_item, "", text))
    assert decision.is_signal, decision.reasons
    assert decision.event_type == "airdrop"


def test_a_step_by_step_guide_is_a_tutorial(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Staking ACME to a validator in 4 steps: 1) connect at acme.xyz/stake 2) pick a "
        "validator 3) delegate 4) claim rewards weekly."
    )
    assert not detector.score(make_item(text)).is_signal


def test_gone_live_minutes_ago_is_todays_event(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "gm. ACME went live 40 minutes ago. The contract is on acme.xyz/token, the only address "
        "we will ever post."
    )
    decision = detector.score(official(make_item, text))
    assert decision.is_signal, decision.reasons
    assert decision.event_date == dt.date(2026, 3, 14)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Pinecone, incubated by Acme Labs, sets PINE token launch for March 20",
            "Pinecone, a yield vault project incubated by Acme Labs, will launch its PINE token "
            "on March 20. Acme holders receive no allocation.",
        ),
        (
            "",
            "Pinecone (built on Acme) TGE: PINE goes live Friday 15:00 UTC. ACME stakers get a 2% "
            "PINE bonus. pinecone.xyz",
        ),
    ],
)
def test_a_project_named_first_as_context_stays_context(
    detector: Detector, make_item: MakeItem, title: str, text: str
) -> None:
    decision = detector.score(news(make_item, title, text))
    assert not decision.is_signal, decision.reasons


def test_a_launchpads_post_about_a_guests_possessed_symbol_is_the_guests(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Launchpad: Pinecone's PINE auction goes live on Acme Friday 14:00 UTC. 48h, $400K cap, "
        "ACME holders get a priority window. PINE is Pinecone's token; do your own research."
    )
    decision = detector.score(official(make_item, text))
    assert not decision.is_signal, decision.reasons


def test_the_token_a_launchpool_adds_owns_it(detector: Detector, make_item: MakeItem) -> None:
    title = "Bybit Launchpool adds PINE: stake ACME to farm Pinecone's new token from March 20"
    text = "Bybit will open a Launchpool for Pinecone (PINE) on March 20 at 10:00 UTC."
    decision = detector.score(news(make_item, title, text))
    assert not decision.is_signal, decision.reasons
