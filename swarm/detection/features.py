"""Feature values for one item (``ItemView``) and for one candidate company in it.

Every feature is a number in [0, 1]; the config's weights turn them into a logit. Reject
features (past, speculation, price talk, testnet, scam, tutorial, generic news) are phrase and
pattern counts, capped at ``PHRASE_CAP`` hits.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from swarm.detection.config import DetectionConfig
from swarm.detection.dates import DATE_WORDS, DateHit, find_dates
from swarm.detection.events import EventPick, event_day, lead_end, pick_event, temporal_status
from swarm.detection.gates import GatedPattern
from swarm.detection.matcher import Mention, Scan
from swarm.detection.models import Temporal
from swarm.detection.sources import Profile, handles_in, hosts_in

CONTEXT_CAP = 2  # crypto vocabulary counts in full from this many hits
REJECT_PHRASES = (
    "past", "speculation", "price_talk", "testnet", "scam", "tutorial", "generic_news",
    "negated_event", "safety",
)  # fmt: skip
SYMBOL_GAPS = ("(", "'s", "'s (", "", ":")  # "Acme (ACME)", "Acme's ACME", "ACME: ACME claims"
NEAR_TOKEN = 60  # "launch" counts as a tge phrase only this near "token" or a symbol
OFF_LEAD = 0.6  # a reject phrase outside the lead counts this much
OFF_EVENT_LEAD = 0.3  # ... and this much when the lead itself names the event
# Reject features that often describe the setting of a real event (who is eligible, warnings).
CONTEXT_REJECTS = frozenset({"testnet", "scam", "safety", "tutorial", "generic_news"})
WARNED_SCAM = 0.3  # scam vocabulary quoted in a safety reminder ("we never ask for a seed phrase")
SUBJECT_GAP = 4  # "$ACME is live": at most this many characters between subject and phrase
# A token symbol as written, in any case: "$acme", "(ACME)".
SYMBOL_RE = re.compile(r"\$([a-z][a-z0-9]{1,9})\b|\(([a-z][a-z0-9]{1,9})\)")
YEAR_RE = re.compile(r"\b(20\d\d)\b")
# An upper-case symbol as written right before an event noun, or after "its": "its MOLT airdrop".
EVENT_SYMBOL_RE = re.compile(
    r"\b([A-Z][A-Z0-9]{1,9}) (?:tokens?|airdrop|TGE|token sale|sale|launch|claims?|listing)\b"
    r"|\bits ([A-Z][A-Z0-9]{1,9})\b"
)
MAX_UPPER_SHARE = 0.5  # texts mostly in capitals ("ACME CLAIMS OPEN") give no symbol evidence
ARTICLES = ("", "a", "an", "the")
DATE_FEATURE = "date:"  # scan features of dates.DATE_WORDS (which date patterns can match)
FUTURE_LOOKBACK = 12  # characters before a past-tense event verb checked for a NOT_PAST word
# A past participle after these is future, passive or just now ("will be opened", "has launched").
NOT_PAST = frozenset(
    {"be", "to", "get", "gets", "being", "will", "once", "when", "if", "has", "have", "just"}
)


@dataclass(slots=True)
class ItemView:
    """Item-level facts shared by every candidate company."""

    pick: EventPick | None
    day: DateHit | None
    event_date: dt.date | None
    temporal: Temporal | None
    values: dict[str, float] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    handles: list[str] = field(default_factory=list)
    hosts: list[str] = field(default_factory=list)
    symbols: set[str] = field(default_factory=set)


def _capped(count: int, cap: int) -> float:
    return min(count, cap) / cap


def subject_events(scan: Scan) -> None:
    """Turn "is live" / "launches" into a ``tge`` event when the token itself is the subject:
    a symbol or the word "token" right before it ("$ACME is live"; not "Acme launches an app")."""
    spans = scan.hits.get("subject_live", [])
    if not spans and "near_token" not in scan.hits:
        return
    subjects = [m.end for m in scan.mentions if m.kind in ("ticker", "cashtag")]
    subjects += [e for _, e in scan.hits.get("token_word", ())]
    found = [(s, e) for s, e in spans if any(0 <= s - end <= SUBJECT_GAP for end in subjects)]
    symbols = [m for m in scan.mentions if m.kind in ("ticker", "cashtag")]
    for start, end in scan.hits.get("near_token", ()):
        if any(abs(start - e) <= NEAR_TOKEN or abs(s - end) <= NEAR_TOKEN
               for s, e in scan.hits.get("token_word", ())) or any(
            abs(start - m.end) <= NEAR_TOKEN or abs(m.start - end) <= NEAR_TOKEN for m in symbols
        ):  # fmt: skip
            found.append((start, end))
    if found:
        scan.hits.setdefault("event:tge", []).extend(found)
        scan.hits["event:tge"].sort()


def _written_symbols(original: str) -> set[str]:
    """Upper-case symbols written next to an event noun ("its MOLT airdrop", "LRY TGE")."""
    letters = [c for c in original if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) > MAX_UPPER_SHARE * len(letters):
        return set()
    return {a or b for a, b in EVENT_SYMBOL_RE.findall(original)}


def item_view(
    scan: Scan,
    original: str,
    folded: str,
    title_len: int,
    published: dt.datetime,
    config: DetectionConfig,
    patterns: dict[str, tuple[GatedPattern, ...]],
) -> ItemView:
    """Event, day, temporal status and the item-level feature values."""
    win = config.windows
    subject_events(scan)
    lead = lead_end(folded, title_len, win.lead_chars)
    pick = pick_event(scan, lead, list(config.event_overrides))
    date_hits: list[DateHit] = []
    if pick is not None:
        families = frozenset(k for k in DATE_WORDS if DATE_FEATURE + k in scan.hits)
        date_hits = find_dates(folded, published, families=families)
    live_spans = scan.hits.get("live", [])
    day = event_day(date_hits, pick, scan, live_spans, win.date_link, published.date())
    live = bool(scan.hits.get("live")) or (day is not None and day.kind == "now")
    past = bool(scan.hits.get("past"))
    event_date = day.date if day is not None else None
    if event_date is None and pick is not None and live:
        event_date = published.date()
    temporal = temporal_status(event_date, published.date(), live, past, win.recent_days)
    view = ItemView(pick, day, event_date, temporal)
    if "$" in folded or "(" in folded:
        view.symbols = {(a or b).upper() for a, b in SYMBOL_RE.findall(folded)}
    view.symbols -= config.common_symbols
    if "@" in folded:
        view.handles = handles_in(folded)
    if "." in folded:
        view.hosts = hosts_in(folded)
    values = view.values
    values["event"] = 1.0 if pick else 0.0
    values["event_lead"] = 1.0 if pick and pick.in_lead else 0.0
    values["no_event"] = 0.0 if pick else 1.0
    values["announce"] = _capped(len(scan.hits.get("announce", ())), CONTEXT_CAP)
    values["live"] = 1.0 if live and temporal != "past" else 0.0
    if event_date is not None:
        behind = (published.date() - event_date).days
        values["date_upcoming"] = 1.0 if behind <= 0 else 0.0
        values["date_past"] = 1.0 if behind > win.recent_days else 0.0
    hits = scan.hits
    event_lead = pick is not None and pick.in_lead
    for name in REJECT_PHRASES:
        off_lead = OFF_EVENT_LEAD if event_lead and name in CONTEXT_REJECTS else OFF_LEAD
        spans = hits.get(name)
        first = min(spans)[0] if spans else len(folded)
        for pattern in patterns.get(name, ()):
            found = pattern.first(folded)
            first = found if 0 <= found < first else first
        if first < len(folded):
            values[name] = 1.0 if first < lead else off_lead
    if "scam" in values and "safety" in values:
        values["scam"] *= WARNED_SCAM
    if not (values["announce"] or values["live"] or values.get("date_upcoming")):
        values["no_announcement"] = 1.0
    if (
        not (values["live"] or values.get("date_upcoming"))
        and not any(h.kind == "vague" for h in date_hits)
        and any(not _future_before(folded, s) for s, _ in hits.get("past_event", ()))
    ):
        values["past_event"] = 1.0  # "Acme launched its token", nothing upcoming or live
    if "past" in values and day is not None and day.kind != "now" and values.get("date_upcoming"):
        values["past"] /= 2  # "went live on Tuesday" written that Tuesday is news, not a recap
    if "20" in folded and any(int(y) < published.year for y in YEAR_RE.findall(folded)):
        values["past_year"] = 1.0
    for name, spans in scan.hits.items():
        view.spans.setdefault(name, spans[0])
    if day is not None:
        view.spans["date"] = (day.start, day.end)
    return view


def _future_before(folded: str, start: int) -> bool:
    """The word before ``start`` makes a past participle future, passive or just now."""
    words = folded[max(0, start - FUTURE_LOOKBACK) : start].split()
    return bool(words) and words[-1] in NOT_PAST


def _name_with_symbol(own: list[Mention], folded: str) -> bool:
    """ "Acme (ACME)": a name followed by its own symbol in brackets is the crypto project
    (a symbol spelled like the name may have matched as the name: "Clique (CLIQUE)")."""
    names = [m.end for m in own if m.kind in ("name", "alias")]
    return any(
        m.start >= end
        and (m.kind in ("ticker", "cashtag") or folded[end : m.start].strip() == "(")
        and folded[end : m.start].strip() in SYMBOL_GAPS
        for m in own
        for end in names
    )


def _gap_is_blank(text: str) -> bool:
    return text.strip(" -") in ARTICLES


def is_subordinate(m: Mention, scan: Scan, folded: str, window: int) -> bool:
    """The mention names a host chain or is part of a look-alike name ("X Swap", "built on X")."""
    for _, end in scan.hits.get("host_prefix", ()):
        if end <= m.start and m.start - end <= window + 4 and _gap_is_blank(folded[end : m.start]):
            return True
    for start, _ in scan.hits.get("host_suffix", ()):
        if m.end <= start <= m.end + 1:
            return True
    for start, _ in scan.hits.get("name_suffix", ()):
        if start == m.end + 1 and folded[m.end] == " ":
            return True
    return any(end + 1 == m.start for _, end in scan.hits.get("name_prefix", ()))


def company_values(
    company: int,
    mentions: list[Mention],
    scan: Scan,
    folded: str,
    view: ItemView,
    profile: Profile,
    author_handle: str,
    host: str,
    config: DetectionConfig,
) -> dict[str, float]:
    """Company-level feature values for candidate ``company``."""
    own = [m for m in mentions if m.company == company]
    official = profile.is_official(author_handle, host)
    strong = any(m.strong for m in own) or _name_with_symbol(own, folded)
    context = len(scan.hits.get("crypto_context", ()))
    values: dict[str, float] = {
        "mention_strong": 1.0 if strong or official else 0.0,
        "mention_weak": 1.0 if own and not (strong or official) else 0.0,
        "official_source": 1.0 if official else 0.0,
        "crypto_context": _capped(context, CONTEXT_CAP),
    }
    if not strong and not official and context == 0:
        values["no_context"] = 1.0
    names = [m for m in own if m.kind in ("name", "alias")]
    if names and len(names) == len(own) and all(m.lowercase for m in names) and not official:
        values["lowercase_name"] = 1.0
    window = config.windows
    if (
        own
        and not official
        and all(is_subordinate(m, scan, folded, window.host_prefix) for m in own)
    ):
        values["subordinate"] = 1.0
    if view.symbols and not official and view.symbols.isdisjoint(profile.symbols):
        values["foreign_symbol"] = 1.0
    if not official and (
        profile.lookalike_handle(author_handle)
        or profile.lookalike_host(host)
        or any(profile.lookalike_handle(h) for h in view.handles)
        or any(profile.lookalike_host(h) for h in view.hosts)
    ):
        values["lookalike_source"] = 1.0
    return values


def negative_context_value(company: int, scan: Scan, window: int) -> float:
    """1 when the company's negative context sits within ``window`` of a mention of it, 0.5
    when it appears elsewhere in the item, else 0."""
    own = [m for m in scan.mentions if m.company == company]
    found = 0.0
    for c, start, end in scan.negatives:
        if c != company:
            continue
        found = 0.5
        if any(start - m.end <= window and m.start - end <= window for m in own):
            return 1.0
    return found
