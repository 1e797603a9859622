"""Errors of the detection domain. Both are permanent: bad data never fixes itself on retry."""

from __future__ import annotations

from swarm.errors import PermanentError


class WatchlistError(PermanentError):
    """A watch list that does not validate. ``problems`` lists ``(where, message)`` pairs.

    ``where`` names the company (by index and name when known) and the field, for example
    ``companies[3] (Acme).priority``.
    """

    def __init__(self, problems: list[tuple[str, str]], source: str = "") -> None:
        self.problems = problems
        self.source = source
        where = f" in {source}" if source else ""
        lines = [f"invalid watch list{where}:"]
        lines += [f"  - {field}: {msg}" for field, msg in problems]
        super().__init__("\n".join(lines))


class DetectionConfigError(PermanentError):
    """A detection config that does not validate. ``problems`` lists ``(field, message)``."""

    def __init__(self, problems: list[tuple[str, str]], source: str = "") -> None:
        self.problems = problems
        self.source = source
        where = f" in {source}" if source else ""
        lines = [f"invalid detection config{where}:"]
        lines += [f"  - {field}: {msg}" for field, msg in problems]
        super().__init__("\n".join(lines))
