"""The shipped dev split as optimiser examples (tests/data/corpus/*.jsonl also holds the
held-out items, so it is not used)."""

from __future__ import annotations

from pathlib import Path

import pytest

from swarm.detection import DetectionConfig
from swarm.evaluation import read_rows
from swarm.optimization.labels import Example

DATA = Path(__file__).resolve().parents[2] / "data"


def shipped_examples() -> list[Example]:
    rows = read_rows(DATA / "dev.jsonl")
    return [Example(r.item, r.label) for r in rows if r.label is not None]


@pytest.fixture(scope="session")
def corpus() -> list[Example]:
    return shipped_examples()


def degraded(config: DetectionConfig) -> DetectionConfig:
    """The shipped config with its threshold moved and the speculation weight zeroed."""
    weights = {**config.weights, "speculation": 0.0}
    return config.model_copy(update={"threshold": 0.8, "weights": weights})
