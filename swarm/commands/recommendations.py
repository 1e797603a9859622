"""``swarm recommendations list|show|approve|reject|rollback``."""

from __future__ import annotations

import json

import typer
from rich.console import Console

from swarm import audit
from swarm.commands.common import Actor, migrated_runtime
from swarm.commands.optimize import render
from swarm.optimization import applying, store


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="Changes the optimiser proposes: review, approve (applies), reject, roll back.",
        no_args_is_help=True,
    )
    app.add_typer(group, name="recommendations")

    @group.command("list")
    def list_(
        status: str | None = typer.Option(None, help=f"One of {', '.join(store.STATUSES)}."),
        limit: int = typer.Option(50, help="How many, newest first."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON lines."),
    ) -> None:
        """List recommendations, newest first."""
        rt = migrated_runtime()
        with rt.transaction() as s:
            recs = [store.as_dict(r) for r in store.listing(s, status, limit)]
        if as_json:
            for r in recs:
                typer.echo(json.dumps(r))
        else:
            render(recs, Console())

    @group.command("show")
    def show(rec_id: int) -> None:
        """One recommendation: the exact config diff, numbers, intervals, history (JSON)."""
        rt = migrated_runtime()
        with rt.transaction() as s:
            typer.echo(json.dumps(store.as_dict(store.get(s, rec_id)), indent=2))

    @group.command("approve")
    def approve(
        rec_id: int,
        apply_now: bool = typer.Option(True, "--apply/--no-apply", help="Apply now."),
        actor: Actor = None,
    ) -> None:
        """Approve a pending recommendation; a detection change is applied at once (a new
        active config version), advice (pool sizes) is only marked approved."""
        who = audit.who(actor)
        rt = migrated_runtime()
        with rt.transaction() as s:
            kind = store.approve(s, rec_id, who).kind
            audit.record(s, "recommendation.approve", f"recommendation {rec_id}", {"kind": kind},
                         who)  # fmt: skip
        typer.echo(f"recommendation {rec_id} approved")
        if apply_now and kind in store.DETECTION_KINDS:
            lease = rt.settings.optimise.apply_lock_lease_ms
            outcome = applying.apply(rt.transaction, rt.redis, rec_id, who, lease, audited=True)
            typer.echo(("applied: " if outcome.done else "not applied: ") + outcome.reason)
            if not outcome.done:
                raise typer.Exit(1)

    @group.command("reject")
    def reject(
        rec_id: int, reason: str | None = typer.Option(None, help="Why."), actor: Actor = None
    ) -> None:
        """Reject a pending or approved recommendation."""
        who = audit.who(actor)
        rt = migrated_runtime()
        with rt.transaction() as s:
            store.reject(s, rec_id, who, reason)
            audit.record(s, "recommendation.reject", f"recommendation {rec_id}",
                         {"reason": reason} if reason else None, who)  # fmt: skip
        typer.echo(f"recommendation {rec_id} rejected")

    @group.command("rollback")
    def rollback(rec_id: int, actor: Actor = None) -> None:
        """Restore the config active before an applied recommendation (as a new version)."""
        rt = migrated_runtime()
        lease = rt.settings.optimise.apply_lock_lease_ms
        outcome = applying.rollback(rt.transaction, rt.redis, rec_id, audit.who(actor), lease,
                                    audited=True)  # fmt: skip
        typer.echo(("rolled back: " if outcome.done else "not rolled back: ") + outcome.reason)
        if not outcome.done:
            raise typer.Exit(1)
