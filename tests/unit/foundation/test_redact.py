"""swarm.redact: URLs keep their shape, lose their credentials; log lines carry no secret."""

from __future__ import annotations

import io
import json
import logging

import pytest

from swarm import logsetup
from swarm.redact import MASK, endpoint, mask_url, redact_text


@pytest.mark.parametrize(
    "url, expected",
    [
        ("redis://:pw@h:6379/0", f"redis://:{MASK}@h:6379/0"),
        ("rediss://default:p@ss@h:6380/1", f"rediss://default:{MASK}@h:6380/1"),
        ("postgresql+psycopg://app:pw@db/swarm", f"postgresql+psycopg://app:{MASK}@db/swarm"),
        ("redis://user@h:6379/0", "redis://user@h:6379/0"),
        ("https://h/feed?token=abc&page=2", f"https://h/feed?token={MASK}&page=2"),
        ("https://h/feed.xml", "https://h/feed.xml"),
        ("unix:///tmp/redis.sock", "unix:///tmp/redis.sock"),
    ],
)
def test_mask_url(url: str, expected: str) -> None:
    assert mask_url(url) == expected


def test_endpoint_keeps_only_scheme_and_host() -> None:
    assert endpoint("https://u:p@hooks.example:8443/T0/B0/tok?x=1") == "https://hooks.example:8443/…"
    assert endpoint("not a url") == MASK


def test_redact_text_masks_urls_and_literals() -> None:
    text = "connect redis://:pw-1234@cache:6379/0 failed; token abcd-secret in body"
    out = redact_text(text, ["abcd-secret"])
    assert "pw-1234" not in out and "abcd-secret" not in out
    assert "cache:6379" in out


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_log_lines_and_tracebacks_are_redacted(fmt: str) -> None:
    out = io.StringIO()
    logsetup.configure("DEBUG", fmt, stream=out, secrets=["bearer-x-4b8f"])
    log = logging.getLogger("swarm.test")
    log.info("calling redis://:redispw-7f3a@cache:6379/0 with %s", "bearer-x-4b8f")
    try:
        raise RuntimeError("refused https://hooks.example/x?token=hooktok-91cc")
    except RuntimeError:
        log.exception("boom")
    text = out.getvalue()
    if fmt == "json":
        assert all(json.loads(line) for line in text.splitlines())
    assert "cache:6379" in text and "boom" in text
    for secret in ("redispw-7f3a", "bearer-x-4b8f", "hooktok-91cc"):
        assert secret not in text


def test_http_client_info_lines_are_quiet() -> None:
    out = io.StringIO()
    logsetup.configure("DEBUG", "text", stream=out)
    logging.getLogger("httpx").info('HTTP Request: POST https://hooks.example/hooktok "200 OK"')
    logging.getLogger("httpcore.http11").debug("send_request_headers.started")
    logging.getLogger("httpx").warning("a warning still shows")
    assert "hooktok" not in out.getvalue() and "send_request" not in out.getvalue()
    assert "a warning still shows" in out.getvalue()
