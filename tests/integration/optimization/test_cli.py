"""`swarm config versions|diff`, `swarm recommendations ...`, `swarm feedback missed` through
typer's CliRunner, on a real SQLite file and Redis."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from swarm.cli import app
from swarm.detection import DetectionConfig
from swarm.errors import SwarmError
from swarm.optimization.diff import diff_mappings
from swarm.optimization.labelled import feedback_examples
from swarm.pipeline import catalog
from swarm.runtime import Runtime
from swarm.settings import load_settings
from swarm.storage.models import Alert, Evidence, Item, Recommendation
from tests.integration.optimization.conftest import degraded

pytestmark = pytest.mark.integration


class Ran:
    """What a command printed; ``stderr`` holds the message ``swarm`` prints for an error."""

    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


@pytest.fixture(autouse=True)
def _env(tmp_path: Path, redis_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from swarm.settings import get_settings

    monkeypatch.setenv("SWARM_BROKER_URL", redis_url)
    monkeypatch.setenv("SWARM_DATABASE__URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setenv("COLUMNS", "200")
    get_settings.cache_clear()


def swarm(tmp: Path, redis_url: str, *args: str) -> Ran:
    result = CliRunner().invoke(app, list(args))
    if isinstance(result.exception, SwarmError):  # swarm.cli.main prints it and exits 1
        return Ran(1, result.stdout, f"swarm: {result.exception}")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Ran(result.exit_code, result.stdout, result.stderr)


def test_recommendation_life_through_the_cli(tmp_path: Path, redis_url: str) -> None:
    assert swarm(tmp_path, redis_url, "config", "versions").returncode == 0  # migrates, seeds
    rt = Runtime(load_settings(database={"url": f"sqlite:///{tmp_path / 'cli.db'}"}))
    with rt.transaction() as s:
        catalog.active_config(s)
        bad = catalog.store_config(s, degraded(), note="degraded", activate=True).version
        change = diff_mappings(degraded().to_mapping(), DetectionConfig.default().to_mapping())
        rec = Recommendation(kind="detection_weights", risk="high", status="pending",
                             diff=change, evidence={}, run_id="t", summary="restore")  # fmt: skip
        s.add(rec)
        s.flush()
        rec_id = rec.id
    rt.close()
    seeded = str(DetectionConfig.default().version)
    diff = swarm(tmp_path, redis_url, "config", "diff", seeded, str(bad))
    entries = [json.loads(line) for line in diff.stdout.splitlines()]
    assert {"key": "threshold", "before": 0.5, "after": 0.8} in entries
    shown = json.loads(swarm(tmp_path, redis_url, "recommendations", "show", str(rec_id)).stdout)
    assert shown["status"] == "pending" and shown["diff"] == change
    out = swarm(tmp_path, redis_url, "recommendations", "approve", str(rec_id))
    assert out.returncode == 0 and f"version {bad + 1} active" in out.stdout, out.stderr
    listed = swarm(tmp_path, redis_url, "config", "versions", "--json").stdout.splitlines()
    assert [json.loads(v)["active"] for v in listed] == [False, False, True]
    out = swarm(tmp_path, redis_url, "recommendations", "rollback", str(rec_id))
    assert out.returncode == 0 and f"same config as v{bad}" in out.stdout, out.stderr
    assert swarm(tmp_path, redis_url, "config", "diff", str(bad), str(bad + 2)).stdout == ""
    out = swarm(tmp_path, redis_url, "recommendations", "approve", str(rec_id))
    assert out.returncode == 1 and "is rolled_back" in out.stderr
    rows = swarm(tmp_path, redis_url, "recommendations", "list", "--json").stdout.splitlines()
    assert [json.loads(r)["status"] for r in rows] == ["rolled_back"]


def test_labels_and_missed_events_become_examples(tmp_path: Path, redis_url: str) -> None:
    text = "Curvance opens the CVE claim portal on 2026-03-20."
    out = swarm(tmp_path, redis_url, "feedback", "missed", text, "--company", "curvance",
                "--event-type", "airdrop", "--date", "2026-03-20")  # fmt: skip
    assert out.returncode == 0 and "missed airdrop of Curvance" in out.stdout, out.stderr
    bad = swarm(tmp_path, redis_url, "feedback", "missed", "text", "--company", "Nobody",
                "--event-type", "tge")  # fmt: skip
    assert bad.returncode == 1 and "not on the watch list" in bad.stderr
    unseen = swarm(tmp_path, redis_url, "feedback", "missed", "https://n.example/unseen",
                   "--company", "Curvance", "--event-type", "tge")  # fmt: skip
    assert unseen.returncode == 1 and "--text" in unseen.stderr
    wrong = swarm(tmp_path, redis_url, "feedback", "missed", "x", "--company", "Curvance",
                  "--event-type", "tge", "--date", "20 March")  # fmt: skip
    assert wrong.returncode == 1 and "YYYY-MM-DD" in wrong.stderr
    rt = Runtime(load_settings(database={"url": f"sqlite:///{tmp_path / 'cli.db'}"}))
    with rt.transaction() as s:
        s.add(Item(id="i1", kind="rss", url="https://n.example/1", title="Fhenix token launch",
                   text="FHE goes live March 20", fingerprint="f"))  # fmt: skip
        alert = Alert(event_key="k", company="Fhenix", event_type="tge", confidence=0.9)
        alert.evidence = [Evidence(item_id="i1", kind="rss", url="https://n.example/1",
                                   score=0.9, details={})]  # fmt: skip
        s.add(alert)
        s.flush()
        alert_id = alert.id
    rt.close()
    assert swarm(tmp_path, redis_url, "alerts", "label", str(alert_id), "--fp").returncode == 0
    with rt.transaction() as s:
        examples = feedback_examples(s)
    rt.close()
    got = sorted((e.origin, e.label, e.item.title or e.item.text[:20]) for e in examples)
    assert got == [("feedback", False, "Fhenix token launch"),
                   ("missed", True, "Curvance opens the C")]  # fmt: skip
