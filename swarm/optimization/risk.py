"""Risk of a recommendation, from its measured effect and the size of the change."""

from __future__ import annotations

from typing import Literal

Risk = Literal["low", "medium", "high", "critical"]
RISKS: tuple[Risk, ...] = ("low", "medium", "high", "critical")

PRECISION_SLIP = 0.02  # a precision drop larger than this is high risk
RECALL_SLIP = 0.05  # a recall drop larger than this is high risk
MAX_LOW_KEYS = 2  # more changed keys than this is at least medium risk
MAX_MEDIUM_KEYS = 5  # ... and more than this high risk
THRESHOLD_STEP = 0.2  # a threshold move larger than this is high risk


def classify(
    precision_before: float,
    precision_after: float,
    precision_after_low: float,
    recall_before: float,
    recall_after: float,
    floor: float,
    changed_keys: int,
    threshold_move: float = 0.0,
) -> Risk:
    """``critical`` when precision ends below ``floor``; ``high`` when its interval reaches
    below the floor, precision or recall slips, or the change is large; ``medium`` for any
    precision loss or a wider change; else ``low``."""
    if precision_after < floor:
        return "critical"
    if (
        precision_after_low < floor
        or precision_before - precision_after > PRECISION_SLIP
        or recall_before - recall_after > RECALL_SLIP
        or changed_keys > MAX_MEDIUM_KEYS
        or abs(threshold_move) > THRESHOLD_STEP
    ):
        return "high"
    if precision_after < precision_before or changed_keys > MAX_LOW_KEYS:
        return "medium"
    return "low"


def at_most(risk: str, ceiling: str) -> bool:
    return RISKS.index(risk) <= RISKS.index(ceiling)  # type: ignore[arg-type]
