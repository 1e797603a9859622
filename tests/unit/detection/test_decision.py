"""``Decision``: reasons and evidence rendered on first access, frozen-dataclass value semantics."""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError

import pytest

from swarm.detection import Decision, Detector, Evidence

from .conftest import MakeItem

SIGNAL = "The $ACME TGE is set for March 20 at 14:00 UTC. Claims open then."
REJECT = "A month after its TGE, 60% of the $ACME airdrop has been claimed."


class Counting:
    """An explanation that counts how often it is rendered."""

    def __init__(self) -> None:
        self.calls = 0

    def render(self) -> tuple[list[str], list[Evidence]]:
        self.calls += 1
        return ["rendered"], [Evidence("Acme", 0, 4, "mention:name")]


def decision(**kwargs: object) -> Decision:
    return Decision(False, 0.1, None, None, None, None, False, "generic", **kwargs)  # type: ignore[arg-type]


def test_explanation_renders_once_and_only_when_read() -> None:
    counting = Counting()
    lazy = decision(explanation=counting)
    assert counting.calls == 0
    assert lazy.reasons == ["rendered"] and lazy.evidence[0].feature == "mention:name"
    assert lazy.to_dict()["reasons"] == ["rendered"]
    assert counting.calls == 1


def test_lazy_and_eager_decisions_are_equal() -> None:
    lazy = decision(explanation=Counting(), contributions={"event": 2.0})
    eager = decision(
        reasons=["rendered"],
        evidence=[Evidence("Acme", 0, 4, "mention:name")],
        contributions={"event": 2.0},
    )
    assert lazy == eager and repr(lazy) == repr(eager)
    assert lazy != decision(reasons=["other"])


def test_defaults_match_the_dataclass_fields() -> None:
    bare = decision()
    assert bare.reasons == [] and bare.evidence == [] and bare.contributions == {}
    assert repr(bare).startswith("Decision(is_signal=False, score=0.1, company=None,")


def test_decision_is_frozen_and_unhashable_like_the_dataclass() -> None:
    bare = decision()
    with pytest.raises(FrozenInstanceError):
        bare.score = 1.0  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del bare.category  # type: ignore[misc]
    with pytest.raises(TypeError):
        hash(bare)  # its lists are unhashable


@pytest.mark.parametrize("text", [SIGNAL, REJECT])
def test_scored_decisions_round_trip(detector: Detector, make_item: MakeItem, text: str) -> None:
    scored = detector.score(make_item(text))
    again = detector.score(make_item(text))
    assert scored == again  # renders both explanations
    restored = pickle.loads(pickle.dumps(scored))
    assert restored == scored and restored.to_dict() == scored.to_dict()
    assert scored.reasons[0] == "best candidate: Acme"
