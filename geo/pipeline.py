"""The whole chain in two calls, for the CLI and the dashboard.

``read_corpus`` does the expensive, per-article part once (places and claims);
``build_map`` does the cheap part (reconciliation and localities) for any selection of
sources and any toll rule, so toggling a source never re-reads an article.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable

from geo import parts
from geo.articles import MAX_BYTES, Article, ArticleFile, read_article
from geo.claims import Claim, extract_claims
from geo.corrections import Correction, Corrections, correct_claims, fix_places
from geo.exc import ArticleError
from geo.gazetteer import Gazetteer
from geo.geometry import BOX_PREFIX, area_of, contains, in_box, parse_box
from geo.vocab import PlaceKind
from geo.localities import Locality
from geo.reconcile import DEFAULT_RULE, Incident
from geo.toponyms import ArticlePlaces, ToponymResolver
from geo.workers import pool_map, state_for


@dataclass
class Corpus:
    """Articles with their place mentions and claims (the per-article work, done once)."""

    articles: list[Article]
    places: list[ArticlePlaces]
    claims: list[Claim]
    errors: list[ArticleError] = field(default_factory=list)
    dismissed: list[tuple[Claim, Correction]] = field(default_factory=list)
    _by_id: dict[str, Article] = field(default_factory=dict, init=False, repr=False, compare=False)

    def article(self, article_id: str) -> Article | None:
        if len(self._by_id) != len(self.articles):  # built on first use, rebuilt if articles grew
            self._by_id = {a.id: a for a in self.articles}
        return self._by_id.get(article_id)


@dataclass
class MapData:
    """What the map shows for one selection of sources under one rule."""

    claims: list[Claim]
    incidents: list[Incident]
    localities: list[Locality]
    rule: str
    sources: list[str]
    gaz: Gazetteer | None = field(default=None, repr=False, compare=False)  # what it was built with


@dataclass(frozen=True)
class Limits:
    """How much of one article is read, so that one pathological file cannot hold a shared
    server for the others. What is beyond a limit stays in the article (and the store); it is
    not read, and the article says so in its notes."""

    max_chars: int = 300_000       # ~50 long news articles; a real one is 3-30 thousand
    seconds: float | None = 20.0   # per article (places and claims), checked between sentences


DEFAULT_LIMITS = Limits()


def _capped(a: Article, max_chars: int) -> Article:
    """``a`` reading at most ``max_chars`` characters of its segments (cut at a space)."""
    total = sum(e - s for s, e in a.segments)
    if total <= max_chars:
        return a
    segs, left = [], max_chars
    for s, e in a.segments:
        if left <= 0:
            break
        if e - s > left:
            cut = a.text.rfind(" ", s, s + left)
            e = cut if cut > s else s + left
        segs.append((s, e))
        left -= e - s
    note = f"only the first {max_chars:,} of its {total:,} characters were read (the limit per article)"
    return replace(a, segments=segs, notes=[*a.notes, note])


def read_corpus(articles: Iterable[Article | ArticleFile], gaz: Gazetteer, errors: list[ArticleError] | None = None,
                corrections: Corrections | None = None, limits: Limits = DEFAULT_LIMITS,
                memo: dict | None = None, jobs: int = 1, progress: Callable[[str], None] | None = None,
                max_bytes: int = MAX_BYTES) -> Corpus:
    """Places and claims of every article, with the analysts' corrections re-applied.

    ``articles`` are articles, or files to read as articles (``ArticleFile``, at most
    ``max_bytes`` each): a file is read and decoded by the process that reads its places, and
    one that cannot be read is an error of the corpus. ``memo`` (optional, owned by the caller
    and valid for one gazetteer) keeps each article's places and claims under its id and its
    place corrections, so re-processing after a new upload or correction only reads what
    changed. ``jobs`` > 1 reads the articles in that many worker processes
    (``geo.workers``); the corpus is the same as with one. ``progress`` is called with each
    article's path once it is read.
    """
    corrections = corrections or Corrections()
    errors = list(errors or [])
    seen: set[str] = set()
    order: list[tuple[tuple | None, object, ArticleFile | None]] = []   # (memo key, result or None = to read, file)
    todo: list[tuple[Article | ArticleFile, list[Correction], Limits, int]] = []
    for a in articles:
        if isinstance(a, ArticleFile):  # its id is known once it is read
            todo.append((a, [], limits, max_bytes))
            order.append((None, None, a))
            continue
        if a.id in seen:  # the same text twice (two files, or one uploaded again) is one source
            continue
        seen.add(a.id)
        fixes = corrections.place_fixes(a.id)
        key = (a.id, tuple(f.uid for f in fixes), limits)
        hit = memo.get(key) if memo is not None else None
        if hit is None:
            todo.append((a, fixes, limits, max_bytes))
        order.append((key, hit, None))
    fresh = pool_map(read_one, todo, gaz, jobs)
    arts, places, claims = [], [], []
    kept_ids: set[str] = set()
    for key, hit, file in order:
        if hit is None:
            hit = next(fresh)
            if file is not None:
                if not isinstance(hit, ArticleError) and hit[0].id not in kept_ids:
                    hit = with_place_fixes(hit, file, corrections, limits, max_bytes, state_for(gaz))
            elif memo is not None:
                memo[key] = hit
        if progress is not None:
            progress(hit.path if isinstance(hit, ArticleError) else hit[0].path)
        if isinstance(hit, ArticleError):
            errors.append(hit)
            continue
        if hit[0].id in kept_ids:  # a file's text seen before (its id is known once it is read)
            continue
        kept_ids.add(hit[0].id)
        a, p, found = hit
        arts.append(a)
        places.append(p)
        claims.extend(found)
    fresh.close()  # the workers (all their results are in) stop
    kept, dismissed = correct_claims(claims, corrections)
    return Corpus(arts, places, kept, errors, dismissed)


def read_one(job: tuple[Article | ArticleFile, list[Correction], Limits, int], st: dict
             ) -> tuple[Article, ArticlePlaces, list[Claim]] | ArticleError:
    """Places and claims of one article or file (in whichever process runs it, ``st`` its
    gazetteer and resolver), or the error that stopped it: one article that cannot be read or
    breaks a rule's assumptions stops nothing else."""
    a, fixes, limits, max_bytes = job
    if isinstance(a, ArticleFile):
        try:
            a = read_article(a.path, a.meta, max_bytes=max_bytes, name=a.name, root=a.root)
        except ArticleError as e:
            return e
    try:
        return _read_one(a, st["resolver"], st["gaz"], fixes, limits)
    except Exception as e:
        return ArticleError(a.path, f"could not be processed ({type(e).__name__}: {str(e)[:200]}); "
                                    "the other articles were read. Please report this file.")


def with_place_fixes(hit, file: ArticleFile, corrections: Corrections, limits: Limits, max_bytes: int, st: dict):
    """``hit``, what ``read_one`` gave for ``file`` read without corrections; or, when the
    analysts corrected a place of that article, the file read again with those corrections
    (a file's id is known only once it is read; place corrections are few)."""
    if isinstance(hit, ArticleError):
        return hit
    fixes = corrections.place_fixes(hit[0].id)
    return read_one((file, fixes, limits, max_bytes), st) if fixes else hit


def _read_one(a: Article, resolver: ToponymResolver, gaz: Gazetteer, fixes: list[Correction],
              limits: Limits) -> tuple[Article, ArticlePlaces, list[Claim]]:
    """Places and claims of one article, within its limits; notes on what was not read."""
    a = _capped(a, limits.max_chars)
    deadline = time.monotonic() + limits.seconds if limits.seconds else None
    p = resolver.resolve(a, deadline)
    missing = fix_places(p, fixes, gaz) if fixes else []
    notes: list[str] = []
    found = extract_claims(p, gaz, deadline, notes)
    notes += [f"a place correction ({fix.describe()}) no longer matches a name in this article" for fix in missing]
    if p.read_to is not None:
        notes.append(f"the time budget of {limits.seconds:g} s per article ran out: characters from "
                     f"{p.read_to:,} on were not read")
    if notes:  # a copy: the caller's article stays as it was
        a = replace(a, notes=[*a.notes, *notes])
        p.article = a
    p.sentences = None  # the claim finder's, read: not kept with the corpus
    return a, p, found


# Notes that tell a user something was not read, or not taken (the others say how a file was
# decoded): shown on the page and printed by the CLI.
_ATTENTION = ("limit", "budget", "no longer matches", "were ignored")


def map_counts(claims: list[Claim], incidents: list[Incident], localities: list[Locality]) -> dict[str, int]:
    """What a map holds, as the last line of ``extract`` says it: claims, tolls, incidents,
    localities, killed (best, counted once)."""
    return {"claims": len(claims), "tolls": sum(c.is_toll for c in claims), "incidents": len(incidents),
            "localities": len(localities), "killed": sum(loc.killed() or 0 for loc in localities)}


def attention_notes(a: Article | list[str]) -> list[str]:
    """The notes of article ``a`` (or those notes) that a user should see (a limit hit,
    figures refused, a correction that no longer applies)."""
    return [n for n in (a if isinstance(a, list) else a.notes) if any(k in n for k in _ATTENTION)]


def select_sources(corpus: Corpus, wanted: Iterable[str] | None) -> list[str]:
    """Article ids for ``wanted``: ids, id prefixes, file names or outlets; all when None."""
    if wanted is None:
        return [a.id for a in corpus.articles]
    keys = {w.strip() for w in wanted if w.strip()}
    prefixes = tuple(keys)  # (str.startswith of a tuple: a dashboard's 2,000 sources by 2,000 ids in C)
    return [a.id for a in corpus.articles
            if a.id in keys or a.path in keys or a.path.rsplit("/", 1)[-1] in keys or (a.outlet or "") in keys
            or a.id.startswith(prefixes)]


def build_map(corpus: Corpus, gaz: Gazetteer, rule: str = DEFAULT_RULE, sources: Iterable[str] | None = None) -> MapData:
    """Reconcile the claims of the selected sources (all when None) and aggregate them."""
    ids = set(select_sources(corpus, sources) if sources is not None else [a.id for a in corpus.articles])
    claims = [c for c in corpus.claims if c.article_id in ids]
    incidents, localities = parts.build(claims, gaz, rule, corpus.claims, ids)  # (reconcile and aggregate, part by part)
    return MapData(claims, incidents, localities, rule, sorted(ids), gaz)


def filter_claims(claims: list[Claim], reporters: Iterable[str] | None = None, event_types: Iterable[str] | None = None,
                  victims: Iterable[str] | None = None, dates: tuple[str, str] | None = None) -> list[Claim]:
    """Claims whose reporter, event type, victim category and date pass the filters (None =
    no filter). An undated claim passes a date filter: its date is unknown, not outside."""
    rs = set(reporters) if reporters is not None else None
    es = set(event_types) if event_types is not None else None
    vs = set(victims) if victims is not None else None
    out = []
    for c in claims:
        if rs is not None and (c.reported_by or "unattributed") not in rs:
            continue
        if es is not None and c.event_type not in es:
            continue
        if vs is not None and c.is_toll and c.victims not in vs:
            continue
        if dates is not None and c.date_start and ((c.date_end or c.date_start) < dates[0] or c.date_start > dates[1]):
            continue
        out.append(c)
    return out


def area_choices(claims: list[Claim], gaz: Gazetteer) -> list[tuple[str, str]]:
    """The countries and first-order areas the claims' places lie in, as ``(place id, label)``
    (each country, then its areas by name): the areas a page offers to narrow the map to."""
    countries: set[str] = set()
    admin1: set[tuple[str, str]] = set()
    for place_id, cc in {(c.place_id, c.country) for c in claims}:
        area = area_of(place_id, gaz)
        if area is not None and area.country:
            countries.add(area.country)
            if area.admin1 and area.kind != PlaceKind.COUNTRY:
                admin1.add((area.country, area.admin1))
        elif cc:  # (a toll no place could be given to, counted in its country)
            countries.add(cc)
    out = []
    named = sorted(((p.name, p.id, p) for cc in countries if (p := gaz.country_place(cc)) is not None),
                   key=lambda t: t[:2])
    for name, _, country in named:
        out.append((country.id, name))
        inside = sorted((p.name, p.id) for cc, code in admin1 if cc == country.country
                        and (p := gaz.get(f"a1:{cc}.{code}")) is not None)
        out.extend((pid, f"{n}, {name}") for n, pid in inside)
    return out


def box_label(area_id: str) -> str | None:
    """How a page names a box drawn on the map ("Drawn on the map: 34.5°N 35.7°E – 36.0°N 36.6°E");
    None when ``area_id`` is no box."""
    box = parse_box(area_id)
    if box is None:
        return None
    s, w, n, e = box
    lat = lambda v: f"{abs(v):.2f}°{'N' if v >= 0 else 'S'}"  # noqa: E731
    lon = lambda v: f"{abs(v):.2f}°{'E' if v >= 0 else 'W'}"  # noqa: E731
    return f"Drawn on the map: {lat(s)} {lon(w)} – {lat(n)} {lon(e)}"


def in_area(claims: list[Claim], area_id: str | None, gaz: Gazetteer) -> list[Claim]:
    """The claims about the area ``area_id`` or a place inside it (a country's: also its tolls
    no place could be given to); all of them when ``area_id`` is None. A box drawn on the map
    (``geometry.box_id``) holds the claims about places in it (``geometry.in_box``)."""
    if not area_id:
        return list(claims)
    if area_id.startswith(BOX_PREFIX):  # an area drawn on the map: the claims about a place in it
        box = parse_box(area_id)
        held: dict[str | None, bool] = {}
        out = []
        for c in claims:
            if c.place_id not in held:
                held[c.place_id] = box is not None and in_box(box, c.place_id, gaz)
            if held[c.place_id]:
                out.append(c)
        return out
    area = area_of(area_id, gaz)
    if area is None:
        return []
    country = area.country if area.kind == PlaceKind.COUNTRY else None
    inside: dict[str | None, bool] = {}
    out = []
    for c in claims:
        if c.place_id not in inside:
            inside[c.place_id] = c.place_id == area_id or contains(area_id, c.place_id, gaz)
        if inside[c.place_id] or (c.place_id is None and country and c.country == country):
            out.append(c)
    return out


def toll_versions(incidents: list[Incident]) -> list[dict]:
    """Rows for a chart of each reporter's figures per incident (the 120 -> 150 -> 210 kind),
    in report order: by date when known, else by figure (running counts grow)."""
    rows = []
    for i in incidents:
        if not i.outcome or len({v.best for v in i.versions}) < 2:
            continue
        label = f"{i.name}: {i.outcome} {i.victims}"
        for step, v in enumerate(sorted(i.versions, key=lambda v: (v.date or "9999", v.best))):
            rows.append({"incident": label, "reporter": v.reporter or "unattributed", "value": v.best,
                         "date": v.date, "step": step + 1, "article_id": v.article_id})
    return rows


def conflicts(incidents: list[Incident]) -> list[dict]:
    """One row per version of every incident whose sources disagree."""
    return [{"incident": f"{i.name}: {i.outcome} {i.victims}", "reporter": v.reporter or "unattributed",
             "value": v.best, "qualifier": v.qualifier, "date": v.date, "article_id": v.article_id,
             "sentence": v.sentence}
            for i in incidents if i.conflicting for v in i.versions]
