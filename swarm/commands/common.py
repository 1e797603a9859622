"""What the commands share: a runtime on the configured database, migrated to the newest schema."""

from __future__ import annotations

from swarm.runtime import Runtime
from swarm.settings import get_settings
from swarm.storage import migrate


def migrated_runtime() -> Runtime:
    """The configured database's runtime, its schema brought up to date first."""
    rt = Runtime(get_settings())
    migrate.upgrade(rt.engine)
    return rt
