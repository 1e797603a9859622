"""One Aho-Corasick automaton over every name, alias, symbol, handle, negative-context phrase and
config phrase; one pass over the folded text finds them all, with word boundaries. The same pass
reports the gate words of the config patterns (swarm/detection/gates.py), bounded or not.

Symbols are case-aware: a bare ``ACME`` must appear exactly as the watch list spells it, while
``$acme`` matches in any case. A name written in the watch list with capitals but found only in
lower case is marked ``lowercase`` (a hint of the ordinary word).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple, final

import ahocorasick

from swarm.detection.folding import (
    SPACELESS_FROM,
    fold,
    han_spellings,
    is_spaceless,
    is_word_char,
)
from swarm.detection.watchlist import Company

PREFIX_MARK = "*"
MAX_SPANS = 256  # per phrase feature and for mentions: bounds the work on pathological texts

# A quote currency glued to a symbol with nothing after it ("ACMEUSDT"): the symbol ends there.
_GLUED_QUOTE = re.compile(r"(?:usdt|usdc|fdusd|usd)(?![a-z0-9_])")

# Entry roles inside the automaton.
ROLE_COMPANY = 0
ROLE_NEGATIVE = 1
ROLE_PHRASE = 2


class Mention(NamedTuple):
    """A reference to watched company ``company`` (its index) of ``kind``.

    ``kind`` is ``name``, ``alias``, ``ticker`` (bare symbol), ``cashtag`` or ``handle``.
    (A named tuple, not a frozen dataclass: items make several, and it builds 3x faster.)
    """

    company: int
    kind: str
    start: int
    end: int
    lowercase: bool = False
    strong: bool = False


def is_distinctive(term: str) -> bool:
    """A name unlikely to be an ordinary word: several words, digits, inner capitals or
    punctuation ("Acme Labs", "Acme01", "AcmeDAO", "acme.ai"). One plain word is not."""
    if any(not c.isalpha() for c in term):
        return True
    return any(c.isupper() for c in term[1:]) and not term.isupper()


class Scan:
    """Everything one pass found. Spans are ``(start, end)`` with ``end`` exclusive.

    A class with its own ``__init__``, not a dataclass: compiled, that is native code, where a
    dataclass's generated ``__init__`` runs in the interpreter (once per scan).
    """

    __slots__ = ("gate_words", "hits", "mentions", "negatives")

    def __init__(self) -> None:
        self.mentions: list[Mention] = []
        self.negatives: list[tuple[int, int, int]] = []
        self.hits: dict[str, list[tuple[int, int]]] = {}
        self.gate_words: set[str] = set()  # anywhere, inside words too

    def first(self, feature: str) -> int:
        spans = self.hits.get(feature)
        return spans[0][0] if spans else -1


# (role, a, b, prefix): company -> (index, (kind, spelled form, distinctive));
# negative -> (index, None); phrase -> (feature name, None).
_Entry = tuple[int, object, object, bool]


@final
class _Key:
    """What the automaton holds for one key. A class of typed attributes, not a tuple: compiled,
    reading it is a field access where unpacking a tuple of unknown type walks an iterator (the
    automaton reports a dozen keys per item)."""

    __slots__ = ("bound_end", "bound_start", "gate", "length", "others", "phrases")

    def __init__(
        self,
        length: int,
        bound_start: bool,
        bound_end: bool,
        phrases: tuple[tuple[str, bool], ...],
        others: tuple[_Entry, ...],
        gate: str,
    ) -> None:
        self.length = length
        self.bound_start = bound_start  # a word character must not come right before
        self.bound_end = bound_end  # ... nor right after
        self.phrases = phrases  # (feature, prefix): the config phrases spelled as the key
        self.others = others  # company mentions and negative-context phrases
        self.gate = gate  # the key itself when it is a gate word, else ""


class Matcher:
    """Compiled once per (watch list, config); :meth:`scan` is the hot path."""

    def __init__(
        self,
        companies: Sequence[Company],
        phrases: dict[str, list[str]],
        gate_words: Iterable[str] = (),
    ) -> None:
        table: dict[str, list[_Entry]] = {}

        def add(key: str, entry: _Entry) -> None:
            if key:
                table.setdefault(key, []).append(entry)

        for index, company in enumerate(companies):
            for kind, terms in (("name", [company.name]), ("alias", company.aliases)):
                for term in terms:
                    spec = (kind, term, is_distinctive(term))
                    add(fold(term), (ROLE_COMPANY, index, spec, False))
            for token in company.tokens:
                add(fold(token), (ROLE_COMPANY, index, ("ticker", token, False), False))
                add("$" + fold(token), (ROLE_COMPANY, index, ("cashtag", token, True), False))
            for handle in company.x_handles:
                spec = ("handle", handle, True)
                add("@" + fold(handle), (ROLE_COMPANY, index, spec, False))
            for phrase in company.negative_context:
                add(fold(phrase), (ROLE_NEGATIVE, index, None, False))
        for feature, items in phrases.items():
            for phrase in items:
                prefix = phrase.endswith(PREFIX_MARK)
                key = fold(phrase.rstrip(PREFIX_MARK)).strip()
                for spelling in han_spellings(key):
                    add(spelling, (ROLE_PHRASE, feature, None, prefix))

        gates = {word for word in gate_words if word}
        for word in gates:
            table.setdefault(word, [])
        self._automaton = ahocorasick.Automaton()
        for key, entries in table.items():
            bound_start = is_word_char(key[0])
            bound_end = is_word_char(key[-1])
            features = tuple((str(e[1]), e[3]) for e in entries if e[0] == ROLE_PHRASE)
            others = tuple(e for e in entries if e[0] != ROLE_PHRASE)
            gate = key if key in gates else ""
            self._automaton.add_word(
                key, _Key(len(key), bound_start, bound_end, features, others, gate)
            )
        self._empty = not table
        if not self._empty:
            self._automaton.make_automaton()

    def scan(self, original: str, folded: str) -> Scan:
        """Find every word-bounded term of ``folded`` (the :func:`fold` of ``original``)."""
        result = Scan()
        if self._empty:
            return result
        size = len(folded)
        seen: dict[tuple[int, int], int] = {}
        hits = result.hits
        gates = result.gate_words
        # typed, so that the compiled build checks each report once and reads it natively
        hit: tuple[int, _Key]
        for hit in self._automaton.iter(folded):
            last, key = hit
            phrases, others = key.phrases, key.others
            if key.gate:
                gates.add(key.gate)
                if not phrases and not others:
                    continue  # only a gate word: no boundary to check
            start = last - key.length + 1
            if key.bound_start and start:
                char = folded[start - 1]
                if (
                    (char.isalnum() or char == "_")
                    and (char < SPACELESS_FROM or not is_spaceless(char))
                    and not (char in HEBREW_PREFIXES and _hebrew_prefixed(folded, start))
                ):
                    continue
            end = last + 1
            end_ok = True
            if key.bound_end and end < size:
                char = folded[end]
                end_ok = not (char.isalnum() or char == "_") or (
                    char >= SPACELESS_FROM and is_spaceless(char)
                )
            for feature, prefix in phrases:
                if end_ok or prefix:
                    spans = hits.get(feature)
                    if spans is None:
                        hits[feature] = [(start, end)]
                    elif len(spans) < MAX_SPANS:
                        spans.append((start, end))
            if others and (end_ok or _GLUED_QUOTE.match(folded, end) is not None):
                # "ACMEUSDT perpetual": a pair glued to its quote names the symbol too
                _record(result, seen, others, original, folded, start, end)
        return result


# Hebrew writes "the", "and", "in", "to", "from", "that" and "as" as a letter glued to the word
# ("הקריפטו", the crypto; "ולמסחר"): a Hebrew key matches after one or two of them.
HEBREW_PREFIXES = "הובלמשכ"


def _hebrew_prefixed(folded: str, start: int) -> bool:
    """The key at ``start`` is a Hebrew word after one or two prefix letters that open a word."""
    if not "\u05d0" <= folded[start] <= "\u05ea":
        return False
    at = start - 1
    if at and folded[at - 1] in HEBREW_PREFIXES:
        at -= 1
    return at == 0 or not folded[at - 1].isalnum()


def _record(
    result: Scan,
    seen: dict[tuple[int, int], int],
    entries: tuple[_Entry, ...],
    original: str,
    folded: str,
    start: int,
    end: int,
) -> None:
    """Record the company mentions and negative-context phrases of one automaton hit."""
    for role, a, b, _ in entries:
        if role == ROLE_NEGATIVE:
            if len(result.negatives) < MAX_SPANS:
                result.negatives.append((a, start, end))  # type: ignore[arg-type]
        elif len(result.mentions) < MAX_SPANS:
            mention = _mention(a, b, original, folded, start, end)  # type: ignore[arg-type]
            if mention is None:
                continue
            key = (mention.company, mention.start)
            if key in seen:
                old = result.mentions[seen[key]]
                if old.end >= mention.end:
                    continue
                result.mentions[seen[key]] = mention
            else:
                seen[key] = len(result.mentions)
                result.mentions.append(mention)


_PLAIN_KINDS = frozenset({"name", "alias", "ticker"})


def _mention(
    company: int, spec: tuple[str, str, bool], original: str, folded: str, start: int, end: int
) -> Mention | None:
    kind, spelled, distinctive = spec
    if start and kind in _PLAIN_KINDS and folded[start - 1] in "@$":
        return None  # part of a handle, or a cashtag (matched on its own)
    span = original[start:end]
    if kind == "ticker":
        if span != spelled:
            return None
        return Mention(company, kind, start, end, False, _quoted_symbol(folded, start, end))
    if kind == "handle":
        return Mention(company, kind, start, end, False, True)
    if kind == "cashtag":
        return Mention(company, kind, start, end, False, True)
    lowercase = spelled != spelled.lower() and span == span.lower()
    strong = (distinctive and not lowercase) or (
        span.isupper() and _quoted_symbol(folded, start, end)  # "GLOBE/USD" for Globe
    )
    return Mention(company, kind, start, end, lowercase, strong)


# a symbol quoted against its market's quote asset: "GLOBE/USD", "HUDL/EUR pair added"
_PAIR_AFTER = re.compile(r"/(?:usdt|usdc|usd|krw|btc|eth|try|eur|fdusd|usd1|bnb|idr|brl)\b")


def _quoted_symbol(folded: str, start: int, end: int) -> bool:
    """The bare symbol is written as a token's: against a quote asset ("ACME/USDT"), or in
    brackets right after a name in Hangul, kana or Han ("페닉스(FHE)", "エスプレッソ(ESP)"),
    as exchanges in those languages write a token beside its transliterated name."""
    if _PAIR_AFTER.match(folded, end) is not None:
        return True
    return (
        start >= 2
        and folded[start - 1] == "("
        and folded.startswith(")", end)
        and folded[start - 2] >= SPACELESS_FROM
        and is_spaceless(folded[start - 2])
    )


def spans_text(original: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    return [original[s:e] for s, e in spans]
