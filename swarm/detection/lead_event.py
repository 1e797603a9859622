"""Which event an item leads with, its day and its temporal status (docs/labels.md).

Pure functions over a :class:`~swarm.detection.matcher.Scan` and the day hits of
:mod:`swarm.detection.dates`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import NamedTuple

from swarm.detection.dates import (
    FOREIGN_MONTHS,
    FOREIGN_QUARTER_WORDS,
    FOREIGN_SAYING,
    FOREIGN_WEEKDAYS,
    MONTHS,
    WEEKDAY_IN_BRACKETS,
    WEEKDAYS,
    DateHit,
    period_begins_after,
)
from swarm.detection.folding import has_any
from swarm.detection.gates import ScanWords
from swarm.detection.matcher import Scan
from swarm.detection.models import EVENT_TYPES, DatePrecision, EventType, Temporal
from swarm.detection.scoping import STAGE_WORDS, sentence_of

# The patterns that look back from a day end in "\Z", not "$": searched up to the day, "$" also
# matches before a line break ending the text searched, so "Mar 16: registration closes\nMar 19:
# claims open" made the second line's day the one that closes.
EVENT_PREFIX = "event:"
MONTH_KEYS = tuple(MONTHS)
SENTENCE_ENDS = (". ", "! ", "? ", "\n")
_EVENT_FEATURES = tuple((t, EVENT_PREFIX + t) for t in EVENT_TYPES)


class EventPick(NamedTuple):
    """The lead event: its type, the span of the phrase that named it, and whether in the lead."""

    event_type: EventType
    start: int
    end: int
    in_lead: bool


def lead_end(document: str, title_len: int, lead_chars: int) -> int:
    """End offset of the lead: the title, or for a post its first sentence."""
    if title_len:
        return title_len
    body_start = 1  # document is "\n" + text when there is no title
    cut = len(document)
    for mark in SENTENCE_ENDS:
        pos = document.find(mark, body_start + 1)
        if pos != -1:
            cut = min(cut, pos + 1)
    return min(cut, body_start + lead_chars)


def pick_event(scan: Scan, lead: int, overrides: Sequence[str]) -> EventPick | None:
    """The event the item leads with: the first of ``overrides`` found in the lead, else the
    earliest event phrase of the lead (of the whole item when the lead names none)."""
    firsts: dict[EventType, tuple[int, int]] = {}
    hits = scan.hits
    for event_type, feature in _EVENT_FEATURES:
        spans = hits.get(feature)
        if spans:
            firsts[event_type] = min(spans)
    if not firsts:
        return None
    if len(firsts) == 1:  # what the general case below picks when one type is named
        ((only, (start, end)),) = firsts.items()
        return EventPick(only, start, end, start < lead)
    in_lead = {t: span for t, span in firsts.items() if span[0] < lead}
    pool = in_lead or firsts
    winners = [t for t in overrides if t in pool]
    chosen: EventType = winners[0] if winners else min(pool, key=lambda t: pool[t][0])
    start, end = pool[chosen]
    return EventPick(chosen, start, end, bool(in_lead))


ANNOUNCED_REACH = 20  # characters between "said"/"announced" and the day it was said on
# where it was said, between the verb and its day: "said in a blog post on Thursday"
ANNOUNCED_IN = 28
ANNOUNCED_BEFORE = re.compile(
    r"\b(?:said|says|announced|confirmed|unveiled|revealed|told|wrote|posted|stated|disclosed"
    r"|shared|teased|published|edited|updated|modified)"
    # whom it was told: "told reporters on Monday"
    r"(?: (?:reporters|journalists|the press|investors|analysts|users|followers|attendees"
    r"|(?:its|their|the) (?:community|users|holders|followers|members)))?"
    r"(?: (?:in|on|via) (?:an? |the |its |their )?(?:[\w-]+ )?"
    r"(?:post|statement|interview|release|update|thread|tweet|letter|note|call|blog|podcast|ama"
    r"|livestream|x))?"
    # what was said, as the verb's object: "published its plan on Monday"
    r"(?: (?:its|their|the|an?) (?:[\w-]+ )?(?:plan|plans|post|statement|proposal|roadmap"
    r"|details|announcement|update|thread|letter|note|blog post|press release))?"
    r"(?: (?:on|late|early|this|last))?"
    # the weekday before the day it names: "said on Monday, Aug. 24, that ..."
    r"(?:\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),)?\s*\Z"
)
# the verbs of ANNOUNCED_BEFORE, one of which each of its matches holds
ANNOUNCED_GATE = ("said", "says", "announced", "confirmed", "unveiled", "revealed", "told",
                  "wrote", "posted", "stated", "disclosed", "shared", "teased", "published",
                  "edited", "updated", "modified")  # fmt: skip
ANNOUNCED_AFTER = re.compile(
    r"[^.!?\n]{0,60}\b(?:said|announced|confirmed|unveiled|revealed|told|posted|disclosed)\b"
)
# the day written between the subject and its reporting verb: "Acme today published its plan",
# "the team on Tuesday said ..." (the day it was said, not the event's)
SAID_AFTER = re.compile(
    r"(?:\s*" + WEEKDAY_IN_BRACKETS + r")?\)?\s+(?:said|says|announced"
    r"|published|confirmed|unveiled|revealed|disclosed|posted|shared|outlined|detailed)\b"
)
# a press release's dateline: the place and the day it was issued, opening the body and set off
# by a dash ("SINGAPORE, July 7, 2026 -- Acme today announced ..."): the release's day, not
# the event's
DATELINE_REACH = 48
DATELINE_BEFORE = re.compile(r"(?:^|\n)[a-z][a-z .'&-]{1,30}(?:,\s*[a-z][a-z .'&-]{1,30})?,\s*\Z")
DATELINE_AFTER = re.compile(r",?\s*(?:-{1,2}|/|\()")
# the day bounding which activity counts toward the allocation ("deposits made after August 31
# will not count", "trades placed before May 2 qualify"): a cut-off, not the event's day
CUTOFF_REACH = 40
CUTOFF_BEFORE = re.compile(
    r"\b(?:made|placed|opened|earned|held|recorded|bridged|staked|deposited|traded|swapped"
    r"|accrued|locked|minted)\s+(?:on\s+or\s+)?(?:after|before|until|since|by|prior to)\s+\Z"
)
CUTOFF_GATE = ("made", "placed", "opened", "earned", "held", "recorded", "bridged", "staked",
               "deposited", "traded", "swapped", "accrued", "locked", "minted")  # fmt: skip
CUTOFF_AFTER = re.compile(
    r"[^.;!?\n]{0,32}?\b(?:count|counts|counted|qualify|qualifies|eligible|ineligible|excluded)\b"
)
# the day a source gave what the item reports: "according to information from Acme Labs on
# 19/8, ...", "according to a statement by the team on Monday" (not the event's day)
ACCORDING_REACH = 64
ACCORDING_BEFORE = re.compile(r"\baccording to (?:[\w'.-]+ ){0,6}on \Z")
CLOSING_REACH = 28
# the day a detail of the event is published, not the event's: "exact hour comes Monday",
# "details will be shared on Friday", "the time is announced tomorrow", "Settlement details
# tomorrow."
DETAIL_DAY_REACH = 48
DETAIL_DAY_BEFORE = re.compile(
    r"\b(?:hour|time|timing|date|day|details|schedule|venue|exchange)s? (?:comes?|will come"
    r"|will be (?:shared|announced|posted|published|revealed)"
    r"|(?:is|are) (?:coming|announced|shared|posted|published|revealed)|drops?|lands?"
    r"|follows?|goes? out|(?:is|are) out)(?: on)?\s*\Z"
    # ... or a sentence naming only the detail and its day: "Settlement details tomorrow."
    r"|(?:^|[.!?;\n]\s*)(?:[\w-]+ ){0,2}(?:details|specifics|timing|schedule) (?:on )?\Z"
)
# a word of every DETAIL_DAY_BEFORE match ("timing" holds no "time")
DETAIL_DAY_GATE = ("hour", "time", "timing", "date", "day", "detail", "specific", "schedule",
                   "venue", "exchange")  # fmt: skip
# ... or the day written first: "Monday we post the exact hour and the exchanges"
DETAIL_DAY_AFTER = re.compile(
    r",?\s*(?:we|we'll|we will|the team will|they will|we're going to)\s+(?:post|share|announce"
    r"|publish|reveal|confirm|give)\s+(?:the\s+|its\s+|our\s+)?(?:exact\s+|final\s+|full\s+)?"
    r"(?:hour|time|timing|date|day|details|schedule|venues?|exchanges?)\b"
)
# ... or the day refunds go out after a sale: "refunds for excess commitments go out on Monday",
# "oversubscribed commitments were refunded on March 30", "Final allocations will be visible
# in your dashboard on Friday" (after the sale, not the sale)
REFUND_WORDS = ("refund", "final allocation")
REFUND_DAY_BEFORE = re.compile(r"\b(?:refund(?:s|ed|ing)?|final allocations?)\b[^.;!?\n]{0,60}\Z")
REFUND_REACH = 80
# ... or a clause naming only the detail and its day: "the sale opens next week, exact time on
# Monday" (the day the time is given, not the sale's)
DETAIL_CLAUSE_BEFORE = re.compile(
    r"[,;:(]\s*(?:the\s+)?(?:exact|precise|full|final)\s+(?:hour|time|timing|date|day|details"
    r"|schedule)s?\s+(?:(?:on|by|from)\s+)?\Z"
)
DETAIL_CLAUSE_GATE = ("exact", "precise", "full", "final")
# a coarse date of a detail, not of the event: "claim details later this week", "exact dates
# and caps next week", "timing to follow next week"
VAGUE_DETAIL_REACH = 40
VAGUE_DETAIL_BEFORE = re.compile(
    r"\b(?:details|dates?|times?|timing|hours?|caps?|schedule|specifics)(?: (?:and|&) [\w-]+)?"
    r"(?: (?:will )?(?:come|comes|follow|follows|drop|drops|land|lands)|(?: will be| are| is)?"
    r" (?:shared|announced|posted|published|revealed|coming))?(?: (?:on|in|later|by|within))?\s*\Z"
)
CLOSING_BEFORE = re.compile(
    r"\b(?:closes?|closing|shuts|shutting|will shut|ends?|ending|expires?|until|till|deadline"
    r"|last day|runs? to|any ?time before"  # ("tap Claim any time before Monday 15:00 UTC")
    r"|(?<!halfway )(?<!midway )(?<!partway )through)\b"  # not "halfway through: opened Monday"
    r"[^.!?\n\d]{0,16}\Z"
)
# a piece of every CLOSING_BEFORE match: a window without one is not searched
CLOSING_GATE = ("clos", "shut", "end", "expire", "until", "till", "deadline", "last day", "run",
                "through", "time before")  # fmt: skip
# ... in the languages of the crypto press: "cierra el 21 de mayo", "endet am 3. Juni", "Schluss
# ist am Freitag", "ويستمر حتى 25 يوليو" (searched only in a text holding one of
# CLOSING_FOREIGN_WORDS)
CLOSING_FOREIGN = re.compile(
    r"\b(?:cierra|cierre|hasta|finaliza|termina|encerra|até|ferme|clôture|jusqu'au|endet|bis zum"
    r"|schließt|kapanır|kadar|закрывается|до|kết thúc|đến|ditutup|berakhir|hingga|sampai"
    r"|chiude|fino al|schluss ist(?: am)?|حتى"
    # ... Polish and Ukrainian: "zakończyła się w środę", "potrwa do piątku", "завершився у
    # вівторок", "триватиме до п'ятниці"
    r"|zakończy\w*(?: się)?|kończy się|(?:po)?trwa do|заверши\w*|закінчи\w*|триватиме до)\b"
    r"[^.!?\n\d]{0,16}\Z|(?:締切|締め切り|마감|截止)[^.!?\n\d]{0,8}\Z"
)
CLOSING_FOREIGN_WORDS = (
    "cierr", "hasta", "finaliza", "termina", "encerra", "até", "ferme", "clôture", "jusqu",
    "endet", "bis zum", "schließt", "kapan", "kadar", "закрыва", "до ", "kết thúc", "đến", "締",
    "마감", "截止", "ditutup", "berakhir", "hingga", "sampai", "chiude", "fino al", "까지",
    "schluss", "حتى", "zakończy", "kończy się", "trwa do", "заверши", "закінчи", "триватиме",
    " sluit", " stänger",
)  # fmt: skip
# ... or after the day, as Korean writes it: "청구 기간은 10월 21일까지다" (the claim period runs
# until October 21)
# (... or the day's deadline: "9월 11일 청구 마감" (the claim closes on September 11))
CLOSING_AFTER_KO = re.compile(
    r"\s?까지(?!\s?(?:는|도)?\s?(?:오픈|시작|열))|\s?(?:청구\s?|신청\s?|판매\s?|세일\s?)?마감"
)
# ... or as Turkish writes it, a case ending and "kadar": "18 Eylül'e kadar sürecek" (will run
# until September 18)
CLOSING_AFTER_TR = re.compile(r"'?(?:y?[ae]) kadar\b")
# ... or as Dutch and Swedish do in a relative clause: "de open ronde, die zondag sluit" (which
# closes on Sunday), "som stänger på fredag"
CLOSING_AFTER_NL = re.compile(r" (?:sluit|eindigt|afloopt|stänger|avslutas)\b")
# the days of the activity that earned the tokens, in a relative clause naming it: "users who
# staked ACME between May 1 and May 7 receive ...", "wallets that bridged from June 2 to June 9",
# or as a noun: "allocations follow hours played between March 1 and April 30"
# (the activity window, not the event's day; "." only inside a date: "Dec. 1"). No main verb
# or event word between the activity and its range ("users who staked can claim from May 1").
EARNING_RANGE_REACH = 160
EARNING_RANGE_BEFORE = re.compile(
    r"\b(?:(?:who|that|which)\s+(?:have\s+|had\s+)?(?:staked|subscribed|held|traded|bridged"
    r"|deposited|locked|provided|used|minted|farmed|swapped|delegated|participated|took part"
    r"|completed|earned|joined|committed|bought|interacted|voted|played|reached|deployed|built|routed"
    r"|ran|operated|created|contributed|supplied|lent|borrowed|referred)"
    # ... or the activity named as a noun: "based on activity between ...", "hours played from"
    r"|activity|usage|(?:hours|games|matches|levels)\s+(?:played|completed))\b"
    r"(?:(?!\b(?:will|can|may|must|receive|receives|get|gets|opens?|is|are|claims?|airdrops?"
    r"|launch\w*|lists?|listing|trading|sale|goes)\b)(?:\.(?=\s?\d)|[^.;!?\n])){0,100}?"
    # the range's first day ("between " / "from " / "during ") or its last ("between X and ")
    # ("before"/"prior to": the window's end: "builders who deployed agents before Aug. 31")
    r"\b(?:(?P<first>between|from)|during|before|prior to"
    r"|(?:between|from)\s+(?:\.(?=\s?\d)|[^.;!?\n]){0,40}?"
    r"\s(?:and|to|until|till|through|-))\s+\Z"
)
EARNING_WORDS = ("between ", "from ", "during ", "before ", "prior to ")
# ... and in the press's other languages, a relative clause of the holders ending in its word for
# "before": "restakerzy, którzy wpłacili środki przed 1 września", "les utilisateurs qui ont staké
# avant le 1er août", "quienes depositaron antes del 1 de julio", "chi ha fatto staking prima del"
FOREIGN_EARNING_BEFORE = re.compile(
    r"\b(?:którzy|które|który|która|que|quienes|qui|chi|die|welche|che|которые|які|yang)\s"
    r"(?:\.(?=\s?\d)|[^.;!?\n]){0,80}?"
    r"\b(?:przed|antes del|antes de|avant le|avant|vor dem|vor|prima del|prima di|до|sebelum)\s+\Z"
)
FOREIGN_EARNING_WORDS = ("przed ", "antes de", "avant ", "vor dem ", "prima d", "до ", "sebelum ")
# ... a first day is a window's only when its last follows: "between May 1 and May 7"
EARNING_RANGE_END = re.compile(r"[^.;!?\n]{0,24}?\s(?:and|to|until|till|through|-)\s")
# "closed today", "ended at 15:00 UTC on Saturday": the day right after is the day it closed
CLOSED_BEFORE = re.compile(
    r"\b(?:closed|ended|expired|shut"
    # ... and in the press's other languages: "s'est terminée jeudi", "a fermé mercredi",
    # "terminou neste domingo", "encerrou", "terminó el martes", "endete am Mittwoch",
    # "ditutup Selasa", "si è chiusa", "завершилась в среду"
    r"|terminée|terminé|fermé|clôturée|clôturé|achevée|terminou|encerrou|encerrada|encerrado"
    r"|terminó|cerró|finalizó|endete|schloss|ditutup|chiusa|chiuso|terminata|terminato"
    r"|завершилась|завершился|закрылась|закрылся)\b[^.!?\n\d]{0,16}[\d:apmutc. ]*(?:on )?\Z"
)
CHECKER = re.compile(r"checker|eligib|elegib|pemeriksa|kelayakan|चेकर")
LINE_MARKS = " \t•·*-–—>"  # what may open a schedule's line before its day
HEADING_GAP = 24  # characters from a line's heading day to the phrase after its colon
# the lead names a checker going live: "opens airdrop checker", "allocation portal is up"
CHECKER_POST = re.compile(
    r"\b(?:checker|query page|allocation (?:portal|page|lookup)|eligibility (?:page|portal|check)"
    # ... a page said to be open: "fhenix.io/eligibility is open now"; in Indonesian: "membuka
    # pemeriksa kelayakan airdrop" (opens the eligibility checker)
    r"|eligibility(?= is open)|pemeriksa(?: kelayakan)?"
    # ... Spanish and Portuguese: "Verificador de elegibilidad: disponible desde hoy"
    r"|verificador de elegibilidad(?:e)?"
    # ... Hindi: "HUDL एयरड्रॉप का एलिजिबिलिटी चेकर लाइव कर दिया है" (has put the checker live)
    r"|चेकर)"
    r"\b(?![^.!?\n]{0,30}\b(?:closed|closes|ended|expired|shut)\b)"
)
# an exchange's stage before trading: deposits, withdrawals, funding, transfers (in the notices
# of other languages too: "Yatırma işlemleri:", "입금:", "Depósitos:", "入金開始"); not past the
# trading named after it ("deposits 8 Apr 12:00 UTC, trading 8 Apr 13:30 UTC")
DEPOSITS = re.compile(
    r"(?:\b(?:deposits?|withdrawals?|funding|transfers?|depósitos?|saques?|retiros?|yatırma"
    r"|stortingen|opnames|insättningar|uttag"
    r"|çekme|çekim|çekimler|einzahlungen|auszahlungen|депозиты|вывод|nạp|rút)\b"
    # ... Arabic: "الإيداع يفتح الأربعاء 28 أكتوبر" (deposits open Wednesday)
    r"|الإيداع|السحب"
    r"|입금|출금|入金|出金|入庫|出庫|充值|充币|提现|提币)(?:(?!trad)[^.;\n]){0,28}\Z"
)
# the words of a listing phrase that name trading itself, not deposits or the notice
TRADING_WORDS = ("trad", "negocia", "alım", "거래", "取引", "交易", "handel", "торг", "giao dịch")
LAUNCHPOOL_WORDS = ("launchpool", "新币挖矿", "新幣挖礦")
DEPOSITS_REACH = 40  # characters before a phrase or day searched for that stage
# ... or that stage is the subject of the live phrase's sentence, however long the name after it:
# "Funding for Acme Network (ACME) is now live. Trading will start on May 13"
STAGE_SUBJECT = re.compile(r"\s*(?:the\s+)?(?:deposits?|withdrawals?|funding|transfers?)\b")
# a stage before the event, right before a day: "snapshot set for June 15", "registration
# closes on May 2", "whitelist closed yesterday" (the day of the stage, not of the event)
STAGE = re.compile(
    r"\b(?:snapshots?|registrations?|whitelists?|allowlists?|waitlists?|kyc"
    # ... in other languages: "migawka sald została wykonana 30 czerwca", "l'instantané du 27"
    r"|migawk[aię]|instantané|instantánea|momentaufnahme)\b[^.;,\n]{0,60}\Z"
)
# ... or the stage named right after its day: "held at the October 1 snapshot", or after it on
# a timetable's row: "• Apr 18: registration closes", "• Mar 3: eligibility checker at ..."
STAGE_AFTER = re.compile(
    r"\s+(?:utc\s+)?(?:snapshots?|registration deadline|kyc deadline)\b"
    r"|(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*utc)?)?\s*[:\-–—]\s*(?:the\s+)?(?:snapshots?|registrations?"
    r"|whitelists?|allowlists?|waitlists?|kyc|eligibility checker|checker)\b"
)
STAGE_REACH = 72
# the words that gate :data:`STAGE`: the stages of docs/labels.md and the snapshot's names in
# other languages ("Migawkę wykonano 27 lutego", the snapshot was taken on 27 February)
STAGE_GATE_WORDS = (*STAGE_WORDS, "migawk", "instantan", "momentaufnahme")
SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
CJK_CLAUSE_BREAK = re.compile(r"[，。；、,;]|[.!?]\s|\n")
SENTENCE_ON = re.compile(r"(?:^|[.!?\n]\s*)on \Z")  # "On May 4, ..." opening a sentence
QUARTER_WORDS = ("q1", "q2", "q3", "q4", "quarter", *FOREIGN_QUARTER_WORDS)
MONTH_WORDS = ("month", *MONTH_KEYS, *FOREIGN_MONTHS, "tháng", "月", "월")
SIGN_UP_REACH = 60  # characters from a sign-up word to the live phrase it governs
SIGN_UP = re.compile(r"\b(?:registration|whitelist|waitlist|kyc|sign-?ups?)\b[^.!?;\n]*\Z")
# "the sale is open to participants outside the US": who may take part, not the event's moment
OPEN_TO = re.compile(
    r"\s+to\s+(?:all\s+)?(?:participants|residents|investors|buyers|contributors|everyone|anyone"
    r"|the public|people|citizens|applicants)\b"
)
NOW_THEN_DAY = 1  # characters between a live phrase and a day that qualifies it
# ... or its place between them, or "on" alone: "is live on mainnet this Thursday", "goes live
# on Base on Friday", "ROBO is live on Wednesday", "is live on Legion from Monday"
LIVE_ON_THEN = re.compile(
    # ("is live on-chain from Wednesday 4 Feb")
    r"\s+(?:on-?chain\s+)?(?:on|from)\s+"
    r"(?:(?:the\s+)?[\w.-]+(?:\s+mainnet)?\s*,?\s+(?:on\s+|from\s+)?)?"
    # ... or the weekday of the date after it: "is live this Thursday, May 14"
    r"|\s+(?:on\s+)?(?:(?:this|next|coming)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
)
LIVE_GAP = 40  # "checker is live": a live phrase this near after the event phrase dates it today
# a live phrase whose start is set by a clock and day after it: "the pair is live from 12:00 UTC
# Jun 10", "is open starting at 9am ET on Friday" (that day, not today)
LIVE_FROM = re.compile(
    r"\s+(?:from|starting(?: from| at)?|as of|at)\s+[0-2]?\d(?::[0-5]\d)?"
    r"\s*(?:am|pm|a\.m\.|p\.m\.)?\s*\(?(?:[a-z]{2,4})?(?:\s*[+-]\s*\d{1,2})?\)?\s*,?\s*(?:on\s+)?"
)


# a day said again in another form, the second being the one meant: "tomorrow evening
# Pacific, which is Thursday 03:00 UTC", "Friday night ET (i.e. Saturday 01:00 UTC)"
RESTATED_REACH = 48
RESTATE_WORDS = ("which", "that", "i.e")
# a day named right after a count of days or a weekday: ", on Tuesday the 29th", " (March 29)"
RESTATED_COUNT = re.compile(
    r"(?:,\s*(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?|\s*\(\s*)"
)
RESTATED = re.compile(
    r"[^.;!?\n\d]{0,24}?(?:,\s*|\s*\(\s*|\s+)(?:which is|which would be|that is|that's"
    r"|i\.e\.,?)\s+\Z"
)


def restated(dated: list[DateHit], hit: DateHit, folded: str) -> DateHit:
    """The day that restates ``hit`` right after it ("..., which is Thursday", "today, July
    16"), else ``hit``."""
    if hit.kind == "now":
        for other in dated:
            if other.kind == "explicit" and folded.startswith(", ", hit.end) and (
                other.start == hit.end + 2
            ):
                return other  # "5PM PT today, July 16": the day with its clock
    if hit.kind == "relative":
        for other in dated:
            if (
                other.kind == "explicit"
                and other.date != hit.date
                and RESTATED_COUNT.fullmatch(folded, hit.end, other.start)
            ):
                # "in ten days, on Tuesday the 29th": the day named restates the count (counted
                # from the day it was said, not the day it was published)
                return other
    if not any(map(folded.__contains__, RESTATE_WORDS)):
        return hit
    for other in dated:
        if (
            hit.end <= other.start <= hit.end + RESTATED_REACH
            and RESTATED.fullmatch(folded, hit.end, other.start) is not None
        ):
            return other
    return hit


def closing_day(
    folded: str, hit: DateHit, names: Sequence[tuple[int, int]] = (), foreign: bool = False
) -> bool:
    """The day something ends: "closes on May 31", "open until June 30", "deadline: May 2"
    (``foreign``: the text may say it in another language, "cierra el 21 de mayo").

    Not when the closing word is a watched name or ticker ("TILL claims open tomorrow").
    """
    begin = max(0, hit.start - CLOSING_REACH)
    m = (
        CLOSING_BEFORE.search(folded, begin, hit.start)
        if has_any(folded[begin : hit.start], CLOSING_GATE)
        else None
    )
    if m is None and foreign:
        m = CLOSING_FOREIGN.search(folded, begin, hit.start)
        if m is None and (
            CLOSING_AFTER_KO.match(folded, hit.end) or CLOSING_AFTER_TR.match(folded, hit.end)
            or CLOSING_AFTER_NL.match(folded, hit.end)
        ):
            return True
    if m is None:
        return False
    at = m.start()
    for start, end in names:  # noqa: SIM110 - a loop: a generator costs more than it checks
        if start <= at < end:
            return False
    return True


# ... or, in Hindi and Urdu, after it: "शुक्रवार को बंद हो गया" (closed on Friday), "جمعہ کو بند
# ہو گیا"
CLOSED_AFTER = re.compile(
    r"\s?(?:को|کو)\s+(?:बंद हो (?:गया|गई|गयी|चुका|चुकी)|بند ہو (?:گیا|گئی|چکا|چکی))"
)


def closed_day(folded: str, hit: DateHit) -> bool:
    """The day a window already closed on: "the claim window closed at 12:00 UTC today"."""
    return (
        CLOSED_BEFORE.search(folded, max(0, hit.start - CLOSING_REACH), hit.start) is not None
        or CLOSED_AFTER.match(folded, hit.end) is not None
    )


# ... and in the other languages of the crypto press, the verb before the day ("confirmou nesta
# terça-feira", "anunció el martes", "a confirmé mercredi", "teilte am Dienstag mit",
# "mengumumkan pada Selasa") or, in Chinese and Korean, right after it ("周四宣布", "18일 밝혔다")
FOREIGN_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:" + FOREIGN_SAYING + r"|teilte|kündigte|bestätigte|sagte|erklärte|nannte)"
    # (... and its subject between: "informou a equipe na sexta-feira", "anunció el equipo el
    # lunes")
    r"(?: (?:a|o|la|el|l'|le) (?:equipe|equipa|empresa|equipo|compañía|companhia|projeto"
    r"|proyecto|fundação|fundación|équipe|société|projet|plataforma|corretora|exchange))?"
    r"(?: (?:nesta|neste|nessa|na|no|el|este|esta|ce|am|pada|hari|в|во|il|lo scorso|vergangenen"
    r"|w|we|у))*\s*\Z"
)
FOREIGN_ANNOUNCED_REACH = 32
FOREIGN_SAID_AFTER = re.compile(
    r"\s?(?:宣布|表示|发布|公布|発表|밝혔다|발표했다|발표|공지했다|공지|공개했다|알렸다)"
    # ... and German's separable verb closing the clause: "teilte das Team am Montag mit."
    r"|\s+mit(?=[.,;!?]|$)"
    # ... and Hindi's postposition and verb after the day: "ने शनिवार को बताया कि"
    r"|\s?को (?:बताया|कहा|घोषणा)"
    # ... and Dutch's separable verbs: "maakte het team woensdag bekend", "heeft maandag
    # bekendgemaakt", "liet het bedrijf vrijdag weten"
    r"|\s+(?:bekend|bekendgemaakt|aangekondigd|weten)\b"
)
# ... or the Dutch and Swedish verb and its subject before the day: "meldde de DAO zaterdag",
# "meddelade bolaget i fredags"
NL_SV_SAID_BEFORE = re.compile(
    r"\b(?:meldde|meldden|meddelade|sade|uppgav)(?: (?:het|de|den|het team|bolaget|företaget)"
    r"(?: \S+)?)?(?: i| op)? \Z"
)
# ... or the Arabic verb of saying and its subject before the day: "أعلنت محفظة Omega يوم الخميس
# أن ..." (Omega Wallet announced on Thursday that ...)
AR_SAID_BEFORE = re.compile(
    r"(?:أعلنت|أعلن|قالت|قال|أكدت|أكد|ذكرت|ذكر|كشفت|كشف)(?: \S+){0,3} (?:يوم )?\Z"
)
# a Japanese lede's day, between its subject and a comma: "Senchaは22日、...と発表した"
JA_LEDE_DAY = re.compile(r"は\Z")


def announcement_day(folded: str, hit: DateHit) -> bool:
    """The day is when something was said, not when the event happens: "said on Tuesday",
    "announced Thursday", "On May 4, Acme announced ..."."""
    begin = max(0, hit.start - ANNOUNCED_REACH - ANNOUNCED_IN)
    if has_any(folded[begin : hit.start], ANNOUNCED_GATE) and ANNOUNCED_BEFORE.search(
        folded, begin, hit.start
    ):
        return True
    if (not folded.isascii() or folded[hit.start : hit.end] in FOREIGN_WEEKDAYS) and (
        FOREIGN_ANNOUNCED_BEFORE.search(
            folded, max(0, hit.start - FOREIGN_ANNOUNCED_REACH), hit.start
        )
        or FOREIGN_SAID_AFTER.match(folded, hit.end)
        or NL_SV_SAID_BEFORE.search(folded, max(0, hit.start - FOREIGN_ANNOUNCED_REACH), hit.start)
        or AR_SAID_BEFORE.search(folded, max(0, hit.start - FOREIGN_ANNOUNCED_REACH), hit.start)
        or (folded.startswith("、", hit.end) and JA_LEDE_DAY.search(folded, 0, hit.start))
    ):
        return True
    if (
        hit.kind == "explicit"
        and DATELINE_AFTER.match(folded, hit.end)
        and DATELINE_BEFORE.search(folded, max(0, hit.start - DATELINE_REACH), hit.start)
    ):
        return True  # "SINGAPORE, July 7, 2026 -- ...": the day the release was issued
    if SENTENCE_ON.search(folded[max(0, hit.start - 8) : hit.start]):
        return ANNOUNCED_AFTER.match(folded, hit.end, hit.end + ANNOUNCED_REACH * 3) is not None
    if SAID_AFTER.match(folded, hit.end) is not None:
        return True
    return (
        "according to" in folded
        and ACCORDING_BEFORE.search(folded, max(0, hit.start - ACCORDING_REACH), hit.start)
        is not None
    )


# a day things had to happen before, in any language: "Bookings before Nov 1 count", "ai đã
# restake trước ngày 1/9 sẽ thấy ..." (who restaked before 1/9 will see), "iedereen die vóór 1
# maart op de app publiceerde" (everyone who published on the app before 1 March): a cutoff or a
# deadline, never the day of the event
BEFORE_DAY = re.compile(
    r"(?:\bbefore|\bprior to|\bvóór|\bantes del?|\bavant le|\bvor dem|\bprzed|trước ngày"
    r"|trước|\bqabla ya|\bsebelum)\s+(?:the\s+)?\Z"
)
BEFORE_REACH = 16


def cutoff_day(folded: str, hit: DateHit) -> bool:
    """The day bounds which activity counts toward the allocation: "deposits made after
    August 31 will not count", or things had to happen before it (:data:`BEFORE_DAY`): not the
    day of the event."""
    if BEFORE_DAY.search(folded, max(0, hit.start - BEFORE_REACH), hit.start) is not None:
        return True
    begin = max(0, hit.start - CUTOFF_REACH)
    return (
        has_any(folded[begin : hit.start], CUTOFF_GATE)
        and CUTOFF_BEFORE.search(folded, begin, hit.start) is not None
        and CUTOFF_AFTER.match(folded, hit.end) is not None
    )


def detail_day(folded: str, hit: DateHit) -> bool:
    """The day a detail of the event comes out, not the event's: "timing will be announced on
    Monday", ", exact dates by Friday" (each pattern searched only where its words are)."""
    begin = max(0, hit.start - DETAIL_DAY_REACH)
    window = folded[begin : hit.start]
    return (
        has_any(window, DETAIL_DAY_GATE)
        and DETAIL_DAY_BEFORE.search(folded, begin, hit.start) is not None
    ) or DETAIL_DAY_AFTER.match(folded, hit.end) is not None or (
        has_any(window, DETAIL_CLAUSE_GATE)
        and DETAIL_CLAUSE_BEFORE.search(folded, begin, hit.start) is not None
    )


def stage_day(folded: str, hit: DateHit) -> bool:
    """The day of a stage before the event: "snapshot set for June 15", "registration closes on
    May 2", "active before its June 15 snapshot" (not the day of the event)."""
    return (
        STAGE.search(folded, max(0, hit.start - STAGE_REACH), hit.start) is not None
        or STAGE_AFTER.match(folded, hit.end) is not None
    )


def earning_day(folded: str, hit: DateHit) -> bool:
    """The day bounds the activity that earned the tokens: "users who staked ACME between
    May 1 and May 7 (UTC) receive ..." (not the day of the event)."""
    begin = max(0, hit.start - EARNING_RANGE_REACH)
    found = EARNING_RANGE_BEFORE.search(folded, begin, hit.start)
    if found is None:
        return FOREIGN_EARNING_BEFORE.search(folded, begin, hit.start) is not None
    return found.group("first") is None or EARNING_RANGE_END.match(folded, hit.end) is not None


# a day the event was moved away from: "postponed from April 9 to April 16", "moves from July 8
# to July 15", "the launch, originally set for May 20, ... will now take place on June 3" (the
# old day; the day it moved to is the event's)
REPLACED_WORDS = (
    "from ", "originally", "initially", "previously", "was set", "was scheduled", "was planned",
    "was slated", "was due", "was expected", "were set", "were scheduled", "(it was", " off ",
    "statt ", "anstelle", "en lugar de", "en vez de", "au lieu de", "em vez de", "invece di",
    "del ", "estaba prevista", "estaba previsto", "era prevista", "était prévu", "nicht am",
    "nicht wie", "paused", "halted", "suspended", "will not ", "won't ", "no longer ",
    "перенос", "перенес", "перенёс", "przesunię", "przeniesion", "spostat", "rinviat", "uitstel",
    "uitgesteld", "verschoven", "verplaatst", "was:", "from:", "old date", "→", "->",
    "推迟至", "推迟到", "延期至", "延期到", "just not ", "but not ", "only not ",
)  # fmt: skip
REPLACED_REACH = 80
SAME_DAY_WORDS = ("the same day", "that same day")
# a weekday before the day it names: "from Thu April 2", "set for Tuesday, May 5"
_WEEKDAY_FIRST = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,? )?"
# what an event does on its day ("will not open on Tuesday": a day it does not keep)
_KEPT_VERBS = r"(?:open|start|launch|go live|happen|take place|begin|run|be)"
REPLACED_BEFORE = re.compile(
    r"\b(?:originally|initially|previously|first) (?:set|scheduled|planned|slated|due|expected)"
    rf" (?:for|on) (?:the )?{_WEEKDAY_FIRST}\Z"
    # "rescheduled from 10:00 UTC today to ...": a clock may come before the old day
    r"|\b(?:postpon|delay|push|mov|shift|slip|resched|bump)\w*"
    r"[^.;!?\n]{0,60}\bfrom (?:the )?(?:[0-2]?\d(?::[0-5]\d)?\s*(?:am|pm)?\s*(?:utc|gmt)?\s*"
    rf"(?:on )?)?{_WEEKDAY_FIRST}\Z"
    # the day the event was paused on, before its new day: "paused its HSPL sale on June 2 ...
    # the sale will open on Wednesday, July 8"
    r"|\b(?:paused|halted|suspended)\b[^.;!?\n]{0,40}\bon "
    rf"(?:the )?{_WEEKDAY_FIRST}\Z"
    # the old day in a clause of its own: "which was set to begin on Thursday, is postponed",
    # "pushing the TGE back (it was June 2)"
    # "which had been set for April 9", "that was due to start Aug. 18"
    r"|\b(?:was|were|had been) (?:set|scheduled|planned|slated|due|expected)"
    rf" (?:(?:to [a-z]+(?: [a-z]+)? )(?:for |on )?|(?:for|on) )(?:the )?{_WEEKDAY_FIRST}\Z"
    r"|\(it was (?:set for |scheduled for |planned for )?\Z"
    # the day the event is said not to happen on: "The PGHL auction will not open on Tuesday"
    rf"|\b(?:will not|won't|will no longer|no longer) {_KEPT_VERBS} (?:on )?(?:the )?"
    rf"{_WEEKDAY_FIRST}\Z"
    # ... or "we are not launching on the 24th"
    r"|\b(?:not|n't) (?:launching|opening|listing|going live|starting) (?:on )?(?:the )?"
    rf"{_WEEKDAY_FIRST}\Z"
    # ... or that it happens "just not on": "The launch is happening, just not on Tuesday"
    rf"|\b(?:just|but|only) not (?:on )?(?:the )?{_WEEKDAY_FIRST}\Z"
    # "we're moving the TGE off July 15"
    r"|\b(?:mov|push|shift|tak)\w*\s+(?:[\w$'-]+\s+){0,3}?off\s+(?:the\s+)?\Z"
    # ... in other languages: "Statt Mittwoch geht der Token nun am Freitag live", "en lugar
    # del martes", "au lieu de mardi", "ha movido la venta del martes 9 al miércoles 17",
    # "que estaba prevista para el lunes 5 de octubre"
    r"|\b(?:statt|anstatt|anstelle|en lugar del?|en vez del?|au lieu du|au lieu de|em vez d[eoa]"
    r"|invece di|invece del)\s+(?:(?:el|le|la|o|a|am|dem)\s+)?\Z"
    # "nicht wie angekündigt am 21. Juli, sondern erst am 30. Juli"
    r"|\bnicht (?:mehr |wie (?:angekündigt|geplant) )?(?:am|zum)\s+"
    r"(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\s+(?:dem\s+)?)?\Z"
    r"|\b(?:movid[oa]|trasladad[oa]|cambiad[oa]|retrasad[oa]|aplazad[oa]|pasad[oa]|adiad[oa]"
    r"|déplacée?|décalée?|verschoben|verlegt)\b[^.;!?\n]{0,60}\b(?:del|de|du|von|vom)\s+"
    r"(?:(?:el|le|la|o|a)\s+)?(?:[^\W\d]+\s+)?\Z"
    r"|\b(?:estaba|era|había sido|était|war) (?:prevista?o?s?|programad[oa]|prévue?|geplant)"
    r" (?:para |pour |für )?(?:(?:el|le|la|o|a|den)\s+)?(?:[^\W\d]+\s+)?\Z"
    # ... Ukrainian, Russian, Polish, Italian: "генезис токена переноситься з 26 травня на 9
    # червня", "переносится с 26 мая", "przesunięty z 26 maja", "spostato dal 26 maggio"
    r"|\b(?:перенос\w*|перенес\w*|przesunię\w*|przeniesion\w*|spostat[oaie]|rinviat[oaie])"
    r"[^.;!?\n]{0,60}\s(?:з|із|с|со|z|ze|od|dal|dalla|da)\s+(?:[^\W\d]+,?\s+)?\Z"
    # ... Dutch: "na een eerder uitstel van 16 april", "verschoven van dinsdag 16 april"
    r"|\b(?:uitstel|uitgesteld|verschoven|verplaatst)\b[^.;!?\n]{0,60}\bvan\s+"
    r"(?:[^\W\d]+,?\s+)?\Z"
    # a row of a moved event's timetable: "Was: Tue May 12 / Now: Thu May 21", "Old date: ..."
    r"|(?:^|\n)[ \t•*-]*(?:was|old(?: date)?|previously|originally)\s*:\s*"
    rf"{_WEEKDAY_FIRST}\Z"
)
# ... and the "From:" row when a "To:" row follows it: "From: Tue May 26 / To: Tue June 9" (not a
# window's first day: "From: May 26 / Until: May 29")
ROW_FROM = re.compile(rf"(?:^|\n)[ \t•*-]*from\s*:\s*{_WEEKDAY_FIRST}\Z")
ROW_TO = re.compile(r"[^\n]{0,30}\n[ \t•*-]*to\s*:")
# ... and, in an item saying the event is postponed, the day it was planned for: "postpones SPACE
# token launch planned for April 9", "the MNFST TGE planned for Dec 1 is postponed" (not the day
# it is now set for: "is now planned for May 9")
PLANNED_BEFORE = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bnow )(?<!\bbe )(?<!\bbeen )"
    r"\b(?:(?:planned|set|scheduled|slated|due|expected|meant) (?:to [a-z]+ )?(?:for |on )?"
    r"(?:the )?"
    # ... in Russian: "перенёс запуск токена SPACE, запланированный на 20 января"
    r"|(?:запланированн|намеченн)\w* (?:на )?"
    # ... in French, Spanish, Portuguese: "prévu le 20 mars", "planeado para el 20", "previsto
    # para 20 de março"
    r"|(?:prévu|planead|previst|programad)[aoe]?s? "
    r"(?:pour |para |per |le |el |il |o |a |este |esta |ce |cette |nesta |neste )*"
    # (a weekday of those languages before the day: "previsto per giovedì 28 maggio")
    r"(?:[^\W\d]+,? )?)\Z"
)
POSTPONE_WORDS = (
    "postpon", "delay", "back", "hold", "ertele", "aplaz", "adia", "verschob", "verschieb",
    "report", "paus", " off ", "перенес", "延期", "연기", "pospon", "repouss", "rinvi", "rimand",
    "отлож", "推迟", "ditunda", "hoãn", "retras", "décal", "verlegt", "posticip", "will not ",
    "won't ", "push", "перенёс", "not launching on", "not opening on", "not going live on",
    "not listing on", "not starting on",
)  # fmt: skip
# ... and the day it was planned for, written before the word in Turkish, Japanese, Korean,
# German: "15 Eylül'de yapılması planlanan", "9月15日に予定していた", "geplant"
PLANNED_AFTER = re.compile(r"[^.;!?\n]{0,24}?(?:planlanan|予定|예정|geplant|prévu|previst)")
# the event moved with no new day named: "is postponed until the audit is complete", "pushing
# the TGE back", "delayed, new date to follow"
POSTPONED = re.compile(
    r"\b(?:postpone[sd]?|postponing|delay(?:s|ed|ing)?|push(?:es|ed|ing)? (?:\w+ ){0,3}?back"
    r"|put on hold|on hold"
    # "We're pushing the FLOAT launch. It was set for Feb 2" (not "pushing the launch to May")
    r"|push(?:es|ed|ing) (?:the|our|its|their) (?:[\w$]+ ){0,2}?(?:tge|launch|sale|claims?|airdrop"
    r"|listing)\b(?! (?:to|into|forward|ahead)\b)"
    # "The PGHL auction will not open on Tuesday" (a day the event does not keep)
    rf"|(?:will not|won't) {_KEPT_VERBS} on"
    # "we're moving the TGE off July 15"
    r"|mov(?:es|ed|ing)? (?:[\w$'-]+ ){0,3}?off\b"
    # "we are not launching on the 24th"
    r"|(?:are|is|am|'re|'m) not (?:launching|opening|listing|going live|starting) on\b"
    # "we're pausing Thursday's TGE"; "The CHIP sale planned for today at 13:00 UTC is paused"
    r"|paus(?:es|ed|ing) (?:\w+(?:'s)? ){0,3}?(?:tge|launch|sale|claims?|airdrop)"
    r"|\b(?:is|are|was|were|has been|have been) (?:now )?paused\b"
    # "we're holding the launch planned for Sept 30 while a licence review finishes" (not one
    # held on its day: "is holding its token sale on Tuesday")
    r"|hold(?:s|ing) (?:the |our |its |their )(?:[\w$]+ )?(?:tge|launch|sale|claims?|airdrop)"
    r" (?:planned|scheduled|set|slated|due)\b"
    # ... in other languages: "ertelediğini", "aplaza", "adiou", "verschoben", "reporté",
    # "reporte son TGE" (not the Spanish noun "reporte(s)")
    r"|ertele\w*|aplaz\w*|adia\w*|adiou|verschob\w*|verschieb\w*|перен[её]с\w*|pospon\w*"
    r"|retras\w*|décal\w*|verlegt\w*|posticip\w*"
    r"|repouss\w*|rinvia\w*|rinviat\w*|rimanda\w*|rimandat\w*|отлож\w*|ditunda|hoãn\w*"
    r"|reporté(?:e?s?)|report(?:e|ent) (?:son|sa|ses|leur|leurs|le|la|les))\b"
    r"|延期|연기|推迟"
)


POSTPONED_THE = re.compile(
    r"\b(?:postpone[sd]?|postponing|delay(?:s|ed|ing)?|paus(?:es|ed|ing))\s+(?:the|its|their|our)\s+\Z"
)

POSTPONED_AFTER = re.compile(
    r"\s*(?:\([^)]{0,20}\)\s*)?,?\s*(?:is|are|was|were|has been|have been|will be|gets?)\s+"
    r"(?:now\s+|officially\s+)?(?:postponed|delayed|paused|on hold|pushed back)\b"
)


AS_PLANNED_AFTER = re.compile(r",? as (?:originally |first )?(?:planned|scheduled|announced)\b")
# ... and, in German, the first day of "vom ... auf ...", the verb at the clause's end: "hat den
# Start seines SPACE-Tokens vom 29. Oktober auf Donnerstag, den 5. November verschoben"
GERMAN_FROM_BEFORE = re.compile(r"\bvom\s+\Z")
GERMAN_TO_AFTER = re.compile(r"[^.;!?\n]{0,12}?\sauf\s")


# ... a day with an arrow to another day right after it, on a line saying the event moves: "BAND
# launch moves: Tuesday 13 July → Thursday 15 July, 14:00 UTC" (not a period, "Subscription
# period: Jan 20, 14:00 UTC → Jan 22", nor steps, "Snapshot May 1 → claims May 8")
MOVE_WORD = re.compile(
    r"\b(?:mov(?:es|ed|ing)|rescheduled?|postponed?|delayed|shift(?:s|ed)|pushed|new date)\b"
)
MOVED_ARROW = re.compile(
    r"[\s,]*(?:[0-2]?\d:[0-5]\d\s*(?:utc|gmt)?\s*)?(?:→|->|⟶|=>)\s*"
    r"(?=\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)
# ... and in Chinese, the day after "由" (from) that is pushed back: "TGE 由 7月13日 推迟至 15日"
CN_MOVED_FROM = re.compile(r"(?:由|从)\s*\Z")
CN_MOVED_TO = re.compile(r"\s*(?:推迟|延期|延后)(?:至|到)")


def replaced_day(folded: str, hit: DateHit, postponed: bool = False) -> bool:
    """The day the event was moved away from ("postponed from April 9 to April 16"; with
    ``postponed``, the item says the event is postponed, also "the TGE planned for Dec 1" and
    "Friday's claim")."""
    begin = max(0, hit.start - REPLACED_REACH)
    if ROW_FROM.search(folded, begin, hit.start) and ROW_TO.match(folded, hit.end):
        return True
    if (
        MOVED_ARROW.match(folded, hit.end)
        and MOVE_WORD.search(folded, folded.rfind("\n", 0, hit.start) + 1, hit.start)
    ) or (
        CN_MOVED_FROM.search(folded, max(0, hit.start - 3), hit.start)
        and CN_MOVED_TO.match(folded, hit.end)
    ):
        return True
    return REPLACED_BEFORE.search(folded, begin, hit.start) is not None or (
        postponed
        and (
            PLANNED_BEFORE.search(folded, begin, hit.start) is not None
            or folded.startswith("'s ", hit.end)  # "Friday's DUCK claim is postponed"
            # the day named with the event the verb postpones: "has postponed the October 7
            # launch of its token", "delays its Friday claim" (not "delayed the launch to ...")
            or POSTPONED_THE.search(folded, max(0, hit.start - 24), hit.start) is not None
            # ... or the day with the event said to be postponed: "HEDL TGE on April 14 is
            # postponed"
            or POSTPONED_AFTER.match(folded, hit.end) is not None
            or PLANNED_AFTER.match(folded, hit.end) is not None
            # "won't open on Thursday as planned. It's postponed"
            or AS_PLANNED_AFTER.match(folded, hit.end) is not None
            or (
                GERMAN_FROM_BEFORE.search(folded, max(0, hit.start - 8), hit.start) is not None
                and GERMAN_TO_AFTER.match(folded, hit.end) is not None
            )
        )
    )


# the word lists event_day asks about, answered from the matcher's pass (ScanWords)
_CLOSING_FOREIGN = ScanWords(CLOSING_FOREIGN_WORDS)
_EARNING = ScanWords(EARNING_WORDS + FOREIGN_EARNING_WORDS)
_REFUND = ScanWords(REFUND_WORDS)
_POSTPONE = ScanWords(POSTPONE_WORDS)
_REPLACED = ScanWords(REPLACED_WORDS)


def event_day(
    hits: list[DateHit],
    pick: EventPick | None,
    scan: Scan,
    live: list[tuple[int, int]],
    window: int,
    published: dt.date,
    folded: str = "",
    lead: int = 0,
    row_out: list[tuple[int, int, DateHit]] | None = None,
) -> DateHit | None:
    """The day hit that belongs to the lead event.

    Days on which something was said ("announced on Tuesday"), on which something closes, a
    stage or an activity window ends, or that the event moved away from are not event days. In
    a calendar, the day of the project's row. Else, for each phrase naming the lead event, in
    text order: a live phrase right after it means today (kind ``now``), or the day it began
    when its start is named ("opened claims on Thursday, June 24"); else the nearest day after
    it, else the nearest before it. With no day near any of them, the first day of the item
    (unless a vague one is nearer). The calendar row, when it gave the day, is appended to
    ``row_out``. ``scan``: the matcher's pass over ``folded``.
    """
    checker = (
        folded and pick is not None and pick.event_type == "airdrop"
        and CHECKER_POST.search(folded, 0, lead) is not None
    )  # fmt: skip
    if not hits and not live and not checker:
        return None  # what the loop below finds for an item without days or live phrases
    dated = [h for h in hits if h.kind != "vague"]
    postponed = False
    if folded and dated:
        names = [(m.start, m.end) for m in scan.mentions]
        found = scan.gate_words  # (``scan`` is the pass over ``folded``)
        foreign = _CLOSING_FOREIGN.any_in(folded, found)
        dated = [
            h
            for h in dated
            if not announcement_day(folded, h) and not closing_day(folded, h, names, foreign)
            and not detail_day(folded, h) and not cutoff_day(folded, h)
        ]
        if _EARNING.any_in(folded, found):
            dated = [h for h in dated if not earning_day(folded, h)]
        if _REFUND.any_in(folded, found):
            dated = [
                h for h in dated
                if not REFUND_DAY_BEFORE.search(folded, max(0, h.start - REFUND_REACH), h.start)
            ]  # fmt: skip
        postponed = _POSTPONE.any_in(folded, found) and POSTPONED.search(folded) is not None
        if postponed or _REPLACED.any_in(folded, found):
            moved = [h for h in dated if not replaced_day(folded, h, postponed)]
            if len(moved) < len(dated) and "same day" in folded:
                # "had been set for February 17, the same day ...": that day again
                old = {h.date for h in dated if h not in moved}
                moved = [
                    h for h in moved
                    if not (h.date in old and folded.startswith(SAME_DAY_WORDS, h.start))
                ]  # fmt: skip
            if moved or postponed:
                # (a day moved away from stays the only day unless the event is said to be
                # postponed: then it has none)
                dated = moved
    if pick is None:
        return dated[0] if dated else None
    if folded and len(dated) > 1:
        phrases = scan.hits.get(EVENT_PREFIX + pick.event_type, [])
        row = project_row(dated, scan, folded, phrases)
        if row is not None:
            if row_out is not None:
                row_out.append(row)
            return row[2]
    phrases = sorted({(pick.start, pick.end), *scan.hits.get(EVENT_PREFIX + pick.event_type, [])})
    if checker:
        # docs/labels.md: a checker post is dated by the claim opening it states, else the day
        # it was published (a coarse or missing claim date does not make it undated)
        # (a day in the claim phrase's own sentence first: "checker is live ahead of the
        # claim.\nOn Monday it launched ...": Monday is not the claim's day)
        # (the claim opening in any words: "Tokens arrive in your wallet on Tuesday 20 Oct")
        claims = [
            (s, e) for s, e in scan.hits.get(EVENT_PREFIX + "airdrop", [])
            if folded.startswith("claim", s)
            or (CHECKER.search(folded, s, e) is None and not folded.startswith("airdrop", s))
        ]  # fmt: skip
        if any(map(folded.__contains__, STAGE_GATE_WORDS)):
            # "ahead of the claim. The snapshot was taken on August 14": a stage's day is not
            # the claim's, even when it is the only day named
            dated = [h for h in dated if not stage_day(folded, h)]
        for same_sentence in (True, False):
            for start, end in claims:
                after = [h for h in dated if h.start >= start and h.start - end <= window]
                if same_sentence:
                    after = [h for h in after if not SENTENCE_BREAK.search(folded, end, h.start)]
                if after:
                    return restated(dated, after[0], folded)
        # ... or the day heading the claim's line: "June 16, 15:00 UTC: claims open"
        for start, _ in claims:
            line_at = folded.rfind("\n", 0, start) + 1
            for h in dated:
                gap = folded[h.end : start]
                if (
                    line_at <= h.start < start
                    and not folded[line_at : h.start].strip(LINE_MARKS)
                    and ":" in gap
                    and len(gap) <= HEADING_GAP
                ):
                    return h
        return DateHit(pick.start, pick.end, published, "now")
    if folded and CHECKER.search(folded, pick.start, pick.end):
        # docs/labels.md: a checker post is dated by the claim opening it states, if it states one
        claims = [(s, e) for s, e in phrases if folded.startswith("claim", s)]
        phrases = claims + [span for span in phrases if span not in claims]
    elif folded and pick.event_type == "listing":
        # the first trading day, not the day deposits open
        trading = [(s, e) for s, e in phrases if has_any(folded[s:e], TRADING_WORDS)]
        # ... and a launchpool's farming start last: "Lock BNB to farm ACME from Feb 14. Binance
        # will then list ACME at 2031-02-19 13:00 (UTC)" (the listing's day, not the farm's)
        pools = [(s, e) for s, e in phrases if folded.startswith(LAUNCHPOOL_WORDS, s)]
        phrases = trading + [span for span in phrases if span not in trading and span not in pools]
        phrases += [span for span in pools if span not in trading]
        # (the reach of the pattern itself: "deposits for Acme (ACME) are open now")
        reach = DEPOSITS_REACH
        live = [
            (s, e)
            for s, e in live
            if not DEPOSITS.search(folded, max(0, s - reach), s)
            and not STAGE_SUBJECT.match(folded, sentence_of(folded, s)[0], s)
        ]
        dated = [h for h in dated if not DEPOSITS.search(folded, max(0, h.start - reach), h.start)]
        if folded.count("\n") >= 2:
            line = token_line(dated, live, scan, folded, published)
            if line is not None:
                return line
    if folded and dated and any(map(folded.__contains__, STAGE_GATE_WORDS)):
        # "the snapshot is taken June 15, claims open June 22": a stage before the event has
        # its own day (kept when it is the only day named, unless the event's own sentence
        # gives a period: "claims arrive in June ... before the May 31 snapshot")
        staged = [h for h in dated if stage_day(folded, h)]
        if staged and (
            len(staged) < len(dated)
            or _period_in_sentence(hits, folded, pick)
            # (a stage gone by beside a period named anywhere: "Season 4 of the GRAIL rewards
            # drop is confirmed for December. The snapshot was taken Nov 14")
            # ... or an event postponed with no new day: "has postponed Wednesday's AQUA claim
            # ... the June 25 snapshot stands")
            or (
                all(h.date is not None and h.date < published for h in staged)
                and (postponed or any(h.kind == "vague" for h in hits))
            )
        ):
            dated = [h for h in dated if h not in staged]
    if live and folded:  # "registration for the sale is open": the sign-up, not the event
        live = [(s, e) for s, e in live if not SIGN_UP.search(folded, max(0, s - SIGN_UP_REACH), s)]
    if live and folded:
        live = [(s, e) for s, e in live if not OPEN_TO.match(folded, e)]
    vague = [h for h in hits if h.kind == "vague"]
    if folded and vague:
        vague = [
            h
            for h in vague
            if not VAGUE_DETAIL_BEFORE.search(folded, max(0, h.start - VAGUE_DETAIL_REACH), h.start)
        ]
    coarse = coarse_ahead = False
    coarse_at = 0  # (where the phrase that gave the event its period ends)
    title_end = folded.find("\n") if folded else -1
    for start, end in phrases:
        if coarse and folded and CHECKER.search(folded, start, end):
            continue  # (the checker's day, once the event has its period: "claims open later
            # this month ... Eligibility lookups from Wednesday")
        if coarse_ahead and SENTENCE_BREAK.search(folded, coarse_at, start):
            # once the event has a period still to come, a day gone by in a later sentence is
            # another round's: "a third season ... in the first quarter of 2030. Season 2,
            # which opened on October 17, ...", "a second distribution in December ... The
            # genesis claim closed on Thursday"
            dated = [h for h in dated if h.date is None or h.date >= published]
        after = [h for h in dated if h.start >= start and h.start - end <= window]
        now = [(s, e) for s, e in live if start <= s and s - end <= LIVE_GAP]
        if folded and ":" in folded:
            # a day heading the sentence of the event phrase: "Tomorrow: the FHE token goes live"
            heading = [
                h for h in dated
                if h.end <= start and folded.startswith(":", h.end)
                and not SENTENCE_BREAK.search(folded, h.end, start)
            ]  # fmt: skip
            if heading and not any(
                not SENTENCE_BREAK.search(folded, end, h.start) for h in after
            ):  # (not "Posting today: the sale opens Thu Sep 10": its own day says when)
                return heading[-1]
        if now and after and (
            0 <= after[0].start - now[0][1] <= NOW_THEN_DAY
            or LIVE_ON_THEN.fullmatch(folded, now[0][1], after[0].start) is not None
        ):
            # "is live tomorrow", "is live on mainnet this Thursday": the day after the live
            # phrase says when
            return after[0]
        if (
            now
            and after
            and folded
            and after[0].start > now[0][1]
            and LIVE_FROM.fullmatch(folded, now[0][1], after[0].start)
        ):
            return after[0]  # "is live from 12:00 UTC Jun 10": the day its clock is on
        if now and (not after or now[0][0] < after[0].start):
            start_day = opening_day(dated, folded, published)
            if start_day is not None:
                return start_day  # "is live; claims opened on Wednesday, June 24": its start
            return DateHit(now[0][0], now[0][1], published, "now")
        # (a period may share its preposition with the phrase: "comes online in" + "in July")
        first_vague = next(
            (h for h in vague if h.start >= start and h.end > end and h.start - end <= window),
            None,
        )
        if first_vague is not None and (not after or first_vague.start < after[0].start):
            if after and folded and _day_of_period(folded, first_vague, after[0]):
                return after[0]  # "goes live in August, as promised: Tuesday, Aug 25"
            if not coarse:
                coarse_at = end
                coarse_ahead = (
                    bool(folded)
                    and period_begins_after(
                        folded[first_vague.start : first_vague.end], published
                    )
                    and not closing_day(folded, first_vague)  # (not "stays open through July")
                )
            coarse = True  # "launches in November, after its points close on Oct. 31"
            continue
        if (
            after
            and folded
            and end < title_end < after[0].start
            and dated[0].start > title_end  # (a headline naming its day keeps it)
            and _dated_later(phrases, dated, folded, title_end, window)
        ):
            continue  # the headline's event, dated by its own sentence in the body, not by the
            # first day of the body ("sets CHIP launch after sale" / "the sale, held March 10 ...
            # CHIP becomes transferable on Thursday, April 2")
        # (once the event has its period, a day told before a later phrase is that phrase's
        # context: "Claims: Q4\nEarn window: Sep 8 → Nov 30\nS1 claims stay open ...")
        before = [
            h for h in dated if h.end <= start and start - h.end <= window
            and not (coarse and SENTENCE_BREAK.search(folded, h.end, start))
        ]  # fmt: skip
        if (
            after
            and before
            and folded
            and _own_day_ahead(folded, start, end, before[-1], after[0], published)
        ):
            return before[-1]
        if after:
            return restated(dated, after[0], folded)
        if before:
            return before[-1]
    if coarse or any(abs(h.start - pick.end) <= window for h in vague):
        if folded and dated and "week" in folded:
            return day_in_week(dated, vague, scan, folded, published)
        return None
    return dated[0] if dated else None


def _own_day_ahead(
    folded: str, start: int, end: int, before: DateHit, after: DateHit, published: dt.date
) -> bool:
    """The day before the phrase at ``start:end``, in its own sentence, is still ahead, and the
    day after it lies in the next sentence (for Chinese, Japanese and Korean, which put the day
    before the verb: the next clause) and is gone by: "From Monday, June 29, holders can collect
    at ... Balances from Jan 1 to May 31 count.", "将于 6 月 29 日 22:00 开放领取，1 月 1 日至 ..."
    (the first is the event's day, the second the window that earned it)."""
    if before.date is None or after.date is None or before.kind != "explicit":
        return False  # (a weekday alone may be last week's: "GRAIL は木曜日に ... 上場")
    if not after.date < published <= before.date:
        return False
    parts = SENTENCE_BREAK if folded[start].isascii() else CJK_CLAUSE_BREAK
    return bool(parts.search(folded, end, after.start)) and not parts.search(
        folded, before.end, start
    )


def _day_of_period(folded: str, period: DateHit, day: DateHit) -> bool:
    """``day`` follows the month ``period`` names in its sentence and falls in it: "in August,
    as promised: Tuesday, Aug 25" (the day the month was narrowed to)."""
    return (
        day.date is not None
        and day.date.strftime("%b").lower() in folded[period.start : period.end]
        and not SENTENCE_BREAK.search(folded, period.end, day.start)
    )


def _period_in_sentence(hits: list[DateHit], folded: str, pick: EventPick | None) -> bool:
    """A coarse period ("in June", "Q3") stands in the sentence of the lead event's phrase."""
    if pick is None:
        return False
    start, end = sentence_of(folded, pick.start)
    return any(h.kind == "vague" and start <= h.start < end for h in hits)


def _dated_later(
    phrases: list[tuple[int, int]], dated: list[DateHit], folded: str, begin: int, window: int
) -> bool:
    """An event phrase after ``begin`` has a day after it in its own sentence."""
    return any(
        0 <= h.start - end <= window and not SENTENCE_BREAK.search(folded, end, h.start)
        for start, end in phrases if start > begin
        for h in dated
    )  # fmt: skip


# a calendar row opens with its day: "Tue 17 Mar · $EDEN → Bybit", "4/2 08:00 · Upbit opens
# $CHIP", "• Jun 16: Ferrox sale"; what follows on the line happens that day
ROW_LEAD = 16  # characters of bullets, spaces and a weekday before a row's day
ROW_OPENER = re.compile(
    r"[\s•·*>|\-–—]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
)


def project_row(
    dated: list[DateHit], scan: Scan, folded: str, phrases: list[tuple[int, int]] | None = None
) -> tuple[int, int, DateHit] | None:
    """In a calendar, written in lines or inline, the row naming the watched project and its
    day: ``(start, end, day)``; of several rows naming watched projects, the first holding one of
    ``phrases`` (the lead event's), else the first."""
    row = calendar_row(dated, scan, folded, phrases) if "\n" in folded else None
    if row is None and (": " in folded or " - " in folded):
        row = inline_row(dated, scan, folded, phrases)
    return row


def _event_row(
    rows: Sequence[tuple[int, int, DateHit | None]],
    scan: Scan,
    phrases: list[tuple[int, int]] | None,
) -> tuple[int, int, DateHit | None] | None:
    """Of calendar rows ``(start, end, day)``, the first naming a watched project and holding
    one of ``phrases``, else the first naming one."""
    named = [r for r in rows if any(r[0] <= m.start < r[1] for m in scan.mentions)]
    for begin, end, hit in named:
        if phrases and any(begin <= s < end for s, _ in phrases):
            return begin, end, hit
    return named[0] if named else None


def calendar_row(
    dated: list[DateHit], scan: Scan, folded: str, phrases: list[tuple[int, int]] | None = None
) -> tuple[int, int, DateHit] | None:
    """In a calendar (two or more lines that open with a day), the row that names the watched
    project, with its day (not the next row's day nor the first of the item)."""
    rows: list[tuple[int, int, DateHit]] = []
    for hit in dated:
        begin = folded.rfind("\n", 0, hit.start) + 1
        if hit.start - begin <= ROW_LEAD and ROW_OPENER.fullmatch(folded, begin, hit.start):
            if rows and rows[-1][0] == begin:
                continue  # the row's second day ("Mon 16 Mar - Wed 18 Mar"): its first counts
            end = folded.find("\n", hit.end)
            rows.append((begin, len(folded) if end < 0 else end, hit))
    if len(rows) < 2:
        return None
    # (a timetable's stage rows are not the event's: "• Mar 3: eligibility checker at
    # drogue.xyz" / "• Mar 10, 14:00 UTC: claims open and DRGU becomes transferable")
    unstaged = [r for r in rows if not stage_day(folded, r[2])]
    if len(unstaged) < len(rows) and any(
        begin <= m.start < end for begin, end, _ in unstaged for m in scan.mentions
    ):
        rows = unstaged
    row = _event_row(rows, scan, phrases)
    return None if row is None or row[2] is None else (row[0], row[1], row[2])


# ... or a calendar written inline, its rows one after another in running text: "Tue 21:
# Pellucid opens claims. Wed 22: Marrow lists on Kraken. Thu 23: ..."
INLINE_ROW = re.compile(
    # (the leading lookahead lets the engine skip to the letters a weekday starts with)
    r"(?=[mtwfs])(?:(?<![^\n.;!|·•\s])(?<![a-z0-9,:] ))(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
    r"(?:\s+(?:(?:[a-z]{3,9}\.?\s+)?[0-3]?\d(?:st|nd|rd|th)?|[0-3]?\d/[0-3]?\d))?"
    r"(?:,[^:.\n]{1,24})?(?::|\s+-)\s"
)  # (or "Monday: ...", "Tuesday, late evening UTC: ...", "Mon May 18 — ...", "Wed 4/15: ...")


def inline_row(
    dated: list[DateHit], scan: Scan, folded: str, phrases: list[tuple[int, int]] | None = None
) -> tuple[int, int, DateHit] | None:
    """In an inline calendar (two or more rows opening "Tue 21:"), the row that names the
    watched project, with its day."""
    starts = [m.start() for m in INLINE_ROW.finditer(folded)]
    if len(starts) < 2:
        return None
    rows = [
        (begin, end, next((h for h in dated if begin <= h.start < end), None))
        for begin, end in zip(starts, [*starts[1:], len(folded)], strict=True)
    ]
    row = _event_row(rows, scan, phrases)
    return None if row is None or row[2] is None else (row[0], row[1], row[2])


ROW_BULLETS = " \t•·*>-–—"


def token_line(
    dated: list[DateHit],
    live: list[tuple[int, int]],
    scan: Scan,
    folded: str,
    published: dt.date,
) -> DateHit | None:
    """In a listing notice written one token a line ("FHE (Fhenix): trading from Tue 14:00 UTC"
    / "NRV (Norvo): trading Wed 15:00 UTC", "HUDL/USDT: now live" / "LUMA/USDT: July 21"), the
    day or live phrase on the line naming the watched project, when two or more lines hold one."""
    timed: list[tuple[int, int]] = []
    begin = 0
    for line in folded.split("\n"):
        end = begin + len(line)
        if any(begin <= h.start < end for h in dated) or any(begin <= a < end for a, _ in live):
            timed.append((begin, end))
        begin = end + 1
    if len(timed) < 2:
        return None
    for begin, end in timed:
        # (the line opens with the project: "HUDL/USDT: now live", "• FHE (Fhenix): ...")
        if not any(
            begin <= m.start < end and not folded[begin : m.start].strip(ROW_BULLETS)
            for m in scan.mentions
        ):
            continue
        day = next((h for h in dated if begin <= h.start < end), None)
        if day is not None:
            return day
        a, b = next((a, b) for a, b in live if begin <= a < end)
        return DateHit(a, b, published, "now")
    return None


WEEK_STARTS = {"next week": 7, "this week": 0}  # days from this week's Monday
WEEKDAY_HIT = re.compile(r"(?:(?:next|this|coming)\s+)?(mon|tue|wed|thu|fri|sat|sun)[a-z]*")


def day_in_week(
    dated: list[DateHit], vague: list[DateHit], scan: Scan, folded: str, published: dt.date
) -> DateHit | None:
    """A weekday that pins down the week the event is set for: "SPACE to go live next week"
    then "trading begins next Thursday" is the Thursday of next week. The weekday must be in a
    sentence naming an event and fall on or after publication."""
    for coarse in vague:
        offset = WEEK_STARTS.get(folded[coarse.start : coarse.end])
        if offset is None:
            continue
        monday = published + dt.timedelta(days=offset - published.weekday())
        for hit in dated:
            found = WEEKDAY_HIT.fullmatch(folded, hit.start, hit.end)
            if found is None:
                continue
            start, end = sentence_of(folded, hit.start)
            if not any(
                start <= s < end
                for feature, spans in scan.hits.items()
                if feature.startswith(EVENT_PREFIX)
                for s, _ in spans
            ):
                continue
            day = monday + dt.timedelta(days=WEEKDAYS[found.group(1)])
            if hit.date is not None and abs((hit.date - day).days) <= 1:
                day = hit.date  # the same day, converted to UTC by its clock
            if day >= published:
                return DateHit(hit.start, hit.end, day, hit.kind)
    return None


# a sale that opened before publication and is still running: "closes at 16:00 UTC today",
# "with one day left", "enters its final day" (happening now: docs/labels.md counts it)
UNDER_WAY_TYPES = ("token_sale", "airdrop")
UNDER_WAY_DAYS = 7  # days a sale may have been open and still count as under way
STILL_OPEN = re.compile(
    r"\b(?:(?:one|two|three|four|five|six|a|\d{1,2})\s+(?:more\s+)?(?:days?|hours?)\s+"
    r"(?:left|to go|remaining)|(?:enters|entering|in|into)\s+(?:its|the)\s+final\s+(?:day|hours"
    r"|stretch)|(?:is|are)\s+still\s+open|(?:remains?|stays?|will\s+(?:remain|stay))\s+open"
    r"|(?:closes?|ends?)\s+in\s+(?:one|two|three|four|five|six|a|\d{1,2})\s+(?:days?|weeks?|hours?)"
    # ... in other languages: "segue aberta", "sigue abierta", "läuft noch", "noch bis",
    # "est toujours ouverte", "进行中", "진행 중"
    r"|segue abert[ao]|sigue abiert[ao]|läuft noch|noch bis|est toujours ouverte?"
    r"|è ancora apert[ao]"
    # ... and "tetap terbuka", "masih terbuka", "rimane aperta", "reste ouverte", "blijft open",
    # "pozostaje otwarte", "pozostanie otwarte", "açık kalacak", "vẫn mở"
    r"|tetap terbuka|masih terbuka|rimane apert[ao]|resta apert[ao]|reste ouverte?"
    r"|blijft open|pozostaje otwart[ey]|pozostanie otwart[ey]|açık kalacak|vẫn mở"
    # ... or goes on: "se poursuit jusqu'au lundi", "satışı sürüyor", "devam ediyor", "sigue
    # en curso", "prosegue fino a", Azerbaijani "davam edir", Polish "potrwa do piątku", Serbian
    # "је у току" (is under way), Arabic "مستمر حتى الأربعاء" (goes on until Wednesday)
    r"|se poursuit|sürüyor|devam ediyor|sigue en curso|prosegue|davam edir|(?:po)?trwa do"
    r"|је у току|je u toku|مستمر حتى|مستمرة حتى"
    # ... or runs a stated time: "runs 45 days", "runs for 30 days"
    r"|runs?\s+(?:for\s+)?(?:\d{1,3}|two|three|four|five|six|seven|ten|thirty)\s+(?:days|weeks))\b"
    r"|进行中|진행 중"
    # ... Hindi and Bengali: "क्लेम गुरुवार 13 सितंबर से खुला है और 30 दिन तक चलेगा" (has been open
    # since Thursday and runs 30 days), "ক্লেইম চলছে ... খোলা থাকবে ৩০ দিন" (the claim is running
    # ... stays open 30 days) (a vowel sign ends no word for \b)
    r"|से खुला है|तक चलेगा|तक खुला रहेगा|খোলা থাকবে|চলছে"
)
CLOSES_AHEAD_REACH = 40
CLOSES_AHEAD = re.compile(
    r"\b(?:closes?|closing|ends?|ending|runs?\s+(?:until|till|through)|open\s+(?:until|till"
    r"|through)"
    # ... "shuts Wednesday 14:00 UTC", "keeps taking orders until Sunday"
    r"|shuts?|shutting|(?:taking|accepting)\s+(?:orders|bids|commitments|deposits|subscriptions)"
    r"\s+(?:until|till|through)"
    # ... in other languages: "cierra el jueves", "fecha na quinta", "termina", "endet am
    # Donnerstag", "bis Donnerstag", "ferme jeudi", "chiude giovedì", "ditutup pada Kamis"
    r"|cierra|finaliza|termina|fecha|encerra|ferme|se termine|endet|schließt|bis|chiude"
    r"|schluss ist|ende ist"  # "Schluss ist am Sonntag um 18:00 Uhr"
    r"|закроется|завершится|продлится до|триватиме до|ditutup|berakhir|kết thúc"
    r"|حتى)\b[^.!?;\n]{0,32}\Z"  # Arabic: "ويستمر حتى 25 يوليو" (and runs until 25 July)
)
# ... or written after the day, as Chinese, Japanese, Korean and Turkish do: "周四 20:00（UTC）
# 结束", "木曜日に終了", "목요일 마감", "11월 14일까지 가능" (possible until 14 November),
# "perşembe gününe kadar", and German: "heute um 20 Uhr ist Schluss"
CLOSES_AFTER = re.compile(
    r"[^.!?;\n。]{0,20}?(?:结束|截止|終了|締め切|마감|종료|까지|kadar|sona er|ist schluss|ist ende)"
)


def under_way(folded: str, hits: list[DateHit], start: int, published: dt.date) -> bool:
    """After the event phrase at ``start``, the text says the event has not closed yet: a day
    it closes on that is today or later, or "one day left", "in its final day"."""
    if STILL_OPEN.search(folded, start) is not None:
        return True
    return any(
        h.date is not None
        and h.date >= published
        and h.start > start
        and (
            CLOSES_AHEAD.search(folded, max(start, h.start - CLOSES_AHEAD_REACH), h.start)
            or (not folded.isascii() and CLOSES_AFTER.match(folded, h.end) is not None)
        )
        for h in hits
    )


# the day an event under way began: "opened claims on Wednesday, June 24", "empezó ayer",
# "19日12:00（UTC）に開始"
OPENED_REACH = 100
OPENED_BEFORE = re.compile(
    r"\b(?:opened|began|started|kicked off|went live|launched|empezó|comenzó|começou|abriu"
    r"|a commencé|a ouvert|begann|startete|läuft seit|seit|desde|depuis|sejak"
    # "is live and has been since Tuesday, May 12"
    r"|has been since|have been since|been live since|been open since)\b"
    r"(?:(?: [^.;!?\n,()]{0,60}?)? (?:on|el|em|le|am|na|no))? "
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? "
    r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,? )?\Z"  # "Opened Tue 19 May"
    # ... a French participle opening the sentence: "Ouverte vendredi 6 novembre à 16 h UTC, la
    # vente publique ... se poursuit"
    r"|\b(?:ouverte|ouvert|lancée|lancé) (?:(?:le )?(?:lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche) )?\Z"
    # ... runs since, in other languages, a weekday of theirs maybe before the day: "триває з
    # понеділка, 19 жовтня", "идёт с", "trwa od", "è in corso da", "loopt sinds"
    r"|\b(?:триває з|триває від|идёт с|идет с|проходит с|trwa od|in corso da|sinds)\s+"
    r"(?:[^\W\d][\w'’]*,?\s+)?\Z"
    # ... Vietnamese "đã mở từ tối thứ Năm" (has been open since Thursday evening)
    r"|(?:\bkể |\bđã mở |\bmở )từ\s+(?:(?:tối|sáng|chiều|trưa|đêm)\s+)?"
    r"(?:(?:thứ \w+|chủ nhật)\s*\(?\s*)?(?:ngày\s+)?\Z"
)
OPENED_AFTER = re.compile(
    r"[^.;!?\n、。，]{0,16}?"
    r"(?:に開始|から開始|부터 시작|에 시작|開始し|开启|开始|开放|시작돼|시작됐|에 열렸|부터 열렸)"
)


def opening_day(dated: list[DateHit], folded: str, published: dt.date) -> DateHit | None:
    """The day, in the week before publication, on which an event said to be live began."""
    for hit in dated:
        if (
            hit.date is not None
            and 0 < (published - hit.date).days <= UNDER_WAY_DAYS
            and (
                OPENED_BEFORE.search(folded, max(0, hit.start - OPENED_REACH), hit.start)
                or OPENED_AFTER.match(folded, hit.end)
            )
        ):
            return hit
    return None


def temporal_status(
    day: dt.date | None, published: dt.date, live: bool, past: bool, recent_days: int
) -> Temporal | None:
    """``past`` / ``live`` / ``upcoming`` from the event day first, then from the wording."""
    if day is not None:
        delta = (day - published).days
        if delta > 0:
            return "upcoming"
        if delta == 0:
            return "live" if live or not past else "past"
        return "past" if -delta > recent_days or past else "live"
    if past:
        return "past"
    if live:
        return "live"
    return None


def date_precision(
    hits: list[DateHit], ends: Sequence[int], window: int, folded: str
) -> DatePrecision:
    """For an event without a date: ``month`` / ``quarter`` for the first coarse date near a
    phrase naming the event (``ends``: where they end; "in September", "Q3", "third quarter");
    else ``none`` (an event with a date has ``day``, whatever dated it)."""
    near = [
        h for h in hits if h.kind == "vague" and any(abs(h.start - end) <= window for end in ends)
    ]
    if not near:
        return "none"
    text = folded[near[0].start : near[0].end]
    if any(word in text for word in QUARTER_WORDS):
        return "quarter"
    if any(word in text for word in MONTH_WORDS):
        return "month"
    return "none"
