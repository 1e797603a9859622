"""Argument checks shared by the lock classes: done before anything touches Redis."""

from __future__ import annotations

import os
import socket
import threading
import uuid

# Random characters that make a default owner unique per lock object.
OWNER_NONCE_CHARS = 8


def default_owner() -> str:
    """``host:pid:thread:nonce``: readable in ``swarm locks``, unique per lock object."""
    nonce = uuid.uuid4().hex[:OWNER_NONCE_CHARS]
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}:{nonce}"


def check_name(name: object) -> str:
    if not isinstance(name, str) or not name:
        raise ValueError(f"a lock name must be a non-empty string, got {name!r}")
    return name


def check_owner(owner: object) -> str:
    if owner is None:
        return default_owner()
    if not isinstance(owner, str) or not owner:
        raise ValueError(f"owner must be a non-empty string, got {owner!r}")
    return owner


def check_positive_ms(what: str, value: object) -> int:
    """An integer number of milliseconds above zero (booleans refused)."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"{what} must be a positive integer of milliseconds, got {value!r}")
    return value


def check_positive(what: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"{what} must be a positive integer, got {value!r}")
    return value
