"""The task boundary: the one place where errors are classified.

* ``pydantic.ValidationError`` and :class:`~swarm.errors.PermanentError`: logged once with the
  traceback, kept in the dead-letter store, never retried.
* Anything else (``TransientError``, timeouts, a service away, unexpected errors): retried with
  exponential back-off and jitter (:func:`swarm.retry.backoff_delay`); after ``max_retries`` it
  goes to the dead letters too. When the retry itself cannot be published (the broker is
  away), Celery rejects the message for good: it is kept in the dead letters first, and the
  recovery sweep re-creates the work from the database (docs/architecture.md, hand-offs).
"""

from __future__ import annotations

import logging
from typing import Any, TypeVar

from celery import Task
from celery.exceptions import Ignore, Reject, Retry
from pydantic import BaseModel, ValidationError

from swarm import deadletter, logsetup, runtime
from swarm.errors import InvalidPayload, PermanentError, SwarmError
from swarm.retry import RetryPolicy, backoff_delay

log = logging.getLogger("swarm.tasks")

M = TypeVar("M", bound=BaseModel)


class SwarmTask(Task):  # type: ignore[misc]
    """Base class of every task; set ``policy`` per task for its retry behaviour."""

    abstract = True
    policy = RetryPolicy()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().__call__(*args, **kwargs)
        except (Retry, Ignore):
            raise
        except ValidationError as exc:
            error = InvalidPayload(f"{self.name}: invalid payload: {_short(exc)}")
            self._dead_letter(args, kwargs, error)
            raise error from None
        except PermanentError as exc:
            self._dead_letter(args, kwargs, exc)
            raise
        except Exception as exc:
            retries = self.request.retries or 0
            if retries >= self.policy.max_retries:
                self._dead_letter(args, kwargs, exc)
                raise
            delay = backoff_delay(self.policy, retries)
            log.warning(
                "%s failed (%s: %s); retry %d in %.1fs",
                self.name,
                type(exc).__name__,
                exc,
                retries + 1,
                delay,
            )
            try:
                retry = self.retry(
                    exc=exc, countdown=delay, max_retries=self.policy.max_retries, throw=False
                )
            except Reject as rej:  # the retry message could not be published (broker away)
                self._dead_letter(args, kwargs, RetryNotPublished(exc, rej.reason))
                raise
            raise retry from None

    def _dead_letter(
        self, args: tuple[Any, ...], kwargs: dict[str, Any], exc: BaseException
    ) -> None:
        log.error("%s rejected for good: %s", self.name, exc, exc_info=exc)
        logsetup.mark_logged(exc)  # Celery's own failure line would repeat the traceback
        try:
            with runtime.current().transaction() as session:
                deadletter.record(
                    session,
                    self.name,
                    self.request.id or "-",
                    {"args": list(args), "kwargs": kwargs},
                    f"{type(exc).__name__}: {exc}",
                )
        except Exception:  # the store itself is away: the log line above keeps the record
            log.exception("could not write the dead letter of %s", self.request.id)


class RetryNotPublished(SwarmError):
    """A failed task whose retry could not be sent to the broker."""

    def __init__(self, error: BaseException, reason: object) -> None:
        super().__init__(
            f"{type(error).__name__}: {error}; and its retry could not be published: {reason}"
        )


def parse(model: type[M], payload: Any) -> M:
    """Validate a task payload (a JSON mapping) into its pydantic model."""
    return model.model_validate(payload)


def _short(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "(payload)"
        parts.append(f"{loc}: {err['msg']}")
    return "; ".join(parts)
