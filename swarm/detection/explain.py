"""Evidence spans and human-readable reasons for a decision."""

from __future__ import annotations

from swarm.detection.features import ItemView
from swarm.detection.folding import to_original
from swarm.detection.matcher import Scan
from swarm.detection.models import Evidence

MAX_MENTIONS = 3


def evidence_for(
    doc: str, scan: Scan, view: ItemView, company: int, removed: list[tuple[int, int]]
) -> list[Evidence]:
    """Matched spans (offsets into ``title + "\\n" + text``) behind the decision."""
    spans: list[tuple[int, int, str]] = [
        (m.start, m.end, f"mention:{m.kind}") for m in scan.mentions if m.company == company
    ][:MAX_MENTIONS]
    if view.pick is not None:
        spans.append((view.pick.start, view.pick.end, f"event:{view.pick.event_type}"))
    values = view.values
    firsts = {name: found[0] for name, found in scan.hits.items()}
    if view.day is not None:
        firsts["date"] = (view.day.start, view.day.end)
    spans += [
        (start, end, name)
        for name, (start, end) in firsts.items()
        if name == "date" or (name in values and not name.startswith("event:"))
    ]
    if not removed:
        return [Evidence(doc[start:end], start, end, name) for start, end, name in spans]
    return [
        Evidence(doc[start:end], to_original(start, removed), to_original(end, removed), name)
        for start, end, name in spans
    ]


def subject_reasons(doc: str, scan: Scan, view: ItemView, company: int, name: str) -> list[str]:
    """Which phrase was the event, who owned it, and why mentions of ``name`` were context."""
    owners = view.ownership
    if owners is None or view.pick is None:
        return []
    pick = view.pick
    phrase = doc[pick.start : pick.end]
    reasons = []
    found = [o for s, e, o in owners.owners if s == pick.start]
    foreign = iter(owners.foreign_names)
    names = {o: (next(foreign) if o == -1 else "") for _, _, o in owners.owners if o == -1}
    if found and found[0] == company:
        reasons.append(f"event phrase '{phrase}' owned by {name}")
    elif found and found[0] == -1:
        reasons.append(f"event phrase '{phrase}' belongs to {names.get(-1) or 'another project'}")
    elif owners.owns(company):
        reasons.append(f"event phrase '{phrase}'; an event of the item is owned by {name}")
    elif owners.foreign_names:
        others = ", ".join(dict.fromkeys(owners.foreign_names))
        reasons.append(f"event phrase '{phrase}'; the item's events belong to {others}")
    else:
        reasons.append(f"event phrase '{phrase}'")
    for m in scan.mentions:
        relation = owners.context.get(m.start)
        if m.company == company and relation:
            reasons.append(f"'{doc[m.start : m.end]}' treated as context (after '{relation}')")
    return reasons


def reasons_for(
    name: str,
    category: str,
    view: ItemView,
    contributions: dict[str, float],
    evidence: list[Evidence],
    subject: list[str] | None = None,
    second: str = "",
) -> list[str]:
    """Short sentences an analyst can read: what was found and what weighed most."""
    reasons = [f"best candidate: {name}"]
    if view.pick is not None:
        reasons.append(f"leads with a {view.pick.event_type} event")
    else:
        reasons.append("no token event named")
    reasons += subject or []
    if view.event_date is not None:
        reasons.append(f"event day {view.event_date.isoformat()} ({view.temporal})")
    elif view.temporal:
        reasons.append(f"timing: {view.temporal}")
    ranked = sorted(contributions.items(), key=lambda kv: -abs(kv[1]))[:4]
    reasons += [f"{feature} {value:+.2f}" for feature, value in ranked]
    reasons += dict.fromkeys(  # cues that scoping did not count, each said once
        f"'{cue}' not counted as {feature}: {why}" for feature, cue, why in view.dropped
    )
    if second:
        reasons.append(second)
    if category != "announcement":
        quotes = [e.text for e in evidence if e.feature not in ("date",)][-2:]
        reasons.append(f"not a signal: {category}" + (f" ({', '.join(quotes)})" if quotes else ""))
    return reasons


class MatchExplanation:
    """The raw match data behind a decision; :meth:`render` turns it into reasons and evidence
    (a :class:`~swarm.detection.models.Explanation`, rendered only when a caller reads them).

    A class with its own ``__init__``, not a named tuple: compiled, building it is native code,
    where a named tuple's ``__new__`` runs in the interpreter (once per decision)."""

    __slots__ = (
        "category", "company", "contributions", "doc", "name", "removed", "scan", "second", "view",
    )  # fmt: skip

    def __init__(
        self,
        doc: str,
        scan: Scan,
        view: ItemView,
        company: int,
        removed: list[tuple[int, int]],
        name: str,
        category: str,
        contributions: dict[str, float],
        second: str = "",
    ) -> None:
        self.doc = doc
        self.scan = scan
        self.view = view
        self.company = company
        self.removed = removed
        self.name = name
        self.category = category
        self.contributions = contributions
        self.second = second  # what the text model changed, if anything

    def render(self) -> tuple[list[str], list[Evidence]]:
        evidence = evidence_for(self.doc, self.scan, self.view, self.company, self.removed)
        subject = subject_reasons(self.doc, self.scan, self.view, self.company, self.name)
        reasons = reasons_for(
            self.name, self.category, self.view, self.contributions, evidence, subject,
            self.second,
        )
        return reasons, evidence
