"""The per-process HTTP client of the notifier."""

from __future__ import annotations

from swarm.notify.httpclient import http_client, reset_http_client


def test_one_client_per_process_until_reset() -> None:
    try:
        first = http_client()
        assert http_client() is first
        assert not first.follow_redirects
        reset_http_client()
        assert first.is_closed
        assert http_client() is not first
    finally:
        reset_http_client()
