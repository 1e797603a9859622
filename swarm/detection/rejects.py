"""Reject features (past, speculation, price talk, testnet, scam, tutorial, generic news, ...):
found by config phrases (in the scan) and config patterns, worth 1 in the lead and less outside
(except :data:`WHOLE_ITEM` features, worth 1 anywhere).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from swarm.detection.gates import GatedPattern, GateIndex
from swarm.detection.scoping import (
    HISTORY_SCOPED,
    HISTORY_WHY,
    PATTERN_SCOPED,
    CueScope,
    answered_question,
    opener_question,
)

REJECT_PHRASES = (
    "past", "speculation", "price_talk", "testnet", "scam", "tutorial", "generic_news",
    "negated_event", "safety", "conditional",
)  # fmt: skip
# Reject features that qualify the whole item wherever they stand: a vote the event waits on.
WHOLE_ITEM = frozenset({"conditional"})
OFF_LEAD = 0.6  # a reject phrase outside the lead counts this much
OFF_EVENT_LEAD = 0.3  # ... and this much when the lead itself names the event
# Reject features that often describe the setting of a real event (who is eligible, warnings).
CONTEXT_REJECTS = frozenset({"testnet", "scam", "safety", "tutorial", "generic_news"})
WARNED_SCAM = 0.3  # scam vocabulary quoted in a safety reminder ("we never ask for a seed phrase")

Search = Callable[[str, int], "re.Match[str] | None"]  # (folded, from where)
# A reject feature: its name, the number of its first pattern (patterns are numbered in order
# across the rules, as in their GateIndex), each pattern's search, whether in CONTEXT_REJECTS.
RejectRule = tuple[str, int, tuple[Search, ...], bool]


# A percentage move of a product's running figure, not of a token's price: "verifier costs are
# down 40%", "fees fell 25%", "proof times dropped 30%" (the figure right before the move), or an
# exchange's order limit.
FIGURE_MOVE_REACH = 40
FIGURE_BEFORE = re.compile(
    r"\b(?:costs?|fees?|latency|gas|downtime|(?:wait|load|block|proof|proving|sync|build|response"
    r"|confirmation|finality) times?|error rates?|memory use|bandwidth|storage)"
    r"(?: (?:are|is|were|was|have|has|had))?(?: now| also)? $"
    # ... or an exchange's order limit after a debut, not a move: "buy orders limited to +100%
    # of the reference price", "기준가 대비 +100% 이내로 제한"
    r"|\b(?:limited to|capped at|within|price (?:band|limit)s?(?: of)?) $|기준가(?:격)?\s*대비\s*$"
    # ... or a share price: "Nvidia shares fell 2%"
    r"|\b(?:shares|stock|stocks|equities)\s+$"
)


def _price_search(regex: re.Pattern[str]) -> Search:
    """``regex.search`` passing over a move of a product figure (:data:`FIGURE_BEFORE`)."""

    def search(folded: str, pos: int) -> re.Match[str] | None:
        found = regex.search(folded, pos)
        while found is not None and FIGURE_BEFORE.search(
            folded, max(0, found.start() - FIGURE_MOVE_REACH), found.start()
        ):
            found = regex.search(folded, found.end())
        return found

    return search


def _question_search(regex: re.Pattern[str]) -> Search:
    """``regex.search`` passing over a question the source answers ("wen ACME? now.") and a
    question of one or two words opening the item ("Ready?"): neither doubts the event."""

    def search(folded: str, pos: int) -> re.Match[str] | None:
        found = regex.search(folded, pos)
        while (
            found is not None
            and "?" in found.group()
            and (
                answered_question(folded, found.start())
                or opener_question(folded, found.start() + len(found.group().rstrip()))
            )
        ):
            found = regex.search(folded, found.end())
        return found

    return search


def _search(name: str, pattern: GatedPattern) -> Search:
    if name == "price_talk":
        return _price_search(pattern.regex)
    if name == "speculation" and "\\?" in pattern.regex.pattern:  # a literal question mark
        return _question_search(pattern.regex)
    return pattern.regex.search  # (folded, pos)


def reject_rules(
    patterns: dict[str, tuple[GatedPattern, ...]],
) -> tuple[tuple[RejectRule, ...], GateIndex]:
    """The reject features of :data:`REJECT_PHRASES` with their config patterns, built once, and
    the index of the patterns' gates (a pattern's number in the rules is its index there)."""
    rules: list[RejectRule] = []
    gated: list[GatedPattern] = []
    for name in REJECT_PHRASES:
        own = patterns.get(name, ())
        rules.append((name, len(gated), tuple(_search(name, p) for p in own),
                      name in CONTEXT_REJECTS))  # fmt: skip
        gated.extend(own)
    return tuple(rules), GateIndex([(p.gates, p.choices) for p in gated], [p.wide for p in gated])


def reject_values(
    values: dict[str, float],
    hits: dict[str, list[tuple[int, int]]],
    folded: str,
    lead: int,
    event_lead: bool,
    rules: tuple[RejectRule, ...],
    admitted: set[int],
    scope: CueScope | None = None,
) -> list[tuple[str, str, str]]:
    """Reject features: 1 when a phrase or pattern of one is found in the lead, less elsewhere.

    Only whether the first hit lies in the lead matters, so patterns stop at the first hit there.
    ``admitted``: the numbers of the patterns whose gate words ``folded`` contains (the
    :meth:`GateIndex.admitted` of :func:`reject_rules`); the others cannot match.
    ``scope``: the item's event, when it has one: a pattern's doubt or price talk about
    something else is passed over as the phrases' is (:meth:`CueScope.elsewhere`). Returns
    ``(feature, cue, why)`` for each hit passed over so.
    """
    dropped: list[tuple[str, str, str]] = []
    size = len(folded)
    numbers = sorted(admitted)  # (the rules number their patterns in order)
    at = 0
    for name, base, searches, in_context in rules:
        own = at  # this rule's admitted patterns: numbers[own:at]
        while at < len(numbers) and numbers[at] < base + len(searches):
            at += 1
        spans = hits.get(name)
        first = size
        if spans:
            first = min(spans)[0]
            if first < lead:
                values[name] = 1.0
                continue
        for number in numbers[own:at]:
            search = searches[number - base]
            match = search(folded, 0)
            if scope is not None and scope.history[1] and name in HISTORY_SCOPED:
                begin, end = scope.history
                while match is not None and begin <= match.start() < end:
                    word = folded.rfind(" ", 0, match.start()) + 1
                    dropped.append((name, folded[word : match.end()].strip(), HISTORY_WHY))
                    match = search(folded, max(match.end(), match.start() + 1))
            while match is not None and scope is not None and name in PATTERN_SCOPED:
                why = scope.elsewhere(name, match.start())
                if not why:
                    break
                word = folded.rfind(" ", 0, match.start()) + 1  # "binance?", not "e?"
                dropped.append((name, folded[word : match.end()].strip(), why))
                match = search(folded, max(match.end(), match.start() + 1))
            if match is not None and match.start() < first:
                first = match.start()
                if first < lead:
                    break
        if first < size:
            if first < lead or name in WHOLE_ITEM:
                values[name] = 1.0
            else:
                values[name] = OFF_EVENT_LEAD if event_lead and in_context else OFF_LEAD
    if "scam" in values and "safety" in values:
        values["scam"] *= WARNED_SCAM
    return dropped
