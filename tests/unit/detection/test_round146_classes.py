"""Rules written in the dev146 session.

- weekdays in Polish and Ukrainian ("we wtorek", "w czwartek", "у четвер"), with their tenses,
  and their words for a window's end ("zakończyła się w środę", "триватиме до") as the other
  languages' are read;
- more of the press's words: Arabic "تطلق عملتها" (launches its coin), Italian "si potrà
  riscattare" (a drop), Polish "doda ... parę GLM/PLN" (a pair added: its symbol's listing);
- doubt, price talk and denials: Hindi "अफ़वाह" (a rumour), "टल सकता" (may be put off); Korean
  "급락" (plunged), "개장가 대비" (against the open); Turkish "dağıtımıyla ilgisi yok" (nothing to
  do with a distribution);
- the venue or chain named in Indonesian and Polish ("lewat Acme", "Acme hanya menyediakan
  halaman penjualan", "działającej na blockchainie Acme") is context;
- and of the dev147 round: Arabic "المطالبة بمكافآت" (claiming the rewards) is a drop; Hindi "40%
  नीचे है" (40% below) is price talk; a venue that "just hosts the pool" and a network that "no
  guarda relación con Acme" are context.
"""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem, news
from .test_round87_classes import _assert_acme_event
from .test_round120_classes import _assert_no_signal


def test_weekdays_in_polish_and_ukrainian(detector: Detector, make_item: MakeItem) -> None:
    # (published Saturday 14 March)
    cases = (
        ("Sieć Acme uruchomi swój token ACME we wtorek o 17:00 czasu polskiego.", "tge",
         "2026-03-17"),
        ("Protokół Acme otwiera w czwartek odbiór tokenów ACME dla operatorów węzłów.", "airdrop",
         "2026-03-19"),
        ("Протокол Acme запускає токен ACME у четвер о 12:00 за київським часом.", "tge",
         "2026-03-19"),
    )  # fmt: skip
    for text, event_type, day in cases:
        _assert_acme_event(detector.score(news(make_item, "", text)), event_type, day)
    over = ("Publiczna runda tokena ACME projektu Acme zakończyła się w środę po 11 minutach od "
            "otwarcia. Sprzedano 100 mln tokenów.",)  # fmt: skip
    _assert_no_signal(detector, [news(make_item, "", t) for t in over])


def test_more_words_doubt_and_hosts_of_the_dev146_round(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Acme تطلق عملتها ACME يوم الثلاثاء 17 مارس الساعة 23:00 بالتوقيت العالمي.", "tge",
         "2026-03-17"),
        ("Acme: la stagione 2 dei premi ACME si potrà riscattare da martedì 17 marzo, ore 16:00 "
         "UTC.", "airdrop", "2026-03-17"),
    )  # fmt: skip
    for text, event_type, day in cases:
        _assert_acme_event(detector.score(news(make_item, "", text)), event_type, day)
    negatives = (
        "Acme का TGE फिर से टल सकता है, ऐसा कुछ टेलीग्राम ग्रुप्स में कहा जा रहा है। इसे सिर्फ़ अफ़वाह "
        "मानिए।",
        "아크미(ACME) 거래 첫날 45% 급락. 개장가 대비 크게 떨어졌고 에어드랍 물량이 거래소로 "
        "이동했다.",
        "Acme Labs, üniversitelerle bir eğitim programı başlattığını duyurdu. Programın herhangi "
        "bir token dağıtımıyla ilgisi yok.",
        "Dermaga, proyek DeFi di jaringan Orbit, membuka penjualan token DRMG lewat Acme pada 17 "
        "Maret. Acme hanya menyediakan halaman penjualan.",
        "Giełda Zonda doda w środę parę GLM/PLN. GLM to token Gleam, giełdy działającej na "
        "blockchainie Acme; sam token ACME jeszcze nie istnieje.",
    )
    _assert_no_signal(detector, [news(make_item, "", t) for t in negatives])


def test_words_and_hosts_of_the_dev147_round(detector: Detector, make_item: MakeItem) -> None:
    claim = ("أعلنت شبكة Acme أن المطالبة بمكافآت الموسم الثالث بعملة ACME ستبدأ يوم الثلاثاء 17 "
             "مارس الساعة 14:00 بالتوقيت العالمي.")  # fmt: skip
    _assert_acme_event(detector.score(news(make_item, "", claim)), "airdrop", "2026-03-17")
    official = (
        "$ACME लिस्टिंग के बाद 40% नीचे है। वॉल्यूम घट रहा है, 0.031 पर सपोर्ट दिख रहा है।",
        "New pool: GRVL/ETH opens Tue Mar 17, 12:00 UTC, the minute Gravelin's token goes live. "
        "Gravelin issues GRVL; Acme just hosts the pool.",
    )
    _assert_no_signal(detector, [make_item(t, author="@acme_xyz") for t in official])
    other = news(
        make_item, "",
        "Mind Network abrirá el martes 17 de marzo la reclamación de su segunda temporada de "
        "recompensas. La red no guarda relación con Acme, que prepara su propio lanzamiento.",
    )  # fmt: skip
    assert detector.score(other).category == "unwatched"
