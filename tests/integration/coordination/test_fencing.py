"""Fencing in use: a holder paused past its lease cannot write after a new holder got in."""

from __future__ import annotations

from pathlib import Path

import pytest
import redis
from sqlalchemy import BigInteger, Column, Integer, MetaData, String, Table, create_engine, select

from swarm import keys
from swarm.coordination import Lock, NotHeld, StaleFence, fenced_set, fenced_update
from tests.integration.coordination.helpers import WAIT_S, audit

pytestmark = pytest.mark.integration

SHORT_MS = 100
LONG_MS = 30_000

meta = MetaData()
feeds = Table(
    "feeds", meta,
    Column("id", Integer, primary_key=True),
    Column("etag", String),
    Column("fence", BigInteger, nullable=False, default=0),
)  # fmt: skip


def test_paused_holder_is_fenced_off(redis_client: redis.Redis, tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'f.db'}")
    meta.create_all(engine)
    with engine.begin() as conn:
        conn.execute(feeds.insert().values(id=1, etag="start", fence=0))

    old = Lock(redis_client, "feed:1", SHORT_MS, "old")
    new = Lock(redis_client, "feed:1", LONG_MS, "new")
    assert old.acquire()
    old_fence = old.fence
    assert old_fence is not None
    # `old` pauses (GC, swap...) past its lease; `new` is woken by the lease expiry.
    assert new.acquire(timeout=WAIT_S)
    assert new.fence is not None and new.fence > old_fence

    fenced_set(redis_client, "feed:1:etag", "new-etag", new.fence)
    with engine.begin() as conn:
        assert fenced_update(conn, feeds, feeds.c.id == 1, {"etag": "new"}, new.fence)

    # `old` wakes up and tries to write with its stale token: refused, nothing changes.
    with pytest.raises(StaleFence, match="stale") as err:
        fenced_set(redis_client, "feed:1:etag", "old-etag", old_fence)
    assert err.value.current == new.fence
    with engine.begin() as conn, pytest.raises(StaleFence):
        fenced_update(conn, feeds, feeds.c.id == 1, {"etag": "old"}, old_fence)
    assert redis_client.get("feed:1:etag") == b"new-etag"
    with engine.begin() as conn:
        assert conn.execute(select(feeds.c.etag, feeds.c.fence)).one() == ("new", new.fence)

    # Its release is refused with a clear error and changes nothing.
    with pytest.raises(NotHeld, match=r"'feed:1'.*'old'.*held by 'new'"):
        old.release()
    assert new.owner() == "new" and new.locked()
    new.release()

    events = [(e["event"], e.get("owner")) for e in audit(redis_client)]
    assert ("expire", "old") in events
    assert ("stale_write", None) in events
    assert int(redis_client.hget(keys.CONFLICTS, "feed:1:etag") or 0) == 1


def test_fenced_set_rules(redis_client: redis.Redis) -> None:
    fenced_set(redis_client, "k", "a", 5)
    with pytest.raises(StaleFence):
        fenced_set(redis_client, "k", "b", 5)
    fenced_set(redis_client, "k", "c", 5, allow_equal=True)
    fenced_set(redis_client, "k", "d", 6)
    assert redis_client.get("k") == b"d"
    with pytest.raises(ValueError):
        fenced_set(redis_client, "k", "e", 0)


def test_fenced_update_without_matching_row(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'f.db'}")
    meta.create_all(engine)
    with engine.begin() as conn:
        assert fenced_update(conn, feeds, feeds.c.id == 42, {"etag": "x"}, 3) is False
