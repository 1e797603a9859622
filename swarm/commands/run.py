"""``swarm run``: the long-running swarm — every pool and beat, polling the configured sources."""

from __future__ import annotations

import typer

from swarm.commands.workers import supervise
from workers.manager import DEFAULT_GRACE_S


def register(app: typer.Typer) -> None:
    @app.command("run")
    def run(
        grace: float = typer.Option(
            DEFAULT_GRACE_S, help="Seconds of warm shutdown before SIGKILL."
        ),
        loglevel: str = typer.Option("INFO", help="Log level of the workers."),
    ) -> None:
        """Run the whole swarm until Ctrl-C: all seven pools and beat, which polls every
        enabled source (`swarm sources list`) on its interval. Uses the configured Redis, else
        redis://127.0.0.1:6379/0, else an embedded one; the database is migrated first."""
        supervise(None, True, grace, loglevel)
