"""``swarm demo``: the whole pipeline on bundled sample data, on the embedded default."""

from __future__ import annotations

import typer
from rich.console import Console

from swarm.commands.alerts import render_alerts


def register(app: typer.Typer) -> None:
    @app.command("demo")
    def demo() -> None:
        """Serve sample feeds and X posts on loopback, run every pool and beat on an embedded
        Redis and SQLite, show progress, print the alerts with their evidence, and exit."""
        from swarm.demo.run import run_demo

        console = Console()
        r = run_demo(console)
        render_alerts(r.alerts, console)
        console.print(
            f"\n[bold]{len(r.alerts)} alerts[/] from {r.signals} signals in {r.items} items "
            f"({r.feeds} feeds, {r.x_queries} X queries) in {r.seconds:.0f}s.\n"
            f"Items labelled as TGE announcements: {r.labelled_positive_items}; flagged: "
            f"{r.flagged_positive}; decoys flagged: {r.flagged_decoys}.\n"
            f"Signed webhook notifications received: {r.webhooks} (one per alert)."
        )
        if not r.alerts:
            raise typer.Exit(1)
