"""The health rules: numbers in, status and reason out."""

from __future__ import annotations

from swarm import findings
from swarm.findings import DEGRADED, FAILING, OK, Finding, Snapshot


def test_worst_status_and_exit_codes() -> None:
    snap = Snapshot(0.0, [Finding("a", OK, ""), Finding("b", DEGRADED, "")])
    assert snap.status == DEGRADED
    assert findings.exit_code(snap.status) == 1
    assert findings.exit_code(Snapshot(0.0, []).status) == 0
    assert findings.exit_code(Snapshot(0.0, [Finding("c", FAILING, "x")]).status) == 2
    assert Snapshot.from_dict(snap.to_dict()) == snap


def test_queue_fails_without_consumer_and_degrades_when_work_waits_long() -> None:
    assert findings.queue("q", 3, 5.0, 0, 30.0).status == FAILING
    slow = findings.queue("q", 3, 45.0, 1, 30.0)
    assert slow.status == DEGRADED and "45 s > 30 s" in slow.reason
    assert findings.queue("q", 3, 5.0, 1, 30.0).status == OK
    assert findings.queue("q", 0, None, 0, 30.0).status == OK


def test_pool_rules() -> None:
    assert findings.pool("p", [], ["p@h"], None).status == FAILING
    assert findings.pool("p", ["p-1@h"], ["p-2@h"], 2).status == DEGRADED
    assert findings.pool("p", [], [], None).status == DEGRADED
    assert findings.pool("p", [], [], 2).status == FAILING
    assert findings.pool("p", [], [], 0).status == OK
    assert findings.pool("p", ["p@h"], [], 1).status == OK


def test_latency_and_other_rules() -> None:
    assert findings.latency("redis", False, "refused", None, 100).status == FAILING
    assert findings.latency("redis", True, "7.2", 250.0, 100).status == DEGRADED
    assert findings.latency("redis", True, "7.2", 2.0, 100).status == OK
    over = findings.overdue([{"task": "t", "worker": "w", "age_s": 9.0}])
    assert over.status == FAILING and "t on w" in over.reason
    assert findings.sending([{"id": 4, "channel": "email"}], 300).status == DEGRADED
    assert findings.sources(["a", "b"], [], 2).status == FAILING
    assert findings.sources(["a"], ["c"], 3).status == DEGRADED
    assert findings.dead_letters(2, ["x", "y"]).status == DEGRADED
