"""Reconciliation: claims from many articles become incidents, each toll counted once.

Rules (README "Reconciliation"):

1. **One figure, one category.** A toll of unspecified victims ("120 deaths") that equals a
   categorised figure of the same reporter and outcome ("120 civilians") is that figure.
2. **One figure, one place.** A toll stated for a whole country (or any area) that equals, for
   the same reporter, outcome and victims, a toll stated for a finer area inside it is moved
   to the finer area: it is the same figure relayed less precisely. A country-wide toll is
   also moved when the corpus has exactly one finer area in that country with a toll of the
   same outcome and victims (the story is about that area).
3. **Incidents.** Toll claims with the same area, outcome and victim category are one
   incident, unless their dates are known and lie more than ``SPLIT_DAYS`` apart. Event
   claims (no count) group by area and event type the same way.
4. **Versions.** Within an incident, one article states a figure once; several outlets relaying
   one reporter's figure are several sources of one version; one reporter's successive
   figures (120, 150, 210) are versions of one toll.
5. **Best, low, high.** ``low`` is the lowest low of any version, ``high`` the highest high.
   ``best`` follows the chosen rule: ``latest`` (default: each reporter's latest figure, by
   date when every version is dated, else its largest, since running tolls only grow; then,
   across reporters, the most recently dated when all are dated, else the reporter relayed
   by most articles), ``max``, ``min``, ``median`` (of the distinct figures).
6. **Conflicting** when reporters' latest figures cannot all be true ("more than 1,000" and
   "1,240" can; "125" and "190" from two reporters cannot). A vague amount ("hundreds") is
   kept as evidence but never sets low, best or high when a stated figure exists.

Counting once (what ``killed_*`` of incidents and localities hold) is done by
``geo.localities``: a total and its breakdown are not added up, and an area's toll is not
added to the tolls of the places inside it.
"""
from __future__ import annotations

import copy
import hashlib
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from geo.claims import Claim
from geo.numbers import APPROX, FLOOR

RULES = ("latest", "max", "min", "median")
DEFAULT_RULE = "latest"
SPLIT_DAYS = 7
CATEGORIES = ("civilians", "security forces", "fighters")


@dataclass
class Version:
    """One source's statement of a toll."""

    article_id: str
    path: str
    outlet: str | None
    reporter: str
    relayed_by: str
    low: int
    best: int
    high: int
    qualifier: str
    date: str | None          # when the source reported it (publication date), if known
    claim_id: str
    sentence: str
    start: int
    end: int


@dataclass
class Incident:
    """Claims about one event in one area: one outcome for one victim category, or one event."""

    incident_id: str
    event_type: str
    acled_event_type: str
    acled_sub_event_type: str
    place_id: str
    name: str
    place_kind: str
    precision: int
    lat: float
    lon: float
    country: str
    admin1: str
    parts: tuple[str, ...]
    outcome: str | None
    victims: str | None
    reported_low: int | None
    reported_best: int | None
    reported_high: int | None
    rule: str
    conflicting: bool
    date_start: str | None
    date_end: str | None
    claims: list[Claim]
    versions: list[Version] = field(default_factory=list)
    incident_count: int | None = None
    # filled in by geo.localities: what this incident adds to the map without double counting
    killed_low: int | None = None
    killed_best: int | None = None
    killed_high: int | None = None

    @property
    def sources(self) -> list[str]:
        return sorted({c.article_id for c in self.claims})

    @property
    def reporters(self) -> list[str]:
        return sorted({v.reporter for v in self.versions if v.reporter} | {c.reported_by for c in self.claims if c.reported_by and not self.versions})

    @property
    def is_toll(self) -> bool:
        return self.outcome is not None


def _version_date(c: Claim) -> str | None:
    return c.published or None


def _copy(c: Claim) -> Claim:
    """A shallow copy with its own notes (``dataclasses.replace`` re-runs __init__: 3x slower)."""
    new = copy.copy(c)
    new.notes = list(c.notes)
    return new


def unify_categories(claims: list[Claim]) -> None:
    """Rule 1 (in place): "120 deaths" is "120 civilians" when the same reporter said so."""
    known = defaultdict(set)
    for c in claims:
        if c.is_toll and c.victims in CATEGORIES:
            known[(c.reported_by, c.outcome, c.best)].add(c.victims)
    for c in claims:
        if c.is_toll and c.victims == "total" and not c.is_total:
            cats = known.get((c.reported_by, c.outcome, c.best))
            if cats and len(cats) == 1:
                c.victims = next(iter(cats))
                c.notes.append("victim category taken from the same reporter's identical figure")


def _inside(inner: Claim, outer: Claim) -> bool:
    """True when ``inner``'s area lies within ``outer``'s (and is not the same)."""
    if inner.place_id == outer.place_id or not inner.place_id or not outer.place_id:
        return False
    if outer.place_kind == "country":
        return inner.country == outer.country and inner.place_kind != "country"
    if outer.place_kind in ("admin1",):
        return inner.country == outer.country and inner.admin1 == outer.admin1 and inner.place_kind in ("locality", "landmark", "admin2")
    if outer.place_kind == "region" and outer.parts:
        return inner.place_id in outer.parts or bool(set(inner.parts) and set(inner.parts) <= set(outer.parts))
    return False


_PLACE_FIELDS = ("place_id", "place_name", "place_kind", "precision", "lat", "lon", "country", "admin1", "parts")


def _move(c: Claim, target: Claim, why: str) -> None:
    """Give ``c`` the area of ``target``, saying why in its notes."""
    c.notes.append(why)
    for attr in _PLACE_FIELDS:
        setattr(c, attr, getattr(target, attr))


def unify_areas(claims: list[Claim]) -> None:
    """Rule 2 (in place): a coarse-area figure equal to a finer-area one is that one."""
    tolls = [c for c in claims if c.is_toll and c.place_id]
    by_key = defaultdict(list)
    for c in tolls:
        by_key[(c.reported_by, c.outcome, c.victims, c.best)].append(c)
    for group in by_key.values():
        if len(group) < 2:
            continue
        for c in group:
            if c.place_kind not in ("country", "admin1", "region"):
                continue  # only areas have finer places inside them
            finer = [o for o in group if _inside(o, c)]
            if finer:
                target = min(finer, key=lambda o: o.precision or 9)
                _move(c, target, f"moved from {c.place_name} to {target.place_name}: same figure, same reporter")


def adopt_unique_finer_area(claims: list[Claim]) -> None:
    """Rule 2b (in place): a country-wide toll, when the corpus knows exactly one finer area in
    that country with a toll of the same outcome and victims, is about that area."""
    finer = defaultdict(set)
    example: dict[tuple, Claim] = {}
    for c in claims:
        if c.is_toll and c.place_kind != "country" and c.country:
            k = (c.country, c.outcome, c.victims)
            finer[k].add(c.place_id)
            example.setdefault((k, c.place_id), c)
    for c in claims:
        if c.is_toll and c.place_kind == "country":
            k = (c.country, c.outcome, c.victims)
            if len(finer.get(k, ())) == 1:
                target = example[(k, next(iter(finer[k])))]
                _move(c, target, f"country-wide figure taken to be about {target.place_name}, the only area with such a toll")


def _split_by_date(claims: list[Claim]) -> list[list[Claim]]:
    dated = sorted((c for c in claims if c.date_start), key=lambda c: c.date_start)
    undated = [c for c in claims if not c.date_start]
    groups: list[list[Claim]] = []
    end = None
    import datetime as dt

    for c in dated:
        s = dt.date.fromisoformat(c.date_start)
        if groups and end is not None and (s - end).days <= SPLIT_DAYS:
            groups[-1].append(c)
            end = max(end, dt.date.fromisoformat(c.date_end or c.date_start))
        else:
            groups.append([c])
            end = dt.date.fromisoformat(c.date_end or c.date_start)
    if not groups:
        return [undated]
    biggest = max(groups, key=len)
    biggest.extend(undated)
    return groups


def _versions(claims: list[Claim]) -> list[Version]:
    """One version per (article, reporter, figure): an article says a figure once."""
    seen = set()
    out = []
    for c in sorted(claims, key=lambda c: (c.article_id, c.start)):
        key = (c.article_id, c.reported_by, c.best)
        if key in seen:
            continue
        seen.add(key)
        out.append(Version(c.article_id, c.path, c.outlet, c.reported_by, c.relayed_by, c.low, c.best, c.high,
                           c.qualifier, _version_date(c), c.claim_id, c.sentence, c.start, c.end))
    return out


def _reporter_latest(vs: list[Version]) -> Version:
    if all(v.date for v in vs):
        return max(vs, key=lambda v: (v.date, v.best))
    return max(vs, key=lambda v: v.best)  # running tolls only grow


def best_by_rule(versions: list[Version], rule: str = DEFAULT_RULE) -> int:
    """The incident's best figure under ``rule`` (module docstring, rule 5)."""
    if rule not in RULES:
        raise ValueError(f"unknown rule {rule!r}; use one of {', '.join(RULES)}")
    values = sorted({v.best for v in versions})
    if rule == "max":
        return values[-1]
    if rule == "min":
        return values[0]
    if rule == "median":
        return int(round(statistics.median(values)))
    by_reporter = defaultdict(list)
    for v in versions:
        by_reporter[v.reporter].append(v)
    latest = list({r: _reporter_latest(vs) for r, vs in by_reporter.items()}.values())
    support = Counter(v.reporter for v in versions)
    if all(v.date for v in latest):  # dates decide only when every reporter's latest has one
        return max(latest, key=lambda v: (v.date, support[v.reporter], v.best)).best
    return max(latest, key=lambda v: (support[v.reporter], v.best)).best


def _interval(v: Version) -> tuple[float, float]:
    """The values a version admits: "more than 1,000" admits 1,240; "about 500" admits 510."""
    q = v.qualifier
    if q in FLOOR:
        return v.low, float("inf")
    if q in APPROX:
        return v.best * 0.95, v.best * 1.05
    return v.low, v.high


def _compatible(latest: list[Version]) -> bool:
    """True when all reporters' latest figures can be true at once (rule 6)."""
    lo = max(_interval(v)[0] for v in latest)
    hi = min(_interval(v)[1] for v in latest)
    return lo <= hi


def _incident_id(place_id: str, outcome: str | None, victims: str | None, event: str, claims: list[Claim]) -> str:
    key = "|".join([place_id, outcome or "", victims or "", event, min(c.claim_id for c in claims)])
    return hashlib.sha1(key.encode()).hexdigest()[:12]


def _make_incident(claims: list[Claim], outcome: str | None, victims: str | None, rule: str) -> Incident:
    first = claims[0]
    events = Counter(c.event_type for c in claims)
    event = events.most_common(1)[0][0]
    acled = next(c for c in claims if c.event_type == event)
    dates = [c.date_start for c in claims if c.date_start] + [c.date_end for c in claims if c.date_end]
    versions = _versions(claims) if outcome else []
    # a vague amount ("hundreds") is evidence, but never overrides a stated figure
    figures = [v for v in versions if v.qualifier != "vague"] or versions
    if figures:
        by_reporter = defaultdict(list)
        for v in figures:
            by_reporter[v.reporter].append(v)
        latest = [_reporter_latest(vs) for vs in by_reporter.values()]
        low, high = min(v.low for v in figures), max(v.high for v in figures)
        best = best_by_rule(figures, rule)
        conflicting = not _compatible(latest)
    else:
        low = best = high = None
        conflicting = False
    counts = [c.incident_count for c in claims if c.incident_count]
    return Incident(
        incident_id=_incident_id(first.place_id, outcome, victims, event, claims), event_type=event,
        acled_event_type=acled.acled_event_type, acled_sub_event_type=acled.acled_sub_event_type,
        place_id=first.place_id, name=first.place_name, place_kind=first.place_kind, precision=first.precision,
        lat=first.lat, lon=first.lon, country=first.country or "", admin1=first.admin1 or "", parts=tuple(first.parts),
        outcome=outcome, victims=victims, reported_low=low, reported_best=best, reported_high=high, rule=rule,
        conflicting=conflicting, date_start=min(dates) if dates else None, date_end=max(dates) if dates else None,
        claims=claims, versions=versions, incident_count=max(counts) if counts else None,
    )


def reconcile(claims: list[Claim], rule: str = DEFAULT_RULE) -> list[Incident]:
    """Incidents from claims (module docstring). Claims without a place cannot be mapped and
    are left out; the caller's claims are never modified."""
    if rule not in RULES:
        raise ValueError(f"unknown rule {rule!r}; use one of {', '.join(RULES)}")
    # copies: rules 1 and 2 edit claims, and callers reconcile the same claims many times
    # (a dashboard toggling sources), which must not see each other's edits
    claims = [_copy(c) for c in claims if c.place_id]
    unify_categories(claims)
    unify_areas(claims)
    adopt_unique_finer_area(claims)
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.is_toll:
            groups[("toll", c.place_id, c.outcome, c.victims)].append(c)
        else:
            groups[("event", c.place_id, c.event_type)].append(c)
    incidents = []
    for key, cs in sorted(groups.items(), key=lambda kv: str(kv[0])):
        for part in _split_by_date(cs):
            if part:
                incidents.append(_make_incident(part, key[2] if key[0] == "toll" else None,
                                                key[3] if key[0] == "toll" else None, rule))
    return incidents
