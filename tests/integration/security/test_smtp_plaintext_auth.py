"""SMTP LOGIN never goes over a plain connection unless smtp.allow_plaintext_auth says so."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from swarm.errors import ConfigError
from swarm.notify.email import send_email
from swarm.notify.errors import DeliveryRejected
from swarm.notify.message import AlertMessage
from swarm.settings import SmtpSettings, load_settings
from tests.smtpserver import SmtpServer

pytestmark = pytest.mark.integration

MSG = AlertMessage(
    id=7, company="Acme", event_type="tge", event_date=date(2026, 3, 20), confidence=0.9,
    status="new", config_version=1, created_at=datetime(2026, 3, 1, tzinfo=UTC), evidence=[],
)  # fmt: skip
PASSWORD = "smtppw-plain-77"


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    srv = SmtpServer(auth=("ops", PASSWORD)).start()
    yield srv
    srv.stop()


def _values(server: SmtpServer, **extra: object) -> dict[str, object]:
    return {
        "host": "127.0.0.1", "port": server.port, "security": "none", "username": "ops",
        "password": PASSWORD, "sender": "swarm@example.org", "recipients": ["ops@example.org"],
        **extra,
    }  # fmt: skip


def test_settings_refuse_login_in_clear(server: SmtpServer) -> None:
    with pytest.raises(ConfigError) as err:
        load_settings(smtp=_values(server))
    text = str(err.value)
    assert "smtp.allow_plaintext_auth" in text and "starttls" in text
    assert PASSWORD not in text


def test_sender_refuses_before_sending_the_password(server: SmtpServer) -> None:
    # Settings built without validation (as a caller could): the sender still refuses.
    smtp = SmtpSettings.model_construct(**_values(server, allow_plaintext_auth=False))
    with pytest.raises(DeliveryRejected, match="plain connection"):
        send_email(MSG, smtp)
    assert server.messages == []


def test_allowed_explicitly_for_a_local_relay(server: SmtpServer) -> None:
    smtp = load_settings(smtp=_values(server, allow_plaintext_auth=True)).smtp
    send_email(MSG, smtp)
    [got] = server.messages
    assert got.authenticated_as == "ops"
