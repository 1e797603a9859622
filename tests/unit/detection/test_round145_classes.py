"""Rules written in the dev145 session.

- the people who ran a testnet, named in the press's other languages, are the recipients of
  the event, not a testnet's news: "Desenvolvedores do testnet poderão resgatar", "测试网社区将获得
  首批分配", "Claims für Testnet-Prover", "테스트넷 증명자 ... 클레임", "i claim per chi ha
  partecipato al testnet";
- nothing confirmed in French, Spanish, Portuguese, Italian and German ("Rien de confirmé par
  l'équipe", "nada confirmado", "nichts bestätigt") and the French conditional of hearsay
  ("Acme préparerait un airdrop") are doubt.
"""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem, news
from .test_round87_classes import _assert_acme_event
from .test_round120_classes import _assert_no_signal


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
