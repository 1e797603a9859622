"""Cheap pre-checks for regular expressions: a literal a pattern cannot match without.

Searching a compiled pattern over a whole text costs a few microseconds even when nothing
matches; a ``str`` containment test costs tens of nanoseconds. :func:`required_literal` reads a
pattern's source conservatively (top level only, no alternation) and returns the longest run
of plain characters every match must contain, or ``""`` when it cannot tell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SPECIAL = set("\\.^$*+?{}[]()|")
QUANTIFIERS = set("*?{")
ESCAPED_LITERALS = set(".^$*+?{}[]()|\\/-%#&~ ")


def _top_level_units(pattern: str) -> list[tuple[str, bool]] | None:
    """``(text, is_literal)`` units of ``pattern`` at depth 0; ``None`` on a top-level ``|``."""
    units: list[tuple[str, bool]] = []
    i, depth, size = 0, 0, len(pattern)
    while i < size:
        char = pattern[i]
        if char == "\\" and i + 1 < size:
            nxt = pattern[i + 1]
            units.append((nxt, depth == 0 and nxt in ESCAPED_LITERALS))
            i += 2
            continue
        if char == "[":
            end = pattern.find("]", i + 2)
            if end == -1:
                return None
            units.append(("", False))
            i = end + 1
            continue
        if char == "{":
            end = pattern.find("}", i)
            if end == -1:
                return None
            units.append(("{", False))
            i = end + 1
            continue
        if char == "(":
            depth += 1
            units.append(("", False))
        elif char == ")":
            depth -= 1
            units.append(("", False))
        elif char == "|" and depth == 0:
            return None
        else:
            units.append((char, depth == 0 and char not in SPECIAL))
        i += 1
    return units


def required_literal(pattern: str) -> str:
    """The longest run of characters every match of ``pattern`` contains ("" if unknown)."""
    units = _top_level_units(pattern)
    if units is None:
        return ""
    best, run = "", ""
    for index, (text, literal) in enumerate(units):
        following = units[index + 1][0] if index + 1 < len(units) else ""
        optional = following in QUANTIFIERS and not units[index + 1][1]
        if literal and not optional:
            run += text
            best = max(best, run, key=len)
            if following == "+" and not units[index + 1][1]:
                run = ""  # "a+" requires "a", but what follows need not be adjacent
        else:
            run = ""
    return best


@dataclass(frozen=True, slots=True)
class GatedPattern:
    """A compiled pattern and the literal a text must contain for it to be worth running."""

    gate: str
    regex: re.Pattern[str]

    @classmethod
    def of(cls, pattern: str) -> GatedPattern:
        gate = required_literal(pattern)
        return cls(gate.lower() if "(?i" in pattern else gate, re.compile(pattern))

    def first(self, folded: str) -> int:
        """Start of the first match in ``folded``, or -1."""
        if self.gate and self.gate not in folded:
            return -1
        found = self.regex.search(folded)
        return found.start() if found else -1
