"""Send an alert to a JSON webhook, signed, and classify every failure once.

The request
-----------
``POST <url>`` with the JSON body of :func:`swarm.notify.message.webhook_body` and headers:

* ``Content-Type: application/json``
* ``X-Swarm-Timestamp: <unix seconds>``
* ``X-Swarm-Signature: sha256=<hex>`` — only when the webhook has a ``secret``: the
  HMAC-SHA256 under the secret of ``f"{timestamp}.".encode() + body`` (the raw bytes received);
* ``Idempotency-Key: <alert_id>:<channel>`` — the same for every send of one alert to one
  channel.

Verifying on the receiving side
-------------------------------
::

    from swarm.notify.webhook import verify_signature

    ok = verify_signature(
        secret, request.headers["X-Swarm-Timestamp"], raw_body,
        request.headers.get("X-Swarm-Signature"), tolerance_s=300,
    )

It recomputes the HMAC over the raw body (parse the JSON only after), compares in constant
time, and refuses a timestamp further than ``tolerance_s`` from the receiver's clock (replays).
A receiver should answer 2xx only once it has stored the alert, and drop a second request with
an ``Idempotency-Key`` it has already seen.

Classification
--------------
* 2xx: delivered;
* 408, 429, 5xx, connection refused, connect timeout: :class:`DeliveryFailed` (retried);
* any other status (3xx redirects are not followed, 4xx), an invalid URL:
  :class:`DeliveryRejected` (never retried);
* the request went out but no response came (read timeout, connection dropped, the deadline
  passed while waiting for the answer): :class:`DeliveryUncertain` — the receiver may have
  it, so it is not sent again;
* a URL whose host is not a public address and not in ``fetch.allow_hosts``:
  :class:`DeliveryRejected` (the client from :mod:`swarm.notify.httpclient` checks each
  connection's address; nothing is sent there).

One deadline (``deadline_s``, 30 s) bounds the whole call: connect, sending the body, the
response headers and body, however slowly the receiver trickles them.
"""

from __future__ import annotations

import hashlib
import hmac
import time

import httpx

from swarm.fetchers.errors import AddressRefused, SourceUnreachable
from swarm.fetchers.transport import deadline
from swarm.notify.errors import DeliveryFailed, DeliveryRejected, DeliveryUncertain

TIMESTAMP_HEADER = "X-Swarm-Timestamp"
SIGNATURE_HEADER = "X-Swarm-Signature"
IDEMPOTENCY_HEADER = "Idempotency-Key"
SIGNATURE_SCHEME = "sha256="
# Receivers refuse a signed request older (or newer) than this by default: replay window.
DEFAULT_TOLERANCE_S = 300
# Statuses that mean "not now": the request may be sent again.
RETRY_STATUSES = frozenset({408, 429})
# Characters of the response body kept in an error message.
ERROR_BODY_CHARS = 200
# Bytes of the answer read at most (enough for the error message; an answer is never stored).
ERROR_BODY_BYTES = 4 * ERROR_BODY_CHARS
# One deadline over a whole webhook call (connect, request, response), seconds.
DEADLINE_S = 30.0


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The ``X-Swarm-Signature`` value of ``body`` sent at ``timestamp``."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return SIGNATURE_SCHEME + mac.hexdigest()


def verify_signature(
    secret: str,
    timestamp: str,
    body: bytes,
    header: str | None,
    tolerance_s: float = DEFAULT_TOLERANCE_S,
    now: float | None = None,
) -> bool:
    """True when ``header`` signs ``body`` at ``timestamp`` and ``timestamp`` is recent."""
    if not header or not header.startswith(SIGNATURE_SCHEME):
        return False
    try:
        sent = int(timestamp)
    except ValueError:
        return False
    clock = time.time() if now is None else now
    if abs(clock - sent) > tolerance_s:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), header)


def webhook_headers(
    secret: str | None, body: bytes, idempotency_key: str, timestamp: int
) -> dict[str, str]:
    headers = {
        "Content-Type": "application/json",
        "Accept-Encoding": "identity",
        TIMESTAMP_HEADER: str(timestamp),
        IDEMPOTENCY_HEADER: idempotency_key,
    }
    if secret:
        headers[SIGNATURE_HEADER] = sign(secret, str(timestamp), body)
    return headers


def post_webhook(
    client: httpx.Client,
    url: str,
    secret: str | None,
    body: bytes,
    idempotency_key: str,
    channel: str = "webhook",
    timestamp: int | None = None,
    deadline_s: float = DEADLINE_S,
) -> None:
    """POST ``body`` to ``url``; return on 2xx, raise a classified delivery error otherwise."""
    ts = int(time.time()) if timestamp is None else timestamp
    headers = webhook_headers(secret, body, idempotency_key, ts)
    try:
        with deadline(deadline_s), client.stream(
            "POST", url, content=body, headers=headers
        ) as streamed:
            head = _head(streamed)
            response = httpx.Response(streamed.status_code, content=head)
    except AddressRefused:
        raise DeliveryRejected(
            channel, "the webhook's host is not a public internet address; add it to"
            " fetch.allow_hosts if it is meant to receive alerts"
        ) from None
    except SourceUnreachable as exc:  # its name did not resolve: nothing was sent
        raise DeliveryFailed(channel, exc.reason) from None
    except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
        raise DeliveryFailed(channel, f"{type(exc).__name__}: {_text(exc)}") from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL, httpx.LocalProtocolError) as exc:
        raise DeliveryRejected(channel, f"bad webhook request: {_text(exc)}") from None
    except (httpx.WriteError, httpx.WriteTimeout) as exc:
        # The body did not get out whole: the receiver cannot have accepted it.
        raise DeliveryFailed(channel, f"{type(exc).__name__}: {_text(exc)}") from None
    except httpx.TransportError as exc:
        raise DeliveryUncertain(channel, f"{type(exc).__name__}: {_text(exc)}") from None
    classify_status(response, channel)


def classify_status(response: httpx.Response, channel: str) -> None:
    """Return on 2xx; raise :class:`DeliveryFailed` or :class:`DeliveryRejected` otherwise."""
    status = response.status_code
    if 200 <= status < 300:
        return
    reason = f"HTTP {status}: {response.text[:ERROR_BODY_CHARS]}".rstrip(": ")
    if status in RETRY_STATUSES or status >= 500:
        raise DeliveryFailed(channel, reason)
    raise DeliveryRejected(channel, reason)


def _head(response: httpx.Response) -> bytes:
    """The first bytes of the answer (for an error message); the rest is never read."""
    head = b""
    for chunk in response.iter_raw():  # identity was asked for: nothing to inflate
        head += chunk
        if len(head) >= ERROR_BODY_BYTES:
            break
    return head[:ERROR_BODY_BYTES]


def _text(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
