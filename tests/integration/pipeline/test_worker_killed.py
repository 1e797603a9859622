"""A keyword_analyzer worker SIGKILLed in the middle of analyze_items: nothing lost, no dup."""

from __future__ import annotations

import hashlib
import os
import signal
import time
from pathlib import Path

import pytest
from celery import Celery
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from swarm.queues import Queue
from swarm.storage import migrate
from swarm.storage.db import make_engine, session_factory
from swarm.storage.models import Alert, Item
from tests.integration.pipeline.conftest import wait_until
from tests.integration.pipeline.feeds import WATCHLIST
from tests.workers import running_pools, worker_env

# The killed batch comes back once it has been unacked for the visibility timeout (22 s
# here) plus kombu's restore scan (1 s): ~25 s on a quiet machine. The waits below only bound
# a hung run; what the test asserts is the redelivery and its exactly-once effect, not a time.
pytestmark = [pytest.mark.integration, pytest.mark.timeout(900)]
BATCHES, PER_BATCH, POSITIVES_PER_BATCH = 12, 300, 2
TIMEOUT_S = 400.0


def item(i: int, positive: bool) -> dict[str, object]:
    text = (
        f"Acme Labs said its ACME token goes live on March 20, 2026, report number {i}."
        if positive
        else f"Market wrap {i}: bitcoin and ether trade flat as traders wait for jobs data."
    )
    return {
        "id": f"k{i:06d}",
        "kind": "rss",
        "url": f"https://wire{i % 7}.example/{i}",
        "title": "",
        "text": text,
        "author": f"Wire {i % 7}",
        "published": "2026-03-10T09:00:00Z",
        "fingerprint": hashlib.sha256(text.encode()).hexdigest(),
    }


def test_analyzer_killed_mid_batch_loses_nothing(
    swarm_app: Celery, redis_url: str, tmp_path: Path
) -> None:
    db_url = f"sqlite:///{tmp_path / 'swarm.db'}"
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    (tmp_path / "watchlist.yaml").write_text(WATCHLIST)
    env = worker_env(
        redis_url, db_url, tmp_path / "state", SWARM_WATCHLIST=str(tmp_path / "watchlist.yaml")
    )
    Session = session_factory(engine)

    def processed() -> int:
        with Session() as s:
            return (
                s.scalar(
                    select(func.count()).select_from(Item).where(Item.processed_at.is_not(None))
                )
                or 0
            )

    total = BATCHES * PER_BATCH
    with running_pools(
        swarm_app, env, tmp_path / "logs", queues=[Queue.KEYWORD_ANALYZER, Queue.DATA_QUALITY]
    ) as sup:
        n = 0
        for _ in range(BATCHES):
            batch = [item(n + j, j < POSITIVES_PER_BATCH) for j in range(PER_BATCH)]
            n += PER_BATCH
            swarm_app.send_task("detection.analyze_items", args=[{"items": batch}])
        wait_until(lambda: processed() > 0, TIMEOUT_S, "a first batch committed")
        assert processed() < total, "every batch finished before the kill: make it bigger"
        analyzer = next(c for c in sup.children if c.name == "keyword_analyzer")
        assert analyzer.process is not None
        os.killpg(analyzer.process.pid, signal.SIGKILL)

        def recovered() -> bool:
            sup.check()  # the supervisor restarts the killed pool
            return processed() == total

        wait_until(recovered, TIMEOUT_S, "every item processed after the kill")
        assert analyzer.restarts >= 1

        def merged() -> int:
            with Session() as s:
                alerts = s.scalars(select(Alert).options(selectinload(Alert.evidence))).all()
                assert len(alerts) <= 1, [(a.id, a.event_key) for a in alerts]
                return len(alerts[0].evidence) if alerts else 0

        wait_until(
            lambda: merged() == BATCHES * POSITIVES_PER_BATCH, TIMEOUT_S, "every signal merged"
        )
        time.sleep(1)  # a late duplicate merge would show now
    with Session() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == total
        alerts = s.scalars(select(Alert).options(selectinload(Alert.evidence))).all()
        assert len(alerts) == 1
        assert len({e.item_id for e in alerts[0].evidence}) == BATCHES * POSITIVES_PER_BATCH
    engine.dispose()
