"""One logging setup: task and correlation ids on every line, JSON option, errors once."""

from __future__ import annotations

import io
import json
import logging

from swarm import logsetup, tracing


def test_json_lines_carry_task_and_correlation_ids() -> None:
    out = io.StringIO()
    logsetup.configure("INFO", "json", stream=out)
    tracing.bind("cid-123", "task-9")
    try:
        logging.getLogger("swarm.test").info("hello %s", "world")
    finally:
        tracing.bind(None, None)
    doc = json.loads(out.getvalue().strip().splitlines()[-1])
    assert doc["msg"] == "hello world"
    assert (doc["task_id"], doc["correlation_id"]) == ("task-9", "cid-123")


def test_text_lines_outside_a_task_say_so() -> None:
    out = io.StringIO()
    logsetup.configure("INFO", "text", stream=out)
    logging.getLogger("swarm.test").warning("plain")
    assert "[task=- cid=-] plain" in out.getvalue()


def test_an_error_is_logged_once_with_its_traceback() -> None:
    out = io.StringIO()
    logsetup.configure("INFO", "text", stream=out)
    try:
        raise ValueError("boom")
    except ValueError as exc:
        logging.getLogger("swarm.tasks").error("classified", exc_info=exc)
        logsetup.mark_logged(exc)
        logging.getLogger("celery.app.trace").error("raised unexpected", exc_info=exc)
    text = out.getvalue()
    assert text.count("Traceback") == 1 and "classified" in text
    assert "raised unexpected" not in text


def test_ensure_keeps_one_id_per_context() -> None:
    tracing.bind(None, None)
    first = tracing.ensure()
    assert tracing.ensure() == first == tracing.current()
    tracing.bind(None, None)
