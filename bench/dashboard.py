"""Server-side cost of a dashboard rerun after a source toggle, at scale.

    python bench/dashboard.py [--incidents 10000] [--localities 2000] [--sources 200]

Builds a synthetic corpus of claims (random GeoNames localities, reporters, figures) that
reconciles into about ``--incidents`` incidents over ``--localities`` places, then times what
a toggle re-runs: reconciliation + localities (``geo.pipeline.build_map``), the folium map
(``geo.mapview.build_map``) and its rendering to HTML (what streamlit-folium sends).
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.articles import Article  # noqa: E402
from geo.claims import Claim  # noqa: E402
from geo.gazetteer import LOCALITY, Gazetteer  # noqa: E402
from geo.mapview import build_map as build_folium  # noqa: E402
from geo.pipeline import Corpus, build_map  # noqa: E402

VICTIMS = ("civilians", "security forces", "fighters", "total")
REPORTERS = ("Example Monitor", "Health Ministry", "Defence Ministry", "Local activists", "UN agency")


def synthetic_corpus(gaz: Gazetteer, n_incidents: int, n_places: int, n_sources: int, seed: int = 1) -> Corpus:
    rnd = random.Random(seed)
    localities = [i for i in range(len(gaz.ids)) if gaz.kind[i] == LOCALITY]
    places = [gaz.place(i) for i in rnd.sample(localities, n_places)]
    articles = [Article(id=f"{k:016x}", path=f"synthetic/{k}.txt", text="x", outlet=f"outlet{k % 20}.example",
                        title=f"Report {k}") for k in range(n_sources)]
    claims = []
    for k in range(n_incidents):
        p = places[k % n_places]
        victims = VICTIMS[(k // n_places) % len(VICTIMS)]
        outcome = "killed" if (k // (n_places * len(VICTIMS))) % 2 == 0 else "wounded"
        for v in range(rnd.randint(1, 3)):  # 1-3 versions per incident from different sources
            a = articles[rnd.randrange(n_sources)]
            best = rnd.randint(1, 60)
            sentence = f"{best} {victims} were {outcome} in {p.name}, {REPORTERS[v % 5]} said."
            claims.append(Claim(
                claim_id=f"c{k}-{v}", article_id=a.id, path=a.path, event_type="killing/massacre",
                acled_event_type="Violence against civilians", acled_sub_event_type="Attack", outcome=outcome,
                victims=victims, low=best, best=best, high=best, qualifier="exact", vague=False, count_text=str(best),
                incident_count=None, place_id=p.id, place_name=p.name, place_kind=p.kind, precision=2, lat=p.lat,
                lon=p.lon, country=p.country, admin1=p.admin1_name, parts=(), place_mentions=[], date_start=None,
                date_end=None, date_text="", reported_by=REPORTERS[v % 5], reporter_kind="other", relayed_by="",
                attribution="", sentence=sentence, sentence_start=0, sentence_end=len(sentence), start=0, end=3,
                published=None, outlet=a.outlet))
    return Corpus(articles, [], claims)


def timed(fn, repeat: int = 3):
    best = float("inf")
    out = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--incidents", type=int, default=10_000)
    ap.add_argument("--localities", type=int, default=2_000)
    ap.add_argument("--sources", type=int, default=200)
    args = ap.parse_args()
    gaz = Gazetteer.load()
    corpus = synthetic_corpus(gaz, args.incidents, args.localities, args.sources)
    selection = [a.id for a in corpus.articles[1:]]  # one source unchecked
    t_rec, data = timed(lambda: build_map(corpus, gaz, "latest", selection))
    t_map, fmap = timed(lambda: build_folium(data, corpus, gaz, ("localities", "regions")))
    t_html, html = timed(lambda: fmap.get_root().render(), repeat=1)
    rows = [
        ("claims / incidents / localities", f"{len(data.claims):,} / {len(data.incidents):,} / {len(data.localities):,}"),
        ("reconcile + localities after a toggle", f"{t_rec * 1000:,.0f} ms"),
        ("folium map (popups, styles)", f"{t_map * 1000:,.0f} ms"),
        ("render to HTML (sent to the browser)", f"{t_html * 1000:,.0f} ms, {len(html) / 1e6:.1f} MB"),
        ("total server time per toggle", f"{(t_rec + t_map + t_html) * 1000:,.0f} ms"),
        ("process peak memory", f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"),
    ]
    w = max(len(r[0]) for r in rows)
    for name, value in rows:
        print(f"{name:<{w}}  {value}")


if __name__ == "__main__":
    main()
