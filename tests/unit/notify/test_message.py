"""Rendering of an alert: e-mail subject and body, webhook JSON."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from swarm.notify.message import (
    AlertMessage,
    EvidenceLine,
    email_body,
    email_subject,
    headline,
    summarise,
    webhook_body,
)


def message(**overrides: object) -> AlertMessage:
    values: dict[str, object] = {
        "id": 42,
        "company": "Acme",
        "event_type": "tge",
        "event_date": date(2026, 3, 20),
        "confidence": 0.923,
        "status": "new",
        "config_version": 3,
        "created_at": datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
        "evidence": [
            EvidenceLine(
                url="https://acme.example/blog/tge",
                kind="rss",
                author="Acme",
                official=True,
                score=0.95,
                summary="leads with a tge event; event day 2026-03-20 (future)",
            ),
            EvidenceLine(
                url="https://x.com/news/status/1",
                kind="x",
                author="",
                official=False,
                score=0.71,
                summary="",
            ),
        ],
    }
    values.update(overrides)
    return AlertMessage.model_validate(values)


def test_subject_reads_as_one_line() -> None:
    assert email_subject(message()) == "TGE alert: Acme — tge on 2026-03-20 (confidence 0.92)"


def test_headline_without_a_date() -> None:
    assert headline(message(event_date=None)) == "Acme — tge (date unknown) (confidence 0.92)"


def test_body_lists_facts_and_evidence() -> None:
    body = email_body(message())
    assert body.startswith("Acme — tge on 2026-03-20 (confidence 0.92)\n")
    assert "Alert id:    42 (detection config v3)" in body
    assert "Evidence (2):" in body
    assert "  1. https://acme.example/blog/tge" in body
    assert "     rss by Acme, official, score 0.95" in body
    assert "     leads with a tge event; event day 2026-03-20 (future)" in body
    assert "  2. https://x.com/news/status/1" in body
    assert "     x by unknown author, score 0.71" in body


def test_body_without_evidence() -> None:
    assert "(none recorded)" in email_body(message(evidence=[]))


def test_webhook_body_is_compact_sorted_json() -> None:
    sent = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)
    raw = webhook_body(message(), sent)
    doc = json.loads(raw)
    assert doc["type"] == "tge_alert"
    assert doc["sent_at"] == "2026-03-01T10:00:00Z"
    alert = doc["alert"]
    assert alert["id"] == 42 and alert["company"] == "Acme" and alert["event_type"] == "tge"
    assert alert["event_date"] == "2026-03-20" and alert["confidence"] == 0.923
    assert alert["evidence"][0]["url"] == "https://acme.example/blog/tge"
    assert alert["evidence"][0]["official"] is True
    assert b'": ' not in raw and b'", "' not in raw  # compact separators
    assert raw == webhook_body(message(), sent)  # deterministic: what is signed is stable


def test_summary_takes_the_first_reasons() -> None:
    assert summarise({"reasons": ["a", "b", "c", "d"]}) == "a; b; c"
    assert summarise({"reasons": "not a list"}) == ""
    assert summarise({}) == ""
    assert summarise(None) == ""
