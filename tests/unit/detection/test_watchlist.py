from __future__ import annotations

import pytest

from swarm.detection import WatchList, WatchlistError
from swarm.errors import PermanentError


def test_default_watchlist_loads_every_company() -> None:
    watchlist = WatchList.default()
    assert len(watchlist.companies) >= 1
    assert all(c.tokens and c.priority in ("high", "medium", "low") for c in watchlist.companies)


def test_only_required_keys_are_needed_and_extras_are_kept() -> None:
    text = "companies:\n  - {name: Acme, tokens: [ACME], priority: low, color: red}\n"
    watchlist = WatchList.from_yaml_text(text)
    company = watchlist.companies[0]
    assert company.aliases == [] and company.x_handles == [] and company.domains == []
    assert watchlist.to_dicts()[0]["color"] == "red"


def test_round_trip_through_dicts() -> None:
    text = "companies:\n  - {name: Acme, tokens: [$ACME], priority: high, x_handles: ['@acme']}\n"
    watchlist = WatchList.from_yaml_text(text)
    again = WatchList.from_mapping({"companies": watchlist.to_dicts()})
    assert again == watchlist
    assert again.companies[0].tokens == ["ACME"]
    assert again.companies[0].x_handles == ["acme"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("companies:\n  - {name: Acme, tokens: [ACME], priority: urgent}\n", "(Acme).priority"),
        ("companies:\n  - {name: Acme, priority: low}\n", "(Acme).tokens"),
        ("companies:\n  - {tokens: [X], priority: low}\n", "companies[0].name"),
        ("companies:\n  - {name: Acme, tokens: [], priority: low}\n", "(Acme).tokens"),
        ("companies: 3\n", "companies"),
        ("- just a list\n", "(file)"),
        ("companies: [\n", "(file)"),
    ],
)
def test_errors_name_the_company_and_field(text: str, where: str) -> None:
    with pytest.raises(WatchlistError) as caught:
        WatchList.from_yaml_text(text, source="list.yaml")
    assert isinstance(caught.value, PermanentError)
    assert any(where in field for field, _ in caught.value.problems), caught.value.problems
    assert "list.yaml" in str(caught.value)


def test_duplicate_names_are_rejected() -> None:
    text = "companies:\n  - {name: Acme, tokens: [A], priority: low}\n" * 1 + (
        "  - {name: acme, tokens: [B], priority: low}\n"
    )
    with pytest.raises(WatchlistError, match="duplicate"):
        WatchList.from_yaml_text(text)
