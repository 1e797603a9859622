"""Rules written in the dev114 session.

- a closing word in another language on the line before a day does not make that day a closing
  day ("... abierta hasta agotar stock" then "20 de marzo, 14:00 UTC: TGE de ACME" on the next
  line): the look-back patterns end at the searched text's end (``\\Z``), not before its last
  line break (``$``);
"""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem
from .test_round87_classes import _assert_acme_event


def test_a_closing_word_on_the_line_before_a_day(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "ACME: venta pública abierta hasta agotar stock\n"
        "20 de marzo, 14:00 UTC: TGE de ACME y claims"
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    _assert_acme_event(decision, "token_sale", "2026-03-20")
