"""``swarm alerts list|show|label``."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from swarm import api
from swarm.runtime import Runtime
from swarm.settings import get_settings


def render_alerts(alerts: list[dict], console: Console, evidence: bool = True) -> None:
    """The alerts as a table, each with its evidence lines."""
    table = Table("id", "company", "event", "date", "conf.", "status", "evidence", show_lines=True)
    for a in alerts:
        ev = (
            "\n".join(
                f"{'★ ' if e['official'] else ''}{e['author']} {e['url']} ({e['score']:.2f})"
                for e in a["evidence"]
            )
            if evidence
            else str(len(a["evidence"]))
        )
        table.add_row(
            str(a["id"]),
            a["company"],
            a["event_type"],
            a["event_date"] or "—",
            f"{a['confidence']:.2f}",
            a["status"],
            ev,
        )
    console.print(table)


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
        rows = api.alerts(status, limit, runtime=Runtime(get_settings()))
        if as_json:
            for a in rows:
                typer.echo(json.dumps(a))
        else:
            render_alerts(rows, Console(), evidence=False)

    @group.command("show")
    def show(alert_id: int, as_json: bool = typer.Option(False, "--json")) -> None:
        """One alert with every piece of evidence and the scorer's reasons."""
        a = api.alert(alert_id, runtime=Runtime(get_settings()))
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
    ) -> None:
        """Record analyst feedback on an alert (used by the optimiser)."""
        if tp == fp:
            typer.echo("give exactly one of --tp or --fp", err=True)
            raise typer.Exit(2)
        api.label_alert(alert_id, tp, note, runtime=Runtime(get_settings()))
        typer.echo(f"alert {alert_id} labelled {'confirmed' if tp else 'false_positive'}")
