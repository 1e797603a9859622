"""The ``swarm`` command. Each group lives in ``swarm.commands.<name>`` with ``register(app)``.

Every command loads settings once; a bad setting prints one message naming every bad field and
exits with code 2 (no traceback). Error messages go out with every URL's password masked.
"""

from __future__ import annotations

import sys
from importlib import import_module

import typer
from pydantic import ValidationError
from redis.exceptions import RedisError
from sqlalchemy.exc import SQLAlchemyError

from swarm.errors import ConfigError, SwarmError
from swarm.redact import redact_text

COMMAND_MODULES = [
    "config",
    "db",
    "workers",
    "status",
    "health",
    "metrics",
    "audit",
    "run",
    "demo",
    "sources",
    "alerts",
    "watchlist",
    "eval",
    "locks",
    "deadletters",
    "optimize",
    "recommendations",
    "feedback",
]

app = typer.Typer(
    name="swarm",
    help="TGE Swarm: catch Token Generation Events of a watch list early.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

for _name in COMMAND_MODULES:
    import_module(f"swarm.commands.{_name}").register(app)


def main() -> None:
    """Entry point of the ``swarm`` console script."""
    try:
        app()
    except ConfigError as exc:
        _fail(f"swarm: {exc}")
        _fail("Fix the values above (SWARM_* variables or the SWARM_CONFIG file).")
        sys.exit(2)
    except ValidationError as exc:  # the input values are left out: they may hold a secret
        errors = exc.errors(include_input=False, include_url=False)
        details = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'input'}: {e['msg']}" for e in errors
        )
        _fail(f"swarm: invalid input: {details}")
        sys.exit(2)
    except SwarmError as exc:
        _fail(f"swarm: {exc}")
        sys.exit(1)
    except SQLAlchemyError as exc:
        first = str(exc).splitlines()[0]
        _fail(f"swarm: database error: {first}\nCheck database.url (SWARM_DATABASE__URL) "
              "and that the server answers; `swarm db upgrade` creates the schema.")
        sys.exit(1)
    except RedisError as exc:
        _fail(f"swarm: Redis error: {exc}\nCheck broker_url / coordination_url "
              "(SWARM_BROKER_URL) and that Redis answers.")
        sys.exit(1)


def _fail(text: str) -> None:
    print(redact_text(text), file=sys.stderr)


if __name__ == "__main__":
    main()
