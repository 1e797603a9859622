"""``swarm sources add|list|enable|disable|remove|add-defaults``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from importlib import resources
from typing import Any

import typer
import yaml
from rich.console import Console
from rich.table import Table
from sqlalchemy import select

from swarm import audit
from swarm.commands.common import Actor, migrated_runtime
from swarm.fetchers.errors import AddressRefused, SourceError, SourceUnreachable
from swarm.fetchers.guard import AddressGuard
from swarm.pipeline import source_store as repo
from swarm.settings import get_settings
from swarm.storage.models import Source


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Feeds and X queries the swarm polls.", no_args_is_help=True)
    app.add_typer(group, name="sources")

    @group.command("add")
    def add(
        target: str = typer.Argument(..., help="Feed URL, or an X search query with --x."),
        x: bool = typer.Option(False, "--x", help="TARGET is an X recent-search query."),
        name: str | None = typer.Option(None, help="Display name."),
        interval: int = typer.Option(repo.DEFAULT_INTERVAL_S, help="Polling interval, seconds."),
        actor: Actor = None,
    ) -> None:
        """Add a source (an existing target is left as it is).

        A feed URL must be http(s) with a host; its host is resolved now and refused when it
        is not a public address (loopback, private, link-local, multicast, reserved) unless
        it is listed in fetch.allow_hosts. Every fetch checks it again. Exit code 2 if refused.
        """
        settings = get_settings()
        kind: repo.Kind = "x" if x else "rss"
        try:
            target = repo.check_target(kind, target)
            if kind == "rss":
                _check_address(target, settings.fetch.allow_hosts, settings.fetch.connect_s)
        except (repo.InvalidSource, SourceError) as exc:
            typer.echo(f"swarm: {exc}", err=True)
            raise typer.Exit(2) from None
        rt = migrated_runtime()
        with rt.transaction() as s:
            existed = s.scalar(select(Source.id).where(Source.target == target)) is not None
            src = repo.add_source(s, kind, target, name, interval)
            if not existed:  # an existing target is left as it is: nothing to record
                audit.record(s, "source.add", src.target, {"id": src.id, "kind": kind}, actor)
            typer.echo(f"source {src.id}: {src.kind} {src.target}")

    @group.command("add-defaults")
    def add_defaults(actor: Actor = None) -> None:
        """Add the well-known crypto news feeds (The Block, CoinDesk, Decrypt, …)."""
        data = yaml.safe_load(resources.files("swarm.data").joinpath("sources.yaml").read_text())
        rt = migrated_runtime()
        with rt.transaction() as s:
            known = set(s.scalars(select(Source.id)))
            for entry in data["sources"]:
                src = repo.add_source(s, "rss", entry["url"], entry["name"], entry["interval_s"])
                if src.id not in known:
                    audit.record(s, "source.add", src.target, {"id": src.id, "kind": "rss"}, actor)
        typer.echo(f"{len(data['sources'])} default feeds present")

    @group.command("list")
    def list_(as_json: bool = typer.Option(False, "--json", help="Print JSON lines.")) -> None:
        """Every source with its state, circuit breaker (closed, open, half_open), the time of
        its next probe, and its stats."""
        rt = migrated_runtime()
        with rt.transaction() as s:
            rows = list(s.scalars(select(Source).order_by(Source.id)))
            now = datetime.now(UTC)
            docs: list[dict[str, Any]] = [
                {
                    "id": r.id,
                    "kind": r.kind,
                    "name": r.name,
                    "target": r.target,
                    "enabled": r.enabled,
                    "state": r.state,
                    "interval_s": r.interval_s,
                    "items_found": r.items_found,
                    "signals_found": r.signals_found,
                    "last_success_at": r.last_success_at.isoformat() if r.last_success_at else None,
                    "last_error": r.last_error,
                    "failures_in_a_row": r.consecutive_failures,
                    **repo.breaker_view(r, now),
                }
                for r in rows
            ]
        if as_json:
            for d in docs:
                typer.echo(json.dumps(d))
            return
        table = Table("id", "kind", "name", "state", "breaker", "next probe", "items", "signals",
                      "last error")  # fmt: skip
        for d in docs:
            state = d["state"] if d["enabled"] else "disabled"
            table.add_row(
                str(d["id"]),
                d["kind"],
                d["name"][:40],
                state,
                d["breaker"],
                d["next_probe"] or "",
                str(d["items_found"]),
                str(d["signals_found"]),
                (d["last_error"] or "")[:60],
            )
        Console().print(table)

    def _set_enabled(ref: str, enabled: bool, actor: str | None) -> None:
        rt = migrated_runtime()
        with rt.transaction() as s:
            src = repo.get_source(s, ref)
            src.enabled = enabled
            if enabled:
                src.consecutive_failures, src.circuit_open_until, src.state = 0, None, "ok"
                src.x_next_token = src.x_pending_since_id = None
            action = "source.enable" if enabled else "source.disable"
            audit.record(s, action, src.target, {"id": src.id}, actor)
        typer.echo(f"source {ref} {'enabled' if enabled else 'disabled'}")

    @group.command("enable")
    def enable(
        ref: str = typer.Argument(..., help="Source id or target."), actor: Actor = None
    ) -> None:
        """Enable a source (and close its circuit breaker)."""
        _set_enabled(ref, True, actor)

    @group.command("disable")
    def disable(
        ref: str = typer.Argument(..., help="Source id or target."), actor: Actor = None
    ) -> None:
        """Disable a source."""
        _set_enabled(ref, False, actor)

    @group.command("remove")
    def remove(
        ref: str = typer.Argument(..., help="Source id or target."), actor: Actor = None
    ) -> None:
        """Remove a source (its items and alerts stay)."""
        rt = migrated_runtime()
        with rt.transaction() as s:
            src = repo.get_source(s, ref)
            audit.record(s, "source.remove", src.target, {"id": src.id, "kind": src.kind}, actor)
            s.delete(src)
        typer.echo(f"source {ref} removed")


def _check_address(url: str, allow_hosts: list[str], timeout_s: float) -> None:
    """Refuse a non-public host now; a name that does not resolve now is only a warning."""
    try:
        AddressGuard(allow_hosts).check_url(url, timeout_s)
    except AddressRefused:
        raise
    except SourceUnreachable as exc:
        typer.echo(f"warning: {exc.reason}; the address is checked again at every fetch",
                   err=True)  # fmt: skip
