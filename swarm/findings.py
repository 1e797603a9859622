"""Health findings: one status and one reason per check, and the rules that decide them.

Pure code: the health sweep (:mod:`swarm.healthchecks`) gathers numbers and calls the rules
here; ``swarm health`` turns the worst status into an exit code (0 ok, 1 degraded, 2 failing).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

OK, DEGRADED, FAILING = "ok", "degraded", "failing"
RANK = {OK: 0, DEGRADED: 1, FAILING: 2}


@dataclass(frozen=True)
class Finding:
    """What one check found: ``check`` names it (``redis``, ``queue:notifier`` ...)."""

    check: str
    status: str
    reason: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Snapshot:
    """Every finding of one sweep, taken at ``at`` (epoch seconds)."""

    at: float
    findings: list[Finding]

    @property
    def status(self) -> str:
        return worst(f.status for f in self.findings)

    def get(self, check: str) -> Finding | None:
        return next((f for f in self.findings if f.check == check), None)

    def to_dict(self) -> dict[str, Any]:
        found = [asdict(f) for f in self.findings]
        return {"at": self.at, "status": self.status, "findings": found}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Snapshot:
        return cls(float(data["at"]), [Finding(**f) for f in data.get("findings", [])])


def worst(statuses: Any) -> str:
    """The worst of ``statuses`` (ok when there are none)."""
    return max(statuses, key=RANK.__getitem__, default=OK)


def exit_code(status: str) -> int:
    """0 ok, 1 degraded, 2 failing: for cron jobs and container healthchecks."""
    return RANK[status]


def latency(check: str, ok: bool, detail: str, ms: float | None, slow_ms: float) -> Finding:
    """A service answers (ok), answers slowly (degraded) or not at all (failing)."""
    data = {"latency_ms": None if ms is None else round(ms, 2)}
    if not ok:
        return Finding(check, FAILING, detail, data)
    if ms is not None and ms > slow_ms:
        return Finding(check, DEGRADED, f"slow: {ms:.0f} ms > {slow_ms:.0f} ms ({detail})", data)
    return Finding(check, OK, f"{detail}, {ms or 0:.1f} ms", data)


def queue(
    name: str, depth: int, oldest_age_s: float | None, workers: int, max_wait_s: float
) -> Finding:
    """A queue fails when work waits and nobody consumes it; degrades when work waits long."""
    data = {"depth": depth, "oldest_age_s": _round(oldest_age_s), "workers": workers}
    check = f"queue:{name}"
    if depth > 0 and workers == 0:
        return Finding(check, FAILING, f"{depth} waiting and no worker consumes it", data)
    if oldest_age_s is not None and oldest_age_s > max_wait_s:
        return Finding(
            check,
            DEGRADED,
            f"oldest message waits {oldest_age_s:.0f} s > {max_wait_s:.0f} s ({depth} waiting)",
            data,
        )
    age = "" if oldest_age_s is None else f", oldest {oldest_age_s:.0f} s"
    return Finding(check, OK, f"{depth} waiting{age}", data)


def pool(name: str, answering: list[str], silent: list[str], desired: int | None) -> Finding:
    """A pool fails when all its live workers are silent, degrades when some are or none runs.

    ``answering``: registered, fresh heartbeat, answered the control ping. ``silent``:
    registered online but not answering (stopped, wedged, or heartbeat gone stale).
    ``desired`` 0 means scaled to zero on purpose: no worker is then fine.
    """
    data = {"answering": answering, "silent": silent, "desired": desired}
    check = f"pool:{name}"
    if silent and not answering:
        return Finding(check, FAILING, f"no worker answers; silent: {', '.join(silent)}", data)
    if silent:
        return Finding(
            check, DEGRADED, f"{len(silent)} of {len(silent) + len(answering)} silent: "
            f"{', '.join(silent)}", data,
        )  # fmt: skip
    if not answering:
        if desired == 0:
            return Finding(check, OK, "scaled to zero", data)
        if desired:
            return Finding(check, FAILING, f"{desired} desired, none online", data)
        return Finding(check, DEGRADED, "no worker online", data)
    return Finding(check, OK, f"{len(answering)} answering", data)


def overdue(running: list[dict[str, Any]]) -> Finding:
    """Tasks running past their time limit (threads pools do not enforce Celery's limits)."""
    if not running:
        return Finding("tasks", OK, "no task past its time limit", {"overdue": []})
    names = ", ".join(f"{r['task']} on {r['worker']} ({r['age_s']:.0f} s)" for r in running[:5])
    return Finding(
        "tasks", FAILING, f"{len(running)} past the time limit: {names}", {"overdue": running}
    )


def sending(stuck: list[dict[str, Any]], after_s: float) -> Finding:
    """Deliveries left in ``sending`` (a worker died mid-send): reported, never resent."""
    if not stuck:
        return Finding("deliveries", OK, "none stuck in sending", {"stuck": []})
    ids = ", ".join(f"#{d['id']} {d['channel']}" for d in stuck[:5])
    return Finding(
        "deliveries",
        DEGRADED,
        f"{len(stuck)} in sending over {after_s:.0f} s (not resent; check by hand): {ids}",
        {"stuck": stuck},
    )


def sources(open_breakers: list[str], failing: list[str], enabled: int) -> Finding:
    data = {"open": open_breakers, "failing": failing, "enabled": enabled}
    if enabled and len(open_breakers) == enabled:
        return Finding("sources", FAILING, f"every breaker open: {', '.join(open_breakers)}", data)
    if open_breakers or failing:
        parts = []
        if open_breakers:
            parts.append(f"{len(open_breakers)} open: {', '.join(open_breakers[:5])}")
        if failing:
            parts.append(f"{len(failing)} failing: {', '.join(failing[:5])}")
        return Finding("sources", DEGRADED, "; ".join(parts), data)
    return Finding("sources", OK, f"{enabled} enabled, none failing", data)


def dead_letters(new: int, newest: list[str]) -> Finding:
    data = {"new": new, "tasks": newest}
    if new:
        return Finding(
            "dead_letters", DEGRADED, f"{new} new since the last sweep: {', '.join(newest)}", data
        )
    return Finding("dead_letters", OK, "none new since the last sweep", data)


def not_checked(check: str, why: str) -> Finding:
    """A check that could not run because what it reads from is down."""
    return Finding(check, FAILING, f"not checked: {why}")


def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 1)
