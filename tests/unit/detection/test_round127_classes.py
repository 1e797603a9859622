"""Rules written in the dev127 session.

- a launch put off, told by what will not happen when, in an item that says it still will
  ("Change of plan: ACME won't go live in March ... This is a delay, not a cancellation") is a
  signal with no day; the same words with the launch called off are not;
- a pair opening at a named exchange in other languages ("ACME/USDT abre en OKX el martes",
  "ACME/EUR ouvre sur Kraken mardi"), and an exchange opening a pair's market ("Zonda uruchamia
  ... rynek ACME/USDT", "Kraken opens the ACME/EUR market") are listings;
- an open vote is no event under way ("If the vote passes on March 25, claims would open March
  30. Voting is live now"); doubt about a date is doubt about the event when the date's words are
  the only event named ("Team hasn't confirmed supply or a claim date");
"""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem
from .test_round87_classes import _assert_acme_event
from .test_round120_classes import _assert_no_signal


def test_a_launch_put_off_but_still_coming(detector: Detector, make_item: MakeItem) -> None:
    texts = (
        "Change of plan: ACME won't go live in March. One audit is still open and we're not "
        "launching around it. This is a delay, not a cancellation; a new day follows.",
        "ACME will not arrive in April after all: we're adding a second audit first. It is still "
        "happening; the new day comes with two weeks' notice.",
    )
    for text in texts:
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", None)
    called_off = (
        "Change of plan: ACME won't go live in March. We are winding the project down and "
        "returning the treasury to holders.",
    )
    _assert_no_signal(detector, [make_item(t, author="@acme_xyz") for t in called_off])


def test_a_pair_opening_in_other_words(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("ACME/USDT abre en OKX el martes 17 de marzo a las 13:00 UTC, una hora después de que "
         "nazca el token de Acme.", "2026-03-17"),
        ("ACME/EUR ouvre sur Kraken mardi 17 mars à 14h.", "2026-03-17"),
        ("Kraken opens the ACME/EUR market on Tuesday, 17 March at 14:00 UTC.", "2026-03-17"),
        ("Giełda Zonda uruchamia we wtorek 17 marca o 14:30 rynek ACME/USDT dla tokena Acme.",
         "2026-03-17"),
    )  # fmt: skip
    for text, day in cases:
        _assert_acme_event(detector.score(make_item(text, author="Exchange desk")), "listing", day)


def test_an_open_vote_and_an_unconfirmed_claim_date(
    detector: Detector, make_item: MakeItem
) -> None:
    texts = (
        ("Governance: AIP-14 proposes an ACME staker airdrop. If the vote passes on March 25, "
         "claims would open March 30. Voting is live until Sunday.", "@acme_xyz"),
        ("Governance: if AIP-7 passes on March 29, the ACME holder airdrop would open April 1. "
         "Voting is live now.", "@acme_xyz"),
        ("Acme points maths: 2.1B pts outstanding; if 10% of ACME goes to points that's ~0.05 ACME "
         "per pt. Team hasn't confirmed supply or a claim date.", "@pointsguy"),
    )  # fmt: skip
    _assert_no_signal(detector, [make_item(text, author=author) for text, author in texts])
    # (a date left open beside an event told elsewhere is a detail: the event stands)
    told = make_item(
        "ACME claims open on Tuesday, 17 March for stakers. The team hasn't confirmed the hour.",
        author="@acme_xyz",
    )
    _assert_acme_event(detector.score(told), "airdrop", "2026-03-17")
