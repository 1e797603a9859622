"""Flower with basic auth on every page, ``/metrics`` included: ``python -m swarm.flower``.

Flower's ``--basic-auth`` guards its pages and API but not ``/metrics`` (the Prometheus
export: task names, workers, queue depths). This launcher:

* requires ``FLOWER_PASSWORD`` (and takes ``FLOWER_USER``, default ``admin``) and refuses an
  empty, short or guessable one, with exit code 2 and a message saying what to set;
* hands the credentials to Flower through its ``FLOWER_BASIC_AUTH`` variable, never on the
  command line (where ``ps`` would show them);
* puts ``/metrics`` behind the same basic auth (a Prometheus scrape job sets
  ``basic_auth``); ``/healthcheck`` stays open for container health checks: it answers
  ``OK`` and tells nothing else;
* binds to 127.0.0.1 unless ``--address`` says otherwise.

Any other argument goes to ``celery -A swarm flower`` as is (``--port=5555``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

USER_ENV = "FLOWER_USER"
PASSWORD_ENV = "FLOWER_PASSWORD"
DEFAULT_USER = "admin"
DEFAULT_ADDRESS = "127.0.0.1"
MIN_PASSWORD_LEN = 12
# Passwords an attacker tries first (compared case-insensitively).
GUESSABLE = frozenset(
    {"admin", "administrator", "changeme", "change-me", "flower", "letmein", "password",
     "password123", "secret", "swarm", "tge-swarm", "123456789012", "qwertyuiopas"}
)  # fmt: skip


class FlowerConfigError(ValueError):
    """The credentials are missing or too weak; the message says what to set."""


def credentials(environ: dict[str, str] | os._Environ[str]) -> str:
    """``user:password`` for Flower's basic auth, checked."""
    user = environ.get(USER_ENV) or DEFAULT_USER
    password = environ.get(PASSWORD_ENV, "")
    if not password:
        raise FlowerConfigError(f"set {PASSWORD_ENV} (at least {MIN_PASSWORD_LEN} characters)")
    if len(password) < MIN_PASSWORD_LEN:
        raise FlowerConfigError(f"{PASSWORD_ENV} must be at least {MIN_PASSWORD_LEN} characters")
    if password.lower() in GUESSABLE or password.lower() == user.lower():
        raise FlowerConfigError(f"{PASSWORD_ENV} is guessable: choose a random one")
    if ":" in user or "," in user + password:
        raise FlowerConfigError(f"{USER_ENV} may not hold ':' or ','; {PASSWORD_ENV} no ','")
    return f"{user}:{password}"


def protect_metrics() -> None:
    """Serve Flower's ``/metrics`` only to a request with valid credentials."""
    import tornado.web
    from flower import urls
    from flower.views.monitor import Metrics

    class AuthenticatedMetrics(Metrics):  # type: ignore[misc]
        @tornado.web.authenticated  # type: ignore[untyped-decorator]
        async def get(self) -> None:
            await super().get()

    for i, handler in enumerate(urls.handlers):
        if isinstance(handler, tuple) and handler[:2] == (r"/metrics", Metrics):
            urls.handlers[i] = (r"/metrics", AuthenticatedMetrics, *handler[2:])
            return
    raise RuntimeError("Flower has no /metrics route to protect: check the pinned version")


def main(argv: Sequence[str] | None = None) -> Any:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        os.environ["FLOWER_BASIC_AUTH"] = credentials(os.environ)
    except FlowerConfigError as exc:
        print(f"swarm.flower: {exc}", file=sys.stderr)
        return 2
    if not any(a.startswith("--address") for a in args):
        args.append(f"--address={DEFAULT_ADDRESS}")
    protect_metrics()
    from celery.bin.celery import main as celery_main

    sys.argv = ["celery", "-A", "swarm", "flower", *args]
    return celery_main()


if __name__ == "__main__":
    sys.exit(main())
