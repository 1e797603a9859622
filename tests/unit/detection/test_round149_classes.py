"""Rules written at the end of the dev149 session: more of the press's words.

- Spanish "activará su token" (a launch); Korean "수령할 수 있다고", "수령을 시작" and Vietnamese
  "mở đợt nhận" (a drop); Hindi "सार्वजनिक नीलामी", Hebrew "המכירה הפומבית", Ukrainian "продаж
  токенів" (a sale); Polish "Handel na rynku ACME/USDT startuje" (a listing; not a market kept
  as it is: "Handel na rynku ACME/USDT pozostaje bez zmian").
"""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem, news
from .test_round87_classes import _assert_acme_event
from .test_round120_classes import _assert_no_signal


def test_more_of_the_press_s_words_at_the_end_of_the_dev149_session(
    detector: Detector, make_item: MakeItem
) -> None:
    # (published Saturday 14 March)
    cases = (
        ("La red Acme activará su token ACME el martes 17 de marzo a las 11:00, hora de Ciudad de "
         "México.", "tge", "2026-03-17"),
        ("아크미(Acme)가 ACME 토큰을 3월 17일(화) 오전 0시(한국시간)부터 수령할 수 있다고 밝혔다.",
         "airdrop", "2026-03-16"),
        ("[속보] Acme가 3월 17일(화) 오후 9시(KST)부터 앱 안에서 ACME 수령을 시작한다고 공지했다.",
         "airdrop", "2026-03-17"),
        ("Acme mở đợt nhận ACME cho người nắm giữ vào 20:00 ngày 17/3 (giờ Việt Nam).", "airdrop",
         "2026-03-17"),
        ("Acme अपने ACME टोकन की 5% आपूर्ति की सार्वजनिक नीलामी 17 मार्च को रात 9:30 बजे शुरू करेगा।",
         "token_sale", "2026-03-17"),
        ("רשמי: Acme פותחת את המכירה הפומבית של ACME ב-17 במרץ ב-16:00 UTC.", "token_sale",
         "2026-03-17"),
        ("Мережа Acme проведе продаж токенів ACME у вівторок, 17 березня, о 16:00 за київським "
         "часом.", "token_sale", "2026-03-17"),
        ("Nowość na Zonda: Acme (ACME). Handel na rynku ACME/USDT startuje w środę, 18 marca, o "
         "11:00.", "listing", "2026-03-18"),
    )  # fmt: skip
    for text, event_type, day in cases:
        _assert_acme_event(detector.score(news(make_item, "", text)), event_type, day)
    kept = ("Z dniem 18 marca zakończymy obsługę rynku ACME/PLN. Handel na rynku ACME/USDT "
            "pozostaje bez zmian.",)  # fmt: skip
    _assert_no_signal(detector, [news(make_item, "", t) for t in kept])
