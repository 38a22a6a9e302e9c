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
    assert unlocated["SY"].killed() == 2 and unlocated[""].killed() == 2
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
