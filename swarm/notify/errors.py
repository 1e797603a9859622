"""Errors of the notifier: leaves of :class:`TransientError` and :class:`PermanentError`.

The three delivery outcomes that are not a success say what the channel knows:

* :class:`DeliveryFailed` — the message was certainly not accepted (connection refused, a
  4xx reply, HTTP 5xx): safe to send again, so it is retried with back-off;
* :class:`DeliveryRejected` — the channel refused it for good (5xx SMTP reply, HTTP 4xx,
  bad credentials, a channel not configured): never retried;
* :class:`DeliveryUncertain` — the message was handed over but no answer came back (a read
  timeout after the request, a connection dropped after the data): it may have arrived, so
  under the at-most-once rule it is never sent again.
"""

from __future__ import annotations

from swarm.errors import PermanentError, TransientError


class DeliveryFailed(TransientError):
    """The channel did not accept the alert this time; sending again is safe."""

    def __init__(self, channel: str, reason: str) -> None:
        self.channel, self.reason = channel, reason
        super().__init__(f"{channel}: delivery failed, will retry: {reason}")


class DeliveryRejected(PermanentError):
    """The channel refused the alert for good (or is not usable as configured)."""

    def __init__(self, channel: str, reason: str) -> None:
        self.channel, self.reason = channel, reason
        super().__init__(f"{channel}: delivery rejected: {reason}")


class DeliveryUncertain(PermanentError):
    """The alert was handed over but its outcome is unknown; it is not sent again."""

    def __init__(self, channel: str, reason: str) -> None:
        self.channel, self.reason = channel, reason
        super().__init__(f"{channel}: outcome unknown, not resent (at most once): {reason}")


class AlertNotFound(PermanentError):
    """A notification names an alert that is not in the database."""

    def __init__(self, alert_id: int) -> None:
        self.alert_id = alert_id
        super().__init__(f"alert {alert_id} does not exist")


class UnknownChannel(PermanentError):
    """A delivery names a channel that the settings no longer configure."""

    def __init__(self, channel: str, configured: list[str]) -> None:
        self.channel, self.configured = channel, configured
        known = ", ".join(configured) or "none"
        super().__init__(f"channel {channel!r} is not configured (configured: {known})")
