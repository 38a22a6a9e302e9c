"""What each article alone reports: its tolls counted once within it, and where it happened.

A map reconciles all sources together; an analyst also wants each source's own account (the
dashboard's source list, the ``article`` export level, and the tolls benchmark, which scores
one text at a time). ``article_reports`` reconciles and counts each article's claims on their
own, with the same rules as the map (``geo.reconcile``, ``geo.localities``), and picks its main
event place: the place with the most deaths, else the most incidents, else the finest place.
An article whose tolls and events have no place (or that has none: "a bomb exploded in
south Thailand, no one was hurt") still happened somewhere: its main place is then the finest
place it names as a location in its focus country, and when it names none, the one country
the armed groups it names fight in ("Boko Haram gunmen ...", ``geo.actors``), else the one
country its actors belong to ("Iraqi soldiers were executed"), marked by ``place_basis``.
"""
from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from geo.actors import ArmedGroups, default_groups
from geo.claim_places import WHERE_ROLES, body_demonym, distance_anchor, set_out_from
from geo.claims import Claim
from geo.gazetteer import Gazetteer
from geo.localities import Locality, aggregate
from geo.pipeline import Corpus
from geo.precision import precision_for
from geo.reconcile import DEFAULT_RULE, reconcile
from geo.toponyms import ArticlePlaces, Mention
from geo.vocab import Outcome, PlaceBasis, PlaceKind, Victims


@dataclass
class ArticleReport:
    """One article's own figures (counted once within it) and main event place."""

    article_id: str
    path: str
    killed: tuple[int, int, int] | None          # (low, best, high); None: no death toll
    killed_perpetrators: int                      # of killed best: the attackers themselves
    killed_armed: int                             # of killed best: attackers and armed-group fighters
    wounded: tuple[int, int, int] | None
    place_id: str | None = None
    name: str | None = None
    country: str | None = None
    place_kind: str | None = None
    precision: int | None = None
    lat: float | None = None
    lon: float | None = None
    event_types: list[str] = field(default_factory=list)
    date_start: str | None = None
    date_end: str | None = None
    incidents: int = 0
    claims: int = 0
    place_basis: PlaceBasis | None = None

    @property
    def killed_best(self) -> int | None:
        return None if self.killed is None else self.killed[1]


def _sum(locs: list[Locality], outcome: str) -> tuple[int, int, int] | None:
    counted = [loc.counted[outcome] for loc in locs if outcome in loc.counted]
    if not counted:
        return None
    return tuple(sum(c[level] for c in counted) for level in ("low", "best", "high"))  # type: ignore[return-value]


def _main_place(locs: list[Locality]) -> Locality | None:
    placed = [loc for loc in locs if loc.place_kind != PlaceKind.UNLOCATED]
    if not placed:
        return locs[0] if locs else None
    return max(placed, key=lambda loc: (loc.killed() or 0, len(loc.incidents), -(loc.precision or 9)))


def _mentioned_place(places: ArticlePlaces | None, groups: ArmedGroups | None = None
                     ) -> tuple[Mention | None, str, PlaceBasis] | None:
    """Where an article happened when its claims do not say: its finest location mention in
    its focus country (the first of equals), else the one country the armed groups it names
    fight in, else the one country all its actors belong to, else (no actor named) the country of
    its dateline."""
    if places is None:
        return None
    where = [m for m in places.mentions if m.role in WHERE_ROLES]
    # (a town a distance is measured from is not where it happened: "Zorgho-Nabdogo lies about
    # 30 km from Koudougou", with Zorgho-Nabdogo unknown, is only the country's; nor is where a
    # boat set out from: "The boat had left Zuwara ... when it capsized")
    anchored = [distance_anchor(places.article.text, m) or set_out_from(places.article.text, m) for m in where]
    anchors = {m.country for m, a in zip(where, anchored) if a}
    where = [m for m, a in zip(where, anchored) if not a]
    if not where and len(anchors) == 1:
        return None, next(iter(anchors)), PlaceBasis.MENTIONS
    if where:
        focus = places.focus
        top = max((m.country for m in where), key=lambda cc: (focus.get(cc, 0.0), -next(
            k for k, m in enumerate(where) if m.country == cc)))
        inside = [m for m in where if m.country == top]
        best = min(inside, key=lambda m: (m.precision or 9, m.start))
        return best, best.country, PlaceBasis.MENTIONS
    fighting = (groups or default_groups()).countries(places.article.text)
    if len(fighting) == 1:
        return None, next(iter(fighting)), PlaceBasis.GROUPS
    actors = [m for m in places.mentions if m.role == "actor" and not body_demonym(places.article.text, m)]
    if actors and len({m.country for m in actors}) == 1:
        return actors[0], actors[0].country, PlaceBasis.ACTORS
    # the country it was filed from, as a coder would code a note that names no other place (the
    # dateline's town is never where it happened: only its country is taken)
    filed = {m.country for m in places.mentions if m.role == "dateline" and m.country}
    if len(filed) == 1 and not actors:
        return None, next(iter(filed)), PlaceBasis.DATELINE
    return None


def report_for(article_id: str, path: str, claims: list[Claim], gaz: Gazetteer, rule: str = DEFAULT_RULE,
               places: ArticlePlaces | None = None) -> ArticleReport:
    """The report of one article from its claims (and its place mentions, for an article
    whose claims have no place)."""
    incidents = reconcile(claims, gaz, rule)
    locs = aggregate(incidents, gaz)
    perpetrators = sum(i.killed_best or 0 for i in incidents
                       if i.outcome == Outcome.KILLED and i.victims == Victims.PERPETRATORS)
    armed = perpetrators + sum(i.killed_best or 0 for i in incidents
                               if i.outcome == Outcome.KILLED and i.victims == Victims.FIGHTERS)
    main = _main_place(locs)
    # when it happened: a war's or a period's figure ("since 2015") dates the war, not the story
    # (and the days of its tolls, where they have one, not of a background told without a toll:
    # "Fighting ... has raged in Amhara since August last year")
    # (an article with tolls none of which is dated is undated: not dated by a figure of another
    # kind, "Indepaz counted 94 massacres in 2022")
    tolled = any(c.is_toll and not c.cumulative for c in claims)
    dates = sorted(d for c in claims if not c.cumulative and c.is_toll for d in (c.date_start, c.date_end) if d) \
        or sorted(d for c in claims if not c.cumulative and not tolled for d in (c.date_start, c.date_end) if d)
    rep = ArticleReport(article_id, path, _sum(locs, Outcome.KILLED), perpetrators, armed, _sum(locs, Outcome.WOUNDED),
                        event_types=sorted({c.event_type for c in claims}),
                        date_start=dates[0] if dates else None, date_end=dates[-1] if dates else None,
                        incidents=len(incidents), claims=len(claims))
    named = None if main is not None and main.place_kind != PlaceKind.UNLOCATED else _mentioned_place(places)
    if named is not None and (main is None or not main.country or named[1] == main.country):
        m, country, basis = named
        if m is None or basis == PlaceBasis.ACTORS:  # a group's or an actor's country, not a place named
            p = gaz.country_place(country)
            if p is not None:
                _place(rep, basis, p.id, p.name, p.country, PlaceKind.COUNTRY, precision_for(PlaceKind.COUNTRY), p.lat, p.lon)
        else:
            _place(rep, basis, m.place_id, m.name, m.country, m.kind, m.precision, m.lat, m.lon)
    elif main is not None:  # its tolls' place (unlocated, with its country when known, if none has one)
        _place(rep, PlaceBasis.TOLLS, main.place_id, main.name, main.country, main.place_kind, main.precision,
               main.lat, main.lon)
    return rep


def _place(rep: ArticleReport, basis: PlaceBasis, place_id: str | None, name: str | None, country: str | None,
           kind: str | None, precision: int | None, lat: float | None, lon: float | None) -> None:
    """Give a report being built its main place and what that place rests on."""
    rep.place_id, rep.name, rep.country, rep.place_kind = place_id, name, country, kind
    rep.precision, rep.lat, rep.lon, rep.place_basis = precision, lat, lon, basis


def summary(r: ArticleReport) -> str:
    """One line of what an article alone reports: "12 killed (12–20); 30 wounded; main place
    Goma, CD" (a source's help in the dashboard)."""
    parts = []
    if r.killed:
        lo, best, hi = r.killed
        parts.append(f"{best:,} killed" + (f" ({lo:,}–{hi:,})" if (lo, hi) != (best, best) else ""))
    else:
        parts.append("no death toll")
    if r.wounded:
        parts.append(f"{r.wounded[1]:,} wounded")
    if r.name:
        parts.append(f"main place {r.name}" + (f", {r.country}" if r.country else ""))
    elif r.country:
        parts.append(f"in {r.country}, no place named")
    return "; ".join(parts)


class Summaries:
    """What each source alone reports (``summary``), worked out for the sources asked for and
    kept (a big project's page shows a few of its thousands at a time; a small one asks for
    all at once, as before)."""

    def __init__(self, corpus: Corpus, gaz: Gazetteer, rule: str = DEFAULT_RULE):
        self.corpus, self.gaz, self.rule = corpus, gaz, rule
        self._done: dict[str, str] = {}
        self._lock = threading.Lock()

    def of(self, ids: Iterable[str]) -> dict[str, str]:
        ids = list(ids)
        with self._lock:
            missing = [i for i in ids if i not in self._done]
            if missing:
                self._done.update((r.article_id, summary(r))
                                  for r in article_reports(self.corpus, self.gaz, self.rule, missing))
            return {i: self._done[i] for i in ids if i in self._done}


def article_reports(corpus: Corpus, gaz: Gazetteer, rule: str = DEFAULT_RULE,
                    sources: Iterable[str] | None = None) -> list[ArticleReport]:
    """Each article's report (of the ``sources`` ids only, when given), in corpus order."""
    wanted = None if sources is None else set(sources)
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in corpus.claims:
        by_article[c.article_id].append(c)
    places = {p.article.id: p for p in corpus.places}
    return [report_for(a.id, a.path, by_article.get(a.id, []), gaz, rule, places.get(a.id))
            for a in corpus.articles if wanted is None or a.id in wanted]
