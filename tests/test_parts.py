"""A map built part by part (geo.parts) is the map built whole, for any selection of sources."""
from __future__ import annotations

import random
from dataclasses import replace

import pytest

from geo import parts
from geo.articles import parse_article
from geo.localities import aggregate
from geo.pipeline import build_map, read_corpus
from geo.reconcile import reconcile

TEXTS = [
    "Gunmen killed 12 civilians in Homs on Sunday, the Example Monitor said. Clashes in Homs province killed 20 people the same day.",
    "Shelling killed four people in Homs on Sunday, local activists said.",
    "Across Syria, 40 people were killed on Sunday, the Example Monitor said.",
    "Two soldiers were killed in an ambush, a military source said. In Idlib, three civilians died on Saturday.",
    "Gunmen killed 9 villagers in Maiduguri on Monday, police said.",
    "Five people were killed in an attack on a bus.",
    "Bandits killed 7 farmers in Zamfara state on Tuesday; a further 3 people died in Gusau.",
    "Two people died in a blast at a fuel depot.",
    "Monitors said 5 people died in Aleppo. In Kano, 3 people were killed by a mob.",
    "Hundreds of people have been killed in Syria since the war began, and 6 soldiers died in Hama on Sunday.",
]


@pytest.fixture(scope="module")
def corpus(gazetteer):
    arts = [parse_article(f"date 2024-05-0{1 + k % 5}\n{t}".encode(), f"p{k}.txt") for k, t in enumerate(TEXTS)]
    c = read_corpus(arts, gazetteer)
    # a toll no place could be given to, in an article whose other tolls are in Syria
    k = next(k for k, x in enumerate(c.claims) if x.path == "p3.txt" and x.victims == "security forces")
    c.claims[k] = replace(c.claims[k], place_id=None, place_name=None, place_kind=None, precision=None, lat=None,
                          lon=None, country=None, admin1=None, parts=())
    return c


def whole(claims, gaz, rule):
    incidents = reconcile(claims, gaz, rule)
    return incidents, aggregate(incidents, gaz)


def picture(incidents, localities):
    return ([(i.incident_id, i.country, i.killed_low, i.killed_best, i.killed_high) for i in incidents],
            [(loc.place_id, loc.country, loc.contained_in, loc.counted, loc.reported, loc.by_victims,
              [i.incident_id for i in loc.incidents]) for loc in localities])


@pytest.mark.parametrize("rule", ["latest", "max"])
def test_built_part_by_part_is_built_whole_for_any_selection(corpus, gazetteer, rule):
    rnd = random.Random(7)
    ids = [a.id for a in corpus.articles]
    selections = [ids] + [rnd.sample(ids, rnd.randint(1, len(ids))) for _ in range(25)]
    for chosen in selections:
        claims = [c for c in corpus.claims if c.article_id in set(chosen)]
        expected = picture(*whole(claims, gazetteer, rule))
        assert picture(*parts.build(claims, gazetteer, rule)) == expected
        # ... and in the corpus's parts cut to the selection (what a toggle does)
        assert picture(*parts.build(claims, gazetteer, rule, corpus.claims)) == expected
        # ... and cut by the articles left out (what build_map does)
        assert picture(*parts.build(claims, gazetteer, rule, corpus.claims, set(chosen))) == expected


def test_countries_are_parts_even_when_one_article_reports_in_both(corpus, gazetteer):
    # the Aleppo-and-Kano article does not hold Syria and Nigeria together (a toggle of a
    # source reporting from many countries rebuilds only those countries); the Syrian article's
    # toll of no place is in Syria's part, where it is reconciled
    got = parts.independent_parts(corpus.claims, gazetteer)
    countries = [{c.country for c in p if c.country} for p in got]
    assert {"SY"} in countries and {"NG"} in countries and {"SY", "NG"} not in countries
    syrian = next(p for p in got if {c.country for c in p if c.country} == {"SY"})
    assert any(c.path == "p3.txt" and c.country is None for c in syrian)


def test_a_toggle_rebuilds_only_the_parts_it_touches(corpus, gazetteer):
    ids = [a.id for a in corpus.articles if not a.path.endswith("p8.txt")]
    before = build_map(corpus, gazetteer, "latest", ids)
    nigerian = next(a.id for a in corpus.articles if a.path.endswith("p4.txt"))
    after = build_map(corpus, gazetteer, "latest", [i for i in ids if i != nigerian])
    syrian = {i.incident_id: i for i in before.incidents if i.country == "SY"}
    assert syrian and all(syrian[i.incident_id] is i for i in after.incidents if i.country == "SY")
    assert not any(i.sources == [nigerian] for i in after.incidents)


def test_tolls_without_a_place_are_one_locality_per_country(corpus, gazetteer):
    data = build_map(corpus, gazetteer)
    unlocated = {loc.country: loc for loc in data.localities if loc.place_kind == "unlocated"}
    # the soldiers of a Syrian article and the tolls of articles of no country: other events, both
    # counted (one locality of both had taken the soldiers for a part of the other toll's total)
    assert set(unlocated) == {"SY", ""}
    assert (unlocated["SY"].place_id, unlocated[""].place_id) == ("unlocated:SY", "unlocated")  # ids stay unique
    # (and of those, a bus attack's five and a fuel depot blast's two are two events, an accident's
    # deaths never a version of violence's)
    assert unlocated["SY"].killed() == 2 and unlocated[""].killed() == 7
    assert sum(loc.killed() or 0 for loc in data.localities) == sum(i.killed_best or 0 for i in data.incidents)


def test_a_corpus_larger_than_the_memo_still_keeps_the_parts_a_toggle_did_not_touch(corpus, gazetteer, monkeypatch):
    # a memo sized for a few small maps would drop a big corpus's parts and rebuild the whole
    # map on every toggle (43 s at 100,000 incidents): it grows to hold two maps of the corpus
    monkeypatch.setattr(parts, "_MEMO", parts._PartMemo(size=3))
    assert len(corpus.claims) > 3
    ids = [a.id for a in corpus.articles]
    before = build_map(corpus, gazetteer, "max", ids)
    nigerian = next(a.id for a in corpus.articles if a.path.endswith("p6.txt"))
    after = build_map(corpus, gazetteer, "max", [i for i in ids if i != nigerian])
    syrian = {i.incident_id: i for i in before.incidents if i.country == "SY"}
    assert syrian and all(syrian[i.incident_id] is i for i in after.incidents if i.country == "SY")
    assert parts._MEMO.size >= 2 * len(corpus.claims)


def _claim(k: int, article: str, place, victims: str, best: int):
    from geo.claims import Claim

    return Claim(
        claim_id=f"c{k}", article_id=article, path=f"{article}.txt", event_type="killing/massacre",
        acled_event_type="Violence against civilians", acled_sub_event_type="Attack", outcome="killed",
        victims=victims, low=best, best=best, high=best, qualifier="exact", vague=False, count_text=str(best),
        incident_count=None, place_id=place.id, place_name=place.name, place_kind=place.kind, precision=2,
        lat=place.lat, lon=place.lon, country=place.country, admin1=place.admin1_name, parts=(), place_mentions=[],
        date_start=None, date_end=None, date_text="", reported_by="Police", reporter_kind="other", relayed_by="",
        attribution="", sentence=f"{best} were killed in {place.name}.", sentence_start=k * 40, sentence_end=k * 40 + 30,
        start=k * 40, end=k * 40 + 2, published="2024-03-29", outlet=f"{article}.example")


def test_a_town_named_like_its_area_holds_the_area_with_it(gazetteer):
    # "11 bodies were found in Kano" over the same article's "11 bodies were found outside
    # Bichi": the town named like its state stands for the state, and the figure is Bichi's
    # (reconcile rule 2), so the two towns are one part though no claim names the state
    from geo.claim_places import namesake_area

    g = gazetteer
    towns = [g.place(i) for i in range(len(g.ids)) if g.country[i] == "NG" and g.kind_name(i) == "locality"
             and g.pop[i] >= 20_000]
    town = next(p for p in towns if namesake_area(p.id, g))
    other = next(p for p in towns if p.admin1 == town.admin1 and p.id != town.id)
    far = next(p for p in towns if p.admin1 != town.admin1)
    claims = [_claim(1, "a1", town, "civilians", 11), _claim(2, "a1", other, "civilians", 11), _claim(3, "a2", far, "civilians", 4)]
    got = parts.independent_parts(claims, g)
    assert sorted(len(p) for p in got) == [1, 2]
    assert picture(*parts.build(claims, g, "latest")) == picture(*whole(claims, g, "latest"))
    assert {i.place_id for i in whole(claims, g, "latest")[0]} == {other.id, far.id}


def _claims_over(gaz, seed: int) -> list:
    """Random claims over towns, districts and first-order areas of two countries (Nigeria's
    without a claim of the whole country, Syria's with one), figures small enough to repeat
    across reporters, articles and categories, so that every rule of reconciliation and of
    counting once finds something to do: a country's claims then fall into many parts only
    where nothing reaches across them."""
    from geo.claim_places import namesake_area

    rnd = random.Random(seed)
    places = []
    for cc in ("NG", "SY"):
        towns = [gaz.place(i) for i in range(len(gaz.ids)) if gaz.country[i] == cc and gaz.kind_name(i) == "locality"
                 and gaz.pop[i] >= 20_000]
        namesakes = [p for p in towns if namesake_area(p.id, gaz)][:2]
        admin1s = sorted({(p.country, p.admin1) for p in namesakes + rnd.sample(towns, 1)})
        picked = namesakes + [p for p in towns if (p.country, p.admin1) in admin1s][:12] + rnd.sample(towns, 6)
        areas = [gaz.get(f"a1:{c}.{a}") for c, a in admin1s[:2]]
        districts = [gaz.place(i) for i in range(len(gaz.ids)) if gaz.country[i] == cc and gaz.kind_name(i) == "admin2"][:2]
        places.extend(p for p in picked + areas + districts if p is not None)
    syria = gaz.get("cc:SY") or next(gaz.place(i) for i in range(len(gaz.ids))
                                     if gaz.country[i] == "SY" and gaz.kind_name(i) == "country")
    claims = []
    for k in range(260):
        p = syria if k % 37 == 0 else rnd.choice(places)
        art = f"a{rnd.randrange(24):02d}"
        best = rnd.randint(1, 4)
        day = None if rnd.random() < 0.3 else f"2024-03-{rnd.randint(1, 28):02d}"
        earlier = [c for c in claims if c.article_id == art and c.country == p.country]
        whole_toll = earlier[-1] if earlier and rnd.random() < 0.04 else None  # (a part of it)
        victims = rnd.choice(("civilians", "security forces", "fighters", "perpetrators", "total", "total"))
        if whole_toll is not None and rnd.random() < 0.5:
            victims = whole_toll.victims
        outcome = rnd.choice(("killed", "killed", "wounded"))
        high = best + rnd.choice((0, 0, 2))
        reporter = rnd.choice(("Monitor", "Police", "Ministry"))
        claims.append(replace(
            _claim(k, art, p, victims, best), outcome=outcome, high=high, date_start=day, date_end=day,
            reported_by=reporter, part_of=whole_toll.claim_id if whole_toll else None,
            is_total=rnd.random() < 0.1, cumulative=rnd.random() < 0.05, additional=rnd.random() < 0.1))
    return claims


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_country_falls_into_parts_only_where_nothing_reaches_across(gazetteer, seed):
    claims = _claims_over(gazetteer, seed)
    got = parts.independent_parts(claims, gazetteer)
    # Syria's claim of the whole country holds all of Syria; Nigeria's towns fall apart
    assert sum(1 for p in got if {c.country for c in p} == {"SY"}) == 1
    assert sum(1 for p in got if {c.country for c in p} == {"NG"}) >= 3
    assert sorted(id(c) for p in got for c in p) == sorted(map(id, claims))
    rnd = random.Random(seed)
    articles = sorted({c.article_id for c in claims})
    for rule in ("latest", "median"):
        for chosen in [articles] + [rnd.sample(articles, rnd.randint(1, len(articles))) for _ in range(12)]:
            sel = [c for c in claims if c.article_id in set(chosen)]
            expected = picture(*whole(sel, gazetteer, rule))
            assert picture(*parts.build(sel, gazetteer, rule)) == expected
            assert picture(*parts.build(sel, gazetteer, rule, claims)) == expected
            assert picture(*parts.build(sel, gazetteer, rule, claims, set(chosen))) == expected
