"""Speed of the gazetteer, the place matcher and the whole chain (bench/speed.py comes later).

    python bench/places.py [--cold] [--repeat N]

Prints: gazetteer cold build (with --cold, in a temporary cache), warm start, memory, and
place-mention throughput over the bundled articles repeated N times (single process).
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SNIPPET = """
import time, resource, sys
t0 = time.perf_counter()
from geo.gazetteer import Gazetteer
g = Gazetteer.load()
t1 = time.perf_counter()
print(f"{g.stats.source} {t1 - t0:.3f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} {len(g)}")
"""


def gazetteer_start(env: dict) -> tuple[str, float, float, int]:
    out = subprocess.run([sys.executable, "-c", SNIPPET], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    src, secs, mb, n = out.stdout.split()
    return src, float(secs), float(mb), int(n)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cold", action="store_true", help="also time a cold build in a fresh cache")
    ap.add_argument("--repeat", type=int, default=200, help="times to run over the bundled articles")
    args = ap.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    rows = []
    if args.cold:
        with tempfile.TemporaryDirectory() as tmp:
            cold_env = dict(env, GEO_CACHE_DIR=tmp)
            src, secs, mb, n = gazetteer_start(cold_env)
            rows.append(("gazetteer cold build (process start to usable)", f"{secs:.1f} s", f"peak {mb:.0f} MB, {n:,} places"))
    gazetteer_start(env)  # make sure the cache exists
    src, secs, mb, n = min((gazetteer_start(env) for _ in range(3)), key=lambda r: r[1])
    rows.append(("gazetteer warm start (import + load, best of 3)", f"{secs:.2f} s", f"peak {mb:.0f} MB, source={src}"))

    from geo.articles import load_articles
    from geo.gazetteer import Gazetteer
    from geo.toponyms import ToponymResolver

    articles, _ = load_articles([ROOT / "data" / "articles"])
    resolver = ToponymResolver(Gazetteer.load())
    resolver.resolve(articles[0])  # warm the word-key caches as a long run would
    t0 = time.perf_counter()
    n_mentions = 0
    for _ in range(args.repeat):
        for a in articles:
            n_mentions += len(resolver.resolve(a).mentions)
    dt = time.perf_counter() - t0
    n = args.repeat * len(articles)
    kb = sum(len(a.text) for a in articles) / len(articles) / 1000
    rows.append(("place mentions, bundled articles", f"{n / dt:,.0f} articles/s",
                 f"{n} articles of ~{kb:.1f} KB, {n_mentions / n:.0f} mentions each, {dt * 1000 / n:.2f} ms/article"))
    from geo.pipeline import build_map, read_corpus

    t0 = time.perf_counter()
    reps = max(1, args.repeat // 4)
    for _ in range(reps):
        corpus = read_corpus(articles, resolver.gaz)
        data = build_map(corpus, resolver.gaz)
    dt = time.perf_counter() - t0
    n = reps * len(articles)
    rows.append(("full pipeline (places, claims, reconcile, localities)", f"{n / dt:,.0f} articles/s",
                 f"{len(corpus.claims)} claims, {len(data.incidents)} incidents, {len(data.localities)} localities per run"))
    t0 = time.perf_counter()
    for _ in range(20):
        build_map(corpus, resolver.gaz, sources=[a.id for a in articles[1:]])
    rows.append(("rebuild after a source toggle (reconcile + localities)", f"{(time.perf_counter() - t0) / 20 * 1000:.1f} ms",
                 f"{len(corpus.claims)} claims"))
    rows.append(("process peak memory", f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB", ""))
    w = max(len(r[0]) for r in rows)
    for r in rows:
        print(f"{r[0]:<{w}}  {r[1]:>18}  {r[2]}")


if __name__ == "__main__":
    main()
