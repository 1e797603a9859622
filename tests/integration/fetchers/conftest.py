"""Fixtures of the source adapter tests: a loopback HTTP server and an httpx client."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.httpserver import LoopbackServer


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client() as c:
        yield c
