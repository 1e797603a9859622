"""SQLAlchemy 2.x typed models of TGE Swarm.

Times are stored as timezone-aware UTC (``DateTime(timezone=True)``); JSON columns hold lists
and evidence documents. Relationships are ``lazy="raise"``: load what you need explicitly.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from swarm.storage.base import Base, utcnow

TZ = DateTime(timezone=True)


class Company(Base):
    """One watch-list entry (docs/labels.md)."""

    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    tokens: Mapped[list[str]] = mapped_column(JSON, default=list)
    priority: Mapped[str] = mapped_column(String(10))
    x_handles: Mapped[list[str]] = mapped_column(JSON, default=list)
    domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    negative_context: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)


class DetectionConfig(Base):
    """A versioned detection config (keywords, weights, thresholds); one is active."""

    __tablename__ = "detection_configs"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)


class Source(Base):
    """An RSS/Atom feed or an X search query, with its polling state and stats."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # rss | x
    name: Mapped[str] = mapped_column(String(200))
    target: Mapped[str] = mapped_column(Text, unique=True)  # feed URL or X query
    interval_s: Mapped[int] = mapped_column(Integer, default=300)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    # ok | warning | failing | open | half_open (a probe fetch is out)
    state: Mapped[str] = mapped_column(String(20), default="ok")
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    since_id: Mapped[str | None] = mapped_column(String(64))
    # An X search burst read in pages: the next page to read, and the newest id of the burst,
    # which becomes since_id once the last page is in (migration 0002).
    x_next_token: Mapped[str | None] = mapped_column(Text)
    x_pending_since_id: Mapped[str | None] = mapped_column(String(64))
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    circuit_open_until: Mapped[datetime | None] = mapped_column(TZ)
    next_due_at: Mapped[datetime | None] = mapped_column(TZ)
    last_success_at: Mapped[datetime | None] = mapped_column(TZ)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None] = mapped_column(TZ)
    items_found: Mapped[int] = mapped_column(Integer, default=0)
    signals_found: Mapped[int] = mapped_column(Integer, default=0)
    # Fencing tokens start from Redis server time in microseconds: 64-bit.
    fence: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)


class Item(Base):
    """One normalised news entry or X post, stored once under its canonical id."""

    __tablename__ = "items"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # canonical id
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(10))
    url: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(300), default="")
    published_at: Mapped[datetime | None] = mapped_column(TZ)
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    score: Mapped[float | None] = mapped_column(Float)
    is_signal: Mapped[bool] = mapped_column(Boolean, default=False)
    decision: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    fetched_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)
    processed_at: Mapped[datetime | None] = mapped_column(TZ)


class Signal(Base):
    """A scored item above threshold, recorded with the item and waiting to be merged.

    Written in the transaction that marks its item processed; ``merged_at`` is set in the
    transaction that writes its evidence row. ``coordinator.recover`` re-sends the signals
    still unmerged after ``recovery.unmerged_after_s``: the broker only carries them.
    """

    __tablename__ = "signals"

    item_id: Mapped[str] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)
    merged_at: Mapped[datetime | None] = mapped_column(TZ, index=True)


# Alert statuses set by the pipeline: raised, sent on every channel, and merged into another
# (``Alert.merged_into``: never matched again). Analysts set ``confirmed`` / ``false_positive``.
ALERT_NEW = "new"
ALERT_NOTIFIED = "notified"
ALERT_MERGED = "merged"


class Alert(Base):
    """An event (company × event type × date window) raised as one alert."""

    __tablename__ = "alerts"
    __table_args__ = (UniqueConstraint("event_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_key: Mapped[str] = mapped_column(String(200))
    company: Mapped[str] = mapped_column(String(200))
    event_type: Mapped[str] = mapped_column(String(20))
    event_date: Mapped[date | None] = mapped_column(Date)
    confidence: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(20), default="new")
    config_version: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    # Publication times of the event's earliest and latest evidence: merge windows count from
    # this span, so a backfill of old items never joins an alert raised for recent ones.
    published_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)
    last_published_at: Mapped[datetime | None] = mapped_column(TZ)  # None: published_at
    # Set when a later signal showed this alert and another to be one event: the evidence
    # moved to that alert and this one's status is ``merged``.
    merged_into: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(TZ, default=utcnow, onupdate=utcnow)
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="alert", lazy="raise", cascade="all, delete-orphan"
    )


class Evidence(Base):
    """One item supporting an alert, with the scorer's explanation."""

    __tablename__ = "evidence"
    __table_args__ = (UniqueConstraint("alert_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(10))
    url: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(300), default="")
    official: Mapped[bool] = mapped_column(Boolean, default=False)
    score: Mapped[float] = mapped_column(Float)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)
    alert: Mapped[Alert] = relationship(back_populates="evidence", lazy="raise")


class Delivery(Base):
    """(alert, channel) delivered at most once: the unique pair is written before sending."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("alert_id", "channel"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    attempted_at: Mapped[datetime | None] = mapped_column(TZ)  # start of the latest attempt
    last_error: Mapped[str | None] = mapped_column(Text)
    delivered_at: Mapped[datetime | None] = mapped_column(TZ)
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)


class DeadLetter(Base):
    """A task message rejected for good (bad payload, permanent error), kept for inspection.

    ``payload`` is ``{"args": [...], "kwargs": {...}}``, or when its JSON was above the cap a
    marker ``{"truncated": true, "original_bytes": n, "head": "..."}`` (``truncated`` set).
    A replayed row keeps ``replayed_at`` and the new message's ``replay_task_id``.
    """

    __tablename__ = "dead_letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_name: Mapped[str] = mapped_column(String(200))
    task_id: Mapped[str] = mapped_column(String(64))
    payload: Mapped[Any] = mapped_column(JSON)
    error: Mapped[str] = mapped_column(Text)
    traceback: Mapped[str | None] = mapped_column(Text)
    correlation_id: Mapped[str | None] = mapped_column(String(64))
    payload_bytes: Mapped[int | None] = mapped_column(Integer)
    truncated: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    replayed_at: Mapped[datetime | None] = mapped_column(TZ)
    replay_task_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow, index=True)


class ProbeResult(Base):
    """The effect of a probe job (one per key): the foundation's idempotent end-to-end job."""

    __tablename__ = "probe_results"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    queue: Mapped[str] = mapped_column(String(50))
    worker: Mapped[str] = mapped_column(String(200))
    deliveries: Mapped[int] = mapped_column(Integer, default=1)
    correlation_id: Mapped[str | None] = mapped_column(String(64))
    finished_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)


# --- self-healing: health history --------------------------------------------------------
class HealthRecord(Base):
    """One health sweep's snapshot (worst status and every finding); the history is bounded."""

    __tablename__ = "health_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    taken_at: Mapped[datetime] = mapped_column(TZ, default=utcnow, index=True)
    status: Mapped[str] = mapped_column(String(10))
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSON)


# --- self-healing: operator audit --------------------------------------------------------
class AuditEntry(Base):
    """One operator action: who (OS user or --actor), when, what, on what."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(TZ, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(100))
    target: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
# The optimiser's tables live in their own module; importing it here registers them.
from swarm.storage.optimization_models import Feedback, Recommendation  # noqa: E402

__all__ = [
    "Alert", "AuditEntry", "Company", "DeadLetter", "Delivery", "DetectionConfig", "Evidence",
    "Feedback", "HealthRecord", "Item", "ProbeResult", "Recommendation", "Signal", "Source",
]  # fmt: skip
