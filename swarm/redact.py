"""Keep secrets out of everything the swarm prints or logs.

* :func:`mask_url` hides the password of a URL's user info (``redis://:pw@host`` becomes
  ``redis://:**********@host``) and the values of query parameters that carry credentials
  (``?token=…``); the rest of the URL stays readable.
* :func:`endpoint` keeps only ``scheme://host[:port]`` for a URL whose path itself may be the
  secret (a webhook URL such as ``https://hooks.example/services/T0/B0/<token>``).
* :func:`redact_text` applies :func:`mask_url` to every URL inside a free text (a log line, an
  error message) and replaces each known secret value given to it.
* :class:`RedactingFormatter` wraps a logging formatter so that every line, traceback included,
  goes through :func:`redact_text` before it is written.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

MASK = "**********"

# Query parameters whose values are credentials (compared case-insensitively).
SECRET_QUERY_KEYS = frozenset(
    {
        "access_token",
        "api_key",
        "apikey",
        "auth",
        "client_secret",
        "key",
        "password",
        "pass",
        "pwd",
        "secret",
        "sig",
        "signature",
        "token",
    }
)

# Shorter literals are not treated as secrets: masking "a" everywhere would wreck the text.
MIN_SECRET_LEN = 4

# A URL inside free text: scheme, then everything up to whitespace or a closing quote/bracket.
_URL_IN_TEXT = re.compile(r"[a-zA-Z][a-zA-Z0-9+.\-]*://[^\s'\"<>()\[\]{}]+")


def mask_url(url: str) -> str:
    """``url`` with the password of its user info and credential query values masked."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return _mask_userinfo_raw(url)
    netloc = parts.netloc
    userinfo, at, hostport = netloc.rpartition("@")
    if at and ":" in userinfo:
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}:{MASK}@{hostport}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(k.lower() in SECRET_QUERY_KEYS for k, _ in pairs):
            query = urlencode(
                [(k, MASK if k.lower() in SECRET_QUERY_KEYS else v) for k, v in pairs], safe="*"
            )
    if netloc == parts.netloc and query == parts.query:
        return url
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def endpoint(url: str) -> str:
    """``scheme://host[:port]/…``: the URL without user info, path or query."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return MASK
    host = parts.netloc.rpartition("@")[2]
    if not parts.scheme or not host:
        return MASK
    return f"{parts.scheme}://{host}/…"


def _mask_userinfo_raw(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    userinfo, at, host = rest.rpartition("@")
    if sep and at and ":" in userinfo:
        return f"{scheme}://{userinfo.split(':', 1)[0]}:{MASK}@{host}"
    return url


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with every URL masked and every literal in ``secrets`` replaced by the mask."""
    for secret in sorted((s for s in secrets if len(s) >= MIN_SECRET_LEN), key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, MASK)
    if "://" in text:
        text = _URL_IN_TEXT.sub(lambda m: mask_url(m.group(0)), text)
    return text


class RedactingFormatter(logging.Formatter):
    """Formats with ``inner``, then redacts the whole line (message and traceback)."""

    def __init__(self, inner: logging.Formatter, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.inner = inner
        self.secrets = tuple(secrets)

    def format(self, record: logging.LogRecord) -> str:
        return redact_text(self.inner.format(record), self.secrets)
