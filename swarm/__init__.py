"""TGE Swarm: catch crypto Token Generation Events of a watch list early.

``celery -A swarm worker`` finds the Celery app as ``swarm.celery`` (the instance defined in
``swarm/app.py``). It is created lazily so that the pure parts of the package
(``swarm.detection``) import without Celery or its configuration.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from celery import Celery

    celery: Celery

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name == "celery":
        from swarm.app import app as celery_app

        return celery_app
    raise AttributeError(f"module 'swarm' has no attribute {name!r}")
