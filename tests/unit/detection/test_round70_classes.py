"""Rules written in the dev70 session.

- a long news item that tells a project's history before its plan: when the sentence of the
  item's first event looks back ("Its ACME token debuted last July with an exchange listing")
  and a later sentence names the project, an event and a day or period still ahead ("Acme's
  second ACME airdrop opens on March 25"), the later event is the item's; past cues, past
  events and price talk before the plan's sentence are its history, also when the plan is the
  first event named; not when the plan is a listing of a token said to have debuted already
  (a later listing, not the first), nor when the first event's sentence names a day ahead of
  its own ("opened Monday and runs until Friday");
"""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector

from .conftest import MakeItem
from .test_round54_classes import assert_announced, assert_rejected_as


def test_a_plan_told_after_the_project_history_is_the_item_event(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Acme's long road from rollup vendor to bridge",
         "Acme raised a seed round in 2024 and a Series A in 2025. Its ACME token debuted last "
         "July with an exchange listing, then fell by more than half over the autumn. In "
         "January it shipped its bridge. Acme's second ACME airdrop, for bridge users, opens on "
         "March 25, the company said on Thursday.", "airdrop", dt.date(2026, 3, 25)),
        ("Acme, from vaults to a stablecoin",
         "Acme started selling tokenized bills to funds in 2023 and won a licence in 2024. Its "
         "stablecoin has grown to $410 million. The company ran a points campaign for holders "
         "last year. Acme's ACME token will launch in September, its chief executive said.",
         "tge", None),
    )  # fmt: skip
    assert_announced(detector, make_item, cases, author="CoinDesk")


def test_history_before_a_plan_does_not_revive_a_later_listing_or_move_a_running_sale(
    detector: Detector, make_item: MakeItem
) -> None:
    # the token debuted long ago: a later exchange's listing is no first listing
    later = (
        ("Bitstamp adds ACME two years after its debut",
         "Bitstamp said on Thursday it will support ACME, the token of the Acme network, which "
         "debuted in January 2024 and already trades on most major exchanges. Trading in "
         "ACME-USD starts Monday, March 16.", "past_recap"),
    )  # fmt: skip
    assert_rejected_as(detector, make_item, later, author="CoinDesk")
    # the sale's own sentence names a day ahead: it is under way, and stays the item's event
    running = (
        ("", "Acme community sale, round 2 of 2: opened March 12 and runs until Friday, March "
         "20, 12:00 UTC. 38% of the allocation is filled so far. ACME unlocks at TGE in June.",
         "token_sale", dt.date(2026, 3, 12)),
    )  # fmt: skip
    assert_announced(detector, make_item, running, author="@acme_xyz")
