"""One compiled :class:`Detector` per (config version, watch list) in each worker process."""

from __future__ import annotations

import hashlib
import json

from swarm.detection import DetectionConfig, Detector, WatchList

_cache: dict[tuple[int, str], Detector] = {}
# Compiled detectors kept per process (config versions and watch-list edits are rare).
MAX_CACHED = 4


def watchlist_digest(wl: WatchList) -> str:
    return hashlib.sha256(json.dumps(wl.to_dicts(), sort_keys=True).encode()).hexdigest()[:16]


def detector_for(version: int, config: DetectionConfig, wl: WatchList) -> Detector:
    key = (version, watchlist_digest(wl))
    det = _cache.get(key)
    if det is None:
        if len(_cache) >= MAX_CACHED:
            _cache.pop(next(iter(_cache)))
        det = _cache[key] = Detector(wl, config)
    return det
