"""The fault-free reference run, shared by every fault test of the session."""

from __future__ import annotations

import pytest

from tests.integration.faults.harness import Outcome, fault_swarm


@pytest.fixture(scope="session")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    """What a fault-free run alerts on (the demo feeds, X posts and the default watch list)."""
    with fault_swarm(tmp_path_factory.mktemp("baseline")) as fs:
        fs.settle()
        # The pool manager's checks ran all along: without a fault they restart nothing.
        assert [c.name for c in fs.supervisor.children if c.stalls] == []
        return fs.outcome()
