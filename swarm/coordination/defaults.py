"""Defaults of the coordination module.

Configurable defaults come from :class:`swarm.settings.LockSettings` (callers pass the
configured value; these are the model's defaults). The rest are structural constants.
"""

from __future__ import annotations

from swarm.settings import IntervalSettings, LockSettings

_LOCKS = LockSettings()

DEFAULT_LEASE_MS: int = _LOCKS.lease_ms
"""Lease of a lock grant when the caller names none (``locks.lease_ms``)."""

AUDIT_STREAM_MAX: int = _LOCKS.audit_stream_max
"""Approximate cap of the audit stream (``locks.audit_stream_max``)."""

WRITER_INTENT_MS: int = _LOCKS.writer_intent_ms
"""Lease of a waiting writer's intent marker (``locks.writer_intent_ms``)."""

AGENT_TTL_S: float = _LOCKS.agent_ttl_s
"""Heartbeat age after which the sweep marks an agent offline (``locks.agent_ttl_s``)."""

SYNC_INTERVAL_S: float = IntervalSettings().sync_s
"""How often beat runs ``coordinator.sync`` (``intervals.sync_s``)."""

# Structural constants ---------------------------------------------------------------------

WATCHDOG_RENEWALS_PER_LEASE = 3
"""The watchdog renews a lease this many times per lease: two renewals may fail in a row."""

HEARTBEATS_PER_TTL = 3
"""An agent heartbeats this many times per ``agent_ttl_s``."""

MAX_WAIT_SLICE_MS = 5_000
"""Longest single BLPOP of a waiter; it then re-checks the lock even if no signal came."""

WAITER_GRACE_MS = 1_000
"""A registered waiter counts as live this long past its own wake-up deadline."""

MIN_WAIT_MS = 1
"""Shortest BLPOP (a BLPOP timeout of 0 would block forever)."""

MAX_WAKE = 64
"""Most waiters a read-write lock release wakes at once (readers share, so all may go)."""

SUCCESS_RATE_WEIGHT = 0.1
"""Weight of the newest task outcome in an agent's recent success rate (EWMA)."""

SIGNAL_TTL_MS = 1_000
"""A wake-up token nobody took expires after this long (a waiter takes it within ms)."""
