"""Helpers of the coordination integration tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

# Bound of every wait in these tests (the per-test timeout is far above it).
WAIT_S = 10.0


def wait_until(predicate: Callable[[], bool], timeout_s: float = WAIT_S) -> None:
    """Wait for a condition set by another thread or process (test scaffolding only)."""
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.005)


class Worker(threading.Thread):
    """Runs ``fn`` in a thread and keeps its result or exception."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__(daemon=True)
        self.fn = fn
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = threading.Event()

    def run(self) -> None:
        try:
            self.result = self.fn()
        except BaseException as exc:  # re-raised by value()
            self.error = exc
        finally:
            self.done.set()

    def value(self) -> Any:
        self.join(WAIT_S)
        assert not self.is_alive(), "worker thread did not finish"
        if self.error is not None:
            raise self.error
        return self.result


def audit(client: Any) -> list[dict[str, str]]:
    """Every audit entry's fields, oldest first."""
    from swarm.coordination.listing import audit_entries

    return [e.fields for e in audit_entries(client, 10_000)]
