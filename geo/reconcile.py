"""Reconciliation: claims from many articles become incidents, each toll counted once.

Rules (README "Reconciliation"):

1. **One figure, one category.** A toll of unspecified victims ("120 deaths") that equals a
   categorised figure of the same reporter and outcome ("120 civilians") is that figure.
2. **One figure, one place.** A toll stated for a whole country (or any area) that equals, for
   the same reporter or in the same article, outcome and victims, a toll stated for a finer
   area inside it is moved to the finer area, unless their days lie apart (``_days_apart``): it
   is the same figure relayed less precisely
   (within one article, a town that shares its name with its first-order area may stand for
   the area: a headline's "in Guanajuato" over a lead's Celaya). A country-wide toll is
   also moved when the corpus has exactly one finer area in that country with a toll of the
   same outcome and victims (the story is about that area).
3. **Incidents.** Toll claims with the same area, outcome and victim category are one
   incident, unless their dates are known and lie more than ``SPLIT_DAYS`` apart, or one
   article opens their sentences on two days of the calendar alone, each an event of its own (a
   file of notes: ``_by_calendar_day``, unless a toll's rise is told among them) or gives them
   two notes' closing counts or parts of two of its
   totals (``_by_note``), or one is of
   deaths without violence (a disaster's, an accident's) and the other not or of the other kind. Event
   claims (no count) group by area and event type the same way.
4. **Versions.** Within an incident, one article states a figure once, and people of the
   incident's category listed together in one sentence ("a soldier and a policeman were shot
   dead") are one figure, their sum; several outlets relaying
   one reporter's figure are several sources of one version; one reporter's successive
   figures (120, 150, 210) are versions of one toll.
5. **Best, low, high.** ``low`` is the lowest low of any version, ``high`` the highest high.
   ``best`` follows the chosen rule: ``latest`` (default: each reporter's latest figure, by
   date when every version is dated, else its largest, since running tolls only grow; then,
   across reporters, the most recently dated when all are dated, else the reporter relayed
   by most articles; an armed group's figure for its own attack only when no one else gives
   one; a ceiling, "up to 60", only when no one states a figure, and then not the low either),
   ``max``, ``min``, ``median`` (of the distinct figures).
6. **Conflicting** when reporters' latest figures cannot all be true ("more than 1,000" and
   "1,240" can; "125" and "190" from two reporters cannot). A vague amount ("hundreds") is
   kept as evidence but never sets low, best or high when a stated figure exists.

Every rule looks only within one **country**: a claim's own, or for a claim without one (no
place, or a region across borders) the country most of its article's placed claims are in.
Claims of different countries never meet, so a corpus can be reconciled country by country,
on different machines, with the same incidents (``split_by_country``; ``geo.cluster``).

Counting once (what ``killed_*`` of incidents and localities hold) is done by
``geo.localities``: a total and its breakdown are not added up, and an area's toll is not
added to the tolls of the places inside it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import statistics
import threading
from bisect import insort
from collections import Counter, OrderedDict, defaultdict
from dataclasses import dataclass, field, fields, replace
from operator import attrgetter

from geo import lang
from geo.attribution import PERPETRATOR
from geo.claim_places import COUNTRY_WIDE, ELSEWHERE, namesake_area
from geo.claims import CLAIM_FIELDS, DAYS_BEFORE_NOTE, Claim, closes_a_note, in_rise_sentence
from geo.dates import calendar_day, year_less_day
from geo.gate import gated
from geo.gazetteer import Gazetteer
from geo.geometry import INSIDE_ADMIN1, UNLOCATED, area_of, contains
from geo.numbers import APPROX, CEILING, FLOOR
from geo.vocab import CATEGORIES, NONVIOLENT, PlaceKind, Revision, Victims

_IN_ADMIN1 = (PlaceKind.ADMIN1, *INSIDE_ADMIN1)  # kinds that hold, or lie in, places of their first-order area alone
RULES = ("latest", "max", "min", "median")
UNLOCATED_NAME = "(no place named)"
DEFAULT_RULE = "latest"
SPLIT_DAYS = 7
PUBLISHED_SLACK = dt.timedelta(days=1)  # an event a day after a story's publication date may be its own (time zones)
UNDATED_REACH = 30  # an undated figure of another article is of a dated group at most this many days before it was told
STATED_DAY_SLACK = 1  # days two stated days of one event may differ by ("late Sunday", "early Monday")


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
    revision: Revision = Revision.NONE
    reporter_kind: str = ""   # "perpetrator": an armed group's figure for its own attack


@dataclass(slots=True)  # (as Claim: 31 fields are past what shared-key dicts hold)
class Incident:
    """Claims about one event in one area: one outcome for one victim category, or one event."""

    incident_id: str
    event_type: str
    acled_event_type: str
    acled_sub_event_type: str
    place_id: str
    name: str
    place_kind: str
    precision: int | None     # None: unlocated
    lat: float | None
    lon: float | None
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
    cumulative: bool = False  # a war-, campaign- or period-wide figure: context, counted as no new deaths
    reconciled_in: str = ""   # the country whose claims it was reconciled with (module docstring)
    kept_apart: bool = False  # more dead told beside their article's own toll at the place ("another victim died")
    # filled in by geo.localities: what this incident adds to the map without double counting
    killed_low: int | None = None
    killed_best: int | None = None
    killed_high: int | None = None
    # what is derived from the claims (sources, reporters, a popup's JSON), kept for reuse;
    # shared with the copies the incident memo hands out, so each is built once per incident
    views: dict = field(default_factory=dict, repr=False, compare=False)

    def derived(self, name: str, make):
        """``make(self)``, worked out once and kept in ``views`` under ``name``: for what depends on
        the incident's claims and versions alone."""
        hit = self.views.get(name)
        if hit is None:
            hit = self.views[name] = make(self)
        return hit

    @property
    def additional(self) -> bool:
        """Every source says these dead come beside the total given ("six militants were also
        killed"): not a part of that total."""
        return self.derived("additional", lambda i: bool(i.claims) and all(c.additional for c in i.claims))

    @property
    def sources(self) -> list[str]:
        return self.derived("sources", lambda i: sorted({c.article_id for c in i.claims}))

    @property
    def reporters(self) -> list[str]:
        return self.derived("reporters", lambda i: sorted(
            {v.reporter for v in i.versions if v.reporter}
            | {c.reported_by for c in i.claims if c.reported_by and not i.versions}))

    @property
    def is_toll(self) -> bool:
        return self.outcome is not None


def _version_date(c: Claim) -> str | None:
    return c.published or None


def _shallow(obj, names: tuple[str, ...], values):
    """A shallow copy of a slotted dataclass: ``names`` its fields, ``values`` their getter
    (``dataclasses.replace`` re-runs __init__, and ``copy.copy`` goes through
    ``__reduce_ex__``: both several times slower)."""
    new = object.__new__(type(obj))
    for name, value in zip(names, values(obj)):
        object.__setattr__(new, name, value)
    return new


_claim_values = attrgetter(*CLAIM_FIELDS)


def _copy(c: Claim) -> Claim:
    """A shallow copy with its own notes."""
    new = _shallow(c, CLAIM_FIELDS, _claim_values)
    new.notes = list(c.notes)
    return new


def _editable(claims: list[Claim], k: int, fresh: dict[int, Claim]) -> Claim:
    """``claims[k]``, replaced by a copy the first time a rule edits it: the caller's claim
    objects never change, and claims no rule touches are never copied. ``fresh`` maps each
    copy (by id) to the caller's claim it was made from."""
    c = claims[k]
    if id(c) not in fresh:
        orig = c
        c = claims[k] = _copy(c)
        fresh[id(c)] = orig
    return c


def _place_area(place_id: str | None, gaz: Gazetteer | None) -> tuple[str, str]:
    """(country, first-order area) a place lies in, as ``contains`` reads them: ("", "") for no
    place, none known, or a region (made of parts, which ``contains`` reads part by part); the
    area "" for a country, or a place of no first-order area."""
    area = area_of(place_id, gaz) if place_id and gaz is not None else None
    if area is None or area.parts or not area.country:
        return "", ""
    return area.country, area.admin1 if area.kind in _IN_ADMIN1 else ""


def unify_categories(claims: list[Claim], fresh: dict[int, Claim] | None = None,
                     gaz: Gazetteer | None = None) -> None:
    """Rule 1: "120 deaths" is "120 civilians" when the same reporter said so about the same
    place, or about a place inside or around it ("three soldiers" in one town do not make
    "three people" in another town soldiers). Edited claims are replaced in ``claims`` by
    edited copies (``_editable``)."""
    fresh = {} if fresh is None else fresh
    # the categorised figures by (reporter, outcome, figure), then by the country and first-order
    # area their place lies in (_place_area): a place holds, or lies in, only places of its own
    # country, and below the country only places of its own first-order area, so a figure's
    # candidates are those of its area, of its country as a whole, and of no country
    known: dict[tuple, dict[str, dict[str, list[Claim]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    candidates = []
    for k, c in enumerate(claims):
        if c.best is None:
            continue
        if c.victims in CATEGORIES:
            cc, a1 = _place_area(c.place_id, gaz)
            known[(c.reported_by, c.outcome, c.best)][cc][a1].append(c)
        elif c.victims == "total" and not c.is_total:
            candidates.append(k)

    def around(a: Claim, b: Claim) -> bool:
        if not a.place_id or not b.place_id or a.place_id == b.place_id or gaz is None:
            return True
        return contains(a.place_id, b.place_id, gaz) or contains(b.place_id, a.place_id, gaz)
    for k in candidates:
        c = claims[k]
        # (never a figure of the same sentence: "killing two workers, two police officers" are four
        # people; nor one its article adds beside its toll: "causing one death ... A militant was
        # also killed" are two)
        by_country = known.get((c.reported_by, c.outcome, c.best))
        if not by_country:
            continue
        cc, a1 = _place_area(c.place_id, gaz)
        if not cc:
            pool = [o for by_a1 in by_country.values() for os in by_a1.values() for o in os]
        else:
            here = by_country.get(cc, {})
            inside = [o for os in here.values() for o in os] if not a1 else [*here.get(a1, ()), *here.get("", ())]
            pool = [*inside, *(o for os in by_country.get("", {}).values() for o in os)]
        cats = {o.victims for o in pool
                if around(o, c) and not (o.article_id == c.article_id and (o.sentence_start == c.sentence_start
                                                                           or o.additional))}
        if cats and len(cats) == 1:
            c = _editable(claims, k, fresh)
            c.victims = next(iter(cats))
            c.notes.append("victim category taken from the same reporter's identical figure")
    # the same armed dead called attackers in one sentence and fighters in another of one article
    # ("Three soldiers, 10 militants killed" over "... 10 terrorists were killed"): one figure,
    # the fighters' (the wider word)
    armed = [c for c in claims if c.victims == Victims.FIGHTERS and c.best and not c.additional]
    fighters = {(c.article_id, c.outcome, c.best) for c in armed}
    same_sentence = {(c.article_id, c.sentence_start, c.best) for c in armed}  # (there: two groups)
    for k, c in enumerate(claims):
        if c.victims == Victims.PERPETRATORS and c.best and not c.additional \
                and (c.article_id, c.outcome, c.best) in fighters \
                and (c.article_id, c.sentence_start, c.best) not in same_sentence:
            c = _editable(claims, k, fresh)
            c.victims = Victims.FIGHTERS
            c.notes.append("the same armed dead the article calls fighters elsewhere")


_AREA_KINDS = ("country", "admin1", "region")
_PLACE_FIELDS = ("place_id", "place_name", "place_kind", "precision", "lat", "lon", "country", "admin1", "parts")


def _move(c: Claim, target: Claim, why: str) -> None:
    """Give ``c`` the area of ``target``, saying why in its notes."""
    c.notes.append(why)
    for attr in _PLACE_FIELDS:
        setattr(c, attr, getattr(target, attr))


def _same_figure_keys(c: Claim) -> tuple[tuple, ...]:
    """What makes two equal figures one (rule 2): the same reporter's, and any two of one article
    ("11 bodies found in Guanajuato" over a story whose lead has the prosecutor say 11 were
    found outside Celaya: the headline restates the lead)."""
    return (c.reported_by, c.outcome, c.victims, c.best), (_ARTICLE, c.article_id, c.outcome, c.victims, c.best)


_ARTICLE = object()  # a key part no reporter's name can equal


def unify_areas(claims: list[Claim], gaz: Gazetteer, fresh: dict[int, Claim] | None = None) -> None:
    """Rule 2: a coarse-area figure equal to a finer-area one is that one (edits as rule 1)."""
    fresh = {} if fresh is None else fresh
    # only figures also stated for an area (or for no place) can move: find those first
    # within one article, a town that shares its name with its first-order area may stand for the
    # area ("11 bodies found in Guanajuato" over a lead placing them outside Celaya, in Guanajuato
    # state); looked up only where the article states the same figure again
    keys = {k: _same_figure_keys(c) for k, c in enumerate(claims) if c.best is not None}
    in_article = Counter(ks[1] for ks in keys.values())
    namesake = {k: a for k, ks in keys.items() if claims[k].place_kind == PlaceKind.LOCALITY
                and in_article[ks[1]] > 1 and (a := namesake_area(claims[k].place_id, gaz))}
    area_keys = {key for k, ks in keys.items() if claims[k].place_kind in _AREA_KINDS or not claims[k].place_id
                 for key in ks}
    area_keys.update(keys[k][1] for k in namesake)
    if not area_keys:
        return
    by_key = defaultdict(list)
    for k, ks in keys.items():
        for key in ks:
            if key in area_keys:
                by_key[key].append(k)
    held: dict[tuple[str, str], bool] = {}  # (area, place) -> contains: the same pairs recur across a figure's claims

    def inside(area: str, place_id: str) -> bool:
        hit = held.get((area, place_id))
        if hit is None:
            hit = held[(area, place_id)] = contains(area, place_id, gaz)
        return hit
    for key, group in by_key.items():
        if len(group) < 2:
            continue
        one_article = key[0] is _ARTICLE
        # the placed claims of the group, in group order, kept up to date as claims move (a move
        # only gives a claim a finer place), and the first finest of them: found once per group
        # and updated, not searched again for every claim without a place
        placed = [j for j in group if claims[j].place_id]
        by_country: dict[str, list[int]] = defaultdict(list)  # an area holds only places of its country
        for j in placed:
            by_country[claims[j].country or ""].append(j)
        rank = lambda j: (claims[j].precision or 9, j)  # noqa: E731
        finest = min(placed, key=rank, default=None)
        for k in group:
            c = claims[k]
            area = c.place_id if c.place_kind in _AREA_KINDS else namesake.get(k) if one_article else None
            if c.place_id and area is None:
                continue  # only areas (and no place at all) have finer places inside them
            # (never one of another day: "On 9 April, ... a child in rural Daraa. 1 fatality." and "On
            # 11 April, ... near Tafas (Daraa). 1 fatality." are two notes' events, not one figure)
            if not c.place_id:  # no place at all: any place of the same figure is finer
                target = None if finest is None or _days_apart(c, claims[finest]) else claims[finest]
            else:
                near = by_country[c.country] if c.country else placed
                target = min((claims[j] for j in near if claims[j].place_id != c.place_id
                              and inside(area, claims[j].place_id) and not _days_apart(c, claims[j])),
                             key=lambda o: o.precision or 9, default=None)
            if target is not None:
                if not c.place_id:
                    insort(placed, k)
                    insort(by_country[target.country or ""], k)
                c = _editable(claims, k, fresh)
                _move(c, target, f"moved from {c.place_name or 'no place'} to {target.place_name}: same figure, same reporter")
                if finest is None or rank(k) < rank(finest):
                    finest = k


def adopt_unique_finer_area(claims: list[Claim], fresh: dict[int, Claim] | None = None,
                            gaz: Gazetteer | None = None) -> None:
    """Rule 2b (edits as rule 1): a country-wide toll, when the corpus knows exactly one finer area in
    that country with a toll of the same outcome and victims, is about that area."""
    # (a war's or a period's figure is no such toll, on either side: "since the invasion", "last year")
    at = [n for n, c in enumerate(claims) if c.place_kind == "country" and c.best is not None and not c.cumulative]
    if not at:
        return
    wide = [claims[n] for n in at]
    wanted = {(c.country, c.outcome, c.victims) for c in wide}
    articles = {c.article_id for c in wide}
    finer = defaultdict(set)
    example: dict[tuple, Claim] = {}
    for c in claims:
        # (a part of another toll by where it was is no area's own toll: "including 12 in Kano")
        # (nor is a toll of a place the gazetteer lacks, unlocated in the country, an area to move to)
        if c.best is not None and c.place_kind != "country" and c.country and not c.cumulative and not c.part_of \
                and c.place_id and c.place_kind != PlaceKind.UNLOCATED:
            k = (c.country, c.outcome, c.victims)
            if k in wanted:
                finer[k].add(c.place_id)
                example.setdefault((k, c.place_id), c)
    fresh = {} if fresh is None else fresh
    # an article's country-wide toll whose own finer tolls lie in several places and add up to
    # no more than it is the article's round-up of them ("bombings across Iraq killed 17": 9 in
    # one town, 2, 3 and 3 in others), about the country, not its one town with a total
    spread: dict[tuple, dict[str, int]] = defaultdict(dict)
    # (... of the same victims, at a place its own sentence gave: not moved there by a rule above)
    alike: dict[tuple, dict[str, int]] = defaultdict(dict)
    for c in claims:
        if c.article_id in articles and c.best is not None and c.place_kind != "country" and c.place_id \
                and not c.cumulative and not c.part_of:  # (only the articles of a country-wide toll)
            here = spread[(c.article_id, c.outcome)]
            here[c.place_id] = max(here.get(c.place_id, 0), c.best)
            if fresh.get(id(c), c).place_id == c.place_id:
                same = alike[(c.article_id, c.outcome, c.victims)]
                same[c.place_id] = max(same.get(c.place_id, 0), c.best)
    if gaz is not None:
        # (a whole told beside its parts is no part of the round-up: the headline's "kill 7 in
        # Kharkiv, Zaporizhzhia and Donetsk regions" over 3, 2 and 2 in towns of them)
        for here in spread.values():
            for whole in [p for p in here if any(contains(p, q, gaz) for q in here)]:
                del here[whole]
    for n, c in zip(at, wide):
        k = (c.country, c.outcome, c.victims)
        parts = spread.get((c.article_id, c.outcome), {})
        if len(parts) >= 2 and sum(parts.values()) <= c.best * 1.02:
            continue
        # ... and so is one whose one finer toll, of the same victims, is less than it ("strikes on
        # several towns in the south killed 15 ... the deadliest hit a home in X, killing seven"):
        # the rest died elsewhere in the country, not in X
        own = alike.get((c.article_id, c.outcome, c.victims), {})
        if len(parts) == 1 and len(own) == 1 and sum(own.values()) < c.best:
            continue
        if len(finer.get(k, ())) == 1:
            target = example[(k, next(iter(finer[k])))]
            if _days_apart(c, target) or ELSEWHERE.search(c.sentence) or COUNTRY_WIDE.search(c.sentence):
                continue  # (another day's toll, one said to be elsewhere or across the country, is not that area's)
            c = _editable(claims, n, fresh)
            _move(c, target, f"country-wide figure taken to be about {target.place_name}, the only area with such a toll")


def _claim_days(c: Claim) -> tuple[dt.date, dt.date] | None:
    """A claim's own days: its dates, else (undated) the day of the year its words give, in the
    stand-in year; None if neither."""
    if c.date_start:
        return dt.date.fromisoformat(c.date_start), dt.date.fromisoformat(c.date_end or c.date_start)
    day = year_less_day(c.date_text or "")
    return (day, day) if day else None


def _days_apart(a: Claim, b: Claim) -> bool:
    """Whether two claims' own days lie apart (both dated the same way): more than ``SPLIT_DAYS``
    across articles (reports of one event are dated loosely), any day apart within one (its
    notes' days are its own: "12 August: ... 16 August: ...")."""
    da, db = _claim_days(a), _claim_days(b)
    if a.date_start is None and b.date_start is not None:
        a, b, da, db = b, a, db, da
    if a.date_start is not None and b.date_start is None and (told := _parse_day(b.published)) is not None:
        # an undated figure was told by its publication: an event more than a few days after that
        # is another ("Officers found four bodies" in a March story is no July shooting's)
        return da[0] > told + dt.timedelta(days=SPLIT_DAYS)
    if a.date_start is None and b.date_start is None and (da is None or db is None) \
            and (ta := _parse_day(a.published)) is not None and (tb := _parse_day(b.published)) is not None:
        # two undated figures told months apart are of two events ("Three dead" in March's story of an
        # office shooting, "Three dead" in September's of an apartment complex)
        return abs((ta - tb).days) > SPLIT_DAYS
    if da is None or db is None or (a.date_start is None) != (b.date_start is None):
        return False
    slack = dt.timedelta(days=0 if a.article_id == b.article_id else SPLIT_DAYS)
    return not (da[0] <= db[1] + slack and db[0] <= da[1] + slack)


def _parse_day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def overlapping_periods(periods: list[tuple[dt.date, dt.date]]) -> list[tuple[list[int], dt.date, dt.date]]:
    """Periods (start, end), sorted by start, in runs where each starts at most ``SPLIT_DAYS``
    after the run so far ends: for each run, its indices, first start and last end. One
    incident's claims (``_split_by_date``) and one event's incidents at a place
    (``geo.localities``) are such runs."""
    runs: list[tuple[list[int], dt.date, dt.date]] = []
    for k, (start, end) in enumerate(periods):
        if runs and (start - runs[-1][2]).days <= SPLIT_DAYS:
            idx, first, last = runs[-1]
            idx.append(k)
            runs[-1] = (idx, first, max(last, end))
        else:
            runs.append(([k], start, end))
    return runs


def _apart_from_earlier(group: list[Claim]) -> list[list[Claim]]:
    """A group of claims in two where one of its articles tells a toll days before its own news
    ("Gunmen shot dead two money changers in Kabul on Monday, two days after a school bombing in
    the city killed nine"): that article's news and what is told from its day on are another event
    than the earlier toll and what is told before that day (not one incident whose lower figure
    the two would be). One group otherwise."""
    cut = None
    slack = dt.timedelta(days=STATED_DAY_SLACK)
    for c in group:
        if c.date_start and any(n.endswith(DAYS_BEFORE_NOTE) for n in c.notes):
            end = dt.date.fromisoformat(c.date_end or c.date_start)
            for x in group:
                if x.article_id == c.article_id and x.date_start \
                        and dt.date.fromisoformat(x.date_start) > end + slack:
                    day = dt.date.fromisoformat(x.date_start)
                    cut = day if cut is None else min(cut, day)
    if cut is None:
        return [group]
    first = cut - slack  # (a night's event straddles midnight)

    def late(x: Claim) -> bool:  # (an undated figure is of the time it was published: a headline's is its story's news)
        day = dt.date.fromisoformat(x.date_start) if x.date_start else _parse_day(x.published)
        return day is not None and day >= first

    return [[x for x in group if not late(x)], [x for x in group if late(x)]]


def _split_by_date(claims: list[Claim]) -> list[list[Claim]]:
    dated = sorted((c for c in claims if c.date_start), key=lambda c: c.date_start)
    undated = [c for c in claims if not c.date_start]
    if not dated:
        return _by_publication(undated)
    runs = overlapping_periods([(dt.date.fromisoformat(c.date_start), dt.date.fromisoformat(c.date_end or c.date_start))
                                for c in dated])
    groups = [[dated[k] for k in idx] for idx, _, _ in runs]
    biggest = max(groups, key=len)
    # an undated claim is about the time it was reported: the group nearest its publication
    # (today's undated "4 killed" beside a dated "5 killed" in January is today's), else the biggest;
    # never a group of days after it was published (a story of the 14th tells of no ambush on the
    # 20th: its undated "eight people were wounded" is an event of its own before it)
    # (within its own article, the group of its article's dated figures nearest it: a title's "Three
    # dead" over a lead's "on 3 March", in a story of 20 May; across articles, only a group at most
    # ``UNDATED_REACH`` days before its publication: a story of 26 May's undated "four people were
    # killed" in a town is neither November's strike there nor September's)
    spans = [(first, last) for _, first, last in runs]
    groups_of: dict[str, list[int]] = defaultdict(list)  # article -> the groups of its dated claims (found once)
    for k, g in enumerate(groups):
        for article in dict.fromkeys(x.article_id for x in g):
            groups_of[article].append(k)
    apart: list[Claim] = []
    for c in undated:
        when = _parse_day(c.published)
        if when is None:
            biggest.append(c)
            continue
        gap = [max((a - when).days, (when - b).days, 0) for a, b in spans]
        told = groups_of.get(c.article_id) \
            or [k for k, (a, _) in enumerate(spans) if a <= when + PUBLISHED_SLACK and gap[k] <= UNDATED_REACH]
        if not told:
            apart.append(c)
            continue
        groups[min(told, key=gap.__getitem__)].append(c)
    return groups + _by_publication(apart) if apart else groups


def _by_publication(undated: list[Claim]) -> list[list[Claim]]:
    """Undated claims in runs by when they were told (within ``SPLIT_DAYS``): stories of one
    event's days, not one toll of stories told months apart ("Two killed" in October's story of a
    town's shelling, "1 killed" in August's of another year). Those of no known day join the
    biggest run."""
    days = [(_parse_day(c.published), c) for c in undated]
    told = sorted(((d, c) for d, c in days if d is not None), key=lambda dc: dc[0])
    if not told:
        return [undated]
    runs = [[told[k][1] for k in idx] for idx, _, _ in overlapping_periods([(d, d) for d, _ in told])]
    max(runs, key=len).extend(c for d, c in days if d is None)
    return runs


_EVENT_TOLD_BEFORE = gated(lang.get().tolls.EVENT_TOLD_BEFORE)


def _opens_its_day(c: Claim) -> bool:
    """Whether a toll's sentence opens on its day, a day of the calendar said alone, and tells of
    an event of its own ("On 2 May 2025, an IED exploded near a police station, killing 3"), not of
    one told before ("On 4 August 2025, officials said 30 people had died in the bombing")."""
    return bool(c.date_start) and c.date_start == c.date_end and calendar_day(c.date_text or "") \
        and c.sentence.lstrip(" \t\"'“‘-–—•*").lower().startswith(c.date_text) \
        and _EVENT_TOLD_BEFORE.search(c.sentence) is None


def _by_calendar_day(group: list[Claim]) -> list[list[Claim]]:
    """A group in one part per day where an article opens two or more of its tolls' sentences on
    days of the calendar said alone, each an event of its own (``_opens_its_day``: a file of
    notes, "On 1 May 2025, gunmen killed 3 soldiers ..." and "On 2 May 2025, an IED ..., killing 3
    police officers" at one place): each day its own event, not
    versions of one toll. The group's other claims go with the day nearest their own (or their
    publication's), the first day on a tie. One group where no article does, or where a figure
    says it replaces another or is told in a sentence of a toll's rise ("On 2 July, the toll rose to
    5 after two wounded soldiers died"): a running toll of one event."""
    exact: dict[str, set[str]] = defaultdict(set)
    for c in group:
        if _opens_its_day(c):
            exact[c.article_id].add(c.date_start)
    if not any(len(days) > 1 for days in exact.values()) \
            or any(c.revision != Revision.NONE or in_rise_sentence(c) for c in group):
        return [group]
    days = sorted(set().union(*exact.values()))
    parts: dict[str, list[Claim]] = {d: [] for d in days}
    for c in group:
        when = c.date_start or (c.published or "")[:10] or None
        if when in parts:
            parts[when].append(c)
            continue
        day = _parse_day(when)
        near = days[0] if day is None else min(days, key=lambda d: abs((dt.date.fromisoformat(d) - day).days))
        parts[near].append(c)
    return [part for part in parts.values() if part]


def _by_note(group: list[Claim], figures: dict[str, tuple] | None = None) -> list[list[Claim]]:
    """A group in one part per note where one article gives it two notes' figures: two closing
    counts ("2 fatalities." after each of two notes of one day and town), or parts of two
    different totals ("killing 2 civilians" of each) are two events, not one figure said twice
    (``figures``: each toll's figure by its id; two totals of one figure, a headline's "kills 11,
    including two children" and its lead's "killing 11 people, among them two children", are
    one total told twice, their parts one). The group's other claims go with the first part
    (their article's note before it, for a claim of that article; the note whose figure is
    theirs, for another article's). One group where no article does."""
    figures = figures or {}
    notes: dict[str, dict[object, list[Claim]]] = defaultdict(dict)  # article -> note key -> its claims
    for c in group:
        if closes_a_note(c):
            notes[c.article_id].setdefault(c.claim_id, []).append(c)
        elif c.part_of:
            notes[c.article_id].setdefault(figures.get(c.part_of, c.part_of), []).append(c)
    split = [a for a, ns in notes.items() if len(ns) > 1]
    if not split:
        return [group]
    parts: list[list[Claim]] = [cs for a in split for cs in notes[a].values()]
    placed = {id(c) for cs in parts for c in cs}
    for c in group:
        if id(c) in placed:
            continue
        same = [cs for cs in parts if cs[0].article_id == c.article_id]
        # (a claim of the article told before a note's count is of that note; another article's
        # figure goes with the note of that figure)
        home = next((cs for cs in same if c.sentence_start <= max(x.sentence_start for x in cs)), None) \
            or next((cs for cs in parts if any(x.best == c.best for x in cs)), None) or parts[0]
        home.append(c)
    return [sorted(cs, key=lambda x: (x.article_id, x.start)) for cs in parts]


def _events(group: list[Claim], figures: dict[str, tuple] | None = None) -> list[list[Claim]]:
    """A group's claims in one part per event (rule 3): by date, then apart from an earlier event
    one article tells, then by a file of notes' days and notes (``figures``: ``_by_note``'s)."""
    return [p for g in _split_by_date(group) for a in _apart_from_earlier(g) for d in _by_calendar_day(a)
            for p in _by_note(d, figures)]


_LISTED = re.compile(lang.get().tolls.LIST_JOIN)


def _listed_together(claims: list[Claim]) -> list[list[Claim]]:
    """Claims (of one incident group, in text order) in runs of people of one category listed
    together in one sentence ("a soldier and a policeman were shot dead", "two farmers and a
    herder"): each run is one figure, their sum. Claims stand alone otherwise."""
    runs: list[list[Claim]] = []
    for c in claims:
        prev = runs[-1][-1] if runs else None
        if prev is not None and prev.article_id == c.article_id and prev.sentence_start == c.sentence_start \
                and prev.reported_by == c.reported_by and not (prev.part_of or c.part_of or prev.cumulative or c.cumulative) \
                and prev.qualifier != "vague" and c.qualifier != "vague" and prev.end <= c.start \
                and _LISTED.fullmatch(c.sentence, prev.end - c.sentence_start, c.start - c.sentence_start):
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


def _versions(claims: list[Claim]) -> list[Version]:
    """One version per (article, reporter, figure): an article says a figure once; people of
    one category listed together in one sentence are one figure, their sum (``_listed_together``)."""
    seen: dict[tuple, int] = {}  # key -> its version's index in out
    out = []
    # a part of a toll is among a figure its article gives of the same people, not another figure
    # for them ("Gunmen kill 23 villagers" ... "his two brothers and a nephew were among the dead")
    # (not an attacker's own figure: "eight dead, including five soldiers," the police said, and "al
    # Shabaab said it had killed 15 soldiers": the police's five soldiers are a figure for them)
    whole = {c.article_id for c in claims if not c.part_of and c.reporter_kind != PERPETRATOR}
    for run in _listed_together(sorted(claims, key=lambda c: (c.article_id, c.start))):
        c = run[0]
        if c.article_id in whole and all(x.part_of for x in run):
            continue
        low, best, high = (sum(x.low for x in run), sum(x.best for x in run), sum(x.high for x in run)) \
            if len(run) > 1 else (c.low, c.best, c.high)
        key = (c.article_id, c.reported_by, best)
        if key in seen:
            if c.revision == Revision.REVISED and out[seen[key]].revision != Revision.REVISED:
                # (said again as the source's figure now: a note's closing count after its lead's)
                out[seen[key]] = replace(out[seen[key]], revision=Revision.REVISED)
            continue
        seen[key] = len(out)
        out.append(Version(c.article_id, c.path, c.outlet, c.reported_by, c.relayed_by, low, best, high,
                           c.qualifier, _version_date(c), c.claim_id, c.sentence, c.start, run[-1].end, c.revision,
                           c.reporter_kind))
    return out


def _reporter_latest(vs: list[Version]) -> Version:
    # a figure said to replace the source's earlier one is its figure now ("later revised the toll
    # to three"), whatever it replaces; one said to have been replaced is not ("initially said four")
    revised = [v for v in vs if v.revision == Revision.REVISED]
    if revised:
        return max(revised, key=lambda v: (v.date or "", v.article_id, v.start))
    current = [v for v in vs if v.revision != Revision.SUPERSEDED]
    vs = current or vs
    # a ceiling beside a figure of the same source is its high, not its figure now ("killing at
    # least 40 ... Some sources report up to 55 dead": 40, up to 55)
    vs = [v for v in vs if v.qualifier not in CEILING] or vs
    if all(v.date for v in vs):
        return max(vs, key=lambda v: (v.date, v.best))
    return max(vs, key=lambda v: v.best)  # running tolls only grow


def _latest_per_reporter(versions: list[Version]) -> tuple[list[Version], dict[str, int]]:
    """Each reporter's latest version, and how many versions each reporter has (support)."""
    groups: dict[str, list[Version]] = {}
    for v in versions:
        groups.setdefault(v.reporter, []).append(v)
    latest = [vs[0] if len(vs) == 1 else _reporter_latest(vs) for vs in groups.values()]
    return latest, {r: len(vs) for r, vs in groups.items()}


def best_by_rule(versions: list[Version], rule: str = DEFAULT_RULE,
                 latest: tuple[list[Version], dict[str, int]] | None = None) -> int:
    """The incident's best figure under ``rule`` (module docstring, rule 5). ``latest`` is
    ``_latest_per_reporter(versions)`` when the caller has it already."""
    if rule == "max":
        return max(v.best for v in versions)
    if rule == "min":
        return min(v.best for v in versions)
    if rule == "median":
        return int(round(statistics.median(sorted({v.best for v in versions}))))
    if rule != "latest":
        raise ValueError(f"unknown rule {rule!r}; use one of {', '.join(RULES)}")
    last, support = latest or _latest_per_reporter(versions)
    # an attacker's figure for its own attack is the best only when no one else gives one
    last = [v for v in last if v.reporter_kind != PERPETRATOR] or last
    # a figure said to have been replaced is no one's now, whoever gave it ("An earlier version of
    # this story said 26 people died", beside the police's 21)
    last = [v for v in last if v.revision != Revision.SUPERSEDED] or last
    # ... and a ceiling is no one's figure beside a figure someone states ("at least 40, officials
    # said; residents put the toll as high as 60": 40, up to 60)
    last = [v for v in last if v.qualifier not in CEILING] or last
    # a revision is the incident's figure now, whoever gave the one it revises ("officials said 15
    # ... the state government later lowered the toll to 12"), unless a figure was given after it
    revised = [v for v in last if v.revision == Revision.REVISED]
    if revised:
        newest = max(revised, key=lambda v: (v.date or "", v.article_id, v.start))
        if not any(v.date and newest.date and v.date > newest.date for v in last):
            return newest.best
    if all(v.date for v in last):  # dates decide only when every reporter's latest has one
        return max(last, key=lambda v: (v.date, support[v.reporter], v.best)).best
    return max(last, key=lambda v: (support[v.reporter], v.best)).best


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
    if len(latest) < 2:
        return True
    spans = [_interval(v) for v in latest]
    return max(s[0] for s in spans) <= min(s[1] for s in spans)


def _incident_id(place_id: str, outcome: str | None, victims: str | None, event: str, claims: list[Claim]) -> str:
    key = "|".join([place_id, outcome or "", victims or "", event, min(c.claim_id for c in claims)])
    return hashlib.sha1(key.encode()).hexdigest()[:12]


def _make_incident(claims: list[Claim], outcome: str | None, victims: str | None, rule: str,
                   country: str = "", kept_apart: bool = False) -> Incident:
    """The incident of ``claims``, reconciled in ``country`` (which a toll no place could be
    given to takes as its own: unlocated, in that country)."""
    first = claims[0]
    if len(claims) == 1:  # most incidents: one claim, no vote to take
        event, acled = first.event_type, first
    else:
        events = Counter(c.event_type for c in claims)
        event = events.most_common(1)[0][0]
        acled = next(c for c in claims if c.event_type == event)
    dates = [d for c in claims for d in (c.date_start, c.date_end) if d]
    versions = _versions(claims) if outcome else []
    # a vague amount ("hundreds") is evidence, but never overrides a stated figure
    figures = [v for v in versions if v.qualifier != "vague"] or versions
    # ... nor does none left of a group told before ("One victim was found shot. He was pronounced
    # dead": no one of them hurt) override a figure of others ("A second man was in stable condition")
    figures = [v for v in figures if v.best] or figures
    if len(figures) == 1:
        v = figures[0]
        low, best, high, conflicting = v.low, v.best, v.high, False
    elif figures:
        # (a ceiling, "up to 60", says how many at most, not how few: the low of the others where any)
        low = min(v.low for v in ([v for v in figures if v.qualifier not in CEILING] or figures))
        high = max(v.high for v in figures)
        latest = _latest_per_reporter(figures)
        best = best_by_rule(figures, rule, latest)
        conflicting = not _compatible(latest[0])
    else:
        low = best = high = None
        conflicting = False
    counts = [c.incident_count for c in claims if c.incident_count]
    return Incident(
        incident_id=_incident_id(first.place_id or UNLOCATED, outcome, victims, event, claims), event_type=event,
        acled_event_type=acled.acled_event_type, acled_sub_event_type=acled.acled_sub_event_type,
        place_id=first.place_id or UNLOCATED, name=first.place_name or UNLOCATED_NAME,
        place_kind=first.place_kind or PlaceKind.UNLOCATED, precision=first.precision,
        lat=first.lat, lon=first.lon, country=first.country or ("" if first.place_id and first.place_id != UNLOCATED else country),
        admin1=first.admin1 or "", parts=tuple(first.parts),
        outcome=outcome, victims=victims, reported_low=low, reported_best=best, reported_high=high, rule=rule,
        conflicting=conflicting, date_start=min(dates) if dates else None, date_end=max(dates) if dates else None,
        claims=claims, versions=versions, incident_count=max(counts) if counts else None,
        cumulative=all(c.cumulative for c in claims), reconciled_in=country, kept_apart=kept_apart,
    )


_INCIDENT_FIELDS = tuple(f.name for f in fields(Incident))
_incident_values = attrgetter(*_INCIDENT_FIELDS)


class _IncidentMemo:
    """Incidents already built, by the claims they were built from.

    A dashboard reconciles nearly the same claims on every toggle: only the incidents a
    toggled source touches change. The key holds the identity of the caller's claim objects
    (which the memo keeps alive, so an id is never reused while its entry exists) and, for a
    claim a rule edited, what the rule changed. Entries are returned as copies, since
    ``geo.localities`` sets counted tolls on them.
    """

    def __init__(self, size: int = 50_000):
        self.size = size
        self._items: OrderedDict[tuple, tuple[list[Claim], Incident]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> Incident | None:
        with self._lock:
            hit = self._items.get(key)
            if hit is None:
                return None
            self._items.move_to_end(key)
        return _shallow(hit[1], _INCIDENT_FIELDS, _incident_values)

    def put(self, key: tuple, originals: list[Claim], incident: Incident) -> None:
        kept = _shallow(incident, _INCIDENT_FIELDS, _incident_values)
        with self._lock:
            self._items[key] = (originals, kept)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


_MEMO = _IncidentMemo()


def _memo_key(group: tuple, part: list[Claim], rule: str, fresh: dict[int, Claim]) -> tuple[tuple, list[Claim]]:
    originals, ids = [], []
    for c in part:
        orig = fresh.get(id(c))
        if orig is None:
            originals.append(c)
            ids.append(id(c))
        else:  # edited by a rule: what the rule changed is part of the key
            originals.append(orig)
            ids.append((id(orig), c.victims, c.place_id, tuple(c.notes)))
    return (rule, group, tuple(ids)), originals


def claim_countries(claims: list[Claim]) -> list[str]:
    """The country each claim is reconciled in: its own, else the one most of its article's
    reconciled claims with a country are in (the first of equals), else "" (module
    docstring). It depends on the claim's article only."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for c in claims:
        if c.country and _taken(c):
            counts[c.article_id][c.country] += 1
    top = {a: cnt.most_common(1)[0][0] for a, cnt in counts.items()}
    return [c.country or top.get(c.article_id, "") for c in claims]


def _indices_by(keys: list[str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(list)
    for k, key in enumerate(keys):
        out[key].append(k)
    return out


def split_by_country(claims: list[Claim]) -> dict[str, list[Claim]]:
    """Claims by the country they are reconciled in (``claim_countries``), in their order:
    reconciling each part apart gives the incidents of reconciling them all."""
    where = claim_countries(claims)
    return {cc: [claims[k] for k in idx] for cc, idx in _indices_by(where).items()}


def _taken(c: Claim, victims_of: dict[str, str] | None = None, placed_inside: set[str] | frozenset = frozenset()) -> bool:
    """Whether reconciliation takes claim ``c``: a toll, or an event with a place; not a part
    of a toll said before that says nothing of who ("15 of the dead were Syrians": already
    counted in that toll, kept as a claim, no incident of its own), nor one of the same
    category as its toll ("23 civilians, including eight children and five women": the 13
    are among the 23 civilians; ``victims_of``: the victims of each claim by id) -- unless
    it is a part placed inside its toll's area (``placed_inside``, claim ids: "killed 24
    across the Gaza Strip, including 10 in Nuseirat" puts 10 at Nuseirat, held by the 24)."""
    return bool(c.place_id or c.is_toll) and not (c.part_of and c.claim_id not in placed_inside and (
        c.victims == Victims.TOTAL or victims_of is not None and victims_of.get(c.part_of) == c.victims))


def parts_placed_inside(claims: list[Claim], gaz: Gazetteer) -> set[str]:
    """The ids of the parts of tolls, of the same outcome and neither of them context, told at a
    place inside their toll's own area ("killed 24 across the Gaza Strip, including 10 in
    Nuseirat", "Of the dead, 92 were in Jajarkot"): each is its place's figure, the whole's area
    holding it."""
    whole = {c.claim_id: c for c in claims if c.is_toll}
    out = set()
    for c in claims:
        w = whole.get(c.part_of) if c.part_of else None
        if w is not None and c.is_toll and c.outcome == w.outcome and c.place_id and w.place_id \
                and c.place_id != w.place_id and not (c.cumulative or w.cumulative) \
                and w.place_kind != PlaceKind.UNLOCATED and contains(w.place_id, c.place_id, gaz):
            out.add(c.claim_id)
    return out


def nature(c: Claim | Incident) -> str:
    """A disaster's or an accident's event type, else "" (violence): tolls of different natures
    are never one event's (a flood's dead and a shooting's at one place)."""
    return c.event_type if c.event_type in NONVIOLENT else ""


def _group(c: Claim | Incident, country: str, beside: set[tuple] | None = None) -> tuple:
    """The incident group of a claim (or of the claims of an incident) reconciled in
    ``country``. A place of no country (a region across borders) and no place at all are
    grouped within the country they are reconciled in (a pseudo-place per country).
    ``beside``: (article, place, outcome, victims) of the claims told as no more beside another."""
    where = "" if c.place_id and c.place_id != UNLOCATED and c.country else country
    if c.is_toll:
        # ("another victim died" beside "two people were killed", "the attack also claimed the
        # lives of two neighbours" beside "a mother and her three sons": more, their own incident;
        # but "the bomber was also killed" is beside the victims: one account of the attackers
        # among others, "the attacker died in the blast") (more beside a toll of another place of
        # their article, "In a separate incident, bandits killed four farmers in Wase", are one
        # incident with other articles' figures for them)
        if isinstance(c, Incident):
            also = "also" if c.kept_apart else ""
        else:
            also = "also" if c.additional and c.victims != Victims.PERPETRATORS and (
                beside is None or (c.article_id, c.place_id, c.outcome, c.victims) in beside) else ""
        # (deaths of no violence are grouped apart from those of violence, whatever their dates say)
        return ("toll", c.place_id or UNLOCATED, c.outcome, c.victims, "cumulative" if c.cumulative else "", where, also,
                nature(c))
    return ("event", c.place_id, c.event_type, where)


def incident_order(i: Incident, country: str | None = None) -> tuple:
    """Where ``reconcile`` puts incident ``i`` (of claims reconciled in ``country``; by default
    where it was, ``Incident.reconciled_in``): incidents of several countries reconciled apart,
    sorted (stably) by this, are in the order of reconciling them all at once."""
    return tuple(x or "" for x in _group(i, i.reconciled_in if country is None else country))


def reconcile(claims: list[Claim], gaz: Gazetteer, rule: str = DEFAULT_RULE) -> list[Incident]:
    """Incidents from claims (module docstring). A toll no place could be given to is an
    incident of its own pseudo-place ``geometry.UNLOCATED`` (counted, listed and exported,
    never drawn); an event without a place is left out. The caller's claims are never
    modified."""
    if rule not in RULES:
        raise ValueError(f"unknown rule {rule!r}; use one of {', '.join(RULES)}")
    # rules 1 and 2 edit copies: callers reconcile the same claims many times (a dashboard
    # toggling sources), and no run may see another's edits
    victims_of = {c.claim_id: c.victims for c in claims if c.is_toll}
    # each toll's figure, by which two totals of one article are one told twice (``_by_note``)
    figures = {c.claim_id: (c.outcome, c.victims, c.low, c.best, c.high, c.place_id, c.date_start, c.date_end)
               for c in claims if c.is_toll and not c.part_of}
    inside = parts_placed_inside(claims, gaz)
    claims = [c for c in claims if _taken(c, victims_of, inside)]
    fresh: dict[int, Claim] = {}
    where = claim_countries(claims)
    for idx in _indices_by(where).values():  # the rules, country by country (module docstring)
        part = [claims[k] for k in idx]
        unify_categories(part, fresh, gaz)
        unify_areas(part, gaz, fresh)
        adopt_unique_finer_area(part, fresh, gaz)
        for k, c in zip(idx, part):
            claims[k] = c
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    cc_of: dict[tuple, str] = {}
    beside = {(c.article_id, c.place_id, c.outcome, c.victims) for c in claims if c.is_toll and not c.additional}
    for c, cc in zip(claims, where):
        key = _group(c, cc, beside)
        groups[key].append(c)
        cc_of[key] = cc  # (a group's claims are all reconciled in one country: "where" is in its key, or its place's country is)
    incidents = []
    for key, cs in sorted(groups.items(), key=lambda kv: tuple(x or "" for x in kv[0])):
        for part in (_events(cs, figures) if len(cs) > 1 else [cs]):
            if not part:
                continue
            mkey, originals = _memo_key(key, part, rule, fresh)
            inc = _MEMO.get(mkey)
            if inc is None:
                inc = _make_incident(part, key[2] if key[0] == "toll" else None,
                                     key[3] if key[0] == "toll" else None, rule, cc_of[key],
                                     kept_apart=key[0] == "toll" and key[6] == "also")
                _MEMO.put(mkey, originals, inc)
            incidents.append(inc)
    return incidents
