"""Accuracy of geo beside a naive baseline, in the same run.

    python bench/accuracy.py [--lgl ../shared/eval/lgl.jsonl] [--limit N]

1. LGL (local-news geoparsing benchmark, read from ``../shared/eval`` when present, never
   copied into the project): toponym recognition precision / recall / F1 on exact spans, and
   end-to-end resolution over the gold toponyms with coordinates: share within 161 km, mean and
   median error (over the toponyms both found and resolved), exact GeoNames id.
2. The bundled articles: the largest civilian toll after reconciliation (low / best / high and
   its versions), the map-wide sum of ``killed_best``, the places found; beside the naive
   matcher's places and a naive sum of every reported toll.
"""
from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from baseline import NaiveMatcher, naive_toll_sum  # noqa: E402
from geo.articles import load_articles, parse_article  # noqa: E402
from geo.gazetteer import Gazetteer  # noqa: E402
from geo.pipeline import build_map, read_corpus  # noqa: E402
from geo.toponyms import ToponymResolver  # noqa: E402

DEFAULT_LGL = ROOT.parent / "shared" / "eval" / "lgl.jsonl"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def score(docs: list[dict], predict) -> dict:
    """``predict(doc) -> [(start, end, lat, lon, geonameid or None)]``; scores against the gold."""
    tp = fp = fn = 0
    with_coords = within = exact_id = 0
    errors = []
    t0 = time.perf_counter()
    for d in docs:
        pred = {(s, e): (lat, lon, gid) for s, e, lat, lon, gid in predict(d)}
        gold = {(t["start"], t["end"]): t for t in d["toponyms"]}
        tp += len(pred.keys() & gold.keys())
        fp += len(pred.keys() - gold.keys())
        fn += len(gold.keys() - pred.keys())
        for span, t in gold.items():
            if t.get("lat") is None:
                continue
            with_coords += 1
            hit = pred.get(span)
            if hit is None or hit[0] is None:
                continue
            err = km(t["lat"], t["lon"], hit[0], hit[1])
            errors.append(err)
            within += err <= 161
            exact_id += hit[2] is not None and hit[2] == t.get("geonameid")
    secs = time.perf_counter() - t0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "acc161": within / with_coords if with_coords else 0.0, "exact_id": exact_id / with_coords if with_coords else 0.0,
            "mean_km": statistics.fmean(errors) if errors else float("nan"),
            "median_km": statistics.median(errors) if errors else float("nan"),
            "resolved": len(errors), "with_coords": with_coords, "gold": tp + fn, "secs": secs, "docs": len(docs)}


def geo_predict(resolver: ToponymResolver):
    def predict(d: dict):
        art = parse_article(d["text"].encode("utf-8"), d["id"] + ".txt")  # as a user's file is read
        out = []
        for m in resolver.resolve(art).mentions:
            gid = int(m.place_id[3:]) if m.place_id.startswith("gn:") and m.place_id[3:].isdigit() else None
            out.append((m.start, m.end, m.lat, m.lon, gid))
        return out
    return predict


def naive_predict(matcher: NaiveMatcher):
    def predict(d: dict):
        return [(m.start, m.end, m.lat, m.lon, m.geonameid) for m in matcher.find(d["text"])]
    return predict


def lgl_table(ours: dict, naive: dict) -> list[tuple[str, str, str]]:
    pct = lambda x: f"{100 * x:.1f}%"  # noqa: E731
    return [
        ("recognition precision (exact span)", pct(ours["precision"]), pct(naive["precision"])),
        ("recognition recall (exact span)", pct(ours["recall"]), pct(naive["recall"])),
        ("recognition F1", f"{ours['f1']:.3f}", f"{naive['f1']:.3f}"),
        (f"accuracy within 161 km (of {ours['with_coords']:,} gold with coordinates)", pct(ours["acc161"]), pct(naive["acc161"])),
        ("exact GeoNames id", pct(ours["exact_id"]), pct(naive["exact_id"])),
        ("mean error, km (toponyms found and resolved)", f"{ours['mean_km']:,.0f} (n={ours['resolved']:,})",
         f"{naive['mean_km']:,.0f} (n={naive['resolved']:,})"),
        ("median error, km", f"{ours['median_km']:,.1f}", f"{naive['median_km']:,.1f}"),
        ("time over the corpus", f"{ours['secs']:.1f} s ({ours['docs'] / ours['secs']:,.0f} docs/s)",
         f"{naive['secs']:.1f} s ({naive['docs'] / naive['secs']:,.0f} docs/s)"),
    ]


def samples_table(gaz: Gazetteer, matcher: NaiveMatcher) -> list[tuple[str, str, str]]:
    articles, _ = load_articles([ROOT / "data" / "articles"])
    corpus = read_corpus(articles, gaz)
    data = build_map(corpus, gaz)
    civ = [i for i in data.incidents if i.outcome == "killed" and i.victims == "civilians" and i.reported_best]
    rows = []
    if civ:
        top = max(civ, key=lambda i: i.reported_best)
        versions = ", ".join(f"{v.best:,} ({v.reporter or 'unattributed'}, {v.date or 'undated'})"
                             for v in sorted(top.versions, key=lambda v: (v.date or "", v.best)))
        rows.append((f"largest civilian toll: {top.name}", f"low {top.reported_low:,} / best {top.reported_best:,} / high {top.reported_high:,}",
                     "—"))
        rows.append(("  its versions", versions, "—"))
    total = sum(loc.killed() or 0 for loc in data.localities)
    rows.append(("killed on the whole map (best, counted once)", f"{total:,}",
                 f"{naive_toll_sum([a.text for a in articles]):,} (every reported toll added up)"))
    ours = sorted({m.name for p in corpus.places for m in p.mentions})
    naive = sorted({m.text for a in articles for m in matcher.find(a.text)})
    rows.append((f"places found ({len(ours)} / {len(naive)})", "; ".join(ours), "; ".join(naive)))
    return rows


def print_table(title: str, rows: list[tuple[str, str, str]]) -> None:
    print(f"\n{title}")
    w = max(len(r[0]) for r in rows)
    print(f"{'':<{w}}  {'geo':<24}  naive baseline")
    for name, a, b in rows:
        print(f"{name:<{w}}  {a:<24}  {b}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lgl", type=Path, default=DEFAULT_LGL)
    ap.add_argument("--limit", type=int, default=0, help="only the first N LGL articles")
    args = ap.parse_args()
    gaz = Gazetteer.load()
    resolver = ToponymResolver(gaz)
    matcher = NaiveMatcher()
    if args.lgl.is_file():
        with open(args.lgl, encoding="utf-8") as f:
            docs = [json.loads(line) for line in f if line.strip()]
        if args.limit:
            docs = docs[: args.limit]
        ours = score(docs, geo_predict(resolver))
        naive = score(docs, naive_predict(matcher))
        print_table(f"LGL: {len(docs)} articles, {ours['gold']:,} gold toponyms ({args.lgl})", lgl_table(ours, naive))
    else:
        print(f"LGL not found at {args.lgl}: skipped (it is read from ../shared/eval, never copied here)")
    print_table("Bundled articles (data/articles)", samples_table(gaz, matcher))


if __name__ == "__main__":
    main()
