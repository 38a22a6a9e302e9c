"""The place of a claim: which area a sentence's toll or event is about.

The sentence's location mentions (actors excluded; "the Hmeimim base in Latakia" is Hmeimim;
a toll followed by a place of its own, ``attached_places``, is about that place),
else the nearest sentence of its paragraph that names a place, else the article's main
country; generic geography ("the west coast", "coastal areas") becomes the focus country's
curated coastal region when the text names no finer place. Several first-order areas in one
claim are one region ("Latakia and Tartus provinces"), matched to a curated region with the
same parts when there is one; a long list is its common area.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from geo import lang
from geo.gate import gated
from geo.actors import default_groups
from geo.gazetteer import Gazetteer, Place
from geo.geometry import contains, haversine_km
from geo.numbers import find_counts
from geo.precision import precision_for
from geo.toponyms import ArticlePlaces, Mention
from geo.vocab import PlaceKind

GENERIC_AREAS = gated(lang.get().places.GENERIC_AREAS)
ELSEWHERE = gated(lang.get().places.ELSEWHERE)
COUNTRY_WIDE = gated(lang.get().places.COUNTRY_WIDE)  # "across Afghanistan", "nationwide": the country's own figure
_ARREST_PLACE_LEAD = gated(lang.get().places.ARREST_PLACE_LEAD)
_EARLIER_EVENT_PLACE_LEAD = gated(lang.get().places.EARLIER_EVENT_PLACE_LEAD)
_COMPARED_EVENT_PLACE_LEAD = gated(lang.get().places.COMPARED_EVENT_PLACE_LEAD)
FOLLOWS_ON = gated(lang.get().places.FOLLOWS_ON)  # "Three other soldiers were wounded": the last toll's place
AREA_ANAPHOR = gated(lang.get().places.AREA_ANAPHOR)  # "in the state": the story's one area of that kind
# roles of a mention that say where something happened ("dateline", "reference", "actor" do not:
# a dateline says only where it was filed, an actor whose)
WHERE_ROLES = frozenset({"location"})
_UNKNOWN_SETTLEMENT_LEAD = gated(lang.get().places.UNKNOWN_SETTLEMENT_LEAD)
_BODY_AFTER_DEMONYM = gated(lang.get().places.BODY_AFTER_DEMONYM)
_REMOTE_AFTER = gated(r"(?i)[ -](?:%s)\b" % "|".join(sorted(lang.get().places.REMOTE_WEAPONS)))  # "[Russian] drone strike"


def area_for(mentions: list[Mention], gaz: Gazetteer, focus: dict[str, float] | None = None) -> dict | None:
    """One area from a claim's location mentions: the finest, or a region of admin-1 areas.
    A region never spans two countries: places in several countries keep those of the
    article's main country (``focus``), else of the first one named."""
    if not mentions:
        return None
    uniq: dict[str, Mention] = {}
    for m in mentions:
        uniq.setdefault(m.place_id, m)
    ms = list(uniq.values())

    finest = [m for m in ms if not any(contains(m.place_id, o.place_id, gaz) for o in ms)]
    countries = {m.country for m in finest}
    if len(countries) > 1:
        top = max(focus, key=focus.get) if focus else None
        keep = top if top in countries else min(finest, key=lambda m: m.start).country
        finest = [m for m in finest if m.country == keep]
    if len(finest) > MAX_REGION_PARTS:  # a long list is its common area, not a region of points
        return common_area(finest, gaz)
    if len(finest) == 1:
        m = finest[0]
        return {"place_id": m.place_id, "name": m.name, "kind": m.kind, "precision": m.precision, "lat": m.lat,
                "lon": m.lon, "country": m.country, "admin1": m.admin1, "parts": tuple(m.parts)}
    # several areas: one region made of them (never split into, or repeated in, each)
    parts: list[str] = []
    for m in finest:
        parts.extend(m.parts or (m.place_id,))
    parts = sorted(set(parts))
    region = curated_region(gaz, parts)
    if region:
        return region
    pts = [gaz.get(p) for p in parts]
    pts = [p for p in pts if p]
    if any(haversine_km(a.lat, a.lon, b.lat, b.lon) > REGION_SPAN_KM for k, a in enumerate(pts) for b in pts[k + 1:]):
        # places this far apart are no one region (its middle would be a place no one named: "the
        # Amarnath shrine in Kashmir" read as a town 1,600 km away): the area that holds them all
        return common_area(finest, gaz)
    kinds = {p.kind for p in pts}
    countries = {p.country for p in pts}
    names = [p.name for p in pts]
    return {
        "place_id": "region:" + "+".join(parts), "name": " + ".join(names), "kind": "region",
        "precision": precision_for("region", parts=len(parts)) if kinds <= {"admin1", "region"} else precision_for(
            "locality", near=True),
        "lat": sum(p.lat for p in pts) / len(pts), "lon": sum(p.lon for p in pts) / len(pts),
        "country": countries.pop() if len(countries) == 1 else "", "admin1": "", "parts": tuple(parts),
    }


MAX_REGION_PARTS = 4
REGION_SPAN_KM = 1_000  # places further apart than this make no region of their points


def common_area(ms: list[Mention], gaz: Gazetteer) -> dict | None:
    """The admin-1 area, else the country, that holds all of ``ms``; None if none does."""
    codes = set()
    for m in ms:
        p = gaz.get(m.place_id)
        codes.add((p.country, p.admin1) if p and p.kind != "country" else (m.country, ""))
    countries = {c for c, _ in codes}
    if len(countries) != 1:
        return None
    cc = countries.pop()
    admins = {a for _, a in codes}
    pid = f"a1:{cc}.{admins.pop()}" if len(admins) == 1 and "" not in admins else None
    place = gaz.get(pid) if pid else None
    if place is None:
        place = gaz.country_place(cc)
    return None if place is None else place_area(place)


def place_area(place: Place) -> dict:
    """The area dict of a gazetteer place (what ``area_for`` builds from a mention)."""
    return {"place_id": place.id, "name": place.name, "kind": place.kind,
            "precision": precision_for(place.kind, parts=len(place.parts)), "lat": place.lat, "lon": place.lon,
            "country": place.country, "admin1": place.admin1_name, "parts": tuple(place.parts)}


def curated_region(gaz: Gazetteer, parts: list[str]) -> dict | None:
    want = set(parts)
    for i, p in gaz.parts.items():
        if set(p) == want:
            return place_area(gaz.place(i))
    return None


def best_area(mentions: list[Mention], generic: bool, places: ArticlePlaces, gaz: Gazetteer) -> dict | None:
    """The area of a sentence or paragraph: its places, unless they are only countries and
    the text names generic geography (``generic``: "along Syria's west coast") of the focus
    country."""
    area = area_for(mentions, gaz, places.focus)
    if area is None or area["kind"] == "country":
        return (generic_area(places.focus, gaz) if generic else None) or area
    return area


def said_area(sentence: str, places: ArticlePlaces, gaz: Gazetteer, country: str) -> dict | None:
    """The area a sentence's "in the state", "across the province", "in the district" stands for:
    the one first-order area (or, for a county or district, second-order) of ``country`` the
    story names as a location; None when it names none or several."""
    m = AREA_ANAPHOR.search(sentence)
    if m is None:
        return None
    noun = m.group(1).casefold()
    kind = PlaceKind.ADMIN1 if noun in lang.get().places.ADMIN1_QUALIFIERS else PlaceKind.ADMIN2
    named = {x.place_id: x for x in places.mentions if x.kind == kind and x.country == country and x.role == "location"}
    return area_for(list(named.values()), gaz) if len(named) == 1 else None


def focus_country(places: ArticlePlaces, gaz: Gazetteer, one_place: bool = True) -> dict | None:
    """A claim with no place in its paragraph is about the article's main country: the one
    place the article is about when all the places it names as locations there are that
    place or areas around it ("Four killed in shooting at Kansas City party" and a story that
    names no other place), else the country's mention when the article names it, else the
    country of the article's places (a toll without a place keeps the country when it is
    known); ``one_place=False`` for a figure of a whole war or period, which is the
    country's. None when the article places nothing at all."""
    if not places.focus:
        return None
    # a country named only beyond a border ("near the Iranian border") is not where the claim
    # happened; one named only as a landmark or a destination ("fled to Chad") is not either when
    # another country is named otherwise (with none, it is the best clue: "on its way from Mosul")
    # (nor is whose the strike or the missile was, fired from afar: "GAZA (Reuters) - An Israeli
    # strike killed 30 people", "KYIV - A Russian drone strike"; whose army raided may be: "A Pakistani army raid")
    text = places.article.text
    if not any(m.role in WHERE_ROLES for m in places.mentions):
        # it names no place as where, only whose people or things were hit ("Abu Sayyaf hijacked a
        # Vietnamese cargo ship", "Three Burundian peacekeepers were killed ... Al Shabaab claimed
        # it"): the one country the armed groups it names fight in, before the people's from afar
        # (people from that country or a neighbour of it may be at home: "Five Kenyan soldiers were
        # killed by an Al-Shabaab bomb", "Boko Haram attacked a Chadian army position")
        fighting = default_groups().countries(text)
        if len(fighting) == 1:
            cc = next(iter(fighting))
            lands = {cc, *gaz.neighbours(cc)}
            country = gaz.country_place(cc)
            if country is not None and not any(m.country in lands for m in places.mentions if m.country != cc):
                return place_area(country)
    where = {m.country for m in places.mentions if m.role != "reference"
             and not (m.role_cue == "attributive" and _REMOTE_AFTER.match(text, m.end) or body_demonym(text, m))}
    beyond = {m.country for m in places.mentions if m.role_cue == "border"} - where
    named = {m.country for m in places.mentions}
    # (whose counted people were, "five Togolese peacekeepers", is no clue at all)
    whose = {m.country for m in places.mentions if m.role_cue == "abroad" or body_demonym(text, m)} - where
    focus = {c: v for c, v in places.focus.items() if c in where or c not in named} \
        or {c: v for c, v in places.focus.items() if c not in beyond and c not in whose}
    if not focus:
        return None
    cc = max(focus, key=focus.get)
    if one_place:
        # a story that says it happened where it was filed ("DJIBO — ... this town"): that town
        here = [m for m in places.mentions if m.role_cue == "dateline here" and m.country == cc]
        if here:
            return area_for(here[:1], gaz)
        located = off_route(text, [m for m in places.mentions
                                   if m.role == "location" and m.country == cc and m.kind != PlaceKind.COUNTRY])
        # the ends of a journey told anywhere yield to the places the story puts things at ("a bomb
        # ... outside the town of Mastung"; "The coach was travelling from Quetta to Karachi")
        located = [m for m in located if not journey_end(text, m)] or [m for m in located if not set_out_from(text, m)]
        # ... and where a suspect was caught says nothing of where the killing was
        located = [m for m in located if not _ARREST_PLACE_LEAD.search(text, max(0, m.start - 60), m.start)]
        # ... nor where an earlier event the story compares with was ("The attack came a day after two
        # guards were shot dead in Panjgur"), when it names others
        # (nor the place of an earlier event a superlative likens the story's to: "the deadliest riot
        # since 2012, when a fire at a prison in Comayagua killed 361")
        located = [m for m in located if not _EARLIER_EVENT_PLACE_LEAD.search(text, max(m.sentence_start, m.start - 200), m.start)
                   and not _COMPARED_EVENT_PLACE_LEAD.search(text, max(m.sentence_start, m.start - 250), m.start)] \
            or located
        single = one_finest_place([m for m in located if not distance_anchor(text, m)], gaz)
        # ... or, where it names no place there as a location (or only the area around it: "Man
        # kills wife, 2 kids in Ohio home" and "Hamilton police said"), the one town whose office
        # speaks ("in the city's Kingsessing neighborhood, Philadelphia police said"): local news
        if not located or single is not None and single.kind in (PlaceKind.ADMIN1, PlaceKind.ADMIN2):
            # (or whose police speak from it: "Police at the university in Tallahassee say"; not a
            # capital, whose name speaks for its government: "Kyiv said")
            capitals = gaz.capital_indices()
            towns = {m.place_id: m for m in places.mentions if m.role == "actor" and m.country == cc and m.kind == PlaceKind.LOCALITY
                     and (m.role_cue == "institution" or m.role_cue == "statement" and gaz.by_id.get(m.place_id) not in capitals)
                     and (single is None or contains(single.place_id, m.place_id, gaz))}
            # (not where the story names a settlement the gazetteer lacks: "in the village of Essakane
            # ... the diocese of Dori said" is no toll of Dori's)
            if len(towns) == 1 and not any(_UNKNOWN_SETTLEMENT_LEAD.search(text, max(0, u.start - 30), u.start)
                                           for u in places.unresolved):
                return area_for(list(towns.values()), gaz)
        if not located:
            datelines = [m for m in places.mentions if m.role == "dateline"]
            # ... or, with no place named as where and no dateline, the one town a hospital the hurt
            # were taken to is named after: the nearest clue ("taken to Boston Medical Center")
            cared = {} if datelines else {m.place_id: m for m in places.mentions
                                          if m.role_cue == "care" and m.country == cc and m.kind == PlaceKind.LOCALITY}
            # ... or the state its dateline names ("COLUMBUS, Ohio — The death toll from Saturday's
            # shooting has risen to six"): as safe a guess as the dateline's country, which a coder
            # takes for a note that names no other place (its town never is)
            filed = {m.place_id: m for m in datelines if m.country == cc and m.kind == PlaceKind.ADMIN1}
            for one in (cared, filed):
                if len(one) == 1:
                    return area_for(list(one.values()), gaz)
        if single is not None and (single.kind != PlaceKind.REGION or single.country):  # (a region inside one country: "the Gaza Strip", "Darfur")
            return area_for([single], gaz)
    for m in places.mentions:
        if m.kind == PlaceKind.COUNTRY and m.country == cc:
            return area_for([m], gaz)
    country = gaz.country_place(cc)
    return place_area(country) if country is not None else None


NEAR_KM = 50  # a place this close to a landmark may be given as the landmark ("20 km south of Malatya")


def subpart_place(text: str, m: Mention) -> bool:
    """Whether a mention is told of a part of the people just counted ("Two of the dead were
    students, one of them in Chittagong"): that part's place, not the sentence's."""
    return _SUBPART_PLACE.search(text, max(0, m.start - 40), m.start) is not None


def distance_anchor(text: str, m: Mention) -> bool:
    """Whether a mention is the landmark a stated distance is measured from and not where a story
    happened: the place measured is named ("in Tamara, about 25 kilometers northwest of the
    capital, Tegucigalpa") or is far from it ("about 500 kilometers west of the capital,
    Kathmandu"); "the quake hit about 20 km south of Malatya" is still near Malatya. A
    landmark by its direction alone from a place named and described before it is one too
    ("in Sharonville, a city of about 14,000 people north of Cincinnati")."""
    d = _DISTANCE_ANCHOR.search(text, max(0, m.start - 80), m.start)
    if d is None:
        return _NAMED_BEFORE_DIRECTION.search(text, max(0, m.start - 100), m.start) is not None
    return _km(d) > NEAR_KM or _NAMED_BEFORE_DISTANCE.search(text, max(0, d.start() - 60), d.start()) is not None


def measured_from(text: str, m: Mention) -> bool:
    """Whether a stated distance is measured from the mention ("about 45 km west of Mogadishu"),
    near or far."""
    return _DISTANCE_ANCHOR.search(text, max(0, m.start - 80), m.start) is not None


def far_anchor(text: str, m: Mention) -> bool:
    """Whether a mention is a landmark more than ``NEAR_KM`` from what its stated distance
    measures ("175 km north of Baghdad"): never where the story happened, even where the
    place measured is one the gazetteer lacks."""
    d = _DISTANCE_ANCHOR.search(text, max(0, m.start - 80), m.start)
    return d is not None and _km(d) > NEAR_KM


def _km(d: re.Match) -> float:
    return float(d.group("n").replace(",", ".")) * (1.609 if d.group("unit").lower().startswith("mi") else 1.0)


def one_finest_place(mentions: list[Mention], gaz: Gazetteer) -> Mention | None:
    """The mention every other one's place holds (or is), if there is one: Kansas City among
    Kansas City, Missouri and Kansas City again. Linear in the places: walk down to a place
    nothing later holds, then check that everything holds it."""
    uniq = list({m.place_id: m for m in mentions}.values())
    if not uniq:
        return None
    low = uniq[0]
    for m in uniq[1:]:
        if contains(low.place_id, m.place_id, gaz):
            low = m
    return low if all(m is low or contains(m.place_id, low.place_id, gaz) for m in uniq) else None


def generic_area(focus: dict[str, float], gaz: Gazetteer) -> dict | None:
    """'the west coast', 'coastal areas' in an article about one country: that country's
    curated coastal region, if the gazetteer has one."""
    if not focus:
        return None
    country = max(focus, key=focus.get)
    for i, parts in gaz.parts.items():
        place = gaz.place(i)
        if place.country == country and "coast" in place.name.lower():
            return curated_region(gaz, list(parts))
    return None


def nearest_sentence_places(mentions: list[Mention], starts: list[int], s0: int, s1: int) -> list[Mention]:
    """The mentions of the nearest sentence that names any (``mentions`` sorted by position,
    ``starts`` their starts): the last one before ``s0`` first, else the first after ``s1``."""
    k = bisect_left(starts, s0)
    while k > 0 and mentions[k - 1].sentence_end > s0:
        k -= 1
    if k > 0:
        last = mentions[k - 1].sentence_start
        j = k - 1
        while j > 0 and mentions[j - 1].sentence_start == last:
            j -= 1
        return mentions[j:k]
    k = bisect_left(starts, s1)
    if k < len(mentions):
        first = mentions[k].sentence_start
        j = k
        while j < len(mentions) and mentions[j].sentence_start == first:
            j += 1
        return mentions[k:j]
    return []


_DISTANCE_ANCHOR = gated(lang.get().places.DISTANCE_ANCHOR_LEAD)
_SUBPART_PLACE = gated(lang.get().places.SUBPART_PLACE_LEAD)
_NAMED_BEFORE_DISTANCE = gated(lang.get().places.NAMED_BEFORE_DISTANCE)
_NAMED_BEFORE_DIRECTION = gated(lang.get().places.NAMED_BEFORE_DIRECTION)
_TOLL_PLACE_LEAD = gated(lang.get().places.TOLL_PLACE_LEAD)
_TOLL_PLACE_LEAD_FAR = gated(lang.get().places.TOLL_PLACE_LEAD_FAR)
_PLACE_LIST_JOIN = gated(lang.get().places.PLACE_LIST_JOIN)


_LOCATIVE_WORD = gated(lang.get().places.LOCATIVE_WORD)
_UNKNOWN_THEN = gated(r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2},\s+")  # a name, then a comma
_AREA_KIND_AFTER = gated(r"(?i)\s+(?:%s)\b" % "|".join(sorted(lang.get().places.ADMIN1_QUALIFIERS | lang.get().places.ADMIN2_QUALIFIERS)))
_FAR_WORDS = 8  # words between a toll and the locative word that places it, at most (as TOLL_PLACE_LEAD_FAR)


_POSSESSED = gated(lang.get().places.POSSESSED_GAP)
_PART_OPENS = gated(lang.get().places.PART_OPENS)


def _same_area(a: Mention, b: Mention) -> bool:
    """Whether two mentions lie in one known first-order area of one country."""
    return a.country == b.country and bool(a.admin1) and a.admin1 == b.admin1


def attached_places(text: str, end: int, mentions: list[Mention], gaz: Gazetteer, limit: int | None = None) -> list[Mention]:
    """The places a toll names right after itself ("killing 9 people in Kalemie", "... in
    Latakia and Tartus"): the mention its locative words lead to, the list it opens, and the
    sentence's places inside them ("in Pakistan's city of Mastung": Mastung); empty when no
    place follows it. ``mentions`` in text order, of the toll's sentence. With ``limit`` (where
    the sentence's next count starts), also a place a few words on in the toll's own clause
    ("four members of one family in Muqdadiya")."""
    lead = _TOLL_PLACE_LEAD.match(text, end)
    if lead is None and limit is not None:
        lead = _TOLL_PLACE_LEAD_FAR.match(text, end, limit)
    if lead is None:
        return []
    starts = {m.start: k for k, m in enumerate(mentions)}
    first = starts.get(lead.end())
    if first is None and limit is not None:
        # ... the first locative word of the clause that leads to a place, not merely the first
        # one ("have been killed in attacks across Somalia")
        clause_end = min(limit, *(x for x in (text.find(c, end, limit) for c in ",;.:") if x >= 0), limit)
        for w in _LOCATIVE_WORD.finditer(text, lead.end(), clause_end):
            if w.end() in starts and len(text[end:w.start()].split()) <= _FAR_WORDS:
                first = starts[w.end()]
                break
    if first is None:
        # ... or past a name the gazetteer lacks, the area said to hold it ("killed in Zike, Bassa
        # LGA": Bassa; "in Ungwan Gora, Kajuru district")
        unknown = _UNKNOWN_THEN.match(text, lead.end())
        k = starts.get(unknown.end()) if unknown is not None else None
        if k is not None and (mentions[k].kind in (PlaceKind.ADMIN1, PlaceKind.ADMIN2)
                              or _AREA_KIND_AFTER.match(text, mentions[k].end)):
            first = k
    if first is None:
        return []
    out = [mentions[first]]
    for m in mentions[first + 1:]:
        join = _PLACE_LIST_JOIN.match(text, out[-1].end)
        if join is None or join.end() != m.start:
            break
        out.append(m)
    inner = [m for m in mentions if m not in out and any(contains(a.place_id, m.place_id, gaz) for a in out)]
    # ... and the one a possessive of the last names in its stead, in the owner's first-order area
    # whether or not the owner's own point holds it ("in Kaduna's Kajuru district": Kajuru, a
    # district of Kaduna State, not the city of Kaduna nor a region of the two)
    nxt = next((m for m in mentions if m.start >= out[-1].end), None)
    if nxt is not None and nxt not in inner and _POSSESSED.fullmatch(text, out[-1].end, nxt.start) and _same_area(out[-1], nxt):
        out[-1] = nxt
    if inner:
        # (not past another figure: "24 Palestinians across the Gaza Strip, including 10 in ...
        # Nuseirat" is the Strip's toll, the town's is the 10's)
        stop = next((c.start for c in find_counts(text, out[-1].end, limit)), limit)  # (``limit``: the next count's)
        # (nor past the words that open a part of it: "killed more than 500 people in Ohio this year,
        # ... including Sunday's attack at a Columbus bar" is the state's toll)
        part = _PART_OPENS.search(text, out[-1].end, stop if stop is not None else len(text))
        if part is not None:
            stop = part.start()
        if stop is not None:
            inner = [m for m in inner if m.start < stop]
    return out + inner


def names_unknown_place(text: str, end: int, unknown_starts: list[int]) -> bool:
    """Whether the toll ending at ``end`` names right after itself a place the gazetteer does
    not know ("38 people killed in Masisi territory", ``unknown_starts``: where the article's
    unresolved names start): somewhere in the country, not the country as a whole."""
    lead = _TOLL_PLACE_LEAD.match(text, end)
    if lead is None:
        return False
    k = bisect_left(unknown_starts, lead.end())
    return k < len(unknown_starts) and unknown_starts[k] == lead.end()


def names_own_unknown_place(text: str, s0: int, start: int, end: int, unknown: list[tuple[int, int]],
                            unknown_starts: list[int]) -> bool:
    """Whether the toll from ``start`` (its count) to ``end`` names its own place with a name the
    gazetteer does not know, right after itself or fronted in its own clause ("In Kadawa, 22 people
    were killed, while 11 died in Tsanu": each its unknown village's); ``unknown``: (start, end) of
    the article's unresolved names, in text order, ``unknown_starts`` their starts; ``s0``: where
    the sentence starts."""
    if names_unknown_place(text, end, unknown_starts):
        return True
    k = bisect_left(unknown, (s0, 0))
    while k < len(unknown) and unknown[k][1] <= start:
        a, b = unknown[k]
        if _FRONTED_GAP.fullmatch(text, b, start) and (
                _FRONTED_LEAD.search(text[max(s0, a - 40):a]) or _FRONTED_OPENING.fullmatch(text, s0, a)):
            return True
        k += 1
    return False


_UNKNOWN_LOCATIVE_LEAD = gated(lang.get().places.UNKNOWN_LOCATIVE_LEAD)


def names_unknown_locative(text: str, s0: int, s1: int, unknown_starts: list[int],
                           said_at: list[tuple[int, int]] = ()) -> bool:
    """Whether the sentence ``text[s0:s1]`` says where with a name the gazetteer does not know
    ("In Buner district alone, 21 people died"): its tolls' place is that one, unknown, never a
    place its neighbouring sentences name. Names inside ``said_at`` (where its reporter is: "said
    X, a civil society leader in Masisi territory") say nothing of where."""
    k = bisect_left(unknown_starts, s0)
    while k < len(unknown_starts) and unknown_starts[k] < s1:
        u = unknown_starts[k]
        if _UNKNOWN_LOCATIVE_LEAD.search(text, max(s0, u - 40), u) and not any(a <= u < b for a, b in said_at):
            return True
        k += 1
    return False


_UNKNOWN_AREA_AFTER = gated(lang.get().places.UNKNOWN_AREA_AFTER)
_UNKNOWN_AREA_BEFORE = gated(lang.get().places.UNKNOWN_AREA_BEFORE)


def unknown_area_named(text: str, s0: int, s1: int, unknown_spans: list[tuple[int, int]]) -> bool:
    """Whether a name the gazetteer lacks in the sentence ``text[s0:s1]`` is said to be an area
    ("In Buner district alone", "in the district of X"), not a village or a town."""
    k = bisect_left(unknown_spans, (s0, -1))
    while k < len(unknown_spans) and unknown_spans[k][0] < s1:
        a, b = unknown_spans[k]
        if _UNKNOWN_AREA_AFTER.match(text, b) or _UNKNOWN_AREA_BEFORE.search(text, max(s0, a - 20), a):
            return True
        k += 1
    return False


def named_as_area(text: str, m: Mention) -> bool:
    """Whether a mention is of an area: one by the gazetteer's kind, or a town's name said with an
    area's word ("Manipur's Jiribam district": the district around the town)."""
    return m.kind in (PlaceKind.ADMIN1, PlaceKind.ADMIN2) or _UNKNOWN_AREA_AFTER.match(text, m.end) is not None


_FOLLOW_UP = gated(lang.get().places.EVENT_FOLLOW_UP)
_VICINITY_AFTER = gated(lang.get().places.VICINITY_AFTER)
_VICINITY_BEFORE = gated(lang.get().places.VICINITY_BEFORE)


_RIVER_AFTER = gated(lang.get().places.RIVER_AFTER)
_RIVER_BEFORE = gated(lang.get().places.RIVER_BEFORE)


def river_name(text: str, m: Mention) -> bool:
    """Whether the mention names a river ("the Niger River", "the River Niger"), not a place."""
    return _RIVER_AFTER.match(text, m.end) is not None or _RIVER_BEFORE.search(text, max(0, m.start - 12), m.start) is not None


def body_demonym(text: str, m: Mention) -> bool:
    """Whether the mention is a people's adjective of a body: whose it is, never where ("The
    French security firm Risk Intelligence", "a British charity")."""
    return m.role_cue == "attributive" and _BODY_AFTER_DEMONYM.match(text, m.end) is not None


def vicinity_only(text: str, m: Mention) -> bool:
    """Whether the mention only says around where: "a Dallas-area shopping mall", "in suburban
    Cincinnati"."""
    return _VICINITY_AFTER.match(text, m.end) is not None or _VICINITY_BEFORE.search(text, max(0, m.start - 16), m.start) is not None


_DEFINITE_OPENING = gated(r"\s*(?:The|This|That)\s+([a-z][\w-]+)\b")


def follows_up(text: str, start: int, told: tuple[int, int] | None = None) -> bool:
    """Whether the sentence at ``start`` goes on about the event just told ("The attack
    happened in ...", "The blast struck ..."), or about a thing the sentence ``told`` (its span)
    introduced in it ("... fired at a bus carrying pilgrims ..., killing nine", then "The bus
    plunged into a gorge near Teryath village in Reasi district")."""
    if _FOLLOW_UP.match(text, start) is not None:
        return True
    m = _DEFINITE_OPENING.match(text, start)
    return m is not None and told is not None and re.search(
        rf"\b(?:a|an)\s+(?:[\w-]+\s+)?{re.escape(m.group(1))}\b", text[told[0]:told[1]]) is not None


_FOLLOW_UP_REFERENCE = gated(lang.get().places.FOLLOW_UP_REFERENCE)


def pointed_back_at(text: str, start: int, end: int) -> re.Match | None:
    """The words of the sentence ``text[start:end]`` that point back at an event told before and
    say where it was ("No group claimed the attack in Bannu district": the place right after the
    match), if any."""
    return _FOLLOW_UP_REFERENCE.search(text, start, end)


_FRONTED_LEAD = gated(lang.get().places.FRONTED_PLACE_LEAD)
_FRONTED_OPENING = gated(lang.get().places.FRONTED_PLACE_OPENING)
_FRONTED_SUBJECT_LEAD = gated(lang.get().places.FRONTED_SUBJECT_LEAD)
_FRONTED_SUBJECT_GAP = gated(lang.get().places.FRONTED_SUBJECT_GAP)
_FRONTED_GAP = gated(lang.get().places.FRONTED_PLACE_GAP)


# what parts two clauses of a sentence (a toll's own places lie in its own)
_CLAUSE_BREAK = gated(r"[,;:.!?()\u2013\u2014]")


def tolls_own_places(text: str, tolls: list, mentions: list[Mention], gaz: Gazetteer, s1: int) -> list[set[int]]:
    """For each toll of one sentence (``geo.tolls.Toll``s, in text order; the sentence ends at
    ``s1``), the ids of the mentions it names as its own: right after itself (``attached_places``,
    up to where the next count starts), else those its own clause names before it, after the toll
    before ("killing five policemen, and in a separate attack in the Lakki Marwat district killed
    four": Lakki Marwat's four). A breakdown names none ("killed 45: 20 in Florida, 15 in Georgia"
    leaves them the whole's too)."""
    own: list[set[int]] = []
    for j, u in enumerate(tolls):
        ids: set[int] = set()
        if not u.breakdown:
            ids = {id(m) for m in attached_places(text, u.end, mentions, gaz,
                                                  tolls[j + 1].count.start if j + 1 < len(tolls) else s1)}
            if not ids and j:
                ids = {id(m) for m in clause_places(text, u.count.start, [m for m in mentions if m.start >= tolls[j - 1].end],
                                                    set().union(*own))}
        own.append(ids)
    return own


def clause_places(text: str, start: int, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """The places told before a toll's count (at ``start``) in its own clause that no other toll
    claims (``taken``: ids, from ``tolls_own_places``): "an air strike in Sagaing region that killed
    31 people, and a massacre of 17 men in Magway region" (Sagaing's 31; "According to police in
    X, two were killed" is no X's; an aside of how far the place lies is no break: "a strike on
    Mykolaiv, about 110 kilometers (70 miles) to the east, wounded a woman")."""
    return [m for m in mentions if id(m) not in taken and m.end <= start and not _clause_break(text, m.end, start)]


_DISTANCE_ASIDE = gated(lang.get().places.DISTANCE_ASIDE)


def _clause_break(text: str, a: int, b: int) -> bool:
    """Whether a clause ends between ``a`` and ``b`` (an aside of distance right after ``a`` aside)."""
    aside = _DISTANCE_ASIDE.match(text, a, b)
    return _CLAUSE_BREAK.search(text, aside.end() if aside else a, b) is not None


def clause_places_after(text: str, end: int, limit: int, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """The places told after a toll (ending at ``end``) in its own clause, before the next count
    (at ``limit``), that no other toll claims: "Two policemen died when a bomb went off near their
    patrol in Mosul, and another four people were killed in Kirkuk" (Mosul's two)."""
    return [m for m in mentions if id(m) not in taken and end <= m.start < limit and not _CLAUSE_BREAK.search(text, end, m.start)]


_PARTICIPLE_TOLL_LEAD = gated(lang.get().places.PARTICIPLE_TOLL_LEAD)


def participle_places(text: str, start: int, s0: int, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """The places of the clause a toll told as its participle follows ("ambushed a police patrol in
    the Dera Ismail Khan district on Monday, killing five policemen": Dera Ismail Khan), that no
    other toll claims (``taken``); empty unless the count (at ``start``) follows such a lead."""
    lead = _PARTICIPLE_TOLL_LEAD.search(text, max(s0, start - 40), start)
    return [] if lead is None else clause_places(text, lead.start(), mentions, taken)


def fronted_places(text: str, start: int, s0: int, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The place opening a toll's own clause right before it ("5 died in Aleppo, while in Kano 3
    people were killed": Kano's), with the sentence's places inside it; empty when none does.
    ``start``: where the toll's count starts; ``s0``: where its sentence does; ``mentions`` in
    text order, of that sentence."""
    before = [m for m in mentions if m.end <= start and _FRONTED_GAP.fullmatch(text, m.end, start)]
    if before:
        m = before[-1]
        if not _FRONTED_LEAD.search(text[max(s0, m.start - 40):m.start]) and not _FRONTED_OPENING.fullmatch(text, s0, m.start):
            return []
    else:  # ("the second in Qila Saifullah killed 12")
        before = [m for m in mentions if m.end <= start and _FRONTED_SUBJECT_GAP.fullmatch(text, m.end, start)
                  and _FRONTED_SUBJECT_LEAD.search(text[max(s0, m.start - 40):m.start])]
        if not before:
            return []
        m = before[-1]
    return [m] + [o for o in mentions if o is not m and contains(m.place_id, o.place_id, gaz)]


def mention_ref(m: Mention) -> dict:
    """How a claim cites the place mention it rests on."""
    return {"start": m.start, "end": m.end, "text": m.text, "place_id": m.place_id, "precision": m.precision}


_LX = lang.get().places
# "in", "near" ... then "the", a direction or "rural", a kind noun and "of": "X in rural Y",
# "X in the north of Y", "X in the Middle Shabelle region" (a list "X, Y and Z" is no such gap)
_QUALIFYING_GAP = gated(
    # (not past a count or "and": "12 were in Kharkiv and 3 in Sumy" are two places' tolls)
    r"(?i)(?![^.;,]{0,30}?(?:\d|\band\b))[^.;,]{0,30}?\s(?:in|near|outside|of)\s(?:the\s)?(?:(?:%s)\s)?(?:%s\s)?(?:of\s)?" % (
        "|".join(sorted(_LX.DIRECTIONS | {"rural", "greater"})),
        "|".join(sorted(_LX.ADMIN1_QUALIFIERS | _LX.ADMIN2_QUALIFIERS | _LX.LOCALITY_QUALIFIERS))))
_APPOSITIVE_GAP = gated(_LX.APPOSITIVE_GAP)
_SUBURB_OF_GAP, _INCLUDING_GAP = gated(_LX.SUBURB_OF_GAP), gated(_LX.INCLUDING_GAP)
_DIRECTION_OF_GAP = gated(_LX.DIRECTION_OF_GAP)
# "Tessit (Ansongo, Gao)", conflict-event notes' "place (district, province)": the places in the
# brackets after a place, whatever their kind, say where it is
_IN_BRACKETS_AFTER = gated(r"(?i)\s*(?:(?:refugee\s+)?(?:%s)\s*)?\([^()]{0,80}" % "|".join(
    sorted(_LX.ADMIN1_QUALIFIERS | _LX.ADMIN2_QUALIFIERS | _LX.LOCALITY_QUALIFIERS | _LX.TOWNSHIP_WORDS | _LX.NEAR_AFTER
           | {"camp", "camps"})))
# ("Kanbalu township (Shwebo, Sagaing)", "Khan Sheikhoun countryside (Idlib)", "Jabalia refugee camp (North Gaza)")
# "Douma, Rif Dimashq", "Ariha town, southern Idleb", "Maarat (Idlib)": the area after a comma
_AREA_AFTER_COMMA = gated(
    r"(?i)\s*(?:(?:%s)\s*)?[,(]\s*(?:(?:%s)\s+)?" % (
        "|".join(sorted(_LX.LOCALITY_QUALIFIERS)), "|".join(sorted(_LX.DIRECTIONS | {"rural"}))))
# ... and "Tougan, in the Sourou province" (not after a landmark: "near X, east of Jerusalem, in
# the West Bank" says where X is)
_AREA_IN_AFTER_COMMA = gated(r"(?i)\s*,\s*in\s+(?:the\s+)?(?:(?:%s)\s+)?" % "|".join(sorted(_LX.DIRECTIONS | {"rural"})))
_DIRECTION_OF_BEFORE = gated(r"(?i)\b(?:%s)\s+of\s+(?:the\s+)?$" % "|".join(sorted(_LX.DIRECTIONS)))
# ... with a direction, whatever the second place's kind: "Ariha town, southern Idleb" (the city's
# name may be the province's too)
_PART_OF_AREA_AFTER_COMMA = gated(
    r"(?i)\s*(?:(?:%s)\s*)?,\s*(?:%s)\s+" % (
        "|".join(sorted(_LX.LOCALITY_QUALIFIERS)), "|".join(sorted((_LX.DIRECTIONS - {"central"}) | {"rural"}))))


QUALIFIED_NEAR_KM = 150  # a place said to be in or by a town lies within this of it


def namesake_area(place_id: str | None, gaz: Gazetteer) -> str | None:
    """The first-order area a town shares a name with ("Guanajuato" the city and the state;
    "Arauca" and "Departamento de Arauca"), or None."""
    if not place_id:
        return None
    if place_id not in gaz.namesakes:
        gaz.namesakes[place_id] = _namesake_area(place_id, gaz)
    return gaz.namesakes[place_id]


def _namesake_area(place_id: str, gaz: Gazetteer) -> str | None:
    town = gaz.get(place_id)
    if town is None or town.kind != PlaceKind.LOCALITY or not town.admin1:
        return None
    area = gaz.get(f"a1:{town.country}.{town.admin1}")
    if area is None or all(p.id != area.id for p in gaz.find(town.name)):
        return None
    return area.id


def _lies_in(place: Mention, where: Mention, gaz: Gazetteer) -> bool:
    """Whether ``place`` can be where ``where`` says it is: in that country or first-order area,
    or near that town and in its country (a region of several areas: in its country)."""
    if where.kind in (PlaceKind.COUNTRY, PlaceKind.ADMIN1):
        return contains(where.place_id, place.place_id, gaz)
    if where.kind == PlaceKind.REGION or None in (place.lat, place.lon, where.lat, where.lon):
        return place.country == where.country or not (place.country and where.country)
    if place.country == where.country and haversine_km(place.lat, place.lon, where.lat, where.lon) <= QUALIFIED_NEAR_KM:
        return True
    # a town named like its first-order area may stand for the area ("Kanbalu township (Shwebo,
    # Sagaing)": Sagaing Region, though the city Sagaing lies 155 km off)
    area = namesake_area(where.place_id, gaz)
    return area is not None and contains(area, place.place_id, gaz)


def drop_qualifying(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """In "the Hmeimim air base in Latakia", "Douma, Rif Dimashq", "Maadan in rural Raqqa",
    "Baidoa (Bay)", "Tessit (Ansongo, Gao)" or "Tlaquepaque, a suburb of Guadalajara", the second place only says where
    the first is: the claim is about the first (and in "the Dallas suburb of Allen", the first only
    says where the second is: Allen). A first place that does not lie where the second
    says was misread (a Moroccan El Jadida "south of Baqubah", a Penha 700 km from "Rio de
    Janeiro"): the better scored of the two stands for the claim. A place inside the first says
    more than it ("in Koulpelogo province near Ouargaye": Ouargaye, the province's town)."""
    out: list[Mention] = []
    qualifier_end = -1  # where the last place that only said where the one before it ends
    for m in mentions:
        gap = text[out[-1].end:m.start] if out else ""
        if out and _POSSESSED.fullmatch(gap):
            if out[-1].kind == "country" and m.country == out[-1].country or _same_area(out[-1], m):
                # the owner of a possessive only says where the owned is: "In Baghdad's Sadr City
                # district" is Sadr City, "Iraq's Anbar province" Anbar (never a region of the two)
                out[-1] = m
                continue
            if out[-1].kind == "locality":
                continue  # ... and a part of a city read as a town elsewhere is misread: "in Kano's Sabon
                # Gari market" is Kano's (no Sabon Garin Nangere, 300 km off)
        if out and out[-1].kind == "locality" and m.kind == "locality" and _SUBURB_OF_GAP.fullmatch(gap):
            out[-1] = m  # "in the Dallas suburb of Allen": Allen
            continue
        if out and out[-1].kind in ("admin1", "admin2") and m.kind == "locality" and _INCLUDING_GAP.fullmatch(gap) \
                and contains(out[-1].place_id, m.place_id, gaz):
            continue  # "42 settlements in Kherson Oblast, including the city of Kherson": the area's
        if out and out[-1].kind in ("landmark", "locality", "admin2") and m.kind != "landmark" and not (
                out[-1].kind == "admin2" and contains(out[-1].place_id, m.place_id, gaz)) and (
                _QUALIFYING_GAP.fullmatch(gap) or _APPOSITIVE_GAP.fullmatch(gap) or _DIRECTION_OF_GAP.fullmatch(gap)
                or (_AREA_AFTER_COMMA.fullmatch(gap) and m.kind in ("admin1", "admin2", "country", "region"))
                or (_AREA_IN_AFTER_COMMA.fullmatch(gap) and m.kind in ("admin1", "admin2", "country", "region")
                    and not _DIRECTION_OF_BEFORE.search(text, max(0, out[-1].start - 30), out[-1].start))
                or _PART_OF_AREA_AFTER_COMMA.fullmatch(gap) or _IN_BRACKETS_AFTER.fullmatch(gap)
                # ... and so does one of it: "Sopore town of north Kashmir's Baramulla district"
                or qualifier_end > out[-1].end and _POSSESSIVE_GAP.fullmatch(text, qualifier_end, m.start)):
            if not _lies_in(out[-1], m, gaz) and m.score > out[-1].score:
                out[-1] = m
            qualifier_end = m.end
            continue  # a list "Latakia, Jableh, and Baniyas" keeps every place
        out.append(m)
    return out


_POSSESSIVE_GAP = gated(r"['’]s\s+")
_ROUTE_FIRST_END = gated(_LX.ROUTE_FIRST_END)
_ROUTE_LAST_END_AFTER = gated(_LX.ROUTE_LAST_END_AFTER)
_ROUTE_LAST_END_BEFORE = gated(_LX.ROUTE_LAST_END_BEFORE)


_TRAVEL_FIRST_END_BEFORE = gated(_LX.TRAVEL_FIRST_END_BEFORE)
_TRAVEL_FIRST_END_AFTER = gated(_LX.TRAVEL_FIRST_END_AFTER)
_TRAVEL_LAST_END_BEFORE = gated(_LX.TRAVEL_LAST_END_BEFORE)
_TRAVEL_DEPARTED_BEFORE = gated(_LX.TRAVEL_DEPARTED_BEFORE)


def _route_end(text: str, m: Mention) -> bool:
    """Whether a mention is an end of a road named after two towns ("the Kabul-Kandahar highway")."""
    return bool(_ROUTE_FIRST_END.match(text, m.end) or _ROUTE_LAST_END_AFTER.match(text, m.end)
                and _ROUTE_LAST_END_BEFORE.search(text, max(0, m.start - 40), m.start))


def journey_end(text: str, m: Mention) -> bool:
    """Whether a mention is an end of a journey ("a bus from Kisumu to Nairobi") or where it set
    out from ("the boat had left Zuwara")."""
    return bool(_TRAVEL_FIRST_END_AFTER.match(text, m.end) and _TRAVEL_FIRST_END_BEFORE.search(text, max(0, m.start - 60), m.start)
                or _TRAVEL_LAST_END_BEFORE.search(text, max(0, m.start - 100), m.start)) or set_out_from(text, m)


def set_out_from(text: str, m: Mention) -> bool:
    """Whether a mention is where a boat, a bus or a flight set out from ("the boat had left
    Zuwara", "a boat carrying passengers from Juba", no end told after it): never where what
    befell it on the way happened."""
    return bool(_TRAVEL_DEPARTED_BEFORE.search(text, max(0, m.start - 80), m.start)
                or not _TRAVEL_FIRST_END_AFTER.match(text, m.end)
                and _TRAVEL_FIRST_END_BEFORE.search(text, max(0, m.start - 60), m.start))


def off_route(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions but the towns a road is named after, when any other place is among them (a
    crash "on the Nakuru-Eldoret highway ... near Londiani" is at Londiani); all of them when
    those towns are all there is ("on the Kabul-Kandahar highway": somewhere between them)."""
    ends = [_route_end(text, m) for m in mentions]
    # the ends of a journey yield to a place named beside them, in their own sentence ("a bus
    # carrying 62 passengers from Kisumu to Nairobi veered off the road near Londiani")
    journey = [not e and journey_end(text, m) for m, e in zip(mentions, ends)]
    beside = {m.sentence_start for m, e, j in zip(mentions, ends, journey) if not e and not j}
    return [m for m, e, j in zip(mentions, ends, journey) if not e and not (j and m.sentence_start in beside)] or mentions


def claim_area(c) -> dict:
    """The area dict of a claim's own place (the inverse of ``place_fields``): a later claim said of
    the same place takes it whole, its precision too ("near Taraza")."""
    return {"place_id": c.place_id, "name": c.place_name, "kind": c.place_kind, "precision": c.precision,
            "lat": c.lat, "lon": c.lon, "country": c.country, "admin1": c.admin1, "parts": tuple(c.parts)}


def place_fields(area: dict | None) -> dict:
    if area is None:
        return {"place_id": None, "place_name": None, "place_kind": None, "precision": None, "lat": None, "lon": None,
                "country": None, "admin1": None, "parts": ()}
    return {"place_id": area["place_id"], "place_name": area["name"], "place_kind": area["kind"],
            "precision": area["precision"], "lat": area["lat"], "lon": area["lon"], "country": area["country"],
            "admin1": area["admin1"], "parts": tuple(area["parts"])}
