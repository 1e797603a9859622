"""The pool manager's liveness rule and status's word on agents: pure functions."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import celeryconfig
from swarm.health import UNRESPONSIVE, agent_status
from workers.liveness import Prober, Snapshot, node_name, stalled, starved
from workers.manager import Child, Supervisor
from workers.reconcile import supervisor_event

STALL = 60.0


def test_a_child_is_stalled_only_after_the_bound_of_reachable_broker() -> None:
    grace = 120.0
    # Started at 0, never answered: it is starting up until the grace ends.
    assert not stalled(119.0, 0.0, None, None, STALL, grace)
    assert stalled(120.0, 0.0, None, None, STALL, grace)
    # Once it answered, silence for the bound is a stall; an answer restarts the clock.
    assert not stalled(100.0, 0.0, 50.0, None, STALL, grace)
    assert stalled(110.0, 0.0, 50.0, None, STALL, grace)
    # The broker was away until 100: the child has until 160 however old its last answer.
    assert not stalled(150.0, 0.0, 10.0, 100.0, STALL, grace)
    assert stalled(160.0, 0.0, 10.0, 100.0, STALL, grace)
    # A restarted child's answers from before its restart do not count.
    assert not stalled(200.0, 180.0, 170.0, None, STALL, grace)


def test_node_name_matches_the_worker_command() -> None:
    assert node_name("keyword_analyzer", "host1") == "keyword_analyzer@host1"


def test_starved_needs_work_waiting_and_no_task_done_for_the_bound() -> None:
    assert not starved(100.0, None, 40.0)  # nothing waiting (or a task just finished)
    assert not starved(139.0, 100.0, 40.0)
    assert starved(140.0, 100.0, 40.0)


def test_prober_runs_in_the_background_and_reports_failures_as_broker_down() -> None:
    release = threading.Event()
    calls: list[int] = []

    def look() -> Snapshot | None:
        calls.append(1)
        release.wait(5)
        if len(calls) == 2:
            raise ConnectionError("broker away")
        return Snapshot({"a@h"}, {"a@h": 3}, {"q": 0})

    prober = Prober(look, interval_s=0.0)
    assert prober.poll(time.monotonic(), time.monotonic) is None  # started, not finished
    release.set()
    got = None
    for _ in range(100):
        got = prober.poll(time.monotonic(), time.monotonic)
        if got is not None:
            break
        time.sleep(0.02)
    assert got is not None and got[1] is not None and got[1].answered == {"a@h"}
    for _ in range(100):
        got = prober.poll(time.monotonic(), time.monotonic)
        if got is not None:
            break
        time.sleep(0.02)
    assert got is not None and got[1] is None  # the exception: the broker did not answer


def test_status_never_calls_an_unseen_agent_online() -> None:
    assert agent_status("online", 5.0, 60.0, True) == "online"
    assert agent_status("online", 5.0, 60.0, None) == "online"  # no broadcast was sent
    assert agent_status("online", 5.0, 60.0, False) == UNRESPONSIVE
    assert agent_status("online", 61.0, 60.0, True) == "offline"  # stale heartbeat
    assert agent_status("offline", 1.0, 60.0, True) == "offline"


def test_redelivery_and_reconnection_options() -> None:
    opts = celeryconfig.broker_transport_options
    # kombu scans the unacked index every interval x throttle seconds: keep it to ~1 s.
    assert opts["unacked_restore_interval"] * opts["unacked_restore_throttle"] <= 2
    assert opts["unacked_mutex_expire"] < opts["visibility_timeout"]
    assert celeryconfig.broker_connection_retry is True
    assert celeryconfig.broker_connection_max_retries is None



def test_the_first_answer_after_a_start_is_recorded_once_as_ready(tmp_path: Path) -> None:
    """The pool manager tells when a child first answered: from then on the stall bound, not
    the start-up grace, judges it (a child stopped before that waits out the grace)."""
    recorded: list[tuple[str, str, str, str]] = []

    def record(pool: str, action: str, reason: str, child: str = "") -> None:
        recorded.append((pool, action, reason, child))

    child = Child("q", ["true"], tmp_path / "q.log", node="q@h", queue="q")
    sup = Supervisor([child], on_event=lambda e, c: supervisor_event(record, e, c))
    child.started_at = time.monotonic()
    silent, answered = Snapshot(set(), {}, {"q": 0}), Snapshot({"q@h"}, {}, {"q": 0})
    for snap in (silent, silent):
        assert sup._judge(child, time.monotonic(), snap) is None
    assert recorded == []  # no answer yet: nothing to tell
    for snap in (answered, answered, silent, answered):
        assert sup._judge(child, time.monotonic(), snap) is None
    assert [(r[0], r[1], r[3]) for r in recorded] == [("q", "ready", "q")]  # once
    assert "answered its first ping" in recorded[0][2]
