"""Confidence intervals: a paired bootstrap of metric changes, Wilson for a proportion."""

from __future__ import annotations

import itertools
import math
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from swarm.optimization.labels import f1_of

RESAMPLES = 200  # bootstrap resamples per interval (each draws every item once)
LEVEL = 0.95  # two-sided confidence level
Z95 = 1.959964  # normal quantile of LEVEL


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high

    def to_list(self) -> list[float]:
        return [round(self.low, 4), round(self.high, 4)]


def wilson(successes: int, trials: int) -> Interval:
    """Wilson score interval of a proportion (``[0, 1]`` with no trials)."""
    if trials == 0:
        return Interval(0.0, 1.0)
    p = successes / trials
    centre = p + Z95**2 / (2 * trials)
    spread = Z95 * math.sqrt(p * (1 - p) / trials + Z95**2 / (4 * trials**2))
    denom = 1 + Z95**2 / trials
    return Interval(max(0.0, (centre - spread) / denom), min(1.0, (centre + spread) / denom))


def _metrics(cells: Counter[int]) -> tuple[float, float, float, float, float, float]:
    """(f1, precision, recall) before and after from cell counts; a cell is
    label*4 + before*2 + after."""
    tp_b = cells[6] + cells[7]
    fp_b = cells[2] + cells[3]
    fn_b = cells[4] + cells[5]
    tp_a = cells[5] + cells[7]
    fp_a = cells[1] + cells[3]
    fn_a = cells[4] + cells[6]
    pb = tp_b / (tp_b + fp_b) if tp_b + fp_b else 0.0
    pa = tp_a / (tp_a + fp_a) if tp_a + fp_a else 0.0
    positives = tp_b + fn_b  # the same items before and after
    rb = tp_b / positives if positives else 0.0
    ra = tp_a / positives if positives else 0.0
    return f1_of(tp_b, fp_b, fn_b), f1_of(tp_a, fp_a, fn_a), pb, pa, rb, ra


def paired_bootstrap(
    labels: Sequence[bool], before: Sequence[bool], after: Sequence[bool], seed: int
) -> tuple[Interval, Interval, Interval]:
    """95% intervals of the F1, precision and recall changes (after - before)."""
    cells = [4 * y + 2 * b + a for y, b, a in zip(labels, before, after, strict=True)]
    if not cells:
        return Interval(0.0, 0.0), Interval(0.0, 0.0), Interval(0.0, 0.0)
    counts = Counter(cells)
    population = sorted(counts)
    cum = list(itertools.accumulate(counts[c] for c in population))
    rng = random.Random(seed)
    f1s, precisions, recalls = [], [], []
    for _ in range(RESAMPLES):
        sample = Counter(rng.choices(population, cum_weights=cum, k=len(cells)))
        fb, fa, pb, pa, rb, ra = _metrics(sample)
        f1s.append(fa - fb)
        precisions.append(pa - pb)
        recalls.append(ra - rb)
    return _percentile(f1s), _percentile(precisions), _percentile(recalls)


def _percentile(values: list[float]) -> Interval:
    values.sort()
    tail = (1 - LEVEL) / 2
    low = values[int(tail * (len(values) - 1))]
    high = values[math.ceil((1 - tail) * (len(values) - 1))]
    return Interval(low, high)
