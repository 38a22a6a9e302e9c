"""Localities: incidents aggregated per place, every toll counted once on the whole map.

Counting once, for each outcome (killed, wounded, displaced, arrested) and for low, best and
high alike (README "Counting once"):

1. **Within an area**, a total and its breakdown are not added up: the area's own figure is
   ``max(total, civilians + security forces + fighters)``. The categories count first; the
   total adds only what the categories do not explain.
2. **Across areas**, a toll for an area is not added to the tolls of the places inside it
   (a locality inside a province, a province inside a multi-province region, anything inside a
   country): an area counts only what exceeds the sum of the areas inside it,
   ``counted(a) = max(own(a), inside(a)) - inside(a)`` with ``inside(a)`` the counted sum of
   its direct children. A region is never split into its parts nor repeated in them.

Hence the sum of ``killed_best`` over all localities equals the sum over all incidents, and
it is never below the largest single reported area figure.
"""
from __future__ import annotations

from collections import defaultdict
from functools import cached_property
from dataclasses import dataclass, field

from geo.gazetteer import Gazetteer
from geo.geometry import contains
from geo.reconcile import CATEGORIES, Incident

OUTCOMES = ("killed", "wounded", "displaced", "arrested")
LEVELS = ("low", "best", "high")


@dataclass
class Locality:
    """One place on the map with what happened there."""

    place_id: str
    name: str
    country: str
    admin1: str
    place_kind: str
    precision: int
    lat: float
    lon: float
    parts: tuple[str, ...]
    incidents: list[Incident]
    counted: dict[str, dict[str, int]] = field(default_factory=dict)   # outcome -> level -> counted
    reported: dict[str, dict[str, int]] = field(default_factory=dict)  # outcome -> level -> own figure
    by_victims: dict[str, int] = field(default_factory=dict)           # killed, best, per category
    contained_in: str | None = None

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
    i = gaz.by_id.get(place_id)
    return (gaz.country[i], gaz.admin1[i]) if i is not None else ("", "")


def _own(incidents: list[Incident], level: str) -> tuple[int, dict[str, int]]:
    """The area's own figure and each incident's share of it (rule 1)."""
    attr = "reported_" + level
    if len(incidents) == 1:  # most places: one toll, nothing to split
        n = getattr(incidents[0], attr) or 0
        return n, {incidents[0].incident_id: n}
    val = lambda i: getattr(i, attr) or 0  # noqa: E731
    cats = [i for i in incidents if i.victims in CATEGORIES]
    totals = [i for i in incidents if i.victims not in CATEGORIES]
    share = {i.incident_id: val(i) for i in cats}
    cat_sum = sum(share.values())
    biggest = max(totals, key=val, default=None)
    for t in totals:
        share[t.incident_id] = max(0, val(t) - cat_sum) if t is biggest else 0
    return sum(share.values()), share


def aggregate(incidents: list[Incident], gaz: Gazetteer) -> list[Locality]:
    """Localities of ``incidents``, with counted tolls set on both (module docstring)."""
    by_place: dict[str, list[Incident]] = defaultdict(list)
    for i in incidents:
        by_place[i.place_id].append(i)
    locs = []
    for pid, incs in by_place.items():
        f = incs[0]
        locs.append(Locality(pid, f.name, f.country, f.admin1, f.place_kind, f.precision, f.lat, f.lon, f.parts, incs))
    # direct parent: the finest locality that contains it. Only countries, admin-1 areas and
    # regions contain anything; each place is tried against the few that can hold it (its
    # country, its admin-1 area, the regions sharing a part with it), never against all.
    country_of: dict[str, list[Locality]] = defaultdict(list)
    admin1_by_id: dict[str, Locality] = {}
    regions_by_part: dict[str, list[Locality]] = defaultdict(list)
    for loc in locs:
        if loc.place_kind == "country":
            country_of[loc.country].append(loc)
        elif loc.place_kind == "admin1":
            admin1_by_id[loc.place_id] = loc
        for part in loc.parts:  # a region without parts holds nothing (geo.geometry.contains)
            regions_by_part[part].append(loc)
    children: dict[str, list[Locality]] = defaultdict(list)
    for loc in locs:
        cc, a1 = _area_codes(loc.place_id, gaz)
        code = f"a1:{cc}.{a1}"
        cands = {id(o): o for o in country_of.get(loc.country, [])}
        if code in admin1_by_id:
            cands[id(admin1_by_id[code])] = admin1_by_id[code]
        for key in (loc.place_id, code, *loc.parts):
            for o in regions_by_part.get(key, ()):
                cands[id(o)] = o
        outers = [o for o in cands.values() if contains(o.place_id, loc.place_id, gaz)]
        if outers:
            p = min(outers, key=lambda o: (o.precision, len(o.parts) or 0, o.place_id))
            loc.contained_in = p.place_id
            children[p.place_id].append(loc)
    order = _bottom_up(locs, children)
    loc_by_id = {loc.place_id: loc for loc in locs}
    for i in incidents:
        i.killed_low = i.killed_best = i.killed_high = None
    by_outcome: dict[str, dict[str, list[Incident]]] = defaultdict(dict)  # outcome -> place -> tolls
    for loc in locs:
        for i in loc.incidents:
            if i.outcome:
                by_outcome[i.outcome].setdefault(loc.place_id, []).append(i)
    inner = [loc for loc in order if loc.place_id in children]  # areas with places inside
    for outcome in OUTCOMES:
        if outcome not in by_outcome:
            continue
        here = by_outcome[outcome]
        effective_by: dict[str, dict[str, int]] = {lv: {} for lv in LEVELS}
        subtree_by: dict[str, dict[str, dict[str, int]]] = {lv: {} for lv in LEVELS}
        for pid, tolls in here.items():  # leaves (most places) count their own figure
            if pid not in children:
                _count_leaf(loc_by_id[pid], outcome, tolls, effective_by, subtree_by)
        for level in LEVELS:
            effective = effective_by[level]
            subtree = subtree_by[level]  # counted per victim category, place and all inside it
            for loc in inner:
                tolls = here.get(loc.place_id, [])
                kids = [c for c in children.get(loc.place_id, ()) if c.place_id in effective]
                inside = sum(effective[c.place_id] for c in kids)
                if not tolls and not inside:
                    continue
                own, share = _own(tolls, level)
                effective[loc.place_id] = max(own, inside)
                counted = effective[loc.place_id] - inside
                below: dict[str, int] = defaultdict(int)
                for c in kids:
                    for v, n in subtree[c.place_id].items():
                        below[v] += n
                if own > counted:
                    _reduce(tolls, share, own - counted, below)
                subtree[loc.place_id] = _by_category(tolls, share, below)
                if tolls:
                    loc.reported.setdefault(outcome, {})[level] = own
                    loc.counted.setdefault(outcome, {})[level] = counted
                if outcome == "killed":
                    _set_killed(tolls, share, level)
    for loc in locs:
        for i in loc.incidents:
            if i.outcome == "killed" and i.victims:
                loc.by_victims[i.victims] = loc.by_victims.get(i.victims, 0) + (i.reported_best or 0)
    return sorted(locs, key=lambda l: (-(l.killed() or 0), l.name))


def _count_leaf(loc: Locality, outcome: str, tolls: list[Incident], effective_by: dict, subtree_by: dict) -> None:
    """A place with nothing inside it counts its own figure (rule 1 only), at every level."""
    exact = all(i.reported_low == i.reported_best == i.reported_high for i in tolls)
    reported = loc.reported.setdefault(outcome, {})
    counted = loc.counted.setdefault(outcome, {})
    result = None
    for level in LEVELS:
        if result is None or not exact:  # exact figures: one level's answer is every level's
            own, share = _own(tolls, level)
            result = own, share, _by_category(tolls, share)
        own, share, tree = result
        effective_by[level][loc.place_id] = own
        subtree_by[level][loc.place_id] = tree
        reported[level] = counted[level] = own
        if outcome == "killed":
            _set_killed(tolls, share, level)


def _by_category(tolls: list[Incident], share: dict[str, int], below: dict[str, int] | None = None) -> dict[str, int]:
    """Counted per victim category: what places inside count (``below``) plus these shares."""
    tree = dict(below or {})
    for inc in tolls:
        v = inc.victims or "total"
        tree[v] = tree.get(v, 0) + share.get(inc.incident_id, 0)
    return tree


def _set_killed(tolls: list[Incident], share: dict[str, int], level: str) -> None:
    attr = "killed_" + level
    for inc in tolls:
        setattr(inc, attr, share.get(inc.incident_id, 0))


def _reduce(tolls: list[Incident], share: dict[str, int], amount: int, below: dict[str, int]) -> None:
    """Take ``amount`` (what places inside already count) off this area's shares: first from
    the categories the places inside counted, then from the total, then from the rest."""
    def take(inc: Incident, most: int) -> int:
        t = min(most, share.get(inc.incident_id, 0))
        share[inc.incident_id] = share.get(inc.incident_id, 0) - t
        return t

    for inc in tolls:
        if amount and inc.victims in CATEGORIES and below.get(inc.victims):
            amount -= take(inc, min(amount, below[inc.victims]))
    for inc in sorted(tolls, key=lambda i: (i.victims in CATEGORIES, -(share.get(i.incident_id, 0)))):
        if amount:
            amount -= take(inc, amount)


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

    for loc in sorted(locs, key=lambda l: l.precision):
        visit(loc)
    return out
