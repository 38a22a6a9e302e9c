"""Independent parts of a map, built apart and kept: what a dashboard toggle re-runs.

Reconciliation looks within one country (``geo.reconcile``) and counting once within the places
that contain one another (``geo.localities``; tolls no place could be given to count per
country). So the claims fall into parts that never meet: claims are in one part when they are
reconciled in one country, or lie in places one of which may contain the other (a country and
its towns; a region and the countries of its parts), or one is a part of the other's toll. An
article's claims in two countries are in two parts: a claim without a country is reconciled in
the country most of its article's claims are in, which its part holds all of. Each part's incidents
and localities are those of building the whole map and keeping that part's; put together in
``reconcile``'s order and ``aggregate``'s, they are the whole map's, object for object alike.

A dashboard toggling a source changes the claims of the parts that source has claims in; every
other part is taken from the memo, which keys a part by the identity of its claim objects and
the toll rule (holding the claims, so an identity is never reused while its entry lives). A
part's incidents and localities are shared between the maps built from it: callers must not
change them.
"""
from __future__ import annotations

import threading
from collections import OrderedDict

from geo.claims import Claim
from geo.gazetteer import Gazetteer
from geo.geometry import area_of
from geo.localities import Locality, aggregate, ordered
from geo.reconcile import Incident, claim_countries, incident_order, reconcile
from geo.serve import Shelf

MEMO_CLAIMS = 60_000  # parts kept, by their claims: three maps of 20,000 claims, or many countries' toggles
MEMO_CORPORA = 2  # and at least this many maps of the largest corpus served (a toggle keeps every part it did not change)


def independent_parts(claims: list[Claim], gaz: Gazetteer) -> list[list[Claim]]:
    """``claims`` in parts that never meet (module docstring), each in the claims' order."""
    where = claim_countries(claims)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = x = parent.get(parent[x], parent[x])  # (path halving)
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    # an article's claims in two countries need not meet: a claim's country depends on its
    # article's claims of the same country only (``claim_countries``), and every rule looks
    # within one country; a part of a toll ("including 5 in X") meets its toll, whose victims
    # say whether it is counted apart (``reconcile._taken``)
    country_of = {c.claim_id: cc for c, cc in zip(claims, where)}
    for c, cc in zip(claims, where):
        if c.part_of and country_of.get(c.part_of, cc) != cc:
            union("c:" + cc, "c:" + country_of[c.part_of])
    # (each link once: a corpus has far fewer places per country than claims)
    for cc, place_id in set(zip(where, (c.place_id for c in claims))):
        for country in _place_countries(place_id, gaz):
            if country != cc:
                union("c:" + cc, "c:" + country)
    root = {cc: find("c:" + cc) for cc in set(where)}
    parts: dict[str, list[Claim]] = {}
    for c, cc in zip(claims, where):
        parts.setdefault(root[cc], []).append(c)
    return list(parts.values())


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
        self._items: OrderedDict[tuple, tuple[list[Claim], list[Incident], list[Locality], list[tuple]]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> tuple[list[Incident], list[Locality], list[tuple]] | None:
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

    def put(self, key: tuple, claims: list[Claim], incidents: list[Incident], localities: list[Locality],
            orders: list[tuple]) -> None:
        with self._lock:
            if key in self._items:
                return
            self._items[key] = (claims, incidents, localities, orders)
            self.claims += len(claims)
            while self.claims > self.size and len(self._items) > 1:
                self.claims -= len(self._items.popitem(last=False)[1][0])


_MEMO = _PartMemo()


def build(claims: list[Claim], gaz: Gazetteer, rule: str,
          corpus_claims: list[Claim] | None = None) -> tuple[list[Incident], list[Locality]]:
    """The incidents and localities of ``claims``: ``reconcile`` and ``aggregate`` of them all,
    built part by part, each part taken from the memo when its claims are the same objects.

    ``corpus_claims``: the claims of the whole corpus, of which ``claims`` are those of whole
    articles (a selection of sources). Its parts, found once and kept, then part the selection:
    an article's claims meet the same claims in any selection that holds them, so each part of
    the corpus, cut to the selection, is one or more whole parts of the selection (reconciled
    together, the same incidents as apart), and a toggle need not look at every claim again."""
    incidents: list[tuple[tuple, int, Incident]] = []
    locs: list[Locality] = []
    built = [_built(part, gaz, rule) for part in _parts_of(claims, gaz, corpus_claims)]
    if len(built) == 1:  # (one part: in order already)
        return list(built[0][0]), list(built[0][1])
    for incs, part_locs, orders in built:
        incidents.extend(zip(orders, range(len(incs)), incs))
        locs.extend(part_locs)
    incidents.sort(key=lambda t: (t[0], t[1]))
    merged = [i for _, _, i in incidents]
    return merged, ordered(locs, merged)


def _parts_of(claims: list[Claim], gaz: Gazetteer, corpus_claims: list[Claim] | None) -> list[list[Claim]]:
    """``claims`` in parts: those of the corpus cut to them (``build``), else their own."""
    if corpus_claims is None:
        return independent_parts(claims, gaz)
    part_of = _corpus_parts(corpus_claims, gaz)
    _MEMO.hold(len(corpus_claims))
    out: dict[int, list[Claim]] = {}
    for c in claims:
        k = part_of.get(id(c))
        if k is None:  # (not a claim of that corpus: no short cut)
            return independent_parts(claims, gaz)
        out.setdefault(k, []).append(c)
    return list(out.values())


_CORPUS_PARTS = Shelf(max_entries=3)  # the last few corpora's, with their claims (so an identity is never reused while kept)


def _corpus_parts(corpus_claims: list[Claim], gaz: Gazetteer) -> dict[int, int]:
    """The part of each claim of a corpus, by the claim's identity."""
    def find() -> tuple[list[Claim], dict[int, int]]:
        return list(corpus_claims), {id(c): k for k, part in enumerate(independent_parts(corpus_claims, gaz)) for c in part}
    return _CORPUS_PARTS.get((id(gaz), tuple(map(id, corpus_claims))), find)[1]


def _built(part: list[Claim], gaz: Gazetteer, rule: str) -> tuple[list[Incident], list[Locality], list[tuple]]:
    """A part's incidents, localities and the incidents' places in a merged list (``incident_order``)."""
    key = (rule, id(gaz), tuple(map(id, part)))
    hit = _MEMO.get(key)
    if hit is None:
        incs = reconcile(part, gaz, rule)
        hit = incs, aggregate(incs, gaz), [incident_order(i) for i in incs]
        _MEMO.put(key, part, *hit)
    return hit
