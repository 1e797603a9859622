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

import swarm.coordination.celery_hooks  # noqa: E402  (agent registry: register, heartbeat)
import swarm.worker_hooks  # noqa: E402,F401  (connects logging, tracing and client hooks)
