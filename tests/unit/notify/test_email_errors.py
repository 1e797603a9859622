"""Classification of SMTP failures (no network)."""

from __future__ import annotations

import smtplib
import ssl
from datetime import UTC, datetime

import pytest

from swarm.notify.email import _before_data, _reply, build_email, send_email
from swarm.notify.errors import DeliveryFailed, DeliveryRejected
from swarm.notify.message import AlertMessage
from swarm.settings import SmtpSettings

MSG = AlertMessage(
    id=5,
    company="Acme",
    event_type="tge",
    event_date=None,
    confidence=0.8,
    status="new",
    config_version=None,
    created_at=datetime(2026, 3, 1, tzinfo=UTC),
    evidence=[],
)


@pytest.mark.parametrize("code", [421, 450, 451, 452, 454])
def test_4xx_replies_are_transient(code: int) -> None:
    assert isinstance(_reply(code, b"later", "email"), DeliveryFailed)


@pytest.mark.parametrize("code", [500, 530, 535, 550, 552, 554])
def test_5xx_replies_are_permanent(code: int) -> None:
    err = _reply(code, b"no", "email")
    assert isinstance(err, DeliveryRejected) and f"{code} no" in err.reason


@pytest.mark.parametrize(
    "exc",
    [
        ConnectionRefusedError(111, "Connection refused"),
        TimeoutError("timed out"),
        smtplib.SMTPServerDisconnected("Connection unexpectedly closed"),
        smtplib.SMTPConnectError(421, b"busy"),
        smtplib.SMTPRecipientsRefused({"a@b": (451, b"later"), "c@d": (550, b"no")}),
        ssl.SSLError("handshake reset"),
    ],
)
def test_transient_before_data(exc: Exception) -> None:
    assert isinstance(_before_data(exc, "email"), DeliveryFailed)


@pytest.mark.parametrize(
    "exc",
    [
        smtplib.SMTPAuthenticationError(535, b"bad credentials"),
        smtplib.SMTPSenderRefused(553, b"sender not allowed", "x@y"),
        smtplib.SMTPRecipientsRefused({"a@b": (550, b"no such user")}),
        smtplib.SMTPNotSupportedError("STARTTLS extension not supported by server."),
        ssl.SSLCertVerificationError("certificate verify failed"),
        smtplib.SMTPException("No suitable authentication method found."),
    ],
)
def test_permanent_before_data(exc: Exception) -> None:
    assert isinstance(_before_data(exc, "email"), DeliveryRejected)


def test_unconfigured_smtp_is_rejected_before_connecting() -> None:
    with pytest.raises(DeliveryRejected, match=r"smtp\.host"):
        send_email(MSG, SmtpSettings(recipients=["a@b"]))
    with pytest.raises(DeliveryRejected, match="recipients"):
        send_email(MSG, SmtpSettings(host="127.0.0.1"))


def test_email_headers() -> None:
    email = build_email(MSG, "swarm@example.org", ["a@example.org", "b@example.org"])
    assert email["Subject"] == "TGE alert: Acme — tge (date unknown) (confidence 0.80)"
    assert email["To"] == "a@example.org, b@example.org"
    assert email["Message-ID"] == "<tge-alert-5@tge-swarm>"
