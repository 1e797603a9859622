"""Coordinate search over the threshold and feature weights, maximising F1 on a training set.

Works on a :class:`~swarm.optimization.replay.FeatureTable` (feature values per item) so one
move costs only the items that carry the moved feature. Moves that would take precision below
``floor`` (or below the starting precision, when that is already under the floor) are refused.
The result is a proposal: its real effect is measured by replaying the production scorer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from swarm.optimization.labels import f1_of
from swarm.optimization.replay import FeatureTable, logit_threshold

THRESHOLD_GRID = tuple(round(0.2 + 0.05 * i, 2) for i in range(15))  # 0.20 .. 0.90
SCALES = (0.0, 0.5, 0.75, 1.25, 1.5, 2.0)  # tried multiples of a non-zero weight
MAGNITUDES = (1.0, 2.0, 4.0, 6.0, 8.0)  # tried weights (either sign) of a zero weight
MAX_PASSES = 4  # rounds over every coordinate
MIN_GAIN = 1e-4  # smaller F1 gains are noise


@dataclass(slots=True)
class Fit:
    """A fitted threshold and weights (only the moved ones in ``weights``)."""

    threshold: float
    weights: dict[str, float] = field(default_factory=dict)
    evaluated: int = 0  # candidate moves scored


@dataclass(slots=True)
class _State:
    margins: list[float]
    labels: list[bool]
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def count(self) -> None:
        self.tp = self.fp = self.fn = 0
        for m, y in zip(self.margins, self.labels, strict=True):
            if m >= 0.0:
                if y:
                    self.tp += 1
                else:
                    self.fp += 1
            elif y:
                self.fn += 1


def _weight_grid(weight: float) -> list[float]:
    if weight:
        return [round(weight * s, 4) for s in SCALES if s != 1.0]
    return [s * v for v in MAGNITUDES for s in (1.0, -1.0)]


def _precision(tp: int, fp: int) -> float:
    return tp / (tp + fp) if tp + fp else 0.0


def fit(
    table: FeatureTable,
    indices: Sequence[int],
    weights: dict[str, float],
    bias: float,
    threshold: float,
    features: Sequence[str],
    floor: float,
) -> Fit:
    """Coordinate search from (``weights``, ``threshold``) on the rows ``indices``."""
    rows = [table.rows[i] for i in indices]
    current = dict(weights)
    cut = logit_threshold(threshold)
    margins = [bias - cut + sum(current.get(k, 0.0) * v for k, v in r.items()) for r in rows]
    state = _State(margins, [table.labels[i] for i in indices])
    state.count()
    carriers = {k: [(j, r[k]) for j, r in enumerate(rows) if r.get(k)] for k in features}
    result = Fit(threshold)
    guard = min(floor, _precision(state.tp, state.fp))
    for _ in range(MAX_PASSES):
        best: tuple[float, str, float] | None = None
        best_f1 = f1_of(state.tp, state.fp, state.fn) + MIN_GAIN
        for t in THRESHOLD_GRID:
            if t == result.threshold:
                continue
            shift = cut - logit_threshold(t)
            tp = fp = fn = 0
            for m, y in zip(state.margins, state.labels, strict=True):
                if m + shift >= 0.0:
                    tp, fp = (tp + 1, fp) if y else (tp, fp + 1)
                elif y:
                    fn += 1
            result.evaluated += 1
            f1 = f1_of(tp, fp, fn)
            if f1 > best_f1 and _precision(tp, fp) >= guard:
                best, best_f1 = (f1, "", t), f1
        for k in features:
            items = carriers[k]
            if not items:
                continue
            now = current.get(k, 0.0)
            for w in _weight_grid(now):
                delta = w - now
                tp, fp, fn = state.tp, state.fp, state.fn
                for j, x in items:
                    m = state.margins[j]
                    was, will = m >= 0.0, m + delta * x >= 0.0
                    if was == will:
                        continue
                    if state.labels[j]:
                        tp, fn = (tp + 1, fn - 1) if will else (tp - 1, fn + 1)
                    else:
                        fp += 1 if will else -1
                result.evaluated += 1
                f1 = f1_of(tp, fp, fn)
                if f1 > best_f1 and _precision(tp, fp) >= guard:
                    best, best_f1 = (f1, k, w), f1
        if best is None:
            break
        _, key, value = best
        if key == "":
            shift = cut - logit_threshold(value)
            state.margins = [m + shift for m in state.margins]
            cut, result.threshold = logit_threshold(value), value
        else:
            delta = value - current.get(key, 0.0)
            for j, x in carriers[key]:
                state.margins[j] += delta * x
            current[key] = value
            result.weights[key] = value
        state.count()
    result.weights = {k: v for k, v in result.weights.items() if v != weights.get(k, 0.0)}
    return result
