"""Rate budgets shared by every worker: a token bucket in one Lua script.

The bucket holds up to ``capacity`` tokens and refills at ``refill_per_s`` by the Redis
server's clock. :meth:`TokenBucket.try_acquire` takes ``cost`` tokens or says how long to
wait. An API that reports its own budget (X's ``x-rate-limit-remaining`` and
``x-rate-limit-reset`` headers) feeds it with :meth:`TokenBucket.set_from_headers`: the
bucket then holds exactly what is left, does not refill before the reset, and is full after.
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping

import redis

from swarm import keys
from swarm.coordination.args import check_name
from swarm.coordination.scripts import boundary, scripts_for

REMAINING_HEADER = "x-rate-limit-remaining"
RESET_HEADER = "x-rate-limit-reset"  # epoch seconds


def _positive(what: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValueError(f"{what} must be a positive number, got {value!r}")
    if math.isinf(value):
        raise ValueError(f"{what} must be finite")
    return float(value)


class TokenBucket:
    """A token bucket ``name`` (key ``swarm:rate:<name>``) of ``capacity`` tokens refilled
    at ``refill_per_s`` tokens per second; every worker naming it shares it."""

    def __init__(
        self, client: redis.Redis, name: str, capacity: float, refill_per_s: float
    ) -> None:
        self.name = check_name(name)
        self.capacity = _positive("capacity", capacity)
        self.refill_per_s = _positive("refill_per_s", refill_per_s)
        self.client = client
        self.key = f"{keys.RATE}:{name}"
        self._scripts = scripts_for(client)

    def __repr__(self) -> str:
        return f"TokenBucket({self.name!r}, {self.capacity:g}, {self.refill_per_s:g}/s)"

    def try_acquire(self, cost: float = 1) -> tuple[bool, float]:
        """Take ``cost`` tokens: ``(True, 0.0)``, or ``(False, seconds to wait)``."""
        cost = _positive("cost", cost)
        if cost > self.capacity:
            raise ValueError(f"cost {cost:g} exceeds the bucket's capacity {self.capacity:g}")
        allowed, wait_ms, _ = self._run(cost)
        return allowed, wait_ms / 1000

    def tokens(self) -> float:
        """Tokens available now (refill applied; nothing taken)."""
        return self._run(0)[2]

    def acquire(self, cost: float = 1, timeout: float = 0) -> bool:
        """Take ``cost`` tokens, sleeping as the bucket says for up to ``timeout`` s."""
        deadline = time.monotonic() + timeout
        while True:
            allowed, wait_s = self.try_acquire(cost)
            if allowed:
                return True
            if time.monotonic() + wait_s > deadline:
                return False
            time.sleep(wait_s)

    def set_from_headers(self, remaining: int, reset_epoch: float) -> None:
        """Adopt the API's own count: ``remaining`` calls until ``reset_epoch`` (seconds)."""
        if isinstance(remaining, bool) or not isinstance(remaining, int) or remaining < 0:
            raise ValueError(f"remaining must be an integer >= 0, got {remaining!r}")
        reset_ms = int(_positive("reset_epoch", reset_epoch) * 1000)
        with boundary(self.client, f"rate bucket {self.name}"):
            self._scripts.bucket_set([self.key], [remaining, reset_ms, self.capacity])

    def update_from_response(self, headers: Mapping[str, str]) -> bool:
        """:meth:`set_from_headers` from response headers; False when they are absent."""
        lower = {k.lower(): v for k, v in headers.items()}
        try:
            remaining, reset = int(lower[REMAINING_HEADER]), float(lower[RESET_HEADER])
        except (KeyError, ValueError):
            return False
        self.set_from_headers(remaining, reset)
        return True

    def _run(self, cost: float) -> tuple[bool, float, float]:
        args = [repr(self.capacity), repr(self.refill_per_s), repr(cost)]
        with boundary(self.client, f"rate bucket {self.name}"):
            allowed, wait_ms, left = self._scripts.token_bucket([self.key], args)
        return bool(int(allowed)), float(wait_ms), float(left)
