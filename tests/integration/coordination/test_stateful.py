"""Lock and RWLock driven by hypothesis against pure-Python reference models.

Several owners acquire (non-blocking), release and extend; a rule also makes a holder's
lease run out behind its back, so Redis-side refusals (stale release/extend) are exercised.
"""

from __future__ import annotations

import uuid

import pytest
import redis
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from swarm.coordination import AlreadyHeld, Lock, NotHeld, RWLock
from swarm.coordination.rwlock import rw_keys

pytestmark = pytest.mark.integration

OWNERS = ("a", "b", "c")
LEASE_MS = 60_000
RUN = settings(max_examples=40, stateful_step_count=30, deadline=None)
owner_st = st.sampled_from(OWNERS)


class LockModel(RuleBasedStateMachine):
    client: redis.Redis

    def __init__(self) -> None:
        super().__init__()
        name = f"m-{uuid.uuid4().hex}"
        self.locks = {o: Lock(self.client, name, LEASE_MS, o) for o in OWNERS}
        self.holder: str | None = None  # who Redis says holds it
        self.believers: set[str] = set()  # objects that think they hold it
        self.last_fence = 0

    @rule(o=owner_st)
    def acquire(self, o: str) -> None:
        if o in self.believers:
            with pytest.raises(AlreadyHeld):
                self.locks[o].acquire(blocking=False)
            return
        got = self.locks[o].acquire(blocking=False)
        assert got == (self.holder is None)
        if got:
            fence = self.locks[o].fence
            assert fence is not None and fence > self.last_fence
            self.last_fence, self.holder = fence, o
            self.believers.add(o)

    @rule(o=owner_st)
    def release(self, o: str) -> None:
        if o not in self.believers or self.holder != o:
            with pytest.raises(NotHeld):
                self.locks[o].release()
        else:
            self.locks[o].release()
            self.holder = None
        self.believers.discard(o)

    @rule(o=owner_st)
    def extend(self, o: str) -> None:
        if o in self.believers and self.holder == o:
            self.locks[o].extend()
            return
        with pytest.raises(NotHeld):
            self.locks[o].extend()
        self.believers.discard(o)

    @rule()
    def lease_runs_out(self) -> None:
        if self.holder is not None:
            self.client.delete(self.locks[self.holder].key)
            self.holder = None

    @invariant()
    def redis_agrees(self) -> None:
        lock = self.locks[OWNERS[0]]
        assert lock.owner() == self.holder
        assert lock.locked() == (self.holder is not None)
        for o in OWNERS:
            assert self.locks[o].held == (o in self.believers)


class RWLockModel(RuleBasedStateMachine):
    client: redis.Redis

    def __init__(self) -> None:
        super().__init__()
        self.name = f"m-{uuid.uuid4().hex}"
        self.locks = {o: RWLock(self.client, self.name, LEASE_MS, o) for o in OWNERS}
        self.readers: set[str] = set()
        self.writer: str | None = None
        self.modes: dict[str, str] = {}
        self.last_fence = 0

    @rule(o=owner_st, mode=st.sampled_from(["read", "write"]))
    def acquire(self, o: str, mode: str) -> None:
        lock = self.locks[o]
        if o in self.modes:
            with pytest.raises(AlreadyHeld):
                lock.acquire(mode, blocking=False)  # type: ignore[arg-type]
            return
        free = self.writer is None and (mode == "read" or not self.readers)
        got = lock.acquire(mode, blocking=False)  # type: ignore[arg-type]
        assert got == free
        if got:
            assert lock.fence is not None and lock.fence > self.last_fence
            self.last_fence = lock.fence
            self.modes[o] = mode
            if mode == "read":
                self.readers.add(o)
            else:
                self.writer = o

    def _holds(self, o: str) -> bool:
        mode = self.modes.get(o)
        return (mode == "read" and o in self.readers) or (mode == "write" and self.writer == o)

    def _forget(self, o: str) -> None:
        self.modes.pop(o, None)
        self.readers.discard(o)
        if self.writer == o:
            self.writer = None

    @rule(o=owner_st)
    def release(self, o: str) -> None:
        if self._holds(o):
            self.locks[o].release()
        else:
            with pytest.raises(NotHeld):
                self.locks[o].release()
        self._forget(o)

    @rule(o=owner_st)
    def extend(self, o: str) -> None:
        if self._holds(o):
            self.locks[o].extend()
            return
        with pytest.raises(NotHeld):
            self.locks[o].extend()
        self.modes.pop(o, None)

    @rule(o=owner_st)
    def lease_runs_out(self, o: str) -> None:
        writer_key, readers_key = rw_keys(self.name)[:2]
        if o in self.readers:
            self.client.zadd(readers_key, {o: 1})  # lease end long past: pruned on next use
            self.readers.discard(o)
        if self.writer == o:
            self.client.delete(writer_key)
            self.writer = None

    @invariant()
    def redis_agrees(self) -> None:
        lock = self.locks[OWNERS[0]]
        assert lock.writer() == self.writer
        assert set(lock.readers()) == self.readers


def test_lock_matches_model(redis_client: redis.Redis) -> None:
    machine = type("LockMachine", (LockModel,), {"client": redis_client})
    run_state_machine_as_test(machine, settings=RUN)


def test_rwlock_matches_model(redis_client: redis.Redis) -> None:
    machine = type("RWLockMachine", (RWLockModel,), {"client": redis_client})
    run_state_machine_as_test(machine, settings=RUN)
