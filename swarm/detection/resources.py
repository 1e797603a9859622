"""The bundled YAML files in ``swarm/data/`` (read as text through importlib.resources)."""

from __future__ import annotations

from importlib import resources

DATA_PACKAGE = "swarm.data"
WATCHLIST_FILE = "watchlist.yaml"
DETECTION_FILE = "detection.yaml"


def bundled_text(name: str) -> str:
    """The text of one bundled data file, e.g. ``bundled_text("watchlist.yaml")``."""
    return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
