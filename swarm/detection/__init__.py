"""Pure detection domain: values in, values out (no I/O, no Celery, no database).

Public API::

    from swarm.detection import Detector, DetectionConfig, ItemIn, WatchList

    detector = Detector(WatchList.default(), DetectionConfig.default())
    decision = detector.score(ItemIn(...))     # -> Decision
"""

from __future__ import annotations

from swarm.detection.config import DetectionConfig
from swarm.detection.errors import DetectionConfigError, WatchlistError
from swarm.detection.models import CATEGORIES, EVENT_TYPES, Decision, Evidence, ItemIn
from swarm.detection.scorer import Detector
from swarm.detection.watchlist import Company, WatchList

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
