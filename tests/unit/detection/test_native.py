"""The compiled scorer runs only while it matches its sources, and decides like them."""

from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from swarm.detection import native

ROOT = Path(__file__).resolve().parents[3]
BENCH = ROOT / "benchmarks" / "scoring.py"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for module in native.MODULES:
        shutil.copy(native.HERE / f"{module}.py", tmp_path / f"{module}.py")
    return tmp_path


def _extension(directory: Path, module: str) -> None:
    (directory / f"{module}{importlib.machinery.EXTENSION_SUFFIXES[0]}").write_bytes(b"\0")


def _stamp(directory: Path, python: str = sys.implementation.cache_tag) -> None:
    stamp = {"python": python, "sources": native.source_digests(directory)}
    (directory / native.STAMP_NAME).write_text(json.dumps(stamp), "utf-8")


def test_sources_alone_are_the_source_build(tree: Path) -> None:
    assert native.build_state(tree) == "source"


def test_a_build_without_its_record_is_stale(tree: Path) -> None:
    _extension(tree, "scorer")
    assert native.build_state(tree) == "stale"


def test_a_build_is_used_only_while_every_source_is_unchanged(tree: Path) -> None:
    _extension(tree, "scorer")
    _stamp(tree)
    assert native.build_state(tree) == "compiled"
    with (tree / "gates.py").open("a", encoding="utf-8") as f:
        f.write("\n# an edit after the build\n")
    assert native.build_state(tree) == "stale"


def test_a_build_for_another_python_is_not_used(tree: Path) -> None:
    _extension(tree, "scorer")
    _stamp(tree, python="cpython-00")
    assert native.build_state(tree) == "source"


def _run(code: str, pure: bool) -> str:
    env = {k: v for k, v in os.environ.items() if k != native.PURE_ENV}
    if pure:
        env[native.PURE_ENV] = "1"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
        timeout=600, check=True,
    )  # fmt: skip
    return out.stdout.strip()


WHICH = (
    "import swarm.detection.scorer as s; from swarm.detection import native; "
    "print(native.ACTIVE, s.__file__.rsplit('.', 1)[-1])"
)


def test_the_pure_switch_runs_the_sources() -> None:
    assert _run(WHICH, pure=True) == "source py"


def test_the_build_in_use_is_the_one_on_disk() -> None:
    state = native.build_state()
    expected = "compiled so" if state == "compiled" else "source py"
    assert _run(WHICH, pure=False) == expected


def test_both_builds_decide_alike() -> None:
    if native.build_state() != "compiled":
        pytest.skip("no compiled scorer to compare: `make compile` builds it (make setup does)")
    code = (
        f"import runpy, sys; sys.argv = ['scoring.py', '--digest', '--items', '2000']; "
        f"runpy.run_path({str(BENCH)!r}, run_name='__main__')"
    )
    assert _run(code, pure=False) == _run(code, pure=True)
