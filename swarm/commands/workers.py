"""``swarm workers up``: every pool and beat as supervised ``celery`` subprocesses (or, with
``--backend docker``, as containers: :mod:`swarm.commands.workers_docker`)."""

from __future__ import annotations

import functools
import os
from typing import Literal

import redis
import typer

from swarm import broker, pool_events
from swarm.commands.metrics import serve as serve_metrics
from swarm.commands.pool_events import register_events
from swarm.commands.workers_docker import register_logs, supervise_docker
from swarm.redact import mask_url
from swarm.runtime import Runtime
from swarm.settings import get_settings
from swarm.storage import migrate
from workers.docker_backend import DEFAULT_IMAGE, DEFAULT_PROJECT, DEFAULT_RESTART
from workers.liveness import Prober, broker_look
from workers.manager import DEFAULT_GRACE_S, Child
from workers.pools import children_for, pool_specs
from workers.reconcile import (
    ReconcilingSupervisor,
    read_wanted,
    replica_child,
    supervisor_event,
)

Backend = Literal["local", "docker"]


def prepare() -> broker.BrokerChoice:
    """Pick the broker (embedded if need be) and migrate the database."""
    choice = broker.resolve(get_settings())
    rt = Runtime(get_settings())
    try:
        migrate.upgrade(rt.engine)
    finally:
        rt.close()
    return choice


def supervise(
    pools: list[str] | None,
    beat: bool,
    grace: float,
    loglevel: str,
    metrics_port: int | None = None,
) -> None:
    """Run the pools (and beat) until SIGINT/SIGTERM; then stop every child."""
    choice = prepare()
    settings = get_settings()
    log_dir = settings.state_dir / "logs"
    specs = pool_specs(settings.pools, pools)
    minimum = {s.queue.value: settings.autoscale.bounds(s.queue.value).min for s in specs}
    children = [
        replica_child(spec, i, log_dir, loglevel)
        for spec in specs
        for i in range(minimum[spec.queue.value])
    ] + children_for([], log_dir, beat, loglevel)
    live = settings.liveness
    queues = sorted(minimum)
    prober = Prober(
        functools.partial(broker_look, choice.url, queues, live.ping_timeout_s), live.interval_s
    )
    client = redis.Redis.from_url(
        choice.url, socket_timeout=live.ping_timeout_s, socket_connect_timeout=live.ping_timeout_s
    )
    record = functools.partial(pool_events.record, client)

    def act(pool: str, action: str, reason: str, child: str) -> None:
        typer.echo(f"{action:8} {child} ({pool}): {reason}")
        record(pool, action, reason, child)

    def on_event(event: str, child: Child) -> None:
        _echo(event, child)
        supervisor_event(record, event, child)

    sup = ReconcilingSupervisor(
        children,
        specs,
        minimum,
        read=functools.partial(read_wanted, client),
        record=act,
        log_dir=log_dir,
        loglevel=loglevel,
        env=dict(os.environ),
        grace_s=grace,
        on_event=on_event,
        prober=prober,
        stall_after_s=live.stall_after_s,
        start_grace_s=live.start_grace_s,
        # A task runs at most time_limit_s: longer than that with work waiting is a stall.
        progress_after_s=settings.tasks.time_limit_s + live.stall_after_s,
    )
    sup.install_signal_handlers()
    stop_metrics = None
    if metrics_port:
        metrics_rt = Runtime(settings)
        stop_metrics = serve_metrics(metrics_rt, metrics_port)
        typer.echo(f"metrics on http://127.0.0.1:{metrics_port}/metrics")
    broker_url, db_url = mask_url(choice.url), mask_url(settings.database_url)
    typer.echo(f"broker {broker_url} ({choice.how}); database {db_url}")
    typer.echo(f"logs in {log_dir}; Ctrl-C stops")
    try:
        sup.run()
    finally:
        if stop_metrics is not None:
            stop_metrics()
            metrics_rt.close()
        choice.stop()
    typer.echo("all pools stopped")


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="Run the agent pools (local subprocesses or Docker containers).",
        no_args_is_help=True,
    )
    app.add_typer(group, name="workers")
    register_events(group)
    register_logs(group)

    @group.command("up")
    def up(
        pool: list[str] = typer.Option(
            [], "--pool", "-p", help="Run only this pool (queue name); repeatable."
        ),
        beat: bool = typer.Option(True, "--beat/--no-beat", help="Also run celery beat."),
        grace: float = typer.Option(
            DEFAULT_GRACE_S, help="Seconds of warm shutdown before SIGKILL."
        ),
        loglevel: str = typer.Option("INFO", help="Log level of the workers."),
        metrics_port: int | None = typer.Option(
            None, "--metrics-port", min=1, max=65535,
            help="Also serve the swarm's Prometheus metrics on this port (127.0.0.1).",
        ),
        backend: Backend = typer.Option(
            "local", help="local: celery subprocesses; docker: one container per replica."
        ),
        image: str = typer.Option(DEFAULT_IMAGE, help="Docker backend: the project's image."),
        network: str | None = typer.Option(
            None, help="Docker backend: the network the containers join (Redis and the DB)."
        ),
        project: str = typer.Option(
            DEFAULT_PROJECT, help="Docker backend: the containers' project label and name prefix."
        ),
        restart_policy: str = typer.Option(
            DEFAULT_RESTART, help="Docker backend: no, always, unless-stopped or on-failure[:N]."
        ),
        env: list[str] = typer.Option(
            [], "--env", "-e", help="Docker backend: KEY=VALUE for the containers; repeatable."
        ),
    ) -> None:
        """Start every pool (and beat), restart crashed or stalled ones, stop all on Ctrl-C.

        A pool that answers no control ping for `liveness.stall_after_s` while the broker
        answers is restarted. SIGTERM stops everything too.

        Uses the configured broker, else redis://127.0.0.1:6379/0, else an embedded Redis.
        Worker logs go to <state_dir>/logs/<pool>.log.

        --backend docker runs each replica as a container of --image, labelled by --project
        and pool, with CPU and memory limits from the pool's type and concurrency; the
        desired replicas of the health sweep (read from the configured broker) drive it; a
        killed, exited or unhealthy container is replaced by one with a new name. The
        containers get this shell's SWARM_* variables (not SWARM_STATE_DIR, SWARM_CONFIG),
        then each --env; a bad --restart-policy is refused before any container starts.
        Ctrl-C stops and removes them. `swarm workers logs POOL` shows their logs.
        """
        if backend == "docker":
            if metrics_port:
                raise typer.BadParameter("not with --backend docker", param_hint="--metrics-port")
            supervise_docker(pool or None, beat, grace, loglevel, image, network, project,
                             restart_policy, env)  # fmt: skip
            return
        supervise(pool or None, beat, grace, loglevel, metrics_port)


def _echo(event: str, child: Child) -> None:
    codes = f" (exit codes {child.exit_codes})" if event == "exited" else ""
    typer.echo(f"{event:8} {child.name} pid={child.pid}{codes}")
