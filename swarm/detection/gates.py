"""Cheap pre-checks for regular expressions: a literal a pattern cannot match without.

Searching a compiled pattern over a whole text costs a few microseconds even when nothing
matches; a ``str`` containment test costs tens of nanoseconds. :func:`required_literal` reads a
pattern's source conservatively (top level only, no alternation) and returns the longest run
of plain characters every match must contain, or ``""`` when it cannot tell.
:func:`required_choices` reads the groups a match must go through ("(?:binance|kraken) lists"):
each gives words one of which every match contains, a test for patterns whose literals are short.
:class:`GateWords` finds every gate word of a set of patterns in one pass over a text, so that
each pattern's gates are then set look-ups instead of a containment test per word.
:class:`GateIndex` then tests only the patterns filed under one of the words found.
:class:`ScanWords` answers from the same pass whether a text contains one of a list of words.
:func:`needs_wide` finds the patterns no text in ASCII can match ("[发發][币幣]"), which an item
written in ASCII skips.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

SPECIAL = set("\\.^$*+?{}[]()|")
QUANTIFIERS = set("*?{")
ESCAPED_LITERALS = set(".^$*+?{}[]()|\\/-%#&~ ")
MULTI_CHAR_ESCAPES = set("xuUN0123456789")  # escapes whose code continues past the letter
OPTIONAL_AFTER = ("?", "*", "{")  # what after a group can let a match skip it
MIN_CHOICE = 3  # a group is a gate when each of its words has at least this many characters
# ... or at least two of the scripts written without spaces (CJK, kana, Hangul): "代币", "토큰"
# are words as rare as "token"
MIN_SPACELESS_CHOICE = 2
SPACELESS_FROM = "\u2e80"  # (the first CJK radical; every character of those scripts is after)
MAX_CHOICE_SETS = 2  # groups used as gates per pattern (the ones with the longest words)
# Gate words shorter than this are tested directly: the automaton reports every occurrence, and
# a one-character word (" ", ":") would be one report per space or colon.
MIN_INDEXED = 2


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


def _top_level(pattern: str) -> tuple[list[int], list[tuple[int, int]], bool]:
    """Where ``pattern`` has top-level ``|`` and top-level groups (``(`` to ``)``), escapes and
    classes respected; the last value is False when a class is never closed (the scan stops
    there)."""
    bars: list[int] = []
    groups: list[tuple[int, int]] = []
    i, depth, begin, size = 0, 0, 0, len(pattern)
    while i < size:
        char = pattern[i]
        if char == "\\":
            i += 1
        elif char == "[":
            end = _class_end(pattern, i)
            if end == -1:
                return bars, groups, False
            i = end
        elif char == "(":
            if depth == 0:
                begin = i
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                groups.append((begin, i))
        elif char == "|" and depth == 0:
            bars.append(i)
        i += 1
    return bars, groups, True


def _branches(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|`` (escapes, classes and groups respected)."""
    bars = _top_level(pattern)[0]
    starts, ends = [0, *(bar + 1 for bar in bars)], [*bars, len(pattern)]
    return [pattern[start:end] for start, end in zip(starts, ends, strict=True)]


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


def _required_groups(pattern: str) -> list[str]:
    """The contents of the top-level ``(...)`` and ``(?:...)`` groups no match can skip (none
    followed by a quantifier; lookarounds, flags and named groups are left out)."""
    _, spans, closed = _top_level(pattern)
    if not closed:
        return []
    groups: list[str] = []
    for begin, end in spans:
        if pattern[end + 1 : end + 2] in OPTIONAL_AFTER:
            continue
        if pattern.startswith("(?:", begin):
            groups.append(pattern[begin + 3 : end])
        elif not pattern.startswith("(?", begin):
            groups.append(pattern[begin + 1 : end])
    return groups


def required_choices(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Sets of words of which every match of ``pattern`` contains at least one: a required
    group's alternatives, each read for its longest required literal (a set only when each has
    one of :data:`MIN_CHOICE` characters or more, or of two of CJK, kana or Hangul), else for its
    own required groups (as for top-level alternatives); also in a required group inside a
    group without alternatives ("(?:(?:is|are) (?:on|off))"). At most
    :data:`MAX_CHOICE_SETS`, longest shortest word first. With top-level alternatives, one set:
    the words of every alternative together (each gives its best set, or its longest literal),
    or none when one gives neither."""
    branches = _branches(pattern)
    if len(branches) > 1:
        return _branch_choices(branches)
    return _choices(pattern)


def _branch_choices(branches: list[str]) -> tuple[tuple[str, ...], ...]:
    """One set of words of which every match of some alternative contains one."""
    words: list[str] = []
    for branch in branches:
        runs = _runs(branch)
        longest = max(runs, key=len) if runs else ""
        sets = _choices(branch)
        if sets and min(map(len, sets[0])) >= len(longest):
            words.extend(sets[0])
        elif _long_enough(longest):
            words.append(longest)
        elif sets:
            words.extend(sets[0])
        else:
            return ()
    return (tuple(dict.fromkeys(words)),)


def _long_enough(word: str) -> bool:
    """``word`` can be one of a set of choices: :data:`MIN_CHOICE` characters, or
    :data:`MIN_SPACELESS_CHOICE` of a script written without spaces."""
    return len(word) >= MIN_CHOICE or (
        len(word) >= MIN_SPACELESS_CHOICE and min(word) >= SPACELESS_FROM
    )


def _choices(pattern: str) -> tuple[tuple[str, ...], ...]:
    """:func:`required_choices` of a pattern without top-level alternatives."""
    sets: list[tuple[str, ...]] = []
    for group in _required_groups(pattern):
        branches = _branches(group)
        if len(branches) == 1:  # a group of one alternative: the sets of the groups it requires
            sets.extend(_choices(group))
        words: list[str] = []
        for branch in branches:
            runs = _runs(branch)
            if not runs or not _long_enough(longest := max(runs, key=len)):
                break
            words.append(longest)
        else:
            sets.append(tuple(dict.fromkeys(words)))
            continue
        if len(branches) > 1:  # an alternative without a long literal: the words of its groups
            sets.extend(_branch_choices(branches))
    sets.sort(key=lambda words: -min(map(len, words)))
    return tuple(sets[:MAX_CHOICE_SETS])


def has_choices(folded: str, choices: tuple[tuple[str, ...], ...]) -> bool:
    """``folded`` contains a word of every set of ``choices``."""
    for words in choices:
        for word in words:
            if word in folded:
                break
        else:
            return False
    return True


CODE_DIGITS = {"x": 2, "u": 4, "U": 8}  # escapes of a character by its code: hex digits after
HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def _class_items(body: str) -> list[str | None] | None:
    """The members of the class ``[body]`` as written, a ``-`` as ``None`` (a range's mark where
    it stands between two); an escape of a code ("\\u4e00") read as its character; ``None`` for
    any other escape."""
    items: list[str | None] = []
    i = 0
    while i < len(body):
        char = body[i]
        if char == "\\":
            digits = CODE_DIGITS.get(body[i + 1 : i + 2], 0)
            code = body[i + 2 : i + 2 + digits]
            if not digits or len(code) != digits or not all(c in HEX_DIGITS for c in code):
                return None
            items.append(chr(int(code, 16)))
            i += 2 + digits
        else:
            items.append(None if char == "-" else char)
            i += 1
    return items


def _wide_class(body: str) -> bool:
    """The class ``[body]`` holds only characters outside ASCII: no negation, and each member
    and each end of a range such a character (read as the engine reads a class: a ``-`` between
    two members makes a range, any other is a member)."""
    items = _class_items(body)
    if not items or body.startswith("^"):
        return False
    at = 0
    while at < len(items):
        first = items[at]
        if first is None or first <= "\x7f":
            return False
        if at + 2 < len(items) and items[at + 1] is None:
            last = items[at + 2]
            if last is None or last <= "\x7f":
                return False
            at += 3
        else:
            at += 1
    return True


def needs_wide(pattern: str) -> bool:
    """Every match of ``pattern`` holds a character outside ASCII: the pattern has no top-level
    ``|`` and, at the top level, a character or class of such characters, or a group each of
    whose alternatives needs one, that no quantifier lets a match skip ("(?<!任何)[发發][币幣]",
    "\\b(?:sẽ|dự kiến)\\b"; lookarounds, groups with flags and escapes are not read). Read
    conservatively: False when it cannot tell. Case-insensitive patterns are the caller's to
    rule out."""
    bars, groups, closed = _top_level(pattern)
    if bars or not closed:
        return False
    group_end = dict(groups)
    i, size = 0, len(pattern)
    while i < size:
        char = pattern[i]
        if char == "(":
            end = group_end[i]
            inner = ""  # what a group matches: read only in a plain, a named or a capturing one
            if pattern.startswith("(?:", i):
                inner = pattern[i + 3 : end]
            elif pattern.startswith("(?P<", i):
                inner = pattern[pattern.find(">", i) + 1 : end]
            elif not pattern.startswith("(?", i):
                inner = pattern[i + 1 : end]
            i = end + 1
            if (
                inner
                and not (i < size and pattern[i] in OPTIONAL_AFTER)
                and all(needs_wide(branch) for branch in _branches(inner))
            ):
                return True
            continue
        if char == "\\":
            if i + 1 < size and pattern[i + 1] in MULTI_CHAR_ESCAPES:
                return False  # ("\u4e00", "\x41": the code's characters are no literals)
            i += 2
            continue
        if char == "[":
            end = _class_end(pattern, i)
            wide = _wide_class(pattern[i + 1 : end])
            i = end + 1
        else:
            wide = char > "\x7f"
            i += 1
        if wide and not (i < size and pattern[i] in OPTIONAL_AFTER):
            return True
    return False


def required_literal(pattern: str) -> str:
    """The longest run of characters every match of ``pattern`` contains ("" if unknown)."""
    found = required_literals(pattern)
    return found[0] if found else ""


@dataclass(frozen=True, slots=True)
class GatedPattern:
    """A compiled pattern and what a text must contain for it to be worth running: every
    literal of ``gates`` and a word of every set of ``choices``; ``wide``: a character outside
    ASCII (:func:`needs_wide`)."""

    gates: tuple[str, ...]
    regex: re.Pattern[str]
    choices: tuple[tuple[str, ...], ...] = ()
    wide: bool = False

    @classmethod
    def of(cls, pattern: str) -> GatedPattern:
        regex = re.compile(pattern)
        if regex.flags & re.VERBOSE:
            return cls((), regex)
        gates, choices = required_literals(pattern), required_choices(pattern)
        if "(?i" in pattern:
            gates = tuple(g.lower() for g in gates)
            choices = tuple(tuple(w.lower() for w in words) for words in choices)
        # (ignoring case, a character outside ASCII can match one in it: "K" the Kelvin sign)
        wide = not regex.flags & re.IGNORECASE and needs_wide(pattern)
        return cls(gates, regex, choices, wide)

    @property
    def gate(self) -> str:
        """The longest gate ("" when there is none)."""
        return self.gates[0] if self.gates else ""

    def first(self, folded: str) -> int:
        """Start of the first match in ``folded``, or -1, testing the gates by containment (the
        scorer tests them against the words its one pass found instead: :func:`admits`)."""
        if self.wide and folded.isascii():
            return -1
        for gate in self.gates:
            if gate not in folded:
                return -1
        if self.choices and not has_choices(folded, self.choices):
            return -1
        found = self.regex.search(folded)
        return found.start() if found else -1


def admits(gates: tuple[str, ...], choices: tuple[tuple[str, ...], ...], found: set[str]) -> bool:
    """A text whose gate words are ``found`` (:meth:`GateWords.found`) contains every literal of
    ``gates`` and a word of every set of ``choices``."""
    for gate in gates:  # loops, not all()/any(): no generator per pattern
        if gate not in found:
            return False
    for words in choices:
        for word in words:
            if word in found:
                break
        else:
            return False
    return True


# what a text must contain for a pattern to be worth running: its gates and its sets of choices
Requirement = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]


def _rarity(words: tuple[str, ...]) -> tuple[int, int]:
    """How seldom a text contains one of ``words``, roughly: the length of the shortest without
    its spaces, then the fewer words the better."""
    return min(len(word.strip()) for word in words), -len(words)


class GateIndex:
    """Which patterns of a list a text's gate words admit (:func:`admits`), without testing each.

    A pattern is filed under one of its gates, or under each word of one of its sets of choices
    (every admitted text contains that gate, or a word of that set): the one whose words are the
    longest without their spaces (" in " is in most texts, "airdrop" in few); a pattern with
    neither is always tested. :meth:`admitted` tests only the patterns filed under the words a
    text contains: an item contains a dozen gate words, and few of the hundreds of patterns need
    any test. ``wide``: per pattern, whether it needs a character outside ASCII
    (:attr:`GatedPattern.wide`); a text in ASCII admits none of those.
    """

    def __init__(self, requirements: Sequence[Requirement], wide: Sequence[bool] = ()) -> None:
        self._requirements = list(requirements)
        self._wide = frozenset(index for index, needs in enumerate(wide) if needs)
        self._always: list[int] = []
        self._filed: dict[str, list[int]] = {}
        for index, (gates, choices) in enumerate(self._requirements):
            keys = max([(gate,) for gate in gates] + list(choices), key=_rarity, default=())
            if not keys:
                self._always.append(index)
            for word in keys:
                self._filed.setdefault(word, []).append(index)
        self._keys = frozenset(self._filed)

    def admitted(self, found: set[str], ascii_text: bool = False) -> set[int]:
        """The indices of the patterns that a text whose gate words are ``found``
        (:meth:`GateWords.found`) admits; ``ascii_text``: the text is all ASCII."""
        candidates = set(self._always)
        filed = self._filed
        for word in found & self._keys:  # (the intersection: one C loop over the words found)
            candidates.update(filed[word])
        if ascii_text and self._wide:
            candidates -= self._wide
        requirements = self._requirements
        admitted: set[int] = set()
        for index in candidates:
            gates, choices = requirements[index]
            if admits(gates, choices, found):
                admitted.add(index)
        return admitted


# the words of every ScanWords: each GateWords indexes them with the patterns' gate words, so
# that the matcher's pass reports them (ScanWords are made at import time, before any GateWords)
SCAN_WORDS: set[str] = set()


class ScanWords:
    """Words of which the scorer asks whether an item's folded text contains one (anywhere,
    inside words too, as ``word in folded``), answered from the matcher's one pass instead of a
    containment test per word: the words of :data:`MIN_INDEXED` characters or more join
    :data:`SCAN_WORDS` (:class:`GateWords` indexes them, and the matcher reports them in
    ``Scan.gate_words``); the shorter ones are tested directly."""

    __slots__ = ("indexed", "short")

    def __init__(self, words: Iterable[str]) -> None:
        listed = tuple(words)
        self.indexed = frozenset(w for w in listed if len(w) >= MIN_INDEXED)
        self.short = tuple(w for w in listed if len(w) < MIN_INDEXED)
        SCAN_WORDS.update(self.indexed)

    def any_in(self, folded: str, found: set[str]) -> bool:
        """``folded`` contains one of the words; ``found``: the gate words the matcher's pass
        over ``folded`` reported (``Scan.gate_words``)."""
        if not found.isdisjoint(self.indexed):
            return True
        for word in self.short:  # noqa: SIM110 (a loop: compiled, no generator)
            if word in folded:
                return True
        return False


class GateWords:
    """The gate words (literals and choices) of ``patterns`` and the words of every
    :class:`ScanWords` (:data:`SCAN_WORDS`), found in a text in one pass.

    Testing each pattern's gates with ``word in text`` scans the text once per word tested (the
    bundled patterns have over two hundred); the matcher's one Aho-Corasick pass reports the
    ``indexed`` words instead (``Scan.gate_words``), and only the ``short`` ones are tested here.
    """

    def __init__(self, patterns: Iterable[GatedPattern]) -> None:
        words: set[str] = set()
        for pattern in patterns:
            words.update(pattern.gates)
            for choice in pattern.choices:
                words.update(choice)
        self.short = tuple(sorted(w for w in words if len(w) < MIN_INDEXED))
        self.indexed = tuple(sorted({w for w in words if len(w) >= MIN_INDEXED} | SCAN_WORDS))

    def found(self, folded: str, indexed: set[str]) -> set[str]:
        """The gate words ``folded`` contains, given the ``indexed`` ones it contains."""
        present = set(indexed)
        for word in self.short:
            if word in folded:
                present.add(word)
        return present


class Branches:
    """A pattern of many alternatives, asked only whether it matches between two offsets.

    The engine tries every alternative at every position of the text ("\\b(?:sera|aura)\\b|
    \\b(?:wird|soll)\\b|..."), a few hundred microseconds over one sentence; the pattern matches
    exactly when one of its top-level alternatives does, so each is kept as a
    :class:`GatedPattern` and searched only when the text between the offsets holds its gates
    (and a character outside ASCII, when it needs one). A pattern whose alternatives cannot be
    read apart (back-references, conditionals, verbose) is searched whole.
    """

    __slots__ = ("narrow", "wide")

    def __init__(self, regex: re.Pattern[str]) -> None:
        pattern, flags = regex.pattern, regex.flags
        parts = _branches(pattern)
        if (
            flags & re.VERBOSE
            or "(?P=" in pattern
            or "(?(" in pattern
            or re.search(r"\\[1-9]", pattern) is not None
        ):
            parts = [pattern]
        gated: list[GatedPattern] = []
        for part in parts:
            compiled = re.compile(part, flags)
            if flags & re.IGNORECASE:
                gated.append(GatedPattern((), compiled))
            else:
                found = GatedPattern.of(part)
                gated.append(GatedPattern(found.gates, compiled, found.choices, found.wide))
        self.narrow = tuple(g for g in gated if not g.wide)  # (may match a text in ASCII)
        self.wide = tuple(g for g in gated if g.wide)

    def search(self, folded: str, start: int, end: int) -> bool:
        """``regex.search(folded, start, end) is not None``."""
        text = folded[start:end]  # (a match's gates lie between the offsets)
        for gated in self.narrow:
            if _worth(gated, text) and gated.regex.search(folded, start, end) is not None:
                return True
        if text.isascii():
            return False
        for gated in self.wide:
            if _worth(gated, text) and gated.regex.search(folded, start, end) is not None:
                return True
        return False


def _worth(gated: GatedPattern, text: str) -> bool:
    """``text`` holds every gate of ``gated`` and a word of each of its sets of choices."""
    for gate in gated.gates:
        if gate not in text:
            return False
    return not gated.choices or has_choices(text, gated.choices)
