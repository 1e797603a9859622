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
MULTI_CHAR_ESCAPES = set("xuUN0123456789")  # escapes whose code continues past the letter


def _class_end(pattern: str, start: int) -> int:
    """Index of the ``]`` closing the class opened at ``start`` (-1 if none); a ``]`` right
    after ``[`` or ``[^`` is a member, and escaped characters never close it."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1  # a member, not the end
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] == "]":
            return i
        i += 1
    return -1


def _top_level_units(pattern: str) -> list[tuple[str, bool]] | None:
    """``(text, is_literal)`` units of ``pattern`` at depth 0; ``None`` on a top-level ``|``."""
    units: list[tuple[str, bool]] = []
    i, depth, size = 0, 0, len(pattern)
    while i < size:
        char = pattern[i]
        if char == "\\" and i + 1 < size:
            nxt = pattern[i + 1]
            if nxt in MULTI_CHAR_ESCAPES:
                return None  # "\x41", "\101", "\1": what follows the letter is no literal
            units.append((nxt, depth == 0 and nxt in ESCAPED_LITERALS))
            i += 2
            continue
        if char == "[":
            end = _class_end(pattern, i)
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


def _branches(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|`` (escapes, classes and groups respected)."""
    branches: list[str] = []
    i, depth, begin, size = 0, 0, 0, len(pattern)
    while i < size:
        char = pattern[i]
        if char == "\\":
            i += 1
        elif char == "[":
            end = _class_end(pattern, i)
            i = size if end == -1 else end
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[begin:i])
            begin = i + 1
        i += 1
    return [*branches, pattern[begin:]]


def _runs(pattern: str) -> list[str]:
    """Every run of plain characters each match of a pattern without top-level ``|`` contains."""
    units = _top_level_units(pattern)
    if units is None:
        return []
    runs, run = [], ""
    for index, (text, literal) in enumerate(units):
        following = units[index + 1][0] if index + 1 < len(units) else ""
        optional = following in QUANTIFIERS and not units[index + 1][1]
        if literal and not optional:
            run += text
            if following == "+" and not units[index + 1][1]:
                runs.append(run)
                run = ""  # "a+" requires "a", but what follows need not be adjacent
        elif run:
            runs.append(run)
            run = ""
    return [*runs, run] if run else runs


def required_literals(pattern: str) -> tuple[str, ...]:
    """Literals every match of ``pattern`` contains (none when unknown), longest first.

    With top-level alternatives, the longest literal of the first that all the others contain.
    """
    branches = _branches(pattern)
    if len(branches) == 1:
        return tuple(sorted(dict.fromkeys(_runs(pattern)), key=len, reverse=True))
    first, *others = [_runs(b) for b in branches]
    for run in sorted(first, key=len, reverse=True):
        if all(any(run in other for other in runs) for runs in others):
            return (run,)
    return ()


def required_literal(pattern: str) -> str:
    """The longest run of characters every match of ``pattern`` contains ("" if unknown)."""
    found = required_literals(pattern)
    return found[0] if found else ""


@dataclass(frozen=True, slots=True)
class GatedPattern:
    """A compiled pattern and the literals a text must contain for it to be worth running."""

    gates: tuple[str, ...]
    regex: re.Pattern[str]

    @classmethod
    def of(cls, pattern: str) -> GatedPattern:
        regex = re.compile(pattern)
        gates = () if regex.flags & re.VERBOSE else required_literals(pattern)
        if "(?i" in pattern:
            gates = tuple(g.lower() for g in gates)
        return cls(gates, regex)

    @property
    def gate(self) -> str:
        """The longest gate ("" when there is none)."""
        return self.gates[0] if self.gates else ""

    def first(self, folded: str) -> int:
        """Start of the first match in ``folded``, or -1."""
        for gate in self.gates:
            if gate not in folded:
                return -1
        found = self.regex.search(folded)
        return found.start() if found else -1
