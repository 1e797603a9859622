"""The labelled items the optimiser replays: analyst feedback from the database and corpus files.

- alerts labelled with ``swarm alerts label`` (``confirmed`` / ``false_positive``): every stored
  item that is evidence of the alert, with the alert's label;
- missed events reported with ``swarm feedback missed`` (label true);
- labelled lines of the corpus files (docs/labels.md).

An item labelled twice keeps its feedback label (the analyst's word wins over the corpus).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from swarm.detection import ItemIn
from swarm.evaluation import read_rows
from swarm.optimization.labels import Example
from swarm.storage.base import as_utc, utcnow
from swarm.storage.models import Alert, Evidence, Feedback, Item

LABELLED_STATUSES = {"confirmed": True, "false_positive": False}
CORPUS_DIR = Path(__file__).resolve().parents[2] / "tests" / "data"


def default_corpus() -> list[Path]:
    """The shipped labelled corpus the optimiser may tune on: the dev split, when present.

    ``tests/data/corpus/*.jsonl`` are the sources ``tests/data/split.py`` divides into dev and
    held-out, so they hold every held-out item too: they are never replayed by default. The
    held-out split measures the system and is never tuned on."""
    dev = CORPUS_DIR / "dev.jsonl"
    return [dev] if dev.is_file() else []


def corpus_examples(paths: Iterable[Path]) -> list[Example]:
    return [
        Example(
            row.item, row.label, event_type=row.expected.get("event_type") if row.label else None
        )
        for path in paths
        for row in read_rows(path)
        if row.label is not None
    ]


def feedback_examples(session: Session) -> list[Example]:
    """Labelled alerts' evidence items and reported missed events."""
    out: list[Example] = []
    query = (
        select(Item, Alert.status, Alert.event_type)
        .join(Evidence, Evidence.item_id == Item.id)
        .join(Alert, Alert.id == Evidence.alert_id)
        .where(Alert.status.in_(LABELLED_STATUSES))
        .order_by(Item.id)
    )
    for item, status, event_type in session.execute(query):
        published = as_utc(item.published_at or item.fetched_at or utcnow())
        item_in = ItemIn(
            id=item.id, source="x" if item.kind == "x" else "rss", url=item.url,
            title=item.title, text=item.text, author=item.author, published=published,
        )  # fmt: skip
        label = LABELLED_STATUSES[status]
        out.append(Example(item_in, label, "feedback", event_type if label else None))
    for row in session.scalars(select(Feedback).order_by(Feedback.id)):
        item_in = ItemIn(
            id=f"feedback-{row.id}", source="x" if row.source == "x" else "rss", url=row.url,
            title=row.title, text=row.text, author=row.author, published=as_utc(row.published_at),
        )  # fmt: skip
        out.append(Example(item_in, row.label, "missed", row.event_type if row.label else None))
    return out


def merge(feedback: list[Example], corpus: list[Example]) -> list[Example]:
    """Feedback first, then the corpus; an item id seen before is dropped (an item that is
    evidence of two labelled alerts counts once, feedback wins over the corpus)."""
    seen: set[str] = set()
    out = []
    for e in (*feedback, *corpus):
        if e.item.id not in seen:
            seen.add(e.item.id)
            out.append(e)
    return out
