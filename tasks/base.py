"""The task boundary: the one place where errors are classified.

* ``pydantic.ValidationError`` and :class:`~swarm.errors.PermanentError`: logged once with the
  traceback, kept in the dead-letter store, never retried.
* A call that does not fit the task's signature (wrong arity, unknown keyword): the same,
  checked before the task runs (Celery would otherwise fail it on the retry and reject it
  with no row).
* Anything else (``TransientError``, timeouts, a service away, unexpected errors): retried with
  exponential back-off and jitter (:func:`swarm.retry.backoff_delay`); after ``max_retries`` it
  goes to the dead letters too. The task's ``policy`` is held within ``tasks.max_retries`` and
  ``tasks.retry_backoff_max_s`` (:func:`swarm.retry.capped`); a task without a policy of its
  own retries exactly that much. When the retry itself cannot be published (the broker is
  away), Celery rejects the message for good: it is kept in the dead letters first, and the
  recovery sweep re-creates the work from the database (docs/architecture.md, hand-offs).
"""

from __future__ import annotations

import inspect
import logging
import sys
from functools import cached_property
from typing import Any, TypeVar

from celery import Task
from celery.exceptions import Ignore, Reject, Retry
from pydantic import BaseModel, TypeAdapter, ValidationError

from swarm import deadletter, logsetup, runtime, tracing
from swarm.errors import InvalidPayload, PermanentError, SwarmError
from swarm.retry import RetryPolicy, backoff_delay, capped

log = logging.getLogger("swarm.tasks")

M = TypeVar("M", bound=BaseModel)


class SwarmTask(Task):  # type: ignore[misc]
    """Base class of every task; set ``policy`` per task for its retry behaviour.

    ``payload_type`` (the pydantic model, or any type pydantic validates, of the ``payload``
    argument) is what ``swarm deadletters replay`` checks a stored payload against.
    """

    abstract = True
    policy: RetryPolicy | None = None  # None = tasks.max_retries / tasks.retry_backoff_max_s
    payload_type: Any = None

    @cached_property
    def call_signature(self) -> inspect.Signature:
        """The task's arguments (without ``self``), computed once per task."""
        return inspect.signature(self.run)

    def check_call(self, args: list[Any] | tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        """Raise TypeError if the call does not fit the task, ValidationError if its payload
        does not validate against ``payload_type``."""
        bound = self.call_signature.bind(*args, **kwargs)
        if self.payload_type is not None and "payload" in bound.arguments:
            TypeAdapter(self.payload_type).validate_python(bound.arguments["payload"])

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            self.call_signature.bind(*args, **kwargs)
        except TypeError as exc:
            error = InvalidPayload(
                f"{self.name}: wrong arguments: {exc}; expects {self.call_signature}"
            )
            self._dead_letter(args, kwargs, error)
            raise error from None
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
            policy = self._policy()
            if retries >= policy.max_retries:
                self._dead_letter(args, kwargs, exc)
                raise
            delay = backoff_delay(policy, retries)
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
                    exc=exc, countdown=delay, max_retries=policy.max_retries, throw=False
                )
            except Reject as rej:  # the retry message could not be published (broker away)
                self._dead_letter(args, kwargs, RetryNotPublished(exc, rej.reason))
                raise
            raise retry from None

    def _policy(self) -> RetryPolicy:
        """This task's policy within the configured ceiling (the default when it has none)."""
        limits = runtime.current().settings.tasks
        ceiling = RetryPolicy(
            max_retries=limits.max_retries, max_delay_s=float(limits.retry_backoff_max_s)
        )
        if self.policy is None:
            return ceiling
        return capped(self.policy, ceiling.max_retries, ceiling.max_delay_s)

    def _dead_letter(
        self, args: tuple[Any, ...], kwargs: dict[str, Any], exc: BaseException
    ) -> None:
        log.error("%s rejected for good: %s", self.name, exc, exc_info=exc)
        logsetup.mark_logged(exc)  # Celery's own failure line would repeat the traceback
        try:
            rt = runtime.current()
            with rt.transaction() as session:
                deadletter.record(
                    session,
                    self.name,
                    self.request.id or "-",
                    {"args": list(args), "kwargs": kwargs},
                    f"{type(exc).__name__}: {exc}",
                    traceback=deadletter.traceback_summary(sys.exception()),
                    correlation_id=tracing.current(),
                    max_payload_bytes=rt.settings.deadletters.max_payload_bytes,
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
