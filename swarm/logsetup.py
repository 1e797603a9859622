"""One logging setup for the CLI and the workers: text or JSON, with task and correlation ids.

Every record gets ``task_id`` and ``correlation_id`` attributes (``-`` outside a task), so a
line a task writes can be followed from the fetch of an item to its alert.

No line carries a secret: every URL in a line (message and traceback) is written with its
password masked, each secret value passed to :func:`configure` is replaced by ``**********``,
and the HTTP client libraries log at WARNING only (their INFO line names every URL called,
webhook tokens included).
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from collections.abc import Iterable
from datetime import UTC, datetime

from swarm import tracing
from swarm.redact import RedactingFormatter, redact_text

TEXT_FORMAT = (
    "%(asctime)s %(levelname)s %(name)s [task=%(task_id)s cid=%(correlation_id)s] %(message)s"
)


class ContextFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.task_id = getattr(record, "task_id", None) or tracing.current_task() or "-"
        record.correlation_id = getattr(record, "correlation_id", None) or tracing.current() or "-"
        return True


LOGGED_MARK = "_swarm_logged"


def mark_logged(exc: BaseException) -> None:
    """Note that ``exc`` was logged with its traceback where it was classified."""
    with contextlib.suppress(AttributeError):  # an exception with __slots__: repeat it
        setattr(exc, LOGGED_MARK, True)


class LoggedOnce(logging.Filter):
    """Drops a record whose exception was already logged with its traceback (log once)."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not (exc is not None and getattr(exc, LOGGED_MARK, False))


# Loggers that name every URL they call at INFO (webhook URLs carry tokens): WARNING and up only.
QUIET_LOGGERS = ("httpx", "httpcore", "urllib3")


class JsonFormatter(logging.Formatter):
    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = tuple(secrets)

    def format(self, record: logging.LogRecord) -> str:
        doc = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "msg": redact_text(record.getMessage(), self.secrets),
            "task_id": getattr(record, "task_id", "-"),
            "correlation_id": getattr(record, "correlation_id", "-"),
            "process": record.process,
        }
        if record.exc_info:
            doc["exc"] = redact_text(self.formatException(record.exc_info), self.secrets)
        return json.dumps(doc, ensure_ascii=False)


def configure(
    level: str = "INFO", fmt: str = "text", stream: object = None, secrets: Iterable[str] = ()
) -> None:
    """Install the one handler on the root logger (idempotent); ``secrets`` are never written."""
    secrets = tuple(secrets)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_swarm", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler(stream or sys.stderr)  # type: ignore[arg-type]
    handler._swarm = True  # type: ignore[attr-defined]
    handler.addFilter(ContextFilter())
    handler.addFilter(LoggedOnce())
    if fmt == "json":
        handler.setFormatter(JsonFormatter(secrets))
    else:
        handler.setFormatter(RedactingFormatter(logging.Formatter(TEXT_FORMAT), secrets))
    root.addHandler(handler)
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLevelName(level)))
