"""``swarm audit``: who did what, and when (operator actions, newest first)."""

from __future__ import annotations

import json
from typing import Any

import typer
from rich.table import Table

from swarm import audit
from swarm.commands.common import migrated_runtime
from swarm.commands.health import console

DEFAULT_COUNT = 50


def register(app: typer.Typer) -> None:
    @app.command("audit")
    def audit_list(
        count: int = typer.Option(
            DEFAULT_COUNT, "--count", "-n", min=1, max=10_000, help="How many of the newest."
        ),
        action: str | None = typer.Option(
            None, "--action", help="Only actions starting with this (e.g. source.)."
        ),
        actor: str | None = typer.Option(None, "--actor", help="Only this actor."),
        as_json: bool = typer.Option(False, "--json", help="Print a JSON list."),
    ) -> None:
        """List operator actions: when, who (OS user or --actor), what and on what."""
        rt = migrated_runtime()
        try:
            with rt.transaction() as session:
                rows: list[dict[str, Any]] = [
                    {"at": e.at.isoformat(), "actor": e.actor, "action": e.action,
                     "target": e.target, "details": e.details}
                    for e in audit.entries(session, count, action, actor)
                ]  # fmt: skip
        finally:
            rt.close()
        if as_json:
            typer.echo(json.dumps(rows))
            return
        table = Table("time (UTC)", "actor", "action", "target", "details")
        table.columns[4].overflow = "fold"
        for r in rows:
            table.add_row(r["at"][:19], r["actor"], r["action"], r["target"],
                          json.dumps(r["details"]) if r["details"] else "")  # fmt: skip
        console().print(table if rows else "no operator actions recorded")
