"""The registry's Celery hooks, called as Celery would call them."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
import redis

from swarm import runtime
from swarm.coordination import celery_hooks
from swarm.coordination.registry import agents

pytestmark = pytest.mark.integration


@pytest.fixture
def hooked(redis_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("SWARM_COORDINATION_URL", redis_url)
    runtime.reset()
    yield
    celery_hooks._on_worker_shutdown()
    runtime.current().close()
    runtime.reset()


def test_worker_lifecycle(hooked: None, redis_client: redis.Redis) -> None:
    queues = SimpleNamespace(consume_from={"news_scraper": object()})
    worker = SimpleNamespace(hostname="news_scraper@h", concurrency=2,
                             app=SimpleNamespace(amqp=SimpleNamespace(queues=queues)))  # fmt: skip
    celery_hooks._on_worker_ready(sender=worker)
    beat = celery_hooks._process.heartbeat
    assert beat is not None and beat.is_alive()

    task = SimpleNamespace(request=SimpleNamespace(hostname="news_scraper@h"))
    celery_hooks._on_task_prerun(task=task)
    (agent,) = agents(redis_client)
    assert (agent.info.pool, agent.info.queues, agent.load) == ("news_scraper", ["news_scraper"], 1)
    celery_hooks._on_task_failure(sender=task)
    celery_hooks._on_task_postrun(task=task, state="FAILURE")
    celery_hooks._on_task_prerun(task=task)
    celery_hooks._on_task_postrun(task=task, state="SUCCESS")
    (agent,) = agents(redis_client)
    assert (agent.load, agent.succeeded, agent.failed, agent.status) == (0, 1, 1, "online")

    celery_hooks._on_worker_shutdown(sender=worker)
    assert not beat.is_alive()
    assert agents(redis_client)[0].status == "offline"
