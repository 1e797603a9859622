"""The ``swarm`` command. Each group lives in ``swarm.commands.<name>`` with ``register(app)``.

Every command loads settings once; a bad setting prints one message naming every bad field and
exits with code 2 (no traceback).
"""

from __future__ import annotations

import sys
from importlib import import_module

import typer
from pydantic import ValidationError
from redis.exceptions import RedisError
from sqlalchemy.exc import SQLAlchemyError

from swarm.errors import ConfigError, SwarmError

COMMAND_MODULES = [
    "config",
    "db",
    "workers",
    "status",
    "run",
    "demo",
    "sources",
    "alerts",
    "watchlist",
    "eval",
    "locks",
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
        print(f"swarm: {exc}", file=sys.stderr)
        print("Fix the values above (SWARM_* variables or the SWARM_CONFIG file).", file=sys.stderr)
        sys.exit(2)
    except ValidationError as exc:
        print(f"swarm: invalid input: {exc}", file=sys.stderr)
        sys.exit(2)
    except SwarmError as exc:
        print(f"swarm: {exc}", file=sys.stderr)
        sys.exit(1)
    except SQLAlchemyError as exc:
        first = str(exc).splitlines()[0]
        print(f"swarm: database error: {first}\nCheck database.url (SWARM_DATABASE__URL) "
              "and that the server answers; `swarm db upgrade` creates the schema.",
              file=sys.stderr)
        sys.exit(1)
    except RedisError as exc:
        print(f"swarm: Redis error: {exc}\nCheck broker_url / coordination_url "
              "(SWARM_BROKER_URL) and that Redis answers.", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
