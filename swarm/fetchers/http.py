"""One bounded HTTP GET for a feed: conditional, size-capped, deadline-bound, redirect-limited.

:func:`fetch` is the only place that talks to httpx for feeds. It sends ``If-None-Match`` /
``If-Modified-Since`` when validators are known, follows at most ``max_redirects`` redirects by
hand, and reads the body as raw chunks that it inflates itself (gzip/deflate) with an output
bound, so a gzip bomb stops at ``max_bytes`` of *decoded* data without ever holding much more
than ``max_bytes`` in memory. The total deadline is checked as each chunk arrives; a
server that goes silent is cut by the read timeout. Every httpx error is translated here into
a :mod:`swarm.fetchers.errors` leaf.
"""

from __future__ import annotations

import email.utils
import time
import zlib
from dataclasses import dataclass

import httpx

from swarm.fetchers.errors import (
    BadSourceUrl,
    FeedMalformed,
    FeedTooLarge,
    FeedTooSlow,
    HttpStatusError,
    RateLimited,
    SourceUnreachable,
    TooManyRedirects,
)

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9,"
    " application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
)
ACCEPT_ENCODING = "gzip, deflate"  # the encodings _Inflater decodes; never br/zstd
ZLIB_AUTO_HEADER = zlib.MAX_WBITS | 32  # accept a gzip or a zlib header
TIMER_SLACK_S = 0.05  # a read timeout this close to the deadline counts as hitting it


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """Bounds of one fetch.

    ``connect_s``: TCP/TLS connect timeout (10 s). ``read_s``: longest silence between two
    chunks (20 s). ``total_s``: deadline of the whole exchange, redirects and body included
    (60 s). ``max_bytes``: cap on the decoded body (5 MB). ``max_redirects``: redirects followed
    before giving up (5). ``user_agent``: sent with every request.
    """

    connect_s: float = 10.0
    read_s: float = 20.0
    total_s: float = 60.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = "TGE-Swarm/0.1 (feed reader)"

    def __post_init__(self) -> None:
        for name in ("connect_s", "read_s", "total_s", "max_bytes"):
            if getattr(self, name) <= 0:
                raise ValueError(f"FetchLimits.{name} must be > 0, got {getattr(self, name)!r}")
        if self.max_redirects < 0:
            raise ValueError(f"FetchLimits.max_redirects must be ≥ 0, got {self.max_redirects}")


DEFAULT_LIMITS = FetchLimits()


@dataclass(frozen=True, slots=True)
class FetchResponse:
    """What :func:`fetch` got: ``status`` is 200 (any 2xx) or 304 (``body`` is then empty)."""

    status: int
    body: bytes
    headers: httpx.Headers
    final_url: str
    etag: str | None
    last_modified: str | None
    elapsed_s: float

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")


def fetch(
    client: httpx.Client,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    limits: FetchLimits = DEFAULT_LIMITS,
) -> FetchResponse:
    """GET ``url`` within ``limits``; raise a :class:`~swarm.fetchers.errors.SourceError`."""
    started = time.monotonic()
    deadline = started + limits.total_s
    headers = {
        "User-Agent": limits.user_agent,
        "Accept": FEED_ACCEPT,
        "Accept-Encoding": ACCEPT_ENCODING,
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    for _ in range(limits.max_redirects + 1):
        _check_url(current, url)
        if time.monotonic() >= deadline:
            raise FeedTooSlow(url, limits.total_s)
        try:
            request = client.build_request(
                "GET", current, headers=headers, timeout=timeout_for(limits, deadline)
            )
            response = client.send(request, stream=True, follow_redirects=False)
            try:
                if response.status_code in REDIRECT_STATUSES and "location" in response.headers:
                    current = str(response.url.join(response.headers["location"]))
                    continue
                check_status(response, url)
                body = b""
                if response.status_code != 304:
                    body = _read_capped(response, url, limits, deadline)
            finally:
                response.close()
        except httpx.TimeoutException as exc:
            if time.monotonic() >= deadline - TIMER_SLACK_S:
                raise FeedTooSlow(url, limits.total_s) from None
            raise SourceUnreachable(url, f"timed out ({type(exc).__name__})") from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise translate(url, exc) from None
        return FetchResponse(
            status=304 if response.status_code == 304 else 200,
            body=body,
            headers=response.headers,
            final_url=str(response.url),
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            elapsed_s=time.monotonic() - started,
        )
    raise TooManyRedirects(url, limits.max_redirects)


def timeout_for(limits: FetchLimits, deadline: float | None = None) -> httpx.Timeout:
    """httpx timeouts from ``limits``; reads never wait past ``deadline`` (monotonic)."""
    read = limits.read_s
    if deadline is not None:
        read = max(0.001, min(read, deadline - time.monotonic()))
    return httpx.Timeout(connect=limits.connect_s, read=read, write=limits.read_s,
                         pool=limits.connect_s)


def translate(url: str, exc: httpx.HTTPError | httpx.InvalidURL) -> Exception:
    """The source error for an httpx error raised while talking to ``url``."""
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return BadSourceUrl(url, str(exc) or type(exc).__name__)
    if isinstance(exc, httpx.TimeoutException):
        return SourceUnreachable(url, f"timed out ({type(exc).__name__})")
    reason = str(exc) or type(exc).__name__
    return SourceUnreachable(url, f"{type(exc).__name__}: {reason}")


def check_status(response: httpx.Response, url: str) -> None:
    """Raise for any status but 2xx and 304 (429 → RateLimited, 5xx → SourceUnreachable)."""
    status = response.status_code
    if 200 <= status < 300 or status == 304:
        return
    if status == 429:
        raise RateLimited(url, retry_after_epoch(response.headers.get("retry-after")))
    if status >= 500:
        raise SourceUnreachable(url, f"the server answered HTTP {status}")
    raise HttpStatusError(url, status)


def retry_after_epoch(value: str | None, now: float | None = None) -> float | None:
    """A ``Retry-After`` header (seconds or an HTTP date) as an epoch second, or None."""
    if not value:
        return None
    now = time.time() if now is None else now
    value = value.strip()
    if value.isdigit():
        return now + int(value)
    try:
        return email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None


def _check_url(current: str, original: str) -> None:
    scheme = current.split(":", 1)[0].lower() if ":" in current else ""
    if scheme not in ("http", "https"):
        where = "" if current == original else f" (redirected to {current!r})"
        raise BadSourceUrl(original, f"only http and https addresses are fetched{where}")


class _Inflater:
    """Decodes a Content-Encoding chunk by chunk, never producing more than asked for.

    Data after the end of the first gzip member is ignored (as httpx does).
    """

    def __init__(self, encoding: str, url: str) -> None:
        self.url = url
        coding = encoding.strip().lower()
        if coding in ("", "identity"):
            self._zlib = None
        elif coding in ("gzip", "x-gzip", "deflate"):
            self._zlib = zlib.decompressobj(ZLIB_AUTO_HEADER)
        else:
            raise FeedMalformed(
                url, f"the server used Content-Encoding {encoding!r}; only gzip and deflate"
                " are supported"
            )

    def feed(self, data: bytes, room: int) -> bytes:
        """Decoded bytes of ``data``; more than ``room`` bytes means the cap was passed."""
        if self._zlib is None:
            return data
        out = bytearray()
        try:
            while data and not self._zlib.eof and len(out) <= room:
                out += self._zlib.decompress(data, room - len(out) + 1)
                data = self._zlib.unconsumed_tail
        except zlib.error as exc:
            raise FeedMalformed(self.url, f"the compressed body is corrupt ({exc})") from None
        return bytes(out)


def _read_capped(
    response: httpx.Response, url: str, limits: FetchLimits, deadline: float
) -> bytes:
    declared = response.headers.get("content-length", "").strip()
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise FeedTooLarge(url, limits.max_bytes)
    inflater = _Inflater(response.headers.get("content-encoding", ""), url)
    body = bytearray()
    for raw in response.iter_raw():  # as received: a chunk_size would buffer a trickle
        if time.monotonic() >= deadline:
            raise FeedTooSlow(url, limits.total_s)
        room = limits.max_bytes - len(body)
        decoded = inflater.feed(raw, room)
        if len(decoded) > room:
            raise FeedTooLarge(url, limits.max_bytes)
        body += decoded
    return bytes(body)
