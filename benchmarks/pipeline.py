"""End-to-end pipeline benchmark: feeds on loopback → items → signals → alerts.

    python benchmarks/pipeline.py [--json] [--feeds 50] [--items 200] [--redis-url URL]

One worker process per pool on a real Redis (a private embedded redis-server unless
``--redis-url`` is given) and a SQLite database in a temporary directory.

* **throughput**: every feed holds ``--items`` entries (5% announce a token launch of a watched
  project, the rest are ordinary market news); one fetch per feed is enqueued at t0 and the
  clock stops when every item is analysed: ``items_per_s = feeds × items / elapsed``.
* **latency**: afterwards, ``--latency-samples`` new announcements are published one at a time
  into a feed, each followed at once by a fetch of that feed (as a poll would); the latency is
  from the entry being available on the server to its alert row being stored.
* **baseline**: in the same run, on the same broker, ``--noop`` bare ``system.noop`` tasks
  through one worker process; ``ratio = items_per_s / noop_tasks_per_s``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WATCHLIST = "\n".join(
    ["companies:"]
    + [f"  - {{name: Project{i:02d}, tokens: [PRJ{i:02d}], priority: high}}" for i in range(20)]
)
POSITIVE_EVERY = 20  # 5% of the entries announce a launch
WAIT_S = 600.0


def entry(feed: int, n: int, published: datetime) -> dict[str, str]:
    if n % POSITIVE_EVERY == 0:
        p = (feed + n // POSITIVE_EVERY) % 20
        day = (published + timedelta(days=10)).strftime("%B %-d, %Y")
        title = f"Project{p:02d} sets PRJ{p:02d} token launch for {day}"
        text = f"Project{p:02d} said its PRJ{p:02d} token goes live on {day} (notice {feed}-{n})."
    else:
        title = f"Market wrap {feed}-{n}: majors trade flat"
        text = f"Bitcoin and ether were little changed in session {feed}-{n} as traders waited."
    return {"guid": f"f{feed}-{n}", "title": title, "text": text, "pub": format_datetime(published)}


class Feeds:
    """RSS feeds on loopback; entries can be added while it runs."""

    def __init__(self, feeds: int, items: int) -> None:
        now = datetime.now(UTC)
        self.entries = {f: [entry(f, n, now) for n in range(items)] for f in range(feeds)}
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, feed: int) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/feed/{feed}.xml"

    def body(self, feed: int) -> bytes:
        with self.lock:
            items = "".join(
                f"<item><title>{e['title']}</title><link>https://bench.example/{e['guid']}"
                f"</link><guid>{e['guid']}</guid><pubDate>{e['pub']}</pubDate>"
                f"<description>{e['text']}</description></item>"
                for e in self.entries[feed]
            )
        return (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {feed}'
            f"</title>{items}</channel></rss>"
        ).encode()

    def publish(self, feed: int, e: dict[str, str]) -> None:
        with self.lock:
            self.entries[feed].insert(0, e)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        feeds = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: Any) -> None:
                pass

            def do_GET(self) -> None:
                feed = int(self.path.rsplit("/", 1)[-1].split(".")[0])
                body = feeds.body(feed)
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler


def wait(predicate: Any, what: str, timeout: float = WAIT_S, step: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(step)
    raise TimeoutError(f"benchmark timed out waiting for {what}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--feeds", type=int, default=50)
    ap.add_argument("--items", type=int, default=200)
    ap.add_argument("--noop", type=int, default=2000, help="bare no-op tasks for the baseline")
    ap.add_argument("--latency-samples", type=int, default=20)
    ap.add_argument("--redis-url", default=None, help="default: a private embedded Redis")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="swarm-bench-"))
    from swarm.embedded import EmbeddedRedis

    embedded = None if args.redis_url else EmbeddedRedis(tmp / "redis").start()
    redis_url = args.redis_url or (embedded.url if embedded else "")
    (tmp / "watchlist.yaml").write_text(WATCHLIST)
    os.environ.update(
        SWARM_BROKER_URL=redis_url,
        SWARM_DATABASE__URL=f"sqlite:///{tmp / 'bench.db'}",
        SWARM_STATE_DIR=str(tmp / "state"),
        SWARM_WATCHLIST=str(tmp / "watchlist.yaml"),
        SWARM_FETCH__HOST_BURST="1000",
        SWARM_FETCH__HOST_RATE_PER_S="1000",
        SWARM_FETCH__ALLOW_HOSTS='["127.0.0.1"]',  # the feeds are served on loopback
        SWARM_LOG__LEVEL="WARNING",
    )
    feeds = Feeds(args.feeds, args.items)
    feeds.thread.start()
    try:
        result = run(args, feeds, redis_url, tmp)
    finally:
        feeds.httpd.shutdown()
        if embedded is not None:
            embedded.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:24} {value}")


def run(args: argparse.Namespace, feeds: Feeds, redis_url: str, tmp: Path) -> dict[str, Any]:
    import redis as redis_lib
    from sqlalchemy import func, select

    from swarm.app import app
    from swarm.health import queue_depth
    from swarm.pipeline import source_store as repo
    from swarm.queues import Queue
    from swarm.runtime import Runtime
    from swarm.settings import PoolSettings, get_settings
    from swarm.storage import migrate
    from swarm.storage.models import Alert, Item
    from workers.manager import Supervisor
    from workers.pools import children_for, pool_specs

    get_settings.cache_clear()
    app.conf.update(broker_url=redis_url, result_backend=redis_url)
    rt = Runtime(get_settings())
    migrate.upgrade(rt.engine)
    with rt.transaction() as s:
        ids = [
            repo.add_source(s, "rss", feeds.url(f), f"feed {f}", 3600).id for f in range(args.feeds)
        ]
    client = redis_lib.Redis.from_url(redis_url)
    sizes = PoolSettings(**{q.value: 1 for q in Queue})
    children = children_for(pool_specs(sizes), tmp / "logs", beat=False, loglevel="WARNING")
    sup = Supervisor(children, env=dict(os.environ), grace_s=20)
    sup.start_all()

    def count(stmt: Any) -> int:
        with rt.transaction() as s:
            return int(s.scalar(stmt) or 0)

    def drained(queue: str) -> bool:
        return queue_depth(client, queue) == 0 and client.hlen("unacked") == 0

    try:
        from swarm.health import workers_by_queue

        wait(lambda: len(workers_by_queue(app, 1.0)) == len(Queue), "workers", 120, 0.5)
        # Baseline: bare no-op tasks through one worker process, on the same broker.
        app.loader.import_default_modules()
        noop = app.tasks["system.noop"]
        start = time.perf_counter()
        for _ in range(args.noop):
            noop.delay()
        wait(lambda: drained(Queue.OPTIMIZER.value), "no-op tasks")
        noop_s = time.perf_counter() - start

        total = args.feeds * args.items
        processed = select(func.count()).select_from(Item).where(Item.processed_at.is_not(None))
        start = time.perf_counter()
        for source_id in ids:
            app.send_task("detection.fetch_feed", args=[{"source_id": source_id}])
        wait(lambda: count(processed) >= total, "every item analysed")
        pipeline_s = time.perf_counter() - start
        wait(lambda: all(drained(q.value) for q in Queue), "queues drained")

        latencies = []
        base = datetime.now(UTC)
        for k in range(args.latency_samples):
            feed = k % args.feeds
            p = k % 20
            day = (base + timedelta(days=60 + k * 5)).strftime("%B %-d, %Y")
            before = count(select(func.count()).select_from(Alert))
            e = {
                "guid": f"late-{k}",
                "title": f"Project{p:02d} sets PRJ{p:02d} token launch for {day}",
                "text": f"Project{p:02d} said its PRJ{p:02d} token goes live on {day}.",
                "pub": format_datetime(datetime.now(UTC)),
            }
            t0 = time.perf_counter()
            feeds.publish(feed, e)
            app.send_task("detection.fetch_feed", args=[{"source_id": ids[feed]}])
            wait(
                lambda b=before: count(select(func.count()).select_from(Alert)) > b,
                "an alert",
                60,
                0.01,
            )
            latencies.append(time.perf_counter() - t0)
    finally:
        sup.stop_all()
        rt.close()
        client.close()
    items_per_s = total / pipeline_s
    noop_per_s = args.noop / noop_s
    q = statistics.quantiles(latencies, n=20) if len(latencies) >= 2 else latencies * 19
    return {
        "items_per_s": round(items_per_s, 1),
        "noop_tasks_per_s": round(noop_per_s, 1),
        "ratio": round(items_per_s / noop_per_s, 2),
        "alert_latency_p50_s": round(statistics.median(latencies), 3),
        "alert_latency_p95_s": round(q[18], 3),
        "items": total,
        "feeds": args.feeds,
        "pipeline_s": round(pipeline_s, 2),
        "latency_samples": len(latencies),
    }


if __name__ == "__main__":
    main()
