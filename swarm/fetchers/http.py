"""One bounded HTTP GET: conditional, size-capped, one hard deadline, redirect-limited.

:func:`get_bounded` is the only place that sends a GET for a source (feeds and X searches).
It runs the whole exchange, redirects included, under one deadline (``total_s``,
:func:`swarm.fetchers.transport.deadline`): connect, TLS, every header byte and every body
byte, so a server that sends its headers one byte at a time is cut at the deadline like one
that sends an endless body. It follows at most ``max_redirects`` redirects by hand (each hop's
scheme is checked, and the guarded transport checks each hop's address before connecting),
and reads the body as raw chunks that it inflates itself (gzip/deflate) with an output bound,
so a gzip bomb stops at ``max_bytes`` of *decoded* data without ever holding much more than
``max_bytes`` in memory. Every httpx error is translated here into a
:mod:`swarm.fetchers.errors` leaf. :func:`fetch` is the feed flavour (validators, Accept).

Pass a client built by :func:`swarm.fetchers.transport.guarded_client`: it is what refuses
non-public addresses and pins each connection to the address it checked.
"""

from __future__ import annotations

import email.utils
import time
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import httpx

from swarm.fetchers.errors import (
    AddressRefused,
    BadSourceUrl,
    FeedMalformed,
    FeedTooLarge,
    FeedTooSlow,
    HttpStatusError,
    RateLimited,
    SourceUnreachable,
    TooManyRedirects,
)
from swarm.fetchers.guard import parse_url
from swarm.fetchers.normalise import DEFAULT_TEXT_CHARS, DEFAULT_TITLE_CHARS
from swarm.fetchers.transport import deadline
from swarm.fetchers.xmlguard import DEFAULT_MAX_ENTRIES

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
    """Bounds of one fetch (settings ``fetch.*``).

    ``connect_s``: TCP/TLS connect timeout (10 s). ``read_s``: longest silence between two
    chunks (20 s). ``total_s``: one hard deadline over the whole exchange: connect, headers,
    body and redirects (60 s). ``max_bytes``: cap on the decoded body (5 MB).
    ``max_redirects``: redirects followed before giving up (5). ``user_agent``: sent with every
    request. Work per body: ``max_entries`` newest entries kept per feed (500);
    ``max_title_chars`` / ``max_text_chars``: characters kept per item title / text, longer
    ones are truncated with a marker (1,000 / 20,000).
    """

    connect_s: float = 10.0
    read_s: float = 20.0
    total_s: float = 60.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = "TGE-Swarm/0.1 (feed reader)"
    max_entries: int = DEFAULT_MAX_ENTRIES
    max_title_chars: int = DEFAULT_TITLE_CHARS
    max_text_chars: int = DEFAULT_TEXT_CHARS

    def __post_init__(self) -> None:
        positive = ("connect_s", "read_s", "total_s", "max_bytes", "max_entries",
                    "max_title_chars", "max_text_chars")
        for name in positive:
            if getattr(self, name) <= 0:
                raise ValueError(f"FetchLimits.{name} must be > 0, got {getattr(self, name)!r}")
        if self.max_redirects < 0:
            raise ValueError(f"FetchLimits.max_redirects must be ≥ 0, got {self.max_redirects}")


DEFAULT_LIMITS = FetchLimits()


@dataclass(frozen=True, slots=True)
class BoundedResponse:
    """What :func:`get_bounded` got: the final ``status`` and, when read, the decoded body."""

    status: int
    body: bytes
    headers: httpx.Headers
    final_url: str
    elapsed_s: float


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


def _success(status: int) -> bool:
    return 200 <= status < 300


def get_bounded(
    client: httpx.Client,
    url: str,
    *,
    headers: Mapping[str, str],
    limits: FetchLimits = DEFAULT_LIMITS,
    params: Mapping[str, str] | None = None,
    follow_redirects: bool = True,
    read_body: Callable[[int], bool] = _success,
) -> BoundedResponse:
    """GET ``url`` within ``limits``: one deadline, capped decoded body, hops checked.

    The body is read (capped) when ``read_body(status)`` is true, else left unread.
    Raises a :class:`~swarm.fetchers.errors.SourceError` leaf; the status is the caller's.
    """
    started = time.monotonic()
    current, query = url, params
    with deadline(limits.total_s) as end:
        for hop in range(limits.max_redirects + 1):
            _check_url(current, url)
            try:
                request = client.build_request(
                    "GET", current, params=query, headers=headers, timeout=timeout_for(limits, end)
                )
                response = client.send(request, stream=True, follow_redirects=False)
                try:
                    status = response.status_code
                    if follow_redirects and status in REDIRECT_STATUSES and (
                        "location" in response.headers
                    ):
                        current = str(response.url.join(response.headers["location"]))
                        query = None
                        continue
                    body = b""
                    if read_body(status):
                        body = _read_capped(response, url, limits, end)
                finally:
                    response.close()
            except AddressRefused:
                raise AddressRefused(url, redirected=hop > 0) from None
            except SourceUnreachable as exc:  # the guard could not resolve the host
                raise SourceUnreachable(url, exc.reason) from None
            except httpx.TimeoutException as exc:
                if time.monotonic() >= end - TIMER_SLACK_S:
                    raise FeedTooSlow(url, limits.total_s) from None
                raise SourceUnreachable(url, f"timed out ({type(exc).__name__})") from None
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                raise translate(url, exc) from None
            return BoundedResponse(
                status, body, response.headers, str(response.url), time.monotonic() - started
            )
    raise TooManyRedirects(url, limits.max_redirects)


def fetch(
    client: httpx.Client,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    limits: FetchLimits = DEFAULT_LIMITS,
) -> FetchResponse:
    """Conditional GET of a feed within ``limits``; raise a ``SourceError`` leaf."""
    headers = {
        "User-Agent": limits.user_agent,
        "Accept": FEED_ACCEPT,
        "Accept-Encoding": ACCEPT_ENCODING,
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    response = get_bounded(client, url, headers=headers, limits=limits)
    check_status(response.status, response.headers, url)
    return FetchResponse(
        status=304 if response.status == 304 else 200,
        body=response.body,
        headers=response.headers,
        final_url=response.final_url,
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
        elapsed_s=response.elapsed_s,
    )


def timeout_for(limits: FetchLimits, end: float | None = None) -> httpx.Timeout:
    """httpx timeouts from ``limits``; reads never wait past ``end`` (monotonic)."""
    read = limits.read_s
    if end is not None:
        read = max(0.001, min(read, end - time.monotonic()))
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


def check_status(status: int, headers: httpx.Headers, url: str) -> None:
    """Raise for any status but 2xx and 304 (429 → RateLimited, 5xx → SourceUnreachable)."""
    if 200 <= status < 300 or status == 304:
        return
    if status == 429:
        raise RateLimited(url, retry_after_epoch(headers.get("retry-after")))
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
    """Scheme (any case), host and characters of this hop; the guard checks the address."""
    try:
        parse_url(current)
    except BadSourceUrl as exc:
        if current == original:
            raise
        raise BadSourceUrl(original, f"it redirected to an unusable address ({exc.reason})"
                           ) from None


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


def _read_capped(response: httpx.Response, url: str, limits: FetchLimits, end: float) -> bytes:
    declared = response.headers.get("content-length", "").strip()
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise FeedTooLarge(url, limits.max_bytes)
    inflater = _Inflater(response.headers.get("content-encoding", ""), url)
    body = bytearray()
    for raw in response.iter_raw():  # as received: a chunk_size would buffer a trickle
        if time.monotonic() >= end:
            raise FeedTooSlow(url, limits.total_s)
        room = limits.max_bytes - len(body)
        decoded = inflater.feed(raw, room)
        if len(decoded) > room:
            raise FeedTooLarge(url, limits.max_bytes)
        body += decoded
    return bytes(body)
