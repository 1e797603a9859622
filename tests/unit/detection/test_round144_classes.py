"""Rules written in the dev144 session.

- a future verb of the press's other languages in the lead event's sentence is its "will": a
  plan stated without a day ("token ACME sẽ ra mắt sau khi ...", "TL paritesiyle sunacak",
  "लॉन्च करेगा", "proposera une vente", "проведёт открытый раунд") is announced, as "ACME will
  launch after the audit" is (not after the item cancelled an event: what is left is its
  aftermath);
- plans denied, hearsay and mere consideration in those languages stay negatives: Korean "새 토큰
  발행 계획은 없다" and "언급하지 않았다", Russian "не планируется" (no plans), Thai "ลือกันว่า",
  Hindi "सुना है" (rumour has it), Japanese "検討すると発表した" (will consider it), a Turkish
  testnet ("test ağında"), a Korean tax guide ("세금 정리"), German price talk ("verlor rund 30
  Prozent");
- a token made movable, in plain words and the press's languages: "ACME is yours to move as of",
  Portuguese "passa a circular", Japanese "送金・取引ができるようになります", Italian "prelevato e
  trasferito liberamente", Russian "станут доступны для перевода", Arabic "تحويل رمزها", Thai
  "เปิดให้โอน" (a launch); Russian "забрать токены можно будет", Polish "runda dystrybucji
  tokenów" (a drop); Thai "วันนี้" is today;
- the symbol after the press's word for token names the event's owner ("Orbit откроет переводы
  токена ORB"), not a watched venue named later ("на публичной продаже в Acme Labs");
- a watched project named as the rival in Turkish ("Acme'nin rakibi Trumpetta") or as the chain
  a game runs on in Russian ("работающая на Acme") is context; an event the item goes without
  ("but without an ACME airdrop", "aber ohne ACME-Verteilung") is none.
"""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem, news
from .test_round87_classes import _assert_acme_event
from .test_round120_classes import _assert_no_signal
from .test_round127_classes import _assert_events


def test_a_future_verb_of_another_language_announces_a_plan_without_a_day(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Acme cho biết token ACME sẽ ra mắt sau khi hoàn tất đợt kiểm toán bảo mật cuối cùng.",
         "tge"),
        ("Borsa, Acme'nin ACME tokenini işlem görmeye başladığı ilk gün TL paritesiyle sunacak.",
         "listing"),
        ("Acme ने बताया: ACME टोकन ऑडिट पूरा होने के बाद लॉन्च करेगा।", "tge"),
        ("Acme proposera une vente de jetons ACME directement dans son application, à prix fixe.",
         "token_sale"),
        ("Acme проведёт открытый раунд продажи токена ACME перед его запуском.", "token_sale"),
    )  # fmt: skip
    for text, event_type in cases:
        decision = detector.score(news(make_item, "", text))
        _assert_acme_event(decision, event_type, None)
        assert decision.date_precision == "none", (text, decision.reasons)


def test_denied_plans_hearsay_and_consideration_in_other_languages_stay_negatives(
    detector: Detector, make_item: MakeItem
) -> None:
    official = (
        "Acme Labs는 시리즈A 투자를 유치했다고 밝혔다. 새 토큰 발행 계획은 없다고 덧붙였다.",
        "Acme запустила второй тестнет: очки за задания, новой раздачи токенов ACME не "
        "планируется.",
        "ลือกันว่า ACME จะเปิดเทรดบนกระดานใหญ่สัปดาห์หน้า แต่ยังไม่มีประกาศทางการจากทีม Acme",
        "सुना है Acme का टोकन सेल अगले महीने होगा, शायद। अभी तक किसी ने ऑफिशियल कुछ नहीं कहा।",
        "取引所は、AcmeのACMEトークンの取り扱いを検討すると発表した。開始時期は未定。",
        "Acme test ağında yeni dönem başladı: node çalıştıran herkes puan kazanıyor. Puanların "
        "ACME token dağıtımında sayılıp sayılmayacağı henüz açıklanmadı.",
        "에어드랍 세금 정리: ACME 받았다면 알아야 할 것 3가지",
    )
    _assert_no_signal(detector, [make_item(t, author="@acme_xyz") for t in official])
    # guards: the news of a cancelled sale and of a debut's price stay negatives with the
    # future verbs they hold
    reported = (
        "Acme cancela la venta comunitaria de su token ACME prevista para el 6 de mayo. El "
        "equipo no dio más detalles sobre cómo se distribuirá el token.",
        "Der Token ACME von Acme ist seit Dienstag handelbar, zwei Monate später als geplant. Am "
        "ersten Handelstag verlor er rund 30 Prozent gegenüber dem Eröffnungskurs.",
    )
    _assert_no_signal(detector, [news(make_item, "", t) for t in reported])


def test_a_token_made_movable_in_plain_words_and_the_press_s_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    official = (
        ("O ACME passa a circular na terça, 17 de março, às 15h de Brasília. A partir desse "
         "horário dá para enviar e fazer staking.", "tge", "2026-03-17"),
        ("本日19:00（日本時間）から、ACMEの送金・取引ができるようになります。",
         "tge", "2026-03-14"),
        ("ACME is yours to move as of 12:00 UTC today. Sale buyers: check your wallet, it's "
         "already there.", "tge", "2026-03-14"),
        ("Третий сезон ACME: забрать токены можно будет со вторника, 17 марта, 12:00 UTC, на "
         "acme.xyz.", "airdrop", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, official, "@acme_xyz")
    reported = (
        ("Acme ha comunicato che il suo token ACME potrà essere prelevato e trasferito "
         "liberamente da martedì 17 marzo alle 14:00.", "tge", "2026-03-17"),
        ("Проект Acme сообщил, что токены ACME станут доступны для перевода во вторник, 17 "
         "марта, в 15:00 по московскому времени.", "tge", "2026-03-17"),
        ("أتاحت شبكة Acme اليوم تحويل رمزها ACME بين المحافظ، بدءاً من الساعة 15:00 بتوقيت غرينتش.",
         "tge", "2026-03-14"),
        ("Acme เปิดให้โอนโทเคน ACME ได้แล้วตั้งแต่เวลา 21:00 น. วันนี้", "tge", "2026-03-14"),
        ("Acme poinformował, że druga runda dystrybucji tokenów ACME rusza we wtorek 17 marca o "
         "17:00.", "airdrop", "2026-03-17"),
    )  # fmt: skip
    for text, event_type, day in reported:
        _assert_acme_event(detector.score(news(make_item, "", text)), event_type, day)


def test_the_symbol_after_the_press_s_word_for_token_names_the_owner(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(news(
        make_item, "Orbit откроет переводы токена ORB 17 марта",
        "Токены ORB, купленные на публичной продаже в Acme Labs, станут доступны для перевода "
        "во вторник, 17 марта, в 15:00 по московскому времени.",
    ))  # fmt: skip
    assert decision.is_signal and decision.company == "Orbit", decision.reasons


def test_rivals_hosts_and_events_gone_without_are_context(
    detector: Detector, make_item: MakeItem
) -> None:
    texts = (
        "Acme'nin rakibi Trumpetta, TRMP tokenının 17 Mart'ta piyasaya çıkacağını duyurdu. Ekip, "
        "ACME sahiplerine özel bir pay ayırmadığını da belirtti.",
        "Telegram-игра Kryak, работающая на Acme, выпустит свой токен 17 марта.",
        "Beweiswerk launches its BWK token on March 17 with Acme tech but without an ACME "
        "airdrop. ACME holders get no allocation.",
        "Das Rollup-Projekt Beweiswerk gibt seinen BWK-Token am 17. März aus, mit Acme-Technik, "
        "aber ohne ACME-Verteilung.",
    )
    _assert_no_signal(detector, [news(make_item, "", t) for t in texts])
