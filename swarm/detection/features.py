"""Feature values for one item (``ItemView``) and for one candidate company in it.

Every feature is a number in [0, 1]; the config's weights turn them into a logit. Reject
features (past, speculation, price talk, testnet, scam, tutorial, generic news) come from
config phrases and patterns (:mod:`swarm.detection.rejects`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from swarm.detection.config import DetectionConfig
from swarm.detection.dates import (
    CJK_DAY_WORDS,
    DATE_WORDS,
    FOREIGN_DAY_WORDS,
    MONTHS,
    PERIOD_QUARTER,
    PERIOD_YEAR,
    QUARTER_NUMBERS,
    DateHit,
    find_dates,
    foreign_period,
    future_sentence,
    planned_in_sentence,
)
from swarm.detection.folding import has_any
from swarm.detection.gates import GatedPattern, GateIndex, GateWords, ScanWords
from swarm.detection.lead_event import (
    POSTPONE_WORDS,
    POSTPONED,
    UNDER_WAY_DAYS,
    UNDER_WAY_TYPES,
    EventPick,
    closed_day,
    date_precision,
    event_day,
    lead_end,
    pick_event,
    temporal_status,
    under_way,
)
from swarm.detection.matcher import Mention, Scan
from swarm.detection.models import EVENT_TYPES, DatePrecision, EventType, Temporal
from swarm.detection.provenance import Profile, handles_in, hosts_in
from swarm.detection.rejects import RejectRule, reject_values
from swarm.detection.scoping import (
    EVENT_PREFIX,
    HISTORY_SCOPED,
    HISTORY_WHY,
    CueScope,
    event_in_sentence,
    event_spans,
    giveaway,
    in_history_clause,
    in_recipient_clause,
    scope_cues,
    secret_request,
    sentence_of,
    warning_only,
)
from swarm.detection.subject import NAME_GOES_ON, SENTENCE_START, Ownership

EXCHANGE_LISTS = ("airdrop", "tge")  # what an exchange's notice naming a listing is not typed as
EXCHANGE_EVENT = "event:listing"
# the token's launch or claim named as the moment a market opens ("trading opens hours after the
# token's debut", "TGE'si ile aynı gün", "代币生成当日上线"): the item is about the listing
TIMING_BEFORE = re.compile(
    r"\b(?:after|ahead of|before|following|alongside|coinciding with|in time for|at|on|with"
    r"|same (?:day|hour|minute|time) as"
    # ... in other languages: "au moment même du lancement", "zeitgleich mit dem Start"
    r"|au moment(?: même)? d[eu]|lors d[eu]|en même temps que|coïncidant avec|al mismo tiempo que"
    r"|coincidiendo con|junto con|no (?:mesmo )?momento d[oa]|ao mesmo tempo que|zeitgleich mit"
    r"|gleichzeitig mit"
    # ... and in Indonesian and Vietnamese: "bertepatan dengan peluncuran token", "cùng lúc Acme
    # phát hành token"
    r"|bertepatan dengan|bersamaan dengan|cùng lúc(?: với)?|cùng ngày(?: với)?)"
    r"\s+(?:the\s+|its\s+|their\s+|la\s+|le\s+|el\s+|o\s+|dem\s+|der\s+)?"
    r"(?:[\w.$-]+\s+)?$"
)
TIMING_AFTER = re.compile(r"\S{0,6}\s*(?:ile\s+)?aynı\s+(?:gün|saat|anda)")
# the token named first in a list with the claims ("Token, claims and trading go live
# together", "o token, o claim do airdrop e a negociação abrem às 11h")
TOKEN_LISTED_BEFORE = re.compile(
    r"\btoken\s*,\s*(?:(?:the|its|o|a|el|la|le|les|die|der|das|den)\s+)?$"
)
_PAIR_BASE = re.compile(  # "SPHK/ETH", "KURO-USDT", a perpetual "BRDG-PERP"
    r"\b([A-Z][A-Z0-9]{1,9})(?:[/-](?:USDT|USDC|USD|ETH|WETH|BTC|SOL|BNB|EUR|TRY|KRW)|-PERP)\b"
)
_BRACKETED_SYMBOL = re.compile(r"\(\$?[A-Z][A-Z0-9]{1,9}\)")
SAME_DAY_CJK = re.compile(r"当日|当天|同日")  # inside a phrase too: "代币生成当日上线"
CONTEXT_CAP = 2  # crypto vocabulary counts in full from this many hits
SYMBOL_GAPS = ("(", "'s", "'s (", "", ":")  # "Acme (ACME)", "Acme's ACME", "ACME: ACME claims"
NEAR_TOKEN = 60  # "launch" counts as a tge phrase only this near "token" or a symbol
AUX_GAP = 28  # "$ACME is scheduled to go live": a planning verb between subject and phrase
AUX_SUBJECT = re.compile(
    r"\s+(?:(?:is|are)\s+(?:now\s+)?(?:scheduled|set|expected|slated|due|poised)|itself)\s+"
)  # ... or the token itself: "SPACE itself goes live in Q4"
# ... or an apposition saying what the token is: "ROBO, the token that coordinates the Fabric
# robot network, goes live in March"
APPOSED_GAP = 100
APPOSED_SUBJECT = re.compile(r",\s+(?:the|a|an|its|our|their)\s[^,.;:!?()\n]{1,80},\s+")
# "genesis" as the launch: followed by when it happens or ends the clause ("ACME genesis: Monday")
GENESIS_MOMENT = re.compile(r"\s*(?:[:.,;!\n]|$|(?:on|at|in|is|tomorrow|today|tonight)\b)")
# "launch" whose object is a market is an exchange opening trading, not the token's launch
# ("OKX to launch spot trading for ACME", "will launch ACME/USDT trading")
MARKET_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:usd[sⓢ]?-m\s+|coin-m\s+)?"
    r"(?:\$?[a-z][a-z0-9]{1,11}(?:/[a-z0-9]{2,6}|usdt|usdc|usd)\s+)?"
    # (the token's bare symbol before a contract: "will launch the USDⓈ-M ACME perpetual")
    r"(?:\$?[a-z][a-z0-9]{1,11}\s+(?=perpetual|futures))?"
    r"(?:(?:spot|margin|perpetual|futures|derivatives)?\s*(?:trading|markets?|pairs?)"
    # ... or a contract on it: "will launch the ACMEUSDT perpetual swap", "ACME futures"
    r"|perpetual(?:\s+(?:contracts?|swaps?|futures))?|futures(?:\s+contracts?)?)\b"
)
# ... or whose object is a page for checking or claiming the token: "has launched its ACME
# airdrop query page", "launches the ACME claim portal" (the tool goes live, not the token)
TOOL_AFTER = re.compile(
    r"\s+(?:(?:its|the|their|our|an?)\s+)?(?:\$?[a-z][a-z0-9]{1,11}\s+)?(?:token\s+)?"
    # (a round between: "launches PROVE Season 2 eligibility checker")
    r"(?:(?:season|round|phase|wave)\s+\w{1,3}\s+)?"
    r"(?:(?:airdrop|claim|claims|eligibility|allocation|rewards?)\s+(?:checker|query\s+page|portal"
    r"|page|lookup|site|dashboard)|(?:eligibility\s+)?checker|query\s+page)\b"
)
# ... and "launch" whose subject is a market or a product version is the product's launch, an
# upgrade ("Acme v2 markets launch Thursday", "the lending pools launch on Base")
PRODUCT_BEFORE = re.compile(
    r"\b(?:v\d+(?:\.\d+)?|markets?|pools?|vaults?|pairs?|app|features?|upgrade|nodes"
    r"|feeds|integrations)\s+$"
)
PRODUCT_REACH = 16  # characters before "launch" searched for the product noun
# ... or markets for tokens named after the noun: "Diptyque v2 markets for CRNB and FLMB go live
# Thursday"
PRODUCT_FOR_BEFORE = re.compile(
    r"\b(?:markets?|pools?|vaults?|pairs?|feeds) for (?:\$?[a-z0-9]{2,11}(?:,? (?:and|&) |, )?)"
    r"{1,4}\s*$"
)
PRODUCT_FOR_REACH = 60
# ... and "launch" the token is said to be left out of: "ACME token not part of launch", "the
# token is not included in this launch" (a launch without the token)
LEFT_OUT_BEFORE = re.compile(r"\b(?:not|n't|never) (?:part of|included in) (?:the |this |its )?$")
LEFT_OUT_REACH = 28
# ... and a bare "launch" after a preposition of time is a moment other news is placed by, not
# the launch announced: "ACME trades on launch day", "eight months after launch", "unlocked at
# launch" (the item's event, if any, is another phrase)
ANCHOR_BEFORE = re.compile(r"\b(?:at|after|before|from|until|till|following|on)\s+$")
ANCHOR_REACH = 11  # characters before "launch" searched for the preposition
ANCHOR_WORDS = ("launch", "genesis")  # the token's first moment, as other news is placed by it
# ... unless the launch itself is dated right after it: "unlocked at launch on May 2"
ANCHOR_DATED = re.compile(r"\s+(?:on|is|set|scheduled|slated|today|tonight|tomorrow)\b")
_SYMBOL_NAME = re.compile(r"[A-Z][A-Z0-9]{1,9}")  # how another project's token is written
_THEIRS = re.compile(
    r"\b(?:not ours|isn'?t ours|their token(?:,|\s+and\b|\s+is\b)|their (?:claim page|portal"
    r"|launch page|sale page)|we(?:'re| are) (?:just|only) the"
    # "LMR is Lumen's token; SOUK is not part of this sale"
    r"|is not part of this (?:sale|round|airdrop|claim|launch)|isn'?t part of this (?:sale|round"
    r"|airdrop|claim|launch)"
    # "its rules are theirs; Veil just hosts the page", "we only host the button", "Jarvis just
    # signs the transaction", "unlocks are set by the Oarlock team"
    r"|(?:rules|terms) are theirs|(?:just|only) (?:hosts?|signs?|shows?)(?: you)? the (?:page|claim"
    r"|portal|sale|button|transaction|widget|tab)|(?:is|are) set by the \w+ team"
    # congratulations on another team's event: "Congrats to Tack Room on TACK genesis today",
    # "Sluice's token, Sluice's rules", "Gallop's drop, Gallop's rules", "tokenomics are theirs;
    # MAGIC isn't involved", "ERA holders aren't part of it", "we're just the door"
    r"|congrat(?:s|ulations) to\b|\b(\w+)'s (?:token|drop|sale|airdrop|round), \1's rules"
    r"|\bare theirs\b|\b(?:isn'?t|is not|aren'?t|are not) (?:involved|part of it)\b"
    r"|\bruns its own (?:distribution|claim|sale|airdrop)"
    r"|we(?:'re| are) just the door"
    # a launchpad's guest setting its own terms: "Saltmoor sets its own price and vesting",
    # "Quenchline's token, Quenchline's terms", "Lampblack sets the price and the unlocks; we run
    # the round" (not "BOUG terms are Bougie's" of a watched guest: the name says whose)
    r"|\bsets its own (?:price|terms|vesting|unlocks|rules)"
    r"|\b(\w+)'s (?:token|drop|sale|airdrop|round), \2's (?:terms|rules)"
    r"|\bwe (?:just |only )?run the (?:round|sale|page)"
    # ... "Jeeves is just where you claim it", "Their tokens are their own", "Lindenfall runs its
    # own TGE"; in Vietnamese and Italian: "đây là token của Kiddie Ride", "è il token di Spirale"
    r"|\bjust where you\b|\btheir tokens? (?:is|are) their own\b|\bruns its own (?:tge|launch)\b"
    r"|\bđây là token của\b|\bè il token di\b"
    # ... or naming the guest a team of its own: "Rivet is a separate team with its own token",
    # "Tallow is an independent team"
    r"|\bis (?:a |an )?(?:separate|independent|different|unaffiliated) (?:team|project)\b"
    # ... or saying who runs it: "Orison runs the claim, not us"
    r"|\bruns the (?:claim|sale|drop|airdrop|round|distribution)[,;]? not (?:us|we)\b)",
    re.IGNORECASE,
)
# ... or naming whose token it is: "FRN is Fernlight's token", "That's Pumice's token" (another
# team's only when the name is not the source's own: "This is Stora's own token" from Stora)
THEIRS_NAMED = re.compile(
    r"\b(?:is|that'?s|it'?s) ([\w.-]+(?: [\w.-]+)?)['’]s (?:own )?token\b", re.IGNORECASE
)


def _theirs(original: str, own: list[Mention]) -> bool:
    """The official source says the event is another team's (:data:`_THEIRS`,
    :data:`THEIRS_NAMED` naming no mention of its own project)."""
    if _THEIRS.search(original) is not None:
        return True
    for m in THEIRS_NAMED.finditer(original):
        start, end = m.span(1)
        if not any(n.start < end and start < n.end for n in own):
            return True
    return False


SUBJECT_GAP = 4  # "$ACME is live": at most this many characters between subject and phrase
# "Our token is ACME. It goes live Monday": "it" opening a sentence refers to the token when
# the sentence before opens with the token as its subject.
IT_SUBJECT = re.compile(r"(?:^|(?<=[.!?]) |(?<=\n))it (?:(?:will|now|also|then|officially) )?$")
TOKEN_OPENER = re.compile(r"(?:our|the|its|their) (?:\$?[a-z][a-z0-9]{1,9} )?tokens?\b|\$[a-z]")
IT_REACH = 20  # characters before the phrase searched for "it"
# A token symbol as written, in any case: "$acme", "(ACME)".
SYMBOL_RE = re.compile(r"\$([a-z][a-z0-9]{1,9})\b|\(([a-z][a-z0-9]{1,9})\)")
# A weekday in brackets right after the day it names ("on the 12th (Thu)", "18 May (Monday)",
# "2026.03.12 (Thu)") is the day's weekday, as dates are written in many countries' press; it
# names no token.
WEEKDAY_NAMES = frozenset({
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})  # fmt: skip
DAY_BEFORE_ASIDE = re.compile(
    r"(?:\d(?:st|nd|rd|th)?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s*$"
)
ASIDE_REACH = 12  # characters before the bracket searched for the day


def _weekday_aside(folded: str, m: re.Match[str]) -> bool:
    """The bracketed word of ``m`` is the weekday of the day written right before it."""
    word = m.group(2)
    return (
        word is not None
        and word in WEEKDAY_NAMES
        and DAY_BEFORE_ASIDE.search(folded, max(0, m.start() - ASIDE_REACH), m.start())
        is not None
    )


def _bracketed_word(original: str, m: re.Match[str]) -> bool:
    """A word in brackets written with lower-case letters ("Acme Foundation (Telegram)",
    "(updated)") is an aside, not a symbol: bracketed symbols are written in capitals
    ("Acme (ACME)"); a cashtag counts in any case."""
    start, end = m.span(2)
    return start >= 0 and not original[start:end].isupper()


ARTICLES = ("", "a", "an", "the")
NEGATED_SUBJECT = re.compile(r"\bno\s+(?:\$?[a-z0-9]{2,10}\s+)?$")  # "no token is live"
# "token" as the first part of a compound modifier ("a token-sized stand", "token-gated
# calls") describes something else: it names no token that could launch
COMPOUND_AFTER = re.compile(r"-[a-z]")
DATE_FEATURE = "date:"  # scan features of dates.DATE_WORDS (which date patterns can match)
_DATE_FAMILY_KEYS = tuple((DATE_FEATURE + family, family) for family in DATE_WORDS)
# a day counted back from: "two years ago today" is the anniversary, not the event's day
FUTURE_LOOKBACK = 12  # characters before a past-tense event verb checked for a NOT_PAST word
COARSE_PRECISIONS = ("month", "quarter")  # a coarse date the event is set for
UNCOMMITTED_PERIODS = ("soon", "tba", "tbd", "date to follow")  # no period committed to
PERIOD_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


def _period_ahead(text: str, published: dt.date) -> bool:
    """A coarse period that is still to come when the item is published: "later this year",
    "next month", "in September" written in May, "Q3" written in Q3 or before, "Q1 2027" written
    in 2026 (its year written after it: :func:`_period_text`); not "soon" or "TBA" (no period),
    nor "in April" written in May (a month gone by)."""
    if text.startswith(UNCOMMITTED_PERIODS):
        return False
    year = PERIOD_YEAR.search(text)
    if year is not None and int(year[1]) != published.year:
        return int(year[1]) > published.year
    month = PERIOD_MONTH.search(text)
    if month is not None:
        return MONTHS[month.group(1)] >= published.month
    if not text.isascii() or " " in text:  # "en septiembre", "vào tháng 9", "9月", "quý 3"
        foreign = foreign_period(text)
        if foreign is not None:
            kind, number = foreign
            now = published.month if kind == "month" else (published.month + 2) // 3
            return number >= now
    quarter = PERIOD_QUARTER.search(text)
    if quarter is not None:
        if quarter.group(3):  # H1 / H2
            return int(quarter.group(3)) >= (published.month + 5) // 6
        number = int(quarter.group(1)) if quarter.group(1) else QUARTER_NUMBERS[quarter.group(2)]
        return number >= (published.month + 2) // 3
    return True  # "later this year", "next month", "in the coming weeks", "this quarter"


def _period_text(folded: str, hit: DateHit) -> str:
    """The coarse period of ``hit`` with the year written right after it ("q1 2027", "the
    first quarter of 2027", "kuartal pertama 2031")."""
    text = folded[hit.start : hit.end]
    year = YEAR_AFTER.match(folded, hit.end)
    return f"{text} {year[1]}" if year is not None else text


BEHIND_MONTHS = 5  # months back a month named without a year may lie ("in March", written in July)
# what the event's sentence says is ahead whatever its period: "will launch in the second
# quarter of 2027"
FUTURE_WORDS = re.compile(
    r"\b(?:will|would|'ll|to be|set to|plans? to|planned|scheduled|slated|expected|targets?"
    r"|aims? to|next)\b"
    # ... and the Chinese, Japanese and Korean words for a plan: "将于 11 月开放领取", "予定"
    r"|将于|將於|将在|將在|予定|예정"
)
YEAR_AFTER = re.compile(r"\s*(?:of\s+)?(20\d\d)\b")


def _gone_by(
    phrases: list[tuple[int, int]],
    date_hits: list[DateHit],
    folded: str,
    published: dt.date,
    window: int,
) -> bool:
    """The coarse date of the first of the event's ``phrases`` given one (the nearest period
    after it, else before it, in its sentence) is a period gone by, and that sentence says
    nothing of a plan."""
    for phrase_start, phrase_end in phrases:
        start, end = sentence_of(folded, phrase_start)
        vague = [h for h in date_hits if h.kind == "vague" and start <= h.start < end]
        after = [h for h in vague if 0 <= h.start - phrase_end <= window]
        before = [h for h in vague if 0 <= phrase_start - h.end <= window]
        if not after and not before:
            continue
        if FUTURE_WORDS.search(folded, start, end) is not None:
            return False
        hit = after[0] if after else before[-1]
        return _period_behind(_period_text(folded, hit), published)
    return False


def _period_behind(text: str, published: dt.date) -> bool:
    """A coarse period gone by when the item is published: "in March" written in July, "Q1"
    written in Q3, "Q4 2025" written in 2026 (not "in January" written in December: the next
    one)."""
    year = PERIOD_YEAR.search(text)
    if year is not None and int(year[1]) != published.year:
        return int(year[1]) < published.year
    month = PERIOD_MONTH.search(text)
    if month is not None:
        return 0 < published.month - MONTHS[month.group(1)] <= BEHIND_MONTHS
    if not text.isascii() or " " in text:
        foreign = foreign_period(text)
        if foreign is not None:
            kind, number = foreign
            if kind == "month":
                return 0 < published.month - number <= BEHIND_MONTHS
            return 0 < (published.month + 2) // 3 - number <= 2
    quarter = PERIOD_QUARTER.search(text)
    if quarter is not None and not quarter.group(3):
        number = int(quarter.group(1)) if quarter.group(1) else QUARTER_NUMBERS[quarter.group(2)]
        return 0 < (published.month + 2) // 3 - number <= 2
    return False


# A past participle after these is future, passive or just now ("will be opened", "has launched").
NOT_PAST = frozenset(
    {"be", "to", "get", "gets", "being", "will", "once", "when", "if", "has", "have", "just"}
)


class ItemView:
    """Item-level facts shared by every candidate company.

    A class with its own ``__init__``, not a dataclass: compiled, that is native code, where a
    dataclass's generated ``__init__`` runs in the interpreter (once per item).
    """

    __slots__ = (
        "day", "dropped", "event_date", "handles", "hosts", "lead", "ownership", "pick",
        "precision", "row", "symbols", "temporal", "values",
    )  # fmt: skip

    def __init__(
        self,
        pick: EventPick | None,
        day: DateHit | None,
        event_date: dt.date | None,
        temporal: Temporal | None,
        lead: int = 0,
        dropped: list[tuple[str, str, str]] | None = None,
    ) -> None:
        self.pick = pick
        self.day = day
        self.event_date = event_date
        self.temporal = temporal
        self.values: dict[str, float] = {}
        self.handles: list[str] = []
        self.hosts: list[str] = []
        self.symbols: set[str] = set()
        self.lead = lead
        self.dropped = [] if dropped is None else dropped  # (feature, cue, why)
        self.precision: DatePrecision = "none"
        self.ownership: Ownership | None = None  # set for items with an event (ownership())
        self.row: tuple[int, int] | None = None  # a calendar's row of the project, its event's


def _capped(count: int, cap: int) -> float:
    return min(count, cap) / cap


def _as_symbol(m: Mention, original: str) -> bool:
    """A ticker or cashtag, or a name written in capitals the way a symbol is ("CLIQUE goes
    live" for a project called Clique)."""
    if m.kind in ("ticker", "cashtag"):
        return True
    if m.kind != "name" or not original or m.end - m.start < 2:
        return False
    word = original[m.start : m.end]
    return word.isupper() and word.isalpha()


GLUED_QUOTES = ("USDT", "USDC", "USD", "PERP", "-PERP", "BTC", "ETH")
# a contract named as the subject of "launches": "HDSTUSDT USDT-M launches", "the ACME
# perpetual launches" (an exchange's derivatives market, not the token)
CONTRACT_REACH = 40
CONTRACT_BEFORE = re.compile(
    r"(?:\b[a-z0-9]{2,10}usdt|\busd[sⓢ]?-m|\bcoin-m|\bperpetual (?:contract|swap|market)s?)\b"
    r"[^.;!?\n]{0,30}$"
)


# what follows a symbol's round that makes it no sale of its own or one that is over: "ACME round
# 2" (an airdrop's), "ACME round of voting", "the NEAP round closed on Saturday", "SPGX round
# wrapped"
ROUND_NOT_SALE = re.compile(
    r" ?(?:\d|#|of\b)|[^.;!?\n]{0,40}?\b(?:closed|wrapped|ended|sold out|raised|was|were"
    r"|oversubscribed)\b"
)

# what follows a symbol's "drop" that makes it the airdrop's: "the NEMO drop opens", "the PSCP
# drop is confirmed for", "ACME drop goes live", "the ACME drop claim page" (not "ACME drop to
# $0.40", "the ACME drop after listing", "napkin math on the ACME drop: ...")
DROP_OPENS = re.compile(
    r" (?:season \d+ )?(?:opens|is opening|goes live|is live|starts|begins|kicks off"
    r"|(?:is|are|has been) (?:confirmed|scheduled|set)|will (?:open|go live|start|begin)"
    r"|claims? (?:opens?|page|portal|window))\b"
)


def rounds_and_drops(scan: Scan, original: str, folded: str) -> None:
    """Turn "round" right after a token's symbol into a ``token_sale`` event: "the GRYN round on
    Spillway opened yesterday", "Riprap's RPRP round", "Nostrum (NSTR) round on Cordial" (not
    "ACME round 2", "ACME round of voting", "the ACME round closed on Saturday"); and "drop"
    right after it, opening or confirmed, into an ``airdrop`` event: "Season 2 of the NEMO drop
    opens Tuesday the 3rd" (not "the ACME drop to $0.40", a price's)."""
    hits = scan.hits
    ends: set[int] | None = None  # where the text's symbols end (read once, when needed)
    # (the word, the event it names, what may follow it and whether that must follow or not)
    for key, event, after, wanted in (
        ("round_word", "event:token_sale", ROUND_NOT_SALE, False),
        ("drop_word", "event:airdrop", DROP_OPENS, True),
    ):
        spans = hits.get(key)
        if not spans:
            continue
        if ends is None:
            ends = {m.end for m in scan.mentions if _as_symbol(m, original)}
        found = [
            (s, e)
            for s, e in spans
            if (
                (s - 1 in ends and original[s - 1] == " ")
                or (s - 2 in ends and original.startswith(") ", s - 2))  # "Nostrum (NSTR) round"
            )
            and (after.match(folded, e) is not None) == wanted
        ]
        if found:
            hits.setdefault(event, []).extend(found)
            hits[event].sort()


def subject_events(scan: Scan, original: str = "", folded: str = "") -> None:
    """Turn "is live" / "launches" into a ``tge`` event when the token itself is the subject:
    a symbol or the word "token" right before it ("$ACME is live"; not "Acme launches an app").
    A negated subject ("no token is live") names no event."""
    hits = scan.hits
    spans = hits.get("subject_live", [])
    near = hits.get("near_token")
    if not spans and near is None:
        return
    symbols = [
        m for m in scan.mentions
        if _as_symbol(m, original)
        and not original.startswith(GLUED_QUOTES, m.end)
        and not (m.end - m.start > 6 and original.endswith(GLUED_QUOTES, m.start, m.end))
    ]  # (not "HDSTUSDT launches": a contract on the token's pair, an exchange's market)
    tokens = hits.get("token_word", ())
    if folded and tokens:
        tokens = [
            (s, e)
            for s, e in tokens
            if not NEGATED_SUBJECT.search(folded, 0, s) and not COMPOUND_AFTER.match(folded, e)
        ]
    subjects = [m.end for m in symbols] + [e for _, e in tokens]
    found = [(s, e) for s, e in spans if any(0 <= s - end <= SUBJECT_GAP for end in subjects)]
    if folded and len(found) < len(spans):  # "$ACME is scheduled to go live"
        found += [
            (s, e)
            for s, e in spans
            if (s, e) not in found
            and any(
                (0 < s - end <= AUX_GAP and AUX_SUBJECT.fullmatch(folded, end, s))
                or (0 < s - end <= APPOSED_GAP and APPOSED_SUBJECT.fullmatch(folded, end, s))
                for end in subjects
            )
        ]
    if folded and (tokens or symbols):
        found += [(s, e) for s, e in spans if (s, e) not in found and _it_is_the_token(folded, s)]
    for start, end in near or ():
        if folded and folded.startswith("genesis", start) and not GENESIS_MOMENT.match(folded, end):
            continue  # "genesis drop", "genesis block": a noun, not the token's first moment
        if folded and MARKET_AFTER.match(folded, end):
            continue  # "launch spot trading for ACME": an exchange's market, a listing
        if folded and TOOL_AFTER.match(folded, end):
            continue  # "launched its ACME airdrop checker": a tool for the claim, not the token
        if folded and PRODUCT_BEFORE.search(folded, max(0, start - PRODUCT_REACH), start):
            continue  # "v2 markets launch Thursday": a product's launch, an upgrade
        if folded and LEFT_OUT_BEFORE.search(folded, max(0, start - LEFT_OUT_REACH), start):
            continue  # "token not part of launch": the launch is not the token's
        if folded and _launch_anchor(folded, start, end):
            continue  # "listed on launch day", "months after launch": a time, not the event
        if folded and CONTRACT_BEFORE.search(folded, max(0, start - CONTRACT_REACH), start):
            continue  # "New perpetual: HDSTUSDT USDT-M launches May 6": a contract's market
        by_word = any(abs(start - e) <= NEAR_TOKEN or abs(s - end) <= NEAR_TOKEN for s, e in tokens)
        if by_word or any(
            abs(start - m.end) <= NEAR_TOKEN or abs(m.start - end) <= NEAR_TOKEN for m in symbols
        ):
            found.append((start, end))
    if found:
        hits.setdefault("event:tge", []).extend(found)
        hits["event:tge"].sort()


def _launch_anchor(folded: str, start: int, end: int) -> bool:
    """A bare "launch" used as a moment after a preposition ("after launch", "at launch"; "on"
    only as "on launch day/date"), not dated right after ("at launch on May 2")."""
    if folded[start:end] not in ANCHOR_WORDS:
        return False  # ("genesis" too: "adds ACME at genesis", an exchange's moment)
    if folded.startswith("-day ", end):
        return True  # "lost the launch-day VWAP": a moment that names something else
    if folded[end : end + 1].isalnum():
        return False
    prep = ANCHOR_BEFORE.search(folded, max(0, start - ANCHOR_REACH), start)
    if prep is None or ANCHOR_DATED.match(folded, end):
        return False
    if folded.startswith("on", prep.start()):
        return folded.startswith((" day", " date"), end)
    return True


def _it_is_the_token(folded: str, start: int) -> bool:
    """A live phrase after a sentence-opening "it" whose previous sentence opens with the
    token ("Our token is ACME. It goes live Monday")."""
    found = IT_SUBJECT.search(folded, max(0, start - IT_REACH), start)
    if found is None:
        return False
    stop = found.start()
    prior = max(folded.rfind(". ", 0, stop - 1), folded.rfind("\n", 0, stop - 1))
    opening = prior + (2 if folded.startswith(". ", prior) else 1)
    return TOKEN_OPENER.match(folded, opening, stop) is not None


# an event word used as a noun of someone or something: "sale buyers get tokens", "a
# perpetual-futures exchange", "auction participants", "a perpetuals venue" (a phrase matched
# by its stem may stop before a plural ending)
DESCRIBED_AFTER = re.compile(
    r"s?[-\s]+(?:(?:and|&)\s+[\w-]+\s+)?(?:futures?\s+)?(?:buyers|participants|contributors"
    r"|exchanges?|dex(?:es)?|venues?|platforms?|services)\b"
)  # (... "the spot and derivatives exchange", "its spot services")


# a venue's noun describing a project: "Vivarium, the launchpad behind LAPS and RBRC", "a token
# launchpad that ran 31 public sales" (not "the sale on the Funnel launchpad")
VENUE_NOUNS = ("launchpad", "launchpool")
VENUE_DESCRIBED = re.compile(r"s?\s+(?:behind|that|which|who|whose)\b")


# a clause saying the token already trades: "KEEL, which has been trading on Binance spot since
# March, ..." (a market it has, not its debut)
ALREADY_TRADING_REACH = 60
ALREADY_TRADING = re.compile(
    r"\b(?:(?:which|that) (?:has|have) (?:long |already )?been (?:trading|listed|available)"
    r"|already (?:trading|trades|listed))\b[^.;,!?\n]*$"
)


def _already_trading(folded: str, start: int) -> bool:
    return ALREADY_TRADING.search(folded, max(0, start - ALREADY_TRADING_REACH), start) is not None


# a clause taking a market away: "will remove the ACME/BTC and ACME/EUR spot pairs", "delists
# ACME margin" (a pair or market removed, not a token's debut; a project's non-event)
REMOVAL_WORDS = (
    "remov", "delist", "suspend", "cease", "discontinu", "halt", "종료", "중단", "終了", "廃止",
    "停止", "下架", "终止", "listeden", "sonlandır", "sunset", "end ", "ends ", "исключ", "прекрат",
)  # fmt: skip
REMOVAL_REACH = 60
REMOVAL_BEFORE = re.compile(
    r"\b(?:remov(?:e|es|ed|ing)|delist(?:s|ed|ing)?|suspend(?:s|ed|ing)?|ceas(?:e|es|ed|ing)"
    r"|discontinu(?:e|es|ed|ing)|halt(?:s|ed|ing)?|(?:removal|delisting|suspension) of"
    r"|end(?:s|ed|ing)?(?=\s+trading\b|\s*$)"
    # ... in Russian: "исключит токен MAGIC ... из листинга" (will drop from its listings),
    # "прекратит торги токеном ZODI" (will stop trading the token)
    r"|исключ\w*|прекрат\w*)\b"
    # no listing verb in between: "delists OLD and lists NEW spot" lists NEW
    r"(?:(?!\b(?:list|lists|add|adds|open|opens|launch|launches)\b)[^.;,!?\n])*$"
)


# ... or, in Korean, Japanese and Chinese notices, the market's end written after it: "거래 지원
# 종료" (trading support ends), "取扱い終了", "交易对下架"
# (matched at the listing word: the word, "지원" or "い" after it, then the end)
REMOVAL_AFTER = re.compile(r"[^\s.;!?\n]{0,8}(?: 지원)?\s*(?:종료|중단|終了|廃止|停止|下架|终止)")
REMOVAL_AFTER_WORDS = ("종료", "중단", "終了", "廃止", "停止", "下架", "终止")


# ... or a notice whose headline or first sentence says a market ends: "关于下架 CLIQUE 交易对的
# 公告", "取扱廃止のお知らせ", "SPRKの取扱いを…終了", "거래지원 종료", "DUCK'ı listeden
# çıkarıyor", "işlem desteğini sonlandıracağını" (every listing word names the market that ends)
DELISTING_NOTICE = re.compile(
    r"下架|取扱(?:い)?廃止|取扱(?:い)?(?:を[^。\n]{0,40})?終了|取引(?:を[^。\n]{0,20})?終了"
    r"|거래\s?지원(?:이|을)?[^.\n]{0,30}종료|listeden çıkar|işlem desteğini sonlandır"
    # ... "проведет делистинг MAGIC", "исключит ZODI из листинга" (Russian)
    r"|делистинг|из листинга"
)  # (English notices say which market goes in the clause: REMOVAL_BEFORE)
DELISTING_WORDS = (
    "下架", "廃止", "終了", "종료", "listeden", "sonlandır", "делистинг", "из листинга",
)  # fmt: skip


def _lead_of(folded: str) -> str:
    """The headline and the first sentence after it."""
    first = folded.find("\n")
    body = first + 1 if first >= 0 else 0
    stops = [i for i in (folded.find(". ", body), folded.find("。", body)) if i >= 0]
    return folded[: min(stops) + 1] if stops else folded


def _removed_market(folded: str, start: int) -> bool:
    if REMOVAL_BEFORE.search(folded, max(0, start - REMOVAL_REACH), start) is not None:
        return True
    if has_any(folded, REMOVAL_AFTER_WORDS) and REMOVAL_AFTER.match(folded, start) is not None:
        return True
    return (
        has_any(folded, DELISTING_WORDS) and DELISTING_NOTICE.search(_lead_of(folded)) is not None
    )


# a sentence placing the token's own debut well before: "gives euro buyers the token that
# debuted on two other exchanges in March", "adds ACME eight months after launch", "more than a
# year after Acme's debut", "two years after its token first launched elsewhere" (a new venue
# for a token that trades already, not part of its debut; docs/labels.md)
_MONTH_STEMS = "|".join(MONTHS)
POSSESSOR = r"(?:[\w.-]+ ){0,2}[\w.-]+(?:'s|s')"  # "Acme Labs' ", "the network's "
SPAN_SINCE = r"\b(?:months?|years?) (?:after|since)"  # a span counted from an event
# ... from the token's first moment, named further on: "a year after the network's token first"
SPAN_SINCE_TOKEN = SPAN_SINCE + r"\b[^.;!?\n]{0,50}?\b(?:token|coin)s? (?:first )?"
DEBUTED_EARLIER = re.compile(
    r"\b(?:the|its|their|[\w.-]+'s \$?[a-z][a-z0-9]{1,11}) (?:token|coin)s?,? (?:that|which) "
    r"(?:first )?(?:debuted|launched|began trading|started trading|first listed|went live)\b"
    r"[^.;!?\n]{0,60}?\b"
    rf"(?:in (?:{_MONTH_STEMS})[a-z]*\b|last (?:year|month|spring|summer|autumn|fall|winter)\b"
    r"|in 20\d\d\b"
    r"|(?:\w+ )?(?:months|years) ago\b)"
    r"|" + SPAN_SINCE + " (?:its |the |their |" + POSSESSOR + " )?"
    r"(?:token |coin )?"
    r"(?:launch|debut|tge)\b(?! of\b)"
    # "a year after the network's token first launched on other venues"
    r"|" + SPAN_SINCE_TOKEN + r"(?:launched|debuted|went live|began trading|started trading)\b"
)
DEBUTED_EARLIER_WORDS = ("debuted", "launched", "began trading", "started trading",
                         "first listed", "went live", "month", "year")  # fmt: skip


def _later_venue(folded: str, start: int) -> bool:
    begin, end = sentence_of(folded, start)
    if DEBUTED_EARLIER.search(folded, begin, end) is not None:
        return True
    title_end = folded.find("\n")
    if 0 <= start < title_end:  # a headline's listing: the lede's sentence tells of the debut
        lede_end = sentence_of(folded, title_end + 1)[1]
        return DEBUTED_EARLIER.search(folded, title_end + 1, lede_end) is not None
    return False


# a derivatives market (perpetual, futures, margin) opened for a token whose spot market the
# item says exists already: "Bybit will launch HUDLUSDT perpetual contracts ... HUDL spot
# trading is already available", "OKX 将上线 GENAUSDT 永续合约 ... GENA 现货已于 1 月上线交易" (a
# new market for a token that trades, not its debut; docs/labels.md)
DERIVATIVE_WORDS = (
    "perpetual", "futures", "margin", "永续", "合约", "무기한", "선물", "無期限", "先物", "perpetu",
    "futuros", "perpétuel", "бессрочн", "фьючерс", "vadeli", "marché", "마켓", "market", "paire",
)  # fmt: skip
DERIVATIVE_REACH = 40
DERIVATIVE_NEAR = re.compile(
    r"perpetual|futures|margin|永续|合约|무기한|선물|無期限|先物|perpetu[oa]|futuros|perpétuel"
    r"|бессрочн|фьючерс|vadeli"
    # ... or another market of the same token: "BTC 마켓 거래지원", "adds a BTC market"
    r"|\b(?:btc|eth|usdt|usdc|eur|krw|try)[ -]?(?:market|마켓|pair)"
    # ... or a new pair in French ("Nouvelle paire : PRJX/EUR ... gagne ainsi une paire en euros")
    r"|\bpaires?\b"
)
SPOT_ALREADY = re.compile(
    r"\bspot\b[^.;!?\n]{0,40}?\b(?:already|(?:has|have) been (?:available|trading|live|open)"
    r"|(?:has|have) (?:traded|run)\b"
    # ... in German, Spanish, Portuguese, French, Turkish: "Der Spot-Handel mit ESP läuft
    # bereits seit März"
    r"|bereits|schon|ya|já|déjà|zaten)\b"
    r"|\b(?:has|have) (?:already )?traded (?:on )?spot\b"
    # ... "Both tokens already trade on Coinbase's spot market"
    r"|\balready trades? on\b[^.;!?\n]{0,40}?\bspot\b"
    r"|现货[^。.\n]{0,24}?已|現物(?:取引)?は(?:すでに|既に)|현물(?: 거래)?(?:은|는) 이미"
    # ... or its first market, in Korean and Spanish: "원화 마켓에서 이미 거래 중", "cotiza en el
    # mercado spot ... desde su debut"
    r"|이미 거래 중|\bcotiza en el mercado spot\b|\bmercado spot[^.;!?\n]{0,40}\bdesde\b"
    # ... or the sentence of the new market says it is one more: "this adds futures only"
    r"|\badds (?:futures|perpetuals|margin) only\b|\b(?:has|have) been trading since\b"
    # ... or trading there already: "ESP has been trading on OKX spot since June", "원화 마켓에서
    # 거래 중인 칼데라(ERA)" (that trades in the KRW market)
    r"|\b(?:has|have) (?:already )?been trading on\b[^.;!?\n]{0,30}?\bspot\b"
    # ... "Le PRJX, négociable chez nous en USDT depuis mai" (tradable with us since May)
    r"|\bnégociables?\b[^.;!?\n]{0,40}?\bdepuis\b"
    r"|마켓에서 거래 중인"
)


def _derivative_of_traded(folded: str, start: int) -> bool:
    """The listing word at ``start`` opens a derivatives market, or is the spot market the item
    says exists, in an item saying the token's spot market exists already."""
    spot = SPOT_ALREADY.search(folded)
    if spot is None:
        return False
    if spot.start() <= start < spot.end():
        return True  # "HUDL spot trading is already available": the market it has
    begin = max(0, start - DERIVATIVE_REACH)
    return DERIVATIVE_NEAR.search(folded, begin, start + DERIVATIVE_REACH) is not None


# a notice leading with margin trading for the token ("New on OKX Margin: ACME/USDT", "enable
# ACME on Cross Margin"): an exchange lends against a token only once its spot market trades,
# so every pair of the notice is no debut, a spot pair said below too (not "margin trading
# will follow later")
MARGIN_LEAD = re.compile(r"\bmargin\b")
MARGIN_LATER = re.compile(
    r"\b(?:no|not|later|soon|after)\b[^.;!?\n]{0,40}\bmargin\b|\bmargin\b[^.;!?\n]{0,40}"
    r"\b(?:later|soon|follows?|will follow|not)\b"
)


def _margin_notice(folded: str, start: int) -> bool:
    lead = _lead_of(folded)
    if MARGIN_LEAD.search(lead) is None:
        return False
    return MARGIN_LATER.search(lead) is None


# a sentence saying another market of the token trades on: "The existing GRAIL/USDT pair is
# unaffected", "DUCK spot trading continues as normal", "DUCK spot remains available", "The
# existing MAGICUSDT contract is unaffected", or that the token has traded there for a while:
# "WARP has been available on Binance since January" (the notice's market is one more for a
# token that trades, or one that goes while the others stay: no debut)
OTHER_MARKET_WORDS = (
    "existing", "unaffected", "continue", "remain", "since", "bu yana", "notowan", "거래 중",
    "거래중",
)  # fmt: skip
OTHER_MARKET = re.compile(
    r"\b(?:has|have) (?:already )?been (?:available|trading|listed|tradable) (?:on|at)\b"
    r"[^.;!?\n]{0,30}?\bsince\b|"
    r"\b(?:the|its|their|our) (?:existing|current) "
    r"(?:\$?[a-z][a-z0-9]{1,11}(?:[/-]?[a-z0-9]{2,6})? )?"
    r"(?:spot |perpetual |futures )?(?:pairs?|markets?|contracts?)\b"
    r"|(?:\b(?:pairs?|markets?|contracts?|trading|spot)|\b[a-z][a-z0-9]{1,11}/[a-z0-9]{2,6})\b"
    r"[^.;!?\n]{0,30}?\b(?:(?:is|are|remains?|stays?) "
    r"unaffected|continues?(?: as (?:normal|usual|before))?"
    r"|remains? (?:open|available|unchanged))\b"
    # ... in Turkish: "ROBO, Mart ayından bu yana küresel borsalarda işlem görüyor" (has traded
    # on global exchanges since March)
    r"|\bbu yana\b[^.;!?\n]{0,40}?\bişlem görüyor\b"
    # ... in Polish: "jest notowany na innych giełdach od lipca 2025 roku" (listed on other
    # exchanges since July 2025)
    r"|\bnotowan[yae]\b[^.;!?\n]{0,40}?\bod\b"
    # ... in Korean: "기존 KRW 마켓에서 이미 거래 중" (already trading on the KRW market), "원화
    # 마켓에서는 지난 7월부터 거래 중" (trading on the won market since July)
    r"|(?:이미|부터) 거래\s?중"
)


def _other_market_trades(folded: str, start: int) -> bool:
    return OTHER_MARKET.search(folded) is not None


# Clauses in which a listing word names no debut: (words the text must hold for the clause
# test to be worth running, the test at a listing word's start, why it is dropped)
LISTING_NON_EVENTS: tuple[tuple[tuple[str, ...], Callable[[str, int], bool], str], ...] = (
    (("been", "already"), _already_trading, "a market the token already trades on"),
    (REMOVAL_WORDS, _removed_market, "a market being removed"),
    (DEBUTED_EARLIER_WORDS, _later_venue, "a new venue of a token that debuted earlier"),
    (DERIVATIVE_WORDS, _derivative_of_traded, "a derivatives market of a token already trading"),
    (("margin",), _margin_notice, "a margin market of a token already trading"),
    (OTHER_MARKET_WORDS, _other_market_trades, "a new market of a token whose others trade on"),
)


# an event word continuing a denial: "no new token or airdrop", "no presale nor any claim"
# (the denied list goes on; nothing is announced)
DENIED_MORE = re.compile(r"[\s,]*(?:or|nor)\s+(?:(?:an?|any|new|other)\s+){0,2}")
DENIED_REACH = 24  # characters from the denial's end to the event word


# an event the words after it deny, as Japanese and Korean write it: "HRTHの配布ではありません"
# (this is not HRTH's distribution), "ACME 에어드롭이 아닙니다"
DENIED_AFTER_WORDS = (
    "ではあ", "ではな", "じゃな", "아닙", "아니", "olmayacak", "yapılmayacak", " nicht geplant",
    " nicht vorgesehen", " no está previst", " não está previst", " without its token",
    " without a token", " without the token", " without any token",
)  # fmt: skip
DENIED_AFTER = re.compile(
    r"\s*(?:(?:では|じゃ)(?:ありません|ない|なく)|(?:이|가)?\s*아(?:닙니다|니(?:다|며|고|라))"
    # ... and Turkish: "ikinci bir airdrop olmayacak" (there will be no second airdrop)
    r"|olmayacak|yapılmayacak"
    # ... German, Spanish, Portuguese: "Ein öffentlicher Verkauf ist nicht geplant", "no está
    # prevista", "não está prevista"
    r"|(?:ist|sind|wird|werden) (?:auch )?nicht (?:geplant|vorgesehen)|(?:no|não) está previst[oa]"
    # ... and a launch said to come without the token: "network goes live on mainnet, without its
    # token"
    r"|[^.;!?\n]{0,24}?,?\s+(?:but\s+)?without\s+(?:its|a|the|any)\s+(?:own\s+)?token\b)"
)


def _drop_denied_events(
    hits: dict[str, list[tuple[int, int]]], folded: str
) -> list[tuple[str, str, str]]:
    """Event words listed after a denial ("no new token or airdrop"): returned as
    ``(feature, cue, why)`` and removed from ``hits``."""
    dropped: list[tuple[str, str, str]] = []
    denials = hits.get("negated_event")
    if not denials:
        return dropped
    ends = [e for _, e in denials]
    for feature in [f for f in hits if f.startswith("event:")]:
        spans = hits[feature]
        kept = []
        for s, e in spans:
            if any(
                0 < s - end <= DENIED_REACH and DENIED_MORE.fullmatch(folded, end, s)
                for end in ends
            ):
                dropped.append((feature.removeprefix("event:"), folded[s:e], "a denied event"))
                ends.append(e)  # "no token, nor airdrop, nor sale"
            else:
                kept.append((s, e))
        if len(kept) == len(spans):
            continue
        if kept:
            hits[feature] = kept
        else:
            del hits[feature]
    return dropped


# an event word whose subject is denied: "no token is claimable on testnet", "no tokens are
# distributed in this phase" (what the sentence says does not happen)
NEGATED_EVENT_SUBJECT = re.compile(
    r"\bno (?:\$?[a-z0-9]{2,10} )?(?:tokens?|coins?) (?:is|are|will be|gets?|get)"
    r"(?: (?:now|yet|being|currently))?\s+$"
)
NEGATED_SUBJECT_REACH = 36  # characters before an event word searched for the denied subject


# cues that count in full when the lead event's phrase lies inside them
WHOLE_IF_AROUND_PICK = ("negated_event", "past")
# a product version going live, not a token: "Camelot v4 goes live on Arbitrum", "the lending
# pools go live Thursday", "40 new price feeds go live on Oilcan" (the noun right before the live
# phrase)
PRODUCT_LIVE = re.compile(r"(?:goes|go|went|is|are|now) live\b")
TGE_ONLY = frozenset({"event:tge"})


def _drop_product_live(
    hits: dict[str, list[tuple[int, int]]], folded: str
) -> list[tuple[str, str, str]]:
    """Live phrases of a product version or market (:data:`PRODUCT_BEFORE`, or markets for
    tokens, :data:`PRODUCT_FOR_BEFORE`): returned as ``(feature, cue, why)`` and removed from
    ``hits``."""
    return _drop_event_spans(
        hits,
        folded,
        lambda s, e: PRODUCT_LIVE.match(folded, s) is not None
        and (
            PRODUCT_BEFORE.search(folded, max(0, s - PRODUCT_REACH), s) is not None
            or PRODUCT_FOR_BEFORE.search(folded, max(0, s - PRODUCT_FOR_REACH), s) is not None
        ),
        "a product going live, not a token",
        TGE_ONLY,
    )


def _drop_event_spans(
    hits: dict[str, list[tuple[int, int]]],
    folded: str,
    denied: Callable[[int, int], bool],
    why: str,
    features: frozenset[str] | None = None,
) -> list[tuple[str, str, str]]:
    """Event words (of ``features`` only, when given) whose span ``denied(start, end)`` holds
    for: returned as ``(feature, cue, why)`` and removed from ``hits``."""
    names = [f for f in hits if f.startswith("event:") and (features is None or f in features)]
    return _drop_spans(hits, folded, names, denied, why)


def _drop_spans(
    hits: dict[str, list[tuple[int, int]]],
    folded: str,
    names: Sequence[str],
    denied: Callable[[int, int], bool],
    why: str,
) -> list[tuple[str, str, str]]:
    """The spans of the features ``names`` (event words or cues) that ``denied(start, end)``
    holds for: returned as ``(feature, cue, why)`` and removed from ``hits``."""
    dropped: list[tuple[str, str, str]] = []
    for feature in names:
        spans = hits.get(feature)
        if not spans:
            continue
        kept = [(s, e) for s, e in spans if not denied(s, e)]
        if len(kept) == len(spans):
            continue
        dropped.extend(
            (feature.removeprefix("event:"), folded[s:e], why)
            for s, e in spans
            if (s, e) not in kept
        )
        if kept:
            hits[feature] = kept
        else:
            del hits[feature]
    return dropped


def _drop_negated_subjects(
    hits: dict[str, list[tuple[int, int]]], folded: str
) -> list[tuple[str, str, str]]:
    """Event words whose subject is denied ("no token is claimable")."""
    return _drop_event_spans(
        hits,
        folded,
        lambda s, e: NEGATED_EVENT_SUBJECT.search(folded, max(0, s - NEGATED_SUBJECT_REACH), s)
        is not None,
        "its subject is denied",
    )


# an event word a cancelling verb governs: "has cancelled the ACME community sale", "calls off
# its second sale", "the airdrop has been scrapped" (the event will not happen; a new date set in
# the same clause is its own event: "scraps the March date and sets the sale for April 3"; a
# denied cancellation cancels nothing: "postponed, not cancelled: the sale moves to May 9")
CANCEL_WORDS = (
    "cancel", "call", "scrap", "shelv", "abandon", "annul", "renonce", "anula", "sagt", "absag",
    "abgesagt", "streicht", "iptal", "取消", "中止", "취소", "will not", "won't", "would not",
    "not going to", "not doing", "not holding", "not running", "not hosting", "not having",
    " drop ", " drops ", " dropped ", " dropping ", "plug", " axe", " nix",
    " is off", " are off", " is now off", "철회", "撤回", "रद्द", "إلغاء", "ألغ", "отмен", "скасов",
    "скасувал", "ยกเลิก", "لغو", "dibatal", "membatalkan", "hủy", "huỷ", "lemond",
    "elmarad",
)  # fmt: skip
CANCEL_REACH = 60  # characters between the cancelling verb and the event word
CANCEL_BEFORE = re.compile(
    r"(?<!not )(?<!n't )(?<!never )"  # "postponed, not cancelled: the sale moves to May 9"
    r"\b(?:cancel(?:s|led|ed|ling|ing)?|call(?:s|ed|ing)? off|scrap(?:s|ped|ping)?"
    r"|shelv(?:e|es|ed|ing)|abandon(?:s|ed|ing)?"
    # ... in a headline's words: "drops planned second sale", "pulls the plug on its airdrop",
    # "axes its token sale" (not an airdrop that "drops" on a day)
    r"|drop(?:s|ped|ping)? (?=(?:its |the |their |a )?(?:planned|proposed|scheduled|plans? for)\b)"
    r"|pull(?:s|ed|ing)? the plug on|ax(?:es|ed|ing)|nix(?:es|ed|ing)?"
    # a plan not to hold it: "we won't run a public round this year"
    r"|(?:won't|will not|will no longer|not going to) (?:run|hold|host|do|have)"
    # ... or the plan changed: "Change of plan: we're not doing the LRDR community sale"
    r"|(?:'re|are) not (?:doing|holding|running|hosting|having)\b"
    # ... in French, Spanish, Portuguese, Italian, German: "annule la vente", "renonce à la
    # vente", "cancela la venta", "cancelou", "annulla", "sagt den Community-Sale ... ab",
    # "streicht"
    r"|annul(?:e|ent|é|ée|la|lato)|renonce à|cancel(?:a|an|ó|ou|am)|anul(?:a|an|ó|ou)"
    # ... Arabic, Indonesian, Russian, Ukrainian, Vietnamese: "ألغت المنصة البيع العام",
    # "membatalkan penjualan", "отменила продажу", "скасувала продаж", "hủy bỏ đợt bán"
    r"|إلغاء|ألغت|ألغى|membatalkan|отменил[аио]?|скасувал[аио]?|hủy bỏ|huỷ bỏ"
    # ... Hungarian: "lemondja a ... második SPACE-airdropot" (calls off the second airdrop),
    # "Elmarad a Spacecoin második airdropja" (the second airdrop will not happen)
    r"|lemond(?:ja|ta|ják|ták)?|elmarad(?:t)?"
    r"|streicht)\b"
    # no scheduling verb in between: "cancels the quest and sets its sale for May 2" (an "and"
    # inside a compound is no clause: "cancelled the DUCK buyback-and-airdrop idea")
    r"(?:(?!\b(?:(?<!-)and(?!-)|but|sets?|moves?|will|opens?|launch(?:es)?|starts?|begins?"
    r"|holds?)\b)"
    r"[^.;!?\n])*$"
)
CANCEL_AFTER = re.compile(
    r"[^.;!?\n]{0,30}?\b(?:is|are|was|were|has been|have been|had been)"
    r" (?:now |officially )?(?:cancelled|canceled|called off|scrapped|shelved|abandoned)\b"
    # ... or said not to happen: "the distribution 'will not take place'", "the sale will not be
    # rescheduled"
    r"|[^.;!?\n]{0,12}?\b(?:will not|won't|would not|is not going to)"
    r" (?:take place|go ahead|happen|be rescheduled|be held)\b"
    # (not a day the event does not keep: "the JAMR launch will not happen on Nov 3. ... The
    # launch is still happening")
    r"(?!\s+(?:on|this|next)\b)"
    # ... or said to be off: "the CLNK community sale we floated in October is off" (not "is
    # off to a strong start")
    r"|[^.;!?\n]{0,30}?\b(?:is|are) (?:now )?off\b(?! to\b)"
    # ... or not to be done: "the community airdrop we floated in December: we're not doing it"
    r"|[^.;!?\n]{0,40}?\b(?:we're|we are|we) not (?:doing|running|holding|going ahead with)"
    r" (?:it|this|that)\b"
    # ... in other languages: "wurde abgesagt", "est annulée", "fue cancelada", "iptal edildi",
    # "已取消", "が中止", "취소됐다"
    r"|[^.;!?\n]{0,30}?(?:\babgesagt\b|\bannulée?s?\b|\bcancelad[oa]s?\b|\banulad[oa]s?\b"
    r"|\biptal (?:edil|et|ediyor)\w*|(?<!不是)(?<!并未)(?<!未)取消|中止(?!ではな|じゃな|しな|せず)"
    r"|취소(?!가 아니|는 아니|되지 않|하지 않)|철회|撤回"
    # ... "कम्युनिटी सेल रद्द कर दी", "продажа отменена", "продаж скасовано", "ถูกยกเลิก",
    # "لغو شد", "dibatalkan", "bị hủy"
    r"|रद्द|отмен[её]н\w*|скасован\w*|ยกเลิก|لغو شد|\bdibatalkan\b|bị hủy|bị huỷ)"
)


# ... and the German verb split around its object: "sagt den geplanten Community-Sale für
# MNGL ab"
CANCEL_SPLIT_BEFORE = re.compile(r"\bsag(?:t|en)\b[^.;!?\n]*$")
CANCEL_SPLIT_AFTER = re.compile(r"[^.;!?\n]{0,40}?\bab\b(?=\s*[.;,!?\n]|$)")


def _cancelled(folded: str, start: int, end: int) -> bool:
    return (
        CANCEL_BEFORE.search(folded, max(0, start - CANCEL_REACH), start) is not None
        or CANCEL_AFTER.match(folded, end) is not None
        or (
            CANCEL_SPLIT_BEFORE.search(folded, max(0, start - CANCEL_REACH), start) is not None
            and CANCEL_SPLIT_AFTER.match(folded, end) is not None
        )
    )


# a sentence setting the cancelled event up again: "a new date follows", "rescheduled to May 2",
# "A new ACME claim opens on Tuesday"
# (not a plan denied: "said it has no plans to reschedule the auction")
SET_AGAIN = re.compile(
    r"(?<!no plans to )(?<!no plan to )(?<!not to )(?<!not )(?<!n't )(?<!never )"
    r"\b(?:new date|new day|reschedul\w*|moved to|instead|a new)\b"
)


def _drop_cancelled_events(
    hits: dict[str, list[tuple[int, int]]], folded: str, starts: list[int]
) -> list[tuple[str, str, str]]:
    """Event words a cancelling verb governs ("has cancelled the ACME sale"), and the other words
    of the same event in its sentence or after it ("... after a review of the eligibility
    list"), unless their sentence sets it up again. Where each governed word starts is
    appended to ``starts``."""

    def cancelled(s: int, e: int) -> bool:
        if _cancelled(folded, s, e):
            starts.append(s)
            return True
        return False

    dropped = _drop_event_spans(hits, folded, cancelled, "a cancelled event")
    if not dropped:
        return dropped
    first = min(starts)

    def later(s: int, e: int) -> bool:
        begin, end = sentence_of(folded, s)
        if s < first and not begin <= first < end:
            return False  # (before it in its own sentence too: "Update on the SPLT airdrop for
            # feed operators: the claim is cancelled")
        return SET_AGAIN.search(folded, begin, end) is None

    kinds = frozenset("event:" + kind for kind, _, _ in dropped)
    return dropped + _drop_event_spans(hits, folded, later, "the cancelled event again", kinds)


# an event word counted from, months or years on: "two years after its token debut", "a year
# since the network's launch", "a year after the chain's token first launched" (a time
# reference long before the item, not its event)
LONG_AFTER = re.compile(
    SPAN_SINCE + r" (?:(?:its|the|their|our|" + POSSESSOR + ") )?"
    r"(?:(?:token|coin|\$?[a-z][a-z0-9]{1,11}) )?$"
    # "a year after the network's token first launched"
    r"|" + SPAN_SINCE_TOKEN + "$"
)
LONG_AFTER_REACH = 90


def _drop_long_after(
    hits: dict[str, list[tuple[int, int]]], folded: str
) -> list[tuple[str, str, str]]:
    """Event words that a span of months or years is counted from ("two years after its token
    debut")."""
    return _drop_event_spans(
        hits,
        folded,
        lambda s, e: LONG_AFTER.search(folded, max(0, s - LONG_AFTER_REACH), s) is not None,
        "a time reference long before",
    )


# an event named as where a price comes from: "trades 20% below the price paid in its May
# community sale", "slips under its token sale price", "back above its listing price" (a
# reference point for price talk, not an event)
PRICE_WORD = "price"
PRICE_PAID_IN = re.compile(
    r"\bprices? (?:(?:paid|offered|set|charged) )?(?:in|at|during) (?:its|the|their|a|an|our) "
    r"(?:[\w$.-]+ ){0,3}$"
)
PRICE_COMPARED = re.compile(
    r"\b(?:below|above|under|beneath|over|than|versus|vs|near|from) (?:(?:its|the|their|our) )?"
    r"(?:[\w$.-]+ ){0,3}$"
)
PRICE_AFTER = re.compile(r"s? prices?\b")
PRICE_REACH = 48


def _price_reference(folded: str, start: int, end: int) -> bool:
    reach = max(0, start - PRICE_REACH)
    if PRICE_PAID_IN.search(folded, reach, start) is not None:
        return True
    return (
        PRICE_AFTER.match(folded, end) is not None
        and PRICE_COMPARED.search(folded, reach, start) is not None
    )


def _drop_price_references(
    hits: dict[str, list[tuple[int, int]]], folded: str
) -> list[tuple[str, str, str]]:
    """Event words naming where a price comes from ("below the price paid in its sale", "under
    its listing price")."""
    return _drop_event_spans(
        hits, folded, lambda s, e: _price_reference(folded, s, e), "a price's reference point"
    )


# an event word after a determiner of any one at all: "update before you claim any airdrop",
# "check every token sale link twice" (advice about events in general, not an event)
ANY_EVENT = re.compile(r"\b(?:any|every|all)\s+(?:(?:future|upcoming|new|other)\s+)?$")
ANY_EVENT_REACH = 20
ANY_OBJECT = re.compile(r"\s+(?:any|every)\b")  # "claim any airdrop": the verb of any one


def _drop_any_events(
    hits: dict[str, list[tuple[int, int]]], folded: str
) -> list[tuple[str, str, str]]:
    """Event words after "any" / "every", or taking it as object ("before you claim any
    airdrop")."""
    return _drop_event_spans(
        hits,
        folded,
        lambda s, e: ANY_EVENT.search(folded, max(0, s - ANY_EVENT_REACH), s) is not None
        or ANY_OBJECT.match(folded, e) is not None,
        "names no particular event",
    )


# "claim" with an object that is no token: "customers can claim a one-time credit", "claim a
# refund", "claimed responsibility" (the ordinary verb, not a token claim); a token word in
# the object keeps it ("claim a share of the airdrop", "claim your reward tokens")
CLAIM_VERB = frozenset({"claim", "claimed", "claiming"})
OTHER_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|your|their|its|his|her|our|any)\s+)?"
    r"(?:(?!(?:token|airdrop|reward|point|allocation|drop|share|coin)s?\b)[\w-]+\s+){0,2}?"
    r"(?:refunds?|credits?|rebates?|discounts?|vouchers?|coupons?|compensation|reimbursements?|"
    r"warrant(?:y|ies)|prizes?|tickets?|seats?|titles?|victory|responsibility|damages|"
    r"insurance|deductions?|expenses?|benefits?)\b"
)


RELATIVE_WORDS = (
    "before ", "ahead of ", "after ", "following ", "until ", "till ", "prior to ", "since ",
    "separate from ", "apart from ", "após ", "depois ", "después ", "antes ", "après ",
    "avant ", "nach ",
)  # fmt: skip


def _drop_relative_events(
    hits: dict[str, list[tuple[int, int]]], folded: str
) -> list[tuple[str, str, str]]:
    """An event named only as the time of another ("Before CLIQUE launches in July there will be
    a community sale", "claims open after the TGE") when the item names another kind of event
    not so: that other event is the news."""
    relative: set[tuple[int, int]] = set()
    own_kinds: set[str] = set()
    for feature, spans in hits.items():
        if not feature.startswith(EVENT_PREFIX):
            continue
        for s, e in spans:
            if RELATIVE_EVENT_BEFORE.search(folded, max(0, s - RELATIVE_REACH), s) is not None:
                relative.add((s, e))
    for feature, spans in hits.items():
        if not feature.startswith(EVENT_PREFIX):
            continue
        for s, e in spans:
            if (s, e) in relative:
                continue
            # (the venue of the event named as a time is part of it: "After the June 3 sale on
            # Kaito Launchpad, CLIQUE goes live in Q3")
            if any(
                0 < s - end <= RELATIVE_REACH and RELATIVE_TRAIL.fullmatch(folded, end, s)
                for _, end in relative
            ):
                relative.add((s, e))
            else:
                own_kinds.add(feature)
    if not relative or not own_kinds:
        return []
    return _drop_event_spans(
        hits,
        folded,
        lambda s, e: (s, e) in relative,
        "the time of another event",
        frozenset(f for f in hits if f.startswith(EVENT_PREFIX) and f not in own_kinds),
    )


# launch words that say only that a token comes ("MCKL is coming", "are in genesis"): when the
# item also names a claim or a sale, that event is the one it announces ("BULB is
# coming to the people who made Bulb: claims ... open in December")
WEAK_LAUNCH = frozenset({"is coming", "genesis"})
# the list of those who receive the token at genesis: "keeps counting for the TOPB genesis list"
GENESIS_LIST = re.compile(r" (?:list|lists|set|sets|cohort|roster|allowlist)\b")
# ... and the words by which a venue says only that a token comes to it: "Coming to Buidlpad:
# Clique (CLIQUE) community sale" (the sale is the event)
WEAK_PHRASES: dict[str, frozenset[str]] = {"tge": WEAK_LAUNCH, "listing": frozenset({"coming to"})}
CLAIM_OR_SALE: tuple[EventType, ...] = ("airdrop", "token_sale")
NEGATIONS_BEFORE = ("no ", "not ", "never ")
WEAK_LAUNCH_TIMED = re.compile(
    r"\s+(?:in|on|this|next|later|before|by|early|late|at|from|with|after|around|within)\b"
)


def _past_weak_launch(
    pick: EventPick, hits: dict[str, list[tuple[int, int]]], folded: str, lead: int
) -> EventPick:
    """The item's claim or sale when every phrase of the picked kind is weak
    (:data:`WEAK_PHRASES`)."""
    weak = WEAK_PHRASES[pick.event_type]
    if any(
        folded[s:e] not in weak
        or (pick.event_type == "tge" and WEAK_LAUNCH_TIMED.match(folded, e) is not None)
        for s, e in hits.get(EVENT_PREFIX + pick.event_type, ())
    ):
        return pick  # (a launch said to come at a time is one: "EDEN is coming in Q3")
    others = [
        (s, e, kind)
        for kind in CLAIM_OR_SALE
        for s, e in hits.get(EVENT_PREFIX + kind, ())
        if not folded.endswith(NEGATIONS_BEFORE, max(0, s - 6), s)  # ("no presale, no claim")
    ]
    if not others:
        return pick
    in_lead = [o for o in others if o[0] < lead]
    start, end, kind = min(in_lead or others)
    return EventPick(kind, start, end, bool(in_lead))


def _drop_other_claims(
    hits: dict[str, list[tuple[int, int]]], folded: str
) -> list[tuple[str, str, str]]:
    """The verb "claim" taking an object that is no token ("claim a one-time credit")."""
    return _drop_event_spans(
        hits,
        folded,
        lambda s, e: folded[s:e] in CLAIM_VERB and OTHER_OBJECT.match(folded, e) is not None,
        "claims something other than a token",
    )


# a product sold in shops: "the new deck goes on sale in stores May 8", "on sale at retailers"
# ("on sale" of an item that names a shop counter is retail, not a token sale)
RETAIL = re.compile(r"\b(?:in stores|in-store|at retailers|on store shelves)\b")
ON_SALE = re.compile(r"\bon $")


def _drop_retail_sales(
    hits: dict[str, list[tuple[int, int]]], folded: str
) -> list[tuple[str, str, str]]:
    """The event word "sale" of "on sale" in an item that sells in shops."""
    return _drop_event_spans(
        hits,
        folded,
        lambda s, e: folded[s:e] == "sale" and ON_SALE.search(folded, max(0, s - 3), s) is not None,
        "a product on sale in shops",
    )


# an event word after a negated "is": "this is not an ACME airdrop", "these aren't token sales",
# "PXR is Pixel Reign's token, not an XAI airdrop" (what the item says it is not)
NEGATED_IS = re.compile(
    r"(?:\b(?:(?:is|are) not|isn't|aren't)|, not)\s+(?:(?:an?|any|the|our|its|their)\s+)?"
    r"(?:\$?[a-z0-9]{2,10}\s+)?$"
)
NEGATED_IS_REACH = 36  # characters before an event word searched for the negated "is"
# an event the item says there is none of, in a clause joined to what it tells: "NSTL is our
# token, with no HOMR airdrop.", "points convert 1:1 and no claim is needed" (the event word ends
# the clause or a verb follows it; not a thing of the event denied: "and no claim page"; a
# denial standing alone, "No token, no claim, just the testnet", is read by the cues); or one
# it goes without: "with Acme tech but without an ACME airdrop", "aber ohne PROVE-Verteilung"
DENIED_EVENT_WORDS = ("no ", "without ", "ohne ")
DENIED_EVENT_BEFORE = re.compile(
    r"\b(?:(?:with|and|but|so)\s+no|without(?:\s+(?:an?|any))?|ohne(?:\s+(?:eine?n?))?)\s+"
    r"(?:\$?[a-z0-9]{2,10}[\s-]+)?$"
)
DENIED_EVENT_AFTER = re.compile(
    r"\s*(?:[.,;:!?)\n]|$)|\s+(?:is|are|was|were|will|needed|required|necessary|or|and|planned"
    r"|today|yet)\b"
)


def _drop_negated_is(
    hits: dict[str, list[tuple[int, int]]], folded: str
) -> list[tuple[str, str, str]]:
    """Event words after a negated "is" ("this is not an ACME airdrop")."""
    return _drop_event_spans(
        hits,
        folded,
        lambda s, e: NEGATED_IS.search(folded, max(0, s - NEGATED_IS_REACH), s) is not None,
        "what the item says it is not",
    )


# a testnet faucet's hand-out: "testnet faucet claim is live", "claim 100 test tokens from the
# faucet" (test tokens dripped to builders, never an airdrop)
FAUCET_WORD = "faucet"


def _drop_faucet_claims(
    hits: dict[str, list[tuple[int, int]]], folded: str
) -> list[tuple[str, str, str]]:
    """Airdrop words in a sentence about a faucet: returned as ``(feature, cue, why)`` and
    removed from ``hits``."""
    spans = hits.get("event:airdrop")
    if not spans:
        return []
    kept = []
    dropped: list[tuple[str, str, str]] = []
    for s, e in spans:
        start, end = sentence_of(folded, s)
        if folded.find(FAUCET_WORD, start, end) >= 0:
            dropped.append(("airdrop", folded[s:e], "a testnet faucet's hand-out"))
        else:
            kept.append((s, e))
    if dropped:
        if kept:
            hits["event:airdrop"] = kept
        else:
            del hits["event:airdrop"]
    return dropped


# an event word right after a bare denial: "No sale, no presale", "no public sale" (a list of
# what the project says it does not run)
DENIED_BEFORE = re.compile(
    r"(?:^|[\s,;:(])no\s+(?:(?:public|private|token|community|new|further|second|third|other)\s+"
    # ... or of a numbered season: "no Season 3 distribution has been scheduled"
    r"|(?:season|round|phase|tranche|wave)\s+\w{1,3}\s+"
    # ... or of a token: "no RODN airdrop is live"
    r"|\$?[a-z][a-z0-9]{1,11}\s+)?$"
    # ... in Spanish, Portuguese, French, Italian: "GNDL es nuestro token, no un airdrop de FRIS",
    # "não é um airdrop", "pas un airdrop", "non è un airdrop"
    r"|(?:^|[\s,;:(])(?:no|não|nao|pas|non)\s+(?:es\s+|é\s+|è\s+)?(?:un|una|um|uma|une)\s+$"
    # ... "without" or "there is no" in other languages: "sans vente publique", "kein
    # öffentlicher Verkauf", "tidak ada penjualan publik", "دون بيع عام", "ولن يكون هناك بيع عام",
    # "sin venta pública", "sem venda pública", "senza vendita", "без продажи"
    r"|(?:^|[\s,;:(])(?:sans|pas de|kein(?:e|en|er)?(?:\s+öffentliche[nr]?)?|tidak ada|tanpa"
    r"|sin|sem|senza|nessuna|без|دون|بدون|لا يوجد|لن يكون هناك)\s+$"
    # ... and in Chinese, glued to the event: "不进行公开销售" (holds no public sale), "没有预售"
    r"|(?:不进行|不會進行|不会进行|不设|不設|没有|沒有|不会有|不會有|不举行|不舉行)(?:任何)?$"
)
DENIED_BEFORE_REACH = 24
DENIAL_WORDS = (
    "no ", "não ", "nao ", "pas un", "non ", "sans ", "pas de", "kein", "tidak ada", "tanpa ",
    "sin ", "sem ", "senza ", "nessuna ", "без ", "دون ", "بدون ", "لا يوجد", "لن يكون هناك",
    "不进行", "不會進行", "不会进行", "不设", "不設", "没有", "沒有", "不会有", "不會有", "不举行",
    "不舉行",
)  # fmt: skip
# an event named as what the news follows: "Now that AQDT is live: the SILL claim opens
# Thursday" (the state of things, not the item's event)
NOW_THAT_WORDS = ("now that ", "ahora que ", "agora que ", "maintenant que ", "ora che ")
NOW_THAT_BEFORE = re.compile(
    r"\b(?:now that|ahora que|agora que|maintenant que|ora che)\b[^,:;.!?\n]{0,40}$"
)
NOW_THAT_REACH = 56
# an event's page or portal named as the place of another event: "Pinecone (PINE) claims open
# tomorrow on the Acme claim page" (the venue's page, not its claim)
PLACE_WORDS = ("page", "portal", "site", "hub", "dashboard")
PLACE_NOUN = re.compile(r"(?:s?\s+)?(?:page|portal|site|website|hub|dashboard)s?$")
PLACE_AFTER = re.compile(r"s?\s+(?:page|portal|site|website|hub|dashboard)s?\b")
PLACE_BEFORE = re.compile(
    r"\b(?:on|at|via|through|inside|from)\s+(?:the\s+|its\s+|our\s+|their\s+)?"
    r"(?:[\w.$-]+\s+){0,2}$"
)
PLACE_REACH = 40
# a venue's services paused or left running: "Spot, wallet and API will be paused", "Deposits
# and withdrawals on all networks pause; spot and open orders are unaffected" (maintenance, no
# listing)
PAUSE_WORDS = (
    "paused", "pause", "suspended", "halted", "unavailable", "maintenance", "downtime",
    "unaffected", "not affected",
)  # fmt: skip
# ... the listing words such a notice uses: "Deposits and withdrawals on all networks pause"
PAUSED_SERVICE = re.compile(r"spot\b|deposits?\b|withdrawals?\b")
# an event said to be apart from the one announced: "ACME claims are separate", "is a
# separate drop"
SEPARATE_AFTER = re.compile(
    r"\s+(?:(?:is|are|stays?|remains?)\s+(?:a\s+|completely\s+|entirely\s+)?separate\b"
    r"|(?:is|are)\s+(?:handled|run)\s+separately\b)"
)
# an event the item says it has nothing to do with: "test tokens, nothing to do with Tuesday's
# sale", "unrelated to the ACME airdrop"
DISOWNED_EVENT_WORDS = ("nothing to do with", "unrelated to", "not related to", "separate from")
DISOWNED_EVENT_BEFORE = re.compile(
    r"\b(?:nothing to do with|unrelated to|not related to|separate from)\s+"
    r"(?:(?:the|this|that|next|any|its|their|our|[\w$.-]+'s)\s+){0,2}$"
)
DISOWNED_EVENT_REACH = 48
# the event of a test token: "Decaf testnet 7: test ESP becomes transferable between rollups"
TEST_TOKEN_BEFORE = re.compile(r"\btest \$?[a-z][a-z0-9]{1,11}\s+$")
TEST_TOKEN_REACH = 20
# a fund or vault anyone can buy into, not a token sale: "anyone can buy in to the TBILL vault"
FUND_AFTER = re.compile(
    r"\s+in(?:to| to)\s+(?:the\s+|its\s+|our\s+)?(?:[\w$-]+\s+){0,3}?(?:vault|fund)s?\b"
)
# subscriptions to a product, not to a token sale: "TBILL vault subscriptions reopen Monday"
PRODUCT_SUBSCRIPTION = re.compile(r"\b(?:vault|fund|plan|newsletter|premium|product)\s+$")
# an auction house is a firm that sells art, not a token's auction: "the official marketplace for a
# London auction house's digital editions"
AUCTION_HOUSE = re.compile(r"auction[- ]?houses?\b")
# an event word naming news of it promised later: "claims news when it's final", "airdrop
# details once the tally is done" (no event set)
NEWS_LATER_WORDS = (" news ", " details ", " info ", " updates ")
NEWS_LATER_AFTER = re.compile(
    r"\s+(?:news|details|info|updates)\s+(?:when|once|after|soon|later|to follow|will follow"
    r"|coming)\b"
)


def _drop_bare_denials(
    hits: dict[str, list[tuple[int, int]]], folded: str
) -> list[tuple[str, str, str]]:
    """Event words right after "no" ("No sale, no presale"): returned as ``(feature, cue,
    why)`` and removed from ``hits``. A word inside a denial phrase ("no claim") is left to
    the denial's own scoping (:func:`swarm.detection.scoping.scope_cues`)."""
    denials = hits.get("negated_event", [])
    return _drop_event_spans(
        hits,
        folded,
        lambda s, e: DENIED_BEFORE.search(folded, max(0, s - DENIED_BEFORE_REACH), s) is not None
        and not any(a <= s and e <= b for a, b in denials),
        "a denied event",
    )


# an event word inside a quoted term right after a denial: "there is no 'loyalty claim'", "we
# run no "presale"" (the source names a term to deny it; nothing is announced)
DENIED_QUOTE = re.compile(
    r"\b(?:no|not|never)\s+(?:(?:a|an|any|the)\s+)?(?:\$?[\w-]+\s+)?(['\"])"
    r"([^'\"\n.!?;]{1,40})\1"
)

# ... or a quoted claim said to circulate or to be fake: "The 'March 31 TGE' graphic going around
# is not ours", "A 'CPNT sale May 5' post is going around. It's fake"
DISOWNED_QUOTE = re.compile(
    r"(['\"])([^'\"\n.!?;]{1,40})\1(?:\s+[\w-]+){0,3}?\s+(?:(?:is|are|was|were)\s+)?"
    r"(?:going around|circulating|making the rounds|(?:is|are) (?:fake|not ours|not real|false))\b"
    # ... or naming what scammers put out: "We're seeing 'ESP airdrop' ads in search results",
    # "Seeing 'PIETA claim' pages in search ads" (a warning; no event is told)
    r"|(['\"])([^'\"\n.!?;]{1,40})\3\s+(?:ads|adverts|pages|sites|websites|links|dms|messages"
    r"|emails|popups|pop-ups)\b"
)
DISOWNED_WORDS = (
    "going around", "circulating", "making the rounds", "fake", "not ours", "false", " ads",
    " adverts", " pages", " sites", " websites", " links", " dms", " messages", " emails", " pop",
)  # fmt: skip


def _drop_quoted_denials(
    hits: dict[str, list[tuple[int, int]]], folded: str
) -> list[tuple[str, str, str]]:
    """Event words inside a quoted term a denial names ("there is no 'loyalty claim'") or said
    to circulate or be fake ("the 'March 31 TGE' graphic going around"): returned as
    ``(feature, cue, why)`` and removed from ``hits``."""
    quoted = []
    if "no" in folded or "never" in folded:  # ("not" holds "no")
        quoted = [m.span(2) for m in DENIED_QUOTE.finditer(folded)]
    if has_any(folded, DISOWNED_WORDS):
        quoted += [m.span(2) if m[2] else m.span(4) for m in DISOWNED_QUOTE.finditer(folded)]
    if not quoted:
        return []
    return _drop_event_spans(
        hits,
        folded,
        lambda s, e: any(a <= s and e <= b for a, b in quoted),
        "a quoted term the source denies",
    )


def _drop_listing_non_events(
    spans: list[tuple[int, int]], folded: str, dropped: list[tuple[str, str, str]]
) -> list[tuple[int, int]]:
    """``spans`` of listing words without those in a clause of :data:`LISTING_NON_EVENTS`
    (each added to ``dropped`` as ``(feature, cue, why)``)."""
    for words, in_clause, why in LISTING_NON_EVENTS:
        if not any(w in folded for w in words):
            continue
        gone = [(s, e) for s, e in spans if in_clause(folded, s)]
        if gone:
            dropped.extend(("listing", folded[s:e], why) for s, e in gone)
            spans = [span for span in spans if span not in gone]
    return spans


def _drop_descriptive_events(
    hits: dict[str, list[tuple[int, int]]], folded: str
) -> list[tuple[str, str, str]]:
    """Sale or listing words that name buyers or a kind of business, not an event: "auction
    buyers receive tokens", "a perpetual-futures exchange";
    and listing words in a clause saying the token already trades ("which has been trading on
    Binance spot since March"): those are returned as ``(feature, cue, why)``."""
    dropped: list[tuple[str, str, str]] = []
    for feature in ("event:token_sale", "event:listing"):
        spans = hits.get(feature)
        if not spans:
            continue
        if feature == "event:listing":
            spans = _drop_listing_non_events(spans, folded, dropped)
            if not spans:
                del hits[feature]
                continue
            hits[feature] = spans
        kept = [
            (s, e)
            for s, e in spans
            if not DESCRIBED_AFTER.match(folded, e, e + 36)
            and not (folded.startswith(VENUE_NOUNS, s) and VENUE_DESCRIBED.match(folded, e))
        ]
        if len(kept) == len(spans):
            continue
        # a kind of business is no event, whether or not the item names another one ("HALO, a
        # perpetuals DEX" next to nothing else is no listing)
        kind = feature.removeprefix("event:")
        for s, e in spans:
            if (s, e) not in kept:
                dropped.append((kind, folded[s:e], "names a kind of business or its buyers"))
        if kept:
            hits[feature] = kept
        else:
            del hits[feature]
    return dropped


# a relative clause telling what a named project did before: "Celluloid, which wrapped its
# community sale earlier this month, goes live tomorrow", "Backlot, which debuted BKLT last
# Tuesday, opens a vote" (its event words are background when the item has an event outside)
PAST_RELATIVE = re.compile(
    r", (?:which|who|that) (?:\w+ ){0,2}?(?:wrapped|closed|ran|held|completed|finished|launched"
    r"|opened|debuted|concluded|ended|raised|sold|listed|airdropped|distributed|went)\b"
    r"[^,;.!?\n]{0,100},"
)


def _drop_past_relatives(
    hits: dict[str, list[tuple[int, int]]], folded: str
) -> list[tuple[str, str, str]]:
    """Event words inside a relative clause of a project's past (:data:`PAST_RELATIVE`),
    when an event word stands outside every such clause: returned as ``(feature, cue, why)``
    and removed from ``hits``."""
    clauses = [m.span() for m in PAST_RELATIVE.finditer(folded)]
    return _drop_events_inside(hits, folded, clauses, "a relative clause of the project's past")


def _drop_events_inside(
    hits: dict[str, list[tuple[int, int]]], folded: str, spans: list[tuple[int, int]], why: str
) -> list[tuple[str, str, str]]:
    """Event words inside one of ``spans``, when an event word stands outside all of them (the
    item's event is elsewhere): returned as ``(feature, cue, why)`` and removed from ``hits``."""
    if not spans:
        return []

    def inside(start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in spans)

    events = [span for f, found in hits.items() if f.startswith("event:") for span in found]
    if all(inside(s, e) for s, e in events):
        return []
    return _drop_event_spans(hits, folded, inside, why)


def _drop_events_in_names(hits: dict[str, list[tuple[int, int]]], mentions: list[Mention]) -> None:
    """An event word that is a watched name or symbol ("SPOT" for a token called SPOT) is the
    name, not the event."""
    if not mentions:
        return
    names = [(m.start, m.end) for m in mentions]
    for feature in [f for f in hits if f.startswith("event:")]:
        spans = hits[feature]
        kept = [span for span in spans if not _in_a_name(names, span)]
        if len(kept) != len(spans):
            if kept:
                hits[feature] = kept
            else:
                del hits[feature]


# an address in the text: "acme.xyz/launch", "https://app.acme.xyz/claim"
URL_TOKEN = re.compile(r"[^\s()<>\"']*[a-z0-9-]\.[a-z]{2,}(?:/[^\s()<>\"']*)?")


def _drop_events_in_addresses(hits: dict[str, list[tuple[int, int]]], folded: str) -> None:
    """An event word inside a web address ("Only on acme.xyz/launch") names a page, not an
    event, when the item has an event word outside addresses."""
    addresses = [m.span() for m in URL_TOKEN.finditer(folded) if "/" in m.group()]
    _drop_events_inside(hits, folded, addresses, "part of a web address")


# the most words a name the source goes by is written in ("Lumen Launch Pad")
SOURCE_NAME_WORDS = 4
CAPITALISED_WORD = re.compile(r"[A-Z][\w.-]*")


def _drop_events_in_source_name(
    hits: dict[str, list[tuple[int, int]]], original: str, folded: str, source: str
) -> None:
    """An event word written as part of the name the source goes by ("Next on Lumen Launch:
    ..." posted by @lumenlaunch or @lumen_launch) is that name, not an event. ``source``: the
    letters and digits of the author's handle or name, in lower case."""
    if len(source) < 4 or source[:3] not in folded:
        return  # (the name's first letters are nowhere in the text)
    capitalised = [
        span
        for f, found in hits.items()
        if f.startswith("event:")
        for span in found
        if original[span[0] : span[0] + 1].isupper()
    ]
    if not capitalised:
        return
    words = [m.span() for m in CAPITALISED_WORD.finditer(original)]
    _drop_event_spans(
        hits,
        folded,
        lambda s, e: (s, e) in capitalised and _in_source_name((s, e), words, original, source),
        "part of the source's name",
    )


def _in_source_name(
    span: tuple[int, int], words: list[tuple[int, int]], original: str, source: str
) -> bool:
    """``span`` lies in a run of capitalised words, one space apart, that spells ``source``."""
    at = next((i for i, (s, e) in enumerate(words) if s <= span[0] and span[1] <= e), -1)
    if at < 0:
        return False
    for first in range(max(0, at - SOURCE_NAME_WORDS + 1), at + 1):
        for last in range(at, min(len(words), first + SOURCE_NAME_WORDS)):
            begin, end = words[first][0], words[last][1]
            gaps = [original[words[i][1] : words[i + 1][0]] for i in range(first, last)]
            if any(gap != " " for gap in gaps):
                continue
            if "".join(c for c in original[begin:end].lower() if c.isalnum()) == source:
                return True
    return False


# "SPOT" in capitals before anything but a market word is a token's symbol ("opens SPOT
# claims on Thursday"), not the spot market ("SPOT TRADING", "Spot listing")
SPOT_MARKET_AFTER = re.compile(r"[ \t]+(?:trading|market|markets|pairs?|listing|listings)\b")


def _drop_spot_symbols(hits: dict[str, list[tuple[int, int]]], original: str, folded: str) -> None:
    spans = hits["event:listing"]
    kept = [
        (s, e)
        for s, e in spans
        if not (original[s:e] == "SPOT" and not SPOT_MARKET_AFTER.match(folded, e))
    ]
    if len(kept) != len(spans):
        if kept:
            hits["event:listing"] = kept
        else:
            del hits["event:listing"]


def _in_a_name(names: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    start, end = span
    for s, e in names:  # noqa: SIM110 - a loop: a generator per span costs more than it checks
        if s <= start and end <= e:
            return True
    return False


def _background_past(
    hits: dict[str, list[tuple[int, int]]], pick: EventPick, folded: str
) -> list[tuple[str, str, str]]:
    """Past cues outside the sentence of an event its own sentence dates coarsely ("the BSN
    token launches in Q4 2026. Audits are done.", a blog's history before its plan) are the
    background, not the event: dropped, and returned as (feature, cue, why) for the reasons. A
    past cue in the event's sentence stays ("launched in Q3 2025"). Called when that sentence
    gives a coarse date (``coarse`` in :func:`item_view`)."""
    start, end = sentence_of(folded, pick.start)
    spans = hits["past"]
    kept = [(s, e) for s, e in spans if start <= s < end]
    if len(kept) == len(spans):
        return []
    if kept:
        hits["past"] = kept
    else:
        del hits["past"]
    why = "background of an event its own sentence dates coarsely"
    return [("past", folded[s:e], why) for s, e in spans if not start <= s < end]


def _drop_cues_in_dates(hits: dict[str, list[tuple[int, int]]], date_hits: list[DateHit]) -> None:
    """A past cue inside a coarse date is the date ("later this year after its audit": not "a
    year after")."""
    vague = [(h.start, h.end) for h in date_hits if h.kind == "vague"]
    if not vague:
        return
    spans = hits["past"]
    kept = [(s, e) for s, e in spans if not any(a < e and s < b for a, b in vague)]
    if len(kept) == len(spans):
        return
    if kept:
        hits["past"] = kept
    else:
        del hits["past"]


def _drop_past_in_recent(
    hits: dict[str, list[tuple[int, int]]],
    live_spans: list[tuple[int, int]],
    folded: str,
    dropped: list[tuple[str, str, str]],
) -> None:
    """Past cues inside "went live 40 minutes ago": the event is today's."""
    recent = [(s, e) for s, e in live_spans if folded.endswith("ago", s, e)]
    if not recent:
        return
    dropped += _drop_spans(
        hits,
        folded,
        ("past", "past_event"),
        lambda s, e: any(a <= s and e <= b for a, b in recent),
        "gone live minutes or hours ago",
    )


# the word lists item_view asks about, answered from the matcher's pass (ScanWords)
_DENIED_AFTER = ScanWords(DENIED_AFTER_WORDS)
_DENIAL = ScanWords(DENIAL_WORDS)
_NEWS_LATER = ScanWords(NEWS_LATER_WORDS)
_NOW_THAT = ScanWords(NOW_THAT_WORDS)
_PAUSE = ScanWords(PAUSE_WORDS)
_PLACE = ScanWords(PLACE_WORDS)
_CANCEL = ScanWords(CANCEL_WORDS)
_RELATIVE = ScanWords(RELATIVE_WORDS)


def _lead_event_ends(
    pick: EventPick, hits: dict[str, list[tuple[int, int]]], date_hits: list[DateHit], folded: str
) -> list[int]:
    """Where the phrases naming the lead event end: a coarse date near any of them is the
    event's ("Spacecoin fixe à octobre sa vente communautaire" in the title, "vendra ... ses
    jetons ... en octobre" in the text). A later phrase counts when its sentence tells a plan
    (not "pointed to the launches of ... this spring")."""
    if not any(h.kind == "vague" for h in date_hits):
        return [pick.end]
    return [
        pick.end,
        *(
            e
            for s, e in hits.get(EVENT_PREFIX + pick.event_type, ())
            if s > pick.start and planned_in_sentence(folded, s, e)
        ),
    ]


def _coarse_own_date(
    pick: EventPick, hits: list[DateHit], live_spans: list[tuple[int, int]], folded: str
) -> bool:
    """The lead event's sentence gives it a coarse date ("opens a sale next week") and the live
    wording is in another sentence ("Registration is open now"): that is not the event."""
    if not hits or not any(h.kind == "vague" for h in hits):
        return False
    start, end = sentence_of(folded, pick.start)
    if not any(h.kind == "vague" and start <= h.start < end for h in hits):
        return False
    return not any(start <= s < end for s, _ in live_spans)


# a vote that is open, not the event: "Voting is live now", "the Snapshot vote is open"
VOTE_BEFORE = re.compile(r"\b(?:voting|votes?|polls?|ballots?)\s+(?:is\s+|are\s+)?$")


def item_view(
    scan: Scan,
    original: str,
    folded: str,
    title_len: int,
    published: dt.datetime,
    config: DetectionConfig,
    rejects: tuple[RejectRule, ...],
    reject_index: GateIndex,
    event_patterns: tuple[tuple[str, GatedPattern], ...],
    event_index: GateIndex,
    gate_words: GateWords,
    exchange: bool = False,
    source: str = "",
    proposed: EventPick | None = None,
) -> ItemView:
    """Event, day, temporal status and the item-level feature values.

    ``event_patterns``: ``(feature, pattern)`` pairs, in order; ``event_index`` and
    ``reject_index``: the :class:`GateIndex` of their patterns and of those of ``rejects``.
    ``gate_words``: the gate words of ``event_patterns`` and of the patterns of ``rejects``.

    ``exchange``: an exchange published the item; its notice is a listing whenever it names
    one, even if it leads with an exchange-run airdrop or the token's launch (a sale stays a
    sale).

    ``source``: the letters and digits of the author's handle or name, in lower case.

    ``proposed``: the event to weigh when the item names none (the text model's proposal)."""
    win = config.windows
    hits = scan.hits
    found_words = scan.gate_words  # (the pass over folded: what ScanWords read)
    subject_events(scan, original, folded)
    rounds_and_drops(scan, original, folded)
    _drop_events_in_names(hits, scan.mentions)
    if source:
        _drop_events_in_source_name(hits, original, folded, source)
    if "/" in folded:
        _drop_events_in_addresses(hits, folded)
    if "event:listing" in hits and "SPOT" in original:
        _drop_spot_symbols(hits, original, folded)
    described = _drop_descriptive_events(hits, folded)
    if ", which " in folded or ", who " in folded or ", that " in folded:
        described += _drop_past_relatives(hits, folded)
    if "negated_event" in hits:
        described += _drop_denied_events(hits, folded)
    if _DENIED_AFTER.any_in(folded, found_words):
        described += _drop_event_spans(
            hits, folded, lambda s, e: DENIED_AFTER.match(folded, e) is not None, "a denied event"
        )
    if "no " in folded:
        described += _drop_negated_subjects(hits, folded)
    if _DENIAL.any_in(folded, found_words):
        described += _drop_bare_denials(hits, folded)
    if "subscription" in folded and "event:token_sale" in hits:
        described += _drop_spans(
            hits,
            folded,
            ("event:token_sale",),
            lambda s, e: PRODUCT_SUBSCRIPTION.search(folded, max(0, s - 16), s) is not None,
            "a product's subscriptions, not a token's",
        )
    if has_any(folded, DISOWNED_EVENT_WORDS):
        described += _drop_event_spans(
            hits,
            folded,
            lambda s, e: DISOWNED_EVENT_BEFORE.search(
                folded, max(0, s - DISOWNED_EVENT_REACH), s
            ) is not None,
            "an event the item says it has nothing to do with",
        )
    if "test " in folded:
        described += _drop_event_spans(
            hits,
            folded,
            lambda s, e: TEST_TOKEN_BEFORE.search(folded, max(0, s - TEST_TOKEN_REACH), s)
            is not None,
            "the event of a test token",
        )
    if "buy in" in folded and "event:token_sale" in hits:
        described += _drop_spans(
            hits,
            folded,
            ("event:token_sale",),
            lambda s, e: FUND_AFTER.match(folded, e) is not None,
            "a fund or vault bought into, not a token sale",
        )
    if "auction" in folded and "event:token_sale" in hits:
        described += _drop_spans(
            hits,
            folded,
            ("event:token_sale",),
            lambda s, e: AUCTION_HOUSE.match(folded, s) is not None,
            "an auction house, a firm, not a sale",
        )
    if _NEWS_LATER.any_in(folded, found_words):
        described += _drop_event_spans(
            hits,
            folded,
            lambda s, e: NEWS_LATER_AFTER.match(folded, e) is not None,
            "news of it promised later",
        )
    if _NOW_THAT.any_in(folded, found_words):
        described += _drop_event_spans(
            hits,
            folded,
            lambda s, e: NOW_THAT_BEFORE.search(folded, max(0, s - NOW_THAT_REACH), s) is not None,
            "the state the news follows",
        )
    if "event:listing" in hits and _PAUSE.any_in(folded, found_words):
        described += _drop_spans(
            hits,
            folded,
            ("event:listing",),
            lambda s, e: PAUSED_SERVICE.match(folded, s, e) is not None
            and has_any(folded[slice(*sentence_of(folded, s))], PAUSE_WORDS),
            "a service paused, not a listing",
        )
    if _PLACE.any_in(folded, found_words):
        described += _drop_event_spans(
            hits,
            folded,
            lambda s, e: (
                PLACE_NOUN.search(folded, s, e) is not None
                or PLACE_AFTER.match(folded, e) is not None
            )
            and PLACE_BEFORE.search(folded, max(0, s - PLACE_REACH), s) is not None,
            "the place of another event",
        )
    if "separate" in folded:
        described += _drop_event_spans(
            hits,
            folded,
            lambda s, e: SEPARATE_AFTER.match(folded, e) is not None,
            "an event apart from the one told",
        )
    if "'" in folded or '"' in folded:
        described += _drop_quoted_denials(hits, folded)
    if " not " in folded or "n't " in folded:
        described += _drop_negated_is(hits, folded)
    if has_any(folded, DENIED_EVENT_WORDS):
        described += _drop_event_spans(
            hits,
            folded,
            lambda s, e: DENIED_EVENT_BEFORE.search(folded, max(0, s - 24), s) is not None
            and DENIED_EVENT_AFTER.match(folded, e) is not None,
            "an event the item says there is none of",
        )
    if FAUCET_WORD in folded:
        described += _drop_faucet_claims(hits, folded)
    cancelled: list[int] = []  # where cancelled event words start
    if _CANCEL.any_in(folded, found_words):
        described += _drop_cancelled_events(hits, folded, cancelled)
    if (" after " in folded or " since " in folded) and ("month" in folded or "year" in folded):
        described += _drop_long_after(hits, folded)
    if PRICE_WORD in folded:
        described += _drop_price_references(hits, folded)
    if " live" in folded and "event:tge" in hits:
        described += _drop_product_live(hits, folded)
    if "any " in folded or "every " in folded or "all " in folded:
        described += _drop_any_events(hits, folded)
    if "claim" in folded:
        described += _drop_other_claims(hits, folded)
    if "on sale" in folded and RETAIL.search(folded):
        described += _drop_retail_sales(hits, folded)
    present = gate_words.found(folded, scan.gate_words)
    ascii_text = folded.isascii()  # (then no pattern that needs another character can match)
    # "ACME/USDT": a pair is a listing
    for number in sorted(event_index.admitted(present, ascii_text)):
        feature, pattern = event_patterns[number]
        found = [m.span() for m in pattern.regex.finditer(folded)]
        if found and feature == "event:listing":  # the same clauses as listing words
            found = _drop_listing_non_events(found, folded, described)
        if found:
            hits[feature] = sorted([*hits.get(feature, []), *found])
    if "event:listing" in hits and ("price_talk" in hits or "event:tge" in hits):
        # price words inside the listing's own phrase are the listing: "WYNG/USDT and WYNG/USDC
        # order books open on Tuesday"; so is a launch word: "FHE debuts on three exchanges"
        listing_spans = hits["event:listing"]
        described += _drop_spans(
            hits,
            folded,
            ("price_talk", "event:tge"),
            lambda s, e: any(a <= s and e <= b for a, b in listing_spans),
            "part of the listing's phrase",
        )
    if _RELATIVE.any_in(folded, found_words):
        described += _drop_relative_events(hits, folded)
    if "genesis " in folded:
        described += _drop_event_spans(
            hits,
            folded,
            lambda s, e: folded.endswith("genesis", s, e)
            and GENESIS_LIST.match(folded, e) is not None,
            "the list of those in genesis, not the launch",
            TGE_ONLY,
        )
    lead = lead_end(folded, title_len, win.lead_chars)
    pick = pick_event(scan, lead, config.event_overrides)
    if pick is not None and pick.event_type in WEAK_PHRASES:
        pick = _past_weak_launch(pick, hits, folded, lead)
    if pick is None and proposed is not None:
        pick = proposed
        hits[EVENT_PREFIX + proposed.event_type] = [(proposed.start, proposed.end)]
    if pick is not None and pick.event_type in EXCHANGE_LISTS:
        listings = hits.get(EXCHANGE_EVENT)
        if listings and (exchange or _timing_reference(folded, pick.start, pick.end)):
            start, end = min(listings)
            pick = EventPick("listing", start, end, start < lead)
    if pick is not None and pick.event_type == "airdrop" and "token" in folded:
        listed = TOKEN_LISTED_BEFORE.search(folded, max(0, pick.start - 24), pick.start)
        if listed is not None:  # "Token, claims and the first pairs go live together": a launch
            pick = EventPick("tge", listed.start(), listed.start() + 5, listed.start() < lead)
    pub_day = published.date()
    date_hits: list[DateHit] = []
    symbols: list[Mention] = []
    if (
        (pick is None or not pick.in_lead)
        and not title_len
        and scan.mentions
        and len(folded) <= TOKEN_TIME_SIZE
    ):  # (also before an event named only after the lead: "DBLT arrives in March. Restakers
        # ... are in the first distribution")
        symbols = _capital_symbols(scan, original)
    token_time = None
    if symbols:  # (days are read only for a post naming a watched symbol in capitals)
        families = frozenset([k for key, k in _DATE_FAMILY_KEYS if key in hits])
        date_hits = find_dates(folded, published, families=families)
        token_time = _token_time(scan, symbols, folded, date_hits)
        if token_time is not None and pick is not None and not token_time[0].in_lead:
            token_time = None
    if symbols and (pick is None or token_time is not None):
        if token_time is not None:
            time_pick, (run_start, run_end) = token_time
            pick = time_pick
            hits["event:tge"] = [(time_pick.start, time_pick.end)]
            # (its days are those of its sentences: not "today" in "The closest we'll give
            # today: GUPY, May.")
            date_hits = [h for h in date_hits if run_start <= h.start < run_end]
        else:
            date_hits = []  # (an item without an event has no event day)
    elif pick is not None:
        if not symbols:  # (else the token-and-moment check has read the days already)
            families = frozenset([k for key, k in _DATE_FAMILY_KEYS if key in hits])
            date_hits = find_dates(folded, published, families=families)
        if "ago" in folded:  # "a month ago today": the anniversary, not the event's day
            date_hits = [h for h in date_hits if not _anniversary(h, folded)]
        if cancelled and date_hits:
            # the day in a cancelled event's sentence is that event's ("cancelled the sale
            # Forge was to host on October 21 ... would 'revisit distribution'"), unless the
            # remaining event is named there too ("cancels the sale; the airdrop goes ahead on
            # May 2")
            gone = [sentence_of(folded, at) for at in cancelled]
            gone = [(s, e) for s, e in gone if not s <= pick.start < e]
            date_hits = [h for h in date_hits if not any(s <= h.start < e for s, e in gone)]
    if "past" in hits and date_hits:
        _drop_cues_in_dates(hits, date_hits)
    history_end = -1  # the plan after a project's history: where its sentence starts
    gone_by = False  # the event's coarse date is a period gone by
    looks_back = "past" in hits or "past_event" in hits or "20" in folded
    if pick is not None and date_hits and looks_back:
        plan = _plan_after_history(pick, scan, date_hits, folded, pub_day, lead, title_len)
        if plan is not None:
            pick, history_end = plan, sentence_of(folded, plan.start)[0]
            told = body_start(title_len)
            described += _drop_history(hits, folded, told, history_end)
            # (the history's days are not the plan's: "The window closed Friday: 6,800 nodes
            # qualified for genesis. HUDL goes live Thursday, January 14")
            date_hits = [h for h in date_hits if not told <= h.start < history_end]
    live_spans = hits.get("live", [])
    if live_spans and ("vot" in folded or "poll" in folded or "ballot" in folded):
        # (a vote that is open is no event under way: "Voting is live now")
        live_spans = [
            (s, e) for s, e in live_spans if not VOTE_BEFORE.search(folded, max(0, s - 16), s)
        ]
    if live_spans and "ago" in folded:
        _drop_past_in_recent(hits, live_spans, folded, described)
    if live_spans and "will " in folded:  # "OKX will now open FHE trading at 08:00 UTC on ..."
        live_spans = [(s, e) for s, e in live_spans if not folded.endswith("will ", 0, s)]
    rows: list[tuple[int, int, DateHit]] = []
    day = event_day(date_hits, pick, scan, live_spans, win.date_link, pub_day, folded, lead, rows)
    row: tuple[int, int] | None = None
    if pick is not None and rows:
        pick, row = _row_event(pick, rows[0], date_hits, scan, folded, lead)
    live = bool(live_spans) or (day is not None and day.kind == "now")
    event_date = day.date if day is not None else None
    running = (
        pick is not None
        and event_date is not None
        and pick.event_type in UNDER_WAY_TYPES
        and 0 < (pub_day - event_date).days <= UNDER_WAY_DAYS
        and (
            bool(live_spans)  # "claims are live; they opened on Wednesday"
            or under_way(folded, date_hits, pick.start, pub_day)
        )
    )  # "the sale, which opened on Monday, closes today": happening now
    live = live or running
    if "past" in hits and "live" in folded:
        _drop_still_live(hits, folded, described, running)
    if running and ("past" in hits or "speculation" in hits):
        _drop_progress(hits, folded, described)
    if "past" in hits and (running or (live_spans and event_date == pub_day)):
        # "Season 2 claim is open. It went live yesterday at 14:00 UTC": the start of an event
        # still open, not a recap
        described += _drop_spans(
            hits, folded, ("past",), lambda s, e: folded.startswith(STARTED_CUES, s),
            "the start of an event still open",
        )  # fmt: skip
    if event_date is None and pick is not None and live and not _coarse_own_date(
        pick, date_hits, live_spans, folded
    ):
        event_date = pub_day
    dropped: list[tuple[str, str, str]] = []
    scope: CueScope | None = None
    precision: DatePrecision = "none"
    coarse_ahead = coarse_plan = False
    if pick is not None:
        ends = _lead_event_ends(pick, hits, date_hits, folded)
        # (``day`` exactly when the event has a date: also a live event's, dated by publication)
        precision = (
            "day" if event_date is not None
            else date_precision(date_hits, ends, win.date_link, folded)
        )  # fmt: skip
        if precision in COARSE_PRECISIONS and not live:
            # "The largest was Fhenix's FHE sale in March", written in July: a month gone by
            phrases = sorted(
                {(pick.start, pick.end), *hits.get(EVENT_PREFIX + pick.event_type, [])}
            )
            gone_by = _gone_by(phrases, date_hits, folded, pub_day, win.date_link)
        if history_end < 0:
            # (also without a past phrase: the reject patterns read later find "since October",
            # "six months in" in the history the scope sets apart)
            history_end = _plan_start(pick, day, date_hits, hits, folded, pub_day, title_len)
            if history_end > 0 and ("past" in hits or "past_event" in hits):
                described += _drop_history(hits, folded, body_start(title_len), history_end)
        # "KEST launches in Q4": a coarse date set for the event, nothing said to be over
        coarse_ahead = _coarse_ahead(event_date, precision, hits)
        # ... or a committed period the event's phrase names ("goes live later this year",
        # "launches next month"; not "soon" or "TBA"): a plan stated, future wording itself
        coarse_plan = (
            event_date is None
            and "past" not in hits
            and "past_event" not in hits
            and any(
                h.kind == "vague"
                and any(abs(h.start - end) <= win.date_link for end in ends)
                and _period_ahead(_period_text(folded, h), pub_day)
                for h in date_hits
            )
        )
        dated_ahead = live or (event_date is not None and event_date >= pub_day)
        ahead = dated_ahead or coarse_ahead
        day_at = day.start if day is not None and day.date is not None else -1
        coarse = False  # no day ahead, and the event's sentence gives a coarse date
        if not dated_ahead and date_hits:
            start, end = sentence_of(folded, pick.start)
            coarse = any(h.kind == "vague" and start <= h.start < end for h in date_hits)
        today_at = day_at if day is not None and day.date == pub_day and day.kind != "now" else -1
        dropped = scope_cues(hits, scan.mentions, folded, ahead, day_at, coarse, today_at)
        scope = CueScope(folded, scan.mentions, hits, ahead, day_at)
        if history_end > 0:
            scope.history = (body_start(title_len), history_end)
        if coarse and "past" in hits and event_date is None and precision in COARSE_PRECISIONS:
            dropped += _background_past(hits, pick, folded)
    dropped = described + dropped if described else dropped
    past = bool(hits.get("past"))
    temporal: Temporal | None = "live"
    if not running:
        temporal = temporal_status(event_date, pub_day, live, past, win.recent_days)
    view = ItemView(pick, day, event_date, temporal, lead=lead, dropped=dropped)
    view.row = row
    view.precision = precision
    if "$" in folded or "(" in folded:
        view.symbols = {
            (m.group(1) or m.group(2)).upper()
            for m in SYMBOL_RE.finditer(folded)
            if not _weekday_aside(folded, m) and not _bracketed_word(original, m)
        }
        view.symbols -= config.common_symbols
    if "@" in folded:
        view.handles = handles_in(folded)
    if "." in folded:
        view.hosts = hosts_in(folded)
    announce = hits.get("announce")
    is_live = 1.0 if live and temporal != "past" else 0.0
    values = view.values
    if pick is None:
        values.update(event=0.0, event_lead=0.0, no_event=1.0)
    else:
        values.update(event=1.0, event_lead=1.0 if pick.in_lead else 0.0, no_event=0.0)
    values["announce"] = _capped(len(announce), CONTEXT_CAP) if announce else 0.0
    values["live"] = is_live
    if gone_by:
        values["date_past"] = 1.0
    upcoming = False
    if event_date is not None:
        behind = (pub_day - event_date).days
        upcoming = behind <= 0
        # (an event under way since a day this week is still to be joined: "the claim has been
        # open since Tuesday (17/3) and runs to 16/4")
        values["date_upcoming"] = 1.0 if upcoming or running else 0.0
        values["date_past"] = 1.0 if behind > win.recent_days and not running else 0.0
        if behind > 0 and not is_live and day is not None and _said_yesterday(day, folded):
            values["date_past"] = 1.0  # "got into the sale yesterday": over, nothing still open
    if pick is not None and "past" in hits and _closed_itself(folded, pick, hits):
        # "The HUDL claim window has closed. Unclaimed tokens went back ... today": the event's
        # own sentence says it is over; a later day in the item (a refund, a return) is not its
        values["live"] = 0.0
        values["date_upcoming"] = 0.0
    passed = reject_values(
        values, hits, folded, lead, pick is not None and pick.in_lead, rejects,
        reject_index.admitted(present, ascii_text), scope,
    )  # fmt: skip
    view.dropped.extend(passed)
    # (a future verb of another language in the lead event's sentence is its "will": "token
    # FOXT sẽ ra mắt", "Paribu ... sunacak", "लॉन्च करेगा"; not once the item cancelled an event,
    # whose aftermath is left: "no dio detalles sobre cómo se distribuirá el token")
    if (
        not (announce or is_live or upcoming or coarse_plan)
        and not _postponed(folded, pick)
        and (pick is None or cancelled or not future_sentence(folded, pick.start, pick.end))
    ):
        values["no_announcement"] = 1.0
    safety = hits.get("safety")
    if safety and pick is not None:
        events = event_spans(hits)
        timed = [h.start for h in date_hits] + [s for s, _ in live_spans]
        if warning_only(folded, safety, events, timed):
            values["warning_only"] = 1.0
    if giveaway(folded):
        values["giveaway"] = 1.0  # decides as a scam whatever else the item says
    if "scam" in hits and secret_request(folded):
        values["secret_request"] = 1.0  # asks for the seed phrase: a scam, whatever else
    past_events = hits.get("past_event")
    if (
        past_events
        and not (is_live or upcoming)
        and not any(h.kind == "vague" for h in date_hits)
        and any(not _future_before(folded, s) for s, _ in past_events)
    ):
        values["past_event"] = 1.0  # "Acme launched its token", nothing upcoming or live
    if day is not None and "past" in values and closed_day(folded, day):
        values["date_past"] = 1.0  # "the claim window closed today": the day it ended
        upcoming = False
    if (
        "past" in values
        and day is not None
        and day.kind != "now"
        and upcoming
        and not (
            day.date == pub_day
            and any(folded.startswith(CLOSED_CUES, s) for s, _ in hits.get("past", ()))
        )
    ):
        # "went live on Tuesday" written that Tuesday is news, not a recap (not a close told the
        # same day: "Noon UTC came and went, the EGG claim is shut")
        values["past"] /= 2
    if pick is not None:
        for name in WHOLE_IF_AROUND_PICK:
            spans = hits.get(name)
            if spans and any(a <= pick.start and pick.end <= b for a, b in spans):
                # the lead event's phrase lies inside the cue: what it denies ("No new token, no
                # airdrop") or says is already so ("ESP déjà en circulation")
                values[name] = 1.0
    if "20" in folded:
        past_years = [m for m in PERIOD_YEAR.finditer(folded) if int(m[1]) < published.year]
        # (a coarse plan counts once the cues about something else are passed over: "The
        # ROBO token launches in the third quarter" after "Earlier this year it ran ...")
        if past_years and (is_live or upcoming or _coarse_ahead(event_date, precision, hits)):
            # "claims open today for wallets that staked during 2025": the past activity that
            # earned the tokens, not a look back at the event
            windows = [m for m in past_years if in_recipient_clause(folded, m.start(), m.end())]
            view.dropped.extend(("past_year", m[1], "a past activity window") for m in windows)
            past_years = [m for m in past_years if m not in windows]
            # "Curvance, which raised a seed round in March 2024, will launch CVE on
            # Thursday": the project's history, background to the event ahead
            history = [
                m
                for m in past_years
                if m.start() < history_end
                or in_history_clause(folded, m.start())
                # "the launchpad that has hosted 41 token sales since 2024": how long it has
                # (not a token that "has traded ... since 2024": listed long ago)
                or (
                    pick is not None
                    and pick.event_type != "listing"
                    and folded.endswith(SINCE_WORDS, 0, m.start())
                )
            ]
            view.dropped.extend(("past_year", m[1], "the project's history") for m in history)
            past_years = [m for m in past_years if m not in history]
            if past_years and pick is not None:
                # ... in any language, in a sentence naming no event ("Chaff Protocol wurde 2022
                # gegründet ... Der CHAF-Token startet am Donnerstag"): background
                events = event_spans(hits)
                aside = [
                    m
                    for m in past_years
                    if not event_in_sentence(folded, m.start(), events)
                    and not PAST_EVENT_BEFORE.search(folded, max(0, m.start() - 40), m.start())
                ]
                view.dropped.extend(("past_year", m[1], "background in a sentence of its own")
                                    for m in aside)  # fmt: skip
                past_years = [m for m in past_years if m not in aside]
        if past_years:
            values["past_year"] = 1.0
    return view


# An official post in the fewest words: the token's symbol and its moment, nothing else ("HUDL:
# Sept 29, 14:00 UTC.", "CLIQUE. November 10. 15:00 UTC.", "Tomorrow. 15:00 UTC. CLIQUE.", "HUDL
# — September.", "ROBO arrives on mainnet in September."): the token's launch.
TOKEN_TIME_SIZE = 280  # characters: a post, not an article
MONTH_PERIOD = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|q[1-4]|h[12]"
    r"|(?:first|second|third|fourth|1st|2nd|3rd|4th) quarter|(?:first|second) half)\b"
)
# (a sentence ends at its mark, a line break or an emoji: "HUDL hits mainnet 🎥 Node operators")
TOKEN_TIME_SENTENCE = re.compile(
    r"[.!?](?=\s|$)|\n|[\U0001F300-\U0001FAFF\u2600-\u27BF]"
    # ... or a clause after a comma that adds who receives it or where it arrives: "ESCN follows
    # in Q3, with an allocation for lenders", "DUCK arrives in Q3, on TON and on DuckChain"
    r"|,(?= (?:with|for|and|plus|including|on)\b)"
)
TOKEN_TIME_REST = re.compile(
    r"(?:[\s:·•|—–\-.,!→>/()]"
    r"|\b(?:\d{1,2}[:h]\d{2}|\d{1,2}\s?(?:am|pm)|utc|gmt|kst|cet|cest|est|edt|pst|pdt|et|pt|jst"
    r"|at|on|from|in|the|token|mainnet|genesis|arrives|hits|lands|goes live|is live|live"
    r"|follows|comes|comes out|comes online|is coming|moves|moved|from|to|now|for|exists"
    r"|is scheduled|is slated|is set|is due|scheduled|slated|due"
    r"|is out|ships|drops|goes out|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|our|own|our own|20\d\d"
    # ... "ESP arrives this year", "NIPR is real on Friday", "ROBO switches on Thu Sep 24"
    r"|this|later|next|year|week|month|quarter|is real|switches on"
    # ... "Thursday, 14:00 UTC: COBB mints.", "ROBO lives on-chain from Friday", "CPLA has a date
    # again: Thursday, December 18"
    r"|mints|lives on-chain|lives onchain|has a date|has a date again|gets a date)\b"
    r"|\b" + MONTH_PERIOD + r")*"
)
# ... or its arrival said now: "HUDL hits mainnet", "ACME is live"
TOKEN_TIME_NOW = re.compile(r"\b(?:hits mainnet|is live|goes live|is out|lands)\b")
# a period ahead named in words: "ESP arrives this year", "HUDL lands next month"
COARSE_AHEAD = r"\b(?:(?:later )?this year|next (?:week|month|quarter)|this (?:month|quarter))\b"
# a month or quarter named alone ("HUDL — September."): a coarse date
# any month or quarter word: whether a post without days may name a period at all
TOKEN_TIME_MOMENT = re.compile(r"\b" + MONTH_PERIOD + "|" + COARSE_AHEAD)
# (not "may" the verb: "in May", or "May" ending its sentence: "HUDL: May.")
TOKEN_TIME_PERIOD = re.compile(
    r"\b(?!may\b)" + MONTH_PERIOD + r"|\bin may\b|(?<=[:,\-] )may\s*$|" + COARSE_AHEAD
)


def _capital_symbols(scan: Scan, original: str) -> list[Mention]:
    """The mentions of watched projects written in capitals ("HUDL", "$CLIQUE")."""
    return [
        m for m in scan.mentions
        if m.kind != "handle" and original[m.start : m.end].lstrip("$").isupper()
    ]  # fmt: skip


def _token_time(
    scan: Scan, symbols: list[Mention], folded: str, date_hits: list[DateHit]
) -> tuple[EventPick, tuple[int, int]] | None:
    """The token launch of a post with sentences that hold only a watched project's symbol (in
    capitals, ``symbols``) and a day, time or period, with nothing else said there (not "ACME:
    March 20 snapshot", "ACME — Q3 recap"), and where those sentences lie; ``None`` otherwise."""
    if not date_hits and not TOKEN_TIME_NOW.search(folded) and not TOKEN_TIME_MOMENT.search(folded):
        return None  # (no moment named at all)
    cursor = 0
    run: list[tuple[int, int]] = []  # the sentences of the run of pure ones being read
    for mark in (*TOKEN_TIME_SENTENCE.finditer(folded), None):
        end = mark.start() if mark is not None else len(folded)
        if _says_only_token_time(folded, cursor, end, symbols, date_hits):
            run.append((cursor, end))
        else:
            found = _token_time_run(run, folded, symbols, date_hits, scan)
            if found is not None:
                return found
            # (a run may start after a colon: "The closest we'll give today: GUPY, May.")
            colon = folded.rfind(": ", cursor, end)
            pure = colon >= 0 and _says_only_token_time(folded, colon + 2, end, symbols, date_hits)
            run = [(colon + 2, end)] if pure else []
        if mark is None:
            break
        cursor = mark.end()
    return _token_time_run(run, folded, symbols, date_hits, scan)


def _says_only_token_time(
    folded: str, begin: int, end: int, symbols: list[Mention], date_hits: list[DateHit]
) -> bool:
    """Between the symbols and days of ``begin:end`` lies nothing but times, zones, separators
    and the few words of :data:`TOKEN_TIME_REST`."""
    spans = sorted(
        [(m.start, m.end) for m in symbols if begin <= m.start < end]
        + [(h.start, h.end) for h in date_hits if begin <= h.start < end]
    )
    at = begin
    for start, stop in spans:
        if start < at:
            continue
        if TOKEN_TIME_REST.fullmatch(folded, at, start) is None:
            return False
        at = stop
    return at >= end or TOKEN_TIME_REST.fullmatch(folded, at, end) is not None


def _token_time_run(
    run: list[tuple[int, int]],
    folded: str,
    symbols: list[Mention],
    date_hits: list[DateHit],
    scan: Scan,
) -> tuple[EventPick, tuple[int, int]] | None:
    """The launch a run of pure sentences names: a symbol and a day or period, or its arrival
    now ("HUDL hits mainnet")."""
    if not run:
        return None
    begin, end = run[0][0], run[-1][1]
    symbol = next((m for m in symbols if begin <= m.start < end), None)
    if symbol is None:
        return None
    dated = any(begin <= h.start < end for h in date_hits) or any(
        TOKEN_TIME_PERIOD.search(folded, s, e) for s, e in run
    )
    if not dated:
        now = TOKEN_TIME_NOW.search(folded, symbol.end, end)
        if now is None:
            return None
        scan.hits.setdefault("live", []).append(now.span())
    return EventPick("tge", symbol.start, symbol.end, begin == 0), (begin, end)


def _drop_history(
    hits: dict[str, list[tuple[int, int]]], folded: str, begin: int, end: int
) -> list[tuple[str, str, str]]:
    """The cues of :data:`HISTORY_SCOPED` in ``begin:end``, the history told before a plan."""
    return _drop_spans(hits, folded, HISTORY_SCOPED, lambda s, e: begin <= s < end, HISTORY_WHY)


def body_start(title_len: int) -> int:
    """Where the text starts after the headline and its line break."""
    return title_len + 1 if title_len else 0


def _plan_start(
    pick: EventPick,
    day: DateHit | None,
    date_hits: list[DateHit],
    hits: dict[str, list[tuple[int, int]]],
    folded: str,
    published: dt.date,
    title_len: int,
) -> int:
    """Where the lead event's sentence starts when that sentence sets the event ahead (its day
    still to come, or a period ahead after the event phrase) and other sentences come before
    it: what they tell is the project's history ("Caldera raised $15 million in 2024 ...
    Caldera's ERA airdrop opens on May 12"). -1 otherwise, and when the event's sentence
    opens the body (a headline is no history) or a listing follows the token's own debut (a
    later listing, not the first)."""
    start, end = sentence_of(folded, pick.start)
    if start <= body_start(title_len) or _debuted_before(pick, hits, folded, start):
        return -1
    if day is not None and day.date is not None:
        return start if day.date > published and start <= day.start < end else -1
    for h in date_hits:
        if (
            h.kind == "vague"
            and pick.end <= h.start < end
            and _period_ahead(_period_text(folded, h), published)
        ):
            return start
    return -1


def _plan_after_history(
    pick: EventPick,
    scan: Scan,
    date_hits: list[DateHit],
    folded: str,
    published: dt.date,
    lead: int,
    title_len: int,
) -> EventPick | None:
    """A news item that tells a project's history before its plan ("Its ERA token debuted
    last July with a Binance listing ... Caldera's second ERA airdrop opens on May 12"): when
    the lead event's sentence looks back (a past cue or a past year) and a later sentence names
    a watched project, an event and a day or period still ahead, that later event is the item's.
    ``None`` when there is no such plan."""
    hits = scan.hits
    start, end = sentence_of(folded, pick.start)
    looks_back = any(start <= s < end for f in ("past", "past_event") for s, _ in hits.get(f, ()))
    if not looks_back and "20" in folded[start:end]:
        looks_back = any(
            int(m[1]) < published.year for m in PERIOD_YEAR.finditer(folded, start, end)
        )
    if not looks_back or any(
        start <= h.start < end and h.date is not None and h.date > published for h in date_hits
    ):
        return None  # (a sentence also naming a day ahead: "opened May 5 and runs until Friday")
    later = sorted(
        (s, e, f[len(EVENT_PREFIX) :])
        for f, spans in hits.items()
        if f.startswith(EVENT_PREFIX)
        for s, e in spans
        if s >= end
    )
    for s, e, kind in later:
        begin, stop = sentence_of(folded, s)
        if not any(begin <= m.start < stop for m in scan.mentions):
            continue
        if any(begin <= a < stop for f in ("past", "past_event") for a, _ in hits.get(f, ())):
            continue
        for h in date_hits:
            if not begin <= h.start < stop:
                continue
            if h.kind == "vague":
                ahead = _period_ahead(_period_text(folded, h), published)
            else:
                ahead = h.date is not None and h.date >= published
            if ahead and h.start > s and (kind != pick.event_type or start >= title_len):
                # (a headline's event restated in the body is the same event: "Acme confirms
                # June debut, two years after its pitch" over "Acme will launch ACME in June")
                plan = EventPick(kind, s, e, s < lead)  # type: ignore[arg-type]
                return None if _debuted_before(plan, hits, folded, begin) else plan
    return None


# the token's own debut told before a listing: "XAI, which debuted in January 2024 ... Trading
# in XAI-USD starts Friday" (a later listing, not the first)
DEBUT_WORDS = ("launched", "debuted", "were listed", "went live")


def _debuted_before(
    pick: EventPick, hits: dict[str, list[tuple[int, int]]], folded: str, start: int
) -> bool:
    return pick.event_type == "listing" and any(
        s < start and folded.startswith(DEBUT_WORDS, s) for s, _ in hits.get("past_event", ())
    )


def _coarse_ahead(
    event_date: dt.date | None, precision: DatePrecision, hits: dict[str, list[tuple[int, int]]]
) -> bool:
    """A coarse date is set for the event and nothing says it is over."""
    return (
        event_date is None
        and precision in COARSE_PRECISIONS
        and "past" not in hits
        and "past_event" not in hits
    )


# the year a token's own event happened ("XAI token, which launched in January 2024"): a recap
PAST_EVENT_BEFORE = re.compile(
    r"\b(?:launched|debuted|listed|went live|airdropped|distributed)\b[^.;!?\n]{0,30}\Z"
)


AGO_BEFORE = re.compile(r"\bago\s*,?\s*$")
# "since" in the press's languages ("die seit 2024 Stipendien vergibt")
SINCE_WORDS = ("since ", "seit ", "desde ", "depuis ")


def _row_event(
    pick: EventPick,
    row: tuple[int, int, DateHit],
    hits: list[DateHit],
    scan: Scan,
    folded: str,
    lead: int,
) -> tuple[EventPick, tuple[int, int]]:
    """In a calendar, the event of the project's own row (found by ``event_day``: "Mon 22:
    Furrow claims / Wed 24: Dispatch TGE": Dispatch's TGE), when the first event phrase is
    another row's (not the header's: "Listings on deck" types every row); and the row, whose
    owners alone count."""
    span = (row[0], row[1])
    first = next(h.start for h in hits if h.kind != "vague")
    if row[0] <= pick.start < row[1] or pick.start < folded.rfind("\n", 0, first) + 1:
        return pick, span  # the row's own event, or the header's
    inside = [
        (s, e, kind)
        for kind in EVENT_TYPES
        for s, e in scan.hits.get(EVENT_PREFIX + kind, ()) if row[0] <= s < row[1]
    ]  # fmt: skip
    if not inside:
        return pick, span
    s, e, kind = min(inside)
    return EventPick(kind, s, e, s < lead), span


# the lead event said to be over in its own sentence, right after its phrase: "The ROBO sale has
# closed", "The GNEA round is closed", "the claim window has closed" (not "closes Friday")
CLOSED_ITSELF = re.compile(
    r"[^.;!?\n]{0,30}?\b(?:has|have|is|are|was|were) (?:now |officially )?"
    r"(?:closed|over|ended|finished|wrapped up)\b"
)


def _closed_itself(
    folded: str, pick: EventPick, hits: dict[str, list[tuple[int, int]]]
) -> bool:
    """(and the item names no event of another kind: "The ESP sale has closed ... Next up is
    the TGE on Thursday" announces the TGE)"""
    own = EVENT_PREFIX + pick.event_type
    return CLOSED_ITSELF.match(folded, pick.end) is not None and not any(
        key.startswith(EVENT_PREFIX) and key != own for key in hits
    )


def _postponed(folded: str, pick: EventPick | None) -> bool:
    """The lead event's sentence says it is postponed ("Curvance pospone la venta pública de
    CVE", "SPACE token lansmanını erteledi"): a moved event, still ahead (docs/labels.md)."""
    if pick is None or not has_any(folded, POSTPONE_WORDS):
        return False
    begin, end = sentence_of(folded, pick.start)
    return POSTPONED.search(folded, begin, end) is not None


# how long an event still open has been open: "the sale has been live since Tuesday and closes
# today" (not a look back at it)
STILL_LIVE = ("has been live", "have been live", "live since")
# ... or a condition set in the future: "launches in August, once the network's first operator
# cohort has been live for a full month"
ONCE_BEFORE = re.compile(r"\b(?:once|until|when|after)\b[^.;!?\n]{0,60}$")


CLOSED_CUES = ("came and went", "is shut", "is over", "is closed", "has closed", "has ended")
STARTED_CUES = ("went live", "opened", "began", "started", "kicked off", "launched")


def _drop_still_live(
    hits: dict[str, list[tuple[int, int]]],
    folded: str,
    dropped: list[tuple[str, str, str]],
    running: bool,
) -> None:
    kept = []
    for start, end in hits["past"]:
        if not folded.startswith(STILL_LIVE, start):
            kept.append((start, end))
        elif running:
            dropped.append(("past", folded[start:end], "the event is still open"))
        elif ONCE_BEFORE.search(folded, max(0, start - 60), start):
            dropped.append(("past", folded[start:end], "a condition ahead"))
        else:
            kept.append((start, end))
    if kept:
        hits["past"] = kept
    else:
        del hits["past"]


# What a report on an event still under way says of its progress and where the figures come
# from ("61% filled so far", "38% has been claimed", "according to its dashboard", "on-chain
# data show"): no recap and no doubt while the event is open.
PROGRESS_CUES = {
    "past": ("so far", "to date", "has been claimed", "have been claimed", "has drawn",
             "has raised", "have claimed"),
    "speculation": ("on-chain data", "dashboard", "data show"),
}  # fmt: skip


def _drop_progress(
    hits: dict[str, list[tuple[int, int]]], folded: str, dropped: list[tuple[str, str, str]]
) -> None:
    for feature, words in PROGRESS_CUES.items():
        dropped += _drop_spans(
            hits,
            folded,
            (feature,),
            _starting_with(folded, words),
            "the progress of an event still open",
        )


def _starting_with(folded: str, words: tuple[str, ...]) -> Callable[[int, int], bool]:
    return lambda start, _end: folded.startswith(words, start)


def _anniversary(hit: DateHit, folded: str) -> bool:
    """"Today" right after "... ago" ("went live a month ago today") dates the recap."""
    if hit.kind != "now":
        return False
    return AGO_BEFORE.search(folded, max(0, hit.start - 8), hit.start) is not None


# "yesterday" in every language the relative-day patterns read (one list: dates.py's)
YESTERDAY_WORDS = ("yesterday", *(
    word for words in (CJK_DAY_WORDS, FOREIGN_DAY_WORDS)
    for word, meaning in words.items() if meaning == "yesterday"
))  # fmt: skip


def _said_yesterday(day: DateHit, folded: str) -> bool:
    return folded.startswith(YESTERDAY_WORDS, day.start)


def _future_before(folded: str, start: int) -> bool:
    """The word before ``start`` makes a past participle future, passive or just now."""
    words = folded[max(0, start - FUTURE_LOOKBACK) : start].split()
    return bool(words) and words[-1] in NOT_PAST


def _apart(own: list[Mention], symbols: set[str], scan: Scan, folded: str) -> bool:
    """The project's mentions and the other tokens' symbols are in different sentences (or
    entries of a list, or rows of a calendar), and a sentence naming the project names an event:
    a roundup in which each project has its own ("Acme's ACME sale starts Tuesday. Korvo (KRV)
    runs an auction on Thursday")."""
    sentences = {sentence_of(folded, m.start) for m in own}
    for found in SYMBOL_RE.finditer(folded):
        if (found.group(1) or found.group(2)).upper() not in symbols:
            continue
        at = found.start()
        for start, end in sentences:
            if start <= at < end:
                return False
    events = [s for f, spans in scan.hits.items() if f.startswith(EVENT_PREFIX) for s, _ in spans]
    return any(start <= at < end for start, end in sentences for at in events)


def _name_with_symbol(own: list[Mention], folded: str) -> bool:
    """ "Acme (ACME)": a name followed by its own symbol in brackets is the crypto project
    (a symbol spelled like the name may have matched as the name: "Clique (CLIQUE)"); so is
    a symbol followed by its name in brackets ("ACME (Acme)")."""
    names = [m.end for m in own if m.kind in ("name", "alias")]
    for m in own if names else ():
        for end in names:
            if m.start >= end:
                gap = folded[end : m.start].strip()
                if (m.kind in ("ticker", "cashtag") or gap == "(") and gap in SYMBOL_GAPS:
                    return True
    # ... and the symbol followed by its name in brackets: "ACME (Acme) is available for spot
    # trading", an exchange's way of naming the token's project
    for m in own if names else ():
        if m.kind in ("ticker", "cashtag"):
            for n in own:
                if n.kind in ("name", "alias") and folded[m.end : n.start].strip() == "(":
                    return True
    return False


def _name_and_symbol(own: list[Mention], original: str) -> bool:
    """The item names the project both by its name (or an alias) and by its symbol (its
    ticker, or a name spelled like it written in capitals: "Clique ... CLIQUE")."""
    symbols = [_as_symbol(m, original) for m in own]
    return True in symbols and any(
        m.kind in ("name", "alias") and not symbol for m, symbol in zip(own, symbols, strict=True)
    )


def _gap_is_blank(text: str) -> bool:
    return text.strip(" -") in ARTICLES


SUBORDINATE_FEATURES = ("host_prefix", "host_suffix", "name_suffix", "name_prefix")
# words that join a clause are no part of a name: "Acme will co-host", "Acme and Orbit Inc."
_CLAUSE_GLUE = r"(?:and|or|will|to|the|of|for|with|by|at|on|in|is|are|was|its|has|had|said|says)"
# The name goes on into another company's registered name: "Acme Bar Co. launches a rewards
# token", "Orbit Glass Inc." (a word or two, then a legal form; not the project's own entity:
# "Acme Labs Inc.", "Orbit Foundation Ltd.")
LEGAL_NAME_AFTER = re.compile(
    r" (?!(?:labs?|foundation|network|protocol|systems|technologies|tech|finance|dao|chain"
    rf"|ventures|association)\b)(?!{_CLAUSE_GLUE}\b)[a-z][\w&'-]*"
    rf"(?: (?!{_CLAUSE_GLUE}\b)[a-z][\w&'-]*)?"
    r" (?:co\.|(?:inc|corp|llc|ltd|gmbh|plc)\b(?!-))"
)


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


def _right_after_relation(m: Mention, scan: Scan) -> bool:
    """A relation phrase ends right before the mention ("not DuckChain", "unrelated to Acme")."""
    return any(end <= m.start <= end + 1 for _, end in scan.hits["relation"])


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
    original: str,
) -> dict[str, float]:
    """Company-level feature values for candidate ``company`` (``original``: the item's text
    as written, positions as in ``folded``)."""
    own = [m for m in mentions if m.company == company]
    official = profile.is_official(author_handle, host)
    strong = (
        True in [m.strong for m in own]
        or _name_with_symbol(own, folded)
        # its official site named in the text: "领取入口 caldera.xyz/claim" (the project, not the
        # word, whatever the item's other words)
        or (bool(own) and bool(view.hosts) and any(profile.is_official("", h) for h in view.hosts))
    )
    context = len(scan.hits.get("crypto_context", ()))
    values: dict[str, float] = {
        "mention_strong": 1.0 if strong or official else 0.0,
        "mention_weak": 1.0 if own and not (strong or official) else 0.0,
        "official_source": 1.0 if official else 0.0,
        "crypto_context": _capped(context, CONTEXT_CAP),
    }
    if not strong and not official and context == 0:
        values["no_context"] = 1.0
        # (its name and its symbol in capitals both written, apart, in an item with words of
        # other languages, whose crypto words the config may lack: "Deadwood 宣布第二季 DWD 奖励",
        # "عملة DROV ... Drover"; in English, a lack of any crypto word still counts)
        if (
            not folded.isascii()
            and _name_and_symbol(own, original)
            and not _symbol_as_word(own, original)
        ):
            del values["no_context"]
    names = [m for m in own if m.kind in ("name", "alias")]
    lowercase = False not in [m.lowercase for m in names]
    if names and len(names) == len(own) and lowercase and not official:
        values["lowercase_name"] = 1.0
    if (
        names
        and len(names) == len(own)
        and not official
        and all(LEGAL_NAME_AFTER.match(folded, m.end) for m in names)
    ):
        values["negative_context"] = 1.0  # another company's registered name
    window = config.windows
    if own and not official and not scan.hits.keys().isdisjoint(SUBORDINATE_FEATURES):
        hosted = [is_subordinate(m, scan, folded, window.host_prefix) for m in own]
        if all(hosted) or (
            # the host chain named again only to be set apart: "on our DEX on DuckChain ... we
            # are an independent team, not DuckChain"
            len(own) > 1
            and hosted[0]
            and "relation" in scan.hits
            and all(h or _right_after_relation(m, scan) for h, m in zip(hosted, own, strict=True))
        ):
            values["subordinate"] = 1.0
    if (
        view.symbols
        and not official
        and view.symbols.isdisjoint(profile.symbols)
        and not (own and _apart(own, view.symbols, scan, folded))
    ):
        values["foreign_symbol"] = 1.0
    if not official and (
        profile.lookalike_handle(author_handle)
        or profile.lookalike_host(host)
        or (view.handles and any(profile.lookalike_handle(h) for h in view.handles))
        or (view.hosts and any(profile.lookalike_host(h) for h in view.hosts))
    ):
        values["lookalike_source"] = 1.0
    return values


def _named_with_symbol(name: str, original: str) -> bool:
    """The text gives ``name`` its symbol in brackets: "Beryl (BRYL) public sale"."""
    at = original.find(name + " (")
    return at >= 0 and _BRACKETED_SYMBOL.match(original, at + len(name) + 1) is not None


# an event named as the time of another ("the last round before the WAIN launch", "holders
# since launch", "separate from Monday's launch", "will launch its token after a community round")
RELATIVE_EVENT_BEFORE = re.compile(
    r"\b(?:before|ahead of|after|following|until|till|prior to|since|separate from|apart from"
    # ... in the press's languages: "logo após o leilão público", "depois da rodada comunitária",
    # "después de la venta", "après la vente", "nach dem Verkauf"
    r"|após|depois|después|antes|après|avant|nach)"
    r"\s+(?:the\s+|its\s+|our\s+|their\s+|an?\s+|d[aoe]s?\s+|del?\s+|la\s+|le\s+|l'"
    r"|o\s+|a\s+|dem\s+|der\s+)?(?:own\s+)?"
    # (the day of the event named as the time: "after the June 3 sale")
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"\s+)?"
    r"(?:\$?[a-z][a-z0-9]{1,11}(?:['’]s)?\s+)?(?:token\s+)?\Z",
    re.IGNORECASE,
)
RELATIVE_REACH = 40  # characters searched before the event phrase
RELATIVE_TRAIL = re.compile(r"\s+(?:on|at|via|through)\s+(?:[\w.'-]+\s+){0,2}")


def _owns_an_event(owners: Ownership, company: int, original: str) -> bool:
    """The project owns an event phrase that is not only the time of another event."""
    return any(
        owner == company
        and RELATIVE_EVENT_BEFORE.search(original, max(0, start - RELATIVE_REACH), start) is None
        for start, _, owner in owners.owners
    )


def _names_another(own: list[Mention], view: ItemView, original: str) -> bool:
    """The item names another token's pair, symbol ("The Lumen Finance (LUMN) round") or
    another account than the project's own."""
    mine = {original[m.start : m.end].lstrip("$@").upper() for m in own}
    if any(m.group(1) not in mine for m in _PAIR_BASE.finditer(original)):
        return True
    if view.symbols and not view.symbols <= mine:
        return True
    return bool(view.handles) and not any(m.kind == "handle" for m in own)


def _timing_reference(folded: str, start: int, end: int) -> bool:
    """The event phrase at ``start:end`` names when something else happens."""
    return (
        TIMING_BEFORE.search(folded, max(0, start - 40), start) is not None
        or TIMING_AFTER.match(folded, end) is not None
        or SAME_DAY_CJK.search(folded, start, end + 2) is not None
    )


def _foreign(owners: Ownership, row: tuple[int, int] | None, limit: int) -> bool:
    """Another project owns a phrase of the lead, or of the project's row in a calendar (the
    other rows are other projects' by design)."""
    return owners.foreign_in(limit) if row is None else owners.foreign_in(row[1], row[0])


def ownership_values(
    company: int,
    mentions: list[Mention],
    view: ItemView,
    values: dict[str, float],
    size: int,
    original: str = "",
) -> None:
    """Add what the owners of the event phrases say about ``company`` to its ``values``
    (``view.ownership`` is set; ``size`` is the length of the text)."""
    owners = view.ownership
    if owners is None:
        return
    own = [m for m in mentions if m.company == company]
    pick = view.pick
    if (
        values.get("official_source")
        and (
            not owners.owns(company)
            # (a later phrase of its own is no matter: "Lindenfall runs its own TGE", "in the
            # Jeeves Claims tab")
            or (pick is not None and owners.lead_is_anothers(company, pick.start, pick.end))
        )
        and _theirs(original, own)
    ):
        # the source says the event is another team's: "HLYD is their token, not ours",
        # "Their token, their claim page; we are just the lending market underneath"
        values.update(foreign_event=1.0, context_only=1.0, official_source=0.0)
        return
    if values.get("official_source"):
        # an official post about another token's event it hosts ("the NOVA public round opens
        # on our launchpad"): a symbol owns the lead's event and no phrase is the project's
        # (the post may not name the project at all: "New listing: Marrow (MRW)" from the
        # exchange's account)
        limit = view.lead if view.pick is not None and view.pick.in_lead else size
        if limit < size and owners.owners and all(start >= limit for start, _, _ in owners.owners):
            # the lead names the venue, no owner ("Next on Acme Launchpad"): the first owned
            # phrase after it decides ("@nimbusperps NIMB public sale")
            limit = min(start for start, _, _ in owners.owners) + 1
        if not _owns_an_event(owners, company, original) and (
            (
                _foreign(owners, view.row, limit)
                and (
                    all(
                        _SYMBOL_NAME.fullmatch(name) or _named_with_symbol(name, original)
                        for name in owners.foreign_names
                    )
                    # the source names itself only as the venue, chain or recipients
                    or any(m.start in owners.context for m in own)
                )
            )
            or owners.other_in(company, limit)  # a watched guest: "Launchpad #9: @gaugeprotocol"
            # the source names itself only as the venue or chain, and another token's pair or
            # account: "The SPHK/ETH pool is live on Camelot", "Big day for @ferrylane: FRYL,
            # the first DEX native to Junction, launches"
            or (
                all(m.start in owners.context for m in own)
                and _names_another(own, view, original)
            )
        ):
            values["foreign_event"] = 1.0
            values["official_source"] = 0.0  # the source speaks, but of another token's event
            if not own or all(m.start in owners.context for m in own):
                # (named only by its account: "GNDL/USDT pair opens today" from it; or only as
                # the venue: "Rotary will list Quillon (QLN)")
                values["context_only"] = 1.0
        return
    if not own:
        return
    if (
        values.get("mention_weak")
        and not (values.get("no_context") and _symbol_as_word(own, original))
        and owners.owner_mentions
        and any(
            (m.kind == "ticker" or _as_symbol(m, original)) and m.start in owners.owner_mentions
            for m in own
        )
    ):  # its symbol owns an event phrase ("MEAD claims", "its CLIQUE sale"): the crypto
        # project, not the word
        values.update(mention_strong=1.0, mention_weak=0.0)
        values.pop("no_context", None)
    limit = view.lead if view.pick is not None and view.pick.in_lead else size
    if _foreign(owners, view.row, limit) and (
        not owners.owns(company)
        # (set apart as context and owning only a phrase after the lead: "Shadowline, a rival
        # rollup to Silhouette, said its SHDL token ... Silhouette has said its own SILH arrives
        # in July": the item is the rival's)
        or (any(m.start in owners.context for m in own) and not owners.owns(company, limit))
    ):
        values["foreign_event"] = 1.0  # the event belongs to another project
    elif (
        limit < size
        and owners.context
        and owners.foreign_in(size)
        and not owners.owns(company)
        and not any(start < limit for start, _, _ in owners.owners)
        and any(m.start in owners.context for m in own)
    ):  # the lead's event names no owner, the body gives it to another project and names this
        # one as its backer, host or rival ("Startup incubated by Acme sets token sale" /
        # "... its ZORB sale opens May 9")
        values["foreign_event"] = 1.0
    if owners.context and all(m.start in owners.context for m in own):
        values["context_only"] = 1.0  # named only as a chain, backer, rival or example
    elif (
        owners.disowned
        and any(m.start in owners.disowned for m in own)
        and (
            # a symbol the same disavowal governs is disowned too ("not affiliated with Acme
            # or ACME"): only a symbol named outside it can be the token's own
            not any(m.kind == "ticker" and m.start not in owners.disowned for m in own)
            or _disowned_with_a_shared_symbol(own, owners.context, original)
        )
        and not _owns_beside_a_namesake(own, owners, original)
    ):  # the item sets itself apart from the project and never names its token (or names the
        # symbol only as another project's: "ChipDAO says its CHIP airdrop is unrelated to Acme")
        values["context_only"] = 1.0


def _owns_beside_a_namesake(own: list[Mention], owners: Ownership, original: str) -> bool:
    """The project owns an event phrase by a mention no relation governs, and the item names it
    plainly where a sentence opens (by an alias, or by its name not starting a longer one):
    what the item disowns is a namesake ("Xai Games opened its second XAI airdrop ... it is
    unrelated to Elon Musk's xAI")."""
    if not original or not any(
        m.start in owners.owner_mentions and m.start not in owners.context for m in own
    ):
        return False
    return any(
        m.kind != "ticker"
        and m.start not in owners.context
        and SENTENCE_START.search(original, max(0, m.start - 4), m.start) is not None
        and (m.kind == "alias" or not NAME_GOES_ON.match(original, m.end))
        for m in own
    )


# with no crypto vocabulary, an upper-case symbol is no sign of a token when it heads a proper
# name ("ACME Guitars will ...": the brand) or sits in a shouted line ("ACME CLAIM THE TITLE!!!")
SYMBOL_HEADS_NAME = re.compile(r" [A-Z][a-z]+ [a-z]")
SHOUTED_WORD = re.compile(r"\b[A-Z]{2,}\b")
LINE_END = re.compile(r"[.!?\n]")


def _symbol_as_word(own: list[Mention], original: str) -> bool:
    """A bare symbol of the project heads a capitalised name in running text, or stands among
    three or more other upper-case words of its line: the casing says nothing of a token."""
    for m in own:
        if m.kind != "ticker":
            continue
        if SYMBOL_HEADS_NAME.match(original, m.end):
            return True
        start = max(original.rfind("\n", 0, m.start), 0)
        stop = LINE_END.search(original, m.end)
        line = original[start : stop.start() if stop else len(original)]
        if len(SHOUTED_WORD.findall(line)) >= 4:
            return True
    return False


# a symbol held by a pronoun ("its CHIP airdrop"): the token of the sentence's subject
POSSESSED_BEFORE = re.compile(r"\b(?:its|their|our)\s+\$?$", re.IGNORECASE)


def _disowned_with_a_shared_symbol(
    own: list[Mention], context: dict[int, str], original: str
) -> bool:
    """Every name of the project in the item follows a relation (it is disowned), and each of its
    symbols is held by a pronoun: another project's token spelled the same way."""
    if not original:
        return False
    for m in own:
        if m.kind == "ticker":
            if POSSESSED_BEFORE.search(original, max(0, m.start - 8), m.start) is None:
                return False
        elif m.start not in context:
            return False
    return True


def negative_context_value(company: int, scan: Scan, window: int) -> float:
    """1 when the company's negative context sits within ``window`` of a mention of it (not
    one inside the phrase itself: "hedge" in "hedge funds"), 0.5 when it appears elsewhere
    in the item, else 0."""
    own = [m for m in scan.mentions if m.company == company]
    mine = [(s, e) for c, s, e in scan.negatives if c == company]
    found = 0.0
    for c, start, end in scan.negatives:
        if c != company:
            continue
        if _own_sense_set_apart(own, mine, start, end):
            continue
        if any(m.kind == "ticker" and start <= m.start and m.end <= end for m in own):
            continue  # its symbol as written opens the phrase: "DUCK season 2 claims open"
        found = 0.5
        for m in own:  # a mention inside the phrase ("hedge" of "hedge funds") is the phrase
            if (
                start - m.end <= window
                and m.start - end <= window
                and not (start <= m.start and m.end <= end)
            ):
                return 1.0
    return found


def _own_sense_set_apart(
    own: list[Mention], negatives: list[tuple[int, int]], start: int, end: int
) -> bool:
    """The negative phrase holds the name in its ordinary sense ("hedge funds" for Hedge) while
    the item also names the project by a form no ordinary word shares (an alias, its cashtag,
    handle or upper-case symbol) outside every such phrase: that phrase sets the one word
    apart, it does not make the item a homonym."""
    if not any(start <= m.start and m.end <= end for m in own):
        return False
    for m in own:
        distinct = m.kind in ("alias", "cashtag", "handle") or (
            m.kind == "ticker" and not m.lowercase
        )
        if distinct and not any(s <= m.start < e for s, e in negatives):
            return True
    return False
