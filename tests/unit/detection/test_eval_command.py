"""``swarm eval`` through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from swarm.commands.eval import register

from .conftest import WATCHLIST_YAML

runner = CliRunner()
ITEMS = [
    {"id": "a", "source": "x", "url": "", "title": "", "author": "@acme_xyz",
     "text": "$ACME claims are live now at claim.acme.xyz", "published": "2026-03-14T09:30:00Z",
     "label": True, "company": "Acme", "event_type": "airdrop", "event_date": "2026-03-14",
     "category": "announcement"},
    {"id": "b", "source": "rss", "url": "https://news.example/b", "title": "Acme hires a CFO",
     "author": "Wire", "text": "Acme Foundation names a new CFO.",
     "published": "2026-03-14T09:30:00Z", "label": False, "category": "generic"},
    {"id": "c", "source": "x", "url": "", "title": "", "author": "@fan",
     "text": "$ACME TGE next Tuesday!", "published": "2026-03-14T09:30:00Z", "label": False,
     "category": "speculation"},
    {"id": "d", "source": "x", "url": "", "title": "", "author": "@acme_xyz",
     "text": "$ACME TGE tomorrow.", "published": "2026-03-14T09:30:00Z"},
]  # fmt: skip


def app() -> typer.Typer:
    cli = typer.Typer()
    register(cli)

    @cli.command("noop")
    def noop() -> None:  # a second command keeps "eval" a named sub-command
        """Nothing."""

    return cli


def write(tmp_path: Path, rows: list[dict[str, object]] | str) -> tuple[Path, Path]:
    items = tmp_path / "items.jsonl"
    if isinstance(rows, str):
        items.write_text(rows)
    else:
        items.write_text("".join(json.dumps(r) + "\n" for r in rows))
    watchlist = tmp_path / "watch.yaml"
    watchlist.write_text(WATCHLIST_YAML)
    return items, watchlist


def test_json_prints_one_object_with_the_counts(tmp_path: Path) -> None:
    items, watchlist = write(tmp_path, ITEMS)
    preds = tmp_path / "preds.jsonl"
    args = ["eval", "--items", str(items), "--watchlist", str(watchlist), "--json",
            "--predictions", str(preds)]  # fmt: skip
    result = runner.invoke(app(), args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["items"] == 3 and data["unlabelled"] == 1
    assert data["tp"] + data["fn"] == 1 and data["fp"] + data["tn"] == 2
    assert {"precision", "recall", "f1", "per_category", "field_accuracy"} <= set(data)
    lines = [json.loads(line) for line in preds.read_text().splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", "c", "d"]
    assert set(lines[0]) >= {"id", "label", "score", "company", "event_type", "event_date",
                             "reasons"}  # fmt: skip
    assert lines[3]["label"] is True and lines[3]["event_date"] == "2026-03-15"


def test_table_output_and_threshold(tmp_path: Path) -> None:
    items, watchlist = write(tmp_path, ITEMS)
    result = runner.invoke(app(), ["eval", "--items", str(items), "--watchlist", str(watchlist)])
    assert result.exit_code == 0 and "precision" in result.output
    strict = runner.invoke(
        app(),
        ["eval", "--items", str(items), "--watchlist", str(watchlist), "--json",
         "--threshold", "1.0"],
    )  # fmt: skip
    assert json.loads(strict.stdout)["tp"] == 0


def test_invalid_json_line_exits_2_naming_the_line(tmp_path: Path) -> None:
    items, watchlist = write(tmp_path, json.dumps(ITEMS[0]) + "\n{not json\n")
    result = runner.invoke(app(), ["eval", "--items", str(items), "--watchlist", str(watchlist)])
    assert result.exit_code == 2
    assert "line 2" in result.output and "items.jsonl" in result.output
    assert "Traceback" not in result.output


def test_missing_field_exits_2(tmp_path: Path) -> None:
    bad = dict(ITEMS[0])
    del bad["published"]
    items, watchlist = write(tmp_path, [bad])
    result = runner.invoke(app(), ["eval", "--items", str(items), "--watchlist", str(watchlist)])
    assert result.exit_code == 2 and "published" in result.output


def test_missing_file_and_bad_watchlist_exit_2(tmp_path: Path) -> None:
    items, watchlist = write(tmp_path, ITEMS)
    missing = runner.invoke(app(), ["eval", "--items", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 2 and "nope.jsonl" in missing.output
    watchlist.write_text("companies:\n  - {name: Acme, priority: low}\n")
    bad = runner.invoke(app(), ["eval", "--items", str(items), "--watchlist", str(watchlist)])
    assert bad.exit_code == 2 and "(Acme).tokens" in bad.output
    assert "Traceback" not in bad.output


def test_field_accuracy_and_category_confusion(tmp_path: Path) -> None:
    wrong_date = {**ITEMS[0], "id": "e", "event_date": "2026-03-20"}
    items, watchlist = write(tmp_path, [*ITEMS, wrong_date])
    args = ["eval", "--items", str(items), "--watchlist", str(watchlist), "--json"]
    data = json.loads(runner.invoke(app(), args).stdout)
    assert data["tp"] == 2
    assert data["field_accuracy"] == {"company": 1.0, "event_type": 1.0, "event_date": 0.5}
    confusion = data["category_confusion"]
    assert confusion["announcement"] == {"announcement": 2}
    assert confusion["generic"] == {"generic": 1}
    assert sum(confusion["speculation"].values()) == 1
    table = runner.invoke(app(), args[:-1])
    assert "labelled" in table.output and "50.0%" in table.output


def test_rules_only_shows_what_the_text_model_changed(tmp_path: Path) -> None:
    """On a round the rules alone get partly wrong, the production decision (with the text
    model) differs from ``--rules-only``, and each item it turned says so in its reasons."""
    data = Path(__file__).resolve().parents[2] / "data"
    base = ["eval", "--items", str(data / "dev24-landforms.jsonl"),
            "--watchlist", str(data / "watchlists" / "landforms.yaml"), "--json"]  # fmt: skip
    runs = {}
    for name, extra in (("both", []), ("rules", ["--rules-only"])):
        preds = tmp_path / f"{name}.jsonl"
        result = runner.invoke(app(), [*base, *extra, "--predictions", str(preds)])
        assert result.exit_code == 0, result.output
        lines = [json.loads(line) for line in preds.read_text().splitlines()]
        runs[name] = (json.loads(result.stdout), {line["id"]: line for line in lines})
    (both, with_model), (rules, alone) = runs["both"], runs["rules"]
    assert (both["tp"], both["fp"]) != (rules["tp"], rules["fp"])
    turned = [i for i in with_model if with_model[i]["label"] != alone[i]["label"]]
    assert turned
    for i in turned:
        assert any(r.startswith("text model") for r in with_model[i]["reasons"])
    assert not any(r.startswith("text model") for line in alone.values() for r in line["reasons"])
