"""A big project: the claims ``geo extract --dask --claims-dir DIR`` wrote, opened for the page.

Reading 100,000 articles takes hours on one core; the dashboard should not do it at its first
page load. A claims folder holds what that reading found (``geo.cluster``): each article's row
(``_articles/``: where it came from, its notes) and every claim, Parquet, partitioned by
country. ``open_claims_dir`` turns it back into a ``Corpus`` whose claims are those of
reading the articles in one process (the same claims, in the same order) and whose articles
are their rows: no text (each claim keeps its sentence and span), no place mentions (a place
correction needs the text: it is made on an upload, or by extracting again). The claims
were written with the store's corrections of that time; the page applies the store's
corrections again, so one dismissed since is dismissed on the map too.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from geo.articles import Article
from geo.corrections import Corrections, correct_claims
from geo.cluster import ARTICLES, DONE, LEAD, MARKER, NOTES, SEQ, claims_from_table
from geo.exc import ArticleError, ProjectError
from geo.pipeline import Corpus


def _date(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def _article(row: dict) -> Article:
    return Article(id=row["article_id"], path=row["path"], text="", title=row.get("title"), outlet=row.get("outlet"),
                   url=row.get("url"), published=_date(row.get("published")), encoding=row.get("encoding") or "utf-8",
                   notes=json.loads(row.get(NOTES) or "[]"), lead=row.get(LEAD) or "",
                   sizes=(row.get("characters") or 0, row.get("repeated_characters_dropped") or 0))


def check_claims_dir(path: str | Path) -> Path:
    """``path`` as a claims folder a finished ``geo extract --dask`` wrote, or ProjectError."""
    root = Path(path)
    if not root.is_dir():
        raise ProjectError(f"{root} is not a folder: give the --claims-dir of a geo extract --dask run")
    if not (root / MARKER).exists():
        raise ProjectError(f"{root} was not written by geo extract --dask (no {MARKER} file in it)")
    if not (root / DONE).exists():
        raise ProjectError(f"the geo extract --dask run writing {root} did not finish (no {DONE} file): "
                           "run it again")
    return root


def run_stamp(path: str | Path) -> int:
    """When the run that wrote the claims folder ``path`` finished (its finish mark's time, ns):
    what tells one run's claims from the next's. ProjectError as ``check_claims_dir``."""
    return (check_claims_dir(path) / DONE).stat().st_mtime_ns


def open_claims_dir(path: str | Path) -> Corpus:
    """The corpus of a claims folder (see the module docstring): articles in input order, a
    text given twice counted once (its first file), the run's unreadable files as errors."""
    import pyarrow.parquet as pq

    root = check_claims_dir(path)
    try:
        done = json.loads((root / DONE).read_text(encoding="utf-8"))
        dropped = set(done["dropped"])  # (the texts given twice after their first file: the run found them)
        rows = sorted((r for part in sorted((root / ARTICLES).glob("part-*.parquet")) for r in pq.read_table(part).to_pylist()
                       if r[SEQ] not in dropped), key=lambda r: r[SEQ])
        articles, kept = [_article(r) for r in rows], {r[SEQ] for r in rows}
        found = []
        for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name.startswith("country=")):
            for part in sorted(folder.glob("part-*.parquet")):
                found.extend(t for t in claims_from_table(pq.read_table(part)) if t[0] in kept)
    except (OSError, ValueError, KeyError, TypeError) as e:  # (pyarrow's errors are ValueError / OSError)
        raise ProjectError(f"{root} could not be read ({type(e).__name__}: {str(e)[:200]})") from e
    found.sort(key=lambda t: (t[0], t[1]))
    errors = [ArticleError(p, m) for p, m in done.get("errors", [])]
    return Corpus(articles, [], [c for _, _, c in found], errors)


def with_uploads(project: Corpus, uploads: Corpus, corrections: Corrections) -> Corpus:
    """The project's corpus with articles read since (``uploads``, read with ``corrections``),
    and the store's corrections applied again to the project's claims. A text in both is one
    source: the project's (its first file)."""
    ids = {a.id for a in project.articles}
    kept, dismissed = correct_claims(project.claims, corrections)
    new = [a for a in uploads.articles if a.id not in ids]
    new_ids = {a.id for a in new}
    return Corpus(project.articles + new, [p for p in uploads.places if p.article.id in new_ids],
                  kept + [c for c in uploads.claims if c.article_id in new_ids], project.errors + uploads.errors,
                  dismissed + [d for d in uploads.dismissed if d[0].article_id in new_ids])
