"""Rules written in the dev172 session.

- a sentence holding only a watched symbol, "drops" or "goes out" and a day is the token's launch
  ("ACME drops Wednesday 18 March. ... the community claim open with it"), not the claim named
  after it; "ACME drops 20% on Wednesday" is its price;
"""

from __future__ import annotations

from swarm.detection import Detector
from tests.unit.detection.conftest import MakeItem
from tests.unit.detection.test_round127_classes import _assert_events


def test_a_symbol_that_drops_or_goes_out_on_a_day_is_launched(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("ACME drops Wednesday 18 March. Node operators' allocation and the community claim open "
         "with it at 12:00 UTC.", "tge", "2026-03-18"),
        ("ACME goes out Wednesday. Early-trader claim at acme.xyz/claim from 09:00 UTC; spot "
         "trading on Bybit from 10:00 UTC.", "tge", "2026-03-18"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")
    price = detector.score(make_item("ACME drops 20% on Wednesday. Claims stay open at "
                                     "acme.xyz/claim.", author="@trader"))  # fmt: skip
    assert not price.is_signal, price.reasons
