"""Argument checks happen before anything touches Redis (the client here has no server)."""

from __future__ import annotations

import pytest
import redis

from swarm.coordination import Lock, NotHeld, RWLock, TokenBucket
from swarm.coordination.listing import audit_entries

# Nothing listens on port 1: any Redis call would fail with a connection error instead.
NO_SERVER = redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.1)


@pytest.mark.parametrize("lease", [0, -5, 1.5, True, "100"])
def test_lease_must_be_positive_ms(lease: object) -> None:
    with pytest.raises(ValueError, match="lease_ms"):
        Lock(NO_SERVER, "x", lease)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="lease_ms"):
        RWLock(NO_SERVER, "x", lease)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["", None, 3])
def test_name_must_be_text(name: object) -> None:
    with pytest.raises(ValueError, match="name"):
        Lock(NO_SERVER, name)  # type: ignore[arg-type]


def test_owner_must_be_text() -> None:
    with pytest.raises(ValueError, match="owner"):
        Lock(NO_SERVER, "x", owner="")


def test_default_owners_are_unique_and_readable() -> None:
    a, b = Lock(NO_SERVER, "x"), Lock(NO_SERVER, "x")
    assert a.owner_id != b.owner_id
    assert a.owner_id.count(":") == 3


def test_timeout_rules_mirror_threading() -> None:
    lock = Lock(NO_SERVER, "x")
    with pytest.raises(ValueError, match="non-blocking"):
        lock.acquire(blocking=False, timeout=1)
    with pytest.raises(ValueError, match="timeout"):
        lock.acquire(timeout=-2)


def test_release_and_extend_of_unheld_lock_name_lock_and_owner() -> None:
    lock = Lock(NO_SERVER, "feed:1", owner="me")
    with pytest.raises(NotHeld, match=r"'feed:1' is not held by 'me'"):
        lock.release()
    with pytest.raises(NotHeld):
        lock.extend()
    with pytest.raises(ValueError):
        lock.extend(0)
    with pytest.raises(NotHeld):
        RWLock(NO_SERVER, "x").release()


def test_bucket_and_listing_arguments() -> None:
    with pytest.raises(ValueError):
        TokenBucket(NO_SERVER, "b", 1, 0)
    with pytest.raises(ValueError):
        TokenBucket(NO_SERVER, "b", float("inf"), 1)
    with pytest.raises(ValueError):
        audit_entries(NO_SERVER, 0)
