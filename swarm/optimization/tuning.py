"""Detection tuning: replay labelled items under the active config and candidate changes, keep
the changes that raise F1 on held-out folds without taking precision below a floor.

Pure: values in (watch list, config, labelled examples, parameters), proposals out. Every
number a proposal reports comes from the production scorer (``Detector.score``): the fitting
only proposes, replay measures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from swarm.detection import DetectionConfig, Detector, WatchList
from swarm.detection.folding import fold
from swarm.optimization import fitting, mining
from swarm.optimization.diff import Entry, apply_diff, diff_mappings
from swarm.optimization.labels import Counts, Example, assign_folds
from swarm.optimization.miners import Miner, negative_miner, phrasing_miner
from swarm.optimization.replay import feature_table, predictions, tunable_features
from swarm.optimization.risk import Risk, classify
from swarm.optimization.stats import paired_bootstrap, wilson

MIN_F1_GAIN = 1e-4  # a held-out F1 gain smaller than this is no gain


@dataclass(frozen=True, slots=True)
class TuningParams:
    """``folds``: k of k-fold cross-validation; ``seed``: fixes the split and the bootstrap;
    ``floor``: precision no kept change may end below; ``min_support``: items a mined term must
    explain (false positives, or missed events of one type); ``max_terms``: mined terms tried
    (per kind, and per event type for phrasings); ``second_opinion``: measure with the text
    model's second opinion too. Off by default: the run tunes the rules, and the model was
    trained on the dev corpus the run replays, so with it the run would read the rules'
    errors through a model that has seen those very items."""

    folds: int = 5
    seed: int = 0
    floor: float = 0.9
    min_support: int = mining.MIN_SUPPORT
    max_terms: int = mining.MAX_TERMS
    second_opinion: bool = False


def _detector(watchlist: WatchList, config: DetectionConfig, params: TuningParams) -> Detector:
    return Detector(watchlist, config, second_opinion=params.second_opinion)


@dataclass(slots=True)
class Proposal:
    """A measured change: ``before``/``after`` on the pooled held-out folds."""

    kind: str  # detection_weights | negative_context | event_phrasing
    diff: list[Entry]
    before: Counts
    after: Counts
    replay_after: Counts  # the change on every labelled item (the full replay)
    f1_delta: tuple[float, float]
    precision_delta: tuple[float, float]
    recall_delta: tuple[float, float]
    precision_after: tuple[float, float]
    risk: Risk
    summary: str

    def evidence(self, params: TuningParams, items: int) -> dict[str, Any]:
        return {
            "before": self.before.to_dict(),
            "after": self.after.to_dict(),
            "replay_after": self.replay_after.to_dict(),
            "ci": {
                "f1_delta": list(self.f1_delta),
                "precision_delta": list(self.precision_delta),
                "recall_delta": list(self.recall_delta),
                "precision_after": list(self.precision_after),
                "level": 0.95,
            },
            "split": {"folds": params.folds, "seed": params.seed, "items": items},
            "floor": params.floor,
        }


@dataclass(slots=True)
class TuningResult:
    baseline: Counts
    proposals: list[Proposal] = field(default_factory=list)
    candidates_evaluated: int = 0
    items_replayed: int = 0


def _with(config: DetectionConfig, diff: list[Entry]) -> DetectionConfig:
    return DetectionConfig.from_mapping(apply_diff(config.to_mapping(), diff), "candidate")


def _proposal(
    kind: str,
    diff: list[Entry],
    labels: list[bool],
    base: list[bool],
    cv_after: list[bool],
    full_after: list[bool],
    params: TuningParams,
    threshold_move: float,
    summary: str,
) -> Proposal | None:
    before, after = Counts.of(labels, base), Counts.of(labels, cv_after)
    guard = min(params.floor, before.precision)
    if after.f1 < before.f1 + MIN_F1_GAIN or after.precision < guard:
        return None
    f1_ci, p_ci, r_ci = paired_bootstrap(labels, base, cv_after, params.seed)
    p_after = wilson(after.tp, after.tp + after.fp)
    keys = len({e["key"] for e in diff})
    risk = classify(before.precision, after.precision, p_after.low, before.recall,
                    after.recall, params.floor, keys, threshold_move)  # fmt: skip
    return Proposal(
        kind, diff, before, after, Counts.of(labels, full_after),
        (round(f1_ci.low, 4), round(f1_ci.high, 4)), (round(p_ci.low, 4), round(p_ci.high, 4)),
        (round(r_ci.low, 4), round(r_ci.high, 4)), (round(p_after.low, 4), round(p_after.high, 4)),
        risk, summary,
    )  # fmt: skip


def tune(
    watchlist: WatchList,
    config: DetectionConfig,
    examples: Sequence[Example],
    params: TuningParams,
    features: Sequence[str] | None = None,
) -> TuningResult:
    """Measure the active config and propose weight/threshold moves, negative-context terms and
    event phrasings."""
    labels = [e.label for e in examples]
    base = predictions(_detector(watchlist, config, params), examples)
    result = TuningResult(Counts.of(labels, base), items_replayed=len(examples))
    if len(examples) < params.folds or len(set(labels)) < 2:
        return result
    folds = assign_folds(examples, params.folds, params.seed)
    names = list(features) if features is not None else tunable_features(config)
    weights = _weight_proposal(watchlist, config, examples, folds, base, names, params, result)
    if weights is not None:
        result.proposals.append(weights)
    mined = (params.min_support, params.max_terms)
    miners = (
        ("negative_context", negative_miner(watchlist, config, examples, base, *mined)),
        ("event_phrasing", phrasing_miner(watchlist, config, examples, base, *mined)),
    )
    for kind, mine in miners:
        result.proposals += _list_proposals(
            kind, mine, watchlist, config, examples, folds, base, params, result
        )
    return result


def _fit_diff(config: DetectionConfig, fit: fitting.Fit) -> list[Entry]:
    after = config.to_mapping()
    after["threshold"] = fit.threshold
    after["weights"] = {**after["weights"], **fit.weights}
    return diff_mappings(config.to_mapping(), after)


def _weight_proposal(
    watchlist: WatchList,
    config: DetectionConfig,
    examples: Sequence[Example],
    folds: list[int],
    base: list[bool],
    names: list[str],
    params: TuningParams,
    result: TuningResult,
) -> Proposal | None:
    table = feature_table(watchlist, config, examples, names)
    result.items_replayed += len(examples)
    cv_after = list(base)
    w, b, t = dict(config.weights), config.bias, config.threshold
    for k in range(params.folds):
        train = [i for i, f in enumerate(folds) if f != k]
        held = [i for i, f in enumerate(folds) if f == k]
        fit = fitting.fit(table, train, w, b, t, names, params.floor)
        result.candidates_evaluated += fit.evaluated
        diff = _fit_diff(config, fit)
        if diff:
            held_preds = predictions(
                _detector(watchlist, _with(config, diff), params), [examples[i] for i in held]
            )
            result.items_replayed += len(held)
            for i, p in zip(held, held_preds, strict=True):
                cv_after[i] = p
    fit = fitting.fit(table, range(len(examples)), w, b, t, names, params.floor)
    result.candidates_evaluated += fit.evaluated
    diff = _fit_diff(config, fit)
    if not diff:
        return None
    full = predictions(_detector(watchlist, _with(config, diff), params), examples)
    result.items_replayed += len(examples)
    moved = ", ".join(f"{e['key']} {e['before']} -> {e['after']}" for e in diff)
    return _proposal("detection_weights", diff, [e.label for e in examples], base, cv_after,
                     full, params, fit.threshold - t, f"weights/threshold: {moved}")  # fmt: skip


def _list_proposals(
    kind: str,
    mine: Miner,
    watchlist: WatchList,
    config: DetectionConfig,
    examples: Sequence[Example],
    folds: list[int],
    base: list[bool],
    params: TuningParams,
    result: TuningResult,
) -> list[Proposal]:
    """Each term ``mine`` finds on every item, added to the phrase list where replay scores
    best; only the items holding the term are rescored. Held-out numbers count the term in fold
    k only when ``mine`` finds it without fold k."""
    labels = [e.label for e in examples]
    per_fold = [
        {(c.term, c.keys) for c in mine([i for i, f in enumerate(folds) if f != k])}
        for k in range(params.folds)
    ]
    docs = [fold(f"{e.item.title}\n{e.item.text}") for e in examples]
    out = []
    for candidate in mine(range(len(examples))):
        term = candidate.term
        touched = [i for i, d in enumerate(docs) if term in d]
        best: tuple[float, list[Entry], list[bool]] | None = None
        for key in candidate.keys:
            diff = [{"key": key, "add": [term], "remove": []}]
            preds = list(base)
            detector = _detector(watchlist, _with(config, diff), params)
            for i, p in zip(
                touched, predictions(detector, [examples[i] for i in touched]), strict=True
            ):
                preds[i] = p
            result.candidates_evaluated += 1
            result.items_replayed += len(touched)
            f1 = Counts.of(labels, preds).f1
            if best is None or f1 > best[0]:
                best = (f1, diff, preds)
        if best is None:
            continue
        _, diff, full = best
        mined = (term, candidate.keys)
        cv_after = [
            full[i] if mined in per_fold[folds[i]] else base[i] for i in range(len(examples))
        ]
        summary = f"add {term!r} to {diff[0]['key']} ({candidate.summary})"
        proposal = _proposal(kind, diff, labels, base, cv_after, full, params, 0.0, summary)
        if proposal is not None:
            out.append(proposal)
    return out
