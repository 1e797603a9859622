"""``swarm metrics --port``: serve the swarm's Prometheus metrics over HTTP."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable

import typer

from swarm.runtime import Runtime
from swarm.settings import get_settings

DEFAULT_PORT = 9464


def register(app: typer.Typer) -> None:
    @app.command("metrics")
    def metrics(
        port: int = typer.Option(DEFAULT_PORT, "--port", min=1, max=65535, help="TCP port."),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    ) -> None:
        """Serve Prometheus metrics at http://HOST:PORT/metrics until SIGINT/SIGTERM.

        Read at scrape time from the database and Redis: items fetched and scored, signals,
        alerts by status, notifications by channel and outcome, dead letters, queue depth and
        oldest-message age per queue, pool replicas desired vs actual, source failures and
        breaker states, detection latency (published -> alert), the latest health checks.
        """
        settings = get_settings()
        rt = Runtime(settings)
        stop_server = serve(rt, port, host)
        stop = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        typer.echo(f"serving metrics on http://{host}:{port}/metrics; Ctrl-C stops")
        try:
            stop.wait()
        finally:
            stop_server()
            rt.close()


def serve(rt: Runtime, port: int, host: str = "127.0.0.1") -> Callable[[], None]:
    """Serve the swarm's metrics from this process (a thread); returns the function that stops."""
    from prometheus_client import CollectorRegistry, start_http_server

    from swarm.metrics import SwarmCollector  # imported here: other commands start faster

    registry = CollectorRegistry()
    registry.register(SwarmCollector(rt.redis, rt.engine, rt.settings.locks.agent_ttl_s))
    server, thread = start_http_server(port, addr=host, registry=registry)

    def stop() -> None:
        server.shutdown()
        thread.join(timeout=5)

    return stop
