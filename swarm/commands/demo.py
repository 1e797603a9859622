"""``swarm demo``: run the swarm end to end on the embedded default and print what it did."""

from __future__ import annotations

import os
import time
import uuid

import typer
from rich.console import Console
from rich.table import Table

from swarm import broker, tracing
from swarm.queues import Queue
from swarm.runtime import Runtime
from swarm.settings import get_settings
from swarm.storage import migrate
from workers.manager import Supervisor
from workers.pools import children_for, pool_specs

# How long the demo waits for the pools to come up and for its jobs to finish.
READY_TIMEOUT_S = 120.0
JOB_TIMEOUT_S = 120.0


def register(app: typer.Typer) -> None:
    @app.command("demo")
    def demo() -> None:
        """Start an embedded Redis and a SQLite database, run every pool, send a job through
        each queue (one failing transiently, one chained through all pools), print the
        results and stop everything."""
        console = Console()
        settings = get_settings()
        state = settings.state_dir / "demo"
        os.environ["SWARM_DATABASE__URL"] = f"sqlite:///{state / 'demo.db'}"
        os.environ["SWARM_STATE_DIR"] = str(state)
        get_settings.cache_clear()
        choice = broker.resolve(get_settings(), force_embedded=True)
        settings = get_settings()
        rt = Runtime(settings)
        migrate.upgrade(rt.engine)
        console.print(
            f"[bold]embedded Redis[/] {choice.url}  [bold]database[/] {settings.database_url}"
        )

        from swarm.app import app as celery_app

        celery_app.conf.update(broker_url=choice.url, result_backend=choice.url)
        children = children_for(
            pool_specs(settings.pools.model_copy(update={q.value: 1 for q in Queue})),
            state / "logs",
            beat=False,
        )
        sup = Supervisor(children, env=dict(os.environ), grace_s=20)
        sup.install_signal_handlers()
        sup.start_all()
        try:
            with console.status("starting one worker per pool…"):
                _wait_ready(celery_app, sup)
            run = uuid.uuid4().hex[:6]
            jobs = {}
            for q in Queue:
                tracing.bind(tracing.new_id())  # each job is its own piece of work
                jobs[q] = celery_app.send_task(
                    f"system.probe.{q.value}",
                    args=[
                        {
                            "key": f"demo-{run}-{q.value}",
                            "fail_times": 1 if q is Queue.NOTIFIER else 0,
                        }
                    ],
                )
            table = Table("queue", "served by", "attempts", "correlation id")
            with console.status("running a job on every pool…"):
                for q, res in jobs.items():
                    out = res.get(timeout=JOB_TIMEOUT_S)
                    table.add_row(
                        q.value, out["worker"], str(out["attempts"] + 1), out["correlation_id"]
                    )
            console.print(table)
            console.print(f"logs: {state / 'logs'}")
        finally:
            sup.stop_all()
            rt.close()
            choice.stop()
        console.print("[green]demo finished[/]: every pool served its queue; all stopped.")


def _wait_ready(app: object, sup: Supervisor) -> None:
    from swarm.health import workers_by_queue

    deadline = time.monotonic() + READY_TIMEOUT_S
    want = {q.value for q in Queue}
    while time.monotonic() < deadline:
        sup.check()
        if want <= set(workers_by_queue(app, timeout=1.0)):  # type: ignore[arg-type]
            return
        time.sleep(0.5)
    typer.echo(f"the pools did not come up within {READY_TIMEOUT_S:.0f}s; see the logs", err=True)
    raise typer.Exit(1)
