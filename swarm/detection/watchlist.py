"""The watch list: the projects a user wants TGE signals for (docs/labels.md).

Only ``name``, ``tokens`` and ``priority`` are required; unknown keys are kept, so files written
for other tools load. Validation errors name the company and the field.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from swarm.detection.errors import WatchlistError
from swarm.detection.yamltext import parse_mapping, validation_problems

Priority = Literal["high", "medium", "low"]


def _clean_strings(values: list[str], field: str) -> list[str]:
    cleaned = [v.strip() for v in values]
    if any(not v for v in cleaned):
        raise ValueError(f"{field} must not contain empty strings")
    return cleaned


class Company(BaseModel):
    """One watched project.

    - ``name``: canonical name, copied into a signal's ``company``.
    - ``aliases``: other names of the project (default none).
    - ``tokens``: token symbols without ``$`` (at least one).
    - ``priority``: ``high`` | ``medium`` | ``low``.
    - ``x_handles``: official X accounts without ``@`` (default none).
    - ``domains``: official web domains; subdomains count as official (default none).
    - ``negative_context``: phrases that mark the ordinary sense of the name (default none).
    """

    model_config = ConfigDict(extra="allow", frozen=True)

    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    tokens: list[str] = Field(min_length=1)
    priority: Priority
    x_handles: list[str] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)
    negative_context: list[str] = Field(default_factory=list)

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("name must not be blank")
        return value

    @field_validator("aliases", "negative_context")
    @classmethod
    def _strings(cls, values: list[str]) -> list[str]:
        return _clean_strings(values, "list")

    @field_validator("tokens")
    @classmethod
    def _tokens(cls, values: list[str]) -> list[str]:
        return [v.lstrip("$") for v in _clean_strings(values, "tokens")]

    @field_validator("x_handles")
    @classmethod
    def _handles(cls, values: list[str]) -> list[str]:
        return [v.lstrip("@") for v in _clean_strings(values, "x_handles")]

    @field_validator("domains")
    @classmethod
    def _domains(cls, values: list[str]) -> list[str]:
        out = []
        for v in _clean_strings(values, "domains"):
            host = v.lower().removeprefix("https://").removeprefix("http://").split("/")[0]
            out.append(host.removeprefix("www."))
        return out


class WatchList(BaseModel):
    """The projects to watch, in file order."""

    model_config = ConfigDict(extra="allow", frozen=True)

    companies: list[Company]

    @classmethod
    def from_yaml_text(cls, text: str, source: str = "") -> WatchList:
        """Parse and validate YAML text; raise :class:`WatchlistError` naming every bad field."""
        data, reason = parse_mapping(text)
        if data is None:
            raise WatchlistError([("(file)", reason)], source)
        return cls.from_mapping(data, source)

    @classmethod
    def from_mapping(cls, data: dict[str, Any], source: str = "") -> WatchList:
        """Validate a mapping of the docs/labels.md form."""
        raw = data.get("companies")
        if not isinstance(raw, list):
            raise WatchlistError([("companies", "a list of companies is required")], source)
        problems: list[tuple[str, str]] = []
        companies: list[Company] = []
        for index, entry in enumerate(raw):
            label = f"companies[{index}]"
            if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                label += f" ({entry['name']})"
            if not isinstance(entry, dict):
                problems.append((label, "each company must be a mapping"))
                continue
            try:
                companies.append(Company.model_validate(entry))
            except ValidationError as exc:
                problems.extend(validation_problems(exc, prefix=f"{label}."))
        seen: dict[str, int] = {}
        for index, company in enumerate(companies):
            key = company.name.casefold()
            if key in seen:
                problems.append((f"companies[{index}] ({company.name}).name", "duplicate name"))
            seen[key] = index
        if problems:
            raise WatchlistError(problems, source)
        extra = {k: v for k, v in data.items() if k != "companies"}
        return cls.model_validate({"companies": companies, **extra})

    def to_dicts(self) -> list[dict[str, Any]]:
        """The companies as plain JSON-safe dicts (extra keys included)."""
        return [c.model_dump(mode="json") for c in self.companies]

    @classmethod
    def default(cls) -> WatchList:
        """The bundled default watch list (``swarm/data/watchlist.yaml``)."""
        from swarm.detection.resources import WATCHLIST_FILE, bundled_text

        return cls.from_yaml_text(bundled_text(WATCHLIST_FILE), source=WATCHLIST_FILE)
