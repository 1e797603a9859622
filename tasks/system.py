"""System tasks: one probe task per agent pool (``system.probe.<queue>``)."""

from __future__ import annotations

import time
from typing import Any

from celery import Task

from swarm import runtime
from swarm.app import app
from swarm.probe import ProbePayload, next_in_chain, run_probe
from swarm.queues import Queue
from swarm.retry import RetryPolicy
from tasks.base import SwarmTask, parse

# The longest a system.sleep task sleeps, whatever it is asked.
MAX_SLEEP_S = 600.0
# Probes retry fast: they exist to show the mechanism, not to wait on real services.
PROBE_POLICY = RetryPolicy(max_retries=5, base_delay_s=0.2, max_delay_s=2.0)


def _make_probe(queue: Queue) -> Task:
    @app.task(
        name=f"system.probe.{queue.value}", base=SwarmTask, bind=True, policy=PROBE_POLICY,
        payload_type=ProbePayload,
    )
    def probe(self: SwarmTask, payload: dict[str, Any]) -> dict[str, object]:
        job = parse(ProbePayload, payload)
        rt = runtime.current()
        with rt.transaction() as session:
            outcome = run_probe(
                job,
                queue=queue.value,
                worker=self.request.hostname or "-",
                attempt=self.request.retries or 0,
                client=rt.redis,
                session=session,
            )
        follow = next_in_chain(job)
        if follow is not None:
            PROBES[follow[0]].delay(follow[1].model_dump(mode="json"))
        return outcome.to_dict()

    return probe


PROBES: dict[Queue, Task] = {q: _make_probe(q) for q in Queue}


@app.task(name="system.noop", ignore_result=True)
def noop() -> None:
    """Does nothing: the bare-Celery baseline of benchmarks/pipeline.py."""


@app.task(name="system.sleep", ignore_result=True)
def sleep(seconds: float) -> None:
    """Sleeps: the slow task of the self-healing tests and benchmarks/autoscale.py.

    Callers name the queue (``queue=``): it stands for slow work on any pool.
    """
    time.sleep(min(float(seconds), MAX_SLEEP_S))
