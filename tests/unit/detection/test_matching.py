"""Company references: names, aliases, symbols, handles, boundaries and case."""

from __future__ import annotations

from swarm.detection import Detector, WatchList
from swarm.detection.folding import fold
from swarm.detection.matcher import Matcher, is_distinctive

from .conftest import MakeItem


def scan(watchlist: WatchList, text: str) -> list[tuple[str, str]]:
    matcher = Matcher(watchlist.companies, {})
    found = matcher.scan(text, fold(text))
    return [(watchlist.companies[m.company].name, m.kind) for m in found.mentions]


def test_bare_symbol_needs_the_watch_list_case(watchlist: WatchList) -> None:
    assert scan(watchlist, "ACME TGE") == [("Acme", "name")]  # the name matches in any case
    assert scan(watchlist, "ORB rallies") == [("Orbit", "ticker")]
    assert scan(watchlist, "an orb of light") == []
    assert scan(watchlist, "$orb is live") == [("Orbit", "cashtag")]


def test_word_boundaries(watchlist: WatchList) -> None:
    assert scan(watchlist, "Acmeswap launches") == []
    assert scan(watchlist, "ORBIT2 and ORBS") == []
    assert scan(watchlist, "Acme's token, (ORB).") == [("Acme", "name"), ("Orbit", "ticker")]


def test_longest_alias_wins_at_one_position(watchlist: WatchList) -> None:
    assert scan(watchlist, "Acme Foundation said") == [("Acme", "alias")]


def test_handles_are_mentions(watchlist: WatchList) -> None:
    assert scan(watchlist, "per @acme_xyz today") == [("Acme", "handle")]


def test_distinctive_names() -> None:
    assert is_distinctive("Acme Labs") and is_distinctive("AcmeDAO") and is_distinctive("Acme01")
    assert not is_distinctive("Acme") and not is_distinctive("ACME")


def test_fold_keeps_offsets() -> None:
    text = "İstanbul “Acme” — ＡＣＭＥ ﬁ"
    assert len(fold(text)) == len(text)
    assert "acme" in fold(text)


def test_official_author_and_subdomains(detector: Detector, make_item: MakeItem) -> None:
    text = "Acme TGE is live today, claims open now."
    assert detector.score(make_item(text, author="@Acme_XYZ")).official
    assert detector.score(make_item(text, url="https://blog.acme.xyz/tge", author="")).official
    assert not detector.score(make_item(text, url="https://acme.xyz.evil.io/tge")).official
    assert not detector.score(make_item(text)).official


def test_ordinary_word_name_needs_crypto_context(detector: Detector, make_item: MakeItem) -> None:
    plain = detector.score(make_item("Orbit launches new summer menu, claim a free drink today"))
    assert not plain.is_signal and plain.category == "homonym"
    crypto = detector.score(make_item("Orbit TGE is live today: $ORB claims are open now."))
    assert crypto.is_signal and crypto.company == "Orbit"
