"""The `swarm` command as a user runs it: sources, watch list, alerts; clear errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from swarm import api
from swarm.runtime import Runtime
from swarm.settings import load_settings
from swarm.storage.models import ALERT_MERGED, Alert, Evidence
from tests.integration.pipeline.feeds import WATCHLIST

pytestmark = pytest.mark.integration


def swarm(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SWARM_")}
    env.update(SWARM_STATE_DIR=str(tmp / "state"),
               SWARM_DATABASE__URL=f"sqlite:///{tmp / 'cli.db'}", COLUMNS="200")
    return subprocess.run([sys.executable, "-m", "swarm.cli", *args], env=env,
                          capture_output=True, text=True, timeout=60)


def test_sources_watchlist_and_alerts(tmp_path: Path) -> None:
    (tmp_path / "wl.yaml").write_text(WATCHLIST)
    out = swarm(tmp_path, "watchlist", "import", str(tmp_path / "wl.yaml"))
    assert out.returncode == 0 and "2 added" in out.stdout, out.stderr
    names = [c["name"] for c in json.loads(swarm(tmp_path, "watchlist", "list", "--json").stdout)]
    assert names == ["Acme", "Globex"]
    assert swarm(tmp_path, "watchlist", "add", "Initech", "--tokens", "INI").returncode == 0
    assert swarm(tmp_path, "watchlist", "remove", "Globex").returncode == 0
    names = [c["name"] for c in json.loads(swarm(tmp_path, "watchlist", "list", "--json").stdout)]
    assert names == ["Acme", "Initech"]

    assert swarm(tmp_path, "sources", "add", "https://news.example/feed.xml").returncode == 0
    assert swarm(tmp_path, "sources", "add", "$ACME -is:retweet", "--x").returncode == 0
    assert swarm(tmp_path, "sources", "disable", "1").returncode == 0
    rows = [json.loads(line) for line in
            swarm(tmp_path, "sources", "list", "--json").stdout.splitlines()]
    assert [(r["kind"], r["enabled"]) for r in rows] == [("rss", False), ("x", True)]

    settings = load_settings(database={"url": f"sqlite:///{tmp_path / 'cli.db'}"})
    rt = Runtime(settings)
    with rt.transaction() as s:
        alert = Alert(event_key="k", company="Acme", event_type="tge", confidence=0.9)
        alert.evidence = [Evidence(item_id="i", kind="rss", url="https://n.example/1",
                                   author="Wire", score=0.9, details={"reasons": ["why"]})]
        s.add(alert)
        s.flush()
        # An alert a later signal merged into this one: listed only when asked for.
        s.add(Alert(event_key="k2", company="Acme", event_type="tge", confidence=0.0,
                    status=ALERT_MERGED, merged_into=alert.id))  # fmt: skip
    rt.close()
    listed = [json.loads(line) for line in
              swarm(tmp_path, "alerts", "list", "--json").stdout.splitlines()]
    assert [a["company"] for a in listed] == ["Acme"]
    merged = [json.loads(line) for line in swarm(
        tmp_path, "alerts", "list", "--status", "merged", "--json").stdout.splitlines()]
    assert [a["merged_into"] for a in merged] == [listed[0]["id"]]
    refused = swarm(tmp_path, "alerts", "label", str(merged[0]["id"]), "--tp")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert f"label alert {listed[0]['id']} instead" in refused.stderr
    shown = swarm(tmp_path, "alerts", "show", str(listed[0]["id"]))
    assert "https://n.example/1" in shown.stdout and "why" in shown.stdout
    assert swarm(tmp_path, "alerts", "label", str(listed[0]["id"]), "--fp",
                 "--note", "an old launch").returncode == 0
    assert api.alerts(runtime=Runtime(settings))[0]["status"] == "false_positive"


def test_clear_errors(tmp_path: Path) -> None:
    missing = swarm(tmp_path, "alerts", "show", "999")
    assert missing.returncode == 1 and "no alert 999" in missing.stderr
    assert "Traceback" not in missing.stderr
    both = swarm(tmp_path, "alerts", "label", "1", "--tp", "--fp")
    assert both.returncode == 2 and "exactly one" in both.stderr
    bad = swarm(tmp_path, "sources", "add", "ftp://nope")
    assert bad.returncode == 2 and "only http:// and https://" in bad.stderr
    (tmp_path / "bad.yaml").write_text("companies:\n  - name: X\n")
    wl = swarm(tmp_path, "watchlist", "import", str(tmp_path / "bad.yaml"))
    assert wl.returncode != 0 and "tokens" in wl.stderr and "Traceback" not in wl.stderr
