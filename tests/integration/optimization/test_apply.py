"""Apply and rollback against a real database and Redis lock: one apply at a time, new
versions picked up per batch, rollback restoring the exact previous decisions."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from swarm.coordination import Lock
from swarm.detection import DetectionConfig
from swarm.errors import PermanentError
from swarm.evaluation import read_rows, write_predictions
from swarm.optimization import applying, store
from swarm.optimization.diff import diff_mappings
from swarm.pipeline import catalog, runner
from swarm.runtime import Runtime
from swarm.storage.models import Recommendation
from tests.integration.optimization.conftest import degraded

pytestmark = pytest.mark.integration
DEV = Path(__file__).resolve().parents[2] / "data" / "dev.jsonl"
LEASE = 10_000


def recommendation(rt: Runtime, status: str = "approved", risk: str = "low") -> int:
    """A recommendation restoring the shipped threshold and speculation weight."""
    change = diff_mappings(degraded().to_mapping(), DetectionConfig.default().to_mapping())
    with rt.transaction() as s:
        rec = Recommendation(kind="detection_weights", risk=risk, status=status, diff=change,
                             evidence={}, run_id="test", summary="restore")  # fmt: skip
        s.add(rec)
        s.flush()
        return rec.id


def predictions_file(rt: Runtime, path: Path) -> tuple[int, bytes]:
    """Score the dev split with the active config as a worker would at the start of a batch."""
    rows = read_rows(DEV)
    with rt.transaction() as s:
        detector, version = runner.analyze_context(s, rt.settings)
    write_predictions(path, rows, [detector.score(r.item) for r in rows])
    return version, path.read_bytes()


def test_apply_switches_version_and_rollback_restores_identical_predictions(
    rt: Runtime, degraded_active: int, tmp_path: Path
) -> None:
    version, before = predictions_file(rt, tmp_path / "before.jsonl")
    assert version == degraded_active
    rec_id = recommendation(rt)
    outcome = applying.apply(rt.transaction, rt.redis, rec_id, "test", LEASE)
    assert outcome.done and outcome.version == degraded_active + 1
    version, after = predictions_file(rt, tmp_path / "after.jsonl")  # no restart needed
    assert version == outcome.version and after != before
    with rt.transaction() as s:
        _, active = catalog.active_config(s)
        assert active.threshold == 0.5 and active.weights["speculation"] == -6.0
        rec = store.get(s, rec_id)
        assert (rec.status, rec.previous_version, rec.applied_version) == (
            "applied", degraded_active, outcome.version,
        )  # fmt: skip
    undo = applying.rollback(rt.transaction, rt.redis, rec_id, "test", LEASE)
    assert undo.done and undo.version == outcome.version + 1
    version, restored = predictions_file(rt, tmp_path / "restored.jsonl")
    assert version == undo.version
    assert restored == before  # byte for byte
    with rt.transaction() as s:
        rec = store.get(s, rec_id)
        assert rec.status == "rolled_back" and rec.rollback_version == undo.version
    again = applying.rollback(rt.transaction, rt.redis, rec_id, "test", LEASE)
    assert not again.done and "rolled_back" in again.reason


def test_two_concurrent_applies_apply_exactly_once(rt: Runtime, degraded_active: int) -> None:
    rec_id = recommendation(rt)
    barrier = threading.Barrier(2)
    outcomes: list[applying.Outcome] = []
    errors: list[BaseException] = []

    def worker(name: str) -> None:
        other = Runtime(rt.settings)  # its own engine and Redis client, like another worker
        try:
            barrier.wait()
            outcomes.append(applying.apply(other.transaction, other.redis, rec_id, name, LEASE))
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            other.close()

    threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    done = [o for o in outcomes if o.done]
    idle = [o for o in outcomes if not o.done]
    assert len(done) == 1 and len(idle) == 1
    assert "in progress" in idle[0].reason or "is applied" in idle[0].reason
    with rt.transaction() as s:
        versions = [v for (v,) in s.execute(select(catalog.ConfigRow.version))]
    seeded = DetectionConfig.default().version  # the bundled default, stored first
    assert sorted(versions) == [seeded, degraded_active, degraded_active + 1]


def test_an_apply_while_the_lock_is_held_says_why(rt: Runtime, degraded_active: int) -> None:
    rec_id = recommendation(rt)
    holder = Lock(rt.redis, applying.APPLY_LOCK, LEASE, owner="someone-else")
    assert holder.acquire(blocking=False)
    try:
        outcome = applying.apply(rt.transaction, rt.redis, rec_id, "test", LEASE)
    finally:
        holder.release()
    assert not outcome.done and "someone-else" in outcome.reason
    with rt.transaction() as s:
        assert store.get(s, rec_id).status == "approved"
        assert catalog.active_config(s)[0] == degraded_active


def test_pending_and_stale_recommendations_do_not_apply(rt: Runtime, degraded_active: int) -> None:
    pending = recommendation(rt, status="pending")
    outcome = applying.apply(rt.transaction, rt.redis, pending, "test", LEASE)
    assert not outcome.done and "not approved" in outcome.reason
    first, second = recommendation(rt), recommendation(rt)
    assert applying.apply(rt.transaction, rt.redis, first, "test", LEASE).done
    stale = applying.apply(rt.transaction, rt.redis, second, "test", LEASE)
    assert not stale.done and "expects" in stale.reason
    with rt.transaction() as s:
        assert store.get(s, second).status == "failed"


def test_approving_a_conflicting_recommendation_is_refused(
    rt: Runtime, degraded_active: int
) -> None:
    recommendation(rt, status="approved")
    pending = recommendation(rt, status="pending")
    with rt.transaction() as s, pytest.raises(PermanentError, match="same keys"):
        store.approve(s, pending, "test")


def test_batches_scored_during_applies_use_one_whole_version(
    rt: Runtime, degraded_active: int
) -> None:
    """A batch reads the active version once: its detector is the one compiled for exactly that
    version's stored config, whichever switches happen meanwhile."""
    rows = read_rows(DEV)[:40]
    stop = threading.Event()
    errors: list[BaseException] = []

    def switcher() -> None:
        try:
            for _ in range(4):
                rec_id = recommendation(rt)
                assert applying.apply(rt.transaction, rt.redis, rec_id, "switcher", LEASE).done
                assert applying.rollback(rt.transaction, rt.redis, rec_id, "switcher", LEASE).done
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            stop.set()

    thread = threading.Thread(target=switcher)
    thread.start()
    seen: set[int] = set()
    while not stop.is_set() or not seen:
        with rt.transaction() as s:
            detector, version = runner.analyze_context(s, rt.settings)
            stored = s.scalars(
                select(catalog.ConfigRow.data).where(catalog.ConfigRow.version == version)
            ).one()
        config = DetectionConfig.from_mapping(stored)
        assert detector.config.model_copy(update={"version": 0}) == config.model_copy(
            update={"version": 0}
        )
        decisions = [detector.score(r.item).is_signal for r in rows]
        expected_threshold = config.threshold
        assert all(
            d == (detector.score(r.item).score >= expected_threshold)
            for d, r in zip(decisions, rows, strict=True)
        )
        seen.add(version)
    thread.join()
    assert not errors
    with rt.transaction() as s:
        stored_versions = set(s.scalars(select(catalog.ConfigRow.version)))
    assert seen <= stored_versions and len(stored_versions) == 2 + 8  # 4 applies, 4 rollbacks


def test_guard_rolls_back_an_apply_that_feedback_contradicts(
    rt: Runtime, degraded_active: int
) -> None:
    from swarm.optimization.guard import GuardPolicy, guard_applied
    from swarm.storage.models import Alert

    rec_id = recommendation(rt)
    with rt.transaction() as s:
        store.get(s, rec_id).evidence = {"after": {"precision": 0.95}}
    applied = applying.apply(rt.transaction, rt.redis, rec_id, "test", LEASE)
    policy = GuardPolicy(tolerance=0.1, min_labels=4)
    with rt.transaction() as s:  # alerts of the new version, labelled: 2 of 4 wrong
        for n, status in enumerate(["confirmed", "confirmed", "false_positive"]):
            s.add(Alert(event_key=f"k{n}", company="Acme", event_type="tge", confidence=0.9,
                        status=status, config_version=applied.version))  # fmt: skip
    assert guard_applied(rt.transaction, rt.redis, policy, LEASE) == []  # 3 labels: waits
    with rt.transaction() as s:
        s.add(Alert(event_key="k9", company="Acme", event_type="tge", confidence=0.9,
                    status="false_positive", config_version=applied.version))  # fmt: skip
    (done,) = guard_applied(rt.transaction, rt.redis, policy, LEASE)
    assert done["done"] and done["id"] == rec_id
    with rt.transaction() as s:
        rec = store.get(s, rec_id)
        assert rec.status == "rolled_back" and "guard" in (rec.error or "")
        assert catalog.active_config(s)[1].threshold == degraded().threshold
