"""Time of one detection tuning run over 1,000 and 10,000 labelled items.

Items come from the templates of ``benchmarks/scoring.py`` (announcements labelled true, decoys
of every reject category and news naming no watched project labelled false) in a feed-like mix:
10% announcements (with their event type; one template in six is worded with no event phrase
of the config, so the run mines phrasings from missed events), 30% decoys, 60% other news, for
the 15 default companies. The run starts from a degraded config (threshold 0.8, the speculation
weight zeroed), as the tests do.

``items`` are wall-clock seconds of each run (``cpu_s`` the process CPU time: on a shared
machine the wall clock also counts other processes). ``replay_items_per_s`` is the production
scorer's rate inside the 10,000-item run (every ``Detector.score`` call the run made, over the
CPU time spent in them); ``plain_items_per_s`` is a bare ``Detector.score`` loop over the same
items in the same process, also by CPU time (the baseline: the replay adds nothing to it).

    python benchmarks/optimise.py [--json] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.scoring import DECOY, POSITIVE, PUBLISHED, UNRELATED
from swarm.detection import DetectionConfig, Detector, ItemIn, WatchList
from swarm.optimization import replay as replay_module
from swarm.optimization import tuning
from swarm.optimization.labels import Example

SIZES = (1_000, 10_000)
SEED = 20261201
MIX = (0.1, 0.4)  # cumulative: announcements below 0.1, decoys below 0.4, the rest other news
# An announcement worded with no event phrase of the config: missed, it feeds the phrasing miner.
MISSED = ("{name} rewards portal opens for ${tok} holders on March {day}.",)
ANNOUNCEMENTS = POSITIVE + MISSED
# The labelled event of each announcement template.
EVENT_OF = dict(
    zip(ANNOUNCEMENTS, ("tge", "listing", "airdrop", "token_sale", "tge", "airdrop"), strict=True)
)


def examples(size: int, rng: random.Random) -> list[Example]:
    companies = list(WatchList.default().companies)
    out = []
    for n in range(size):
        company = rng.choice(companies)
        roll = rng.random()
        label = roll < MIX[0]
        template = rng.choice(ANNOUNCEMENTS if label else DECOY if roll < MIX[1] else UNRELATED)
        text = template.format(
            name=company.name, tok=company.tokens[0], alias=(company.aliases or [company.name])[0],
            domain=(company.domains or ["example.org"])[0], day=rng.randint(15, 31),
            stem=company.name.lower().replace(" ", ""),
            neg=(company.negative_context or ["the stadium"])[0].title(),
        )  # fmt: skip
        item = ItemIn(
            id=f"o{n}", source="rss", url=f"https://news.example/{n}",
            title=text.split(",")[0], text=text, author="wire", published=PUBLISHED,
        )  # fmt: skip
        out.append(Example(item, label, event_type=EVENT_OF.get(template)))
    return out


def degraded() -> DetectionConfig:
    config = DetectionConfig.default()
    weights = {**config.weights, "speculation": 0.0}
    return config.model_copy(update={"threshold": 0.8, "weights": weights})


class Timed:
    """Wraps the replay helpers the tuning run calls, counting items and time spent scoring."""

    def __init__(self) -> None:
        self.items = 0
        self.seconds = 0.0
        self.plain_predictions = replay_module.predictions

    def predictions(self, detector: Detector, items: list[Example]) -> list[bool]:
        items = list(items)
        started = time.process_time()
        out = self.plain_predictions(detector, items)
        self.seconds += time.process_time() - started
        self.items += len(items)
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    wl, config = WatchList.default(), degraded()
    params = tuning.TuningParams(folds=5, seed=args.seed)
    times: dict[str, float] = {}
    cpu_s: dict[str, float] = {}
    evaluated = 0
    timed = Timed()
    for size in SIZES:
        data = examples(size, random.Random(args.seed + size))
        if size == SIZES[-1]:
            timed = Timed()
            tuning.predictions = timed.predictions  # type: ignore[assignment]
        started, cpu = time.perf_counter(), time.process_time()
        result = tuning.tune(wl, config, data, params)
        times[str(size)] = round(time.perf_counter() - started, 3)
        cpu_s[str(size)] = round(time.process_time() - cpu, 3)
        evaluated = result.candidates_evaluated
        tuning.predictions = timed.plain_predictions  # type: ignore[assignment]
    detector = Detector(wl, config)
    started = time.process_time()
    for e in data:
        detector.score(e.item)
    plain = len(data) / (time.process_time() - started)
    rate = timed.items / timed.seconds if timed.seconds else 0.0
    out = {
        "items": times,
        "cpu_s": cpu_s,
        "candidates_evaluated": evaluated,
        "replay_items_per_s": round(rate, 1),
        "plain_items_per_s": round(plain, 1),
        "replay_over_plain": round(rate / plain, 3),
    }
    if args.json:
        print(json.dumps(out))
        return
    for size, seconds in times.items():
        print(f"{size:>6} items: {seconds:8.2f} s")
    print(f"candidates evaluated: {evaluated}")
    print(f"replay: {out['replay_items_per_s']:,.0f} items/s (plain score loop {plain:,.0f})")


if __name__ == "__main__":
    main()
