"""celeryconfig: every queue declared, every task routed by name, the reliability rules set."""

from __future__ import annotations

import celeryconfig
from swarm.queues import PRIORITY_STEPS, Queue


def test_every_pool_queue_is_declared_and_none_auto_created() -> None:
    declared = {q.name for q in celeryconfig.task_queues}
    assert declared == {q.value for q in Queue}
    assert celeryconfig.task_create_missing_queues is False


def test_every_registered_task_routes_to_a_declared_queue() -> None:
    from swarm.app import app

    app.loader.import_default_modules()
    names = [n for n, t in app.tasks.items() if t.__module__.startswith("tasks.")]
    assert names, "no task registered"
    declared = {q.name for q in celeryconfig.task_queues}
    router = app.amqp.router
    for name in names:
        route = router.route({}, name)
        assert route["queue"].name in declared, name
        assert route["queue"].name != celeryconfig.task_default_queue or name.startswith(
            ("coordinator.", "system.probe.coordinator")
        ), f"{name} falls back to the default queue"


def test_reliability_rules() -> None:
    c = celeryconfig
    assert c.accept_content == ["json"] and c.task_serializer == "json"
    assert c.task_acks_late and c.task_reject_on_worker_lost
    assert c.worker_prefetch_multiplier == 1
    assert c.task_soft_time_limit < c.task_time_limit
    vt = c.broker_transport_options["visibility_timeout"]
    assert vt > c.task_time_limit
    assert c.broker_transport_options["socket_timeout"] > 0
    assert c.broker_transport_options["health_check_interval"] > 0
    assert c.worker_send_task_events and c.task_send_sent_event
    assert c.result_expires > 0


def test_priorities_map_onto_redis_steps() -> None:
    steps = celeryconfig.broker_transport_options["priority_steps"]
    assert sorted(PRIORITY_STEPS.values()) == steps
    assert PRIORITY_STEPS["critical"] < PRIORITY_STEPS["low"]  # lower number = served first


def test_sweeps_that_recreate_lost_work_overtake_the_other_beat_jobs() -> None:
    from beat_schedule import beat_schedule
    from swarm.queues import DEFAULT_PRIORITY, Priority

    options = {e["task"]: e["options"] for e in beat_schedule.values()}
    first = PRIORITY_STEPS[Priority.HIGH]
    assert options["coordinator.schedule_sources"]["priority"] == first
    assert options["coordinator.recover"]["priority"] == first
    assert options["coordinator.health"]["priority"] == DEFAULT_PRIORITY
    assert all(o["expires"] > 0 for o in options.values())
