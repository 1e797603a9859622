"""Errors of the source adapters, all under :class:`SourceError`; every one carries its ``url``.

Transient leaves (the task retries later, with back-off or at ``reset_at``):
:class:`SourceUnreachable`, :class:`RateLimited`.

Permanent leaves (this fetch failed for a reason a retry in a loop cannot fix; the source is
marked failing with the message as its ``last_error`` and tried again at its next due time):
:class:`FeedTooLarge`, :class:`ResponseMalformed` / :class:`FeedMalformed`,
:class:`TooManyRedirects`, :class:`FeedTooSlow`, :class:`HttpStatusError`, :class:`AuthError`,
:class:`BadSourceUrl`, :class:`AddressRefused`.

httpx exceptions never leave ``swarm.fetchers``: they are translated at the boundary
(``raise SourceUnreachable(url, reason) from None``).
"""

from __future__ import annotations

import time

from swarm.errors import PermanentError, SwarmError, TransientError


class SourceError(SwarmError):
    """Root of the source errors; ``url`` is the address that was fetched."""

    def __init__(self, url: str, message: str) -> None:
        self.url = url
        super().__init__(message)


class SourceUnreachable(SourceError, TransientError):
    """Connect error, timeout, broken connection or a 5xx answer. Retried with back-off."""

    def __init__(self, url: str, reason: str) -> None:
        self.reason = reason
        super().__init__(url, f"{url} is unreachable: {reason}; it will be retried later")


class RateLimited(SourceError, TransientError):
    """HTTP 429. ``reset_at`` is the epoch second when the budget returns (None if unknown).

    The task re-schedules itself for ``reset_at`` (see :meth:`delay_s`) instead of holding a
    worker while it waits.
    """

    def __init__(self, url: str, reset_at: float | None) -> None:
        self.reset_at = reset_at
        when = (
            time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(reset_at))
            if reset_at is not None
            else "an unknown time (retry with back-off)"
        )
        super().__init__(url, f"{url} is rate limited until {when}; wait for the reset")

    def delay_s(self, now: float | None = None, default_s: float = 60.0) -> float:
        """Seconds to wait from ``now`` (epoch, default: the clock) until the reset, ≥ 0."""
        if self.reset_at is None:
            return default_s
        return max(0.0, self.reset_at - (time.time() if now is None else now))


class FeedTooLarge(SourceError, PermanentError):
    """The body (declared or decoded, e.g. a gzip bomb) is larger than ``limit`` bytes."""

    def __init__(self, url: str, limit: int) -> None:
        self.limit = limit
        super().__init__(
            url,
            f"{url} sent more than {limit} bytes (after decompression); the fetch was stopped."
            " Check the address or raise fetch.max_bytes",
        )


class ResponseMalformed(SourceError, PermanentError):
    """The body is not what the API documents (bad JSON, missing fields)."""

    def __init__(self, url: str, reason: str) -> None:
        self.reason = reason
        super().__init__(url, f"{url} answered with an unusable body: {reason}")


class FeedMalformed(ResponseMalformed):
    """Not an RSS/Atom feed: an HTML page, JSON, empty, broken XML, undecodable text."""

    def __init__(self, url: str, reason: str) -> None:
        self.reason = reason
        SourceError.__init__(
            self,
            url,
            f"{url} is not a usable feed: {reason}. Check that the address points at the"
            " RSS/Atom feed itself",
        )


class TooManyRedirects(SourceError, PermanentError):
    """More than ``limit`` redirects (a loop, or a chain that is too long)."""

    def __init__(self, url: str, limit: int) -> None:
        self.limit = limit
        super().__init__(
            url,
            f"{url} redirected more than {limit} times (a redirect loop?);"
            " configure the final address of the feed",
        )


class FeedTooSlow(SourceError, PermanentError):
    """The whole exchange (connect, headers, body, redirects) did not finish in ``limit_s``."""

    def __init__(self, url: str, limit_s: float) -> None:
        self.limit_s = limit_s
        super().__init__(
            url,
            f"{url} did not finish sending within {limit_s:g} s (connect, headers and body:"
            " a slow or endless answer); the fetch was stopped at its deadline",
        )


class HttpStatusError(SourceError, PermanentError):
    """A 4xx answer other than 429 (or a 3xx that cannot be followed)."""

    def __init__(self, url: str, status: int, detail: str = "") -> None:
        self.status, self.detail = status, detail
        extra = f" ({detail})" if detail else ""
        super().__init__(
            url, f"{url} answered HTTP {status}{extra}; check the address and its access rules"
        )


class AuthError(HttpStatusError):
    """HTTP 401/403 from an API: the credentials are missing, wrong or lack access."""

    def __init__(self, url: str, status: int, detail: str = "") -> None:
        self.status, self.detail = status, detail
        extra = f" ({detail})" if detail else ""
        SourceError.__init__(
            self,
            url,
            f"{url} refused the credentials with HTTP {status}{extra};"
            " check the bearer token (SWARM_X__BEARER_TOKEN) and the app's access level",
        )


class BadSourceUrl(SourceError, PermanentError):
    """The address (or a redirect target) is not an http(s) URL we can fetch."""

    def __init__(self, url: str, reason: str) -> None:
        self.reason = reason
        super().__init__(url, f"cannot fetch {url!r}: {reason}; fix the source address")


class AddressRefused(BadSourceUrl):
    """The host (or a redirect's host) is not a public address and not in ``fetch.allow_hosts``.

    The message is deliberately generic: it never says what the name resolved to, nor anything
    about what answers there. Nothing was sent to that address.
    """

    def __init__(self, url: str, redirected: bool = False) -> None:
        self.reason = "refused address"
        where = "it redirected to an address that" if redirected else "its host"
        SourceError.__init__(
            self,
            url,
            f"cannot fetch {url!r}: {where} is not a public internet address (loopback,"
            " private, link-local, multicast or reserved networks are refused); if the host"
            " is meant to be reached, add it to fetch.allow_hosts",
        )
