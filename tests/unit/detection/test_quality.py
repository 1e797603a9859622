"""Quality bar: the production decision on the held-out split (never tuned on)."""

from __future__ import annotations

from pathlib import Path

import pytest

from swarm.evaluation import build_detector, evaluate, load_watchlist, read_rows

DATA = Path(__file__).resolve().parents[2] / "data"
MIN_PRECISION = 0.95
MIN_RECALL = 0.90


@pytest.mark.skipif(not (DATA / "heldout.jsonl").exists(), reason="run tests/data/split.py")
def test_heldout_precision_and_recall() -> None:
    rows = read_rows(DATA / "heldout.jsonl")
    report, _ = evaluate(build_detector(load_watchlist(None)), rows)
    assert report.items == len(rows)
    assert report.precision >= MIN_PRECISION, report.to_dict()
    assert report.recall >= MIN_RECALL, report.to_dict()
