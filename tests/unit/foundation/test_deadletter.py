"""Dead letters: the payload cap, the traceback summary, the CLI's time arguments."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
import typer

from swarm import deadletter
from swarm.commands.deadletters import parse_when


def test_a_payload_under_the_cap_is_kept_whole() -> None:
    payload = {"args": [{"source_id": 3}], "kwargs": {}}
    kept, size, truncated = deadletter.capped(payload, 1024)
    assert kept == payload and not truncated
    assert size == len(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode())


def test_a_payload_over_the_cap_becomes_a_bounded_marker() -> None:
    payload = {"args": [{"text": "é" * 100_000}], "kwargs": {}}
    kept, size, truncated = deadletter.capped(payload, 64 * 1024)
    assert truncated and size > 200_000
    assert kept["truncated"] is True and kept["original_bytes"] == size
    assert kept["head"].startswith('{"args":[{"text":"') and "é" in kept["head"]
    assert len(json.dumps(kept).encode()) < 64 * 1024
    # A cap smaller than the head keeps no more than the cap.
    small, _, _ = deadletter.capped(payload, 100)
    assert len(small["head"].encode()) <= 100


def test_exactly_at_the_cap_is_not_truncated() -> None:
    payload = {"args": ["x" * 50], "kwargs": {}}
    size = len(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode())
    assert deadletter.capped(payload, size)[2] is False
    assert deadletter.capped(payload, size - 1)[2] is True


def test_traceback_summary_keeps_the_last_frames_bounded() -> None:
    def deep(n: int) -> None:
        if n == 0:
            raise ValueError("bottom")
        deep(n - 1)

    try:
        deep(200)
    except ValueError as exc:
        text = deadletter.traceback_summary(exc)
    assert text is not None and text.endswith("ValueError: bottom\n")
    assert 0 < text.count("File ") <= deadletter.TRACEBACK_FRAMES  # the last frames only
    assert len(text) <= deadletter.TRACEBACK_TEXT_MAX
    assert deadletter.traceback_summary(None) is None


def test_parse_when_takes_durations_and_iso_times() -> None:
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    assert parse_when("90s", now) == now - timedelta(seconds=90)
    assert parse_when("7d", now) == now - timedelta(days=7)
    assert parse_when(" 2w ", now) == now - timedelta(weeks=2)
    assert parse_when("2026-11-30", now) == datetime(2026, 11, 30, tzinfo=UTC)
    assert parse_when("2026-11-30T08:00:00+01:00", now) == datetime(2026, 11, 30, 7, tzinfo=UTC)
    with pytest.raises(typer.BadParameter, match="not a duration"):
        parse_when("yesterday", now)
