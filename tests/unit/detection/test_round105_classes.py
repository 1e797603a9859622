"""Rules written in the dev105 session.

- a token's pairs whose books open are its listing, with or without the word "order" ("ACME/USDT
  and ACME/BTC books open 14:30 UTC");
- Spanish "quedará habilitado para transferencias" (will be enabled for transfers) is a token
  becoming transferable: a launch.
"""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem
from .test_round87_classes import _assert_acme_event


def test_a_pairs_books_open(detector: Detector, make_item: MakeItem) -> None:
    text = "ACME on Orbit: deposits open now; ACME/USDT and ACME/BTC books open Mar 17, 14:30 UTC."
    _assert_acme_event(detector.score(make_item(text, author="@orbit_ex")), "listing", "2026-03-17")


def test_enabled_for_transfers_in_spanish(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "El protocolo Acme informó que su token ACME quedará habilitado para transferencias el "
        "martes 17 de marzo a las 14:00 UTC."
    )
    item = make_item(text, source="rss", url="", author="Newsdesk")
    _assert_acme_event(detector.score(item), "tge", "2026-03-17")
