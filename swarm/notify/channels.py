"""The configured notification channels, by stable name, and the sender of each.

Names are stable across restarts and configuration reloads, because a delivery row is keyed
by ``(alert_id, channel)``:

* ``email`` — when ``smtp.host`` is set and ``smtp.recipients`` is not empty;
* ``webhook:<first 10 hex of sha1(url)>`` — one per configured webhook URL (the URL itself may
  carry a token, so it is not stored; the same URL twice is one channel).
"""

from __future__ import annotations

import hashlib
import ssl
from collections.abc import Callable
from datetime import UTC, datetime

import httpx

from swarm.notify.email import EMAIL_CHANNEL, send_email
from swarm.notify.errors import UnknownChannel
from swarm.notify.message import AlertMessage, webhook_body
from swarm.notify.webhook import post_webhook
from swarm.settings import SmtpSettings, WebhookSettings

WEBHOOK_PREFIX = "webhook:"
WEBHOOK_HASH_CHARS = 10

Sender = Callable[[AlertMessage], None]


def webhook_channel(url: str) -> str:
    digest = hashlib.sha1(url.encode(), usedforsecurity=False).hexdigest()
    return WEBHOOK_PREFIX + digest[:WEBHOOK_HASH_CHARS]


def channel_names(smtp: SmtpSettings, webhooks: list[WebhookSettings]) -> list[str]:
    """Every configured channel, e-mail first, in configuration order, without repeats."""
    names = [EMAIL_CHANNEL] if smtp.host and smtp.recipients else []
    for hook in webhooks:
        name = webhook_channel(hook.url)
        if name not in names:
            names.append(name)
    return names


def idempotency_key(alert_id: int, channel: str) -> str:
    return f"{alert_id}:{channel}"


def sender_for(
    channel: str,
    smtp: SmtpSettings,
    webhooks: list[WebhookSettings],
    client: httpx.Client,
    tls_context: ssl.SSLContext | None = None,
) -> Sender:
    """The callable that sends one alert on ``channel``; :class:`UnknownChannel` if none."""
    if channel == EMAIL_CHANNEL and channel in channel_names(smtp, []):
        return lambda msg: send_email(msg, smtp, tls_context, channel)
    for hook in webhooks:
        if webhook_channel(hook.url) == channel:
            return _webhook_sender(channel, hook, client)
    raise UnknownChannel(channel, channel_names(smtp, webhooks))


def _webhook_sender(channel: str, hook: WebhookSettings, client: httpx.Client) -> Sender:
    secret = hook.secret.get_secret_value() if hook.secret else None

    def send(msg: AlertMessage) -> None:
        body = webhook_body(msg, datetime.now(UTC))
        post_webhook(client, hook.url, secret, body, idempotency_key(msg.id, channel), channel)

    return send
