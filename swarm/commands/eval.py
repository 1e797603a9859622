"""``swarm eval``: precision, recall and F1 of the production decision on a labelled JSONL file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn
from rich.table import Table

from swarm.errors import PermanentError
from swarm.evaluation import (
    Report,
    build_detector,
    evaluate,
    load_watchlist,
    read_rows,
    write_predictions,
)

EXIT_BAD_INPUT = 2
PROGRESS_MIN_ITEMS = 200  # show a progress bar only for files at least this long
SUMMARY_COLUMNS = ("precision", "recall", "f1", "tp", "fp", "fn", "tn", "items")


def _print_table(report: Report, console: Console) -> None:
    summary = Table(title="swarm eval")
    for column in SUMMARY_COLUMNS:
        summary.add_column(column, justify="right")
    data = report.to_dict()
    summary.add_row(*(str(data[c]) for c in SUMMARY_COLUMNS))
    console.print(summary)
    per = Table(title="errors per category")
    for column in ("category", "items", "false positives", "false negatives"):
        per.add_column(column, justify="right" if column != "category" else "left")
    for category, stats in sorted(report.per_category.items()):
        per.add_row(category, str(stats["items"]), str(stats["fp"]), str(stats["fn"]))
    console.print(per)
    fields = ", ".join(f"{k} {v:.1%}" for k, v in data["field_accuracy"].items())
    console.print(f"field accuracy on true positives: {fields}")
    _print_confusion(report, console)


def _print_confusion(report: Report, console: Console) -> None:
    """Rows: the labelled category; columns: the category the decision gave."""
    truths = sorted(report.confusion)
    predicted = sorted({p for row in report.confusion.values() for p in row})
    if not truths:
        return
    table = Table(title="category confusion (rows: labelled, columns: predicted)")
    table.add_column("labelled")
    for name in predicted:
        table.add_column(name, justify="right")
    for truth in truths:
        row = report.confusion[truth]
        table.add_row(truth, *(str(row.get(p, "")) for p in predicted))
    console.print(table)


def eval_command(
    items: Path = typer.Option(..., "--items", help="JSONL corpus (docs/labels.md)."),
    watchlist: Path | None = typer.Option(
        None, "--watchlist", help="Watch list YAML (default: the bundled list)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print exactly one JSON object."),
    predictions: Path | None = typer.Option(
        None, "--predictions", help="Write one JSON line per item here."
    ),
    threshold: float | None = typer.Option(
        None, "--threshold", min=0.0, max=1.0, help="Override the config's threshold."
    ),
    rules_only: bool = typer.Option(
        False, "--rules-only", help="Decide by the rules alone (no text model)."
    ),
) -> None:
    """Run the production decision over a JSONL file and print the quality metrics.

    Prints precision, recall and F1; errors per labelled category; company, event-type and
    event-date accuracy on true positives; and a confusion table of labelled vs predicted
    category (``--json``: ``field_accuracy`` and ``category_confusion``). ``--rules-only``
    shows what the rules decide without the text model (docs/architecture.md).
    """
    try:
        rows = read_rows(items)
        detector = build_detector(load_watchlist(watchlist), threshold, not rules_only)
        console = Console(stderr=as_json)
        if as_json or len(rows) < PROGRESS_MIN_ITEMS:
            report, decisions = evaluate(detector, rows)
        else:
            columns = (BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
            with Progress(*columns, console=console, transient=True) as progress:
                task = progress.add_task("scoring", total=len(rows))
                report, decisions = evaluate(detector, rows, lambda: progress.advance(task))
        if predictions is not None:
            write_predictions(predictions, rows, decisions)
    except PermanentError as exc:
        print(f"swarm eval: {exc}", file=sys.stderr)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    if as_json:
        typer.echo(json.dumps(report.to_dict()))
    else:
        _print_table(report, console)


def register(app: typer.Typer) -> None:
    """Add ``swarm eval`` to the CLI."""
    app.command("eval")(eval_command)
