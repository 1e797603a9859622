"""What an alert notification says: the message model, its loading, and its renderings.

:func:`load_alert_message` reads one alert and its evidence (relationships are
``lazy="raise"``, so the evidence is loaded explicitly with ``selectinload``) into an
:class:`AlertMessage`, a plain value that outlives the session. The renderers are pure:

* :func:`email_subject` / :func:`email_body` — plain text a person reads in a mail client;
* :func:`webhook_body` — compact JSON ``{"type": "tge_alert", "alert": {...}, "sent_at": ...}``.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from swarm.notify.errors import AlertNotFound
from swarm.storage.models import Alert, Evidence

# The type tag of a webhook body; receivers switch on it.
WEBHOOK_TYPE = "tge_alert"
# Reasons of the scorer kept in one evidence summary line.
MAX_REASONS = 3


class EvidenceLine(BaseModel):
    """One item behind the alert, reduced to what a reader needs."""

    model_config = ConfigDict(frozen=True)

    url: str
    kind: str
    author: str
    official: bool
    score: float
    summary: str


class AlertMessage(BaseModel):
    """An alert as it is notified: its facts and its evidence, strongest first."""

    model_config = ConfigDict(frozen=True)

    id: int
    company: str
    event_type: str
    event_date: date | None
    confidence: float
    status: str
    config_version: int | None
    created_at: datetime
    evidence: list[EvidenceLine]


def load_alert_message(session: Session, alert_id: int) -> AlertMessage:
    """Read alert ``alert_id`` with its evidence; raise :class:`AlertNotFound` if absent."""
    alert = session.scalars(
        select(Alert).where(Alert.id == alert_id).options(selectinload(Alert.evidence))
    ).one_or_none()
    if alert is None:
        raise AlertNotFound(alert_id)
    lines = [_line(e) for e in sorted(alert.evidence, key=lambda e: (-e.score, e.id))]
    return AlertMessage(
        id=alert.id,
        company=alert.company,
        event_type=alert.event_type,
        event_date=alert.event_date,
        confidence=alert.confidence,
        status=alert.status,
        config_version=alert.config_version,
        created_at=alert.created_at,
        evidence=lines,
    )


def _line(e: Evidence) -> EvidenceLine:
    return EvidenceLine(
        url=e.url,
        kind=e.kind,
        author=e.author,
        official=e.official,
        score=e.score,
        summary=summarise(e.details),
    )


def summarise(details: dict[str, Any] | None) -> str:
    """The scorer's first reasons as one line (``details["reasons"]``), or ``""``."""
    reasons = (details or {}).get("reasons")
    if not isinstance(reasons, list):
        return ""
    return "; ".join(str(r) for r in reasons[:MAX_REASONS])


# Renderings ---------------------------------------------------------------------------------


def headline(msg: AlertMessage) -> str:
    """``Acme — tge on 2026-03-20 (confidence 0.92)``; the date reads "date unknown" if unset."""
    when = f"on {msg.event_date.isoformat()}" if msg.event_date else "(date unknown)"
    return f"{msg.company} — {msg.event_type} {when} (confidence {msg.confidence:.2f})"


def email_subject(msg: AlertMessage) -> str:
    return f"TGE alert: {headline(msg)}"


def email_body(msg: AlertMessage) -> str:
    """Plain text: the headline, the facts, then one block per evidence item."""
    lines = [
        headline(msg),
        "",
        f"Company:     {msg.company}",
        f"Event:       {msg.event_type}",
        f"Date:        {msg.event_date.isoformat() if msg.event_date else 'unknown'}",
        f"Confidence:  {msg.confidence:.2f}",
        f"Alert id:    {msg.id}"
        + (f" (detection config v{msg.config_version})" if msg.config_version else ""),
        f"Raised at:   {msg.created_at.isoformat()}",
        "",
        f"Evidence ({len(msg.evidence)}):",
    ]
    for n, e in enumerate(msg.evidence, 1):
        who = e.author or "unknown author"
        tag = ", official" if e.official else ""
        lines.append(f"  {n}. {e.url}")
        lines.append(f"     {e.kind} by {who}{tag}, score {e.score:.2f}")
        if e.summary:
            lines.append(f"     {e.summary}")
    if not msg.evidence:
        lines.append("  (none recorded)")
    lines += ["", "-- ", "TGE Swarm"]
    return "\n".join(lines) + "\n"


def webhook_body(msg: AlertMessage, sent_at: datetime) -> bytes:
    """Compact, key-sorted JSON bytes: exactly what is signed and sent."""
    doc = {
        "type": WEBHOOK_TYPE,
        "alert": msg.model_dump(mode="json"),
        "sent_at": sent_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
    }
    return json.dumps(doc, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode()
