"""At most once per (alert, channel), on SQLite and PostgreSQL, against real servers."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from swarm.notify.channels import channel_names, sender_for, webhook_channel
from swarm.notify.delivery import Outcome, claim, deliver, record
from swarm.notify.email import send_email
from swarm.notify.errors import (
    AlertNotFound,
    DeliveryFailed,
    DeliveryRejected,
    DeliveryUncertain,
)
from swarm.notify.message import AlertMessage
from swarm.settings import SmtpSettings, WebhookSettings
from swarm.storage.models import ALERT_MERGED, Alert, Delivery
from tests.httpserver import LoopbackServer, Reply, Request
from tests.integration.notify.helpers import add_alert, replies
from tests.smtpserver import SmtpServer

pytestmark = pytest.mark.integration

Sessions = sessionmaker[Session]
NO_SMTP = SmtpSettings()


def row(sessions: Sessions, alert_id: int, channel: str) -> Delivery:
    with sessions() as s:
        return s.scalars(
            select(Delivery).where(Delivery.alert_id == alert_id, Delivery.channel == channel)
        ).one()


def alert_status(sessions: Sessions, alert_id: int) -> str:
    with sessions() as s:
        alert = s.get(Alert, alert_id)
        assert alert is not None
        return alert.status


def hook(server: LoopbackServer) -> tuple[list[WebhookSettings], str]:
    hooks = [WebhookSettings(url=server.url("/hook"), secret=SecretStr("s"))]
    return hooks, webhook_channel(hooks[0].url)


def test_webhook_500_then_200_is_retried_and_delivered_once(
    sessions: Sessions, alert_id: int, http_server: LoopbackServer, client: httpx.Client
) -> None:
    replies(http_server, 500)
    hooks, channel = hook(http_server)
    send = sender_for(channel, NO_SMTP, hooks, client)
    with pytest.raises(DeliveryFailed):
        deliver(sessions.begin, alert_id, channel, send, [channel])
    first = row(sessions, alert_id, channel)
    assert (first.status, first.attempts) == ("pending", 1)
    assert first.last_error is not None and "HTTP 500" in first.last_error
    assert alert_status(sessions, alert_id) == "new"

    # The task's retry:
    assert deliver(sessions.begin, alert_id, channel, send, [channel]) is Outcome.DELIVERED
    done = row(sessions, alert_id, channel)
    assert (done.status, done.attempts, done.last_error) == ("delivered", 2, None)
    assert done.delivered_at is not None
    assert alert_status(sessions, alert_id) == "notified"

    # A redelivered message afterwards sends nothing.
    assert deliver(sessions.begin, alert_id, channel, send, [channel]) is Outcome.ALREADY_DELIVERED
    keys = {r.headers["idempotency-key"] for r in http_server.requests}
    assert len(http_server.requests) == 2 and keys == {f"{alert_id}:{channel}"}


def test_webhook_400_fails_for_good_and_is_not_retried(
    sessions: Sessions, alert_id: int, http_server: LoopbackServer, client: httpx.Client
) -> None:
    replies(http_server, 400)
    hooks, channel = hook(http_server)
    send = sender_for(channel, NO_SMTP, hooks, client)
    with pytest.raises(DeliveryRejected):
        deliver(sessions.begin, alert_id, channel, send, [channel])
    failed = row(sessions, alert_id, channel)
    assert (failed.status, failed.attempts) == ("failed", 1)
    assert failed.last_error is not None and "HTTP 400" in failed.last_error
    assert deliver(sessions.begin, alert_id, channel, send, [channel]) is Outcome.ALREADY_FAILED
    assert len(http_server.requests) == 1
    assert alert_status(sessions, alert_id) == "new"


def test_email_delivered_once_under_redelivery(
    sessions: Sessions, alert_id: int, smtp_servers: Callable[..., SmtpServer]
) -> None:
    server = smtp_servers()
    smtp = server.settings()
    send = _email(smtp)
    assert deliver(sessions.begin, alert_id, "email", send, ["email"]) is Outcome.DELIVERED
    assert deliver(sessions.begin, alert_id, "email", send, ["email"]) is Outcome.ALREADY_DELIVERED
    [got] = server.messages
    assert "Acme" in got.message["Subject"] and "https://acme.example/blog/tge" in got.text
    assert "https://x.com/cryptonews/status/123" in got.text
    assert alert_status(sessions, alert_id) == "notified"


def test_smtp_451_is_pending_then_retried(
    sessions: Sessions, alert_id: int, smtp_servers: Callable[..., SmtpServer]
) -> None:
    busy = smtp_servers(rcpt_reply="451 4.3.0 Try again later")
    with pytest.raises(DeliveryFailed):
        deliver(sessions.begin, alert_id, "email", _email(busy.settings()), ["email"])
    assert row(sessions, alert_id, "email").status == "pending"
    # The server recovered (a fresh one on another port stands in for it).
    ok = smtp_servers()
    out = deliver(sessions.begin, alert_id, "email", _email(ok.settings()), ["email"])
    assert out is Outcome.DELIVERED
    assert len(ok.messages) == 1 and row(sessions, alert_id, "email").attempts == 2


def test_smtp_550_is_recorded_as_failed(
    sessions: Sessions, alert_id: int, smtp_servers: Callable[..., SmtpServer]
) -> None:
    server = smtp_servers(data_reply="550 5.7.1 Rejected")
    send = _email(server.settings())
    with pytest.raises(DeliveryRejected):
        deliver(sessions.begin, alert_id, "email", send, ["email"])
    failed = row(sessions, alert_id, "email")
    assert failed.status == "failed" and "550" in (failed.last_error or "")
    assert deliver(sessions.begin, alert_id, "email", send, ["email"]) is Outcome.ALREADY_FAILED


def test_uncertain_outcome_is_never_resent(
    sessions: Sessions, alert_id: int, smtp_servers: Callable[..., SmtpServer]
) -> None:
    server = smtp_servers(drop_after_data=True)
    send = _email(server.settings())
    with pytest.raises(DeliveryUncertain):
        deliver(sessions.begin, alert_id, "email", send, ["email"])
    failed = row(sessions, alert_id, "email")
    assert failed.status == "failed" and "outcome unknown" in (failed.last_error or "")
    assert deliver(sessions.begin, alert_id, "email", send, ["email"]) is Outcome.ALREADY_FAILED
    assert len(server.messages) == 1


def test_two_concurrent_deliveries_send_once(
    sessions: Sessions, alert_id: int, http_server: LoopbackServer, client: httpx.Client
) -> None:
    loser_done = threading.Event()

    def hold(req: Request) -> Reply:
        loser_done.wait(30)  # the winner is still sending while the loser looks at the row
        return Reply(200)

    http_server.route("/hook", hold)
    hooks, channel = hook(http_server)
    send = sender_for(channel, NO_SMTP, hooks, client)
    start = threading.Barrier(2)

    def attempt() -> Outcome:
        start.wait(30)
        try:
            return deliver(sessions.begin, alert_id, channel, send, [channel])
        finally:
            loser_done.set()  # the first to return (the loser) releases the held request

    with ThreadPoolExecutor(2) as pool:
        outcomes = sorted(f.result(timeout=60) for f in [pool.submit(attempt) for _ in "ab"])
    assert outcomes == sorted([Outcome.DELIVERED, Outcome.IN_FLIGHT])
    assert len(http_server.requests) == 1
    assert row(sessions, alert_id, channel).status == "delivered"


def test_a_row_left_sending_by_a_dead_worker_is_not_resent(
    sessions: Sessions, alert_id: int, http_server: LoopbackServer, client: httpx.Client
) -> None:
    replies(http_server)
    hooks, channel = hook(http_server)
    with sessions.begin() as s:  # a worker claimed, then died before recording
        assert claim(s, alert_id, channel).owned
    out = deliver(
        sessions.begin, alert_id, channel, sender_for(channel, NO_SMTP, hooks, client), [channel]
    )
    assert out is Outcome.IN_FLIGHT
    assert http_server.requests == []
    assert row(sessions, alert_id, channel).status == "sending"


def test_claims_are_fenced_by_attempt(sessions: Sessions, alert_id: int) -> None:
    with sessions.begin() as s:
        first = claim(s, alert_id, "webhook:x")
        assert (first.status, first.attempt) == ("sending", 1)
        assert not claim(s, alert_id, "webhook:x").owned  # sending: nobody else may send
        assert record(s, first, "pending", "HTTP 503")
        second = claim(s, alert_id, "webhook:x")
        assert (second.status, second.attempt) == ("sending", 2)
        assert not record(s, first, "delivered")  # the stale attempt cannot overwrite
        assert record(s, second, "delivered")
        again = claim(s, alert_id, "webhook:x")
        assert (again.status, again.attempt) == ("delivered", None)


def test_a_pending_row_written_elsewhere_is_claimed(sessions: Sessions, alert_id: int) -> None:
    with sessions.begin() as s:
        s.add(Delivery(alert_id=alert_id, channel="email"))  # status pending, attempts 0
    with sessions.begin() as s:
        got = claim(s, alert_id, "email")
    assert (got.status, got.attempt) == ("sending", 1)


def test_notified_only_when_every_channel_is_delivered(
    sessions: Sessions,
    alert_id: int,
    http_server: LoopbackServer,
    client: httpx.Client,
    smtp_servers: Callable[..., SmtpServer],
) -> None:
    replies(http_server)
    smtp = smtp_servers().settings()
    hooks, _ = hook(http_server)
    channels = channel_names(smtp, hooks)
    assert len(channels) == 2
    for n, channel in enumerate(channels):
        send = sender_for(channel, smtp, hooks, client)
        assert deliver(sessions.begin, alert_id, channel, send, channels) is Outcome.DELIVERED
        assert alert_status(sessions, alert_id) == ("notified" if n == 1 else "new")


def test_missing_alert_is_permanent(sessions: Sessions) -> None:
    def never(msg: AlertMessage) -> None:
        raise AssertionError("must not send")

    with pytest.raises(AlertNotFound):
        deliver(sessions.begin, 999_999, "email", never, ["email"])


def test_an_unexpected_sender_error_is_recorded_as_unknown(
    sessions: Sessions, alert_id: int
) -> None:
    def broken(msg: AlertMessage) -> None:
        raise RuntimeError("boom")

    with pytest.raises(DeliveryUncertain) as err:
        deliver(sessions.begin, alert_id, "email", broken, ["email"])
    assert isinstance(err.value.__cause__, RuntimeError)
    failed = row(sessions, alert_id, "email")
    assert failed.status == "failed" and "boom" in (failed.last_error or "")


def _email(smtp: SmtpSettings) -> Callable[[AlertMessage], None]:
    return lambda msg: send_email(msg, smtp)


def test_an_alert_merged_into_another_before_sending_is_not_sent(
    sessions: Sessions, http_server: LoopbackServer, client: httpx.Client
) -> None:
    """Its evidence went to the alert that carries the event on: nothing is sent for it."""
    kept = add_alert(sessions, "Kept")
    gone = add_alert(sessions, "Gone", status=ALERT_MERGED, merged_into=kept)
    replies(http_server)
    hooks, channel = hook(http_server)
    send = sender_for(channel, NO_SMTP, hooks, client)
    assert deliver(sessions.begin, gone, channel, send, [channel]) is Outcome.MERGED
    assert deliver(sessions.begin, kept, channel, send, [channel]) is Outcome.DELIVERED
    assert [r.headers["idempotency-key"] for r in http_server.requests] == [f"{kept}:{channel}"]
    assert alert_status(sessions, gone) == ALERT_MERGED
    with sessions() as s:
        assert s.scalars(select(Delivery.alert_id)).all() == [kept]
