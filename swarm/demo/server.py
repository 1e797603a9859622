"""An HTTP server for the demo (loopback by default): RSS feeds and X API v2 recent search.

Feeds are the bundled ``swarm/data/demo/feeds/*.xml`` at ``/feeds/<name>.xml`` (with ETag
and Last-Modified, answering 304 to a conditional GET). ``/2/tweets/search/recent`` answers
in the API's documented JSON form with the bundled posts that match the query's terms,
newer than ``since_id``, with ``x-rate-limit-*`` headers. ``POST /hook`` is a webhook receiver
that checks each alert's HMAC signature and counts what it got.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, urlsplit

DATA = resources.files("swarm.data").joinpath("demo")
RATE_LIMIT = 450
HOOK_SECRET = "demo-webhook-secret"
TERM = re.compile(r'"([^"]+)"|from:(\w+)|(\$\w+)')
# How long the server's thread may take to stop.
JOIN_TIMEOUT_S = 5.0


def load_posts() -> list[dict[str, Any]]:
    text = DATA.joinpath("x_posts.jsonl").read_text(encoding="utf-8")
    posts = [json.loads(line) for line in text.splitlines() if line.strip()]
    for p in posts:
        p["status_id"] = p["url"].rstrip("/").rsplit("/", 1)[-1]
    return posts


def matches(query: str, post: dict[str, Any]) -> bool:
    text = post["text"].lower()
    handle = post["author"].lstrip("@").lower()
    for quoted, from_handle, cashtag in TERM.findall(query):
        if from_handle and from_handle.lower() == handle:
            return True
        term = (quoted or cashtag).lower()
        if term and re.search(rf"(?<![\w$]){re.escape(term)}(?!\w)", text):
            return True
    return False


class DemoServer:
    """Serve the demo data on ``host`` (127.0.0.1 by default; a free port) in a background thread.

    The container tests pass the Docker bridge's address, so that containers reach it.
    """

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.feeds = {
            p.name: p.read_bytes()
            for p in DATA.joinpath("feeds").iterdir()
            if p.name.endswith(".xml")
        }
        self.posts = load_posts()
        self.started = datetime.now(UTC)
        self.requests = 0
        self.hooks: list[dict[str, Any]] = []
        self.bad_signatures = 0
        self.host = host
        self._httpd = ThreadingHTTPServer((host, 0), self._handler())
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="demo-http", daemon=True
        )

    @property
    def base_url(self) -> str:
        port = self._httpd.server_address[1]
        return f"http://{self.host}:{port}"

    def feed_urls(self) -> list[str]:
        return [f"{self.base_url}/feeds/{name}" for name in sorted(self.feeds)]

    def start(self) -> DemoServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(JOIN_TIMEOUT_S)

    def search(self, query: str, since_id: str | None, max_results: int) -> dict[str, Any]:
        found = [
            p
            for p in self.posts
            if matches(query, p) and (since_id is None or int(p["status_id"]) > int(since_id))
        ]
        found.sort(key=lambda p: int(p["status_id"]), reverse=True)
        found = found[:max_results]
        if not found:
            return {"meta": {"result_count": 0}}
        # Made-up user ids for the sample X answers, not a security use of SHA-1.
        users = {
            p["author"]: hashlib.sha1(p["author"].encode(), usedforsecurity=False).hexdigest()[:12]
            for p in found
        }
        return {
            "data": [
                {
                    "id": p["status_id"],
                    "text": p["text"],
                    "created_at": p["published"],
                    "author_id": users[p["author"]],
                    "lang": "en",
                }
                for p in found
            ],
            "includes": {
                "users": [
                    {"id": uid, "username": a.lstrip("@"), "name": a.lstrip("@")}
                    for a, uid in users.items()
                ]
            },
            "meta": {
                "newest_id": found[0]["status_id"],
                "oldest_id": found[-1]["status_id"],
                "result_count": len(found),
            },
        }

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: Any) -> None:  # quiet
                pass

            def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str]) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in extra.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:
                from swarm.notify.webhook import (
                    SIGNATURE_HEADER,
                    TIMESTAMP_HEADER,
                    verify_signature,
                )

                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                ok = verify_signature(
                    HOOK_SECRET,
                    self.headers.get(TIMESTAMP_HEADER) or "0",
                    body,
                    self.headers.get(SIGNATURE_HEADER),
                )
                if ok:
                    server.hooks.append(json.loads(body))
                else:
                    server.bad_signatures += 1
                self._send(200 if ok else 401, b"", "text/plain", {})

            def do_GET(self) -> None:
                server.requests += 1
                parts = urlsplit(self.path)
                if parts.path.startswith("/feeds/"):
                    body = server.feeds.get(parts.path.removeprefix("/feeds/"))
                    if body is None:
                        self._send(404, b"no such feed", "text/plain", {})
                        return
                    # An ETag only tells versions apart: SHA-1 here is not a security use.
                    digest = hashlib.sha1(body, usedforsecurity=False).hexdigest()
                    etag = '"' + digest[:16] + '"'
                    modified = format_datetime(server.started, usegmt=True)
                    headers = {"ETag": etag, "Last-Modified": modified}
                    if self.headers.get("If-None-Match") == etag:
                        self._send(304, b"", "application/rss+xml", headers)
                        return
                    self._send(200, body, "application/rss+xml; charset=utf-8", headers)
                elif parts.path == "/2/tweets/search/recent":
                    if not (self.headers.get("Authorization") or "").startswith("Bearer "):
                        self._send(401, b'{"title":"Unauthorized"}', "application/json", {})
                        return
                    q = parse_qs(parts.query)
                    doc = server.search(
                        q.get("query", [""])[0],
                        q.get("since_id", [None])[0],
                        int(q.get("max_results", ["100"])[0]),
                    )
                    reset = int(datetime.now(UTC).timestamp()) + 900
                    self._send(
                        200,
                        json.dumps(doc).encode(),
                        "application/json",
                        {
                            "x-rate-limit-limit": str(RATE_LIMIT),
                            "x-rate-limit-remaining": str(RATE_LIMIT - 1),
                            "x-rate-limit-reset": str(reset),
                        },
                    )
                else:
                    self._send(404, b"not found", "text/plain", {})

        return Handler
