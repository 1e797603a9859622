"""General reject patterns and look-alike rules (made-up projects, not corpus texts)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from swarm.detection import DetectionConfig, Detector, WatchList
from swarm.detection.dates import _FOREIGN_FUTURE, FOREIGN_FUTURE_BRANCHES, find_dates
from swarm.detection.folding import fold
from swarm.detection.gates import (
    Branches,
    GatedPattern,
    GateWords,
    admits,
    has_choices,
    needs_wide,
    required_choices,
    required_literal,
    required_literals,
)
from swarm.detection.matcher import Matcher

from .conftest import PUBLISHED, MakeItem


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Acme launched its $ACME token last week; holders are up 20% so far.", "past_recap"),
        ("The $ACME airdrop claim window closed, final tally: 80% claimed.", "past_recap"),
        ("Acme opened $ACME claims and distributed the airdrop to 40k wallets.", "past_recap"),
        ("Acme is said to be in talks about an ACME token launch, people say.", "speculation"),
        ("Polymarket odds of an $ACME airdrop by June rise to 40%", "speculation"),
        (
            "Reminder: Acme will never DM you about the $ACME airdrop. Beware of phishing.",
            "generic",
        ),
        (
            "Acme Labs is hiring: job listings open for 3 protocol roles, see our careers page.",
            "generic",
        ),
        (
            "Zorblax, a lending app that rivals Acme, opens $ZRB airdrop claims tomorrow",
            "unwatched",
        ),
        ("Baby Acme sets its $BACME token sale for tomorrow", "unwatched"),
    ],
)
def test_general_rejects(detector: Detector, make_item: MakeItem, text: str, category: str) -> None:
    decision = detector.score(make_item(text))
    assert not decision.is_signal, decision.reasons
    assert decision.category == category, decision.reasons


def test_will_be_distributed_is_not_past(detector: Detector, make_item: MakeItem) -> None:
    text = "$ACME will be airdropped to early users; the claim opens March 20."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "airdrop"


def test_eligibility_context_does_not_sink_an_announcement(
    detector: Detector, make_item: MakeItem
) -> None:
    text = ("The $ACME claim opens March 20 at 14:00 UTC. Testnet users and quest finishers are "
            "eligible. We will never ask for your seed phrase.")  # fmt: skip
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal, decision.reasons


def test_listing_market_support_is_a_listing(detector: Detector, make_item: MakeItem) -> None:
    text = "Market support for Acme (ACME) in the KRW market: trading opens March 20, 10:00 UTC."
    decision = detector.score(make_item(text, author="@exchange_notice"))
    assert decision.is_signal and decision.event_type == "listing"


def test_affix_lookalikes_without_official_accounts(make_item: MakeItem) -> None:
    watchlist = WatchList.from_yaml_text(
        "companies:\n  - {name: Quillon, tokens: [QLN], priority: low}\n"
    )
    detector = Detector(watchlist, second_opinion=False)
    text = "$QLN airdrop claims are live now, claim at quillon-airdrop.net"
    assert detector.score(make_item(text)).category == "scam"
    fake = detector.score(make_item("$QLN airdrop claims are live now", author="@quillon_claims"))
    assert not fake.is_signal and fake.category == "scam"


def test_symbol_joined_host_is_a_lookalike(detector: Detector, make_item: MakeItem) -> None:
    text = "Binance will list Acme (ACME) on March 20. Deposit early via exchange-acme.com."
    decision = detector.score(make_item(text, author="@exchange_listings_"))
    assert not decision.is_signal and decision.category == "scam"


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        (r"closes in \d+ (?:hours|minutes)", "closes in "),
        (r"[+-]\d+(?:\.\d+)?\s?%", "%"),
        (r"a|b", ""),
        (r"ab?c", "a"),
        (r"x{2}y", "y"),
    ],
)
def test_required_literal(pattern: str, literal: str) -> None:
    assert required_literal(pattern) == literal


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"(?:up|down) \d+(?:\.\d+)?\s?%", (" ", "%")),  # every required run, longest first
        (r"^\n?how\b|\bhow\b[^.?!\n]{0,60}\bworks\b", ("how",)),  # shared by all alternatives
        (r"since (?:jan|feb)\b|since 20\d\d", ("since ",)),
        (r"a|b", ()),
        (r"[^]|]x|[\]|]x", ("x",)),  # a "|" or "]" inside a class is no alternative or end
        (r"a\|b", ("a|b",)),
        (r"\x41bc", ()),  # "\x41" is "A": no literal can be read past such an escape
    ],
)
def test_required_literals(pattern: str, literals: tuple[str, ...]) -> None:
    assert required_literals(pattern) == literals


@pytest.mark.parametrize(
    ("pattern", "choices"),
    [
        (r"\b(?:binance|kraken) lists", (("binance", "kraken"),)),
        (r"(?:launch\w*|tges?) (?:recap|cohort)", (("recap", "cohort"), ("launch", "tge"))),
        (r"(?:up|down) \d+%", ()),  # words this short are in most texts
        (r"x(?:alpha|beta)?y", ()),  # a match can skip an optional group
        (r"x(?:alpha|beta){0,2}y", ()),
        # top-level alternatives: the words of all of them, each alternative's best set or
        # its longest literal; none when an alternative has neither
        (r"(?:alpha|beta)x|gamma", (("alpha", "beta", "gamma"),)),
        (
            r"\bif (?:passed|approved)\b|pending (?:vote|votes)",
            (("passed", "approved", "pending "),),
        ),
        (r"(?:alpha|beta)x|ga", ()),
        (r"(?:alpha|beta)x|", ()),
        (r"(?=alpha)(?!beta)(?P<g>gamma)", ()),  # lookarounds and named groups are not read
        # an alternative with no long literal: the words of its own groups
        (r"(alpha|(?:beta|gamma)s)", (("alpha", "beta", "gamma"),)),
        (r"(alpha|(?:be|ga)s)", ()),  # ... none there either: no set
        # a required group inside a group without alternatives
        (r"x (?:(?:is|are) (?:now )?(?:alpha|beta gamma))", (("alpha", "beta gamma"),)),
        (r"x (?:(?:is|are) (?:alpha|beta))?", ()),  # (the outer group can be skipped)
        (r"\b(?:(?:alpha|beta) (?:1|2)|(?:gamma|delta) 3)", (("alpha", "beta", "gamma", "delta"),)),
        (r"([)]alpha|beta)", (("alpha", "beta"),)),  # a ")" inside a class closes no group
    ],
)
def test_required_choices(pattern: str, choices: tuple[tuple[str, ...], ...]) -> None:
    assert required_choices(pattern) == choices


GATE_TEXT = st.text(alphabet="hows ince2 0%.?!\nupdwclaimr", max_size=60)
BUNDLED = [GatedPattern.of(p) for ps in DetectionConfig.default().patterns.values() for p in ps]


def test_verbose_patterns_have_no_gates() -> None:
    assert GatedPattern.of(r"(?x) closes \s in").gates == ()


@pytest.mark.parametrize(
    ("pattern", "wide"),
    [
        (r"(?<!任何)(?<!没有)[发發][币幣](?![计計]划)", True),
        (r"\btoken [a-z]+ ra mắt\b", True),
        (r"[ァ-ヺー]+x", True),  # a range between two such characters
        (r"[\u3040-\u30ff\u4e00-\u9fff][?？]+", True),  # ... written as codes
        (r"[ァ-ヺ-ー]", False),  # a "-" after a range is a member
        (r"[ァ\x2dー]", False),  # ... and so is one written as a code
        (r"[\w発]", False),
        (r"(?:代币|token)\s*上线", True),
        (r"\b(?:sẽ|dự kiến)\b", True),  # each alternative of a group needs one
        (r"(?P<w>代币|(?:發|ra mắt))x", True),
        (r"(代币)", True),
        (r"(?:代币|token)x", False),
        (r"(?:代币)?x", False),
        (r"(?:代币){0,2}x", False),
        (r"(?=代币)x", False),  # lookarounds match nothing
        (r"(?i:ſ)", False),  # groups with flags are not read
        (r"abc", False),
        (r"ra mắt|launch", False),  # an alternative in ASCII
        (r"[发a]", False),
        (r"[^发]", False),
        (r"[-发]", False),
        (r"发?x", False),  # a quantifier lets a match skip it
        (r"发*x", False),
        (r"发{0,2}x", False),
        (r"\u53d1", False),  # nor escapes
        (r"[发", False),
    ],
)
def test_needs_wide(pattern: str, wide: bool) -> None:
    assert needs_wide(pattern) is wide


def test_case_insensitive_patterns_are_not_wide() -> None:
    assert GatedPattern.of("ſ").wide  # the long s: outside ASCII
    assert not GatedPattern.of("(?i)ſ").wide  # ... but ignoring case it matches "s"


ASCII_TEXT = st.text(alphabet=st.characters(max_codepoint=127), max_size=60)


@settings(max_examples=300, deadline=None)
@given(text=ASCII_TEXT)
def test_wide_patterns_never_match_ascii(text: str) -> None:
    for gated in BUNDLED:
        if gated.wide:
            assert gated.regex.search(text) is None, gated.regex.pattern


@settings(max_examples=300, deadline=None)
@given(text=GATE_TEXT)
def test_gates_never_hide_a_match(text: str) -> None:
    for gated in BUNDLED:
        found = gated.regex.search(text)
        assert gated.first(text) == (found.start() if found else -1)


CHOICE_WORDS = sorted({w for g in BUNDLED for words in g.choices for w in words})
CHOICE_TEXT = st.lists(
    st.sampled_from([*CHOICE_WORDS, " ", "$acme", "acme/", "20", "%", "?", "if ", "or "]),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=CHOICE_TEXT)
def test_choices_never_hide_a_match(text: str) -> None:
    for gated in BUNDLED:
        found = gated.regex.search(text)
        assert gated.first(text) == (found.start() if found else -1)


GATE_WORDS = GateWords(BUNDLED)
GATE_MATCHER = Matcher([], {"event:tge": ["launch"]}, GATE_WORDS.indexed)
# gate words glued to each other and to letters, digits and punctuation: the automaton reports
# them inside words too, as ``word in text`` does
GLUED_TEXT = st.lists(
    st.sampled_from([*GATE_WORDS.indexed, *GATE_WORDS.short, " ", "re", "s", "ing", "2", "$"]),
    max_size=14,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=GLUED_TEXT)
def test_one_pass_gate_words_admit_what_containment_admits(text: str) -> None:
    folded = fold(text)
    scan = GATE_MATCHER.scan(text, folded)
    present = GATE_WORDS.found(folded, scan.gate_words)
    for gated in BUNDLED:
        direct = all(g in folded for g in gated.gates) and has_choices(folded, gated.choices)
        assert admits(gated.gates, gated.choices, present) == direct, gated.regex.pattern


def test_gated_pattern_finds_the_first_match() -> None:
    gated = GatedPattern.of(r"closes in \d+ hours")
    assert gated.first("the sale closes in 2 hours") == 9
    assert gated.first("nothing here") == -1


def test_date_families_only_skip_patterns_that_cannot_match() -> None:
    text = "claims open march 20 at 14:00 utc, then next tuesday"
    full = find_dates(text, PUBLISHED)
    fewer = find_dates(text, PUBLISHED, families=frozenset({"month", "relative"}))
    assert full == fewer
    assert [h.date for h in full] == [dt.date(2026, 3, 20), dt.date(2026, 3, 17)]


@pytest.mark.parametrize(
    ("text", "author", "event_type"),
    [
        ("$ACME: Tuesday, 14:00 UTC.\n\nSee you there.", "@acme_xyz", "tge"),
        ("Two days.\n\nACME genesis on Monday at 10:00 UTC, with claims in the app.", "@acme_xyz",
         "tge"),
        ("Acme said ACME token transfers open at 18:00 UTC on March 20, with the rewards claim.",
         "@newsdesk", "tge"),
        ("Acme said its ACME token is scheduled to go live tomorrow, opening claims for users.",
         "@newsdesk", "tge"),
        ("One day.\n\nACME mints at 10:00 UTC tomorrow. Sale buyers receive tokens then.",
         "@acme_xyz", "tge"),
        ("Acme (ACME) is coming to Kraken. Trading starts March 20 at 14:00 UTC.", "@krakenfx",
         "listing"),
        ("Acme, a perpetual-futures exchange, will launch its ACME token on March 20.",
         "@newsdesk", "tge"),
    ],
)  # fmt: skip
def test_event_type_follows_the_launch_phrase(
    detector: Detector, make_item: MakeItem, text: str, author: str, event_type: str
) -> None:
    decision = detector.score(make_item(text, author=author))
    assert decision.is_signal, decision.reasons
    assert decision.event_type == event_type, decision.reasons


def test_a_chain_genesis_without_its_token_is_no_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Acme mainnet genesis: the first block landed today. There is no ACME token yet."
    decision = detector.score(make_item(text, title="Acme mainnet genesis"))
    assert not decision.is_signal, decision.reasons


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Acme opens ACME airdrop checker",
         "Acme opened an eligibility checker for its ACME airdrop. Claims open at 8 p.m. ET on "
         "March 19, the foundation said.", dt.date(2026, 3, 20)),
        ("", "The ACME checker is up at acme.xyz/check. Claim date comes with the TGE details.",
         PUBLISHED.date()),
        ("Acme's allocation portal is up",
         "Acme opened its allocation portal, so users can see how much ACME token they get. "
         "Tokens become claimable when ACME launches next month.", PUBLISHED.date()),
    ],
)  # fmt: skip
def test_a_checker_post_is_dated_by_its_claim_day_else_publication(
    detector: Detector, make_item: MakeItem, title: str, text: str, expected: dt.date
) -> None:
    decision = detector.score(make_item(text, title=title, author="@acme_xyz"))
    assert decision.is_signal, decision.reasons
    assert decision.event_type == "airdrop"
    assert decision.event_date == expected, decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme will launch its ACME token on March 20. The name matches Acme Stadium, which the "
        "team said it was aware of.",
        "ACME token launches March 20. Acme is its own chain and nothing is being airdropped to "
        "Road Runner holders.",
    ],
)
def test_an_other_sense_named_in_passing_is_no_homonym(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text))
    assert decision.is_signal, decision.reasons
    assert decision.event_type == "tge"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("2026 airdrop scorecard by retention: $ACME > $ORB. By vibes, reverse it.", "past_recap"),
        ("Acme TGE on May 1st would be the funniest possible date. Team please", "speculation"),
    ],
)
def test_rankings_and_judged_dates_are_no_announcements(
    detector: Detector, make_item: MakeItem, text: str, category: str
) -> None:
    decision = detector.score(make_item(text))
    assert not decision.is_signal, decision.reasons
    assert decision.category == category, decision.reasons


def test_a_past_step_before_a_future_launch_is_no_recap(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Acme Labs said its ACME token will launch in October after its auction cleared."
    decision = detector.score(make_item(text, title="Acme says ACME token arrives in October"))
    assert decision.is_signal, decision.reasons
    assert decision.event_type == "tge" and decision.event_date is None


def test_a_glued_pair_names_the_symbol_and_an_exchange_launch_is_a_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Bybit Futures will launch the ACMEUSDT perpetual contract on March 20 at 10:00 UTC."
    decision = detector.score(make_item(text, author="@bybit_news"))
    assert decision.is_signal, decision.reasons
    assert decision.company == "Acme" and decision.event_type == "listing"
    assert decision.event_date == dt.date(2026, 3, 20)


def test_an_open_registration_does_not_date_the_sale(
    detector: Detector, make_item: MakeItem
) -> None:
    text = ("Registration for the Acme (ACME) token sale is open. The sale starts on March 20 at "
            "14:00 UTC.")  # fmt: skip
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 20), decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "The Acme community sale of $ACME starts July 1 if the vote passes on Friday.",
        "A proposal sets an $ACME claim opening July 9 if quorum is reached in time.",
        "$ACME sale on Nov 1 or I eat my keyboard. Acme team, say something.",
        "Governance update: if AIP-7 passes, an ACME holder airdrop would start July 1. Voting "
        "opens Monday.",
    ],
)
def test_dates_that_wait_on_a_vote_or_a_dare_are_speculation(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "speculation", decision.reasons


def test_an_exchange_launching_spot_trading_is_a_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "Spot trading will start at 08:00 UTC on March 20. Deposits open March 19.",
        title="Zoomex to launch spot trading for Acme (ACME)",
        source="rss",
    )
    decision = detector.score(item)
    assert decision.is_signal and decision.event_type == "listing", decision.reasons


def test_available_for_trading_is_live_today(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(make_item("Acme $ACME is available for trading on Zoomex Spot."))
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == PUBLISHED.date(), decision.reasons


def test_becoming_transferable_is_a_launch(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(make_item("Acme said $ACME will become transferable on March 20."))
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Acme Labs here. ACME transfers go live at 10:00 UTC on 17 March.", "2026-03-17"),
        ("ACME transfers enable today at 16:00 UTC. claims at acme.xyz/claim, same time.",
         "2026-03-14"),
        ("ORB transfers will be enabled on Monday, the Orbit team said.", "2026-03-16"),
    ],
)  # fmt: skip
def test_token_transfers_going_live_is_the_launch(
    detector: Detector, make_item: MakeItem, text: str, day: str
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert decision.event_date == dt.date.fromisoformat(day)


def test_a_roundup_of_the_weeks_launches_is_a_recap(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "Acme's ACME and Orbit's ORB both traded in their first days; here is how each did.",
        title="The week in token launches: ACME and ORB",
        source="rss",
    )
    decision = detector.score(item)
    assert not decision.is_signal and decision.category == "past_recap", decision.reasons


def test_a_vote_the_event_waits_on_counts_outside_the_lead(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "The Acme Labs proposal on the forum sets out a second Acme (ACME) airdrop season, with "
        "claims opening July 9 if quorum is reached. No vote has been scheduled.",
        title="Acme forum: Season 2 ACME airdrop",
        source="rss",
        author="@acme_xyz",
    )
    decision = detector.score(item)
    assert not decision.is_signal, decision.reasons
    assert decision.category == "speculation", decision.reasons


def test_a_plural_kind_of_business_is_no_listing(detector: Detector, make_item: MakeItem) -> None:
    item = make_item(
        "Perpetuals venue Acme Labs said Tuesday its ACME token will launch in December, "
        "following the public sale later this month.",
        title="Acme Labs targets December for ACME token",
        source="rss",
    )
    decision = detector.score(item)
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


def test_live_wording_about_something_else_leaves_a_coarse_date(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "Acme Labs will open an ACME community sale next week, it said in a statement. "
        "Registration is open now; a final schedule will follow.",
        title="Acme Labs to open ACME community sale next week",
        source="rss",
    )
    decision = detector.score(item)
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons
    assert decision.event_date is None and decision.date_precision == "none", decision.reasons


def test_live_wording_in_the_event_sentence_dates_it_today(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item("$ACME airdrop claims are live now. Phase 2 opens in June.")
    decision = detector.score(item)
    assert decision.is_signal and decision.event_date == PUBLISHED.date(), decision.reasons


def test_a_kind_of_business_alone_is_no_event(detector: Detector, make_item: MakeItem) -> None:
    item = make_item(
        "Savers who lock ACME with Bitvex from March 20 will get points toward ORBIT, a "
        "perpetuals exchange.",
        source="rss",
        author="@newsdesk",
    )
    decision = detector.score(item)
    assert not decision.is_signal, decision.reasons
    assert any("kind of business" in r for r in decision.reasons), decision.reasons


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Bitvex will remove the ACME/ETH and ACME/EUR spot pairs on March 20 at 04:00 UTC.",
         False),
        ("Bitvex will delist the OLDX token and list ACME on spot on March 20.", True),
    ],
)  # fmt: skip
def test_a_market_being_removed_is_no_listing(
    detector: Detector, make_item: MakeItem, text: str, signal: bool
) -> None:
    decision = detector.score(make_item(text, author="@bitvex"))
    assert decision.is_signal is signal, decision.reasons
    if not signal:
        assert any("market being removed" in r for r in decision.reasons), decision.reasons


def test_a_product_launch_is_no_token_launch(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item("Acme lending vaults launch on Base next Tuesday, with ACME as collateral.",
                  author="@acme_xyz")
    )  # fmt: skip
    assert not decision.is_signal, decision.reasons


def test_an_event_word_in_a_denied_list_is_no_event(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item("Acme's v3 interface ships Friday. There is no new token nor any airdrop.",
                  author="@acme_xyz")
    )  # fmt: skip
    assert not decision.is_signal, decision.reasons
    assert any("a denied event" in r for r in decision.reasons), decision.reasons


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("$ACME: live. March 20, 15:00 UTC. See you on the other side.", True),
        ("$ACME: live price chart and order book, updated every minute.", False),
    ],
)  # fmt: skip
def test_a_post_opening_with_the_symbol_and_live_is_the_launch(
    detector: Detector, make_item: MakeItem, text: str, signal: bool
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal is signal, decision.reasons
    if signal:
        assert decision.event_type == "tge", decision.reasons


def test_a_verb_making_the_token_live_is_the_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "The storage network Acme will take its ACME token live on March 20, the team wrote.",
        source="rss",
    )
    decision = detector.score(item)
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 20), decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme TGE was yesterday and ACME already has 30k holders. wild week",
        "the ACME claims happened last night, gas was brutal",
    ],
)
def test_an_event_placed_yesterday_is_a_recap(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text))
    assert not decision.is_signal and decision.category == "past_recap", decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "$ACME is 35% below its launch-day high after a week of unlock fears.",
        "ACME trades under the debut-day open as early buyers take profit.",
        "$ACME has slid from its listing day peak on Orbex, down to half.",
    ],
)
def test_a_token_measured_against_its_debut_day_is_price_talk(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, source="rss"))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "price_talk", decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "$ACME TGE on May 4 *if* the governance vote passes next week.",
        "ACME claims open May 4 at 14:00 UTC _if_ the proposal passes.",
    ],
)
def test_an_emphasised_if_still_makes_the_event_conditional(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "speculation", decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "The $ACME airdrop is claimable now at acme.xyz/claim. Claims stay open for 60 days.",
        "Round 3 of the ACME airdrop can now be claimed at acme.xyz/claim. Stay safe.",
    ],
)
def test_a_claim_that_can_be_made_now_is_live(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert decision.event_date == PUBLISHED.date(), decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Deposits for Acme (ACME) are open now.\n\nACME/USDT call auction: Mar 16, 10:00-11:00 UTC"
        "\nSpot trading starts: Mar 16, 11:00 UTC",
        "$ACME/USDT opening auction runs Mar 16 from 10:00 UTC; spot trading follows at 11:00.",
    ],
)
def test_an_exchange_auction_opening_a_market_is_a_listing(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="@okx"))
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 16), decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Forum draft: a second ACME airdrop for long-term stakers, snapshot on April 2 if "
        "approved. Nothing has been scheduled.",
        "Acme Labs proposes an ACME community sale on April 9, subject to a governance vote.",
        "Quiz time: if $ACME had launched this morning, which pool would you ape first?",
        "Acme community call: ACME claims on April 1, fun to imagine. (No, this is not an "
        "announcement.)",
    ],
)
def test_an_unsaid_approval_a_counterfactual_or_a_retraction_is_speculation(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "speculation", decision.reasons
    assert decision.contributions.get("conditional"), decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "ACME season 3 claims are done: 88% of the allocation was picked up. Thanks, all.",
        "The $ACME public sale has wrapped: every tier filled in an hour.",
    ],
)
def test_an_event_said_to_be_finished_is_a_recap(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "past_recap", decision.reasons


def test_token_in_a_compound_modifier_names_no_token(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "Orbit, the maker of camping lanterns, will launch its Trail lamp on March 20 with a "
        "token-shaped keyring clip.",
        title="Orbit's new lantern launches March 20",
        source="rss",
    )
    decision = detector.score(item)
    assert not decision.is_signal, decision.reasons


def test_a_blog_byline_written_as_its_domain_is_no_lookalike(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Acme Labs will hold a public ACME sale on March 20, the team said."
    own = make_item(text, author="Acme Labs blog", url="https://acmelabsblog.com/acme-sale",
                    source="rss")  # fmt: skip
    decision = detector.score(own)
    assert decision.is_signal and decision.company == "Acme", decision.reasons
    # a site that is not the byline still resembles the project's
    other = make_item(text, author="Acme Labs blog", url="https://acmelabs-sale.com/acme-sale",
                      source="rss")  # fmt: skip
    assert not detector.score(other).is_signal


@pytest.mark.parametrize(
    "text",
    [
        "Support for Acme Labs has been added. The ACME/USDC pair opens at 14:00 on March 19 "
        "(UTC).",
        "Deposits are enabled. ACME/BTC will open for trading on March 19, 14:00 UTC.",
    ],
)
def test_a_pair_opening_at_a_set_time_is_a_listing(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, title="New market: Acme Labs (ACME)", source="rss"))
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 19), decision.reasons


def test_a_pair_opening_at_a_price_is_no_listing(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(make_item("The ACME/USDT pair opens at 1.20 after a quiet weekend."))
    assert not decision.is_signal, decision.reasons


FUTURE_TEXT = st.tuples(
    st.lists(
        st.sampled_from(["sera", "va a", "vai", "will", "wird", " ", "sẽ", "将于", "eront", "hará",
                         "x", ".", "\n", "गा", " گا", "θα", "skal", "tge", "é"]),
        max_size=14,
    ).map("".join),
    st.integers(-2, 50),
    st.integers(-2, 70),
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(case=FUTURE_TEXT)
def test_branches_match_as_the_whole_pattern(case: tuple[str, int, int]) -> None:
    text, start, end = case
    start, end = max(start, 0), max(end, 0)
    whole = _FOREIGN_FUTURE.search(text, start, end) is not None
    assert FOREIGN_FUTURE_BRANCHES.search(text, start, end) == whole


BUNDLED_BRANCHES = [(g.regex, Branches(g.regex)) for g in BUNDLED]


@settings(max_examples=200, deadline=None)
@given(text=CHOICE_TEXT)
def test_branches_of_bundled_patterns_match_as_they_do(text: str) -> None:
    for regex, branches in BUNDLED_BRANCHES:
        assert branches.search(text, 0, len(text)) == (regex.search(text) is not None)
