from __future__ import annotations

import datetime as dt
import time

import pytest

from swarm.detection.models import ItemIn
from swarm.fetchers.normalise import (
    NormalisedItem,
    canonical_url,
    clean_text,
    fingerprint,
    item_id,
    to_utc,
)


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("HTTPS://Example.COM/News/Post/", "https://example.com/News/Post"),
        ("https://example.com/a?b=2&a=1#section", "https://example.com/a?a=1&b=2"),
        (
            "https://example.com/a?utm_source=x&UTM_Medium=y&id=7&fbclid=abc&gclid=1",
            "https://example.com/a?id=7",
        ),
        ("http://example.com:80/x", "http://example.com/x"),
        ("https://example.com:8443/x/", "https://example.com:8443/x"),
        ("https://example.com/", "https://example.com"),
        ("  https://example.com/a?q=  ", "https://example.com/a?q="),
        ("not a url", "not a url"),
        ("mailto:someone@example.com", "mailto:someone@example.com"),
    ],
)
def test_canonical_url(raw: str, canonical: str) -> None:
    assert canonical_url(raw) == canonical


def test_canonical_url_is_idempotent() -> None:
    once = canonical_url("HTTPS://A.example/p/?z=1&utm_campaign=q&a=2#f")
    assert canonical_url(once) == once


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("<p>Token <b>launch</b>&nbsp;&amp; airdrop</p>", "Token launch & airdrop"),
        ("  many\n\n\tspaces  ", "many spaces"),
        ("<script>alert(1)</script>Visible<style>p{}</style>", "Visible"),
        ("caf\u0065\u0301", "caf\u00e9"),  # NFC
        ("a &lt;b&gt; c", "a <b> c"),
        ("", ""),
        (None, ""),
    ],
)
def test_clean_text(raw: str | None, clean: str) -> None:
    assert clean_text(raw) == clean


def test_fingerprint_ignores_html_case_and_whitespace() -> None:
    a = fingerprint("Acme TGE", "<p>Claim opens <b>today</b></p>")
    b = fingerprint("  acme   tge ", "Claim opens\n today")
    assert a == b
    assert a != fingerprint("Acme TGE", "Claim opens tomorrow")


def test_to_utc_from_all_forms() -> None:
    expected = dt.datetime(2025, 6, 10, 2, 0, tzinfo=dt.UTC)
    assert to_utc(time.struct_time((2025, 6, 10, 2, 0, 0, 1, 161, 0))) == expected
    assert to_utc("2025-06-10T04:00:00+02:00") == expected
    assert to_utc("2025-06-10T02:00:00.000Z") == expected
    assert to_utc("Tue, 10 Jun 2025 04:00:00 +0200") == expected
    assert to_utc(dt.datetime(2025, 6, 10, 2, 0)) == expected  # naive = UTC
    assert to_utc("2025-06-10T04:00:00+02:00").tzinfo is dt.UTC  # type: ignore[union-attr]
    assert to_utc(None) is None
    assert to_utc("") is None
    assert to_utc("next tuesday") is None


def test_item_id_is_stable_and_kind_scoped() -> None:
    a = item_id("rss", "https://Example.com/post/?utm_source=x")
    assert a == item_id("rss", "https://example.com/post")
    assert a != item_id("x", "https://example.com/post")
    assert len(a) == 32
    assert all(c in "0123456789abcdef" for c in a)


def test_to_detection_input_uses_fetch_time_when_undated() -> None:
    fetched = dt.datetime(2025, 1, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    item = NormalisedItem(id="i1", kind="rss", url="https://e.com", title="T", text="x",
                          fingerprint="f")
    detection = item.to_detection_input(fetched)
    assert isinstance(detection, ItemIn)
    assert detection.source == "rss"
    assert detection.published == dt.datetime(2025, 1, 1, 10, tzinfo=dt.UTC)
    dated = item.model_copy(update={"published": dt.datetime(2024, 5, 5, tzinfo=dt.UTC)})
    assert dated.to_detection_input(fetched).published == dt.datetime(2024, 5, 5, tzinfo=dt.UTC)
    with pytest.raises(ValueError, match="timezone-aware"):
        item.to_detection_input(dt.datetime(2025, 1, 1))
