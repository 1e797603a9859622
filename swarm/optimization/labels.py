"""Labelled examples, fold assignment and confusion counts (pure)."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from swarm.detection import ItemIn


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled item: analyst feedback, a reported miss, or a line of the shipped corpus."""

    item: ItemIn
    label: bool
    origin: str = "corpus"  # corpus | feedback | missed
    event_type: str | None = None  # the labelled event of a positive (tge, airdrop, ...)


@dataclass(frozen=True, slots=True)
class Counts:
    """Confusion counts of predictions against labels."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @classmethod
    def of(cls, labels: Iterable[bool], predicted: Iterable[bool]) -> Counts:
        tp = fp = fn = tn = 0
        for y, p in zip(labels, predicted, strict=True):
            if p:
                tp, fp = (tp + 1, fp) if y else (tp, fp + 1)
            else:
                fn, tn = (fn + 1, tn) if y else (fn, tn + 1)
        return cls(tp, fp, fn, tn)

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return f1_of(self.tp, self.fp, self.fn)

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "n": self.n,
        }


def f1_of(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def assign_folds(examples: Sequence[Example], k: int, seed: int) -> list[int]:
    """A fold number per example, stratified by label, fixed by ``seed``."""
    rng = random.Random(seed)
    folds = [0] * len(examples)
    for wanted in (True, False):
        members = [i for i, e in enumerate(examples) if e.label is wanted]
        rng.shuffle(members)
        for rank, index in enumerate(members):
            folds[index] = rank % k
    return folds
