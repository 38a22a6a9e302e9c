"""Speed and memory of geo beside the naive baseline, printed as one table.

    python bench/speed.py [--sizes 1000 10000] [--skip-cold]

- gazetteer: cold build (fresh cache), warm start, peak memory (each in its own process);
- full pipeline (read, places, claims, reconcile, localities), single process, on synthetic
  news-like corpora of 1,000 and 10,000 articles generated at run time from the bundled
  articles (sentences reshuffled, place names and numbers swapped; never written to disk),
  beside the naive baseline (``bench/baseline.py``: cities500 name matcher + toll regex) on the
  same texts, and how time grows from the smaller corpus to the larger;
- dashboard: server-side time of a source toggle at 10,000 incidents over 2,000 places
  (``bench/dashboard.py``);
- peak memory of each step (each step runs in its own process).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

NUMBER = re.compile(r"\b\d[\d,]*\b")


def synthetic_texts(n: int, seed: int = 7) -> list[str]:
    """``n`` news-like articles: the bundled articles' sentences reshuffled within an article,
    their place names swapped for other places (same country mix as the gazetteer's towns),
    their numbers changed."""
    from geo.articles import load_articles
    from geo.gazetteer import LOCALITY, Gazetteer
    from geo.text import split_sentences
    from geo.toponyms import ToponymResolver

    gaz = Gazetteer.load()
    articles, _ = load_articles([ROOT / "data" / "articles"])
    resolver = ToponymResolver(gaz)
    rnd = random.Random(seed)
    towns = [gaz.names[i] for i in rnd.sample(range(len(gaz.ids)), 60_000) if gaz.kind[i] == LOCALITY]
    sources = []
    for a in articles:
        names = sorted({m.text for m in resolver.resolve(a).mentions}, key=len, reverse=True)
        sents = [a.text[s:e] for s, e in split_sentences(a.text)]
        sources.append((sents, names))
    out = []
    for k in range(n):
        sents, names = sources[k % len(sources)]
        body = sents[1:]
        rnd.shuffle(body)
        text = " ".join([sents[0], *body])
        for name in names:
            text = text.replace(name, rnd.choice(towns))
        text = NUMBER.sub(lambda m: str(rnd.randint(2, 900)), text)
        out.append(text)
    return out


def step(name: str, arg: str) -> dict:
    """Run one measured step in a fresh process; returns its JSON (with peak_mb)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if name == "cold":
        env["GEO_CACHE_DIR"] = arg
    out = subprocess.run([sys.executable, __file__, "--step", name, "--arg", arg], env=env, cwd=ROOT,
                         capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_step(name: str, arg: str) -> dict:
    t0 = time.perf_counter()
    if name in ("cold", "warm"):
        from geo.gazetteer import Gazetteer
        g = Gazetteer.load()
        res = {"secs": time.perf_counter() - t0, "source": g.stats.source, "places": len(g)}
    elif name in ("geo", "naive"):
        texts = synthetic_texts(int(arg))
        if name == "geo":
            from geo.articles import parse_article
            from geo.gazetteer import Gazetteer
            from geo.pipeline import build_map, read_corpus
            gaz = Gazetteer.load()
            t0 = time.perf_counter()
            arts = [parse_article(t.encode("utf-8"), f"synthetic/{k}.txt") for k, t in enumerate(texts)]
            corpus = read_corpus(arts, gaz)
            data = build_map(corpus, gaz)
            res = {"secs": time.perf_counter() - t0, "claims": len(corpus.claims), "incidents": len(data.incidents)}
        else:
            from baseline import NaiveMatcher, naive_toll_sum
            matcher = NaiveMatcher()
            t0 = time.perf_counter()
            for t in texts:
                matcher.find(t)
            naive_toll_sum(texts)
            res = {"secs": time.perf_counter() - t0}
        res["articles"] = len(texts)
        res["kb"] = sum(len(t) for t in texts) / len(texts) / 1000
    elif name == "toggle":
        from dashboard import measure_toggle
        res = measure_toggle()
    else:
        raise SystemExit(f"unknown step {name}")
    res["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(res))
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--skip-cold", action="store_true", help="skip the cold gazetteer build (~25 s)")
    ap.add_argument("--step", help=argparse.SUPPRESS)
    ap.add_argument("--arg", default="", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.step:
        run_step(args.step, args.arg)
        return
    rows = []
    if not args.skip_cold:
        with tempfile.TemporaryDirectory() as tmp:
            r = step("cold", tmp)
        rows.append(("gazetteer cold build", f"{r['secs']:.1f} s", "", f"{r['peak_mb']:.0f} MB", f"{r['places']:,} places"))
    step("warm", "")
    r = min((step("warm", "") for _ in range(3)), key=lambda r: r["secs"])
    rows.append(("gazetteer warm start (best of 3)", f"{r['secs']:.2f} s", "", f"{r['peak_mb']:.0f} MB", "from the cache"))
    rates = {}
    for n in args.sizes:
        g, b = step("geo", str(n)), step("naive", str(n))
        rates[n] = (g["secs"], b["secs"])
        rows.append((f"full pipeline, {n:,} synthetic articles", f"{n / g['secs']:,.0f} articles/s",
                     f"{n / b['secs']:,.0f} articles/s (geo {b['secs'] / g['secs']:.2f}x its speed)", f"{g['peak_mb']:.0f} MB / {b['peak_mb']:.0f} MB",
                     f"~{g['kb']:.1f} KB each; {g['claims']:,} claims, {g['incidents']:,} incidents"))
    if len(args.sizes) >= 2:
        lo, hi = min(args.sizes), max(args.sizes)
        rows.append((f"time growth {lo:,} -> {hi:,} articles", f"x{rates[hi][0] / rates[lo][0]:.1f}",
                     f"x{rates[hi][1] / rates[lo][1]:.1f}", "", f"linear = x{hi / lo:.0f}"))
    t = step("toggle", "")
    rows.append(("dashboard: source toggle, server side", f"{t['total']:,.0f} ms", "", f"{t['peak_mb']:.0f} MB",
                 f"{t['incidents']:,} incidents / {t['localities']:,} places; reconcile {t['rec']:.0f} ms, "
                 f"map {t['map']:.0f} ms, streamlit-folium {t['send']:.0f} ms, table {t['tables']:.0f} ms"))
    head = ("", "geo", "naive baseline", "peak memory", "")
    w = [max(len(str(r[i])) for r in rows + [head]) for i in range(5)]
    for r in [head, *rows]:
        print("  ".join(str(x).ljust(w[i]) for i, x in enumerate(r)).rstrip())


if __name__ == "__main__":
    main()
