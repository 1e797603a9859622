"""At most once per (alert, channel): the delivery state machine over the ``deliveries`` table.

A row per ``(alert_id, channel)``, unique in the schema, moves through::

    (no row) ──claim──▶ sending ──sent──────────▶ delivered
                 ▲         ├──DeliveryFailed─────▶ pending ──claim──▶ sending ...
                 │         ├──rejected/uncertain─▶ failed
    pending ─────┘         └──(process died)──────  stays sending

One attempt (:func:`deliver`) is three short transactions, none held open across the network:

1. **claim** — insert the row as ``sending`` with ``attempts = 1``; if the insert hits the
   unique constraint, someone has the row: take it only if it is ``pending``, with a
   compare-and-set (``UPDATE ... WHERE status = 'pending' AND attempts = n``) so that of two
   racing workers exactly one wins. The new ``attempts`` value is the attempt's fencing
   number. The claim is committed **before** anything is sent.
2. **send**, outside any transaction.
3. **record** — ``delivered`` (with ``delivered_at``), ``pending`` (a transient failure: the
   channel certainly did not take it; the error is re-raised so the task retries with
   back-off) or ``failed`` (refused for good, or outcome unknown). The update is fenced on
   ``status = 'sending' AND attempts = n``, so a stale attempt can never overwrite a newer one.

The policy is strict **at most once**: a row in ``sending`` is never sent again. A redelivered
or concurrent task that finds it returns :attr:`Outcome.IN_FLIGHT` without sending, whether
another worker is sending right now or a worker died between claim and record (then the row
stays ``sending``: the alert may or may not have gone out, and only an operator can say;
nothing resends it). Likewise an error after the data was handed over (read timeout, dropped
connection) is :class:`~swarm.notify.errors.DeliveryUncertain`: recorded ``failed`` with
"outcome unknown", not retried. Only errors that prove the channel did not accept the alert
(:class:`~swarm.errors.TransientError`) put the row back to ``pending`` for a retry. Webhook
receivers still get a stable ``Idempotency-Key`` and e-mail a stable ``Message-ID`` as a second
line of defence.

When every configured channel of an alert is ``delivered``, the alert moves from ``new`` to
``notified`` (checked in its own transaction after the record commits, so of two channels
finishing together the later one always sees both). An alert merged into another before
it was sent (:mod:`swarm.pipeline.merging`) is not sent: its evidence went to that alert.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import CursorResult, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from swarm.errors import PermanentError, TransientError
from swarm.notify.errors import AlertNotFound, DeliveryUncertain
from swarm.notify.message import AlertMessage, load_alert_message
from swarm.storage.base import utcnow
from swarm.storage.models import ALERT_MERGED, ALERT_NEW, ALERT_NOTIFIED, Alert, Delivery

log = logging.getLogger("swarm.notify.delivery")

PENDING = "pending"
SENDING = "sending"
DELIVERED = "delivered"
FAILED = "failed"

Transaction = Callable[[], AbstractContextManager[Session]]
Sender = Callable[[AlertMessage], None]


class Outcome(StrEnum):
    DELIVERED = "delivered"  # sent by this call
    ALREADY_DELIVERED = "already_delivered"
    ALREADY_FAILED = "already_failed"
    IN_FLIGHT = "in_flight"  # another attempt holds the row, or one died holding it
    MERGED = "merged"  # the alert was merged into another before it was sent: nothing to send


_SKIPPED = {
    DELIVERED: Outcome.ALREADY_DELIVERED,
    FAILED: Outcome.ALREADY_FAILED,
    SENDING: Outcome.IN_FLIGHT,
}


@dataclass(frozen=True)
class Claim:
    """What :func:`claim` found: the row, its status, and this caller's attempt if any."""

    delivery_id: int
    status: str
    attempt: int | None  # the fencing number when this caller may send; None otherwise

    @property
    def owned(self) -> bool:
        return self.attempt is not None


def claim(session: Session, alert_id: int, channel: str) -> Claim:
    """Take the right to send ``alert_id`` on ``channel`` once, or report who has it.

    The caller commits the session before sending.
    """
    now = datetime.now(UTC)
    row = Delivery(alert_id=alert_id, channel=channel, status=SENDING, attempts=1, attempted_at=now)
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
        return Claim(row.id, SENDING, 1)
    except IntegrityError:
        pass  # the unique (alert_id, channel) says the row exists: see what state it is in
    existing = _find(session, alert_id, channel)
    if existing.status != PENDING:
        return Claim(existing.id, existing.status, None)
    attempt = existing.attempts + 1
    values = {"status": SENDING, "attempts": attempt, "attempted_at": now}
    if _cas(session, existing.id, PENDING, existing.attempts, values):
        return Claim(existing.id, SENDING, attempt)
    return Claim(existing.id, _find(session, alert_id, channel).status, None)


def record(session: Session, claimed: Claim, status: str, error: str | None = None) -> bool:
    """End ``claimed``'s attempt as ``status``; False if a newer attempt owns the row."""
    if claimed.attempt is None:
        raise ValueError("record() needs a claim that owns an attempt")
    values: dict[str, object] = {"status": status, "last_error": error}
    if status == DELIVERED:
        values["delivered_at"] = utcnow()
    return _cas(session, claimed.delivery_id, SENDING, claimed.attempt, values)


def mark_notified(session: Session, alert_id: int, channels: Sequence[str]) -> bool:
    """Move the alert from ``new`` to ``notified`` once every channel is delivered."""
    if not channels:
        return False
    done = set(
        session.scalars(
            select(Delivery.channel).where(
                Delivery.alert_id == alert_id, Delivery.status == DELIVERED
            )
        )
    )
    if not set(channels) <= done:
        return False
    result = session.execute(
        update(Alert)
        .where(Alert.id == alert_id, Alert.status == ALERT_NEW)
        .values(status=ALERT_NOTIFIED)
    )
    return _rowcount(result) == 1


def deliver(
    transaction: Transaction,
    alert_id: int,
    channel: str,
    send: Sender,
    channels: Sequence[str],
) -> Outcome:
    """Deliver ``alert_id`` on ``channel`` at most once (see the module docstring).

    ``transaction`` opens a committing session (``Runtime.transaction``); ``channels`` are all
    the configured channel names, to tell when the alert is fully notified. Raises the
    sender's :class:`TransientError` (retry) or :class:`PermanentError` (do not) after
    recording it.
    """
    with transaction() as session:
        msg = load_alert_message(session, alert_id)
        if msg.status == ALERT_MERGED:
            log.info("alert %d on %s not sent: merged into another alert", alert_id, channel)
            return Outcome.MERGED
        claimed = claim(session, alert_id, channel)
    if not claimed.owned:
        outcome = _SKIPPED.get(claimed.status, Outcome.IN_FLIGHT)
        log.info("alert %d on %s not sent: %s", alert_id, channel, outcome.value)
        if outcome is Outcome.ALREADY_DELIVERED:
            _complete(transaction, alert_id, channels)
        return outcome
    try:
        send(msg)
    except TransientError as exc:
        _record(transaction, claimed, PENDING, str(exc))
        raise
    except PermanentError as exc:
        _record(transaction, claimed, FAILED, str(exc))
        raise
    except Exception as exc:
        error = DeliveryUncertain(channel, f"unexpected {type(exc).__name__}: {exc}")
        _record(transaction, claimed, FAILED, str(error))
        raise error from exc
    _record(transaction, claimed, DELIVERED)
    log.info("alert %d delivered on %s (attempt %d)", alert_id, channel, claimed.attempt)
    _complete(transaction, alert_id, channels)
    return Outcome.DELIVERED


def _record(
    transaction: Transaction, claimed: Claim, status: str, error: str | None = None
) -> None:
    with transaction() as session:
        if not record(session, claimed, status, error):
            log.warning(
                "delivery %d: attempt %s lost its claim; %s not recorded",
                claimed.delivery_id,
                claimed.attempt,
                status,
            )


def _complete(transaction: Transaction, alert_id: int, channels: Sequence[str]) -> None:
    with transaction() as session:
        if mark_notified(session, alert_id, channels):
            log.info("alert %d notified on every channel", alert_id)


def _find(session: Session, alert_id: int, channel: str) -> Delivery:
    row = session.scalars(
        select(Delivery)
        .where(Delivery.alert_id == alert_id, Delivery.channel == channel)
        .execution_options(populate_existing=True)  # fresh state, not a stale identity
    ).one_or_none()
    if row is None:  # the insert failed on the alert's foreign key: the alert is gone
        raise AlertNotFound(alert_id)
    return row


def _cas(
    session: Session,
    delivery_id: int,
    expect_status: str,
    expect_attempts: int,
    values: dict[str, object],
) -> bool:
    """Apply ``values`` only if the row is still in ``expect_status`` at ``expect_attempts``."""
    result = session.execute(
        update(Delivery)
        .where(
            Delivery.id == delivery_id,
            Delivery.status == expect_status,
            Delivery.attempts == expect_attempts,
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return _rowcount(result) == 1


def _rowcount(result: object) -> int:
    return result.rowcount if isinstance(result, CursorResult) else 0
