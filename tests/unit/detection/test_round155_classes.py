"""Rules written in the dev155 session.

- a denial list beside a launch dated coarsely denies other things, not the launch: "ACME
  arrives in August ... there is no contract, no pre-sale and no early access" (each later entry
  of the list is denied like the first);
- the token's moment told in the fewest words ends at a clause that says where it arrives:
  "ACME arrives in Q3, on TON and on Orbit at the same time";
"""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem
from .test_round87_classes import _assert_acme_event
from .test_round120_classes import _assert_no_signal


def test_a_list_of_denials_beside_a_coarse_launch_denies_other_things(
    detector: Detector, make_item: MakeItem
) -> None:
    text = ("ACME arrives in August. We'll name the day at least a week ahead, here and "
            "on acme.xyz. Until then there is no contract, no pre-sale and no early "
            "access.")  # fmt: skip
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", None)
    # (a guard: the denial that is the item's point still denies)
    point = "ACME news in August. There is no token, no pre-sale, just the testnet."
    _assert_no_signal(detector, [make_item(point, author="@acme_xyz")])


def test_the_tokens_moment_ends_where_a_clause_says_where_it_arrives(
    detector: Detector, make_item: MakeItem
) -> None:
    text = ("ACME arrives in Q3, on TON and on Orbit at the same time. No presale, no private "
            "links, no round 2. The date comes from this account first.")  # fmt: skip
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", None)
