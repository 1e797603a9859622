"""The Lua scripts, registered once per Redis client, and the Redis error boundary.

Each ``lua/<name>.lua`` is prefixed with ``lua/_prelude.lua`` (and ``lua/_rw.lua`` for the
read-write scripts) and registered with ``client.register_script``. redis-py's ``Script``
reloads a script on NOSCRIPT, so a restarted Redis needs nothing from us.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Any
from weakref import WeakKeyDictionary

import redis
from redis.commands.core import Script
from redis.exceptions import NoScriptError

from swarm.coordination.errors import CoordinationUnavailable

# A dead pooled connection (the server restarted) is replaced once per call.
CONNECTION_ATTEMPTS = 2

LUA_DIR = Path(__file__).with_name("lua")

Arg = str | bytes | int | float
"""One ARGV value of a script call."""


@dataclasses.dataclass(frozen=True)
class Scripts:
    """Every coordination script, registered on one client."""

    acquire: Script
    release: Script
    extend: Script
    reap: Script
    rw_acquire: Script
    rw_release: Script
    rw_extend: Script
    rw_reap: Script
    rw_give_up: Script
    fenced_set: Script
    token_bucket: Script
    bucket_set: Script
    agent_result: Script


_REGISTERED: WeakKeyDictionary[redis.Redis, Scripts] = WeakKeyDictionary()


@cache
def source(name: str) -> str:
    """The full text of script ``name``: prelude(s) then the script."""
    parts = ["_prelude"] + (["_rw"] if name.startswith("rw_") else []) + [name]
    return "\n".join((LUA_DIR / f"{part}.lua").read_text(encoding="utf-8") for part in parts)


def scripts_for(client: redis.Redis) -> Scripts:
    """The scripts registered on ``client`` (registered on first use, then reused)."""
    found = _REGISTERED.get(client)
    if found is None:
        fields = [f.name for f in dataclasses.fields(Scripts)]
        found = Scripts(**{n: client.register_script(source(n)) for n in fields})
        _REGISTERED[client] = found
    return found


def run(client: redis.Redis, script: Script, keys: list[bytes], args: list[Arg]) -> Any:
    """EVALSHA ``script`` on a pooled connection; on NOSCRIPT (a restarted or flushed Redis)
    load it and retry.

    The lock's hot path: it talks to the pooled connection directly instead of going through
    ``Redis.execute_command`` (its retry wrapper and instrumentation cost about a third of an
    uncontended round trip). What that wrapper gave is kept: a connection that turns out dead
    (the server restarted) is dropped and the call is tried once more on a fresh one.
    """
    pool = client.connection_pool
    for attempt in range(CONNECTION_ATTEMPTS):
        conn = pool.get_connection()
        try:
            return _evalsha(conn, script, keys, args)
        except (redis.ConnectionError, redis.TimeoutError):
            conn.disconnect()
            if attempt + 1 == CONNECTION_ATTEMPTS:
                raise
        finally:
            pool.release(conn)
    raise AssertionError("unreachable")  # pragma: no cover


def _evalsha(conn: Any, script: Script, keys: list[bytes], args: list[Arg]) -> Any:
    conn.send_command("EVALSHA", script.sha, len(keys), *keys, *args)
    try:
        return conn.read_response()
    except NoScriptError:
        conn.send_command("SCRIPT", "LOAD", script.script)
        sha = conn.read_response()
        script.sha = sha.decode() if isinstance(sha, bytes) else sha
        conn.send_command("EVALSHA", script.sha, len(keys), *keys, *args)
        return conn.read_response()


def describe(client: redis.Redis) -> str:
    """A URL-like name of the server behind ``client``, for error messages (no password)."""
    kw: dict[str, Any] = client.connection_pool.connection_kwargs
    if "path" in kw:
        return f"unix://{kw['path']}"
    return f"redis://{kw.get('host', '?')}:{kw.get('port', '?')}/{kw.get('db', 0)}"


class boundary:
    """Translate a Redis connection fault into :class:`CoordinationUnavailable`.

    A class, not ``@contextmanager``: it sits on every lock operation's hot path.
    """

    __slots__ = ("client", "operation")

    def __init__(self, client: redis.Redis, operation: str) -> None:
        self.client, self.operation = client, operation

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:  # fmt: skip
        if exc is not None and isinstance(exc, redis.ConnectionError | redis.TimeoutError):
            reason = str(exc) or type(exc).__name__
            raise CoordinationUnavailable(describe(self.client), self.operation, reason) from None


def text(value: Any) -> str:
    """A reply value as ``str`` whether or not the client decodes responses."""
    return value.decode() if isinstance(value, bytes) else str(value)


def socket_timeout_ms(client: redis.Redis) -> float | None:
    """The client's socket timeout in ms, or None when it has none."""
    t = client.connection_pool.connection_kwargs.get("socket_timeout")
    return None if t is None else float(t) * 1000
