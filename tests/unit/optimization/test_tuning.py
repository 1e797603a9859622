"""Detection tuning on the shipped corpus: recovery from a degraded config, mined negative
context, and the numbers each proposal reports."""

from __future__ import annotations

import datetime as dt

import pytest

from swarm.detection import DetectionConfig, Detector, ItemIn, WatchList
from swarm.optimization.diff import apply_diff
from swarm.optimization.labels import Counts, Example
from swarm.optimization.replay import predictions
from swarm.optimization.tuning import TuningParams, TuningResult, tune
from tests.unit.optimization.conftest import degraded

NOW = dt.datetime(2026, 3, 14, 9, tzinfo=dt.UTC)
PARAMS = TuningParams(folds=5, seed=11, floor=0.9)
SHARED_TERM = "cosplay"
NAMES = ("Curvance (CVE)", "Fhenix (FHE)", "Succinct (PROVE)", "Caldera (ERA)", "Fabric (ROBO)",
         "TreasureDAO (MAGIC)", "Camelot (GRAIL)", "Espresso (ESP)")  # fmt: skip


def f1(examples: list[Example], config: DetectionConfig) -> Counts:
    preds = predictions(Detector(WatchList.default(), config, second_opinion=False), examples)
    return Counts.of([e.label for e in examples], preds)


@pytest.fixture(scope="module")
def recovery(corpus: list[Example]) -> TuningResult:
    return tune(WatchList.default(), degraded(DetectionConfig.default()), corpus, PARAMS)


def test_one_run_recovers_f1_of_the_shipped_config(
    corpus: list[Example], recovery: TuningResult
) -> None:
    shipped = f1(corpus, DetectionConfig.default())
    worse = degraded(DetectionConfig.default())
    assert recovery.baseline == f1(corpus, worse)
    assert shipped.f1 - recovery.baseline.f1 > 0.02  # the degradation is real
    (weights,) = [p for p in recovery.proposals if p.kind == "detection_weights"]
    # held-out folds: the fitted change, fitted without each fold, scored on it
    assert weights.after.f1 >= shipped.f1 - 0.01
    assert weights.before == recovery.baseline and weights.after.n == len(corpus)
    assert weights.f1_delta[0] > 0  # the gain's interval excludes zero
    keys = {e["key"] for e in weights.diff}
    assert "threshold" in keys and "weights.speculation" in keys
    # applying the exact diff recovers F1 under the production scorer
    applied = DetectionConfig.from_mapping(apply_diff(worse.to_mapping(), weights.diff))
    assert f1(corpus, applied).f1 >= shipped.f1 - 0.01
    assert f1(corpus, applied) == weights.replay_after
    evidence = weights.evidence(PARAMS, len(corpus))
    assert evidence["split"] == {"folds": 5, "seed": 11, "items": len(corpus)}
    assert weights.risk != "low"  # a threshold move this large is not low risk


def shared_term_false_positives() -> list[Example]:
    out = []
    for i, name in enumerate(NAMES):
        short = name.split()[0]
        item = ItemIn(
            id=f"fp-{i}", source="rss", published=NOW,
            title=f"{name} token launch on March {20 + i} announced at the {SHARED_TERM} showcase",
            text=f"The {short} token generation event happens March {20 + i}, said a "
                 f"{SHARED_TERM} showcase host.",
        )  # fmt: skip
        out.append(Example(item, False, "feedback"))
    return out


def test_false_positives_sharing_a_term_yield_negative_context(corpus: list[Example]) -> None:
    config = DetectionConfig.default()
    fps = shared_term_false_positives()
    rules = Detector(WatchList.default(), config, second_opinion=False)
    assert all(predictions(rules, fps))  # all flagged today
    examples = corpus + fps
    result = tune(WatchList.default(), config, examples, PARAMS)
    found = [p for p in result.proposals if p.kind == "negative_context"]
    added = [e["add"][0] for p in found for e in p.diff]
    assert any(SHARED_TERM in term for term in added), added
    proposal = next(p for p in found if SHARED_TERM in p.diff[0]["add"][0])
    before = f1(examples, config)
    after = f1(
        examples, DetectionConfig.from_mapping(apply_diff(config.to_mapping(), proposal.diff))
    )
    gain = after.precision - before.precision
    assert gain > 0
    low, high = proposal.precision_delta
    assert low <= gain <= high
    assert after.recall == before.recall  # no confirmed signal lost
    assert proposal.risk == "low"
