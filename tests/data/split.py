"""Split the labelled corpus into dev (tuning) and held-out (measurement) files.

Deterministic: each item of the original corpus (``SOURCES``) goes by a stable hash (SHA-256) of
its id, stratified by category, so about ``DEV_SHARE`` of every category lands in dev. Items of
the extra files (``EXTRA_SOURCES``, written later for tuning) all go to dev and never change
which original items are held out. Run: ``python tests/data/split.py``.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = (HERE / "corpus" / "positives.jsonl", HERE / "corpus" / "negatives.jsonl")
EXTRA_SOURCES = (
    HERE / "corpus" / "extra_positives.jsonl",
    HERE / "corpus" / "extra_negatives.jsonl",
)
DEV = HERE / "dev.jsonl"
HELDOUT = HERE / "heldout.jsonl"
DEV_SHARE = 0.55


def _key(item_id: str) -> str:
    return hashlib.sha256(item_id.encode("utf-8")).hexdigest()


def split(lines: list[str]) -> tuple[list[str], list[str]]:
    """``(dev, heldout)`` lines: per category, the lowest-hash ``DEV_SHARE`` go to dev."""
    by_category: dict[str, list[tuple[str, str]]] = defaultdict(list)
    seen: set[str] = set()
    for line in lines:
        item = json.loads(line)
        if item["id"] in seen:
            raise SystemExit(f"duplicate id {item['id']!r}")
        seen.add(item["id"])
        by_category[str(item.get("category"))].append((_key(item["id"]), line))
    dev: list[tuple[str, str]] = []
    heldout: list[tuple[str, str]] = []
    for category in sorted(by_category):
        ranked = sorted(by_category[category])
        cut = round(len(ranked) * DEV_SHARE)
        dev += ranked[:cut]
        heldout += ranked[cut:]
    return [line for _, line in sorted(dev)], [line for _, line in sorted(heldout)]


def _lines(paths: tuple[Path, ...]) -> list[str]:
    return [
        line
        for path in paths
        if path.exists()
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]


def main() -> None:
    dev, heldout = split(_lines(SOURCES))
    extra = _lines(EXTRA_SOURCES)
    ids = [json.loads(line)["id"] for line in dev + heldout + extra]
    duplicates = sorted(i for i, n in Counter(ids).items() if n > 1)
    if duplicates:
        raise SystemExit(f"duplicate ids {duplicates[:10]}")
    dev += extra
    DEV.write_text("".join(f"{line}\n" for line in dev), "utf-8")
    HELDOUT.write_text("".join(f"{line}\n" for line in heldout), "utf-8")
    print(f"{len(dev)} dev, {len(heldout)} held-out items")


if __name__ == "__main__":
    main()
