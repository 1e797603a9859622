"""Redis-backed coordination: fenced locks, read-write locks, rate budgets, agent registry.

See docs/adr/0002-lock-design.md for the design and what it does not promise.
"""

from swarm.coordination.errors import (
    AcquireTimeout,
    AlreadyHeld,
    CoordinationUnavailable,
    LockError,
    LockLost,
    NotHeld,
    StaleFence,
)
from swarm.coordination.fencing import fenced_set, fenced_update
from swarm.coordination.lock import Lock
from swarm.coordination.ratelimit import TokenBucket
from swarm.coordination.rwlock import RWLock
from swarm.coordination.sweep import SweepReport, sync_sweep

__all__ = [
    "AcquireTimeout",
    "AlreadyHeld",
    "CoordinationUnavailable",
    "Lock",
    "LockError",
    "LockLost",
    "NotHeld",
    "RWLock",
    "StaleFence",
    "SweepReport",
    "TokenBucket",
    "fenced_set",
    "fenced_update",
    "sync_sweep",
]
