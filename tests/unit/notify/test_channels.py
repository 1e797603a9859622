"""Channel names and their senders."""

from __future__ import annotations

import hashlib

import httpx
import pytest

from swarm.notify.channels import channel_names, idempotency_key, sender_for, webhook_channel
from swarm.notify.errors import UnknownChannel
from swarm.settings import SmtpSettings, WebhookSettings

A = "https://hooks.example/a"
B = "https://hooks.example/b?token=xyz"


def test_webhook_name_is_a_stable_url_hash() -> None:
    expected = "webhook:" + hashlib.sha1(A.encode()).hexdigest()[:10]
    assert webhook_channel(A) == expected
    assert webhook_channel(A) == webhook_channel(A)
    assert webhook_channel(A) != webhook_channel(B)
    assert "xyz" not in webhook_channel(B)  # a token in the URL is not exposed


def test_email_needs_a_host_and_recipients() -> None:
    assert channel_names(SmtpSettings(), []) == []
    assert channel_names(SmtpSettings(host="mail"), []) == []
    assert channel_names(SmtpSettings(recipients=["a@b"]), []) == []
    assert channel_names(SmtpSettings(host="mail", recipients=["a@b"]), []) == ["email"]


def test_names_in_order_without_repeats() -> None:
    hooks = [WebhookSettings(url=A), WebhookSettings(url=B), WebhookSettings(url=A)]
    names = channel_names(SmtpSettings(host="mail", recipients=["a@b"]), hooks)
    assert names == ["email", webhook_channel(A), webhook_channel(B)]


def test_unknown_channels_are_refused() -> None:
    with httpx.Client() as client:
        hooks = [WebhookSettings(url=A)]
        assert callable(sender_for(webhook_channel(A), SmtpSettings(), hooks, client))
        with pytest.raises(UnknownChannel) as err:
            sender_for("webhook:0000000000", SmtpSettings(), hooks, client)
        assert webhook_channel(A) in str(err.value)
        with pytest.raises(UnknownChannel):
            sender_for("email", SmtpSettings(), hooks, client)  # e-mail not configured


def test_idempotency_key() -> None:
    assert idempotency_key(7, "webhook:abc") == "7:webhook:abc"
