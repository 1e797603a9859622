"""Send an alert by SMTP e-mail, and classify every failure once.

``security`` (:class:`~swarm.settings.SmtpSettings`) picks the transport: ``starttls`` (plain
connection upgraded with STARTTLS, the default, port 587), ``ssl`` (implicit TLS, port 465) or
``none`` (plain, for a local relay). The server certificate is verified against the system
trust store unless a ``tls_context`` is passed in. ``LOGIN`` happens when ``username`` is set,
and never over a plain connection unless ``allow_plaintext_auth`` says so.
``timeout_s`` bounds the connection and every read and write, and one deadline
(``deadline_s``, :data:`DEADLINE_S` by default) bounds the whole exchange, greeting to QUIT:
when it passes, a watchdog shuts the socket down, so a server that trickles its replies one
byte at a time cannot hold the notifier (the failure says the deadline passed, and is
classified like any lost connection: before DATA it is retried, during DATA it is uncertain).

Classification (the one place for e-mail):

* not delivered, safe to retry → :class:`DeliveryFailed` (transient): connection refused or
  reset, a timeout or a disconnection before the message data, any 4xx reply;
* refused for good → :class:`DeliveryRejected` (permanent): any 5xx reply (bad recipient,
  authentication failure), no host or no recipients configured, an extension the server lacks
  (STARTTLS, AUTH), a certificate that does not verify;
* handed over, no answer → :class:`DeliveryUncertain` (permanent): the connection dropped or
  timed out while the data was being sent or acknowledged. The server may have queued it, so
  it is never sent again (at most once).

The message carries a stable ``Message-ID`` (``<tge-alert-<id>@tge-swarm>``) so that a
mail system can recognise a copy.
"""

from __future__ import annotations

import contextlib
import logging
import smtplib
import socket
import ssl
import threading
from email.message import EmailMessage
from email.utils import formatdate
from types import TracebackType

from swarm.notify.errors import DeliveryFailed, DeliveryRejected, DeliveryUncertain
from swarm.notify.message import AlertMessage, email_body, email_subject
from swarm.settings import SmtpSettings

log = logging.getLogger("swarm.notify.email")

EMAIL_CHANNEL = "email"
MESSAGE_ID_DOMAIN = "tge-swarm"
# One deadline over a whole SMTP exchange (connect, TLS, greeting, envelope, data, QUIT), s.
DEADLINE_S = 60.0


class _Watchdog:
    """Shuts ``client``'s socket down once ``seconds`` have passed (a blocked read returns)."""

    def __init__(self, client: smtplib.SMTP, seconds: float) -> None:
        self.client, self.seconds, self.fired = client, seconds, False
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def _fire(self) -> None:
        self.fired = True
        sock = getattr(self.client, "sock", None)
        if sock is not None:
            with contextlib.suppress(OSError):  # already closed: nothing to cut
                sock.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._timer.cancel()
        if self.fired and isinstance(ev, DeliveryFailed | DeliveryRejected | DeliveryUncertain):
            raise type(ev)(
                ev.channel, f"the SMTP exchange did not finish within its {self.seconds:g} s"
                f" deadline and was cut ({ev.reason})"
            ) from None


def build_email(msg: AlertMessage, sender: str, recipients: list[str]) -> EmailMessage:
    email = EmailMessage()
    email["Subject"] = email_subject(msg)
    email["From"] = sender
    email["To"] = ", ".join(recipients)
    email["Date"] = formatdate(localtime=False, usegmt=True)
    email["Message-ID"] = f"<tge-alert-{msg.id}@{MESSAGE_ID_DOMAIN}>"
    email.set_content(email_body(msg))
    return email


def send_email(
    msg: AlertMessage,
    smtp: SmtpSettings,
    tls_context: ssl.SSLContext | None = None,
    channel: str = EMAIL_CHANNEL,
    deadline_s: float = DEADLINE_S,
) -> None:
    """Send ``msg`` to ``smtp.recipients``; return when the server accepted the data."""
    if not smtp.host:
        raise DeliveryRejected(channel, "smtp.host is not configured")
    if not smtp.recipients:
        raise DeliveryRejected(channel, "smtp.recipients is empty")
    payload = build_email(msg, smtp.sender, smtp.recipients).as_bytes()
    context = tls_context or ssl.create_default_context()
    timeout = min(smtp.timeout_s, deadline_s)
    client: smtplib.SMTP = (
        smtplib.SMTP_SSL(timeout=timeout, context=context)
        if smtp.security == "ssl"
        else smtplib.SMTP(timeout=timeout)
    )
    with _Watchdog(client, deadline_s):
        _open(client, smtp, smtp.host, context, channel)
        try:
            _envelope(client, smtp, channel)
            _data(client, payload, channel)
        finally:
            _close(client)


def _open(
    client: smtplib.SMTP, smtp: SmtpSettings, host: str, context: ssl.SSLContext, channel: str
) -> None:
    """Connect (the greeting is read here) and, for ``starttls``, upgrade the connection."""
    client._host = host  # type: ignore[attr-defined]  # smtplib's TLS server name (SNI, cert)
    try:
        client.connect(host, smtp.port)
    except Exception as exc:
        client.close()
        raise _before_data(exc, channel) from None
    if smtp.security == "starttls":
        try:
            client.starttls(context=context)
        except Exception as exc:
            _close(client)
            raise _before_data(exc, channel) from None


def _envelope(client: smtplib.SMTP, smtp: SmtpSettings, channel: str) -> None:
    """LOGIN, MAIL FROM, RCPT TO: nothing is delivered yet, so every failure is definite."""
    try:
        client.ehlo_or_helo_if_needed()
        if smtp.username:
            if smtp.security == "none" and not smtp.allow_plaintext_auth:
                raise DeliveryRejected(
                    channel,
                    "refusing SMTP AUTH over a plain connection (the password would travel in"
                    " clear): set smtp.security to starttls or ssl, or smtp.allow_plaintext_auth",
                )
            password = smtp.password.get_secret_value() if smtp.password else ""
            client.login(smtp.username, password)
        code, reply = client.mail(smtp.sender)
        if code != 250:
            raise smtplib.SMTPSenderRefused(code, reply, smtp.sender)
        refused: dict[str, tuple[int, bytes]] = {}
        for rcpt in smtp.recipients:
            code, reply = client.rcpt(rcpt)
            if code not in (250, 251):
                refused[rcpt] = (code, reply)
        if len(refused) == len(smtp.recipients):
            client.rset()
            raise smtplib.SMTPRecipientsRefused(refused)  # type: ignore[arg-type]
        if refused:
            log.warning("%s: some recipients refused: %s", channel, _describe_refused(refused))
    except Exception as exc:
        raise _before_data(exc, channel) from None


def _data(client: smtplib.SMTP, payload: bytes, channel: str) -> None:
    """DATA: a reply code is definite; a lost connection leaves the outcome unknown."""
    try:
        code, reply = client.data(payload)
    except smtplib.SMTPResponseException as exc:
        raise _reply(exc.smtp_code, exc.smtp_error, channel) from None
    except (OSError, smtplib.SMTPServerDisconnected) as exc:
        raise DeliveryUncertain(channel, f"while sending the data: {_text(exc)}") from None
    if code != 250:
        raise _reply(code, reply, channel)


def _close(client: smtplib.SMTP) -> None:
    """QUIT politely; a failure here cannot undo what the server accepted."""
    try:
        client.quit()
    except (OSError, smtplib.SMTPException):
        client.close()


def _before_data(
    exc: Exception, channel: str
) -> DeliveryFailed | DeliveryRejected | DeliveryUncertain:
    """Classify a failure that happened before any message data was sent."""
    if isinstance(exc, DeliveryFailed | DeliveryRejected | DeliveryUncertain):
        return exc
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        replies = list(exc.recipients.values())
        detail = _describe_refused(exc.recipients)
        if any(400 <= code < 500 for code, _ in replies):
            return DeliveryFailed(channel, f"recipients deferred: {detail}")
        return DeliveryRejected(channel, f"recipients refused: {detail}")
    if isinstance(exc, smtplib.SMTPResponseException):
        return _reply(exc.smtp_code, exc.smtp_error, channel)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return DeliveryRejected(channel, f"server does not support it: {_text(exc)}")
    if isinstance(exc, ssl.SSLCertVerificationError):
        return DeliveryRejected(channel, f"TLS certificate not trusted: {_text(exc)}")
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return DeliveryFailed(channel, f"{type(exc).__name__}: {_text(exc)}")
    if isinstance(exc, smtplib.SMTPException):  # an OSError too, but a protocol verdict
        return DeliveryRejected(channel, f"{type(exc).__name__}: {_text(exc)}")
    if isinstance(exc, OSError):  # refused, reset, timed out, TLS handshake broken
        return DeliveryFailed(channel, f"{type(exc).__name__}: {_text(exc)}")
    return DeliveryRejected(channel, f"{type(exc).__name__}: {_text(exc)}")


def _reply(code: int, reply: bytes | str, channel: str) -> DeliveryFailed | DeliveryRejected:
    """An SMTP reply code: 4xx is a deferral (retry), anything else a refusal."""
    text = reply.decode(errors="replace") if isinstance(reply, bytes) else reply
    if 400 <= code < 500:
        return DeliveryFailed(channel, f"server replied {code} {text}")
    return DeliveryRejected(channel, f"server replied {code} {text}")


def _describe_refused(refused: dict[str, tuple[int, bytes]]) -> str:
    return ", ".join(
        f"{rcpt} ({code} {reply.decode(errors='replace')})"
        for rcpt, (code, reply) in refused.items()
    )


def _text(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
