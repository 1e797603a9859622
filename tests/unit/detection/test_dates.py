from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from swarm.detection import dates
from swarm.detection.dates import find_dates

PUBLISHED = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)  # a Saturday


def first_date(text: str, published: dt.datetime = PUBLISHED) -> dt.date | None:
    hits = [h for h in find_dates(text.lower(), published) if h.kind != "vague"]
    return hits[0].date if hits else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TGE on March 20", dt.date(2026, 3, 20)),
        ("launch on 20th March 2026", dt.date(2026, 3, 20)),
        ("claims open Mar. 3rd, 2027", dt.date(2027, 3, 3)),
        ("sale: 2026-04-01", dt.date(2026, 4, 1)),
        ("trading from 4/2", dt.date(2026, 4, 2)),
        ("listing Jan 2", dt.date(2026, 1, 2)),  # the year nearest to publication
        ("claims open tomorrow", dt.date(2026, 3, 15)),
        ("goes live today", dt.date(2026, 3, 14)),
        ("opens Wednesday", dt.date(2026, 3, 18)),
        ("opens next Tuesday", dt.date(2026, 3, 17)),
        ("starts in two weeks", dt.date(2026, 3, 28)),
        ("starts in 3 days", dt.date(2026, 3, 17)),
        ("the window closed last Friday", dt.date(2026, 3, 13)),
    ],
)
def test_day_references_resolve(text: str, expected: dt.date) -> None:
    assert first_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TGE March 20 at 02:00 KST", dt.date(2026, 3, 19)),
        ("TGE March 20 at 23:00 KST", dt.date(2026, 3, 20)),
        ("listing March 20, 8pm ET", dt.date(2026, 3, 21)),  # EDT in March: 00:00 UTC
        ("listing Jan 20, 8pm ET", dt.date(2026, 1, 21)),  # EST: 01:00 UTC
        ("listing Jan 20, 3pm ET", dt.date(2026, 1, 20)),
        ("unlock March 20 at 20:00 PT", dt.date(2026, 3, 21)),
        ("sale March 20 00:30 CET", dt.date(2026, 3, 19)),
        ("sale March 20 07:00 UTC+9", dt.date(2026, 3, 19)),
        ("sale March 20 12:00 UTC", dt.date(2026, 3, 20)),
    ],
)
def test_times_in_other_zones_convert_to_utc(text: str, expected: dt.date) -> None:
    assert first_date(text) == expected


def test_missing_year_wraps_into_the_next_year() -> None:
    published = dt.datetime(2026, 12, 28, 12, 0, tzinfo=dt.UTC)
    assert first_date("claims open Jan 3", published) == dt.date(2027, 1, 3)


def test_relative_day_with_a_zone_uses_the_local_day() -> None:
    published = dt.datetime(2026, 3, 14, 20, 0, tzinfo=dt.UTC)  # 05:00 on the 15th in Seoul
    assert first_date("claims open tomorrow at 09:00 KST", published) == dt.date(2026, 3, 16)


@pytest.mark.parametrize(
    "text", ["launch in Q3", "TGE in September", "token soon", "later this year"]
)
def test_vague_references_have_no_day(text: str) -> None:
    hits = find_dates(text.lower(), PUBLISHED)
    assert hits and all(h.date is None for h in hits)


def test_weekday_written_with_its_date_is_one_reference() -> None:
    hits = find_dates("goes live monday, april 27 at 8pm et", PUBLISHED)
    assert [h.date for h in hits] == [dt.date(2026, 4, 28)]


PREFIXED = [*dates._EXPLICIT, dates._MONTH_ONLY, dates._VAGUE, dates._TIME]
START_LOOKAHEAD = re.compile(r"^\(\?=[^)]*\)")
DATE_TEXT = st.text(alphabet="0123456789 /-.:,marchjuneinoftbdqsw2pmutc+\n", max_size=50)


@settings(max_examples=300, deadline=None)
@given(text=DATE_TEXT)
def test_start_lookaheads_change_no_match(text: str) -> None:
    """Each pattern's leading ``(?=...)`` only lets the engine skip: same matches without it."""
    for pattern in PREFIXED:
        plain = re.compile(START_LOOKAHEAD.sub("", pattern.pattern, count=1))
        assert plain.pattern != pattern.pattern
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


def test_a_clock_just_before_the_day_is_its_own() -> None:
    # the zone written right before the day converts it, not a restatement further on
    text = "claims open 01:00 kst on march 20, which is 16:00 utc on march 19"
    hits = find_dates(text, PUBLISHED)
    assert hits[0].date == dt.date(2026, 3, 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("claims open in 10 minutes", dt.date(2026, 3, 14)),
        ("the sale opens in a few hours", dt.date(2026, 3, 14)),
        ("transfers unlock in 16 hours", dt.date(2026, 3, 15)),
    ],
)
def test_minutes_and_hours_ahead_give_that_moments_day(text: str, expected: dt.date) -> None:
    assert first_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Claims open at 12:00 UTC on the portal", dt.date(2026, 3, 14)),
        # (published 09:30 UTC: a clock reached just before is today's, an earlier one tomorrow's)
        ("Claims open at 08:00 UTC on the portal", dt.date(2026, 3, 14)),
        ("Claims open at 05:00 UTC on the portal", dt.date(2026, 3, 15)),
        ("It went live at 12:00 UTC", None),  # a past-tense clause
        ("The March TGE went fine; staking at 12:00 UTC", None),  # a month is named
    ],
)
def test_a_clock_alone_is_its_next_occurrence(text: str, expected: dt.date | None) -> None:
    assert first_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the token goes live at midnight Tokyo time on July 21", dt.date(2026, 7, 20)),
        ("launch at noon Seoul time on May 5", dt.date(2026, 5, 5)),
        ("claims open tonight, 8 p.m. Eastern", dt.date(2026, 3, 15)),
        ("transferable on 17.03 at 12:00 UTC", dt.date(2026, 3, 17)),
        ("priced at 0.12 on 1.5x leverage", None),
    ],
)
def test_named_hours_city_zones_and_dotted_days(text: str, expected: dt.date | None) -> None:
    assert first_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the token unlocks at 02:00 Japan time on August 4", dt.date(2026, 8, 3)),
        ("claims open 6 a.m. Korean Standard Time on May 5", dt.date(2026, 5, 4)),
        ("trading starts at 07:30 China time on April 1", dt.date(2026, 3, 31)),
        ("the sale opens at 10:00 Taiwan time on June 2", dt.date(2026, 6, 2)),
    ],
)
def test_a_country_named_zone_converts_the_clock(text: str, expected: dt.date) -> None:
    assert first_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("claims open at 00:00 on September 10 (UTC+8)", dt.date(2026, 9, 9)),
        ("transfers open at 20:00 (UTC+8) on March 17", dt.date(2026, 3, 17)),
        ("opens on September 10 (UTC+8)", dt.date(2026, 9, 10)),  # a day, not "10 o'clock"
    ],
)
def test_a_bracketed_offset_after_the_day_zones_the_clock_before_it(
    text: str, expected: dt.date
) -> None:
    assert first_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two weeks from today, the token goes live", dt.date(2026, 3, 28)),
        ("sale opens 3 days from now", dt.date(2026, 3, 17)),
    ],
)
def test_spans_counted_from_today_resolve(text: str, expected: dt.date) -> None:
    assert first_date(text) == expected


def test_two_weeks_alone_is_no_day() -> None:
    assert first_date("holders waited two weeks after the snapshot") is None


def test_a_day_repeated_without_its_clock_takes_the_zoned_date() -> None:
    text = "Acme sets its claim for March 20\nThe foundation said on Thursday that claims open "
    text += "at 9 p.m. ET on Friday, March 20."
    explicit = [h for h in find_dates(text.lower(), PUBLISHED) if h.kind == "explicit"]
    assert [h.date for h in explicit] == [dt.date(2026, 3, 21)] * 2


def test_a_past_duration_in_minutes_is_no_day() -> None:
    assert first_date("the sale sold out in 11 minutes") is None
    assert first_date("claims open in 10 minutes") is not None


def test_a_headline_selling_out_in_minutes_gives_no_day() -> None:
    assert first_date("acme community round sells out in 9 minutes") is None
    assert first_date("the acme round opens in 9 minutes") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Telegram-focused Acme to launch ACME token on Friday",
        "Community-owned Acme airdrop claims on Friday",
        "Acme, founded in 2021, to open claims on Friday",
    ],
)
def test_a_compound_adjective_or_a_headline_infinitive_is_not_past(text: str) -> None:
    # published on a Saturday: "Friday" is the coming one
    assert [h.date for h in find_dates(text.lower(), PUBLISHED) if h.date][-1] == dt.date(
        2026, 3, 20
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("claims open 3 June 14:00 UTC", dt.date(2026, 6, 3)),  # not "June 14"
        ("the sale opens 9 April 08:30 UTC", dt.date(2026, 4, 9)),
        ("the sale runs 22-24 March", dt.date(2026, 3, 22)),  # a range names its first day
        ("the auction runs 22\u201324 March", dt.date(2026, 3, 22)),
        ("bidding runs 5 to 7 April", dt.date(2026, 4, 5)),
    ],
)
def test_a_clock_after_the_month_and_a_range_of_days(text: str, expected: dt.date) -> None:
    assert first_date(text) == expected


def test_a_weekday_written_again_takes_the_zoned_weekdays_utc_day() -> None:
    # Saturday 14 March: "Sunday" is the 15th; 9 p.m. ET on Sunday is Monday 01:00 UTC
    text = "acme sale to open sunday evening et\nthe sale opens at 9 p.m. et on sunday."
    days = [h.date for h in find_dates(text, PUBLISHED) if h.kind != "vague"]
    assert days == [dt.date(2026, 3, 16), dt.date(2026, 3, 16)]


def test_tomorrow_written_again_takes_the_zoned_tomorrows_utc_day() -> None:
    # published 20:00 UTC on Saturday 14 March, 16:00 in New York: "tomorrow" there is Sunday
    # the 15th, and 9 p.m. ET on it is Monday 01:00 UTC; the headline's bare "tomorrow" is that day
    published = dt.datetime(2026, 3, 14, 20, 0, tzinfo=dt.UTC)
    text = (
        "acme labs to open acme claims for early testers tomorrow\n"
        "acme labs said claims for its token open tomorrow at 9 p.m. et."
    )
    days = [h.date for h in find_dates(text, published) if h.kind != "vague"]
    assert days == [dt.date(2026, 3, 16), dt.date(2026, 3, 16)]


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("acme public sale: september, on acme.xyz/sale.", True),
        ("tge: october. more soon", True),
        ("public sale: september 5, 14:00 utc", False),  # a day, not a month
        ("status: may change after the audit", False),  # the verb
    ],
)
def test_a_month_given_as_a_label_value_is_a_coarse_date(text: str, vague: bool) -> None:
    hits = find_dates(text, dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC))
    assert any(h.kind == "vague" for h in hits) is vague, hits
