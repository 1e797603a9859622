"""The Docker pool backend's pure parts: restart policies, limits, commands, environment.

The backend against a real engine is in tests/containers/test_docker_pools.py.
"""

from __future__ import annotations

import pytest
import typer

from swarm.commands.workers_docker import container_env
from swarm.queues import Queue
from workers.docker_backend import (
    MEMORY_BASE_MB,
    MEMORY_PER_CHILD_MB,
    NANO,
    DockerBackendError,
    DockerPools,
    limits,
    restart_policy,
    worker_command,
)
from workers.pools import PoolSpec

MB = 1024 * 1024


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("no", {"Name": ""}),
        ("always", {"Name": "always"}),
        ("unless-stopped", {"Name": "unless-stopped"}),
        ("on-failure", {"Name": "on-failure", "MaximumRetryCount": 0}),
        ("on-failure:5", {"Name": "on-failure", "MaximumRetryCount": 5}),
    ],
)
def test_the_restart_policies_docker_accepts(text: str, policy: dict[str, object]) -> None:
    assert restart_policy(text) == policy


@pytest.mark.parametrize(
    "text", ["", "sometimes", "on-failure:", "on-failure:x", "on-failure:-1", "Always", "no:3"]
)
def test_any_other_restart_policy_is_refused_with_the_accepted_ones(text: str) -> None:
    with pytest.raises(DockerBackendError, match="no, always, unless-stopped, on-failure"):
        restart_policy(text)


def test_the_backend_refuses_a_bad_policy_before_touching_the_engine() -> None:
    class NoEngine:
        def __getattr__(self, name: str) -> object:
            raise AssertionError(f"the engine was used: {name}")

    with pytest.raises(DockerBackendError):
        DockerPools(NoEngine(), restart="on-failure:x")


def test_limits_follow_the_pool_type_and_concurrency() -> None:
    prefork = limits(PoolSpec(Queue.KEYWORD_ANALYZER, concurrency=2, pool="prefork"))
    assert prefork.nano_cpus == 2 * NANO
    assert prefork.mem_limit == (MEMORY_BASE_MB + 2 * MEMORY_PER_CHILD_MB) * MB
    threads = limits(PoolSpec(Queue.NEWS_SCRAPER, concurrency=4, pool="threads"))
    assert threads.nano_cpus == NANO  # one process, however many threads
    assert threads.mem_limit == (MEMORY_BASE_MB + MEMORY_PER_CHILD_MB) * MB


def test_a_replica_runs_the_pool_command_named_after_its_container() -> None:
    spec = PoolSpec(Queue.NOTIFIER, concurrency=2, pool="threads", replicas=3)
    cmd = worker_command(spec)
    assert cmd[:5] == ["python", "-m", "celery", "-A", "swarm"]
    assert cmd[cmd.index("-n") + 1] == "notifier@%h"  # %h: the container's own host name
    assert "--without-gossip" in cmd and cmd[cmd.index("-Q") + 1] == "notifier"


def test_containers_get_the_swarm_settings_but_not_host_paths() -> None:
    environ = {"SWARM_BROKER_URL": "redis://h:6379/0", "SWARM_STATE_DIR": "/home/me/.state",
               "SWARM_CONFIG": "/home/me/swarm.yaml", "HOME": "/home/me"}  # fmt: skip
    env = container_env(environ, ["SWARM_BROKER_URL=redis://redis:6379/0", "TZ=UTC"])
    assert env == {"SWARM_BROKER_URL": "redis://redis:6379/0", "TZ": "UTC"}
    with pytest.raises(typer.BadParameter):
        container_env(environ, ["no-equals-sign"])
