"""``python -m workers.ping [NAME]``: does a Celery worker of this host answer a control ping?

The health check of a worker container (the image's ``HEALTHCHECK``): one worker runs per
container, named ``<pool>@<hostname>`` (``-n <pool>@%h``), and the container's hostname is its
own. Exit code 0 when a worker ``NAME@<this host>`` (any name when NAME is omitted) replied
within the timeout, 1 when none did, 2 when the broker did not answer.
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


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    name = args[0] if args else None
    from swarm.app import app

    try:
        replies = app.control.ping(timeout=PING_TIMEOUT_S) or []
    except Exception as exc:  # the broker is away
        print(f"workers.ping: the broker did not answer: {exc}", file=sys.stderr)
        return 2
    nodes = [node for reply in replies for node in reply]
    host = socket.gethostname()
    if answered_here(nodes, host, name):
        return 0
    who = f"{name}@{host} has not" if name else f"no worker @{host}"
    print(f"workers.ping: {who} answered (replies from {sorted(nodes)})", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
