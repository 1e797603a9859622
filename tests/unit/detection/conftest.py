"""A made-up watch list and an item factory shared by the detection tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from swarm.detection import Detector, ItemIn, WatchList

WATCHLIST_YAML = """
companies:
  - name: Acme
    aliases: ["Acme Labs", "Acme Foundation"]
    tokens: ["ACME"]
    priority: high
    x_handles: ["acme_xyz"]
    domains: ["acme.xyz"]
    negative_context: ["acme stadium", "road runner"]
  - name: Orbit
    tokens: ["ORB"]
    priority: low
  - name: ZetaChain Labs
    tokens: ["ZETX"]
    priority: medium
"""

# Saturday 14 March 2026, 09:30 UTC.
PUBLISHED = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)

MakeItem = Callable[..., ItemIn]


@pytest.fixture(scope="session")
def watchlist() -> WatchList:
    return WatchList.from_yaml_text(WATCHLIST_YAML)


@pytest.fixture(scope="session")
def detector(watchlist: WatchList) -> Detector:
    """The rules alone: tests of a rule state what the rules decide (the text model's second
    opinion is tested in test_textmodel.py and on the corpora)."""
    return Detector(watchlist, second_opinion=False)


@pytest.fixture(scope="session")
def production(watchlist: WatchList) -> Detector:
    """The production decision: the rules with the bundled text model's second opinion."""
    return Detector(watchlist)


@pytest.fixture
def make_item() -> MakeItem:
    def make(
        text: str,
        title: str = "",
        author: str = "@newsdesk",
        url: str = "https://news.example/item",
        source: str = "x",
        published: dt.datetime = PUBLISHED,
    ) -> ItemIn:
        return ItemIn(
            id="t1", source=source, url=url, title=title, text=text, author=author,
            published=published,
        )  # fmt: skip

    return make


def news(make_item: MakeItem, title: str, text: str) -> ItemIn:
    """A news item with a headline, from a desk that is no source of the watched projects."""
    return make_item(text, title=title, source="rss", url="", author="Newsdesk")
