"""Pure detection domain: values in, values out (no I/O, no Celery, no database).

Public API::

    from swarm.detection import Detector, DetectionConfig, ItemIn, WatchList

    detector = Detector(WatchList.default(), DetectionConfig.default())
    decision = detector.score(ItemIn(...))     # -> Decision
"""

from __future__ import annotations

from swarm.detection import native

native.activate()  # before any compiled module is imported: the build must match its sources

from swarm.detection.config import DetectionConfig  # noqa: E402
from swarm.detection.errors import DetectionConfigError, WatchlistError  # noqa: E402
from swarm.detection.models import (  # noqa: E402
    CATEGORIES,
    EVENT_TYPES,
    Decision,
    Evidence,
    ItemIn,
)
from swarm.detection.scorer import Detector  # noqa: E402
from swarm.detection.watchlist import Company, WatchList  # noqa: E402

__all__ = [
    "CATEGORIES",
    "EVENT_TYPES",
    "Company",
    "Decision",
    "DetectionConfig",
    "DetectionConfigError",
    "Detector",
    "Evidence",
    "ItemIn",
    "WatchList",
    "WatchlistError",
]
