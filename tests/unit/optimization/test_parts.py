"""Pure parts of the optimiser: counts, folds, diffs, risk, intervals, fitting, mining."""

from __future__ import annotations

import datetime as dt

import pytest

from swarm.detection import ItemIn, WatchList
from swarm.optimization import diff, fitting, mining, risk, stats
from swarm.optimization.labels import Counts, Example, assign_folds
from swarm.optimization.replay import FeatureTable

NOW = dt.datetime(2026, 3, 14, tzinfo=dt.UTC)


def example(text: str, label: bool, i: int = 0) -> Example:
    return Example(ItemIn(id=f"i{i}", source="rss", title="", text=text, published=NOW), label)


def test_counts_and_f1() -> None:
    c = Counts.of([True, True, False, False], [True, False, True, False])
    assert (c.tp, c.fp, c.fn, c.tn) == (1, 1, 1, 1)
    assert c.precision == 0.5 and c.recall == 0.5 and c.f1 == 0.5


def test_folds_are_stratified_and_fixed_by_seed() -> None:
    examples = [example("x", i % 3 == 0, i) for i in range(30)]
    folds = assign_folds(examples, 5, seed=3)
    assert folds == assign_folds(examples, 5, seed=3)
    assert folds != assign_folds(examples, 5, seed=4)
    for k in range(5):
        members = [e for e, f in zip(examples, folds, strict=True) if f == k]
        assert sum(e.label for e in members) == 2 and len(members) == 6


def test_diff_round_trip_stale_and_conflicts() -> None:
    before = {"threshold": 0.5, "weights": {"a": 1.0}, "phrases": {"x": ["p"]}, "version": 1}
    after = {"threshold": 0.6, "weights": {"a": 1.0, "b": -2.0}, "phrases": {"x": ["p", "q"]},
             "version": 2}  # fmt: skip
    changes = diff.diff_mappings(before, after)
    assert changes == [
        {"key": "phrases.x", "add": ["q"], "remove": []},
        {"key": "threshold", "before": 0.5, "after": 0.6},
        {"key": "weights.b", "before": None, "after": -2.0},
    ]
    assert diff.apply_diff(before, changes) == {**after, "version": 1}
    with pytest.raises(diff.StaleChange, match="threshold"):
        diff.apply_diff({**before, "threshold": 0.7}, changes)
    other = [{"key": "phrases.x", "add": ["r"], "remove": []}]
    same = [{"key": "threshold", "before": 0.5, "after": 0.4}]
    assert diff.conflicts(changes, {7: other, 8: same}) == [8]


def test_precision_below_floor_is_never_low_risk() -> None:
    # more recall, precision under the floor: critical however small the change
    assert risk.classify(0.95, 0.85, 0.80, 0.7, 0.9, floor=0.9, changed_keys=1) == "critical"
    # the interval reaches below the floor: high
    assert risk.classify(0.95, 0.92, 0.88, 0.7, 0.9, floor=0.9, changed_keys=1) == "high"
    assert risk.classify(0.95, 0.96, 0.93, 0.7, 0.75, floor=0.9, changed_keys=1) == "low"
    assert risk.at_most("medium", "high") and not risk.at_most("high", "low")


def test_wilson_and_bootstrap_intervals() -> None:
    interval = stats.wilson(90, 100)
    assert interval.low < 0.9 < interval.high and interval.high - interval.low < 0.15
    labels = [True] * 50 + [False] * 50
    before = [True] * 50 + [True] * 10 + [False] * 40
    after = [True] * 50 + [False] * 50
    f1_ci, p_ci, r_ci = stats.paired_bootstrap(labels, before, after, seed=1)
    true_gain = Counts.of(labels, after).precision - Counts.of(labels, before).precision
    assert p_ci.contains(true_gain) and p_ci.low > 0
    assert f1_ci.low > 0
    assert r_ci == stats.Interval(0.0, 0.0)  # every positive is found before and after
    assert stats.paired_bootstrap(labels, before, after, seed=1) == (f1_ci, p_ci, r_ci)
    missed = [False] * 10 + [True] * 40 + [False] * 50
    _, _, gained = stats.paired_bootstrap(labels, missed, after, seed=1)
    assert gained.contains(0.2) and gained.low > 0  # recall 0.8 -> 1.0


def test_fit_restores_a_zeroed_weight_and_the_threshold() -> None:
    # items carry "good" (+) or "bad" (-) features; the start weighs "bad" at zero
    rows: list[dict[str, float]] = []
    labels: list[bool] = []
    for i in range(40):
        positive = i % 2 == 0
        rows.append({"good": 1.0, **({} if positive else {"bad": 1.0})})
        labels.append(positive)
    table = FeatureTable(rows, labels)
    fit = fitting.fit(table, range(40), {"good": 4.0, "bad": 0.0}, 0.0, 0.5, ["good", "bad"], 0.9)
    assert fit.weights.get("bad", 0.0) < -4.0 or fit.threshold > 0.98
    assert fit.evaluated > 0


def test_mining_finds_a_term_shared_by_false_positives_only() -> None:
    fps = [example(f"Acme stadium cosplay night number {i}", False, i) for i in range(4)]
    tps = [example("Acme token launch on March 20", True, 9)]
    found = mining.mine_terms(fps, tps, exclude={"acme"}, min_support=3)
    terms = [t for t, _, _ in found]
    assert "cosplay" in terms or "cosplay night" in terms
    assert all(tp == 0 for _, _, tp in found)
    assert "acme" not in terms


def test_known_terms_exclude_names_and_existing_phrases() -> None:
    from swarm.detection import DetectionConfig

    known = mining.known_terms(WatchList.default(), DetectionConfig.default())
    assert "curvance" in known and "airdrop" in known


def test_phrasing_terms_keep_inner_short_words_and_stay_inside_a_clause() -> None:
    item = example("Acme: trading is live. Deposits, withdrawals open now", True, 1)
    terms = mining.terms_of(item, mining.PHRASE_WORDS)
    assert "trading is live" in terms and "acme" in terms
    assert "is live" not in terms  # no run starts or ends with a short or stop word
    assert "live deposits" not in terms  # nor crosses punctuation
    assert "withdrawals open now" in terms
    assert "trading is live" not in mining.terms_of(item)  # negative context: two words


def test_terms_in_finds_whole_words_only() -> None:
    found = mining.terms_in(["the claim portal opens", "a proclaim portal"], ["claim portal"])
    assert found == [{"claim portal"}, set()]
    assert mining.contains_phrase("token launches today", ["token launch*"])
    assert not mining.contains_phrase("rewards portal opens", ["claim portal", "portal open"])
