"""Rules written in the dev114 session.

- a closing word in another language on the line before a day does not make that day a closing
  day ("... abierta hasta agotar stock" then "20 de marzo, 14:00 UTC: TGE de ACME" on the next
  line): the look-back patterns end at the searched text's end (``\\Z``), not before its last
  line break (``$``);
- between candidates that tie, the one whose own token the item names is the item's: a lending
  protocol's sale of its token on a watched launchpad, told in Russian or Japanese where no
  owner of the event phrase is read ("... продажу токена ORB на лаунчпаде Acme"), is the
  protocol's, whatever the watch list's order;
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


def test_a_tie_goes_to_the_project_whose_token_is_named(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Кредитный протокол Orbit проведет публичную продажу токена ORB на лаунчпаде Acme "
         "17 марта.", "token_sale", "2026-03-17"),
        ("レンディングプロトコルのOrbit、ORBトークンを3月18日に取引所Acmeで上場へ。", "listing",
         "2026-03-18"),
    )  # fmt: skip
    for text, event_type, day in cases:
        decision = detector.score(make_item(text, author="Newsdesk"))
        assert decision.is_signal and decision.company == "Orbit", (text, decision.reasons)
        assert decision.event_type == event_type
        assert str(decision.event_date) == day
    # a project naming no token of its own is still the item's when it is the only candidate
    only = detector.score(make_item("Кредитный протокол Acme проведет публичную продажу 17 марта."))
    assert only.is_signal and only.company == "Acme", only.reasons
