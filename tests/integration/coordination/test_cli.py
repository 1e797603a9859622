"""`swarm locks` and `swarm locks audit` through typer's CliRunner."""

from __future__ import annotations

import json

import pytest
import redis
import typer
from typer.testing import CliRunner

from swarm.commands import locks as locks_cmd
from swarm.coordination import Lock, RWLock

pytestmark = pytest.mark.integration


@pytest.fixture
def cli(redis_url: str, monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    monkeypatch.setenv("SWARM_COORDINATION_URL", redis_url)
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Test root (keeps `locks` a sub-command)."""

    locks_cmd.register(app)
    return app


def test_locks_lists_holders(cli: typer.Typer, redis_client: redis.Redis) -> None:
    lock = Lock(redis_client, "feed:42", 30_000, "worker-1")
    lock.acquire()
    Lock(redis_client, "feed:42", 30_000, "worker-2").acquire(timeout=0.01)
    RWLock(redis_client, "config", 30_000, "reader-1").acquire("read")

    result = CliRunner().invoke(cli, ["locks", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["name"], r["owners"], r["fence"]) for r in rows] == [
        ("config", ["reader-1"], rows[0]["fence"]),
        ("feed:42", ["worker-1"], lock.fence),
    ]
    assert 0 < rows[1]["lease_left_ms"] <= 30_000

    table = CliRunner().invoke(cli, ["locks"])
    assert table.exit_code == 0
    assert "feed:42" in table.output and "worker-1" in table.output


def test_locks_audit(cli: typer.Typer, redis_client: redis.Redis) -> None:
    lock = Lock(redis_client, "feed:7", 30_000, "w")
    lock.acquire()
    lock.release()
    result = CliRunner().invoke(cli, ["locks", "audit", "--count", "1", "--json"])
    assert result.exit_code == 0, result.output
    (entry,) = json.loads(result.output)
    assert (entry["event"], entry["lock"], entry["owner"]) == ("release", "feed:7", "w")

    table = CliRunner().invoke(cli, ["locks", "audit"])
    assert table.exit_code == 0 and "grant" in table.output and "release" in table.output


def test_empty(cli: typer.Typer, redis_client: redis.Redis) -> None:
    assert "no locks held" in CliRunner().invoke(cli, ["locks"]).output
    assert CliRunner().invoke(cli, ["locks", "audit", "--json"]).output.strip() == "[]"
