"""Retry policy as data, and the back-off maths as a pure function."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

# First retry waits about this long; each further retry doubles it.
BASE_DELAY_S = 1.0


@dataclass(frozen=True)
class RetryPolicy:
    """``max_retries`` attempts after the first; delays grow ``base * 2**n`` up to ``max_delay``.

    ``jitter`` picks each delay uniformly in [delay/2, delay] so that many failing tasks do
    not come back in step.
    """

    max_retries: int = 5
    base_delay_s: float = BASE_DELAY_S
    max_delay_s: float = 600.0
    jitter: bool = True


def backoff_delay(policy: RetryPolicy, retries: int, rng: random.Random | None = None) -> float:
    """Seconds to wait before retry number ``retries + 1`` (``retries`` done so far)."""
    delay = min(policy.max_delay_s, policy.base_delay_s * (2 ** max(retries, 0)))
    if policy.jitter:
        low = delay / 2
        delay = low + (rng or random).random() * (delay - low)
    return delay


def capped(policy: RetryPolicy, max_retries: int, max_delay_s: float) -> RetryPolicy:
    """``policy`` held within the configured ceiling (``tasks.max_retries``,
    ``tasks.retry_backoff_max_s``): a task's own policy may be stricter, never looser, since
    the broker's visibility timeout is derived from the ceiling."""
    return replace(
        policy,
        max_retries=min(policy.max_retries, max_retries),
        max_delay_s=min(policy.max_delay_s, max_delay_s),
    )
