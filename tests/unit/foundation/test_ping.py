"""workers.ping: the worker container's health check picks its own node's reply."""

from __future__ import annotations

from workers.ping import answered_here


def test_a_reply_from_this_host_counts() -> None:
    assert answered_here(["news_scraper@abc123", "notifier@def456"], "abc123")
    assert answered_here(["news_scraper@abc123"], "abc123", "news_scraper")


def test_replies_from_other_hosts_or_names_do_not() -> None:
    assert not answered_here(["news_scraper@def456"], "abc123")
    assert not answered_here(["notifier@abc123"], "abc123", "news_scraper")
    assert not answered_here([], "abc123")
    # A host name that only ends like this one is another host.
    assert not answered_here(["news_scraper@xabc123"], "abc123")
