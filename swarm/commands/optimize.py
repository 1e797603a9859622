"""``swarm optimize run``: one detection tuning run now (the beat runs it every
``intervals.optimise_s`` on the ``optimizer`` queue)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from swarm.commands.common import migrated_runtime
from swarm.optimization import jobs
from swarm.pipeline.runner import fallback_watchlist
from swarm.settings import OptimiseSettings


def options_for(
    o: OptimiseSettings,
    corpus: list[Path] | None = None,
    seed: int | None = None,
    auto_apply: bool | None = None,
) -> jobs.RunOptions:
    """Run options from ``optimise.*``, with command-line overrides."""
    return jobs.options_from(
        corpus or o.corpus, o.folds, o.seed if seed is None else seed, o.precision_floor,
        o.auto_apply if auto_apply is None else auto_apply, o.auto_apply_max_risk,
        o.apply_lock_lease_ms,
    )  # fmt: skip


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Optimisation jobs (detection tuning).", no_args_is_help=True)
    app.add_typer(group, name="optimize")

    @group.command("run")
    def run(
        corpus: list[Path] | None = typer.Option(
            None, "--corpus", help="Labelled JSONL file (repeat); default optimise.corpus."
        ),
        seed: int | None = typer.Option(None, help="Split seed (default optimise.seed or new)."),
        auto_apply: bool | None = typer.Option(
            None, "--auto-apply/--no-auto-apply", help="Override optimise.auto_apply."
        ),
        as_json: bool = typer.Option(False, "--json", help="Print the run report as JSON."),
    ) -> None:
        """Replay feedback + corpus under the active config and candidates (weight/threshold
        moves, negative-context terms, event phrasings from missed events); store the
        recommendations that raise held-out F1 (auto-apply those optimise.* allows)."""
        rt = migrated_runtime()
        options = options_for(rt.settings.optimise, corpus, seed, auto_apply)
        report = jobs.run_tuning(rt.transaction, rt.redis, fallback_watchlist(rt.settings), options)
        if as_json:
            typer.echo(json.dumps(report.to_dict(), indent=2))
            return
        b = report.baseline
        typer.echo(
            f"run {report.run_id} (seed {report.seed}, {options.folds} folds): {report.items} "
            f"labelled items ({report.feedback} from feedback), config v{report.base_version}: "
            f"precision {b['precision']:.4f} recall {b['recall']:.4f} F1 {b['f1']:.4f}"
        )
        render(report.recommendations, Console())
        for a in report.applied:
            typer.echo(f"auto-apply #{a['id']}: {a['reason']}")


def render(recs: list[dict[str, Any]], console: Console) -> None:
    """Recommendations as a table: held-out F1 before -> after with the gain's interval."""
    table = Table("id", "kind", "risk", "status", "held-out F1 (95% CI of gain)", "change")
    for r in recs:
        ev = r["evidence"]
        lo, hi = ev["ci"]["f1_delta"]
        f1 = f"{ev['before']['f1']:.4f} -> {ev['after']['f1']:.4f} [{lo:+.4f}, {hi:+.4f}]"
        table.add_row(str(r["id"]), r["kind"], r["risk"], r["status"], f1, r["summary"])
    console.print(table)
