"""Missed events reported by analysts (`swarm feedback missed`, stored in the database) that share
a wording the active config lacks: one run recommends the wording as an event phrase of their
event type; applying it makes them signals and raises replay recall by the amount predicted."""

from __future__ import annotations

import datetime as dt

import pytest

from swarm.detection import DetectionConfig, Detector, WatchList
from swarm.optimization import applying, jobs, labelled, store
from swarm.optimization.feedback import Missed, record_missed
from swarm.optimization.labels import Counts, Example
from swarm.optimization.replay import predictions, replay
from swarm.pipeline import catalog
from swarm.runtime import Runtime

pytestmark = pytest.mark.integration
PHRASING = "genesis drop begins"  # no event phrase of the bundled config in it
REPORTED = (  # (company, title, text): one line per reported miss, sharing only the wording
    ("Curvance", "Curvance (CVE) genesis drop begins on March 20", "Bridged wallets qualify."),
    ("Fhenix", "Fhenix (FHE) genesis drop begins on March 21", "Details sit in a pinned thread."),
    ("Succinct", "Succinct (PROVE) genesis drop begins on March 22", "Use the official site."),
    ("Caldera", "Caldera (ERA) genesis drop begins on March 23", "Allocations follow staking."),
    ("Fabric", "Fabric (ROBO) genesis drop begins on March 24", "Snapshot rules came out."),
    ("Espresso", "Espresso (ESP) genesis drop begins on March 25", "Questions go to support."),
)
PUBLISHED = dt.datetime(2026, 3, 14, 9, tzinfo=dt.UTC)
LEASE = 10_000


def counts(watchlist: WatchList, config: DetectionConfig, examples: list[Example]) -> Counts:
    preds = predictions(Detector(watchlist, config, second_opinion=False), examples)
    return Counts.of([e.label for e in examples], preds)


def test_reported_misses_sharing_a_wording_become_an_event_phrase(rt: Runtime) -> None:
    with rt.transaction() as s:
        for company, title, text in REPORTED:
            record_missed(s, Missed(text, company, "airdrop", title=title, published=PUBLISHED),
                          "analyst", WatchList.default())  # fmt: skip
        version, before_config = catalog.active_config(s)
        missed = labelled.feedback_examples(s)
    assert [e.event_type for e in missed] == ["airdrop"] * len(REPORTED)
    wl = WatchList.default()
    rules = Detector(wl, before_config, second_opinion=False)
    assert not any(predictions(rules, missed))  # all missed today
    corpus = labelled.default_corpus()
    options = jobs.RunOptions(corpus, folds=5, seed=3, floor=0.9)
    report = jobs.run_tuning(rt.transaction, rt.redis, wl, options)
    assert report.feedback == len(REPORTED) and report.base_version == version
    (rec,) = [r for r in report.recommendations if r["kind"] == "event_phrasing"]
    assert rec["diff"] == [{"key": "events.airdrop", "add": [PHRASING], "remove": []}]
    assert rec["risk"] == "low" and rec["status"] == "pending"
    with rt.transaction() as s:
        store.approve(s, rec["id"], "analyst")
    outcome = applying.apply(rt.transaction, rt.redis, rec["id"], "analyst", LEASE)
    assert outcome.done, outcome.reason
    with rt.transaction() as s:
        _, active = catalog.active_config(s)
    assert PHRASING in active.events["airdrop"]
    decisions = replay(Detector(wl, active, second_opinion=False), missed)
    assert all(d.is_signal and d.event_type == "airdrop" for d in decisions)
    assert [d.company for d in decisions] == [company for company, _, _ in REPORTED]
    examples = labelled.merge(missed, labelled.corpus_examples(corpus))
    before, after = counts(wl, before_config, examples), counts(wl, active, examples)
    assert after.to_dict() == rec["evidence"]["replay_after"]  # as predicted
    gain = after.recall - before.recall
    low, high = rec["evidence"]["ci"]["recall_delta"]
    assert 0 < low <= gain <= high
    assert after.precision >= before.precision
