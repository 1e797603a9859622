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


# Strict settings: a typo or a stray variable fails with exit 2 naming the key ---------------


@pytest.mark.parametrize(
    "yaml_text, env, named",
    [
        ("log:\n  formatt: json\n", {}, "log.formatt"),
        ("tasks:\n  max_retrys: 2\n", {}, "tasks.max_retrys"),
        ("", {"SWARM_LOG__FORMATT": "json"}, "SWARM_LOG__FORMATT"),
        ("", {"SWARM_NOPE__LEVEL": "1"}, "SWARM_NOPE__LEVEL"),
        ("", {"SWARM_BROKR_URL": "redis://h:6379/0"}, "SWARM_BROKR_URL"),
        ("", {"SWARM_POOLS__NEWS_SCRAPER__X": "1"}, "SWARM_POOLS__NEWS_SCRAPER__X"),
    ],
)
def test_cli_unknown_keys_exit_2_naming_the_key(
    tmp_path: Path, yaml_text: str, env: dict[str, str], named: str
) -> None:
    cfg = write_yaml(tmp_path, yaml_text)
    full = dict(os.environ, SWARM_CONFIG=str(cfg), SWARM_STATE_DIR=str(tmp_path), **env)
    proc = _swarm("config", "show", env=full)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert named in proc.stderr and "unknown" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stderr.count("\n  - ") == 1, proc.stderr  # one line per typo


def test_project_variables_that_are_not_settings_are_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SWARM_CONFIG", str(write_yaml(tmp_path, "log:\n  format: json\n")))
    monkeypatch.setenv("SWARM_TEST_ANYTHING", "x")
    monkeypatch.setenv("swarm_log__level", "DEBUG")  # names are not case-sensitive
    s = load_settings()
    assert (s.log.format, s.log.level) == ("json", "DEBUG")


def test_retry_settings_bound_every_task_policy() -> None:
    from swarm.retry import RetryPolicy, capped

    own = RetryPolicy(max_retries=5, base_delay_s=0.2, max_delay_s=60.0)
    held = capped(own, max_retries=1, max_delay_s=10.0)
    assert (held.max_retries, held.max_delay_s, held.base_delay_s) == (1, 10.0, 0.2)
    assert capped(own, max_retries=9, max_delay_s=600.0) == own  # stricter own policy stays


# Secrets: never echoed by a validation error ---------------------------------------------------

SECRETS = ("redispw-7f3a", "hooktok-91cc", "smtppw-5d2e", "bearer-x-4b8f", "whsecret-0a1b")


@pytest.mark.parametrize(
    "env",
    [
        {"SWARM_BROKER_URL": "http://:redispw-7f3a@cache:6379/0"},
        {"SWARM_RESULT_BACKEND": "redis://:redispw-7f3a@c:6379/0", "SWARM_POOLS__NOTIFIER": "0"},
        {"SWARM_DATABASE__URL": "mysql://app:redispw-7f3a@db/x"},
        {"SWARM_WEBHOOKS": '["https://hooks.example/T0/B0/hooktok-91cc"]'},
        {"SWARM_WEBHOOKS": '[{"url": "https://hooks.example/hooktok-91cc", "secret": 5, "x": 1}]'},
        {"SWARM_WEBHOOKS": '[{"url": "https://hooks.example/hooktok-91cc"'},
        {"SWARM_SMTP__USERNAME": "ops", "SWARM_SMTP__PASSWORD": "smtppw-5d2e",
         "SWARM_SMTP__SECURITY": "none"},
        {"SWARM_SMTP__PASSWORD": "smtppw-5d2e", "SWARM_SMTP__PORT": "smtppw-5d2e"},
        {"SWARM_X__API_URL": "http://api.x.example/2", "SWARM_X__BEARER_TOKEN": "bearer-x-4b8f"},
        {"SWARM_X__BEARER_TOKEN": "bearer-x-4b8f", "SWARM_X__MAX_RESULTS": "bearer-x-4b8f"},
        {"SWARM_X__API_URL": "https://u:bearer-x-4b8f@api.x.example/2?token=whsecret-0a1b",
         "SWARM_X__MAX_RESULTS": "5"},
    ],
)
def test_validation_errors_never_echo_a_secret(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str]
) -> None:
    # tests/integration/security runs such configurations through the real CLI as well.
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as err:
        load_settings()
    out = str(err.value)
    for secret in SECRETS:
        assert secret not in out, out


def test_yaml_syntax_error_does_not_quote_the_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = write_yaml(tmp_path, "smtp:\n  password: [smtppw-5d2e\n")
    monkeypatch.setenv("SWARM_CONFIG", str(cfg))
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert "line" in str(err.value) and "smtppw-5d2e" not in str(err.value)


def test_plaintext_smtp_auth_and_clear_x_token_need_an_explicit_yes() -> None:
    with pytest.raises(ConfigError, match=r"smtp\.allow_plaintext_auth"):
        load_settings(smtp={"host": "mail", "username": "ops", "security": "none"})
    s = load_settings(
        smtp={"host": "mail", "username": "ops", "security": "none", "allow_plaintext_auth": True}
    )
    assert s.smtp.allow_plaintext_auth
    assert load_settings(smtp={"username": "ops"}).smtp.security == "starttls"

    with pytest.raises(ConfigError, match=r"x\.allow_insecure_loopback"):
        load_settings(x={"api_url": "http://127.0.0.1:8080/2"})
    for far in ("http://api.x.com/2", "http://10.0.0.5/2", "ftp://api.x.com/2"):
        with pytest.raises(ConfigError, match="https://"):
            load_settings(x={"api_url": far, "allow_insecure_loopback": True})
    for near in ("http://127.0.0.1:8080/2", "http://localhost/2", "http://[::1]:9/2"):
        assert load_settings(x={"api_url": near, "allow_insecure_loopback": True}).x.api_url == near
    assert load_settings(x={"api_url": "HTTPS://api.x.com/2"}).x.api_url


def test_config_show_masks_webhook_paths_and_query_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(
        "SWARM_WEBHOOKS",
        json.dumps([{"url": "https://hooks.example/T0/hooktok-91cc", "secret": "whsecret-0a1b"}]),
    )
    monkeypatch.setenv("SWARM_X__API_URL", "https://api.x.example/2?token=bearer-x-4b8f")
    dumped = json.dumps(masked(load_settings()))
    assert "hooks.example" in dumped and "api.x.example" in dumped
    for secret in SECRETS:
        assert secret not in dumped


def test_signing_settings_are_complete_and_usable(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    def pem(key: object, name: str) -> Path:
        path = tmp_path / name
        path.write_bytes(
            key.private_bytes(  # type: ignore[attr-defined]
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        return path

    assert load_settings().security.enabled is False  # off by default
    with pytest.raises(ConfigError, match=r"security\.key, security\.certificate"):
        load_settings(security={"enabled": True})
    cert = tmp_path / "c.pem"
    cert.write_text("-----BEGIN CERTIFICATE-----\n")
    ec_key = pem(ec.generate_private_key(ec.SECP256R1()), "ec.key")
    with pytest.raises(ConfigError, match="RSA"):
        load_settings(
            security={"enabled": True, "key": ec_key, "certificate": cert, "cert_store": str(cert)}
        )
    rsa_key = pem(rsa.generate_private_key(public_exponent=65537, key_size=2048), "rsa.key")
    s = load_settings(
        security={"enabled": True, "key": rsa_key, "certificate": cert, "cert_store": str(cert)}
    )
    assert s.security.digest == "sha256"
