"""Rules written in the dev95 session.

- the year's end and the seasons ahead are coarse periods ("before the end of the year", "by
  year-end", "before the year is out", "this autumn", "early next year"): a plan told after a
  recap of an event that is over ("Sale closed ... ACME launches before the end of the year")
  is the item's event, with no day; a season told in the past tense ("landed in your wallet
  this spring") is no period ahead;
- a kind of event denied in more words ("there is no public sale", "no presale ever") beside a
  launch dated or told before it denies another kind of event, not the launch; a safety notice
  whose denial comes before any event ("There is no ACME presale, and the only claim link ...")
  still denies;
- a symbol in brackets before "round" is the token's sale ("Acme (ACME) round on Orbit"); Hebrew
  "מכירה פומבית" (a public sale) and "תוסיף למסחר" (will add to trading), Chinese "社区销售" (a
  community sale); a Hebrew phrase matches after the one or two prefix letters glued to it
  ("הקריפטו", the crypto);
- an exchange's notice of when trading starts by a clock ("Deposits from Tuesday 17 March,
  trading from 16:00 the same day", Dutch "handelen vanaf 16:00") is a listing, of the token
  whose pair opens the line ("MOTH/USDT · trading from ..."); not a price range; the days of
  the history told before a plan are not the plan's ("The window closed Friday: 6,800 nodes
  qualified for genesis. ACME goes live Thursday, March 19");
- a venue's card with an emoji before the venue ("⚔️ Acme Launchpad · Round 31\nProject: Halyard
  (HLYD), ...") names its guest as the plain card does; a plan changed ("we're not doing the
  ACME community sale") cancels the event;
- an event inside a quoted claim the source says circulates or is fake ("The 'March 31 TGE'
  graphic going around is not ours") is no announcement;
- a relation reaches the names of its list on its own line only: a venue's header "Next on Orbit"
  does not make the guest on the line below ("Acme (ACME) · L1 for payments") its context;
- an event word opening a sentence is no part of the subject "its" refers to, in any case (found
  by the case property: "AIRDROP ACME open its airdrop" was Acme's, "airdrop ACME open its
  airdrop" no one's);
"""

from __future__ import annotations

from swarm.detection import Detector
from swarm.detection.dates import find_dates
from swarm.detection.folding import fold
from swarm.detection.matcher import Matcher

from .conftest import PUBLISHED, MakeItem
from .test_round87_classes import _assert_acme_event


def test_a_plan_for_the_years_end_after_a_recap(detector: Detector, make_item: MakeItem) -> None:
    for period in ("before the end of the year", "by year-end", "before the year is out",
                   "this autumn", "early next year"):  # fmt: skip
        text = f"Sale closed, 2.4x filled, refunds done. Thank you.\nACME itself launches {period}."
        decision = detector.score(make_item(text, author="@acme_xyz"))
        _assert_acme_event(decision, "tge", None)
        assert decision.date_precision == "none"


def test_a_season_in_the_past_tense_is_no_period_ahead() -> None:
    text = "if acme landed in your wallet this spring, record its value on the day."
    assert find_dates(text, PUBLISHED) == []
    text = "acme launches this autumn."
    assert [text[h.start : h.end] for h in find_dates(text, PUBLISHED)] == ["this autumn"]


def test_a_denied_kind_beside_another_event_in_more_words(
    detector: Detector, make_item: MakeItem
) -> None:
    for denial in ("there is no public sale", "there's no public sale", "no presale ever"):
        text = f"Acme's ACME token goes live on March 17 at 14:00 UTC, and {denial}."
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", "2026-03-17")
    text = "ACME is coming. No date yet, no presale ever. Anyone selling 'ACME early' is lying."
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", None)
    # a safety notice denies, with no event told before it: no other event stands
    text = (
        "Reminder: we never DM first. There is no ACME presale, and the only claim link there "
        "will ever be gets posted from this account."
    )
    assert not detector.score(make_item(text, author="@acme_xyz")).is_signal


def test_a_bracketed_symbols_round_and_sales_in_hebrew_and_chinese(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Acme (ACME) round on Orbit: Monday Mar 16, 14:00 UTC, 24 hours. $0.07 per ACME."
    decision = detector.score(make_item(text, author="@orbit_pad"))
    _assert_acme_event(decision, "token_sale", "2026-03-16")
    for text in (
        "Acme Labs תקיים מכירה פומבית של אסימון ACME ב-17 במרץ בשעה 17:00.",
        "Acme Labs 将于 3 月 17 日启动 ACME 社区销售，为期两天。",
    ):
        decision = detector.score(make_item(text, source="rss", author="Newsdesk", url=""))
        _assert_acme_event(decision, "token_sale", "2026-03-17")


def test_a_hebrew_phrase_after_its_prefix_letters() -> None:
    matcher = Matcher([], {"crypto_context": ["קריפטו"]})
    for text, found in (("בורסת הקריפטו", True), ("ובקריפטו", True), ("קריפטו", True),
                        ("אקריפטו", False), ("שהובקריפטו", False)):  # fmt: skip
        assert ("crypto_context" in matcher.scan(text, fold(text)).hits) is found, text


def test_trading_from_a_clock_is_a_listing(detector: Detector, make_item: MakeItem) -> None:
    for text in (
        "New on Orbit: Acme (ACME)\nDeposits from Tuesday 17 March, trading from 16:00 the "
        "same day.",
        "Nieuw op Orbit: Acme (ACME)\nStorten kan vanaf dinsdag 17 maart, handelen vanaf 16:00 "
        "dezelfde dag.",
    ):
        decision = detector.score(make_item(text, author="@orbit_exchange"))
        _assert_acme_event(decision, "listing", "2026-03-17")
    # another token's pair opens the line: the watched exchange is only the venue
    text = "New on Acme\nMOTH/USDT · trading from Thu Mar 19, 12:00 UTC\nDeposits: open now"
    assert not detector.score(make_item(text, author="@acme_xyz")).is_signal
    text = "ACME has been trading from 16 cents to 20 cents all week."
    assert detector.score(make_item(text)).event_type != "listing"


def test_the_historys_days_are_not_the_plans(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "The reward window closed Friday: 6,800 nodes qualified for genesis. ACME goes live "
        "Thursday, March 19, 14:00 UTC."
    )
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", "2026-03-19")


def test_a_card_after_an_emoji_and_a_plan_changed(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "⚔️ Acme Launchpad · Round 31\nProject: Halyard (HLYD), intent-based bridge on Arbitrum\n"
        "• xGRAIL round: March 17, 14:00 UTC\n• Public FCFS: March 18, 14:00 UTC"
    )
    assert not detector.score(make_item(text, author="@acme_xyz")).is_signal
    text = (
        "Change of plan: we're not doing the ACME community sale. Nothing is being sold, now or "
        "later."
    )
    assert not detector.score(make_item(text, author="@acme_xyz")).is_signal
    text = "We're doing the ACME community sale on March 17. Details at acme.xyz."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    _assert_acme_event(decision, "token_sale", "2026-03-17")


def test_a_quoted_claim_going_around_is_no_announcement(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "We have not announced an ACME date. The 'March 31 TGE' graphic going around is not ours.",
        "The 'ACME TGE March 31' image circulating on Telegram is fake.",
    ):
        assert not detector.score(make_item(text, author="@acme_xyz")).is_signal, text
    text = "ACME TGE: March 31, 14:00 UTC. The 'early access' links going around are not ours."
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", "2026-03-31")


def test_a_relation_stops_at_the_line_end(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "🛬 Next on Orbit\nAcme (ACME) · L1 for private payments\nRound: Tue 17 Mar · 14:00 UTC "
        "· 48h\nPrice: $0.08 · 100% at TGE"
    )
    decision = detector.score(make_item(text, author="@orbit_pad"))
    _assert_acme_event(decision, "token_sale", "2026-03-17")
    text = "Next on Orbit: Acme and ZetaChain Labs. Orbit's ORB token launches on March 17."
    decision = detector.score(make_item(text, author="@orbit_pad"))
    assert decision.company != "Acme", decision.reasons


def test_an_event_word_before_the_subject_in_any_case(
    detector: Detector, make_item: MakeItem
) -> None:
    one, two = (
        detector.score(make_item(f"{w} ACME open its airdrop")) for w in ("airdrop", "AIRDROP")
    )
    assert (one.is_signal, one.company, one.score) == (two.is_signal, two.company, two.score)
    assert one.company == "Acme", one.reasons
