"""Negative-context terms mined from false positives: words and word pairs that several false
positives share and confirmed signals (almost) never use."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from swarm.detection import DetectionConfig, WatchList
from swarm.detection.folding import fold
from swarm.optimization.labels import Example

WORD_RE = re.compile(r"[a-z][a-z0-9']{2,}")
MIN_SUPPORT = 3  # false positives that must share a term
TP_RATIO = 4  # a term's false positives must outnumber its true positives this many times
MAX_TERMS = 5  # terms proposed per run
MAX_WORDS_PER_ITEM = 400  # words of one item considered (long texts are cut)
_STOPWORDS = (
    "the and for with that this from will are was were has have had its it's not but you your "
    "our their they them his her into over about after before than then there here what when "
    "who which while also more most some any all can may might just new one two out who's "
    "said says say been being would could should how why where via per today week year"
)
STOPWORDS = frozenset(_STOPWORDS.split())


def terms_of(example: Example) -> set[str]:
    """Distinct words (3+ letters, no stop words) and adjacent word pairs of an item."""
    words = WORD_RE.findall(fold(f"{example.item.title}\n{example.item.text}"))
    words = words[:MAX_WORDS_PER_ITEM]
    out = {w for w in words if w not in STOPWORDS}
    out.update(
        f"{a} {b}" for a, b in itertools.pairwise(words)
        if a not in STOPWORDS and b not in STOPWORDS
    )  # fmt: skip
    return out


def known_terms(watchlist: WatchList, config: DetectionConfig) -> set[str]:
    """Terms that cannot be proposed: names, aliases, symbols, handles and existing phrases."""
    known: set[str] = set()
    for c in watchlist.companies:
        for value in (c.name, *c.aliases, *c.tokens, *c.x_handles, *c.negative_context):
            known.add(fold(value))
            known.update(fold(value).split())
    for phrases in (*config.phrases.values(), *config.events.values()):
        known.update(p.rstrip("*") for p in phrases)
    return known


def mine_terms(
    false_positives: Iterable[Example],
    true_positives: Iterable[Example],
    exclude: set[str],
    min_support: int = MIN_SUPPORT,
    limit: int = MAX_TERMS,
) -> list[tuple[str, int, int]]:
    """``(term, false positives, true positives)`` best first."""
    fp_counts: Counter[str] = Counter()
    for e in false_positives:
        fp_counts.update(terms_of(e))
    frequent = {t for t, n in fp_counts.items() if n >= min_support and t not in exclude}
    if not frequent:
        return []
    tp_counts: Counter[str] = Counter()
    for e in true_positives:
        tp_counts.update(terms_of(e) & frequent)
    ranked = sorted(
        (
            (t, fp_counts[t], tp_counts[t])
            for t in frequent
            if fp_counts[t] > TP_RATIO * tp_counts[t]
        ),
        key=lambda r: (-(r[1] - TP_RATIO * r[2]), -len(r[0].split()), r[0]),
    )
    return _drop_overlaps(ranked)[:limit]


def _drop_overlaps(ranked: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Keep a pair only when it explains more than each of its words (and a word only when no
    kept pair with the same support contains it)."""
    kept: list[tuple[str, int, int]] = []
    for term, fp, tp in ranked:
        if any(fp == k[1] and (term in k[0].split() or k[0] in term.split()) for k in kept):
            continue
        kept.append((term, fp, tp))
    return kept
