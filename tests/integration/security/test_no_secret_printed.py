"""No planted secret reaches the output of a real run: `swarm workers up`, its pools' logs,
a producer, and `swarm` runs with bad settings.

Planted: the Redis password (in the broker URL of a private redis-server that requires it),
a webhook URL whose path is its token, the webhook's signing secret, the SMTP password and
the X bearer token. The run delivers a real alert by webhook (the notifier's HTTP client
logs at INFO unless quieted) and by SMTP with LOGIN, so every secret is used while logs are
written; then every line printed or logged is searched for each secret.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from swarm.storage.db import make_engine, session_factory
from tests.httpserver import LoopbackServer, Reply
from tests.integration.notify.helpers import add_alert
from tests.integration.security.helpers import ROOT, base_env, produce
from tests.integration.security.redis_server import PrivateRedis, redis_binary
from tests.smtpserver import SmtpServer

pytestmark = [
    pytest.mark.integration,
    pytest.mark.slow,
    pytest.mark.skipif(redis_binary() is None, reason="no redis-server binary on PATH"),
]

REDIS_PW = "redispw-7f3a9c"
HOOK_TOKEN = "hooktok-91cc2e"
HOOK_SECRET = "whsecret-0a1b33"
SMTP_PW = "smtppw-5d2e11"
BEARER = "bearer-x-4b8f70"
SECRETS = (REDIS_PW, HOOK_TOKEN, HOOK_SECRET, SMTP_PW, BEARER)

STARTED = re.compile(r"started\s+(\S+) pid=(\d+)")
RUN_TIMEOUT_S = 90


def assert_no_secret(where: str, text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} printed in {where}: ...{_around(text, secret)}..."


def _around(text: str, secret: str) -> str:
    at = text.index(secret)
    return text[max(0, at - 200) : at + 50]


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[PrivateRedis]:
    with PrivateRedis(tmp_path / "redis", REDIS_PW) as srv:
        yield srv


def _swarm(args: list[str], env: dict[str, str], **kw: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "swarm.cli", *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kw,  # type: ignore[call-overload]
    )


def test_workers_up_run_prints_and_logs_no_secret(
    private_redis: PrivateRedis, migrated_sqlite: str, tmp_path: Path
) -> None:
    engine = make_engine(migrated_sqlite)
    alert_id = add_alert(session_factory(engine))
    engine.dispose()
    smtp = SmtpServer(auth=("ops", SMTP_PW)).start()
    hooks = LoopbackServer().__enter__()
    hook_path = f"/hooks/T0/B0/{HOOK_TOKEN}"
    hooks.route(hook_path, lambda req: Reply(200, {}, b"ok"))
    state = tmp_path / "state"
    env = base_env(
        SWARM_BROKER_URL=private_redis.url(),
        SWARM_DATABASE__URL=migrated_sqlite,
        SWARM_STATE_DIR=str(state),
        SWARM_WEBHOOKS=json.dumps([{"url": hooks.url(hook_path), "secret": HOOK_SECRET}]),
        SWARM_SMTP__HOST="127.0.0.1",
        SWARM_SMTP__PORT=str(smtp.port),
        SWARM_SMTP__SECURITY="none",
        SWARM_SMTP__ALLOW_PLAINTEXT_AUTH="true",
        SWARM_SMTP__USERNAME="ops",
        SWARM_SMTP__PASSWORD=SMTP_PW,
        SWARM_SMTP__RECIPIENTS='["desk@example.org"]',
        SWARM_X__BEARER_TOKEN=BEARER,
        SWARM_FETCH__ALLOW_HOSTS='["127.0.0.1"]',
        SWARM_TASKS__RETRY_BACKOFF_MAX_S="1",
        PYTHONUNBUFFERED="1",
    )
    up = _swarm(["workers", "up", "--pool", "notifier", "--grace", "20"], env)
    lines: list[str] = []
    try:
        assert up.stdout is not None
        deadline = time.monotonic() + RUN_TIMEOUT_S
        while sum(bool(STARTED.search(line)) for line in lines) < 2:  # the notifier and beat
            assert time.monotonic() < deadline, lines
            line = up.stdout.readline()
            assert line, f"workers up exited early: {lines} {up.stderr and up.stderr.read()}"
            lines.append(line)
        sent = produce(env, "notify.alert", {"alert_id": alert_id}, RUN_TIMEOUT_S)
        assert sent.returncode == 0, sent.stderr
        _wait(lambda: len(hooks.requests) >= 1 and len(smtp.messages) >= 1, "both deliveries")
        up.send_signal(signal.SIGTERM)
        out, err = up.communicate(timeout=RUN_TIMEOUT_S)
    finally:
        if up.poll() is None:
            up.kill()
            up.wait(timeout=10)
        hooks.__exit__(None, None, None)
        smtp.stop()
    stdout = "".join(lines) + out

    # The secrets were really used ...
    assert hooks.requests[0].path == hook_path
    assert smtp.messages[0].authenticated_as == "ops"
    # ... and the output was really captured, URLs shown masked.
    assert f"broker redis://:**********@127.0.0.1:{private_redis.port}/0" in stdout
    logs = {p.name: p.read_text(errors="replace") for p in (state / "logs").glob("*.log")}
    assert "notify.deliver" in logs["notifier.log"] and "succeeded" in logs["notifier.log"]
    assert up.returncode == 0, stdout + err

    assert_no_secret("workers up stdout", stdout)
    assert_no_secret("workers up stderr", err)
    assert_no_secret("producer output", sent.stdout + sent.stderr)
    for name, text in logs.items():
        assert_no_secret(name, text)


def test_bad_settings_runs_print_no_secret(
    private_redis: PrivateRedis, tmp_path: Path
) -> None:
    common = {"SWARM_STATE_DIR": str(tmp_path / "state")}
    bad: dict[str, tuple[list[str], dict[str, str]]] = {
        "broker scheme": (
            ["workers", "up"], {"SWARM_BROKER_URL": f"http://:{REDIS_PW}@127.0.0.1:6379/0"}
        ),
        "webhook not an object": (
            ["workers", "up"], {"SWARM_WEBHOOKS": f'["https://hooks.example/T0/{HOOK_TOKEN}"]'}
        ),
        "webhook typo": (
            ["workers", "up"],
            {"SWARM_WEBHOOKS": json.dumps([{"url": f"https://h.example/{HOOK_TOKEN}",
                                            "secrett": HOOK_SECRET}])},
        ),
        "smtp login in clear": (
            ["workers", "up"],
            {"SWARM_SMTP__USERNAME": "ops", "SWARM_SMTP__PASSWORD": SMTP_PW,
             "SWARM_SMTP__SECURITY": "none"},
        ),
        "x token over http": (
            ["workers", "up"],
            {"SWARM_X__API_URL": "http://api.x.example/2", "SWARM_X__BEARER_TOKEN": BEARER},
        ),
        "secret in a typo'd variable": (
            ["config", "show"], {"SWARM_X__BEARER_TOKN": BEARER, "SWARM_SMTP__PASWORD": SMTP_PW}
        ),
    }
    runs = {
        name: _swarm(args, base_env(**common, **env)) for name, (args, env) in bad.items()
    }
    # A run that gets past the settings: the wrong Redis password (planted) is refused.
    wrong = private_redis.url(password=REDIS_PW + "-wrong")
    runs["wrong redis password"] = _swarm(["status"], base_env(**common, SWARM_BROKER_URL=wrong))
    for name, proc in runs.items():
        out, err = proc.communicate(timeout=RUN_TIMEOUT_S)
        expected = 1 if name == "wrong redis password" else 2
        assert proc.returncode == expected, f"{name}: {proc.returncode}\n{out}\n{err}"
        said = err if expected == 2 else out  # `status` reports Redis DOWN in its table
        assert "invalid configuration" in said or "DOWN" in said, f"{name}: {out}\n{err}"
        assert_no_secret(name, out + err)
        assert "Traceback" not in err, f"{name}: {err}"


def _wait(done: object, what: str) -> None:
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while not done():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


