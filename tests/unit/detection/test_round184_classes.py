"""Rules written in the dev184 session.

- an hour with the part of the day after it, as Vietnamese, Malay and Indonesian, Spanish,
  Portuguese and Italian write it ("2 giờ sáng", "jam 7 pagi", "12 de la noche"), in the zone
  that follows it ("(giờ Việt Nam)", "waktu Malaysia", "(hora de Madrid)", "(UTC+7)"); a clock
  with a dot before its minutes in Slovenia's time ("ob 0.00 po slovenskem času");
"""

from __future__ import annotations

from swarm.detection import Detector
from tests.unit.detection.conftest import MakeItem
from tests.unit.detection.test_round127_classes import _assert_events

# (published Saturday 14 March 2026)


def test_hours_with_the_part_of_the_day_after_them(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Acme: ACME sẽ được niêm yết trên MEXC lúc 2 giờ sáng thứ Bảy, 21/3 (giờ Việt Nam).",
         "listing", "2026-03-20"),
        ("Acme: ACME sẽ được niêm yết trên MEXC lúc 6h sáng thứ Bảy (21/3) theo giờ Việt Nam.",
         "listing", "2026-03-20"),
        ("Acme: ACME sẽ được niêm yết trên MEXC lúc 2 giờ sáng thứ Bảy, 21/3 (UTC+7).",
         "listing", "2026-03-20"),
        ("Tokocrypto akan menyenaraikan token ACME milik Acme pada Sabtu 21 Mac, jam 7 pagi "
         "waktu Malaysia.", "listing", "2026-03-20"),
        ("Binance listará ACME de Acme el sábado 21 de marzo a las 12 de la noche (hora de "
         "Madrid).", "listing", "2026-03-21"),
        ("Acme: žeton ACME bo zaživel v petek, 20. marca, ob 0.00 po slovenskem času.",
         "tge", "2026-03-19"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")
