"""``swarm status``: queue depths, workers online per queue, Redis and database health."""

from __future__ import annotations

import json
import time

import typer
from rich.table import Table
from sqlalchemy.exc import SQLAlchemyError

from swarm import deadletter, health, health_store
from swarm.commands.health import console as _console
from swarm.commands.health import findings_table, mark, sweep_freshness
from swarm.findings import Snapshot
from swarm.runtime import Runtime
from swarm.settings import get_settings


def register(app: typer.Typer) -> None:
    @app.command("status")
    def status(
        as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    ) -> None:
        """Show each queue's depth and workers online, Redis and database health, and the
        number of dead letters (`swarm deadletters`).

        Only workers that answer now count as online: a registered agent whose heartbeat is
        stale is "offline", one that heartbeats but does not answer is "unresponsive".
        Below, the latest health sweep's findings (`swarm health --latest`), coloured by
        status. Exit code 1 when Redis or the database does not answer.
        """
        from swarm.app import app as celery_app

        rt = Runtime(get_settings())
        snap: Snapshot | None = None
        try:
            st = health.status(
                rt.redis, rt.engine, celery_app, rt.settings.locks.agent_ttl_s
            )
            dead = _dead_letters(rt) if st.database.ok else None
            if st.redis.ok:
                snap = health_store.latest(rt.redis)
        finally:
            rt.close()
        if as_json:
            health_json = snap.to_dict() if snap else None
            typer.echo(json.dumps({**st.to_dict(), "dead_letters": dead, "health": health_json}))
        else:
            _print(st)
            _print_dead_letters(dead)
            _print_snapshot(snap, rt.settings.health.stale_after_s)
        if not st.healthy:
            raise typer.Exit(1)


def _print_snapshot(snap: Snapshot | None, stale_after_s: float) -> None:
    out = _console()
    fresh = sweep_freshness(snap, time.time(), stale_after_s)
    if snap is None:
        out.print(f"health sweep: {mark(fresh.status)}  {fresh.reason}")
        return
    out.print(findings_table(snap, title=f"health: {snap.status} ({fresh.reason})"))


def _print(st: health.Status) -> None:
    console = _console()
    for name, check in (("redis", st.redis), ("database", st.database)):
        mark = "[green]ok[/]" if check.ok else "[red]DOWN[/]"
        console.print(f"{name:9} {mark}  {check.detail}")
    table = Table("queue", "depth", "workers online")
    for q in st.queues:
        table.add_row(q.queue, str(q.depth), ", ".join(q.workers) or "[yellow]none[/]")
    console.print(table)
    console.print(f"unacked messages: {st.unacked}")
    if st.agents:
        agents = Table("agent", "pool", "status", "load", "success", "heartbeat")
        for a in st.agents:
            rate = "-" if a.success_rate is None else f"{a.success_rate:.0%}"
            agents.add_row(a.name, a.pool, a.status, str(a.load), rate, f"{a.heartbeat_age_s}s ago")
        console.print(agents)


def _dead_letters(rt: Runtime) -> dict[str, int] | None:
    """``{"total", "not_replayed"}``, or None when the table is not there yet."""
    try:
        with rt.transaction() as session:
            return deadletter.counts(session)
    except SQLAlchemyError:
        return None


def _print_dead_letters(dead: dict[str, int] | None) -> None:
    if dead is None:
        typer.echo("dead letters: unknown (database not migrated: `swarm db upgrade`)")
    else:
        typer.echo(f"dead letters: {dead['total']} ({dead['not_replayed']} not replayed)"
                   " - `swarm deadletters list`")  # fmt: skip
