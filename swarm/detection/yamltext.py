"""Parse YAML *text* (never a file) into a mapping, reporting syntax errors as problems."""

from __future__ import annotations

from typing import Any

import yaml
from pydantic import ValidationError


def parse_mapping(text: str) -> tuple[dict[str, Any] | None, str]:
    """``(mapping, "")`` for a YAML mapping, else ``(None, reason)``."""
    try:
        # (libyaml's parser, where PyYAML was built with it: the same safe loading, about ten
        # times faster on the detection config and the watch lists)
        if yaml.__with_libyaml__:
            data = yaml.load(text, Loader=yaml.CSafeLoader)
        else:  # pragma: no cover - PyYAML without libyaml
            data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        return None, f"not valid YAML{where}: {getattr(exc, 'problem', exc)}"
    if not isinstance(data, dict):
        return None, f"expected a mapping at the top level, got {type(data).__name__}"
    return data, ""


def validation_problems(exc: ValidationError, prefix: str = "") -> list[tuple[str, str]]:
    """Flatten a pydantic error into ``(dotted.field, message)`` pairs."""
    problems: list[tuple[str, str]] = []
    for err in exc.errors():
        loc = ".".join(str(part) for part in err["loc"])
        problems.append((f"{prefix}{loc}" if loc else prefix.rstrip(".") or "(root)", err["msg"]))
    return problems
