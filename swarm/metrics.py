"""Prometheus metrics of the swarm itself, read from the database and Redis at scrape time.

:class:`SwarmCollector` is a prometheus-client collector: every scrape runs a handful of
aggregate queries (bounded: counts grouped by a few columns, the latency histogram over the
newest ``LATENCY_ALERTS`` alerts) and reads queue depths, the registry, the desired state,
the latest health snapshot and the lock conflict and wait counters from Redis. Nothing is
counted inside the tasks, so the numbers are the same whichever process serves them
(``swarm metrics --port``). A source that does not answer yields ``swarm_up{service=...} 0``
and its metrics are left out of that scrape.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import redis
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.registry import Collector
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from swarm import autoscale, findings, health_store, keys
from swarm.coordination import registry
from swarm.coordination.scripts import text
from swarm.health import queue_depth
from swarm.healthchecks import oldest_age
from swarm.queues import Queue
from swarm.storage.base import as_utc
from swarm.storage.models import ALERT_MERGED, Alert, DeadLetter, Delivery, Item, Signal, Source

log = logging.getLogger(__name__)

# Detection latency buckets, seconds: a minute to a day.
LATENCY_BUCKETS = (30.0, 60.0, 120.0, 300.0, 600.0, 1800.0, 3600.0, 4 * 3600.0, 86400.0)
# The histogram covers this many of the newest alerts (bounded work per scrape).
LATENCY_ALERTS = 10_000


class SwarmCollector(Collector):
    """Collects on every scrape; ``agent_ttl_s`` decides which registered workers count."""

    def __init__(self, client: redis.Redis, engine: Engine, agent_ttl_s: float) -> None:
        self.client, self.engine, self.agent_ttl_s = client, engine, agent_ttl_s

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily("swarm_up", "1 when the service answered this scrape",
                               labels=["service"])  # fmt: skip
        try:
            yield from self._database()
            up.add_metric(["database"], 1)
        except SQLAlchemyError as exc:
            log.warning("metrics: database not read: %s", exc)
            up.add_metric(["database"], 0)
        try:
            yield from self._redis()
            up.add_metric(["redis"], 1)
        except (redis.RedisError, OSError) as exc:
            log.warning("metrics: redis not read: %s", exc)
            up.add_metric(["redis"], 0)
        yield up

    # Database -------------------------------------------------------------------------------

    def _database(self) -> Iterator[Metric]:
        with Session(self.engine) as s:
            fetched = s.scalar(select(func.coalesce(func.sum(Source.items_found), 0)))
            items = GaugeMetricFamily("swarm_items", "Items stored, by state", labels=["state"])
            pending = s.scalar(select(func.count()).where(Item.processed_at.is_(None))) or 0
            scored = s.scalar(select(func.count()).where(Item.processed_at.is_not(None))) or 0
            items.add_metric(["pending"], pending)
            items.add_metric(["scored"], scored)
            signals = GaugeMetricFamily("swarm_signals", "Signals, by state", labels=["state"])
            unmerged = s.scalar(select(func.count()).where(Signal.merged_at.is_(None))) or 0
            merged = s.scalar(select(func.count()).where(Signal.merged_at.is_not(None))) or 0
            signals.add_metric(["unmerged"], unmerged)
            signals.add_metric(["merged"], merged)
            alerts = GaugeMetricFamily("swarm_alerts", "Alerts, by status", labels=["status"])
            for status, n in s.execute(select(Alert.status, func.count()).group_by(Alert.status)):
                alerts.add_metric([status], n)
            notes = GaugeMetricFamily("swarm_notifications", "Deliveries by channel and outcome",
                                      labels=["channel", "outcome"])  # fmt: skip
            rows = s.execute(select(Delivery.channel, Delivery.status, func.count())
                             .group_by(Delivery.channel, Delivery.status))  # fmt: skip
            for channel, status, n in rows:
                notes.add_metric([channel, status], n)  # email | webhook:<hash>
            dead = s.scalar(select(func.count()).select_from(DeadLetter)) or 0
            failures = GaugeMetricFamily("swarm_source_consecutive_failures",
                                         "Consecutive failed fetches per source",
                                         labels=["source", "kind"])  # fmt: skip
            breaker = GaugeMetricFamily("swarm_source_breaker_open",
                                        "1 while the source's circuit breaker is open",
                                        labels=["source", "kind"])  # fmt: skip
            now = time.time()
            cols = (Source.name, Source.kind, Source.consecutive_failures,
                    Source.circuit_open_until)  # fmt: skip
            for src in s.execute(select(*cols).where(Source.enabled)):
                failures.add_metric([src.name, src.kind], src.consecutive_failures)
                is_open = bool(src.circuit_open_until
                               and as_utc(src.circuit_open_until).timestamp() > now)  # fmt: skip
                breaker.add_metric([src.name, src.kind], 1 if is_open else 0)
            latency = _latency(s)
        yield CounterMetricFamily("swarm_items_fetched", "New items fetched from all sources",
                                  value=fetched)  # fmt: skip
        yield from (items, signals, alerts, notes)
        yield GaugeMetricFamily("swarm_dead_letters", "Dead letters kept", value=dead)
        yield from (failures, breaker, latency)

    # Redis ----------------------------------------------------------------------------------

    def _redis(self) -> Iterator[Metric]:
        now = time.time()
        depth = GaugeMetricFamily("swarm_queue_depth", "Messages waiting, all priorities",
                                  labels=["queue"])  # fmt: skip
        age = GaugeMetricFamily("swarm_queue_oldest_message_age_seconds",
                                "Age of the oldest waiting message (0 when empty)",
                                labels=["queue"])  # fmt: skip
        for q in Queue:
            depth.add_metric([q.value], queue_depth(self.client, q.value))
            age.add_metric([q.value], oldest_age(self.client, q.value, now) or 0.0)
        desired = GaugeMetricFamily("swarm_pool_replicas_desired",
                                    "Replicas the health sweep wants", labels=["pool"])  # fmt: skip
        for pool, n in sorted(autoscale.desired(self.client).items()):
            desired.add_metric([pool], n)
        actual = GaugeMetricFamily("swarm_pool_replicas_actual",
                                   "Workers online, fresh heartbeat", labels=["pool"])  # fmt: skip
        counts: dict[str, int] = {q.value: 0 for q in Queue}
        for a in registry.agents(self.client):
            if a.status == registry.ONLINE and now - a.heartbeat <= self.agent_ttl_s:
                for name in a.info.queues:
                    counts[name] = counts.get(name, 0) + 1
        for pool, n in sorted(counts.items()):
            actual.add_metric([pool], n)
        checks = GaugeMetricFamily("swarm_health_check_status",
                                   "Latest health sweep: 0 ok, 1 degraded, 2 failing",
                                   labels=["check"])  # fmt: skip
        snap = health_store.latest(self.client)
        for f in snap.findings if snap else []:
            checks.add_metric([f.check], findings.RANK[f.status])
        conflicts = GaugeMetricFamily(
            "swarm_lock_conflicts",
            "Denied lock acquires and refused fenced writes since the last coordinator.sync",
            labels=["resource"],
        )
        for resource, raw in sorted(self.client.hgetall(keys.CONFLICTS).items()):
            conflicts.add_metric([text(resource)], int(raw))
        yield from (depth, age, desired, actual, checks, conflicts)
        yield from self._lock_waits()

    def _lock_waits(self) -> Iterator[Metric]:
        """Waits on locks that ended (granted or given up) since the last coordinator.sync,
        which resets them as it resets the conflicts (a counter reset, as after a restart)."""
        pipe = self.client.pipeline(transaction=True)
        pipe.hgetall(keys.LOCK_WAITS)
        pipe.hgetall(keys.LOCK_WAIT_SECONDS)
        counts, seconds = pipe.execute()
        waits = CounterMetricFamily("swarm_lock_waits", "Acquires that had to wait for a lock",
                                    labels=["resource"])  # fmt: skip
        for resource, raw in sorted(counts.items()):
            waits.add_metric([text(resource)], int(raw))
        waited = CounterMetricFamily("swarm_lock_wait_seconds",
                                     "Time acquirers spent waiting for a lock",
                                     labels=["resource"])  # fmt: skip
        for resource, raw in sorted(seconds.items()):
            waited.add_metric([text(resource)], float(raw))
        yield from (waits, waited)


def _latency(s: Session) -> HistogramMetricFamily:
    """Detection latency (first evidence published -> alert raised) of the newest alerts."""
    rows = s.execute(select(Alert.published_at, Alert.created_at)
                     .where(Alert.status != ALERT_MERGED)
                     .order_by(Alert.id.desc()).limit(LATENCY_ALERTS)).all()  # fmt: skip
    values = [max((as_utc(c) - as_utc(p)).total_seconds(), 0.0) for p, c in rows if p and c]
    buckets, acc = [], 0
    for bound in LATENCY_BUCKETS:
        acc = sum(1 for v in values if v <= bound)
        buckets.append((_le(bound), acc))
    buckets.append(("+Inf", len(values)))
    return HistogramMetricFamily(
        "swarm_detection_latency_seconds",
        "Publication of an event's first evidence to its alert",
        buckets=buckets, sum_value=sum(values),
    )  # fmt: skip


def _le(bound: float) -> str:
    return str(int(bound)) if bound.is_integer() else str(bound)

