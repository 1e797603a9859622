"""Terms mined from labelled items the active config gets wrong.

- negative context: words and word pairs that several false positives share and confirmed
  signals (almost) never use;
- event phrasings: word n-grams (up to three words: "claim portal opens", "trading is live")
  that several missed events of one event type share and true negatives (almost) never use.

Either way the miner counts terms in the items to explain (*targets*) against the items the term
must stay out of (*others*) and ranks by how much more often the targets use it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

import ahocorasick

from swarm.detection import DetectionConfig, WatchList
from swarm.detection.folding import fold, is_word_char
from swarm.optimization.labels import Example

WORD_RE = re.compile(r"[a-z][a-z0-9']{2,}")  # a word a term may start or end with
CLAUSE_RE = re.compile(r"[^a-z0-9' ]+")  # punctuation and line breaks end a run of words
MIN_SUPPORT = 3  # target items that must share a term
TP_RATIO = 4  # a term's targets must outnumber the others that use it this many times
MAX_TERMS = 5  # terms proposed per run
NEGATIVE_WORDS = 2  # longest negative-context term (words)
PHRASE_WORDS = 3  # longest event phrasing (words)
MAX_WORDS_PER_ITEM = 400  # words of one item considered (long texts are cut)
_STOPWORDS = (
    "the and for with that this from will are was were has have had its it's not but you your "
    "our their they them his her into over about after before than then there here what when "
    "who which while also more most some any all can may might just new one two out who's "
    "said says say been being would could should how why where via per today week year"
)
STOPWORDS = frozenset(_STOPWORDS.split())


def _edge(word: str) -> bool:
    """A word a term may start or end with: 3+ characters, a letter first, no stop word."""
    return word not in STOPWORDS and WORD_RE.fullmatch(word) is not None


def terms_of(example: Example, max_words: int = NEGATIVE_WORDS) -> set[str]:
    """Distinct runs of 1..``max_words`` adjacent words of an item, as written (so the scorer's
    word-bounded phrase match finds them): no run crosses punctuation, and none starts or ends
    with a stop word or a word under three letters ("trading is live" yes, "is live" no)."""
    folded = fold(f"{example.item.title}\n{example.item.text}")
    out: set[str] = set()
    budget = MAX_WORDS_PER_ITEM
    for clause in CLAUSE_RE.split(folded):
        words = clause.split()[:budget]
        budget -= len(words)
        edges = [_edge(w) for w in words]
        for i, word in enumerate(words):
            if not edges[i]:
                continue
            for j in range(i, min(i + max_words, len(words))):
                if edges[j]:
                    out.add(" ".join(words[i : j + 1]) if j > i else word)
        if budget <= 0:
            break
    return out


def terms_in(texts: Iterable[str], terms: Iterable[str]) -> list[set[str]]:
    """For each folded text, which of ``terms`` it holds as whole words (one automaton pass per
    text: counting a few mined terms over every labelled item stays cheap)."""
    automaton = ahocorasick.Automaton()
    for term in terms:
        automaton.add_word(term, term)
    if not len(automaton):
        return [set() for _ in texts]
    automaton.make_automaton()
    out = []
    for text in texts:
        found: set[str] = set()
        for last, term in automaton.iter(text):
            start, end = last - len(term) + 1, last + 1
            if (start == 0 or not is_word_char(text[start - 1])) and (
                end == len(text) or not is_word_char(text[end])
            ):
                found.add(term)
        out.append(found)
    return out


def watched_words(watchlist: WatchList) -> set[str]:
    """Names, aliases, symbols, handles and negative context of the watch list, whole and by
    word: a term naming a project is about that project, not a wording."""
    known: set[str] = set()
    for c in watchlist.companies:
        for value in (c.name, *c.aliases, *c.tokens, *c.x_handles, *c.negative_context):
            known.add(fold(value))
            known.update(fold(value).split())
    return known


def known_terms(watchlist: WatchList, config: DetectionConfig) -> set[str]:
    """Terms that cannot be proposed: names, aliases, symbols, handles and existing phrases."""
    known = watched_words(watchlist)
    for phrases in (*config.phrases.values(), *config.events.values()):
        known.update(p.rstrip("*") for p in phrases)
    return known


def contains_phrase(term: str, phrases: Iterable[str]) -> bool:
    """``term`` holds one of ``phrases`` as whole words (a trailing ``*`` matches any ending)."""
    padded = f" {term} "
    for phrase in phrases:
        stem = phrase.rstrip("*")
        if f" {stem}" in padded if phrase.endswith("*") else f" {stem} " in padded:
            return True
    return False


def rank_terms(
    target_counts: Counter[str],
    other_counts: Counter[str],
    exclude: set[str],
    min_support: int = MIN_SUPPORT,
    limit: int = MAX_TERMS,
) -> list[tuple[str, int, int]]:
    """``(term, targets, others)`` best first: terms at least ``min_support`` targets share, not
    in ``exclude``, used by targets more than :data:`TP_RATIO` times as often as by others."""
    ranked = sorted(
        (
            (t, n, other_counts[t])
            for t, n in target_counts.items()
            if n >= min_support and t not in exclude and n > TP_RATIO * other_counts[t]
        ),
        key=lambda r: (-(r[1] - TP_RATIO * r[2]), -len(r[0].split()), r[0]),
    )
    return _drop_overlaps(ranked)[:limit]


def mine_terms(
    targets: Iterable[Example],
    others: Iterable[Example],
    exclude: set[str],
    min_support: int = MIN_SUPPORT,
    limit: int = MAX_TERMS,
    max_words: int = NEGATIVE_WORDS,
) -> list[tuple[str, int, int]]:
    """``(term, targets, others)`` best first (for negative context: the targets are false
    positives, the others true positives)."""
    target_counts: Counter[str] = Counter()
    for e in targets:
        target_counts.update(terms_of(e, max_words))
    frequent = {t for t, n in target_counts.items() if n >= min_support and t not in exclude}
    if not frequent:
        return []
    other_counts: Counter[str] = Counter()
    for e in others:
        other_counts.update(terms_of(e, max_words) & frequent)
    return rank_terms(target_counts, other_counts, exclude, min_support, limit)


def _inside(short: str, long: str) -> bool:
    return f" {short} " in f" {long} "


def _drop_overlaps(ranked: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Keep a longer term only when it explains more than the words it holds (and a shorter one
    only when no kept term with the same support holds it or is held by it)."""
    kept: list[tuple[str, int, int]] = []
    for term, n, other in ranked:
        if any(n == k[1] and (_inside(term, k[0]) or _inside(k[0], term)) for k in kept):
            continue
        kept.append((term, n, other))
    return kept
