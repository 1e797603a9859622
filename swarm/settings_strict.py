"""Strict settings: unknown ``SWARM_*`` variables, and error messages that echo no secret.

Used by :func:`swarm.settings.load_settings`. A ``SWARM_*`` variable must name a setting
(``SWARM_<FIELD>`` or ``SWARM_<GROUP>__<KEY>``) unless it is one of the project's variables
that are not settings (:data:`NON_SETTINGS_ENV`, :data:`NON_SETTINGS_ENV_PREFIXES`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import yaml
from pydantic import BaseModel

from swarm.redact import redact_text

ENV_PREFIX = "SWARM_"

# SWARM_* environment variables of the project that are not settings; every other SWARM_*
# name must be a setting.
# The YAML file to read; the scorer build switch (swarm/detection/native.py: read at import,
# before any setting).
NON_SETTINGS_ENV = frozenset({"SWARM_CONFIG", "SWARM_DETECTION_PURE"})
NON_SETTINGS_ENV_PREFIXES = ("SWARM_TEST_",)  # the test-suite's own (SWARM_TEST_POSTGRES_URL …)

# A field whose path holds one of these words may carry a credential: its value is never echoed.
SECRET_BEARING = ("password", "token", "secret", "key", "url", "backend", "webhooks", "cert")
# Groups holding a credential: a wrong value for the whole group is not echoed either.
SECRET_GROUPS = frozenset({"x", "smtp", "redis", "security", "database"})


def yaml_where(exc: yaml.YAMLError) -> str:
    """The problem and its line, never the offending text (it may hold a secret)."""
    problem = getattr(exc, "problem", None) or type(exc).__name__
    mark = getattr(exc, "problem_mark", None)
    return f"{problem} at line {mark.line + 1}, column {mark.column + 1}" if mark else problem


def secret_env_values(environ: Mapping[str, str]) -> list[str]:
    """Values of ``SWARM_*`` variables that carry credentials, to scrub from every message
    (a secret pasted into the wrong variable must not come back in its error)."""
    return [
        value
        for name, value in environ.items()
        if name.upper().startswith(ENV_PREFIX)
        and any(word in name.lower() for word in SECRET_BEARING)
    ]


def describe(errors: list[Any], secrets: list[str] | None = None) -> list[tuple[str, str]]:
    """One ``(field, message)`` per error; secret-bearing values are never echoed, and every
    literal in ``secrets`` is masked wherever it appears."""
    problems = []
    for err in errors:
        field = ".".join(str(p) for p in err["loc"]) or "(root)"
        secret = any(word in field.lower() for word in SECRET_BEARING) or field in SECRET_GROUPS
        msg = redact_text(err["msg"], _strings(err.get("input")) if secret else ())
        msg = msg.removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown setting; check the spelling against `swarm config show`"
        elif "input" in err and err["type"] not in ("missing", "value_error") and not secret:
            msg = f"{msg} (got {err['input']!r})"
        problems.append((field, redact_text(msg, secrets or ())))
    return problems


def _strings(value: Any) -> list[str]:
    """Every string inside an input value (to scrub them from a message)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def unknown_env(environ: Mapping[str, str], model: type[BaseModel]) -> list[tuple[str, str]]:
    """``SWARM_*`` variables that name no setting (``SWARM_<FIELD>[__<KEY>…]``)."""
    problems = []
    for name in sorted(environ):
        upper = name.upper()
        if not upper.startswith(ENV_PREFIX) or upper in NON_SETTINGS_ENV:
            continue
        if upper.startswith(NON_SETTINGS_ENV_PREFIXES):
            continue
        path = upper.removeprefix(ENV_PREFIX).lower().split("__")
        if not _names_a_setting(model, path):
            problems.append(
                (
                    name,
                    f"unknown environment variable: there is no setting {'.'.join(path)}"
                    " (see `swarm config show`; nested keys use __, e.g. SWARM_LOG__FORMAT)",
                )
            )
    return problems


def _names_a_setting(model: type[BaseModel], path: list[str]) -> bool:
    field = model.model_fields.get(path[0])
    if field is None:
        return False
    if len(path) == 1:
        return True
    sub = field.annotation
    return isinstance(sub, type) and issubclass(sub, BaseModel) and _names_a_setting(sub, path[1:])


def describe_settings_error(exc: Exception) -> tuple[str, str]:
    """A ``SWARM_*`` value the environment source could not parse (not JSON for a list/map)."""
    found = re.search(r'field "(\w+)"', str(exc))
    field = found.group(1) if found else "environment"
    return field, (
        f"{ENV_PREFIX}{field.upper()} is not valid JSON for this setting"
        ' (a list or mapping is given as JSON, e.g. SWARM_WEBHOOKS=\'[{"url": "https://…"}]\')'
    )


def merge(
    env_problems: list[tuple[str, str]], problems: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """Both lists, without the model's echo of a typo that an unknown variable already names."""
    named = {
        name.upper().removeprefix(ENV_PREFIX).lower().replace("__", ".") for name, _ in env_problems
    }
    return env_problems + [
        (field, msg)
        for field, msg in problems
        if not any(n == field or n.startswith(field + ".") for n in named)
    ]
