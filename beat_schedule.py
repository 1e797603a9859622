"""Periodic jobs. Entries name tasks (routed by celeryconfig) and carry ``expires``.

Intervals come from settings (``intervals.*``); each sweep guards itself with its own lock so
an overlapping run skips. The sweeps that re-create lost work (scheduling fetches, re-sending
what the broker lost) are sent at ``high`` priority: a slow sweep queued on the coordinator
(health pings every worker) never makes them wait until their ``expires`` runs out.
"""

from __future__ import annotations

from typing import Any

from swarm.queues import DEFAULT_PRIORITY, PRIORITY_STEPS, Priority
from swarm.settings import get_settings

_intervals = get_settings().intervals


def _entry(task: str, every_s: float, priority: int = DEFAULT_PRIORITY) -> dict[str, Any]:
    # A run that could not start before the next one is due is dropped, not queued up.
    return {"task": task, "schedule": every_s,
            "options": {"expires": every_s, "priority": priority}}  # fmt: skip


_FIRST = PRIORITY_STEPS[Priority.HIGH]


beat_schedule: dict[str, dict[str, Any]] = {
    "schedule-sources": _entry(
        "coordinator.schedule_sources", _intervals.schedule_sources_s, _FIRST
    ),
    "coordination-sync": _entry("coordinator.sync", _intervals.sync_s),
    "health": _entry("coordinator.health", _intervals.health_s),
    "recover": _entry("coordinator.recover", _intervals.health_s, _FIRST),
    "retention": _entry("coordinator.retention", get_settings().retention.interval_s),
    "optimise": _entry("optimizer.tune", _intervals.optimise_s),
    "optimise-sources": _entry("optimizer.schedule_sources", _intervals.optimise_s),
    "optimise-pools": _entry("optimizer.advise_pools", _intervals.health_s),
}
