"""``swarm alerts list|show|label``."""

from __future__ import annotations

import json
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from swarm import api
from swarm.commands.common import Actor, migrated_runtime


def render_alerts(alerts: list[dict[str, Any]], console: Console, evidence: bool = True) -> None:
    """The alerts as a table; with ``evidence``, each alert's sources listed under it."""
    table = Table("id", "company", "event", "date", "conf.", "status", "sources")
    for a in alerts:
        official = sum(1 for e in a["evidence"] if e["official"])
        sources = f"{len(a['evidence'])}" + (f", {official}★" if official else "")
        table.add_row(
            str(a["id"]),
            a["company"],
            a["event_type"],
            a["event_date"] or "-",
            f"{a['confidence']:.2f}",
            a["status"],
            sources,
        )
    console.print(table)
    if not evidence:
        return
    for a in alerts:
        console.print(
            f"[bold]#{a['id']} {a['company']} {a['event_type']} {a['event_date'] or '(no date)'}[/]"
        )
        for e in a["evidence"]:
            star = "[green]official[/] " if e["official"] else ""
            console.print(
                f"   {e['score']:.2f} {star}{e['author']}  {e['url']}",
                overflow="fold",
                soft_wrap=True,
            )


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="Alerts raised by the swarm, and analyst feedback.", no_args_is_help=True
    )
    app.add_typer(group, name="alerts")

    @group.command("list")
    def list_(
        status: str | None = typer.Option(None, help=f"One of {', '.join(api.ALERT_STATUSES)}."),
        limit: int = typer.Option(50, help="How many, newest first."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON lines."),
    ) -> None:
        """List alerts, newest first."""
        rows = api.alerts(status, limit, runtime=migrated_runtime())
        if as_json:
            for a in rows:
                typer.echo(json.dumps(a))
        else:
            render_alerts(rows, Console(), evidence=False)

    @group.command("show")
    def show(alert_id: int, as_json: bool = typer.Option(False, "--json")) -> None:
        """One alert with every piece of evidence and the scorer's reasons."""
        a = api.alert(alert_id, runtime=migrated_runtime())
        if as_json:
            typer.echo(json.dumps(a, indent=2))
            return
        console = Console()
        render_alerts([a], console)
        for e in a["evidence"]:
            console.print(f"[bold]{e['url']}[/]")
            for reason in e["reasons"]:
                console.print(f"  · {reason}")

    @group.command("label")
    def label(
        alert_id: int,
        tp: bool = typer.Option(False, "--tp", help="A true positive (confirmed)."),
        fp: bool = typer.Option(False, "--fp", help="A false positive."),
        note: str | None = typer.Option(None, help="Why."),
        actor: Actor = None,
    ) -> None:
        """Record analyst feedback on an alert (used by the optimiser)."""
        if tp == fp:
            typer.echo("give exactly one of --tp or --fp", err=True)
            raise typer.Exit(2)
        api.label_alert(alert_id, tp, note, runtime=migrated_runtime(), actor=actor)
        typer.echo(f"alert {alert_id} labelled {'confirmed' if tp else 'false_positive'}")
