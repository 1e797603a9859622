"""Event phrasings mined from missed events: several missed announcements of one event type share
a wording the config lacks; the tuning run proposes adding it to that event type."""

from __future__ import annotations

import datetime as dt

from swarm.detection import DetectionConfig, Detector, ItemIn, WatchList
from swarm.optimization.diff import apply_diff
from swarm.optimization.labels import Counts, Example
from swarm.optimization.replay import predictions, replay
from swarm.optimization.tuning import Proposal, TuningParams, tune

NOW = dt.datetime(2026, 3, 14, 9, tzinfo=dt.UTC)
PARAMS = TuningParams(folds=5, seed=11, floor=0.9)  # measures the rules alone, as tune() does
PHRASING = "genesis drop begins"  # no event phrase of the bundled config in it
RISKY = "reward redemption opens"
NAMES = ("Curvance (CVE)", "Fhenix (FHE)", "Succinct (PROVE)", "Caldera (ERA)", "Fabric (ROBO)",
         "TreasureDAO (MAGIC)", "Camelot (GRAIL)", "Espresso (ESP)")  # fmt: skip
# Second sentences that share no word run with each other (only the phrasing is shared).
LINES = (
    "Wallets that bridged before February qualify.",
    "Details sit in the pinned thread.",
    "Holders should use the official website only.",
    "Allocations depend on staking history.",
    "Snapshot rules were posted last month.",
    "Questions go to the support desk.",
    "Unclaimed amounts return to the treasury.",
    "Guides arrive with the release notes.",
)


def wording(phrase: str, count: int, label: bool, prefix: str) -> list[Example]:
    """``count`` items, each naming a different watched project, all using ``phrase``."""
    out = []
    for i, name in enumerate(NAMES[:count]):
        item = ItemIn(
            id=f"{prefix}-{i}", source="rss", published=NOW,
            title=f"{name} {phrase} on March {20 + i}", text=LINES[i],
        )  # fmt: skip
        out.append(Example(item, label, "missed" if label else "feedback",
                           "airdrop" if label else None))  # fmt: skip
    return out


def phrasings(examples: list[Example], term: str) -> list[Proposal]:
    result = tune(WatchList.default(), DetectionConfig.default(), examples, PARAMS)
    return [
        p for p in result.proposals
        if p.kind == "event_phrasing" and any(term in e["add"] for e in p.diff)
    ]  # fmt: skip


def counts(examples: list[Example], config: DetectionConfig) -> Counts:
    preds = predictions(Detector(WatchList.default(), config, second_opinion=False), examples)
    return Counts.of([e.label for e in examples], preds)


def test_missed_events_sharing_a_phrasing_yield_it_as_an_event_phrase(
    corpus: list[Example],
) -> None:
    config = DetectionConfig.default()
    missed = wording(PHRASING, 6, True, "missed")
    rules = Detector(WatchList.default(), config, second_opinion=False)
    assert not any(predictions(rules, missed))  # missed today
    examples = corpus + missed
    (proposal,) = phrasings(examples, PHRASING)
    assert proposal.diff == [{"key": "events.airdrop", "add": [PHRASING], "remove": []}]
    assert "6 missed airdrop events" in proposal.summary
    applied = DetectionConfig.from_mapping(apply_diff(config.to_mapping(), proposal.diff))
    decisions = replay(Detector(WatchList.default(), applied, second_opinion=False), missed)
    assert all(d.is_signal and d.event_type == "airdrop" for d in decisions)
    before, after = counts(examples, config), counts(examples, applied)
    assert after == proposal.replay_after  # the predicted replay, exactly
    gain = after.recall - before.recall
    assert gain > 0
    low, high = proposal.recall_delta
    assert low <= gain <= high
    assert after.precision >= before.precision  # no negative turned into a signal
    assert proposal.risk == "low"


def test_a_phrasing_negatives_use_as_often_is_not_proposed(corpus: list[Example]) -> None:
    missed = wording(RISKY, 6, True, "missed")
    negatives = wording(RISKY, 8, False, "negative")[6:]  # two projects, labelled not a signal
    assert phrasings(corpus + missed + negatives, RISKY) == []


def test_a_phrasing_that_also_fires_on_a_negative_is_not_low_risk(
    corpus: list[Example],
) -> None:
    config = DetectionConfig.default()
    missed = wording(RISKY, 7, True, "missed")
    negative = wording(RISKY, 8, False, "negative")[7:]
    examples = corpus + missed + negative
    # seven misses outweigh one negative: the term is tried, and its cost is reported
    (proposal,) = phrasings(examples, RISKY)
    applied = DetectionConfig.from_mapping(apply_diff(config.to_mapping(), proposal.diff))
    assert counts(negative, applied).fp == 1
    assert proposal.after.precision < proposal.before.precision
    assert proposal.precision_delta[0] < 0
    assert proposal.risk != "low"
