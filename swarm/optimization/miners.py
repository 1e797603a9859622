"""Candidate phrase-list additions mined from the items the active config gets wrong.

A *miner* maps training indices to candidates (:class:`Candidate`), so the tuning run can mine
on every item and, for cross-validation, without each fold. Pure: values in, values out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from swarm.detection import DetectionConfig, WatchList
from swarm.detection.dates import DATE_WORDS
from swarm.detection.folding import fold
from swarm.optimization import mining
from swarm.optimization.labels import Example

# Reject features a mined term may be added to (each has a category and a strong weight).
TERM_FEATURES = ("generic_news", "speculation", "price_talk", "tutorial", "testnet")
DAY_WORDS = frozenset((*DATE_WORDS["month"], *DATE_WORDS["relative"]))  # no phrasing edge


@dataclass(frozen=True, slots=True)
class Candidate:
    """A mined term and the phrase lists it may join (the one with the best replay is kept)."""

    term: str
    keys: tuple[str, ...]
    summary: str


Miner = Callable[[Sequence[int]], list[Candidate]]


def negative_miner(
    watchlist: WatchList,
    config: DetectionConfig,
    examples: Sequence[Example],
    base: Sequence[bool],
    min_support: int,
    limit: int,
) -> Miner:
    """Terms false positives share and true positives (almost) never use, for the strong
    reject phrase lists (:data:`TERM_FEATURES` the config weighs)."""
    exclude = mining.known_terms(watchlist, config)
    keys = tuple(f"phrases.{f}" for f in TERM_FEATURES if f in config.weights)

    def mine(indices: Sequence[int]) -> list[Candidate]:
        if not keys:
            return []
        fps = [examples[i] for i in indices if base[i] and not examples[i].label]
        tps = [examples[i] for i in indices if base[i] and examples[i].label]
        return [
            Candidate(term, keys, f"shared by {fp} false positives, {tp} true positives")
            for term, fp, tp in mining.mine_terms(fps, tps, exclude, min_support, limit)
        ]

    return mine


def phrasing_miner(
    watchlist: WatchList,
    config: DetectionConfig,
    examples: Sequence[Example],
    base: Sequence[bool],
    min_support: int,
    limit: int,
) -> Miner:
    """Word n-grams (1 to :data:`~swarm.optimization.mining.PHRASE_WORDS` words) that missed
    events of one type share and true negatives (almost) never use, for ``events.<type>``.

    ``events`` is the list that changes decisions: an event phrase gives the item an event
    (``event`` and ``event_lead`` instead of ``no_event``: six logit points with the bundled
    weights), its event type, and lets the scorer look for the event's day (``date_upcoming``).
    A positive phrase list such as ``phrases.announce`` or ``phrases.live`` weighs one point and
    cannot lift an item that names no event. Terms naming a watched project, terms known already
    and terms holding a known event phrase (items using them have that event already) are not
    tried, nor terms starting or ending with a month or day word ("holders on march" says when,
    not what). Missed events are labelled positives the config does not signal whose event type is
    known (analysts' reports, confirmed alerts, corpus lines).
    """
    exclude = mining.known_terms(watchlist, config)
    names = mining.watched_words(watchlist)
    event_phrases = [p for phrases in config.events.values() for p in phrases]

    def allowed(term: str) -> bool:
        words = term.split()
        return (
            term not in exclude
            and names.isdisjoint(words)
            and words[0] not in DAY_WORDS
            and words[-1] not in DAY_WORDS
            and not mining.contains_phrase(term, event_phrases)
        )

    missed: dict[str, dict[int, set[str]]] = {t: {} for t in config.events}
    for i, e in enumerate(examples):
        if e.label and not base[i] and e.event_type in missed:
            missed[e.event_type][i] = mining.terms_of(e, mining.PHRASE_WORDS)
    support = Counter(t for by_item in missed.values() for terms in by_item.values() for t in terms)
    # every term some training part could mine: later counts look at these only
    universe = {t for t, n in support.items() if n >= min_support and allowed(t)}
    # true negatives holding a term (only these could turn into false positives)
    negatives: dict[int, set[str]] = {}
    if universe:
        tns = [i for i, e in enumerate(examples) if not e.label and not base[i]]
        texts = (fold(f"{examples[i].item.title}\n{examples[i].item.text}") for i in tns)
        negatives = dict(zip(tns, mining.terms_in(texts, universe), strict=True))

    def mine(indices: Sequence[int]) -> list[Candidate]:
        if not universe:
            return []
        chosen = set(indices)
        others = Counter(t for i, terms in negatives.items() if i in chosen for t in terms)
        out: list[Candidate] = []
        for event_type, by_item in missed.items():
            targets = Counter(
                t for i, terms in by_item.items() if i in chosen for t in terms & universe
            )
            ranked = mining.rank_terms(targets, others, exclude, min_support, len(targets))
            explained: list[set[int]] = []
            for term, n, tn in ranked:
                items = {i for i, terms in by_item.items() if i in chosen and term in terms}
                if any(items <= seen for seen in explained):
                    continue  # a better-ranked term explains these misses already
                explained.append(items)
                summary = f"shared by {n} missed {event_type} events, {tn} true negatives"
                out.append(Candidate(term, (f"events.{event_type}",), summary))
                if len(explained) == limit:
                    break
        return out

    return mine
