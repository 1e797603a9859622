"""Webhook signing, verification and status classification (no network)."""

from __future__ import annotations

import httpx
import pytest

from swarm.notify.errors import DeliveryFailed, DeliveryRejected
from swarm.notify.webhook import (
    IDEMPOTENCY_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    classify_status,
    sign,
    verify_signature,
    webhook_headers,
)

SECRET = "s3cret"
BODY = b'{"type":"tge_alert","alert":{"id":1}}'
TS = 1_770_000_000


def test_signature_round_trip() -> None:
    header = sign(SECRET, str(TS), BODY)
    assert header.startswith("sha256=") and len(header) == len("sha256=") + 64
    assert verify_signature(SECRET, str(TS), BODY, header, tolerance_s=300, now=TS + 10)


@pytest.mark.parametrize(
    ("secret", "timestamp", "body"),
    [
        ("other", str(TS), BODY),  # wrong secret
        (SECRET, str(TS + 1), BODY),  # timestamp changed
        (SECRET, str(TS), BODY.replace(b"1", b"2")),  # body changed
        (SECRET, str(TS), BODY + b" "),  # one byte more
    ],
)
def test_tampering_is_detected(secret: str, timestamp: str, body: bytes) -> None:
    header = sign(SECRET, str(TS), BODY)
    assert not verify_signature(secret, timestamp, body, header, now=TS)


def test_stale_or_future_timestamps_are_refused() -> None:
    header = sign(SECRET, str(TS), BODY)
    assert not verify_signature(SECRET, str(TS), BODY, header, tolerance_s=300, now=TS + 301)
    assert not verify_signature(SECRET, str(TS), BODY, header, tolerance_s=300, now=TS - 301)
    assert verify_signature(SECRET, str(TS), BODY, header, tolerance_s=300, now=TS + 300)


@pytest.mark.parametrize("header", [None, "", "md5=abc", "sha256=", "sha256=zz"])
def test_missing_or_malformed_header_is_refused(header: str | None) -> None:
    assert not verify_signature(SECRET, str(TS), BODY, header, now=TS)


def test_non_numeric_timestamp_is_refused() -> None:
    header = sign(SECRET, "soon", BODY)
    assert not verify_signature(SECRET, "soon", BODY, header, now=TS)


def test_headers_sign_only_with_a_secret() -> None:
    signed = webhook_headers(SECRET, BODY, "7:webhook:abc", TS)
    assert signed["Content-Type"] == "application/json"
    assert signed[TIMESTAMP_HEADER] == str(TS)
    assert signed[IDEMPOTENCY_HEADER] == "7:webhook:abc"
    assert signed[SIGNATURE_HEADER] == sign(SECRET, str(TS), BODY)
    unsigned = webhook_headers(None, BODY, "7:webhook:abc", TS)
    assert SIGNATURE_HEADER not in unsigned


@pytest.mark.parametrize("status", [200, 201, 202, 204])
def test_2xx_is_delivered(status: int) -> None:
    classify_status(httpx.Response(status), "webhook:x")


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_transient(status: int) -> None:
    with pytest.raises(DeliveryFailed) as err:
        classify_status(httpx.Response(status, text="busy"), "webhook:x")
    assert err.value.channel == "webhook:x" and str(status) in err.value.reason


@pytest.mark.parametrize("status", [301, 400, 401, 403, 404, 410, 422])
def test_other_statuses_are_permanent(status: int) -> None:
    with pytest.raises(DeliveryRejected) as err:
        classify_status(httpx.Response(status, text="nope"), "webhook:x")
    assert f"HTTP {status}" in err.value.reason
