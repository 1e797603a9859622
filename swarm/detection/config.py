"""Detection config as data: phrase lists, regex patterns, feature weights, threshold.

Everything the scorer knows about language lives in ``swarm/data/detection.yaml`` (the
default) or in a stored version the optimiser produced; nothing is a constant in code.

- ``version``: integer version of this config (the optimiser stores versions).
- ``threshold``: score at or above which an item is a signal (default 0.5).
- ``bias``: the logit before any feature.
- ``weights``: feature name -> weight added to the logit (times the feature's value).
- ``categories``: reject feature name -> the category (docs/labels.md) it explains.
- ``events``: event type -> phrases that announce it.
- ``event_overrides``: event types that win whenever the lead names them, in this order; other
  types go by first position in the lead (docs/labels.md).
- ``phrases``: feature name -> phrases (lower case, word-bounded; a trailing ``*`` matches any
  ending, so ``rumo*`` matches "rumour" and "rumors").
- ``exchange_names``: the names of exchanges, as patterns write them (lower case); a pattern
  holding ``{exchange}`` reads it as any one of them ("trading on {exchange} begins").
- ``patterns``: feature name -> regular expressions (run only for items naming a company).
- ``windows``: character distances (how near negative context must be, etc.).
- ``lookalike_affixes``: words that, joined to a watched name in a handle or host, make a
  look-alike of a company that lists no official handle or domain ("acme_claims").
- ``exchanges``: the exchanges whose own notices (from their sites, X handles or bylines) are
  typed ``listing`` whenever they name a listing, even when they also describe an exchange-run
  airdrop or a token's launch (docs/labels.md, fields of a positive).
- ``common_symbols``: upper-case symbols that never name another project's token (quote assets,
  time zones, acronyms such as ``USDT``, ``UTC``, ``TGE``).
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_serializer,
    field_validator,
)

from swarm.detection.errors import DetectionConfigError
from swarm.detection.models import EVENT_TYPES, EventType
from swarm.detection.yamltext import parse_mapping, validation_problems

EXCHANGE_SLOT = "{exchange}"  # in a pattern: any one of the config's exchange_names
# what only a regular expression holds (a backslash class, "(?", "[^"): no phrase of any language
REGEX_SYNTAX = re.compile(r"\\[bdswBDSW]|\(\?|\[\^")


class Windows(BaseModel):
    """Character windows (all measured in the normalised text)."""

    model_config = ConfigDict(frozen=True)

    negative_context: int = Field(default=80, ge=0, description="neg context near a mention")
    host_prefix: int = Field(default=24, ge=0, description="'built on' right before a mention")
    date_link: int = Field(default=120, ge=0, description="a date this near an event phrase")
    lead_chars: int = Field(default=160, ge=1, description="lead of a post without a title")
    recent_days: int = Field(default=1, ge=0, description="days back still counted as live")
    max_chars: int = Field(default=20_000, ge=1, description="longer texts are cut to this")


class Exchange(BaseModel):
    """One exchange's voice: its sites (subdomains count), X handles and byline name."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1)
    domains: list[str] = Field(default_factory=list)
    handles: list[str] = Field(default_factory=list)

    @field_validator("domains", "handles")
    @classmethod
    def _lower(cls, value: list[str]) -> list[str]:
        return [v.strip().lower().removeprefix("@") for v in value if v.strip()]


class DetectionConfig(BaseModel):
    """A validated detection config (see the module docstring for every key)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: int = Field(ge=0)
    threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    bias: float = 0.0
    weights: dict[str, float]
    categories: dict[str, str] = Field(default_factory=dict)
    events: dict[str, list[str]]
    event_overrides: list[EventType] = Field(default_factory=list)
    phrases: dict[str, list[str]] = Field(default_factory=dict)
    exchange_names: list[str] = Field(default_factory=list)
    patterns: dict[str, list[str]] = Field(default_factory=dict)
    windows: Windows = Field(default_factory=Windows)
    common_symbols: frozenset[str] = Field(default_factory=frozenset)
    lookalike_affixes: list[str] = Field(default_factory=list)
    exchanges: list[Exchange] = Field(default_factory=list)

    @field_validator("common_symbols", mode="before")
    @classmethod
    def _symbols(cls, value: Any) -> Any:
        if isinstance(value, list | tuple):
            return frozenset(str(v).upper() for v in value)
        return value

    @field_serializer("common_symbols")
    def _symbols_sorted(self, value: frozenset[str]) -> list[str]:
        # A set has no order of its own: sorted, two dumps of one config are equal (diffs,
        # stored versions).
        return sorted(value)

    @field_validator("events")
    @classmethod
    def _events(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = sorted(set(value) - set(EVENT_TYPES))
        if unknown:
            raise ValueError(f"unknown event types {unknown}; allowed: {list(EVENT_TYPES)}")
        return value

    @field_validator("patterns")
    @classmethod
    def _exchange_names(
        cls, value: dict[str, list[str]], info: ValidationInfo
    ) -> dict[str, list[str]]:
        """``{exchange}`` in a pattern is any one of ``exchange_names``."""
        names = info.data.get("exchange_names") or []
        if not any(EXCHANGE_SLOT in p for items in value.values() for p in items):
            return value
        if not names:
            raise ValueError(f"a pattern uses {EXCHANGE_SLOT} but exchange_names is empty")
        alternation = "(?:" + "|".join(re.escape(n.strip().lower()) for n in names) + ")"
        return {k: [p.replace(EXCHANGE_SLOT, alternation) for p in v] for k, v in value.items()}

    @field_validator("phrases", "events")
    @classmethod
    def _lower(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for key, items in value.items():
            if any(not p.strip() for p in items):
                raise ValueError(f"{key}: phrases must not be blank")
            # a phrase is matched as written: a regular expression here would never match
            regex = next((p for p in items if REGEX_SYNTAX.search(p)), None)
            if regex is not None:
                raise ValueError(
                    f"{key}: {regex!r} is a regular expression, but phrases are matched as "
                    "written; move it to the patterns section"
                )
        return {k: [p.strip().lower() for p in v] for k, v in value.items()}

    @classmethod
    def from_mapping(cls, data: dict[str, Any], source: str = "") -> DetectionConfig:
        """Validate a mapping; raise :class:`DetectionConfigError` naming every bad field."""
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            raise DetectionConfigError(validation_problems(exc), source) from None

    @classmethod
    def from_yaml_text(cls, text: str, source: str = "") -> DetectionConfig:
        data, reason = parse_mapping(text)
        if data is None:
            raise DetectionConfigError([("(file)", reason)], source)
        return cls.from_mapping(data, source)

    @classmethod
    def default(cls) -> DetectionConfig:
        """The bundled default (``swarm/data/detection.yaml``)."""
        from swarm.detection.resources import DETECTION_FILE, bundled_text

        return cls.from_yaml_text(bundled_text(DETECTION_FILE), source=DETECTION_FILE)

    def weight(self, feature: str) -> float:
        """The weight of ``feature`` (0 when the config does not weigh it)."""
        return self.weights.get(feature, 0.0)

    def to_mapping(self) -> dict[str, Any]:
        return self.model_dump(mode="json")
