"""Values in and out of the detector: :class:`ItemIn` and :class:`Decision`."""

from __future__ import annotations

import datetime as dt
from dataclasses import FrozenInstanceError, dataclass
from typing import Any, Literal, Protocol

from pydantic import AwareDatetime, BaseModel, ConfigDict, field_validator

Source = Literal["rss", "x"]
EventType = Literal["tge", "airdrop", "listing", "token_sale"]
Temporal = Literal["upcoming", "live", "past"]
# How precisely the item dates the event: a day, only a month, only a quarter, or not at all
# ("later this year", "soon", no date). ``event_date`` is set only for ``day``.
DatePrecision = Literal["day", "month", "quarter", "none"]

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
    """One news entry or X post to score (docs/labels.md, without the label fields)."""

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


class Explanation(Protocol):
    """Renders the human-readable part of a decision when it is first asked for."""

    def render(self) -> tuple[list[str], list[Evidence]]: ...


class Decision:
    """The detector's verdict on one item, with the evidence an analyst needs.

    ``category`` is ``announcement`` for a signal, otherwise the reject reason (docs/labels.md).
    ``contributions`` maps each feature to what it added to the logit behind ``score``.
    ``date_precision`` says how precisely the item dates the event (``day`` exactly when
    ``event_date`` is set; ``month`` / ``quarter`` for coarse plans; else ``none``).

    Immutable, with the value semantics of a frozen dataclass over its ``__match_args__``
    (equality, ``repr``, ``hash`` of those values). ``reasons`` and ``evidence`` may be given, or
    rendered by ``explanation`` on first access: scoring decides everything else eagerly, and
    most callers of the hot path never read the prose (they are rendered from ``contributions``
    as scored: change that dict only after reading them). The eager fields live in one tuple
    (one store per decision instead of nine).
    """

    __slots__ = ("_explanation", "_fields", "_rendered")
    __match_args__ = (
        "is_signal", "score", "company", "event_type", "temporal", "event_date", "official",
        "category", "reasons", "evidence", "contributions", "date_precision",
    )  # fmt: skip

    _fields: tuple[
        bool, float, str | None, EventType | None, Temporal | None, dt.date | None, bool, str,
        dict[str, float], DatePrecision,
    ]  # fmt: skip
    _rendered: tuple[list[str], list[Evidence]] | None
    _explanation: Explanation | None

    def __init__(
        self,
        is_signal: bool,
        score: float,
        company: str | None,
        event_type: EventType | None,
        temporal: Temporal | None,
        event_date: dt.date | None,
        official: bool,
        category: str,
        reasons: list[str] | None = None,
        evidence: list[Evidence] | None = None,
        contributions: dict[str, float] | None = None,
        date_precision: DatePrecision | None = None,
        *,
        explanation: Explanation | None = None,
    ) -> None:
        init = object.__setattr__
        if date_precision is None:
            date_precision = "day" if event_date is not None else "none"
        init(self, "_fields", (
            is_signal, score, company, event_type, temporal, event_date, official, category,
            {} if contributions is None else contributions, date_precision,
        ))  # fmt: skip
        if explanation is None:
            rendered = ([] if reasons is None else reasons, [] if evidence is None else evidence)
            init(self, "_rendered", rendered)
        else:
            init(self, "_rendered", None)
        init(self, "_explanation", explanation)

    @property
    def is_signal(self) -> bool:
        return self._fields[0]

    @property
    def score(self) -> float:
        return self._fields[1]

    @property
    def company(self) -> str | None:
        return self._fields[2]

    @property
    def event_type(self) -> EventType | None:
        return self._fields[3]

    @property
    def temporal(self) -> Temporal | None:
        return self._fields[4]

    @property
    def event_date(self) -> dt.date | None:
        return self._fields[5]

    @property
    def official(self) -> bool:
        return self._fields[6]

    @property
    def category(self) -> str:
        return self._fields[7]

    @property
    def contributions(self) -> dict[str, float]:
        return self._fields[8]

    @property
    def date_precision(self) -> DatePrecision:
        return self._fields[9]

    def _render(self) -> tuple[list[str], list[Evidence]]:
        rendered = self._rendered
        if rendered is None:
            assert self._explanation is not None
            rendered = self._explanation.render()
            object.__setattr__(self, "_rendered", rendered)
            object.__setattr__(self, "_explanation", None)
        return rendered

    @property
    def reasons(self) -> list[str]:
        return self._render()[0]

    @property
    def evidence(self) -> list[Evidence]:
        return self._render()[1]

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__match_args__)

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Decision)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())  # TypeError like the frozen dataclass: lists are unhashable

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__match_args__)
        return f"{self.__class__.__qualname__}({fields})"

    def __reduce__(self) -> tuple[type[Decision], tuple[Any, ...]]:
        return (self.__class__, self._values())

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (dates as ``YYYY-MM-DD``)."""
        return {
            "is_signal": self.is_signal,
            "score": round(self.score, 6),
            "company": self.company,
            "event_type": self.event_type,
            "temporal": self.temporal,
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "date_precision": self.date_precision,
            "official": self.official,
            "category": self.category,
            "reasons": list(self.reasons),
            "evidence": [e.to_dict() for e in self.evidence],
            "contributions": {k: round(v, 6) for k, v in self.contributions.items()},
        }
