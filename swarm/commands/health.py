"""``swarm health``: every health check now, one status per check; exit 0 / 1 / 2.

Also the renderer of findings that ``swarm status`` shares.
"""

from __future__ import annotations

import json
import shutil
import sys
import time

import redis
import typer
from rich.console import Console
from rich.table import Table

from swarm import autoscale, findings, health_store
from swarm.findings import Finding, Snapshot
from swarm.healthchecks import HealthLimits, control_ping, gather
from swarm.runtime import Runtime
from swarm.settings import get_settings

COLOURS = {findings.OK: "green", findings.DEGRADED: "yellow", findings.FAILING: "red"}
# Width used when the output is not a terminal (a pipe, a log): wide enough not to cut.
PIPE_WIDTH = 160


def console() -> Console:
    """A console as wide as the terminal (not cut at 80 columns when piped)."""
    if sys.stdout.isatty():
        return Console()
    return Console(width=max(shutil.get_terminal_size((PIPE_WIDTH, 24)).columns, PIPE_WIDTH))


def mark(status: str) -> str:
    return f"[{COLOURS.get(status, 'white')}]{status}[/]"


def findings_table(snap: Snapshot, title: str | None = None) -> Table:
    table = Table("check", "status", "reason", title=title, title_justify="left")
    table.columns[2].overflow = "fold"
    for f in snap.findings:
        table.add_row(f.check, mark(f.status), f.reason)
    return table


def sweep_freshness(snap: Snapshot | None, now: float, stale_after_s: float) -> Finding:
    """Is the stored snapshot recent? (the beat sweep may have stopped)."""
    if snap is None:
        return Finding("sweep", findings.DEGRADED, "no health sweep has run (is beat running?)")
    age = now - snap.at
    if age > stale_after_s:
        return Finding(
            "sweep", findings.DEGRADED, f"latest sweep {age:.0f} s ago > {stale_after_s:.0f} s"
        )
    return Finding("sweep", findings.OK, f"latest sweep {age:.0f} s ago")


def _desired(client: redis.Redis) -> dict[str, int] | None:
    """The desired replicas the sweep wrote (a pool wanted and not running is failing)."""
    try:
        return autoscale.desired(client)
    except (redis.RedisError, OSError):
        return None  # the redis check reports it


def register(app: typer.Typer) -> None:
    @app.command("health")
    def health(
        as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
        latest: bool = typer.Option(
            False, "--latest", help="Show the last sweep's snapshot instead of checking now."
        ),
    ) -> None:
        """Check Redis, the database, queues, pools, overdue tasks, deliveries, sources.

        Exit code 0 when every check is ok, 1 when one is degraded, 2 when one is failing
        (for cron jobs and container healthchecks). --latest reads the snapshot the beat
        sweep (`coordinator.health`) stored, and is degraded when that is older than
        `health.stale_after_s`.
        """
        from swarm.app import app as celery_app

        settings = get_settings()
        rt = Runtime(settings)
        try:
            if latest:
                stored = health_store.latest(rt.redis)
                fresh = sweep_freshness(stored, time.time(), settings.health.stale_after_s)
                snap = Snapshot(stored.at if stored else time.time(),
                                [fresh, *(stored.findings if stored else [])])  # fmt: skip
            else:
                limits = HealthLimits.of(
                    settings.health, settings.autoscale.max_wait_s, settings.locks.agent_ttl_s
                )
                ping = control_ping(celery_app, settings.health.ping_timeout_s)
                snap = gather(rt.redis, rt.engine, ping, limits, _desired(rt.redis))
        finally:
            rt.close()
        if as_json:
            typer.echo(json.dumps(snap.to_dict()))
        else:
            out = console()
            out.print(findings_table(snap))
            out.print(f"overall: {mark(snap.status)}")
        raise typer.Exit(findings.exit_code(snap.status))
