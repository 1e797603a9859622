"""``swarm locks``: the coordination locks held now, and ``swarm locks audit``."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from swarm.coordination.listing import audit_entries, held_locks
from swarm.runtime import Runtime
from swarm.settings import get_settings

# How many audit entries `swarm locks audit` shows unless told.
DEFAULT_AUDIT_COUNT = 20

JSON_OPTION = typer.Option(False, "--json", help="Print JSON instead of a table.")


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        name="locks",
        help="Coordination locks: holders, leases, fences, waiters; the audit stream.",
        invoke_without_command=True,
    )

    @group.callback()
    def locks(ctx: typer.Context, as_json: bool = JSON_OPTION) -> None:
        """List held locks with owner, lease left, fence and waiters."""
        if ctx.invoked_subcommand is not None:
            return
        rt = Runtime(get_settings())
        try:
            found = held_locks(rt.redis)
        finally:
            rt.close()
        if as_json:
            typer.echo(json.dumps([h.as_dict() for h in found]))
            return
        table = Table("lock", "kind", "mode", "owner", "lease left", "fence", "waiters")
        for h in found:
            lease = f"{h.lease_left_ms / 1000:.1f} s"
            owners = ", ".join(h.owners)
            table.add_row(h.name, h.kind, h.mode, owners, lease, str(h.fence), str(h.waiters))
        console = Console()
        console.print(table if found else "no locks held")

    @group.command("audit")
    def audit(
        count: int = typer.Option(
            DEFAULT_AUDIT_COUNT, "--count", "-n", min=1, help="How many recent entries."
        ),
        as_json: bool = JSON_OPTION,
    ) -> None:
        """Print the recent audit stream: grants, denials, releases, extensions, expiries."""
        rt = Runtime(get_settings())
        try:
            entries = audit_entries(rt.redis, count)
        finally:
            rt.close()
        if as_json:
            typer.echo(json.dumps([e.as_dict() for e in entries]))
            return
        table = Table("id", "event", "lock", "owner", "fence", "detail")
        for e in entries:
            f = dict(e.fields)
            row = [e.id, f.pop("event", ""), f.pop("lock", f.pop("agent", "")),
                   f.pop("owner", ""), f.pop("fence", "")]  # fmt: skip
            table.add_row(*row, " ".join(f"{k}={v}" for k, v in f.items()))
        Console().print(table if entries else "audit stream is empty")

    app.add_typer(group)
