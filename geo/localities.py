"""Localities: incidents aggregated per place, every toll counted once on the whole map.

Counting once, for each outcome (killed, wounded, displaced, arrested, missing) and for low,
best and high alike (README "Counting once"):

1. **Within a place** and a period (days the texts state are exact within a day:
   ``_same_time``), a total and its breakdown are not added up: the place's own figure is
   ``max(total, civilians + security forces + fighters)``. The categories count first; the
   total adds only what the categories do not explain. Perpetrators ("before killing himself")
   are kept apart and added, and so are the dead every source says come beside the total
   ("two people were killed ... six militants were also killed") where every total at the
   place comes from those sources.
2. **Across places**, an area's figure is not added to the figures of the places inside it
   that are about the same event: same outcome, the same victim category (or a total, which
   covers every category), the same nature (a flood's dead never cover a shooting's, within a
   place or across places) and periods that overlap (or are unknown). The area counts what
   exceeds what those places count; a figure of another category, or of another time, inside
   it is another event and is added (a country's "4 soldiers" does not swallow a town's "12
   civilians"), and so is an area's toll its sources tell as another event ("Separately, ..."),
   beside what they told of the places inside it. A region is never split into its parts nor
   repeated in them.
3. **Context** is never counted as new deaths: a figure for a whole war, campaign or period
   ("since the war began", "this year") counts 0 and subtracts nothing; a vague amount
   ("hundreds") counts 0 where a stated figure of the same outcome, of people it may be
   (everyone, or its category: "dozens of rebels" beside "22 soldiers" counts), lies inside,
   around or at its place. Both stay in the incident's reported figures, shown and exported.

Hence the sum of ``killed_best`` over all localities equals the sum over all incidents.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import cached_property
from dataclasses import dataclass, field

from geo.dates import calendar_day, told_up_to, year_less_day
from geo.gazetteer import Gazetteer
from geo.geometry import (ADMIN2_REACH_KM, CITY_QUARTERS_POP, UNLOCATED, area_of, contains, degree_cell,
                          degree_cells_within, haversine_km)
from geo.attribution import PERPETRATOR
from geo.claims import closes_a_note, told_as_rise
from geo.reconcile import PUBLISHED_SLACK, SPLIT_DAYS, STATED_DAY_SLACK, Incident, nature
from geo.vocab import CATEGORIES, OUTCOMES, Outcome, PlaceKind, Revision, Victims

LEVELS = ("low", "best", "high")


@dataclass
class Locality:
    """One place on the map with what happened there."""

    place_id: str
    name: str
    country: str
    admin1: str
    place_kind: str
    precision: int | None     # None: unlocated
    lat: float | None
    lon: float | None
    parts: tuple[str, ...]
    incidents: list[Incident]
    counted: dict[str, dict[str, int]] = field(default_factory=dict)   # outcome -> level -> counted
    reported: dict[str, dict[str, int]] = field(default_factory=dict)  # outcome -> level -> own figure
    by_victims: dict[str, int] = field(default_factory=dict)           # killed, best, per category
    contained_in: str | None = None
    # what is derived from it once built (a popup's JSON, an export row), kept for reuse: a map
    # built part by part (geo.parts) hands the same localities to many toggles
    views: dict = field(default_factory=dict, repr=False, compare=False)

    def killed(self, level: str = "best") -> int | None:
        c = self.counted.get("killed")
        return None if c is None else c[level]

    @cached_property  # incidents do not change once built
    def sources(self) -> list[str]:
        return sorted({s for i in self.incidents for s in i.sources})

    @cached_property  # incidents do not change once built
    def reporters(self) -> list[str]:
        return sorted({r for i in self.incidents for r in i.reporters})

    @cached_property  # incidents do not change once built
    def event_types(self) -> list[str]:
        return sorted({i.event_type for i in self.incidents})

    @property
    def first_date(self) -> str | None:
        ds = [i.date_start for i in self.incidents if i.date_start]
        return min(ds) if ds else None

    @property
    def last_date(self) -> str | None:
        ds = [i.date_end for i in self.incidents if i.date_end]
        return max(ds) if ds else None

    @property
    def conflicting(self) -> bool:
        return any(i.conflicting for i in self.incidents)

    @cached_property  # incidents do not change once built
    def dominant_event_type(self) -> str:
        """The event type with the largest toll here, else the most frequent."""
        weight: dict[str, float] = defaultdict(float)
        for i in self.incidents:
            weight[i.event_type] += 1 + (i.reported_best or 0)
        return max(weight, key=weight.get) if weight else "other"


def _area_codes(place_id: str, gaz: Gazetteer) -> tuple[str, str]:
    area = area_of(place_id, gaz)  # (a region of towns of one first-order area lies in it)
    return (area.country, area.admin1) if area is not None else ("", "")


def _km(a: Locality, b: Locality) -> float:
    """How far apart two localities' points are, in kilometres (0 for one without a point)."""
    if a.lat is None or b.lat is None:
        return 0.0
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _by_time(incidents: list[Incident]) -> list[list[Incident]]:
    """The incidents of a place in groups of overlapping periods (``_same_time``): a total and a
    category of another time are different events. One group when any period is unknown."""
    periods = [period(i) for i in incidents]
    if any(p is None for p in periods):
        return [incidents]
    # (runs as ``_same_time`` tells them: days the texts state are exact within a day, so the
    # policemen shot on Wednesday are no part of Monday's bombing toll in the same city)
    # (sorted by start, an incident is of the run when it is of its time with the run's latest-ending
    # incident of each kind of date, stated or not: the same as with any of them, in linear time)
    runs: list[list[Incident]] = []
    latest: dict[bool, tuple[str, Incident]] = {}  # stated day or not -> (end, incident) of the current run
    for _, end, k in sorted((p[0], p[1], k) for k, p in enumerate(periods)):
        i = incidents[k]
        if runs and any(_same_time(i, j) for _, j in latest.values()):
            runs[-1].append(i)
        else:
            runs.append([i])
            latest = {}
        stated = bool(i.date_start)
        if stated not in latest or end > latest[stated][0]:
            latest[stated] = (end, i)
    return runs


def _own(incidents: list[Incident], level: str) -> dict[str, int]:
    """Each incident's share of its place's own figure (rule 1), period by period."""
    attr = "reported_" + level
    val = lambda i: getattr(i, attr) or 0  # noqa: E731
    if len(incidents) == 1:  # most places: one toll, nothing to split
        return {incidents[0].incident_id: val(incidents[0])}
    natures: dict[str, list[Incident]] = {}
    for i in incidents:
        natures.setdefault(nature(i), []).append(i)
    if len(natures) > 1:  # (a flood's dead here are no part of a shooting's, nor it of theirs)
        return {k: v for group in natures.values() for k, v in _own(group, level).items()}
    times = _by_time(incidents)
    if len(times) > 1:  # (last January's toll here is no total of today's)
        return {k: v for group in times for k, v in _own(group, level).items()}
    notes = _by_note(incidents)
    if len(notes) > 1:  # (two notes of one file here, each with its closing count: two events, both counted)
        return {k: v for group in notes for k, v in _own(group, level).items()}
    cats = [i for i in incidents if i.victims in CATEGORIES]
    apart = [i for i in incidents if i.victims == Victims.PERPETRATORS]
    totals = [i for i in incidents if i.victims not in CATEGORIES and i.victims != Victims.PERPETRATORS]
    share = {i.incident_id: val(i) for i in (*cats, *apart)}
    # an armed group's own figure for its attack ("Al Shabaab said it had killed 40 soldiers") is no
    # part of a toll others give here: shown, never counted above theirs (19 dead, not 40)
    if any(not _claimed(t) for t in totals):
        boast = [i for i in cats if _claimed(i)]
        for i in boast:
            share[i.incident_id] = 0
        cats = [i for i in cats if not _claimed(i)]
    # ... nor is a figure said to have been replaced, beside one that was not ("An earlier version
    # of this story said 26 people died", beside "killing 21 passengers")
    if any(not _superseded(i) for i in (*cats, *totals)):
        for i in (*cats, *totals):
            if _superseded(i):
                share[i.incident_id] = 0
        cats = [i for i in cats if not _superseded(i)]
        totals = [i for i in totals if not _superseded(i)]
    # "six militants were also killed", "another victim died": beside the total, not in it, where
    # every total here comes from the sources that say so (another source's total may already hold them)
    beside: set[int] = set()  # (ids: checked only where some toll is said to come "also")
    if any(i.additional for i in (*cats, *totals, *apart)):
        main = [t for t in totals if not t.additional]
        total_sources = {s for t in main for s in t.sources}
        # (with no other total here, a total said to come beside a category is beside it: "two
        # soldiers and five people were killed", "Two soldiers were killed. Another victim also died.")
        beside = {id(i) for i in (*cats, *totals, *apart)
                  if i.additional and (not main or total_sources <= set(i.sources))}
        for t in totals:
            if id(t) in beside:
                share[t.incident_id] = val(t)
        totals = [t for t in totals if id(t) not in beside]
    cat_sum = sum(val(i) for i in cats if id(i) not in beside)
    biggest = max(totals, key=val, default=None)
    # a total that is exactly the victims named plus the attackers counted apart holds the
    # attackers too: "killed his wife and two children before turning the gun on himself ...
    # found the four bodies" is four dead, not five (deaths only; with no victims named, "killed four
    # people before killing himself" stays four and him)
    perps = sum(val(i) for i in apart)
    # attackers said to have died "also" whom another source's total may already hold are in it
    held = sum(val(i) for i in apart if i.additional and id(i) not in beside)
    holds_perps = (biggest is not None and biggest.outcome == Outcome.KILLED and perps > 0
                   and val(biggest) == cat_sum + perps
                   # (only a total told after them: "Six people, including two police officers, were
                   # killed ... Four attackers were eliminated" are ten dead, whatever the sum)
                   and (cat_sum > 0 and _told_after(biggest, apart)
                        # (not attackers said to have died too: "Three people, including a police
                        # officer, were killed ... Two assailants were also killed" are five dead)
                        and not all(i.additional for i in apart)
                        # ... and of the attackers alone, a total said as one: "killed 3 gunmen in an
                        # exchange of fire ... 3 fatalities." (a note's closing count, "in all")
                        or cat_sum == 0 and _told_after(biggest, apart, totals_only=True)))
    if biggest is not None and perps and not holds_perps:
        # ... as does a total its own sentence says holds them ("killed ten people, including
        # three gunmen": ten dead, three of them the attackers; a paragraph's "In total, 21 people
        # were killed" after "two gunmen were shot dead" need not)
        # (or that its parts told after it add up to, with them: "left at least 32 people dead
        # ... killing 25 people, and 7 attackers were killed")
        said_in = {c.claim_id: (c.article_id, c.sentence_start) for c in biggest.claims}
        holding = {c.claim_id for c in biggest.claims if c.holds_attackers}
        # (or a total its article says holds its killer: "found the bodies of the four", after "shot his
        # wife and their two children before turning the gun on himself")
        holders = {c.article_id for c in biggest.claims if c.holds_attackers and not c.part_of}
        holds_perps = val(biggest) >= perps and all(
            any(said_in.get(c.part_of) == (c.article_id, c.sentence_start) or c.part_of in holding
                or not c.part_of and c.article_id in holders for c in i.claims)
            for i in apart)
    for t in totals:
        share[t.incident_id] = max(0, val(t) - cat_sum - (perps if holds_perps else held)) if t is biggest else 0
    return share


def _told_after(total: Incident, apart: list[Incident], totals_only: bool = False) -> bool:
    """Whether some article tells the total after it has told of the attackers' dead (with
    ``totals_only``, as a total: a closing count, "in all")."""
    first = {}
    for i in apart:
        for c in i.claims:
            first[c.article_id] = min(first.get(c.article_id, c.start), c.start)
    return any(c.article_id in first and c.start > first[c.article_id] and (c.is_total or not totals_only)
               for c in total.claims)


def _superseded(i: Incident) -> bool:
    """Whether every figure of an incident is one its source said was replaced."""
    return bool(i.claims) and all(c.revision == Revision.SUPERSEDED for c in i.claims)


def _claimed(i: Incident) -> bool:
    """Whether every figure of an incident is its attackers' own claim."""
    return bool(i.claims) and all(c.reporter_kind == PERPETRATOR for c in i.claims)


def period(i: Incident) -> tuple[str, str] | None:
    """When an incident happened: its dates, else when its sources reported it; None if unknown."""
    if i.date_start:
        return i.date_start, i.date_end or i.date_start
    dates = sorted(v.date for v in i.versions if v.date)
    return (dates[0], dates[-1]) if dates else None




def _year_less(i: Incident) -> tuple[str, str] | None:
    """An undated incident's day by its claims' words alone ("12 August:" in a note of an undated
    update), in a stand-in year: only to tell two undated events days apart."""
    days = sorted({d for c in i.claims if c.date_text and not c.date_start and (d := year_less_day(c.date_text)) is not None})
    return (days[0].isoformat(), days[-1].isoformat()) if days else None


UP_TO_REACH = dt.timedelta(days=30)  # a running count "as of" a day holds the deaths of this many days before it
_NO_DAYS, _STATED_SLACK, _SPLIT_SLACK = dt.timedelta(days=0), dt.timedelta(days=STATED_DAY_SLACK), dt.timedelta(days=SPLIT_DAYS)


def _up_to(i: Incident) -> bool:
    """Whether an incident's toll is a running count up to its day ("As of 19 October, 37 people
    have died")."""
    return bool(i.date_start) and all(told_up_to(c.sentence, c.date_text) for c in i.claims if c.date_start)


def _when(i: Incident) -> tuple:
    """What ``_same_time`` and ``_holds_time`` read of an incident, worked out once and kept in
    its views (it depends on its claims alone, and a toggle hands out the same incidents again):
    (its period as dates, its start a running count's reach earlier, or None; the period its
    words alone give when it has none, as dates, or None; its stated first day, or None)."""
    return i.derived("when", _work_out_when)


def _work_out_when(i: Incident) -> tuple:
    p = period(i)
    if p is None:
        y = _year_less(i)
        return None, y and (dt.date.fromisoformat(y[0]), dt.date.fromisoformat(y[1])), None
    d0, d1 = dt.date.fromisoformat(p[0]), dt.date.fromisoformat(p[1])
    span = (d0 - UP_TO_REACH if i.derived("up to", _up_to) else d0, d1)
    return span, None, dt.date.fromisoformat(i.date_start) if i.date_start else None


def _same_time(a: Incident, b: Incident) -> bool:
    """True when the periods of ``a`` and ``b`` overlap (within ``SPLIT_DAYS``; exactly where the
    texts state both days), or one is unknown (two undated events whose words give days of the
    year apart are not the same: "12 August" and "16 August" notes of an undated update)."""
    # (days the texts state are exact within a day: "on Monday" and "on Wednesday" are two events,
    # a night's attack straddles midnight and a statement's day may follow its event's; days of
    # publication only bound when a report was written; days of the calendar said alone in one
    # article are exact: "On 3 March 2024, ..." and "On 4 March 2024, ..." are two notes' events)
    slack = _NO_DAYS if _exact_days(a, b) else _STATED_SLACK if a.date_start and b.date_start else _SPLIT_SLACK
    (pa, ya, _), (pb, yb, _) = _when(a), _when(b)  # (a running count up to its day, "As of 19 October, 37
    # people have died", is of the days before it too: its period starts that much earlier)
    if pa is None and pb is None:
        pa, pb = ya, yb
        slack = _NO_DAYS  # (days its words give exactly)
    if pa is None or pb is None:
        return True
    (a0, a1), (b0, b1) = pa, pb
    # (an event on stated days after the last report of an undated one is not what that report told:
    # a story of the 14th does not tell of an ambush on the 20th)
    if a.date_start and not b.date_start and a0 > b1 + PUBLISHED_SLACK \
            or b.date_start and not a.date_start and b0 > a1 + PUBLISHED_SLACK:
        return False
    return a0 <= b1 + slack and b0 <= a1 + slack


def _exact_days(a: Incident, b: Incident) -> bool:
    """Whether two incidents' days are exact for each other: both of one article (a file of
    notes), each on one day of the calendar said alone. Across articles a day said alone may be
    when a figure was given ("Officials said on 3 August that 30 people had been killed"), so
    the stated day's slack stays."""
    return len(a.sources) == 1 and a.sources == b.sources and a.derived("calendar day", _calendar_day) \
        and b.derived("calendar day", _calendar_day)


def _calendar_day(i: Incident) -> bool:
    """Whether an incident is of one day every dated claim of it gives as a day of the calendar
    and nothing else ("On 3 March 2024": ``calendar_day``), none told as a toll's rise ("On 4
    March 2024, the toll rose to 5" is the day before's event still)."""
    return bool(i.date_start) and i.date_start == i.date_end \
        and all(calendar_day(c.date_text or "") and not told_as_rise(c) for c in i.claims if c.date_start)


def _holds_time(area: Incident, inner: Incident) -> bool:
    """Whether an area's toll can hold the toll of a place inside it by their times: as
    ``_same_time``, and where the texts state both periods, the inner one not begun before the
    area's (with the stated days' slack): a province's toll of one Saturday holds no town's toll
    of "earlier this month" that the Saturday falls in (another event the story recalls), a
    month's holds a day's. (Its end may come later: an event's toll is told again on later days.)"""
    if not _same_time(area, inner):
        return False
    if not (area.date_start and inner.date_start) or area.derived("up to", _up_to):
        return True
    slack = _NO_DAYS if _exact_days(area, inner) else _STATED_SLACK
    return _when(area)[2] - slack <= _when(inner)[2]


def _cover(here: list[Incident], share: dict[str, int], inner: list[Incident], counted: dict[str, int]) -> None:
    """Rule 2: take off the shares of an area's incidents (``here``) what the incidents of the
    places inside it (``inner``, already counted) count of the same event. A category's figure
    covers that category; a total covers every category, and what a category's figure here
    could not absorb; a total inside covers the total here, then the categories here (a
    province's "20 civilians" holds a town's "four people" of the same day). Deaths of no
    violence (a flood's) and of violence never cover one another."""
    natures = {nature(i) for i in (*here, *inner)}
    if len(natures) > 1:
        for n in natures:
            _cover([i for i in here if nature(i) == n], share, [j for j in inner if nature(j) == n], counted)
        return
    by_victims = {i.victims: i for i in here if i.victims in CATEGORIES or i.victims == Victims.PERPETRATORS}
    total = max((i for i in here if i.victims not in CATEGORIES and i.victims != Victims.PERPETRATORS),
                key=lambda i: share.get(i.incident_id, 0), default=None)
    taken: dict[str, int] = defaultdict(int)   # incident id here -> what places inside count of it
    for j in inner:
        n = counted.get(j.incident_id, 0)
        if not n:
            continue
        own = by_victims.get(j.victims)
        if own is not None and _holds_time(own, j) and not _told_apart(own, j):
            room = share.get(own.incident_id, 0) - taken[own.incident_id]
            use = min(room, n)
            taken[own.incident_id] += use
            n -= use
        # (the attackers' dead only by a total said to hold them: "Three dead, including gunman, in
        # Ohio office shooting" holds the town's two dead and its gunman)
        if n and (j.victims != Victims.PERPETRATORS or total is not None and any(c.holds_attackers for c in total.claims)):
            if total is not None and _holds_time(total, j) and not _told_apart(total, j):
                room = share.get(total.incident_id, 0) - taken[total.incident_id]
                taken[total.incident_id] += n
                n -= max(0, room)
            if n > 0 and j.victims not in CATEGORIES:
                # a total inside covers every category here too, once the total here is used up
                # (a province's "56 killed, including 11 children" inside which a town counts 74)
                # (and the attackers' dead here, where the total inside is said to hold them: "found
                # the bodies of the four" in the town, the killer's own death told of the county)
                holds = any(c.holds_attackers for c in j.claims)
                for own in by_victims.values():
                    if (own.victims in CATEGORIES or holds and own.victims == Victims.PERPETRATORS) \
                            and _holds_time(own, j) and n > 0 and not _told_apart(own, j):
                        use = min(n, share.get(own.incident_id, 0) - taken[own.incident_id])
                        if use > 0:
                            taken[own.incident_id] += use
                            n -= use
    for iid, n in taken.items():
        share[iid] = max(0, share.get(iid, 0) - n)


def _by_note(incidents: list[Incident]) -> list[list[Incident]]:
    """A place's incidents in one group per note where one article's file of notes gives the
    place two notes' closing counts ("8 fatalities." and "Fatalities coded as 10." for two notes of
    one day in one province): each total with the incidents whose figures are parts of it (the
    others with the first). One group otherwise."""
    closing = [i for i in incidents if i.claims and all(closes_a_note(c) for c in i.claims)
               and len({c.article_id for c in i.claims}) == 1]
    if len(closing) < 2 or len({c.article_id for i in closing for c in i.claims}) > 1:
        return [incidents]
    groups = {id(t): [t] for t in closing}
    of_total = {c.claim_id: id(t) for t in closing for c in t.claims}
    for i in incidents:
        if id(i) in groups:
            continue
        home = next((of_total[c.part_of] for c in i.claims if c.part_of in of_total), id(closing[0]))
        groups[home].append(i)
    return list(groups.values())


def _told_apart(area: Incident, inner: Incident) -> bool:
    """Whether the sources of a toll inside an area all said the area's toll was another event
    ("Separately, gunmen attacked a convoy on the road between Kosti and El Obeid, killing two
    drivers", after El Obeid's 38 dead): more dead, beside, never held by it."""
    return area.additional and set(inner.sources) <= set(area.sources)


def _may_hold(i: Incident, victims: str | None) -> bool:
    """Whether incident ``i``'s people may be, or hold, people of ``victims`` (a category, or
    everyone): a figure of everyone may, and one of the same category."""
    return victims in (None, Victims.TOTAL) or i.victims in (None, Victims.TOTAL, victims)


def _is_context(i: Incident) -> bool:
    return i.cumulative


def aggregate(incidents: list[Incident], gaz: Gazetteer) -> list[Locality]:
    """Localities of ``incidents``, with counted tolls set on both (module docstring), the
    most killed first (then by name, then in the incidents' order). Tolls no place could be
    given to are one locality per country (a Syrian and a Nigerian toll without a place are
    two events, never a total and its breakdown), inside that country: a toll of the whole
    country, of the same event, holds them ("45 killed across Pakistan" over "In Buner district
    alone, 21 people died", Buner unknown to the gazetteer)."""
    return ordered(_aggregate(incidents, gaz), incidents)


def _locality_key(i: Incident) -> str:
    """Where an incident is counted: its place, or for a toll of no place its country's unlocated
    locality (a locality's id is unique: the unlocated tolls of Syria are "unlocated:SY")."""
    return f"{UNLOCATED}:{i.country}" if i.place_id == UNLOCATED and i.country else i.place_id


def ordered(locs: list[Locality], incidents: list[Incident]) -> list[Locality]:
    """``locs`` the most killed first, then by name, then in the order of their first incident
    in ``incidents``."""
    first: dict[int, int] = {}
    for k, i in enumerate(incidents):
        first.setdefault(id(i), k)
    return sorted(locs, key=lambda l: order_key(l, first, 0))


def order_key(loc: Locality, first: dict[int, object], default: object) -> tuple:
    """``ordered``'s key of ``loc``: ``first`` gives each incident's place in the order (by
    its id), ``default`` that of an incident it does not hold."""
    return -(loc.killed() or 0), loc.name, first.get(id(loc.incidents[0]), default)


def _aggregate(incidents: list[Incident], gaz: Gazetteer) -> list[Locality]:
    by_place: dict[str, list[Incident]] = defaultdict(list)
    for i in incidents:
        by_place[_locality_key(i)].append(i)
    locs = []
    for pid, incs in by_place.items():
        f = incs[0]
        locs.append(Locality(pid, f.name, f.country, f.admin1, f.place_kind, f.precision, f.lat, f.lon, f.parts, incs))
    # direct parent: the finest locality that contains it. Only countries, admin-1 areas,
    # second-order areas (the towns near their centre), regions and large cities (their quarters)
    # contain anything; each place is tried against the few that can hold it (its country, its
    # admin-1 area and the second-order areas and large cities in it, the regions sharing a part
    # with it), never against all.
    country_of: dict[str, list[Locality]] = defaultdict(list)
    admin1_by_id: dict[str, Locality] = {}
    cities_by_admin1: dict[str, list[Locality]] = defaultdict(list)
    admin2_by_cell: dict[tuple, list[Locality]] = defaultdict(list)  # (admin-1 id, one-degree cell)
    regions_by_part: dict[str, list[Locality]] = defaultdict(list)
    for loc in locs:
        if loc.place_kind == PlaceKind.COUNTRY:
            country_of[loc.country].append(loc)
        elif loc.place_kind == PlaceKind.ADMIN1:
            admin1_by_id[loc.place_id] = loc
        elif loc.place_kind == PlaceKind.LOCALITY and (k := gaz.by_id.get(loc.place_id)) is not None \
                and int(gaz.pop[k]) >= CITY_QUARTERS_POP:
            cities_by_admin1["a1:%s.%s" % _area_codes(loc.place_id, gaz)].append(loc)
        elif loc.place_kind == PlaceKind.ADMIN2 and loc.lat is not None:
            admin2_by_cell[("a1:%s.%s" % _area_codes(loc.place_id, gaz), degree_cell(loc.lat, loc.lon))].append(loc)
        for part in loc.parts:  # a region without parts holds nothing (geo.geometry.contains)
            regions_by_part[part].append(loc)
    children: dict[str, list[Locality]] = defaultdict(list)
    for loc in locs:
        if loc.place_kind == PlaceKind.UNLOCATED:
            # a toll of no place known, in a country, lies in that country: a country-wide figure of
            # the same event holds it ("45 killed across Pakistan" over "In Buner district alone, 21")
            outers = country_of.get(loc.country, []) if loc.country else []
        else:
            cc, a1 = _area_codes(loc.place_id, gaz)
            code = f"a1:{cc}.{a1}"
            cands = {id(o): o for o in country_of.get(loc.country, [])}
            if code in admin1_by_id:
                cands[id(admin1_by_id[code])] = admin1_by_id[code]
            for o in cities_by_admin1.get(code, ()):
                cands[id(o)] = o
            if admin2_by_cell and loc.lat is not None:
                for cell in degree_cells_within(loc.lat, loc.lon, ADMIN2_REACH_KM):
                    for o in admin2_by_cell.get((code, cell), ()):
                        cands[id(o)] = o
            for key in (loc.place_id, code, *loc.parts):
                for o in regions_by_part.get(key, ()):
                    cands[id(o)] = o
            outers = [o for o in cands.values() if contains(o.place_id, loc.place_id, gaz)]
        if outers:
            # (of two second-order areas that may hold a town, the nearer: "near Lakeland" is Polk
            # County's, not the next county's)
            p = min(outers, key=lambda o: (o.precision or 9, len(o.parts) or 0,
                                           _km(o, loc) if o.place_kind == PlaceKind.ADMIN2 else 0.0, o.place_id))
            loc.contained_in = p.place_id
            children[p.place_id].append(loc)
    order = _bottom_up(locs, children)
    loc_by_id = {loc.place_id: loc for loc in locs}
    for i in incidents:
        i.killed_low = i.killed_best = i.killed_high = None
    below: dict[str, list[Incident]] = {}  # place -> the tolls of the places inside it, at any depth
    for loc in order:
        below[loc.place_id] = [i for c in children.get(loc.place_id, ()) for i in (*below[c.place_id], *c.incidents)]
    for outcome in OUTCOMES:
        here_by = {loc.place_id: [i for i in loc.incidents if i.outcome == outcome] for loc in locs}
        if not any(here_by.values()):
            continue
        stated = {i.incident_id for i in incidents if i.outcome == outcome and not _is_context(i)
                  and any(v.qualifier != "vague" for v in i.versions)}

        def figured(loc: Locality, victims: str | None) -> bool:
            """A stated figure of this outcome at the place, inside it or in an area around it, of
            people that may be ``victims`` (everyone, or that category: "several dozen terrorists"
            are no part of "29 soldiers")."""
            places = [loc]
            while places[-1].contained_in:
                places.append(loc_by_id[places[-1].contained_in])
            return any(i.incident_id in stated and _may_hold(i, victims)
                       for i in (*(x for p in places for x in here_by[p.place_id]), *below[loc.place_id]))
        # what counts at each place, and the tolls inside it: the same at every level
        live_by = {pid: [i for i in here if not _is_context(i)
                         and (i.incident_id in stated or not figured(loc_by_id[pid], i.victims))]
                   for pid, here in here_by.items() if here}
        inner_by = {pid: [i for i in below[pid] if i.outcome == outcome] for pid in live_by}
        by_level: dict[str, dict[str, int]] = {}
        for level in LEVELS:
            counted: dict[str, int] = by_level.setdefault(level, {})
            for loc in order:  # places inside an area are counted before it
                here = here_by[loc.place_id]
                if not here:
                    continue
                live = live_by[loc.place_id]
                share = _own(live, level) if live else {}
                own = sum(share.values())
                inner = inner_by[loc.place_id]
                if inner and share:
                    _cover(live, share, inner, counted)
                for i in here:
                    counted[i.incident_id] = share.get(i.incident_id, 0)
                loc.reported.setdefault(outcome, {})[level] = own
                loc.counted.setdefault(outcome, {})[level] = sum(share.values())
        # low <= best <= high for every incident and place: each level is counted on its own, and a
        # total that holds the attackers at its best may not at its low ("killed his wife, her mother
        # and her son ... found the four bodies", a title's "3 relatives" and the lead's 2)
        low, best, high = by_level["low"], by_level["best"], by_level["high"]
        clamped = [k for k in best if low.get(k, 0) > best[k] or high.get(k, 0) < best[k]]
        for k in clamped:
            low[k], high[k] = min(low.get(k, 0), best[k]), max(high.get(k, 0), best[k])
        for loc in order:
            here = here_by[loc.place_id]
            if not here:
                continue
            if clamped:
                # (the place's own sums, kept in order: not the sum of the clamped incidents, which
                # can pass them: "killed between 7 and 10 civilians ... Fatalities: 8" is 8 to 10,
                # not 8 to 11, the total's clamped share of 1 beside the 10)
                counted = loc.counted[outcome]
                counted["low"], counted["high"] = min(counted["low"], counted["best"]), max(counted["high"], counted["best"])
            if outcome == Outcome.KILLED:
                for i in here:
                    for level in LEVELS:
                        setattr(i, "killed_" + level, by_level[level][i.incident_id])
    for loc in locs:
        for i in loc.incidents:
            if i.outcome == Outcome.KILLED and i.victims and not _is_context(i):
                loc.by_victims[i.victims] = loc.by_victims.get(i.victims, 0) + (i.reported_best or 0)
    return locs


def _bottom_up(locs: list[Locality], children: dict[str, list[Locality]]) -> list[Locality]:
    """Localities ordered so that every child comes before its parent."""
    done: set[str] = set()
    out: list[Locality] = []

    def visit(loc: Locality) -> None:
        if loc.place_id in done:
            return
        done.add(loc.place_id)
        for c in children.get(loc.place_id, []):
            visit(c)
        out.append(loc)

    for loc in sorted(locs, key=lambda l: l.precision or 9):
        visit(loc)
    return out
