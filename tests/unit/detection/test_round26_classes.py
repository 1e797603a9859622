"""Round dev26 (long ledes with several days): a checker post whose only days are the snapshot's
or the activity window's is dated by its publication day (docs/labels.md, class 5), and an
activity window named as a noun ("hours played between ...") is not the event's day (class 2);
a project's account for one country or language ("acme_vn") is no look-alike of it."""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector

from .conftest import PUBLISHED, MakeItem


def test_a_checker_post_is_not_dated_by_its_snapshot(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme Labs has put its ACME eligibility checker online, letting users see their "
        "allocations ahead of the claim. The team said the snapshot was taken on March 10."
    )
    decision = detector.score(make_item(text, title="Acme Labs opens ACME eligibility checker",
                                        source="rss", url="", author="Newsdesk"))  # fmt: skip
    assert decision.is_signal, decision.reasons
    assert decision.event_type == "airdrop"
    assert decision.event_date == PUBLISHED.date()


def test_an_activity_window_named_as_a_noun_is_not_the_events_day(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme Labs has opened a checker where players can look up their ACME allocation; the "
        "claim date will be shared in a separate post. Allocations follow hours played between "
        "February 1 and March 10."
    )
    title = "Acme Labs puts ACME eligibility checker online"
    item = make_item(text, title=title, source="rss", url="", author="Newsdesk")
    decision = detector.score(item)
    assert decision.is_signal, decision.reasons
    assert decision.event_date == PUBLISHED.date()


def test_the_projects_regional_account_is_no_lookalike(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Acme Labs mở cổng nhận ACME vào 20:00 ngày 20/3 (giờ Việt Nam). Chỉ dùng acme.xyz!"
    regional = detector.score(make_item(text, author="@acme_xyz_vn", url="https://x.com/a/1"))
    assert "lookalike_source" not in regional.contributions, regional.reasons
    assert regional.is_signal and regional.event_date == dt.date(2026, 3, 20)
    bait = detector.score(make_item(text, author="@acme_xyz_claim", url="https://x.com/a/1"))
    assert "lookalike_source" in bait.contributions and not bait.is_signal
