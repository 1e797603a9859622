"""The shared token bucket."""

from __future__ import annotations

import time

import pytest
import redis

from swarm.coordination import TokenBucket

pytestmark = pytest.mark.integration


def test_bucket_spends_then_refuses_with_wait(redis_client: redis.Redis) -> None:
    bucket = TokenBucket(redis_client, "x-api", capacity=3, refill_per_s=0.001)
    assert [bucket.try_acquire()[0] for _ in range(4)] == [True, True, True, False]
    allowed, wait_s = bucket.try_acquire()
    assert not allowed and wait_s > 100  # ~1000 s per token at 0.001/s


def test_bucket_is_shared_between_clients(redis_client: redis.Redis, redis_url: str) -> None:
    other = redis.Redis.from_url(redis_url)
    try:
        a = TokenBucket(redis_client, "host:example.org", 2, 0.001)
        b = TokenBucket(other, "host:example.org", 2, 0.001)
        assert a.try_acquire(2)[0]
        assert not b.try_acquire()[0]
    finally:
        other.close()


def test_bucket_refills(redis_client: redis.Redis) -> None:
    bucket = TokenBucket(redis_client, "fast", capacity=2, refill_per_s=1000)
    assert bucket.try_acquire(2)[0]
    assert bucket.acquire(1, timeout=5)


def test_headers_set_the_budget_until_reset(redis_client: redis.Redis) -> None:
    bucket = TokenBucket(redis_client, "x-api", capacity=450, refill_per_s=1000)
    reset = time.time() + 600
    bucket.set_from_headers(remaining=1, reset_epoch=reset)
    assert bucket.try_acquire() == (True, 0.0)
    allowed, wait_s = bucket.try_acquire()
    assert not allowed and 500 < wait_s <= 601  # no refill before the reset
    assert bucket.update_from_response(
        {"X-Rate-Limit-Remaining": "7", "X-Rate-Limit-Reset": str(int(time.time()) - 1)}
    )
    assert bucket.tokens() >= 7
    assert not bucket.update_from_response({})


def test_bucket_arguments(redis_client: redis.Redis) -> None:
    with pytest.raises(ValueError):
        TokenBucket(redis_client, "b", capacity=0, refill_per_s=1)
    bucket = TokenBucket(redis_client, "b", capacity=2, refill_per_s=1)
    with pytest.raises(ValueError, match="capacity"):
        bucket.try_acquire(3)
    with pytest.raises(ValueError):
        bucket.try_acquire(0)
    with pytest.raises(ValueError):
        bucket.set_from_headers(-1, time.time())
