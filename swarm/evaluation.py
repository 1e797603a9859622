"""Measure the production decision (``Detector.score``) on a labelled JSONL corpus.

All file I/O of evaluation lives here (the detection package stays pure). Item lines follow
docs/labels.md; lines without ``label`` are scored and written but not counted.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from swarm.detection import Decision, DetectionConfig, Detector, ItemIn, WatchList
from swarm.detection.resources import WATCHLIST_FILE, bundled_text
from swarm.errors import PermanentError

FIELDS = ("company", "event_type", "event_date")


class EvaluationInputError(PermanentError):
    """An input file that cannot be read: ``path`` and, for a bad line, its number."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path, self.reason, self.line = path, reason, line
        where = f"{path}, line {line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True, slots=True)
class Row:
    """One corpus line: the item and, when labelled, the expected answer."""

    item: ItemIn
    label: bool | None
    expected: dict[str, Any]


@dataclass(slots=True)
class Report:
    """Confusion counts, per-category errors and field accuracy on true positives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    unlabelled: int = 0
    per_category: dict[str, dict[str, int]] = field(default_factory=dict)
    field_hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    # true category -> predicted category -> items (every labelled item; "announcement" is the
    # category of a signal, so the diagonal holds the items whose reason was right too)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def items(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, row: Row, decision: Decision) -> None:
        if row.label is None:
            self.unlabelled += 1
            return
        category = str(row.expected.get("category") or ("announcement" if row.label else "?"))
        stats = self.per_category.setdefault(category, {"items": 0, "fp": 0, "fn": 0})
        stats["items"] += 1
        predicted = self.confusion.setdefault(category, {})
        predicted[decision.category] = predicted.get(decision.category, 0) + 1
        if row.label and decision.is_signal:
            self.tp += 1
            got = _fields(decision)
            for name in FIELDS:
                self.field_hits[name] += got[name] == row.expected.get(name)
        elif row.label:
            self.fn += 1
            stats["fn"] += 1
        elif decision.is_signal:
            self.fp += 1
            stats["fp"] += 1
        else:
            self.tn += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "items": self.items,
            "unlabelled": self.unlabelled,
            "per_category": self.per_category,
            "field_accuracy": {
                k: round(v / self.tp, 4) if self.tp else 0.0 for k, v in self.field_hits.items()
            },
            "category_confusion": {
                true: dict(sorted(row.items())) for true, row in sorted(self.confusion.items())
            },
        }


def _fields(decision: Decision) -> dict[str, Any]:
    return {
        "company": decision.company,
        "event_type": decision.event_type,
        "event_date": decision.event_date.isoformat() if decision.event_date else None,
    }


def read_rows(path: Path) -> list[Row]:
    """Parse a JSONL corpus; raise :class:`EvaluationInputError` naming the file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationInputError(str(path), f"cannot read: {exc}") from None
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationInputError(str(path), f"invalid JSON ({exc.msg})", number) from None
        if not isinstance(data, dict):
            raise EvaluationInputError(str(path), "expected a JSON object", number)
        try:
            item = ItemIn.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "item"
            raise EvaluationInputError(str(path), f"{where}: {first['msg']}", number) from None
        label = data.get("label")
        if label is not None and not isinstance(label, bool):
            raise EvaluationInputError(str(path), "label must be true, false or absent", number)
        expected = {k: data.get(k) for k in (*FIELDS, "category")}
        rows.append(Row(item, label, expected))
    return rows


def load_watchlist(path: Path | None) -> WatchList:
    """The watch list at ``path`` (the bundled default when ``None``)."""
    if path is None:
        return WatchList.from_yaml_text(bundled_text(WATCHLIST_FILE), source=WATCHLIST_FILE)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationInputError(str(path), f"cannot read: {exc}") from None
    return WatchList.from_yaml_text(text, source=str(path))


def build_detector(
    watchlist: WatchList, threshold: float | None = None, second_opinion: bool = True
) -> Detector:
    config = DetectionConfig.default()
    if threshold is not None:
        config = config.model_copy(update={"threshold": threshold})
    return Detector(watchlist, config, second_opinion=second_opinion)


def evaluate(
    detector: Detector, rows: Iterable[Row], on_item: Callable[[], None] | None = None
) -> tuple[Report, list[Decision]]:
    """Score every row with the production decision and count the outcome."""
    report = Report()
    decisions = []
    for row in rows:
        decision = detector.score(row.item)
        report.add(row, decision)
        decisions.append(decision)
        if on_item is not None:
            on_item()
    return report, decisions


def prediction_line(row: Row, decision: Decision) -> dict[str, Any]:
    return {
        "id": row.item.id,
        "label": decision.is_signal,
        "score": round(decision.score, 6),
        **_fields(decision),
        "category": decision.category,
        "date_precision": decision.date_precision,
        "reasons": decision.reasons,
    }


def write_predictions(path: Path, rows: list[Row], decisions: list[Decision]) -> None:
    """One JSON line per item: id, predicted label, score, fields and reasons."""
    try:
        with path.open("w", encoding="utf-8") as out:
            for row, decision in zip(rows, decisions, strict=True):
                out.write(json.dumps(prediction_line(row, decision), ensure_ascii=False) + "\n")
    except OSError as exc:
        raise EvaluationInputError(str(path), f"cannot write: {exc}") from None


def parse_published(value: str) -> dt.datetime:
    """ISO timestamp with ``Z`` accepted (helper for tools that build items by hand)."""
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
