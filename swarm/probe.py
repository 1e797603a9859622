"""The probe job: the foundation's idempotent end-to-end job, one per agent pool.

A probe records each delivery in Redis, may fail transiently a given number of times (to show
retries), may sleep (to be killed mid-task), and writes its effect once: a ``probe_results``
row keyed by the job key. A redelivered probe finds its effect and does not write it again.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import redis
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from swarm import keys, tracing
from swarm.errors import TransientError
from swarm.queues import Queue
from swarm.storage.models import ProbeResult

# Probe bookkeeping in Redis expires after a day.
PROBE_KEY_TTL_S = 86_400
MAX_SLEEP_S = 600.0


class ProbePayload(BaseModel):
    key: str = Field(min_length=1, max_length=200)
    fail_times: int = Field(default=0, ge=0, le=20)
    sleep_s: float = Field(default=0.0, ge=0.0, le=MAX_SLEEP_S)
    chain: list[Queue] = Field(default_factory=list, max_length=len(Queue) * 2)


class ProbeFailure(TransientError):
    """The probe's deliberate transient failure."""


@dataclass(frozen=True)
class ProbeOutcome:
    key: str
    queue: str
    worker: str
    deliveries: int
    attempts: int
    written: bool
    correlation_id: str | None

    def to_dict(self) -> dict[str, object]:
        return self.__dict__.copy()


def delivery_key(key: str) -> str:
    return f"{keys.TEST}:probe:{key}:deliveries"


def run_probe(
    payload: ProbePayload,
    *,
    queue: str,
    worker: str,
    attempt: int,
    client: redis.Redis,
    session: Session,
) -> ProbeOutcome:
    """Do the probe's work; idempotent on redelivery (the effect row is written once)."""
    pipe = client.pipeline()
    pipe.incr(delivery_key(payload.key))
    pipe.expire(delivery_key(payload.key), PROBE_KEY_TTL_S)
    deliveries = int(pipe.execute()[0])
    if payload.sleep_s:
        time.sleep(payload.sleep_s)
    if attempt < payload.fail_times:
        raise ProbeFailure(
            f"probe {payload.key}: planned failure {attempt + 1}/{payload.fail_times}"
        )
    cid = tracing.current()
    existing = session.get(ProbeResult, payload.key)
    if existing is not None:
        existing.deliveries = deliveries
        return ProbeOutcome(payload.key, queue, worker, deliveries, attempt, False, cid)
    session.add(
        ProbeResult(
            key=payload.key, queue=queue, worker=worker, deliveries=deliveries, correlation_id=cid
        )
    )
    return ProbeOutcome(payload.key, queue, worker, deliveries, attempt, True, cid)


def next_in_chain(payload: ProbePayload) -> tuple[Queue, ProbePayload] | None:
    """The probe to send next when ``payload`` has a chain: its queue and payload."""
    if not payload.chain:
        return None
    nxt, rest = payload.chain[0], payload.chain[1:]
    return nxt, ProbePayload(key=f"{payload.key}>{nxt.value}", chain=rest)
