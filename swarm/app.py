"""The Celery app: create it, load celeryconfig, include the task modules. Nothing else."""

from __future__ import annotations

from celery import Celery

TASK_MODULES = [
    "tasks.system",
    "tasks.detection",
    "tasks.sweeps",
    "tasks.coordinator",
    "tasks.notify",
    "tasks.optimizer",
]

app = Celery("swarm", include=TASK_MODULES)
app.config_from_object("celeryconfig")
if app.conf.task_serializer == "auth":  # security.enabled: sign and verify every task message
    app.setup_security(allowed_serializers=["json"], serializer="json")

import swarm.coordination.celery_hooks  # noqa: E402  (agent registry: register, heartbeat)
import swarm.health_hooks  # noqa: E402  (publish times, running-task records)
import swarm.worker_hooks  # noqa: E402,F401  (connects logging, tracing and client hooks)
