"""Exact config changes as data: a list of entries over dotted keys of a config mapping.

- a value: ``{"key": "weights.speculation", "before": 0.0, "after": -6.0}`` (``None`` = absent);
- a list: ``{"key": "phrases.generic_news", "add": ["stadium"], "remove": []}``.

:func:`apply_diff` checks every ``before`` (and that added phrases are new) against the config it
changes, so a change made for one version never lands silently on another.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from swarm.errors import PermanentError

Entry = dict[str, Any]


class StaleChange(PermanentError):
    """The config no longer holds what a change was computed against."""

    def __init__(self, key: str, expected: Any, found: Any) -> None:
        self.key = key
        super().__init__(
            f"{key}: the change expects {expected!r} but the config has {found!r}; "
            "run `swarm optimize run` again for a change against the active config"
        )


def _get(data: dict[str, Any], key: str) -> Any:
    node: Any = data
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _set(data: dict[str, Any], key: str, value: Any) -> None:
    *parents, last = key.split(".")
    node = data
    for part in parents:
        node = node.setdefault(part, {})
    if value is None:
        node.pop(last, None)
    else:
        node[last] = value


def value_change(key: str, before: Any, after: Any) -> Entry:
    return {"key": key, "before": before, "after": after}


def list_change(key: str, add: Iterable[str] = (), remove: Iterable[str] = ()) -> Entry:
    return {"key": key, "add": list(add), "remove": list(remove)}


def diff_mappings(before: dict[str, Any], after: dict[str, Any], prefix: str = "") -> list[Entry]:
    """Every difference between two config mappings (``version`` ignored), keys sorted."""
    out: list[Entry] = []
    for name in sorted(set(before) | set(after)):
        key = f"{prefix}{name}"
        if key == "version":
            continue
        a, b = before.get(name), after.get(name)
        if a == b:
            continue
        if isinstance(a, dict) and isinstance(b, dict):
            out += diff_mappings(a, b, key + ".")
        elif isinstance(a, list) and isinstance(b, list) and all(isinstance(x, str) for x in a + b):
            out.append(list_change(key, [x for x in b if x not in a], [x for x in a if x not in b]))
        else:
            out.append(value_change(key, a, b))
    return out


def apply_diff(data: dict[str, Any], diff: list[Entry]) -> dict[str, Any]:
    """``data`` with ``diff`` applied (a copy); raise :class:`StaleChange` on a mismatch."""
    out = copy.deepcopy(data)
    for entry in diff:
        key = entry["key"]
        found = _get(out, key)
        if "add" in entry:
            items = list(found or [])
            for phrase in entry["add"]:
                if phrase in items:
                    raise StaleChange(key, f"no {phrase!r}", items)
                items.append(phrase)
            for phrase in entry.get("remove", []):
                if phrase not in items:
                    raise StaleChange(key, f"{phrase!r} present", items)
                items.remove(phrase)
            _set(out, key, items)
        else:
            if found != entry["before"] and not (found is None and entry["before"] == 0.0):
                raise StaleChange(key, entry["before"], found)
            _set(out, key, entry["after"])
    return out


def keys_of(diff: list[Entry]) -> set[str]:
    """The keys a change touches; a list change touches ``key[phrase]`` per phrase, so two
    changes adding different phrases to one list do not conflict."""
    out: set[str] = set()
    for entry in diff:
        if "add" in entry:
            out.update(f"{entry['key']}[{p}]" for p in (*entry["add"], *entry.get("remove", [])))
        else:
            out.add(entry["key"])
    return out


def conflicts(diff: list[Entry], others: dict[int, list[Entry]]) -> list[int]:
    """Ids of the ``others`` whose changes touch a key ``diff`` touches."""
    mine = keys_of(diff)
    return sorted(rid for rid, theirs in others.items() if mine & keys_of(theirs))
