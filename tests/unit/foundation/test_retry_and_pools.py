from __future__ import annotations

import random
from pathlib import Path

from swarm.queues import Queue
from swarm.retry import RetryPolicy, backoff_delay
from swarm.settings import PoolSettings
from workers.manager import restart_delay
from workers.pools import children_for, pool_specs


def test_backoff_doubles_up_to_the_cap() -> None:
    p = RetryPolicy(base_delay_s=1, max_delay_s=10, jitter=False)
    assert [backoff_delay(p, n) for n in range(6)] == [1, 2, 4, 8, 10, 10]


def test_jitter_stays_between_half_and_full_delay() -> None:
    p = RetryPolicy(base_delay_s=2, max_delay_s=100, jitter=True)
    rng = random.Random(7)
    for n in range(5):
        d = backoff_delay(p, n, rng)
        full = 2 * 2**n
        assert full / 2 <= d <= full


def test_restart_delay_grows_with_consecutive_crashes() -> None:
    delays = [restart_delay(n) for n in (1, 2, 3, 10)]
    assert delays == sorted(delays) and delays[0] >= 1 and delays[-1] <= 30


def test_pool_commands_are_one_worker_per_queue(tmp_path: Path) -> None:
    specs = pool_specs(PoolSettings(news_scraper=3))
    assert [s.queue for s in specs] == list(Queue)
    news = specs[0].command()
    assert news[news.index("-Q") + 1] == "news_scraper"
    assert news[news.index("-n") + 1] == "news_scraper@%h"
    assert news[news.index("-c") + 1] == "3"
    children = children_for(specs, tmp_path, beat=True)
    assert [c.name for c in children][-1] == "beat" and len(children) == len(Queue) + 1


def test_only_selected_pools() -> None:
    specs = pool_specs(PoolSettings(), only=["notifier", "optimizer"])
    assert [s.queue.value for s in specs] == ["notifier", "optimizer"]
