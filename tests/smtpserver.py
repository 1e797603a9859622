"""A real SMTP server on loopback for tests: aiosmtpd's threaded ``Controller``.

::

    with SmtpServer() as server:                       # plain, accepts everything
        send_email(msg, server.settings(recipients=["ops@example.org"]))
        assert server.messages[0].message["Subject"].startswith("TGE alert")

Modes (keyword arguments, combinable):

* ``auth=("user", "password")`` — advertises AUTH PLAIN/LOGIN over plain text and answers
  ``530`` to ``MAIL FROM`` until the client has logged in with that pair;
* ``tls="starttls"`` — offers STARTTLS and requires it; ``tls="ssl"`` — implicit TLS. Both use
  a self-signed certificate for ``127.0.0.1``/``localhost`` made at test time with the
  ``openssl`` command (:func:`self_signed_cert`); ``server.client_tls_context()`` trusts it;
* ``rcpt_reply="451 4.3.0 Try again later"`` / ``data_reply="550 5.7.1 Rejected"`` — answer
  ``RCPT TO`` or the end of ``DATA`` with that reply instead of accepting;
* ``drop_after_data=True`` — keep the message, then close the connection without replying
  (the client cannot know whether it was accepted).
"""

from __future__ import annotations

import email
import email.policy
import shutil
import socket
import ssl
import subprocess
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from swarm.settings import SmtpSettings

HOST = "127.0.0.1"
SERVER_NAME = "localhost"
CERT_DAYS = 2
# Seconds an idle client connection is kept by the server.
IDLE_TIMEOUT_S = 30


@dataclass(frozen=True)
class Received:
    """One accepted message: the envelope and the raw content."""

    mail_from: str
    rcpt_tos: list[str]
    content: bytes
    authenticated_as: str | None

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.content, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed

    @property
    def text(self) -> str:
        body = self.message.get_body(preferencelist=("plain",))
        assert body is not None
        return str(body.get_content())


@dataclass
class _Handler:
    auth: tuple[str, str] | None = None
    rcpt_reply: str | None = None
    data_reply: str | None = None
    drop_after_data: bool = False
    messages: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if self.auth is not None and not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_reply:
            return self.data_reply
        content = envelope.original_content or envelope.content
        login = session.auth_data.login.decode() if session.auth_data else None
        with self.lock:
            self.messages.append(
                Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(content), login)
            )
        if self.drop_after_data:
            server.transport.close()
        return "250 Message accepted for delivery"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        ok = (
            self.auth is not None
            and isinstance(auth_data, LoginPassword)
            and (auth_data.login.decode(), auth_data.password.decode()) == self.auth
        )
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)


class SmtpServer:
    """aiosmtpd on ``127.0.0.1`` and a free port; a context manager (see module docstring)."""

    def __init__(
        self,
        *,
        auth: tuple[str, str] | None = None,
        tls: Literal["starttls", "ssl"] | None = None,
        cert_dir: Path | None = None,
        rcpt_reply: str | None = None,
        data_reply: str | None = None,
        drop_after_data: bool = False,
    ) -> None:
        if tls is not None and cert_dir is None:
            raise ValueError("tls needs cert_dir (where the self-signed certificate goes)")
        self.handler = _Handler(auth, rcpt_reply, data_reply, drop_after_data)
        self.tls = tls
        self.port = free_port()
        self.certfile: Path | None = None
        kwargs: dict[str, Any] = {
            "hostname": HOST,
            "port": self.port,
            "server_hostname": SERVER_NAME,
            "timeout": IDLE_TIMEOUT_S,
        }
        if auth is not None:
            kwargs.update(authenticator=self.handler.authenticate, auth_require_tls=False)
        if tls is not None and cert_dir is not None:
            self.certfile, keyfile = self_signed_cert(cert_dir)
            server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            server_ctx.load_cert_chain(self.certfile, keyfile)
            if tls == "starttls":
                kwargs.update(tls_context=server_ctx, require_starttls=True)
            else:
                kwargs.update(ssl_context=server_ctx)
        self.controller = Controller(self.handler, **kwargs)

    @property
    def messages(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.messages)

    def settings(self, **overrides: Any) -> SmtpSettings:
        """SmtpSettings pointing at this server (security matching its TLS mode)."""
        values: dict[str, Any] = {
            "host": HOST,
            "port": self.port,
            "security": self.tls or "none",
            "sender": "swarm@example.org",
            "recipients": ["ops@example.org"],
            "timeout_s": 10.0,
        }
        values.update(overrides)
        return SmtpSettings(**values)

    def client_tls_context(self) -> ssl.SSLContext:
        """A client context that trusts this server's certificate (and verifies it)."""
        if self.certfile is None:
            raise ValueError("this server has no TLS")
        return ssl.create_default_context(cafile=str(self.certfile))

    def start(self) -> SmtpServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def __enter__(self) -> SmtpServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        port: int = s.getsockname()[1]
        return port


def openssl_available() -> bool:
    return shutil.which("openssl") is not None


def self_signed_cert(directory: Path) -> tuple[Path, Path]:
    """A fresh self-signed certificate for 127.0.0.1 and localhost: (certfile, keyfile)."""
    directory.mkdir(parents=True, exist_ok=True)
    cert, key = directory / "server.crt", directory / "server.key"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
            "-keyout", str(key), "-out", str(cert), "-days", str(CERT_DAYS),
            "-subj", f"/CN={SERVER_NAME}",
            "-addext", f"subjectAltName=DNS:{SERVER_NAME},IP:{HOST}",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )  # fmt: skip
    return cert, key
