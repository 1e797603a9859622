"""Periodic jobs. Entries name tasks (routed by celeryconfig) and carry ``expires``.

Intervals come from settings (``intervals.*``); each sweep guards itself with its own lock so
an overlapping run skips.
"""

from __future__ import annotations

from typing import Any

from swarm.settings import get_settings

_intervals = get_settings().intervals


def _entry(task: str, every_s: float) -> dict[str, Any]:
    # A run that could not start before the next one is due is dropped, not queued up.
    return {"task": task, "schedule": every_s, "options": {"expires": every_s}}


beat_schedule: dict[str, dict[str, Any]] = {}
