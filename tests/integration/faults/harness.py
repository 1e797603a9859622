"""A whole swarm for fault tests: every pool and beat under the Supervisor, on a PRIVATE Redis.

Faults are injected on this harness's own ``redis-server`` (a free loopback port, never the
shared 6379): SIGKILL, SIGSTOP/SIGCONT, and a restart on the same port with nothing in it.
Feeds, X search and the webhook receiver are the demo's loopback server; the database is a
SQLite file, or PostgreSQL through :class:`~tests.integration.faults.proxy.TcpProxy`.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from swarm.demo.run import watch_terms
from swarm.demo.server import HOOK_SECRET, DemoServer
from swarm.detection import WatchList
from swarm.embedded import EmbeddedRedis
from swarm.fetchers.x import build_queries
from swarm.pipeline import catalog, merging
from swarm.pipeline import source_store as repo
from swarm.queues import Queue
from swarm.settings import PoolSettings
from swarm.storage import migrate
from swarm.storage.db import make_engine, session_factory
from swarm.storage.models import (
    ALERT_MERGED,
    Alert,
    Delivery,
    Evidence,
    Item,
    ProbeResult,
    Signal,
    Source,
)
from tests.workers import worker_env
from workers.liveness import Prober, broker_look
from workers.manager import Child, Supervisor
from workers.pools import children_for, pool_specs

# Every source is polled again after this long (a second poll finds nothing new).
SOURCE_INTERVAL_S = 20
# The sweeps run every 2 s and re-send what is older than 4 s: recovery within seconds.
SWEEP_ENV = {
    "SWARM_INTERVALS__SCHEDULE_SOURCES_S": "1",
    "SWARM_INTERVALS__HEALTH_S": "2",
    "SWARM_INTERVALS__SYNC_S": "5",
    "SWARM_RECOVERY__PENDING_AFTER_S": "4",
    "SWARM_RECOVERY__UNMERGED_AFTER_S": "4",
    "SWARM_RECOVERY__RENOTIFY_AFTER_S": "4",
    # Every feed is served from one loopback host: politeness towards it is not under test.
    "SWARM_FETCH__HOST_BURST": "100",
    "SWARM_FETCH__HOST_RATE_PER_S": "100",
}
SETTLE_TIMEOUT_S = 240.0
# Alerts still standing: not merged into another by a later signal (swarm.pipeline.merging).
LIVE = Alert.status != ALERT_MERGED
# The pool manager's checks (workers.liveness) as `swarm run` runs them, with short bounds:
# tests.workers.worker_env sets a task time limit of 20 s.
LIVENESS_EVERY_S = 2.0
STALL_AFTER_S = 20.0
START_GRACE_S = 90.0  # seven workers and beat starting at once on a busy host
TIME_LIMIT_S = 20.0


@dataclass
class Outcome:
    """What a run produced, for comparing a faulty run with a fault-free one."""

    alerts: int
    events: set[tuple[str, str, str | None]]  # (company, event type, event date)
    evidence_items: set[str]  # items that back some alert
    items: int
    processed: int
    hooks_per_alert: dict[int, int]
    duplicate_events: list[tuple[str, str, str]] = field(default_factory=list)
    items_in_two_alerts: list[str] = field(default_factory=list)


@dataclass
class FaultSwarm:
    tmp: Path
    redis: EmbeddedRedis
    server: DemoServer
    engine: Engine
    supervisor: Supervisor
    env: dict[str, str]

    def session(self) -> Session:
        return session_factory(self.engine)()

    # Faults ------------------------------------------------------------------------------

    def child(self, name: str) -> Child:
        return next(c for c in self.supervisor.children if c.name == name)

    def kill_pools(self, *names: str, hold: bool = False) -> None:
        """SIGKILL pools (their whole process group); ``hold`` keeps them down until release."""
        for name in names:
            child = self.child(name)
            if hold:
                child.next_start = float("inf")
            if child.process is not None:
                os.killpg(child.process.pid, signal.SIGKILL)

    def release_pools(self, *names: str) -> None:
        for name in names:
            self.child(name).next_start = 0.0

    def wipe_broker(self) -> None:
        """SIGKILL Redis and start an empty one on the same port."""
        port = self.redis.port
        proc = self.redis.process
        assert proc is not None
        proc.kill()
        proc.wait(10)
        self.redis.process = None
        self.redis = EmbeddedRedis(self.tmp / "redis", port=port).start()

    def stall_broker(self, seconds: float) -> None:
        """SIGSTOP Redis for ``seconds``: every client hangs on it (it is not resumed)."""
        proc = self.redis.process
        assert proc is not None
        proc.send_signal(signal.SIGSTOP)
        time.sleep(seconds)

    def probe_every_pool(self, tag: str, timeout: float) -> float:
        """Send one probe task to every pool; seconds until each one's effect is stored."""
        from celery import Celery

        app = Celery("fault-probe", set_as_current=False)
        app.config_from_object("celeryconfig")
        app.conf.update(broker_url=self.redis.url, result_backend=self.redis.url)
        keys = {f"{tag}-{q.value}" for q in Queue}
        try:
            for q in Queue:
                app.send_task(f"system.probe.{q.value}", args=[{"key": f"{tag}-{q.value}"}])
        finally:
            app.close()

        def consumed() -> bool:
            with self.session() as s:
                got = set(s.scalars(select(ProbeResult.key).where(ProbeResult.key.in_(keys))))
            return got == keys

        return self.wait(consumed, f"a probe consumed by every pool ({tag})", timeout)

    # Progress ----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self.session() as s:
            def n(stmt):  # type: ignore[no-untyped-def]
                return int(s.scalar(stmt) or 0)

            return {
                "sources": n(select(func.count()).select_from(Source)),
                "fetched": n(select(func.count()).select_from(Source).where(
                    Source.last_success_at.is_not(None))),
                "items": n(select(func.count()).select_from(Item)),
                "processed": n(select(func.count()).select_from(Item).where(
                    Item.processed_at.is_not(None))),
                "signals": n(select(func.count()).select_from(Signal)),
                "merged": n(select(func.count()).select_from(Signal).where(
                    Signal.merged_at.is_not(None))),
                "alerts": n(select(func.count()).select_from(Alert).where(LIVE)),
                "delivered": n(select(func.count()).select_from(Delivery).join(
                    Alert, Alert.id == Delivery.alert_id).where(
                    Delivery.status == "delivered", LIVE)),
                "hooks": len(self.server.hooks),
            }  # fmt: skip

    def settled(self) -> bool:
        c = self.counts()
        return (
            c["fetched"] == c["sources"]
            and c["items"] > 0
            and c["processed"] == c["items"]
            and c["merged"] == c["signals"]
            and c["delivered"] == c["alerts"]
            and c["hooks"] >= c["alerts"]
        )

    def wait(self, predicate: Callable[[], bool], what: str, timeout: float) -> float:
        """Seconds until ``predicate()``; fails with the counts when it never holds."""
        start = time.monotonic()
        while time.monotonic() - start < timeout:
            if predicate():
                return time.monotonic() - start
            time.sleep(0.25)
        raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}: {self.counts()}")

    def settle(self, timeout: float = SETTLE_TIMEOUT_S) -> float:
        """Wait until everything is fetched, analysed, merged and delivered, and stays so."""
        took = self.wait(self.settled, "the run to complete", timeout)
        time.sleep(3)  # a late duplicate (alert, delivery) would show now
        return took

    def outcome(self) -> Outcome:
        with self.session() as s:
            alerts = list(s.scalars(select(Alert).where(LIVE)))
            evidence = list(s.execute(select(Evidence.item_id, Evidence.alert_id)))
            items = int(s.scalar(select(func.count()).select_from(Item)) or 0)
            processed = int(s.scalar(select(func.count()).select_from(Item).where(
                Item.processed_at.is_not(None))) or 0)  # fmt: skip
        dated: dict[tuple[str, str, str], int] = {}
        for a in alerts:
            if a.event_date is not None:
                key = (a.company, a.event_type, a.event_date.isoformat())
                dated[key] = dated.get(key, 0) + 1
        owners: dict[str, set[int]] = {}
        for item_id, alert_id in evidence:
            owners.setdefault(item_id, set()).add(alert_id)
        hooks: dict[int, int] = {}
        live = {a.id for a in alerts}
        for hook in self.server.hooks:
            alert_id = int(hook["alert"]["id"])
            if alert_id in live:  # not one sent before a later signal merged it away
                hooks[alert_id] = hooks.get(alert_id, 0) + 1
        return Outcome(
            alerts=len(alerts),
            events={
                (a.company, a.event_type, a.event_date.isoformat() if a.event_date else None)
                for a in alerts
            },
            evidence_items=set(owners),
            items=items,
            processed=processed,
            hooks_per_alert=hooks,
            duplicate_events=[k for k, v in dated.items() if v > 1],
            items_in_two_alerts=[i for i, a in owners.items() if len(a) > 1],
        )


def covered(event: tuple[str, str, str | None], events: set[tuple[str, str, str | None]]) -> bool:
    """An alert of ``events`` is the same event: same company and type, and a date within
    the merge window (any date, for an undated event).

    Exact equality is too strict: which date an alert takes (the first dated signal merged
    into it, within ``DATE_WINDOW``) depends on the order of merges, in a fault-free run too.
    Lost items and duplicate alerts are checked exactly, by evidence and by date.
    """
    company, kind, day = event
    dates = [d for c, k, d in events if (c, k) == (company, kind)]
    if day is None:
        return bool(dates)
    wanted = date.fromisoformat(day)
    return any(
        d is not None and abs(date.fromisoformat(d) - wanted) <= merging.DATE_WINDOW
        for d in dates
    )


def assert_same_alerts(got: Outcome, baseline: Outcome) -> None:
    """Nothing lost, nothing duplicated, compared with the fault-free run."""
    assert got.items == got.processed == baseline.items  # every item analysed
    # Every item that backs an alert in the fault-free run backs one here, and every event.
    assert baseline.evidence_items <= got.evidence_items
    missing = [e for e in sorted(baseline.events, key=str) if not covered(e, got.events)]
    assert missing == [], f"events of the fault-free run with no alert here: {missing}"
    # No duplicate alert (one per dated event; an item backs one alert), no double delivery.
    # (The number of alerts is not compared: which dated signals chain into one event, dates
    # within DATE_WINDOW of the first one merged, depends on the order of merges.)
    assert got.duplicate_events == [] and got.items_in_two_alerts == []
    assert len(got.hooks_per_alert) == got.alerts
    assert set(got.hooks_per_alert.values()) == {1}


@contextmanager
def fault_swarm(
    tmp: Path,
    db_url: str | None = None,
    liveness: bool = True,
    extra_env: dict[str, str] | None = None,
) -> Iterator[FaultSwarm]:
    """Start a private Redis, the demo server and every pool plus beat; stop all after.

    ``liveness``: the Supervisor checks its pools as ``swarm run`` does (ping and progress),
    with the bounds below, and restarts a stalled one.
    """
    db_url = db_url or f"sqlite:///{tmp / 'swarm.db'}"
    redis = EmbeddedRedis(tmp / "redis").start()
    server = DemoServer().start()
    engine = make_engine(db_url)
    sup: Supervisor | None = None
    runner: threading.Thread | None = None
    fs: FaultSwarm | None = None
    try:
        migrate.upgrade(engine)
        with session_factory(engine).begin() as s:
            wl = catalog.ensure_watchlist(s, WatchList.default())
            for url in server.feed_urls():
                repo.add_source(s, "rss", url, url.rsplit("/", 1)[-1], SOURCE_INTERVAL_S)
            for q in build_queries(watch_terms(wl)):
                repo.add_source(s, "x", q, f"X: {q[:40]}", SOURCE_INTERVAL_S)
        env = worker_env(
            redis.url,
            db_url,
            tmp / "state",
            SWARM_X__API_URL=f"{server.base_url}/2",
            SWARM_X__ALLOW_INSECURE_LOOPBACK="true",  # the fake X API is plain HTTP on loopback
            SWARM_X__BEARER_TOKEN="fault-token",
            SWARM_WEBHOOKS=json.dumps([{"url": f"{server.base_url}/hook", "secret": HOOK_SECRET}]),
            **SWEEP_ENV,
            **(extra_env or {}),
        )
        sizes = PoolSettings(**{q.value: 1 for q in Queue})
        children = children_for(pool_specs(sizes), tmp / "logs", beat=True)
        queues = [q.value for q in Queue]
        prober = Prober(lambda: broker_look(redis.url, queues, 2.0), LIVENESS_EVERY_S)
        sup = Supervisor(
            children,
            env=env,
            grace_s=10,
            prober=prober if liveness else None,
            stall_after_s=STALL_AFTER_S,
            progress_after_s=TIME_LIMIT_S + STALL_AFTER_S,
            start_grace_s=START_GRACE_S,
        )
        runner = threading.Thread(target=sup.run, name="supervisor", daemon=True)
        runner.start()
        fs = FaultSwarm(tmp, redis, server, engine, sup, env)
        yield fs
    finally:
        if sup is not None:
            sup.request_stop()
        if runner is not None:
            runner.join(60)
        engine.dispose()
        server.stop()
        (fs.redis if fs is not None else redis).stop()

