"""Dead letters end to end: a real worker rejects bad calls into the store, the CLI handles them."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import redis
from celery import Celery
from click.testing import Result
from sqlalchemy import func, select
from typer.testing import CliRunner

from swarm import deadletter
from swarm.cli import app as cli_app
from swarm.probe import delivery_key
from swarm.queues import Queue
from swarm.storage.db import make_engine, session_factory
from swarm.storage.models import DeadLetter, ProbeResult
from tests.workers import running_pools, worker_env

pytestmark = pytest.mark.integration
RESULT_TIMEOUT_S = 90
PROBE = f"system.probe.{Queue.OPTIMIZER.value}"
CAP = 2048


def swarm(*args: str) -> Result:
    """The ``swarm`` command in this process (a new process costs seconds of imports)."""
    return CliRunner().invoke(cli_app, list(args), env={"COLUMNS": "200"})


def wait_rows(db_url: str, count: int) -> dict[str, DeadLetter]:
    """The dead letters by key (the probe key, or the task name), once ``count`` exist."""
    engine = make_engine(db_url)
    deadline = time.monotonic() + RESULT_TIMEOUT_S
    try:
        while True:
            with session_factory(engine)() as s:
                rows = list(s.scalars(select(DeadLetter).order_by(DeadLetter.id)))
            if len(rows) >= count or time.monotonic() > deadline:
                break
            time.sleep(0.2)
    finally:
        engine.dispose()
    assert len(rows) == count, [(r.task_name, r.error) for r in rows]
    return {_key(r): r for r in rows}


def _key(row: DeadLetter) -> str:
    args = row.payload.get("args") if not row.truncated else None
    if args and isinstance(args[0], dict) and "key" in args[0]:
        return str(args[0]["key"])
    return "truncated" if row.truncated else row.task_name


def queue_depth(client: redis.Redis) -> int:
    return sum(int(client.llen(n)) for n in client.keys(f"{Queue.OPTIMIZER.value}*"))


def test_bad_calls_are_kept_and_the_cli_lists_shows_replays_and_purges(
    swarm_app: Celery,
    redis_url: str,
    migrated_sqlite: str,
    tmp_path: Path,
    redis_client: redis.Redis,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    env = worker_env(redis_url, migrated_sqlite, tmp_path / "state",
                     SWARM_DEADLETTERS__MAX_PAYLOAD_BYTES=str(CAP))  # fmt: skip
    for name in ("SWARM_BROKER_URL", "SWARM_DATABASE__URL", "SWARM_STATE_DIR"):
        monkeypatch.setenv(name, env[name])  # the CLI below runs on the workers' settings
    send = swarm_app.send_task
    send(PROBE, args=[{"key": "arity"}, 5])  # one positional argument too many
    send(PROBE, args=[{"key": "keyword"}], kwargs={"zzz": 1})  # an unknown keyword
    send(PROBE, args=[{"key": "big", "pad": "x" * 10_000}, 1])  # wrong arity, above the cap
    send(PROBE, args=[{"key": "invalid", "fail_times": -1}])  # the payload model refuses it
    send(PROBE, args=[{"key": "exhausted", "fail_times": 6}])  # fails more than its retries
    send("system.nope", args=[{"a": 1}], queue=Queue.OPTIMIZER.value)  # no such task

    with running_pools(swarm_app, env, tmp_path / "logs", queues=[Queue.OPTIMIZER]):
        rows = wait_rows(migrated_sqlite, 6)
        assert "wrong arguments: too many positional" in rows["arity"].error
        assert "unexpected keyword argument 'zzz'" in rows["keyword"].error
        assert rows["arity"].traceback and "TypeError" in rows["arity"].traceback
        big = rows["truncated"]
        assert big.truncated and big.payload_bytes and big.payload_bytes > 10_000
        assert big.payload["original_bytes"] == big.payload_bytes
        assert len(json.dumps(big.payload)) < CAP + 200
        assert "fail_times" in rows["invalid"].error
        assert "ProbeFailure" in rows["exhausted"].error and rows["exhausted"].correlation_id
        assert "NotRegistered" in rows["system.nope"].error
        assert rows["system.nope"].payload == {"args": [{"a": 1}], "kwargs": {}}

        # A row whose cause is gone (as after an outage that used up the retries) replays.
        engine = make_engine(migrated_sqlite)
        with session_factory(engine).begin() as s:
            fixed = deadletter.record(s, PROBE, "t-1", {"args": [{"key": "fixed"}], "kwargs": {}},
                                      "TransientError: database away")  # fmt: skip
        out = swarm("deadletters", "replay", str(fixed), str(rows["exhausted"].id))
        assert out.exit_code == 0, out.stderr
        assert "2 replayed, 0 already replayed, 0 refused" in out.stdout
        # The replayed payloads ran again on the worker: "fixed" now succeeds, "exhausted"
        # fails its six attempts again and comes back as a new dead letter of the same job.
        rows_after = wait_rows(migrated_sqlite, 8)
        with session_factory(engine)() as s:
            assert s.get(ProbeResult, "fixed") is not None
            again = s.scalars(select(DeadLetter).order_by(DeadLetter.id.desc())).first()
        engine.dispose()
        assert again is not None and _key(again) == "exhausted"
        assert again.correlation_id == rows["exhausted"].correlation_id
        assert int(redis_client.get(delivery_key("exhausted")) or 0) == 12
        assert rows_after["fixed"].replayed_at is not None

    # Replaying a row again sends nothing (the worker is stopped: nothing could consume it).
    out = swarm("deadletters", "replay", str(fixed))
    assert out.exit_code == 0 and "already replayed" in out.stdout, out.stderr
    assert queue_depth(redis_client) == 0
    # What would fail again is refused with the reason, and nothing is sent.
    for key, reason in [("arity", "wrong arguments"), ("truncated", "cannot be replayed"),
                        ("invalid", "fail_times"), ("system.nope", "not registered")]:  # fmt: skip
        out = swarm("deadletters", "replay", str(rows[key].id))
        assert out.exit_code == 1 and reason in out.stderr, (key, out.stderr)
    assert queue_depth(redis_client) == 0

    listed = [json.loads(x) for x in swarm("deadletters", "list", "--json").stdout.splitlines()]
    assert len(listed) == 8 and listed[0]["id"] > listed[-1]["id"]
    only = swarm("deadletters", "list", "--json", "--task", "system.nope", "--since", "1h")
    assert [json.loads(line)["task"] for line in only.stdout.splitlines()] == ["system.nope"]
    shown = json.loads(swarm("deadletters", "show", str(rows["keyword"].id), "--json").stdout)
    assert shown["payload"] == {"args": [{"key": "keyword"}], "kwargs": {"zzz": 1}}
    assert "TypeError" in shown["traceback"]
    text = swarm("deadletters", "show", str(big.id)).stdout
    assert "truncated" in text and str(big.payload_bytes) in text

    status = swarm("status", "--json")
    assert json.loads(status.stdout)["dead_letters"] == {"total": 8, "not_replayed": 6}
    assert "dead letters: 8 (6 not replayed)" in swarm("status").stdout

    out = swarm("deadletters", "purge", str(rows["arity"].id))
    assert out.exit_code == 0 and "purged 1 dead letter" in out.stdout
    out = swarm("deadletters", "purge", "--older-than", "0s")
    assert out.exit_code == 0 and "purged 7 dead letters" in out.stdout
    engine = make_engine(migrated_sqlite)
    with session_factory(engine)() as s:
        assert s.scalar(select(func.count()).select_from(DeadLetter)) == 0
    engine.dispose()
    bad = swarm("deadletters", "purge", "--older-than", "last week")
    assert bad.exit_code == 2 and "not a duration" in bad.stderr
