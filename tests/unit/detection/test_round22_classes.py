"""Errors of the dev22 round as classes (made-up projects and sentences, not corpus texts): the
date habits of other countries' crypto press. A weekday in brackets after its day ("the 19th
(Thu)") is no token symbol; days written day first ("30/03") or as "the 27th"; clocks written
"21h"; Turkish, Brazilian and Vietnamese zones, also named in brackets after the day; and a day
with its bracketed weekday between the subject and its reporting verb is the day it was said."""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector
from swarm.detection.dates import find_dates

from .conftest import PUBLISHED, MakeItem


def test_a_bracketed_weekday_after_its_day_is_no_token_symbol(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme Labs said on the 12th that it will run a community sale of its ACME token on "
            "the 19th (Thu) from 22:00 KST on its own sale page.",
            title="Acme Labs to hold ACME community sale on the 19th (Thu)",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 19), decision.reasons


def test_a_bracketed_symbol_of_another_token_is_still_foreign(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Brindle (BRIN), a lending app, will run a community sale of its token on the 19th "
            "(Thu) from 22:00 KST; Acme wallets are supported.",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_a_day_first_date_with_an_h_clock_and_brasilia_time(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme Labs confirmed that the public sale of its ACME token opens on 30/03 at 21h "
            "(Brasília time) on the project's own page.",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 31), decision.reasons


def test_the_nth_of_the_month_with_a_clock_after_a_comma(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme Labs confirmed that the community sale of the ACME token opens on the 27th at "
            "22h, Brasília time, at acme.xyz/sale.",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_date == dt.date(2026, 3, 28), decision.reasons


def test_a_turkish_time_after_a_bracketed_weekday(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme Labs has announced that the public sale of ACME will be held on 18 March "
            "(Wednesday) at 01:00 TSİ through acme.xyz/sale.",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_date == dt.date(2026, 3, 17), decision.reasons


def test_a_zone_named_in_brackets_after_the_day(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Exchange Kestrel X said it will open the ACME/USDT pair at 06:00 on 19/3 (Vietnam "
            "time), the moment Acme Labs carries out its token generation event.",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_date == dt.date(2026, 3, 18), decision.reasons


def test_a_day_and_its_weekday_before_the_reporting_verb_is_when_it_was_said(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "The Acme Foundation on the 14th (Sat) disclosed that ACME, the token of the Acme "
            "network, will be generated on 2026.03.20 at 09:00 KST.",
            title="Acme token generation on 2026.03.20 confirmed",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 20), decision.reasons


def test_an_ambiguous_numeric_day_stays_month_first() -> None:
    hits = find_dates("the sale opens 4/5 at noon", PUBLISHED)
    assert [h.date for h in hits if h.kind == "explicit"] == [dt.date(2026, 4, 5)]


def test_an_ordinal_naming_a_round_is_no_day() -> None:
    hits = find_dates("acme opens the 3rd round of grants", PUBLISHED)
    assert [h for h in hits if h.kind == "explicit"] == []


# Event wording of translated press: an exchange that begins "handling" a token (Japanese
# exchanges' house style) lists it; a token "generated", "put live" or "started" is its launch.


def test_an_exchange_beginning_the_handling_of_a_token_lists_it(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Kestrel Exchange announced that it will begin the handling of ACME, the new token "
            "of Acme Labs, from 20 March (Fri) 10:00 JST, the company said.",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "listing", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 20), decision.reasons


def test_handling_of_requests_is_no_listing(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "Acme Labs will begin the handling of refund requests on Monday, the support team "
            "said.",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_a_token_that_was_generated_today_is_its_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme Labs announced that the ACME token was generated today at 09:00 JST, and "
            "transfers are now possible.",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


def test_a_token_put_live_is_its_launch(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "The DeFi project Acme Labs has announced that its ACME token will be put live on "
            "Friday at 02:00 TSİ.",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert decision.event_date == dt.date(2026, 3, 19), decision.reasons


def test_a_project_starting_its_token_launches_it(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "The start-up Acme Labs will start its ACME token on Wednesday, the company "
            "announced on Monday.",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons


def test_starting_a_token_sale_is_still_a_sale(detector: Detector, make_item: MakeItem) -> None:
    decision = detector.score(
        make_item(
            "Acme Labs will start its ACME token sale on Wednesday, the company announced.",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "token_sale", decision.reasons


def test_no_relation_with_another_sense_sets_it_apart(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme Labs has announced that its ACME token will be put live on Friday. The team "
            "underlined that it has no relation with Acme Stadium.",
            source="rss",
        )
    )
    assert decision.is_signal, decision.reasons


# Subject attribution: the token an airdrop verb takes as its object, right before the
# recipients it goes "to", owns the airdrop; the watched token's stakers only receive it.


def test_another_token_airdropped_to_a_watched_tokens_stakers_is_not_its_event(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Brindle Games, a studio building on Acme Labs' chain, announced that ACME stakers "
            "will receive 4% of the BRIN supply. The claim of BRIN opens on 19 March at "
            "brindle.gg.",
            title="Brindle Games to airdrop BRIN to ACME stakers on 19 March",
            source="rss",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_a_project_airdropping_its_own_token_to_holders_is_its_event(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "Acme Labs announced that ACME stakers will receive 4% of the supply. The claim "
            "opens on 19 March at acme.xyz/claim.",
            title="Acme Labs to airdrop ACME to stakers on 19 March",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons


def test_the_day_a_source_gave_its_information_is_not_the_event_day(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "According to information from Acme Labs on 14/3, the project will carry out the "
            "TGE of the ACME token after the eligibility check is finished.",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    assert decision.event_date is None, decision.reasons


def test_according_to_a_source_the_event_is_on_a_day(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(
        make_item(
            "According to Acme Labs, the ACME token generation event is on 19 March.",
            source="rss",
        )
    )
    assert decision.is_signal and decision.event_date == dt.date(2026, 3, 19), decision.reasons
