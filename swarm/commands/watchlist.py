"""``swarm watchlist import|list|add|remove``: the watch list stored in the database."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from swarm import audit
from swarm.commands.common import Actor, migrated_runtime
from swarm.detection import Company, WatchList
from swarm.pipeline import catalog


def _split(values: str | None) -> list[str]:
    return [v.strip() for v in (values or "").split(",") if v.strip()]


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="The projects to watch (YAML form of docs/labels.md).", no_args_is_help=True
    )
    app.add_typer(group, name="watchlist")

    @group.command("import")
    def import_(
        path: Path = typer.Argument(..., exists=True, dir_okay=False, help="Watch-list YAML."),
        replace: bool = typer.Option(False, help="Remove companies not in the file."),
        actor: Actor = None,
    ) -> None:
        """Import a watch-list YAML file into the database."""
        wl = WatchList.from_yaml_text(path.read_text(encoding="utf-8"), source=str(path))
        rt = migrated_runtime()
        with rt.transaction() as s:
            r = catalog.import_watchlist(s, wl, replace)
            details = {"added": r.added, "updated": r.updated, "removed": r.removed,
                       "replace": replace}  # fmt: skip
            audit.record(s, "watchlist.import", str(path), details, actor)
        typer.echo(f"{r.added} added, {r.updated} updated, {r.removed} removed")

    @group.command("list")
    def list_(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
        """The stored watch list."""
        rt = migrated_runtime()
        with rt.transaction() as s:
            wl = catalog.load_watchlist(s)
        if as_json:
            typer.echo(json.dumps(wl.to_dicts(), indent=2))
            return
        table = Table("name", "tokens", "priority", "aliases", "x handles", "domains")
        for c in wl.companies:
            table.add_row(
                c.name,
                ", ".join(c.tokens),
                c.priority,
                ", ".join(c.aliases),
                ", ".join(c.x_handles),
                ", ".join(c.domains),
            )
        Console().print(table)

    @group.command("add")
    def add(
        name: str,
        tokens: str = typer.Option(..., help="Comma-separated token symbols, without $."),
        priority: str = typer.Option("medium", help="high, medium or low."),
        aliases: str | None = typer.Option(None, help="Comma-separated aliases."),
        x_handles: str | None = typer.Option(None, help="Comma-separated official X handles."),
        domains: str | None = typer.Option(None, help="Comma-separated official domains."),
        negative_context: str | None = typer.Option(None, help="Comma-separated phrases."),
        actor: Actor = None,
    ) -> None:
        """Add or update one company."""
        company = Company.model_validate(
            {
                "name": name,
                "tokens": _split(tokens),
                "priority": priority,
                "aliases": _split(aliases),
                "x_handles": _split(x_handles),
                "domains": _split(domains),
                "negative_context": _split(negative_context),
            }
        )
        rt = migrated_runtime()
        with rt.transaction() as s:
            new = catalog.upsert_company(s, company)
            action = "watchlist.add" if new else "watchlist.update"
            audit.record(s, action, name, {"tokens": company.tokens}, actor)
        typer.echo(f"{name} {'added' if new else 'updated'}")

    @group.command("remove")
    def remove(name: str, actor: Actor = None) -> None:
        """Remove one company."""
        rt = migrated_runtime()
        with rt.transaction() as s:
            catalog.remove_company(s, name)
            audit.record(s, "watchlist.remove", name, actor=actor)
        typer.echo(f"{name} removed")
