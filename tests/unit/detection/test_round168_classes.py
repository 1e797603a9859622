"""Rules written in the dev168 session.

- a liquidity bootstrapping pool sells the token ("The ACME LBP opens Tuesday", "a liquidity
  bootstrapping pool on Fjord", Turkish "likidite önyükleme havuzu (LBP)"): a token sale, and
  "LBP" is no other token's symbol;
"""

from __future__ import annotations

from swarm.detection import Detector
from tests.unit.detection.conftest import MakeItem, news
from tests.unit.detection.test_round127_classes import _assert_events


def test_a_liquidity_bootstrapping_pool_is_a_token_sale(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("The ACME LBP opens Tuesday at 15:00 UTC and runs for three days. The pool address goes "
         "up here an hour before.", "token_sale", "2026-03-17"),
        ("ACME is sold in one place: a liquidity bootstrapping pool on Fjord, opening March 18 at "
         "16:00 UTC. No presale, no allocations by DM.", "token_sale", "2026-03-18"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")
    item = news(make_item, "Acme, ACME için LBP satışını 18 Mart'ta açıyor", "Acme, ACME token "
                "satışını bir likidite önyükleme havuzu (LBP) üzerinden 18 Mart'ta 15:00 UTC'de "
                "başlatacağını duyurdu.")  # fmt: skip
    decision = detector.score(item)
    assert (decision.is_signal, decision.company, decision.event_type) == (
        True, "Acme", "token_sale"
    ), decision.reasons
