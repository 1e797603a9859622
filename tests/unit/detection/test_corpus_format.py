"""Every labelled corpus under tests/data follows the item format and labelling rules.

docs/labels.md describes the format. A file is written for one watch list: ``devN-<list>.jsonl``
and ``heldoutN-<list>.jsonl`` (N a round number, 2 and up) for
``tests/data/watchlists/<list>.yaml`` (``default`` is the bundled list), every other file for the
bundled default list.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from swarm.detection import WatchList
from swarm.detection.models import ItemIn

DATA = Path(__file__).resolve().parents[2] / "data"
WATCHLISTS = DATA / "watchlists"
EVENT_TYPES = {"tge", "airdrop", "listing", "token_sale"}
NEGATIVE_CATEGORIES = {
    "homonym", "past_recap", "speculation", "price_talk", "testnet", "scam", "unwatched",
    "generic", "tutorial",
}  # fmt: skip
PRECISIONS = {"day", "month", "quarter", "none"}
REQUIRED = ("id", "source", "url", "title", "text", "author", "published", "label", "company",
            "event_type", "event_date", "category")  # fmt: skip
PER_LIST = re.compile(r"^(?:dev|heldout)(?:[2-9]|[1-9][0-9]+)-(?P<list>[a-z0-9_]+)$")
X_TEXT_LIMIT = 280
HELD_OUT_LISTS = ("commonwords", "brands")

CORPUS_FILES = sorted([*DATA.glob("*.jsonl"), *(DATA / "corpus").glob("*.jsonl")])


def watchlist_name(path: Path) -> str:
    match = PER_LIST.match(path.stem)
    return match["list"] if match else "default"


def load_watchlist(name: str) -> WatchList:
    if name == "default":
        return WatchList.default()
    path = WATCHLISTS / f"{name}.yaml"
    assert path.exists(), f"no watch list {path} for corpus files named *-{name}.jsonl"
    return WatchList.from_yaml_text(path.read_text("utf-8"), source=str(path))


def rows(path: Path) -> list[dict[str, Any]]:
    out = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        data = json.loads(line)
        assert isinstance(data, dict), f"{path.name}:{number}: not a JSON object"
        out.append(data)
    return out


def test_corpus_files_found() -> None:
    names = {p.name for p in CORPUS_FILES}
    assert {"heldout.jsonl", "dev.jsonl"} <= names
    assert {f"dev2-{n}.jsonl" for n in ("default", "commonwords", "brands")} <= names
    assert {f"heldout2-{n}.jsonl" for n in ("default", "commonwords", "brands")} <= names


def test_watchlists_load_and_collide_with_ordinary_words() -> None:
    for path in sorted(WATCHLISTS.glob("*.yaml")):
        watchlist = load_watchlist(path.stem)
        assert len(watchlist.companies) >= 10, path.name
        if path.stem in HELD_OUT_LISTS:  # scorer.yaml keeps a few required-keys-only entries
            assert all(c.x_handles and c.domains for c in watchlist.companies), path.name


def problems_in(path: Path) -> list[str]:
    """Every violation of the item format and labelling rules in one file."""
    names = {c.name for c in load_watchlist(watchlist_name(path)).companies}
    problems: list[str] = []
    ids: set[str] = set()
    for data in rows(path):
        where = f"{path.name} {data.get('id')!r}"
        missing = [k for k in REQUIRED if k not in data]
        if missing:
            problems.append(f"{where}: missing {missing}")
            continue
        ItemIn.model_validate(data)  # source, published: the product's own parser
        if data["id"] in ids:
            problems.append(f"{where}: duplicate id")
        ids.add(data["id"])
        if not str(data["published"]).endswith("Z"):
            problems.append(f"{where}: published must be UTC with a Z")
        if not data["text"].strip():
            problems.append(f"{where}: empty text")
        if data["source"] == "x" and (data["title"] or len(data["text"]) > X_TEXT_LIMIT):
            problems.append(f"{where}: x posts have no title and at most 280 characters")
        if data["source"] == "rss" and not data["title"].strip():
            problems.append(f"{where}: rss items need a title")
        problems += label_problems(where, data, names)
    return problems


def label_problems(where: str, data: dict[str, Any], names: set[str]) -> list[str]:
    out: list[str] = []
    label, date, precision = data["label"], data["event_date"], data.get("date_precision")
    if not isinstance(label, bool):
        return [f"{where}: label must be true or false"]
    if date is not None:
        try:
            dt.date.fromisoformat(date)
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", date)
        except (TypeError, ValueError, AssertionError):
            out.append(f"{where}: event_date {date!r} is not YYYY-MM-DD")
    if label:
        if data["company"] not in names:
            out.append(f"{where}: company {data['company']!r} is not on the watch list")
        if data["event_type"] not in EVENT_TYPES:
            out.append(f"{where}: event_type {data['event_type']!r}")
        if data["category"] != "announcement":
            out.append(f"{where}: a positive's category is 'announcement'")
        if precision is not None and precision not in PRECISIONS:
            out.append(f"{where}: date_precision {precision!r}")
        if precision is not None and (precision == "day") != (date is not None):
            out.append(f"{where}: date_precision 'day' if and only if event_date is set")
    else:
        if any(data[k] is not None for k in ("company", "event_type", "event_date")):
            out.append(f"{where}: a negative has null company, event_type and event_date")
        if data["category"] not in NEGATIVE_CATEGORIES:
            out.append(f"{where}: category {data['category']!r} is not a negative category")
        if precision is not None:
            out.append(f"{where}: a negative has no date_precision")
    return out


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_file_is_well_formed_and_consistently_labelled(path: Path) -> None:
    assert rows(path), f"{path.name} is empty"
    assert problems_in(path) == []


def test_problems_are_reported() -> None:
    good = {"id": "a", "source": "x", "url": "", "title": "", "text": "t", "author": "@a",
            "published": "2026-03-14T09:30:00Z", "label": True, "company": "Fhenix",
            "event_type": "tge", "event_date": "2026-03-20", "category": "announcement",
            "date_precision": "day"}  # fmt: skip
    assert label_problems("w", good, {"Fhenix"}) == []
    assert label_problems("w", good, {"Curvance"})  # company not on the list
    assert label_problems("w", {**good, "event_date": "20 March"}, {"Fhenix"})
    assert label_problems("w", {**good, "date_precision": "month"}, {"Fhenix"})
    negative = {**good, "label": False, "category": "scam", "date_precision": None}
    assert label_problems("w", negative, {"Fhenix"})  # company set on a negative
    blank = {**negative, "company": None, "event_type": None, "event_date": None}
    assert label_problems("w", blank, set()) == []
    assert label_problems("w", {**blank, "category": "announcement"}, set())


def test_split_files_are_the_original_corpus() -> None:
    """dev.jsonl + heldout.jsonl hold exactly the lines of corpus/*.jsonl (split.py output)."""
    split = (DATA / "dev.jsonl").read_text("utf-8").splitlines()
    split += (DATA / "heldout.jsonl").read_text("utf-8").splitlines()
    source = [line for p in sorted((DATA / "corpus").glob("*.jsonl"))
              for line in p.read_text("utf-8").splitlines() if line.strip()]  # fmt: skip
    assert sorted(line for line in split if line.strip()) == sorted(source)


def test_ids_unique_across_source_files() -> None:
    paths = [p for p in CORPUS_FILES if p.name not in {"dev.jsonl", "heldout.jsonl"}]
    seen: dict[str, str] = {}
    for path in paths:
        for data in rows(path):
            assert data["id"] not in seen, f"{data['id']} in {path.name} and {seen[data['id']]}"
            seen[data["id"]] = path.name


def test_no_heldout_text_reused_in_dev() -> None:
    def texts(pattern: str) -> set[str]:
        return {" ".join(d["text"].split()).casefold()
                for p in DATA.glob(pattern) for d in rows(p)}  # fmt: skip

    held = texts("heldout*.jsonl")
    assert held
    assert held.isdisjoint(texts("dev*.jsonl"))


def test_round_numbers_of_any_length_name_their_watch_list() -> None:
    assert watchlist_name(Path("dev9-music.jsonl")) == "music"
    assert watchlist_name(Path("heldout12-tools.jsonl")) == "tools"
    assert watchlist_name(Path("dev1-music.jsonl")) == "default"  # rounds start at 2
    assert watchlist_name(Path("dev.jsonl")) == "default"
