"""Speed and memory of geo beside the naive baseline, printed as one table.

    python bench/speed.py [--sizes 1000 10000] [--skip-cold] [--jobs N]
    python bench/speed.py --scale 100000        # --dask local on 100,000 articles (~22 min here)

- gazetteer: cold build (fresh cache), warm start, peak memory (each in its own process);
- whole process, start to written export: ``geo extract FOLDER -o out.csv`` with ``--jobs 1``,
  with all cores (``--jobs N``) and on a Dask LocalCluster (``--dask local``), beside the naive baseline as a whole process
  (``python bench/baseline.py FOLDER out.csv``: cities500 name matcher + toll regex), on
  synthetic news-like corpora of 1,000 and 10,000 articles generated at run time from the
  bundled articles (sentences reshuffled, place names and numbers swapped; written to a
  temporary folder and deleted after), and how time grows from the smaller corpus to the
  larger; the geo exports are compared (``--jobs`` and ``--dask`` must not change a byte);
- dashboard: server-side time of a source toggle at 10,000 incidents over 2,000 places, with
  sources spread over many countries (the worst case) and with each source in one country
  (``bench/dashboard.py``);
- peak memory of each step (each step runs in its own process; with workers, the largest).
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
        names = sorted({m.text for m in resolver.resolve(a).mentions}, key=lambda s: (-len(s), s))  # (ties by text: a set's order changes between processes)
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


def whole_process(cmd: list[str]) -> dict:
    """Wall time and peak memory (the largest of the process and its workers) of ``cmd``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    secs = time.perf_counter() - t0
    err = proc.stderr.read().decode(errors="replace")
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed: {err[-2000:]}")
    return {"secs": secs, "peak_mb": usage.ru_maxrss / 1024, "stderr": err}


def whole_runs(n: int, jobs: int, dask: bool = True) -> dict:
    """geo extract (--jobs 1, --jobs ``jobs``, --dask local) and the naive tool on ``n``
    synthetic articles."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        texts = synthetic_texts(n)
        for k, t in enumerate(texts):
            (folder / f"{k:07d}.txt").write_text(t, encoding="utf-8")
        geo = [sys.executable, "-m", "geo", "extract", str(folder), "--level", "claim", "-o"]
        out = {"kb": sum(len(t) for t in texts) / n / 1000}
        out["one"] = whole_process([*geo, f"{tmp}/one.csv", "--jobs", "1"])
        out["all"] = whole_process([*geo, f"{tmp}/all.csv", "--jobs", str(jobs)])
        out["same"] = Path(f"{tmp}/one.csv").read_bytes() == Path(f"{tmp}/all.csv").read_bytes()
        out["naive"] = whole_process([sys.executable, str(ROOT / "bench" / "baseline.py"), str(folder), f"{tmp}/naive.csv"])
        if dask:
            out["dask"] = whole_process([*geo, f"{tmp}/dask.csv", "--dask", "local", "--jobs", str(jobs)])
            out["dask_same"] = Path(f"{tmp}/one.csv").read_bytes() == Path(f"{tmp}/dask.csv").read_bytes()
        out["summary"] = out["one"]["stderr"].strip().splitlines()[-1]
    return out


def scale(n: int, jobs: int) -> None:
    """``geo extract --dask local`` on ``n`` synthetic articles: time, throughput, the largest
    process's peak memory, the claims' Parquet size."""
    from geo.workers import default_jobs

    jobs = jobs or default_jobs()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        t0 = time.perf_counter()
        for k, t in enumerate(synthetic_texts(n)):
            (folder / f"{k // 1000:04d}" / f"{k:07d}.txt").parent.mkdir(exist_ok=True)
            (folder / f"{k // 1000:04d}" / f"{k:07d}.txt").write_text(t, encoding="utf-8")
        made = time.perf_counter() - t0
        r = whole_process([sys.executable, "-m", "geo", "extract", str(folder), "-o", f"{tmp}/map.gpkg", "--dask", "local",
                           "--jobs", str(jobs)])
        parquet = sum(f.stat().st_size for f in Path(f"{tmp}/map.gpkg.claims").rglob("*.parquet"))
        print(f"{n:,} synthetic articles (written in {made:.0f} s), geo extract --dask local --jobs {jobs} -> GeoPackage: "
              f"{r['secs']:.0f} s, {n / r['secs']:.1f} articles/s, largest process {r['peak_mb']:.0f} MB, "
              f"claims Parquet {parquet / 1e6:.0f} MB, GeoPackage {Path(f'{tmp}/map.gpkg').stat().st_size / 1e6:.0f} MB")
        print(r["stderr"].strip().splitlines()[-1])


def run_step(name: str, arg: str) -> dict:
    t0 = time.perf_counter()
    if name in ("cold", "warm"):
        from geo.gazetteer import Gazetteer
        g = Gazetteer.load()
        res = {"secs": time.perf_counter() - t0, "source": g.stats.source, "places": len(g)}
    elif name == "toggle":
        from dashboard import measure_toggle
        res = measure_toggle(by_country=arg == "by-country")
    else:
        raise SystemExit(f"unknown step {name}")
    res["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(res))
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--skip-cold", action="store_true", help="skip the cold gazetteer build (~25 s)")
    ap.add_argument("--jobs", type=int, default=0, help="worker processes for the second geo run (default: all cores)")
    ap.add_argument("--step", help=argparse.SUPPRESS)
    ap.add_argument("--arg", default="", help=argparse.SUPPRESS)
    ap.add_argument("--scale", type=int, help="only time --dask local on this many synthetic articles (e.g. 100000)")
    args = ap.parse_args()
    if args.step:
        run_step(args.step, args.arg)
        return
    if args.scale:
        scale(args.scale, args.jobs)
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
    from geo.workers import default_jobs
    jobs = args.jobs or default_jobs()
    for n in args.sizes:
        r = whole_runs(n, jobs)
        one, many, naive = r["one"], r["all"], r["naive"]
        rates[n] = (one["secs"], naive["secs"], many["secs"])
        found = r["summary"].split(", ", 2)[-1].split(" -> ")[0]
        rows.append((f"geo extract, whole process, {n:,} articles, --jobs 1", f"{n / one['secs']:,.0f} articles/s",
                     f"{n / naive['secs']:,.0f} articles/s (geo {naive['secs'] / one['secs']:.2f}x its speed)",
                     f"{one['peak_mb']:.0f} MB / {naive['peak_mb']:.0f} MB", f"~{r['kb']:.1f} KB each; {found}"))
        rows.append((f"geo extract, whole process, {n:,} articles, --jobs {jobs}", f"{n / many['secs']:,.0f} articles/s",
                     f"(geo {naive['secs'] / many['secs']:.2f}x its speed)", f"{many['peak_mb']:.0f} MB per process",
                     f"x{one['secs'] / many['secs']:.2f} the speed of --jobs 1 on {jobs} cores; "
                     f"output {'identical' if r['same'] else 'DIFFERENT'}"))
        d = r["dask"]
        rows.append((f"geo extract, whole process, {n:,} articles, --dask local ({jobs} workers)",
                     f"{n / d['secs']:,.0f} articles/s", f"(geo {naive['secs'] / d['secs']:.2f}x its speed)",
                     f"{d['peak_mb']:.0f} MB largest process", f"x{one['secs'] / d['secs']:.2f} the speed of --jobs 1; "
                     f"output {'identical' if r['dask_same'] else 'DIFFERENT'}"))
    if len(args.sizes) >= 2:
        lo, hi = min(args.sizes), max(args.sizes)
        rows.append((f"time growth {lo:,} -> {hi:,} articles (--jobs 1)", f"x{rates[hi][0] / rates[lo][0]:.1f}",
                     f"x{rates[hi][1] / rates[lo][1]:.1f}", "", f"linear = x{hi / lo:.0f}"))
    for arg, what in (("", "200 sources each reporting from ~40 countries"), ("by-country", "sources each reporting from one country")):
        t = step("toggle", arg)
        rows.append((f"dashboard: source toggle, server side ({what})", f"{t['total']:,.0f} ms", "", f"{t['peak_mb']:.0f} MB",
                     f"{t['incidents']:,} incidents / {t['localities']:,} places; reconcile {t['rec']:.0f} ms, "
                     f"map {t['map']:.0f} ms, streamlit-folium {t['send']:.0f} ms, table {t['tables']:.0f} ms"))
    head = ("", "geo", "naive baseline", "peak memory", "")
    w = [max(len(str(r[i])) for r in rows + [head]) for i in range(5)]
    for r in [head, *rows]:
        print("  ".join(str(x).ljust(w[i]) for i, x in enumerate(r)).rstrip())


if __name__ == "__main__":
    main()
