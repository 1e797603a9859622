"""What a reject cue is about: cues count only against the event clause or the item as a whole.

A cue word is dropped (its span removed from the scan's hits) when it qualifies something else:

- **a name**: the cue is part of a project's name ("Questline" is no quest, "Rally" no rally);
- **an apposition** describing a named project ("Meadow, the farming-data network, said ...")
  or a descriptor right before its name ("Prediction-market platform Meadow opens ...");
- **the recipients** of an airdrop: followed by a recipient noun ("testnet users", "XP earners",
  "early access users") or after a recipient opener in its clause ("for everyone who earned XP",
  "holders of Tide points from its testnet campaign");
- **a past activity window** when the item announces an upcoming or live event: a past-tense
  cue in a sentence about the season, snapshot or campaign that earned eligibility, and naming
  no event ("points season 1 is over. Claims open tomorrow");
- **a step the event waits for**: a news cue after "after" that follows the event phrase in its
  clause ("opens claims after its final audit"); or the **backdrop** of the event, a news cue
  in an "as ..." clause after the event phrase ("plans a June sale as its network expands").
- **a scam's offer the source denies** beside an upcoming or coarsely dated event: a scam cue
  right after a denial ("there is no early access", "do not connect your wallet anywhere else")
  and a denial of a quoted term or of a scam cue ("no airdrop 'boost' exists", "there is no
  'pre-sale'"): a warning, not a denied event;
- **a past that is not the event's** beside an event ahead or dated coarsely: time counted
  from something other than the token's event ("two years after its rollup pitch"), a past
  period in a sentence naming neither the event nor the project ("the bridge it shipped last
  year"), and doubt the announcement ends ("ending months of speculation");
- **what earned the tokens**: a testnet cue after "points earned on ..." beside an upcoming or
  live claim (a past year in the recipients' clause is dropped the same way, in ``features``).
- **a question that doubts nothing**: one the source answers at once ("wen ACME? now."), or a
  one- or two-word opener naming nothing of the event ("Ready?"; the question-mark pattern
  skips these in ``rejects``);
- **an exchange's pre-market** the dated spot listing settles ("pre-market positions settle at
  the open"), and a past step after "after"/"following" under a future main verb ("will launch
  in June, following last week's sale").

Safety boilerplate ("we will never DM you") is cut out of the text before scoring
(:func:`boilerplate`), so a safety line never changes an announcement's decision. A giveaway
("send 1 ETH, get 2 back", "send ... to receive") decides as a scam (:func:`giveaway`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from swarm.detection.dates import STARTED_WORDS
from swarm.detection.folding import has_any
from swarm.detection.gates import has_choices, required_choices
from swarm.detection.matcher import Mention
from swarm.detection.subject import DISAVOWALS, RELATION_FEATURE

EVENT_PREFIX = "event:"
# Cues that often describe who receives an airdrop or what earned it.
RECIPIENT_SCOPED = ("testnet", "scam", "speculation", "past", "price_talk", "tutorial")
NAME_SCOPED = (*RECIPIENT_SCOPED, "generic_news", "negated_event", "past_event", "safety")
ACTIVITY_SCOPED = ("past", "past_event")
# an officer named as the source of the statement, not as the news: "..., CEO says", "chief
# executive Jane Roe said in an interview" (not "said to be leaving")
SPEAKER_ROLES = ("ceo", "cto", "coo", "cfo", "co-founder", "founder", "executive")
SPEAKER_REACH = 40
SPEAKER_AFTER = re.compile(
    r"(?:\s+(?!said\b|says\b|told\b|tells\b)[\w.'-]+){0,3}?\s+(?:says|said|told|tells"
    r"|confirm(?:s|ed)|announc(?:es|ed)|reveal(?:s|ed))\b"
    r"(?!\s+to\b)"
)
# "interview" or "podcast" naming how a statement was made ("told us in an interview", a headline
# labelled "Interview: ..."): the item's form, not news of the project
CHANNEL_WORDS = ("interview", "podcast")
CHANNEL_REACH = 48
CHANNEL_BEFORE = re.compile(
    r"(?:\b(?:said|says|told|tells|confirmed|confirms|revealed|reveals)\b(?:\s+(?:us|me|reporters"
    r"|[\w.'-]+))?\s+(?:in|during|on)\s+(?:an?|the|our|its|their|this week's|a recent)\s+"
    r"(?:[\w'-]+\s+)?|(?:^|\n))$"
)
CHANNEL_LABEL = re.compile(r"s?\s*:")
# a post labelled as part of a roadmap, the event stated after the label: "Roadmap note: the
# ACME token launches in Q3" (the plan is stated, not a roadmap's vague someday)
ROADMAP_LABEL = re.compile(r"(?:\s+[a-z]+)?\s*:\s")
# ... or a quote it is given in a headline: "Acme co-founder: 'June is the month'"
SPEAKER_QUOTE = re.compile(r"\s*:\s*['\"]")
# a future main verb before "after ..." in the sentence: the past clause is a precondition
FUTURE_MAIN = re.compile(
    r"\b(?:will|is set to|are set to|is scheduled to|plans to|is to)\b"
    # ... and a headline's infinitive: "Theodolite to launch THDL in April after ..."
    r"|(?<!\bhow )(?<!\bwhere )\bto (?:launch|list|debut|open|go live)\b"
)
VENUE_BEFORE = re.compile(
    r"\b(?:binance|coinbase|kraken|okx|bybit|kucoin|bitget|mexc|gate|htx|bitfinex) $"
)
# "futures" as the object of an exchange opening a market: "to list perpetual futures for
# ACME", "will open ACMEUSDT perpetual futures" (a listing notice, not talk about a price)
MARKET_OPENED = re.compile(
    r"\b(?:list|lists|open|opens|launch|launches|debut|debuts|add|adds|introduce|introduces)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[a-z0-9$/-]+\s+){0,2}$"
)
EXCHANGE_AFTER = re.compile(
    r"\s+(?:binance|coinbase|kraken|okx|bybit|upbit|bithumb|kucoin|bitget|mexc|gate|htx|bitstamp"
    r"|gemini|robinhood|bitfinex)\b"
)
# a slide whose subject is the event, not a price: "the ACME launch slips a week", "the sale
# date slid to June" (a delay)
SLIP_WORDS = frozenset({"slips", "slipped", "slides", "slid"})
EVENT_NOUN_BEFORE = re.compile(
    r"\b(?:launch|tge|sale|airdrop|listing|claims?|debut|unlock|generation|mainnet)"
    r"(?:\s+(?:date|day|window|timeline|schedule))?\s+(?:(?:again|further|back)\s+)?$"
)
EVENT_NOUN_REACH = 40
# A job post named in one entry of a numbered or bulleted list ("three things: 1) ... 2) we're
# hiring a Rust engineer 3) ACME goes live in August"): it is that entry's story, not the event's
JOB_WORDS = frozenset({"hiring", "careers", "open roles"})
# ("1)" anywhere; "1." and "-" / "*" only opening a line: "on March 1. We" is no list)
# (and a calendar's row opening with its day: "Thu 21 — Nuthatch v2 mainnet (no token)")
LIST_MARK = re.compile(
    r"(?:^|(?<=\s))(?:\d{1,2}\)|[•·▪])\s|(?m:^)[ \t]*(?:\d{1,2}\.|[-*])\s"
    r"|(?m:^)[ \t]*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? \d{1,2}\b"
)
MIN_LIST_ENTRIES = 2
# the cues that an entry of a list naming neither the event nor a watched project says of its own
# entry: "• Jul 15 · Ravel: mainnet, no token"
LIST_SCOPED = frozenset({"negated_event", "testnet", "past", "speculation", "price_talk"})
MARKET_REACH = 40  # characters before "futures" searched for the verb
RECIPIENT_REACH = 32  # characters from a cue to the recipient noun after it
APPOSITION_REACH = 80  # characters an apposition after a name may run
RECIPIENT_NOUNS = re.compile(
    # (a second kind joined on: "claims for testnet and Overture-season users")
    # (... or joined to the cue by a hyphen: "Claims für Testnet-Prover")
    r"[\s-]*(?:(?:and|or|&)\s+)?(?:[\w-]+\s+){0,1}?(?:users?|earners?|holders?|participants?|contributors?|testers?|"
    r"farmers?|stakers?|members?|wallets?|supporters?|depositors?|accounts?|players?|"
    r"adopters?|providers?|voters?|delegators?|hunters?|grinders?|minters?|builders?|validators?|"
    r"operators?|runners?|finalists?|traders?|swappers?|tappers?|lenders?|borrowers?|lps?|"
    r"pioneers?|explorers?|buyers?|"
    # the roles that run a network's machinery: "testnet relayers", "devnet provers"
    r"relayers?|provers?|sequencers?|miners?|bridgers?|keepers?|signers?|attesters?"
    # ... in Turkish: "testnet kullanıcıları", "testnet katılımcılarına"
    r"|kullanıcı\w*|katılımcı\w*)\b"
    # ... in Japanese, Chinese, Korean: "テストネット参加者", "测试网用户", "테스트넷 참여자"
    r"|\s*(?:参加者|ユーザー|用户|参与者|참여자|참가자|사용자|이용자"
    # ... and those who run or hold: "测试网节点运营者", "积分持有人", "テストネット運営者"
    r"|节点|运营者|持有人|持有者|運営者|保有者|운영자|보유자"
    # ... and who contributed: "测试网贡献者可获得优先额度"
    r"|贡献者|貢献者|기여자"
    # ... and the community, provers and validators: "测试网社区将获得首批分配", "테스트넷 증명자"
    r"|社区|社群|コミュニティ|커뮤니티|증명자|검증자"
    # ... in Bengali and Urdu: "টেস্টনেট অপারেটররা" (testnet operators), "ইউজার" (users)
    r"|অপারেটর|ইউজার|ব্যবহারকারী|অংশগ্রহণকারী|صارف|آپریٹر)"
)
# ... or the people before the cue, as German, Romance and Russian write them: "Nutzer des
# Testnetzes", "usuarios del testnet", "usuários da testnet", "участники тестнета"
RECIPIENTS_BEFORE_REACH = 32
RECIPIENTS_BEFORE = re.compile(
    r"\b(?:nutzer(?:innen)?|teilnehmer(?:innen)?|spieler(?:innen)?|usuari[oa]s|usuários"
    # (... and who built or ran on it: "Desenvolvedores do testnet poderão resgatar")
    r"|desenvolvedores|desarrolladores|développeurs|sviluppatori|entwickler(?:innen)?|betreiber"
    r"|operadores|operatori|opérateurs|validadores|validatori|validateurs"
    r"|utilisateurs|utenti|participantes|participants|partecipanti|jugadores|jogadores|joueurs"
    r"|участник\w*|пользовател\w*|игрок\w*"
    # ... Polish and Ukrainian: "dla użytkowników testnetu", "użytkownicy testnetów Helium",
    # "користувачі тестнету"
    r"|użytkowni\w*|uczestni\w*|користувач\w*|учасник\w*"
    # ... Czech and Slovak: "účastníci testnetu", "uživatelé testnetu"
    r"|účastní\w*|uživatel\w*|používate\w*)"
    r"\s+(?:(?:des|der|den|del|de la|de los|de|da|do|das|dos|du|della|dello|dei|degli|di|mit"
    r"|con|com|avec|с)\s+)?"
    r"(?:[\w-]*[\s-])?$"  # ("Spieler mit Flight-XP": the cue after a hyphen)
)
# ... or the people right before "since": "for lenders and borrowers since launch", "users
# since March" (how long they took part, not the event's past)
RECIPIENTS_SINCE = re.compile(
    r"\b(?:users?|holders?|lenders?|borrowers?|stakers?|traders?|depositors?|members?|wallets?"
    r"|collectors?|operators?|providers?|builders?|customers?|clients?|players?|agents?"
    r"|validators?|nodes?|accounts?)(?:\s+(?:active|live|running|staking))?\s+$"
)  # (... and those active since it: "the GSLE drop for agents active since launch")
RECIPIENT_OPENERS = re.compile(
    r"\b(?:for|to)\s+(?:all\s+|every\w*\s+|the\s+|those\s+|anyone\s+|users\s+|wallets\s+"
    r"|people\s+)?"
    r"(?:who|that|with|from)\b"
    # recipients named by what they hold: "for everyone holding Season 1 XP", "to wallets staking"
    r"|\b(?:for|to)\s+(?:all\s+|every\w*\s+|anyone\s+|users\s+|wallets\s+|people\s+|those\s+)"
    r"(?:holding|owning|staking)\b|\bholders of\b|\bstakers of\b|\beligib\w*\b|\bbased on\b|"
    r"\bfor (?:testnet|early|active|season|points?|xp|quest|beta|alpha)\b|\bwho (?:earned|"
    r"completed|joined|took part|participated|farmed|held|staked|used|placed|traded|bridged|"
    r"deposited|minted|played|voted|provided|bought|ran|won|integrated)\b|\bopen to\b"
    # ... and apps or relayers named by what they did: "apps that integrated Worm before June"
    r"|\b(?:apps|relayers|rollups|dapps|teams|projects|builders|developers|agents|validators"
    r"|operators|nodes) that\b"
    # the reader as the recipient: "if you joined a testnet call", "if you took part in ..."
    r"|\bif you (?:joined|took part|participated|farmed|held|staked|used|ran|played|bridged)\b"
    # recipients named by where they come from: "stakers from the points program"
    r"|\b(?:users|holders|stakers|participants|earners|depositors|traders|members|farmers"
    r"|players|bettors|creators|gamers) (?:from|in|with)\b"
    # ... in the press's other languages: "entre operadores y usuarios de su piloto de 2025"
    r"|\b(?:usuarios|usuários|utilisateurs|utenti|jugadores|jogadores|joueurs|giocatori"
    r"|operadores|operatori|opérateurs|titulares|participantes|partecipanti) (?:de|da|do|dei"
    r"|del|des|du)\b"
    # ... "for those who" in the press's other languages: "per chi ha partecipato al testnet",
    # "para quem participou", "pour ceux qui", "dla osób, które", "для тех, кто"
    r"|\b(?:per chi|a chi|para quem|para quienes|para los que|pour ceux qui|pour celles et ceux"
    r" qui|dla osób,? które|dla tych,? którzy)\b"
    r"|(?:для тех|для всех|тем),? кто\b"
    # what the recipients are given: "points holders get a guaranteed slot"
    r"|\b(?:users|holders|stakers|participants|earners|depositors|traders|members|farmers) "
    r"(?:get|gets|receive|receives|will get|will receive|are given)\b"
)
# A cue that itself names people, after "for" or "to": "opens claims for early depositors",
# "open to early adopters" (who receives it, not a scam's bait)
RECIPIENT_FOR = re.compile(r"\b(?:for|to)\s+(?:all\s+|the\s+|our\s+)?$")
RECIPIENT_FOR_REACH = 10
# A request made of the reader ("reply with your wallet's 12 words", "drop your wallet below")
# is the scam itself, never a description of who receives an airdrop.
REQUEST_CUES = ("reply with", "drop your", "comment your", "send your", "share your",
                "enter your", "restore your", "verify your", "connect your", "validate your",
                "sync your")  # fmt: skip
# Recipients headed by the people a contest or league ranked: "a bonus for the winners of the
# Hype Cup", "for finalists of ..." (the cue may be that noun itself or inside what follows it).
RECIPIENT_HEAD = re.compile(r"\bfor (?:the |all |our )?(?:top \w+ )?(?:winners|finalists)\b")
# (the sign-up stages before a sale too: "whitelist closed yesterday. sale opens Friday")
ACTIVITY_WORDS = re.compile(
    r"\b(?:snapshot|season|points|campaign|activity|epoch|quests?|phase|xp|testnet|program"
    r"|whitelist|allowlist|waitlist|registration|kyc)\b"
)
# A sentence about who is eligible: "node operators are included", "you're probably in".
RECIPIENT_SENTENCE = re.compile(
    r"\b(?:are|is|were|will be|also) (?:also )?(?:included|eligible|covered|rewarded)\b"
    r"|\bqualif(?:y|ies|ied)\b|\byou'?re (?:\w+ )?in\b"
    # what earns the tokens: "XP from the summer quests counts toward allocations"
    r"|\bcounts? towards? (?:your |the |their |its )?"
    r"(?:allocations?|eligibility|rewards?|the drop)\b"
    # first in line for the token: "node operators will be among the first holders"
    r"|\b(?:are|is|will be|would be) among the (?:first|earliest|initial) (?:[\w-]+ )?"
    r"(?:holders|recipients|claimants|to (?:receive|claim|get))\b"
)
RECIPIENT_WORDS = required_choices(RECIPIENT_SENTENCE.pattern)  # a text without them: no search
# Uncertainty about a detail, not the event: "declined to give a day", "has yet to name a
# launchpad", "no claim date yet".
DETAIL_SCOPED = ("speculation", "negated_event")
DETAIL_REACH = 28
DETAIL_AFTER = re.compile(
    r"[^.;!?\n]{0,28}?\b(?:day|date|dates|time|timing|hour|launchpad|venue|exchanges?|details"
    r"|price|schedule|name|notice|(?:a|the|any) month)\b"  # ("declined to give a month")
)
# A denial of a term of the sale, not of the event: "there is no whitelist", "there is no
# 'guaranteed allocation'" (how the sale runs; the sale itself stands).
DENIED_TERM = re.compile(
    r"\s*(?:(?:a|an|any|official|private)\s+)?[\"'“‘]?(?:whitelist|allowlist|waitlist|guaranteed"
    r"|allocations?|caps?|minimum|vesting|lock-?ups?|referral)\b"
)
# A scam's term quoted after a denial: 'no "guaranteed allocation"', "never 'early access'" (the
# source distances itself from the term: a warning, not the scam's offer).
QUOTED_DENIAL_BEFORE = re.compile(
    r"(?:\bno|\bnot|\bnever|n't|\bwalang|\btidak ada|\btanpa)\s+(?:an?\s+|any\s+)?"
    r"(?:private\s+|official\s+|such\s+)?[\"'“‘]$"
)  # (... 'No private "early access" links exist')
# ... or right after the denial without quotes: "there is no early access", "do not connect your
# wallet anywhere except acme.xyz" (what scammers offer, named to warn; not the scam's offer)
DENIAL_BEFORE = re.compile(
    r"(?:\bno|\bnot|\bnever|n't"
    # ... and the denials of Tagalog and Indonesian: 'Walang DM, walang "early claim"', "tidak
    # ada", "tanpa"
    r"|\bwalang|\btidak ada|\btanpa)\s+(?:an?\s+|any\s+)?[\"'“‘]?$"
)
# A denial of something the source puts in quotes or names as a scam's offer: "no airdrop
# 'boost' exists", "there is no 'pre-sale' anywhere", "there is no early access" (a warning
# about what scammers say, beside the announcement; not a denial of the event)
QUOTED_AFTER = re.compile(r"\s*(?:(?:a|an|any)\s+)?(?:[\w-]+\s+)?[\"'“‘]\w")
# "the date could slip", "timing might move": the doubt is about the detail named before it
# changing (not "the date could be May 2", a guess at the date)
DETAIL_BEFORE = re.compile(r"\b(?:day|date|dates|time|timing|hour|schedule|deadline)\s+$")
DETAIL_CHANGE = re.compile(
    r"\s+(?:still\s+)?(?:slip|move|change|shift|be (?:pushed|delayed|moved|changed|adjusted))\b"
)
# ... in Chinese, a detail named right before what is not yet said: "STUB 代幣將於 11 月推出，具體
# 日期尚未公布" (the exact day not yet announced)
CJK_DETAIL_BEFORE = re.compile(
    r"(?:日期|时间|時間|日子|价格|價格|细节|細節)(?:尚|还|還|仍|暂|暫)?$"
)
# "no claim on the fund's assets": a legal right, not a token claim denied
RIGHT_AFTER = re.compile(r" (?:on|over|against|upon)\b")
# how tokens reach their holders, told before "nothing to claim" in its sentence (";" and ","
# do not part them): "Winning bidders
# receive theirs automatically at that minute; nothing to claim" (no claim is needed, none denied)
DELIVERED_BEFORE = re.compile(
    r"\b(?:receives?|arrives?|lands?|appears?|fill|fills|preloaded|automatically|at genesis"
    r"|already in (?:your|the|their) wallets?|already in your)\b[^.!?\n]*$"
)
DELIVERED_REACH = 100
DENIAL = re.compile(
    r"(?:there is no|there will be no|there won't be|will be no|no|not|nothing|has not|hasn't"
    # ... in other languages: "tidak ada penjualan token", "no habrá venta", "não haverá venda",
    # "il n'y aura pas de vente", "keine öffentliche Verkauf", "не будет продажи"
    r"|tidak ada|tanpa|no habrá|não haverá|il n'y aura pas|pas de|sans|kein\w*|sin|sem|senza"
    r"|nessuna|не будет|без)\b"
)
# between a denial and the event word it denies: "there is no presale", "no public sale",
# "nothing to claim" (the word inside the denial matches with nothing between)
DENIED_MODIFIERS = r"(?:(?:a|an|any|new|public|private|official|token)\s+){0,2}"
DENIED_OBJECT = re.compile(r"\s*" + DENIED_MODIFIERS)
# ... or a later entry of a list of denials: "there is no contract, no pre-sale and no early
# access" (the words between are other things denied)
DENIED_ENTRY_BEFORE = re.compile(
    r"(?:,|\band|\bor|\bnor)\s+(?:no|nor|any)\s+" + DENIED_MODIFIERS
    + r"(?:pre-?)?$"  # ("no pre-sale": the event word is its second half)
)
DENIED_ENTRY_REACH = 16  # characters before an event word searched for the list's "no"
# a step an event does without, not the event denied: "tokens stream to eligible wallets, no
# claim page, no gas", "no claiming needed"
NO_STEP_AFTER = re.compile(r"\s*(?:page|site|portal|step|button|needed|required|necessary)\b")
# ... or one of a list of steps left out, beside another event: "DUCK exists ... nothing to
# claim and nothing to sign" (not "No migration, no claim, nothing to sign" alone: the claim
# denied)
NO_STEPS_AFTER = re.compile(
    r"\s*(?:,|;|and)\s*(?:no|nothing to)\s+(?:sign|signature|gas|fees?|pay|transactions?|action"
    r"|approvals?)\b"
)
DENIAL_POINT = re.compile(r"[,;:-] *(?:just|only|simply|merely)\b")
# the speaker's word about its own token beside another's event: "Our app has been on Syllabus
# since testnet. Next Tuesday the chain's own token goes live ... We have no token and aren't
# planning one", "We have no token; this one is Caldera's", "Nothing to claim from us directly"
SPEAKER_NO_TOKEN = re.compile(
    r"\b(?:we|i) (?:have|hold|issue) no (?:token|coin)s?\b"
    r"|\b(?:we|i) (?:do not|don't|dont) have (?:a |any |our own |my own )?(?:token|coin)s?\b"
    r"|\bno (?:token|coin)s? of (?:our|my) own\b|\bnothing to claim from us\b"
)
# "can (now) be traded on", "will be traded at", "to be traded": a participle of what is to come
TO_BE_BEFORE = re.compile(r"\b(?:can|will|may|to|could|would|should)(?: now| soon| also)? be $")
# ... or a mint given its day: "$HUDL is minted Wednesday, June 10" (a plan, not a sighting)
MINT_DAY_AFTER = re.compile(
    r" (?:on |from |at )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b"
    r"|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)
# "will be minted", "is set to be minted", "open once the token is minted": the token's
# creation said as a plan or as the moment something waits for (not the on-chain sighting
# "tokens were minted to a wallet", nor a guess "could be minted")
MINT_PLANNED = re.compile(
    r"\b(?:(?:will|(?:set|scheduled|slated) to)(?: now| also| then)? be"
    r"|(?:once|when|until|as soon as) (?:the |its |our )?(?:[\w$-]+ ){0,2}(?:is|gets|has been)"
    # ... or said in the present: "MKIE is minted in June", "the token is minted and becomes
    # transferable in Q2" (not "were minted", "has been minted")
    r"|\b(?:is|are|gets|get)(?: now| also| then| first)?) $"
)
# the past tense of an event said the same day: "went live earlier today", "launched today"
SAME_DAY = re.compile(r"\b(?:earlier today|today|this morning|this afternoon|hours? ago)\b")
# Time counted from something that is not the token's event, beside an event ahead or dated
# coarsely: "confirms June debut for its token, two years after its rollup pitch" (the past
# is the pitch's; "a month after its TGE" stays a recap).
COUNTED_FROM = re.compile(r"\b(?:after|following)\b")
ANCHOR_AFTER = re.compile(r"[^,.;:!?\n]{0,48}")
EVENT_WORDS = re.compile(
    r"\b(?:tge|launch\w*|airdrop\w*|list\w*|debut\w*|sale|presale|ico|ido|claims?|token\w*"
    r"|trading|unlock\w*|genesis|drop|auction|round|live|open\w*|start\w*|began|begin\w*)\b"
)
# A past time in a sentence of its own that names neither the event nor the project, beside
# an event dated coarsely: "The token will power Relay, the bridge the team shipped last year."
PAST_PERIODS = ("last year", "last month", "last quarter", "earlier this year")
# Doubt the item ends: "confirms a June launch, ending months of speculation", "after weeks of
# rumours" (the doubt was before the announcement; the announcement settles it)
DOUBT_ENDED_BEFORE = re.compile(
    r"\b(?:(?:ending|ends|ended|end to|after|following) (?:(?:months|weeks|years|days) of"
    r"|the|all the)|end to) (?:[\w-]+ )?$"
)
DOUBT_ENDED = ("speculat", "rumo", "guesswork")
# time counted from the beginning: "today marks one week since ACME went live" is a recap
ELAPSED_SINCE = re.compile(r"\bsince\b")
# a beginning, not an end ("closed today" stays a recap)
STARTED = re.compile("|".join(STARTED_WORDS))
# "anyone offering you an ACME claim is lying": the event named is what the warning calls fake
OFFERER = re.compile(r"\b(?:anyone|anybody|whoever)\b")
NEGATION = re.compile(  # ... and "never" in the languages of the crypto press
    r"\b(?:never|not|don'?t|won'?t|no one|nobody|tidak pernah|jangan|nunca|jamás|jamais|nie"
    r"|niemals|asla|không bao giờ|никогда)\b|절대|決して|绝不|从不|從不"
)
RELATED_REACH = 40  # characters after a relation phrase to the name it governs
BARE_NEGATIONS = ("not a", "not the", "不是", "并非")
APPOSITION = re.compile(r", (?:a|an|the|which|whose)\b[^,.;!?\n]{0,80}[,;]")
# A descriptor opening a sentence right before a name: "Lending-market protocol Acme said ..."
# (up to four words ending in a kind of project).
DESCRIPTOR_REACH = 60
DESCRIPTOR_BEFORE = re.compile(
    r"(?:^|(?<=[.!?:\n]) ?)"
    r"(?!(?:[\w-]+ ){0,3}(?:rumou?red|alleged|reported|unconfirmed|supposed)\b)"
    r"[a-z][\w-]*(?: [\w-]+){0,3} (?:platform|protocol|project|network"
    r"|exchange|startup|marketplace|market|dex|app|aggregator|lender|wallet|game|studio|chain|rollup"
    r"|bridge|venue|issuer|operator|provider)\s?$"
)
# ... or the head of a long apposition after a name, up to its kind of project: "Plunger
# Finance, the liquidation-auction protocol that raised ..." (no closing comma in reach)
APPOSITION_HEAD = re.compile(
    r", (?:a|an|the) [\w-]+(?: [\w-]+){0,3} (?:platform|protocol|project|network"
    r"|exchange|startup|marketplace|dex|app|aggregator|lender|wallet|game|studio|chain|rollup"
    r"|bridge|venue|issuer|operator|provider|market)s?\b"
)
# A step the event waits for, after the event phrase in its clause: "opens claims after its
# final audit", "lists ACME after a security review" (a condition met, not the item's news).
STEP_SCOPED = ("generic_news",)
# ... and price talk in the backdrop when a market moves: "to open SERC airdrop on July 8 as
# privacy tokens rebound" (not the token's own move: "adds GYRE perpetual as token slides")
BACKDROP_SCOPED = ("generic_news", "price_talk")
MARKET_MOVE = re.compile(
    r"\b(?:tokens|coins|markets?|prices|crypto|bitcoin|btc|ether|altcoins|stocks|sector)\b"
)
STEP_BEFORE = re.compile(r"\bafter (?:\w+ ){0,5}$")
STEP_REACH = 48  # characters from "after" to the cue
MIGRATION_AFTER = re.compile(r"\b(?:after|once) (?:[\w-]+ ){0,5}$")  # "after the node-key "
# ... and a testnet the event waits for, in the event's sentence after it, in other languages
# too: "will launch the ACME token in September, after testnet season 2 ends", "sau khi testnet
# mùa 2 kết thúc", "después de que termine la testnet", "nach dem Testnet"
TESTNET_STEP_BEFORE = re.compile(
    r"(?:\bafter|\bonce|\bsau khi|\bdespués de(?: que)?|\btras|\bdepois d[eoa]s?|\bapós|\baprès"
    r"|\bnach|\bsetelah)\s+(?:\w+\s+){0,3}$"
)
# The backdrop of the event, in an "as ..." clause after the event phrase: "plans a September
# sale as its network expands" (what goes on meanwhile, not the item's news; not "such as",
# "as well as", "act as")
BACKDROP_BEFORE = re.compile(
    r"(?<!such )(?<!well )(?<!so )(?<!act )(?<!acts )(?<!serve )(?<!serves )(?<!known )"
    r"\bas (?:[\w-]+ ){0,4}$"
)
# A stage before the event said to be over: "registration closed, sale opens today", "the
# whitelist has ended", "audits are closed" (the stage's end, not the event's)
# the words of the stages before an event (lead_event reads the stages' days with them)
STAGE_WORDS = ("snapshot", "regist", "whitelist", "allowlist", "waitlist", "kyc")
STAGE_CUE_WORDS = (*STAGE_WORDS, "sign", "audit")
STAGE_CUE_BEFORE = re.compile(
    r"\b(?:registrations?|whitelists?|allowlists?|waitlists?|kyc|sign-?ups?|snapshots?|audits?)"
    r"(?: (?:window|period|phase|round))?\s+(?:(?:has|have|is|are|was|were) )?(?:now |already )?$"
)
# "may" as the month before an event noun: "ahead of the May launch", "its May sale"
MAY_MONTH_BEFORE = re.compile(r"\b(?:the|its|their|our|a|this|next|early|late|mid|in)[\s-]$")
# a cue word inside a short quoted title: "the studio behind 'Rumor Island'", "its 'Rumour or
# Fact?' polls"
QUOTED_SCOPED = ("speculation", "testnet", "scam", "past")
QUOTES = "'\"‘“"
QUOTE_CLOSES = re.compile(r"[\w?!&-]* [\w ?!&-]{1,30}['\"’”]")  # a word more in the title
# the token's supply as its project describes it: "One token ..., minted once, transferable from
# 14:00 UTC", "minted at genesis", "Minted at 12:00 UTC, transferable now" (not a sighting:
# "100M tokens minted to a fresh wallet")
MINTED_ONCE = re.compile(
    r" (?:once|at genesis|at (?:the )?tge|at launch|in full|up front"
    r"|at \d{1,2}(?::\d\d)? ?(?:utc|am|pm))\b"
)
# a dashboard as a place or a product, not on-chain sleuthing: "claim from the project's
# dashboard", "a redesigned dashboard"
DASHBOARD_PLACE = re.compile(
    r"\b(?:from|on|in|via|at|through|redesigned|new)\s+(?:the\s+|its\s+|our\s+|their\s+|your\s+)?"
    r"(?:[\w-]+'s\s+)?(?:[\w-]+\s+)?$"
)
# the token contract switched on with the launch: "the token contract all switch on at 12:00"
CONTRACT_GOES_LIVE = re.compile(
    r"[^.;!?\n]{0,30}?\b(?:switch(?:es)? on|go(?:es)? live|will (?:go|be) live|turn(?:s)? on)\b"
)
# a sale's own round: "second public sale tranche", "auction tranche" (not an unlock's tranche)
SALE_BEFORE = re.compile(r"\b(?:sale|auction|presale|round|offering)\s+$")
# "prediction market" naming what a project is: "the prediction-market platform", "a
# prediction-market race" (not the odds a market gives)
MARKET_KIND = re.compile(
    r"[\w-]*[\s-]markets?[\s-](?:platform|protocol|app|exchange|race|project|network|startup"
    r"|company|venue|sector|space|team)s?\b"
)
# "quest" naming what a project makes, not a points program: "quest studio", "quest-game
# studio", "Waypoint's quest token"
QUEST_KIND = re.compile(r"[\s-](?:games? )?(?:game|studio|platform|app|token|protocol|network)s?\b")
# A talk whose recap relays what was said: "AMA recap", "community call recap", "Spaces recap"
TALK_BEFORE = re.compile(
    r"\b(?:ama|call|spaces?|podcast|interview|stream|livestream|town ?hall|meeting|q&a)"
    r"\s*[:\-–]?\s*$"
)
# A question the item reports and then answers: "some of you asked wen. answer: the sale runs in
# June", "everyone keeps asking about the token. It launches Friday" (the asking sentence names
# no event; the answer does).
ASKED_BEFORE = re.compile(r"\b(?:asked|asking|asks)\b[^.!?\n]*$")
# A question the source answers at once: "wen ACME? now.", "when TGE? today" (the post asks to
# answer; the answer is the announcement, not doubt).
QUESTION_REACH = 40  # characters from a cue to its question mark
ANSWERED_AFTER = re.compile(
    r"\?+[\s!.]*(?:right |just )?(?:now|today|tonight|tomorrow|here|live|it'?s (?:live|here))\b"
    r"|\?+\s*(?:a|answer)\s*:"  # a question and answer: "Q: When TGE? A: In November."
)
# A question of one or two words opening the item ("Ready?", "Guess what?"): an opener that asks
# nothing about the event (not "TGE?", "wen?", "soon?").
OPENER_QUESTION = re.compile(r"\s*(?:[a-z']+\s+)?[a-z']+\?+")
OPENER_DOUBT = re.compile(r"\b(?:wen|when|soon|date|token|confirmed|real|true)\b")
# ... or a reminder that asks the reader ("Still haven't claimed?", "Missed the first window?",
# "Did you claim yet?"): the source doubts nothing
READER_QUESTION = re.compile(
    r"\s*(?:still\s+)?(?:haven'?t|have not|didn'?t|did not|missed|forgot|have you|did you)\b"
    r"[^?.!\n]{0,30}\?+"
    # ... or whether the reader is among those it concerns ("Held TBILL vault shares at any
    # point since January?", "Bridged to Bimini early?", "Want PROVE before it trades?", "Ran a
    # Gig node any time since January?")
    # ... "Running Xai Sentry keys with us?"
    r"|\s*(?:held|holding|running|bridged|swapped|staked|restaked|traded|used|minted|deposited"
    r"|provided"
    r"|voted|played|farmed|lent|borrowed|want|ran|operated|joined|contributed|deployed|built"
    r"|delegated)\b[^?.!\n]{0,60}\?+"
)
# Prediction markets: odds on an event, unless they are what the project runs.
PREDICTION_MARKETS = ("prediction market", "预测市场", "예측 시장", "予測市場")
# "pre-market positions settle when spot trading opens", "Pre-Market -> Spot": an exchange's
# pre-market that the dated spot listing settles or converts, not a bet on an unlaunched token
PRE_MARKET = ("pre-market", "premarket")
PRE_MARKET_ENDS = re.compile(
    r"[^.!?\n]{0,40}?\b(?:settles?|settled|settlement|converts?|converted|conversion|spot)\b"
)
# a past time right after "after" or "following" ("will launch in June, following last week's
# sale"): the step the future event follows
# "after" or "following" opening the clause of a cue, within reach before it
STEP_AFTER_CLAUSE = re.compile(r"\b(?:after|following)\b(?=[^.;!?\n]*$)")
STEP_CLAUSE_REACH = 64  # characters before the cue searched for "after"/"following"
# ... or opening the cue itself: "after its auction", "a month after a Roller sale"
STEP_OPENS_CUE = re.compile(
    r"(?:(?:one|a|two|three|four|five|six|\d{1,2}) (?:days?|weeks?|months?) )?(?:after|following)\b"
)


def _step_before_plan(folded: str, start: int) -> bool:
    """The past cue at ``start`` lies in a clause opened by "after" or "following" that comes
    after a plan in its sentence: "will launch in October after its auction", "will launch in
    June, following last week's sale", "will launch its THDL token in April, a month after a
    Roller sale that was 3.8 times oversubscribed"."""
    step_at = (
        start if STEP_OPENS_CUE.match(folded, start)
        else _last_start(STEP_AFTER_CLAUSE, folded, max(0, start - STEP_CLAUSE_REACH), start)
    )  # fmt: skip
    if step_at < 0:
        return False
    floor, _ = sentence_of(folded, start)
    return FUTURE_MAIN.search(folded, floor, step_at) is not None


def _last_start(pattern: re.Pattern[str], text: str, begin: int, end: int) -> int:
    """Where the last match of ``pattern`` in ``text[begin:end]`` starts (-1: none)."""
    found = -1
    for m in pattern.finditer(text, begin, end):
        found = m.start()
    return found

# A plan the source denies is no doubt: "the team is not considering a private round", "isn't
# exploring other venues" (a deliberation verb after a negation).
# "deploys on Base, Arbitrum and Ethereum": the chains a project runs on, not a contract found
HOST_AFTER = re.compile(r" (?:on|across) (?!(?:the |its |a )?(?:token|contract)s?\b)")
DELIBERATION = ("considering", "exploring", "mulling", "eyeing", "weighs", "mulls")
NEGATED_BEFORE = re.compile(r"(?:\bnot|n't|\bno longer|\bnever)\s+$")
# A kind of doubt the source says its post is not: "Not a tease.", "this isn't a rumour", "not
# speculation" (the source vouches for what it says; "no hint of a date" stays a doubt).
DOUBT_NOUNS = ("teas", "rumo", "leak", "hint", "guess", "speculat", "predict", "maybe")
DENIED_DOUBT_BEFORE = re.compile(
    # "Not a tease.", "We're done teasing", "no more hints"
    r"(?:\bnot|n't|\bdone|\bno more|\bfinished)\s+(?:an?\s+|just\s+an?\s+|with\s+(?:the\s+)?)?$"
)
# The state the event ends: "Acme has so far run without a token of its own. That changes next
# week: the ACME token goes live on May 4" (a sentence saying there has been no token until now,
# beside a dated sentence about the token).
UNTIL_NOW = re.compile(r"\b(?:so far|until now|to date|up to now|thus far|till now|until today)\b")
ABSENCE = re.compile(r"\b(?:without an? (?:\w+ )?tokens?|no (?:\w+ )?tokens?|tokenless)\b")
STATE_SCOPED = ("testnet", "past")
# a span of time after something else, in a sentence that says the event will come (FUTURE_MAIN)
SPAN_AFTER = ("weeks after", "days after", "months after")
# how to take part in the event an announcement sets: "The CLIQUE community sale: dates, terms,
# and how to take part" (not a guide to something done before)
JOINING_HOW = ("how to take part", "how to participate", "how to join")
SPEAKER_SCOPED = ("testnet", "negated_event")  # cues a disclaimer of the speaker's token holds
# The activity that earned an upcoming or live claim: "points earned on the Acme testnet were
# converted at a fixed rate", "XP collected during the devnet counts" (the cue names where the
# points came from, not a testnet note)
EARNED_ON_BEFORE = re.compile(
    r"\b(?:points?|xp|credits|score|stars|badges)\s+(?:earned|accrued|accumulated|collected"
    r"|gathered|won)\s+(?:on|in|during|through|from)\s+(?:the\s+|its\s+|our\s+)?(?:[\w$-]+\s+){0,2}$"
)
EARNED_REACH = 60
# A points program or season the item says is ending, beside an event ahead: "confirms ACME
# airdrop for Q3, closes points program", "... as the lender wraps its points program" (the
# activity that earned the drop, not a testnet note).
ENDED_ACTIVITY_BEFORE = re.compile(
    r"\b(?:closes|closing|closed|ends|ending|ended|concludes|concluded"
    r"|wrap(?:s|ping|ped)(?: up)?|sunsets|final snapshot of"
    # ... or one the project ran before: "ran its public testnet from January 2025"
    r"|ran|held|hosted|operated|completed)"
    r"\s+(?:(?:the|its|their|our|an?)\s+)?(?:[\w-]+\s+)?$"
)
# ... or said to have run, after it: "The protocol's public testnet ran from October 2024"
ENDED_ACTIVITY_AFTER = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:ran|ended|closed|concluded|wrapped up|was live|was shut down)"
    r"\s+(?:from|in|on|last|until|through|between|for)\b"
)
ENDED_ACTIVITY_REACH = 40
# ... or told as done before, in Chinese, Japanese, Korean: "此前 Ashlar 已于 7 月完成两轮
# 测试网激励" (earlier, it completed two testnet incentive rounds in July), "これまでに", "앞서"
EARLIER_BEFORE = re.compile(
    r"(?:此前|之前|先前|已于|已经|これまでに|以前に|앞서|이전에)[^。.!?\n]{0,30}$"
)
CLAUSE_ENDS = re.compile(r"[.;!?\n]|, but\b| but ")
# (a sentence's words, a decimal point among them: "Send 0.1 to 5 ETH ... and receive double")
IN_SENTENCE = r"(?:[^.!?\n]|(?<=\d)\.(?=\d))"
GIVEAWAY_SEND = re.compile(
    r"\bsend(?:ing)?\s+(?:\S+\s+){0,3}?(?P<a>\d[\d,]*(?:\.\d+)?)\s*(?:[a-z$]+\s+)?"
    rf"{IN_SENTENCE}{{0,80}}?\b(?:receive|get|gets|back|return)\b\s+(?:\S+\s+){{0,3}}?"
    r"(?P<b>\d[\d,]*(?:\.\d+)?)"
)
# ... or a "deposit" paid and more of it back: "Pay the 0.05 ETH gas deposit and receive 0.1 ETH
# back" (not a fee paid for tokens: "pay 0.5 USDC in gas to claim and receive 100 ACME")
PAY_BACK = re.compile(
    r"\bpay\s+(?:\S+\s+){0,3}?(?P<a>\d[\d,]*(?:\.\d+)?)\s*(?:[a-z$]+\s+)?"
    rf"{IN_SENTENCE}{{0,80}}?\b(?:receive|get)\s+(?P<b>\d[\d,]*(?:\.\d+)?)\s*[a-z$]+\s+back\b"
)
SEND_TO_RECEIVE = re.compile(
    rf"\bsend\b{IN_SENTENCE}{{0,60}}\b(?:to|and)\s+(?:receive|get)\b[^.!?\n]{{0,40}}"
    r"\b(?:back|[2-9]x|double|twice|bonus|instantly|automatically)\b"
    r"|\b(?:2x|double|doubled|twice) (?:back|your|it)\b"
    # ... or funds sent to an address written out, tokens to come back: "Send USDT to
    # 0x91bd...e3a0 and receive CHIP at a 50% discount" (a sale never asks for a transfer)
    r"|\bsend\b[^.!?\n]{0,30}\bto 0x[0-9a-f]{3,}[^!?\n]{0,30}?\b(?:and|to)\s+(?:receive|get)\b"
    # ... or to "the address below": "Send BNB to the address below and get DICT at 40% off"
    r"|\bsend\b[^.!?\n]{0,30}\bto the (?:address|wallet|contract)"
    r"(?: below| above| in (?:the )?bio)?[^.!?\n]{0,10}?\b(?:and|to)\s+(?:receive|get)\b"
    # ... or the tokens for the funds sent said to come back multiplied: "send ETH to the
    # contribution wallet below, tokens credited 2x at listing"
    r"|\bsend\b[^.!?\n]{0,80}\b(?:credited|returned|paid out|sent back)\s+[2-9]x\b"
    # ... or a deposit of a sum that earns the tokens and the sum back: "First 500 deposits of
    # 0.5 BNB to the event wallet receive 2,500 KERR + 1 BNB back"
    r"|\bdeposits? of [\d.,]+ ?(?:bnb|eth|usdt|usdc|sol|btc)\b[^.!?\n]{0,60}?\b(?:receive|get)s?\b"
    rf"{IN_SENTENCE}{{0,40}}?\bback\b"  # (an amount may have decimals: "0.2 ETH back")
)
# A request for the wallet's secret: "reply with your wallet's 12 words", "send us your seed
# phrase to restore the claim" (not a warning: "we will never ask for your seed phrase").
SECRET_REQUEST = re.compile(
    r"\b(?:reply with|send|share|enter|dm|type|paste|submit|provide|give us|drop)\b[^.!?\n]{0,40}?"
    r"\b(?:seed phrase|recovery phrase|secret phrase|private key|(?:12|24)[- ]words?|mnemonic)"
    # ... in Spanish and Portuguese: "envía tu frase de recuperación por DM"
    r"|\b(?:envía|envia|envie|comparte|compartilhe|ingresa|introduce|manda)\b[^.!?\n]{0,40}?"
    r"\b(?:frase de recuperación|frase de recuperacion|frase semilla|frase de recuperação"
    r"|frase-semente|frase semente|clave privada|chave privada)"
)
FOREIGN_SEND_WORDS = (
    "enví", "envia", "envie", "envoy", "sende", "schick", "отправ", "перевед", "gönder", "invia",
    "kirim", "mag-send", "padala", "wyślij", "prześlij", "lähetä", "stuur", "skicka", "pošli",
)  # fmt: skip
# (the amounts may be written with a dot between thousands: "envía entre 100 y 10.000 MAGIC ...
# y recibe el doble")
FOREIGN_GIVEAWAY = re.compile(
    r"\b(?:envía|envia|envie|envoyez|envoie|sende|senden|sendet|schick|schicke|schickt"
    # (... Tagalog: "Mag-send lang ng 50 USDT ..., makakakuha kayo ng 2x OOMP")
    rf"|отправьте|переведите|gönderin|gönder|invia|inviate|mag-send|magpadala|ipadala)\b"
    rf"{IN_SENTENCE}{{0,80}}?"
    r"(?:el doble|o dobro|le double|das doppelte|doppelt|вдвое"
    r"|в (?:два|2|3|три) раза|iki katı|2x|il doppio)"
)
# ... and the amounts of it in those languages: "Envie 100 USDT e receba 200 USDT em ESP",
# "envía 50 USDT y recibe 100", "sende 100 USDT und erhalte 200", "Отправь 100 USDT ... и
# получи 200 USDT"
FOREIGN_GIVEAWAY_SEND = re.compile(
    r"\b(?:envía|envia|envie|envoyez|envoie|sende|senden|sendet|schick|schicke|schickt"
    r"|отправьте|отправь|переведите|переведи|gönderin|gönder|kirim|kirimkan|transfer"
    # (... Polish, Finnish, Dutch, Swedish, Czech, Italian: "Wyślij 0,05 ETH ..., a otrzymasz
    # 0,1 ETH", "Lähetä 0,05 ETH ja saat takaisin 0,1 ETH")
    r"|wyślij|prześlij|lähetä|stuur|skicka|pošli|pošlete|invia|inviate)\s+"
    r"(?:\S+\s+){0,3}?(?P<a>\d[\d,]*(?:\.\d+)?)[^.!?\n]{0,60}?"
    r"\b(?:receba|recebe|recibe|recibirás|recevez|recevoir|erhalte|erhalten|bekommen|получите"
    r"|получи|получишь|otrzymasz|otrzymacie|dostaniesz|saat|saatte|ontvang|ontvangt|krijg"
    r"|krijgt|får|dostanete|dostaneš|získáte|ricevi|riceverai|riceverete"
    r"|alın|kazanın|terima|dapatkan)\b\s+(?:\S+\s+){0,3}?(?P<b>\d[\d,]*(?:\.\d+)?)"
)
# ... and Turkish, the amounts before the verbs: "500 USDT gönder, 1.000 USDT değerinde ACME al"
AMOUNTS_FIRST_SEND = re.compile(
    r"(?P<a>\d[\d.,]*)\s*[a-z$]*\s+gönder\w*[^.!?\n]{0,20}?(?P<b>\d[\d.,]*)\s*[^!?\n]{0,40}?"
    r"\b(?:al|alın|kazan|kazanın)\b"
)
GIVEAWAY_RATIO = 1.5  # "send 500, receive 1,000": a return this much larger is a giveaway scam
THOUSANDS_DOTS = re.compile(r"\d{1,3}(?:\.\d{3})+")
DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")  # "0,05 ETH", as much of Europe writes it


def _number(text: str) -> float:
    if THOUSANDS_DOTS.fullmatch(text):  # "1.000 USDT": a thousand, as Turkish and German write it
        text = text.replace(".", "")
    elif DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0


def giveaway(folded: str) -> bool:
    """The doubling or "send to receive" pattern of giveaway scams (in other languages too:
    "envía USDT ... y recibe el doble", "Отправьте ... получите вдвое больше", "в 2 раза
    больше")."""
    if has_any(folded, FOREIGN_SEND_WORDS) and (
        FOREIGN_GIVEAWAY.search(folded) is not None
        or _returns_more(FOREIGN_GIVEAWAY_SEND, folded)
        or _returns_more(AMOUNTS_FIRST_SEND, folded)
    ):
        return True
    if "pay " in folded and _returns_more(PAY_BACK, folded):
        return True
    if "send" not in folded and "deposit" not in folded:
        return False
    return _returns_more(GIVEAWAY_SEND, folded) or SEND_TO_RECEIVE.search(folded) is not None


def _returns_more(pattern: re.Pattern[str], folded: str) -> bool:
    """An amount sent and one received (groups ``a``, ``b``), the second the larger by
    :data:`GIVEAWAY_RATIO`: "send 500, receive 1,000"."""
    for m in pattern.finditer(folded):
        sent, back = _number(m["a"]), _number(m["b"])
        if sent > 0 and back >= GIVEAWAY_RATIO * sent:
            return True
    return False


def secret_request(folded: str) -> bool:
    """The item asks the reader for the wallet's secret words or key (a scam, whatever else)."""
    for m in SECRET_REQUEST.finditer(folded):
        s, _ = sentence_of(folded, m.start())
        if NEGATION.search(folded, s, m.start()) is None:  # "never send your seed phrase"
            return True
    return False


# "。": Chinese and Japanese write no space after it (their "！？；" fold to marks without one)
SENTENCE_MARKS = (". ", "! ", "? ", "; ", "\n", "。")


def sentence_of(folded: str, at: int) -> tuple[int, int]:
    """Start and end of the sentence around offset ``at`` (the end excludes its mark)."""
    start, end = -1, len(folded)
    for mark in SENTENCE_MARKS:  # loops, not generators: called per cue on the hot path
        found = folded.rfind(mark, 0, at)
        if found > start:
            start = found
        found = folded.find(mark, at)
        if 0 <= found < end:
            end = found
    start += 1
    if end == len(folded) - 1 and folded[end] in ".!?":
        end += 1
    return start, end


@lru_cache(maxsize=4)  # (asked once per cue of an item: the item's text is the same each time)
def _list_marks(folded: str) -> tuple[int, ...]:
    """Where the entries of the lists of ``folded`` start (:data:`LIST_MARK`)."""
    return tuple(m.start() for m in LIST_MARK.finditer(folded))


def _other_list_entry(
    folded: str, at: int, events: list[tuple[int, int]], names: Sequence[tuple[int, int]] = ()
) -> bool:
    """``at`` lies in one entry of a list of two or more, and every event phrase lies in
    another entry (and every watched name of ``names``)."""
    marks = _list_marks(folded)
    if len(marks) < MIN_LIST_ENTRIES or at < marks[0]:
        return False
    first = max(m for m in marks if m <= at)
    later = [m for m in marks if m > at]
    last = later[0] if later else len(folded)
    return all(not first <= a < last for a, _ in events) and all(
        not first <= a < last for a, _ in names
    )


def _clause_start(folded: str, at: int, floor: int) -> int:
    last = floor
    for m in CLAUSE_ENDS.finditer(folded, floor, at):
        last = m.end()
    return last


def _appositions(folded: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    spans = []
    for m in mentions:
        found = APPOSITION.match(folded, m.end, m.end + APPOSITION_REACH + 4) or (
            APPOSITION_HEAD.match(folded, m.end, m.end + APPOSITION_REACH)
        )
        if found is not None:
            spans.append((found.start(), found.end()))
        found = DESCRIPTOR_BEFORE.search(folded, max(0, m.start - DESCRIPTOR_REACH), m.start)
        if found is not None:
            spans.append((found.start(), found.end()))
    return spans


def scope_cues(
    hits: dict[str, list[tuple[int, int]]],
    mentions: list[Mention],
    folded: str,
    upcoming: bool,
    day_at: int = -1,
    coarse: bool = False,
    today_at: int = -1,
) -> list[tuple[str, str, str]]:
    """Drop reject cue spans that qualify something other than the event; return
    ``(feature, cue, why)`` for each dropped one. ``upcoming``: the item names an event day
    today or later, or says the event is live (past activity windows are then context).
    ``day_at``: where the event's day is written (-1: none is). ``coarse``: no day ahead is
    named and the lead event's sentence dates it coarsely ("in Q3", "June"). ``today_at``:
    where the event's day is written when it is the day of publication ("went live at 14:00 UTC
    Thursday", written that Thursday; -1: it is not)."""
    dropped: list[tuple[str, str, str]] = []
    if hits.keys().isdisjoint(NAME_SCOPED):
        return dropped
    events = event_spans(hits)
    names = [(m.start, m.end) for m in mentions]
    appositions = _appositions(folded, mentions)
    for start, end in hits.get(RELATION_FEATURE, ()):
        # what follows "unrelated to", "built on" up to the name it governs describes that
        # other thing: "unrelated to the prediction site Manifold Markets" (not after a bare
        # "not a": "not a token, not an airdrop" denies the event)
        if folded.startswith(BARE_NEGATIONS, start):
            continue
        governed = [m.start for m in mentions if end <= m.start <= end + RELATED_REACH]
        if governed and not CLAUSE_ENDS.search(folded, end, governed[0]):
            appositions.append((end, governed[0]))
        elif folded[start:end] in DISAVOWALS:  # (what it disowns may be no watched name)
            stop = CLAUSE_ENDS.search(folded, end, end + RELATED_REACH)
            appositions.append((end, stop.start() if stop else end + RELATED_REACH))
    scam = tuple(hits.get("scam", ()))  # as found: scam cues a denial names are dropped below
    safety = hits.get("safety")
    warned: list[tuple[int, int]] = []
    if safety and events:
        warned = safety_sentences(folded, safety)
        if all(_inside(warned, a, b) for a, b in events):
            warned = []  # the item is a safety reminder: its cues count
    for feature in NAME_SCOPED:
        spans = hits.get(feature)
        if not spans:
            continue
        kept = []
        for start, end in spans:
            why = _about_something_else(
                feature, start, folded, mentions, hits, events, upcoming, day_at
            ) or _why(
                feature, start, end, folded, names, appositions, events, upcoming, day_at, coarse,
                scam, today_at,
            )
            if not why and warned and _inside(warned, start, end):
                why = "safety boilerplate"
            if why:
                dropped.append((feature, folded[start:end], why))
            else:
                kept.append((start, end))
        if kept:
            hits[feature] = kept
        else:
            del hits[feature]
    return dropped


# a denial of one kind of event ("there will be no public sale"), beside an event of another
DENIED_KIND = re.compile(
    r"(?:there (?:will be|is|are) |there's |)no (?:[\w$-]+ ){0,2}?"
    r"(sales?|pre-?sales?|airdrops?|claims?|listings?)\b"
)  # ("there is no pre-sale" beside a launch)
# what the token is not yet, said of it before its event: "Venue, price and dates are to follow;
# CHIP is not yet transferable" (a state, not doubt; "not yet confirmed" stays doubt)
STATE_AFTER = re.compile(
    r" (?:transferable|tradable|tradeable|claimable|in circulation)\b"
)
# the place an event is held in, before "dashboard": "PROVE claims open Wednesday at 16:00 UTC on
# the Succinct Prover Network dashboard" (not the leaked dashboard a rumour cites)
VENUE_BEFORE_DASHBOARD = re.compile(
    r"\b(?:on|in|via|from|through) (?:the |your |its |our )?(?:[\w$.-]+ ){0,4}$"
)
NO_REASON = re.compile(r"(?:there (?:is|'s) |there's )no (?:reason|need|point|rush)\b")
DENIED_KINDS = {
    "sale": "token_sale", "presale": "token_sale", "airdrop": "airdrop", "claim": "airdrop",
    "listing": "listing",
}  # fmt: skip


def _about_something_else(
    feature: str,
    start: int,
    folded: str,
    mentions: list[Mention],
    hits: dict[str, list[tuple[int, int]]],
    events: list[tuple[int, int]],
    upcoming: bool,
    day_at: int,
) -> str:
    """Why doubt or price talk at ``start`` is about something other than the item's event
    (checks that need the mentions' projects or the event types): "" when it is not."""
    if feature == "negated_event" and NO_REASON.match(folded, start) is not None:
        return "denies a need, not the event"  # "there is no reason to pay for a gas war"
    if feature == "negated_event":
        denied = DENIED_KIND.match(folded, start)
        if denied is not None and (
            upcoming or folded.startswith("there will", start) or any(a < start for a, _ in events)
        ):  # (not a safety notice's "There is no DUCK presale" before "the only claim link":
            # no other event is dated or told before the denial)
            kind = DENIED_KINDS[denied.group(1).rstrip("s").replace("-", "")]
            # (a presale denied is itself a sale phrase: "its FALS token will launch in the
            # third quarter ... there is no pre-sale" is a fair launch, not a denied one)
            presale = denied.group(1).startswith("pre")
            own = [
                a for a, _ in hits.get(f"event:{kind}", ())
                if not (presale and start <= a < denied.end())
            ]  # fmt: skip
            if not own and any(k.startswith("event:") and k != f"event:{kind}" for k in hits):
                # "ESP will launch in the third quarter. There will be no public sale"
                return "denies another kind of event"
    if (
        feature == "speculation"
        and events
        and folded.startswith("not yet", start)
        and STATE_AFTER.match(folded, start + 7) is not None
    ):
        return "the token's state before the event, not doubt"
    if (
        feature in ASIDE_SCOPED
        and upcoming
        and events
        and _aside_about_another(folded, start, mentions, events)
    ):
        return "an aside about something else"
    if (
        feature == "speculation"
        and events
        and folded.startswith("dashboard", start)
        and VENUE_BEFORE_DASHBOARD.search(folded, max(0, start - 48), start) is not None
    ):
        return "where the event takes place"  # "claims open Wednesday on the Prover dashboard"
    if feature == "speculation" and day_at >= 0 and _rumoured_listing(folded, start, hits, day_at):
        return "a rumour of another event"
    if feature == "testnet" and events and _testnet_elsewhere(folded, start, mentions, events):
        return "a testnet of something else"
    if feature == "testnet" and _season_of_play(folded, start, hits, day_at):
        return "the play a season's drop rewards"  # "Season 3 = quests between Feb 1 and May 31"
    if feature == "testnet" and upcoming and _roadmap_step(folded, start, events):
        return "a step before the event"
    if feature == "past" and upcoming and events and _past_activity(folded, start, events, True):
        return "a past activity window"  # "since January" of the points program it ends
    if feature == "past" and _step_before_plan(folded, start):
        return "a step before a future event"
    if (
        feature == "speculation"
        and folded.startswith(DENIABLE_DOUBT, start)
        and DOUBT_DENIED_BEFORE.search(folded, max(0, start - DOUBT_DENIED_REACH), start)
        is not None
    ):
        return "doubt denied"  # "All three confirmed by the teams. No rumours on this list."
    if feature == "price_talk" and STOCK_BEFORE.search(folded, max(0, start - STOCK_REACH), start):
        return "a stock's price"
    return ""


def event_spans(hits: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The spans of every event phrase in ``hits``."""
    return [s for f, spans in hits.items() if f.startswith(EVENT_PREFIX) for s in spans]


def event_in_sentence(folded: str, at: int, events: list[tuple[int, int]]) -> bool:
    """An event phrase starts in the sentence around offset ``at``."""
    s, e = sentence_of(folded, at)
    return any(s <= a < e for a, _ in events)


class CueScope:
    """The item's event as scope_cues saw it, for the cues reject patterns find later: doubt,
    price talk or testnet a pattern finds about something else (:func:`_about_something_else`)
    is passed over as a phrase's is ("Rumor listing Binance? No confirmation" beside a dated
    TGE). Built for every item with an event; the event spans are read only when a pattern of
    those features matches.

    ``history``: from where the text starts after its headline to where the sentence of a plan
    told after the project's history starts ((0, 0) when there is none); what a pattern finds
    looking back in it is that history (:data:`HISTORY_SCOPED`)."""

    __slots__ = ("day_at", "folded", "history", "hits", "mentions", "upcoming")

    def __init__(
        self,
        folded: str,
        mentions: list[Mention],
        hits: dict[str, list[tuple[int, int]]],
        upcoming: bool,
        day_at: int,
    ) -> None:
        self.folded = folded
        self.mentions = mentions
        self.hits = hits
        self.upcoming = upcoming
        self.day_at = day_at
        self.history = (0, 0)

    def elsewhere(self, feature: str, start: int) -> str:
        """Why the cue at ``start`` is about something else ("" when it is not)."""
        return _about_something_else(
            feature, start, self.folded, self.mentions, self.hits, event_spans(self.hits),
            self.upcoming, self.day_at,
        )  # fmt: skip


# the reject features a pattern finds in the history told before a plan: background
HISTORY_SCOPED = ("past", "past_event", "price_talk")
HISTORY_WHY = "the history before the plan"


# A sentence set apart from the item's news by its opening word ("Meanwhile, ...", "Separately,
# ...", "Bu arada", "Trong khi đó", "참고로", "一方"): doubt or price talk in it is about something
# else when it names none of the projects of the event's sentence.
ASIDE_SCOPED = ("speculation", "price_talk")
# the reject features whose pattern hits CueScope checks as their phrase hits are checked
PATTERN_SCOPED = (*ASIDE_SCOPED, "testnet", "negated_event", "past")
ASIDE_OPENER = re.compile(
    r"[\s\W]{0,3}(?:meanwhile|separately|elsewhere|in other news|on a separate note|by the way"
    r"|btw|unrelated|bu arada|trong khi đó|참고로|한편|另外|此外|与此同时|一方|ちなみに"
    r"|mientras tanto|por otro lado|aparte de eso|enquanto isso|já o|já a|por outro lado"
    r"|unterdessen|währenddessen|indes|entre-temps|par ailleurs|sementara itu|di sisi lain"
    r"|тем временем|между тем|отдельно)\b"
)


# doubt the source denies: "No rumours on this list", "not speculation"
DENIABLE_DOUBT = ("rumo", "specul", "pre-market", "premarket", "pre-launch",  # "no pre-market"
                  "leak", "plotk", "przeciek", "tin đồn", "слух", "söylenti")  # fmt: skip
DOUBT_DENIED_BEFORE = re.compile(
    r"\b(?:no|not|zero|without)\s+$"
    # ... or by a verb of denial: "the team dismissed rumours of a May date", Polish "dementuje
    # plotki", Vietnamese "bác bỏ tin đồn", Spanish "desmiente los rumores"
    r"|\b(?:den(?:y|ies|ied)|dismiss(?:es|ed)?|reject(?:s|ed)?|refut(?:es|ed)|debunk(?:s|ed)?"
    r"|dementuj\w*|zdementował\w*|bác bỏ|desmient\w*|desment\w*|smentisc\w*|dément\w*"
    r"|dementiert|yalanla\w*|опроверг\w*)\s+(?:the\s+|all\s+|any\s+|those\s+|los\s+|as\s+|i\s+)?$"
)
DOUBT_DENIED_REACH = 24


# a share price, not a token's: "Nvidia shares fell 2% the same afternoon"
STOCK_BEFORE = re.compile(
    r"\b(?:shares|stock|stocks|equities|nasdaq|s&p 500|dow)\b[^.;!?\n]{0,12}$"
)
STOCK_REACH = 24


def _rumoured_listing(
    folded: str, at: int, hits: dict[str, list[tuple[int, int]]], day_at: int
) -> bool:
    """Doubt at ``at`` about a listing ("Rumor listing Binance? No confirmation", "传言称 Dyno
    将率先上线 RDPT"), in a sentence without the event's day, beside an event of another type
    dated in its own sentence."""
    start, end = sentence_of(folded, at)
    if start <= day_at < end:
        return False
    listings = hits.get(EVENT_PREFIX + "listing", [])
    if not any(start <= a < end for a, _ in listings):
        return False
    others = [
        a for f, spans in hits.items()
        if f.startswith(EVENT_PREFIX) and f != EVENT_PREFIX + "listing"
        for a, _ in spans
    ]  # fmt: skip
    if any(start <= a < end for a in others):
        return False
    s, e = sentence_of(folded, day_at)
    return any(s <= a < e for a in others)


def _aside_about_another(
    folded: str, at: int, mentions: list[Mention], events: list[tuple[int, int]]
) -> bool:
    """The cue at ``at`` stands in a sentence opening with an aside word, after the sentence of
    the item's first event phrase, and names none of the projects named there."""
    start, end = sentence_of(folded, at)
    if not ASIDE_OPENER.match(folded, start):
        return False
    first = min(a for a, _ in events)
    if start <= first < end:
        return False
    s, e = sentence_of(folded, first)
    own = {m.company for m in mentions if s <= m.start < e}
    return not any(start <= m.start < end and m.company in own for m in mentions)


# a testnet named only to be denied ("Not a testnet drip this time"), and a calendar row or
# digest entry opened by its day ("Friday: Espresso ships its sequencer upgrade")
TESTNET_DENIED_BEFORE = re.compile(r"\b(?:not|no|never)\s+(?:an?\s+)?$")
ROW_OPENER = re.compile(r"\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b[^:\n]{0,24}:")


# a digest's clauses, each with its own subject: "Acme's sale opens Mon, Aurex ships its v3
# upgrade Wed, and Pellucid resets its testnet faucet Fri"
DIGEST_CLAUSE_BREAK = re.compile(r"(?:,|;)\s+(?:and\s+)?")
CLAUSE_VERB = re.compile(r"[a-z]{2,}(?:s|ed)")  # "resets", "ships", "opened"
CLAUSE_SUBJECT_WORDS = frozenset({
    "it", "its", "the", "they", "their", "we", "our", "this", "that", "these", "those", "users",
    "holders", "testnet", "a", "an", "and", "with", "while", "which", "who", "after", "before",
})  # fmt: skip


def _other_digest_clause(
    folded: str,
    at: int,
    start: int,
    end: int,
    mentions: list[Mention],
    events: list[tuple[int, int]],
) -> bool:
    """The cue at ``at`` lies in a later clause of its sentence that opens with a subject of its
    own (no pronoun or article) and holds no event phrase and no watched name, while the event
    phrases lie in earlier clauses."""
    opened = -1
    for m in DIGEST_CLAUSE_BREAK.finditer(folded, start, at):
        opened = m.end()
    if opened < 0:
        return False
    after = DIGEST_CLAUSE_BREAK.search(folded, at, end)
    close = after.start() if after else end
    words = folded[opened:close].split(" ", 2)
    first = words[0].strip("\"'(")
    if not first or first in CLAUSE_SUBJECT_WORDS or not first.isalpha():
        return False
    if len(words) < 2 or not CLAUSE_VERB.fullmatch(words[1]):
        return False  # (a subject and its verb: "pellucid resets", not "paid with faucet usdc")
    if any(opened <= a < close for a, _ in events) or any(
        opened <= m.start < close for m in mentions
    ):
        return False
    return any(start <= a < opened for a, _ in events)


# the words of a game's play, which a later season's airdrop rewards (class 7 of issue 8): not a
# testnet when the item drops tokens for a season and names no testnet itself
GAME_CUES = ("quest", "xp", "leaderboard")
SEASON_WORDS = ("season", "players", "player", "rewards")


# a game cue naming the season whose drop it is: "Quest season 3 rewards", "XP season 2"
SEASON_NAMED = re.compile(r"\w*\s+season\s+\d")


def _season_of_play(
    folded: str, at: int, hits: dict[str, list[tuple[int, int]]], day_at: int
) -> bool:
    """The testnet cue at ``at`` is a game's play ("quests", "XP", "leaderboard") in an item
    whose event is a season's airdrop, every testnet cue of the item is such a word, and neither
    the event's day (``day_at``) nor an airdrop phrase is in the cue's sentence ("Season 4 quests
    start counting July 6", "Quests Season 1 starts today": the play's own start, a points
    program; "Your XP is waiting in Rewards": what is handed out)."""
    if not folded.startswith(GAME_CUES, at) or EVENT_PREFIX + "airdrop" not in hits:
        return False
    if not has_any(folded, SEASON_WORDS):
        return False
    only_play = all(folded.startswith(GAME_CUES, s) for s, _ in hits.get("testnet", ()))
    start, end = sentence_of(folded, at)
    drop_here = any(start <= a < end for a, _ in hits[EVENT_PREFIX + "airdrop"])
    if drop_here and SEASON_NAMED.match(folded, at) is not None:
        # the name of the season whose drop the sentence tells: "MAGIC Quest season 3 rewards ✨
        # Claim opens Monday" (not "Quests Season 1 starts today": the play's own start)
        return only_play
    if start <= day_at < end:
        return False
    if drop_here:
        return False  # (what the drop hands out: "Your XP is waiting in Rewards")
    return only_play


def _testnet_elsewhere(
    folded: str, at: int, mentions: list[Mention], events: list[tuple[int, int]]
) -> bool:
    """A testnet cue at ``at`` in a sentence without event phrases that denies the testnet,
    opens with an aside word or a calendar day, or names only projects the sentences of the
    event phrases do not name (another digest entry: "Thursday: Tablet's mainnet gets a third
    client", "a gaming studio moved its leaderboard onto the chain")."""
    start, end = sentence_of(folded, at)
    if any(start <= a < end for a, _ in events):
        return _other_digest_clause(folded, at, start, end, mentions, events)
    if TESTNET_DENIED_BEFORE.search(folded, max(0, at - 8), at):
        return True
    if ASIDE_OPENER.match(folded, start):
        return True
    row = max(folded.rfind(". ", 0, at), folded.rfind("\n", 0, at)) + 1  # ("; " goes on a row)
    if ROW_OPENER.match(folded, row) and not any(row <= a < end for a, _ in events):
        return True
    event_sentences = [sentence_of(folded, a) for a, _ in events]
    own = {m.company for m in mentions if any(s <= m.start < e for s, e in event_sentences)}
    here = {m.company for m in mentions if start <= m.start < end}
    return bool(own) and bool(here) and here.isdisjoint(own)


# the source vouching for the event it states: "Confirmed by the team:", "Confirmed: Acme lists
# ACME on Binance Thursday" (not "unconfirmed", "not confirmed", "nothing confirmed")
CONFIRMED = re.compile(
    r"(?<!un)(?<!not )(?<!nothing )(?<!n't )(?<!yet to be )\bconfirmed(?: by (?:the )?\w+)?\s*[:!]"
    r"|\b(?:officially|has|have) confirmed\b"
)


def _confirmed_elsewhere(
    folded: str, skip: int, names: list[tuple[int, int]], events: list[tuple[int, int]]
) -> bool:
    """A sentence other than the one at ``skip`` says the source confirms it and names a
    watched project and an event."""
    for m in CONFIRMED.finditer(folded) if "confirmed" in folded else ():  # (every match has it)
        s, e = sentence_of(folded, m.start())
        if s == skip:
            continue
        if any(s <= a < e for a, _ in names) and any(s <= a < e for a, _ in events):
            return True
    return False


# "guaranteed" naming a tier of the sale, not a scam's promise: "CSMT stakers get the guaranteed
# tier", "a guaranteed slice for borrowers", "Pass holders guaranteed, then pro-rata", "Guaranteed
# tier goes first"
SALE_TERM_AFTER = re.compile(
    r"\s+(?:tiers?|slots?|allocations?|slices?|spots?|share|portion|bucket|round)\b"
    r"|\s*(?:,|→|->)?\s*then\b"
)


# a source saying it has not told something yet, right before "whether"
NOT_SAID_BEFORE = re.compile(
    r"\b(?:not|n't|never|declined to|yet to)\s+(?:yet\s+)?(?:\w+\s+){0,5}?"
    r"(?:said|say|says|confirmed|confirm|disclosed|disclose|commented|comment|specified|specify"
    r"|clarified|clarify|decided|decide)\s+$"
)
NOT_SAID_REACH = 60


def _waits_for(
    folded: str, start: int, before: re.Pattern[str], events: list[tuple[int, int]]
) -> bool:
    """The cue at ``start`` follows ``before``'s word ("after the", "once the") within reach,
    and an event phrase of its sentence comes before that word: a step the event waits for."""
    step = before.search(folded, max(0, start - STEP_REACH), start)
    if step is None:
        return False
    floor, _ = sentence_of(folded, start)
    return any(floor <= a < step.start() for a, _ in events)


def _why(
    feature: str,
    start: int,
    end: int,
    folded: str,
    names: list[tuple[int, int]],
    appositions: list[tuple[int, int]],
    events: list[tuple[int, int]],
    upcoming: bool,
    day_at: int = -1,
    coarse: bool = False,
    scam: tuple[tuple[int, int], ...] = (),
    today_at: int = -1,
) -> str:
    if any(s < end and start < e for s, e in names):
        return "part of a name"
    if feature == "price_talk" and VENUE_BEFORE.search(folded, max(0, start - 12), start):
        return "part of a venue's name"  # "Binance Futures will launch ..."
    if (
        feature == "price_talk"
        and folded.startswith("futures", start)
        and MARKET_OPENED.search(folded, max(0, start - MARKET_REACH), start)
    ):
        return "a market an exchange opens"  # "OKX to list ACME perpetual futures"
    if (
        feature == "generic_news"
        and folded.startswith("now available on", start)
        and EXCHANGE_AFTER.match(folded, end)
    ):
        return "an exchange's market"  # "ACME is now available on Coinbase"
    if any(s <= start and end <= e for s, e in appositions):
        return "describes a named project"
    if feature == "speculation" and upcoming and folded.startswith(PREDICTION_MARKETS, start):
        # the project's own business in a sentence naming it and no event: "Gudgeon has settled
        # 3,400 prediction markets on Castor", "Gudgeon 是部署在 Castor 上的预测市场协议"
        s, e = sentence_of(folded, start)
        if any(s <= a < e for a, _ in names) and not any(s <= a < e for a, _ in events):
            return "the project's own business"
    if (
        feature == "negated_event"
        and folded[start:end] in JOB_WORDS
        and events
        and _other_list_entry(folded, start, events)
    ):
        return "another entry of a list"  # "1) vault UI is up 2) we're hiring 3) TGE in May"
    if (
        feature in LIST_SCOPED
        and events
        and _other_list_entry(folded, start, events, names)
    ):  # "• Jul 13 · Kendo: KENDO TGE\n• Jul 15 · Ravel: mainnet, no token"
        return "another entry of a list"
    if (
        feature == "price_talk"
        and folded[start:end] in SLIP_WORDS
        and EVENT_NOUN_BEFORE.search(folded, max(0, start - EVENT_NOUN_REACH), start)
    ):
        return "the event's schedule moves, not a price"  # "launch slips a week"
    if (
        feature == "negated_event"
        and folded.endswith("claim", start, end)
        and RIGHT_AFTER.match(folded, end)
    ):
        return "a right to assets, not a token claim"  # "holders have no claim on the fund"
    if (
        feature == "negated_event"
        and (upcoming or coarse)
        and folded.startswith("nothing to claim", start)
        and DELIVERED_BEFORE.search(folded, max(0, start - DELIVERED_REACH), start) is not None
    ):
        return "how the tokens arrive, not a denial"  # "receive theirs ...; nothing to claim"
    if (
        feature == "generic_news"
        and folded.startswith(SPEAKER_ROLES, start)
        and (
            SPEAKER_AFTER.match(folded, end, end + SPEAKER_REACH)
            or SPEAKER_QUOTE.match(folded, end)
        )
    ):
        return "names who said it"  # "..., CEO says", "chief executive Jane Roe said"
    if (
        feature == "generic_news"
        and (upcoming or coarse)
        and folded.startswith("roadmap", start)
        and (label := ROADMAP_LABEL.match(folded, end)) is not None
        and any(label.end() <= a < sentence_of(folded, label.end())[1] for a, _ in events)
    ):
        return "labels the post"  # "Roadmap note: the ACME token launches in Q3"
    if feature == "generic_news" and folded.startswith(CHANNEL_WORDS, start):
        found = CHANNEL_BEFORE.search(folded, max(0, start - CHANNEL_REACH), start)
        labelled = CHANNEL_LABEL.match(folded, end) is not None  # "Interview: ..." opens a line
        if found is not None and (found.group() not in ("", "\n") or labelled):
            return "names how it was said"  # "told us in an interview", "Interview: ..."
    if not events:
        return ""
    detail = None
    if feature in DETAIL_SCOPED:
        detail = DETAIL_AFTER.match(folded, end, end + DETAIL_REACH)
    # (not when the detail's words are the only event named: "hasn't confirmed a claim date")
    if detail is not None and any(not end <= a < detail.end() for a, _ in events):
        return "about a detail, not the event"
    if (
        feature == "negated_event"
        and folded.endswith(" no", start, end)  # a bare denial ("there is no"), not "no claim"
        and DENIED_TERM.match(folded, end)
    ):
        return "denies a term of the sale, not the event"
    if feature == "scam" and QUOTED_DENIAL_BEFORE.search(folded, max(0, start - 16), start):
        return "a scam's term the source denies"  # 'there is no "guaranteed allocation"'
    if (
        feature == "scam"
        and (upcoming or coarse)
        and DENIAL_BEFORE.search(folded, max(0, start - 16), start)
    ):
        return "a scam's term the source denies"  # "there is no early access"
    if (
        feature == "scam"
        and folded.startswith("guaranteed", start)
        and SALE_TERM_AFTER.match(folded, end)
    ):
        return "a tier of the sale, not a promise"
    if (
        feature == "negated_event"
        and (upcoming or coarse)
        and (QUOTED_AFTER.match(folded, end) or _scam_after(folded, end, scam))
    ):
        return "a warning about a scam's offer, not the event"  # "no 'pre-sale' anywhere"
    if (
        feature in DETAIL_SCOPED
        and DETAIL_BEFORE.search(folded, max(0, start - 12), start)
        and DETAIL_CHANGE.match(folded, end)
    ):
        return "about a detail, not the event"
    if feature in RECIPIENT_SCOPED and not (
        feature == "scam" and folded.startswith(REQUEST_CUES, start)
    ):
        if RECIPIENT_NOUNS.match(folded, end, end + RECIPIENT_REACH):
            return "names the recipients"
        if (
            feature == "past"
            and folded.startswith("since", start)
            and RECIPIENTS_SINCE.search(folded, max(0, start - RECIPIENT_REACH), start)
        ):
            return "names the recipients"  # "an allocation for lenders and borrowers since launch"
        if RECIPIENTS_BEFORE.search(folded, max(0, start - RECIPIENTS_BEFORE_REACH), start):
            return "names the recipients"  # "für Nutzer des Testnetzes"
        if RECIPIENT_FOR.search(
            folded, max(0, start - RECIPIENT_FOR_REACH), start
        ) and RECIPIENT_NOUNS.fullmatch(folded, start, end):
            return "names the recipients"
        floor, stop = sentence_of(folded, start)
        if has_choices(folded, RECIPIENT_WORDS) and RECIPIENT_SENTENCE.search(folded, floor, stop):
            return "names the recipients"
        clause = _clause_start(folded, start, floor)
        if RECIPIENT_OPENERS.search(folded, clause, start):
            return "names the recipients"
        if RECIPIENT_OPENERS.match(folded, start) or (
            folded.startswith("who ", start - 4) and RECIPIENT_OPENERS.match(folded, start - 4)
        ):
            # the cue is the recipients' own word: "creators who minted on the platform during
            # beta", "Bettors from S1 + S2: PUNT claims open Thursday"
            return "names the recipients"
        if RECIPIENT_HEAD.search(folded, clause, end):
            return "names the recipients"
    if feature == "price_talk" and TO_BE_BEFORE.search(folded, max(0, start - 16), start):
        return "a trade still to come"  # "can now be traded on Kraken", "will be traded at"
    if (
        feature == "speculation"
        and folded.startswith("minted", start)
        and (
            MINT_PLANNED.search(folded, max(0, start - 48), start)
            or MINT_DAY_AFTER.match(folded, end) is not None
        )
    ):
        return "a mint still to come"  # "the ACME token will be minted on May 2"
    if (
        feature in ("past", "past_event")
        and upcoming
        and ("today" in folded or today_at >= 0)
        and STARTED.search(folded, start, end)
    ):
        s, e = sentence_of(folded, start)
        if (s <= today_at < e or SAME_DAY.search(folded, s, e)) and not ELAPSED_SINCE.search(
            folded, s, start
        ):
            # "went live earlier today", "launched today at 11:00", "went live at 14:00 UTC
            # Thursday" written that Thursday
            return "a same-day report"
    if feature == "past" and folded.startswith("recap", start) and TALK_BEFORE.search(
        folded, max(0, start - 24), start
    ):
        return "a recap of a talk, not of the event"  # "AMA recap: TGE in November"
    if feature == "speculation" and folded.startswith("may ", start) and MAY_MONTH_BEFORE.search(
        folded, max(0, start - 12), start
    ):
        return "the month of May"  # "ahead of the May launch"
    if (
        feature in QUOTED_SCOPED
        and start
        and folded[start - 1] in QUOTES
        and QUOTE_CLOSES.match(folded, end) is not None
    ):
        return "part of a quoted title"  # "the studio behind 'Rumor Island'"
    if (
        feature == "speculation"
        and folded.startswith("dashboard", start)
        and DASHBOARD_PLACE.search(folded, max(0, start - 24), start)
    ):
        return "the place of the event or a product"  # "claim from the project's dashboard"
    if (
        feature == "speculation"
        and folded.startswith("minted", start)
        and MINTED_ONCE.match(folded, end) is not None
    ):
        return "how the supply is made, not a sighting"  # "minted once, transferable from"
    if (
        feature == "speculation"
        and folded.startswith("token contract", start)
        and CONTRACT_GOES_LIVE.match(folded, end)
    ):
        return "the token's own launch"  # "vaults, claims and the token contract switch on"
    if (
        feature == "past"
        and folded.startswith("tranche", start)
        and SALE_BEFORE.search(folded, max(0, start - 24), start)
    ):
        return "a round of the sale"  # "a second public sale tranche ... will be held in Q3"
    if (
        feature == "speculation"
        and folded.startswith("predict", start)
        and MARKET_KIND.match(folded, end)
    ):
        return "names the kind of project"  # "the prediction-market platform said ..."
    if (
        feature == "scam"
        and folded.startswith("migrat", start)
        and TECH_BEFORE.search(folded, max(0, start - 24), start)
    ):
        return "the project's own technical work"  # "to finish the bridge migration"
    if feature == "testnet" and folded.startswith("quest", start) and QUEST_KIND.match(folded, end):
        return "names the kind of project"  # "quest studio", "the quest-game studio"
    if (
        feature in ACTIVITY_SCOPED
        and has_any(folded, STAGE_CUE_WORDS)
        and STAGE_CUE_BEFORE.search(folded, max(0, start - 40), start)
    ):
        return "a step before the event"  # "registration closed, sale opens today"
    if feature == "speculation" and "?" in folded and answered_question(folded, start):
        return "a question the source answers"  # "wen ACME? now."
    if (
        feature == "speculation"
        and upcoming
        and day_at >= 0
        and folded.startswith(PRE_MARKET, start)
        and PRE_MARKET_ENDS.match(folded, end)
    ):
        return "a pre-market the listing settles"  # "pre-market positions settle at the open"
    if (
        feature == "testnet"
        and (upcoming or coarse)
        and _waits_for(folded, start, TESTNET_STEP_BEFORE, events)
    ):
        return "a step the event waits for"  # "launches in June, after the testnet"
    if (
        feature == "scam"
        and folded.startswith("migrat", start)
        and _waits_for(folded, start, MIGRATION_AFTER, events)
    ):
        # a migration the event waits for, not a scam's "migrate your tokens": "XAI claims open
        # after the node-key migration wraps up", "the claim page comes after the migration"
        return "a step the event waits for"
    if feature == "testnet" and folded.startswith("quest'", start):
        return "part of a word"  # Italian "quest'anno" (this year), not a quest
    if feature in STEP_SCOPED or feature in BACKDROP_SCOPED:
        step = (
            STEP_BEFORE.search(folded, max(0, start - STEP_REACH), start)
            if feature in STEP_SCOPED
            else None
        )
        backdrop = BACKDROP_BEFORE.search(folded, max(0, start - STEP_REACH), start)
        if step is not None or backdrop is not None:
            floor, _ = sentence_of(folded, start)
            clause = _clause_start(folded, start, floor)
            if step is not None and any(clause <= a < start for a, _ in events):
                return "a step the event waits for"  # "opens claims after its final audit"
            if (
                backdrop is not None
                and any(clause <= a < backdrop.start() for a, _ in events)
                and (
                    feature != "price_talk"  # a market's move, not the token's own
                    or MARKET_MOVE.search(folded, backdrop.start(), start) is not None
                )
            ):
                return "the backdrop of the event"  # "sale in September as its network expands"
    if (
        feature == "speculation"
        and upcoming
        and day_at >= 0
        and any(s <= start and end <= e for s, e in events)
    ):
        return "the event's own words"  # "$ACME is minted and transferable from May 4"
    if (
        feature == "speculation"
        and folded.startswith("deploys", start)
        and HOST_AFTER.match(folded, end)
    ):
        return "names where the project runs"  # "the team, which deploys on Base and Arbitrum"
    if (
        feature == "speculation"
        and folded[start:end] in DELIBERATION
        and NEGATED_BEFORE.search(folded, max(0, start - 12), start)
    ):
        return "a plan the source denies"
    if (
        feature == "speculation"
        and folded.startswith(DOUBT_NOUNS, start)
        and DENIED_DOUBT_BEFORE.search(folded, max(0, start - 16), start)
    ):
        return "a doubt the source denies"  # "Not a tease."
    if (
        feature == "speculation"
        and (upcoming or coarse)
        and folded.startswith(DOUBT_ENDED, start)
        and DOUBT_ENDED_BEFORE.search(folded, max(0, start - 40), start)
    ):
        return "a doubt the announcement ends"  # "ending months of speculation"
    if feature == "past" and coarse and folded.endswith("in the ", 0, start):
        return "a period ahead, counted from a step to come"  # "in the weeks after mainnet"
    if feature == "past" and (upcoming or coarse):
        counted = COUNTED_FROM.search(folded, start, end)
        if counted is not None:
            anchor = ANCHOR_AFTER.match(folded, counted.end())
            after, stop = counted.end(), anchor.end() if anchor is not None else 0
            if stop > after + 1 and not EVENT_WORDS.search(folded, after, stop):
                return "time counted from something else"  # "two years after its pitch"
        if folded[start:end] in PAST_PERIODS:
            s, e = sentence_of(folded, start)
            if not any(s <= a < e for a, _ in events) and not any(s <= a < e for a, _ in names):
                return "a past fact beside the event"
    if feature == "speculation" and "confirmed" in folded and names:
        # doubt about someone else in a sentence of its own, beside the project's confirmed
        # event: "Confirmed by the team: Acme opens claims on Friday. Separately, whether Orbit
        # does a second drop the same week is pure guesswork"
        s, e = sentence_of(folded, start)
        if not any(s <= a < e for a, _ in names) and _confirmed_elsewhere(
            folded, s, names, events
        ):
            return "doubt about something else"
    if (
        feature == "speculation"
        and (upcoming or coarse)
        and folded.startswith("whether", start)
        and NOT_SAID_BEFORE.search(folded, max(0, start - NOT_SAID_REACH), start)
    ):
        # what the source has not said yet beside a dated event: "will launch its SPACE token in
        # the fourth quarter ... It has not said whether there will be a sale", "did not give a
        # day or say whether VIVM would be sold on its own platform"
        return "an open detail, not doubt about the event"
    if (
        feature == "speculation"
        and CJK_DETAIL_BEFORE.search(folded, max(0, start - 6), start) is not None
    ):
        return "an open detail, not doubt about the event"  # "具體日期尚未公布"
    if feature == "speculation" and "ask" in folded:
        s, e = sentence_of(folded, start)
        if ASKED_BEFORE.search(folded, s, start) and not any(s <= a < e for a, _ in events):
            return "a question the item answers"
    if (
        feature == "negated_event"
        and upcoming
        and (
            NO_STEP_AFTER.match(folded, end)
            or (
                NO_STEPS_AFTER.match(folded, end)
                and any(not start <= a < end for a, _ in events)
            )
        )
    ):
        return "a step the event does without"  # "distribution begins Monday, no claim page"
    if feature == "negated_event" and (upcoming or coarse) and DENIAL.match(folded, start):
        # a denial in a sentence naming neither an event nor the project: "There is no
        # presale. ACME launches Friday" (not "There is no ACME token yet"). Beside an event
        # dated coarsely, the event word it denies is no event of that sentence either ("ACME
        # TGE in Q3. Nothing to claim yet"), unless the denial is the item's point ("no
        # token, no claim, just the testnet")
        s, e = sentence_of(folded, start)
        denied_ok = coarse and not DENIAL_POINT.search(folded, end, e)
        if not any(
            s <= a < e
            and not (
                denied_ok
                and start <= a
                and (
                    DENIED_OBJECT.fullmatch(folded, end, max(end, a)) is not None
                    or DENIED_ENTRY_BEFORE.search(folded, max(end, a - DENIED_ENTRY_REACH), a)
                    is not None
                )
            )
            for a, _ in events
        ) and not any(s <= a < e for a, _ in names):
            return "denies something other than the event"
    if feature == "past" and (upcoming or coarse) and folded.startswith(SPAN_AFTER, start):
        # "its TONI token will go live in September, a few weeks after the payments network
        # opened its mainnet beta": when the event comes, counted from something before it
        s, e = sentence_of(folded, start)
        if any(s <= a and b <= start for a, b in events) and FUTURE_MAIN.search(folded, s, start):
            return "when the event comes, counted from another"
    if feature == "tutorial" and upcoming and folded.startswith(JOINING_HOW, start):
        return "how to join the event, told with it"  # "dates, terms, and how to take part"
    if feature in SPEAKER_SCOPED and upcoming and not event_in_sentence(folded, start, events):
        s, e = sentence_of(folded, start)
        disclaimers = SPEAKER_NO_TOKEN.finditer(folded, s, e)
        if any(m.start() <= start and end <= m.end() for m in disclaimers):
            return "the speaker's own token, not the event's"
    if feature in STATE_SCOPED and upcoming and day_at >= 0 and _state_before(
        folded, start, events, day_at
    ):
        return "the state before the event"
    if (
        feature == "testnet"
        and upcoming
        and ACTIVITY_WORDS.search(folded, start, end)
        and (
            ENDED_ACTIVITY_BEFORE.search(folded, max(0, start - ENDED_ACTIVITY_REACH), start)
            or ENDED_ACTIVITY_AFTER.match(folded, end)
        )
    ):
        return "an activity window that ends"  # "closes points program"
    if (
        feature == "testnet"
        and upcoming
        and not folded.isascii()
        and EARLIER_BEFORE.search(folded, max(0, start - ENDED_ACTIVITY_REACH), start)
    ):
        return "an activity told as done before"  # "此前 Ashlar 已于 7 月完成两轮测试网激励"
    if (
        feature == "testnet"
        and upcoming
        and EARNED_ON_BEFORE.search(folded, max(0, start - EARNED_REACH), start)
    ):
        return "what earned the tokens"  # "points earned on the Acme testnet convert at 1:1"
    if (
        feature == "testnet"
        and (upcoming or coarse)
        and in_history_clause(folded, start)
        and not event_in_sentence(folded, start, events)
    ):
        # "spent two years running testnets on Monad ... CVE goes live on Tuesday", "The company
        # ran a points campaign ... EDEN will launch in September": what the project did
        # before, in a sentence of its own
        return "the project's history"
    if feature == "testnet" and upcoming and day_at >= 0 and ACTIVITY_WORDS.match(folded, start):
        # a points season or testnet program in a sentence of its own, beside an event dated
        # elsewhere: "Season 2 XP counts from today. Season 1 claims open April 8"
        s, e = sentence_of(folded, start)
        if not s <= day_at < e and not any(s <= a < e for a, _ in events):
            return "a season or program beside the event"
    if feature in ACTIVITY_SCOPED and upcoming and _past_activity(folded, start, events):
        return "a past activity window"
    if feature == "testnet" and (upcoming or coarse) and _roadmap_step(folded, start, events):
        return "a step before the event"
    return ""


# A roadmap's steps before its event: "testnet through the summer, two external audits, then
# the CLIQUE TGE later this year", "June–July: public testnet. August: two audits. September:
# the ERA TGE", "测试网与审计先行 ... 随后于 9 月进行 TGE" (the testnet goes first, then the TGE)
ROADMAP_THEN = re.compile(
    r"\b(?:then|after that|followed by|afterwards)\b|随后|然后|之后|先行"
    r"|[.;\n]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?:"
)
ROADMAP_REACH = 200  # characters from a step to the event it comes before


def _roadmap_step(folded: str, start: int, events: list[tuple[int, int]]) -> bool:
    """The testnet cue at ``start`` is a step told before the event that follows it in the
    text, a word of order between them (:data:`ROADMAP_THEN`)."""
    later = [a for a, _ in events if start < a <= start + ROADMAP_REACH]
    return bool(later) and ROADMAP_THEN.search(folded, start, min(later)) is not None


SHARE = re.compile(r"\d\s?%|\bper ?cent\b")


def _past_activity(
    folded: str, start: int, events: list[tuple[int, int]], clause_only: bool = False
) -> bool:
    """The past cue at ``start`` tells of a points season, a campaign or a snapshot
    (:data:`ACTIVITY_WORDS`) in a sentence naming no event (not with ``clause_only``), or in a
    clause of its own after the event's ("will launch SPRD next month, ending a points program
    that had run since January")."""
    s, e = sentence_of(folded, start)
    if not any(s <= a < e for a, _ in events):
        # (not a share of the drop counted before the cue: "63% of Season 4 XAI has been claimed
        # in 16 days" is the claim's status report)
        return (
            not clause_only
            and ACTIVITY_WORDS.search(folded, s, e) is not None
            and SHARE.search(folded, s, start) is None
        )
    before = [b for a, b in events if s <= a and b <= start]
    comma = folded.rfind(", ", max(before), start) if before else -1
    return comma >= 0 and ACTIVITY_WORDS.search(folded, comma, start) is not None


def answered_question(folded: str, at: int) -> bool:
    """The question at ``at`` ends within its clause and the source answers it right after
    ("wen ACME? now.")."""
    mark = folded.find("?", at, at + QUESTION_REACH)
    if mark < 0:
        return False
    for stop in ".!\n":
        if folded.find(stop, at, mark) >= 0:
            return False
    return ANSWERED_AFTER.match(folded, mark) is not None


def opener_question(folded: str, end: int) -> bool:
    """The item opens with a question of one or two words ending at ``end`` that names nothing
    of the event ("Ready?", "Guess what?"), or with a reminder asking the reader ("Still
    haven't claimed?")."""
    found = OPENER_QUESTION.fullmatch(folded, 0, end)
    if found is None:
        return READER_QUESTION.fullmatch(folded, 0, end) is not None
    return not EVENT_WORDS.search(folded, 0, end) and not OPENER_DOUBT.search(folded, 0, end)


SCAM_AFTER_REACH = 3  # characters from a denial's end to the scam cue it denies


def _scam_after(folded: str, end: int, scam: tuple[tuple[int, int], ...]) -> bool:
    """A scam cue right after the denial: "there is no early access"."""
    return any(0 < s - end <= SCAM_AFTER_REACH and not folded[end:s].strip() for s, _ in scam)


# a clause telling the project's history: "that raised a $3.6 million seed round in March
# 2024", "which closed a $12 million round in November 2024", "moved its main deployment to
# Monad in November 2025" (background, not a look back at the event)
HISTORY_BEFORE = re.compile(
    r"\b(?:raised|closed|ran|moved|founded|started|began|completed|opened|shipped|released"
    r"|joined|acquired|spent|grew|was founded|was incubated|onboarded|has logged|have logged"
    r"|has run|has processed|since then|won|was set up"
    # ... and the plan's own history: "confirming a plan first floated in its 2026 annual report"
    r"|first floated|first mentioned|first outlined|first announced|first teased|first shared"
    # ... and in German: "betrieb seinen Koprozessor über ein Jahr im Testnetz"
    r"|betrieb|sammelte|startete)\b"
    r"(?:[^.;!?\n]|(?<=\d)\.(?=\d)){0,60}$"  # (a decimal point is no sentence end: "$3.6M")
)
HISTORY_REACH = 70


def in_history_clause(folded: str, at: int) -> bool:
    """The clause before ``at`` tells of the project's past in a past-tense verb."""
    return HISTORY_BEFORE.search(folded, max(0, at - HISTORY_REACH), at) is not None


def in_recipient_clause(folded: str, at: int, end: int = -1) -> bool:
    """The clause before ``at`` names the recipients ("for wallets that staked during 2025"), or
    the words from ``end`` on do ("with 2027 cover buyers receiving the first allocation")."""
    floor, _ = sentence_of(folded, at)
    if end >= 0 and RECIPIENT_NOUNS.match(folded, end) is not None:
        return True
    return RECIPIENT_OPENERS.search(folded, _clause_start(folded, at, floor), at) is not None


def _state_before(folded: str, start: int, events: list[tuple[int, int]], day_at: int) -> bool:
    """The cue's sentence says the project has had no token until now, names no event, and
    another sentence dates an event of the token."""
    s, e = sentence_of(folded, start)
    if s <= day_at < e or any(s <= a < e for a, _ in events):
        return False
    if UNTIL_NOW.search(folded, s, e) is None or ABSENCE.search(folded, s, e) is None:
        return False
    ds, de = sentence_of(folded, day_at)
    return "token" in folded[ds:de] and any(ds <= a < de for a, _ in events)


def safety_sentences(folded: str, safety: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences holding a safety cue ("we will never DM you", "beware of fake links")."""
    sentences: list[tuple[int, int]] = []
    for start, _ in safety:
        span = sentence_of(folded, start)
        if span not in sentences:
            sentences.append(span)
    return sentences


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


EVENT_NEWS_AFTER = re.compile(
    r"\s+(?:details|info|information|updates|news|announcements)\b"
    # ... or where the events run, whenever they do: "Launchpad rounds only run on acme.xyz"
    r"|(?:\s+[\w-]+){0,2}\s+only\s+(?:run|runs|happen|happens|take place|takes place)\s+on\b"
)


# the system a project migrates, not holders' tokens: "the bridge migration", "a database
# migration", "migrating the indexer"
TECH_BEFORE = re.compile(
    r"\b(?:bridge|contract|contracts|database|node|nodes|infrastructure|infra|server|servers"
    r"|indexer|rpc|validator|validators|sequencer|backend|storage|data)\s+$"
)


def warning_only(
    folded: str,
    safety: list[tuple[int, int]],
    events: list[tuple[int, int]],
    timed: Sequence[int] = (),
) -> bool:
    """Every event phrase sits in a safety sentence that negates ("Camelot will never DM you
    or run a 'claim' on Telegram"), or that names no day and nothing live (``timed``: where days
    and live phrases start; "A reminder while the checker is busy: nobody from Espresso will DM
    you"): the item is a reminder, not an announcement."""
    sentences = safety_sentences(folded, safety)
    for a, b in events:
        inside = [(s, e) for s, e in sentences if s <= a and b <= e]
        if not inside or not (
            NEGATION.search(folded, inside[0][0], a)
            or not any(inside[0][0] <= t < inside[0][1] for t in timed)
            or OFFERER.search(folded, inside[0][0], a)
            # "Launch details will only come from this account": where news will come from;
            # "Launchpad rounds only run on acme.xyz": where the events run
            or EVENT_NEWS_AFTER.match(folded, b) is not None
        ):
            return False
    return True


def boilerplate(
    folded: str, safety: list[tuple[int, int]], events: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Safety sentences to cut out before scoring: those naming no event, when an event
    phrase lies outside every safety sentence (else the item *is* a safety reminder)."""
    sentences = safety_sentences(folded, safety)
    if not any(not _inside(sentences, a, b) for a, b in events):
        return []
    cuts = []
    for s, e in sentences:
        # (an event word naming only the news to come counts as none: "launch details will only
        # come from this account")
        if any(s <= a < e and EVENT_NEWS_AFTER.match(folded, b) is None for a, b in events):
            continue
        cuts.append((s, e + 1 if e < len(folded) and folded[e] in ".!?;" else e))
    return cuts
