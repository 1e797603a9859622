"""Rules written in the dev145 session.

- the people who ran a testnet, named in the press's other languages, are the recipients of
  the event, not a testnet's news: "Desenvolvedores do testnet poderão resgatar", "测试网社区将获得
  首批分配", "Claims für Testnet-Prover", "테스트넷 증명자 ... 클레임", "i claim per chi ha
  partecipato al testnet";
- nothing confirmed in French, Spanish, Portuguese, Italian and German ("Rien de confirmé par
  l'équipe", "nada confirmado", "nichts bestätigt") and the French conditional of hearsay
  ("Acme préparerait un airdrop") are doubt;
- the negatives of dev144 and dev145 most like announcements: a Tagalog doubling scam ("Mag-send
  lang ng 50 USDT ..., makakakuha kayo ng 2x"), Tagalog hearsay ("claim daw sa Martes, sabi ng
  isang mod", "Walang anunsyo"), a day that does not exist ("confirmed for September 31st"), a
  date confirmed by nobody, a trader's read ("funding flipped", "spot bid", "Not chasing"), a
  price against the sale's ("2.1x the public sale price", "por debajo del precio", "listeleme
  açılışının %35 altında"), a Dutch tax guide ("de belasting", "box 3");
- a clock reached less than three hours before publication ("Pools are open from 08:00 UTC"
  posted at 09:30) is today's, not tomorrow's;
- a moved event's timetable rows: the "Was:" row and a "From:" row with a "To:" row after it
  are the days it moved away from (not a window's "From:" with "Until:"); "collect it from
  Thursday" after a checker going live dates the checker post by its claim (docs/labels.md).
"""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem, news
from .test_round87_classes import _assert_acme_event
from .test_round120_classes import _assert_no_signal
from .test_round127_classes import _assert_events


def test_testnet_people_named_in_other_languages_are_the_recipients(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Token ACME, da Acme, estreia na terça-feira (17)",
         "A Acme, rede de privacidade para rollups, lança o token ACME na terça-feira (17), às "
         "11h de Brasília. Desenvolvedores do testnet poderão resgatar tokens no mesmo horário.",
         "2026-03-17"),
        ("", "Acme 官方:ACME 代币将于 4 月上线,Rollup 运营方和测试网社区将获得首批分配,"
         "具体日期另行公布。", None),
        ("Acme nennt Termin: ACME startet am 17. März",
         "Das Projekt Acme will seinen Token ACME am Dienstag, 17. März, um 13:00 UTC starten. "
         "Das teilte das Team am Donnerstagabend mit. Claims für Testnet-Prover sollen "
         "zeitgleich öffnen.", "2026-03-17"),
        ("", "[속보] 아크미(Acme), ACME 토큰 3월 17일 22:00(KST) 출시 예정… 테스트넷 증명자 클레임 "
         "동시 오픈.", "2026-03-17"),
        ("Acme, il token ACME debutta martedì 17 marzo",
         "Acme lancerà il token ACME martedì 17 marzo alle 13:00 UTC. Nello stesso momento si "
         "apriranno i claim per chi ha partecipato al testnet.", "2026-03-17"),
    )  # fmt: skip
    for title, text, day in cases:
        _assert_acme_event(detector.score(news(make_item, title, text)), "tge", day)


def test_nothing_confirmed_and_the_conditional_of_hearsay_are_doubt(
    detector: Detector, make_item: MakeItem
) -> None:
    texts = (
        "Selon plusieurs comptes, Acme préparerait un airdrop bonus réservé aux validateurs du "
        "testnet. Rien de confirmé par l'équipe, aucune date, juste des captures d'écran floues.",
    )
    _assert_no_signal(detector, [make_item(t, author="@cryptoluc") for t in texts])


def test_negatives_most_like_announcements_of_dev144_and_dev145(
    detector: Detector, make_item: MakeItem
) -> None:
    texts = (
        "Mga ka-ACME! May natitira pang 300 slots bago ang public sale sa Martes. Mag-send lang "
        "ng 50 USDT sa wallet na nasa bio, makakakuha kayo ng 2x ACME pagka-launch. Limited lang!",
        "ACME season 2 claim daw sa Martes, sabi ng isang mod sa Discord pero binura agad. Walang "
        "anunsyo sa @acme_xyz.",
        "$ACME funding flipped positive on every major venue ahead of the season 2 claim next "
        "week. Stakers aren't unstaking; spot bid is thin though. Not chasing.",
        "ACME launch confirmed for September 31st. Mark your calendars, set your alarms, tell "
        "your grandma.",
        "$ACME at 2.1x the public sale price a day after launch. Sale buyers only have 25% "
        "unlocked, so sell pressure is capped for now.",
        "ACME TGE on Friday, confirmed by my ouija board (confirmed by nobody else)",
    )
    _assert_no_signal(detector, [make_item(t, author="@someone") for t in texts])
    priced = (
        "El token ACME de Acme cotiza un 12% por debajo del precio que pagaron los participantes "
        "de su venta pública, una semana después de empezar a negociarse.",
        "$ACME listeleme açılışının %35 altında, 4 gün oldu. Dip aramayın.",
    )
    for text in priced:
        decision = detector.score(make_item(text, author="@someone"))
        assert decision.category == "price_talk", (text, decision.reasons)
    guide = news(
        make_item, "Airdrops en de belasting: zo geef je ACME aan",
        "Wie tokens ontvangt uit een airdrop, zoals straks ACME, moet ze op de peildatum van 1 "
        "januari als bezitting in box 3 opgeven. We leggen uit hoe je de waarde bepaalt.",
    )  # fmt: skip
    assert detector.score(guide).category == "tutorial"


def test_a_clock_just_passed_is_today_s(detector: Detector, make_item: MakeItem) -> None:
    # (published 09:30 UTC on Saturday 14 March)
    cases = (
        ("ACME transfers are on. Sale buyers: your tokens are in your wallets. Pools are open "
         "from 08:00 UTC.", "tge", "2026-03-14"),
        ("ACME claims open at 20:00 UTC at acme.xyz/claim.", "airdrop", "2026-03-14"),
        ("ACME claims open at 02:00 UTC at acme.xyz/claim.", "airdrop", "2026-03-15"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")


def test_a_moved_event_s_rows_and_a_checker_s_claim_day(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("ACME TGE moves one week.\n\nWas: Wed March 18\nNow: Wed March 25, 15:00 UTC\n\nOne "
         "audit item is still open.", "tge", "2026-03-25"),
        ("ACME genesis moves.\n\nFrom: Tue March 17\nTo: Tue March 31, 14:00 UTC", "tge",
         "2026-03-31"),
        ("ACME public sale on acme.xyz/sale\nFrom: Tue March 17, 14:00 UTC\nUntil: Thu March 19",
         "token_sale", "2026-03-17"),
        ("Checker is live: acme.xyz/check. Anyone who verified before March 1 can see their ACME "
         "now and collect it from Thursday, March 19, 12:00 UTC.", "airdrop", "2026-03-19"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")
