"""workers.ping: a container's health check looks at its own worker or beat only."""

from __future__ import annotations

from workers.ping import answered_here, held_by_host


def test_a_reply_from_this_host_counts() -> None:
    assert answered_here(["news_scraper@abc123", "notifier@def456"], "abc123")
    assert answered_here(["news_scraper@abc123"], "abc123", "news_scraper")


def test_replies_from_other_hosts_or_names_do_not() -> None:
    assert not answered_here(["news_scraper@def456"], "abc123")
    assert not answered_here(["notifier@abc123"], "abc123", "news_scraper")
    assert not answered_here([], "abc123")
    # A host name that only ends like this one is another host.
    assert not answered_here(["news_scraper@xabc123"], "abc123")


def test_the_beat_lock_held_by_this_host_or_another() -> None:
    value = b"1796180317667722:5dea1ef533c5:1:139945524383808:9f617550"
    assert held_by_host(value, "5dea1ef533c5")
    assert not held_by_host(value, "5dea1ef533c")  # another host
    assert not held_by_host(None, "5dea1ef533c5")  # nobody holds it
