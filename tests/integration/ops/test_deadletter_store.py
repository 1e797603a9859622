"""The dead-letter store on SQLite and PostgreSQL: find, counts, purge, replay once per row."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import redis
from celery import Celery

from swarm import deadletter, tracing
from swarm.runtime import Runtime
from swarm.settings import load_settings
from swarm.storage import migrate
from swarm.storage.models import DeadLetter

pytestmark = pytest.mark.integration
PROBE = "system.probe.optimizer"


@pytest.fixture
def rt(db_url: str) -> Iterator[Runtime]:
    runtime = Runtime(load_settings(database={"url": db_url}))
    migrate.upgrade(runtime.engine)
    yield runtime
    runtime.close()


def _row(
    rt: Runtime,
    task: str,
    payload: object,
    age: timedelta = timedelta(0),
    correlation_id: str | None = None,
    max_payload_bytes: int = deadletter.MAX_PAYLOAD_BYTES,
) -> int:
    with rt.transaction() as s:
        row_id = deadletter.record(
            s, task, "tid", payload, "PermanentError: x",
            correlation_id=correlation_id, max_payload_bytes=max_payload_bytes,
        )  # fmt: skip
        s.get_one(DeadLetter, row_id).created_at = datetime.now(UTC) - age
    return row_id


def queued(client: redis.Redis) -> list[dict[str, object]]:
    names = [n for n in client.keys("optimizer*")]
    return [json.loads(m) for n in names for m in client.lrange(n, 0, -1)]


def test_find_counts_and_purge(rt: Runtime) -> None:
    old = _row(rt, PROBE, {"args": [{"key": "old"}], "kwargs": {}}, timedelta(days=10))
    fetch = _row(rt, "detection.fetch_feed", {"args": [3], "kwargs": {}}, timedelta(hours=2))
    new = _row(rt, PROBE, {"args": [{"key": "new"}], "kwargs": {}})
    with rt.transaction() as s:
        assert [r.id for r in deadletter.find(s)] == [new, fetch, old]
        assert [r.id for r in deadletter.find(s, task=PROBE)] == [new, old]
        assert [r.id for r in deadletter.find(s, task="detection.*")] == [fetch]
        since = datetime.now(UTC) - timedelta(days=1)
        assert [r.id for r in deadletter.find(s, since=since)] == [new, fetch]
        assert deadletter.counts(s) == {"total": 3, "not_replayed": 3}
    with rt.transaction() as s:
        assert deadletter.purge(s, older_than=datetime.now(UTC) - timedelta(days=7)) == 1
        assert deadletter.purge(s, ids=[new, 9999]) == 1
        assert [r.id for r in deadletter.find(s)] == [fetch]
    with pytest.raises(ValueError, match="ids or older_than"), rt.transaction() as s:
        deadletter.purge(s)


def test_replay_sends_the_original_payload_once_and_marks_the_row(
    rt: Runtime, swarm_app: Celery, redis_client: redis.Redis
) -> None:
    payload = {"args": [{"key": "again", "fail_times": 1}], "kwargs": {}}
    row_id = _row(rt, PROBE, payload, correlation_id="job-7")
    now = datetime.now(UTC)
    with rt.transaction() as s:
        first = deadletter.replay(s, swarm_app, row_id, now)
    with rt.transaction() as s:
        second = deadletter.replay(s, swarm_app, row_id, now + timedelta(minutes=1))
        row = s.get_one(DeadLetter, row_id)
        assert row.replayed_at is not None and row.replay_task_id == first.task_id
        assert deadletter.counts(s) == {"total": 1, "not_replayed": 0}
    assert first.status == "replayed" and second.status == "already"
    assert second.task_id == first.task_id
    messages = queued(redis_client)
    assert len(messages) == 1  # the second replay sent nothing
    headers = messages[0]["headers"]
    assert headers["task"] == PROBE and headers["id"] == first.task_id  # type: ignore[index]
    assert headers[tracing.HEADER] == "job-7"  # type: ignore[index]
    body = json.loads(base64.b64decode(str(messages[0]["body"])))
    assert body[0] == payload["args"] and body[1] == payload["kwargs"]


def test_a_send_that_fails_leaves_the_row_unreplayed(rt: Runtime, swarm_app: Celery) -> None:
    row_id = _row(rt, PROBE, {"args": [{"key": "k"}], "kwargs": {}})

    class Unreachable(Exception):
        pass

    class BrokerDown:
        tasks = swarm_app.tasks

        def send_task(self, *args: object, **kwargs: object) -> None:
            raise Unreachable("broker away")

    with pytest.raises(Unreachable), rt.transaction() as s:
        deadletter.replay(s, BrokerDown(), row_id, datetime.now(UTC))  # type: ignore[arg-type]
    with rt.transaction() as s:
        assert s.get_one(DeadLetter, row_id).replayed_at is None


@pytest.mark.parametrize(
    ("task", "payload", "reason"),
    [
        (PROBE, {"args": [{"key": "k"}, 5], "kwargs": {}}, "wrong arguments"),
        (PROBE, {"args": [{"key": "k"}], "kwargs": {"zzz": 1}}, "unexpected keyword"),
        (PROBE, {"args": [{"key": ""}], "kwargs": {}}, "invalid payload for system.probe"),
        ("detection.fetch_feed", {"args": [{"source_id": 0}], "kwargs": {}}, "source_id"),
        ("system.nope", {"args": [], "kwargs": {}}, "not registered"),
        (PROBE, {"args": ["x" * 5000], "kwargs": {}}, "cannot be replayed"),
        ("coordinator.sync", {"body": "?"}, "no args list"),
        ("coordinator.sync", ["not", "a", "mapping"], "no args list"),
    ],
)
def test_replay_refuses_what_would_fail_again(
    rt: Runtime,
    swarm_app: Celery,
    redis_client: redis.Redis,
    task: str,
    payload: object,
    reason: str,
) -> None:
    row_id = _row(rt, task, payload, max_payload_bytes=1000)
    with pytest.raises(deadletter.ReplayRefused, match=reason), rt.transaction() as s:
        deadletter.replay(s, swarm_app, row_id, datetime.now(UTC))
    with rt.transaction() as s:
        assert s.get_one(DeadLetter, row_id).replayed_at is None
    assert queued(redis_client) == []


def test_cli_replays_all_matching_rows_once(
    rt: Runtime,
    db_url: str,
    swarm_app: Celery,
    redis_client: redis.Redis,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from typer.testing import CliRunner

    from swarm.cli import app as cli_app

    monkeypatch.setenv("SWARM_DATABASE__URL", db_url)
    ok_old = _row(rt, PROBE, {"args": [{"key": "a"}], "kwargs": {}}, timedelta(days=3))
    ok_new = _row(rt, PROBE, {"args": [{"key": "b"}], "kwargs": {}})
    cut = _row(rt, PROBE, {"args": ["x" * 5000], "kwargs": {}}, max_payload_bytes=1000)
    other = _row(rt, "notify.alert", {"args": [{"alert_id": 1}], "kwargs": {}})
    run = CliRunner().invoke

    out = run(cli_app, ["deadletters", "replay", "--all-matching", "--task", PROBE, "--since=1d"])
    assert out.exit_code == 1  # the truncated row is refused, the others are sent
    assert "1 replayed, 0 already replayed, 1 refused" in out.stdout
    assert f"dead letter {cut}" in out.stderr and "cannot be replayed" in out.stderr
    assert [m["headers"]["argsrepr"] for m in queued(redis_client)] == ["[{'key': 'b'}]"]

    out = run(cli_app, ["deadletters", "replay", "--all-matching", "--task", "system.*"])
    assert "1 replayed, 0 already replayed, 1 refused" in out.stdout  # only the old one is new
    out = run(cli_app, ["deadletters", "replay", str(ok_old), str(ok_new)])
    assert out.exit_code == 0 and "0 replayed, 2 already replayed, 0 refused" in out.stdout
    assert len(queued(redis_client)) == 2
    with rt.transaction() as s:
        assert s.get_one(DeadLetter, other).replayed_at is None
        assert deadletter.counts(s) == {"total": 4, "not_replayed": 2}

    for bad in (["replay"], ["replay", "1", "--all-matching"], ["replay", "1", "--task", "x"],
                ["purge"], ["purge", "1", "--older-than", "1d"]):  # fmt: skip
        out = run(cli_app, ["deadletters", *bad])
        assert out.exit_code == 2, (bad, out.output)
