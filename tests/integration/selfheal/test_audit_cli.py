"""Every operator command records who did what in `swarm audit`, with the change it made; a
command that fails records nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from celery import Celery
from click.testing import Result
from typer.testing import CliRunner

from swarm import audit, deadletter
from swarm.cli import app as cli_app
from swarm.detection import DetectionConfig
from swarm.optimization.diff import diff_mappings
from swarm.pipeline import catalog
from swarm.runtime import Runtime
from swarm.settings import get_settings, load_settings
from swarm.storage.models import Alert, Recommendation
from tests.integration.optimization.conftest import degraded
from tests.integration.pipeline.feeds import WATCHLIST

pytestmark = pytest.mark.integration
PROBE = "system.probe.optimizer"


def swarm(*args: str) -> Result:
    """The ``swarm`` command in this process (a new process costs seconds of imports)."""
    return CliRunner().invoke(cli_app, list(args), env={"COLUMNS": "200"})


def ok(*args: str) -> Result:
    out = swarm(*args)
    assert out.exit_code == 0, (args, out.output, out.exception)
    return out


def entries(count: int = 100) -> list[dict[str, Any]]:
    """`swarm audit --json`, oldest first."""
    rows: list[dict[str, Any]] = json.loads(ok("audit", "--json", "-n", str(count)).stdout)
    return rows[::-1]


def triples(rows: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [(r["actor"], r["action"], r["target"]) for r in rows]


@pytest.fixture
def rt(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, redis_url: str, redis_client: redis.Redis
) -> Iterator[Runtime]:
    """The CLI's settings (a SQLite file, the test Redis) and a runtime on the same database."""
    db = f"sqlite:///{tmp_path / 'audit.db'}"
    monkeypatch.setenv("SWARM_DATABASE__URL", db)
    monkeypatch.setenv("SWARM_BROKER_URL", redis_url)
    get_settings.cache_clear()
    ok("db", "upgrade")
    runtime = Runtime(load_settings(broker_url=redis_url, database={"url": db}))
    yield runtime
    runtime.close()


def test_source_commands_are_recorded_with_the_actor(rt: Runtime) -> None:
    feed = "https://news.example/feed.xml"
    ok("sources", "add", feed, "--actor", "alice")
    ok("sources", "add", feed, "--actor", "alice")  # already there: nothing changed
    ok("sources", "add", "$ACME -is:retweet", "--x", "--actor", "bob")
    ok("sources", "disable", "1", "--actor", "alice")
    ok("sources", "enable", feed, "--actor", "alice")
    ok("sources", "remove", "2")  # no --actor: the OS user
    rows = entries()
    assert triples(rows) == [
        ("alice", "source.add", feed),
        ("bob", "source.add", "$ACME -is:retweet"),
        ("alice", "source.disable", feed),
        ("alice", "source.enable", feed),
        (audit.who(), "source.remove", "$ACME -is:retweet"),
    ]
    assert rows[0]["details"] == {"id": 1, "kind": "rss"}
    assert rows[0]["at"]
    only = json.loads(ok("audit", "--json", "--actor", "bob").stdout)
    assert [r["action"] for r in only] == ["source.add"]


def test_a_failed_action_records_nothing(rt: Runtime, swarm_app: Celery) -> None:
    before = entries()
    assert swarm("sources", "remove", "https://unknown.example/rss", "--actor", "x").exit_code
    assert swarm("sources", "disable", "42", "--actor", "x").exit_code
    assert swarm("watchlist", "remove", "Nobody", "--actor", "x").exit_code
    assert swarm("alerts", "label", "999", "--tp", "--actor", "x").exit_code
    assert swarm("recommendations", "reject", "999", "--actor", "x").exit_code
    assert swarm("deadletters", "replay", "999", "--actor", "x").exit_code == 1
    assert swarm("feedback", "missed", "some text", "--company", "Nobody",
                 "--event-type", "tge", "--actor", "x").exit_code  # fmt: skip
    assert swarm("sources", "add", "ftp://nope", "--actor", "x").exit_code == 2
    assert entries() == before == []


def test_watchlist_alert_and_feedback_commands_are_recorded(rt: Runtime, tmp_path: Path) -> None:
    wl = tmp_path / "wl.yaml"
    wl.write_text(WATCHLIST)
    ok("watchlist", "import", str(wl), "--actor", "carol")
    ok("watchlist", "add", "Initech", "--tokens", "INI", "--actor", "carol")
    ok("watchlist", "add", "Initech", "--tokens", "INI,INIT", "--actor", "carol")
    ok("watchlist", "remove", "Globex", "--actor", "carol")
    with rt.transaction() as s:
        alert = Alert(event_key="k", company="Acme", event_type="tge", confidence=0.9)
        s.add(alert)
        s.flush()
        alert_id = alert.id
    ok("alerts", "label", str(alert_id), "--fp", "--note", "old news", "--actor", "dave")
    ok("feedback", "missed", "Acme opens its token sale", "--company", "Acme",
       "--event-type", "token_sale", "--actor", "dave")  # fmt: skip
    rows = entries()
    assert triples(rows) == [
        ("carol", "watchlist.import", str(wl)),
        ("carol", "watchlist.add", "Initech"),
        ("carol", "watchlist.update", "Initech"),
        ("carol", "watchlist.remove", "Globex"),
        ("dave", "alert.label", f"alert {alert_id}"),
        ("dave", "feedback.missed", "Acme opens its token sale"),
    ]
    assert rows[0]["details"]["added"] == 2
    assert rows[4]["details"]["status"] == "false_positive"
    assert rows[4]["details"]["note"] == "old news"


def test_a_source_added_from_python_is_recorded(rt: Runtime) -> None:
    from swarm import api

    sid = api.add_source("https://feeds.example/py.xml", runtime=rt, actor="erin")
    rows = entries()
    assert triples(rows) == [("erin", "source.add", "https://feeds.example/py.xml")]
    assert rows[0]["details"] == {"id": sid, "kind": "rss"}


def test_deadletter_replay_and_purge_are_recorded(rt: Runtime, swarm_app: Celery) -> None:
    with rt.transaction() as s:
        ids = [deadletter.record(s, PROBE, f"t{i}", {"args": [{"key": f"k{i}"}], "kwargs": {}},
                                 "PermanentError: x") for i in range(3)]  # fmt: skip
    ok("deadletters", "replay", str(ids[0]), "--actor", "erin")
    ok("deadletters", "replay", str(ids[0]), "--actor", "erin")  # already replayed: nothing sent
    ok("deadletters", "purge", str(ids[1]), "--actor", "erin")
    ok("deadletters", "purge", "9999", "--actor", "erin")  # deleted nothing
    ok("deadletters", "purge", "--older-than", "0s", "--actor", "erin")
    rows = entries()
    assert triples(rows) == [
        ("erin", "deadletter.replay", f"dead letter {ids[0]}"),
        ("erin", "deadletter.purge", f"ids {ids[1]}"),
        ("erin", "deadletter.purge", "older than 0s"),
    ]
    assert rows[1]["details"]["deleted"] == 1 and rows[2]["details"]["deleted"] == 2


def _recommendation(rt: Runtime) -> int:
    change = diff_mappings(degraded().to_mapping(), DetectionConfig.default().to_mapping())
    with rt.transaction() as s:
        rec = Recommendation(kind="detection_weights", risk="low", status="pending", diff=change,
                             evidence={}, run_id="test", summary="restore")  # fmt: skip
        s.add(rec)
        s.flush()
        return rec.id


def test_recommendation_commands_are_recorded(rt: Runtime) -> None:
    with rt.transaction() as s:
        catalog.active_config(s)
        catalog.store_config(s, degraded(), note="degraded", activate=True)
    applied, rejected = _recommendation(rt), _recommendation(rt)
    ok("recommendations", "approve", str(applied), "--actor", "frank")
    ok("recommendations", "reject", str(rejected), "--reason", "not now", "--actor", "frank")
    ok("recommendations", "rollback", str(applied), "--actor", "grace")
    out = swarm("recommendations", "rollback", str(applied), "--actor", "grace")
    assert out.exit_code == 1  # not applied any more: refused, not recorded
    rows = entries()
    assert triples(rows) == [
        ("frank", "recommendation.approve", f"recommendation {applied}"),
        ("frank", "recommendation.apply", f"recommendation {applied}"),
        ("frank", "recommendation.reject", f"recommendation {rejected}"),
        ("grace", "recommendation.rollback", f"recommendation {applied}"),
    ]
    with rt.transaction() as s:
        rec = s.get_one(Recommendation, applied)
        assert rec.decided_by == "frank"
        assert rows[1]["details"] == {"version": rec.applied_version}
