"""``python -m workers.ping [NAME | --beat]``: the health check of a worker or beat container.

* A worker (the image's ``HEALTHCHECK``): one worker runs per container, named
  ``<pool>@<hostname>`` (``-n <pool>@%h``), and the container's hostname is its own. Healthy
  when a worker ``NAME@<this host>`` (any name when NAME is omitted) answers a control ping.
* ``--beat``: healthy while the beat of this host holds the ``beat`` lock in the coordination
  Redis (:mod:`swarm.coordination.beat`: only the holder sends tasks; a beat whose Redis is
  away or whose lease was taken over does not). A standby beat of a failover pair is reported
  unhealthy, which is what it is for sending.

Exit code 0 when healthy, 1 when not, 2 when Redis did not answer.
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterable, Sequence

# Seconds to wait for replies; below the image's HEALTHCHECK timeout.
PING_TIMEOUT_S = 5.0


def answered_here(replies: Iterable[str], host: str, name: str | None = None) -> bool:
    """Whether one of the replying node names is ``name@host`` (or ``*@host``)."""
    for node in replies:
        node_name, _, node_host = node.rpartition("@")
        if node_host == host and (name is None or node_name == name):
            return True
    return False


def held_by_host(value: bytes | str | None, host: str) -> bool:
    """Whether a lock value (``...:<host>:<pid>:<thread>:<nonce>``) names ``host``."""
    if value is None:
        return False
    text = value.decode() if isinstance(value, bytes) else value
    return host in text.split(":")


def check_worker(name: str | None, host: str) -> int:
    from swarm.app import app

    try:
        replies = app.control.ping(timeout=PING_TIMEOUT_S) or []
    except Exception as exc:  # the broker is away
        print(f"workers.ping: the broker did not answer: {exc}", file=sys.stderr)
        return 2
    nodes = [node for reply in replies for node in reply]
    if answered_here(nodes, host, name):
        return 0
    who = f"{name}@{host} has not" if name else f"no worker @{host}"
    print(f"workers.ping: {who} answered (replies from {sorted(nodes)})", file=sys.stderr)
    return 1


def check_beat(host: str) -> int:
    import redis

    from swarm import keys
    from swarm.coordination.beat import BEAT_LOCK
    from swarm.runtime import Runtime
    from swarm.settings import get_settings

    rt = Runtime(get_settings())
    try:
        value = rt.redis.get(f"{keys.LOCK}:{BEAT_LOCK}")
    except (redis.RedisError, OSError) as exc:
        print(f"workers.ping: Redis did not answer: {exc}", file=sys.stderr)
        return 2
    finally:
        rt.close()
    if held_by_host(value, host):
        return 0
    print(f"workers.ping: the beat of {host} does not hold the beat lock", file=sys.stderr)
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    host = socket.gethostname()
    if args == ["--beat"]:
        return check_beat(host)
    return check_worker(args[0] if args else None, host)


if __name__ == "__main__":
    sys.exit(main())
