"""What the commands share: a runtime on the configured database, migrated to the newest schema,
and the ``--actor`` option of every command that changes state (see :mod:`swarm.audit`)."""

from __future__ import annotations

from typing import Annotated

import typer

from swarm.runtime import Runtime
from swarm.settings import get_settings
from swarm.storage import migrate

# ``--actor NAME`` of the operator commands; None means the OS user (``swarm.audit.who``).
Actor = Annotated[
    str | None,
    typer.Option("--actor", help="Who acts, as recorded by `swarm audit` (default: the OS user)."),
]


def migrated_runtime() -> Runtime:
    """The configured database's runtime, its schema brought up to date first."""
    rt = Runtime(get_settings())
    migrate.upgrade(rt.engine)
    return rt
