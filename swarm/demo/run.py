"""Run the whole pipeline on the demo data: embedded Redis, SQLite, every pool and beat."""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn
from sqlalchemy import func, select

from swarm import api, broker
from swarm.demo.server import DATA, HOOK_SECRET, DemoServer
from swarm.detection import WatchList
from swarm.fetchers.x import build_queries
from swarm.health import queue_depth
from swarm.pipeline import catalog
from swarm.pipeline import source_store as repo
from swarm.queues import Queue
from swarm.runtime import Runtime
from swarm.settings import get_settings
from swarm.storage import migrate
from swarm.storage.models import ALERT_MERGED, Alert, Item, Source
from workers.manager import Supervisor
from workers.pools import children_for, pool_specs

# The demo ends when nothing changed for this long after every source was fetched.
QUIET_S = 4.0
TIMEOUT_S = 300.0
NOTE_EVERY_S = 15.0
FEED_INTERVAL_S = 20  # a second poll of each feed shows conditional GET (304, nothing new)


@dataclass
class DemoReport:
    feeds: int
    x_queries: int
    items: int
    signals: int
    alerts: list[dict[str, Any]]
    labelled_positive_items: int
    flagged_positive: int
    flagged_decoys: int
    seconds: float
    webhooks: int


def watch_terms(wl: WatchList) -> list[str]:
    terms: list[str] = []
    for c in wl.companies:
        terms += [c.name, *c.aliases]
        terms += [f"${t}" for t in c.tokens] + [f"from:{h}" for h in c.x_handles]
    return terms


def _env(state: Path, server: DemoServer) -> None:
    os.environ.update(
        SWARM_STATE_DIR=str(state),
        SWARM_DATABASE__URL=f"sqlite:///{state / 'demo.db'}",
        SWARM_INTERVALS__SCHEDULE_SOURCES_S="1",
        SWARM_X__API_URL=f"{server.base_url}/2",
        SWARM_X__ALLOW_INSECURE_LOOPBACK="true",  # the sample X server is plain HTTP on loopback
        SWARM_X__BEARER_TOKEN="demo-token",
        SWARM_FETCH__ALLOW_HOSTS='["127.0.0.1"]',  # the demo's feeds, X API and webhook
        SWARM_WEBHOOKS=json.dumps([{"url": f"{server.base_url}/hook", "secret": HOOK_SECRET}]),
    )
    get_settings.cache_clear()


def run_demo(console: Console) -> DemoReport:
    started = time.monotonic()
    state = get_settings().state_dir / "demo"
    shutil.rmtree(state, ignore_errors=True)
    server = DemoServer().start()
    _env(state, server)
    choice = broker.resolve(get_settings(), force_embedded=True)
    settings = get_settings()
    rt = Runtime(settings)
    migrate.upgrade(rt.engine)
    with rt.transaction() as s:
        wl = catalog.ensure_watchlist(s, WatchList.default())
        for url in server.feed_urls():
            repo.add_source(s, "rss", url, url.rsplit("/", 1)[-1], FEED_INTERVAL_S)
        queries = build_queries(watch_terms(wl))
        for q in queries:
            repo.add_source(s, "x", q, f"X: {q[:40]}…", FEED_INTERVAL_S)
    console.print(
        f"[bold]embedded Redis[/] {choice.url}   [bold]database[/] {settings.database_url}"
    )
    console.print(
        f"serving {len(server.feeds)} sample feeds and {len(server.posts)} X posts "
        f"at {server.base_url}; {len(queries)} X queries built from the watch list"
    )
    children = children_for(
        pool_specs(settings.pools.model_copy(update={q.value: 1 for q in Queue})),
        state / "logs",
        beat=True,
    )
    sup = Supervisor(children, env=dict(os.environ), grace_s=20)
    sup.install_signal_handlers()
    sup.start_all()
    try:
        _follow(rt, sup, console)
        alerts = api.alerts(limit=1000, runtime=rt)
        _wait_notified(rt, server, len(alerts))
        report = _report(rt, alerts, len(server.feeds), len(queries), started)
        report.webhooks = len(server.hooks)
    finally:
        sup.stop_all()
        rt.close()
        server.stop()
        choice.stop()
    return report


def _counts(rt: Runtime) -> tuple[int, int, int, int, int]:
    with rt.transaction() as s:
        fetched = (
            s.scalar(
                select(func.count()).select_from(Source).where(Source.last_success_at.is_not(None))
            )
            or 0
        )
        total = s.scalar(select(func.count()).select_from(Source)) or 0
        items = s.scalar(select(func.count()).select_from(Item)) or 0
        done = (
            s.scalar(select(func.count()).select_from(Item).where(Item.processed_at.is_not(None)))
            or 0
        )
        n_alerts = (
            s.scalar(
                select(func.count()).select_from(Alert).where(Alert.status != ALERT_MERGED)
            )
            or 0
        )
    return fetched, total, items, done, n_alerts


def _follow(rt: Runtime, sup: Supervisor, console: Console) -> None:
    """Show progress until every source was fetched and the pipeline went quiet."""
    deadline = time.monotonic() + TIMEOUT_S
    last, quiet_since = None, time.monotonic()
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        console=console,
        transient=True,
    ) as progress:
        src_bar = progress.add_task("sources fetched", total=1)
        item_bar = progress.add_task("items analysed ", total=1)
        alert_bar = progress.add_task("alerts         ", total=None)
        next_note = time.monotonic() + NOTE_EVERY_S
        while time.monotonic() < deadline and not sup.stop_event.is_set():
            sup.check()
            fetched, total, items, done, n_alerts = _counts(rt)
            progress.update(src_bar, completed=fetched, total=max(total, 1))
            progress.update(item_bar, completed=done, total=max(items, 1))
            progress.update(alert_bar, completed=n_alerts)
            busy = sum(queue_depth(rt.redis, q.value) for q in Queue if q is not Queue.COORDINATOR)
            now = (fetched, items, done, n_alerts, busy)
            if now != last:
                last, quiet_since = now, time.monotonic()
            if (
                fetched == total
                and items
                and done == items
                and busy == 0
                and time.monotonic() - quiet_since >= QUIET_S
            ):
                return
            if time.monotonic() >= next_note:  # a slow run says what it is waiting for
                next_note += NOTE_EVERY_S
                restarts = sum(c.restarts for c in sup.children)
                progress.console.print(
                    f"still waiting: {fetched}/{total} sources fetched, {done}/{items} items "
                    f"analysed, {busy} messages queued, {restarts} pool restarts"
                )
            time.sleep(0.5)
    console.print("[yellow]the demo stopped waiting before the pipeline went quiet[/]")


def _report(
    rt: Runtime, alerts: list[dict[str, Any]], feeds: int, queries: int, started: float
) -> DemoReport:
    labels = json.loads(DATA.joinpath("labels.json").read_text(encoding="utf-8"))
    with rt.transaction() as s:
        rows = s.execute(select(Item.url, Item.is_signal)).all()
    flagged = [url for url, sig in rows if sig]
    pos = sum(1 for url, _ in rows if labels.get(url, {}).get("label"))
    flagged_pos = sum(1 for url in flagged if labels.get(url, {}).get("label"))
    return DemoReport(
        feeds,
        queries,
        len(rows),
        len(flagged),
        alerts,
        pos,
        flagged_pos,
        len(flagged) - flagged_pos,
        time.monotonic() - started,
        0,
    )


def _wait_notified(rt: Runtime, server: DemoServer, alerts: int) -> None:
    """Give the notifier pool a moment to deliver one signed webhook per alert."""
    deadline = time.monotonic() + QUIET_S * 5
    while len(server.hooks) < alerts and time.monotonic() < deadline:
        time.sleep(0.2)
