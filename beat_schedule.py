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


beat_schedule: dict[str, dict[str, Any]] = {
    "schedule-sources": _entry("coordinator.schedule_sources", _intervals.schedule_sources_s),
    "coordination-sync": _entry("coordinator.sync", _intervals.sync_s),
    "health": _entry("coordinator.health", _intervals.health_s),
    "recover": _entry("coordinator.recover", _intervals.health_s),
    "retention": _entry("coordinator.retention", get_settings().retention.interval_s),
    "optimise": _entry("optimizer.tune", _intervals.optimise_s),
    "optimise-sources": _entry("optimizer.schedule_sources", _intervals.optimise_s),
    "optimise-pools": _entry("optimizer.advise_pools", _intervals.health_s),
}
