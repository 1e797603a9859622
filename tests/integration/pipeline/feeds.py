"""Test feeds and posts for the pipeline tests (a made-up watch list: Acme and Globex)."""

from __future__ import annotations

import gzip
import hashlib
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

WATCHLIST = """\
companies:
  - name: Acme
    aliases: ["Acme Labs"]
    tokens: ["ACME"]
    priority: high
    x_handles: ["acme_xyz"]
    domains: ["acme.xyz"]
    negative_context: ["road runner"]
  - name: Globex
    tokens: ["GLBX"]
    priority: medium
"""

# (guid, title, text, published) — the positives announce; the decoys do not.
ACME_LAUNCH = (
    "a1",
    "Acme Labs sets ACME token launch for March 20",
    "Acme Labs said its ACME token will go live on March 20, 2026, and become "
    "transferable at 14:00 UTC the same day.",
    "2026-03-10T09:00:00Z",
)
GLOBEX_CLAIM = (
    "g1",
    "Globex opens GLBX airdrop claims on April 2",
    "Globex announced that the GLBX airdrop claim portal opens on April 2, 2026 "
    "for eligible wallets.",
    "2026-03-28T12:00:00Z",
)
DECOYS = [
    (
        "d1",
        "Acme Stadium launches new ticket app",
        "Fans at Acme Stadium can claim a free drink with the new app, the club said.",
        "2026-03-11T10:00:00Z",
    ),
    (
        "d2",
        "A month after its TGE, most of the ACME airdrop has been claimed",
        "Four weeks after the ACME token launched in February, 60% of the airdrop has been "
        "claimed, on-chain data shows.",
        "2026-03-12T10:00:00Z",
    ),
    (
        "d3",
        "Acmeswap, a DEX built on Acme, sets its own token launch for June 16",
        "Acmeswap, a decentralised exchange built on the Acme network, will launch its SWP "
        "token on June 16.",
        "2026-03-13T10:00:00Z",
    ),
]
ACME_REPORT = (
    "b1",
    "Acme confirms March 20 date for ACME token",
    "Acme Labs confirmed on Tuesday that its ACME token goes live on March 20, 2026.",
    "2026-03-10T15:00:00Z",
)
X_POST = {
    "id": "1900000000000000001",
    "text": "$ACME goes live on March 20, 2026. Claims open at 14:00 UTC. Only trust acme.xyz",
    "created_at": "2026-03-10T16:00:00.000Z",
    "author_id": "42",
}


def rss(title: str, entries: list[tuple[str, str, str, str]]) -> bytes:
    items = "".join(
        f"<item><title>{escape(t)}</title><link>https://news.example/{g}</link>"
        f"<guid>{g}</guid><pubDate>{format_datetime(datetime.fromisoformat(p))}</pubDate>"
        f"<description>{escape(x)}</description></item>"
        for g, t, x, p in entries
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title>{items}</channel></rss>"
    ).encode()


def etag_of(body: bytes) -> str:
    return '"' + hashlib.sha1(body).hexdigest()[:12] + '"'


def gzip_bomb(inflated: int) -> bytes:
    return gzip.compress(b"<rss>" + b" " * inflated, compresslevel=9)


def x_response(posts: list[dict]) -> dict:
    if not posts:
        return {"meta": {"result_count": 0}}
    return {
        "data": posts,
        "includes": {"users": [{"id": "42", "username": "acme_xyz", "name": "Acme"}]},
        "meta": {
            "newest_id": posts[0]["id"],
            "oldest_id": posts[-1]["id"],
            "result_count": len(posts),
        },
    }
