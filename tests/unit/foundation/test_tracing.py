"""Correlation ids: a new one per top-level send, the bound one inside a task or a block."""

from __future__ import annotations

from swarm import tracing


def test_unbound_sends_each_get_a_new_id_and_bind_nothing() -> None:
    tracing.bind(None, None)
    first, second = tracing.for_message(), tracing.for_message()
    assert first and second and first != second
    assert tracing.current() is None


def test_a_bound_id_is_what_every_send_carries() -> None:
    tracing.bind("task-cid", "task-1")
    try:
        assert tracing.for_message() == tracing.for_message() == "task-cid"
    finally:
        tracing.bind(None, None)


def test_correlate_binds_for_the_block_and_restores_after() -> None:
    tracing.bind(None, None)
    with tracing.correlate("job-1") as cid:
        assert cid == "job-1" and tracing.for_message() == "job-1"
        with tracing.correlate() as inner:
            assert inner not in ("job-1", None) and tracing.for_message() == inner
        assert tracing.current() == "job-1"
    assert tracing.current() is None
