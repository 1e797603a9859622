"""Fixtures of the source adapter tests: a loopback HTTP server and the guarded httpx client.

The client is the one the workers use (address guard, one deadline per exchange), with the
loopback address allowed as the test settings allow it.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from swarm.fetchers.guard import AddressGuard
from swarm.fetchers.transport import guarded_client
from tests.httpserver import LoopbackServer

LOOPBACK = ("127.0.0.1",)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with guarded_client(AddressGuard(LOOPBACK)) as c:
        yield c
