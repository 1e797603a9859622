"""Values in and out of the detector: :class:`ItemIn` and :class:`Decision`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, field_validator

Source = Literal["rss", "x"]
EventType = Literal["tge", "airdrop", "listing", "token_sale"]
Temporal = Literal["upcoming", "live", "past"]

EVENT_TYPES: tuple[EventType, ...] = ("tge", "airdrop", "listing", "token_sale")
CATEGORIES = (
    "announcement",
    "homonym",
    "past_recap",
    "speculation",
    "price_talk",
    "testnet",
    "scam",
    "unwatched",
    "generic",
    "tutorial",
)


class ItemIn(BaseModel):
    """One news entry or X post to score (LABELS.md §6, without the label fields)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str
    source: Source
    url: str = ""
    title: str = ""
    text: str = ""
    author: str = ""
    published: AwareDatetime

    @field_validator("published")
    @classmethod
    def _utc(cls, value: dt.datetime) -> dt.datetime:
        return value.astimezone(dt.UTC)


@dataclass(frozen=True, slots=True)
class Evidence:
    """A matched span of ``title + "\\n" + text`` and the feature it fed."""

    text: str
    start: int
    end: int
    feature: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "feature": self.feature}


@dataclass(frozen=True, slots=True)
class Decision:
    """The detector's verdict on one item, with the evidence an analyst needs.

    ``category`` is ``announcement`` for a signal, otherwise the reject reason (LABELS.md §4).
    ``contributions`` maps each feature to what it added to the logit behind ``score``.
    """

    is_signal: bool
    score: float
    company: str | None
    event_type: EventType | None
    temporal: Temporal | None
    event_date: dt.date | None
    official: bool
    category: str
    reasons: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    contributions: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (dates as ``YYYY-MM-DD``)."""
        return {
            "is_signal": self.is_signal,
            "score": round(self.score, 6),
            "company": self.company,
            "event_type": self.event_type,
            "temporal": self.temporal,
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "official": self.official,
            "category": self.category,
            "reasons": list(self.reasons),
            "evidence": [e.to_dict() for e in self.evidence],
            "contributions": {k: round(v, 6) for k, v in self.contributions.items()},
        }
