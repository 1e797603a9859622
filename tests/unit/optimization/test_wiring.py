"""The optimiser's tasks exist under their names, run on the optimizer queue, and beat runs them."""

from __future__ import annotations

from beat_schedule import beat_schedule
from swarm.app import app
from swarm.queues import Queue
from swarm.settings import IntervalSettings

TASKS = (
    "optimizer.tune",
    "optimizer.apply",
    "optimizer.schedule_sources",
    "optimizer.advise_pools",
)


def test_optimizer_tasks_are_registered_and_routed_to_their_queue() -> None:
    app.loader.import_default_modules()
    router = app.amqp.router
    for name in TASKS:
        assert name in app.tasks
        route = router.route({}, name)
        assert route["queue"].name == Queue.OPTIMIZER.value


def test_beat_runs_tuning_and_source_scheduling_every_optimise_interval() -> None:
    every = IntervalSettings().optimise_s
    entries = {e["task"]: e for e in beat_schedule.values()}
    for name in ("optimizer.tune", "optimizer.schedule_sources"):
        assert entries[name]["schedule"] == every and entries[name]["options"]["expires"] == every
    assert "optimizer.advise_pools" in entries
