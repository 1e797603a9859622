"""What the ``optimizer`` tasks and ``swarm optimize run`` call: one tuning run end to end.

Read the labels and the active config (one transaction), tune (no transaction open: replay
takes seconds), store the recommendations, then auto-apply the ones the settings allow.
"""

from __future__ import annotations

import logging
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import redis

from swarm.detection import WatchList
from swarm.errors import PermanentError
from swarm.optimization import applying, labelled, store
from swarm.optimization.applying import Transaction
from swarm.optimization.risk import at_most
from swarm.optimization.tuning import TuningParams, tune
from swarm.pipeline import catalog

log = logging.getLogger("swarm.optimization")
AUTO_ACTOR = "optimiser (auto-apply)"


@dataclass(frozen=True, slots=True)
class RunOptions:
    """Values of ``optimise.*`` a run needs (see :class:`swarm.settings.OptimiseSettings`)."""

    corpus: Sequence[Path]
    folds: int = 5
    seed: int | None = None
    floor: float = 0.9
    auto_apply: bool = False
    auto_apply_max_risk: str = "low"
    lease_ms: int = 60_000


@dataclass(slots=True)
class RunReport:
    run_id: str
    seed: int
    items: int
    feedback: int
    base_version: int
    baseline: dict[str, Any]
    candidates_evaluated: int
    recommendations: list[dict[str, Any]] = field(default_factory=list)
    applied: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id, "seed": self.seed, "items": self.items,
            "feedback": self.feedback, "base_version": self.base_version,
            "baseline": self.baseline, "candidates_evaluated": self.candidates_evaluated,
            "recommendations": self.recommendations, "applied": self.applied,
        }  # fmt: skip


def run_tuning(
    transaction: Transaction,
    client: redis.Redis,
    fallback: WatchList,
    options: RunOptions,
) -> RunReport:
    """Tune the active config on feedback + corpus; store and maybe auto-apply the results."""
    seed = options.seed if options.seed is not None else random.SystemRandom().randrange(2**31)
    run_id = uuid.uuid4().hex[:16]
    with transaction() as session:
        version, config = catalog.active_config(session)
        watchlist = catalog.ensure_watchlist(session, fallback)
        feedback = labelled.feedback_examples(session)
    examples = labelled.merge(feedback, labelled.corpus_examples(options.corpus))
    params = TuningParams(folds=options.folds, seed=seed, floor=options.floor)
    result = tune(watchlist, config, examples, params)
    with transaction() as session:
        saved = store.save_run(session, result, params, len(examples), version, run_id)
        recs = [store.as_dict(r) for r in saved]
    report = RunReport(run_id, seed, len(examples), len(feedback), version,
                       result.baseline.to_dict(), result.candidates_evaluated, recs)  # fmt: skip
    log.info("optimise run %s (seed %d): %d items, %d recommendations", run_id, seed,
             len(examples), len(recs))  # fmt: skip
    if options.auto_apply:
        for rec in recs:
            if not at_most(rec["risk"], options.auto_apply_max_risk):
                continue  # waits for `swarm recommendations approve`
            try:
                with transaction() as session:
                    store.approve(session, rec["id"], AUTO_ACTOR)
            except PermanentError as exc:  # e.g. an approved recommendation on the same keys
                report.applied.append({"id": rec["id"], "done": False, "reason": str(exc)})
                continue
            outcome = applying.apply(transaction, client, rec["id"], AUTO_ACTOR, options.lease_ms)
            report.applied.append({"id": rec["id"], **outcome.to_dict()})
    return report


def options_from(
    corpus: Sequence[Path],
    folds: int,
    seed: int | None,
    floor: float,
    auto_apply: bool,
    auto_apply_max_risk: str,
    lease_ms: int,
) -> RunOptions:
    """Run options from ``optimise.*`` values; an empty ``corpus`` means the shipped one."""
    return RunOptions(
        list(corpus) or labelled.default_corpus(), folds, seed, floor, auto_apply,
        auto_apply_max_risk, lease_ms,
    )  # fmt: skip
