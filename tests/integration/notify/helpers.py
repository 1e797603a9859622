"""Helpers of the notify integration tests: alerts in the database, scripted webhook replies."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from swarm.storage.models import Alert, Evidence
from tests.httpserver import LoopbackServer, Reply, Request


def add_alert(sessions: sessionmaker[Session], company: str = "Acme", **fields: Any) -> int:
    """Commit an alert with two evidence items; return its id."""
    with sessions.begin() as s:
        alert = Alert(
            event_key=f"{company.lower()}|tge|2026-03-20",
            company=company,
            event_type="tge",
            event_date=date(2026, 3, 20),
            confidence=0.92,
            config_version=3,
            created_at=datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
            **fields,
        )
        s.add(alert)
        s.flush()
        s.add_all(
            [
                Evidence(
                    alert_id=alert.id,
                    item_id=f"{company}-1",
                    kind="rss",
                    url=f"https://{company.lower()}.example/blog/tge",
                    author=company,
                    official=True,
                    score=0.95,
                    details={"reasons": ["leads with a tge event", "event day 2026-03-20"]},
                ),
                Evidence(
                    alert_id=alert.id,
                    item_id=f"{company}-2",
                    kind="x",
                    url="https://x.com/cryptonews/status/123",
                    author="cryptonews",
                    score=0.7,
                ),
            ]
        )
        return alert.id


def replies(server: LoopbackServer, *statuses: int) -> None:
    """Answer the webhook with ``statuses`` in turn, then 200."""
    queue = list(statuses)
    lock = threading.Lock()

    def answer(req: Request) -> Reply:
        with lock:
            return Reply(queue.pop(0) if queue else 200)

    server.route("/hook", answer)
