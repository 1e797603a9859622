from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from swarm.fetchers.errors import ResponseMalformed
from swarm.fetchers.x import build_queries, parse_search, plan_queries, render_term

URL = "https://api.x.test/2/tweets/search/recent"

PAGE = {
    "data": [
        {"id": "1800000000000000002", "text": "Acme TGE &amp; claim\nopens today",
         "created_at": "2025-06-10T02:00:00.000Z", "author_id": "11", "lang": "en"},
        {"id": "1800000000000000001", "text": "no author in includes",
         "created_at": "2025-06-09T23:59:59.000Z", "author_id": "99"},
    ],
    "includes": {"users": [{"id": "11", "username": "acme", "name": "Acme"}]},
    "meta": {"newest_id": "1800000000000000002", "oldest_id": "1800000000000000001",
             "result_count": 2, "next_token": "b26v89c19zqg8o3f"},
}


def test_parse_results_with_users() -> None:
    page = parse_search(json.dumps(PAGE).encode(), URL)
    first, second = page.items
    assert first.kind == "x"
    assert first.url == "https://x.com/acme/status/1800000000000000002"
    assert first.author == "@acme"
    assert first.title == ""
    assert first.text == "Acme TGE & claim opens today"
    assert first.published == dt.datetime(2025, 6, 10, 2, tzinfo=dt.UTC)
    assert second.url == "https://x.com/i/web/status/1800000000000000001"
    assert second.author == ""
    assert page.newest_id == "1800000000000000002"
    assert page.next_token == "b26v89c19zqg8o3f"
    assert first.id != second.id
    assert first.to_detection_input(dt.datetime.now(dt.UTC)).source == "x"


def test_parse_empty_result_has_no_data_key() -> None:
    page = parse_search(b'{"meta": {"result_count": 0}}', URL)
    assert page.items == []
    assert page.newest_id is None
    assert page.next_token is None


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<html>oops</html>", "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"data": [{"text": "no id"}]}', "not a recent-search result"),
        (b'{"data": "nope"}', "not a recent-search result"),
    ],
)
def test_malformed_bodies(body: bytes, reason: str) -> None:
    with pytest.raises(ResponseMalformed, match=reason):
        parse_search(body, URL)


def test_render_term() -> None:
    assert render_term("Acme Network") == '"Acme Network"'
    assert render_term('say "hi"') == '"say hi"'
    assert render_term("$ACME") == "$ACME"
    assert render_term("from:acme_xyz") == "from:acme_xyz"
    assert render_term("$") == '"$"'
    assert render_term("   ") == ""


def test_build_queries_packs_and_drops() -> None:
    plan = plan_queries(["Acme", "acme", "$ACME", "from:acme", "", "x" * 600], max_length=60)
    assert plan.queries == ['(from:acme OR "Acme" OR $ACME) -is:retweet']
    assert [term for term, _ in plan.dropped] == ["", "x" * 600]
    assert "600" not in plan.dropped[1][1] and "60-character" in plan.dropped[1][1]


def test_single_term_has_no_parentheses() -> None:
    assert build_queries(["Acme"]) == ['"Acme" -is:retweet']
    assert build_queries(["Acme"], suffix="") == ['"Acme"']
    assert build_queries([]) == []


terms_strategy = st.lists(
    st.one_of(
        st.text(alphabet="abcdefgh xyz", min_size=0, max_size=40),
        st.from_regex(r"\$[A-Z]{1,8}", fullmatch=True),
        st.from_regex(r"from:[a-z_]{1,15}", fullmatch=True),
        st.text(alphabet="ab", min_size=60, max_size=140),
    ),
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(terms=terms_strategy, max_length=st.integers(min_value=30, max_value=512))
def test_queries_fit_and_hold_every_fitting_term_once(terms: list[str], max_length: int) -> None:
    plan = plan_queries(terms, max_length=max_length)
    assert all(len(q) <= max_length for q in plan.queries)
    placed = [t for group in plan.groups for t in group]
    assert len(placed) == len({t.lower() for t in placed})  # each term exactly once
    for query, group in zip(plan.queries, plan.groups, strict=True):
        assert query.endswith(" -is:retweet")
        assert query.removesuffix(" -is:retweet").strip("()").split(" OR ") == group
    expected = {render_term(t).lower() for t in terms if render_term(t)}
    dropped = {render_term(t).lower() for t, _ in plan.dropped}
    assert {t.lower() for t in placed} == expected - dropped
    for term, _ in plan.dropped:  # only terms that cannot fit alone are dropped
        rendered = render_term(term)
        assert not rendered or len(rendered) + len(" -is:retweet") > max_length
