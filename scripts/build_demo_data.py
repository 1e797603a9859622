"""Build the demo's sample feeds and X posts from the project's own labelled corpus.

    python scripts/build_demo_data.py

Writes ``swarm/data/demo/feeds/<outlet>.xml`` (RSS 2.0, one feed per outlet),
``swarm/data/demo/x_posts.jsonl`` (posts served by the demo's X API) and
``swarm/data/demo/labels.json`` (item url -> label, so the demo can say how it did).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
CORPUS = [ROOT / "tests/data/corpus/positives.jsonl", ROOT / "tests/data/corpus/negatives.jsonl"]
OUT = ROOT / "swarm/data/demo"


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "feed"


def rss(outlet: str, items: list[dict]) -> str:
    entries = []
    for it in sorted(items, key=lambda i: i["published"], reverse=True):
        pub = datetime.fromisoformat(it["published"].replace("Z", "+00:00"))
        entries.append(
            "    <item>\n"
            f"      <title>{escape(it['title'])}</title>\n"
            f"      <link>{escape(it['url'])}</link>\n"
            f'      <guid isPermaLink="false">{escape(it["id"])}</guid>\n'
            f"      <pubDate>{format_datetime(pub)}</pubDate>\n"
            f"      <dc:creator>{escape(it['author'])}</dc:creator>\n"
            f"      <description>{escape(it['text'])}</description>\n"
            "    </item>"
        )
    body = "\n".join(entries)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        "  <channel>\n"
        f"    <title>{escape(outlet)}</title>\n"
        f"    <link>https://{slug(outlet)}.example/</link>\n"
        f"    <description>{escape(outlet)} (TGE Swarm demo feed)</description>\n"
        f"{body}\n"
        "  </channel>\n"
        "</rss>\n"
    )


def main() -> None:
    items = [
        json.loads(line)
        for path in CORPUS
        for line in path.read_text().splitlines()
        if line.strip()
    ]
    by_outlet: dict[str, list[dict]] = defaultdict(list)
    posts = []
    for it in items:
        if it["source"] == "rss":
            by_outlet[it["author"]].append(it)
        else:
            posts.append(it)
    feeds = OUT / "feeds"
    feeds.mkdir(parents=True, exist_ok=True)
    for old in feeds.glob("*.xml"):
        old.unlink()
    # Small outlets share one feed so that the demo polls a few dozen feeds, not hundreds.
    merged: dict[str, list[dict]] = defaultdict(list)
    for outlet, its in by_outlet.items():
        merged[outlet if len(its) >= 6 else "Crypto Wire Roundup"].extend(its)
    for outlet, its in merged.items():
        (feeds / f"{slug(outlet)}.xml").write_text(rss(outlet, its), encoding="utf-8")
    with (OUT / "x_posts.jsonl").open("w", encoding="utf-8") as fh:
        for p in sorted(posts, key=lambda i: i["published"]):
            fh.write(
                json.dumps({k: p[k] for k in ("id", "url", "text", "author", "published")}) + "\n"
            )
    labels = {
        it["url"]: {"label": it["label"], "company": it["company"], "event_type": it["event_type"]}
        for it in items
    }
    (OUT / "labels.json").write_text(json.dumps(labels, indent=0, sort_keys=True))
    print(
        f"{len(merged)} feeds, {sum(len(v) for v in merged.values())} entries, {len(posts)} X posts"
    )


if __name__ == "__main__":
    main()
