"""Which build of the scorer runs: the mypyc-compiled one, or the Python sources.

``make setup`` compiles the scorer's hot modules (:data:`MODULES`) with mypyc
(``scripts/compile_detection.py``): the extension modules sit next to their sources and
``compiled.json`` records the hash of each source they were built from. Python imports an
extension module ahead of a ``.py`` file of the same name, so a build older than its sources
would silently run old rules: :func:`activate` (called first thing by the package) checks the
hashes and, when they differ, makes every one of these modules load from its source.

``SWARM_DETECTION_PURE=1`` runs the sources even when the build is fresh (coverage, a debugger).
Both builds decide alike: ``benchmarks/scoring.py --digest`` prints the same hash of every
decision under both (tests/unit/detection/test_native.py checks it).

This module and the package ``__init__`` are never compiled.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Literal

log = logging.getLogger(__name__)

PACKAGE = "swarm.detection"
HERE = Path(__file__).resolve().parent
STAMP_NAME = "compiled.json"
PURE_ENV = "SWARM_DETECTION_PURE"
# The modules on the scoring path, compiled together (one mypyc group).
MODULES = (
    "dates", "explain", "features", "folding", "gates", "lead_event", "matcher", "provenance",
    "rejects", "scoping", "scorer", "subject", "textmodel",
)  # fmt: skip
GROUP = f"{PACKAGE}.native_build"  # its shared library: native_build__mypyc.<suffix>

Build = Literal["compiled", "stale", "source"]


def source_digests(directory: Path = HERE) -> dict[str, str]:
    """The sha256 of each compiled module's source."""
    return {m: hashlib.sha256((directory / f"{m}.py").read_bytes()).hexdigest() for m in MODULES}


def _extensions(directory: Path) -> list[Path]:
    suffixes = importlib.machinery.EXTENSION_SUFFIXES
    return [p for p in directory.iterdir() if any(p.name.endswith(s) for s in suffixes)]


def build_state(directory: Path = HERE) -> Build:
    """``compiled`` when extension modules built from the current sources are there for this
    Python, ``stale`` when some are there but the sources changed since, else ``source``."""
    if not _extensions(directory):
        return "source"
    try:
        stamp = json.loads((directory / STAMP_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return "stale"
    if not isinstance(stamp, dict) or stamp.get("sources") != source_digests(directory):
        return "stale"
    return "compiled" if stamp.get("python") == sys.implementation.cache_tag else "source"


class _Sources(importlib.abc.MetaPathFinder):
    """Loads the compiled modules from their ``.py`` files, ahead of any extension module."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.names = {f"{PACKAGE}.{m}": m for m in MODULES}

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        module = self.names.get(fullname)
        if module is None:
            return None
        return importlib.util.spec_from_file_location(fullname, self.directory / f"{module}.py")


ACTIVE: Literal["compiled", "source"] = "source"


def activate(directory: Path = HERE) -> Literal["compiled", "source"]:
    """Choose the build before any of :data:`MODULES` is imported; return the one in use."""
    global ACTIVE
    state = build_state(directory)
    pure = os.environ.get(PURE_ENV, "").strip().lower() in {"1", "true", "yes"}
    if state == "compiled" and not pure:
        ACTIVE = "compiled"
        return ACTIVE
    if state == "stale":
        log.warning(
            "the compiled scorer in %s was built from older sources: running the sources "
            "instead (slower); run `make compile` to rebuild it",
            directory,
        )
    present = any(isinstance(f, _Sources) for f in sys.meta_path)
    if (state != "source" or pure) and not present:
        sys.meta_path.insert(0, _Sources(directory))
    ACTIVE = "source"
    return ACTIVE
