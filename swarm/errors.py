"""The one error tree of TGE Swarm.

``SwarmError`` is the root. ``TransientError`` is retried with back-off by the task boundary;
``PermanentError`` is never retried and goes to the dead-letter store. Leaves are nouns that
carry their context, so a log line or a CLI message can say what was wrong and what to do.
"""

from __future__ import annotations


class SwarmError(Exception):
    """Root of every error raised on purpose by TGE Swarm."""


class TransientError(SwarmError):
    """A fault that may pass: a service away, a timeout, a rate limit. Retried with back-off."""


class PermanentError(SwarmError):
    """A fault that retrying cannot fix: bad payload, bad data, bad config. Never retried."""


class ConfigError(PermanentError):
    """Settings that do not validate. ``problems`` lists ``(field, message)`` pairs."""

    def __init__(self, problems: list[tuple[str, str]], source: str = "") -> None:
        self.problems = problems
        self.source = source
        where = f" in {source}" if source else ""
        lines = [f"invalid configuration{where}:"]
        lines += [f"  - {field}: {msg}" for field, msg in problems]
        super().__init__("\n".join(lines))


class ServiceUnavailable(TransientError):
    """A service (Redis, the database, an HTTP endpoint) did not answer."""

    def __init__(self, service: str, url: str, reason: str) -> None:
        self.service, self.url, self.reason = service, url, reason
        super().__init__(f"{service} at {url} is unavailable: {reason}")


class InvalidPayload(PermanentError):
    """A task received a payload that does not validate; it is dead-lettered, not retried."""
