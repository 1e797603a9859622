"""X API v2 recent search: :class:`XClient`, :func:`parse_search`, :func:`build_queries`.

``XClient.search_recent`` calls ``GET {base_url}/tweets/search/recent`` with the bearer token
and returns an :class:`XPage`: the posts as :class:`NormalisedItem` (url
``https://x.com/<username>/status/<id>``, author ``@username``, title ""), the ``newest_id`` to
pass as ``since_id`` next time, the ``next_token`` of the next page, and the rate budget read
from the ``x-rate-limit-*`` headers. A 429 raises :class:`RateLimited` carrying the reset
epoch, so the task re-schedules itself for it instead of holding a worker; 401/403 raise
:class:`AuthError`; a body that is not the documented JSON raises :class:`ResponseMalformed`.
The token never appears in errors or ``repr``. Each call goes through the same bounded reader
as feeds (:func:`swarm.fetchers.http.get_bounded`): one deadline over connect, headers and
body, and a cap on the decoded bytes (gzip included), so a huge or compressed-bomb answer ends
with :class:`~swarm.fetchers.errors.FeedTooLarge`. Paging through a burst:
:mod:`swarm.pipeline.x_search`.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

import httpx

from swarm.fetchers.errors import (
    AuthError,
    HttpStatusError,
    RateLimited,
    ResponseMalformed,
    SourceUnreachable,
)
from swarm.fetchers.http import ACCEPT_ENCODING, DEFAULT_LIMITS, FetchLimits, get_bounded
from swarm.fetchers.normalise import (
    DEFAULT_TEXT_CHARS,
    NormalisedItem,
    clean_plain,
    clip,
    fingerprint,
    item_id,
    to_utc,
)

log = logging.getLogger(__name__)

SEARCH_PATH = "/tweets/search/recent"
TWEET_FIELDS = "created_at,author_id,lang,entities"
MAX_QUERY_LENGTH = 512  # recent search limit for standard access (1024 on Pro/Enterprise)
DEFAULT_SUFFIX = "-is:retweet"
BARE_PREFIXES = ("from:", "to:", "@", "$", "#", "url:")  # operators sent unquoted
POST_URL = "https://x.com/{username}/status/{id}"
POST_URL_NO_USER = "https://x.com/i/web/status/{id}"


@dataclass(frozen=True, slots=True)
class RateInfo:
    """``x-rate-limit-limit``/``-remaining``/``-reset`` (epoch s); None when not sent."""

    limit: int | None = None
    remaining: int | None = None
    reset_epoch: int | None = None

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> RateInfo:
        return cls(
            _int(headers.get("x-rate-limit-limit")),
            _int(headers.get("x-rate-limit-remaining")),
            _int(headers.get("x-rate-limit-reset")),
        )


@dataclass(frozen=True, slots=True)
class XPage:
    """One page of results, newest first as the API returns them."""

    items: list[NormalisedItem]
    newest_id: str | None
    next_token: str | None
    rate: RateInfo = field(default_factory=RateInfo)


class XClient:
    """X API v2 client over a caller-owned ``httpx.Client`` (the caller closes it).

    ``base_url`` is the API root (``XSettings.api_url``, ``https://api.x.com/2``);
    ``limits`` bounds each call as it bounds a feed fetch (one deadline over connect, headers
    and body; ``max_bytes`` of decoded body, gzip included); redirects are not followed.
    ``max_text_chars`` caps the text kept per post.
    """

    def __init__(
        self,
        base_url: str,
        bearer_token: str,
        client: httpx.Client,
        limits: FetchLimits = DEFAULT_LIMITS,
        max_text_chars: int = DEFAULT_TEXT_CHARS,
    ) -> None:
        if not bearer_token:
            raise ValueError("an X bearer token is required (SWARM_X__BEARER_TOKEN)")
        self.base_url = base_url.rstrip("/")
        self._token = bearer_token
        self._client = client
        self._limits = limits
        self._max_text_chars = max_text_chars

    def __repr__(self) -> str:
        return f"XClient({self.base_url!r}, bearer_token='**********')"

    def search_recent(
        self,
        query: str,
        since_id: str | None = None,
        max_results: int = 100,
        next_token: str | None = None,
    ) -> XPage:
        """One page of ``GET /tweets/search/recent`` (``max_results`` 10–100)."""
        if not 10 <= max_results <= 100:
            raise ValueError(f"max_results must be within 10..100, got {max_results}")
        url = self.base_url + SEARCH_PATH
        params = {
            "query": query,
            "max_results": str(max_results),
            "tweet.fields": TWEET_FIELDS,
            "expansions": "author_id",
            "user.fields": "username",
        }
        if since_id:
            params["since_id"] = since_id
        if next_token:
            params["next_token"] = next_token
        headers = {
            "Authorization": f"Bearer {self._token}",
            "User-Agent": self._limits.user_agent,
            "Accept": "application/json",
            "Accept-Encoding": ACCEPT_ENCODING,
        }
        response = get_bounded(
            self._client, url, headers=headers, limits=self._limits, params=params,
            follow_redirects=False, read_body=lambda status: True,
        )
        rate = RateInfo.from_headers(response.headers)
        _check(response.status, response.body, url, rate)
        page = parse_search(response.body, url, self._max_text_chars)
        return XPage(page.items, page.newest_id, page.next_token, rate)


def parse_search(body: bytes | str, url: str, max_text_chars: int = DEFAULT_TEXT_CHARS) -> XPage:
    """An :class:`XPage` (without rate info) from a recent-search JSON body."""
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ResponseMalformed(url, f"the body is not JSON ({exc})") from None
    if not isinstance(payload, dict):
        raise ResponseMalformed(url, "the body is not a JSON object")
    try:
        users = {
            str(u["id"]): str(u["username"])
            for u in (payload.get("includes") or {}).get("users") or []
        }
        items = [_post(tweet, users, max_text_chars) for tweet in payload.get("data") or []]
        meta = payload.get("meta") or {}
        newest, token = meta.get("newest_id"), meta.get("next_token")
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise ResponseMalformed(url, f"the JSON is not a recent-search result ({exc!r})") from None
    if newest is None and items:
        newest = max((i["id"] for i in payload["data"]), key=lambda s: (len(s), s))
    return XPage(items, str(newest) if newest else None, str(token) if token else None)


def _post(tweet: dict[str, Any], users: dict[str, str], max_text_chars: int) -> NormalisedItem:
    post_id = str(tweet["id"])
    if not post_id.isdigit():
        raise ValueError(f"post id {post_id!r} is not numeric")
    username = users.get(str(tweet.get("author_id", "")), "")[:100]
    text = clip(clean_plain(tweet.get("text")), max_text_chars)
    url = (POST_URL.format(username=username, id=post_id) if username
           else POST_URL_NO_USER.format(id=post_id))
    return NormalisedItem(
        id=item_id("x", post_id),
        kind="x",
        url=url,
        title="",
        text=text,
        author=f"@{username}" if username else "",
        published=to_utc(tweet.get("created_at")),
        fingerprint=fingerprint("", text),
    )


def _check(status: int, body: bytes, url: str, rate: RateInfo) -> None:
    if status == 200:
        return
    if status == 429:
        raise RateLimited(url, rate.reset_epoch)
    detail = _error_detail(body)
    if status in (401, 403):
        raise AuthError(url, status, detail)
    if status >= 500:
        raise SourceUnreachable(url, f"the API answered HTTP {status}")
    raise HttpStatusError(url, status, detail)


def _error_detail(body: bytes) -> str:
    """The API's own explanation (``detail`` or ``title``), short; "" when there is none."""
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return ""
    if not isinstance(payload, dict):
        return ""
    return str(payload.get("detail") or payload.get("title") or "")[:300]


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


# Query packing --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QueryPlan:
    """``queries`` to run; ``groups[i]`` are the rendered terms of ``queries[i]``;
    ``dropped`` are ``(term, reason)`` pairs for terms that cannot be searched."""

    queries: list[str]
    groups: list[list[str]]
    dropped: list[tuple[str, str]]


def render_term(term: str) -> str:
    """A term as sent: operators (``from:x``, ``$TKN``, ``#tag``) bare, anything else quoted."""
    term = " ".join(term.replace('"', " ").split())
    bare = next((p for p in BARE_PREFIXES if term.lower().startswith(p)), None)
    if bare is not None and " " not in term and len(term) > len(bare):
        return term
    return f'"{term}"' if term else ""


def _query(group: list[str], suffix: str) -> str:
    joined = " OR ".join(group)
    core = f"({joined})" if len(group) > 1 else joined
    return f"{core} {suffix}" if suffix else core


def plan_queries(
    terms: list[str], max_length: int = MAX_QUERY_LENGTH, suffix: str = DEFAULT_SUFFIX
) -> QueryPlan:
    """Pack OR-ed terms into as few queries as fit in ``max_length`` (first fit, longest first).

    Terms are de-duplicated case-insensitively (search is case-insensitive); an empty term is
    dropped, and so is one that does not fit in a query on its own.
    """
    rendered: dict[str, str] = {}
    dropped: list[tuple[str, str]] = []
    for term in terms:
        r = render_term(term)
        if not r:
            dropped.append((term, "empty term"))
        elif len(_query([r], suffix)) > max_length:
            dropped.append((term, f"longer than the {max_length}-character query limit"))
        else:
            rendered.setdefault(r.lower(), r)
    groups: list[list[str]] = []
    for r in sorted(rendered.values(), key=lambda t: (-len(t), t)):
        for group in groups:
            if len(_query([*group, r], suffix)) <= max_length:
                group.append(r)
                break
        else:
            groups.append([r])
    for term, reason in dropped:
        log.warning("X search term %r dropped: %s", term, reason)
    return QueryPlan([_query(g, suffix) for g in groups], groups, dropped)


def build_queries(
    terms: list[str], max_length: int = MAX_QUERY_LENGTH, suffix: str = DEFAULT_SUFFIX
) -> list[str]:
    """The queries of :func:`plan_queries` (dropped terms are logged as warnings)."""
    return plan_queries(terms, max_length, suffix).queries
