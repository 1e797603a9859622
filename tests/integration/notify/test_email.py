"""E-mail through a real aiosmtpd server: content, AUTH, TLS, and every failure class."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from swarm.notify.email import send_email
from swarm.notify.errors import DeliveryFailed, DeliveryRejected, DeliveryUncertain
from swarm.notify.message import AlertMessage, EvidenceLine
from tests.smtpserver import SmtpServer, free_port, openssl_available

pytestmark = pytest.mark.integration
needs_openssl = pytest.mark.skipif(not openssl_available(), reason="no openssl command")

Start = Callable[..., SmtpServer]

MSG = AlertMessage(
    id=42,
    company="Acme",
    event_type="tge",
    event_date=date(2026, 3, 20),
    confidence=0.92,
    status="new",
    config_version=3,
    created_at=datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
    evidence=[
        EvidenceLine(
            url="https://acme.example/blog/tge",
            kind="rss",
            author="Acme",
            official=True,
            score=0.95,
            summary="leads with a tge event",
        )
    ],
)


def test_plain_delivery_carries_the_alert(smtp_servers: Start) -> None:
    server = smtp_servers()
    send_email(MSG, server.settings(recipients=["ops@example.org", "desk@example.org"]))
    [got] = server.messages
    assert got.mail_from == "swarm@example.org"
    assert got.rcpt_tos == ["ops@example.org", "desk@example.org"]
    assert got.message["Subject"] == "TGE alert: Acme — tge on 2026-03-20 (confidence 0.92)"
    assert got.message["Message-ID"] == "<tge-alert-42@tge-swarm>"
    assert "https://acme.example/blog/tge" in got.text
    assert "Acme — tge on 2026-03-20" in got.text


def test_auth_logs_in(smtp_servers: Start) -> None:
    server = smtp_servers(auth=("swarm", "pw"))
    send_email(MSG, server.settings(username="swarm", password="pw", allow_plaintext_auth=True))
    [got] = server.messages
    assert got.authenticated_as == "swarm"


def test_wrong_password_is_permanent(smtp_servers: Start) -> None:
    server = smtp_servers(auth=("swarm", "pw"))
    with pytest.raises(DeliveryRejected, match="535"):
        send_email(
            MSG, server.settings(username="swarm", password="wrong", allow_plaintext_auth=True)
        )
    assert server.messages == []


def test_missing_login_is_permanent(smtp_servers: Start) -> None:
    server = smtp_servers(auth=("swarm", "pw"))
    with pytest.raises(DeliveryRejected, match="530"):
        send_email(MSG, server.settings())
    assert server.messages == []


@needs_openssl
def test_starttls_with_auth(smtp_servers: Start, tmp_path: Path) -> None:
    server = smtp_servers(tls="starttls", cert_dir=tmp_path, auth=("swarm", "pw"))
    settings = server.settings(username="swarm", password="pw")
    send_email(MSG, settings, tls_context=server.client_tls_context())
    [got] = server.messages
    assert got.authenticated_as == "swarm"


@needs_openssl
def test_implicit_tls(smtp_servers: Start, tmp_path: Path) -> None:
    server = smtp_servers(tls="ssl", cert_dir=tmp_path)
    send_email(MSG, server.settings(), tls_context=server.client_tls_context())
    assert len(server.messages) == 1


@needs_openssl
def test_untrusted_certificate_is_permanent(smtp_servers: Start, tmp_path: Path) -> None:
    server = smtp_servers(tls="starttls", cert_dir=tmp_path)
    with pytest.raises(DeliveryRejected, match="certificate"):
        send_email(MSG, server.settings())  # the system trust store does not know it
    assert server.messages == []


def test_starttls_against_a_plain_server_is_permanent(smtp_servers: Start) -> None:
    server = smtp_servers()
    with pytest.raises(DeliveryRejected, match="STARTTLS"):
        send_email(MSG, server.settings(security="starttls"))


def test_rcpt_451_is_transient(smtp_servers: Start) -> None:
    server = smtp_servers(rcpt_reply="451 4.3.0 Mailbox busy, try later")
    with pytest.raises(DeliveryFailed, match="451"):
        send_email(MSG, server.settings())
    assert server.messages == []


def test_rcpt_550_is_permanent(smtp_servers: Start) -> None:
    server = smtp_servers(rcpt_reply="550 5.1.1 No such user")
    with pytest.raises(DeliveryRejected, match="550"):
        send_email(MSG, server.settings())


def test_data_451_is_transient(smtp_servers: Start) -> None:
    server = smtp_servers(data_reply="451 4.3.0 Queue full")
    with pytest.raises(DeliveryFailed, match="451"):
        send_email(MSG, server.settings())


def test_data_550_is_permanent(smtp_servers: Start) -> None:
    server = smtp_servers(data_reply="550 5.7.1 Message rejected as spam")
    with pytest.raises(DeliveryRejected, match="550"):
        send_email(MSG, server.settings())


def test_connection_refused_is_transient(smtp_servers: Start) -> None:
    server = smtp_servers()
    settings = server.settings(port=free_port())  # nothing listens there
    with pytest.raises(DeliveryFailed, match=r"Connection refused|ConnectionRefused"):
        send_email(MSG, settings)


def test_connection_lost_after_data_is_uncertain(smtp_servers: Start) -> None:
    server = smtp_servers(drop_after_data=True)
    with pytest.raises(DeliveryUncertain):
        send_email(MSG, server.settings())
    assert len(server.messages) == 1  # it did arrive: sending again would duplicate it
