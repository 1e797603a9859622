"""``swarm config show``: the effective settings, secrets masked."""

from __future__ import annotations

import json

import typer
import yaml

from swarm.commands.config_versions import register_versions
from swarm.settings import get_settings, masked


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Inspect the effective configuration.", no_args_is_help=True)
    app.add_typer(group, name="config")
    register_versions(group)  # `swarm config versions|diff` (the stored detection configs)

    @group.command("show")
    def show(
        as_json: bool = typer.Option(False, "--json", help="Print JSON instead of YAML."),
    ) -> None:
        """Print the effective settings (YAML file + SWARM_* environment), secrets masked."""
        data = masked(get_settings())
        if as_json:
            typer.echo(json.dumps(data, indent=2))
        else:
            typer.echo(yaml.safe_dump(data, sort_keys=False).rstrip())
