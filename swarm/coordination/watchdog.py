"""A thread that renews a lease while work runs, and reports when it cannot.

It renews every ``lease / WATCHDOG_RENEWALS_PER_LEASE``. A renewal refused by Redis (the
lease already ran out, someone else holds the lock) is a loss at once; a Redis outage is a
loss only once the last successful renewal is a full lease ago (the lease is then surely
gone). On loss it calls ``on_lost(reason)`` once and stops.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from swarm.coordination.defaults import WATCHDOG_RENEWALS_PER_LEASE
from swarm.coordination.errors import CoordinationUnavailable

log = logging.getLogger(__name__)

# How long stop() waits for the thread; one renewal round trip is far shorter.
JOIN_TIMEOUT_S = 5.0


class Watchdog(threading.Thread):
    """Renews a lease with ``renew()`` (True = renewed) until :meth:`stop`."""

    def __init__(
        self,
        name: str,
        lease_ms: int,
        renew: Callable[[], bool],
        on_lost: Callable[[str], None],
    ) -> None:
        super().__init__(name=f"lock-watchdog:{name}", daemon=True)
        self.lease_s = lease_ms / 1000
        self.interval_s = self.lease_s / WATCHDOG_RENEWALS_PER_LEASE
        self._renew = renew
        self._on_lost = on_lost
        self._stopped = threading.Event()

    def run(self) -> None:
        last_ok = time.monotonic()
        while not self._stopped.wait(self.interval_s):
            try:
                if self._renew():
                    last_ok = time.monotonic()
                    continue
                reason = "renewal refused: the lease had expired or another owner holds it"
            except CoordinationUnavailable as exc:
                if time.monotonic() - last_ok < self.lease_s:
                    log.warning("lock renewal failed, will retry: %s", exc)
                    continue
                reason = f"no renewal for a full lease: {exc}"
            if not self._stopped.is_set():
                self._on_lost(reason)
            return

    def stop(self) -> None:
        """Stop renewing; wait for the thread unless called from it."""
        self._stopped.set()
        if threading.current_thread() is not self and self.is_alive():
            self.join(JOIN_TIMEOUT_S)
