"""``swarm config versions`` and ``swarm config diff A B``: the stored detection configs."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import select

from swarm.commands.common import migrated_runtime
from swarm.errors import PermanentError
from swarm.optimization.diff import diff_mappings
from swarm.storage.models import DetectionConfig as ConfigRow


def register_versions(group: typer.Typer) -> None:
    """Add the detection-config commands to the ``config`` group."""

    @group.command("versions")
    def versions(as_json: bool = typer.Option(False, "--json", help="Print JSON lines.")) -> None:
        """List the stored detection config versions (the active one starred)."""
        rt = migrated_runtime()
        with rt.transaction() as s:
            rows = [
                (r.version, r.active, r.created_at.isoformat(), r.note)
                for r in s.scalars(select(ConfigRow).order_by(ConfigRow.version))
            ]
        if as_json:
            for v, active, created, note in rows:
                typer.echo(json.dumps({"version": v, "active": active, "created_at": created,
                                       "note": note}))  # fmt: skip
            return
        table = Table("version", "active", "created", "note")
        for v, active, created, note in rows:
            table.add_row(str(v), "*" if active else "", created, note)
        Console().print(table)

    @group.command("diff")
    def diff(a: int, b: int) -> None:
        """The exact change from detection config version A to version B (JSON lines)."""
        rt = migrated_runtime()
        with rt.transaction() as s:
            data = {}
            for v in (a, b):
                row = s.scalars(select(ConfigRow).where(ConfigRow.version == v)).one_or_none()
                if row is None:
                    raise PermanentError(
                        f"no detection config version {v}; see `swarm config versions`"
                    )
                data[v] = row.data
        for entry in diff_mappings(data[a], data[b]):
            typer.echo(json.dumps(entry))
