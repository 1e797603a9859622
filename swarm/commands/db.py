"""``swarm db upgrade|current``: Alembic migrations of the configured database."""

from __future__ import annotations

import typer

from swarm.runtime import Runtime
from swarm.settings import get_settings, masked
from swarm.storage import migrate


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Database schema (Alembic migrations).", no_args_is_help=True)
    app.add_typer(group, name="db")

    @group.command("upgrade")
    def upgrade(revision: str = typer.Argument("head", help="Target revision.")) -> None:
        """Migrate the configured database to the latest schema (or REVISION)."""
        settings = get_settings()
        rt = Runtime(settings)
        try:
            now = migrate.upgrade(rt.engine, revision)
        finally:
            rt.close()
        typer.echo(f"database {masked(settings)['database']['url']} at revision {now}")

    @group.command("current")
    def current() -> None:
        """Print the database's current revision and the newest one this code knows."""
        rt = Runtime(get_settings())
        try:
            typer.echo(f"current: {migrate.current(rt.engine)}  head: {migrate.head()}")
        finally:
            rt.close()
