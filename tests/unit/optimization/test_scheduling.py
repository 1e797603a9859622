"""Polling intervals follow yield and failures, within bounds."""

from __future__ import annotations

from swarm.optimization.scheduling import Bounds, Counters, next_interval

BOUNDS = Bounds(min_s=60, max_s=3600)


def test_a_source_that_never_yields_is_polled_less_often_up_to_the_bound() -> None:
    interval, at = 300, 0.0
    seen = []
    for _ in range(6):
        later = at + 10 * interval
        move = next_interval(interval, Counters(5, 0, at), Counters(5, 0, later), 0, BOUNDS)
        if move is None:
            break
        interval, at = move.interval_s, later
        seen.append(interval)
    assert seen == [600, 1200, 2400, 3600]
    assert "nothing new" in next_interval(300, Counters(5, 0, 0), Counters(5, 0, 3000), 0,
                                          BOUNDS).reason  # type: ignore[union-attr]  # fmt: skip


def test_a_source_that_yields_again_is_polled_sooner_down_to_the_bound() -> None:
    move = next_interval(3600, Counters(5, 0, 0), Counters(25, 0, 36_000), 0, BOUNDS)
    assert move is not None and move.interval_s == 1800
    signal = next_interval(120, Counters(5, 0, 0), Counters(5, 1, 1200), 0, BOUNDS)
    assert signal is not None and signal.interval_s == 60
    assert next_interval(60, Counters(5, 0, 0), Counters(50, 3, 600), 0, BOUNDS) is None


def test_failures_slow_a_source_and_too_little_time_moves_nothing() -> None:
    move = next_interval(300, Counters(0, 0, 0), Counters(40, 0, 3000), 8, BOUNDS)
    assert move is not None and move.interval_s == 600 and "failed" in move.reason
    assert next_interval(300, Counters(0, 0, 0), Counters(0, 0, 200), 0, BOUNDS) is None
    # some new items but fewer than one per fetch: no move
    assert next_interval(300, Counters(0, 0, 0), Counters(3, 0, 3000), 0, BOUNDS) is None


def test_guard_verdict_needs_enough_labels_and_a_real_drop() -> None:
    from swarm.optimization.guard import GuardPolicy, verdict

    policy = GuardPolicy(tolerance=0.1, min_labels=10)
    assert verdict(3, 3, 0.95, policy) is None  # 6 labels: too few to judge
    assert verdict(9, 1, 0.95, policy) is None  # 0.90: within tolerance
    reason = verdict(7, 5, 0.95, policy)
    assert reason is not None and "0.583" in reason
