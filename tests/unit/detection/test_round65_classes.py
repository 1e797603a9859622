"""Rules written in the dev65 session.

- a step before the event said to be over ("Audits are closed.") is the step's end, not the
  event's: the past cue is passed over when the event's day is ahead;
- a sale "halfway through: it opened Wednesday" is under way: "halfway through" is no closing
  word; German closes a window after its day ("heute um 20 Uhr ist Schluss");
"""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector

from .conftest import MakeItem
from .test_round54_classes import assert_announced, assert_rejected_as


def test_a_finished_audit_before_a_dated_launch_is_a_step_not_a_recap(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("", "Audits are closed. ACME goes live on Wednesday, March 18 at 09:00 UTC.", "tge",
         dt.date(2026, 3, 18)),
        ("", "Both audits have wrapped up. The ACME airdrop claim opens Tuesday, March 17.",
         "airdrop", dt.date(2026, 3, 17)),
    )  # fmt: skip
    assert_announced(detector, make_item, cases, author="@acme_xyz")
    # the event's own end still reads as over
    assert_rejected_as(
        detector,
        make_item,
        (("", "Audits are closed and the ACME airdrop claim has closed too. Thanks all.",
          "past_recap"),),
        author="@acme_xyz",
    )  # fmt: skip


def test_a_sale_halfway_through_is_under_way_from_its_opening_day(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("", "ACME community sale is halfway through: it opened Wednesday and closes Monday "
         "20:00 UTC. There is still room in the public tier. acme.xyz/sale", "token_sale",
         dt.date(2026, 3, 11)),
        ("", "Der ACME-Community-Sale läuft seit Donnerstag – heute um 20 Uhr MEZ ist Schluss. "
         "Wer registriert ist, kann noch zeichnen: acme.xyz/sale", "token_sale",
         dt.date(2026, 3, 12)),
    )  # fmt: skip
    assert_announced(detector, make_item, cases, author="@acme_xyz")
