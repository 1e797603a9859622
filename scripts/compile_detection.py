"""Compile the scorer's hot modules with mypyc, in place (``make compile``; ``make setup`` runs it).

The extension modules land next to their sources, with ``swarm/detection/compiled.json``
recording the hash of each source; :mod:`swarm.detection.native` uses them only while those
hashes match. Where no C compiler is available the build is skipped with a message and the
scorer runs from its sources (same decisions, about half the speed); ``--strict`` makes that
an error instead.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from swarm.detection import native  # noqa: E402


def remove_build(directory: Path) -> None:
    for path in native._extensions(directory):
        path.unlink()
    (directory / native.STAMP_NAME).unlink(missing_ok=True)


def compile_in_place(directory: Path) -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    sources = [str((directory / f"{m}.py").relative_to(ROOT)) for m in native.MODULES]
    with tempfile.TemporaryDirectory(prefix="swarm-mypyc-") as temp:
        cwd = Path.cwd()
        os.chdir(ROOT)  # mypyc names modules by their path from here
        try:
            setup(
                name="swarm-detection-native",
                ext_modules=mypycify(
                    sources, opt_level="3", group_name=native.GROUP, target_dir=temp
                ),
                script_args=["-q", "build_ext", "--inplace", "--build-temp", temp],
            )
        finally:
            os.chdir(cwd)
    stamp = {"python": sys.implementation.cache_tag, "sources": native.source_digests(directory)}
    (directory / native.STAMP_NAME).write_text(json.dumps(stamp, indent=1) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action="store_true", help="fail when it cannot compile")
    parser.add_argument("--clean", action="store_true", help="remove the build and stop")
    args = parser.parse_args(argv)
    directory = native.HERE
    remove_build(directory)
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    if args.clean:
        return 0
    try:
        compile_in_place(directory)
    except (Exception, SystemExit) as exc:  # setuptools reports a failed build as SystemExit
        remove_build(directory)
        print(
            f"compile_detection: the scorer was not compiled ({type(exc).__name__}: {exc}); "
            "it runs from its sources (same decisions, slower). A C compiler and the Python "
            "headers are needed (Debian: gcc python3-dev).",
            file=sys.stderr,
        )
        return 1 if args.strict else 0
    print(f"compile_detection: {len(native.MODULES)} modules compiled in {directory}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
