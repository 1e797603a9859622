"""The shipped labelled corpus (dev split and tests/data/corpus) as optimiser examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from swarm.detection import DetectionConfig
from swarm.evaluation import read_rows
from swarm.optimization.labels import Example

DATA = Path(__file__).resolve().parents[2] / "data"


def shipped_examples() -> list[Example]:
    paths = [DATA / "dev.jsonl", *sorted((DATA / "corpus").glob("*.jsonl"))]
    rows = [r for p in paths for r in read_rows(p)]
    return [Example(r.item, r.label) for r in rows if r.label is not None]


@pytest.fixture(scope="session")
def corpus() -> list[Example]:
    return shipped_examples()


def degraded(config: DetectionConfig) -> DetectionConfig:
    """The shipped config with its threshold moved and the speculation weight zeroed."""
    weights = {**config.weights, "speculation": 0.0}
    return config.model_copy(update={"threshold": 0.8, "weights": weights})
