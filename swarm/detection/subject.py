"""Whose event is it: the owner of each event phrase and the mentions that are only context.

docs/labels.md: an event counts for a watched project only when it is that project's event. A
watched name is often *mentioned* next to another project's event: the chain an app is built
on, the token whose holders get a bonus in someone else's airdrop, a rival, a disclaimer, an
example in a list. Two facts decide it:

- **Owner of an event phrase.** The token or project that governs the phrase: a symbol right
  before the event noun ("LUM token launch", "$SUN claims", "its KLP checker"), a possessive
  ("Kelpie's airdrop"), a name used as its modifier ("the Quarry airdrop", "Sunbeam TGE" at the
  start of a sentence), or the object after it ("claims for $DRFT", "sale of ACME"). Listing
  verbs name the exchange first ("Zoomex lists ..."), so only symbols own a listing phrase.
- **Context mentions.** A mention governed by a relation phrase (config ``relation``: "built
  on", "incubated by", "rival of", "unrelated to", "such as", "holders of", ...), directly or
  through a list ("such as Meadow and Compass", "holders of $A and $B").

Pure functions over the scan; run only for items that name a watched project and an event.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from swarm.detection.dates import FOREIGN_MONTHS, FOREIGN_WEEKDAYS
from swarm.detection.folding import has_any
from swarm.detection.gates import ScanWords
from swarm.detection.matcher import Mention, Scan

EVENT_PREFIX = "event:"
RELATION_FEATURE = "relation"
RELATION_REACH = 60  # characters between a relation phrase and the mention it governs
OWNER_LOOKBACK = 48  # characters before an event phrase searched for its owner
OWNER_LOOKAHEAD = 24  # characters after it ("claims for $DRFT")
# What may stand between a relation phrase and a mention it governs: other names, symbols,
# possessives and list words, in the original text ("such as Meadow and Compass"), on one line
# (not the guest on the line below a venue's header: "Next on Landing\nStyx (STYX) · ...").
# (a word placing the examples in time may open the list: "citing the recent Acme and Orbit
# launches")
LIST_GAP = re.compile(
    r"(?:[^\S\n,&/]+|[,&/]+|and\b|or\b|the\b|its\b|'s\b|’s\b|recent\b|latest\b"
    # (the press's "and": "Analysten verweisen auf Aramith und Peradon")
    r"|und\b|et\b|y\b|e\b|i\b|и\b|ve\b|dan\b|và\b"
    # (... and "of" in a coordinated list: "para holders de SKBL e de NFTs da Skyball", "holders
    # of ACME and of Orbit NFTs")
    r"|of\b|de\b|da\b|do\b"
    # (... and the events the examples are cited for: "citing the debut of Acme's ACME")
    r"|debuts?\b"
    # (the kind of host before its name: "xây dựng trên rollup Kendo", "built on the L2 Acme")
    r"|(?:rollup|chain|network|blockchain|mainnet|l2|layer-2|mạng|chuỗi|rede|réseau|netzwerk)\b"
    # (a name of the list, not an ordinary word in capitals: "built on TOKEN Acme" is
    # "built on token Acme"; nor a day: "went on sale on Tuesday, and Queen Mary's ...")
    r"|(?!(?i:tokens?|claims?|airdrops?|sales?|launch)\b)"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)\$?[A-Z][\w.-]*)*"
)
# Words of an event phrase's noun group that do not name its owner ("LUM public token sale").
MODIFIERS = frozenset({
    "token", "tokens", "public", "community", "eligibility", "official", "first", "new",
    "initial", "genesis", "native", "governance", "airdrop", "season", "round", "points",
    "claim", "token's", "and", "$", "reward", "rewards", "bonus", "spot", "perpetual",
    "own",  # "its own token sale": "its" names the owner
})  # fmt: skip
# Capitalised words that start sentences or headlines without naming a project.
NOT_NAMES = frozenset({
    "the", "a", "an", "our", "its", "their", "this", "that", "these", "new", "season", "public",
    "token", "tokens", "airdrop", "claims", "claim", "sale", "official", "breaking", "update",
    "today", "tomorrow", "first", "next", "why", "how", "what", "when", "after", "before",
    "community", "eligibility", "phase", "round", "final", "second", "third", "early", "just",
    "big", "huge", "live", "now", "gm", "psa", "reminder", "announcing", "introducing",
    "tge", "ido", "ico", "ieo", "spot", "trading", "deposits", "withdrawals", "note", "alert",
    "exclusive", "report", "watch", "daily", "weekly", "crypto", "web3", "defi", "nft",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "q1", "q2", "q3", "q4", "h1", "h2", "utc",
    # articles of the languages the crypto press writes in ("La venta pública de $ACME ...")
    "la", "el", "los", "las", "le", "les", "il", "lo", "der", "die", "das", "os", "un", "una",
    "une", "des", "uma", "ein", "eine", "dem", "den", "o", "een", "het",
    # ... and their word for a season ("Mùa 2 airdrop DUCK của DuckChain")
    "mùa", "saison", "temporada", "staffel", "stagione", "sezon", "сезон", "seizoen", "säsong",
    "musim",
    # verbs and function words that open imperatives and clauses ("Open its claim page",
    # "Is its TGE …"), never a project's name however they are written
    "open", "opens", "launch", "launches", "list", "listing", "swap", "stake", "join", "get",
    "check", "is", "will", "in", "on", "at", "to", "as", "and", "but", "so", "if", "here",
    "guide", "soon", "wen",
    # ... and the labels of the other languages opening a post ("Confirmado por el equipo: ...")
    "confirmado", "confirmada", "oficial", "confirmé", "bestätigt", "offiziell", "resmi",
    # ... and the words that deny one ("Sin preventa", "Sem pré-venda", "Ohne Presale")
    "no", "sin", "sem", "sans", "ohne", "nada", "ni", "kein", "keine", "tanpa",
    # ... and the Polish verbs of a start opening a headline ("Ruszyła publiczna sprzedaż ...")
    "ruszyła", "ruszył", "ruszyło", "rusza", "ruszy", "wystartowała", "wystartował", "startuje",
    # ... and the Indonesian word for a claim opening a headline ("Klaim airdrop DNGY dari ...")
    "klaim",
}) | (  # months and weekdays of the other languages ("RAGL wird am 10. Februar übertragbar"),
    # but for "Mars", a name as much as the French March
    frozenset(FOREIGN_MONTHS) - {"mars"} | frozenset(FOREIGN_WEEKDAYS)
)  # fmt: skip
LISTING_VERBS = frozenset({"will list", "will then list", "will subsequently list", "lists",
                           "to list", "will be listed", "add support for",
                           "will add support", "coming to", "trading for", "vai listar", "listará",
                           # Thai: "(Bitkub) opens trading (of the coin) MRSH"
                           "เปิดให้ซื้อขาย", "เปิดซื้อขาย", "เปิดเทรด"})  # fmt: skip
VENUES = frozenset({"launchpad", "launchpool"})  # named by their operator, not the token sold
LABELLED_SALES = frozenset({"ido", "ieo", "igo", "ino"})  # a venue's sale, its guest after ":"
# an exchange's spot platform by its name ("Dyno Spot listings", "comes to Bybit Spot"), not the
# token's spot market ("ACME spot trading opens")
SPOT_MARKET_AFTER = re.compile(r"[\s-]+(?:trading|pairs?|markets?|listing)\b")
# a pair named in a listing phrase: "• KURO/USDT: Apr 16"
PAIR_IN_PHRASE = re.compile(r"(?<![\w/])(\$?[A-Z][A-Z0-9]{1,9})/[A-Z0-9]{2,6}\b")
# ... and a platform called "<Name> Launch" where something runs: "opens on Twister Launch"
VENUE_NAME_REACH = 40
VENUE_NAME_BEFORE = re.compile(r"\b(?:on|via|through) (?:the )?(?:[A-Z][\w.-]* ){1,2}$")
_WORD = re.compile(r"\$?[A-Za-z](?:[\w.-]*\w)?(?:'s|’s)?")
RECIPIENT_AFTER = re.compile(
    r"(?:\s+(?:Labs|Network|Protocol|Foundation|and|&|\$?[A-Z][A-Z0-9]+))*"
    # (... and the product they use: "Sussex vault depositors", "Acme pool LPs")
    r"(?:\s+(?:vault|vaults|pool|pools|staking|node|bridge|wallet|app|lending|dex))?\s+(?:users|holders|"
    r"stakers|restakers|delegators|LPs|liquidity providers|depositors|communit(?:y|ies)|fam"
    r"|members|folks|people|crowd)\b"
    # ... and as Korean, Japanese and Chinese write them, after the symbol's bracket:
    # "고다(GOUDA) 스테이커 대상", "ACME保有者向け", "DUCK 持有者"
    r"|[)）]?\s?(?:스테이커|홀더|보유자|예치자|ステーカー|ホルダー|保有者|持有者|持币者|质押者|質押者)"
    # ... and Turkish: "Sepia'nın SEPA token'ını stake edenlere", "ACME tutanlara"
    r"|(?:'[a-zçğıöşü]+)?\s+(?:token'?[ıi]n[ıi]\s+)?(?:stake\s+edenlere|tutanlara|sahiplerine"
    r"|holder'?lar[ıi]na)"
)
# ... and as the languages that put the holders first write them: "detentores do USDO da
# OpenEden", "titulares de ACME", "détenteurs de ACME", "Inhaber von ACME", "держатели ACME"
RECIPIENT_BEFORE = re.compile(
    r"\b(?:detentores|titulares|poseedores|tenedores|détenteurs|possesseurs|detentori|possessori"
    r"|inhaber|besitzer|держател\w*|posiadacz\w*)\s+"
    r"(?:(?:d[eoa]s?|del|de la|de los|du|di|dei|degli|von|der)\s+)?"
    r"(?:\$?[A-Z][\w$]*\s+(?:d[eoa]s?|del|de la|du|di|von|der)\s+)?\Z",
    re.IGNORECASE,
)
RECIPIENT_BEFORE_REACH = 48
RECIPIENT_BEFORE_WORDS = ("detentor", "titular", "poseedor", "tenedor", "détenteur", "possesseur",
                          "possessor", "inhaber", "besitzer", "держател", "posiadacz")  # fmt: skip


def _recipients(doc: str, folded: str, mention: Mention) -> bool:
    """``mention`` names the holders of the project or its token ("GRNT stakers get 5%",
    "bônus para detentores do USDO da OpenEden")."""
    if RECIPIENT_AFTER.match(doc, mention.end, mention.end + RELATION_REACH) is not None:
        return True
    begin = max(0, mention.start - RECIPIENT_BEFORE_REACH)
    return (
        has_any(folded[begin : mention.start], RECIPIENT_BEFORE_WORDS)
        and RECIPIENT_BEFORE.search(doc, begin, mention.start) is not None
    )


# The subject of a clause that disowns the event ("Acme said it has no role in the drop",
# "Acme is not involved in the sale"): the project is named to set it apart, not as the owner.
DISOWNS_AFTER = re.compile(
    r"\s+(?:itself\s+)?(?:(?:said|says|stated|added|noted|confirmed)\s+(?:that\s+)?it\s+)?"
    r"(?:(?:has|had|have|plays|played|play)\s+no\s+(?:role|part)|(?:is|was|are|were)\s+not\s+"
    r"involved)\s+in\b"
    # ... and as other languages say it: "Espresso selbst ist an dem Start nicht beteiligt",
    # "Succinct не участвует в запуске", "Acme no participa en", "Acme não participa",
    # "Open Eden 本身没有代币活动", "Acme 未参与", "TreasureDAO自体のトークンイベントではない",
    # "Acme는 관여하지 않"
    r"|\s+(?:selbst\s+)?(?:ist|war|sind)\s+(?:[^.;!?\n]{0,30}?\s+)?nicht\s+beteiligt"
    r"|\s+(?:сам[аио]?\s+)?(?:[^.;!?\n]{0,30}?\s+)?не\s+(?:участву|причастн)"
    # ("Sepia dağıtımda yer almıyor", Turkish: takes no part in the distribution)
    r"|\s+(?:[^.;!?\n]{0,30}?\s+)?(?:yer almıyor|yer almayacak|dahil değil|katılmıyor)"
    # ("코다크롬(KCHR) 토큰과는 별개의 프로젝트", Korean: a project apart from the KCHR token)
    r"|[)）]?\s*(?:토큰)?(?:과|와)는?\s*(?:별개|무관|관계\s?없|관련\s?없)"
    r"|\s+(?:(?:en\s+sí|mism[oa]|mesm[oa]|em\s+si)\s+)?(?:no|não|nu)\s+(?:participa|participă"
    r"|est[áa]\s+"
    r"(?:involucrad|envolvid))"
    r"|\s*(?:本身|自身)?\s*(?:没有|並無|并无|无)\s*(?:代币|發幣|发币|代幣)"
    r"|\s*(?:本身|自身)?\s*(?:不参与|未参与|并未参与|沒有參與|没有参与)"
    r"|\s*(?:自体|自身)の?(?:トークン)?(?:イベント|配布|エアドロップ)?では(?:ない|ありません)"
    r"|\s*(?:本体|自体|自身)?とは無関係"  # ("Headlamp本体とは無関係", unrelated to Headlamp itself)
    # ... or, in Chinese, named in a clause saying it is unrelated to the event: "PanelSwap、
    # Lanternfish 等应用的代币计划与本次上线无关" (the token plans of apps such as ... are unrelated
    # to this launch)
    # (the subject of "与 ... 无关", alone or in the list before "等": not "基于 Acme 的游戏
    # 发行的代币与 ACME 无关", where the games' tokens are)
    r"|(?:\s*[、,，]\s*[^、,，。.!?\n]{1,24}?)*\s*(?:等[^。.!?;；\n，,]{0,12}?)?\s*(?:本身|自身)?"
    r"\s*(?:与|和|跟)[^。.!?;；\n，,]{0,16}?(?:无关|無關)"
    r"|\s*(?:は|は、)?\s*(?:[^。.!?\n]{0,20}?)関与して(?:いない|いません|おらず)"
    r"|\s*(?:은|는)?\s*(?:[^.!?\n]{0,20}?)관여하지\s*않"
    # ... or says it issues no token of its own: "Camelot no emite ningún token nuevo", "Rink
    # issues no new token", "RINK has nothing new scheduled"
    r"|\s+(?:no|não)\s+(?:emite|lanza|lanzará|emitirá|lança|lançará)\s+(?:ningún|nenhum)\s+token"
    r"|\s+(?:issues|launches|has|is launching|will launch)\s+no\s+(?:new\s+)?token"
    r"|\s+has\s+nothing\s+new\s+scheduled"
    # ... or that it hands nothing out in the event told: "Succinct is not distributing anything
    # here", "Acme isn't selling any tokens in this round"
    r"|\s+(?:(?:is|was|are|were)\s+not|isn't|wasn't|aren't|weren't)\s+(?:distributing|issuing|"
    r"airdropping|selling|handing\s+out|giving\s+out)\s+(?:anything|any\s+tokens?)\b"
    # ... or that it has no part in it, said of the project or its team: "Byline isn't running
    # this", "Caldera doesn't run this", "the Heidelberg team isn't running it", "Broadsheet isn't
    # a partner in the token", "BYLN isn't involved"
    r"|(?i:(?:'s)?\s+(?:team\s+|labs\s+|foundation\s+)?(?:isn'?t|is not|doesn'?t|does not|wasn'?t"
    r"|was not|aren'?t|are not)\s+(?:running|run|involved|a partner|behind|part of"
    r"|organi[sz]ing|issuing|hosting)\b)"
    # ... or that it hands out none of its token in the event, in other languages: "a OpenEden
    # não distribui EDEN na ação", "Espresso nie rozdaje w ramach tej akcji żadnych ESP",
    # "Acme no distribuye ACME", "Acme ne distribue pas", "Acme verteilt keine"
    r"|\s+(?:não|no)\s+(?:distribui|distribuye|reparte|entrega)\b"
    r"|\s+nie\s+(?:rozdaje|dystrybuuje)\b|\s+ne\s+distribue\b|\s+verteilt\s+keine\b"
)
# what a text holds where DISOWNS_AFTER can match (its gate): words in plain ASCII, and the
# others, looked for only in a text that is not plain ASCII
DISOWN_GATE = (" no role", " no part", " not involved", "nicht beteiligt", "no participa",
               "involucrad", "envolvid", "yer alm", " no new token", " no token",
               "nothing new scheduled", " not distributing", "n't distributing", " not issuing",
               "n't issuing", " not airdropping", "n't airdropping", " not selling", "n't selling",
               " not handing", "n't handing", " not giving", "n't giving", "n't run", " not run",
               "n't involved", "n't a partner", " not a partner", "n't behind", " not behind",
               "n't part of", " not part of", "n't organi", " not organi", "n't hosting",
               " not hosting", "ne distribue", "verteilt keine")  # fmt: skip
DISOWN_GATE_OTHER = (
    "не участву", "не причастн", "não participa", "nu participă", "代币", "代幣", "发币",
    "發幣", "参与", "參與",
    "ではない", "ではありません", "関与して", "无关", "無關", "관여하지", "dahil değil",
    "katılmıyor", "별개", "무관", "관계", "관련", "無関係", "ningún token", "nenhum token",
    "não distribui", "no distribuye", "no reparte", "no entrega", "não entrega", "nie rozdaje",
    "nie dystrybuuje",
)  # fmt: skip
MAX_OWNER_WORDS = 5  # words looked at before an event phrase
# Verbs whose subject opens the sentence right before them owns the event phrase they take
SUBJECT_VERBS = frozenset({
    "opens", "launches", "starts", "begins", "sets", "schedules", "unveils", "announces",
    "confirms", "debuts", "open", "launch", "start", "begin", "set", "schedule", "unveil",
    "announce", "confirm", "debut",
})  # fmt: skip
VERB_ADVERBS = frozenset({"", "will", "also", "now", "officially", "to", "will officially"})
JOINERS = " \t:-"  # what may separate an owner from the words after it (not a line break)
# "their" is as often the holders as the project; the possessives of the other languages of the
# press ("Son jeton MOUL sera lancé", "su token", "seu token", "seinen Token") are "its" too
PRONOUNS = frozenset({"its", "son", "sa", "su", "seu", "sua", "sein", "seinen", "seine", "suo"})
# Articles in any case open it ("The", "THE" are no name words): case must not decide
# where a name starts.
_SUBJECT = re.compile(
    # (the word "token" or an event word before the name is no part of it, in any case: "the
    # token ACME opens its claim", "the TOKEN ACME ...", "AIRDROP ACME opens its claim")
    r"\s*(?:(?i:the|a|an)\s+)*(?:(?i:token|airdrop|claims?|sale|tge|launch|listing)\s+(?=[$A-Z]))?"
    r"(?!(?i:the|a|an)\b)"
    r"(\$?[A-Z][\w.-]*(?:\s+(?!(?i:the|a|an)\b)[A-Z][\w.-]*){0,2})"
)
# The token named after an event phrase that nothing before names an owner: "sale of ACME",
# and as other languages write it, "la venta pública de RIST", "la vente de son jeton RIST",
# "mở bán token FORGE" (a preposition, an article or possessive, the word "token")
# After a Thai phrase (no spaces), the token it names, with or without the word coin or token:
# "เปิดให้ซื้อขายเหรียญ MRSH" (opens trading of the coin MRSH), "เปิดซื้อขาย MRSH"
_THAI_COIN_BEFORE = r"(?<=[\u0e00-\u0e7f])\s*(?:(?:เหรียญ|โทเค็น|โทเคน)\s*)?"
_OWNER_AFTER = re.compile(
    r"(?:" + _THAI_COIN_BEFORE
    + r"|\s+(?:(?:for|of|de|del|da|do|du|des|di|von|für|pour|para|của)\s+"
    r"(?:(?:the|its|their|la|el|le|les|los|las|o|a|su|sus|seu|sua|son|sa|ses|seines|seinen"
    r"|ihres)\s+)?"
    r"(?:(?:token|tokens|jeton|jetons|токенов|токена)\s+)?"
    # ... or the token named as the verb's object: "peuvent réclamer le token BTM"
    r"|(?:(?:le|la|el|o|il|the|its|son|su|seu)\s+)?(?:token|jeton|токен)\s+))"
    r"(\$?[A-Z][\w-]*)"
)
# the token an event verb takes as its object, when nothing before the verb names an owner
# ("Brindle will airdrop its BRN token", "to airdrop $BRN on Friday")
# (a cashtag, or a symbol the word "token" follows, in any case: the case of other words names
# no one)
_OBJECT_AFTER = re.compile(
    r"\s+(?:(?:its|their)\s+)?(\$[A-Z][A-Z0-9]{1,9}\b(?!['’])|[A-Z][A-Z0-9]{1,9}(?=\s+(?i:tokens?|to)\b))"
)
_SYMBOL = re.compile(r"\$?(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])[A-Z][A-Z0-9]{1,9}")  # 2+ letters
# The symbol naming the token of a phrase that ends in the word token: "launches its token
# POND", "lanzará su token POND", "startet seinen Token (POND)"
# (... in the press's words for it too: "откроет переводы токена TATU", "sprzedaż tokena ROBO",
# "la vente du jeton ACME")
# (and Arabic "تطلق رمز ARC", launches the token ARC)
TOKEN_WORD_ENDS = ("token", "jeton", "токена", "токен", "tokena", "tokenu", "رمز", "رمزها")
_TOKEN_NAMED = re.compile(
    r"\s+\(?(\$?(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])[A-Z][A-Z0-9]{1,9})\b(?!['’])"
)


def _token_named_after(doc: str, start: int, end: int) -> re.Match[str] | None:
    """The symbol right after a phrase at ``start:end`` ending in the word token ("launches its
    token POND", "выпустит токен KRYA"): its match (group 1), else ``None``."""
    if not doc[start:end].lower().endswith(TOKEN_WORD_ENDS):
        return None
    return _TOKEN_NAMED.match(doc, end)
# A calendar row's label before the project that opens the row: "Wed: Arcwell public sale",
# "March 20 — Arcwell TGE", "3/20 | Arcwell claims"
_ROW_LABEL = re.compile(
    r"(?:^|[.!?;\n]\s*)(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday"
    r"|urday|sday)?\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}"
    r"|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\d{1,2}/\d{1,2})"
    r"\s*(?::|—|–|\|)\s*\Z"
)
# a symbol written against an event word of a language without spaces, or joined to it by a
# possessive particle (の, 的)
_CJK_ATTACHED = re.compile(
    r"(?<![A-Za-z0-9])(\$?(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])[A-Z][A-Z0-9]{1,9})[の的]?\Z"
    # ... or in brackets after the name it abbreviates: "노바(NOVA) 퍼블릭 세일"
    r"|[（(](\$?[A-Z][A-Z0-9]{1,9})[)）] ?[の的의]? ?\Z"
    # ... or joined by the word token: "TSR 代币公开发售", "EMBトークンのTGE"
    r"|(?<![A-Za-z0-9])(\$?[A-Z][A-Z0-9]{1,9}) ?(?:代币|代幣|トークン|토큰) ?[の的의]? ?\Z"
)
# The subject of a Korean or Japanese sentence, a symbol in brackets marked by its particle:
# "슈트룹(STRP)이 3월 3일 클레임을 오픈합니다", "ストループ(STRP)は3月3日に請求を開始"
_CJK_SUBJECT = re.compile(r"[（(](\$?[A-Z][A-Z0-9]{1,9})[)）](?:이|가|은|는|が|は)\s?")
# the venue before a Chinese event phrase: "在 Forge 公开销售 EMBL" (a sale of EMBL at Forge)
_CJK_VENUE = re.compile(r"[在于於]\s?\Z")
# ... named with what it is ("在启动平台 Forge 上进行 ..."), the event or "上" (on) after it
_CJK_VENUE_BEFORE = re.compile(r"[在于於]\s?(?:启动平台|啟動平台|平台|交易所)?\s?\Z")
_CJK_VENUE_AFTER = re.compile(
    r"\s?(?:上|平台)?\s?(?:进行|進行|开启|開啟|举行|舉行|公开|公開|上线|上線|首发|首發|发售|發售"
    r"|销售|銷售|公募|预售|預售|开放|開放)"
)
_CJK_SENTENCE_END = re.compile(r"[.!?。！？\n][^.!?。！？\n]*\Z")
# A base symbol glued to its quote asset, as exchanges name contracts ("ACMEUSDT").
GLUED_PAIR = re.compile(r"[A-Z0-9]{2,10}(?:USDT|USDC|USD|FDUSD|BTC|ETH|KRW|TRY|EUR)(?:-?PERP)?")
MAX_UPPER_SHARE = 0.5  # in texts mostly in capitals ("ACME KEY AIRDROP") case names no one
# Relation phrases by which an item sets itself apart from a project: the project named is not
# the one whose event the item reports ("Quillswap says it is unrelated to Quill, launches ...").
DISAVOWALS = frozenset({
    "unrelated to", "not related to", "no relation to", "not affiliated with",
    "not affiliated to", "not associated with", "not to be confused with", "no link to",
    "no links to", "no link with", "no ties to", "no ties with", "no connection to",
    "no connection with", "not connected to", "not connected with", "not linked to",
    "nothing to do with", "no relationship with", "no relationship to", "no affiliation with",
    "no affiliation to", "no relation with", "not related with", "in no way connected with",
    "in no way connected to", "in no way related to", "(not",
    # ... in French, Spanish, Portuguese, Italian: "Rien à voir avec MAGIC"
    "rien à voir avec", "nada que ver con", "nada a ver com", "niente a che fare con",
})  # fmt: skip
NAME_GOES_ON = re.compile(r"[ \t]+[A-Z0-9]")  # "Quill Pens": a longer name, another sense
SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|\|\|\s*)$")  # a clause after ";" opens too
# The name opening a sentence whose apposition ends right before the event phrase: "Bolt, a
# game built on Acme, launches BOLT" (the event is Bolt's; the apposition only describes it).
_APPOSED_NAME = r"(\$?[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})"
_BRACKETED = r" [(（](\$?[A-Z][A-Z0-9]{1,9})[)）]"  # its symbol in brackets: "Trivetta (TRVT)"
_APPOSITION = (
    r", "
    # ... or a relation: "Isobar, incubated by Acme Labs, launches ISO"
    r"(?:(?:a|an|the)\b|(?:incubated|backed|built|developed|funded|founded|powered|supported"
    r"|spun (?:out|off)) (?:by|on|out of|from|with|at)\b)[^,.;!?\n]{0,100}, "
    r"(?:(?:will|now|also|officially|is set to|plans to) )?"
    # a present-tense verb before the event: "Bolt, a rival to Acme, sets its public sale",
    # "..., schedules token launch", "... schedules its own token sale"; "is" or "are" ("...,
    # is airdropping BOLT"); a reporting verb ("..., said its next sale opens May 2")
    r"(?:(?:[a-z]{2,}s|is|are|said|announced|confirmed) "
    r"(?:(?:its|their) (?:own |next |first |new |upcoming )?|an? |the )?)?"
)
_APPOSED_SUBJECT = re.compile(_APPOSED_NAME + f"(?:{_BRACKETED})?" + _APPOSITION)
# ... a name given with its symbol anywhere in the sentence: "Next on Acme Launchpad: Trivetta
# (TRVT), an options vault on Orbit, sells 4% of its supply here"
_APPOSED_GUEST = re.compile(_APPOSED_NAME + _BRACKETED + _APPOSITION + "$")


# Exchange programs that hand out another token to the holders of the tokens staked or held
# ("Launchpool: stake BNB or $ACME to farm WAKE", "farm the new WAKE token"): the token handed
# out owns the phrase.
PROGRAMS = ("hodler airdrop", "launchpool", "launch pool", "megadrop", "新币挖矿", "新幣挖礦")
PROGRAM_REACH = 90
PROGRAM_TOKEN = re.compile(
    r"[^.!?\n。]{0,80}?(?:\b(?i:farm|get|receive|earn"
    # ... in other languages: "stake DUCK untuk mendapatkan KIWI", "para obtener", "获得 MEOW"
    r"|mendapatkan|memperoleh|obtener|ganar|recibir|ganhar|receber|gagner|recevoir|erhalten)"
    r"\s+(?i:(?:the|a|its|el|o|le|den)\s+)?(?i:new\s+)?"
    # ... named with its symbol in brackets: "to farm Grindstone (GRND)"
    r"(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)? [(（])?|(?:获得|获取|赚取)\s*)"
    r"(\$?(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])[A-Z][A-Z0-9]{1,9})\b"
    # ... or before the verb, as Japanese and Korean write it: "WHEYをステーキングしてNOVAを獲得",
    # "DUCK 스테이킹하고 NOVA 획득"
    r"|[^.!?\n。]{0,80}?(?<![A-Za-z0-9$])(\$?(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])[A-Z][A-Z0-9]{1,9})"
    r"\s*(?:を獲得|を受け取|を入手|(?:을|를)?\s?(?:획득|받))"
)
# The name a relative clause ending right before the event phrase refers to: "Rigline, which
# will airdrop RIG" (the event is Rigline's, whoever is named before it).
RELATIVE_REACH = 40
_RELATIVE_SUBJECT = re.compile(
    r"(\$?[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}), (?:which|who|that) "
    r"(?:(?:will|now|also|officially|is set to|plans to|is going to|is about to) )?$"
)
RELATIVE_WORDS = NOT_NAMES | {"which", "who", "that"}


@dataclass(slots=True)
class Ownership:
    """Owners of the item's event phrases and its context mentions.

    - ``owners``: ``(start, end, owner)`` per event phrase with an owner; ``owner`` is a
      company index, or -1 for a project that is not watched.
    - ``foreign_names``: what the -1 owners were called (for the reasons).
    - ``context``: start offsets of mentions governed by a relation phrase, with the phrase.
    """

    owners: list[tuple[int, int, int]] = field(default_factory=list)
    # starts of mentions owning a tge, airdrop or sale phrase
    owner_mentions: set[int] = field(default_factory=set)
    foreign_names: list[str] = field(default_factory=list)
    context: dict[int, str] = field(default_factory=dict)
    # starts of context mentions that a disavowal governs and that name the watched project
    # itself, not a longer name starting with it ("unrelated to Quill", not "... Quill Pens")
    disowned: set[int] = field(default_factory=set)

    def add(self, start: int, end: int, owner: int, name: str) -> None:
        """The phrase at ``start:end`` is ``owner``'s (-1: a project not watched, ``name``)."""
        self.owners.append((start, end, owner))
        if owner == -1:
            self.foreign_names.append(name)

    def drop_owned(self, company: int, begin: int, end: int) -> None:
        """Forget ``company``'s ownership of the phrases starting in ``begin:end`` (its event
        word inside a clause that disowns it or uses it as a point in time)."""
        self.owners = [
            (s, e, o) for s, e, o in self.owners if not (o == company and begin <= s < end)
        ]

    def context_unless_owning(self, mentions: list[Mention], why: str) -> None:
        """Each of ``mentions`` is context (``why``), unless its project owns an event phrase."""
        owning = {owner for _, _, owner in self.owners}
        for mention in mentions:
            if mention.company not in owning:
                self.context.setdefault(mention.start, why)

    def owns(self, company: int, limit: int | None = None) -> bool:
        """``company`` owns an event phrase (one starting before ``limit``, when given)."""
        return any(
            owner == company and (limit is None or start < limit)
            for start, _, owner in self.owners
        )

    def lead_is_anothers(self, company: int, start: int, end: int) -> bool:
        """The phrase at ``start:end`` (the lead event's) has an owner, and not ``company``."""
        found = [owner for s, e, owner in self.owners if s < end and start < e]
        return bool(found) and company not in found

    def other_in(self, company: int, limit: int) -> bool:
        """Another watched project owns a phrase starting before ``limit``."""
        return any(owner not in (-1, company) and start < limit for start, _, owner in self.owners)

    def foreign_in(self, limit: int, begin: int = 0) -> bool:
        """An event phrase starting in ``begin:limit`` belongs to a project not watched."""
        return any(owner == -1 and begin <= start < limit for start, _, owner in self.owners)


def _mention_at(mentions: list[Mention], start: int, end: int) -> Mention | None:
    for m in mentions:
        if m.start < end and start < m.end:
            return m
    return None


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


HOSTED_APP_REACH = 40
HOSTED_APP_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([A-Z][\w.-]*) on \Z")


def _owner_of(
    doc: str,
    start: int,
    end: int,
    listing: bool,
    scan: Scan,
    common: frozenset[str],
    skip: list[tuple[int, int]],
    shouting: Callable[[], bool],
) -> tuple[int, int, str] | None:
    """``(company or -1, span start, name)`` of the owner of the phrase at ``start:end``."""
    # start, end, word, opens its sentence, is the subject an "its" refers to
    candidates: list[tuple[int, int, str, bool, bool]] = []
    found = _word_before(doc, start, scan.mentions, brackets=not listing)
    if found is not None and doc.endswith(" on ", 0, found[0]):
        # the chain a named app runs on, right before the verb: "Quackswap on DuckChain airdrops
        # QUAK" (Quackswap's drop, not the chain's)
        app = HOSTED_APP_BEFORE.search(doc, max(0, found[0] - HOSTED_APP_REACH), found[0])
        if app is not None and app.group(1).lower() not in NOT_NAMES:
            found = (app.start(1), app.end(1), app.group(1), False, False)
    if found is None and doc.startswith(", ", start - 2):
        found = _apposed_subject(doc, start)
    elif found is None and ", " in doc[max(0, start - OWNER_LOOKBACK) : start]:
        found = _apposed_subject(doc, start)  # "Bolt, a rival to Acme, sets its sale"
    elif (
        found is not None
        and found[2].islower()
        and found[2] not in RELATIVE_WORDS
        and _mention_at(scan.mentions, found[0], found[1]) is None
        and ", " in doc[max(0, start - OWNER_LOOKBACK) : start]
    ):
        found = _apposed_subject(doc, start) or found  # "..., sets token launch"
    elif (
        found is not None
        and (found[2].lower() in RELATIVE_WORDS or found[2][:1].islower())
        and ", " in doc[:start]
    ):
        # "Bolt, a rollup, will launch", "Bolt, which will airdrop BOLT": Bolt's event
        found = _apposed_subject(doc, start) or _relative_subject(doc, start) or found
    if found is not None and found[2] in SUBJECT_VERBS:
        # "Kinora opens Season 2 claims": the name right before the verb, opening the
        # sentence, is its subject
        verb = found[0]
        opening = _sentence_opening(doc, verb)
        named = _SUBJECT.match(doc, opening, verb)
        if (
            named is not None
            and doc[named.end(1) : verb].strip() in VERB_ADVERBS
            and not _past_watched_name(scan.mentions, named.start(1), named.end(1))
        ):
            found = (named.start(1), named.end(1), named.group(1).split()[0], True, True)
        else:  # ... and so is a watched name right before it: "token ACME opens claims",
            # "ACME token opens claims"
            right_before = [
                m for m in scan.mentions
                if opening <= m.start <= m.end <= verb
                and _before_verb(doc[m.end : verb])
            ]  # fmt: skip
            if right_before:
                m = right_before[-1]
                found = (m.start, m.end, doc[m.start : m.end], False, True)
    if found is not None:
        candidates.append(found)
    # "will airdrop its BRN token"; and after a subject that names no project it can
    # confirm ("Proof of Play launches BRN token": the symbol it launches is the owner)
    obj = _OBJECT_AFTER.match(doc, end, min(len(doc), end + OWNER_LOOKAHEAD))
    if obj is not None and _SYMBOL.fullmatch(obj.group(1)):
        candidates.append((obj.start(1), obj.end(1), obj.group(1), False, False))
    elif (named := _token_named_after(doc, start, end)) is not None:
        token = (named.start(1), named.end(1), named.group(1), False, False)
        if (
            candidates
            and _mention_at(scan.mentions, candidates[0][0], candidates[0][1]) is not None
            and _mention_at(scan.mentions, named.start(1), named.end(1)) is None
            and named.group(1).lstrip("$") not in common
        ):
            # the token named is no watched one: its owner, not the watched name before the
            # verb ("«Крякквест» на DuckChain выпустит токен KRYA")
            candidates.insert(0, token)
        else:
            candidates.append(token)
    if all((c[2][:1].islower() or c[2].lower() in NOT_NAMES)
           and _mention_at(scan.mentions, c[0], c[1]) is None
           for c in candidates):  # fmt: skip
        # (an article opening the sentence names no one either: "Los claims de GNDL abren")
        # nothing before the phrase can name an owner (no word, or a verb: "abre la venta
        # pública de RIST"): the token after it may ("sale of ACME", "mở bán token FORGE")
        after = _OWNER_AFTER.match(doc, end, min(len(doc), end + OWNER_LOOKAHEAD))
        if after is not None and RECIPIENT_AFTER.match(doc, after.end(1)) is None:
            # (not the recipients: "claims for Sussex vault depositors")
            candidates = [(after.start(1), after.end(1), after.group(1), False, False)]
    for s, e, word, initial, subject in candidates:
        mention = _mention_at(scan.mentions, s, e)
        if mention is not None:
            return mention.company, mention.start, word
        if shouting():
            return None
        bare = word.lstrip("$")
        possessive = bare.endswith(("'s", "’s"))
        bare = bare[:-2] if possessive else bare
        if (
            possessive
            and bare
            and (bare.lower() in NOT_NAMES or _overlaps(skip, s, e))
            and (follows := _POSSESSED_SYMBOL.match(doc, e)) is not None
            and follows.group(1) not in common
        ):
            # "Sorrel Protocol's SORL sale": the symbol a generic word of a name possesses
            mention = _mention_at(scan.mentions, follows.start(1), follows.end(1))
            if mention is not None:
                return mention.company, mention.start, follows.group(1)
            return -1, follows.start(1), follows.group(1)
        if not bare or bare.lower() in NOT_NAMES:
            continue  # a verb or function word: the object after the phrase may name it
        if bare.upper() in common:
            return None
        if _overlaps(skip, s, e):
            return None  # an exchange or chain named in the crypto vocabulary
        symbol = _SYMBOL.fullmatch(word) is not None
        if listing and not symbol:
            return None
        if symbol and GLUED_PAIR.fullmatch(bare):
            return None  # "ACMEUSDT perpetual": a contract on a pair, not another project
        if symbol:
            return -1, s, bare
        if not bare[0].isupper():
            return None
        if possessive and (follows := _POSSESSED_SYMBOL.match(doc, e)) is not None:
            return -1, follows.start(1), follows.group(1)  # "Pixelvale's PXV auction": PXV's
        if possessive or subject or _after_article(doc, s) or _after_compound(doc, s):
            return -1, s, bare
        if _ROW_LABEL.search(doc, max(0, s - 24), s):  # "Wed: Arcwell public sale"
            return -1, s, bare
        if initial and doc.lower().count(bare.lower()) > 1:  # opens a sentence and recurs
            return -1, s, bare
    return None


_POSSESSED_SYMBOL = re.compile(r" \$?([A-Z][A-Z0-9]{1,9})\b(?!['’])")


def _past_watched_name(mentions: list[Mention], start: int, end: int) -> bool:
    """A run of capitalised words that opens with a watched name and goes on past it ("ACME
    GUIDE", "Acme Guide"): what follows the name is a word of any case, and case must not make
    it part of a subject ("ACME guide opens" names none)."""
    return any(m.start == start and m.end < end for m in mentions)


def _before_verb(between: str) -> bool:
    """What stands between a watched name and the verb it is the subject of: nothing, an
    adverb, or the word "token" ("ACME token opens claims", "ACME TO open"; in any case)."""
    between = between.strip()
    token = _TOKEN_WORD.match(between)
    return (between[token.end() :] if token is not None else between).lower() in VERB_ADVERBS


_TOKEN_WORD = re.compile(r"(?i:tokens?)\b\s*")


# a symbol and, in brackets, the name it abbreviates, right before an event phrase and its
# modifiers: "$QUAIL (Quail Network) token sale", "WREN (Wren Markets) public sale"
_SYMBOL_THEN_NAME = re.compile(
    r"(\$?[A-Z][A-Z0-9]{1,9}) \([A-Z][^()\n]{0,40}\) (?:(?:public|token|community) )*\Z"
)


def _word_before(
    doc: str, start: int, mentions: list[Mention], brackets: bool = False
) -> tuple[int, int, str, bool, bool] | None:
    """The word that names the owner of an event phrase starting at ``start``, walking back
    over modifiers ("LUM public token sale") on the same line; with ``brackets``, a symbol in
    brackets too ("the Kovo (KOVO) public sale"; not an exchange's "A (A), B (B) listing")."""
    floor = max(0, start - OWNER_LOOKBACK)
    if start and not doc[start].isascii():
        attached = _CJK_ATTACHED.search(doc, floor, start)
        if attached is not None:  # "ESPエアドロップ", "ESP的空投", "ESPのエアドロップ"
            group = next(g for g in (1, 2, 3) if attached.group(g))
            return attached.start(group), attached.end(group), attached.group(group), False, False
        end = _CJK_SENTENCE_END.search(doc, 0, start)
        subjects = list(_CJK_SUBJECT.finditer(doc, end.start() if end else 0, start))
        if subjects:  # the sentence's subject owns its event: "슈트룹(STRP)이 ... 클레임"
            last = subjects[-1]
            return last.start(1), last.end(1), last.group(1), False, False
    if brackets and doc.endswith(") ", 0, start):
        bracketed = _SYMBOL_THEN_NAME.search(doc, floor, start)
        if bracketed is not None:  # "$QUAIL (Quail Network) token sale": the symbol
            return bracketed.start(1), bracketed.end(1), bracketed.group(1), False, False
    cursor = start
    words: list[tuple[int, int, str]] = []  # nearest first
    owner_at = -1  # index of the first word that is no modifier: the loop below returns there
    for token in reversed(doc[floor:start].split(" ")):
        token_start = cursor - len(token)
        cursor = token_start - 1
        core = token.strip(JOINERS)
        if not core:
            continue
        if token_start == floor and floor and doc[floor - 1].isalnum():
            break  # cut at the window's edge
        offset = token_start + token.index(core)
        line_start = "\n" in core
        if line_start:  # the owner may open the line, but not come from the line before
            cut = core.rindex("\n") + 1
            core, offset = core[cut:].strip(JOINERS), offset + cut
            offset += len(doc[offset:]) - len(doc[offset:].lstrip(JOINERS))
            if not core:
                break
        if "/" in core:  # "ESP/TRY spot pairs": the base, not the quote
            core = core.split("/", 1)[0]
        if (
            brackets
            and core.startswith("(")
            and core.endswith(")")
            and _SYMBOL.fullmatch(core[1:-1])
        ):
            core, offset = core[1:-1], offset + 1  # "the Kovo (KOVO) public sale": the symbol
        if _WORD.fullmatch(core) is None and not (core.isdigit() and len(core) <= 2):
            # punctuation or a line break: the owner would be in another clause (a season's
            # number is read on: "opens KNR Season 2 claims")
            break
        words.append((offset, offset + len(core), core))
        if line_start or len(words) > MAX_OWNER_WORDS:
            break
        if owner_at < 0:
            bare = core.lower().removesuffix("'s").removesuffix("’s")
            if not (bare in MODIFIERS or bare.isdigit()):
                owner_at = len(words) - 1
        if 0 <= owner_at < len(words) - 1:
            break  # the word after the owner is read too ("Camelot's LP rewards"), no further
    for i, (ws, we, word) in enumerate(words):
        bare = word.lower().removesuffix("'s").removesuffix("’s")
        if bare in MODIFIERS or bare.isdigit():
            continue
        if bare in PRONOUNS:  # "Eden Network sets its TGE": the sentence's subject
            named = _sentence_subject(doc, ws)
            if named is None:
                return None
            # a capital that only opens the sentence is no name ("Price open its token" has no
            # owner, whatever its case): a one-word subject must be a cashtag or a watched name
            start_at, end_at, first = named
            if not (
                first.startswith("$")
                or " " in doc[start_at:end_at]  # "Eden Network sets its TGE"
                or _mention_at(mentions, start_at, end_at) is not None
            ):
                return None
            return start_at, end_at, first, True, True
        if i + 1 < len(words) and words[i + 1][2].endswith(("'s", "’s")):
            ws, we, word = words[i + 1]  # "Camelot's LP rewards": the possessor owns them
        if not doc[start].isascii() and _CJK_VENUE.search(doc, max(0, ws - 3), ws):
            return None  # "在 Forge 公开销售 EMBL": the venue, not the owner
        opening = SENTENCE_START.search(doc, max(0, ws - 4), ws)
        return ws, we, word, opening is not None, False
    return None


# only determiners between a capitalised opener and "its": no verb, so no subject ("Open its")
_NO_VERB = re.compile(r"(?:\s+(?:the|a|an|its|their|our|this|that))*\s*", re.IGNORECASE)


def _sentence_opening(doc: str, at: int) -> int:
    """Where the sentence holding offset ``at`` opens (after ". " or a line break)."""
    stop = doc.rfind(". ", 0, at)
    return max(stop + 2 if stop >= 0 else 0, doc.rfind("\n", 0, at) + 1)


def _sentence_subject(doc: str, at: int) -> tuple[int, int, str] | None:
    """The capitalised name opening the sentence that holds offset ``at``."""
    opening = _sentence_opening(doc, at)
    found = _SUBJECT.match(doc, opening, at)
    if found is None or _NO_VERB.fullmatch(doc, found.end(1), at):
        return None  # "Open its airdrop": no verb between, so an imperative, not a subject
    return found.start(1), found.end(1), found.group(1).split()[0]


def _apposed_subject(doc: str, at: int) -> tuple[int, int, str, bool, bool] | None:
    """The name opening the sentence when an apposition after it ends right before ``at``."""
    opening = _sentence_opening(doc, at)
    found = _APPOSED_SUBJECT.fullmatch(doc, opening, at)
    if found is None and ("(" in doc[opening:at] or "（" in doc[opening:at]):
        guest = _APPOSED_GUEST.search(doc, opening, at)
        if guest is not None:  # (its symbol names it)
            return guest.start(2), guest.end(2), guest.group(2), True, True
    if found is None:
        return None
    return found.start(1), found.end(1), found.group(1).split()[0], True, True


# the token a listing verb takes as its object, said to be one: "lists PAL token", "will list
# its own BRIM token", "lists its PAL"
# a listing label and the token it introduces, its symbol in brackets: "신규 상장: 코라(KORA)"
LISTING_LABEL_GUEST = re.compile(r"\s*[:：]\s*[^\s(（:]{1,24}\s*[（(](\$?[A-Z][A-Z0-9]{1,9})[)）]")
LISTED_TOKEN = re.compile(
    r"\s+(?:(?:its|their)\s+(?:own\s+|new\s+)?(\$?[A-Z][A-Z0-9]{1,9})\b(?!['’])"
    r"|(\$?[A-Z][A-Z0-9]{1,9})\s+tokens?\b"
    # ... or a project's symbol: "lists Murkwood's MURK", "will list MURK, the token of ..."
    r"|[A-Z][\w.-]*(?:'s|’s)\s+(\$?[A-Z][A-Z0-9]{1,9})\b(?!['’])"
    r"|(\$?[A-Z][A-Z0-9]{1,9}),\s+(?:the|a)\s+(?:\w+\s+)?token\s+of\b"
    # ... in Portuguese and Spanish: "vai listar o SBUK, token da Sawbuck", "listará MIMO, el
    # token de ..."
    r"|(?:(?:o|a|el|la)\s+)?(\$?[A-Z][A-Z0-9]{1,9}),\s+(?:(?:o|el)\s+)?token\s+(?:de|da|do|del)\b)"
    # ... or after a Thai verb: "เปิดซื้อขาย(เหรียญ) MRSH"
    r"|" + _THAI_COIN_BEFORE + r"(\$?[A-Z][A-Z0-9]{1,9})\b(?!['’])"
)


def _symbol_owner(
    scan: Scan, common: frozenset[str], s: int, e: int, word: str
) -> tuple[int, int, str] | None:
    """``(company or -1, start, symbol)`` for the symbol ``word`` at ``s:e``: the watched
    project it names, else another project's token, unless it is a common symbol, a function
    word or a contract on a pair."""
    mention = _mention_at(scan.mentions, s, e)
    if mention is not None:
        return mention.company, mention.start, word
    bare = word.lstrip("$")
    if bare in common or bare.lower() in NOT_NAMES or GLUED_PAIR.fullmatch(bare):
        return None
    return -1, s, bare


def _listed_token(
    doc: str, end: int, scan: Scan, common: frozenset[str]
) -> tuple[int, int, str] | None:
    """``(company or -1, start, symbol)`` of the token a listing verb ending at ``end`` lists,
    when the text says it is a token."""
    found = LISTED_TOKEN.match(doc, end)
    if found is None:
        return None
    group = next(g for g in (1, 2, 3, 4, 5, 6) if found.group(g))
    s, e, word = found.start(group), found.end(group), found.group(group)
    return _symbol_owner(scan, common, s, e, word)


def _program_token(
    doc: str, end: int, scan: Scan, common: frozenset[str]
) -> tuple[int, int, str] | None:
    """``(company or -1, start, symbol)`` of the token an exchange program hands out: the
    symbol after "farm", "get", "receive" in the program's sentence."""
    found = PROGRAM_TOKEN.match(doc, end, end + PROGRAM_REACH)
    if found is None:
        return None
    group = 1 if found.group(1) else 2
    s, e, word = found.start(group), found.end(group), found.group(group)
    return _symbol_owner(scan, common, s, e, word)


# ... or the token the program adds or is for, named right after it: "Bybit Launchpool adds
# ORBT", "a Launchpool for Novaline's NOVA token", "Launchpool for Orbitra (ORBT)"
PROGRAM_GUEST = re.compile(
    r"\s+(?:adds|for|lists|welcomes|features)\s+(?:[A-Z][\w.-]*(?:'s|’s)?\s+)?\(?"
    r"(\$?[A-Z][A-Z0-9]{1,9})\b(?!['’])"
)


def _program_guest(
    doc: str, end: int, scan: Scan, common: frozenset[str]
) -> tuple[int, int, str] | None:
    """``(company or -1, start, symbol)`` of the token a launchpool or launchpad post names as
    the one it adds or is for."""
    found = PROGRAM_GUEST.match(doc, end)
    if found is None:
        return None
    s, e, word = found.start(1), found.end(1), found.group(1)
    return _symbol_owner(scan, common, s, e, word)


# A launchpad's house style: the venue, then the project whose sale it hosts with its symbol
# ("Next on Acme Launchpad: Brindle (BRN) opens its public sale ..."): the project named after
# the venue owns the sale, not the venue's operator.
VENUE_GUEST = re.compile(
    # (a round's label may come first: "Camelot Launchpad round 14: Sparrowhawk (SPHK)")
    r"[ \t]*(?:(?:[Rr]ound|[Bb]atch|[Nn]o\.|#)[ \t]*#?\d{1,3}\b)?"
    # ... or a word introducing the guest: "Quickdraw Launchpad, next up: Piton (PITN)",
    # "Miter Launchpad 🔨 Next sale: Quarry Labs (QRY)"
    r"(?:,?[ \t]*(?:[^\w\s(]{1,3}[ \t]*)?(?:[Nn]ext up|[Uu]p next"
    r"|[Nn]ext (?:sale|round|IDO|ido|launch|project|drop)|[Nn]ext|[Pp]resents|[Ww]elcomes"
    r"|[Ff]eaturing|[Ii]ntroducing)\b)?"
    r"[ \t]*(?:[:|>\-–—]|[^\w\s(]{1,3})?[ \t]*"
    # ... or the first row of its line-up below it: "June on Acme Launchpad 🏺\n• Ferrox (FRX)"
    r"(?:\n[ \t]*[•·*\-–—][ \t]*)?"
    r"(?:(?:\$?[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}) "
    r"(?:\((\$?[A-Z][A-Z0-9]{1,9})\)"
    # ... or the guest selling its token by name: "Camelot-Launchpad: Plank Finance verkauft
    # PLNK ab 10. November", "Acme Pad: Gallopa sells GLP on Thursday"
    r"|(?:verkauft|sells|vende|vend|satıyor|продаёт|продает)[ \t]+(\$?[A-Z][A-Z0-9]{1,9})\b)"
    r"|(@\w{2,15}))"  # ... or its handle: "Caboose Launchpad #9: @gaugeprotocol"
)


# A venue's header naming the guest it hosts, alone on the post's first line: "Helter Skelter
# (HSKL) on Hoopla 🌀", "FRGE/USDT on Smithy", or introduced by the venue: "New on Turnbuckle:
# Fennelgate (FNGT), a data-availability layer." The event phrases below it that name no owner
# are the guest's, and the venue named there is where they run.
_HEADER_GUEST = (
    r"(?P<guest>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2} [(（](?P<sym>\$?[A-Z][A-Z0-9]{1,9})[)）]"
    r"|(?P<pair>\$?[A-Z][A-Z0-9]{1,9})/[A-Z0-9]{2,6})"
)
_HEADER_VENUE = r"(?P<venue>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})"
# (the guest may be its symbol alone before a dot: "TYRE · Chariot"; the venue "the block", with
# an emoji and a line about the guest after it: "Burl (BURL) on the block 🌰 Lending markets ...")
GUEST_HEADER = re.compile(
    r"\A\s*(?:" + _HEADER_GUEST + r"[ \t]+(?:(?:lands|arrives|comes|debuts|launches|goes live"
    r"|is live|is coming)[ \t]+)?(?:on|at|auf|sur|en|em|na|su|op)[ \t]+(?:the[ \t]+)?"
    r"|(?P<bare>\$?[A-Z][A-Z0-9]{1,9})[ \t]+[·|][ \t]+)"
    r"(?:" + _HEADER_VENUE + r"|block|deck)"
    r"(?:[^\w\n.!?]{0,8}|[ \t]*[^\w\s(（]{1,4}[ \t]+[^\n]{0,120})\n"
)
GUEST_LEAD = re.compile(
    # (the venue may be "the block"; an emoji may stand for the colon or end the line: "New on
    # Lumberyard 🪵 Grader (GRDR)", "Next on the block: Lumberyard (LYRD) 🪵")
    # (... "On the Pad next: Speck (SPEK)", "Saltbox Launch: Glimmerfen (GLMF)")
    r"\A\s*(?:(?:(?:New|Next|Now|Coming|Live|Soon) on|On) (?:the )?"
    r"(?:" + _HEADER_VENUE + r"|block|deck|[Pp]ad)(?: next| now| soon)?"
    r"|" + _HEADER_VENUE.replace("venue", "host") + r" (?:Launch|Launchpad|Round|Sale|Drop)"
    # (... or any short label of the venue's own: "Also queued for May: Tamarind (TMRD), a ...")
    r"|[A-Z][^\n:]{0,40}(?=:))"
    r"[ \t]*(?:[:—–-]|[^\w\s(（]{1,4})[ \t]*"
    + _HEADER_GUEST + r"(?:,[^\n]{0,80})?[^\w\n]{0,8}\n"
)
# ... or a card: the venue's line, then the guest alone on the next ("New on Mustad 🧲\nPaddock
# (PDK) · lending on Coronet", "Camelot Launchpad · Round 4\nProject: Saltmarsh (SALT), perps")
GUEST_CARD = re.compile(
    r"\A\s*(?:[^\w\s]{1,3}[ \t]*)?"  # (an emoji before the venue: "⚔️ Camelot Launchpad")
    r"(?:(?:(?:New|Next|Now|Coming|Live|Soon)(?: up)? on|On) (?:the )?"
    r"(?:" + _HEADER_VENUE + r"|block|deck|[Pp]ad)(?: next| now| soon)?"
    r"|" + _HEADER_VENUE.replace("venue", "host")
    + r" (?:Launch|Launchpad|Launchpool|Round|Sale|Drop)s?(?:[ \t]*[·|—–-][^\n]{0,30})?)"
    r"[^\w\n]{0,8}\n[ \t]*(?:(?:Project|Token|Guest)[ \t]*:[ \t]*)?"
    + _HEADER_GUEST + r"(?:[ \t]*[·,|—–-][^\n]{0,80})?[^\w\n]{0,8}\n"
)


def _guest_header(
    doc: str, scan: Scan, common: frozenset[str], result: Ownership
) -> tuple[int, tuple[int, int, str]] | None:
    """``(end of the header, (company or -1, start, symbol))`` of the guest a venue's header
    names (:data:`GUEST_HEADER`); the venue's mentions in it become context."""
    found = GUEST_HEADER.match(doc) or GUEST_LEAD.match(doc) or GUEST_CARD.match(doc)
    if found is None:
        return None
    group = "sym" if found.group("sym") else "pair" if found.group("pair") else "bare"
    s, e, word = found.start(group), found.end(group), found.group(group)
    # (the guest's name may be the mention: "Helter Skelter (HSKL)")
    mention = _mention_at(scan.mentions, found.start("guest" if group == "sym" else group), e)
    guest = (
        (mention.company, mention.start, word)
        if mention is not None
        else _symbol_owner(scan, common, s, e, word)
    )
    if guest is None:
        return None
    for m in scan.mentions:
        venue = "host" if "host" in found.re.groupindex and found.group("host") else "venue"
        if found.start(venue) <= m.start < found.end(venue) and m.company != guest[0]:
            result.context.setdefault(m.start, "the venue")
    return found.end(), guest


# the object a listing verb takes, a name or symbol (not "lists on Binance", "lists its token")
LISTED_NAME_AFTER = re.compile(r"\s+(?!(?:On|At|In|Its|Their|The)\b)\$?[A-Z]")


def _exchange_before(
    doc: str, start: int, scan: Scan, result: Ownership, end: int = -1
) -> None:
    """The watched project named right before a listing phrase whose tokens are others' is the
    exchange that lists them: context, not the owner ("Dyno Spot listings", "Dyno will list
    Couloir"; not "Clique to list CLIQUE on Binance", its own token the object)."""
    listed = {m.company for m in scan.mentions if end >= 0 and end < m.start <= end + 2}
    for mention in scan.mentions:
        gap = doc[mention.end : start]
        if (
            0 <= start - mention.end <= EXCHANGE_GAP
            # (an exchange goes by its name, not by a symbol: "HUDL Spot" lists HUDL)
            and mention.kind not in ("ticker", "cashtag")
            and not doc[mention.start : mention.end].isupper()
            and gap.strip(" ") in ("", "will", "to")
            and mention.company not in listed
        ):
            result.context.setdefault(mention.start, "the exchange that lists")


EXCHANGE_GAP = 6  # characters between an exchange's name and its listing phrase ("Dyno will ")


def _venue_guest(
    doc: str, end: int, scan: Scan, common: frozenset[str]
) -> tuple[int, int, str] | None:
    """``(company or -1, start, symbol)`` of the project a launchpad names right after itself,
    with its symbol in brackets."""
    found = VENUE_GUEST.match(doc, end)
    if found is None:
        return None
    group = 1 if found.group(1) else 2 if found.group(2) else 3
    s, e, word = found.start(group), found.end(group), found.group(group)
    mention = _mention_at(scan.mentions, found.start(), e)
    if mention is not None:
        return mention.company, mention.start, word
    if group == 3:
        return None  # a handle of no watched project names no token
    bare = word.lstrip("$")
    if bare in common or bare.lower() in NOT_NAMES:
        return None
    return -1, s, bare


def _relative_subject(doc: str, at: int) -> tuple[int, int, str, bool, bool] | None:
    """The name a relative pronoun right before ``at`` refers to ("Rigline, which will")."""
    found = _RELATIVE_SUBJECT.search(doc, max(0, at - RELATIVE_REACH), at)
    if found is None:
        return None
    return found.start(1), found.end(1), found.group(1).split()[0], False, True


# a word of 2 to 10 capitals and digits, the first a capital: "\b[A-Z][A-Z0-9]{1,9}\b" with its
# first letter matched before the boundary is checked (as "(?<!\w)" behind it), so that the regex
# engine skips ahead to capitals instead of trying every position (the same matches)
_BARE_SYMBOL = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z0-9]{1,9}\b")


def foreign_symbol(doc: str, scan: Scan, common: frozenset[str]) -> bool:
    """The text names a symbol that is no watched mention, quote asset or capitalised common
    word ("the NOVA round opens on Acme"): only then can an official post report another
    token's event."""
    return any(_unwatched_symbol(m, scan, common) for m in _BARE_SYMBOL.finditer(doc))


def _unwatched_symbol(m: re.Match[str], scan: Scan, common: frozenset[str]) -> bool:
    """The word in capitals ``m`` is a symbol, and no watched mention, quote asset or common
    word."""
    word = m.group()
    return (
        word not in common
        and word.lower() not in NOT_NAMES
        and _mention_at(scan.mentions, m.start(), m.end()) is None
        and _SYMBOL.fullmatch(word) is not None
    )


# a symbol the text marks as a token: "$BRN", "(BRN)", "BRN/USDT", "token BRN", "BRN token",
# "BRN 代幣", "token của BRN"
_TOKEN_WORDS = r"(?i:tokens?|coins?|jetons?|monedas?|токен\w*|토큰|トークン|代币|代幣|เหรียญ|โทเค็น)"
_MARKED_BEFORE = re.compile(rf"(?:\$|\(|{_TOKEN_WORDS}\s*)\Z")
_MARKED_AFTER = re.compile(rf"(?:\)|/[A-Z]|\s*{_TOKEN_WORDS})")


def marked_foreign_symbol(
    doc: str,
    scan: Scan,
    common: frozenset[str],
    start: int,
    end: int,
    phrase: int = -1,
    phrase_end: int = -1,
) -> bool:
    """``doc[start:end]`` names a token symbol that is no watched mention, marked as a token
    ("token KSTL", "HRD 代幣", "(BRN)", "BRN/USDT"), standing right before the event phrase
    starting at ``phrase`` ("SKUA launches"), inside it, up to ``phrase_end`` ("lets early
    uploaders collect VLVT from Monday"), or right after it ("airdrops QUAK on Friday"); a bare
    word in capitals elsewhere ("listing Acme TWO") is no token."""
    # (inside or after the phrase only where the phrase itself is not in capitals: in "CLAIM
    # OPENS TODAY" the capitals are the phrase's case, not a symbol's)
    cased = phrase_end > phrase >= 0 and not doc[phrase:phrase_end].isupper()
    for m in _BARE_SYMBOL.finditer(doc, start, end):
        if _unwatched_symbol(m, scan, common) and (
            _MARKED_BEFORE.search(doc, max(0, m.start() - 12), m.start()) is not None
            or _MARKED_AFTER.match(doc, m.end()) is not None
            or (m.end() <= phrase and not doc[m.end() : phrase].strip())
            or (cased and phrase <= m.start() < phrase_end)
            or (cased and phrase_end <= m.start() and not doc[phrase_end : m.start()].strip())
        ):
            return True
    return False


def _after_article(doc: str, start: int) -> bool:
    return doc[max(0, start - 4) : start].lower() in ("the ", " the")


# A sentence opening with what came before: "After Acme and Orbit debuts, Brindle sets its
# sale" (the clause is backdrop to the event of the main clause), also in the press's other
# languages and before a headline's colon: "Nach Whelk und Flotsam: Tangle startet ..."
BACKDROP_WORDS = ("after ", "following ", "nach ", "après ", "tras ", "após ")
BACKDROP_CLAUSE = re.compile(
    r"(?:^|(?<=[.!?\n]) ?)(?:" + "|".join(w.strip() for w in BACKDROP_WORDS) + r")"
    r" ([^,:.;!?\n]{1,80})[,:] "
)


def _backdrop_clauses(
    folded: str, scan: Scan, phrases: list[tuple[int, int, bool]], result: Ownership
) -> None:
    """Mentions inside an opening "After ..., " clause are context when the main clause
    goes on to an event phrase."""
    for clause in BACKDROP_CLAUSE.finditer(folded):
        start, end = clause.span(1)
        stop = SENTENCE_END.search(folded, clause.end())
        limit = stop.start() if stop is not None else len(folded)
        if not any(clause.end() <= p < limit for p, _, _ in phrases):
            continue
        for mention in scan.mentions:
            if start <= mention.start < end:
                result.context[mention.start] = "after"


SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# a project whose own event is only the point another's is counted from: "lands June 3, a week
# after Succinct's", "two days before Acme's TGE" (matched in the folded text)
COUNTED_FROM_BEFORE = re.compile(
    r"\b(?:a|one|two|three|four|five|six|\d{1,2}|a few|several) (?:hours?|days?|weeks?|months?) "
    r"(?:after|before) (?:the )?$"
)
COUNTED_FROM_REACH = 24
ANCHOR_GAP = 4  # characters from the anchor's name to its event word ("Acme's TGE")


# A backer named in a compound modifier before the project it describes: "Acme-incubated
# Brindle launches ...", "Acme Labs-backed Brindle" (the backer is context, the head the subject).
_BACKER_ROLES = r"(?:incubated|backed|funded|built|supported|seeded|accelerated|sponsored)"
# the watched project naming another's rival before its name: "Acme rival Korvo", "Acme
# competitor Orbit Labs" (matched in the folded text)
RIVAL_AFTER = re.compile(r" (?:rival|competitor|challenger) (?=[a-z0-9$@])")
BACKER_COMPOUND = re.compile(rf"-{_BACKER_ROLES}\b")  # matched in the folded text
_BACKER_BEFORE = re.compile(rf"[-‑–]{_BACKER_ROLES}\s+$", re.IGNORECASE)
BACKER_REACH = 16


# the head of such a compound: up to three lower-case words, then a capitalised name ("rival
# Cipherline", "-incubated game Brimstone")
_COMPOUND_HEAD = re.compile(r"(?:[\w-]*\s+)?(?:[a-z][\w-]*\s+){0,3}?(\$?[A-Z][\w.-]*)")


def _compound_head(
    doc: str, folded: str, scan: Scan, at: int
) -> tuple[int, int, str] | None:
    """``(company or -1, start, name)`` of the name a rival or backer compound after the
    mention at ``at`` heads; None when no such compound follows it."""
    mention = _mention_at(scan.mentions, at, at + 1)
    if mention is None:
        return None
    compound = RIVAL_AFTER.match(folded, mention.end) or BACKER_COMPOUND.match(
        folded, mention.end
    )
    if compound is None:
        return None
    head = _COMPOUND_HEAD.match(doc, compound.end())
    if head is None or head.start(1) - mention.end > OWNER_LOOKBACK:
        return None
    other = _mention_at(scan.mentions, head.start(1), head.end(1))
    if other is not None:
        return other.company, other.start, head.group(1)
    return -1, head.start(1), head.group(1)


def _after_compound(doc: str, start: int) -> bool:
    """The word at ``start`` heads a noun phrase a backer compound modifies ("Acme-backed
    Brindle")."""
    return _BACKER_BEFORE.search(doc, max(0, start - BACKER_REACH), start) is not None


def ownership(
    doc: str,
    folded: str,
    scan: Scan,
    common: frozenset[str],
    lead: int,
    complete: bool,
) -> Ownership:
    """Owners of the event phrases of ``scan`` and its context mentions (``doc`` is the
    original text, case kept; ``folded`` its :func:`fold`).

    Phrases after ``lead`` are read only when ``complete`` or when a phrase of the lead belongs
    to another project (then whether a watched project owns any phrase decides). A phrase
    starting inside the previous one ("token launch" / "launch") shares its owner.
    """
    result = Ownership()
    skip = scan.hits.get("crypto_context", [])
    shouts: list[bool] = []

    def shouting() -> bool:
        if not shouts:
            letters = sum(map(str.isalpha, doc))
            shouts.append(sum(map(str.isupper, doc)) > MAX_UPPER_SHARE * letters)
        return shouts[0]

    phrases = sorted(
        (start, end, feature == "event:listing")
        for feature, spans in scan.hits.items() if feature.startswith(EVENT_PREFIX)
        for start, end in spans
    )  # fmt: skip
    reach = -1
    relations = scan.hits.get(RELATION_FEATURE, [])
    if relations and ":" in folded:  # a field label only where a line or sentence opens
        relations = [  # ("Network: Acme", not "Symphony Network: SYMF claims open ...")
            (s, e)
            for s, e in relations
            if folded[e - 1] != ":" or SENTENCE_START.search(folded, max(0, s - 4), s)
        ]
    references: list[tuple[int, int, tuple[int, int, str]]] = []
    header = _guest_header(doc, scan, common, result) if doc.count("\n") > 1 else None
    for start, end, listing in phrases:
        owners = [o for _, _, o in result.owners]
        if start >= lead and not complete and owners and -1 not in owners:
            break  # the lead's event has a watched owner
        if start < reach:
            continue
        reach = end
        if listing and "/" in folded[start:end]:
            pair = PAIR_IN_PHRASE.search(doc, start, end)
            if pair is not None:  # "• KURO/USDT: Apr 16": the pair's base token is listed
                found = _symbol_owner(scan, common, pair.start(1), pair.end(1), pair.group(1))
                if found is not None:
                    result.add(start, end, found[0], found[2])
                continue
        if listing and (
            folded[start:end] == "listings"
            or (doc.startswith("Spot", start) and not SPOT_MARKET_AFTER.match(folded, end))
        ):
            # "Dyno Spot listings": the exchange that lists, not a token listed
            _exchange_before(doc, start, scan, result)
            continue
        if listing and folded[start:end] in LISTING_VERBS:
            # the exchange is the subject; the symbol after it is in the mentions, unless the
            # verb's object is said to be a token: "Palio lists PAL token", "will list its own
            # BRIM token" (the token listed owns the listing)
            found = _listed_token(doc, end, scan, common)
            if found is not None:
                result.add(start, end, found[0], found[2])
            if LISTED_NAME_AFTER.match(doc, end):  # "Dyno will list Couloir (CULR)"
                _exchange_before(doc, start, scan, result, end)
            continue
        if listing and (guest := LISTING_LABEL_GUEST.match(doc, end)) is not None:
            # "신규 상장: 코라(KORA)", "New listing: Kora (KORA)": the token the label introduces
            found = _symbol_owner(scan, common, guest.start(1), guest.end(1), guest.group(1))
            if found is not None:
                result.add(start, end, found[0], found[2])
                continue
        if (
            folded[start:end] in VENUES
            or folded.startswith(PROGRAMS, start)
            # a venue's sale label and its guest: "Jaques IDO: Marrowbone (MRWB)"
            or (folded[start:end] in LABELLED_SALES and folded.startswith(":", end))
        ):
            # "on Acme Launchpad": the name before it is where the sale runs; the program's
            # token is the one it hands out ("stake BNB or $ACME to farm WAKE")
            found = (
                _program_token(doc, end, scan, common)
                or _venue_guest(doc, end, scan, common)
                or _program_guest(doc, end, scan, common)
            )
            if found is not None:
                result.add(start, end, found[0], found[2])
            continue
        if doc.startswith("Launch", start) and VENUE_NAME_BEFORE.search(
            doc, max(0, start - VENUE_NAME_REACH), start
        ):
            continue  # "opens Friday on Twister Launch": a platform's name, where the sale runs
        found = _owner_of(doc, start, end, listing, scan, common, skip, shouting)
        if found is None and header is not None and start >= header[0]:
            found = header[1]  # "Helter Skelter (HSKL) on Hoopla\nSubscription window: ..."
        if found is not None and found[0] >= 0:
            # "Fhenix rival Cipherline sets its token launch", "Acme-incubated Pinecone sets
            # its sale": the name the rival or backer compound heads owns the event
            head = _compound_head(doc, folded, scan, found[1])
            if head is not None:
                found = head
        if found is not None and found[0] >= 0 and _governed(doc, relations, found[1]):
            # "Legionfall auf der Treasure-Chain startet seinen LGF-Token": the chain is context;
            # the symbol inside the phrase, if any, owns it
            found = _inner_symbol(doc, start, end, scan, common)
            if found is None:
                continue
        if found is not None and found[0] >= 0 and _past_phrase(folded, start, end):
            continue  # "Acme's own token launched in April": a look back, no event of the item
        if found is not None and found[0] >= 0 and _TIME_REFERENCE.any_in(folded, scan.gate_words):
            if REFERENCE_NAMES.search(doc, max(0, start - AFTER_NAMES_REACH), start):
                references.append((start, end, found))
                continue
            after = _after_names(doc, start)
            if after is not None:  # "Brindle sets its sale after Acme, Orbit debuts": the
                for mention in scan.mentions:  # others' events it follows, their names context
                    if after[0] <= mention.start < after[1]:
                        result.context[mention.start] = "after"
                continue
        if (
            found is not None
            and found[0] >= 0
            and EARNED_IN.search(folded, max(0, start - EARNED_IN_REACH), start) is not None
        ):  # "airdropped to wallets that took part in Acme's ACME auction": what earned it
            references.append((start, end, found))
            continue
        if found is not None:
            owner, at, name = found
            result.add(start, end, owner, name)
            if owner >= 0 and not listing:  # "CVE listings" are no proof of a token
                result.owner_mentions.add(at)
    for start, end, (owner, at, _name) in references:
        if -1 in [o for _, _, o in result.owners]:  # another project's event is the item's
            result.context[at] = "a point in time"
        else:
            result.owners.append((start, end, owner))
            result.owner_mentions.add(at)
    if -1 in [o for _, _, o in result.owners]:
        for mention in scan.mentions:  # "GRNT stakers get 5%" next to another project's event
            if _recipients(doc, folded, mention):
                result.context[mention.start] = "recipients"
    elif scan.mentions:
        # ... or where a project owning no event phrase is named only by its holders: "Pellucid
        # airdrop claims open 3 March. CRNR stakers get a 1.5x multiplier, Cornerstone LPs 1.2x"
        owning = {owner for _, _, owner in result.owners}
        recipients = [
            m for m in scan.mentions
            if m.company not in owning and _recipients(doc, folded, m)
        ]  # fmt: skip
        named = {m.company for m in recipients}
        if recipients and all(  # (its other mentions may be context: "Built with @acme_xyz")
            m.company not in named or m in recipients or m.start in result.context
            for m in scan.mentions
        ):
            for m in recipients:
                result.context[m.start] = "recipients"
    if ", " in doc and -1 in [o for _, _, o in result.owners]:
        _apposition_context(doc, scan, result)
    if _DISOWN_GATE.any_in(folded, scan.gate_words) or (
        not folded.isascii() and _DISOWN_GATE_OTHER.any_in(folded, scan.gate_words)
    ):
        disowning = set()
        for mention in scan.mentions:  # "Acme said it has no role in the drop": disowned
            disowns = DISOWNS_AFTER.match(doc, mention.end, mention.end + RELATION_REACH)
            if disowns is not None:
                result.context[mention.start] = "no role in"
                disowning.add(mention.company)
                # (the event word of the disowning clause is not its own: "Sepia dağıtımda yer
                # almıyor", Sepia takes no part in the distribution)
                result.drop_owned(mention.company, mention.end, disowns.end())
        # ... wherever else it is named ("led by Acme")
        result.context_unless_owning(
            [m for m in scan.mentions if m.company in disowning], "no role in"
        )
    if "-" in folded:  # fold() maps the other dashes to "-"
        for mention in scan.mentions:  # "Acme-incubated Brindle": the backer is context
            compound = BACKER_COMPOUND.match(folded, mention.end)
            if compound is not None:
                result.context[mention.start] = compound.group()
    if "rival " in folded or "competitor " in folded:
        for mention in scan.mentions:  # "Acme rival Korvo sets its launch": the rival's event
            if RIVAL_AFTER.match(folded, mention.end):
                result.context[mention.start] = "rival"
    if has_any(folded, BACKDROP_WORDS):
        _backdrop_clauses(folded, scan, phrases, result)
    if "after " in folded or "before " in folded:
        anchors = [
            m for m in scan.mentions
            if COUNTED_FROM_BEFORE.search(folded, max(0, m.start - COUNTED_FROM_REACH), m.start)
        ]  # fmt: skip
        for mention in anchors:  # "Orbitra TGE lands June 3, a week after Succinct's."
            # (its event named there is the anchor too: "two days before Acme's TGE")
            result.drop_owned(mention.company, mention.end, mention.end + ANCHOR_GAP + 1)
        result.context_unless_owning(anchors, "a point in time")
    if -1 in [o for _, _, o in result.owners] and has_any(folded, ("在", "于", "於")):
        for mention in scan.mentions:  # "在启动平台 Forge 上进行 EMBL 代币公开销售": the venue
            if _CJK_VENUE_BEFORE.search(
                folded, max(0, mention.start - 8), mention.start
            ) and _CJK_VENUE_AFTER.match(folded, mention.end):
                result.context.setdefault(mention.start, "在")
    for start, end in scan.hits.get("host_suffix", ()):
        for mention in scan.mentions:  # "Espresso 生态项目 Roastline", "Fhenix 기반": the host
            if mention.end <= start <= mention.end + 1:
                result.context.setdefault(mention.start, folded[start:end])
    if relations:
        for mention in scan.mentions:
            for start, end in relations:
                if end <= mention.start <= end + RELATION_REACH:
                    gap = doc[end : mention.start]
                    if LIST_GAP.fullmatch(gap):
                        relation = result.context[mention.start] = folded[start:end]
                        if relation in DISAVOWALS and not NAME_GOES_ON.match(doc, mention.end):
                            result.disowned.add(mention.start)
                        break
    if result.disowned:
        _namesakes(doc, scan, result)
    if result.context:
        _context_throughout(scan, result)
    return result


def _context_throughout(scan: Scan, result: Ownership) -> None:
    """A project named first as context ("Regulator cites Acme and Orbit debuts", "Acme-
    incubated Pinecone ...") stays context where it is named again, unless it owns an event
    phrase: its later mentions ("the first-day swings of Acme's ACME") repeat the aside."""
    owning = {owner for _, _, owner in result.owners}
    first: dict[int, int] = {}
    for mention in scan.mentions:
        first.setdefault(mention.company, mention.start)
    for company, start in first.items():
        if company in owning or start not in result.context:
            continue
        relation = result.context[start]
        for mention in scan.mentions:
            if mention.company == company:
                result.context.setdefault(mention.start, relation)


_INNER_SYMBOL = re.compile(r"\$?\b[A-Z][A-Z0-9]{1,9}(?=-?(?:[Tt]oken|$))")


def _inner_symbol(
    doc: str, start: int, end: int, scan: Scan, common: frozenset[str]
) -> tuple[int, int, str] | None:
    """``(company or -1, start, symbol)`` of a symbol written inside an event phrase before the
    word token ("startet seinen LGF-Token"), or right after a phrase ending in the word token
    ("выпустит токен KRYA", "تطلق رمز ARC")."""
    found = _INNER_SYMBOL.search(doc, start, end)
    if found is not None:
        return _symbol_owner(scan, common, found.start(), found.end(), found.group())
    named = _token_named_after(doc, start, end)
    if named is not None:
        return _symbol_owner(scan, common, named.start(1), named.end(1), named.group(1))
    return None


def _governed(doc: str, relations: list[tuple[int, int]], at: int) -> bool:
    """A relation phrase governs the mention starting at ``at`` ("built on Acme", "auf der
    Acme-Chain"): the name is context, whatever event phrase follows it."""
    return any(
        end <= at <= end + RELATION_REACH and LIST_GAP.fullmatch(doc, end, at) is not None
        for _, end in relations
    )


NAMESAKE = "a longer name"


def _namesakes(doc: str, scan: Scan, result: Ownership) -> None:
    """When the item disowns the project itself ("unrelated to the Quill Foundation"), its
    name running into a longer one ("Quill Finance, a yield app, ...") names a namesake, not
    the project: such a mention owning no event phrase is context."""
    aliases = [(m.start, m.end) for m in scan.mentions if m.kind != "name"]
    for mention in scan.mentions:
        if (
            mention.kind == "name"
            and mention.start not in result.context
            and mention.start not in result.owner_mentions
            and NAME_GOES_ON.match(doc, mention.end)
            and not _overlaps(aliases, mention.start, mention.end)
        ):
            result.context[mention.start] = NAMESAKE


# An event phrase in the past tense: "Acme's own token launched in April", "ACME airdropped to
# stakers" (a look back: the watched project named as its owner owns no event of the item);
# not after a word that makes the participle future, passive or just now ("will be airdropped",
# "has launched")
# (a phrase matched by its stem runs into the ending: "token launch" of "token launched"; a
# phrase written in the past is one word: "launched"; "transfers are enabled" is no look back)
WORD_REST = re.compile(r"[a-z]*")
NOT_PAST_BEFORE = re.compile(r"\b(?:be|been|being|to|will|has|have|just|once|when|if|get|gets)\s+$")
NOT_PAST_REACH = 8


def _past_phrase(folded: str, start: int, end: int) -> bool:
    """The event phrase at ``start:end`` ends in a past-tense word and nothing before it makes
    the participle future, passive or recent."""
    rest = WORD_REST.match(folded, end)
    ending = rest.group() if rest is not None else ""
    if not (
        ending.endswith("ed")
        or (not ending and " " not in folded[start:end] and folded.endswith("ed", start, end))
    ):
        return False
    return NOT_PAST_BEFORE.search(folded, max(0, start - NOT_PAST_REACH), start) is None


# An event phrase the item's event comes after, named by its owners only: "Brindle sets BRN
# launch after Acme, Orbit debuts", "following the Acme and Orbit airdrops" (what came before,
# not an event of the item)
AFTER_NAMES = re.compile(
    r"\b(?i:after|following)\s+(?:(?i:the|recent|latest)\s+)?"
    r"(?:\$?[A-Z][\w.-]*(?:'s|’s)?(?:,|\s+(?:and|&))?\s+){1,4}$"
)
# ... and a project's own event as a point in time: "five days after Acme's own genesis",
# "days before Acme's token launch" (read only when another project owns an event)
REFERENCE_NAMES = re.compile(
    r"\b(?i:after|following|before|ahead\s+of)\s+(?:(?i:the)\s+)?"
    r"\$?[A-Z][\w.-]*(?:'s|’s)\s+(?:(?i:own)\s+)?$"
)
AFTER_NAMES_REACH = 64
TIME_REFERENCE_WORDS = ("after ", "following ", "before ", "ahead of ")
# the word lists ownership asks about, answered from the matcher's pass over folded (ScanWords)
_TIME_REFERENCE = ScanWords(TIME_REFERENCE_WORDS)
_DISOWN_GATE = ScanWords(DISOWN_GATE)
_DISOWN_GATE_OTHER = ScanWords(DISOWN_GATE_OTHER)
# ... and a project's event named as what the recipients of another's drop took part in
EARNED_IN_REACH = 90
EARNED_IN = re.compile(
    r"\b(?:to|for)\s+(?:all\s+)?(?:wallets|users|holders|participants|buyers|stakers|addresses"
    r"|contributors|bidders)\s+(?:that|who|which)\s+(?:took part|participated|joined|bid|bought"
    r"|took|used|staked)\b[^.;!?\n]{0,40}\b(?:in|on|during)\s+[^.;!?\n]{0,24}$"
)


def _after_names(doc: str, start: int) -> tuple[int, int] | None:
    """The span of "after"/"following" and the names owning the phrase at ``start``."""
    found = AFTER_NAMES.search(doc, max(0, start - AFTER_NAMES_REACH), start)
    return found.span() if found is not None else None


DISCLAIMER_GAP = 2  # characters between a relation phrase and the phrase it governs (" (")
# An apposition describing another project that opens the sentence: "Velora, a bridge whose
# transfers are secured by proofs from the Acme network, said ..." (Acme only describes Velora).
_OPENER_APPOSITION = re.compile(
    r"(?:^|(?<=[.!?\n])\s*)(\$?[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}), (?:a|an|the|which|whose)\b"
    r"[^,.;!?\n]{0,140},"
)


def _apposition_context(doc: str, scan: Scan, result: Ownership) -> None:
    """Mentions inside an apposition that describes an unwatched name opening the sentence,
    when another project owns an event phrase, are context."""
    for m in _OPENER_APPOSITION.finditer(doc):
        if _mention_at(scan.mentions, m.start(1), m.end(1)) is not None:
            continue  # the watched project itself is described
        for mention in scan.mentions:
            if m.end(1) < mention.start < m.end():
                result.context.setdefault(mention.start, "apposition")


DISCLAIMER_LIST = 48  # characters from one disclaimed sense to the next one of its list
# (a word or two may describe what they hold: "road runner-themed NFT holders")
HOLDERS_AFTER = re.compile(
    r"(?:'s)?(?:-[a-z]+)?(?:\s+(?:nft|nfts|badge|pass|card|token))?"
    r"\s+(?:holders|stakers|users|wallets|communit(?:y|ies))\b"
)
# ... and a sense disowned by the words after it, as Chinese, Japanese and Korean write it: "与
# xAI 的 Grok 无关", "xAIのGrokとは無関係", "xAI의 Grok과 무관"
DISOWNED_AFTER = re.compile(
    r"[^。.!?;\n]{0,16}?(?:无关|無關|没有关系|沒有關係|とは無関係|とは関係(?:が)?ない|とは関係ありません"
    r"|(?:와|과)(?:는)? 무관|(?:와|과)(?:는)? 관련(?:이)? 없"
    # ... and German, the sense first: "Mit den Kamera-Gimbals von DJI hat das Projekt nichts zu
    # tun"
    r"|[^.;!?\n]{0,40}?\bnichts (?:zu tun|gemein))"
)
DISOWNED_WORDS = ("无关", "無關", "关系", "關係", "無関係", "関係", "무관", "관련", "nichts zu tun",
                  "nichts gemein")  # fmt: skip
# ... and a relative clause describing the sense set apart: "unrelated to Elon Musk's xAI,
# whose chatbot Grok shares only the name" (the chatbot is the other sense's, not the item's)
DISCLAIMER_MORE = re.compile(
    # (a closing quote may come first: "« The Rehearsal » de HBO")
    # (the press's "or", "nor": "sans lien avec l'hippodrome ni avec le maroquinier")
    r"[\s,]*(?:or|and|nor|ni|ou|oder|noch|né|nem)\b[^.;!?\n]*|[\s»”\"’]*\s+(?:[\w'-]+\s+){0,2}"
    r"|(?:'s)?[^.;!?\n,]{0,24},\s*(?:whose|which|who)\b[^.;!?\n,]*"
)
# what may stand between a relation phrase and the sense it governs: "no relation to the Acme
# Stadium", "not affiliated with (or endorsed by) any ...", "not to be confused with the UK
# accounting software group" (a word or two describing the sense) stay one phrase; so does the
# sense named through its maker: "unrelated to the maker of the self-heating mug" (... up to the
# symbol in brackets after the name: "not connected to the older Acme (ACM) project")
DISCLAIMER_LEAD = re.compile(
    r"[\s(]*(?:(?:the|a|an|any)\s+)?(?:(?:makers?|company|firm|developers?|owners?|creators?)"
    r"\s+(?:of|behind)\s+(?:(?:the|a|an)\s+)?)?(?:[\w'-]+\s+){0,4}"
    # (an article glued to the sense: "sans lien avec l'hippodrome"; four words before it: "non ha
    # legami con lo storico marchio di Ivrea")
    r"(?:\w{1,2}['’])?[(«“\"‘]?\s*"
)
DISCLAIMER_LEAD_MAX = 32
# The project's own apposition, calling it a crypto project: "Acme, the protocol that lends
# against Nvidia GPUs, said ..." (the other sense only describes what the project does)
# or a tokenised thing ("Sole, a marketplace for tokenised sneaker inventory, ...")
OWN_APPOSITION = re.compile(
    r", (?:a|an|the) (?:[\w-]+ ){0,3}?(?:protocol|dex|blockchain|rollup|appchain|dapp"
    r"|(?:defi|crypto|web3|on-?chain|decentrali[sz]ed|stablecoin|tokeni[sz]ed) [\w-]+)\b"
    r"[^,.;!?\n]{0,140}[,;]"
)


# ... and its own relative clause, when the sentence goes on to give the project a token:
# "Acme, whose nodes rode a SpaceX launch last year, said its ACME token goes live in May" (the
# clause says what the project did; the name is the token's owner, not the other sense)
OWN_RELATIVE = re.compile(
    r", (?:whose|which|who)\b[^,.;!?\n]{0,140}, (?=[^.;!?\n]{0,40}?\b(?:its|their) "
    r"(?:\$?[a-z][a-z0-9]{1,9} )?tokens?\b)"
)


def disclaimed(scan: Scan, folded: str = "") -> list[tuple[int, int, int]]:
    """The negative-context hits of ``scan`` that no relation phrase governs: "Juniper
    Protocol, which has no relation to Juniper Networks" names the other sense to set it
    apart, not to use it; so are the senses listed after it ("... or the airline Juniper
    Air"), and a sense followed by its holders or users (recipients named, not the sense
    used); so is a sense inside the project's own apposition ("Acme, the protocol that lends
    against Nvidia GPUs, ...")."""
    relations = scan.hits.get(RELATION_FEATURE, [])
    ends = [end for _, end in relations]
    listed: list[int] = []  # ends of disclaimed senses a list may continue
    kept = []
    own = _own_appositions(scan, folded) if folded else []
    for c, s, e in sorted(scan.negatives, key=lambda n: n[1]):
        if HOLDERS_AFTER.match(folded, e) if folded else False:
            continue  # "airdropped to <other chain> holders": recipients named, not the sense
        if folded and has_any(folded, DISOWNED_WORDS) and DISOWNED_AFTER.match(folded, e):
            continue  # "与 xAI 的 Grok 无关": the sense disowned
        if any(company == c and a <= s and e <= b for company, a, b in own):
            continue  # describes what the project does, not the name in another sense
        if any(0 <= s - end <= DISCLAIMER_GAP for end in ends) or (
            folded and any(
                0 <= s - end <= DISCLAIMER_LEAD_MAX and DISCLAIMER_LEAD.fullmatch(folded, end, s)
                for end in ends
            )
        ) or (
            folded and any(
                0 <= s - end <= DISCLAIMER_LIST and DISCLAIMER_MORE.fullmatch(folded, end, s)
                for end in listed
            )
        ):
            ends.append(e)  # "... Juniper Networks (NYSE: JNPR)": what follows it too
            listed.append(e)
        else:
            kept.append((c, s, e))
    return kept


def _own_appositions(scan: Scan, folded: str) -> list[tuple[int, int, int]]:
    """``(company, start, end)`` of each apposition that calls a mentioned project a crypto
    project right after its name, or relative clause before the sentence gives it a token."""
    spans = []
    for m in scan.mentions:
        found = OWN_APPOSITION.match(folded, m.end)
        if found is None and folded.startswith(", w", m.end):
            found = OWN_RELATIVE.match(folded, m.end)
        if found is not None:
            spans.append((m.company, found.start(), found.end()))
    return spans
