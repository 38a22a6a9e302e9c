"""Accuracy of geo beside a naive baseline, in the same run.

    python bench/accuracy.py [--lgl ../shared/eval/lgl.jsonl] [--limit N]

1. LGL (local-news geoparsing benchmark, read from ``../shared/eval`` when present, never
   copied into the project): toponym recognition precision / recall / F1 on exact spans, and
   end-to-end resolution over the gold toponyms with coordinates: share within 161 km, mean and
   median error (over the toponyms both found and resolved), exact GeoNames id.
2. The tolls benchmark (``../shared/eval/tolls/``: Wikipedia incident tables, each text one
   report with its date as publication date): exact killed per text on rows whose text states
   the toll near a death word, the share of zero-death texts given no death toll, exact
   wounded on rows with an injured figure (geo only: the baseline reads no wounded), and the
   country of the main place; per file. "Killed" is what the text alone reports, counted once
   (``geo.reports``): for the terrorism tables the victims (civilians, security forces and
   people unspecified; the attackers and armed-group fighters killed are the tables' "(+N)"
   and left out; a second row leaves out the attackers' dead alone,
   ``ArticleReport.killed_perpetrators``), for the mass-shooting tables everyone who died.
3. The bundled articles: the largest civilian toll after reconciliation (low / best / high and
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

from baseline import NaiveMatcher, naive_toll, naive_toll_sum  # noqa: E402
from geo.articles import load_articles, parse_article  # noqa: E402
from geo.gazetteer import Gazetteer  # noqa: E402
from geo.pipeline import build_map, read_corpus  # noqa: E402
from geo.reports import article_reports  # noqa: E402
from geo.toponyms import ToponymResolver  # noqa: E402

DEFAULT_LGL = ROOT.parent / "shared" / "eval" / "lgl.jsonl"
DEFAULT_TOLLS = ROOT.parent / "shared" / "eval" / "tolls"
TOLL_FILES = ("wiki_terror.jsonl", "wiki_us_mass_shootings.jsonl")


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def score(docs: list[dict], predict) -> dict:
    """``predict(doc) -> [(start, end, lat, lon, geonameid or None)]``; scores against the gold."""
    tp = fp = fn = 0
    with_coords = within = exact_id = same_far = 0
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
            # the gold's own place, its point put elsewhere (a country's: Natural Earth's interior)
            same_far += err > 161 and hit[2] is not None and hit[2] == t.get("geonameid")
    secs = time.perf_counter() - t0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "acc161": within / with_coords if with_coords else 0.0, "same_far": same_far, "exact_id": exact_id / with_coords if with_coords else 0.0,
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
        # (a country's point is Natural Earth's interior here, GeoNames' own in the gold: Russia, Canada)
        ("  beyond 161 km but the gold's place (same GeoNames id)", f"{ours['same_far']:,}", f"{naive['same_far']:,}"),
        ("exact GeoNames id", pct(ours["exact_id"]), pct(naive["exact_id"])),
        ("mean error, km (toponyms found and resolved)", f"{ours['mean_km']:,.0f} (n={ours['resolved']:,})",
         f"{naive['mean_km']:,.0f} (n={naive['resolved']:,})"),
        ("median error, km", f"{ours['median_km']:,.1f}", f"{naive['median_km']:,.1f}"),
        ("time over the corpus", f"{ours['secs']:.1f} s ({ours['docs'] / ours['secs']:,.0f} docs/s)",
         f"{naive['secs']:.1f} s ({naive['docs'] / naive['secs']:,.0f} docs/s)"),
    ]


def country_code(gaz: Gazetteer, name: str) -> str | None:
    """ISO code of a country named in the benchmark ("Iraq", "Northern Ireland")."""
    hits = gaz.find(name)
    for kind in ("country", "admin1"):
        for p in hits:
            if p.kind == kind:
                return p.country
    return None


def score_tolls(rows: list[dict], gaz: Gazetteer, matcher: NaiveMatcher, victims_only: bool) -> dict:
    """geo and the naive baseline on one file of the tolls benchmark (module docstring)."""
    t0 = time.perf_counter()
    arts = [parse_article(f"date {r['date']}\n{r['text']}".encode("utf-8"), f"{r['id']}.txt") for r in rows]
    corpus = read_corpus(arts, gaz)
    reports = {r.article_id: r for r in article_reports(corpus, gaz)}
    secs = time.perf_counter() - t0
    out = {"rows": len(rows), "secs": secs, "errors": []}
    for who in ("geo", "naive"):
        out[who] = {"exact": 0, "exact_n": 0, "zero": 0, "zero_n": 0, "country": 0, "country_n": 0,
                    "wounded": 0, "wounded_n": 0, "attackers": 0}
    for r, a in zip(rows, arts):
        rep = reports.get(a.id)
        killed = 0
        if rep is not None and rep.killed_best:
            killed = rep.killed_best - (rep.killed_armed if victims_only else 0)
        naive = naive_toll(r["text"])
        gold_cc = country_code(gaz, r["country"])
        naive_places = matcher.find(r["text"])
        for who, got, cc in (("geo", killed, rep.country if rep else None),
                             ("naive", naive, naive_places[0].country if naive_places else None)):
            s = out[who]
            if r.get("gold_near_death_word"):
                s["exact_n"] += 1
                s["exact"] += got == r["killed"]
                if who == "geo" and victims_only and rep is not None:
                    # the tables' "(+N)" read as the attackers alone: fighters the attack killed are victims
                    s["attackers"] += (rep.killed_best or 0) - rep.killed_perpetrators == r["killed"]
                if who == "geo" and got != r["killed"]:
                    out["errors"].append(("toll", r["id"], r["killed"], got, r["text"]))
            if r["killed"] == 0:
                s["zero_n"] += 1
                s["zero"] += got == 0
                if who == "geo" and got != 0:
                    out["errors"].append(("zero", r["id"], 0, got, r["text"]))
            if who == "geo" and isinstance(r.get("injured"), int):
                wounded = rep.wounded[1] if rep is not None and rep.wounded else 0
                s["wounded_n"] += 1
                s["wounded"] += wounded == r["injured"]
                if wounded != r["injured"]:
                    out["errors"].append(("wounded", r["id"], r["injured"], wounded, r["text"]))
            if gold_cc:
                s["country_n"] += 1
                s["country"] += cc == gold_cc
                if who == "geo" and cc != gold_cc:
                    out["errors"].append(("country", r["id"], gold_cc, cc, r["text"]))
    return out


def tolls_table(folder: Path, gaz: Gazetteer, matcher: NaiveMatcher, errors_to: Path | None = None) -> list[tuple[str, str, str]]:
    pct = lambda a, n: f"{100 * a / n:.1f}% ({a:,}/{n:,})" if n else "—"  # noqa: E731
    rows_out = []
    for name in TOLL_FILES:
        with open(folder / name, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        res = score_tolls(rows, gaz, matcher, victims_only=name.startswith("wiki_terror"))
        g, n = res["geo"], res["naive"]
        rows_out += [
            (f"{name}: exact killed (toll stated near a death word)", pct(g["exact"], g["exact_n"]), pct(n["exact"], n["exact_n"])),
            *([(f"{name}: exact killed, only the attackers' dead left out", pct(g["attackers"], g["exact_n"]), "")]
              if name.startswith("wiki_terror") else []),
            (f"{name}: no toll for zero-death texts", pct(g["zero"], g["zero_n"]), pct(n["zero"], n["zero_n"])),
            (f"{name}: country of the main place", pct(g["country"], g["country_n"]), pct(n["country"], n["country_n"])),
            (f"{name}: exact wounded (rows with a figure)", pct(g["wounded"], g["wounded_n"]), "—"),
            (f"{name}: time", f"{res['secs']:.1f} s ({res['rows'] / res['secs']:,.0f} texts/s)", ""),
        ]
        if errors_to is not None:
            with open(errors_to / f"errors-{name}", "w", encoding="utf-8") as f:
                for e in res["errors"]:
                    f.write(json.dumps(e, ensure_ascii=False) + "\n")
    return rows_out


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
    ap.add_argument("--tolls", type=Path, default=DEFAULT_TOLLS, help="the tolls benchmark folder")
    ap.add_argument("--errors", type=Path, help="write each benchmark's errors (JSON lines) into this folder")
    ap.add_argument("--skip-lgl", action="store_true")
    args = ap.parse_args()
    gaz = Gazetteer.load()
    resolver = ToponymResolver(gaz)
    matcher = NaiveMatcher()
    if args.errors:
        args.errors.mkdir(parents=True, exist_ok=True)
    if all((args.tolls / n).is_file() for n in TOLL_FILES):
        print_table(f"Tolls benchmark ({args.tolls})", tolls_table(args.tolls, gaz, matcher, args.errors))
    else:
        print(f"tolls benchmark not found at {args.tolls}: skipped (it is read from ../shared/eval, never copied here)")
    if args.skip_lgl:
        pass
    elif args.lgl.is_file():
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
