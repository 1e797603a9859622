"""Cue scoping, giveaways, coarse dates and event days (scoping.py, lead_event.py).

The conftest watch list: Acme ($ACME, @acme_xyz), Orbit (ORB), ZetaChain Labs. Items are
published on Saturday 14 March 2026, 09:30 UTC.
"""

from __future__ import annotations

import datetime as dt

import pytest

from swarm.detection import Detector, ItemIn, WatchList
from swarm.detection.scoping import giveaway

from .conftest import MakeItem


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The $ACME airdrop claim is live now for testnet users and XP earners.", "2026-03-14"),
        ("Season 2 of the Acme airdrop: $ACME claims open March 18 for everyone who earned XP"
         " in Season 2 quests.", "2026-03-18"),
        ("Acme points season 1 is over. The $ACME claim portal opens tomorrow at 13:00 UTC.",
         "2026-03-15"),
        ("$ACME claims open March 19. Testnet node operators and early users are included.",
         "2026-03-19"),
    ],
)  # fmt: skip
def test_recipients_and_past_windows_do_not_count_against_the_event(
    detector: Detector, make_item: MakeItem, text: str, day: str
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert decision.event_date == dt.date.fromisoformat(day)


def test_a_cue_inside_a_project_name_does_not_count() -> None:
    watchlist = WatchList.from_yaml_text(
        "companies:\n  - {name: Questline, tokens: [QSTL], priority: low}\n"
        "  - {name: Rally, tokens: [RLY], priority: low}\n"
    )
    detector = Detector(watchlist, second_opinion=False)
    titles = (
        ("Questline confirms QSTL token generation event for March 20", "Questline"),
        ("Rally sets RLY airdrop for early supporters on March 19", "Rally"),
    )
    for title, company in titles:
        item = ItemIn(id="q", source="rss", title=title, text="", author="Wire",
                      published=dt.datetime(2026, 3, 14, tzinfo=dt.UTC))  # fmt: skip
        decision = detector.score(item)
        assert decision.is_signal and decision.company == company, decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "ACME launch celebration! Send 500 USDT to the address below and receive 1,000 USDT back"
        " in ACME. Claims live now.",
        "$ACME airdrop is live! Send 0.1 ETH and get 0.2 ETH worth of ACME back.",
        "Official $ACME claim: send any amount of ETH to receive double back instantly.",
    ],
)
def test_giveaway_decides_scam(detector: Detector, make_item: MakeItem, text: str) -> None:
    assert giveaway(text.lower())
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert not decision.is_signal and decision.category == "scam"


def test_giveaway_needs_a_larger_return() -> None:
    assert not giveaway("send 1 eth to the bridge and receive 1 eth on the other side")
    assert not giveaway("we will send claim reminders; get ready for march 20")


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("Acme says its ACME token will launch in the third quarter.", "quarter"),
        ("Acme Labs confirmed the ACME public sale will take place in September.", "month"),
        ("$ACME launches later this year, exact date to follow.", "none"),
        ("The ACME TGE is set for March 20.", "day"),
    ],
)
def test_confirmed_coarse_plans_are_signals_without_a_day(
    detector: Detector, make_item: MakeItem, text: str, precision: str
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal, decision.reasons
    assert decision.date_precision == precision
    assert (decision.event_date is not None) == (precision == "day")
    assert decision.to_dict()["date_precision"] == precision


@pytest.mark.parametrize(
    "text",
    [
        "if $ACME launches March 20 i'm shaving my head",
        "Acme TGE on March 20 confirmed (by me, in my dreams)",
    ],
)
def test_conditional_and_joking_dates_are_speculation(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="@degen"))
    assert not decision.is_signal and decision.category == "speculation"


@pytest.mark.parametrize(
    ("title", "text", "day"),
    [
        ("ACME/USDT pair is now live on Spot", "Deposits are open; withdrawals open March 16.",
         "2026-03-14"),
        ("", "New on Bitvex: $ACME. ACME/USDT starts trading March 19, 10:00 UTC.", "2026-03-19"),
        ("[Trading] Support added for Acme (ACME) in KRW market",
         "Trading starts March 17 at 15:00 KST.", "2026-03-17"),
    ],
)  # fmt: skip
def test_exchange_house_styles_are_listings(
    detector: Detector, make_item: MakeItem, title: str, text: str, day: str
) -> None:
    decision = detector.score(make_item(text, title=title, source="rss", author="Bitvex"))
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On March 12, Acme Labs announced that its ACME token generation event will take place"
         " on March 20.", "2026-03-20"),
        ("Acme Labs announced Thursday that its ACME token launches on March 21.", "2026-03-21"),
        ("The $ACME eligibility checker is live. Claims open March 19.", "2026-03-19"),
        ("The $ACME eligibility checker is live; claims follow later.", "2026-03-14"),
        ("$ACME goes live at 01:00 KST on March 20 (16:00 UTC, March 19).", "2026-03-19"),
    ],
)  # fmt: skip
def test_the_event_phrase_owns_the_day(
    detector: Detector, make_item: MakeItem, text: str, day: str
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal, decision.reasons
    assert decision.event_date == dt.date.fromisoformat(day)


def test_a_safety_reminder_alone_stays_generic(detector: Detector, make_item: MakeItem) -> None:
    text = "Reminder: Acme will never DM you or run a 'claim' on Telegram. Only use acme.xyz."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert not decision.is_signal and decision.category == "generic"


def test_a_listing_is_dated_by_its_first_trading_day(
    detector: Detector, make_item: MakeItem
) -> None:
    text = ("Zexio will open a market for Acme (ACME). Deposits open at 18:00 UTC on March 15. "
            "Trading begins at 12:00 UTC on March 17; withdrawals open on March 18.")  # fmt: skip
    decision = detector.score(make_item(text, title="[Listing] Acme (ACME)", source="rss"))
    assert decision.is_signal and decision.event_type == "listing"
    assert decision.event_date == dt.date(2026, 3, 17)


def test_holders_of_a_watched_token_in_another_projects_airdrop(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "gm. Finch ($FNCH) is launching next week and ACME stakers get 5% of the Finch airdrop."
    decision = detector.score(make_item(text, author="@finch_xyz"))
    assert not (decision.is_signal and decision.company == "Acme"), decision.reasons


def test_devnet_builders_and_validators_are_recipients(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "$ACME goes live Tuesday, 14:00 UTC.\n\nDevnet builders and node validators can claim "
        "from the same moment. No presale exists."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


def test_recipients_named_by_where_they_come_from_are_no_testnet(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "gm. ACME TGE is set for March 20, 15:00 UTC.\n\nStakers from the points program: claims "
        "go live at the same moment on acme.xyz."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


def test_futures_an_exchange_opens_at_the_debut_are_a_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "Zoomex will open ACMEUSDT perpetual futures on March 20 at 14:30 UTC, shortly after the "
        "Acme (ACME) token goes live. Max leverage 20x.",
        title="Zoomex to list perpetual futures for ACME",
        source="rss",
    )
    decision = detector.score(item)
    assert decision.is_signal and decision.event_type == "listing", decision.reasons


def test_futures_talk_about_a_trading_token_stays_price_talk(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "Open interest in ACME perpetual futures doubled as the token rallied this week.",
        title="ACME futures open interest doubles",
        source="rss",
    )
    assert not detector.score(item).is_signal


def test_now_available_on_an_exchange_is_a_live_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item(
        "Acme (ACME) is now available on Coinbase.com and in the Coinbase apps. Customers can "
        "log in to buy, sell, send, receive, or store ACME."
    )
    decision = detector.score(item)
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == item.published.date(), decision.reasons


def test_an_app_now_available_on_a_store_stays_generic(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item("The Acme Labs wallet is now available on the App Store and Google Play.")
    assert not detector.score(item).is_signal


@pytest.mark.parametrize(
    "text",
    [
        # the recipients described by what they did ("people who ran", "who placed")
        "Acme Labs said its ACME token becomes transferable on March 20. A 5% slice goes to "
        "people who ran relays on its testnet.",
        "$ACME claims open March 19 for traders who placed bets in the Acme arena.",
        # the recipients headed by the winners or finalists of a contest named after a cue
        "$ACME claims open March 19. Bonus slice for the winners of the Rumour Relay and the "
        "Testnet Tournament finalists.",
    ],
)
def test_cues_inside_the_recipients_of_a_claim_do_not_count(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal, decision.reasons
    assert any("names the recipients" in r for r in decision.reasons), decision.reasons


def test_a_descriptor_before_a_name_is_no_cue(detector: Detector, make_item: MakeItem) -> None:
    text = "Betting-odds platform Acme opens $ACME claims on March 18 for early users."
    decision = detector.score(make_item(text))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert any("describes a named project" in r for r in decision.reasons), decision.reasons


def test_a_step_the_event_waits_for_is_no_news_cue(detector: Detector, make_item: MakeItem) -> None:
    text = "Acme opened $ACME claims today after a second external audit of its contracts."
    decision = detector.score(make_item(text, title="Acme opens ACME claims after audit"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    assert any("a step the event waits for" in r for r in decision.reasons), decision.reasons
    # the same cue with no event before it in its clause still counts
    plain = detector.score(make_item("Acme completed a second external audit of its contracts."))
    assert not plain.is_signal


@pytest.mark.parametrize(
    "text",
    [
        "Kraken clients can now trade Acme (ACME) against USD and EUR.",
        "Acme (ACME): deposits and trading are live on Bitstamp as of 10:00 UTC.",
        "Bitget: ACME spot market. Trading opened at 09:00 UTC today; withdrawals follow Monday.",
    ],
)
def test_an_exchange_notice_that_its_market_opened_is_a_listing(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, source="rss"))
    assert decision.is_signal and decision.event_type == "listing", decision.reasons


def test_a_market_that_opened_long_ago_is_no_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "ACME trading opened on Kraken two years ago at $0.40; it now sits near $1.10."
    decision = detector.score(make_item(text, source="rss"))
    assert not decision.is_signal, decision.reasons


def test_no_announcement_yet_is_the_source_guessing(
    detector: Detector, make_item: MakeItem
) -> None:
    guess = "A new ACME contract appeared on Base from the Acme team wallet. No announcement yet, "
    decision = detector.score(make_item(guess + "but the TGE looks near."))
    assert not decision.is_signal and decision.category == "speculation", decision.reasons
    # a channel the announcement will not use is no doubt about the event
    text = "Acme will hold its TGE on March 20; there will be no announcement on Discord."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Acme Labs plans the ACME public sale for the third quarter, the founders wrote in a "
         "forum post on Friday. Details will follow the sale.", None),
        ("Acme Labs opens the ACME public sale in the third quarter, it said in a statement on "
         "Friday. Caps for the sale come later.", None),
        ("Acme Labs will hold a public auction of its ACME token in the fourth quarter. The "
         "auction rules were published on Friday.", None),
    ],
)  # fmt: skip
def test_the_day_something_was_said_in_a_post_is_no_event_day(
    detector: Detector, make_item: MakeItem, text: str, day: str | None
) -> None:
    decision = detector.score(make_item(text, source="rss"))
    assert decision.is_signal, decision.reasons
    assert decision.event_date == (dt.date.fromisoformat(day) if day else None), decision.reasons


def test_it_after_a_sentence_about_the_token_is_the_token(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Our token is ACME (check the contract). It goes live March 20 as claims open."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    # "it" after a sentence about something else is not the token
    other = "Our new Acme app is ready. It goes live March 20 at 14:00 UTC, when ACME claims open."
    decision = detector.score(make_item(other, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons


def test_doubt_about_the_date_is_no_doubt_about_the_event(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Acme Labs targets March 20 for the launch of its ACME token, but the date could slip."
    decision = detector.score(make_item(text, source="rss"))
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert any("about a detail" in r for r in decision.reasons), decision.reasons


def test_a_guess_at_the_date_stays_speculation(detector: Detector, make_item: MakeItem) -> None:
    text = "Word in the Acme Discord: the ACME token launch date could be March 20."
    decision = detector.score(make_item(text, source="rss"))
    assert not decision.is_signal, decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "No presale exists and none is planned. $ACME goes live March 19 with claims at acme.xyz.",
        "There is no private round to buy into. The ACME token launches Thursday on Base.",
    ],
)
def test_a_denial_of_something_else_does_not_negate_the_event(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    why = ("denies something other than the event", "denies another kind of event")
    assert any(w in r for r in decision.reasons for w in why), decision.reasons


def test_a_denial_of_the_project_token_still_counts(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Acme mainnet went live today. There is no ACME token yet; it comes later."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert not decision.is_signal, decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme quest season 3 begins today. Season 2 $ACME claims open March 19 at acme.xyz.",
        "Testnet XP for season 4 counts from now. ACME season 3 claims open March 18, 12:00 UTC.",
    ],
)
def test_a_season_in_its_own_sentence_does_not_make_a_claim_a_testnet(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons


def test_a_testnet_dated_in_its_own_sentence_stays_a_testnet(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Acme incentivized testnet opens March 20. An ACME airdrop may come some day."
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert not decision.is_signal, decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "$ACME claims open today at noon UTC! ...April fool's, obviously. Nothing is scheduled.",
        "ACME token launch goes live tonight. Just kidding, stay patient.",
    ],
)
def test_a_date_its_author_retracts_as_a_joke_is_speculation(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="@degen"))
    assert not decision.is_signal and decision.category == "speculation", decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Bitvex adds ACME, which has been listed on its spot market since January, to its "
        "lending desk from March 18.",
        "ACME, already trading on Bitvex spot, joins the Bitvex savings product on March 18.",
    ],
)
def test_a_market_the_token_already_trades_on_is_no_listing(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="@bitvex"))
    assert not decision.is_signal, decision.reasons
    assert any("already trades on" in r for r in decision.reasons), decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a coarse date set for the event: a denial in a sentence of its own is about a scam
        "ACME goes live in Q3, that's the plan. No presale exists, ignore anyone offering one.",
        "The Acme community sale runs in May. There is no presale anywhere else.",
        # a question the post reports, then answers
        "lots of you keep asking wen. answer: the ACME public sale opens in April.",
    ],
)
def test_a_coarse_date_announcement_keeps_its_denials_and_questions_in_scope(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_date is None, decision.reasons


def test_an_asked_question_about_the_event_itself_stays_speculation(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "everyone is asking wen ACME airdrop. no date, just vibes."
    assert not detector.score(make_item(text)).is_signal


@pytest.mark.parametrize(
    "text",
    [
        # "year after" inside a coarse date is the date, not a recap
        "Acme Labs confirmed it will launch the ACME token later this year after its audit.",
        # a plan the source denies is no doubt
        "Acme Labs said the ACME token launches in Q3 and that it is not considering a presale.",
    ],
)
def test_a_cue_inside_a_coarse_date_or_a_denied_plan_does_not_count(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, source="rss"))
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


def test_the_state_a_dated_launch_ends_is_no_testnet(
    detector: Detector, make_item: MakeItem
) -> None:
    text = ("Acme Labs runs a busy lending market. It has so far operated without a token of its "
            "own. That changes next week: the ACME token goes live on March 20 at 12:00 UTC.")
    decision = detector.score(make_item(text, source="rss"))
    assert decision.is_signal and decision.event_date == dt.date(2026, 3, 20), decision.reasons


def test_a_mainnet_without_a_token_stays_a_testnet(detector: Detector, make_item: MakeItem) -> None:
    text = "Acme mainnet goes live on March 20. So far there is no token, and none is planned."
    assert not detector.score(make_item(text, source="rss")).is_signal


@pytest.mark.parametrize(
    "text",
    [
        "Acme holders: your ACME claim is stuck. Reply with your wallet's 24 words and support "
        "will release it today.",
        "ACME airdrop claim pending for your wallet. DM your seed phrase to @acme_helpdesk to "
        "receive it.",
    ],
)
def test_a_request_for_the_wallet_secret_is_a_scam(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text))
    assert not decision.is_signal and decision.category == "scam", decision.reasons


def test_a_warning_never_to_share_the_secret_keeps_the_announcement(
    detector: Detector, make_item: MakeItem
) -> None:
    text = ("ACME claims open March 18 at 12:00 UTC on acme.xyz/claim. We will never ask you to "
            "send your seed phrase. Rumours of early access are fake.")
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal and decision.event_date == dt.date(2026, 3, 18), decision.reasons


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("ACME TGE is set for Q3. Nothing to claim yet; ignore anyone who says otherwise.", True),
        (
            "ACME public sale: September, on acme.xyz/sale. There is no presale before it; "
            "anyone selling one is lying.",
            True,
        ),
        # the denial is the item's point
        ("ACME TGE in Q3. No token, no claim, just the testnet for now.", False),
    ],
)
def test_a_denial_beside_a_coarsely_dated_event_is_boilerplate(
    detector: Detector, make_item: MakeItem, text: str, signal: bool
) -> None:
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal is signal, decision.reasons
    if signal:
        assert decision.event_date is None and decision.date_precision in ("quarter", "month")


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        # a launch reported the day it happened, and a trade still to come
        (
            "ACME is available for trading! Acme's ACME token, which went live on mainnet "
            "earlier today, can now be traded on Kraken against USD and EUR.",
            True,
        ),
        (
            "Acme's ACME token, which went live on mainnet earlier today, is now available for "
            "trading on Kraken against USD and EUR.",
            True,
        ),
        # an end reported the same day stays a recap
        ("The ACME claim window closed at 12:00 UTC today. 91% claimed, thank you all.", False),
        # time counted since the launch: an anniversary, not a same-day report
        ("A wallet bought 2M $ACME in the first hour after launch and is up 40%. Today marks "
         "one week since ACME went live.", False),
    ],
)  # fmt: skip
def test_a_launch_reported_the_same_day_is_no_recap(
    detector: Detector, make_item: MakeItem, text: str, signal: bool
) -> None:
    decision = detector.score(make_item(text, author="@newsdesk"))
    assert decision.is_signal is signal, decision.reasons
    if signal:
        assert decision.event_date == dt.date(2026, 3, 14), decision.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme Labs said its ACME token will launch in Q3. Relayers who have run nodes since "
        "last year will be among the first holders, the team said.",
        "Acme Labs said its ACME token will launch in Q3. Testers from last year are among the "
        "earliest to receive it.",
    ],
)
def test_a_past_cue_in_a_sentence_about_the_first_holders_names_recipients(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, title="Acme Labs plans ACME token", source="rss"))
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Acme plans token for the fourth quarter, CEO says",
         "Acme will launch its token in the fourth quarter, chief executive Jane Roe said in an "
         "interview."),
        ("Acme sets token for Q4",
         "Acme will launch its token in Q4, co-founder Max Mustermann told reporters."),
    ],
)  # fmt: skip
def test_an_officer_named_as_the_speaker_is_no_people_news(
    detector: Detector, make_item: MakeItem, title: str, text: str
) -> None:
    decision = detector.score(make_item(text, title=title, source="rss"))
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
