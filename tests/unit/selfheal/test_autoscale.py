"""The desired-replicas rule: up on wait or backlog, down after idle, bounds, cool-down."""

from __future__ import annotations

from swarm.autoscale import PoolLoad, PoolState, ScaleRule, decide

RULE = ScaleRule(max_wait_s=30, backlog_per_worker=10, idle_s=60, cooldown_s=20)
BUSY = PoolLoad(depth=5, oldest_age_s=45.0, running=1, concurrency=1)
IDLE = PoolLoad(depth=0, oldest_age_s=None, running=0, concurrency=1)


def test_up_when_the_oldest_message_waits_too_long() -> None:
    state, why = decide(None, BUSY, 1, 3, RULE, now=100.0)
    assert state.replicas == 2 and why is not None and "45 s > 30 s" in why


def test_up_when_the_backlog_per_worker_is_high() -> None:
    load = PoolLoad(depth=25, oldest_age_s=1.0, running=1, concurrency=2)
    state, why = decide(PoolState(1), load, 1, 3, RULE, now=100.0)
    assert state.replicas == 2 and why is not None and "waiting per worker" in why


def test_cool_down_and_maximum() -> None:
    state, _ = decide(PoolState(2, changed_at=90.0), BUSY, 1, 3, RULE, now=100.0)
    assert state.replicas == 2  # within the cool-down
    state, _ = decide(PoolState(3, changed_at=0.0), BUSY, 1, 3, RULE, now=100.0)
    assert state.replicas == 3  # at the maximum


def test_down_after_idle_not_before_and_never_below_minimum() -> None:
    state, why = decide(PoolState(3), IDLE, 1, 3, RULE, now=100.0)
    assert (state.replicas, why, state.idle_since) == (3, None, 100.0)
    state, why = decide(state, IDLE, 1, 3, RULE, now=159.0)
    assert state.replicas == 3
    state, why = decide(state, IDLE, 1, 3, RULE, now=160.0)
    assert state.replicas == 2 and why is not None and "idle" in why
    state, _ = decide(state, IDLE, 1, 3, RULE, now=221.0)
    assert state.replicas == 1
    state, why = decide(state, IDLE, 1, 3, RULE, now=500.0)
    assert (state.replicas, why) == (1, None)


def test_work_resets_idle_and_bounds_clamp() -> None:
    state, _ = decide(PoolState(2, idle_since=10.0), PoolLoad(0, None, 1, 1), 1, 3, RULE, 100.0)
    assert state.idle_since is None
    state, why = decide(PoolState(5), IDLE, 1, 3, RULE, now=100.0)
    assert state.replicas == 3 and why is not None and "bounds" in why


def test_disabled_keeps_the_minimum() -> None:
    off = ScaleRule(30, 10, 60, 20, enabled=False)
    state, why = decide(None, BUSY, 1, 3, off, now=100.0)
    assert (state.replicas, why) == (1, None)
