"""The production decision: ``Detector(watchlist, config).score(item) -> Decision``.

The detector compiles once (one automaton, precompiled patterns). Scoring an item is one
automaton pass; items that name no watched project (and come from no official source) stop
there. For the others, negative-context phrases of the candidate companies are cut out and the
rest re-scanned, so such phrases can only lower a score (their own penalty applies on top).
Each candidate company gets a logit ``bias + sum(weight * value)``; the best one is reported.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from swarm.detection.config import DetectionConfig
from swarm.detection.dates import DATE_WORDS
from swarm.detection.explain import MatchExplanation
from swarm.detection.features import (
    DATE_FEATURE,
    ItemView,
    company_values,
    item_view,
    negative_context_value,
    ownership_values,
)
from swarm.detection.folding import fold, handle_of, hostname, to_original
from swarm.detection.gates import GatedPattern, GateIndex, GateWords
from swarm.detection.lead_event import EventPick
from swarm.detection.matcher import Matcher, Mention, Scan
from swarm.detection.models import Decision, ItemIn
from swarm.detection.provenance import ExchangeVoices, Profile, byline_site, host_suffixes
from swarm.detection.rejects import reject_rules
from swarm.detection.scoping import boilerplate, sentence_of
from swarm.detection.subject import (
    MAX_UPPER_SHARE,
    RELATION_FEATURE,
    Ownership,
    disclaimed,
    foreign_symbol,
    marked_foreign_symbol,
    ownership,
)
from swarm.detection.textmodel import TextModel, sigmoid
from swarm.detection.watchlist import WatchList

# what is not a letter or digit of a source's handle or name ("@lumen_launch" -> "lumenlaunch")
NOT_LETTERS = re.compile(r"[\W_]+")
NO_COMPANY = "unwatched"
MAX_CUTS = 4  # rounds of cutting negative context (a cut can join the words of another)
FALLBACK_CATEGORY = "generic"
# config patterns of these features run with the event patterns: a live status read before the
# day, a relation read before the owners of the event phrases, an announcement's wording with
# words between ("hat den Start des CLIQUE-Tokens für November bestätigt")
LIVE_FEATURE = "live"
ANNOUNCE_FEATURE = "announce"
SCAN_PATTERN_FEATURES = (LIVE_FEATURE, RELATION_FEATURE, ANNOUNCE_FEATURE)
# Ownership lowers logits, except that a weak symbol owning the event becomes a strong mention
# (+1, and no longer "no context": +4): items below the threshold by more than this (or at all,
# with no weak mention) skip it.
OWNERSHIP_REACH = 5.5
TIE = 1e-9  # logits this close are equal (sums of the same weights in another order)
# rejections the text model never overrides: a scam's source and another project's event are the
# rules' to judge (the model reads neither the author nor who owns the event)
KEPT = frozenset({"scam", "unwatched"})
# the mentions that name a project by its symbol ("SNPS", "$SNPS"): in capitals, the project
# itself rather than a word of its name
SYMBOL_KINDS = ("ticker", "cashtag")
HOST_CACHE_SIZE = 4096  # hosts whose official companies are remembered (cleared when full)
# what the rules hand from reading an item to deciding it: the text as scored (cuts made), its
# scan and view, the best candidate (logit, company, contributions), the official companies and
# the cut spans
Analysis = tuple[
    str, Scan, ItemView, tuple[float, int, dict[str, float]], set[int], list[tuple[int, int]]
]


def _cut(doc: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """``doc`` without ``spans`` (each with one space before it, when there is one).

    Returns the reduced text and ``(reduced_offset, removed_length)`` pairs for mapping back.
    """
    pieces: list[str] = []
    removed: list[tuple[int, int]] = []
    cursor = 0
    out_len = 0
    for start, end in sorted(spans):
        start = max(start, cursor)
        if start >= end:
            continue
        if start > cursor and doc[start - 1] == " ":
            start -= 1
        elif end < len(doc) and doc[end] == " " and start == cursor:
            end += 1
        pieces.append(doc[cursor:start])
        out_len += start - cursor
        removed.append((out_len, end - start))
        cursor = end
    pieces.append(doc[cursor:])
    return "".join(pieces), removed


# A sentence that denies: "not DUCK", "Not Espresso's ESP", "это не токен Cyclone", "không phải
# của Succinct", "Bu bir FHE airdrop'u değil", "यह ... HUDL टोकन नहीं है", "Hindi ito DUCK
# airdrop", "与 GRAIL 无关", "لا علاقة لها", "nie ma z projektem nic wspólnego"
DENIAL = re.compile(
    r"\b(?:not|isn'?t|aren'?t|unrelated|no relation|не|нет|không|değil|nicht|keine?|niet|geen"
    r"|nie|non|não|hindi|bukan|tidak)\b|नहीं|无关|無關|不是|아닙니다|아니다|ではない|ではありません"
    r"|لا علاقة|ليس|ليست"
)


def _outside(
    mentions: list[Mention], named: list[tuple[int, int, int]], kept: list[tuple[int, int, int]]
) -> list[Mention]:
    """The mentions outside every sense the item sets apart (negative-context phrases ``named``
    but not ``kept``): the watched word inside "no relation to Acme Stadium" is that sense."""
    apart = [n for n in named if n not in kept]
    return [
        m
        for m in mentions
        if not any(c == m.company and s <= m.start and m.end <= e for c, s, e in apart)
    ]


# The item saying whose token it is, a project no watched mention names: "LOOP is Loopwheel's
# token", "CLWN is Clownfish's token", "That's Pumice's token", "Pondlily's LILY drop"
ANOTHERS_TOKEN = re.compile(
    r"\b([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['’]s (?:own )?(?:[A-Z][A-Z0-9]{1,9} )?"
    r"(?:token|drop|airdrop|claim)\b"
    # ... in the press's languages: "QSWP, o token da Quackswap", "il token di Spirale", "le
    # jeton de Vireo Finance", "đây là token của Kiddie Ride"
    r"|\b(?i:o token d[ao]|il token di|le jeton de|el token de|token của) "
    r"([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)"
)


def _anothers_token(doc: str, scan: Scan) -> bool:
    """The item says whose token it is (:data:`ANOTHERS_TOKEN`), naming no watched project."""
    for found in ANOTHERS_TOKEN.finditer(doc):
        start, end = found.span(1) if found.group(1) else found.span(2)
        if not any(m.start < end and start < m.end for m in scan.mentions):
            return True
    return False


def _unowned_beside_a_symbol(
    doc: str, folded: str, scan: Scan, view: ItemView, common: frozenset[str]
) -> bool:
    """The lead event's phrase has no owner and its sentence (a title's: and the body's first)
    names a token that is no watched project's (:func:`marked_foreign_symbol`), or the item
    says whose token it is, a project not watched (:data:`ANOTHERS_TOKEN`)."""
    pick, owners = view.pick, view.ownership
    if pick is None or owners is None:
        return False
    if any(s < pick.end and pick.start < e for s, e, _ in owners.owners):
        return False
    start, end = sentence_of(folded, pick.start)
    if pick.start < view.lead < len(folded) - 1 and folded[view.lead] == "\n":
        end = sentence_of(folded, view.lead + 1)[1]  # a title's event: the body's first sentence
    if not (
        marked_foreign_symbol(doc, scan, common, start, end, pick.start, pick.end)
        or _anothers_token(doc, scan)
    ):
        return False
    # (in a text mostly in capitals, case names no token: "XAI GAMES: SENTRY KEY AIRDROP")
    return sum(map(str.isupper, doc)) <= MAX_UPPER_SHARE * sum(map(str.isalpha, doc))


class Detector:
    """Scores items against one watch list with one detection config.

    - ``watchlist``: the projects to watch.
    - ``config``: phrases, weights and threshold (default: the bundled config).
    - ``text_model``: the second opinion on the item's words (default: the bundled model);
      ``second_opinion=False`` decides by the rules alone.
    """

    def __init__(
        self,
        watchlist: WatchList,
        config: DetectionConfig | None = None,
        text_model: TextModel | None = None,
        second_opinion: bool = True,
    ) -> None:
        self.watchlist = watchlist
        self.config = config or DetectionConfig.default()
        self.text_model = (text_model or TextModel.default()) if second_opinion else None
        self.companies = list(watchlist.companies)
        phrases = {f"event:{t}": list(p) for t, p in self.config.events.items()}
        phrases.update(self.config.phrases)
        phrases.update({DATE_FEATURE + k: list(v) for k, v in DATE_WORDS.items()})
        self._patterns = {
            name: tuple(GatedPattern.of(p) for p in items)
            for name, items in self.config.patterns.items()
            if items
        }
        # which gate words of the event and reject patterns an item contains: found by the
        # matcher's pass
        self._gate_words = GateWords(p for ps in self._patterns.values() for p in ps)
        self._matcher = Matcher(self.companies, phrases, self._gate_words.indexed)
        self._rejects, self._reject_index = reject_rules(self._patterns)
        threshold = min(max(self.config.threshold, 1e-9), 1 - 1e-9)
        self._threshold_logit = math.log(threshold / (1 - threshold)) - 1e-9
        self._event_patterns = tuple(
            (name, pattern) for name, patterns in self._patterns.items()
            if name.startswith("event:") or name in SCAN_PATTERN_FEATURES
            for pattern in patterns
        )  # fmt: skip
        self._event_index = GateIndex(
            [(p.gates, p.choices) for _, p in self._event_patterns],
            [p.wide for _, p in self._event_patterns],
        )
        affixes = tuple(self.config.lookalike_affixes)
        self._profiles = [Profile.of(c, affixes) for c in self.companies]
        self._exchanges = ExchangeVoices.of(self.config.exchanges)
        self._weights = {k: w for k, w in self.config.weights.items() if w}
        self._categories = {  # the features that name a specific reject reason
            k: c for k, c in self.config.categories.items() if c and c != FALLBACK_CATEGORY
        }
        self._by_handle: dict[str, int] = {}
        self._by_domain: dict[str, set[int]] = {}
        self._hosts: dict[str, frozenset[int]] = {}  # host -> companies it is official for
        for index, company in enumerate(self.companies):
            for handle in company.x_handles:
                self._by_handle.setdefault(handle.lower(), index)
            for domain in company.domains:
                self._by_domain.setdefault(domain, set()).add(index)

    def _official(self, handle: str, host: str) -> set[int]:
        """Companies whose official handle wrote the item or whose domain (or a subdomain of
        it) hosts its url."""
        found = {self._by_handle[handle]} if handle in self._by_handle else set()
        if host:
            found |= self._hosted(host)
        return found

    def _hosted(self, host: str) -> frozenset[int]:
        """Companies with ``host`` on one of their domains: one dict look-up per host suffix,
        remembered per host (items come from a few hundred sites)."""
        known = self._hosts.get(host)
        if known is None:
            found: set[int] = set()
            for suffix in host_suffixes(host):
                found |= self._by_domain.get(suffix, set())
            if len(self._hosts) >= HOST_CACHE_SIZE:
                self._hosts.clear()
            known = self._hosts[host] = frozenset(found)
        return known

    @staticmethod
    def _boilerplate(folded: str, scan: Scan) -> list[tuple[int, int]]:
        hits = scan.hits
        events = [span for f, spans in hits.items() if f.startswith("event:") for span in spans]
        return boilerplate(folded, hits["safety"], events) if events else []

    def score_many(self, items: Iterable[ItemIn]) -> list[Decision]:
        return [self.score(item) for item in items]

    def score(self, item: ItemIn) -> Decision:
        """The decision for one item (never raises on any text)."""
        found = self._analyse(item)
        if isinstance(found, Decision):
            return found
        proposal = ""
        if found[2].pick is None and self.text_model is not None and self.text_model.event_types:
            proposed = self._proposal(item, found, self.text_model)
            if proposed is not None:
                found, proposal = proposed
        doc, scan, view, best, official, removed = found
        return self._decide(item, doc, scan, view, best, official, removed, proposal)

    def _proposal(
        self, item: ItemIn, found: Analysis, model: TextModel
    ) -> tuple[Analysis, str] | None:
        """The item read again with the event the text model proposes, and the reason, when the
        rules found no event phrase in it: only for an item of one watched project (named in
        the text, by its symbol in capitals, a strong mention or from its own account; no other
        watched project, no other token's symbol), not over and not a scam, that the model
        finds very likely a signal.
        The event is placed at the project's first mention; the rules then weigh it as any
        event (its day, the cues against it, whether it is over)."""
        doc, scan, view, best, official, _ = found
        company, contributions = best[1], best[2]
        if (
            view.temporal == "past"
            or self._category(contributions) in KEPT
            or not (
                company in official
                or contributions.get("mention_strong")
                or any(
                    m.kind in SYMBOL_KINDS and doc[m.start : m.end].isupper()
                    for m in scan.mentions
                )
            )
            or any(m.company != company for m in scan.mentions)
            or foreign_symbol(doc, scan, self.config.common_symbols)
        ):
            return None
        first = min(scan.mentions, key=lambda m: m.start, default=None)
        if first is None:
            return None
        chance = model.opinion(doc)
        if chance is None or chance <= model.propose_above:
            return None
        typed = model.event_type(doc)
        if typed is None:
            return None
        event_type, type_chance = typed
        pick = EventPick(event_type, first.start, first.end, first.start < view.lead)
        again = self._analyse(item, pick)
        if isinstance(again, Decision) or again[2].pick is None:
            return None
        strongest = "', '".join(model.strongest(doc, 1.0))
        return again, (
            f"no event phrase: the text model proposed a {event_type} event (p {chance:.2f} > "
            f"{model.propose_above:.2f}, type p {type_chance:.2f}; '{strongest}')"
        )

    def model_text(self, item: ItemIn) -> str:
        """The words the text model reads for ``item``: the item as the rules scored it, without
        the safety lines of an announcement and the senses it sets apart (what it is trained
        on, too)."""
        found = self._analyse(item)
        if isinstance(found, Decision):
            return f"{item.title}\n{item.text}"[: self.config.windows.max_chars]
        return found[0]

    def _analyse(self, item: ItemIn, proposed: EventPick | None = None) -> Decision | Analysis:
        """The rules' reading of ``item``: a decision already when it names no watched project
        (or only in senses it sets apart), else what :meth:`_decide` weighs. ``proposed``: the
        event to weigh when the rules find none (:meth:`_proposal`)."""
        doc = f"{item.title}\n{item.text}"[: self.config.windows.max_chars]
        folded = fold(doc)
        scan = self._matcher.scan(doc, folded)
        handle = handle_of(item.author)
        host = hostname(item.url)
        official = self._official(handle, host) if (handle or host) else set()
        candidates = {m.company for m in scan.mentions} | official
        if not candidates:
            return Decision(False, 0.0, None, None, None, None, False, NO_COMPANY,
                            ["names no watched project"])  # fmt: skip
        apart: set[str] = set()  # the senses the item sets apart, as written
        if scan.negatives:
            named = scan.negatives
            scan.negatives = disclaimed(scan, folded)  # "no relation to Acme Stadium" is no homonym
            if len(scan.negatives) < len(named):
                apart = {doc[s:e].upper() for c, s, e in named if (c, s, e) not in scan.negatives}
                scan.mentions = _outside(scan.mentions, named, scan.negatives)
                candidates = {m.company for m in scan.mentions} | official
                if not candidates:
                    reason = "every mention is in a sense the item sets apart"
                    return Decision(False, 0.0, None, None, None, None, False, "homonym", [reason])
        if scan.negatives:
            window = self.config.windows.negative_context
            negative = {c: negative_context_value(c, scan, window) for c in candidates}
        else:
            negative = dict.fromkeys(candidates, 0.0)
        cut_spans = [(s, e) for c, s, e in scan.negatives if c in candidates]
        removed: list[tuple[int, int]] = []
        original, title_len = doc, min(len(item.title), len(doc))
        for _ in range(MAX_CUTS):
            if not cut_spans:
                break
            doc, removed = _cut(original, cut_spans)
            folded = fold(doc)
            scan = self._matcher.scan(doc, folded)
            candidates = {m.company for m in scan.mentions} | official
            new = [
                (to_original(s, removed), to_original(e - 1, removed) + 1)
                for c, s, e in scan.negatives
                if c in candidates
            ]
            if not new:
                break
            cut_spans += new
        if "safety" in scan.hits:
            cuts = self._boilerplate(folded, scan)
            if cuts:  # safety lines of an announcement: score the item without them
                cut_spans += [(to_original(s, removed), to_original(e - 1, removed) + 1)
                              for s, e in cuts]  # fmt: skip
                doc, removed = _cut(original, cut_spans)
                folded = fold(doc)
                scan = self._matcher.scan(doc, folded)
                candidates = {m.company for m in scan.mentions} | official
        if removed:
            title_len -= sum(n for at, n in removed if at < title_len)
            if not candidates:
                reason = "every mention is in its ordinary sense or in a cut safety line"
                return Decision(False, 0.0, None, None, None, None, False, "homonym", [reason])
        exchange = self._exchanges.speaks(handle, host, item.author)
        view = item_view(
            scan, doc, folded, title_len, item.published, self.config, self._rejects,
            self._reject_index, self._event_patterns, self._event_index, self._gate_words, exchange,
            NOT_LETTERS.sub("", (handle or item.author).lower()), proposed,
        )  # fmt: skip
        if apart and view.symbols:
            # "not connected to the older Acme (ACM) project": a symbol set apart is no other
            # token's
            view.symbols -= apart
        view_values = view.values
        scored = []
        # a blog's byline written as its domain ("Acme Labs blog" on acmelabsblog.com) is no
        # look-alike site
        site = "" if host and not handle and byline_site(item.author, host) else host
        for company in sorted(candidates):
            values = company_values(
                company, scan.mentions, scan, folded, view, self._profiles[company], handle, site,
                self.config, doc,
            )  # fmt: skip
            # the project's own account playing on its name's ordinary sense ("Brew a coffee:
            # ESP goes live Tuesday" from Espresso's handle) speaks as the project: no homonym
            if negative.get(company) and company not in official:
                values["negative_context"] = negative[company]
            values.update(view_values)
            scored.append((company, values))
        best = self._best(scored)
        pick = view.pick
        weak = False
        # the gate ignores negative context, so that it can only lower a score
        reach = best[0] - best[2].get("negative_context", 0.0)
        if pick is not None and reach < self._threshold_logit:
            weak = any(values.get("mention_weak") for _, values in scored)
        gate = self._threshold_logit - (OWNERSHIP_REACH if weak else 0.0)
        common = self.config.common_symbols
        if (
            pick is not None
            and reach >= gate
            and (official != candidates or foreign_symbol(doc, scan, common))
        ):
            # deeper analysis only for items that name a company and an event, could be a
            # signal and are not all official posts (unless another token's symbol appears):
            # who owns the event phrases, which mentions are context
            lead = view.lead if pick.in_lead else len(doc)
            view.ownership = ownership(doc, folded, scan, common, lead, weak)
            for company, values in scored:
                ownership_values(company, scan.mentions, view, values, len(doc), doc)
            if _unowned_beside_a_symbol(doc, folded, scan, view, common):
                # "Kestrel Lend mở bán KSTL trên launchpad Chariot": the lead's event names no
                # owner and its sentence names another token; a project whose own symbol the
                # item never names (but to deny it: "Quackswap's own token, not DUCK"),
                # speaking not for itself, is where or beside whom it happens
                for company, values in scored:
                    if not values.get("official_source") and not self._names_token(
                        company, scan, doc, folded
                    ):
                        values["foreign_event"] = 1.0
            best = self._best(scored, view.ownership)
            best = self._lead_owner(scored, view, best)
            best = self._names_its_token(scored, scan, doc, best)
        return doc, scan, view, best, official, removed

    def _lead_owner(
        self,
        scored: list[tuple[int, dict[str, float]]],
        view: ItemView,
        best: tuple[float, int, dict[str, float]],
    ) -> tuple[float, int, dict[str, float]]:
        """Between candidates that would both be signals, the watched project owning the lead
        event's phrase is the item's, not one that owns no event phrase ("Sluice to sell SLUC
        on Brindley": the sale is Sluice's, the launchpad is where it happens)."""
        owners, pick = view.ownership, view.pick
        if owners is None or pick is None or owners.owns(best[1]):
            return best
        lead = {o for s, e, o in owners.owners if s < pick.end and pick.start < e and o >= 0}
        if len(lead) != 1:
            return best
        (owner,) = lead
        for entry in scored:
            if entry[0] == owner:
                theirs = self._best([entry])
                return theirs if theirs[0] >= self._threshold_logit else best
        return best

    def _names_its_token(
        self,
        scored: list[tuple[int, dict[str, float]]],
        scan: Scan,
        doc: str,
        best: tuple[float, int, dict[str, float]],
    ) -> tuple[float, int, dict[str, float]]:
        """Between candidates that tie, the one whose own token the item names, when the best
        does not name its own: "Кредитный протокол Ghia проведет публичную продажу токена GHIA
        на лаунчпаде Tilbury" is Ghia's sale wherever the watch list puts Tilbury (the event is
        about a token, and the token named is Ghia's). So too when the best leads only by being
        the item's source and the other is a signal of its own: a venue posting a guest's event
        ("Theodolite (THDL) will list on Kerb" from Kerb's account)."""
        others = [entry for entry in scored if entry[0] != best[1]]
        if not others or self._names_token(best[1], scan, doc):
            return best
        for entry in others:
            if self._names_token(entry[0], scan, doc):
                theirs = self._best([entry])
                if abs(theirs[0] - best[0]) <= TIE:
                    return theirs
                if (
                    best[2].get("official_source")
                    and theirs[0] >= self._threshold_logit
                    and theirs[0] >= best[0] - best[2]["official_source"] - TIE
                ):
                    # a venue's own post of a guest's event: "Theodolite (THDL) will list on
                    # Kerb" from Kerb's account is Theodolite's listing (the token named is theirs)
                    return theirs
        return best

    def _names_token(self, company: int, scan: Scan, doc: str, folded: str = "") -> bool:
        """The item names the company's token; given ``folded``, outside every sentence that
        denies something ("This is not a DUCK airdrop", "это не токен Cyclone")."""
        tokens = self.companies[company].tokens
        return any(
            m.company == company
            and doc[m.start : m.end].lstrip("$") in tokens
            and not (folded and DENIAL.search(folded, *sentence_of(folded, m.start)))
            for m in scan.mentions
        )

    def _best(
        self, scored: list[tuple[int, dict[str, float]]], owners: Ownership | None = None
    ) -> tuple[float, int, dict[str, float]]:
        """The candidate with the highest logit, with the contributions behind it. Between
        candidates with the same logit, one that owns an event phrase wins ("Orbit to hold
        ORBT sale; Nova founders are backers": the sale is Orbit's), not the watch list's order.
        """
        best: tuple[float, int, dict[str, float]] | None = None
        weights, bias = self._weights, self.config.bias
        tie = TIE if owners is not None and owners.owners else 0.0
        for company, values in scored:
            contributions = {k: weights[k] * v for k, v in values.items() if v and k in weights}
            logit = bias + sum(contributions.values())
            if (
                best is None
                or logit > best[0] + tie
                or (
                    tie
                    and owners is not None
                    and logit >= best[0] - tie
                    and owners.owns(company)
                    and not owners.owns(best[1])
                )
            ):
                best = (logit, company, contributions)
        assert best is not None
        return best

    def _decide(
        self,
        item: ItemIn,
        doc: str,
        scan: Scan,
        view: ItemView,
        best: tuple[float, int, dict[str, float]],
        official: set[int],
        removed: list[tuple[int, int]],
        proposal: str = "",
    ) -> Decision:
        logit, company, contributions = best
        score = sigmoid(logit)
        # (an item naming no event is never a signal, whatever the rest adds up to)
        is_signal = score >= self.config.threshold and view.pick is not None
        category = "announcement" if is_signal else self._category(contributions)
        second = ""
        if self.text_model is not None and (
            is_signal
            or (view.pick is not None and view.temporal != "past" and category not in KEPT)
        ):
            changed, chance, second = self._second_opinion(self.text_model, doc, is_signal)
            if changed:
                is_signal, score = not is_signal, chance
                category = "announcement" if is_signal else self._category(contributions)
        if proposal:
            second = f"{proposal}; {second}" if second else proposal
        explanation = MatchExplanation(
            doc, scan, view, company, removed, self.companies[company].name, category,
            contributions, second,
        )  # fmt: skip
        if not is_signal:
            return Decision(False, score, None, None, view.temporal, None, company in official,
                            category, contributions=contributions,
                            explanation=explanation)  # fmt: skip
        return Decision(
            True, score, self.companies[company].name,
            view.pick.event_type if view.pick else None, view.temporal, view.event_date,
            company in official, category, contributions=contributions,
            date_precision=view.precision, explanation=explanation,
        )  # fmt: skip

    @staticmethod
    def _second_opinion(model: TextModel, words: str, is_signal: bool) -> tuple[bool, float, str]:
        """Whether the text model turns the rules' decision over, its probability, and the
        reason: at the edges only, a signal its words make very unlikely is vetoed, and a
        rejected upcoming event of a watched project they make very likely is rescued (the rules
        still give the company, type and date). ``words``: :meth:`model_text`."""
        chance = model.opinion(words)
        if chance is None:
            return False, 0.0, ""
        if is_signal and chance < model.veto_below:
            strongest = "', '".join(model.strongest(words, -1.0))
            return True, chance, (
                f"text model vetoed: p {chance:.2f} < {model.veto_below:.2f} ('{strongest}')"
            )  # fmt: skip
        if not is_signal and chance > model.rescue_above:
            strongest = "', '".join(model.strongest(words, 1.0))
            return True, chance, (
                f"text model rescued: p {chance:.2f} > {model.rescue_above:.2f} ('{strongest}')"
            )  # fmt: skip
        return False, chance, ""

    def _category(self, contributions: dict[str, float]) -> str:
        """The reject reason that weighed most; ``generic`` only when nothing specific did."""
        worst, worst_value = FALLBACK_CATEGORY, 0.0
        categories = self._categories
        for feature, value in contributions.items():
            if value < worst_value and feature in categories:
                worst, worst_value = categories[feature], value
        return worst
