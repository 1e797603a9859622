"""Blocking acquisition without polling: try the script, then sleep on the lock's signal.

A denied attempt registers the caller as a waiter *in the same script call*, so a release
that happens before the caller reaches BLPOP still finds it and pushes a wake-up token; the
token waits in the signal list and BLPOP returns at once (no missed wake-up). Each BLPOP is
bounded by the holder's remaining lease (a waiter also wakes when the lease expires), by the
caller's timeout and by :data:`MAX_WAIT_SLICE_MS`, then the script is tried again.

A wait that ends (granted after a denial, or given up at the timeout) is counted by the same
script call, with its length: ``swarm_lock_waits_total`` and ``swarm_lock_wait_seconds_total``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import redis

from swarm.coordination.defaults import MAX_WAIT_SLICE_MS, MIN_WAIT_MS, WAITER_GRACE_MS
from swarm.coordination.scripts import boundary, socket_timeout_ms, text

# A BLPOP must end well before the socket timeout, or redis-py would call it a dead socket.
SOCKET_TIMEOUT_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Attempt:
    """One run of an acquire script: granted with ``fence``, or denied with a wait hint."""

    granted: bool
    value: int  # the fence when granted; the holder's remaining lease (ms) when denied
    holder: str  # who blocks the caller ('' when granted)

    @classmethod
    def parse(cls, reply: Any) -> Attempt:
        """An acquire script's reply: the fence (int) when granted, else [pttl, holder]."""
        if isinstance(reply, int):
            return cls(True, reply, "")
        return cls(False, int(reply[0]), text(reply[1]))


def check_timeout(blocking: bool, timeout: float) -> None:
    """The argument rules of ``threading.Lock.acquire``."""
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking acquire")
    if timeout < 0 and timeout != -1:
        raise ValueError(f"timeout must be -1 (no limit) or >= 0 seconds, got {timeout}")


def seconds_arg(seconds: float) -> str:
    """A wait's length as the decimal string the scripts add up (HINCRBYFLOAT)."""
    return f"{max(seconds, 0.0):.6f}"


def wait_for_grant(
    client: redis.Redis,
    signal_key: str,
    attempt: Callable[[int, bool, float], Attempt],
    timeout: float,
    give_up: Callable[[float], None],
    max_slice_ms: int | None = None,
) -> Attempt:
    """Run ``attempt(register_ms, first, waited_s)`` until granted or ``timeout`` (s; -1 = no
    limit).

    ``register_ms`` is how long the attempt keeps the caller registered as a waiter;
    ``first`` is True only for the first attempt (only that one is audited as a denial);
    ``waited_s`` is how long the caller has waited so far (a later grant counts it).
    ``give_up(waited_s)`` unregisters the waiter when the timeout ends the wait;
    ``max_slice_ms`` bounds each BLPOP further (a waiting writer must refresh its intent
    marker).
    """
    started = time.monotonic()
    deadline = None if timeout == -1 else started + timeout
    slice_ms = float(MAX_WAIT_SLICE_MS)
    sock_ms = socket_timeout_ms(client)
    if sock_ms is not None:
        slice_ms = min(slice_ms, sock_ms * SOCKET_TIMEOUT_SHARE)
    if max_slice_ms is not None:
        slice_ms = min(slice_ms, float(max_slice_ms))
    first = True
    while True:
        left_ms = slice_ms if deadline is None else (deadline - time.monotonic()) * 1000
        register_ms = int(min(max(left_ms, 0), slice_ms)) + WAITER_GRACE_MS
        result = attempt(register_ms, first, time.monotonic() - started)
        first = False
        if result.granted:
            return result
        if left_ms <= 0:
            give_up(time.monotonic() - started)
            return result
        hint = result.value + MIN_WAIT_MS if result.value > 0 else MIN_WAIT_MS
        wait_ms = max(min(hint, left_ms, slice_ms), MIN_WAIT_MS)
        with boundary(client, f"wait on {signal_key}"):
            client.blpop([signal_key], timeout=wait_ms / 1000)
