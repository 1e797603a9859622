"""Send one task with the project's Celery app, configured by this process's SWARM_* variables.

    python -m tests.integration.security.produce TASK_NAME 'JSON-PAYLOAD' [--wait SECONDS]

Prints the task id, then (with ``--wait``) the result as JSON. The security tests run it as a
subprocess so that each producer has its own settings (broker over TLS, a signing key or
none): Celery's ``auth`` serializer is registered process-wide, so one process, one signer.
"""

from __future__ import annotations

import json
import sys


def main(argv: list[str]) -> int:
    from swarm.app import app

    name, payload = argv[0], json.loads(argv[1])
    result = app.send_task(name, args=[payload])
    print(result.id, flush=True)
    if len(argv) > 3 and argv[2] == "--wait":
        print(json.dumps(result.get(timeout=float(argv[3]))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
