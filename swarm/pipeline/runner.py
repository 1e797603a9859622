"""Pipeline steps that need clients: the active detector, merges under per-event locks."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy.orm import Session

from swarm.coordination import Lock
from swarm.detection import Detector, WatchList
from swarm.pipeline import catalog
from swarm.pipeline.detector_cache import detector_for
from swarm.pipeline.ingest import SignalPayload
from swarm.pipeline.merging import merge_lock_name, merge_signal
from swarm.runtime import Runtime
from swarm.settings import Settings

log = logging.getLogger("swarm.pipeline")
# How long a merge waits for another worker merging the same event.
MERGE_LOCK_TIMEOUT_S = 30.0


def fallback_watchlist(settings: Settings) -> WatchList:
    """The list that seeds an empty store: ``settings.watchlist`` or the bundled one."""
    if settings.watchlist is not None:
        return WatchList.from_yaml_text(
            settings.watchlist.read_text(encoding="utf-8"), source=str(settings.watchlist)
        )
    return WatchList.default()


def analyze_context(session: Session, settings: Settings) -> tuple[Detector, int]:
    """The compiled detector for the active config and the stored watch list."""
    version, config = catalog.active_config(session)
    wl = catalog.ensure_watchlist(session, fallback_watchlist(settings))
    return detector_for(version, config, wl), version


def merge_signals(rt: Runtime, signals: list[SignalPayload], now: datetime) -> list[int]:
    """Merge each signal under its event's lock; return the ids of alerts created."""
    created: list[int] = []
    for sig in signals:
        lock = Lock(
            rt.redis,
            merge_lock_name(sig.company, sig.event_type),
            lease_ms=rt.settings.locks.lease_ms,
            watchdog=True,
            timeout=MERGE_LOCK_TIMEOUT_S,
            audit_stream_max=rt.settings.locks.audit_stream_max,
        )
        with lock, rt.transaction() as session:
            result = merge_signal(session, sig, now)
        if result.created:
            created.append(result.alert_id)
        log.info(
            "signal %s -> alert %s (%s, confidence %.2f)",
            sig.item_id,
            result.alert_id,
            "new" if result.created else "corroborated" if result.added else "known",
            result.confidence,
        )
    return created
