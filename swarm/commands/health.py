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


def _container_check(pool: str | None, beat: bool) -> int:
    """Docker's healthcheck codes: 0 healthy, 1 unhealthy (2 is reserved there)."""
    import socket

    from swarm.queues import Queue
    from workers import ping

    if pool is not None and beat:
        raise typer.BadParameter("give --worker POOL or --beat, not both")
    if pool is not None and pool not in {q.value for q in Queue}:
        names = ", ".join(q.value for q in Queue)
        raise typer.BadParameter(f"unknown pool {pool!r}; pools: {names}", param_hint="--worker")
    host = socket.gethostname()
    code = ping.check_beat(host) if beat else ping.check_worker(pool, host)
    return 0 if code == 0 else 1


def register(app: typer.Typer) -> None:
    @app.command("health")
    def health(
        as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
        latest: bool = typer.Option(
            False, "--latest", help="Show the last sweep's snapshot instead of checking now."
        ),
        worker: str | None = typer.Option(
            None, "--worker", metavar="POOL",
            help="Container healthcheck: only whether POOL's worker on this host answers a "
            "control ping (exit 0 healthy, 1 not).",
        ),
        beat: bool = typer.Option(
            False, "--beat",
            help="Container healthcheck: only whether this host's beat holds the beat lock "
            "(exit 0 healthy, 1 not).",
        ),
    ) -> None:
        """Check Redis, the database, queues, pools, overdue tasks, deliveries, sources.

        Exit code 0 when every check is ok, 1 when one is degraded, 2 when one is failing
        (for cron jobs and container healthchecks). --latest reads the snapshot the beat
        sweep (`coordinator.health`) stored, and is degraded when that is older than
        `health.stale_after_s`.

        --worker POOL / --beat check this container only (the compose file's healthchecks):
        the swarm-wide checks above would mark every container unhealthy for a backlog or a
        failing feed, which restarting the container does not cure.
        """
        if worker is not None or beat:
            raise typer.Exit(_container_check(worker, beat))
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
