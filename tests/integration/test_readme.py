"""The README's Python blocks run as written (against a real Redis and SQLite database)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from celery import Celery

from swarm import runtime
from swarm.settings import get_settings
from swarm.storage import migrate
from swarm.storage.models import Alert, Evidence

pytestmark = pytest.mark.integration
README = Path(__file__).resolve().parents[2] / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


@pytest.fixture
def configured(
    tmp_path: Path, redis_url: str, redis_client: redis.Redis, swarm_app: Celery,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[runtime.Runtime]:  # fmt: skip
    monkeypatch.setenv("SWARM_BROKER_URL", redis_url)
    monkeypatch.setenv("SWARM_DATABASE__URL", f"sqlite:///{tmp_path / 'readme.db'}")
    get_settings.cache_clear()
    runtime.reset()
    rt = runtime.current()
    migrate.upgrade(rt.engine)
    yield rt
    runtime.reset()


def test_readme_python_blocks_run(configured: runtime.Runtime, redis_client: redis.Redis) -> None:
    blocks = BLOCK.findall(README.read_text(encoding="utf-8"))
    assert blocks, "the README has Python blocks"
    with configured.transaction() as s:
        alert = Alert(event_key="acme|tge|x", company="Acme", event_type="tge", confidence=0.9,
                      status="notified")  # fmt: skip
        alert.evidence = [Evidence(item_id="i", kind="rss", url="https://n.example/1", score=0.9)]
        s.add(alert)
    for block in blocks:
        exec(compile(block, str(README), "exec"), {"__name__": "readme"})
    with configured.transaction() as s:
        labelled = s.get(Alert, 1)
        assert labelled is not None and labelled.status == "confirmed"
    assert any(k.startswith(b"news_scraper") for k in redis_client.keys("news_scraper*"))
