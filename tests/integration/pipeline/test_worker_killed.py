"""A keyword_analyzer worker SIGKILLed in the middle of analyze_items: nothing lost, no dup.

The items are stored pending before their batches are sent, as fetching stores them, so the two
ways back for a killed batch both run here: kombu's redelivery of an unacked message, and the
recovery sweep (``coordinator.recover``) for a message the broker lost outright (kombu takes a
message off the queue before it records it as unacked; a kill between the two loses it). One
batch is stored and never sent at all, a loss the sweep alone can repair, so that path is asserted
on every run, not only when the kill happens to fall in that window.
"""

from __future__ import annotations

import hashlib
import os
import signal
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from celery import Celery
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from swarm.pipeline.ingest import ItemPayload, store_pending
from swarm.queues import Queue
from swarm.storage import migrate
from swarm.storage.db import make_engine, session_factory, transaction
from swarm.storage.models import Alert, Item
from tests.integration.pipeline.conftest import wait_until
from tests.integration.pipeline.feeds import WATCHLIST
from tests.workers import running_pools, worker_env

# The killed batch comes back once it has been unacked for the visibility timeout (22 s
# here) plus kombu's restore scan (1 s): ~25 s on a quiet machine; a batch the broker lost comes
# back from the sweep once its items have waited RECOVER_AFTER_S. The waits below only bound
# a hung run; what the test asserts is that nothing is lost and nothing doubled, not a time.
pytestmark = [pytest.mark.integration, pytest.mark.timeout(900)]
BATCHES, PER_BATCH, POSITIVES_PER_BATCH = 12, 300, 2
TIMEOUT_S = 400.0
RECOVER_AFTER_S = 30  # recovery.pending_after_s and unmerged_after_s of the workers
LOST_BATCH = BATCHES - 1  # stored, never sent: only the sweep brings it back
SWEEP_EVERY_S = 5.0  # the test sends coordinator.recover this often (beat does, in production)


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
        redis_url,
        db_url,
        tmp_path / "state",
        SWARM_WATCHLIST=str(tmp_path / "watchlist.yaml"),
        SWARM_RECOVERY__PENDING_AFTER_S=str(RECOVER_AFTER_S),
        SWARM_RECOVERY__UNMERGED_AFTER_S=str(RECOVER_AFTER_S),
    )
    Session = session_factory(engine)
    last_sweep = [0.0]

    def sweep() -> None:
        if time.monotonic() - last_sweep[0] >= SWEEP_EVERY_S:
            swarm_app.send_task("coordinator.recover")
            last_sweep[0] = time.monotonic()

    def processed() -> int:
        with Session() as s:
            return (
                s.scalar(
                    select(func.count()).select_from(Item).where(Item.processed_at.is_not(None))
                )
                or 0
            )

    total = BATCHES * PER_BATCH
    pools = [Queue.KEYWORD_ANALYZER, Queue.DATA_QUALITY, Queue.COORDINATOR]
    with running_pools(swarm_app, env, tmp_path / "logs", queues=pools) as sup:
        n = 0
        for number in range(BATCHES):
            batch = [item(n + j, j < POSITIVES_PER_BATCH) for j in range(PER_BATCH)]
            n += PER_BATCH
            with transaction(Session) as s:  # stored pending first, as fetching does
                store_pending(s, [ItemPayload.model_validate(i) for i in batch], datetime.now(UTC))
            if number != LOST_BATCH:  # that one's message the broker "lost"
                swarm_app.send_task("detection.analyze_items", args=[{"items": batch}])
        wait_until(lambda: processed() > 0, TIMEOUT_S, "a first batch committed")
        assert processed() < total, "every batch finished before the kill: make it bigger"
        analyzer = next(c for c in sup.children if c.name == "keyword_analyzer")
        assert analyzer.process is not None
        os.killpg(analyzer.process.pid, signal.SIGKILL)

        def recovered() -> bool:
            sup.check()  # the supervisor restarts the killed pool
            sweep()
            return processed() == total

        wait_until(recovered, TIMEOUT_S, "every item processed after the kill")
        assert analyzer.restarts >= 1

        def merged() -> int:
            sweep()
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
