"""Throughput of ``Detector.score`` against watch lists of 15, 150 and 1,500 companies.

A deterministic synthetic corpus (10,000 items from templates: announcements, decoys of every
reject category, and news that names no watched project) is scored on one core. The same run
measures a naive baseline: one compiled regular expression search per keyword per company over
each item, as the previous system did (on a subsample when it is slow; reported as items/s).

    python benchmarks/scoring.py [--json] [--items N] [--seed S] [--digest]

``--digest`` prints instead one hash of every decision on the corpus at each size (reasons and
evidence included): two checkouts that print the same digest decide the corpus alike, which is
what a change made only for speed must keep.

``build`` in the JSON says which build of the scorer ran: ``compiled`` (mypyc, what
``make setup`` builds) or ``source`` (``SWARM_DETECTION_PURE=1``, or no compiler; see
swarm/detection/native.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from swarm.detection import Company, Detector, ItemIn, WatchList, native

SIZES = (15, 150, 1500)
ITEMS = 10_000
SEED = 20260314
NAIVE_BUDGET_S = 6.0  # per size, the naive baseline scores items until this much time passes
NAIVE_MIN_ITEMS = 50
NAIVE_KEYWORDS = ("tge", "token generation event", "airdrop", "claim", "listing", "will list",
                  "token sale", "public sale", "launch", "live")  # fmt: skip
PUBLISHED = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)
SYLLABLES = ("zor", "vex", "ka", "lin", "ta", "mor", "qui", "dra", "nex", "pho", "ril", "sul",
             "bar", "tem", "yo", "gal", "cri", "vo", "den", "lux", "ny", "ost", "wen",
             "fa")  # fmt: skip
POSITIVE = (
    "{name} TGE set for March {day} at 14:00 UTC; ${tok} claims open at the same time.",
    "Binance will list {name} ({tok}) on March {day}, spot trading opens 10:00 UTC.",
    "{name} airdrop eligibility checker is live now, claims open next Tuesday.",
    "{name} public token sale starts Wednesday on a major launchpad.",
    "{alias} confirms ${tok} token launch in two weeks; details on {domain}.",
)
DECOY = (
    "A month after its TGE, 60% of the ${tok} airdrop has been claimed.",
    "{name} TGE in March?? leaderboard froze, nothing confirmed, wen token",
    "${tok} reclaiming 0.40 support, next target 0.52, open interest rising.",
    "{name} testnet phase 3 is live, test {tok} has no value, farm XP now.",
    "{tok} claim LIVE early, first 2,000 wallets get double: {stem}-claims.net",
    "{name}swap, a DEX built on {name}, sets its TGE for June 16.",
    "{alias} names new managing director and opens a Singapore office.",
    "How to stake ${tok} in four steps: a beginner guide.",
    "{neg} draws crowds as {name} festival returns this weekend.",
)
UNRELATED = (
    "Bitcoin ETF inflows top $500M as markets rally into the weekend.",
    "Ethereum developers schedule the next hard fork for the autumn.",
    "Regulators publish a consultation on stablecoin reserves.",
    "Solana DEX volume hits a record as memecoins return.",
)


def synthetic_companies(count: int, rng: random.Random) -> list[Company]:
    """The 15 default companies plus generated ones up to ``count``."""
    base = list(WatchList.default().companies)[:count]
    names = {c.name.lower() for c in base}
    tokens = {t for c in base for t in c.tokens}
    while len(base) < count:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        token = (name[:3] + "".join(rng.choice("XYZQKJ") for _ in range(2))).upper()
        if name.lower() in names or token in tokens:
            continue
        names.add(name.lower())
        tokens.add(token)
        base.append(
            Company(
                name=name, aliases=[f"{name} Labs", f"{name} Foundation"], tokens=[token],
                priority=rng.choice(["high", "medium", "low"]), x_handles=[f"{name}_xyz"],
                domains=[f"{name.lower()}.xyz"], negative_context=[f"{name.lower()} festival"],
            )
        )
    return base


def corpus(companies: list[Company], size: int, rng: random.Random) -> list[ItemIn]:
    """``size`` items: 30% announcements, 50% decoys, 20% unrelated news."""
    items = []
    for n in range(size):
        company = rng.choice(companies)
        roll = rng.random()
        template = (rng.choice(POSITIVE) if roll < 0.3 else rng.choice(DECOY) if roll < 0.8
                    else rng.choice(UNRELATED))  # fmt: skip
        text = template.format(
            name=company.name, tok=company.tokens[0], alias=(company.aliases or [company.name])[0],
            domain=(company.domains or ["example.org"])[0], day=rng.randint(15, 31),
            stem=company.name.lower().replace(" ", ""),
            neg=(company.negative_context or ["the stadium"])[0].title(),
        )  # fmt: skip
        is_x = rng.random() < 0.5
        items.append(
            ItemIn(
                id=f"b{n}", source="x" if is_x else "rss", url=f"https://news.example/{n}",
                title="" if is_x else text.split(",")[0], text=text,
                author="@" + company.x_handles[0] if is_x and rng.random() < 0.3 else "@wire",
                published=PUBLISHED,
            )
        )
    return items


class NaiveScorer:
    """The previous system: a compiled regex per keyword per company, searched one by one."""

    def __init__(self, companies: list[Company]) -> None:
        self.rules = []
        for company in companies:
            terms = [company.name, *company.aliases, *company.tokens]
            names = [re.compile(rf"\b{re.escape(t)}\b", re.IGNORECASE) for t in terms]
            events = [re.compile(rf"\b{re.escape(k)}\b", re.IGNORECASE) for k in NAIVE_KEYWORDS]
            self.rules.append((company.name, names, events))

    def score(self, item: ItemIn) -> str | None:
        text = f"{item.title}\n{item.text}"
        found = None
        for name, names, events in self.rules:
            named = [p.search(text) for p in names]
            hits = [p.search(text) for p in events]
            if found is None and any(named) and any(hits):
                found = name
        return found


def measure(size: int, items_count: int, seed: int) -> tuple[float, float]:
    rng = random.Random(seed + size)
    companies = synthetic_companies(size, rng)
    items = corpus(companies, items_count, rng)
    detector = Detector(WatchList(companies=companies))
    started = time.perf_counter()
    for item in items:
        detector.score(item)
    fast = len(items) / (time.perf_counter() - started)
    naive = NaiveScorer(companies)
    done, started = 0, time.perf_counter()
    while done < len(items) and (
        done < NAIVE_MIN_ITEMS or time.perf_counter() - started < NAIVE_BUDGET_S
    ):
        naive.score(items[done])
        done += 1
    return fast, done / (time.perf_counter() - started)


def digest(items_count: int, seed: int) -> str:
    """A hash of every field of every decision on the corpus, at each size."""
    found = hashlib.sha256()
    for size in SIZES:
        rng = random.Random(seed + size)
        companies = synthetic_companies(size, rng)
        detector = Detector(WatchList(companies=companies))
        for item in corpus(companies, items_count, rng):
            d = detector.score(item)
            fields = (d.is_signal, d.score, d.company, d.event_type, d.temporal, d.event_date,
                      d.official, d.category, d.contributions, d.date_precision, d.reasons,
                      d.evidence)  # fmt: skip
            found.update(repr(fields).encode())
    return found.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--items", type=int, default=ITEMS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--digest", action="store_true", help="print a hash of every decision")
    args = parser.parse_args()
    if args.digest:
        print(digest(args.items, args.seed))
        return
    fast: dict[str, float] = {}
    naive: dict[str, float] = {}
    for size in SIZES:
        fast[str(size)], naive[str(size)] = measure(size, args.items, args.seed)
    first, last = str(SIZES[0]), str(SIZES[-1])
    result = {
        "items_per_s": {k: round(v, 1) for k, v in fast.items()},
        "naive_items_per_s": {k: round(v, 1) for k, v in naive.items()},
        "scaling_1500_over_15": round(fast[first] / fast[last], 3),
        "speedup_vs_naive_1500": round(fast[last] / naive[last], 1),
        "items": args.items,
        "build": native.ACTIVE,
    }
    if args.json:
        print(json.dumps(result))
        return
    print(f"{'companies':>10} {'items/s':>12} {'naive items/s':>14}")
    for size in SIZES:
        print(f"{size:>10} {fast[str(size)]:>12,.0f} {naive[str(size)]:>14,.0f}")
    print(f"time at {last} / time at {first}: {result['scaling_1500_over_15']}")
    print(f"speed-up over naive at {last}: {result['speedup_vs_naive_1500']}x")
    print(f"scorer build: {native.ACTIVE}")


if __name__ == "__main__":
    main()
