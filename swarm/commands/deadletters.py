"""``swarm deadletters list|show|replay|purge``: the messages the swarm rejected for good."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from swarm import audit, deadletter
from swarm.commands.common import Actor, migrated_runtime
from swarm.storage.base import as_utc
from swarm.storage.models import DeadLetter

_DURATION = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
# How many rows ``replay --all-matching`` takes at most in one run.
REPLAY_ALL_MAX = 10_000
WHEN_HELP = "a duration back from now (90s, 30m, 12h, 7d, 2w) or an ISO date/time (UTC)"


def parse_when(text: str, now: datetime) -> datetime:
    """``now`` minus a duration such as ``7d``, or an ISO date/time; BadParameter if neither."""
    m = _DURATION.match(text)
    if m:
        return now - timedelta(**{_UNITS[m.group(2)]: int(m.group(1))})
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not {WHEN_HELP}") from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def as_dict(row: DeadLetter, full: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": row.id,
        "task": row.task_name,
        "task_id": row.task_id,
        "correlation_id": row.correlation_id,
        "created_at": as_utc(row.created_at).isoformat(),
        "error": row.error,
        "payload_bytes": row.payload_bytes,
        "truncated": row.truncated,
        "replayed_at": as_utc(row.replayed_at).isoformat() if row.replayed_at else None,
        "replay_task_id": row.replay_task_id,
    }
    if full:
        out["payload"] = row.payload
        out["traceback"] = row.traceback
    return out


def _state(row: DeadLetter) -> str:
    if row.replayed_at:
        return "[green]replayed[/]"
    return "[yellow]truncated[/]" if row.truncated else "waiting"


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="Messages rejected for good (bad payload, permanent error, retries used up, "
        "wrong arguments, unknown task): list, inspect, replay, purge.",
        no_args_is_help=True,
    )
    app.add_typer(group, name="deadletters")

    @group.command("list")
    def list_(
        task: str | None = typer.Option(None, help="Task name; a trailing * matches a prefix."),
        since: str | None = typer.Option(None, help=f"Only rows created since: {WHEN_HELP}."),
        limit: int = typer.Option(50, min=1, help="How many, newest first."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON lines."),
    ) -> None:
        """List dead letters, newest first."""
        after = parse_when(since, datetime.now(UTC)) if since else None
        rt = migrated_runtime()
        try:
            with rt.transaction() as s:
                rows = [as_dict(r) | {"_state": _state(r)} for r in deadletter.find(
                    s, task, after, limit)]  # fmt: skip
        finally:
            rt.close()
        if as_json:
            for r in rows:
                r.pop("_state")
                typer.echo(json.dumps(r))
            return
        table = Table("id", "created (UTC)", "task", "error", "bytes", "state")
        for column in table.columns[:3]:
            column.no_wrap = True
        for r in rows:
            table.add_row(str(r["id"]), r["created_at"][:19].replace("T", " "), r["task"],
                          r["error"][:160],
                          str(r["payload_bytes"] or "-"), r["_state"])  # fmt: skip
        Console().print(table)

    @group.command("show")
    def show(row_id: int, as_json: bool = typer.Option(False, "--json")) -> None:
        """One dead letter: the full payload, the error and the traceback summary."""
        rt = migrated_runtime()
        try:
            with rt.transaction() as s:
                row = s.get(DeadLetter, row_id)
                shown = as_dict(row, full=True) if row is not None else None
        finally:
            rt.close()
        if shown is None:
            typer.echo(f"no dead letter {row_id} (see `swarm deadletters list`)", err=True)
            raise typer.Exit(1)
        if as_json:
            typer.echo(json.dumps(shown, indent=2))
            return
        console = Console()
        for key in ("id", "task", "task_id", "correlation_id", "created_at", "payload_bytes",
                    "truncated", "replayed_at", "replay_task_id"):  # fmt: skip
            console.print(f"[bold]{key:15}[/] {shown[key]}", highlight=False)
        console.print(f"[bold]{'error':15}[/] {shown['error']}", highlight=False)
        console.print("[bold]payload[/]")
        console.print_json(json.dumps(shown["payload"]))
        console.print("[bold]traceback[/]")
        console.print(shown["traceback"] or "(none kept)", highlight=False, markup=False)

    @group.command("replay")
    def replay(
        ids: list[int] = typer.Argument(None, help="Dead letter ids to replay."),
        all_matching: bool = typer.Option(
            False,
            "--all-matching",
            help="Replay every row not yet replayed that matches --task/--since.",
        ),
        task: str | None = typer.Option(None, help="With --all-matching: task name (or x.*)."),
        since: str | None = typer.Option(None, help=f"With --all-matching: {WHEN_HELP}."),
        actor: Actor = None,
    ) -> None:
        """Re-enqueue dead letters: each row's task with its original payload.

        The payload is checked against the task first (signature and payload model); a
        truncated payload is refused. A replayed row is marked (time, new task id), not
        deleted; replaying it again sends nothing. Exit code 1 if any row was refused.
        Each row replayed is recorded in `swarm audit` (deadletter.replay).
        """
        if bool(ids) == all_matching:
            raise typer.BadParameter("give dead letter ids or --all-matching (not both)")
        if not all_matching and (task or since):
            raise typer.BadParameter("--task and --since go with --all-matching")
        from swarm.app import app as celery_app

        celery_app.loader.import_default_modules()
        now = datetime.now(UTC)
        rt = migrated_runtime()
        tally = {"replayed": 0, "already": 0, "refused": 0}
        try:
            if all_matching:
                after = parse_when(since, now) if since else None
                with rt.transaction() as s:
                    ids = [r.id for r in reversed(deadletter.find(s, task, after, REPLAY_ALL_MAX))
                           if r.replayed_at is None]  # fmt: skip
            for row_id in ids:
                try:
                    with rt.transaction() as s:
                        done = deadletter.replay(s, celery_app, row_id, now)
                        if done.status == "replayed":
                            details = {"task_id": done.task_id}
                            audit.record(s, "deadletter.replay", f"dead letter {row_id}", details,
                                         actor)  # fmt: skip
                except deadletter.ReplayRefused as exc:
                    tally["refused"] += 1
                    typer.echo(f"refused: {exc}", err=True)
                    continue
                tally[done.status] += 1
                if done.status == "replayed":
                    typer.echo(f"replayed {row_id} as task {done.task_id}")
                else:
                    typer.echo(f"already replayed {row_id} at {as_utc(done.at).isoformat()} "
                               f"as task {done.task_id}: nothing sent")  # fmt: skip
        finally:
            rt.close()
        typer.echo(f"{tally['replayed']} replayed, {tally['already']} already replayed, "
                   f"{tally['refused']} refused")  # fmt: skip
        if tally["refused"]:
            raise typer.Exit(1)

    @group.command("purge")
    def purge(
        ids: list[int] = typer.Argument(None, help="Dead letter ids to delete."),
        older_than: str | None = typer.Option(
            None, "--older-than", help=f"Delete every row created before: {WHEN_HELP}."
        ),
        actor: Actor = None,
    ) -> None:
        """Delete dead letters by id or by age; prints how many were deleted. A purge that
        deleted rows is recorded in `swarm audit` (deadletter.purge)."""
        if bool(ids) == bool(older_than):
            raise typer.BadParameter("give dead letter ids or --older-than (not both)")
        before = parse_when(older_than, datetime.now(UTC)) if older_than else None
        rt = migrated_runtime()
        try:
            with rt.transaction() as s:
                n = deadletter.purge(s, ids=ids or None, older_than=before)
                if n:
                    target = f"ids {','.join(map(str, ids))}" if ids else f"older than {older_than}"
                    details = {"deleted": n, "before": before.isoformat() if before else None}
                    audit.record(s, "deadletter.purge", target, details, actor)
        finally:
            rt.close()
        typer.echo(f"purged {n} dead letter{'s' if n != 1 else ''}")
