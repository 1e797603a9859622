"""A task that fails because Redis is away: its retry cannot be published, and it is kept.

Celery answers a retry it cannot publish with ``Reject(requeue=False)``: the message is
dropped. The task boundary keeps it in the dead letters first (with the original error and
why the retry failed), and the recovery sweep re-creates the work from the database.

The task runs in a child process (its own Celery app and settings, nothing shared with the
rest of the suite), as a worker runs it: a real request, not eager, a broker nobody answers.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from swarm.embedded import free_port
from swarm.storage import migrate
from swarm.storage.db import make_engine, session_factory
from swarm.storage.models import DeadLetter

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[3]

RUN_TASK = """
from celery.exceptions import Reject
from swarm.app import app

app.loader.import_default_modules()
app.conf.update(
    broker_connection_timeout=1,
    task_publish_retry_policy={"max_retries": 1, "interval_start": 0, "interval_step": 0},
)
task = app.tasks["system.probe.optimizer"]
payload = {"key": "unpublished"}
task.push_request(id="t-unpublished", args=[payload], kwargs={}, retries=0, is_eager=False,
                  called_directly=False, delivery_info={})
try:
    task(payload)  # the probe's first step touches Redis: it fails and wants a retry
except Reject:
    print("rejected")
"""


def test_retry_that_cannot_be_published_is_dead_lettered(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'swarm.db'}"
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SWARM_")}
    env.update(
        SWARM_BROKER_URL=f"redis://127.0.0.1:{free_port()}/0",  # nothing listens there
        SWARM_DATABASE__URL=db_url,
        SWARM_STATE_DIR=str(tmp_path / "state"),
    )
    proc = subprocess.run(
        [sys.executable, "-c", RUN_TASK], env=env, cwd=ROOT, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert proc.stdout.strip() == "rejected", proc.stderr[-2000:]
    with session_factory(engine)() as s:
        rows = list(s.scalars(select(DeadLetter)))
    engine.dispose()
    assert len(rows) == 1
    row = rows[0]
    assert row.task_name == "system.probe.optimizer" and row.task_id == "t-unpublished"
    assert row.payload == {"args": [{"key": "unpublished"}], "kwargs": {}}
    assert row.error.startswith("RetryNotPublished: ConnectionError")
    assert "could not be published" in row.error
