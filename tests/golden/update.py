"""Rewrite tests/golden/samples.json from the bundled articles (data/articles).

    .venv/bin/python tests/golden/update.py

Run it only when a change to the samples' figures is intended, and read the diff: the golden
file is what the tests hold every sample figure to (the map's total, each locality's counted
tolls, the largest civilian toll's versions), in one place instead of repeated across files.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

GOLDEN = Path(__file__).with_name("samples.json")
COLUMNS = ("place_id", "name", "country", "place_kind", "incidents", "killed_low", "killed_best", "killed_high",
           "source_count")


def current() -> dict:
    from geo.articles import load_articles
    from geo.gazetteer import Gazetteer
    from geo.pipeline import build_map, read_corpus

    gaz = Gazetteer.load()
    articles, _ = load_articles([ROOT / "data" / "articles"])
    corpus = read_corpus(articles, gaz)
    data = build_map(corpus, gaz)
    locs = sorted(data.localities, key=lambda loc: loc.place_id)
    rows = []
    for loc in locs:
        k = (loc.killed("low"), loc.killed("best"), loc.killed("high"))
        rows.append(dict(zip(COLUMNS, (loc.place_id, loc.name, loc.country, str(loc.place_kind), len(loc.incidents), *k,
                                       len({s for i in loc.incidents for s in i.sources})))))
    civ = [i for i in data.incidents if i.outcome == "killed" and i.victims == "civilians" and i.reported_best]
    largest = max(civ, key=lambda i: i.reported_best)
    return {
        "articles": len(corpus.articles),
        "killed_best_total": sum(loc.killed() or 0 for loc in data.localities),
        "largest_civilian_toll": {"place_id": largest.place_id, "low": largest.reported_low, "best": largest.reported_best,
                                  "high": largest.reported_high, "versions": sorted({v.best for v in largest.versions})},
        "localities": rows,
    }


if __name__ == "__main__":
    GOLDEN.write_text(json.dumps(current(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN}")
