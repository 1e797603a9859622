"""Settings: YAML + SWARM_* overrides, one clear error for every bad field, masked secrets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from swarm.errors import ConfigError
from swarm.settings import load_settings, masked


def write_yaml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "swarm.yaml"
    path.write_text(text)
    return path


def test_defaults_are_the_embedded_default(tmp_path: Path) -> None:
    s = load_settings()
    assert s.broker_url is None
    assert s.database_url.startswith("sqlite:///") and s.database_url.endswith("swarm.db")
    assert s.visibility_timeout_s > s.tasks.time_limit_s + s.tasks.retry_backoff_max_s


def test_yaml_file_then_environment_overrides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = write_yaml(
        tmp_path,
        "database:\n  url: sqlite:////tmp/a.db\n  pool_size: 3\n"
        "pools:\n  news_scraper: 4\nlocks:\n  lease_ms: 1000\n",
    )
    monkeypatch.setenv("SWARM_CONFIG", str(cfg))
    monkeypatch.setenv("SWARM_POOLS__NEWS_SCRAPER", "6")
    monkeypatch.setenv("SWARM_BROKER_URL", "redis://example:6379/2")
    s = load_settings()
    assert s.database.url == "sqlite:////tmp/a.db" and s.database.pool_size == 3
    assert s.pools.news_scraper == 6  # environment wins over the file
    assert s.locks.lease_ms == 1000
    assert s.broker_url == "redis://example:6379/2"


def test_every_bad_field_is_named_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = write_yaml(
        tmp_path,
        "pools:\n  notifier: 0\ntasks:\n  time_limit_s: 10\n"
        "  soft_time_limit_s: 20\nbrokr_url: x\n",
    )
    monkeypatch.setenv("SWARM_CONFIG", str(cfg))
    monkeypatch.setenv("SWARM_DATABASE__URL", "mysql://nope")
    with pytest.raises(ConfigError) as err:
        load_settings()
    fields = [f for f, _ in err.value.problems]
    assert set(fields) >= {"pools.notifier", "tasks.soft_time_limit_s", "brokr_url", "database.url"}
    text = str(err.value)
    assert "greater than 0" in text and "below tasks.time_limit_s" in text
    assert "unknown setting" in text and "postgresql://" in text


@pytest.mark.parametrize(
    "content, expected",
    [
        ("a: [1, 2", "not valid YAML"),
        ("- just\n- a list\n", "must hold a mapping"),
    ],
)
def test_bad_config_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str, expected: str
) -> None:
    monkeypatch.setenv("SWARM_CONFIG", str(write_yaml(tmp_path, content)))
    with pytest.raises(ConfigError, match=expected):
        load_settings()


def test_missing_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SWARM_CONFIG", str(tmp_path / "absent.yaml"))
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings()


def test_secrets_are_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SWARM_X__BEARER_TOKEN", "super-secret-token")
    monkeypatch.setenv("SWARM_SMTP__PASSWORD", "hunter2")
    monkeypatch.setenv("SWARM_DATABASE__URL", "postgresql://app:pgpass@db/swarm")
    s = load_settings()
    assert s.x.bearer_token is not None
    assert s.x.bearer_token.get_secret_value() == "super-secret-token"
    dumped = json.dumps(masked(s))
    for secret in ("super-secret-token", "hunter2", "pgpass"):
        assert secret not in dumped
    assert "app:**********@db" in dumped


def _swarm(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "swarm.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_cli_bad_value_exits_2_without_traceback(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        SWARM_POOLS__NOTIFIER="-1",
        SWARM_BROKER_URL="http://x",
        SWARM_STATE_DIR=str(tmp_path),
    )
    proc = _swarm("config", "show", env=env)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "pools.notifier" in proc.stderr and "broker_url" in proc.stderr


def test_cli_config_show_masks(tmp_path: Path) -> None:
    env = dict(os.environ, SWARM_X__BEARER_TOKEN="tok-123", SWARM_STATE_DIR=str(tmp_path))
    proc = _swarm("config", "show", "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["x"]["bearer_token"] == "**********"
    assert "tok-123" not in proc.stdout
