"""Source scheduling: move each source's polling interval within bounds by what its fetches
yield (new items and signals per fetch) and how often they fail. Pure: values in and out."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Bounds:
    """``min_s``/``max_s``: the interval never leaves them; ``step``: factor of one move;
    ``fast_yield``: new items per fetch that earn a shorter interval; ``slow_failures``: share
    of failed fetches that earns a longer one."""

    min_s: int = 60
    max_s: int = 3600
    step: float = 2.0
    fast_yield: float = 1.0
    slow_failures: float = 0.5


@dataclass(frozen=True, slots=True)
class Counters:
    """A source's cumulative counters at one moment (epoch seconds)."""

    items: int
    signals: int
    at: float


@dataclass(frozen=True, slots=True)
class Move:
    interval_s: int
    reason: str


def next_interval(
    interval_s: int,
    before: Counters,
    now: Counters,
    consecutive_failures: int,
    bounds: Bounds,
) -> Move | None:
    """The new interval, or None when the evidence since ``before`` asks for no move (or too
    little time passed for one fetch)."""
    fetches = (now.at - before.at) / interval_s
    if fetches < 1:
        return None
    new_items = max(0, now.items - before.items)
    new_signals = max(0, now.signals - before.signals)
    failed = min(1.0, consecutive_failures / fetches)
    if failed >= bounds.slow_failures:
        target, reason = interval_s * bounds.step, f"{failed:.0%} of fetches failed"
    elif new_signals or new_items / fetches >= bounds.fast_yield:
        target = interval_s / bounds.step
        reason = f"{new_items} new items, {new_signals} signals in ~{fetches:.0f} fetches"
    elif new_items == 0:
        target, reason = interval_s * bounds.step, f"nothing new in ~{fetches:.0f} fetches"
    else:
        return None
    moved = int(min(bounds.max_s, max(bounds.min_s, round(target))))
    if moved == interval_s:
        return None
    return Move(moved, reason)
