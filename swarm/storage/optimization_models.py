"""Tables of the optimiser: recommendations and analyst feedback on missed events.

Imported by :mod:`swarm.storage.models` so every table registers on the one ``Base``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from swarm.storage.base import Base, utcnow

TZ = DateTime(timezone=True)


class Recommendation(Base):
    """A proposed change with its measured effect and its life:
    ``pending`` -> ``approved`` -> ``applied`` | ``rejected`` | ``failed`` | ``rolled_back``."""

    __tablename__ = "recommendations"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # a tuning proposal kind or source_interval, ...
    risk: Mapped[str] = mapped_column(String(10))  # low | medium | high | critical
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    diff: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # swarm.optimization.diff entries
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # numbers, CI, split
    run_id: Mapped[str] = mapped_column(String(64))
    base_version: Mapped[int | None] = mapped_column(Integer)  # config the change was made for
    applied_version: Mapped[int | None] = mapped_column(Integer)  # the version it wrote
    previous_version: Mapped[int | None] = mapped_column(Integer)  # active before the apply
    rollback_version: Mapped[int | None] = mapped_column(Integer)  # the version a rollback wrote
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None] = mapped_column(TZ)
    applied_at: Mapped[datetime | None] = mapped_column(TZ)
    rolled_back_at: Mapped[datetime | None] = mapped_column(TZ)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)


class Feedback(Base):
    """A labelled item reported by an analyst (today: an event the swarm missed)."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # missed
    label: Mapped[bool] = mapped_column(default=True)
    source: Mapped[str] = mapped_column(String(10), default="rss")  # rss | x
    url: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(300), default="")
    published_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)
    company: Mapped[str] = mapped_column(String(200))
    event_type: Mapped[str] = mapped_column(String(20))
    event_date: Mapped[date | None] = mapped_column(Date)
    reported_by: Mapped[str] = mapped_column(String(200), default="cli")
    created_at: Mapped[datetime] = mapped_column(TZ, default=utcnow)
