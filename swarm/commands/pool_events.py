"""``swarm workers events``: what the sweep decided and the pool manager did, and why."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, datetime

import typer
from rich.table import Table

from swarm import pool_events
from swarm.commands.health import console
from swarm.runtime import Runtime
from swarm.settings import get_settings

DEFAULT_COUNT = 50


def register_events(group: typer.Typer) -> None:
    @group.command("events")
    def events(
        pool: str | None = typer.Option(None, "--pool", "-p", help="Only this pool."),
        count: int = typer.Option(
            DEFAULT_COUNT, "--count", "-n", min=1, max=10_000, help="How many of the newest."
        ),
        as_json: bool = typer.Option(False, "--json", help="Print a JSON list."),
    ) -> None:
        """Scaling decisions (desired replicas) and pool-manager actions with their reasons.

        Actions: desired (the health sweep changed a pool's replicas), start / stop (the
        manager reconciled to them), restart, ready (its first ping answer after a start),
        exited, stalled, recycle (a task past its time limit), stopped. Oldest first.
        """
        rt = Runtime(get_settings())
        try:
            found = pool_events.recent(rt.redis, count, pool)
        finally:
            rt.close()
        if as_json:
            typer.echo(json.dumps([asdict(e) for e in found]))
            return
        table = Table("time (UTC)", "pool", "action", "child", "reason")
        table.columns[4].overflow = "fold"
        for e in found:
            at = datetime.fromtimestamp(e.at, UTC).strftime("%Y-%m-%d %H:%M:%S")
            table.add_row(at, e.pool, e.action, e.child, e.reason)
        console().print(table if found else "no pool events recorded")
