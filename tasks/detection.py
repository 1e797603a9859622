"""The detection pipeline's tasks: fetch → analyze → record signals (→ notify).

Each task validates its payload, opens a session, calls ``swarm.pipeline`` / ``swarm.fetchers``
and hands on to the next queue. Routing is by name (celeryconfig.task_routes).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, Field, PositiveInt

from swarm import runtime
from swarm.app import app
from swarm.pipeline import fetching, signal_store
from swarm.pipeline.ingest import ItemPayload, SignalPayload, analyze
from swarm.pipeline.runner import analyze_context, merge_signals
from swarm.retry import RetryPolicy
from tasks.base import SwarmTask, parse

# Items per analyze_items message: batching pays (one session, one detector pass per batch).
BATCH_SIZE = 100
FETCH_POLICY = RetryPolicy(max_retries=2, base_delay_s=5.0, max_delay_s=60.0)


class SourceJob(BaseModel):
    source_id: int = Field(gt=0)
    slot: int | None = None


class ItemBatch(BaseModel):
    items: list[ItemPayload] = Field(min_length=1, max_length=BATCH_SIZE * 10)
    source_id: int | None = None


class SignalBatch(BaseModel):
    signals: list[SignalPayload] = Field(min_length=1)


def hand_on_items(items: list[ItemPayload], source_id: int | None) -> int:
    """Enqueue ``analyze_items`` in batches; return how many messages were sent."""
    sent = 0
    for start in range(0, len(items), BATCH_SIZE):
        chunk = [i.model_dump(mode="json") for i in items[start : start + BATCH_SIZE]]
        analyze_items.delay({"items": chunk, "source_id": source_id})
        sent += 1
    return sent


def hand_on_signals(signals: list[SignalPayload]) -> int:
    """Enqueue ``record_signals`` in batches; return how many messages were sent."""
    sent = 0
    for start in range(0, len(signals), BATCH_SIZE):
        chunk = [s.model_dump(mode="json") for s in signals[start : start + BATCH_SIZE]]
        record_signals.delay({"signals": chunk})
        sent += 1
    return sent


def _final_attempt(task: SwarmTask) -> bool:
    """No retry follows this attempt: its failure ends the scheduled fetch (breaker count)."""
    return (task.request.retries or 0) >= task._policy().max_retries


@app.task(
    name="detection.fetch_feed", base=SwarmTask, bind=True, policy=FETCH_POLICY,
    payload_type=SourceJob | PositiveInt,
)
def fetch_feed(self: SwarmTask, payload: dict[str, Any] | int) -> dict[str, Any]:
    """Fetch one RSS/Atom source (``fetch_feed.delay(source_id)`` works too).

    A transient failure is retried (``FETCH_POLICY``); the scheduled fetch counts one breaker
    failure only if its last attempt fails.
    """
    job = parse(SourceJob, {"source_id": payload} if isinstance(payload, int) else payload)
    outcome = fetching.fetch_rss_source(
        runtime.current(), job.source_id, datetime.now(UTC), _final_attempt(self)
    )
    outcome["batches"] = hand_on_items(outcome.pop("items"), job.source_id)
    return outcome


@app.task(
    name="detection.search_x", base=SwarmTask, bind=True, policy=FETCH_POLICY,
    payload_type=SourceJob | PositiveInt,
)
def search_x(self: SwarmTask, payload: dict[str, Any] | int) -> dict[str, Any]:
    """Run one X recent-search source; a rate limit defers it to the reset, holding no worker."""
    job = parse(SourceJob, {"source_id": payload} if isinstance(payload, int) else payload)
    outcome = fetching.search_x_source(
        runtime.current(), job.source_id, datetime.now(UTC), _final_attempt(self)
    )
    outcome["batches"] = hand_on_items(outcome.pop("items"), job.source_id)
    return outcome


@app.task(name="detection.analyze_items", base=SwarmTask, bind=True, payload_type=ItemBatch)
def analyze_items(self: SwarmTask, payload: dict[str, Any]) -> dict[str, Any]:
    """Score a batch, store each item once, mark it processed; hand signals on."""
    batch = parse(ItemBatch, payload)
    rt, now = runtime.current(), datetime.now(UTC)
    with rt.transaction() as session:
        detector, version = analyze_context(session, rt.settings)
        signals = analyze(session, batch.items, detector, version, now)
        # Durable with the processed mark: the recovery sweep re-sends what the broker loses.
        signal_store.record(session, signals, now)
        fetching.count_signals(session, batch.source_id, len(signals))
    hand_on_signals(signals)
    return {"items": len(batch.items), "signals": len(signals)}


@app.task(
    name="detection.record_signals", base=SwarmTask, bind=True, payload_type=SignalBatch
)
def record_signals(self: SwarmTask, payload: dict[str, Any]) -> dict[str, Any]:
    """Merge signals into events under the per-event lock; a new alert goes to notify."""
    batch = parse(SignalBatch, payload)
    created = merge_signals(runtime.current(), batch.signals, datetime.now(UTC))
    for alert_id in created:
        app.send_task("notify.alert", args=[{"alert_id": alert_id}])
    return {"signals": len(batch.signals), "alerts_created": len(created)}
