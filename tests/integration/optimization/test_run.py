"""One optimisation run end to end on the database: from a degraded active config and the
shipped corpus as feedback, recommendations are stored; auto-apply leaves high-risk ones
pending; approving the weights recommendation recovers the shipped F1."""

from __future__ import annotations

import pytest

from swarm.detection import DetectionConfig, Detector, WatchList
from swarm.optimization import applying, jobs, labelled, store
from swarm.optimization.labels import Counts
from swarm.optimization.replay import predictions
from swarm.pipeline import catalog
from swarm.runtime import Runtime

pytestmark = pytest.mark.integration


# The run replays the 702 dev items about five times with the production scorer.
@pytest.mark.timeout(600)
def test_run_stores_recommendations_and_high_risk_waits(rt: Runtime, degraded_active: int) -> None:
    corpus = labelled.default_corpus()
    assert [p.name for p in corpus] == ["dev.jsonl"]  # the sources hold held-out items too
    options = jobs.RunOptions(corpus, folds=5, seed=5, floor=0.9, auto_apply=True,
                              auto_apply_max_risk="low", lease_ms=10_000)  # fmt: skip
    report = jobs.run_tuning(rt.transaction, rt.redis, WatchList.default(), options)
    assert report.seed == 5 and report.base_version == degraded_active
    weights = next(r for r in report.recommendations if r["kind"] == "detection_weights")
    assert weights["risk"] in ("high", "critical")
    assert weights["evidence"]["split"] == {"folds": 5, "seed": 5, "items": report.items}
    assert all(a["id"] != weights["id"] for a in report.applied)  # high risk: not auto-applied
    with rt.transaction() as s:
        assert store.get(s, weights["id"]).status == "pending"
        store.approve(s, weights["id"], "analyst")
    outcome = applying.apply(rt.transaction, rt.redis, weights["id"], "analyst", 10_000)
    assert outcome.done, outcome.reason
    examples = labelled.corpus_examples(corpus)
    labels = [e.label for e in examples]
    with rt.transaction() as s:
        _, active = catalog.active_config(s)
        rec = store.get(s, weights["id"])
        assert rec.decided_by == "analyst" and rec.status == "applied"
    # the run tunes the rules and measures them alone (TuningParams.second_opinion)
    shipped_rules = Detector(WatchList.default(), second_opinion=False)
    active_rules = Detector(WatchList.default(), active, second_opinion=False)
    shipped = Counts.of(labels, predictions(shipped_rules, examples))
    now = Counts.of(labels, predictions(active_rules, examples))
    assert now.f1 >= shipped.f1 - 0.01
    assert active != DetectionConfig.default() or now == shipped
