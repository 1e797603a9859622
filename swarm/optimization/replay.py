"""Replay labelled items through the production scorer and read feature values back.

A :class:`Decision` reports ``contributions`` (weight x value) only for features the config
weighs. To fit weights, including ones a config has set to zero, items are replayed once under
a *probe* config whose unweighted features get a negligible weight :data:`PROBE_WEIGHT`; each
value is then ``contribution / weight``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from swarm.detection import Decision, DetectionConfig, Detector, WatchList
from swarm.optimization.labels import Example

# Weight given to unweighted features while probing: moves no logit by a visible amount.
PROBE_WEIGHT = 1e-9


def replay(detector: Detector, examples: Iterable[Example]) -> list[Decision]:
    """Every example scored by the production decision (``Detector.score``)."""
    score = detector.score
    return [score(e.item) for e in examples]


def predictions(detector: Detector, examples: Iterable[Example]) -> list[bool]:
    score = detector.score
    return [score(e.item).is_signal for e in examples]


def tunable_features(*configs: DetectionConfig) -> list[str]:
    """Every feature any of ``configs`` weighs or categorises (sorted)."""
    names: set[str] = set()
    for config in configs:
        names.update(config.weights)
        names.update(config.categories)
    return sorted(names)


def probe_config(config: DetectionConfig, features: Sequence[str]) -> DetectionConfig:
    weights = dict(config.weights)
    for name in features:
        if not weights.get(name):
            weights[name] = PROBE_WEIGHT
    return config.model_copy(update={"weights": weights})


@dataclass(frozen=True, slots=True)
class FeatureTable:
    """Feature values of each example's reported company, as the fitting sees them."""

    rows: list[dict[str, float]]
    labels: list[bool]


def feature_table(
    watchlist: WatchList,
    config: DetectionConfig,
    examples: Sequence[Example],
    features: Sequence[str],
) -> FeatureTable:
    probe = probe_config(config, features)
    detector = Detector(watchlist, probe, second_opinion=False)  # contributions: the rules
    weights = probe.weights
    rows = []
    for decision in replay(detector, examples):
        rows.append(
            {k: c / weights[k] for k, c in decision.contributions.items() if weights.get(k)}
        )
    return FeatureTable(rows, [e.label for e in examples])


def logit_threshold(threshold: float) -> float:
    """The logit at which the sigmoid reaches ``threshold``."""
    if threshold <= 0.0:
        return -math.inf
    if threshold >= 1.0:
        return math.inf
    return math.log(threshold / (1.0 - threshold))
