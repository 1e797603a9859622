"""Who is speaking: official handles and domains, and look-alikes of them (docs/labels.md, scam).

A handle or host *resembles* an official one when it contains it, is contained in it, is within
a small edit distance of it, or equals it after undoing common homoglyph swaps (0/o, 1/l, rn/m).
For a company that lists no official handles (or domains), a handle (host) that joins one of its
names to a scam affix ("acme_claims", "acme-airdrop.net"; the affixes come from the config) is a
look-alike too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from swarm.detection.config import Exchange
from swarm.detection.folding import on_domain
from swarm.detection.watchlist import Company

MIN_TICKER = 3  # a symbol this long, hyphen-joined to another word in a host, is a look-alike
MIN_STEM = 4  # shorter names are too common to flag a host or handle that contains them
EDIT_RATIO = 5  # allow one edit per this many characters of the official form
HOMOGLYPHS = (("0", "o"), ("1", "l"), ("i", "l"), ("rn", "m"), ("vv", "w"), ("_", ""), ("-", ""))
# A label is the whole run of letters, digits and inner hyphens before its dot, so its
# quantifiers are possessive: a word with no dot fails once instead of backtracking per letter.
HOST_RE = re.compile(r"(?<![\w@.-])((?:[a-z0-9]++(?:-++[a-z0-9]++)*+\.)+[a-z]{2,24})(?![\w-])")
HOST_HINT = re.compile(r"\.[a-z]{2}")  # a literal first character: a fast pre-check for HOST_RE
HANDLE_RE = re.compile(r"(?=@)(?<![\w@])@(\w{2,30})")  # the lookahead skips to "@"s: 2x faster


def _alnum(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


BLOG_BYLINES = ("blog", "newsroom", "news", "journal")  # "Acme Labs blog": a site's own byline
MIN_BYLINE = 8  # letters of a byline worth comparing with a host


def byline_site(author: str, host: str) -> bool:
    """The feed's byline is a blog's name ("Acme Labs blog") and its site is that byline written
    as a domain ("acmelabsblog.com"): the site names itself, it imitates no one."""
    flat = _alnum(author)
    if len(flat) < MIN_BYLINE or not flat.endswith(BLOG_BYLINES):
        return False
    return _alnum(host.split(".", 1)[0]) == flat  # hosts come without "www." (folding.hostname)


def _unglyph(text: str) -> str:
    for a, b in HOMOGLYPHS:
        text = text.replace(a, b)
    return text


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        best = row[0]
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
            best = min(best, row[j])
        if best > limit:
            return limit + 1
    return row[-1]


def _joins_ticker(label: str, tickers: frozenset[str]) -> bool:
    """``binance-acme``: a token symbol hyphen-joined to another word in a host label."""
    words = label.split("-")
    return len(words) > 1 and any(w in tickers for w in words)


@lru_cache(maxsize=16384)
def resembles(candidate: str, official: str) -> bool:
    """``candidate`` imitates ``official`` without being it (both lower case)."""
    if not candidate or candidate == official:
        return False
    if official in candidate or (len(candidate) >= MIN_STEM and candidate in official):
        return True
    if _unglyph(candidate) == _unglyph(official):
        return True
    return _distance(candidate, official, max(1, len(official) // EDIT_RATIO)) <= max(
        1, len(official) // EDIT_RATIO
    )


# Suffixes of a project's accounts for one country or language ("acme_vn", "acme_kr",
# "acme_latam"): its regional community, not an imitation of it
REGIONS = frozenset({
    "vn", "kr", "jp", "cn", "tw", "hk", "th", "id", "ph", "in", "tr", "ru", "ua", "br", "pt", "es",
    "fr", "de", "it", "nl", "pl", "ar", "latam", "africa", "arabic", "korea", "japan", "china",
    "vietnam", "turkey", "turkiye", "russia", "brasil", "brazil", "espanol", "indonesia",
})  # fmt: skip


# eq=False: a profile is equal only to itself, so that the lru_cache of lookalike_host hashes it
# by identity (in C) instead of hashing every field in a generated Python __hash__ per call
@dataclass(frozen=True, slots=True, eq=False)
class Profile:
    """What identifies one company's official voice."""

    handles: frozenset[str]
    domains: tuple[str, ...]
    domain_labels: tuple[str, ...]
    stems: tuple[str, ...]
    symbols: frozenset[str]
    affixes: tuple[str, ...] = ()
    tickers: frozenset[str] = frozenset()
    subdomains: tuple[str, ...] = ()  # ".acme.xyz" for each domain: one str.endswith call
    # each handle without its last "_" part ("duckchain" for "duckchain_io"), for regional ones
    handle_bases: frozenset[str] = frozenset()

    @classmethod
    def of(cls, company: Company, affixes: tuple[str, ...] = ()) -> Profile:
        handles = frozenset(h.lower() for h in company.x_handles)
        labels = tuple(d.rsplit(".", 1)[0].replace(".", "") for d in company.domains)
        names = [company.name, *company.aliases, *company.x_handles]
        stems = tuple(sorted({s for s in map(_alnum, names) if len(s) >= MIN_STEM}))
        symbols = frozenset(
            [t.upper() for t in company.tokens] + [_alnum(n).upper() for n in names]
        )
        tickers = frozenset(t.lower() for t in company.tokens if len(t) >= MIN_TICKER)
        domains = tuple(company.domains)
        subdomains = tuple("." + d for d in domains)
        bases = frozenset(h.rpartition("_")[0] for h in handles if "_" in h)
        return cls(handles, domains, labels, stems, symbols, affixes, tickers, subdomains, bases)

    def is_official(self, handle: str, host: str) -> bool:
        """``handle`` is an official one, or ``host`` is (a subdomain of) an official domain."""
        return handle in self.handles or host in self.domains or host.endswith(self.subdomains)

    def _stem_and_affix(self, flat: str) -> bool:
        return any(stem in flat and stem != flat for stem in self.stems) and any(
            affix in flat for affix in self.affixes
        )

    def lookalike_handle(self, handle: str) -> bool:
        if not handle or handle in self.handles:
            return False
        base, _, region = handle.rpartition("_")
        if region in REGIONS and (base in self.handles or base in self.handle_bases):
            # the project's account for one country or language: "acme_vn"; "duckchain_id" beside
            # the official "duckchain_io"
            return False
        if not self.handles:
            return self._stem_and_affix(_alnum(handle))
        for official in self.handles:  # a loop: no generator per item
            if resembles(handle, official):
                return True
        # the project's name with a bait word, spelled unlike its real handle: "acme_presale"
        return self._stem_and_affix(_alnum(handle))

    @lru_cache(maxsize=16384)  # noqa: B019 - profiles live as long as their detector
    def lookalike_host(self, host: str) -> bool:
        if not host or any(on_domain(host, d) for d in self.domains):
            return False
        parts = host.split(".")
        label = "".join(parts[:-1]) if len(parts) > 1 else host
        if len(parts) > 1 and self.tickers and _joins_ticker(parts[-2], self.tickers):
            return True
        flat = _alnum(label)
        if not self.domains:
            return self._stem_and_affix(flat)
        if any(resembles(flat, _alnum(lab)) for lab in self.domain_labels):
            return True
        return any(stem in flat for stem in self.stems)


@dataclass(frozen=True, slots=True)
class ExchangeVoices:
    """Whether an exchange published an item: its site, its X handle, or its name as the byline
    ("Bybit", "Kraken Blog", "OKX Announcements")."""

    domains: frozenset[str]
    handles: frozenset[str]
    names: frozenset[str]  # one word each: "Kraken Blog" is Kraken's byline

    @classmethod
    def of(cls, exchanges: list[Exchange]) -> ExchangeVoices:
        domains = frozenset(d for e in exchanges for d in e.domains)
        handles = frozenset(h for e in exchanges for h in e.handles)
        return cls(domains, handles, frozenset(e.name.strip().lower() for e in exchanges))

    def speaks(self, handle: str, host: str, author: str) -> bool:
        if handle:
            return handle in self.handles
        if host and any(suffix in self.domains for suffix in host_suffixes(host)):
            return True
        byline = author.strip().lower()
        return byline in self.names or byline.partition(" ")[0] in self.names


def host_suffixes(host: str) -> list[str]:
    """The domains ``host`` lies on: itself and each parent with two labels or more
    ("news.acme.io" -> "news.acme.io", "acme.io")."""
    labels = host.split(".")
    return [".".join(labels[cut:]) for cut in range(len(labels) - 1)]


def hosts_in(folded: str) -> list[str]:
    """Host names written in the text (``acme-claims.net``)."""
    if HOST_HINT.search(folded) is None:
        return []
    return [m.group(1).removeprefix("www.") for m in HOST_RE.finditer(folded)]


def handles_in(folded: str) -> list[str]:
    """@handles written in the text, lower case, without the @."""
    return [m.group(1) for m in HANDLE_RE.finditer(folded)]
