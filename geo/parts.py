"""Independent parts of a map, built apart and kept: what a dashboard toggle re-runs.

Reconciliation looks within one country (``geo.reconcile``) and counting once within the places
that contain one another (``geo.localities``; tolls no place could be given to count per
country). So the claims fall into parts that never meet: claims are in one part when they are
reconciled in one country, or lie in places one of which may contain the other (a country and
its towns; a region and the countries of its parts), or one is a part of the other's toll. An
article's claims in two countries are in two parts: a claim without a country is reconciled in
the country most of its article's claims are in, which its part holds all of. Within a country
whose claims are all of towns, districts and first-order areas, the claims fall apart further:
by place, by first-order area where an area's claim holds its towns (``_within_country``). Each
part's incidents and localities are those of building the whole map and keeping that part's; put together in
``reconcile``'s order and ``aggregate``'s, they are the whole map's, object for object alike.

A dashboard toggling a source changes the claims of the parts that source has claims in (the
places it reports, where nothing reaches across a country; else its countries); every other
part is taken from the memo, which keys a part by the identity of its claim objects and
the toll rule (holding the claims, so an identity is never reused while its entry lives). A
part's incidents and localities are shared between the maps built from it: callers must not
change them.
"""
from __future__ import annotations

import threading
from collections import Counter, OrderedDict

from geo.claims import Claim
from geo.gazetteer import Gazetteer
from geo.claim_places import namesake_area
from geo.geometry import (ADMIN2_REACH_KM, CITY_QUARTERS_POP, CITY_REACH_KM, INSIDE_ADMIN1, UNLOCATED, area_of, contains,
                          degree_cell, degree_cells_within)
from geo.localities import Locality, aggregate, ordered
from geo.reconcile import Incident, claim_countries, incident_order, reconcile
from geo.vocab import PlaceKind, Victims
from geo.serve import Shelf

MEMO_CLAIMS = 60_000  # parts kept, by their claims: three maps of 20,000 claims, or many countries' toggles
MEMO_CORPORA = 2  # and at least this many maps of the largest corpus served (a toggle keeps every part it did not change)


def independent_parts(claims: list[Claim], gaz: Gazetteer) -> list[list[Claim]]:
    """``claims`` in parts that never meet (module docstring), each in the claims' order."""
    return [sub for group in _country_parts(claims, gaz) for sub in group]


def _country_parts(claims: list[Claim], gaz: Gazetteer) -> list[list[list[Claim]]]:
    """``claims`` by the countries reconciled together, each in the parts it falls into."""
    where = claim_countries(claims)
    joined = Joined()
    for a, b in country_links(claims, where, gaz):
        joined.union("c:" + a, "c:" + b)
    root = {cc: joined.find("c:" + cc) for cc in set(where)}
    parts: dict[str, list[Claim]] = {}
    for c, cc in zip(claims, where):
        parts.setdefault(root[cc], []).append(c)
    return [_within_country(part, gaz) for part in parts.values()]


def country_links(claims: list[Claim], where: list[str], gaz: Gazetteer) -> set[tuple[str, str]]:
    """The pairs of countries whose claims meet, of ``claims`` reconciled in the countries
    ``where`` (``claim_countries``): what joins countries into one part. Links of any subset
    of whole articles are links of the corpus (``geo.cluster`` gathers them per partition)."""
    # an article's claims in two countries need not meet: a claim's country depends on its
    # article's claims of the same country only (``claim_countries``), and every rule looks
    # within one country; a part of a toll ("including 5 in X") meets its toll, whose victims
    # say whether it is counted apart (``reconcile._taken``)
    links: set[tuple[str, str]] = set()
    country_of = {c.claim_id: cc for c, cc in zip(claims, where)}
    for c, cc in zip(claims, where):
        if c.part_of and country_of.get(c.part_of, cc) != cc:
            links.add((cc, country_of[c.part_of]))
    # (each link once: a corpus has far fewer places per country than claims)
    for cc, place_id in set(zip(where, (c.place_id for c in claims))):
        for country in _place_countries(place_id, gaz):
            if country != cc:
                links.add((cc, country))
    return links


def _within_country(part: list[Claim], gaz: Gazetteer) -> list[list[Claim]]:
    """A country's part in the parts of it that never meet, each in the claims' order.

    Inside one country, claims meet only through what holds them together: one place (one
    incident group, one locality), a first-order area and what lies in it (rules 1 and 2 of
    ``geo.reconcile``, an area's toll counted over its towns'), a part of a toll and its toll,
    and one article's armed dead called fighters in one sentence and attackers in another
    (or a total of people rule 1 may make fighters first).
    A claim of the whole country, of no place, or of a region reaches every claim of the
    country (rule 2b, a toll of no place taking the category of any same figure), and so does
    a claim of no known area: then the part stays whole. A town named like its first-order
    area may stand for the area within its article (``namesake_area``): it holds that area's
    claims too. A large city (``geo.geometry.CITY_QUARTERS_POP``) holds the towns it contains,
    its quarters, which the gazetteer lists as towns; a second-order area the towns near its
    centre."""
    if len(part) < 2:
        return [part]
    area_at: dict[str, tuple[str, str]] = {}  # each place's (country, first-order area)
    held: set[tuple[str, str]] = set()  # the first-order areas a claim of the part holds
    cities: list[str] = []
    for place_id in {c.place_id for c in part}:
        a = area_of(place_id, gaz) if place_id and place_id != UNLOCATED else None
        if a is None or not a.country or a.parts or a.kind not in _BELOW_COUNTRY:
            return [part]
        area_at[place_id] = (a.country, a.admin1)
        if a.kind == PlaceKind.ADMIN1 or a.kind == PlaceKind.LOCALITY and namesake_area(place_id, gaz) is not None:
            held.add((a.country, a.admin1))  # (an area's, or the town's own first-order area)
        elif a.kind == PlaceKind.LOCALITY and int(gaz.pop[gaz.by_id[place_id]]) >= CITY_QUARTERS_POP \
                or a.kind == PlaceKind.ADMIN2:
            cities.append(place_id)  # (a large city: the towns it holds, its quarters; a district: the towns near its point)
    areas = [area_at[c.place_id] for c in part]
    joined = Joined()
    find, union = joined.find, joined.union
    by_id = {c.claim_id: c for c in part}
    # attackers and fighters of one figure in one article (reconcile.unify_categories); a total
    # with them when rule 1 may make it fighters first: the same reporter's same figure of
    # fighters at its place, or in its first-order area when a claim holds that area
    attackers = {(c.article_id, c.outcome, c.best) for c in part if c.victims == Victims.PERPETRATORS}
    fighters = {(c.reported_by, c.outcome, c.best, where) for c, cc_a1 in zip(part, areas)
                if c.victims == Victims.FIGHTERS for where in (c.place_id, cc_a1)} if attackers else set()
    armed: dict[tuple, str] = {}
    for c, cc_a1 in zip(part, areas):
        if cc_a1 in held:
            union(("a1",) + cc_a1, c.place_id)
        if c.part_of and c.part_of in by_id:
            union(c.place_id, by_id[c.part_of].place_id)
        key = (c.article_id, c.outcome, c.best)
        if key in attackers and (c.victims in (Victims.FIGHTERS, Victims.PERPETRATORS) or (
                c.victims == Victims.TOTAL and not c.is_total and (
                    (c.reported_by, c.outcome, c.best, c.place_id) in fighters
                    or cc_a1 in held and (c.reported_by, c.outcome, c.best, cc_a1) in fighters))):
            union(armed.setdefault(key, c.place_id), c.place_id)
    if cities:
        # (each looked for among the places of its first-order area in the cells its reach touches)
        by_cell: dict[tuple, list[str]] = {}
        for place_id, cc_a1 in area_at.items():
            k = gaz.by_id.get(place_id)
            if k is not None:
                by_cell.setdefault((cc_a1, degree_cell(float(gaz.lat[k]), float(gaz.lon[k]))), []).append(place_id)
        for city in cities:
            k = gaz.by_id[city]
            for cell in degree_cells_within(float(gaz.lat[k]), float(gaz.lon[k]), max(ADMIN2_REACH_KM, CITY_REACH_KM)):
                for place_id in by_cell.get((area_at[city], cell), ()):
                    if contains(city, place_id, gaz):
                        union(city, place_id)
    subs: dict[object, list[Claim]] = {}
    for c in part:
        subs.setdefault(find(c.place_id), []).append(c)
    return list(subs.values())


# kinds whose claims reach no further than their place, or than the first-order area they are
_BELOW_COUNTRY = (PlaceKind.ADMIN1, *INSIDE_ADMIN1)


class Joined:
    """Keys joined into groups (union-find with path halving)."""

    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        parent = self.parent
        while parent.get(x, x) != x:
            parent[x] = x = parent.get(parent[x], parent[x])
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _place_countries(place_id: str | None, gaz: Gazetteer) -> tuple[str, ...]:
    """The countries a place lies in: its own, or those of a region's parts."""
    area = area_of(place_id, gaz)
    if area is None:
        return ()
    if not area.parts:
        return (area.country,) if area.country else ()
    inside = {a.country for a in (area_of(p, gaz) for p in area.parts) if a is not None}
    return tuple(sorted(({area.country} | inside) - {""}))


class _PartMemo:
    """Parts built, by the identity of their claims, the least recently used dropped first once
    they hold more than ``size`` claims in all."""

    def __init__(self, size: int = MEMO_CLAIMS):
        self.size = size
        self.claims = 0
        self._items: OrderedDict[tuple, tuple[list, list[Incident], list[Locality], list[str], int]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> tuple[list[Incident], list[Locality], list[str]] | None:
        with self._lock:
            hit = self._items.get(key)
            if hit is None:
                return None
            self._items.move_to_end(key)
            return hit[1], hit[2], hit[3]

    def hold(self, corpus_claims: int) -> None:
        """Keep at least ``MEMO_CORPORA`` maps of a corpus of this many claims: at 200,000 claims a
        fixed size would drop the parts a toggle did not change and rebuild the whole map."""
        with self._lock:
            self.size = max(self.size, MEMO_CORPORA * corpus_claims)

    def put(self, key: tuple, claims: list, incidents: list[Incident], localities: list[Locality],
            orders: list[str], weight: int | None = None) -> None:
        """``claims``: what the key's identities are of, kept with the entry; ``weight``: how many
        claims the entry is of (by default, ``len(claims)``)."""
        weight = len(claims) if weight is None else weight
        with self._lock:
            if key in self._items:
                return
            self._items[key] = (claims, incidents, localities, orders, weight)
            self.claims += weight
            while self.claims > self.size and len(self._items) > 1:
                self.claims -= self._items.popitem(last=False)[1][4]


_MEMO = _PartMemo()
_MERGED = _PartMemo()  # a country's parts merged in order, by the identity of the parts' incident lists


def build(claims: list[Claim], gaz: Gazetteer, rule: str, corpus_claims: list[Claim] | None = None,
          articles: set[str] | None = None) -> tuple[list[Incident], list[Locality]]:
    """The incidents and localities of ``claims``: ``reconcile`` and ``aggregate`` of them all,
    built part by part, each part taken from the memo when its claims are the same objects.

    ``corpus_claims``: the claims of the whole corpus, of which ``claims`` are those of whole
    articles (a selection of sources). Its parts, found once and kept, then part the selection:
    an article's claims meet the same claims in any selection that holds them, so each part of
    the corpus, cut to the selection, is one or more whole parts of the selection (reconciled
    together, the same incidents as apart), and a toggle need not look at every claim again.
    ``articles``: the ids of those articles, when ``claims`` are every claim of the corpus they
    have (``pipeline.build_map``): the parts are then cut by the articles left out, never by
    looking at each claim."""
    built = [_merged([_built(part, gaz, rule, whole) for part, whole in group])
             for group in _parts_of(claims, gaz, corpus_claims, articles)]
    if len(built) == 1:  # (one country: in order already)
        return list(built[0][0]), list(built[0][1])
    incidents, localities, _ = _merge(built)
    return incidents, localities


def _merge(built: list[tuple[list[Incident], list[Locality], list[str]]]) -> tuple[list[Incident], list[Locality], list[str]]:
    """The incidents and localities of parts, in the order of building them all at once, and
    the incidents' places in that order."""
    keys: list[tuple[str, int]] = []  # (place in the order, index in ``flat``: a part's own order)
    flat: list[Incident] = []
    locs: list[Locality] = []
    for incs, part_locs, orders in built:
        keys.extend(zip(orders, range(len(flat), len(flat) + len(incs))))
        flat.extend(incs)
        locs.extend(part_locs)
    keys.sort()
    merged = [flat[k] for _, k in keys]
    return merged, ordered(locs, merged), [o for o, _ in keys]


def _merged(subs: list[tuple[list[Incident], list[Locality], list[str]]]) -> tuple[list[Incident], list[Locality], list[str]]:
    """A country's parts as one (``_built``'s answer for the whole country), kept: a toggle
    re-merges only the countries whose parts it changed. Merging thousands of small parts
    into one list at every toggle sorted ~100,000 incidents in small runs; countries merge in
    runs of their own."""
    if len(subs) == 1:
        return subs[0]
    key = tuple(id(s[0]) for s in subs)  # (each part's incident list, kept by _MEMO and here)
    hit = _MERGED.get(key)
    if hit is None:
        hit = _merge(subs)
        _MERGED.put(key, [s[0] for s in subs], *hit, weight=sum(len(s[0]) for s in subs))
    return hit


def _parts_of(claims: list[Claim], gaz: Gazetteer, corpus_claims: list[Claim] | None,
              articles: set[str] | None = None) -> list[list[tuple[list[Claim], bool]]]:
    """``claims`` in parts, by country (``_country_parts``): those of the corpus cut to them
    (``build``), else their own; each part with whether it is a whole part of the corpus (the
    corpus's own list, which stands for its claims in the memo: most parts, after a toggle)."""
    if corpus_claims is None:
        return [[(part, False) for part in group] for group in _country_parts(claims, gaz)]
    index, corpus_parts, group_of, parts_of_article = _corpus_parts(corpus_claims, gaz)
    _MEMO.hold(len(corpus_claims))
    _MERGED.hold(len(corpus_claims))
    groups: dict[int, list[tuple[list[Claim], bool]]] = {}
    if articles is not None:  # the parts of the articles left out are cut; the others are whole
        cut_parts = {k for a in parts_of_article.keys() - articles for k in parts_of_article[a]}
        for k, part in enumerate(corpus_parts):
            if k not in cut_parts:
                groups.setdefault(group_of[k], []).append((part, True))
            elif kept := [c for c in part if c.article_id in articles]:
                groups.setdefault(group_of[k], []).append((kept, False))
        return list(groups.values())
    ks = [index.get(id(c)) for c in claims]
    if None in ks:  # (not a claim of that corpus: no short cut)
        return _parts_of(claims, gaz, None)
    held = Counter(ks)  # (in the order of the parts' first claims, as the claims are)
    # a part the selection holds all of is the corpus's list (its claims, in its order); the
    # few a toggle cuts, the selection's claims of them
    cut: dict[int, list[Claim]] = {k: [] for k, n in held.items() if n != len(corpus_parts[k])}
    if cut:
        for c, k in zip(claims, ks):
            if k in cut:
                cut[k].append(c)
    for k in held:
        groups.setdefault(group_of[k], []).append((cut[k], False) if k in cut else (corpus_parts[k], True))
    return list(groups.values())


_CORPUS_PARTS = Shelf(max_entries=3)  # the last few corpora's, with their claims (so an identity is never reused while kept)


def _corpus_parts(corpus_claims: list[Claim], gaz: Gazetteer) \
        -> tuple[dict[int, int], list[list[Claim]], list[int], dict[str, set[int]]]:
    """The part of each claim of a corpus by the claim's identity, the parts
    (``independent_parts``), the country part each is of (its index in ``_country_parts``), and
    the parts each article has claims in."""
    def find() -> tuple[list[Claim], tuple[dict[int, int], list[list[Claim]], list[int], dict[str, set[int]]]]:
        groups = _country_parts(corpus_claims, gaz)
        flat = [part for group in groups for part in group]
        group_of = [g for g, group in enumerate(groups) for _ in group]
        of_article: dict[str, set[int]] = {}
        for k, part in enumerate(flat):
            for c in part:
                of_article.setdefault(c.article_id, set()).add(k)
        return list(corpus_claims), ({id(c): k for k, part in enumerate(flat) for c in part}, flat, group_of, of_article)
    return _CORPUS_PARTS.get((id(gaz), tuple(map(id, corpus_claims))), find)[1]


def _built(part: list[Claim], gaz: Gazetteer, rule: str, whole: bool = False) -> tuple[list[Incident], list[Locality], list[str]]:
    """A part's incidents, localities and the incidents' places in a merged list (``incident_order``,
    its fields joined: compared as one string, in the same order). ``whole``: ``part`` is a
    corpus's own part, its identity that of its claims (``_parts_of``)."""
    key = (rule, id(gaz), id(part)) if whole else (rule, id(gaz), tuple(map(id, part)))
    hit = _MEMO.get(key)
    if hit is None:
        incs = reconcile(part, gaz, rule)
        hit = incs, aggregate(incs, gaz), ["\x00".join(incident_order(i)) for i in incs]
        _MEMO.put(key, part, *hit)
    return hit
