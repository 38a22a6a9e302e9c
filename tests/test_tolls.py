"""Toll grammar and counting once on text written the ways real reports are written (wire
copy, NGO notes, local news). Every text here is made up for the rule it tests."""
from __future__ import annotations

import pytest

from geo.articles import parse_article
from geo.pipeline import build_map, read_corpus
from geo.precision import acled_geo_precision
from geo.reconcile import reconcile
from geo.reports import article_reports
from geo.tolls import find_tolls
from geo.vocab import EventType, Outcome, PlaceKind, Victims


def read(gazetteer, *texts: str, date: str = "2024-05-04"):
    arts = [parse_article(f"date {date}\n{t}".encode("utf-8"), f"t{k}.txt") for k, t in enumerate(texts)]
    return read_corpus(arts, gazetteer)


def map_of(gazetteer, texts: list[str]):
    """The map of several articles, each with its own header lines."""
    return build_map(read_corpus([parse_article(t.encode(), f"a{k}.txt") for k, t in enumerate(texts)], gazetteer),
                     gazetteer)


def report(gazetteer, text: str, date: str = "2024-05-04"):
    corpus = read(gazetteer, text, date=date)
    return article_reports(corpus, gazetteer)[0], corpus


@pytest.mark.parametrize("sentence, expected", [
    # one of a people, by the word for them: one person, of whatever side the word says
    ("A Palestinian was shot dead by troops near Jenin on Friday.", [(1, "killed", "total")]),
    ("An Afghan died in the blast, police said.", [(1, "killed", "total")]),
    ("A Naxalite was killed in the encounter.", [(1, "killed", "fighters")]),
    ("A Syrian flag was burned outside the embassy.", []),
    # "the couple" is two, beside their children
    ("The couple and their three children were found dead in the house.", [(5, "killed", "civilians")]),
])
def test_one_of_a_people_and_the_couple_are_counts(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_a_verb_in_scare_quotes_is_the_verb():
    assert killed_and_wounded('The army said it had "neutralised" about 30 attackers.') == \
        killed_and_wounded("The army said it had neutralised about 30 attackers.") != []


def killed_and_wounded(sentence: str) -> list[tuple]:
    """(count, outcome, victims) of one sentence's killed and wounded tolls, in order."""
    return [(t.count.best, t.outcome, t.victims) for t in find_tolls(sentence, 0, []) if t.outcome in ("killed", "wounded")]


def counts_and_outcomes(sentence: str) -> list[tuple]:
    """(count, outcome) of each of one sentence's tolls, whatever the outcome, in order."""
    return [(t.count.best, str(t.outcome)) for t in find_tolls(sentence, 0)]


def tolls(corpus, outcome=None):
    return [(c.best, c.outcome, c.victims) for c in corpus.claims if c.is_toll and (outcome is None or c.outcome == outcome)]


@pytest.mark.parametrize("text, killed", [
    ("One person was killed and four others were shot in a parking lot late on Friday.", 1),
    ("A police officer was shot dead at a checkpoint outside the town.", 1),
    ("Raiders stormed the farm, killing a man and his son.", 2),
    ("The blast claimed the lives of eleven worshippers.", 11),
    ("The attack left nine people dead, the governor said.", 9),
    ("Fourteen people died when the convoy was ambushed.", 14),
    ("Rescuers said 27 bodies were recovered from the rubble of the market.", 27),
    ("Twenty-three pilgrims were massacred on the road to the shrine.", 23),
    ("Six labourers were killed in a shooting at a quarry.", 6),
    ("A dozen soldiers were killed in the raid.", 12),
    ("Half a dozen guards were killed when the depot was attacked.", 6),
    ("A couple of farmers were killed by a roadside bomb.", 2),
    ("A hundred villagers were killed in the massacre.", 100),
    ("The attack killed a mother and her three sons.", 4),
    ("Seven people were shot at a wedding, two of whom died.", 2),
    ("Five men were shot outside a bar, one fatally.", 1),
    ("Eight people were found wounded, with three later dying in hospital.", 3),
    ("Masked men killed a village headman outside his home on Sunday.", 1),
    ("A tribal sheikh and a provincial prosecutor were shot dead at a wedding.", 2),
    ("Poachers shot dead a ranger and a herder near the park gate.", 2),
    ("A nurse as well as a driver were killed when the convoy was hit.", 2),
    ("Two herders and a shepherd were killed near the well.", 3),  # one category listed together: a sum
    ("An intruder stabbed one shopkeeper to death and injured two customers.", 1),
    ("The raiders killed four guards and took 12 hostage.", 4),
    ("Troops stormed the ferry; three hostages and a guard were killed.", 4),
    ("A guard and a driver shot dead two robbers at the depot.", 2),  # the robbers died, not the guard
    ("A man shot and killed his wife at their home in the suburb.", 1),
    ("Police said the teenager stabbed his stepfather to death.", 1),
    ("A gunman killed his estranged partner, her sister and a neighbour at the farm.", 3),
    ("The number of people killed in the collapse of the mine in the northern hills has risen to 53.", 53),
    ("Three more bodies were pulled from the river, bringing the death toll from the floods to 21.", 21),
    # ... a possessive before the toll too: the first strike's dead and those more are the new total
    ("A drone hit a bus near the ford, killing 14. A second drone killed five more nearby, bringing the day's "
     "toll to 19, the governor said.", 19),
    # others with their own verb of the outcome before them are more people ...
    ("A ranger was killed when poachers opened fire, and two others died of their wounds in a clinic.", 3),
    ("Four miners were shot dead at the pit and three more were killed on the road to the village.", 7),
    # ... but the rest of a group already counted, and an outcome borrowed from before, are not
    ("Raiders killed five herders. Two died at the well and the three others died in the bush.", 5),
    ("The bombers killed nine people and injured 14 others at the depot.", 9),
    # attackers said to be among a total are in it, however the part is named
    ("A raid on the border post killed eight people, including two of the raiders.", 8),
    ("A raid on the border post killed eight people (including two gunmen).", 8),
    ("A raid on the border post killed eight people, two of them gunmen.", 8),
    # nominal forms and their lists: every item is the noun's outcome
    ("The beheading of nine herders by the militia was filmed.", 9),
    ("The massacre of 14 villagers near the dam was condemned.", 14),
    ("The execution of four hostages was announced on a website.", 4),
    ("The deaths of two herders and 5 border guards were confirmed by the ministry.", 7),
    ("The raid resulted in the death of three raiders, 2 guards, and the injury of 4 tourists.", 5),
    # the dead of a reprisal are more dead, not a part of the attack's toll
    ("Rebels shelled the market, killing 18 people. In retaliation, at least 9 rebels were killed.", 27),
])
def test_the_forms_real_reports_use(gazetteer, text, killed):
    rep, _ = report(gazetteer, text)
    assert rep.killed_best == killed


def test_shot_and_one_of_whom_died_is_one_killed_and_the_rest_wounded(gazetteer):
    rep, _ = report(gazetteer, "Six people were shot near a school, one of whom died.")
    assert rep.killed_best == 1 and rep.wounded[1] == 5


def test_either_or_is_a_range_and_word_ranges_share_their_scale(gazetteer):
    _, corpus = report(gazetteer, "Gunmen opened fire on the bus, killing either 2 or 3 passengers.")
    [c] = [c for c in corpus.claims if c.outcome == Outcome.KILLED]
    assert (c.low, c.best, c.high) == (2, 2, 3)
    _, corpus = report(gazetteer, "Two to three hundred civilians were killed in the siege, aid groups said.")
    [c] = [c for c in corpus.claims if c.outcome == Outcome.KILLED]
    assert (c.low, c.high) == (200, 300)


def test_the_attacker_who_killed_himself_is_kept_apart(gazetteer):
    rep, corpus = report(gazetteer, "A man killed four people at a warehouse before killing himself.")
    assert rep.killed_best == 5 and rep.killed_perpetrators == 1
    assert (4, Outcome.KILLED, Victims.TOTAL) in tolls(corpus) and (1, Outcome.KILLED, Victims.PERPETRATORS) in tolls(corpus)


def test_the_ones_who_killed_are_not_a_toll(gazetteer):
    rep, corpus = report(gazetteer, "Three gunmen killed a farmer and wounded his wife in the night.")
    assert rep.killed_best == 1 and not [t for t in tolls(corpus) if t[0] == 3]
    rep, _ = report(gazetteer, "Ten members of an armed group raided the hamlet, kidnapping five people and killing two.")
    assert rep.killed_best == 2


def test_missing_is_missing_and_among_the_dead_is_part_of_the_toll(gazetteer):
    rep, corpus = report(gazetteer, "The ferry sank after an explosion on board: 31 people were killed and 12 are missing.")
    assert (12, Outcome.MISSING, Victims.TOTAL) in tolls(corpus) and rep.killed_best == 31
    rep, corpus = report(gazetteer, "At least 20 people were killed in the shelling. Three women and a child were among the dead.")
    assert rep.killed_best == 20
    [part] = [c for c in corpus.claims if c.best == 4]
    assert part.outcome == Outcome.KILLED and part.victims == Victims.CIVILIANS


@pytest.mark.parametrize("text, killed", [
    # "N more" with the verb left out is more of the same, beside the first figure
    ("Six people died at the scene of the crash and three more in hospital, police in Kisumu said.", 9),
    ("Gunmen shot dead four traders at the market on Friday and two more overnight, residents said.", 6),
    # ... not "more than"
    ("Police said eight people were killed in the town, four more than in the last raid.", 8),
])
def test_n_more_without_a_verb_is_more_of_the_same(gazetteer, text, killed):
    rep, _ = report(gazetteer, text)
    assert rep.killed_best == killed and rep.killed == (killed, killed, killed)


def test_another_attack_said_after_the_tolls_is_more_dead_beside_them(gazetteer):
    rep, _ = report(gazetteer, "A grenade thrown into a bar in Kismayo killed two men and injured nine others. "
                               "Four soldiers were killed and 12 others wounded in another attack on a base in Kismayo.")
    assert rep.killed_best == 6 and rep.wounded[1] == 21


def test_more_bodies_found_are_more_dead(gazetteer):
    # "N more bodies were found": more dead, by their noun (the verb "found" says no outcome)
    rep, _ = report(gazetteer, "Police found the bodies of 6 men in a ditch outside Uruapan; 2 more bodies "
                               "were found nearby on Saturday.")
    assert rep.killed == (8, 8, 8)


@pytest.mark.parametrize("text, killed, wounded", [
    # the dead among the people hit, with a participle: the wounded are the rest
    ("A gunman shot seven people outside a nightclub in Leeds, killing three.", 3, 4),
    ("A man stabbed five people, killing one, at a bus stop in Malmö.", 1, 4),
    # ... not a sentence that gives the hurt their own figure
    ("A gunman shot 12 people at a fair in Fresno, killing 4 and wounding 8.", 4, 8),
])
def test_the_dead_among_the_people_hit_are_not_more_wounded(gazetteer, text, killed, wounded):
    rep, _ = report(gazetteer, text)
    assert rep.killed_best == killed and rep.wounded[1] == wounded


def test_the_hurt_told_with_who_the_dead_were_are_of_the_same_event(gazetteer):
    # a paragraph naming no place, that tells who the dead before were: the same event's place
    # (not the country, in a story of several places)
    _, corpus = report(gazetteer, "Title: Shelling kills dozens in Sudan's Nyala; convoy attacked\n\n"
                                  "KHARTOUM (Reuters) - At least 26 people were killed on Sunday when paramilitary forces "
                                  "shelled Nyala, the capital of South Darfur state, a monitoring group said.\n\n"
                                  "The Darfur Doctors Network said the dead included nine women and that 40 people had "
                                  "been wounded.\n\nSeparately, gunmen attacked a convoy on the road between Kas and "
                                  "Nyala, killing two drivers.")
    [hurt] = [c for c in corpus.claims if c.outcome == Outcome.WOUNDED]
    assert hurt.place_name == "Nyala"


def test_a_toll_of_a_place_the_gazetteer_lacks_borrows_no_other_place_and_lies_in_its_country(gazetteer, tmp_path):
    from geo.pipeline import build_map

    text = ("Floods kill 30 across Kenya\n\nFlash floods killed at least 30 people across Kenya on Tuesday, "
            "officials said.\n\nIn Ngaremara-Oldonyiro ward alone, 18 people drowned, while 7 others died in "
            "Lolkuniani. Another 5 deaths were reported in Garissa.")
    corpus = read(gazetteer, text)
    by_best = {c.best: c for c in corpus.claims if c.is_toll}
    # the ward's toll is of the ward, unknown: not Garissa's, named in the sentence after
    assert by_best[18].place_id is None and by_best[18].country == "KE"
    assert by_best[5].place_name == "Garissa"
    # ... and the country's toll of that day holds it: 30 in all, not 30 + 25
    data = build_map(corpus, gazetteer)
    assert sum(loc.killed() or 0 for loc in data.localities) == 30


def test_notes_of_a_file_keep_to_themselves(gazetteer):
    from geo.pipeline import build_map

    text = ("On 3 March 2024, ISWAP fighters attacked an army post in Kukawa-Gudumbali (Guzamala, Borno). The army "
            "said it killed 22 insurgents. Fatalities: 22.\n"
            "On 4 March 2024, gunmen shot dead a vigilante in Monguno (Borno). Fatalities: 1.\n"
            "On 5 March 2024, the Nigerian Air Force struck ISWAP positions near Marte (Borno), killing 6 ISWAP "
            "fighters. Fatalities: 6.\n")
    corpus = read(gazetteer, text, date="2024-03-10")
    data = build_map(corpus, gazetteer)
    # a note whose village the gazetteer lacks is unlocated in its country, and never holds the
    # next day's note of a town of that country
    assert sum(loc.killed() or 0 for loc in data.localities) == 29
    # ... and a group that attacked in one note is no attacker in another: the strike's dead are fighters
    [six] = [c for c in corpus.claims if c.is_toll and c.best == 6 and c.outcome == Outcome.KILLED and c.victims != Victims.TOTAL]
    assert six.victims == Victims.FIGHTERS
    # a note placed by names the gazetteer lacks altogether is no toll of the whole country
    text = ("On 10 June 2024, Al Shabaab fighters attacked an SNA post in Bacadley-Jiiro (Ceel Dheere-Sare, "
            "Galmudugg). The SNA said it killed 31 militants. Fatalities: 31.\n"
            "On 11 June 2024, gunmen shot dead two traders in Beledweyne (Hiraan). Fatalities: 2.\n")
    data = build_map(read(gazetteer, text, date="2024-06-20"), gazetteer)
    assert sum(loc.killed() or 0 for loc in data.localities) == 33


def test_parts_told_after_a_toll_that_add_up_to_it_are_its_parts(gazetteer):
    # the parts said one sentence on, of different people, are the toll's, not lower versions of it
    rep, _ = report(gazetteer, "Five people were killed when a gunman opened fire at a wedding in Eldoret. "
                               "Four men were pronounced dead at the scene, and a girl died later in hospital.")
    assert rep.killed == (5, 5, 5)
    # ... and recovered on two days, the second figure with its verb left out
    rep, _ = report(gazetteer, "Bandits killed 19 people in a raid on a village in Katsina State. "
                               "Police said 12 bodies were recovered on Sunday and seven more on Monday.")
    assert rep.killed == (19, 19, 19)
    # ... and more of a part is a part of the same toll
    rep, _ = report(gazetteer, "The remains of 14 people were found in a ravine outside Culiacán. "
                               "Ten of the bodies were in plastic bags and four more beside a car, prosecutors said.")
    assert rep.killed == (14, 14, 14)


def test_parts_told_sentence_by_sentence_that_add_up_to_a_toll_are_its_parts(gazetteer):
    # the weekend's nine, told day by day: nine dead, not versions 9, 6 and 3 of one toll
    text = ("Russian strikes killed at least nine people in Kharkiv over the weekend, regional officials said. "
            "A guided bomb that hit a hardware store on Saturday killed six people. "
            "Three were killed on Sunday when a missile struck a residential block.")
    rep, _ = report(gazetteer, text)
    assert rep.killed == (9, 9, 9)


def test_a_part_of_a_category_toll_is_not_a_lower_figure_for_it(gazetteer):
    # "among the dead" under a title that names who the dead were: still 31, not 3 to 31
    rep, corpus = report(gazetteer, "Gunmen kill 31 farmers in central Mali\n\nGunmen on motorbikes killed 31 "
                                    "people in an attack on a village near Mopti on Sunday, officials said. A local "
                                    "official said his cousin and two nephews were among the dead.")
    assert rep.killed == (31, 31, 31)
    assert any(c.best == 3 and c.part_of for c in corpus.claims)


@pytest.mark.parametrize("text", [
    "A bomb went off outside the courthouse. No one was killed or injured.",
    "Gunmen fired on a police post overnight; no one died.",
    "Forty fighters were either killed or wounded in the fighting, the group said.",
    "Militants fired a rocket at the base; there were no casualties.",
])
def test_texts_without_a_death_give_no_death_toll(gazetteer, text):
    rep, _ = report(gazetteer, text)
    assert not rep.killed_best


def test_a_toll_without_a_place_is_counted_listed_and_exported_unlocated(gazetteer, tmp_path):
    import geopandas as gpd

    from geo import export

    corpus = read(gazetteer, "Five people were killed and two were wounded in an attack on a bus.")
    data = build_map(corpus, gazetteer)
    [loc] = data.localities
    assert loc.place_kind == PlaceKind.UNLOCATED and loc.lat is None and loc.killed() == 5
    out = export.write(tmp_path / "loc.geojson", data, corpus, "locality")
    df = gpd.read_file(out)
    assert list(df["killed_best"]) == [5] and df.geometry.isna().all()


def test_a_toll_without_a_place_of_its_own_keeps_the_country(gazetteer):
    corpus = read(gazetteer, "Gunmen killed 12 villagers in Homs province on Monday.\n"
                             "In a separate incident, three soldiers died in an ambush, a military source said.")
    [soldiers] = [c for c in corpus.claims if c.best == 3]
    assert soldiers.place_kind == PlaceKind.COUNTRY and soldiers.country == "SY"
    # a country's figure of another category is another event: both count
    assert sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities) == 15


@pytest.mark.parametrize("text, kind", [
    ("An earthquake killed 120 people in the mountains of Herat province.", EventType.DISASTER),
    ("Floods swept through the valley, killing 45 residents.", EventType.DISASTER),
    ("A bus crash on the highway near Mombasa killed nine passengers.", EventType.ACCIDENT),
    ("A suicide bomber killed nine people at a market in Mogadishu.", EventType.ATTACK),
    ("Militiamen shot dead nine shoppers at a market in Mogadishu.", EventType.KILLING),
    # "to strike" is a quake's verb here, and what killed is no count of people
    ("A quake and several strong aftershocks killed 212 people in Van province, the worst to strike "
     "the area in decades.", EventType.DISASTER),
    # a crowd that storms a building is no storm
    ("Four people were killed when a crowd tried to storm the district office in Kasese.", EventType.KILLING),
    ("A storm flattened the fishing village, killing 14 people.", EventType.DISASTER),
    # aircraft that struck: remote violence, whoever died
    ("Army gunships struck rebel positions near Kutum, killing 12 fighters.", EventType.ATTACK),
    # bodies dumped by a road are killings, a road no accident
    ("Police found the bodies of seven men dumped on a highway outside Celaya.", EventType.KILLING),
])
def test_not_every_toll_is_violence(gazetteer, text, kind):
    _, corpus = report(gazetteer, text)
    [c] = [c for c in corpus.claims if c.outcome == Outcome.KILLED]
    assert c.event_type == kind


def test_a_campaign_wide_figure_is_context_never_new_deaths(gazetteer):
    corpus = read(gazetteer, "Shelling killed 8 civilians in Idlib on Sunday. The war has killed more than 300,000 "
                             "people in Syria since it began in 2011, monitors say.")
    war = next(c for c in corpus.claims if c.best == 300_000)
    assert war.cumulative
    data = build_map(corpus, gazetteer)
    assert sum(loc.killed() or 0 for loc in data.localities) == 8
    [inc] = [i for i in data.incidents if i.reported_best == 300_000]
    assert inc.killed_best == 0 and inc.cumulative


def test_nesting_subtracts_only_the_same_event(gazetteer):
    # an area's figure of another week is another event; the same week's is the same one
    week1 = read(gazetteer, "Twelve civilians were killed in Homs on Monday, the monitor said.", date="2024-05-07")
    later = ("Across Syria, 30 civilians were killed on 20 May, the monitor said.")
    both = read(gazetteer, "Twelve civilians were killed in Homs on Monday, the monitor said.", later, date="2024-05-21")
    assert sum(loc.killed() or 0 for loc in build_map(week1, gazetteer).localities) == 12
    apart = read(gazetteer, "Twelve civilians were killed in Homs on 6 May, the monitor said.",
                 later.replace("20 May", "20 May"), date="2024-05-21")
    assert sum(loc.killed() or 0 for loc in build_map(apart, gazetteer).localities) == 42
    same = read(gazetteer, "Twelve civilians were killed in Homs on 20 May, the monitor said.", later, date="2024-05-21")
    assert sum(loc.killed() or 0 for loc in build_map(same, gazetteer).localities) == 30
    assert both  # read without error


def test_a_vague_amount_is_not_counted_where_a_figure_exists(gazetteer):
    corpus = read(gazetteer, "Hundreds of people have been killed across Syria, residents say. "
                             "In Hama, 14 people were killed on Tuesday, the monitor said.")
    assert sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities) == 14


def test_a_dateline_is_where_it_was_filed_not_where_it_happened(gazetteer):
    corpus = read(gazetteer, "NAIROBI, Kenya — Gunmen killed six people in Mandera on Tuesday, police said.")
    [c] = [c for c in corpus.claims if c.is_toll]
    assert c.place_name == "Mandera" and c.country == "KE"
    corpus = read(gazetteer, "BEIRUT (Reuters) - Air strikes killed 9 civilians in Idlib on Sunday, a monitor said.")
    [c] = [c for c in corpus.claims if c.is_toll]
    assert c.country == "SY" and "Beirut" not in (c.place_name or "")


def test_a_place_across_a_border_is_a_landmark_not_an_invented_region(gazetteer):
    corpus = read(gazetteer, "Militants attacked an army post in northern Mali near the border with Niger, "
                             "killing 11 soldiers.")
    [c] = [c for c in corpus.claims if c.is_toll]
    assert c.country == "ML" and "+" not in (c.place_name or "")


# -- where an article happened when its tolls and events have no place (made-up texts)

def test_main_place_from_the_places_named_when_no_claim_has_one(gazetteer):
    rep, _ = report(gazetteer, "A parcel bomb was defused outside the post office in Mombasa, Kenya. Nobody was hurt.")
    assert rep.killed is None and rep.country == "KE" and rep.name == "Mombasa"
    assert rep.place_basis == "mentions"


def test_main_place_is_the_finest_place_of_the_focus_country(gazetteer):
    rep, _ = report(gazetteer, "Two rockets launched from southern Lebanon fell near Haifa, Israel, causing no damage. "
                               "Israel said it would respond.")
    assert rep.country == "IL" and rep.place_kind == "locality"


def test_main_place_from_the_one_country_of_the_actors(gazetteer):
    rep, _ = report(gazetteer, "Iraqi army engineers defused a car bomb after a tip-off from shopkeepers.")
    assert rep.country == "IQ" and rep.place_kind == "country" and rep.place_basis == "actors"
    rep, _ = report(gazetteer, "Canadian and Mexican investigators discussed the bombing on Tuesday.")
    assert rep.country is None  # two countries' actors: no guess


def test_a_placed_toll_still_decides_the_main_place(gazetteer):
    rep, _ = report(gazetteer, "Gunmen killed four farmers in Maiduguri. Officials in Abuja condemned the attack.")
    assert rep.name == "Maiduguri" and rep.place_basis == "tolls"


# -- a wire story as it is written: a past disaster named for scale, a toll told in the capital,
#    a part of the dead, the war's own toll (made-up texts)

QUAKE = """Earthquake kills dozens in eastern Turkey

MALATYA, Turkey (Reuters) - A strong earthquake struck eastern Turkey early on Tuesday, killing at least 34 people
and injuring more than 200, the disaster agency said.

Most of the dead were in the town of Doganyol, where rescuers pulled 12 bodies from the rubble of one building.

The quake comes two years after the February 2029 earthquakes that killed more than 50,000 people in Turkey.

By Tuesday evening the death toll had risen to 41, the health minister told reporters in Ankara.
"""


def test_a_past_disaster_named_for_scale_is_context(gazetteer):
    corpus = read(gazetteer, QUAKE, date="2031-02-11")
    old = [c for c in corpus.claims if c.is_toll and c.best == 50_000]
    assert old and old[0].cumulative and old[0].date_start == "2029-02-01"
    m = build_map(corpus, gazetteer)
    assert sum(loc.killed() or 0 for loc in m.localities) == 41


def test_where_a_toll_was_told_is_not_where_it_happened(gazetteer):
    corpus = read(gazetteer, QUAKE, date="2031-02-11")
    told = next(c for c in corpus.claims if c.is_toll and c.best == 41)
    assert told.place_name != "Ankara" and told.country == "TR"


def test_a_part_of_the_dead_is_part_of_the_toll_before(gazetteer):
    text = ("At least 27 people were killed when shells hit the market in Kadugli, medics said.\n"
            "The doctors' union said 15 of the dead were women and children. Another 40 were wounded.")
    corpus = read(gazetteer, text)
    part = next(c for c in corpus.claims if c.is_toll and c.best == 15)
    whole = next(c for c in corpus.claims if c.is_toll and c.best == 27)
    assert part.part_of == whole.claim_id and part.victims == Victims.CIVILIANS and part.place_id == whole.place_id
    m = build_map(corpus, gazetteer)
    assert sum(loc.killed() or 0 for loc in m.localities) == 27


def test_the_wars_own_toll_is_context(gazetteer):
    corpus = read(gazetteer, "Shelling killed 6 people in Kadugli on Monday. The war, now in its third year, "
                             "has killed tens of thousands and displaced 9 million, the UN says.")
    wide = [c for c in corpus.claims if c.is_toll and c.best >= 10_000]
    assert wide and all(c.cumulative for c in wide)
    assert sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities) == 6


def test_a_wave_of_protests_own_toll_is_context(gazetteer):
    # the season's dead since the unrest began, told after the day's, are not more of the day's
    text = ("Police shot dead a teenager in Bamenda on Thursday as crowds blocked the main road, a nurse said. "
            "Human rights groups say 45 people have been killed since the unrest began in May.")
    rep, corpus = report(gazetteer, text, date="2024-05-30")
    assert rep.killed_best == 1
    assert [c.best for c in corpus.claims if c.is_toll and c.cumulative] == [45]


def test_a_toll_from_the_war_is_context(gazetteer):
    text = ("Shelling killed four people in Kramatorsk on Friday, officials said. The regional governor said "
            "the death toll from the war in the Donetsk region had passed 4,200 civilians.")
    # (a toll that passed a figure is a toll of it)
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 4
    assert [c.best for c in corpus.claims if c.is_toll and c.cumulative] == [4200]


def test_the_dead_told_one_by_one_at_the_tolls_places_are_its_own(gazetteer):
    # the four of two towns: the farmers (one of them in Eldoret, not the three) and the officer in
    # Kisumu are the four, not seven
    text = ("Kenya: 4 killed as farmers clash with police in Kisumu\n\n"
            "At least four people were killed on Monday as farmers clashed with police in Kisumu and Eldoret. "
            "Three of the dead were farmers, one of them in Eldoret. A police officer was killed in Kisumu's "
            "Kondele area, police said.")
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 4
    lead = next(c for c in corpus.claims if c.is_toll and c.count_text == "At least four people")
    three, officer = (next(c for c in corpus.claims if c.is_toll and c.best == n and c.part_of) for n in (3, 1))
    assert three.part_of == officer.part_of == lead.claim_id
    assert three.place_id == lead.place_id and rep.name != "Eldoret"


def test_a_places_own_period_toll_in_its_where_clause_is_context_and_the_days_is_not(gazetteer):
    text = ("A bomb killed two soldiers and wounded five others in Sulu province on Monday, the army said, in the "
            "latest violence in the region, where more than 2,000 people have been killed since 2015.")
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 2 and rep.wounded[1] == 5
    assert [c.best for c in corpus.claims if c.is_toll and c.cumulative] == [2000]


def test_a_toll_of_an_unknown_town_of_a_country_stays_the_countrys_not_another_towns(gazetteer):
    # the town the gazetteer lacks is not the only known place the story names elsewhere
    text = ("Gunmen attacked the northern Malian village of Ouattagouna-Koira on Sunday, killing at least 18 people, "
            "officials said. Troops were later deployed in Mopti, the army said.")
    rep, corpus = report(gazetteer, text)
    toll = next(c for c in corpus.claims if c.is_toll and c.best == 18)
    assert toll.place_name != "Mopti" and toll.country == "ML"


def test_an_earlier_months_event_after_a_semicolon_is_context(gazetteer):
    text = ("Gunmen opened fire at a cockfight in the town of Salvatierra late Saturday, killing seven people. "
            "It was the third such attack in the state this year; in February, 9 people were killed at a "
            "party in Celaya.")
    rep, corpus = report(gazetteer, text, date="2024-06-10")
    assert rep.killed_best == 7
    assert [c.best for c in corpus.claims if c.is_toll and c.cumulative] == [9]
    # ... not a month of the story's own
    rep, _ = report(gazetteer, text.replace("in February", "in June"), date="2024-06-10")
    assert rep.killed_best == 16


def test_the_people_hit_then_who_of_them_died_leave_the_rest_hurt(gazetteer):
    text = ("Five people were shot outside a nightclub in Memphis early Sunday, police said. "
            "A 22-year-old woman was killed.")
    rep, _ = report(gazetteer, text)
    assert rep.killed_best == 1 and rep.wounded[1] == 4
    # ... not the gunman's own death, nor a dead person told in a separate event
    rep, _ = report(gazetteer, text.replace("A 22-year-old woman was killed.",
                                            "The gunman was shot dead by officers."))
    assert rep.wounded[1] == 5


@pytest.mark.parametrize("who", ["religious scholar", "midwife", "pharmacist", "muezzin", "well-known singer"])
def test_one_person_by_their_trade_is_a_toll(gazetteer, who):
    rep, corpus = report(gazetteer, f"In Kandahar, gunmen shot dead a {who} outside his shop, police said.")
    assert rep.killed_best == 1
    assert [c.victims for c in corpus.claims if c.is_toll] == [Victims.CIVILIANS]


def test_people_whom_something_else_befell_before_some_of_them_died_are_not_all_dead(gazetteer):
    # the five were robbed; two of them were shot dead (an age range between is no count of its own)
    text = "Five traders aged 30 to 45 were robbed on the road near Gusau by bandits who shot dead two of them."
    rep, _ = report(gazetteer, text)
    assert rep.killed_best == 2


def test_a_lost_limb_is_a_wound_and_a_lost_lead_is_nothing(gazetteer):
    rep, _ = report(gazetteer, "A farmer lost his leg when a landmine exploded in his field near Battambang on Monday.")
    assert rep.wounded[1] == 1 and not rep.killed
    rep, _ = report(gazetteer, "The home team lost their lead in the second half in Battambang on Monday.")
    assert not rep.wounded and not rep.killed


def test_a_count_of_devices_is_no_toll_of_the_people_after_it(gazetteer):
    # three device blasts at a police post, no one hurt: no three dead policemen
    rep, _ = report(gazetteer, "At least three improvised explosive device blast hit a police post in Kalat district "
                               "on Monday, but no casualties were reported.")
    assert not rep.killed and not rep.wounded


def test_the_scene_of_another_event_tells_that_events_dead_as_context(gazetteer):
    # (earlier the same month: its month is no earlier one)
    text = ("Two men were shot and wounded outside a nightclub in Tulsa early Sunday. The club was the scene of "
            "another shooting in June that left a woman dead and four hurt.")
    rep, corpus = report(gazetteer, text, date="2024-06-24")
    assert not rep.killed_best and rep.wounded[1] == 2
    assert sorted(c.best for c in corpus.claims if c.is_toll and c.cumulative) == [1, 4]


def test_shot_execution_style_is_killed(gazetteer):
    rep, _ = report(gazetteer, "Three men were found shot execution-style in a field outside Culiacán on Tuesday.")
    assert rep.killed_best == 3 and not rep.wounded


def test_an_outcome_in_a_bracketed_aside_is_the_asides_people_s(gazetteer):
    # the three boys were wounded (two of them died): not three dead
    rep, _ = report(gazetteer, "Three boys (two would later die) and two women were wounded in a shooting in Memphis.")
    assert rep.killed_best == 2 and rep.wounded[1] == 3
    # ... and the whole of a part told in brackets takes its verb after them: six hit, two of them dead
    rep, _ = report(gazetteer, "Six people (two of them later died) were shot at a block party in Memphis.")
    assert rep.killed_best == 2 and rep.wounded[1] == 4


def test_suffocation_is_a_hurt_unless_they_died_of_it(gazetteer):
    rep, _ = report(gazetteer, "Shells with chlorine gas hit parts of Idlib, and at least 60 people suffered "
                               "suffocation problems, medics said.")
    assert rep.wounded[1] == 60 and not rep.killed
    rep, _ = report(gazetteer, "Four children died of suffocation after a fire in Aleppo.")
    assert rep.killed_best == 4 and not rep.wounded


def test_a_story_about_one_place_puts_its_unplaced_tolls_there(gazetteer):
    corpus = read(gazetteer, "Four killed in shooting at a house party in Tulsa\n\n"
                             "Four people were killed and seven others wounded when gunfire erupted early Sunday, police said.\n\n"
                             "Separately, two men were killed in a stabbing, police said.\n\n"
                             "The war on gangs, now in its fifth year, has killed 900 people, the mayor said.")
    wounded = next(c for c in corpus.claims if c.is_toll and c.outcome == Outcome.WOUNDED)
    assert wounded.place_name == "Tulsa"
    wide = next(c for c in corpus.claims if c.is_toll and c.best == 900)
    assert wide.cumulative and wide.place_kind == PlaceKind.COUNTRY  # a war's figure is the country's
    apart = next(c for c in corpus.claims if c.is_toll and c.best == 2)
    assert apart.place_kind == PlaceKind.COUNTRY  # "separately": not the story's town


# -- one-sentence conflict-event notes (made up in the style of event-data coders' notes)

@pytest.mark.parametrize("text, killed, country", [
    ("On 4 June 2030, 3 SDF fighters were killed in clashes with IS militants near Al-Busayrah in Deir ez-Zor "
     "countryside. 3 fatalities.", 3, "SY"),
    ("On 11 June 2030, unidentified gunmen shot and killed a policeman in Daraa al-Balad, Daraa. 1 fatality.", 1, "SY"),
    ("On 2 July 2030, a landmine exploded near Maadan in rural Raqqa, killing two shepherds. 2 fatalities.", 2, "SY"),
    ("On 9 July 2030, militants killed 6 farmers in Mafa LGA (Borno). 6 fatalities.", 6, "NG"),
    ("On 15 July 2030, gunmen abducted 9 travellers on the Abuja-Kaduna highway (Kaduna). 0 fatalities.", None, "NG"),
    ("On 20 July 2030, an IED hit a police van between Quetta and Mastung in Balochistan, killing 3 policemen. "
     "3 fatalities.", 3, "PK"),
])
def test_conflict_event_notes(gazetteer, text, killed, country):
    rep, _ = report(gazetteer, text, date="2030-07-31")
    assert (rep.killed_best, rep.country) == (killed, country)


# -- wire stories: the headline toll lands at its place and the map counts it once (made-up texts)

@pytest.mark.parametrize("text, place, killed", [
    ("Missile strike on Kharkiv kills 14\n\nKYIV, March 3 (Reuters) - A missile hit a residential block in Kharkiv "
     "on Sunday, killing 14 people, the regional governor said.\n\nMore than 11,000 civilians have been killed in "
     "Ukraine since the invasion began, the United Nations says.", "Kharkiv", 14),
    ("Gunmen kill 9 at bar in central Mexico\n\nMEXICO CITY (AP) — Gunmen opened fire in a bar in the city of "
     "Celaya on Saturday, killing 7 people. Two of the wounded died later, bringing the death toll to 9, the "
     "Guanajuato state prosecutor's office said.", "Celaya", 9),
    ("Attack on village kills 60 in Nigeria\n\nABUJA (Reuters) - Gunmen killed at least 60 people in an attack "
     "on a village in Plateau state, police said, one of the deadliest attacks in the region this year.", "Plateau", 60),
    ("Fighting in Bukavu kills dozens\n\nBUKAVU, Democratic Republic of Congo - At least 40 people have been killed "
     "in fighting in Bukavu since rebels entered the city, the UN said. Nine peacekeepers have been killed, "
     "including 5 from Malawi.", "Bukavu", 40),
])
def test_wire_story_headline_toll_at_its_place(gazetteer, text, place, killed):
    corpus = read(gazetteer, text)
    m = build_map(corpus, gazetteer)
    where = {loc.name: loc.killed() for loc in m.localities if loc.killed()}
    assert any(place in name for name in where), where
    assert sum(where.values()) == killed
    assert not [loc for loc in m.localities if loc.country in ("MW", "CG") or loc.name in ("Mexico City", "Kyiv")]


@pytest.mark.parametrize("text, killed, victims", [
    ("A roadside bomb killed one and wounded four near the market.", 1, Victims.TOTAL),
    ("Gunmen opened fire on a patrol, killing one and injuring another.", 1, Victims.TOTAL),
    ("Pirates killed one deckhand of the trawler and seized six.", 1, Victims.TOTAL),
    ("Three pro-government fighters were killed by a mine.", 3, Victims.SECURITY_FORCES),
    ("The flood killed one day after the dam burst.", None, None),
    ("Soldiers killed one of the raiders.", 1, Victims.PERPETRATORS),  # (one of a group: the group's category)
])
def test_one_killed_by_an_active_verb(gazetteer, text, killed, victims):
    got = [(c.best, c.victims) for c in read(gazetteer, text).claims if c.is_toll and c.outcome == Outcome.KILLED]
    assert got == ([] if killed is None else [(killed, victims)])


@pytest.mark.parametrize("text, killed, wounded", [
    ("Three people were hurt and one person was fatally wounded outside a club.", 1, 3),
    ("A guard was mortally wounded and two others were injured at the gate.", 1, 2),
    ("The brawl ended in the death of one and injuries to nine others.", 1, 9),
])
def test_fatally_wounded_and_the_death_of_one(gazetteer, text, killed, wounded):
    claims = [c for c in read(gazetteer, text).claims if c.is_toll]
    assert [c.best for c in claims if c.outcome == Outcome.KILLED] == [killed]
    assert [c.best for c in claims if c.outcome == Outcome.WOUNDED] == [wounded]


@pytest.mark.parametrize("text, killed", [
    ("Six men were found shot near a gas station. One of the men later died at the hospital.", 1),
    ("Eight people were wounded in the blast. Two of the wounded later died in hospital.", 2),
    ("Four guards were shot; one of the wounded is in critical condition.", None),
])
def test_of_the_wounded_later_died(gazetteer, text, killed):
    got = [c.best for c in read(gazetteer, text).claims if c.is_toll and c.outcome == Outcome.KILLED]
    assert got == ([] if killed is None else [killed])


# -- the country of a text that names no place: its armed groups' (made-up texts)

@pytest.mark.parametrize("text, country", [
    ("Boko Haram fighters stormed a village before dawn, killing 14 farmers and burning their granaries.", "NG"),
    ("Three soldiers were killed when LTTE cadres ambushed their patrol.", "LK"),
    ("Suspected Pakistani Taliban gunmen shot dead two polio workers on Tuesday.", "PK"),
    ("An al-Shabaab car bomb killed five people outside a hotel.", "SO"),
    ("TNLA fighters ambushed a convoy, killing six soldiers, the group said.", "MM"),
    ("ISWAP militants raided a military base overnight, killing 11 soldiers.", "NG"),
])
def test_a_text_with_no_place_is_placed_in_its_armed_groups_country(gazetteer, text, country):
    rep, _ = report(gazetteer, text)
    assert (rep.country, rep.place_basis, rep.place_kind) == (country, "groups", "country")


def test_groups_of_two_countries_and_a_named_place_leave_the_groups_alone(gazetteer):
    rep, _ = report(gazetteer, "Taliban and FARC delegates met; no one was hurt.")
    assert rep.place_basis != "groups"
    rep, _ = report(gazetteer, "Boko Haram gunmen killed 12 people in Maroua on Sunday.")
    assert (rep.country, rep.place_basis) == ("CM", "tolls")  # the town named wins over the group's country


@pytest.mark.parametrize("text, place", [
    ("Gunmen raided villages in Kirkuk province on Monday, killing 9 farmers in Tikrit.", "Tikrīt"),
    ("Militants shelled Aleppo and Idlib overnight, killing 9 people in Pakistan's city of Mastung.", "Mastung"),
])
def test_a_toll_with_a_place_of_its_own_is_about_that_place(gazetteer, text, place):
    _, corpus = report(gazetteer, text)
    assert [(c.best, c.place_name) for c in corpus.claims if c.is_toll] == [(9, place)]


def test_two_tolls_of_one_sentence_keep_their_own_places(gazetteer):
    _, corpus = report(gazetteer, "A car bomb killed three people in Kirkuk, while a roadside bomb killed two soldiers in Tikrit.")
    assert sorted((c.best, c.place_name) for c in corpus.claims if c.is_toll) == [(2, "Tikrīt"), (3, "Kirkuk")]


@pytest.mark.parametrize("sentence, expected", [
    ("Masked men shot dead 4 villagers and injured 2 others near the market.",
     [(4, "killed", "civilians"), (2, "wounded", "total")]),
    ("Raiders hacked to death 6 villagers overnight.", [(6, "killed", "civilians")]),
    ("In a second raid in the district, three guards were killed.", [(3, "killed", "security forces")]),
    ("On 9 June, 1 IS fighter was killed by a mine near the river. 1 fatality.", [(1, "killed", "fighters"), (1, "killed", "total")]),
    ("2 YPG members were killed and 11 Taliban were captured.", [(2, "killed", "fighters")]),
    ("A roadside bomb killed 4 Peshmerga soldiers on the road.", [(4, "killed", "security forces")]),
    ("One conscript has died of his wounds and a sergeant was killed.", [(1, "killed", "security forces"), (1, "killed", "security forces")]),
    ("The three blasts appear to have killed no one but left 9 people injured.", [(9, "wounded", "total")]),
    ("Four gunmen stormed the hall but killed nobody.", []),
])
def test_more_toll_grammar_of_wire_and_event_notes(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # one person past an age or where they came from
    ("A 31-year-old man was killed in the crossfire near the bakery.", [(1, "killed", "total")]),
    ("One twelve-year-old girl was killed and 5 others were hurt.", [(1, "killed", "civilians"), (5, "wounded", "total")]),
    ("A woman, 58, was shot dead outside her shop, police said.", [(1, "killed", "civilians")]),
    ("A farmer from the next valley was stabbed to death on Tuesday.", [(1, "killed", "civilians")]),
    ("A nurse in her 50s was killed when the shell hit the clinic.", [(1, "killed", "civilians")]),
    # the person is the attacker, named in apposition just before
    ("The gunman, a 19-year-old resident of the town, was shot dead by officers.", [(1, "killed", "perpetrators")]),
    # a death nobody caused
    ("Mourners gathered for a neighbour of theirs who had died of natural causes.", []),
    # leading verbs and nouns of a toll
    ("Two masked men fatally shot three guards at the depot.", [(3, "killed", "security forces")]),
    ("A mortar round killed all 14 people inside the minibus.", [(14, "killed", "total")]),
    ("The bodies of five herders were found near the well.", [(5, "killed", "civilians")]),
    ("The flood of attacks claimed another 16 lives by the evening.", [(16, "killed", "total")]),
    ("One worker has been reported dead after the raid.", [(1, "killed", "total")]),
    ("Militants raided the farm, killing one farmer, abducting another and wounding 2 others.",
     [(1, "killed", "civilians"), (2, "wounded", "total")]),
    # whose dead: "regime fighters" are the state's; "two soldier" is still soldiers
    ("Five regime fighters and a rebel were killed at the bridge.", [(5, "killed", "security forces"), (1, "killed", "fighters")]),
    ("At least three soldier were killed in the ambush.", [(3, "killed", "security forces")]),
    # a count whose clause hands its verb on: the bus's passengers are not all dead
    ("Gunmen fired on a minibus carrying 18 passengers, killing four and wounding six.", [(4, "killed", "total"), (6, "wounded", "total")]),
    # "all three" pointing back at the attackers just named is no new toll
    ("Police cornered the three robbers, killing all three.", []),
])
def test_one_person_and_the_leads_of_real_notes(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a count whose verb is the next count's ("who killed one", "... killed one bystander")
    ("A gunman fired at six men loading a truck, killing one and wounding two others.",
     [(1, "killed", "total"), (2, "wounded", "total")]),
    ("Four friends in a parked car were targeted by a gunman who killed one and injured two.",
     [(1, "killed", "total"), (2, "wounded", "total")]),
    ("A brawl between two groups at the fair killed one bystander and wounded 9 others.",
     [(1, "killed", "civilians"), (9, "wounded", "total")]),
    # ... but a passive before the next count keeps its own verb
    ("At least 3 people were killed an additional 8 wounded, officials said.", [(3, "killed", "total"), (8, "wounded", "total")]),
    # two number words side by side are two numbers: "Two nineteen-year-olds" is two people
    ("Two nineteen-year-olds were killed outside the arcade.", [(2, "killed", "total")]),
    # one person by other words
    ("The dispute ended in one death and four people being hurt by gunfire.", [(1, "killed", "total"), (4, "wounded", "total")]),
    ("Two people were wounded and one other was fatally injured at the club.", [(2, "wounded", "total"), (1, "killed", "total")]),
    ("One of the masked gunmen was shot and killed by a guard.", [(1, "killed", "perpetrators")]),
    ("One 19-year-old was killed and two others were wounded.", [(1, "killed", "total"), (2, "wounded", "total")]),
    ("An adult and a toddler were killed in the fire that followed the shooting.", [(2, "killed", "civilians")]),
    ("Two brothers were shot and killed behind the shop.", [(2, "killed", "civilians")]),
    # the one who shot, not one who was shot
    ("A farmer shot at three men crossing his land.", []),
    ("One of the guards shot and killed Farouk at the gate.", []),
])
def test_counts_handed_on_and_people_named_other_ways(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "the death(s) of N", "the killing of", "the injury of"
    ("Rebels ambushed the convoy, resulting in the deaths of 4 rangers.", [(4, "killed", "security forces")]),
    ("The raid led to the death of one of the teachers and the injury of 3 others.",
     [(1, "killed", "civilians"), (3, "wounded", "total")]),
    ("Troops stormed the hideout, resulting in the death of two kidnappers and the capture of one.",
     [(2, "killed", "perpetrators")]),
    # a verb that opens the next clause is no noun of the count before it
    ("Gunmen attacked the market, killing 14 wounded another 30 people.", [(14, "killed", "total"), (30, "wounded", "total")]),
    # a count with its own verb and no outcome is no toll, and takes no outcome from the list
    ("About 200 hostages were freed from the mall and four attackers were killed.", [(4, "killed", "perpetrators")]),
    ("Police raided the farm, killing two gunmen, while six workers were rescued.", [(2, "killed", "perpetrators")]),
    ("Three grenades exploded near the stadium, killing one person.", [(1, "killed", "total")]),
    # whose dead: a pro-government militia is with the state; four words may stand between
    ("An ambush killed nine members of a pro-government militia near the pass.", [(9, "killed", "security forces")]),
    ("At least five CTD and police personnel were killed in the attack.", [(5, "killed", "security forces")]),
])
def test_deaths_of_and_counts_with_their_own_verbs(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("text, country", [
    ("Two soldiers were wounded in a clash between the Philippine Army and communist rebels.", "PH"),
    ("A Saudi-led coalition air strike killed nine people at a wedding, medics said.", "SA"),
    ("Nepali police said three people were killed when a bomb went off at a bus stop.", "NP"),
])
def test_a_country_adjective_news_use_places_a_text_that_names_no_place(gazetteer, text, country):
    r, _ = report(gazetteer, text)
    assert r.country == country


def test_a_town_named_in_a_partys_name_does_not_place_a_text(gazetteer):
    # "Liberal" is a town in Kansas; the Liberal Party of a text that names no place says nothing of where
    r, _ = report(gazetteer, "A bomb killed nine people at a rally of the Liberal Party on Sunday.")
    assert not r.country and r.killed == (9, 9, 9)
    # an ethnic adjective is never a place (Arab, Alabama)
    r, corpus = report(gazetteer, "An Arab gunman wounded 15 people outside a hospital, police said.")
    assert not r.country and not corpus.places[0].mentions


@pytest.mark.parametrize("sentence, expected", [
    # a present-tense headline verb governs the count after it: "injures", "wounds"
    ("Car bomb kills five and injures over 300 near the ministry.", [(5, "killed", "total"), (300, "wounded", "total")]),
    ("Blast kills 3 villagers wounds 11 others at a market.", [(3, "killed", "civilians"), (11, "wounded", "total")]),
    # ... and "wounds" after "died of" is still the dead's
    ("Two guards later died of their wounds in hospital.", [(2, "killed", "security forces")]),
    ("Gunman kills himself and three others at a petrol station.", [(1, "killed", "perpetrators"), (3, "killed", "total")]),
    ("Rebels shoot dead 4 farmers and another 2 were injured.", [(4, "killed", "civilians"), (2, "wounded", "total")]),
    ("Seven corpses were pulled from the river on Tuesday.", [(7, "killed", "total")]),
])
def test_present_tense_headline_verbs(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_dead_said_to_come_also_are_beside_the_total_not_in_it(gazetteer):
    # "also": more dead beside the toll already given; without it, the fighters are taken to be
    # part of the total (counted once, the safe side)
    r, _ = report(gazetteer, "Gunmen killed three villagers near Gao on Sunday. Five of the attackers were also killed.")
    assert r.killed == (8, 8, 8) and r.killed_armed == 5
    r, _ = report(gazetteer, "A car bomb killed 12 people near Gao on Sunday, including four soldiers.")
    assert r.killed == (12, 12, 12)


@pytest.mark.parametrize("sentence, expected", [
    # one person named by what they were or whose side they were on
    ("One citizen was killed and two others were hurt when a shell hit the market.",
     [(1, "killed", "civilians"), (2, "wounded", "total")]),
    ("One Border Police member was killed and four others were wounded in the ambush.",
     [(1, "killed", "security forces"), (4, "wounded", "total")]),
    ("A member of the village police force was shot dead at the checkpoint.", [(1, "killed", "security forces")]),
    ("Gunmen shot dead one in Jalalabad on Friday.", [(1, "killed", "total")]),
    # the ones who opened fire are no toll
    ("A shopkeeper was killed when four armed men opened fire from a van.", [(1, "killed", "civilians")]),
    ("A mortar round killed one police in the market.", [(1, "killed", "security forces")]),
    # a count in the list of the one before takes its outcome, though a verb follows
    ("Raiders took the depot, killing six guards and two children, and wounding nine workers.",
     [(6, "killed", "security forces"), (2, "killed", "civilians"), (9, "wounded", "total")]),
    ("Rockets hit the clinic, killing two nurses and wound five patients.",
     [(2, "killed", "civilians"), (5, "wounded", "civilians")]),
])
def test_one_person_by_role_or_side(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_a_citizen_of_a_country_is_no_place_of_the_event(gazetteer):
    r, _ = report(gazetteer, "Gunmen killed two tourists near Sabratah. One of them, a citizen of Norway, died at the scene.")
    assert r.country == "LY"


def test_dead_said_to_come_also_are_added_only_beside_their_own_sources_total(gazetteer):
    # another source's total at the place may already hold them: counted once, not added
    from geo.pipeline import build_map
    texts = ["Gunmen killed two villagers in Gao on Sunday. Six militants were also killed.",
             "Eight people were killed in Gao on Sunday, officials said."]
    arts = [parse_article(f"date 2024-05-05\n{t}".encode(), f"also{k}.txt") for k, t in enumerate(texts)]
    for chosen, killed in (([arts[0]], 8), ([arts[1]], 8), (arts, 8)):
        data = build_map(read_corpus(chosen, gazetteer), gazetteer)
        assert sum(loc.killed() or 0 for loc in data.localities) == killed


@pytest.mark.parametrize("sentence, expected", [
    ("He shot dead his girlfriend and her mother before fleeing.", [(2, "killed", "civilians")]),
    # "a family of five": five people, past an aside before their verb
    # (the toddlers are a part of the five: a breakdown, counted once with them)
    ("A family of five, including two toddlers, was found shot dead in the farmhouse.",
     [(5, "killed", "civilians"), (2, "killed", "civilians")]),
    ("Gunmen hacked to death a family of six in the village.", [(6, "killed", "civilians")]),
    ("The family of three said they would return.", []),
    ("The robber wounded two customers before being killed by police.",
     [(2, "wounded", "civilians"), (1, "killed", "perpetrators")]),
])
def test_partners_and_an_attacker_killed_by_police(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("text, expected", [
    # a couple is two people: the list is four
    ("Firefighters recovered the bodies of a couple and their three grandchildren.", [(5, Outcome.KILLED)]),
    ("The shell killed her two granddaughters and a grandson.", [(3, Outcome.KILLED)]),  # no "and" in "grand"
    ("Nine migrants drowned when their dinghy sank off the coast.", [(9, Outcome.KILLED)]),
])
def test_a_couple_counts_two_and_drowning_is_death(text, expected):
    assert [(t.count.best, t.outcome) for t in find_tolls(text, 0)] == expected


def test_a_war_since_a_dated_coup_is_context_and_no_date_of_the_story(gazetteer):
    rep, corpus = report(gazetteer, "A drone strike killed 11 villagers in Magway region on Tuesday. More than 5,000 "
                                    "civilians have been killed by the army since the 2021 coup, a monitor said.")
    assert rep.killed_best == 11
    assert rep.date_start is not None and rep.date_start >= "2024-01-01"  # the strike's date, not the coup's year


def test_a_toll_put_at_a_figure_is_a_version_of_it(gazetteer):
    rep, corpus = report(gazetteer, "The death toll from the mudslide rose to 48 on Monday, the Red Cross said. "
                                    "The provincial government had earlier put the toll at 31.")
    assert sorted(c.best for c in corpus.claims if c.is_toll) == [31, 48]
    assert rep.killed_best == 48


def test_an_events_rank_in_the_year_is_no_period_toll(gazetteer):
    # "..., the third such killing this year": the killing is today's, counted
    rep, _ = report(gazetteer, "Gunmen shot dead a shopkeeper from Bihar in Pulwama, police said, the fourth such "
                               "attack this year.")
    assert rep.killed_best == 1


def test_one_named_in_a_breakdown_is_among_the_toll(gazetteer):
    rep, corpus = report(gazetteer, "Seven policemen, including a commander, were killed when a bomb hit their truck.")
    assert rep.killed == (7, 7, 7)  # (the commander was a version of the toll: low 1)


def test_people_no_longer_under_arms_are_civilians(gazetteer):
    # "former rebels", "a retired colonel": killed as civilians, not as fighters or soldiers
    rep, corpus = report(gazetteer, "Three former rebels and a retired colonel were shot dead at a market.")
    assert {c.victims for c in corpus.claims if c.is_toll} == {"civilians"} and rep.killed_best == 4


def test_some_of_the_people_shot_dying_in_the_next_sentence_are_not_wounded(gazetteer):
    # "Eight people were shot ... Three of them died": 3 killed, 5 wounded (the eight were hit);
    # "Four were hurt ... Two of them were teenagers" is who they were, not a death
    rep, corpus = report(gazetteer, "Eight people were shot at a block party in Wichita late on Friday. "
                                    "Three of them died at the scene, police said.")
    assert tolls(corpus) == [(5, "wounded", "total"), (3, "killed", "total")]
    assert rep.killed_best == 3
    _, corpus = report(gazetteer, "Four people were hurt when a gunman fired into a bus in Wichita. Two of them were teenagers.")
    assert tolls(corpus) == [(4, "wounded", "total")]


def test_people_of_no_stated_side_listed_beside_others_add_to_them(gazetteer):
    # "Five adult males and a 12-year-old girl were wounded": 6, not 5; "three detectives and a
    # bystander": 4; "Eight people, six officers and two drivers, were hurt" stays 8 (a sum and its parts)
    rep, _ = report(gazetteer, "Five adult males and a 12-year-old girl were wounded outside a bar in Toledo, Ohio.")
    assert rep.wounded[1] == 6
    rep, _ = report(gazetteer, "Three detectives and a bystander were wounded in a shootout in Toledo, Ohio.")
    assert rep.wounded[1] == 4
    rep, _ = report(gazetteer, "Eight people, six officers and two drivers, were hurt when a bomb hit a convoy in Toledo, Ohio.")
    assert rep.wounded[1] == 8
    rep, _ = report(gazetteer, "Two soldiers and four insurgents were killed in a clash near Toledo, Ohio.")
    assert (rep.killed_best, rep.killed_armed) == (6, 4)


def test_an_age_is_no_count_and_hit_by_gunfire_is_wounded(gazetteer):
    rep, _ = report(gazetteer, "Three children under the age of ten were hurt at a playground in Flint, Michigan.")
    assert rep.wounded[1] == 3
    rep, _ = report(gazetteer, "Five people were struck by gunfire at a gas station in Flint, Michigan.")
    assert rep.wounded[1] == 5 and rep.killed_best is None


def test_one_more_person_by_rank_or_another_alone(gazetteer):
    # "Two men were killed and a third was injured": 2 killed, 1 wounded (a third *dead* is three dead)
    assert killed_and_wounded("Two men were killed and a third was injured in the ambush.") == [
        (2, "killed", "total"), (1, "wounded", "total")]
    assert killed_and_wounded("A third person has died after the ambush.") == [(3, "killed", "total")]
    # ("another" alone: one more of the person named last)
    assert killed_and_wounded("Gunmen shot dead three farmers and wounded another near the river.") == [
        (3, "killed", "civilians"), (1, "wounded", "civilians")]
    assert killed_and_wounded("One ranger was killed and another injured by a landmine.") == [
        (1, "killed", "security forces"), (1, "wounded", "security forces")]
    assert killed_and_wounded("A bomber blew himself up at the gate and another was shot dead by guards.") == [
        (1, "killed", "perpetrators"), (1, "killed", "perpetrators")]
    assert killed_and_wounded("One after another, the shops closed.") == []


def test_an_active_verbs_list_of_people_each_count_and_equal_figures_of_one_sentence_are_other_people(gazetteer):
    # "killing three soldiers, two herders and a teacher": 6; "killing two drivers, two
    # policemen, and a clerk and injuring nine others": the two policemen are killed, not injured,
    # and the two drivers are no second word for the two policemen
    assert killed_and_wounded("Gunmen raided the camp, killing three soldiers, two herders and a teacher.") == [
        (3, "killed", "security forces"), (2, "killed", "civilians"), (1, "killed", "civilians")]
    rep, _ = report(gazetteer, "Attackers stormed a tax office in Mosul, killing two drivers, two policemen, "
                               "and a clerk and injuring nine others.")
    assert rep.killed_best == 5 and rep.wounded[1] == 9
    # an apposition after a count of everyone is its breakdown, not more people
    rep, _ = report(gazetteer, "A bomb in Mosul killed 14 people, one pregnant woman among them.")
    assert rep.killed_best == 14


def test_a_disaster_toll_that_rose_past_a_decimal_and_an_earlier_figure(gazetteer):
    # "the toll from a magnitude 6.1 quake ... has risen to 97" (the decimal point is no sentence
    # end); "Earlier, officials had put the toll at 64" names no event: still the quake's
    rep, corpus = report(gazetteer, "Quake toll in eastern Turkey rises to 97\n\n"
                                    "The death toll from a magnitude 6.1 earthquake that hit eastern Turkey on Friday "
                                    "has risen to 97, officials said. Earlier, officials had put the toll at 64.")
    assert rep.killed_best == 97 and rep.killed[0] == 64
    assert {c.event_type for c in corpus.claims if c.is_toll} == {EventType.DISASTER}
    rep, _ = report(gazetteer, "A minibus plunged into a gorge in northern Pakistan, killing 17 passengers.")
    assert rep.event_types == [EventType.ACCIDENT]


def test_a_toll_the_attack_also_claimed_is_more_people_of_its_category(gazetteer):
    # "a father and his two daughters" (3) and "also claimed the lives of two neighbours" (2): 5
    rep, _ = report(gazetteer, "A father and his two daughters were killed when a drone hit their house in Sumy. "
                               "The strike also claimed the lives of two neighbours.")
    assert rep.killed_best == 5


def test_an_event_notes_bracketed_areas_say_where_its_place_is(gazetteer):
    # conflict-event notes: "place (district, province)" in one sentence, the toll in the next;
    # the last name in the brackets may be a first-order area named like a far town ("Kayes")
    rep, _ = report(gazetteer, "On 8 June 2024, militants attacked a VDP post in Arbinda (Arbinda, Soum, Sahel). "
                               "Seven VDP were killed.")
    assert (rep.name, rep.country, rep.place_kind) == ("Aribinda", "BF", "locality")
    rep, _ = report(gazetteer, "On 4 May 2024, JNIM militants attacked a checkpoint in Nioro du Sahel town (Nioro, Kayes). "
                               "Two soldiers were killed.")
    assert (rep.country, rep.place_kind) == ("ML", "locality")


def test_the_army_in_a_rebel_groups_name_does_not_make_its_fighters_soldiers(gazetteer):
    # "six suspected New People's Army guerrillas": fighters (the headline's "6 communist rebels"
    # is the same six, not six soldiers beside them)
    rep, _ = report(gazetteer, "Troops kill 6 rebels in clash\n\nPhilippine army troops killed six suspected "
                               "New People's Army guerrillas in a clash in Samar province on Friday, the military said.")
    assert (rep.killed_best, rep.killed_armed) == (6, 6)
    assert killed_and_wounded("Three army soldiers were killed.") == [(3, "killed", "security forces")]


def test_a_revised_figure_replaces_the_one_it_revises(gazetteer):
    # "initially said five ... later revised the figure to four": 4 (running tolls only grow, except
    # when the text says a figure replaced another); "lowered the toll to 9 from 11": 9, even when the
    # figure revised was another reporter's; the revised and the replaced figures stay as claims
    rep, corpus = report(gazetteer, "Police initially said five people were killed in the attack in Lyon but later "
                                    "revised the figure to four.")
    assert rep.killed_best == 4
    assert [(c.best, str(c.revision)) for c in corpus.claims if c.is_toll] == [(5, "superseded"), (4, "revised")]
    rep, _ = report(gazetteer, "Gunmen killed 11 people in Maiduguri, residents said. The state government later "
                               "lowered the death toll to 9.")
    assert rep.killed_best == 9
    rep, _ = report(gazetteer, "The death toll from the floods in Sylhet rose to 31 from 26, officials said.")
    assert rep.killed_best == 31


def test_a_months_figure_is_a_periods_and_a_fuel_depot_blast_an_accident(gazetteer):
    # "at least 250 civilians were killed in Sudan in the past month" is context for the country,
    # not the toll of the one village the story then names (90 in an air strike on Tabit)
    rep, corpus = report(gazetteer, "At least 250 civilians were killed in Sudan in the past month, the U.N. said. "
                                    "In the deadliest attack, an air strike on Tabit village in North Darfur killed 90 people.")
    assert rep.killed_best == 90
    assert [c.best for c in corpus.claims if c.is_toll and c.cumulative] == [250]
    rep, _ = report(gazetteer, "A huge explosion at Kenya's main fuel depot in Mombasa killed 12 people, officials said.")
    assert rep.event_types == [EventType.ACCIDENT]


def test_a_titles_toll_is_its_leads_where_the_lead_places_it(gazetteer):
    # the title names the region's city ("in Jammu"), the lead the district ("in Reasi district"):
    # one toll of 7, in Reasi; a title placed finer than its lead keeps its place
    rep, _ = report(gazetteer, "7 pilgrims killed as gunmen attack bus in Jammu\n\n"
                               "Gunmen fired on a bus carrying pilgrims in Reasi district of Jammu and Kashmir on "
                               "Sunday, killing seven people and wounding 20, police said.")
    assert (rep.killed_best, rep.name) == (7, "Riāsi")
    rep, _ = report(gazetteer, "Bandits kill 3 herders in Baringo\n\n"
                               "NAIROBI, Kenya — Three herders were shot dead by bandits in northern Kenya on Friday, "
                               "police said.")
    assert (rep.killed_best, rep.name) == (3, "Baringo")


def test_a_county_word_after_a_first_order_area_is_its_own_not_an_institutions(gazetteer):
    # "in Turkana County" (Kenya's counties are first-order areas the gazetteer knows as "Turkana"):
    # where it happened; "the Turkana County Government said" stays an institution
    rep, _ = report(gazetteer, "Raiders killed five herders in Turkana County on Monday, police said.")
    assert (rep.name, rep.place_kind) == ("Turkana", "admin1")


def test_a_rank_after_a_toll_of_another_outcome_in_the_sentence_before_is_one_more_person(gazetteer):
    # "... killing two shoppers. A third person was wounded.": 1 wounded; "Two people were killed.
    # A third person has died.": three dead
    rep, _ = report(gazetteer, "A gunman opened fire at a market in Tulsa, killing two shoppers. A third person was wounded.")
    assert (rep.killed_best, rep.wounded[1]) == (2, 1)
    rep, _ = report(gazetteer, "Two people were killed in a shooting in Tulsa. A third person has died, police said.")
    assert rep.killed_best == 3


@pytest.mark.parametrize("sentence, expected", [
    # an active verb, its object, then "dead": killed, not hit by gunfire
    ("Masked men shot three farmers dead near the river.", [(3, "killed", "civilians")]),
    ("A mob beat two traders to death at the market.", [(2, "killed", "civilians")]),
    # taken, then killed: the killing is what happened to them
    ("Four engineers were abducted and later executed by the group.", [(4, "killed", "civilians")]),
    ("Gunmen kidnapped and murdered six herders.", [(6, "killed", "civilians")]),
    # "one of its / his ...": one person
    ("A roadside bomb hit an army convoy, killing one of its drivers and wounding three others.",
     [(1, "killed", "total"), (3, "wounded", "total")]),
    ("The ambush ended in the killing of one of his bodyguards.", [(1, "killed", "total")]),
    # South Asian English: "one security personnel", "jawans"
    ("One security personnel was killed and two jawans were injured in the blast.",
     [(1, "killed", "security forces"), (2, "wounded", "security forces")]),
])
def test_shot_dead_after_the_object_taken_then_killed_one_of_its(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_a_singular_verb_after_a_plural_object_is_the_subjects_not_theirs():
    # "and was shot dead" is the one who rammed the two guards, not the guards
    assert killed_and_wounded("A driver rammed two border guards near the gate and was shot dead by police.") == []
    assert killed_and_wounded("Two border guards were hit and were later killed.") == [(2, "killed", "security forces")]


def test_a_note_naming_no_place_takes_its_datelines_country_never_its_town(gazetteer):
    rep, _ = report(gazetteer, "QUETTA: Three policemen were martyred and a fourth was slightly wounded when "
                               "gunmen opened fire on their van on Tuesday, officials said.")
    assert (rep.killed, rep.wounded) == ((3, 3, 3), (1, 1, 1))
    assert (rep.country, rep.place_kind) == ("PK", "country")  # the country, not Quetta
    rep, _ = report(gazetteer, "QUETTA: Gunmen torched a girls' school overnight, officials said.")
    assert (rep.country, rep.place_kind, rep.place_basis) == ("PK", "country", "dateline")


@pytest.mark.parametrize("sentence, expected", [
    ("A suspected drug dealer was killed in a shootout with police.", [(1, "killed", "total")]),
    ("A guard was moderately wounded and a driver was badly hurt.", [(1, "wounded", "security forces"), (1, "wounded", "total")]),
])
def test_adverbs_of_how_badly_and_the_people_of_police_news(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Four traders were crushed to death when the mob stormed the market.", [(4, "killed", "civilians")]),
    ("A guard was stabbed and later died in hospital.", [(1, "killed", "security forces")]),
    ("12 Iraqi Counter Terrorism Service (CTS) soldiers were killed near the bridge.", [(12, "killed", "security forces")]),
    ("A head constable was killed and an inspector was injured in the blast.",
     [(1, "killed", "security forces"), (1, "wounded", "security forces")]),
])
def test_any_death_to_death_hurt_then_died_an_acronym_in_brackets_and_police_ranks(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Councillor Maria Lopes was shot dead outside her home.", [(1, "killed", "civilians")]),
    ("Gunmen killed journalist Omar Diallo near the market.", [(1, "killed", "civilians")]),
    ("Police Sergeant Tom Reyes, 41, was wounded in the raid.", [(1, "wounded", "security forces")]),
    # the titled man did it: no toll of him
    ("His bodyguard Ali Hassan shot and wounded two attackers.", [(2, "wounded", "perpetrators")]),
])
def test_a_person_named_after_a_title_is_one_person(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A boy selling newspapers at the junction was shot dead.", [(1, "killed", "civilians")]),
    ("A guard was stabbed in the neck and later died in hospital.", [(1, "killed", "security forces")]),
    ("A guard was stabbed in the neck, and the attacker fled.", [(1, "wounded", "security forces")]),
])
def test_what_a_person_was_doing_and_a_wound_they_later_died_of(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a stray comma after the verb
    ("A truck bomb went off near the depot killing, eleven and wounding 30 others.", [(11, "killed", "total"), (30, "wounded", "total")]),
    # an armed group as the noun, "also killed" after it: the group's dead
    ("The raid left 4 policemen killed and 6 Taliban also killed.", [(4, "killed", "security forces"), (6, "killed", "fighters")]),
    # the "Army" of a rebel group's name is no state's; "forces" after "members of" still says whose
    ("Four members of the Arakan Army died in a clash near the river.", [(4, "killed", "fighters")]),
    ("Two members of the Syrian security forces were killed.", [(2, "killed", "security forces")]),
    # whose ranks the dead were counted in
    ("Eight policemen died, while at least 15 dead were counted in the ranks of the insurgents.",
     [(8, "killed", "security forces"), (15, "killed", "fighters")]),
    # a title with words before it, after the verb
    ("A car bomb killed veteran opposition leader Ravi Menon outside his home.", [(1, "killed", "total")]),
    ("Gunmen shot dead local journalist Ana Ruiz on her way to work.", [(1, "killed", "civilians")]),
    ("He later met opposition leader Ravi Menon in the capital.", []),
])
def test_a_stray_comma_a_groups_dead_a_rebel_army_ranks_and_a_title_with_words_before_it(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_a_digit_glued_to_a_full_stop_opens_a_sentence_and_an_added_death_is_not_the_toll(gazetteer):
    rep, _ = report(gazetteer, "Militants fired rockets at a border post. The attackers also planted two mines.3 guards died "
                               "and 5 were injured.")
    assert (rep.killed_best, rep.wounded[1]) == (3, 5)
    # "one death" and a militant "also killed" are two people, not one militant
    rep, _ = report(gazetteer, "Gunmen stormed a customs post causing one death and three injuries. "
                               "One of the gunmen was also killed.")
    assert (rep.killed_best, rep.killed_armed, rep.wounded[1]) == (2, 1, 3)


def test_the_deaths_an_attack_avenged_are_an_earlier_events_context(gazetteer):
    rep, corpus = report(gazetteer, "Two guards were stabbed and wounded at a checkpoint on Sunday. Police believe the "
                                    "attack was in retaliation for the killing of militia commander Omar Nasser last week.")
    assert (rep.killed_best, rep.wounded[1]) == (0, 2)
    avenged = [c for c in corpus.claims if c.outcome == "killed"]
    assert avenged and all(c.cumulative for c in avenged)  # kept as context, never counted
    rep, _ = report(gazetteer, "Gunmen killed four villagers in revenge for the deaths of two herders.")
    assert rep.killed_best == 4


@pytest.mark.parametrize("sentence, expected", [
    # people by who they were with or what they did
    ("A ferry skipper was shot dead and his companion was injured near the jetty.", [(1, "killed", "civilians"), (1, "wounded", "civilians")]),
    ("A street sweeper was critically injured and a passer-by was killed.", [(1, "wounded", "civilians"), (1, "killed", "civilians")]),
    # a passive's agent is who did it, never a toll
    ("A pharmacist was shot dead and a guard wounded in an attack by three armed men.",
     [(1, "killed", "civilians"), (1, "wounded", "security forces")]),
    # a noun the lists lack is still one person; a thing is not
    ("An elderly beekeeper was reportedly killed and a truck was hit.", [(1, "killed", "civilians")]),
    ("A locksmith and his son were shot dead outside their shop.", [(1, "killed", "civilians"), (1, "killed", "civilians")]),
    ("Two people were wounded by at least four shooters outside a bar.", [(2, "wounded", "total")]),
])
def test_companions_and_street_trades_and_the_agent_after_by(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_a_person_by_a_noun_the_lists_lack_and_the_one_named_with_them_are_two(gazetteer):
    rep, _ = report(gazetteer, "A locksmith and his son were shot dead outside their shop in Quetta, police said.")
    assert rep.killed_best == 2


def test_a_country_by_its_less_common_adjective(gazetteer):
    rep, _ = report(gazetteer, "A grenade was thrown into a cafe in the Somalian capital, killing three customers.")
    assert (rep.killed_best, rep.country) == (3, "SO")


@pytest.mark.parametrize("sentence, expected", [
    # the agent of an attack, then killed: the attacker
    ("A border guard was stabbed near the gate by a young man, who was shot and killed by other guards.",
     [(1, "wounded", "security forces"), (1, "killed", "perpetrators")]),
    # the dead of a passive who had attacked first
    ("A man was shot dead after he stabbed a passenger at the station.", [(1, "killed", "perpetrators"), (1, "wounded", "civilians")]),
    ("Two women were killed by police after attacking a checkpoint with knives.", [(2, "killed", "perpetrators")]),
    ("Four men wearing masks were killed by police after attacking a bank.", [(4, "killed", "perpetrators")]),
    # the object of the forces' shots who had attacked first
    ("Border guards shot dead two men after they attacked a checkpoint with axes.", [(2, "killed", "perpetrators")]),
    ("Police shot dead a man in an attempted knife attack at the station.", [(1, "killed", "perpetrators")]),
    ("Troops shot dead two protesters after they threw stones at a patrol.", [(2, "killed", "civilians")]),
    ("Rebels killed a teacher in an attack on soldiers guarding a school.", [(1, "killed", "civilians")]),
    # an active verb's object is not the one who attacked; nor is one caught in crossfire
    ("Gunmen killed three villagers after attacking the village.", [(3, "killed", "civilians")]),
    ("Two civilians were killed when they were caught in crossfire.", [(2, "killed", "civilians")]),
])
def test_the_attacker_among_the_dead(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_who_suffered_the_deaths_and_more_dead_as_well(gazetteer):
    assert killed_and_wounded("The rebels sustained 14 casualties in the fighting.") == [(14, "killed", "fighters")]
    assert killed_and_wounded("The town suffered 4 deaths.") == [(4, "killed", "total")]
    rep, _ = report(gazetteer, "Gunmen attacked a police post in Kandahar killing 4 and injuring 3, and the insurgents "
                               "suffered 7 deaths as well.")
    assert (rep.killed_best, rep.killed_armed) == (11, 7)


def test_another_person_beside_the_attacker_is_not_the_attacker():
    assert killed_and_wounded("Besides the bomber, one policeman was killed and four others were hurt.") == \
        [(1, "killed", "security forces"), (4, "wounded", "total")]


def test_a_towns_countryside_then_its_province_in_brackets_is_near_the_town(gazetteer):
    rep, _ = report(gazetteer, "On 4 May 2024, an IED exploded in Maarrat al-Numan countryside (Idlib), killing two farmers. "
                               "2 fatalities.")
    assert rep.killed_best == 2
    assert (rep.place_kind, rep.precision, rep.country) == ("locality", 3, "SY")  # near the town: ACLED 2, no region


def test_where_the_hurt_were_taken_is_not_where_they_were_hurt(gazetteer):
    _, corpus = report(gazetteer, "Gunmen stormed a market in Gwoza on Friday, killing nine traders. Another 14 people were "
                                  "wounded and taken to hospital in Maiduguri, officials said.")
    assert {c.place_name for c in corpus.claims if c.is_toll} == {"Gwoza"}


def test_where_the_hurt_were_flown_is_not_where_they_were_hurt(gazetteer):
    _, corpus = report(gazetteer, "Three soldiers were killed in an ambush near Kunduz on Friday. Two wounded soldiers "
                                  "were airlifted to Kabul for treatment.")
    assert {c.place_name for c in corpus.claims if c.is_toll} == {"Kunduz"}


def test_a_citys_part_by_its_name_after_a_direction_and_plural_ranks(gazetteer):
    rep, _ = report(gazetteer, "A man was stabbed to death in a brawl outside a bar in north Lahore's Shadbagh, police said.")
    assert (rep.name, rep.country) == ("Lahore", "PK")
    assert killed_and_wounded("Two militant operatives and three marines were killed.") == \
        [(2, "killed", "fighters"), (3, "killed", "security forces")]


@pytest.mark.parametrize("sentence, expected", [
    # "the other two", "his other three": the rest, after the verb
    ("A gunman fired into a parked van, killing two passengers and injuring the other two.",
     [(2, "killed", "civilians"), (2, "wounded", "total")]),
    ("He killed his mother and one of his sisters and wounded his other three sisters.",
     [(1, "killed", "civilians"), (1, "killed", "civilians"), (3, "wounded", "civilians")]),
    # in hospital in a bad way
    ("The ambush left two dead and four in critical condition.", [(2, "killed", "total"), (4, "wounded", "total")]),
    # fired upon, not hit; hit at a place
    ("Seven teenagers in a car were shot at on Friday night.", []),
    ("A shopkeeper was shot at his store on Friday.", [(1, "wounded", "civilians")]),
])
def test_the_rest_a_bad_condition_and_shot_at_without_a_hit(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_one_person_who_succumbed_is_one_of_those_shot(gazetteer):
    rep, _ = report(gazetteer, "Six people were shot outside a bar in Memphis late on Saturday. One victim succumbed to "
                               "their injuries on Sunday.")
    assert (rep.killed_best, rep.wounded[1]) == (1, 5)


def test_a_state_force_of_one_country_places_a_note_and_says_whose_dead(gazetteer):
    rep, _ = report(gazetteer, "Four CRPF personnel were injured when their vehicle hit a landmine during a patrol.")
    assert (rep.wounded[1], rep.country, rep.place_basis) == (4, "IN", "groups")
    assert killed_and_wounded("Three FARDC soldiers and two civilians were killed.") == \
        [(3, "killed", "security forces"), (2, "killed", "civilians")]


@pytest.mark.parametrize("sentence, expected", [
    # a headline's present tense
    ("Rebels massacre 40 herders near the river.", [(40, "killed", "civilians")]),
    ("Gunmen stormed the camp, beheading 3 guards.", [(3, "killed", "security forces")]),
    # "committed suicide bombings" is an attack, not one suicide; the attack's dead are others
    ("Three men committed suicide bombings at the market, killing two and injuring six.",
     [(2, "killed", "total"), (6, "wounded", "total")]),
    ("Police charged two men with murder.", []),
])
def test_present_tense_killing_and_suicide_bombings(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_an_earlier_events_toll_and_deaths_among_the_wounded(gazetteer):
    # an earlier firefight's dead are context for this attack
    rep, _ = report(gazetteer, "Rebels ambushed a patrol near Mardin and shot two soldiers dead. The attack came a week after "
                               "another clash that left 9 soldiers and 4 rebels dead.")
    assert (rep.killed_best, rep.killed_armed) == (2, 0)
    # one of the wounded who died later is a death beside those killed outright ...
    rep, _ = report(gazetteer, "Two people died and six were wounded when a gunman opened fire in a cafe in Ghent. "
                               "One of the wounded died of his injuries two days later.")
    assert (rep.killed_best, rep.wounded[1]) == (3, 5)
    # ... unless the sentence gives the new total
    rep, _ = report(gazetteer, "A car bomb killed 40 people and wounded 90 in Kirkuk. Three of the injured died overnight "
                               "bringing the death toll to 43.")
    assert rep.killed_best == 43


def test_a_vigil_an_earlier_shootings_list_the_parties_to_a_quarrel_and_shot_himself_by_police(gazetteer):
    rep, _ = report(gazetteer, "Four people were wounded at a vigil for a teenager killed there last spring.")
    assert (rep.killed_best, rep.wounded[1]) == (0, 4)
    rep, _ = report(gazetteer, "Two men were hurt outside a club. The club was the scene of an earlier shooting in May "
                               "where a woman died and five were injured.")
    assert (rep.killed_best, rep.wounded[1]) == (0, 2)
    # those on board are no toll; what happened to them is said apart
    assert killed_and_wounded("A mudslide buried a minibus carrying 18 passengers near the pass; 7 bodies were recovered.") == \
        [(7, "killed", "total")]
    assert killed_and_wounded("An argument between three men escalated; one man was killed and two were injured.") == \
        [(1, "killed", "total"), (2, "wounded", "total")]
    # "being shot himself" is shot by someone else, not a suicide
    assert killed_and_wounded("The driver opened fire, wounding two deputies, before being shot himself.") == \
        [(2, "wounded", "security forces")]


def test_a_wars_own_toll_in_its_relative_clause_is_context_and_a_groups_members_are_fighters(gazetteer):
    rep, _ = report(gazetteer, "An airstrike on a market in Hodeidah killed 31 people and wounded 40, medics said, in one of "
                               "the deadliest strikes of the nine-year war, which has killed more than 200,000 people.")
    assert (rep.killed_best, rep.wounded[1]) == (31, 40)
    rep, _ = report(gazetteer, "Gunmen killed two brothers at a bakery in Tijuana on Monday, police said, the latest victims "
                               "of a turf war between rival gangs that has killed more than 900 people this year.")
    assert rep.killed_best == 2
    assert killed_and_wounded("Nine members of the army and 4 Hezbollah members were killed in the clashes.") == \
        [(9, "killed", "security forces"), (4, "killed", "fighters")]


def test_a_fourth_after_a_list_of_other_outcome_is_one_more():
    assert killed_and_wounded("Gunmen ambushed a patrol, killing a sergeant and two guards, and wounding a fourth soldier.") == \
        [(1, "killed", "security forces"), (2, "killed", "security forces"), (1, "wounded", "security forces")]


@pytest.mark.parametrize("sentence, expected", [
    # a full stop inside a sentence closes an abbreviation, not the count's phrase
    ("Three Ft. Myers deputies were wounded in the standoff.", [(3, "wounded", "security forces")]),
    ("On the 21st, 3 people were killed.", [(3, "killed", "total")]),
    # "a fourth" with its own verb, after a list of another outcome: one more
    ("Two guards were killed and a third injured at the gate.", [(2, "killed", "security forces"), (1, "wounded", "total")]),
    ("He killed three people and wounded a fourth near the school.", [(3, "killed", "total"), (1, "wounded", "total")]),
])
def test_an_abbreviation_inside_a_count_and_one_more_by_rank(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_a_man_who_later_died_is_one_of_those_found_wounded(gazetteer):
    rep, _ = report(gazetteer, "Officers found five wounded people outside a club in Tulsa. A woman later died at the hospital.")
    assert (rep.killed_best, rep.wounded[1]) == (1, 4)


def test_an_earlier_event_told_after_the_lead_is_background(gazetteer):
    # wire copy: the news, then what happened there before ("In March", "Last month")
    text = ("Gunmen stormed a wedding party in the town of Gusau on Saturday, killing 17 guests, police said.\n"
            "The attackers fled on motorcycles before troops arrived.\n"
            "In March, an attack on a mosque in the same town killed 23 worshippers.\n"
            "Last month, 9 traders were killed on the road to Kaura Namoda.")
    rep, corpus = report(gazetteer, text, date="2024-05-05")
    got = {c.best: c.cumulative for c in corpus.claims if c.outcome == Outcome.KILLED}
    assert got == {17: False, 23: True, 9: True}
    assert rep.killed_best == 17
    assert sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities) == 17
    # kept with its own date, shown and exported as context
    dated = {c.best: (c.date_start, c.date_end) for c in corpus.claims if c.outcome == Outcome.KILLED}
    assert dated[9] == ("2024-04-01", "2024-04-30")


def test_a_period_earlier_this_month_told_after_the_lead_is_background(gazetteer):
    # the time said at the sentence's end: "earlier this month" is before the story's day, so the
    # state's earlier toll is context, not a total that holds the lead's village
    text = ("Gunmen attacked a farming village in Nigeria's Benue state overnight, killing 14 people, police said on Friday.\n"
            "Another six people were wounded and taken to a hospital in Makurdi.\n"
            "More than 60 people were killed in attacks in the state earlier this month, a rights group said.")
    rep, corpus = report(gazetteer, text, date="2031-03-21")
    got = {c.best: c.cumulative for c in corpus.claims if c.outcome == Outcome.KILLED}
    assert got == {14: False, 60: True}
    assert (rep.killed_best, rep.wounded[1]) == (14, 6)
    assert sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities) == 14


def test_a_recent_event_or_one_in_the_lead_paragraph_is_news(gazetteer):
    # four days before the lead's: still the news of the week; and a lead dated long before the
    # publication (a rights group's report) is the news, whatever the publication date
    text = ("A rights group said on Thursday that soldiers killed 31 villagers in Kwaya on 2 February.\n"
            "On 27 January, 12 herders were killed near the same village, it said.\n"
            "On 30 January, 4 more bodies were found.")
    _, corpus = report(gazetteer, text, date="2024-05-04")
    got = {c.best: c.cumulative for c in corpus.claims if c.outcome == Outcome.KILLED}
    assert got == {31: False, 12: False, 4: False}


def test_the_event_a_war_began_with_is_context(gazetteer):
    text = ("Shelling killed six civilians in Kharkiv on Monday, officials said. The conflict was sparked by "
            "a rebel raid on a border post, in which about 300 guards were killed.")
    corpus = read(gazetteer, text)
    got = {c.best: c.cumulative for c in corpus.claims if c.outcome == Outcome.KILLED}
    assert got == {6: False, 300: True}


def test_thousands_killed_in_recent_years_is_context(gazetteer):
    corpus = read(gazetteer, "Bandits killed 11 farmers in Tsafe on Friday. Armed gangs have killed thousands of "
                             "people across the region in recent years.")
    got = {c.best: c.cumulative for c in corpus.claims if c.outcome == Outcome.KILLED}
    assert got == {11: False, 1000: True}


def test_an_armed_group_storming_a_place_is_no_storm(gazetteer):
    # the title's "storms" is the group's attack: the story's later tolls are no disaster's
    text = ("Boko Haram storms Borno army base, 12 dead\n\n"
            "Insurgents attacked an army base in Borno state on Friday, killing 12 soldiers, officials said.\n\n"
            "Seven other people were wounded.")
    _, corpus = report(gazetteer, text)
    assert EventType.DISASTER not in {c.event_type for c in corpus.claims if c.is_toll}
    _, corpus = report(gazetteer, "Gunmen stormed a hotel in Mogadishu on Sunday. Nine people were killed.")
    assert EventType.DISASTER not in {c.event_type for c in corpus.claims if c.is_toll}


def test_a_weeks_toll_of_a_country_holds_a_town_s_of_that_week(gazetteer):
    # "over the past week" is that week: the town's Saturday dead are among the country's 19
    text = ("Malawi floods kill 19\n\nFloods have killed at least 19 people across Malawi over the past week, "
            "officials said on Monday. Six people drowned when their boat capsized in Chikwawa on Saturday.")
    rep, _ = report(gazetteer, text, date="2024-03-11")
    assert rep.killed_best == 19


def test_a_disasters_next_sentence_places_it(gazetteer):
    rep, _ = report(gazetteer, "A strong earthquake struck eastern Turkey on Monday, killing at least 41 people. "
                               "The quake hit about 20 km south of the city of Malatya, the agency said.")
    assert rep.killed_best == 41 and rep.name == "Malatya"


def test_a_notes_closing_fatalities_count_is_its_toll_once(gazetteer):
    # conflict-event notes: the note's toll (attributed), then the coder's closing count
    text = ("On 12 March 2031, ISWAP fighters attacked an army post near Monguno (Borno). 4 soldiers were killed, "
            "according to the army. Fatalities: 4.\n"
            "On 10 March 2031, an air strike near Marte killed 7 militants according to the air force. Fatalities: 7.")
    corpus = read(gazetteer, text, date="2031-03-15")
    data = build_map(corpus, gazetteer)
    assert sum(loc.killed() or 0 for loc in data.localities) == 11
    closing = [c for c in corpus.claims if c.sentence.startswith("Fatalities")]
    assert [c.date_start for c in closing] == ["2031-03-12", "2031-03-10"]


@pytest.mark.parametrize("text", [
    "Gang violence killed more than 2,100 people in the country in the first half of the year, the UN said.",
    "Attacks killed 840 civilians in the region in the first nine months of 2031.",
])
def test_a_part_of_a_year_is_a_period_figure(gazetteer, text):
    [c] = [c for c in read(gazetteer, text).claims if c.outcome == Outcome.KILLED]
    assert c.cumulative


def test_a_shooting_weeks_before_is_background(gazetteer):
    corpus = read(gazetteer, "Two men were shot dead outside a bar in Toledo on Friday. The shooting came two weeks "
                             "after four people were wounded in another shooting on the same block.")
    got = {(c.best, c.outcome): c.cumulative for c in corpus.claims if c.is_toll}
    assert got == {(2, Outcome.KILLED): False, (4, Outcome.WOUNDED): True}


def test_attackers_who_fled_are_not_displaced(gazetteer):
    corpus = read(gazetteer, "Four gunmen opened fire on the crowd, killing one man, then fled on foot.")
    assert tolls(corpus) == [(1, Outcome.KILLED, Victims.TOTAL)]


def test_a_breakdown_after_a_comma_is_of_the_toll_before_not_the_next_verb(gazetteer):
    assert killed_and_wounded("At least 12 people were injured, among them three policemen, and some 900 residents "
                              "fled the town.") == [(12, Outcome.WOUNDED, Victims.TOTAL),
                                                    (3, Outcome.WOUNDED, Victims.SECURITY_FORCES)]


def test_an_attackers_claim_of_its_own_toll_is_never_the_best(gazetteer):
    text = ("Militants killed at least 15 soldiers in an attack on a base near Djibo on Sunday, security sources said. "
            "JNIM claimed the attack on Monday, saying it had killed more than 60 soldiers.")
    corpus = read(gazetteer, text)
    [claim] = [c for c in corpus.claims if c.best == 60]
    assert claim.reporter_kind == "perpetrator" and claim.reported_by == "JNIM"
    rep = article_reports(corpus, gazetteer)[0]
    assert rep.killed == (15, 15, 60)


@pytest.mark.parametrize("sentence, expected", [
    ("The army said several dozen terrorists were neutralised in air strikes.", [(24, Outcome.KILLED, Victims.PERPETRATORS)]),
    ("Gunmen killed 40 people, including 9 women and two newborns.",
     [(40, Outcome.KILLED, Victims.TOTAL), (9, Outcome.KILLED, Victims.CIVILIANS), (2, Outcome.KILLED, Victims.CIVILIANS)]),
])
def test_communique_and_kin_words(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_a_figure_said_not_to_be_given_is_no_outcome():
    # the army's "hit 12 gunmen" is no death toll because the sentence says deaths were not given
    assert killed_and_wounded("The army said it had hit 12 gunmen but did not give a number of deaths.") == []


@pytest.mark.parametrize("text, cumulative", [
    ("Six people were shot dead in a village near Tumaco on Saturday, in the country's 9th massacre this year.", False),
    ("The toll from unexploded ordnance across the province since early 2030 has risen to 44.", True),
])
def test_a_rank_this_year_is_no_period_and_since_early_a_year_is(gazetteer, text, cumulative):
    [c] = [c for c in read(gazetteer, text, date="2031-03-09").claims if c.outcome == Outcome.KILLED]
    assert c.cumulative is cumulative


def test_the_attackers_going_on_place_the_lead(gazetteer):
    rep, _ = report(gazetteer, "Separatists killed five civilians in an attack in Cameroon's Southwest region on Sunday. "
                               "The gunmen stormed Mamfe late on Saturday, officials said.")
    assert rep.killed_best == 5 and rep.name == "Mamfe"


def test_members_of_an_armed_group_by_its_kind_are_fighters():
    assert killed_and_wounded("Two soldiers and seven members of the Lanao Mujahideen militant group were killed.") == [
        (2, Outcome.KILLED, Victims.SECURITY_FORCES), (7, Outcome.KILLED, Victims.FIGHTERS)]


def test_the_object_of_a_shot_who_died_is_killed():
    assert killed_and_wounded("A guard then shot the attacker, who died of his wounds an hour later.") == [
        (1, Outcome.KILLED, Victims.PERPETRATORS)]


def test_a_notes_closing_count_is_of_the_notes_event(gazetteer):
    corpus = read(gazetteer, "On 6 May 2031, Russian forces shelled Nikopol (Dnipropetrovsk), killing 3 civilians. "
                             "Fatalities: 3.", date="2031-05-10")
    assert {(c.event_type, c.acled_sub_event_type) for c in corpus.claims if c.is_toll} == {
        ("attack/ambush", "Shelling/artillery/missile attack")}


def test_a_bombing_years_ago_is_background(gazetteer):
    text = ("A bomb at a mosque in Herat killed 6 worshippers on Friday, police said.\n"
            "Three years ago, a suicide bombing in the same district killed 48 people.")
    corpus = read(gazetteer, text, date="2031-06-07")
    assert {c.best: c.cumulative for c in corpus.claims if c.outcome == Outcome.KILLED} == {6: False, 48: True}


def test_a_groups_statement_of_its_own_toll_is_the_attackers(gazetteer):
    corpus = read(gazetteer, "Militants killed 7 soldiers near Damboa on Saturday, security sources said. "
                             "ISWAP said in a statement it had killed 25 soldiers.")
    assert article_reports(corpus, gazetteer)[0].killed == (7, 7, 25)


def test_in_law_kin_are_listed_victims_and_the_bodies_found_hold_the_gunman(gazetteer):
    rep, _ = report(gazetteer, "A retired trucker shot dead his daughter-in-law, his brother and a neighbour before turning "
                               "the gun on himself at a ranch, deputies said. Deputies found the four bodies on Sunday.")
    assert rep.killed_best == 4 and rep.killed_perpetrators == 1


def test_a_groups_insurgency_has_killed_is_its_wars_toll(gazetteer):
    corpus = read(gazetteer, "Gunmen ambushed a convoy near a market town on Monday, killing six traders. "
                             "The Lord's Resistance Army's rebellion has killed more than 100,000 people over three decades.")
    assert {c.best: c.cumulative for c in corpus.claims if c.outcome == Outcome.KILLED} == {6: False, 100_000: True}


def test_a_country_wide_toll_bigger_than_its_one_town_stays_in_the_country(gazetteer):
    rep, corpus = report(gazetteer, "Airstrikes on several villages in southern Lebanon killed 11 people on Tuesday. "
                                    "One strike hit a house in Bint Jbeil, killing four members of a family.")
    m = build_map(corpus, gazetteer)
    by_place = {loc.name: loc.killed() for loc in m.localities}
    assert rep.killed_best == 11 and rep.country == "LB" and rep.place_kind == PlaceKind.COUNTRY
    assert sorted(by_place.values()) == [4, 7]


def test_shot_resulting_in_his_death_is_killed():
    assert killed_and_wounded("A border guard shot the attacker, resulting in his death.") == [
        (1, Outcome.KILLED, Victims.PERPETRATORS)]


@pytest.mark.parametrize("text", [
    "Thirteen people were killed in the blast at the ferry terminal, including the suicide bomber.",
    "Thirteen people, including the attacker, were killed in the blast at the ferry terminal.",
])
def test_the_attacker_said_to_be_among_a_toll_is_one_of_it(gazetteer, text):
    rep, _ = report(gazetteer, text)
    assert (rep.killed_best, rep.killed_armed) == (13, 1)  # twelve victims and the attacker, not fourteen dead


def test_a_running_count_of_several_days_is_context_beside_the_days_own_toll(gazetteer):
    rep, corpus = report(gazetteer, "A landmine killed three miners near the quarry on Monday, bringing to 12 "
                                    "the number of miners killed by landmines over the past four days.")
    assert rep.killed_best == 3
    assert [c.best for c in corpus.claims if c.is_toll and c.cumulative] == [12]


@pytest.mark.parametrize("text, country", [
    # a country named only as a landmark is not where it happened when another is named otherwise
    (("A car bomb exploded outside a police station near the Syrian border, killing four people. "
      "The PKK was blamed for the attack."), "TR"),
    ("Four people were wounded when rockets fired from Lebanon crashed into a street in Kiryat Shmona.", "IL"),
    # ... and still the best clue when nothing else is named
    ("A bomb hit a bus on its way from Mosul to a nearby village, killing three civilians.", "IQ"),
])
def test_a_reference_country_is_not_the_place_of_the_toll(gazetteer, text, country):
    rep, _ = report(gazetteer, text)
    assert rep.killed or rep.wounded
    assert rep.country == country


@pytest.mark.parametrize("sentence, expected", [
    # a person noun right after another is the head of one person: "a civilian driver", not no one
    ("A civilian driver was also killed when the convoy was ambushed, the source added.", [(1, "killed", "civilians")]),
    ("An elderly female civilian was wounded by shrapnel near the market.", [(1, "wounded", "civilians")]),
    ("A soldier and a policeman were shot dead at the checkpoint.", [(1, "killed", "security forces"), (1, "killed", "security forces")]),
    # ... and so is one with a word or two between them, the last noun being the head
    ("A Buddhist monastery teacher was stabbed to death by two men on a scooter.", [(1, "killed", "civilians")]),
    ("A woman prison guard was shot and wounded outside the jail gate.", [(1, "wounded", "security forces")]),
    ("A militant field commander was killed in the clash, the group said.", [(1, "killed", "fighters")]),
])
def test_two_person_nouns_are_one_person(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Local officials fear the death toll could exceed 500 once the debris is cleared.",
    "The toll is expected to rise to 40 as more bodies are found, the mayor warned.",
    "Aid workers said the number of dead could well climb above 1,000.",
])
def test_a_projection_is_no_toll(sentence):
    # what a toll could reach counts no one yet
    assert killed_and_wounded(sentence) == []


def test_a_disaster_named_without_a_toll_types_the_storys_later_tolls(gazetteer):
    # the headline names the landslide; the bodies counted later are its dead, not a killing
    _, corpus = report(gazetteer, "Title: Mudslide buries hillside hamlet in Nepal\n\n"
                                  "Rescue teams dug through the night in Nepal's Gorkha district.\n\n"
                                  "So far they have recovered six bodies, a police officer said.")
    assert [(c.best, c.event_type) for c in corpus.claims if c.outcome == "killed"] == [(6, "disaster")]


@pytest.mark.parametrize("sentence, expected", [
    ("Volunteers found the remains of at least 22 people in shallow graves behind the farm.", [(22, "killed", "total")]),
    ("The remains of four soldiers were handed to their families on Monday.", [(4, "killed", "security forces")]),
    ("Crews cleared the remains of three houses from the road.", []),
])
def test_the_remains_of_people_are_their_dead(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_a_file_of_notes_counts_every_note_whatever_its_day(gazetteer):
    # notes months apart in one file: none is the background of the first (each is its own event)
    text = ("On 14 October 2024, gunmen killed 6 civilians in Kaya (Sanmatenga, Centre-Nord). 6 fatalities.\n\n"
            "Around 2 June 2024 (as reported), militants killed 3 soldiers near Djibo (Soum, Sahel). 3 fatalities.\n\n"
            "On 9 March 2024, a mob lynched 2 suspected thieves in Ouahigouya (Yatenga, Nord). 2 fatalities.")
    rep, corpus = report(gazetteer, text, date="2024-11-20")
    assert not [c for c in corpus.claims if c.is_toll and c.cumulative]
    assert rep.killed_best == 11


def test_notes_open_with_a_day_even_an_uncertain_one():
    from geo.claims import notes_file
    assert notes_file("On 3 May 2024, X.\n\nAround 5 June 2024 (as reported), Y.")
    assert notes_file("On or about 3 May 2024, X.\n\nBetween 4 and 6 May 2024, Y.")
    assert not notes_file("On 3 May 2024, X. Then on 5 May 2024, Y.")


@pytest.mark.parametrize("sentence, expected", [
    # the suspects a mob killed are its victims, not the attackers
    ("A mob lynched two suspected thieves at the market in Butembo.", [(2, "killed", "civilians")]),
    ("Residents beat to death an alleged kidnapper in the village.", [(1, "killed", "civilians")]),
    # ... unless the suspect attacked in the same event
    ("A suspected gunman was killed by a mob after he shot two people.", [(1, "killed", "perpetrators"), (2, "wounded", "total")]),
])
def test_those_a_mob_killed_are_its_victims(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_a_violent_lead_keeps_the_storys_later_tolls_violent(gazetteer):
    # the lead told a grenade attack: a later sentence naming a motorcycle and no violence does
    # not make the story's undescribed tolls a road accident
    _, corpus = report(gazetteer, "Title: Grenade attack on minibus kills six in northern Uganda\n\n"
                                  "A grenade thrown at a minibus outside Kitgum killed six passengers on Friday, police said.\n\n"
                                  "The minibus was travelling from Gulu to Lira when the device went off beside a parked motorcycle.\n\n"
                                  "Later the toll rose to eight, a health official said.")
    kinds = {c.event_type for c in corpus.claims if c.outcome == "killed"}
    assert kinds and EventType.ACCIDENT not in kinds


@pytest.mark.parametrize("sentence, town", [
    # a hospital by its own name, or reached by a verb with its object between: where the hurt
    # were treated, not where they were hurt
    ("Two of the wounded later died at the Regional Referral Hospital in Lira, a doctor said.", "Lira"),
    ("Volunteers took a woman with burns to a hospital in Lira.", "Lira"),
    ("An army helicopter flew three of them to Lira for treatment.", "Lira"),
])
def test_where_the_hurt_were_taken_is_no_place_of_the_attack(resolver, sentence, town):
    text = f"Title: Grenade attack in Kitgum\n\nA grenade killed six people in Kitgum on Friday. {sentence}"
    roles = {m.text: m.role for m in resolver.resolve(parse_article(text.encode(), "t.txt")).mentions}
    assert roles["Kitgum"] == "location" and roles[town] == "reference"


def test_the_ends_of_a_journey_yield_to_the_storys_own_place(gazetteer):
    # the later toll names no place: it is the story's town, not a town the bus was travelling between
    rep, corpus = report(gazetteer, "Title: Bomb on bus kills 11 in northern Uganda\n\n"
                                    "A bomb tore through a bus outside Kitgum on Friday, killing 11 passengers, police said.\n\n"
                                    "The bus was travelling from Gulu to Lira when the device went off.\n\n"
                                    "On Saturday the toll rose to 13, a health official said.")
    assert {c.place_name for c in corpus.claims if c.outcome == "killed"} == {"Kitgum"}
    assert rep.killed_best == 13


def test_a_story_about_one_area_puts_its_unplaced_toll_there(gazetteer):
    # the only place it names is a first-order area: the toll is that area's, not the country's
    rep, _ = report(gazetteer, "Title: Monsoon rains lash Kerala for a third day\n\n"
                               "Schools stayed shut across Kerala on Friday as rivers rose.\n\n"
                               "At least 12 people have died since Tuesday, officials said.")
    assert rep.killed_best == 12
    assert (rep.name, rep.place_kind) == ("Kerala", "admin1")


@pytest.mark.parametrize("sentence, expected", [
    # a person noun of a side counts in the plural too
    ("Poachers shot dead two wildlife rangers at the park gate.", [(2, "killed", "security forces")]),
    ("Three sergeants died when the truck hit a mine.", [(3, "killed", "security forces")]),
    # got away hurt is wounded
    ("Two guards were killed; a third guard escaped with gunshot wounds.",
     [(2, "killed", "security forces"), (1, "wounded", "security forces")]),
])
def test_plural_sides_and_escaped_hurt(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_one_of_the_wounded_with_who_she_was_died(gazetteer):
    # "One of the wounded, a woman, died later": one of the four, no fifth person
    rep, _ = report(gazetteer, "Gunmen opened fire in a bar in Irapuato, killing five people and wounding four "
                               "others. One of the wounded, a woman, died later in hospital, the prosecutor said.")
    assert (rep.killed_best, rep.wounded[1]) == (6, 3)


def test_a_countrys_toll_in_a_story_about_one_place_is_that_places(gazetteer):
    # the lead gives the country, the story the one place (the capital a distance is measured
    # from and the hospital's town are landmarks, not the place)
    rep, _ = report(gazetteer, "A fire set during a riot at a jail in Honduras killed 12 inmates on Sunday, officials said.\n\n"
                               "The riot at the jail in Choluteca, about 130 kilometers south of the capital, Tegucigalpa, "
                               "began before dawn. Five inmates were being treated for burn injuries at a hospital in Tegucigalpa.")
    assert (rep.killed_best, rep.wounded[1]) == (12, 5)
    assert rep.name.startswith("Choluteca") and rep.place_kind != "country"  # (the town or its department)


def test_a_countrywide_total_beside_a_towns_own_toll_stays_the_countrys(gazetteer):
    # a series across a country, and its deadliest incident's own toll: the total is not the town's
    _, corpus = report(gazetteer, "A string of bombings across Iraq killed at least 60 people this week. The worst "
                                  "struck a market in Samarra, where a car bomb killed 21 people.")
    placed = {(c.best, c.place_kind) for c in corpus.claims if c.outcome == "killed"}
    assert placed == {(60, "country"), (21, "locality")}


def test_who_the_dead_were_ends_with_the_clause(gazetteer):
    # "according to police" says who told, not that police died
    assert killed_and_wounded("Six of the dead were beheaded, according to police.") == [(6, "killed", "total")]


def test_what_the_attackers_rode_is_no_one_hurt():
    assert killed_and_wounded("Witnesses said the raiders arrived on about 40 motorbikes and shot sporadically.") == []


def test_a_countrys_toll_beside_an_areas_own_toll_is_not_the_towns(gazetteer):
    rep, corpus = report(gazetteer, "Heavy storms in Chile killed 9 people on Monday, officials said.\n\n"
                                    "The toll in the Biobio region rose to 9. Concepcion, the regional capital, was flooded.")
    assert rep.killed_best == 9
    assert not any(c.place_name and c.place_name.startswith("Concepci") for c in corpus.claims if c.outcome == "killed")


def test_sustained_wounds_and_an_ordinal_across_paragraphs(gazetteer):
    # "A second officer sustained a gunshot wound" in the next paragraph: one more person, wounded
    rep, _ = report(gazetteer, "A police officer was killed in a shootout with robbers in Durban on Friday, police said.\n\n"
                               "The robbers escaped. A second officer sustained a gunshot wound to the leg.")
    assert (rep.killed_best, rep.wounded[1]) == (1, 1)


@pytest.mark.parametrize("sentence, expected", [
    # a model's number that does the killing is no toll
    ("A booby-trapped Lada 2107 killed two traffic policemen at the roundabout.", [(2, "killed", "security forces")]),
    ("An Antonov 26 crashed, killing all 23 people on board.", [(23, "killed", "total")]),
    # (telegraphic: two outcomes, two tolls)
    ("In Kirkuk 9 killed 14 wounded as car bomb explodes.", [(9, "killed", "total"), (14, "wounded", "total")]),
])
def test_a_number_that_kills_is_a_name(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_others_who_died_later_are_more_dead(gazetteer):
    rep, _ = report(gazetteer, "Gunmen killed five herders near Kauru on Monday. Three others died later in hospital.")
    assert rep.killed_best == 8


def test_a_person_and_his_kin_are_summed(gazetteer):
    # "a trader and his two sons": one figure of three, not two versions of one toll
    rep, _ = report(gazetteer, "Bandits shot dead a cattle trader and his two sons near Funtua on Sunday, police said.")
    assert rep.killed == (3, 3, 3)


def test_the_landmark_of_a_distance_never_places_another_sentences_toll(gazetteer):
    # "about 900 km north of the capital, Lima" says where Piura is, not where the dead were
    _, corpus = report(gazetteer, "Torrential rains killed at least 40 people in northern Peru this week, officials said.\n\n"
                                  "The flooding was worst in a remote valley about 900 kilometers north of the capital, Lima. "
                                  "Officials had earlier put the toll at 31.")
    assert [c.best for c in corpus.claims if c.outcome == "killed"] == [40, 31]
    assert not any(c.place_name == "Lima" for c in corpus.claims if c.outcome == "killed")


def test_a_city_whose_police_speak_places_local_news_that_names_no_place(gazetteer):
    rep, _ = report(gazetteer, "Two teenagers were killed and three people wounded when gunfire erupted at a graduation "
                               "party in the city's Westside neighborhood late Saturday, Milwaukee police said.")
    assert (rep.killed_best, rep.name, rep.country) == (2, "Milwaukee", "US")


@pytest.mark.parametrize("sentence, expected", [
    # an outcome said before the noun: the noun still says whose
    ("Medics counted 4 dead soldiers and 9 wounded civilians after the shelling.",
     [(4, "killed", "security forces"), (9, "wounded", "civilians")]),
    ("A guard was killed and six other wounded people were taken to the clinic.",
     [(1, "killed", "security forces"), (6, "wounded", "total")]),
])
def test_an_outcome_before_its_noun(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_armed_forces_personnel_also_wounded_come_beside_the_total(gazetteer):
    # "Armed Forces personnel": one group, whose "were also injured" puts them beside the 14, not inside
    rep, _ = report(gazetteer, "Rocket fire killed 3 civilians and injured 14 in Odesa, including 2 wounded children. "
                               "11 Ukrainian Armed Forces personnel were also injured at the port.")
    assert rep.wounded[1] == 25


@pytest.mark.parametrize("text", [
    "Gunmen ambushed a convoy near a river crossing. Four Zambian peacekeepers were killed.",
    "A bomb tore through a bus carrying Korean pilgrims, killing six of them.",
])
def test_the_nationality_of_people_abroad_is_not_where_they_died(gazetteer, text):
    # peacekeepers, pilgrims and tourists are news away from home: their nationality places nothing
    rep, _ = report(gazetteer, text)
    assert rep.killed
    assert not rep.country


def test_a_word_opening_a_sentence_that_is_only_a_hamlet_places_nothing(gazetteer):
    # "Car" is a hamlet's name somewhere; a sentence it opens says nothing of the country
    rep, _ = report(gazetteer, "Car bombs killed at least 20 people on Tuesday, officials said.")
    assert rep.killed_best == 20
    assert not rep.country


@pytest.mark.parametrize("sentence, expected", [
    # a count another verb governs is not the list's: the 12 were taken, not killed
    ("Raiders stormed the market, killing four traders and seizing the headman and 12 others.", [(4, "killed", "civilians")]),
    ("The militia shot dead two guards and took 9 others away in a truck.", [(2, "killed", "security forces")]),
    # everyone hit, then its two parts: one killed and three wounded, not four wounded beside the three
    ("A man shot four customers at the kiosk, killing one and injuring three.",
     [(1, "killed", "total"), (3, "wounded", "total")]),
])
def test_whose_verb_a_count_is(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("text, killed, wounded", [
    # a death told of one of those hit in the sentence before is among them
    ("Three people were shot outside a grocery store on Friday. One man was shot in the neck and later died.", 1, 2),
    ("Six people were shot at a block party. A teenager succumbed to his wounds on Sunday.", 1, 5),
])
def test_a_later_death_is_one_of_those_hit_before(gazetteer, text, killed, wounded):
    rep, _ = report(gazetteer, text)
    assert (rep.killed_best, rep.wounded[1]) == (killed, wounded)


@pytest.mark.parametrize("sentence, expected", [
    # a telephone number is nobody
    ("Deputies found the bodies of the two after a neighbour called 911 shortly before midnight.", [(2, "killed", "total")]),
    ("A 112 call reported gunfire at the farm, where one man was wounded.", [(1, "wounded", "total")]),
])
def test_a_telephone_number_is_no_toll(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_the_same_armed_dead_called_attackers_and_fighters_are_counted_once(gazetteer):
    # the headline's "militants" are the body's "attackers": 2 soldiers and 6 armed men, not 14
    rep, _ = report(gazetteer, "Two soldiers, six militants killed in raid near Mopti\n\n"
                               "Two soldiers were killed and six attackers were killed when gunmen raided an army "
                               "post near Mopti on Sunday, the army said.")
    assert (rep.killed_best, rep.killed_armed) == (8, 6)


def test_local_news_is_the_town_whose_police_speak_inside_the_state_it_names(gazetteer):
    # the title names only the state; the town is the police's
    rep, _ = report(gazetteer, "Woman, 2 children found dead in Kansas home\n\n"
                               "A woman and her two children were found shot dead inside their home on Tuesday, "
                               "Wichita police said. Investigators believe the woman's former partner killed them.")
    assert rep.killed_best == 3
    assert (rep.name, rep.country) == ("Wichita", "US")


@pytest.mark.parametrize("sentence, expected", [
    # "one" alone after a count of people is one more person
    ("Two people were killed and one was hurt when gunmen fired on a minibus.",
     [(2, "killed", "total"), (1, "wounded", "total")]),
    ("Four miners died while one was seriously injured in the blast.", [(4, "killed", "civilians"), (1, "wounded", "total")]),
    # ... never a thing's pronoun
    ("Two armoured vehicles were hit and one was destroyed.", []),
    # a group named with a possessive ("the People's Army") does not end the person's phrase
    ("A policeman and three suspected People's Front militants were killed in the raid.",
     [(1, "killed", "security forces"), (3, "killed", "fighters")]),
    ("A guard and two alleged People's Front gunmen were killed at the gate.",
     [(1, "killed", "security forces"), (2, "killed", "perpetrators")]),
])
def test_one_more_person_and_long_joined_phrases(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("text, place", [
    # a road named after its end towns is not at them when a place on it is named
    ("A minibus and a lorry collided on the Mombasa-Nairobi highway near Voi, killing 11 people.", "Voi"),
    # the area of the area a town is in says where it is: "X town of north Y's Z district"
    ("Militants shot dead a soldier in Pampore town of south Kashmir's Pulwama district on Monday.", "Pāmpur"),
])
def test_the_place_of_a_toll_among_the_places_that_only_say_where(gazetteer, text, place):
    rep, corpus = report(gazetteer, text)
    assert rep.killed
    assert [c.place_name for c in corpus.claims if c.is_toll] == [place]


def test_a_road_named_after_two_towns_is_not_where_its_crash_happened(gazetteer):
    # the headline's toll is the crash's, near the town the body names, not a region of the road's ends
    rep, corpus = report(gazetteer, "Toll from crash on Mombasa-Nairobi highway rises to 15\n\n"
                                    "The death toll from a collision on the Mombasa-Nairobi highway has risen to 15, "
                                    "police said.\n\nTwelve people died at the scene near Voi late on Sunday.")
    assert rep.killed_best == 15
    assert {c.place_name for c in corpus.claims if c.is_toll} == {"Voi"}


def test_an_earlier_incident_told_with_a_week_earlier_is_dated_before_the_story(gazetteer):
    # "a week earlier" dates its toll a week before publication, not at it
    _, corpus = report(gazetteer, "Two people were killed in a bomb blast in Quetta on Friday. A week earlier, four "
                                  "people were killed in a similar attack in Turbat.", date="2024-03-16")
    dates = {c.best: c.date_start for c in corpus.claims if c.is_toll}
    assert dates[4] == "2024-03-09"


@pytest.mark.parametrize("sentence, expected", [
    # the dead after people said hurt are more people; after people said shot, or "one fatally", a part
    ("Six villagers were wounded and one killed when the bus hit a mine.",
     [(6, "wounded", "civilians"), (1, "killed", "total")]),
    ("Six people were shot outside the hall, and one was killed.", [(5, "wounded", "total"), (1, "killed", "total")]),
    ("Three guards were injured, one fatally, in the attack.", [(2, "wounded", "security forces"), (1, "killed", "total")]),
    ("Three people were injured in the blast, with one later dying in hospital.",
     [(2, "wounded", "total"), (1, "killed", "total")]),
    # "one" with its verb alone, or the last object of a verb
    ("The raid left two dead and one injured, police said.", [(2, "killed", "total"), (1, "wounded", "total")]),
    ("The gunman killed two customers and injured one before fleeing.",
     [(2, "killed", "civilians"), (1, "wounded", "total")]),
    # a person's "of" phrase does not end the list of those killed
    ("An officer of the border police and a shepherd were shot dead near the crossing.",
     [(1, "killed", "security forces"), (1, "killed", "civilians")]),
    # "as many" is as many as the count before it
    ("Three soldiers and as many civilians were wounded in the shelling.",
     [(3, "wounded", "security forces"), (3, "wounded", "civilians")]),
    # "another one" is one more, as "another" alone
    ("A ranger was shot dead and another one was wounded near the park gate.",
     [(1, "killed", "security forces"), (1, "wounded", "security forces")]),
])
def test_the_dead_beside_or_among_the_hurt(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("text, killed, wounded", [
    # found dead after a count of people shot: one of them
    ("Five men were shot outside a bar on Elm Street. A man was found dead by arriving officers.", 1, 4),
    # ... but not one of those said hurt
    ("Five men were injured in a fight outside a bar. A woman was found dead in a car nearby.", 1, 5),
])
def test_found_dead_after_people_shot_is_one_of_them(gazetteer, text, killed, wounded):
    rep, _ = report(gazetteer, text)
    assert (rep.killed_best, rep.wounded[1]) == (killed, wounded)


@pytest.mark.parametrize("text, killed, wounded", [
    # "N more" are more people than the toll before, and so are the hurt said with them
    ("Six people were killed and 14 injured when a bomb hit a bus station. Two more people were killed and "
     "five injured in a second blast nearby.", 8, 19),
    ("Gunmen shot and wounded three farmers. Two more men were wounded as they tried to help them.", None, 5),
])
def test_more_people_are_beside_the_toll_before(gazetteer, text, killed, wounded):
    rep, _ = report(gazetteer, text)
    assert (rep.killed_best, rep.wounded[1]) == (killed, wounded)


@pytest.mark.parametrize("text, killed", [
    # the event a comparison or a period dates from is an earlier event's toll
    ("A grenade thrown into a tea shop wounded nine people. It was the worst violence in the district since the "
     "June clashes in which 14 people were killed.", None),
    ("Two soldiers were killed in the ambush, the deadliest since the raid on the garrison that killed 23 troops.", 2),
    # ... but the attack a follow-up story is about keeps its toll
    ("Police have detained four suspects since the bombing in which six worshippers were killed.", 6),
])
def test_the_event_a_comparison_dates_from_is_earlier(gazetteer, text, killed):
    rep, _ = report(gazetteer, text)
    assert (rep.killed_best or None) == killed


@pytest.mark.parametrize("text, killed", [
    # the verb before "the toll", its subject between them: the two are among the 19, not beside them
    ("Two more people died of their wounds on Monday, raising the toll from the market bombing in Maiduguri last "
     "Friday to 19, hospital officials said.", (19, 19, 19)),
    # a number that measures a thing is no count of people
    ("The death toll from the collapse of a six-storey hotel in Surat rose to nine on Tuesday, officials said.", (9, 9, 9)),
])
def test_a_toll_raised_or_risen_is_the_new_figure(gazetteer, text, killed):
    rep, _ = report(gazetteer, text)
    assert rep.killed == killed


def test_the_area_after_a_town_and_in_says_where_the_town_is(gazetteer):
    rep, _ = report(gazetteer, "Gunmen killed nine herders on Tuesday in Dori, in the Seno province, a regional "
                               "official said.")
    assert (rep.name, rep.place_kind) == ("Dori", "locality")


def test_a_person_and_what_they_did_then_hurt_is_one_wounded(gazetteer):
    rep, _ = report(gazetteer, "Two men were shot dead outside a bar in Cali on Friday. A waiter who tried to "
                               "stop the gunmen was wounded in the leg, police said.")
    assert (rep.killed, rep.wounded) == ((2, 2, 2), (1, 1, 1))
    # ... not the one who did the harm
    rep, _ = report(gazetteer, "A man who stabbed a guard at a mall in Cali was arrested on Friday.")
    assert rep.wounded == (1, 1, 1)


def test_a_toll_revised_down_after_a_long_subject(gazetteer):
    rep, _ = report(gazetteer, "The number of people killed in Friday's double bombing at a bus station in Jos has "
                               "been revised down to 31 from 40, the state governor said.")
    assert rep.killed[1] == 31


def test_the_toll_of_a_week_of_attacks_is_context(gazetteer):
    rep, corpus = report(gazetteer, "Militia fighters shelled a market near Kadugli on Monday, killing at least 6 "
                                    "people. The toll from two weeks of attacks on the town now stands at 58.")
    assert rep.killed == (6, 6, 6)
    assert [c.best for c in corpus.claims if c.is_toll and c.cumulative] == [58]


@pytest.mark.parametrize("text, killed", [
    # one person by "the", the object of a verb that harmed them
    ("Bandits seized 12 travellers on the Lokoja road on Monday, killing the driver who resisted, police said.", 1),
    ("Militants stopped a minibus near Lokoja and shot dead its driver.", 1),
    # ... not an intent
    ("A guard was stabbed at a checkpoint in Lokoja. The attacker wanted to kill the guard, police said.", None),
])
def test_one_person_by_the_as_the_object_of_a_killing(gazetteer, text, killed):
    rep, _ = report(gazetteer, text)
    assert (rep.killed[1] if rep.killed else None) == killed


def test_people_named_by_an_acronym_in_brackets_are_listed_and_whose_it_says(gazetteer):
    # the state's auxiliaries by their acronym: security forces, and one list with the soldiers after them
    rep, corpus = report(gazetteer, "Jihadists attacked a post near Djibo on Sunday, killing 9 volunteer fighters "
                                    "(VDP) and four soldiers, security sources said.")
    assert (rep.killed, rep.killed_armed) == ((13, 13, 13), 0)


def test_a_gas_cylinder_that_exploded_is_an_accident(gazetteer):
    rep, _ = report(gazetteer, "Two people were killed when a gas cylinder exploded in a bakery in Kano on Sunday.")
    assert [str(e) for e in rep.event_types] == ["accident"]


def test_the_ends_of_a_journey_yield_to_the_place_named_beside_them(gazetteer):
    rep, _ = report(gazetteer, "A minibus carrying 18 traders from Kano to Jos overturned near Bauchi on Friday, "
                               "killing 7 of them, police said.")
    assert rep.name == "Bauchi"
    # ... and stand for the journey where nothing else is named
    rep, _ = report(gazetteer, "Gunmen ambushed a convoy travelling from Kano to Jos on Friday, killing 4 guards.")
    assert rep.country == "NG" and rep.name in ("Kano", "Jos", "Kano + Jos")


def test_a_notes_closing_count_holds_every_figure_before_it(gazetteer):
    rep, _ = report(gazetteer, "On 4 May 2024, AQAP militants attacked an army post in Mudiyah (Abyan). The army said it "
                               "killed 6 militants; 2 soldiers were also killed. Fatalities: 8.")
    assert (rep.killed, rep.killed_armed) == ((8, 8, 8), 6)


def test_no_fatalities_but_things_destroyed_is_no_toll(gazetteer):
    rep, _ = report(gazetteer, "On 9 May 2024, the military shelled Kyaukme town (Shan). No fatalities were reported, "
                               "but 4 houses were burned. Fatalities: 0.")
    assert rep.killed is None


def test_a_toll_with_no_date_takes_the_day_its_note_opened_with(gazetteer):
    rep, _ = report(gazetteer, "On 7 May 2024, gunmen raided Kadisau village (Faskari, Katsina). A farmer and his son "
                               "were killed. 2 fatalities.", date="2024-05-20")
    assert (rep.killed, rep.date_start) == ((2, 2, 2), "2024-05-07")


def test_an_aside_of_who_was_among_the_dead_ends_at_its_comma(gazetteer):
    rep, _ = report(gazetteer, "Three people were killed, including the shooter, and four others were wounded at a "
                               "graduation party in Modesto on Friday, police said.")
    assert (rep.killed, rep.killed_perpetrators, rep.wounded) == ((3, 3, 3), 1, (4, 4, 4))


def test_a_toll_raised_after_the_hurt_died_is_a_new_version(gazetteer):
    rep, _ = report(gazetteer, "Officials first said five people died in the boiler blast at a textile mill in Tiruppur. "
                               "The toll was later raised to seven after two injured workers died in hospital.")
    assert (rep.killed, rep.wounded) == ((5, 7, 7), None)


def test_attackers_said_to_have_died_too_are_beside_a_total(gazetteer):
    # three dead (one an officer), then two attackers "also" killed: five, not a three that held them
    rep, _ = report(gazetteer, "Four people, including a soldier, were killed when gunmen attacked a checkpoint near "
                               "Kumba on Friday, officials said. Three attackers were also killed.")
    assert (rep.killed, rep.killed_perpetrators) == ((7, 7, 7), 3)


@pytest.mark.parametrize("text, place", [
    # the next sentence points back at the attack and says where it was
    ("A suicide bomber rammed a police van in Pakistan's Khyber Pakhtunkhwa province on Sunday, killing four officers, "
     "police said. No group immediately claimed the attack in Lakki Marwat district.", "Lakki"),
    # ... or the attackers go on, in the town it names
    ("Insurgents killed at least nine people in a raid on a village in Mozambique's Cabo Delgado province, a local "
     "official said. The attackers also burned dozens of homes in the village of Naquitengue, in Macomia district.",
     "Macomia"),
])
def test_a_toll_placed_in_a_province_takes_the_town_the_next_sentence_gives(gazetteer, text, place):
    rep, _ = report(gazetteer, text)
    assert rep.name == place


@pytest.mark.parametrize("sentence, expected", [
    # one person by their name alone: the object of a verb of harm, or the subject of one past an aside
    ("Gunmen on a motorbike shot dead Elena Vargas outside her shop on Monday.", [(1, "killed", "civilians")]),
    ("Unknown attackers assassinated Yusuf Haddad, the head of the water board, on his way to work.",
     [(1, "killed", "civilians")]),
    ("Rafael Duarte, 52, was found dead with gunshot wounds near the market.", [(1, "killed", "civilians")]),
    ("A radio presenter, Lucia Ferraz, was wounded when her car was fired on.", [(1, "wounded", "civilians")]),
    # ... beside a noun that says who: the attacker
    ("The gunman, Dale Whitcomb, was shot dead by deputies after a standoff.", [(1, "killed", "perpetrators")]),
    # a people, not a person
    ("Drones killed Iraqi Yazidis fleeing the town, activists said.", []),
    # the one who did it
    ("Rafael Duarte shot dead two guards before fleeing.", [(2, "killed", "security forces")]),
])
def test_a_person_named_alone_is_one(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_he_died_after_one_person_was_hurt_is_that_person_dead(gazetteer):
    rep, _ = report(gazetteer, "A night watchman was stabbed and wounded by robbers at a warehouse in Mombasa. "
                               "He died two days later in hospital.")
    assert (rep.killed, rep.wounded and rep.wounded[1]) == ((1, 1, 1), 0)


def test_one_of_the_hurt_named_in_an_aside_dies_once(gazetteer):
    # the two medics hurt are civilians; one of them, named with a title, died: one dead, one hurt
    # (and the name is that one, not another death), beside the six hurt after
    rep, _ = report(gazetteer, "Two medics were wounded in Zaporizhzhia on Sunday when a drone hit their ambulance, "
                               "officials said. One of them, paramedic Ivan Sokol, later died of his injuries. "
                               "The strike also wounded six passers-by.")
    assert (rep.killed, rep.wounded) == ((1, 1, 1), (7, 7, 7))


@pytest.mark.parametrize("text", [
    "Gunmen on motorbikes killed Haji Rahim Shah, a tribal elder, and his nephew near Miranshah on Friday.",
    "Gunmen killed a shepherd, a father of six, and his brother near Miranshah on Friday.",
])
def test_a_person_with_an_aside_and_the_next_one_listed_are_two(gazetteer, text):
    rep, _ = report(gazetteer, text)
    assert rep.killed == (2, 2, 2)


@pytest.mark.parametrize("sentence, expected", [
    # people of a country, counted: a toll like any other
    ("Four Afghans, including a 10-year-old girl, were shot dead at a border crossing.", [(4, "killed", "total")]),
    ("Two Chinese were killed when gunmen attacked the mining camp.", [(2, "killed", "total")]),
    # ... the attackers, when they did it first
    ("Three Yemenis stormed the checkpoint and were shot dead by guards.", [(3, "killed", "perpetrators")]),
    ("Two Sudanese stabbed and wounded a guard at the gate before being shot dead.", [(2, "killed", "perpetrators")]),
    # a people's word before a thing is no count of people
    ("Two Turkish drones struck the convoy at dawn.", []),
])
def test_people_of_a_country_are_counted(sentence, expected):
    assert killed_and_wounded(sentence)[:1] == expected


@pytest.mark.parametrize("text, killed", [
    # who the dead were, with no toll given: at least them
    ("Among the dead were three girls and an elderly man, the health ministry said of the strike on Khan Younis.", 4),
    # ... and with the toll given: a part of it
    ("A drone strike on a school in Khan Younis killed nine people. Among the dead were three girls and an elderly "
     "man, the health ministry said.", 9),
    # ... whatever the toll's people: "worshippers" are civilians, the children among them
    ("Gunmen stormed a mosque in Tillaberi during evening prayers, killing 23 worshippers, a local official said. "
     "\"They fired on everyone,\" a survivor said. Among the dead were five children and the imam, he said.", 23),
])
def test_among_the_dead_is_a_part_of_the_toll(gazetteer, text, killed):
    rep, _ = report(gazetteer, text)
    assert rep.killed == (killed, killed, killed)


def test_a_place_that_claimed_lives_is_where_it_happened(gazetteer):
    rep, _ = report(gazetteer, "A fire at a timber market in Onitsha claimed 14 lives, the state fire service said.")
    assert (rep.killed, rep.name) == ((14, 14, 14), "Onitsha")


def test_a_mine_that_collapsed_is_an_accident(gazetteer):
    rep, _ = report(gazetteer, "At least 60 people are believed to have died in the collapse of a gold mine near Siguiri.")
    assert rep.event_types == ["accident"]


def test_a_number_brought_to_this_month_is_context(gazetteer):
    rep, _ = report(gazetteer, "The ambush brought to 38 the number of police officers killed in the province this month.")
    assert not rep.killed or rep.killed[1] == 0


def test_died_at_a_hospital_elsewhere_is_dead_where_they_were_attacked(gazetteer):
    rep, _ = report(gazetteer, "A shopkeeper died at a hospital in Srinagar on Thursday, two days after he was shot by "
                               "suspected militants in Sopore.")
    assert (rep.killed, rep.name) == ((1, 1, 1), "Sopur")  # (GeoNames spells it so)


def test_he_died_where_he_was_hurt(gazetteer):
    # the death told in a sentence that names only the hospital's town is where he was shot
    rep, _ = report(gazetteer, "A radio presenter was shot in the chest in Kilis on Friday. He succumbed to his "
                               "wounds in a hospital in Gaziantep on Sunday.")
    assert (rep.killed, rep.name) == ((1, 1, 1), "Kilis")


def test_an_outlet_named_after_an_area_is_no_event_there(gazetteer):
    rep, _ = report(gazetteer, "Kirkuk Today TV reporter Ali Hamid was shot dead outside his home in Tikrit on Monday.")
    assert (rep.killed, rep.name) == ((1, 1, 1), "Tikrīt")


@pytest.mark.parametrize("text, types", [
    # an explosion or a grenade that hurt no one is still an event on the map
    ("On 3 May 2024, a grenade was thrown at a bar in Cucuta. No casualties were reported. Fatalities: 0.", ["attack/ambush"]),
    ("An explosion went off near the market in Hargeisa late on Tuesday, police said.", ["attack/ambush"]),
    # ... an accident's explosion an accident
    ("A fuel tanker exploded on the highway outside Maracay, damaging a dozen cars.", ["accident"]),
])
def test_an_explosion_with_no_toll_is_an_event(gazetteer, text, types):
    rep, _ = report(gazetteer, text)
    assert (rep.killed, [str(t) for t in rep.event_types]) == (None, types)


@pytest.mark.parametrize("text, killed", [
    # a victim named alone and his kin listed after him
    ("Armed men killed Tomas Herrera and his two daughters at their farm near Popayan.", 3),
    # "He died" after a death already counted is no new death
    ("Robbers killed a night watchman at a warehouse in Mombasa. He died at the scene, police said.", 1),
    # "butchered" is killed
    ("Nine farmers were butchered by gunmen in a night raid on a hamlet in Plateau State, residents said.", 9),
])
def test_the_toll_of_a_named_or_later_death(gazetteer, text, killed):
    rep, _ = report(gazetteer, text)
    assert rep.killed == (killed, killed, killed)


@pytest.mark.parametrize("text, place_kind, types", [
    # "off the coast of" a country that shares its name with its capital: the country's waters
    ("A boat carrying migrants capsized off the coast of Djibouti, leaving at least 9 dead, the IOM said.",
     "country", ["accident"]),
    # soldiers killed by an avalanche died in a disaster, not a clash
    ("Three soldiers and a porter were killed when an avalanche hit their post in the Gurez sector of Kashmir.",
     None, ["disaster"]),
])
def test_the_sea_off_a_country_and_soldiers_in_a_disaster(gazetteer, text, place_kind, types):
    rep, _ = report(gazetteer, text)
    assert [str(t) for t in rep.event_types] == types
    assert place_kind is None or str(rep.place_kind) == place_kind


@pytest.mark.parametrize("text,killed,wounded", [
    # the people hit, then their parts in the sentence after: the hurt are the part, not beside it
    ("Five people were shot at a bus stop in Millbrook late on Friday. Three were killed and two were taken "
     "to hospital.", 3, 2),
    ("A man shot five of his neighbours as they sat on a porch in Millbrook. Four died and one was wounded.", 4, 1),
    # hospitalised are hurt: the one dead beside them is one more, not one of them
    ("Four people were shot at a campsite near Millbrook; three were hospitalized, and one died at the scene.", 1, 3),
    # sent to hospital are hurt, whatever verb came before
    ("A gunman killed a man outside a club in Millbrook and sent three others to the hospital.", 1, 3),
    ("A bomb tore through a bus station in Millbrook, killing two people and sending 14 to local hospitals.", 2, 14),
    # "one of the wounded" is of all the hurt of the sentence before, not of its last figure
    ("A gunman opened fire at a school in Millbrook, killing three students and wounding seven others and a "
     "teacher. One of the wounded died a day later.", 4, 7),
])
def test_the_hit_and_then_their_parts(gazetteer, text, killed, wounded):
    rep, _ = report(gazetteer, text)
    assert (rep.killed_best, rep.wounded[1]) == (killed, wounded)


def test_dead_said_to_come_also_in_a_paragraph_of_their_own_are_where_the_toll_before_is(gazetteer):
    # wire copy: one sentence a paragraph; the attackers "also killed" are at the checkpoint, not
    # the country's; a toll with a place of its own keeps it
    text = ("KABUL (Reuters) - Taliban fighters attacked a police checkpoint in Kunduz province overnight, "
            "killing seven officers, officials said.\n\n"
            "Six attackers were also killed in the gunfight that followed, a provincial spokesman said.\n\n"
            "In a separate incident, an air strike killed 12 militants in Helmand province, the defence ministry said.")
    data = build_map(read(gazetteer, text), gazetteer)
    killed = {loc.name: loc.killed() for loc in data.localities}
    assert killed["Kunduz"] == 13 and killed["Helmand"] == 12
    assert sum(killed.values()) == 25
    assert {c.victims for c in data.claims if c.count_text == "Six attackers"} == {Victims.PERPETRATORS}


def test_a_tolls_parts_by_place_are_each_places_counted_once(gazetteer):
    # "Of the dead, 12 were in Kharkiv and 3 in Sumy": each town its part, the country's total once
    text = ("Russian strikes kill 15 across north-eastern Ukraine\n\n"
            "KYIV - Russian drones and missiles struck towns across north-eastern Ukraine overnight, killing at least "
            "15 civilians, officials said on Monday.\n\n"
            "Of the dead, 12 were in Kharkiv and 3 in Sumy, regional governors said.")
    data = build_map(read(gazetteer, text), gazetteer)
    killed = {loc.name: loc.killed() for loc in data.localities if loc.killed()}
    assert killed == {"Kharkiv": 12, "Sumy": 3}
    # ... and the figures of the wounded the same way
    rep, _ = report(gazetteer, "Of the wounded, 40 were in Latakia and 12 in Tartus, the ministry said.")
    assert rep.wounded[1] == 52


def test_a_toll_of_a_place_the_gazetteer_lacks_is_unlocated_in_its_country_not_the_country(gazetteer):
    # "in Masisi territory" names a place (none in the gazetteer): a toll somewhere in the country,
    # beside the tolls of the places it does know, not a country-wide figure that holds them
    text = ("Monthly protection update: North Kivu, June 2024\n\n"
            "Key figures\n"
            "- 142 civilians killed in attacks attributed to ADF in Beni and Lubero territories\n"
            "- 38 people killed in Masisi territory in clashes between armed groups\n")
    data = build_map(read(gazetteer, text, date="2024-07-02"), gazetteer)
    killed = {(loc.place_id, loc.name): loc.killed() for loc in data.localities if loc.killed()}
    assert sum(killed.values()) == 180
    assert killed[("unlocated:CD", "(no place named)")] == 38


@pytest.mark.parametrize("text, count", [
    ("An air strike on the village killed six members of a civil defence team, the ministry said.", 6),
    ("Shelling killed four civil defense workers as they put out a fire in the market.", 4),
    ("Two paramedics were killed when their ambulance was hit near the crossing.", 2),
])
def test_rescuers_are_civilians(gazetteer, text, count):
    # a rescue service is no armed force, whatever "defence" says ("the Civil Guard" still is a police force)
    [c] = [c for c in read(gazetteer, text).claims if c.outcome == Outcome.KILLED]
    assert (c.best, c.victims) == (count, Victims.CIVILIANS)
    [c] = [c for c in read(gazetteer, "Two Civil Guard officers were shot dead at a checkpoint.").claims]
    assert c.victims == Victims.SECURITY_FORCES


@pytest.mark.parametrize("text, killed, wounded", [
    ("Deputies found six people with gunshot wounds outside a bar in Dayton. One woman was pronounced dead at the "
     "scene; a second died at a hospital. The others were listed in stable condition.", 2, 4),
    ("Police found four people shot on a porch in Dayton. One died at the scene and a second died later at a hospital.", 2, 2),
])
def test_a_second_death_by_its_rank_is_one_more_of_the_people_hit(gazetteer, text, killed, wounded):
    # "a second died" is one more dead, of those shot, who are hurt no more ("a second later" is no one)
    rep, _ = report(gazetteer, text)
    assert (rep.killed_best, rep.wounded[1]) == (killed, wounded)
    assert killed_and_wounded("The blast came a second later.") == []


def test_a_toll_counted_since_a_day_months_ago_is_a_running_total(gazetteer):
    # "since October 7" over nine months is the period's running total: context, never new deaths
    # beside the day's strikes ("since Friday" is still the day's battle)
    text = ("Air strikes killed 14 people in Rafah on Sunday, medics said. The health ministry says more than "
            "30,000 people have been killed in the territory since October 7.")
    corpus = read(gazetteer, text, date="2024-07-14")
    running = next(c for c in corpus.claims if c.best == 30_000)
    assert running.cumulative
    assert sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities) == 14
    corpus = read(gazetteer, "Five people have been killed in Rafah since Friday, medics said.", date="2024-07-14")
    assert not corpus.claims[0].cumulative


def test_more_of_a_toll_elsewhere_by_one_alone(gazetteer):
    # "... two people in X and one in Y": one more of the same kind, at its own place; the toll
    # before keeps its own place, named after "the southern city of"
    corpus = read(gazetteer, "Drone strikes killed three civilians in the northern city of Sumy and one in the "
                             "Kharkiv region town of Izium, the governor said.")
    assert sorted((c.best, c.victims, c.place_name) for c in corpus.claims if c.is_toll) == [
        (1, Victims.CIVILIANS, "Izyum"), (3, Victims.CIVILIANS, "Sumy")]
    corpus = read(gazetteer, "A soldier was wounded in Kherson and one in Mykolaiv overnight.")
    assert sorted((c.best, c.outcome, c.place_name) for c in corpus.claims if c.is_toll) == [
        (1, Outcome.WOUNDED, "Kherson"), (1, Outcome.WOUNDED, "Mykolaiv")]


def test_a_communique_sends_terrorists_to_hell(gazetteer):
    assert killed_and_wounded("Resultantly, three terrorists were sent to hell, the military's media wing said.") == [
        (3, Outcome.KILLED, Victims.PERPETRATORS)]


def test_a_toll_across_an_area_is_the_areas_not_its_first_town(gazetteer):
    # "across the Gaza Strip, including 12 in ... Deir al-Balah": the Strip's toll (the town's is
    # the 12), which holds the town's six told after it
    text = ("Air strikes killed at least 31 people across the Gaza Strip on Monday, including 12 in a strike on a "
            "shelter in Deir al-Balah, medics said. A strike on a house in Khan Younis killed six people.")
    corpus = read(gazetteer, text)
    [strip] = [c for c in corpus.claims if c.best == 31]
    assert strip.place_name == "Gaza Strip"
    assert sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities) == 31


def test_an_undated_storys_running_total_by_its_datelines_day(gazetteer):
    # no publication date: the dateline's day says how long "since October 7" is
    text = ("CAIRO, July 14 (Reuters) - Israeli strikes killed 18 people in Rafah on Sunday, medics said. The "
            "health ministry says more than 30,000 people have been killed in the territory since October 7.")
    corpus = read_corpus([parse_article(text.encode(), "t.txt")], gazetteer)
    assert next(c for c in corpus.claims if c.best == 30_000).cumulative
    assert sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities) == 18


def test_a_toll_since_part_of_a_month_is_the_periods(gazetteer):
    # "since late June" is a season's running total, context beside the day's floods (an undated
    # story: by its words alone)
    text = ("Flash floods killed nine people in Swat district on Monday, rescuers said. Since late June, monsoon "
            "rains have killed more than 140 people across the country.")
    corpus = read_corpus([parse_article(text.encode(), "t.txt")], gazetteer)
    assert next(c for c in corpus.claims if c.best == 140).cumulative
    assert sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities) == 9


def test_a_places_epithet_of_war_is_no_period(gazetteer):
    # "in the conflict-hit province", "in the insurgency ridden district" describe where, not a war's toll
    corpus = read(gazetteer, "A roadside bomb killed nine soldiers in the insurgency ridden district of Kurram.")
    assert [(c.best, c.cumulative) for c in corpus.claims if c.is_toll] == [(9, False)]
    corpus = read(gazetteer, "Shelling killed four civilians in the conflict-hit province of Idlib on Sunday.")
    assert [(c.best, c.cumulative) for c in corpus.claims if c.is_toll] == [(4, False)]
    corpus = read(gazetteer, "The fighting has killed more than 2,000 people in the war, the UN said.")
    assert [(c.best, c.cumulative) for c in corpus.claims if c.is_toll] == [(2000, True)]


@pytest.mark.parametrize("sentence, expected", [
    # the toll before's own noun leads no toll after it
    ("The explosion caused four fatalities and 15 injuries at the depot.",
     [(4, Outcome.KILLED, Victims.TOTAL), (15, Outcome.WOUNDED, Victims.TOTAL)]),
    ("The raid caused two fatalities, and nine people were taken to hospital.",
     [(2, Outcome.KILLED, Victims.TOTAL), (9, Outcome.WOUNDED, Victims.TOTAL)]),
    # hurt in a relative clause, then dead: "who were injured ..., have succumbed"
    ("Two policemen, who were badly injured in a grenade attack on Monday, have succumbed to their wounds.",
     [(2, Outcome.KILLED, Victims.SECURITY_FORCES)]),
    ("Two policemen, who were badly injured in a grenade attack on Monday, remain in hospital.",
     [(2, Outcome.WOUNDED, Victims.SECURITY_FORCES)]),
    ("Paramilitaries shot dead 14 peasants in the village square.", [(14, Outcome.KILLED, Victims.CIVILIANS)]),
])
def test_fatalities_then_injuries_and_the_dead_past_a_clause(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the one who shot and injured is no toll; the one hurt, named by an age, is
    ("A masked man shot and injured a 34-year-old outside a pub in Derry.", [(1, Outcome.WOUNDED, Victims.TOTAL)]),
    ("A gunman shot and wounded a teenager near the school gates.", [(1, Outcome.WOUNDED, Victims.TOTAL)]),
    ("Gunmen shot dead a 52-year-old at his farm on Sunday.", [(1, Outcome.KILLED, Victims.TOTAL)]),
    ("A 9-year-old and two adults were wounded in the drive-by shooting.",
     [(1, Outcome.WOUNDED, Victims.TOTAL), (2, Outcome.WOUNDED, Victims.TOTAL)]),
    ("Police detained a 19-year-old on Monday.", []),
])
def test_an_age_as_a_verbs_object_and_the_shooter_apart(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_an_age_listed_with_others_hurt_adds_to_them(gazetteer):
    rep, _ = report(gazetteer, "A 9-year-old and two adults were wounded in a drive-by shooting in Camden.")
    assert rep.wounded[1] == 3


@pytest.mark.parametrize("sentence, expected", [
    # the attackers of a clause of their own are no hurt
    ("Five people were wounded outside a bar, after two shooters walked up to them.",
     [(5, Outcome.WOUNDED, Victims.TOTAL)]),
    ("Three people were injured when two gunmen began shooting at a bus stop.", [(3, Outcome.WOUNDED, Victims.TOTAL)]),
    # a pair by its owner; an age before what befell it
    ("A man shot dead his parents at their home in Tulsa.", [(2, Outcome.KILLED, Victims.CIVILIANS)]),
    ("Her parents were killed in the blast in Diyarbakır.", [(2, Outcome.KILLED, Victims.CIVILIANS)]),
    ("A teenager was killed and a 12-year-old injured at the park.",
     [(1, Outcome.KILLED, Victims.TOTAL), (1, Outcome.WOUNDED, Victims.TOTAL)]),
    # one more, by "and one" and what it did or how it is
    ("Six people were wounded inside the club, and one while crossing the street.",
     [(6, Outcome.WOUNDED, Victims.TOTAL), (1, Outcome.WOUNDED, Victims.TOTAL)]),
    ("Two men were killed and one is in critical condition.",
     [(2, Outcome.KILLED, Victims.TOTAL), (1, Outcome.WOUNDED, Victims.TOTAL)]),
    # ... not "one of them" (who one of the two was: a part of them, no one more)
    ("Two men were killed and one of them was a teacher.",
     [(2, Outcome.KILLED, Victims.TOTAL), (1, Outcome.KILLED, Victims.CIVILIANS)]),
])
def test_shooters_apart_pairs_ages_and_one_more(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_a_rank_after_a_list_of_the_dead_is_one_more_hurt(gazetteer):
    rep, _ = report(gazetteer, "A man killed his parents and two neighbours before fleeing. A fifth person was "
                               "wounded but survived.")
    assert (rep.killed_best, rep.wounded[1]) == (4, 1)


@pytest.mark.parametrize("text, killed, wounded", [
    # a rank after the people of its own sentence is one more of them ...
    ("Three people were wounded outside the club and a fourth person was shot in the alley behind it.", None, 4),
    # ... unless they are the parts of a toll said before
    ("Five people were shot in two related shootings in Dayton. Four people were shot in the first shooting, "
     "and a fifth was shot in the second.", None, 5),
    # the count of a clause before a verb with its own object takes nothing from that verb
    ("After holding his two children hostage for nearly 20 hours, a man shot and wounded a deputy before killing "
     "the children.", None, 1),
])
def test_ranks_within_a_sentence_and_a_verb_with_its_own_object(gazetteer, text, killed, wounded):
    rep, _ = report(gazetteer, text)
    assert (rep.killed_best, rep.wounded[1]) == (killed, wounded)


def test_a_running_total_by_its_many_attacks_and_its_echo(gazetteer):
    # undated: "killed in Israeli attacks since <day>" is many events' figure, and a headline
    # saying the same figure again is that running total too
    text = ("Death toll in Gaza rises to 31,200\n\n"
            "An air strike on a house in Rafah killed nine people on Sunday, medics said.\n\n"
            "The health ministry says at least 31,200 people have been killed and 72,000 wounded in Israeli "
            "attacks since October 7.")
    corpus = read_corpus([parse_article(text.encode(), "t.txt")], gazetteer)
    assert all(c.cumulative for c in corpus.claims if c.best in (31_200, 72_000))
    assert sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities) == 9


def test_a_toll_of_an_unnamed_nearby_place_is_another_event(gazetteer):
    # "a day after a strike on a nearby village killed seven": beside the town's five, not a version
    text = ("An air strike on the town of Khiam killed five people on Wednesday, the health ministry said, a day "
            "after a strike on a nearby village killed seven members of a civil defence team.")
    rep, _ = report(gazetteer, text)
    assert rep.killed_best == 12
    # ... and a named place's toll said twice is still one
    rep, _ = report(gazetteer, "An air strike on Khiam killed five people. The strike on Khiam killed five, medics said.")
    assert rep.killed_best == 5


def test_each_clauses_opening_place_and_no_agent_by_one_of_them(gazetteer):
    # "In Odesa, two people died ..., and in the Dnipropetrovsk region two more were killed": each
    # toll at the place opening its clause (a kind noun may stand between)
    corpus = read(gazetteer, "In Odesa, two people died in a drone strike on the port, and in the Dnipropetrovsk "
                             "region two more were killed, officials said.")
    assert sorted((c.best, c.place_name) for c in corpus.claims if c.is_toll) == [(2, "Dnipropetrovsk"), (2, "Odesa")]
    # "an ambush on one of them killed 37": the one is what was ambushed, not a dead person
    assert killed_and_wounded("Last year an ambush on one of the convoys and one of them killed 37 people.") == [
        (37, Outcome.KILLED, Victims.TOTAL)]


@pytest.mark.parametrize("sentence, expected", [
    # armies' and governments' words for a toll
    ("Troops neutralised 12 terrorists and rescued 30 abducted villagers in the forest.",
     [(12, Outcome.KILLED, Victims.PERPETRATORS)]),
    ("Soldiers eliminated four militants during a raid on their hideout.", [(4, Outcome.KILLED, Victims.FIGHTERS)]),
    ("The ambush on the convoy cost the lives of eleven soldiers.", [(11, Outcome.KILLED, Victims.SECURITY_FORCES)]),
])
def test_communique_words_for_a_toll(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_parts_of_a_toll_around_places_each_near_its_place(gazetteer):
    # "five in the countryside of X and three on the outskirts of Y, and two between Z and W": each
    # count at its own place, around it (ACLED geo-precision 2), never one region of all four
    corpus = read(gazetteer, "Shelling killed five people in the countryside of Idlib and three on the outskirts of "
                             "Aleppo, and two between Homs and Hama.")
    got = sorted((c.best, c.place_name, acled_geo_precision(c.precision)) for c in corpus.claims if c.is_toll)
    assert got == [(2, "Hama + Homs", 2), (3, "Aleppo", 2), (5, "Idlib", 2)]


def test_a_figure_under_its_label(gazetteer):
    # casualty tables and updates: "Killed: 6", "Injured: 87" (no label, no toll: "The score was: 3 to 1")
    rep, _ = report(gazetteer, "Casualty update: strikes on Hodeidah\n\nStrikes hit the port city of Hodeidah on Sunday.\n"
                               "Killed: 6\nInjured: 87\nSource: local health office")
    assert (rep.killed_best, rep.wounded[1]) == (6, 87)
    assert killed_and_wounded("Dead: 12, injured: 30.") == [(12, Outcome.KILLED, Victims.TOTAL), (30, Outcome.WOUNDED, Victims.TOTAL)]
    assert killed_and_wounded("The score was: 3 to 1.") == []


def test_a_toll_said_nationwide_is_the_countrys(gazetteer):
    # the paragraph's towns are not where "nationwide" hurt people were; a sentence naming its own
    # places keeps them
    corpus = read(gazetteer, "Police opened fire on protesters in Lagos and Abuja on Tuesday, killing at least nine "
                             "people. More than 200 people were injured nationwide, doctors said.")
    hurt = next(c for c in corpus.claims if c.best == 200)
    assert (hurt.place_kind, hurt.country) == (PlaceKind.COUNTRY, "NG")


@pytest.mark.parametrize("sentence, expected", [
    # the killer last of the ones killed is the perpetrator's own death, kept apart
    ("The gunman killed three neighbours and then himself.",
     [(3, Outcome.KILLED, Victims.CIVILIANS), (1, Outcome.KILLED, Victims.PERPETRATORS)]),
    ("He killed three people and wounded himself.", [(3, Outcome.KILLED, Victims.TOTAL)]),
])
def test_the_killer_last_of_those_killed(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_members_take_their_side_from_their_own_phrase():
    # "the U.S. military said" after a comma is who said it, not whose crew died
    assert killed_and_wounded("A missile struck a cargo ship, killing three crew members and injuring four others, "
                              "the U.S. military said.") == [(3, Outcome.KILLED, Victims.TOTAL), (4, Outcome.WOUNDED, Victims.TOTAL)]
    assert killed_and_wounded("Two members of the security forces were killed, officials said.") == [
        (2, Outcome.KILLED, Victims.SECURITY_FORCES)]


def test_the_dead_included_is_a_part_of_the_toll(gazetteer):
    # "the dead included two children": two of the toll, civilians, no new deaths beside it
    text = ("Clashes between rival militias killed at least 30 people in Zawiya on Monday. A monitoring group said "
            "the dead included two children.")
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 30
    [kids] = [c for c in corpus.claims if c.best == 2]
    assert kids.victims == Victims.CIVILIANS and kids.part_of


def test_a_toll_said_before_an_armed_groups_claim_is_not_the_groups(gazetteer):
    # one sentence, two sources: the local figure, then the group's own boast, then the note's count
    rep, corpus = report(gazetteer, "On 3 October 2029, militants of Katiba Toro ambushed an army patrol near Menaka. "
                                    "According to hospital sources, 6 soldiers were killed, while Katiba Toro claimed "
                                    "to have killed 35. 6 fatalities.")
    by = {(c.best, c.reported_by) for c in corpus.claims if c.outcome == Outcome.KILLED}
    assert (6, "hospital sources") in by and (35, "Katiba Toro") in by
    assert rep.killed == (6, 6, 35)


def test_a_toll_without_a_day_takes_the_day_told_just_before(gazetteer):
    # the paragraph opens with a month only; each blast's hurt are of the day told before them
    _, corpus = report(gazetteer, "A gang set off two parcel bombs in Leeds in March 2027. The first went off on 4 March "
                                  "in Leeds city centre. Twenty-one people were injured. The second, on 11 March, hit a "
                                  "market in Leeds and injured 9.", date="2027-03-20")
    assert {c.best: c.date_start for c in corpus.claims if c.outcome == Outcome.WOUNDED} == {
        21: "2027-03-04", 9: "2027-03-11"}


def test_two_sources_set_against_each_other_keep_their_own_figures(gazetteer):
    _, corpus = report(gazetteer, "According to the provincial health office, 14 people were killed in the landslide "
                                  "near Baguio, but the interior ministry said 9 bodies had been found.")
    assert {(c.best, c.reported_by) for c in corpus.claims if c.outcome == Outcome.KILLED} == {
        (14, "provincial health office"), (9, "interior ministry")}


@pytest.mark.parametrize("text, victims", [
    # the dead the attackers killed, in the active voice, are their victims
    ("Gunmen raided a village near Tillaberi on Monday and killed 9 members of a village militia.", Victims.FIGHTERS),
    ("Militants attacked Ouallam on Monday. The group said it had killed 25 members of the militia.", Victims.FIGHTERS),
    # ... but the dead of the state's forces' killing are the attackers
    ("Militants attacked Ouallam on Monday. Soldiers killed 14 militants in the fighting.", Victims.PERPETRATORS),
    ("Militants attacked Ouallam on Monday. Fourteen militants were killed.", Victims.PERPETRATORS),
])
def test_the_dead_the_attackers_killed_are_not_the_attackers(gazetteer, text, victims):
    _, corpus = report(gazetteer, text)
    assert [c.victims for c in corpus.claims if c.outcome == Outcome.KILLED] == [victims]


def test_a_town_a_distance_is_measured_from_is_not_the_storys_town(gazetteer):
    # the story's town is unknown to the gazetteer; the landmark town near it is not where it happened
    rep, _ = report(gazetteer, "Gunmen killed 31 people in the village of Zorgho-Nabdogo on Sunday, residents said.\n"
                               "Zorgho-Nabdogo lies about 30 km from Koudougou.")
    assert rep.killed[1] == 31 and rep.name != "Koudougou"


def test_whom_a_source_told_relays_its_figure(gazetteer):
    _, corpus = report(gazetteer, "Villagers told the BBC that 8 people died in the strike on Kani.")
    c = next(c for c in corpus.claims if c.outcome == Outcome.KILLED)
    assert (c.reported_by, c.relayed_by) == ("Villagers", "BBC")


def test_a_second_speaker_the_text_does_not_name_as_a_source_is_not_the_first(gazetteer):
    _, corpus = report(gazetteer, "A police source put the toll at 30, while a committee of the victims' families "
                                  "said 85 people had died in the raid on Koumbri.")
    assert {(c.best, c.reported_by) for c in corpus.claims if c.outcome == Outcome.KILLED} == {
        (30, "police source"), (85, "")}


@pytest.mark.parametrize("sentence, expected", [
    ("Officials said one gunman blew himself up at the gate, while three others were shot dead by police.",
     [(1, Outcome.KILLED, Victims.PERPETRATORS), (3, Outcome.KILLED, Victims.PERPETRATORS)]),
    ("The bomber died and four others were killed.",
     [(1, Outcome.KILLED, Victims.PERPETRATORS), (4, Outcome.KILLED, Victims.TOTAL)]),
])
def test_others_the_forces_killed_after_the_attackers_are_attackers(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_the_next_line_about_a_thing_the_lead_introduced_places_its_toll(gazetteer):
    # "a minibus" in the lead, "The minibus" in the next line: its place is the lead toll's
    rep, _ = report(gazetteer, "Gunmen fired on a minibus carrying traders in Nigeria's Plateau state on Friday, "
                               "killing 11 people, police said.\nThe minibus was ambushed near a market in Bokkos.")
    assert (rep.killed[1], rep.name) == (11, "Bokkos")


def test_the_dead_told_one_by_one_after_their_toll_are_its_parts(gazetteer):
    rep, corpus = report(gazetteer, "Two people were killed and four were hurt in a shooting at a park in Memphis on "
                                    "Saturday, police said.\nA 16-year-old girl was pronounced dead at the scene, and a "
                                    "24-year-old man died at a hospital.")
    assert rep.killed == (2, 2, 2)  # (the man alone is no smaller version of the toll: low 1)
    assert sum(1 for c in corpus.claims if c.part_of) == 2


@pytest.mark.parametrize("sentence, expected", [
    # South Asian reporting
    ("Two ultras were gunned down in an encounter near Sopore.", [(2, Outcome.KILLED, Victims.FIGHTERS)]),
    ("Three soldiers embraced martyrdom in the exchange of fire.", [(3, Outcome.KILLED, Victims.SECURITY_FORCES)]),
    ("Four villagers were burnt alive when the mob set fire to the house.", [(4, Outcome.KILLED, Victims.CIVILIANS)]),
])
def test_regional_words_for_the_dead(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_an_armed_groups_own_figure_is_never_counted_above_the_others_toll(gazetteer):
    # two outlets on one bombing; the group's boast of a category is shown, not counted
    corpus = read(gazetteer,
                  "A suicide bomber killed at least 9 people at a bus station in Kismayo on Monday, police said.",
                  "The toll from Monday's bombing at a bus station in Kismayo rose to 14, a hospital official said. "
                  "Al Shabaab claimed the attack, saying it had killed 60 soldiers.")
    loc = next(loc for loc in build_map(corpus, gazetteer).localities if loc.name == "Kismayo")
    assert loc.killed() == 14


def test_a_toll_is_placed_by_the_locative_word_of_its_clause_that_leads_to_a_place(gazetteer):
    _, corpus = report(gazetteer, "More than 60 people have been killed in raids across Burkina Faso since the start "
                                  "of the month, including a dozen in last week's attack near Djibo, a rights group said.")
    c = next(c for c in corpus.claims if c.outcome == Outcome.KILLED)
    assert (c.place_kind, c.country) == (PlaceKind.COUNTRY, "BF")


def test_a_part_of_a_toll_by_place_keeps_the_whole_where_its_sentence_puts_it(gazetteer):
    # "including 9 in Maiduguri" is a part of the state's toll, not where the whole toll was
    rep, corpus = report(gazetteer, "Floods killed 27 people in Borno state this week, including 9 in Maiduguri, "
                                    "emergency officials said.")
    assert (rep.killed[1], rep.name) == (27, "Borno")
    assert [(c.best, c.place_name) for c in corpus.claims if c.part_of] == [(9, "Maiduguri")]


@pytest.mark.parametrize("sentence, expected", [
    ("A man stabbed two shopkeepers in the market, killing one and injuring the other.",
     [(1, Outcome.WOUNDED, Victims.CIVILIANS), (1, Outcome.KILLED, Victims.TOTAL)]),
    ("Gunmen shot six farmers, killing two and wounding the rest.",
     [(4, Outcome.WOUNDED, Victims.CIVILIANS), (2, Outcome.KILLED, Victims.TOTAL)]),
])
def test_the_dead_among_those_hit_leave_the_other_hurt(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Nine explosives experts were executed by the militants.", [(9, Outcome.KILLED, Victims.TOTAL)]),
    ("The blast killed one of its occupants.", [(1, Outcome.KILLED, Victims.TOTAL)]),
    ("Two mourners and a U.K. aid worker were killed.",
     [(2, Outcome.KILLED, Victims.CIVILIANS), (1, Outcome.KILLED, Victims.TOTAL)]),
    ("Six bus drivers were wounded.", [(6, Outcome.WOUNDED, Victims.TOTAL)]),
    ("Six buses were torched and two drivers were wounded.", [(2, Outcome.WOUNDED, Victims.TOTAL)]),
])
def test_more_people_by_what_they_were(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a bare count whose verb comes after an aside of its parts
    ("Nineteen, including four policemen, were killed in the blast.",
     [(19, Outcome.KILLED, Victims.TOTAL), (4, Outcome.KILLED, Victims.SECURITY_FORCES)]),
    ("One guard died and 11, among them two cooks, were hurt.",
     [(1, Outcome.KILLED, Victims.SECURITY_FORCES), (11, Outcome.WOUNDED, Victims.TOTAL),
      (2, Outcome.WOUNDED, Victims.CIVILIANS)]),
])
def test_a_bare_count_takes_its_verb_past_an_aside_of_its_parts(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("One man died and two were found with gunshot injuries outside the club.",
     [(1, Outcome.KILLED, Victims.TOTAL), (2, Outcome.WOUNDED, Victims.TOTAL)]),
    ("Three teenagers arrived at a hospital with gunshot wounds.", [(3, Outcome.WOUNDED, Victims.TOTAL)]),
    ("Two men were found with gunshot wounds and died at the scene.", [(2, Outcome.KILLED, Victims.TOTAL)]),
    ("Four people were hurt and two died.", [(4, Outcome.WOUNDED, Victims.TOTAL), (2, Outcome.KILLED, Victims.TOTAL)]),
])
def test_found_with_wounds_and_died_of_them(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_people_discovered_hurt_are_hurt():
    assert killed_and_wounded("One woman and two teenagers were discovered wounded in a parked car.") == [
        (3, Outcome.WOUNDED, Victims.CIVILIANS)]
    assert killed_and_wounded("One adult and two juveniles were discovered wounded in a parked car.") == [
        (1, Outcome.WOUNDED, Victims.TOTAL), (2, Outcome.WOUNDED, Victims.CIVILIANS)]


@pytest.mark.parametrize("sentence, expected", [
    # a definite person and one more joined to them, both of the verb before
    ("The blast caused the death of the driver and a passenger.",
     [(1, Outcome.KILLED, Victims.TOTAL), (1, Outcome.KILLED, Victims.CIVILIANS)]),
    ("The raiders also wounded the farmer's son and a neighbour.",
     [(1, Outcome.WOUNDED, Victims.CIVILIANS), (1, Outcome.WOUNDED, Victims.CIVILIANS)]),
])
def test_a_definite_person_and_one_more(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_a_tally_of_a_stated_long_period_is_context(gazetteer):
    rep, corpus = report(gazetteer, "Between 1 January 2029 and 30 June 2029, at least 1,240 people were killed in Darfur, "
                                    "the UN said. On Monday, shelling killed 14 people in El Geneina.", date="2029-07-04")
    assert {c.best: c.cumulative for c in corpus.claims if c.outcome == Outcome.KILLED} == {1240: True, 14: False}


def test_a_corrected_figure_is_superseded(gazetteer):
    rep, _ = report(gazetteer, "A ferry capsized on Lake Kivu on Sunday, killing 21 passengers, police said.\n"
                               "Correction: An earlier version of this story said 26 people died.", date="2029-07-04")
    assert rep.killed[1] == 21


def test_a_toll_of_an_earlier_years_event_in_a_relative_clause_is_context(gazetteer):
    rep, _ = report(gazetteer, "A court in Nairobi on Tuesday convicted two men over the 2013 Westgate mall attack, "
                               "which killed 67 people.", date="2029-07-04")
    assert rep.killed is None or rep.killed[1] == 0


def test_a_toll_with_no_place_of_its_own_takes_the_storys_one_region(gazetteer):
    rep, _ = report(gazetteer, "Fighting in Darfur: update\nOn Sunday, according to the Ministry of Health in Khartoum, "
                               "31 civilians were killed and 54 injured.")
    assert (rep.killed[1], rep.name) == (31, "Darfur")


def test_a_part_placed_in_its_own_clause_leaves_the_whole_where_the_story_put_it(gazetteer):
    rep, corpus = report(gazetteer, "Clashes spread across Kenya this week. On Tuesday alone, at least 40 people died, "
                                    "including 11 police officers in Kisumu, officials said.")
    assert (rep.killed[1], rep.name) == (40, "Kenya")
    assert [(c.best, c.place_name) for c in corpus.claims if c.part_of] == [(11, "Kisumu")]


def test_a_part_placed_where_nothing_before_says_where_shares_the_wholes_place(gazetteer):
    # an event note's one sentence: its place is of all three, the boy's and the others'
    rep, corpus = report(gazetteer, "On 9 June 2031, unidentified gunmen killed 3 civilians including a boy in Maarrat "
                                    "al-Nu'man, Idlib countryside. 3 fatalities.")
    assert (rep.killed[1], rep.name, rep.country) == (3, "Ma‘arrat an Nu‘mān", "SY")
    localities = build_map(corpus, gazetteer).localities
    assert [(loc.name, loc.killed()) for loc in localities if loc.killed()] == [("Ma‘arrat an Nu‘mān", 3)]


def test_a_far_landmark_or_a_town_told_before_is_not_where_an_unknown_place_is(gazetteer):
    # "160 km west of Kirkuk" measures from Kirkuk: the village is unknown, in Iraq, never Kirkuk
    rep, corpus = report(gazetteer, "A roadside bomb hit a minibus in the village of Umm Sadiq, 160 km (100 miles) west "
                                    "of Kirkuk, killing six passengers, police said.")
    assert (rep.killed_best, rep.country, rep.name) == (6, "IQ", "Iraq")
    assert [(loc.place_kind, loc.country, loc.killed()) for loc in build_map(corpus, gazetteer).localities] == [
        (PlaceKind.UNLOCATED, "IQ", 6)]
    # a town named in the sentence before does not hold a place of another name either
    _, corpus = report(gazetteer, "Gunmen ambushed a convoy in Tikrit, killing four soldiers. A bomb killed three "
                                  "shepherds in Khirbat Sulaiq.")
    assert sorted((loc.name, loc.killed()) for loc in build_map(corpus, gazetteer).localities) == [
        ("(no place named)", 3), ("Tikrīt", 4)]


@pytest.mark.parametrize("text", [
    "Gunmen ambushed a minibus carrying traders from Maiduguri on Tuesday, killing five of them, police said.",
    "A ferry that had set sail from the Tanzanian port city, Mwanza capsized on Sunday, killing five people.",
])
def test_where_a_bus_or_a_boat_set_out_from_is_not_where_it_was_hit(gazetteer, text):
    # the origin alone named: the toll is the country's, no town's (nor the article's place)
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 5 and rep.place_kind in (PlaceKind.COUNTRY, PlaceKind.UNLOCATED)
    assert all(c.place_kind in (PlaceKind.COUNTRY, PlaceKind.UNLOCATED) for c in corpus.claims if c.is_toll)


def test_a_toll_in_one_town_and_other_towns_is_the_countrys(gazetteer):
    rep, _ = report(gazetteer, "Security forces shot dead at least 17 protesters in Kampala and several other towns "
                               "on Thursday, a rights group said.")
    assert (rep.killed[1], rep.name) == (17, "Uganda")


@pytest.mark.parametrize("sentence, expected", [
    # a rank alone, its noun left out, after the people counted: one more
    ("The man shot dead two of his neighbours and wounded the third before fleeing.",
     [(2, Outcome.KILLED, Victims.CIVILIANS), (1, Outcome.WOUNDED, Victims.TOTAL)]),
    ("Two guards were killed; the third was wounded.",
     [(2, Outcome.KILLED, Victims.SECURITY_FORCES), (1, Outcome.WOUNDED, Victims.TOTAL)]),
])
def test_the_rank_alone_is_one_more(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_a_named_wars_running_total_is_context(gazetteer):
    rep, _ = report(gazetteer, "A drone strike on a market in El Fasher killed 12 people on Tuesday, medics said. "
                               "The ministry said the overall death toll in the Sudan war had reached 15,000.")
    assert rep.killed == (12, 12, 12)


def test_two_people_told_with_their_ages_after_their_toll_are_its_parts(gazetteer):
    rep, _ = report(gazetteer, "Two people were killed and three others were hurt in a shooting at a party in Dayton "
                               "early Saturday. A 31-year-old man and a 27-year-old woman were pronounced dead at the scene.")
    assert (rep.killed, rep.wounded) == ((2, 2, 2), (3, 3, 3))
    rep, _ = report(gazetteer, "A 31-year-old man and a 27-year-old woman were shot dead outside a store in Dayton.")
    assert rep.killed == (2, 2, 2)


def test_a_journeys_ends_in_the_next_line_are_not_where_it_crashed(gazetteer):
    rep, _ = report(gazetteer, "At least 18 people died when a minibus plunged into a river in Kenya's Kericho County "
                               "on Sunday, police said. The minibus, which was travelling from the town of Kericho to the "
                               "city of Nakuru, veered off a bridge near a small village.")
    assert (rep.killed[1], rep.name, rep.place_kind, rep.country) == (18, "Kericho", "admin1", "KE")


def test_a_second_figure_by_place_after_a_direction_word_is_its_own(gazetteer):
    corpus = read(gazetteer, "Shelling killed at least five people in the eastern Donetsk region and two in the "
                             "southern city of Kherson on Monday, officials said.")
    got = sorted((c.best, c.place_kind, c.place_name) for c in corpus.claims if c.is_toll)
    assert got == [(2, PlaceKind.LOCALITY, "Kherson"), (5, PlaceKind.ADMIN1, "Donetsk")]


def test_a_rank_at_a_place_of_its_own_is_one_more_there(gazetteer):
    rep, corpus = report(gazetteer, "Two guided bombs hit a market in Kharkiv on Sunday, killing four people and injuring 19. "
                                    "A fifth person was killed in the village of Lyptsi to the north.")
    assert rep.killed == (5, 5, 5)
    assert [(c.best, c.place_name) for c in corpus.claims if c.is_toll and c.sentence.startswith("A fifth")] == [(1, "Lyptsi")]
    # ... and a rank with no place of its own is the toll in all ("A fifth person died in hospital")
    rep, _ = report(gazetteer, "Two guided bombs hit a market in Kharkiv on Sunday, killing four people and injuring 19. "
                               "A fifth person died in hospital on Monday.")
    assert rep.killed[1] == 5


def test_a_groups_claim_with_an_aside_is_still_its_own_claim(gazetteer):
    rep, _ = report(gazetteer, "At least six soldiers were killed when militants attacked an army post near Gao on "
                               "Friday, a military source said. JNIM, in a statement on its propaganda channel, "
                               "claimed it had killed 30 soldiers.")
    assert rep.killed == (6, 6, 30)


def test_a_notes_closing_count_is_its_toll_whatever_its_parts_add_up_to(gazetteer):
    note = ("3 March 2024: On 3 March 2024, rebel fighters clashed with army troops near Kalaw town (Taunggyi, Shan-South). "
            "According to local media, 9 soldiers were killed. The army claimed to have killed 25 rebel fighters. "
            "Fatalities: 9.")
    rep, corpus = report(gazetteer, note)
    assert rep.killed[1] == 9
    shown = {c.best for c in corpus.claims if c.is_toll}
    assert {9, 25} <= shown  # (the army's figure stays a claim, shown)


def test_numbers_listed_before_one_noun_are_each_a_figure_and_parts_of_the_toll_before(gazetteer):
    assert [(t.count.best, t.outcome) for t in find_tolls("Floods killed 12, 7, 4 and 2 people in four districts.", 0)] \
        == [(12, Outcome.KILLED), (7, Outcome.KILLED), (4, Outcome.KILLED), (2, Outcome.KILLED)]
    assert find_tolls("The ages of the victims were 24, 31 and 45.", 0) == []
    rep, _ = report(gazetteer, "Gunmen killed 19 people in attacks on three villages in Sokoto state on Monday, police "
                               "said. The attackers raided the villages on motorcycles, killing 11, 5 and 3 people "
                               "respectively.")
    assert rep.killed == (19, 19, 19)


def test_a_citys_weekend_round_up_is_context_and_a_part_of_the_hurt_no_smaller_figure(gazetteer):
    rep, _ = report(gazetteer, "Two men were killed and six other people were wounded when someone opened fire at a "
                               "cookout in Detroit late Saturday, police said. Three of the wounded are in critical "
                               "condition. At least 41 people were shot, 7 of them fatally, across Detroit over the long "
                               "Labor Day weekend, according to police data.")
    assert (rep.killed, rep.wounded) == ((2, 2, 2), (6, 6, 6))
    assert [(t.count.best, t.outcome, t.breakdown) for t in find_tolls("Five of the injured were children.", 0)] \
        == [(5, Outcome.WOUNDED, True)]


def test_a_local_storys_neighborhood_is_a_part_of_its_city(gazetteer):
    # "the city's ... Side" says it happened in the city it was filed from; the quarter is a part of
    # that city (no Pullman in Washington state), and "Far" of "Far South Side" no town (Pharr, Texas)
    rep, corpus = report(gazetteer, "CHICAGO — Three women were wounded in a shooting in the West Pullman neighborhood "
                                    "on the city's Far South Side late Friday, police said.")
    assert (rep.wounded, rep.name, rep.place_kind) == ((3, 3, 3), "Chicago", "locality")
    # (the quarter the gazetteer lacks stands for the city it is a part of)
    assert {m.name for p in corpus.places for m in p.mentions} == {"Chicago"}


@pytest.mark.parametrize("text, name", [
    # police-blotter wording for a town's parts, with no "the city's": the dateline's town
    ("MILWAUKEE — A 19-year-old man was fatally shot on the North Side late Friday, police said. Officers "
     "found him in the 2900 block of North 12th Street.", "Milwaukee"),
    ("CLEVELAND — Two people were wounded in a drive-by shooting in the Brantwood Hollow neighborhood on Sunday, "
     "police said.", "Cleveland"),
    # "this northwest Oklahoma city": where it was filed, whatever words say where the city lies
    ("ENID, Okla. — Two people were killed in a shooting at a motel in this northwest Oklahoma city early "
     "Saturday, police said.", "Enid"),
    # ... which a story filed from a capital about no town of it does not say: the country
    ("WASHINGTON — Three people were killed in a shooting at a shopping centre, the FBI said on Sunday.",
     "United States"),
])
def test_a_blotters_side_block_or_neighborhood_is_in_the_datelines_town(gazetteer, text, name):
    rep, _ = report(gazetteer, text)
    assert rep.name == name


def test_the_dead_told_right_after_a_lapse_are_an_earlier_events(gazetteer):
    # "weeks after eleven people died": the earlier event's dead, context, not this killing's
    rep, corpus = report(gazetteer, "Three men were shot dead outside a shop in Tepic on Friday night, police said. "
                                    "The killing came just weeks after eleven people died in an attack on a "
                                    "nightclub in the city.")
    assert rep.killed[1] == 3
    assert [c.cumulative for c in corpus.claims if c.is_toll and c.best == 11] == [True]
    # ... a lapse of hours is the same day's story
    rep, _ = report(gazetteer, "Two hours after the blast, eleven people had died in hospital in Tepic.")
    assert rep.killed[1] == 11


def test_the_event_a_war_began_with_is_context_in_the_active_too(gazetteer):
    rep, _ = report(gazetteer, "Air strikes killed 14 people in Sennar on Monday, medics said. The war began when "
                               "fighting between the army and a paramilitary force erupted in Khartoum, killing "
                               "about 400 people in its first week.")
    assert rep.killed[1] == 14


def test_an_earlier_events_toll_of_the_same_figure_is_no_running_total(gazetteer):
    # the 2019 quake's 600 is that event's; the day's "risen to 600" is this quake's toll
    rep, _ = report(gazetteer, "The death toll from Saturday's earthquake in Kerman province has risen to 600, "
                               "officials said on Monday.\n\nThe country's deadliest quake in recent years, in "
                               "March 2019 in Fars province, killed more than 600 people.", date="2026-10-05")
    assert rep.killed[1] == 600


def test_an_earlier_figure_of_the_toll_is_a_superseded_version_where_the_toll_was(gazetteer):
    # several places in the story: "the toll" and the hurt said with it are where the lead put it
    rep, corpus = report(gazetteer, "KABUL — The death toll from Saturday's earthquake in Badghis province has risen "
                                    "to 250, a spokesman said on Monday.\n\nEarlier on Sunday, officials had put the "
                                    "toll at 90. At least 400 people were injured, the spokesman said.\n\nAid "
                                    "convoys left Herat and Mazar-i-Sharif on Monday.", date="2026-10-05")
    assert rep.killed == (90, 250, 250)
    early = next(c for c in corpus.claims if c.best == 90)
    hurt = next(c for c in corpus.claims if c.best == 400)
    assert early.revision == "superseded" and early.place_name == hurt.place_name == "Badghis"
    assert hurt.event_type == "disaster"


def test_where_a_suspect_was_caught_is_not_where_the_killing_was(gazetteer):
    rep, _ = report(gazetteer, "A 30-year-old man was charged with murder in the stabbing death of a woman on Oak "
                               "Street last week, prosecutors said. The suspect was arrested Tuesday in Toledo, Ohio, "
                               "after a brief chase.")
    assert rep.name == "United States"


def test_a_round_up_told_with_its_areas_and_its_towns_is_counted_once(gazetteer):
    # the headline's three regions and the lead's country are the sum of the towns' tolls
    rep, corpus = report(gazetteer, "Title: Strikes kill 6 in Sumy, Kharkiv and Dnipropetrovsk regions\n\nKYIV — Russian "
                                    "strikes killed six civilians across three Ukrainian regions over the past day, "
                                    "officials said on Friday.\n\nIn Sumy region, a drone hit a car near Shostka, "
                                    "killing two people. Three people were killed in a missile strike on the city of "
                                    "Kharkiv. In Dnipropetrovsk region, shelling killed a resident of Nikopol.")
    assert rep.killed[1] == 6
    m = build_map(corpus, gazetteer)
    assert sum(loc.killed() or 0 for loc in m.localities) == 6


def test_a_disasters_drowned_are_its_dead_not_an_accidents(gazetteer):
    rep, corpus = report(gazetteer, "MANILA — Floods brought by a typhoon killed at least 30 people in Leyte province, "
                                    "officials said on Tuesday.\n\nIn the town of Abuyog, 12 people drowned when a "
                                    "river burst its banks.")
    assert {c.event_type for c in corpus.claims if c.is_toll} == {"disaster"}


def test_a_storys_look_back_at_an_event_years_before_is_context(gazetteer):
    rep, corpus = report(gazetteer, "KAMPALA — Five years after gunmen attacked a bus station in Kampala, killing 23 "
                                    "travellers, survivors gathered on Monday to remember the dead. Three attackers were "
                                    "killed in the assault.", date="2024-06-03")
    assert not rep.killed or rep.killed[1] == 0
    assert all(c.cumulative for c in corpus.claims if c.is_toll)
    # ... but a new toll the story dates is its own
    rep, _ = report(gazetteer, "Five years after gunmen attacked a bus station in Kampala, killing 23 travellers, "
                               "gunmen on Sunday killed four people at a market in the city.", date="2024-06-03")
    assert rep.killed[1] == 4


def test_a_figure_before_a_second_sources_clause_is_the_firsts(gazetteer):
    corpus = read(gazetteer, "8 March 2024: On 8 March 2024, militants attacked an army post near Menaka town (Menaka, "
                             "Menaka). The army reported 4 soldiers killed while JNIM claimed 25. Fatalities: 4.")
    tolls = [c for c in corpus.claims if c.is_toll]
    assert tolls and all(c.reported_by == "army" for c in tolls)


def test_a_titles_bare_name_is_the_area_its_lead_names_with_the_same_figure(gazetteer):
    # the title's "Kano" (the city, alone) is the lead's "Kano State": one toll, the state's; beside
    # it a shooting in Kano city a week later is a toll of its own
    arts = [parse_article(t.encode(), f"k{k}.txt") for k, t in enumerate([
        "Title: Kano: 14 dead as flood sweeps through villages\nDate: 2024-09-11\n\nFourteen people have died in "
        "flooding that swept through villages in Kano State since Sunday, the state emergency agency said.",
        "Title: Gunmen kill 6 in Kano market\nDate: 2024-09-18\n\nGunmen killed six traders at a market in Kano city "
        "on Tuesday, police said."])]
    corpus = read_corpus(arts, gazetteer)
    assert {(c.best, c.place_kind) for c in corpus.claims if c.is_toll and c.best == 14} == {(14, PlaceKind.ADMIN1)}
    data = build_map(corpus, gazetteer)
    assert sorted((loc.place_kind, loc.killed()) for loc in data.localities if loc.killed()) == [
        (PlaceKind.ADMIN1, 14), (PlaceKind.LOCALITY, 6)]


def test_a_floods_dead_and_a_shootings_at_one_place_are_two_events(gazetteer):
    arts = [parse_article(t.encode(), f"n{k}.txt") for k, t in enumerate([
        "Title: Floods kill nine in Maiduguri\nDate: 2024-09-11\n\nFloods have killed nine people in Maiduguri, "
        "emergency officials said.",
        "Title: Gunmen kill six in Maiduguri\nDate: 2024-09-12\n\nGunmen killed six people in Maiduguri, police said.",
        "Title: Floods kill 30 across Borno\nDate: 2024-09-12\n\nFloods have killed 30 people across Borno State this "
        "week, the state emergency agency said."])]
    data = build_map(read_corpus(arts, gazetteer), gazetteer)
    # the town's nine are inside the state's 30 (one flood); its six shot dead are beside both
    assert sum(loc.killed() or 0 for loc in data.localities) == 36
    assert len([i for i in data.incidents if i.killed_best]) >= 2


def test_a_running_total_since_a_day_is_context_whatever_day_it_was_said(gazetteer):
    rep, corpus = report(gazetteer, "The health ministry said on Sunday that at least 41,000 people have been killed in "
                                    "Gaza since October 7.", date="2024-09-01")
    assert all(c.cumulative for c in corpus.claims if c.is_toll)
    assert not rep.killed or rep.killed[1] == 0


def test_a_titles_short_name_is_the_leads_area(gazetteer):
    arts = [parse_article(("Title: Air strikes kill 20 in Gaza\nDate: 2024-06-01\n\nAir strikes killed at least 20 "
                           "Palestinians across the Gaza Strip on Saturday, health officials said.").encode(), "g.txt")]
    corpus = read_corpus(arts, gazetteer)
    assert {c.place_name for c in corpus.claims if c.is_toll} == {"Gaza Strip"}


@pytest.mark.parametrize("sentence", [
    "On Monday the health ministry said 1,400 people had died of cholera in Sudan since the outbreak began in August.",
    "Floods have killed 41 people in Malawi since the rains began in January, officials said on Friday.",
])
def test_a_toll_since_an_outbreak_or_the_rains_began_is_context(gazetteer, sentence):
    _, corpus = report(gazetteer, sentence, date="2024-10-20")
    assert [c.cumulative for c in corpus.claims if c.is_toll] == [True]


def test_a_mob_that_lynched_people_killed_them(gazetteer):
    assert [(t.count.best, t.outcome) for t in find_tolls("A mob lynched three men accused of stealing a goat.", 0)] \
        == [(3, Outcome.KILLED)]


def test_each_event_of_a_list_is_placed_by_its_own_subject(gazetteer):
    corpus = read(gazetteer, "Two car bombs killed at least 21 people in Iraq's Diyala province on Friday, officials "
                             "said. The first bomb in Baqubah killed 13 people, and the second in Muqdadiyah killed 8.")
    got = sorted((c.best, c.place_name) for c in corpus.claims if c.is_toll and c.best in (8, 13))
    assert [b for b, _ in got] == [8, 13] and got[0][1] != got[1][1]
    assert "Baqubah" in got[1][1]


@pytest.mark.parametrize("sentence, hurt", [
    ("A grenade thrown at a bus stop in Garissa hurt 14 commuters on Monday.", 14),
    ("A bomb went off outside a bank in Peshawar, hurting nine passers-by.", 9),
])
def test_hurting_people_is_wounding_them(gazetteer, sentence, hurt):
    rep, _ = report(gazetteer, sentence)
    assert (rep.killed, rep.wounded) == (None, (hurt, hurt, hurt))


def test_a_places_earlier_event_in_a_relative_clause_is_context(gazetteer):
    rep, corpus = report(gazetteer, "Gunmen killed four farmers near Bunia on Monday, in the area where two weeks ago 17 "
                                    "villagers were massacred by militiamen.")
    assert rep.killed == (4, 4, 4)
    assert [(c.best, c.cumulative) for c in corpus.claims if c.is_toll] == [(4, False), (17, True)]


def test_one_killed_while_shooting_at_others_is_the_attacker(gazetteer):
    rep, _ = report(gazetteer, "A man was shot dead on Friday while firing at worshippers outside a church in Lyon, "
                               "police said. No one else was hurt.")
    assert rep.killed == (1, 1, 1) and rep.killed_perpetrators == 1


def test_a_toll_with_no_place_of_its_own_takes_its_clauses_place_not_the_next_tolls(gazetteer):
    _, corpus = report(gazetteer, "Monitors recorded a shelling in Kherson region that killed 7 people, and the execution "
                                  "of 4 prisoners in Sumy region.", date="2029-07-04")
    placed = sorted((c.best, c.place_name) for c in corpus.claims if c.is_toll and c.outcome == Outcome.KILLED)
    assert placed == [(4, "Sumy"), (7, "Kherson")]
    # ... but a place in another clause (who said it, where) is no toll's own
    _, corpus = report(gazetteer, "According to the police commander in Kisumu, Ann Odera, three officers were killed "
                                  "and two others in Homa Bay.", date="2029-07-04")
    assert all(c.place_name != "Kisumu" or not c.is_toll for c in corpus.claims)


def test_the_wounded_of_an_earlier_years_event_are_context_too(gazetteer):
    rep, _ = report(gazetteer, "A judge in Denver on Monday sentenced a man over the 2021 nightclub shooting that killed "
                               "five people and wounded 22 others.", date="2029-07-04")
    assert rep.killed is None or rep.killed[1] == 0
    assert not rep.wounded or rep.wounded[1] == 0


def test_a_tanker_truck_that_explodes_is_an_accident(gazetteer):
    rep, _ = report(gazetteer, "A gas tanker truck exploded on a busy street in Kampala, killing 11 people.")
    assert rep.killed[1] == 11 and rep.event_types == [EventType.ACCIDENT]


def test_the_dead_a_risen_toll_came_after_are_among_it_past_who_said_it(gazetteer):
    rep, _ = report(gazetteer, "The death toll from Friday's landslide in Kinshasa has climbed to 23, the provincial "
                               "governor's office said in a statement late on Sunday, after four injured men died in hospital.")
    assert rep.killed == (23, 23, 23)


@pytest.mark.parametrize("sentence, expected", [
    # the people who told the story are its sources, not more dead
    ("Gunmen killed nine farmers near the river on Monday, two residents told reporters.", [(9, "killed", "civilians")]),
    ("Soldiers shot dead six miners at the pit, three witnesses and a local official said.", [(6, "killed", "civilians")]),
    ("Rebels killed 14 villagers overnight, according to two residents and a nurse.", [(14, "killed", "civilians")]),
    # ... but people of the same words who died are a toll
    ("Two residents were killed and three others wounded, officials said.",
     [(2, "killed", "civilians"), (3, "wounded", "total")]),
    # how many children someone had is no count of the dead either
    ("A mother of four was killed when the shell hit her house.", [(1, "killed", "civilians")]),
    ("A father of two young children died and three others were hurt in the attack.",
     [(1, "killed", "civilians"), (3, "wounded", "total")]),
])
def test_a_count_of_the_sources_or_of_someones_children_is_no_toll(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("text, killed, wounded", [
    # "N of them" opening a sentence is a part of the hurt told before, wherever they were taken
    ("Six people were killed and 14 injured when a minibus overturned near Lodwar on Sunday. The injured were "
     "taken to Kakuma Mission Hospital. Four of them are in critical condition.", 6, 14),
    # one of them who died later is one more dead, and one fewer hurt
    ("Six people were killed and 14 injured when a minibus overturned near Lodwar on Sunday. One of them died later.",
     7, 13),
])
def test_a_part_of_the_hurt_told_after_them(gazetteer, text, killed, wounded):
    rep, _ = report(gazetteer, text)
    assert (rep.killed[1], rep.wounded[1]) == (killed, wounded)


@pytest.mark.parametrize("sentence, expected", [
    # people sentenced to death are not dead
    ("A military court on Tuesday sentenced three former guards to death over the killings.", []),
    ("Four men were sentenced to death on Thursday for the bombing.", []),
    # ... but those put to death are, and the dead of the crime they were sentenced for
    ("Two men who were condemned to death in 2011 were executed at dawn.", [(2, "killed", "total")]),
    ("The court sentenced the two men, who had killed 14 people, to death.", [(14, "killed", "total")]),
    # flown to hospital: hurt
    ("One man died and a boy was flown to hospital after the crash.", [(1, "killed", "total"), (1, "wounded", "civilians")]),
])
def test_a_death_sentence_is_no_death_and_flown_to_hospital_is_hurt(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_the_place_of_an_earlier_event_the_story_compares_with_is_not_the_storys(gazetteer):
    # the attackers' dead, in a paragraph with no place, are where the story's attack was, not in
    # the town of the earlier killing the last paragraph recalls
    text = ("Two policemen were killed when gunmen attacked a checkpoint in Sindh province late on Monday.\n"
            "Police returned fire, killing three of the attackers, a spokesman said.\n"
            "The attack came two days after three guards were shot dead in Larkana.")
    corpus = read(gazetteer, text)
    [dead] = [c for c in corpus.claims if c.is_toll and c.victims == Victims.PERPETRATORS]
    assert dead.place_name == "Sindh"
    # ... nor does a sentence of such an earlier event place the toll told just before it
    text = ("Police in Sindh province said two officers were wounded.\n"
            "Two policemen were killed when militants attacked a checkpoint on Tuesday night. The attack came a day "
            "after three guards were shot dead in Larkana.")
    [dead] = [c for c in read(gazetteer, text).claims if c.is_toll and c.outcome == Outcome.KILLED and not c.cumulative]
    assert dead.place_name == "Sindh"


@pytest.mark.parametrize("sentence, expected", [
    # a revision with a long subject between the verb and its figure, and the figure it replaces
    ("Police have revised the death toll in Friday's shooting at a bar in the east of the city down to five from six.",
     [(5, "killed", "total", "revised")]),
    ("Officials revised the death toll in the shooting down to seven from eight.",
     [(7, "killed", "total", "revised"), (8, "killed", "total", "superseded")]),
    # people thought dead and found alive are no dead
    ("A spokesman said one of the victims initially declared dead had been found alive in the rubble.", []),
    ("Two fishermen feared dead were found alive on Tuesday, but four others drowned.", [(4, "killed", "total", "")]),
])
def test_a_long_revision_and_the_dead_found_alive(sentence, expected):
    assert [(t.count.best, t.outcome, t.victims, t.revision) for t in find_tolls(sentence, 0, [])
            if t.outcome in ("killed", "wounded")] == expected



def test_another_sources_toll_of_the_same_attack_is_where_the_attack_was(gazetteer):
    text = ("At least nine villagers were killed on Monday night in an attack by gunmen on a village in Djugu "
            "territory, Ituri province, local officials said.\n\n"
            "Residents said several houses were burned. Similar raids have hit villages in Beni territory, North Kivu, "
            "this year.\n\n"
            "An army spokesman confirmed the attack but gave a toll of six dead.")
    claims = read(gazetteer, text).claims
    [nine] = [c for c in claims if c.is_toll and c.best == 9]
    [six] = [c for c in claims if c.is_toll and c.best == 6]
    assert nine.place_kind != PlaceKind.COUNTRY and six.place_id == nine.place_id


@pytest.mark.parametrize("text, killed", [
    # another event of the same day and town, opened as such: more dead, not another figure for the first
    ("Two traders were shot dead at a market in Zaria on Friday. In a separate incident, four people were killed "
     "at a checkpoint in Zaria on Friday.", 6),
    ("Gunmen killed three farmers near Katsina on Monday. In another attack, two herders were killed near Katsina.", 5),
    ("A bomb killed two soldiers in Gao on Sunday. Separately, three civilians were killed in Gao by a mine.", 5),
    # ... also on a road between the town and another, a region that holds the town: beside its toll,
    # never held by it
    ("Shelling killed 17 people in Kadugli on Tuesday, medics said.\n\nSeparately, gunmen ambushed a bus on the "
     "road between Dilling and Kadugli late on Monday, killing three passengers.", 20),
    # ... or earlier or later that day: another event, in the province around the town too
    ("A rocket hit a market in the town of Jablah on Sunday, killing four people, including a child. Earlier in "
     "the day, drones struck army posts in Latakia province, killing three soldiers.", 7),
    # ... but not a figure for the first said earlier that day
    ("A rocket hit a market in the town of Jablah on Sunday, killing four people. Earlier that day, officials had "
     "put the toll at two.", 4),
])
def test_a_separate_incident_is_more_dead(gazetteer, text, killed):
    rep, _ = report(gazetteer, text)
    assert rep.killed_best == killed



@pytest.mark.parametrize("sentence, expected", [
    # who go with someone are counted with them
    ("A local councillor and his aide were shot dead outside their office.", [(1, "killed", "civilians"), (1, "killed", "total")]),
    ("A judge and her bodyguard were killed in the ambush.", [(1, "killed", "civilians"), (1, "killed", "total")]),
])
def test_an_aide_or_a_bodyguard_is_one_more(sentence, expected):
    assert killed_and_wounded(sentence) == expected






def test_a_rocket_that_struck_with_no_one_hurt_is_an_attack_where_it_struck(gazetteer):
    text = ("A rocket fired from Lebanon struck an empty warehouse in the northern town of Kiryat Shmona on Sunday, "
            "causing damage but no casualties, police said. Sirens also sounded in Metula.")
    events = [c for c in read(gazetteer, text).claims if not c.is_toll]
    assert [(c.event_type, c.place_name) for c in events][0] == (EventType.ATTACK, "Qiryat Shmona")


@pytest.mark.parametrize("text, killed, wounded", [
    # a list that opens with a definite person goes on with a count: three dead
    ("A roadside bomb hit a minibus near Kidal on Monday, killing the driver and four passengers.", 5, 0),
    # a note's closing count holds every dead the note listed (the driver is none beside them)
    ("On 4 May 2026, an IED exploded under a truck near Menaka, killing a driver and 2 traders. 3 fatalities.", 3, 0),
    # a group's claim in a note is its own figure; the note's closing count is the note's own
    ("On 6 May 2026, militants ambushed an army convoy near Tessit. At least 7 soldiers were killed. "
     "The militants claimed 25 killed. 7 fatalities.", 7, 0),
    # "another" after people of another outcome is another person: one hurt, as the title says
    ("Two shot, one fatally, outside a bar in Dayton\n\nOne man was killed and another wounded in a shooting "
     "outside a bar in Dayton on Sunday, police said.", 1, 1),
    # a ceiling beside a figure of the same source is the incident's high, not its figure
    ("On 2 June 2026, rebels attacked a camp near Bunia, killing at least 22 people. Some residents say up to "
     "35 died. 22 fatalities.", 22, 0),
    # ... and of another source, said after the toll's own words: at most, not how many
    ("Gunmen killed at least 17 people in attacks on two villages in Plateau state, officials said, with some "
     "residents putting the toll as high as 25.", 17, 0),
    # ... but "up to" after a rising toll is where it went
    ("A car bomb killed 30 people at a market in Hilla on Monday. Four of the wounded died overnight, bringing "
     "the death toll up to thirty-four.", 34, 0),
    # a note's closing count after the attackers' dead alone is theirs
    ("On 5 May 2026, soldiers raided a camp near Menaka and killed 4 gunmen in an exchange of fire. One soldier "
     "was injured. 4 fatalities.", 4, 1),
    # a lone toll before a running total's clause is the day's own
    ("Two teachers were shot dead in Narino department on Monday, the human rights office said, bringing the "
     "number of teachers killed this year to 41.", 2, 0),
])
def test_lists_closing_counts_and_claims_of_notes(gazetteer, text, killed, wounded):
    rep, _ = report(gazetteer, text)
    assert (rep.killed_best, rep.wounded[1] if rep.wounded else 0) == (killed, wounded)


@pytest.mark.parametrize("sentence, expected", [
    ("Police fired tear gas to disperse the crowd on Tuesday, arresting at least 30 people, a spokesperson said.",
     [(30, "arrested")]),
    ("Soldiers raided the village at dawn, detaining 12 young men.", [(12, "arrested")]),
])
def test_arresting_and_detaining_are_arrests(sentence, expected):
    assert [(t.count.best, t.outcome) for t in find_tolls(sentence, 0, [])] == expected


@pytest.mark.parametrize("text, killed, kind, date", [
    # a title and its lead tell one event of one kind: an explosion at a fireworks warehouse is an
    # accident in the lead as in the title, not an accident and an attack
    ("Blast at fireworks warehouse kills 5 in Guanajuato\n\n"
     "Five people were killed when an explosion tore through an illegal fireworks warehouse in Celaya on "
     "Saturday, civil protection officials said.", 5, EventType.ACCIDENT, None),
    # ... a boat that sinks in the title is the lead's capsized boat
    ("Up to 30 feared dead as boat sinks off Tunisia\n\n"
     "Up to 30 migrants are feared to have drowned after their boat capsized off the coast of Sfax, "
     "the coast guard said.", 30, None, None),
    # ... and a fire in a hospital treating an epidemic's patients is an accident, not the epidemic
    ("Fire at Kabul hospital cholera ward kills 12\n\n"
     "At least 12 people were killed when a fire tore through a hospital in Kabul that was treating "
     "cholera patients, officials said.", 12, EventType.ACCIDENT, None),
    # lightning strikes are no air strikes, and a yearly rate is context
    ("Lightning strikes killed nine farmers in several districts on Sunday, officials said. "
     "Lightning kills about 250 people in the country every year, according to the disaster agency.",
     9, EventType.DISASTER, None),
    # "3 dead, including gunman": two victims and the gunman, not three victims and him
    ("3 dead, including gunman, in Regina shooting\n\n"
     "Two people were killed in a shooting at a house in Regina on Sunday before the suspected gunman "
     "took his own life, police said.", 3, None, None),
    # "as toll passes 30,000" is the war's running total rounded, context, not 30,000 new dead
    ("Strikes kill 25 in Khartoum as death toll passes 30,000\n\n"
     "Air strikes on markets in Khartoum killed at least 25 people on Monday, medics said, bringing the number "
     "of people killed since the war began to 30,460.", 25, None, "2026-03-02"),
    # an armed group's statement that it carried out the attack gives its own figure: a version,
    # not counted above the officials' 12
    ("A car bomb killed at least 12 people at an army base in Baidoa on Sunday, officials said. Al-Shabaab said "
     "in a statement on its radio station that it had carried out the attack and that it had killed 40 soldiers.",
     12, None, None),
])
def test_one_event_told_twice_is_counted_once(gazetteer, text, killed, kind, date):
    rep, corpus = report(gazetteer, text, date=date or "2024-05-04")
    assert rep.killed_best == killed
    if kind is not None:
        assert {c.event_type for c in corpus.claims if c.is_toll} == {kind}


@pytest.mark.parametrize("sentence, expected", [
    # the whole a part of which died, with no outcome of its own: hurt when its noun says so ...
    ("The clinic said it had admitted 12 patients, two of whom were brought in dead.",
     [(10, "wounded", "civilians"), (2, "killed", "total")]),
    # ... else no toll ("Eleven people, five of them children, were killed" stays a toll with an aside)
    ("The ferry was carrying 60 passengers, nine of whom died.", [(9, "killed", "total")]),
    # money is no count, whatever its currency
    ("The governor promised Rs 5 lakh to each bereaved family and Rs. 20,000 to each of the injured.", []),
    ("The county offered KSh 50,000 to the families of the dead.", []),
    # "of them" are the people named before: the raiders, not people of no side
    ("Troops ambushed the raiders as they withdrew, killing 14 of them, the army said.", [(14, "killed", "perpetrators")]),
    ("Militants stormed a post held by pro-government militia fighters, killing nine of them.",
     [(9, "killed", "security forces")]),
    # a live update's shorthand toll, and a breakdown right after a count is not the count's noun
    ("Toll now 19 including six police officers.", [(19, "killed", "total"), (6, "killed", "security forces")]),
    ("The death toll stands at 31 including 12 children.", [(31, "killed", "total"), (12, "killed", "civilians")]),
    # hurt, then moved: hurt
    ("A policeman was injured and evacuated by helicopter.", [(1, "wounded", "security forces")]),
    # a vague amount only feared is no count
    ("Several casualties feared after the blast.", []),
    # crowds by what they came for, with an aside before their verb
    ("At least 15 congregants, most of them elderly, were crushed to death.", [(15, "killed", "civilians")]),
    # "eliminated" says killed of armed people only
    ("Seven attackers were eliminated during the counter-assault, the army said.", [(7, "killed", "perpetrators")]),
    ("Three candidates were eliminated in the first round of voting.", []),
    # what a side lost, in people: its dead (not "lost 300 jobs")
    ("The rebels also lost about 25 fighters in the assault, the governor said.", [(25, "killed", "fighters")]),
    ("The mill lost 300 jobs after the attack.", []),
    # a kin list whose later item has a word between its count and its noun; treated in hospital: hurt
    ("A father and his three little daughters were killed when the shell struck.", [(4, "killed", "civilians")]),
    ("At least 85 people have been treated in hospital, the health office said.", [(85, "wounded", "total")]),
    ("A motorcyclist, 27, died after the blast.", [(1, "killed", "civilians")]),
])
def test_wholes_of_parts_money_and_the_people_them_refers_to(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("text", [
    # a story that looks back: its toll of long ago is no death of today ...
    ("Remembering the Gorom-Gorom market attack\n\nWhen gunmen stormed the market in Gorom-Gorom in March 2019, "
     "traders ran for the dunes. Officials later said 38 bodies were recovered.\n\nThe market reopened this week."),
    # ... nor one dated by "five years ago", beside a weekday that names a market
    ("Five years ago this week, gunmen stormed the Friday market in Gorom-Gorom, killing 20 traders."),
])
def test_a_toll_of_long_ago_in_a_story_that_looks_back_is_context(gazetteer, text):
    rep, corpus = report(gazetteer, text)
    assert [c.cumulative for c in corpus.claims if c.is_toll] == [True]  # (the toll is read, as context ...)
    assert not rep.killed_best  # (... and counted nowhere)


def test_a_bus_of_mine_workers_is_an_accident_and_firefighters_are_no_fight(gazetteer):
    text = ("A bus carrying mine workers plunged into a ravine in Junin region on Tuesday, killing 14 people. "
            "Firefighters from Huancayo reached the site after several hours.")
    assert {c.event_type for c in read(gazetteer, text).claims} == {EventType.ACCIDENT}


def test_a_town_in_its_province_and_a_toll_credited_to_a_source_elsewhere(gazetteer):
    # "X, in Y province": the town (a second-order area holds its towns); the source's town is
    # where the figure was said, not where the dead were
    text = ("Gunmen attack market in northern Burkina Faso\n\n"
            "Gunmen attacked the market in Gorom-Gorom, in Oudalan province, early on Sunday, residents said.\n\n"
            "At least 12 people were killed, according to a security source in Dori.")
    [toll] = [c for c in read(gazetteer, text).claims if c.is_toll]
    assert toll.place_name == "Gorom-Gorom"


def test_the_town_whose_police_speak_is_the_storys(gazetteer):
    text = ("Shooting at Ohio college\n\n"
            "Police at Sinclair College in Dayton say a gunman opened fire near the library.\n\n"
            "Three people have died, police said at a news conference.")
    rep, _ = report(gazetteer, text)
    assert (rep.killed_best, rep.name) == (3, "Dayton")


@pytest.mark.parametrize("sentence, expected", [
    # an office holder opening a sentence by the place of the office, with their own verb: one dead
    ("The mayor of Tixtla, a town east of the state capital, was shot dead on Friday, officials said.",
     [(1, "killed", "civilians")]),
    ("HERAT (Reuters) - The police chief of Shindand district was killed by a roadside bomb on Monday.",
     [(1, "killed", "security forces")]),
    # ... and a definite one elsewhere, one person the claims step keeps only where the story has not
    # counted them before (test_one_person_by_the_is_counted_only_where_the_story_has_not_named_them)
    ("Officials said the mayor was killed on his way home.", [(1, "killed", "civilians")]),
    # a breakdown in brackets takes the outcome of the toll before it, not of the next one
    ("Toll: 11 dead (including 2 attackers), 35 injured",
     [(11, "killed", "total"), (2, "killed", "perpetrators"), (35, "wounded", "total")]),
])
def test_an_office_holder_by_place_and_a_breakdown_in_brackets(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_where_reinforcements_came_from_is_not_where_the_attack_was(gazetteer):
    text = ("Nine soldiers were killed when jihadists attacked an army post near Ayorou on Sunday. Fifteen attackers "
            "were killed in the counter-attack, the ministry said, and reinforcements were sent from Filingue.")
    assert {c.place_name for c in read(gazetteer, text).claims if c.is_toll} == {"Ayorou"}


def test_a_figure_of_no_place_is_not_moved_to_another_storys_town_months_apart(gazetteer):
    # a March story's undated "four bodies" is no July shooting's: the July figure of no place
    # (its neighbourhood is unknown) stays the country's, not the only US town with such a toll
    march = ("A man shot his wife and her parents dead at their home in Modesto on Sunday before killing himself, "
             "police said.\n\nOfficers found the four bodies after a neighbour called for help.")
    july = "Shooting in the United States\n\nOn Saturday night, a man was shot dead in Little Havanna Heights, police said."
    arts = [parse_article(f"date {d}\n{t}".encode(), f"t{k}.txt") for k, (d, t) in
            enumerate([("2026-03-23", march), ("2026-07-06", july)])]
    corpus = read_corpus(arts, gazetteer)
    july_toll = next(i for i in reconcile(corpus.claims, gazetteer)
                     if any(c.article_id == arts[1].id for c in i.claims))
    assert july_toll.place_kind == "country"
    assert not any(c.article_id == arts[0].id for c in july_toll.claims)


def test_low_best_and_high_stay_in_order_where_a_total_holds_the_attackers(gazetteer):
    # a title's three victims and the lead's two, a total of four bodies, the gunman apart: the
    # low is no higher than the best
    text = ("Police: man kills 3 relatives, then himself\n\nA man fatally shot his estranged wife, her mother and "
            "her 12-year-old son at a home in Fresno on Sunday before turning the gun on himself, police said.\n\n"
            "Officers found the four bodies after a neighbour called 911.")
    [loc] = build_map(read(gazetteer, text), gazetteer).localities
    low, best, high = (loc.counted["killed"][k] for k in ("low", "best", "high"))
    assert low <= best <= high and best == 4


def test_a_total_told_before_the_attackers_dead_does_not_hold_them(gazetteer):
    # 7 dead (two of them soldiers), then 5 attackers: twelve, though 2 + 5 is the 7
    text = ("Gunmen stormed a hotel in Mogadishu on Friday. Seven people, including a diplomat and two soldiers, "
            "were killed, the security minister said.\n\nFive attackers were eliminated, he said.")
    rep, _ = report(gazetteer, text)
    assert rep.killed_best == 12


def test_the_attackers_dead_that_are_the_rest_of_a_clashs_toll_are_in_it(gazetteer):
    # a clash's eight dead, five of them police: the three attackers are the rest, not three more
    text = ("Eight people, including five police officers, were killed in a clash between police and bandits "
            "near Gusau on Sunday after the gunmen opened fire on a patrol. Three of the attackers were killed, "
            "police said.")
    rep, _ = report(gazetteer, text)
    assert (rep.killed_best, rep.killed_perpetrators) == (8, 3)
    # ... not an attack's, nor attackers said to have died too
    rep, _ = report(gazetteer, text.replace("in a clash between police and bandits near Gusau",
                                            "when bandits attacked a checkpoint near Gusau"))
    assert rep.killed_best == 11
    rep, _ = report(gazetteer, text.replace("Three of the attackers were killed", "Three attackers were also killed"))
    assert rep.killed_best == 11


def test_parts_with_the_attackers_that_add_up_to_a_toll_told_before_are_in_it(gazetteer):
    # 19 = 15 + 4: the raiders' dead are among the 19, not four more beside them
    text = ("Clashes over grazing land in Mali's Mopti region left 19 people dead on Thursday, a local official said. "
            "Armed men on motorbikes raided the village of Ogossagou, killing 15 residents, and four of the raiders "
            "were killed when hunters fought back.")
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 19
    assert rep.killed_perpetrators == 4


def test_a_notes_range_of_a_part_keeps_the_places_range_within_what_was_said(gazetteer):
    # a range of the civilians and the note's count: 8 to 10 dead, never 11
    text = ("On 3 March 2025, armed men attacked Gwoza (Gwoza, Borno) and killed between 6 and 9 civilians. "
            "Fatalities: 7.")
    rep, _ = report(gazetteer, text, date="2025-04-01")
    assert rep.killed == (7, 7, 9)


def test_the_dead_counted_again_with_the_where_they_were_found_are_there(gazetteer):
    # the two told first in the county, then found in a barn near a town of it: two dead, at the town
    text = ("A man fatally stabbed his two neighbours at a farm in Yamhill County on Sunday before fleeing, the "
            "sheriff said. Deputies found the two bodies in a barn near McMinnville.")
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 2 and rep.name == "McMinnville"


def test_a_ranked_one_of_a_kind_named_before_is_one_more(gazetteer):
    # "a fourth policeman": three policemen were killed before, so one more policeman, wounded
    text = ("Three policemen and two robbers were killed in a shootout at a bank in Kumasi on Monday, police said. "
            "A fourth policeman was wounded and taken to hospital.")
    rep, _ = report(gazetteer, text)
    assert rep.killed_best == 5 and rep.wounded == (1, 1, 1)


def test_a_plural_amount_before_its_verb_is_a_count_of_people(gazetteer):
    text = ("At least 18 people died and scores were injured when a ferry capsized on Lake Kivu near Goma on "
            "Thursday, officials said.")
    rep, _ = report(gazetteer, text)
    assert rep.killed_best == 18
    assert rep.wounded is not None and rep.wounded[0] >= 20


def test_people_who_came_through_unhurt_are_not_the_hurt(gazetteer):
    text = ("A bomb hidden in a minibus killed six people at a market in Gao on Friday. 23 were wounded in the blast, "
            "though two other passengers – a trader and her son – survived the explosion.")
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 6 and rep.wounded == (23, 23, 23)
    assert [c.best for c in corpus.claims if c.outcome == Outcome.WOUNDED] == [23]


def test_a_community_head_is_a_person_and_the_head_of_the_body_is_not(gazetteer):
    text = ("Bandits killed a ward head and his three brothers in a night raid on a hamlet near Gusau in Zamfara "
            "State, residents said. A fifth man was kidnapped.")
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 4
    assert [c.best for c in corpus.claims if c.outcome == Outcome.ARRESTED][:1] == [1]
    assert not [t for t in find_tolls("A trader was shot in the head near the market.", 0) if t.outcome == Outcome.KILLED]


def test_a_day_inside_a_periods_toll_is_that_days_news(gazetteer):
    # the season's 52 are context; the 9 of Sunday night are news (counted, never lost inside the 52)
    text = ("Landslides and floods in Uganda have killed 52 people since the rains began in April, including nine "
            "in Mbale on Sunday night, the Red Cross said.")
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 9
    nine = next(c for c in corpus.claims if c.best == 9)
    assert not nine.cumulative and nine.part_of is None
    assert next(c for c in corpus.claims if c.best == 52).cumulative


def test_a_like_event_of_the_past_is_context_and_of_the_next_day_news(gazetteer):
    past = ("A car bomb killed 11 people at a cattle market in Baidoa on Saturday, officials said. Last month, a "
            "similar bombing at the same market killed 23 traders.")
    rep, corpus = report(gazetteer, past)
    assert rep.killed_best == 11
    assert next(c for c in corpus.claims if c.best == 23).cumulative
    later = ("A car bomb killed 11 people at a cattle market in Baidoa on Saturday. The next day a similar bombing "
             "hit a checkpoint in Afgoye, killing four soldiers.")
    rep, _ = report(gazetteer, later)
    assert rep.killed_best == 15


def test_more_bodies_the_toll_rose_after_are_in_it(gazetteer):
    text = ("The death toll from the collapse of a five-storey building in Lagos rose to 23 on Friday after "
            "emergency workers pulled three more bodies from the rubble, officials said.")
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 23
    three = next(c for c in corpus.claims if c.best == 3)
    assert three.part_of is not None and not three.additional


def test_one_named_among_the_dead_is_dead_however_they_died(gazetteer):
    text = ("Gunfire between rival gangs killed nine people in Port-au-Prince on Monday, police said. Among the "
            "dead was a popular radio host, Jean Dorval, who was shot outside his studio.")
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 9 and rep.wounded is None
    host = next(c for c in corpus.claims if "Dorval" in c.count_text)
    assert host.outcome == Outcome.KILLED and host.part_of is not None


def test_a_part_by_place_inside_its_tolls_area_is_that_places_figure_counted_once(gazetteer):
    text = ("Shelling and drone strikes killed 31 civilians across Khartoum state on Saturday, including 12 in "
            "Omdurman, a doctors' group said.")
    data = build_map(read(gazetteer, text), gazetteer)
    killed = {loc.name: loc.counted["killed"]["best"] for loc in data.localities}
    assert killed["Omdurman"] == 12 and sum(killed.values()) == 31
    # a part at a place outside its toll's own place stays a part: never counted twice
    text = ("Russian missiles killed 10 people in Kharkiv on Monday, including three in Chuhuiv, the governor said.")
    data = build_map(read(gazetteer, text), gazetteer)
    assert sum(loc.counted["killed"]["best"] for loc in data.localities) == 10


def test_a_part_told_by_its_one_strike_is_placed_where_the_strike_was(gazetteer):
    text = ("Air strikes killed at least 27 people across Idlib province on Tuesday, including 11 in a single "
            "strike on a market in Maarat al-Numan, rescuers said.")
    data = build_map(read(gazetteer, text), gazetteer)
    killed = {loc.name: loc.counted["killed"]["best"] for loc in data.localities}
    assert sum(killed.values()) == 27
    assert any(v == 11 for k, v in killed.items() if "Idlib" not in k), killed


def test_a_list_of_people_by_commas_is_each_of_them_at_the_place_its_owner_names(gazetteer):
    # "Plateau's Bokkos district": Bokkos, a district of Plateau State, for everyone listed
    text = "Gunmen killed a teacher, a nurse and two farmers in Plateau's Bokkos district on Sunday, police said."
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 4
    assert {c.place_name for c in corpus.claims if c.is_toll} == {"Bokkos"}
    # ... but an aside is who the one was, not one more: "a man, a trader, ..."
    assert [t.count.best for t in find_tolls("Gunmen killed a man, a trader, near the market in Bokkos.", 0)] == [1]


def test_a_part_said_of_them_after_a_comma_is_among_them(gazetteer):
    text = "Eleven pilgrims, six of them women, were killed when their bus was hit by a bomb near Karbala."
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 11
    six = next(c for c in corpus.claims if c.best == 6)
    assert six.part_of is not None


def test_a_roundup_puts_each_toll_at_its_own_place(gazetteer):
    # a possessive's owner only says where ("In Karachi's Lyari district": no region of the two);
    # a place later in a toll's own clause is its ("... near their patrol in Quetta, and ...")
    text = ("Attacks across Pakistan kill 12\n\nISLAMABAD — Attacks across Pakistan killed 12 people on Monday, "
            "officials said. In Karachi's Lyari district, a bomb killed five worshippers. Three soldiers died when "
            "a roadside bomb went off near their patrol in Quetta, and another four people were killed in separate "
            "attacks in Peshawar.")
    data = build_map(read(gazetteer, text), gazetteer)
    killed = {loc.name: loc.counted["killed"]["best"] for loc in data.localities if loc.counted["killed"]["best"]}
    assert sum(killed.values()) == 12
    assert not any("+" in name for name in killed), killed
    assert killed.get("Quetta") == 3 and killed.get("Peshawar") == 4, killed


def test_a_fronted_possessive_is_the_owned_place_not_a_region_of_both(gazetteer):
    text = "In Baghdad's Sadr City district, a sticky bomb attached to a minibus killed three passengers on Tuesday."
    [c] = [c for c in read(gazetteer, text).claims if c.is_toll]
    assert c.place_name == "Sadr City" and c.place_kind == PlaceKind.LOCALITY


def test_a_titles_toll_is_of_its_storys_kind_and_day(gazetteer):
    # the title's "blast" restates the lead's fire toll: an accident of the lead's day, never a
    # source of the next week's clash in the same city
    fire = ("Toll from Kano market blast climbs to 19\n\nThe death toll from Tuesday's explosion at a gas depot "
            "in Kano's Sabon Gari market rose to 19 on Thursday after three of the injured died, officials said.")
    clash = "Two killed in Kano clash\n\nKANO — Two people were killed in a clash between rival gangs in Kano on Monday, police said."
    arts = [parse_article(f"date {d}\n{t}".encode(), f"t{k}.txt") for k, (d, t) in
            enumerate([("2025-03-06", fire), ("2025-03-17", clash)])]
    incidents = reconcile(read_corpus(arts, gazetteer).claims, gazetteer)
    two = next(i for i in incidents if i.outcome == Outcome.KILLED and i.reported_best == 2)
    assert {c.article_id for c in two.claims} == {arts[1].id}
    fire_claims = read_corpus(arts[:1], gazetteer).claims
    title = next(c for c in fire_claims if c.best == 19 and c.sentence_start < 45)
    assert title.event_type != EventType.ATTACK and title.date_start == "2025-03-04"
    # "Kano's Sabon Gari market": a part of Kano, never a town elsewhere read into it
    assert {c.place_name for c in fire_claims if c.is_toll} == {"Kano"}


def test_an_events_rank_in_apposition_is_no_periods_toll(gazetteer):
    text = ("The ambush, the ninth this year on the Gao road, left four soldiers dead near Ansongo on Sunday, "
            "the army said.")
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 4
    assert not any(c.cumulative for c in corpus.claims if c.is_toll)


def test_one_of_a_kind_dying_later_is_one_of_those_of_that_kind_hurt(gazetteer):
    text = ("Four policemen were wounded when gunmen attacked a checkpoint near Sopore. Two gunmen were also killed "
            "in the exchange of fire. A policeman later succumbed to his injuries, officials said.")
    rep, _ = report(gazetteer, text)
    assert rep.wounded == (3, 3, 3)


def test_a_like_event_hours_later_adds_its_tolls(gazetteer):
    text = ("A roadside bomb wounded three people near a bakery in Mosul on Monday. Hours later another roadside "
            "bomb exploded near a school in Mosul, killing two people and wounding five others.")
    rep, _ = report(gazetteer, text)
    assert rep.killed_best == 2 and rep.wounded == (8, 8, 8)


def test_a_titles_toll_is_of_the_leads_people(gazetteer):
    # the title's "Four dead" are the lead's four gunmen: four dead, not eight
    text = ("Four dead in Tamaulipas gunfight\n\nREYNOSA — Four suspected cartel gunmen died and a soldier was wounded "
            "in a gunfight with troops on the outskirts of Reynosa, the Defence Ministry said.")
    rep, _ = report(gazetteer, text)
    assert rep.killed_best == 4 and rep.killed_perpetrators == 4


@pytest.mark.parametrize("sentence, expected", [
    # the head of "two other people" is "people": the wife and the two are hurt
    ("A trader was stabbed to death and his brother and two other customers were wounded in Kano.",
     [("killed", 1), ("wounded", 1), ("wounded", 2)]),
    # "another" before what they suffered: one more, hurt
    ("Three shepherds were killed and another suffered burns when a mine exploded near Rafah.",
     [("killed", 3), ("wounded", 1)]),
    # people by their age in the plural are people
    ("Gunfire outside a skating rink wounded three adults and two sixteen-year-olds in Dayton.",
     [("wounded", 3), ("wounded", 2)]),
    ("Two 14-year-olds were shot dead near a bus stop in Toledo.", [("killed", 2)]),
    # a definite one joined to the one before is hurt the same way ("... and the driver")
    ("A gunman fired into a taxi, wounding a passenger and the driver.", [("wounded", 1), ("wounded", 1)]),
    # ... but not the subject of the next clause
    ("A gunman fired into a taxi, wounding a passenger, and the driver called police.", [("wounded", 1)]),
    # one of those shot dying of their injuries is one of them
    ("A dispute at a car wash led to five people being shot, and one victim dying from their injuries.",
     [("wounded", 4), ("killed", 1)]),
    # who they were, between commas or in a long "of" phrase, before what happened to them
    ("A watchman, who had been guarding the depot for a decade, was wounded when the raiders arrived.",
     [("wounded", 1)]),
    ("A sergeant of the Rapid Action Battalion (RAB) of the Bangladesh Police was injured in the blast.",
     [("wounded", 1)]),
    # a unit's name of four words before the person noun
    ("A Central Industrial Security Force jawan was injured when a mine exploded.", [("wounded", 1)]),
    # the one who did it, after "by", is no one hurt
    ("A passer-by who was not targeted by the gunman was also struck by gunfire.", [("wounded", 1)]),
    # a list and a clause are never one person's modifiers
    ("A man killed two of his brothers and wounded the third before killing himself.",
     [("killed", 2), ("wounded", 1), ("killed", 1)]),
    # people who work beside troops: "an interpreter" is one more dead
    ("Three marines and an interpreter were killed when their vehicle hit a mine near Menaka.", [("killed", 3), ("killed", 1)]),
])
def test_new_forms_of_one_sentence_are_counted_with_their_outcome(sentence, expected):
    assert [(str(t.outcome), t.count.best) for t in find_tolls(sentence, 0)] == expected


def test_a_bare_count_at_another_place_after_and_is_more_of_the_same(gazetteer):
    # "and 19 in Kandahar": the verb left out, the same kind at another place, beside the first
    text = "A provincial official said 31 people had drowned in Helmand and 19 in neighbouring Kandahar province."
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 50
    assert sorted((c.best, c.place_name) for c in corpus.claims if c.is_toll) == [(19, "Kandahar"), (31, "Helmand")]
    # ... not a month, a year or a count of things
    for other in ("A provincial official said 31 people had drowned in Helmand and 19 in March.",
                  "A provincial official said 31 people had drowned in Helmand and 19 in 2023.",
                  "A provincial official said 31 people had drowned in Helmand and 19 in The Hague talks."):
        assert [c.best for c in read(gazetteer, other).claims if c.is_toll] == [31]


def test_a_bare_count_at_another_place_after_a_part_is_a_part_too(gazetteer):
    # "and six in a mosque in Mosul": the verb left out after a part, another part, at its place
    text = ("Air strikes killed at least 20 people across Nineveh province on Friday, including nine people in a "
            "market in Tal Afar and six in a mosque in Mosul, officials said.")
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 20
    whole = next(c for c in corpus.claims if c.is_toll and c.best == 20)
    assert sorted((c.best, c.place_name, c.part_of == whole.claim_id) for c in corpus.claims
                  if c.is_toll and c.best in (6, 9)) == [(6, "Mosul", True), (9, "Tall ‘Afar", True)]


def test_each_toll_of_a_sentence_takes_its_own_clauses_place(gazetteer):
    # the first told as the participle of the clause that names its place, the second with its own
    text = ("Gunmen attacked a checkpoint in Bannu district on Sunday, killing three policemen, and in another "
            "attack in Tank district shot dead two soldiers, officials said.")
    _, corpus = report(gazetteer, text)
    assert sorted((c.best, c.place_name) for c in corpus.claims if c.is_toll and c.outcome == Outcome.KILLED) == \
        [(2, "Tank"), (3, "Bannu")]


def test_a_town_inside_the_area_named_before_it_is_the_place(gazetteer):
    # "in X province near Y": Y, the province's town, says more than the province
    text = "On 9 June 2024, gunmen attacked a police post in Yagha province near Sebba (Sahel). 4 police officers were killed."
    rep, _ = report(gazetteer, text)
    assert rep.killed_best == 4 and rep.name == "Sebba"


def test_what_the_counted_dead_bore_is_no_hurt(gazetteer):
    # the dead found with gunshot wounds are the dead, not a count of wounded
    text = ("Soldiers found the bodies of nine men in a ravine outside Celaya on Monday. Four of the victims had "
            "gunshot wounds and two of the bodies showed signs of torture, the prosecutor said.")
    rep, _ = report(gazetteer, text)
    assert rep.killed_best == 9 and rep.wounded is None
    # ... while those of the victims taken to hospital are hurt
    assert killed_and_wounded("Two of the victims suffered gunshot wounds and were taken to hospital.") == \
        [(2, "wounded", "total")]


def test_a_part_told_by_where_they_were_is_that_places_and_the_whole_keeps_its_own(gazetteer):
    text = ("Air strikes across the Gaza Strip killed at least 30 people on Saturday, including 12 who were "
            "queuing for bread outside a bakery in Khan Yunis, medics said.")
    corpus = read(gazetteer, text)
    data = build_map(corpus, gazetteer)
    by_name = {loc.name: loc.killed() for loc in data.localities if loc.killed()}
    assert by_name == {"Gaza Strip": 18, "Khān Yūnis": 12}


def test_last_weekends_figure_after_the_storys_own_is_a_comparison(gazetteer):
    text = ("Two men were shot dead outside a bar in Dayton early Sunday, police said. A woman was wounded in the "
            "same shooting. Last weekend, 11 people were shot in the city, three fatally.")
    rep, corpus = report(gazetteer, text, date="2024-06-10")
    assert rep.killed_best == 2 and rep.wounded == (1, 1, 1)
    assert all(c.cumulative for c in corpus.claims if c.is_toll and c.sentence.startswith("Last weekend"))
    # ... but a story that opens on last week's event tells it as news
    rep, _ = report(gazetteer, "Last weekend, gunmen killed three villagers near Kajuru, police said.", date="2024-06-12")
    assert rep.killed_best == 3



def test_a_titles_toll_over_a_leads_period_tally_takes_that_period(gazetteer):
    text = ("18 shot, 3 fatally, in weekend violence across Baltimore\n\nBALTIMORE — At least 18 people were shot, "
            "three of them fatally, in shootings across Baltimore over the weekend, police said.")
    _, corpus = report(gazetteer, text, date="2024-06-10")
    tolls_ = [c for c in corpus.claims if c.is_toll]
    first = min(c.sentence_start for c in tolls_)
    title = [c for c in tolls_ if c.sentence_start == first]
    assert title and title[0].sentence.startswith("18 shot")
    assert {(c.date_start, c.date_end) for c in title} == {("2024-06-08", "2024-06-09")}


def test_a_side_word_before_people_says_whose_dead_they_are():
    assert killed_and_wounded("A bomb went off early at a training camp, killing 14 jihadist students.") == \
        [(14, "killed", "fighters")]
    assert killed_and_wounded("A bomb went off in a classroom, killing 14 students.") == [(14, "killed", "civilians")]


def test_a_sentence_opening_on_the_same_day_elsewhere_adds_its_dead(gazetteer):
    text = ("A roadside bomb killed four people near a market in Kirkuk on Monday. On the same day, gunmen "
            "killed two shepherds near Kirkuk, police said.")
    rep, _ = report(gazetteer, text)
    assert rep.killed_best == 6


@pytest.mark.parametrize("sentence, expected", [
    # the rescued are no toll, whatever noun the clause ends on
    ("Forty people were rescued and the search for the missing went on into the night.", []),
    ("Six fishermen had been rescued, and two were still missing.", [(2, "missing")]),
    # ... unless they were hurt
    ("Nine passengers were rescued with injuries.", [(9, "wounded")]),
])
def test_the_rescued_are_no_toll(sentence, expected):
    assert counts_and_outcomes(sentence) == expected


def test_a_month_of_its_own_before_the_storys_day_is_an_earlier_event(gazetteer):
    text = ("Gunmen killed five farmers near Djibo on Saturday, residents said. In March, 22 people were killed "
            "in an attack on a cattle market in the same province.")
    rep, corpus = report(gazetteer, text, date="2024-06-10")
    assert rep.killed_best == 5
    assert [c.best for c in corpus.claims if c.is_toll and c.cumulative] == [22]
    # ... but the story's own month opening its lead is news
    rep, _ = report(gazetteer, "In June, gunmen killed five farmers near Djibo, residents said.", date="2024-06-10")
    assert rep.killed_best == 5


def test_whose_strike_it_was_is_not_where_it_fell(gazetteer):
    # a country's adjective before what it fires from afar says whose, when the story names
    # where it was filed from: the Gaza town, not Israel; the Ukrainian capital, not Russia
    rep, _ = report(gazetteer, "KHAN YOUNIS (Reuters) - An Israeli air strike killed nine people on a crowded "
                               "street on Friday, medics said.")
    assert rep.killed_best == 9 and rep.country == "PS"
    rep, _ = report(gazetteer, "KYIV (Reuters) - A Russian missile strike killed four people overnight, the "
                               "emergency service said.")
    assert rep.country == "UA"
    # ... but an army's raid is more likely its own country's than a far bureau's
    rep, _ = report(gazetteer, "WASHINGTON (Reuters) - A Nigerian army raid killed 15 insurgents on Sunday, "
                               "officials said.")
    assert rep.country == "NG"


def test_a_town_and_a_colon_before_a_story_placed_elsewhere_is_a_dateline(gazetteer):
    corpus = read(gazetteer, "Karachi: A suicide bomber blew himself up outside a police station in Quetta on Friday, "
                             "killing three policemen, officials said.")
    [c] = [c for c in corpus.claims if c.is_toll and c.victims == Victims.SECURITY_FORCES]
    assert c.place_name == "Quetta"
    # ... and stays the story's place when the story puts the event nowhere else
    corpus = read(gazetteer, "Karachi: Three men were killed when a wall collapsed during heavy rain on Friday, "
                             "rescue officials said.")
    [c] = [c for c in corpus.claims if c.is_toll]
    assert c.place_name == "Karachi"


def test_a_mines_own_explosion_is_an_accident_a_landmine_an_attack(gazetteer):
    _, corpus = report(gazetteer, "Nine workers died after a methane explosion at a coal mine in Zonguldak "
                                  "province on Monday.")
    [c] = [c for c in corpus.claims if c.outcome == Outcome.KILLED]
    assert c.event_type == EventType.ACCIDENT
    _, corpus = report(gazetteer, "A mine blast killed three soldiers on a patrol near Kidal on Monday.")
    [c] = [c for c in corpus.claims if c.outcome == Outcome.KILLED]
    assert c.event_type == EventType.ATTACK


def test_a_running_count_brought_to_at_least_a_figure_is_context(gazetteer):
    rep, corpus = report(gazetteer, "Gunmen killed three forest guards near Bunia on Monday, a local official "
                                    "said, bringing to at least 21 the number of guards killed in the province "
                                    "this month.")
    assert rep.killed_best == 3
    assert [c.best for c in corpus.claims if c.is_toll and c.cumulative] == [21]


def test_a_village_the_gazetteer_lacks_after_a_countrys_toll_is_a_part_of_it(gazetteer):
    text = ("Flash floods in northern Ghana have killed 57 people since Sunday, the disaster agency said on "
            "Wednesday. In the village of Kpalbusi-Yapala, 11 people died.")
    rep, corpus = report(gazetteer, text, date="2024-09-04")
    [part] = [c for c in corpus.claims if c.best == 11]
    assert part.place_id is None and part.country == "GH"
    # the country's toll holds the village's: 57 in all, never a lower figure of 11
    assert rep.killed == (57, 57, 57)
    assert sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities) == 57


def test_a_lists_parts_at_villages_the_gazetteer_lacks_are_parts_of_the_toll_before(gazetteer):
    text = ("Bandits killed 31 people in raids on three villages in Sokoto state on Sunday, residents said. "
            "In Gidan Bakwai, 17 people were killed, while 9 died in Tungar Sarki and 5 in Isa.")
    rep, corpus = report(gazetteer, text)
    parts = {c.best: c for c in corpus.claims if c.is_toll and c.part_of}
    assert set(parts) == {17, 9, 5}
    # each part at its own village: the unknown two unlocated in Nigeria, not at Isa
    assert parts[17].place_id is None and parts[9].place_id is None and parts[17].country == "NG"
    assert parts[5].place_name == "Isa"
    assert rep.killed == (31, 31, 31)
    assert sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities) == 31


def test_members_of_a_group_whose_backer_is_said_are_its_fighters(gazetteer):
    assert killed_and_wounded("A drone strike killed three members of the Iran-backed Houthis near Saada.") \
        == [(3, "killed", "fighters")]
    assert killed_and_wounded("Shelling killed five members of the Kurdish-led Syrian Democratic Forces.") \
        == [(5, "killed", "fighters")]


def test_the_people_a_murder_suicides_killer_shot_died_and_its_toll_holds_him(gazetteer):
    text = ("Four people were found dead at a farmhouse near Wichita on Monday in what the sheriff called a "
            "murder-suicide. Deputies believe a man shot his mother and two brothers before turning the gun on "
            "himself.")
    rep, corpus = report(gazetteer, text)
    assert rep.killed == (4, 4, 4) and rep.wounded is None
    # ... but the hurt stay hurt where the sentence says so
    text = ("Police called it an attempted murder-suicide. A man shot his wife, who survived in critical "
            "condition, before killing himself in Boise on Sunday.")
    rep, _ = report(gazetteer, text)
    assert rep.killed_best == 1 and rep.wounded is not None and rep.wounded[1] == 1


def test_a_part_in_the_commune_of_a_place_is_a_part(gazetteer):
    corpus = read(gazetteer, "Gang violence has killed more than 900 people in Haiti this year, including 31 in the "
                             "municipality of Kenscoff, the UN said.")
    parts = [c for c in corpus.claims if c.is_toll and c.part_of]
    assert [(c.best, c.place_name) for c in parts] == [(31, "Kenscoff")]


def test_one_operations_days_are_its_toll_not_a_periods(gazetteer):
    rep, corpus = report(gazetteer, "Police killed at least 19 suspected gang members during a raid in the Complexo "
                                    "do Alemão in Rio de Janeiro over the past week, the state said.")
    assert rep.killed_best == 19 and not any(c.cumulative for c in corpus.claims if c.is_toll)
    # ... while a week of strikes is a period's figure
    _, corpus = report(gazetteer, "Air strikes killed 120 people across the north of the country over the past "
                                  "week, the ministry said.")
    assert all(c.cumulative for c in corpus.claims if c.is_toll)


@pytest.mark.parametrize("sentence, expected", [
    # how many times someone was shot or stabbed is no count of people
    ("A shopkeeper was shot three times outside his store in Durban.", [(1, "wounded", "civilians")]),
    # (the teenager is one by "the": kept where the story has not counted them before)
    ("The teenager was stabbed 14 times and died at the scene.", [(1, "killed", "total")]),
    # who died "along with" the one before died too, beside them; the list after has its own verb
    ("A district judge was killed along with two other officials and four policemen were wounded in the blast.",
     [(1, "killed", "civilians"), (2, "killed", "total"), (4, "wounded", "security forces")]),
    # ... unless their own word follows them
    ("Thirty were killed along with 45 injured in the twin bombings.", [(30, "killed", "total"), (45, "wounded", "total")]),
])
def test_times_are_no_people_and_those_along_with_share_the_verb(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_those_in_addition_to_the_hurt_are_more_hurt(gazetteer):
    rep, _ = report(gazetteer, "Two soldiers were killed and five injured, in addition to 4 passers-by, when a bomb "
                               "exploded near a checkpoint in Kirkuk on Monday.")
    assert rep.killed_best == 2 and rep.wounded == (9, 9, 9)


@pytest.mark.parametrize("sentence, expected", [
    # injuries counted are the hurt, whoever they were among
    ("The ambush left one death and six injuries among the border guards.", [(1, "killed", "total"), (6, "wounded", "total")]),
    # a stabbing's people are hurt
    ("A man ran into the market, stabbing two passers-by before he was arrested.", [(2, "wounded", "civilians")]),
])
def test_injuries_and_a_stabbings_people_are_the_hurt(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_a_places_own_office_after_a_list_of_kin_keeps_the_place(gazetteer):
    # "children, Kharkiv's governor said": no child named Kharkiv; the title's town is the lead's
    text = ("Title: Drone strike on Kharkiv market kills nine\n\nA Russian drone strike on a crowded market killed "
            "nine people, including women and children, Kharkiv's regional governor said on Sunday.")
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 9 and rep.name == "Kharkiv"
    assert {c.place_name for c in corpus.claims if c.is_toll} == {"Kharkiv"}


def test_the_next_line_placing_the_event_may_add_its_hurt(gazetteer):
    # a state's toll takes the town the next sentence puts the attack in, though that sentence
    # also gives the hurt of the same attack
    text = ("Gunmen killed eight people at a cockfight in the western Mexican state of Jalisco late on Sunday, "
            "officials said. The attack took place in the municipality of Tlajomulco, the state prosecutor said, "
            "adding that three others were wounded.")
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 8 and rep.wounded == (3, 3, 3)
    assert {c.place_name for c in corpus.claims if c.is_toll} <= {"Tlajomulco de Zúñiga", "Tlajomulco"}


def test_where_the_reporter_speaks_from_is_not_where_it_happened(gazetteer):
    # the province of the speaking governor is no part of the place of a capsizing off another town
    corpus = read(gazetteer, "A boat carrying traders capsized near Bukavu on Friday, killing at least 19 people, "
                             "the governor of North Kivu province said.")
    [c] = [c for c in corpus.claims if c.is_toll]
    assert c.place_name == "Bukavu" and c.reported_by == "governor of North Kivu province"
    # ... but it is the story's place when the sentence names no other
    corpus = read(gazetteer, "Officials in Kasese said 11 people died in the floods on Friday.")
    [c] = [c for c in corpus.claims if c.is_toll]
    assert c.place_name == "Kasese"


def test_a_camp_and_its_area_in_brackets_is_the_camp(gazetteer):
    corpus = read(gazetteer, "On 12 May 2024, an airstrike hit a school in Nuseirat refugee camp (Deir al-Balah), "
                             "killing 5 people. Fatalities: 5.")
    assert {c.place_name for c in corpus.claims if c.is_toll} == {"An Nuşayrāt"}


def test_shootings_counted_are_incidents_and_he_was_pronounced_dead_where_he_was_shot(gazetteer):
    assert killed_and_wounded("Four shootings leave 3 dead in Memphis overnight") == [(3, "killed", "total")]
    text = ("A 40-year-old man was shot several times on a street corner in Baltimore late on Friday. He was "
            "pronounced dead at Sinai Hospital.")
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 1 and rep.wounded in (None, (0, 0, 0))
    assert {c.place_name for c in corpus.claims if c.is_toll and c.outcome == Outcome.KILLED} == {"Baltimore"}


def test_the_bodies_found_so_far_and_another_sources_figure(gazetteer):
    text = ("A mudslide buried a hillside village in Uganda's Bududa district on Monday and at least 60 people are "
            "believed dead, officials said. Only nine bodies had been recovered by Tuesday. Red Cross workers said "
            "that 85 people had died, while district leaders put the figure at more than 120.")
    rep, corpus = report(gazetteer, text, date="2024-05-08")
    # the nine found so far are of the 60, not a lower figure; the other sources' are its versions
    assert rep.killed == (60, 120, 120)
    assert {c.reported_by for c in corpus.claims if c.best in (85, 120)} == {"Red Cross workers", "district leaders"}
    # ... and "put the figure at" says nothing of the dead where the sentence tells none
    assert killed_and_wounded("The agency put the figure at 3,000 homes.") == []


@pytest.mark.parametrize("sentence, expected", [
    # who the dead were, as an aside after their verb, are of the dead, not of the hurt told next
    ("Nine people died, four of them women, and 14 were injured.",
     [(9, "killed", "total"), (4, "killed", "civilians"), (14, "wounded", "total")]),
    ("Twelve people were wounded in Kano, three of them policemen, and two died.",
     [(12, "wounded", "total"), (3, "wounded", "security forces"), (2, "killed", "total")]),
])
def test_an_aside_after_a_tolls_verb_is_of_that_toll(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_the_one_who_killed_past_an_aside_is_no_toll(gazetteer):
    # "the gunman, a former guard, had also killed his brother": the gunman, and the guard he was, killed
    assert killed_and_wounded("Investigators said the gunman, a former security guard, had also killed his "
                              "brother at their home.") == [(1, "killed", "civilians")]


@pytest.mark.parametrize("sentence, expected", [
    # a rank the state's forces have too is an armed group's by the group's name or kind before it
    ("A drone strike killed a senior Hezbollah field commander near Tyre.", [(1, "killed", "fighters")]),
    ("Two Taliban commanders were killed in a raid in Kunduz.", [(2, "killed", "fighters")]),
    ("Seven rebel commanders and three soldiers were killed near Goma.",
     [(7, "killed", "fighters"), (3, "killed", "security forces")]),
    # ... not the state's own, nor its allies' ("armed police", "pro-government militia")
    ("Two armed police officers were killed near Goma.", [(2, "killed", "security forces")]),
    ("A pro-government militia commander was killed near Deir ez-Zor.", [(1, "killed", "security forces")]),
])
def test_an_armed_groups_commander_is_a_fighter(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_fighters_killed_by_an_attacker_are_its_victims_not_the_attackers(gazetteer):
    corpus = read(gazetteer, "Four rebel commanders were killed by a suicide bomber of al-Shabaab near Kismayo.")
    assert tolls(corpus, Outcome.KILLED) == [(4, "killed", "fighters")]
    # ... where the attackers' own dead, killed by the state's troops, stay the attackers'
    corpus = read(gazetteer, "Al-Shabaab fighters attacked a base near Kismayo. Six militants were killed by Somali troops.")
    assert tolls(corpus, Outcome.KILLED) == [(6, "killed", "perpetrators")]


@pytest.mark.parametrize("title, expected", [
    # a headline's one person, the article and auxiliary left out, after a label's colon or not
    ("Police: Man fatally shot outside diner in Leeds", [(1, "killed", "total")]),
    ("Teen, 16, stabbed to death in Leeds park", [(1, "killed", "total")]),
    ("Woman dies after house fire in Leeds", [(1, "killed", "civilians")]),
    ("Officer injured in crash on Leeds ring road", [(1, "wounded", "security forces")]),
    # ... not one who did it to another: the other is the toll
    ("Man shot his neighbour in Leeds", [(1, "wounded", "civilians")]),
])
def test_a_headlines_one_person(title, expected):
    assert killed_and_wounded(title) == expected


def test_a_police_release_of_one_dead_and_one_hurt(gazetteer):
    text = ("Police: Man fatally shot outside diner\n\nThe Memphis Police Department is investigating a homicide that "
            "happened early Sunday. Officers responded to a shooting call at a diner on Winchester Road at about "
            "3:15 a.m. One male victim was located suffering from a gunshot wound. He was pronounced deceased at "
            "the scene. A second man was in non-critical condition.")
    rep, corpus = report(gazetteer, text, date="2024-05-06")
    # one dead (the headline's man, the victim found, who died), one hurt; the headline's "Man" no town
    # in Ivory Coast, and the street named after a Tennessee town the city's own
    assert (rep.killed, rep.wounded) == ((1, 1, 1), (1, 1, 1))
    assert (rep.name, rep.country) == ("Memphis", "US")


def test_a_days_own_figure_inside_a_toll_of_several_days(gazetteer):
    text = ("At least 410 people have died in Hyderabad over the past five days as a heatwave gripped the city, a "
            "charity said on Friday. Its morgue received 96 bodies on Wednesday alone.")
    rep, corpus = report(gazetteer, text, date="2024-06-07")
    # the day's 96 is a part of the 410, not a lower figure for them
    assert rep.killed == (410, 410, 410)


def test_a_vehicle_into_a_vehicle_is_an_accident(gazetteer):
    corpus = read(gazetteer, "Four of family killed as SUV rams into parked lorry near Nashik\n\nFour members of a "
                             "family died when their SUV rammed into a parked lorry on the highway near Nashik early on "
                             "Friday, police said.")
    assert {c.event_type for c in corpus.claims if c.is_toll} == {EventType.ACCIDENT}
    # ... a truck into a crowd is not said to be one
    corpus = read(gazetteer, "A truck rammed into a crowd at a market in Nashik, killing four people.")
    assert {c.event_type for c in corpus.claims if c.is_toll} != {EventType.ACCIDENT}


def test_the_town_a_source_speaks_from_is_not_where_the_story_said_it_happened(gazetteer):
    # the story said where (a village the gazetteer lacks); the source's town says nothing of it
    for second in ("\"Nine people were killed,\" a security source in Kaya told AFP.",
                   "\n\n\"Nine people were killed,\" the vicar general of the diocese of Kaya said."):
        rep, corpus = report(gazetteer, "Gunmen attacked worshippers on Sunday in the village of Tanwoko in "
                                        "central Burkina Faso. " + second, date="2024-05-11")
        assert rep.killed == (9, 9, 9) and rep.country == "BF" and rep.name != "Kaya", second
    # ... a story that names no other place keeps the source's town
    rep, corpus = report(gazetteer, "Nine people were killed in an attack on worshippers on Sunday, a security source "
                                    "in Kaya told AFP.", date="2024-05-11")
    assert rep.name == "Kaya"
    # ... and a town the story named before stays the toll's
    rep, corpus = report(gazetteer, "Gunmen attacked worshippers on Sunday in Kongoussi. \"Nine people were killed,\" a "
                                    "security source in Kaya told AFP.", date="2024-05-11")
    assert rep.name == "Kongoussi"


def test_a_toll_around_a_city_is_where_the_next_sentence_puts_the_event(gazetteer):
    text = ("PLANO, Texas (AP) — A gunman opened fire at a crowded Dallas-area restaurant on Friday, killing four "
            "people, police said.\n\nThe shooting happened at the Plano Town Square, about 20 miles north of Dallas.")
    rep, corpus = report(gazetteer, text, date="2024-05-11")
    assert rep.killed == (4, 4, 4) and rep.name == "Plano"
    # ... and stays around that city where nothing more is said
    rep, corpus = report(gazetteer, "A gunman opened fire at a crowded Dallas-area restaurant on Friday, killing four "
                                    "people, police said.", date="2024-05-11")
    assert rep.name == "Dallas"


def test_dead_elsewhere_in_the_area_are_more_dead(gazetteer):
    text = ("At least 20 people were killed in attacks on two markets in Borno state on Tuesday, officials said. "
            "Six soldiers and 11 insurgents were killed in clashes elsewhere in the state, the army said.")
    rep, corpus = report(gazetteer, text, date="2031-05-07")
    assert rep.killed == (37, 37, 37)


def test_a_rivers_name_yields_to_the_place_named_beside_it(gazetteer):
    rep, corpus = report(gazetteer, "A boat carrying traders capsized on the Niger River in Kebbi state on Monday, "
                                    "killing 14 people, officials said.", date="2031-05-07")
    assert rep.killed == (14, 14, 14) and rep.country == "NG" and rep.name == "Kebbi"


def test_a_days_toll_beside_a_running_total_is_that_days(gazetteer):
    # the running total's day is its own clause's: the day's dead stay news, dated by their own words
    text = ("Air strikes killed 41 people in Gaza over the past 24 hours, the health ministry said on Thursday, "
            "raising the death toll since October 7 to 28,210.")
    rep, corpus = report(gazetteer, text, date="2031-05-08")
    assert rep.killed == (41, 41, 41)
    day = next(c for c in corpus.claims if c.is_toll and c.best == 41)
    total = next(c for c in corpus.claims if c.is_toll and c.best == 28210)
    assert not day.cumulative and day.date_start == "2031-05-07" and total.cumulative
    # ... and so is a bare part told with its day inside a running total
    rep, corpus = report(gazetteer, "Air strikes have killed 28,210 people in Gaza since October 7, including 41 over "
                                    "the past 24 hours, the health ministry said.", date="2031-05-08")
    assert rep.killed == (41, 41, 41)


def test_others_after_a_when_clause_share_the_main_verb(gazetteer):
    rep, corpus = report(gazetteer, "Medics said six people were killed when a house was hit in Jabalia and four others "
                                    "in a strike on a car in Deir al-Balah.", date="2031-05-08")
    assert rep.killed == (10, 10, 10)
    assert sorted(c.best for c in corpus.claims if c.is_toll) == [4, 6]


def test_a_countrys_possessive_event_is_where_it_happened(gazetteer):
    text = ("At least 17 people were killed in Ghana's election violence on Sunday, the police said. Clashes were "
            "reported in Tamale and Kumasi.")
    rep, corpus = report(gazetteer, text, date="2031-05-08")
    assert rep.killed == (17, 17, 17) and rep.place_kind == "country" and rep.country == "GH"


def test_a_body_named_after_a_town_is_no_place_of_the_toll(gazetteer):
    text = ("Gunmen attacked the village of Um Seiyala in Sennar state on Monday, killing at least 25 people, "
            "according to the Kosti Resistance Committee. The army said 30 people were killed.")
    rep, corpus = report(gazetteer, text, date="2031-05-08")
    # (two figures for one event in the state, no region of the state and the body's town)
    assert rep.killed == (25, 30, 30) and rep.place_kind == "admin1"
    assert {c.place_kind for c in corpus.claims if c.is_toll} == {PlaceKind.ADMIN1}


def test_a_murder_suicide_told_by_state_then_by_town_is_counted_once(gazetteer):
    # the headline's state-wide three "including gunman" holds the town's two dead and its gunman;
    # the town is where the next sentence puts the suburb's shooting; "a third person" is one
    text = ("Three dead, including gunman, in Missouri office shooting\n\nST. LOUIS (AP) — A gunman killed two people "
            "at an insurance office in suburban St. Louis on Tuesday before turning the gun on himself, police said.\n\n"
            "The shooting happened at an office park in Florissant, a city of about 50,000 people north of St. Louis. "
            "A third person was wounded and taken to a hospital.")
    rep, corpus = report(gazetteer, text, date="2031-05-08")
    assert (rep.killed, rep.wounded) == ((3, 3, 3), (1, 1, 1))
    assert rep.name == "Florissant"


def test_a_regions_running_total_in_a_where_clause_leaves_the_days_toll_news(gazetteer):
    text = ("A roadside bomb killed three soldiers and wounded four others in Pattani province on Tuesday, police "
            "said, the latest attack in the region where more than 7,500 people have died since 2004.")
    rep, corpus = report(gazetteer, text, date="2031-05-08")
    assert (rep.killed, rep.wounded) == ((3, 3, 3), (4, 4, 4))
    assert [c.best for c in corpus.claims if c.is_toll and c.cumulative] == [7500]


def test_an_earlier_event_said_by_its_lapse_is_context(gazetteer):
    text = ("Gunmen killed at least 11 people in attacks on two villages in Benue state, police said on Monday, "
            "weeks after a wave of attacks in the state killed more than 150 people over Easter.")
    rep, corpus = report(gazetteer, text, date="2031-05-12")
    assert rep.killed == (11, 11, 11)


def test_a_bodys_nationality_is_no_place_of_the_story(gazetteer):
    # a village the gazetteer lacks, and a foreign firm's figure: no toll in that firm's country
    text = ("Militants killed more than 100 people in an attack on the village of Tanwokin on Saturday, the "
            "French security consultancy Veritas Risk said.")
    rep, corpus = report(gazetteer, text, date="2031-05-12")
    assert rep.killed == (100, 100, 100) and rep.country != "FR"
    assert all(c.country != "FR" for c in corpus.claims)


def test_a_large_city_holds_its_quarters_the_gazetteer_lists_as_towns(gazetteer):
    # a city's toll and the tolls of its quarters (GeoNames towns of their own) are counted once
    text = ("PHILADELPHIA — Three people were killed in shootings across the city on Saturday, police said.\n\n"
            "Two men were shot dead in the Kingsessing neighborhood, and a woman was killed in Germantown.")
    corpus = read(gazetteer, text, date="2031-05-11")
    m = build_map(corpus, gazetteer)
    assert sum(loc.killed() or 0 for loc in m.localities) == 3
    from geo.geometry import contains
    city = next(c.place_id for c in corpus.claims if c.place_name == "Philadelphia")
    quarter = next(c.place_id for c in corpus.claims if c.place_name == "Kingsessing")
    assert contains(city, quarter, gazetteer) and not contains(quarter, city, gazetteer)
    # ... nor a town of another state, however near
    rep, corpus = report(gazetteer, "Two men were shot dead in Camden, New Jersey, on Saturday.", date="2031-05-11")
    assert not contains(city, rep.place_id, gazetteer)


def test_the_hurt_who_died_raising_the_toll_are_no_longer_hurt(gazetteer):
    text = ("Three police officers were killed and 18 injured when a car bomb exploded outside a station in Kidal "
            "on Monday. By Tuesday, the death toll had risen to eight as five of the injured officers died in hospital.")
    rep, corpus = report(gazetteer, text, date="2031-05-13")
    assert (rep.killed, rep.wounded) == ((8, 8, 8), (13, 13, 13))


def test_a_vehicle_into_a_three_wheeler_or_a_motorcycle_is_an_accident(gazetteer):
    corpus = read(gazetteer, "Two dead as lorry rams tuk-tuk on coast road\n\nTwo people were killed when a speeding "
                             "lorry rammed into a tuk-tuk near Galle on Monday night, police said.")
    assert {c.event_type for c in corpus.claims if c.is_toll} == {EventType.ACCIDENT}
    corpus = read(gazetteer, "A minibus hit a motorcycle near Kisumu on Sunday, killing its two riders.")
    assert {c.event_type for c in corpus.claims if c.is_toll} == {EventType.ACCIDENT}


def test_the_one_person_hurt_who_died_in_hospital_is_dead_not_hurt(gazetteer):
    for after in ("The constable, Ravi Kumar Dhar, was rushed to a hospital, where he succumbed to his injuries.",
                  "The constable later died.",
                  "The injured constable was shifted to the district hospital in the evening, where he died."):
        rep, corpus = report(gazetteer, "Gunmen shot and critically injured a police constable in Anantnag on "
                                        "Friday, officials said. " + after, date="2024-05-11")
        assert (rep.killed, rep.wounded) == ((1, 1, 1), (0, 0, 0)), after
    # ... and two hurt are not told apart by "the man"
    rep, corpus = report(gazetteer, "A gunman shot two men outside a shop in Tulsa. The man was rushed to a hospital, "
                                    "where he died.", date="2024-05-11")
    assert rep.wounded == (2, 2, 2)


def test_a_headlines_town_and_the_leads_town_nearby_are_one_toll(gazetteer):
    text = ("Three killed, six injured as jeep falls into gorge in Himachal's Mandi\n\nShimla, Jul 9: Three "
            "people were killed and six others injured after a jeep fell into a gorge near Sundarnagar in Mandi "
            "district on Tuesday, police said.")
    rep, corpus = report(gazetteer, text, date="2024-07-10")
    assert (rep.killed, rep.wounded) == ((3, 3, 3), (6, 6, 6))


def test_where_a_boat_set_out_from_is_not_where_it_sank(gazetteer):
    text = ("At least 40 migrants drown off Tunisia\n\nAt least 40 migrants drowned after their boat capsized off the "
            "coast of Tunisia, the coast guard said on Sunday. Survivors said the boat had left Sfax with about 55 "
            "people on board.")
    rep, corpus = report(gazetteer, text, date="2024-05-06")
    assert rep.killed == (40, 40, 40)
    assert (rep.place_kind, rep.country) == (PlaceKind.COUNTRY, "TN")


def test_south_asian_copy_of_the_states_dead_and_a_named_tehsil(gazetteer):
    text = ("Terrorists attacked a police post in South Waziristan's Birmal Khel tehsil on Friday, martyring three "
            "policemen, officials said.")
    rep, corpus = report(gazetteer, text)
    assert tolls(corpus, Outcome.KILLED) == [(3, "killed", "security forces")]
    # the place is the district that holds the tehsil the gazetteer lacks, not its country alone
    assert (rep.name, rep.place_kind) == ("South Waziristan", PlaceKind.ADMIN2)


def test_an_estimate_names_no_reporter_and_an_encounter_is_a_clash(gazetteer):
    corpus = read(gazetteer, "An estimated 3,500 villagers have fled Kalaw since Monday.")
    [c] = [c for c in corpus.claims if c.is_toll]
    assert c.reported_by != "An"
    corpus = read(gazetteer, "One policeman was killed and two others were wounded in an encounter with Maoists in "
                             "Dantewada on Sunday.")
    assert {c.event_type for c in corpus.claims if c.is_toll} == {EventType.CLASH}


def test_a_count_said_to_be_among_a_toll_after_it_is_a_part(gazetteer):
    rep, corpus = report(gazetteer, "Five members of one family, including three children, were among 19 people killed in an "
                                    "air strike on a house in Khan Younis on Monday.")
    assert rep.killed == (19, 19, 19)


def test_the_number_of_dead_risen_after_some_died_holds_them(gazetteer):
    rep, corpus = report(gazetteer, "The number of dead rose to 11 after three of the injured died in hospital in Mardan.")
    assert rep.killed == (11, 11, 11)


@pytest.mark.parametrize("sentence, high", [
    # a higher figure said as a possibility after the toll is its high end, no count of its own
    ("At least 20 people, and possibly as many as 26, died when the ferry sank.", 26),
    ("At least 20 people died when the ferry sank, perhaps 26.", 26),
    # ... not another toll said beside it
    ("At least 20 people died and 26 were hurt when the ferry sank, possibly more.", 20),
])
def test_a_possible_higher_figure_is_a_tolls_high_end(sentence, high):
    [t] = [t for t in find_tolls(sentence, 0, []) if t.outcome == "killed"]
    assert (t.count.best, t.count.high) == (20, high)


@pytest.mark.parametrize("sentence, expected", [
    # private guards are civilians, one or several; guards alone are the state's
    ("Gunmen killed a nurse and a security guard at the clinic.", [(1, "killed", "civilians"), (1, "killed", "civilians")]),
    ("Two security guards were shot dead at the mine.", [(2, "killed", "civilians")]),
    ("Two guards were shot dead at the checkpoint.", [(2, "killed", "security forces")]),
])
def test_security_guards_are_civilians(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_parts_told_at_the_next_town_are_counted_with_their_toll(gazetteer):
    text = ("Five people, including three soldiers, were wounded on Sunday when a bomb went off outside a Rawalpindi "
            "market, police said. Three soldiers and two shopkeepers were wounded as they tried to defuse the device "
            "outside the market near the Islamabad expressway, he said.")
    rep, corpus = report(gazetteer, text)
    assert rep.wounded == (5, 5, 5)
    # ... and of its kind of event, whatever their own sentence's words say
    assert {c.event_type for c in corpus.claims if c.is_toll} == {EventType.ATTACK}


def test_a_notes_closing_count_is_its_own_over_another_sources_figure(gazetteer):
    text = ("On 8 February 2024, CODECO militia killed 9 civilians with machetes in Djugu town (Djugu, Ituri). "
            "Local activists reported 14 dead. Fatalities: 9.")
    rep, corpus = report(gazetteer, text, date="2024-02-20")
    # the note's count is the best, the activists' a higher version of it; the count is no one else's
    assert rep.killed == (9, 9, 14)
    assert [c.reported_by for c in corpus.claims if c.is_toll and c.count_text == "9"] != ["Local activists"]


def test_the_hurt_told_beside_their_dead_lose_none_to_a_closing_count(gazetteer):
    text = ("On 3 July 2024, police fired on protesters in Kisumu (Kisumu Central, Kisumu). 2 protesters were shot "
            "dead and 9 others injured. Fatalities: 2.")
    rep, corpus = report(gazetteer, text, date="2024-07-10")
    assert (rep.killed, rep.wounded) == ((2, 2, 2), (9, 9, 9))


@pytest.mark.parametrize("sentence", [
    # a definition's threshold is no one's death
    "The monitoring group, which defines a massacre as the killing of three or more people, counted 41 this year.",
    "Under the agency's criteria, a mass killing is one in which at least four people are killed.",
    "A mass shooting is considered to be any incident in which four or more people are shot.",
])
def test_a_definitions_threshold_is_no_toll(sentence):
    assert killed_and_wounded(sentence) == []


def test_one_person_of_a_side_named_among_the_dead_is_a_part_of_the_toll(gazetteer):
    rep, corpus = report(gazetteer, "Two men were killed and one of them was a teacher.")
    assert [c.part_of is not None for c in corpus.claims if c.victims == Victims.CIVILIANS] == [True]
    assert rep.killed == (2, 2, 2)
    rep, corpus = report(gazetteer, "At least 11 people were killed, including a police officer and a child, when "
                                    "gunmen raided a market in Kaduna on Saturday.")
    assert sorted((c.best, c.victims, bool(c.part_of)) for c in corpus.claims if c.outcome == Outcome.KILLED) == [
        (1, "civilians", True), (1, "security forces", True), (11, "total", False)]
    assert rep.killed == (11, 11, 11)


def test_suspects_killed_in_a_shootout_are_among_the_dead_of_a_raid(gazetteer):
    text = ("A police operation in a Salvador neighbourhood left 9 people dead, including an officer, on Tuesday. "
            "State police said 8 suspects died in shootouts with officers.")
    rep, corpus = report(gazetteer, text, date="2024-05-08")
    assert rep.killed == (9, 9, 9)
    # ... but the one attacker a story tells of stays kept apart from his victims
    assert killed_and_wounded("A man killed two people and wounded one before he was killed by police in a "
                              "shootout.")[:1] == [(2, "killed", "total")]


def test_a_part_told_by_others_is_no_lower_than_the_attackers_own_claim(gazetteer):
    text = ("A car bomb exploded at a checkpoint near Afgooye on Tuesday, killing six people, four of them soldiers, "
            "police said. Al-Shabaab said in a statement that it had killed 20 soldiers.")
    rep, corpus = report(gazetteer, text, date="2024-05-08")
    # the police's six, the attackers' own figure for the soldiers only its high
    assert rep.killed[:2] == (6, 6)


def test_hit_by_a_stray_bullet_is_hurt(gazetteer):
    assert killed_and_wounded("A schoolgirl was hit by a stray bullet during the gunfight.") == [
        (1, "wounded", "civilians")]


def test_an_articles_date_is_its_tolls_not_a_background_told_without_one(gazetteer):
    text = ("A shell hit a bus station in the town of Kadugli on Monday, killing 14 people, a medic said. Fighting "
            "between the army and the RSF has raged in South Kordofan since April last year.")
    rep, corpus = report(gazetteer, text, date="2024-05-08")
    assert rep.killed == (14, 14, 14)
    assert rep.date_start == "2024-05-06"


@pytest.mark.parametrize("sentence, kind", [
    # a strike by a side or on a target is an attack from afar, whoever died
    ("A Russian strike on an apartment block in Sumy killed four people.", EventType.ATTACK),
    ("An Israeli strike on a tent in Rafah killed six people, medics said.", EventType.ATTACK),
    # ... not a walkout
    ("Police shot dead two protesters during a general strike in Dhaka.", None),
])
def test_a_strike_by_a_side_or_on_a_target_is_an_attack(gazetteer, sentence, kind):
    corpus = read(gazetteer, sentence)
    kinds = {c.event_type for c in corpus.claims if c.outcome == Outcome.KILLED}
    assert kinds == {kind} if kind else EventType.ATTACK not in kinds


def test_a_live_blogs_time_is_no_part_of_the_reporter(gazetteer):
    corpus = read(gazetteer, "09:30 GMT - Syria's health ministry says a strike on a house in Idlib killed three "
                             "people.")
    assert {c.reported_by for c in corpus.claims if c.is_toll} == {"Syria's health ministry"}


def test_a_weekends_road_deaths_are_an_accident_and_hold_the_worst_crash(gazetteer):
    text = ("Long weekend road toll: 58 dead in KwaZulu-Natal\n\nFifty-eight people died on KwaZulu-Natal roads over "
            "the long weekend, the province's transport department said on Tuesday. In the worst crash, a bus overturned "
            "near Estcourt, killing nine passengers.")
    rep, corpus = report(gazetteer, text, date="2024-04-02")
    assert {c.event_type for c in corpus.claims if c.is_toll} == {EventType.ACCIDENT}
    assert rep.killed == (58, 58, 58)


def test_a_grade_or_a_year_in_a_compound_is_no_count(gazetteer):
    assert killed_and_wounded("Police said a third-year student was wounded in the attack.") == [
        (1, "wounded", "civilians")]
    corpus = read(gazetteer, "A gunman killed two people at a school in Skopje. The suspect, a ninth-grade pupil, was "
                             "arrested.")
    assert {c.best for c in corpus.claims if c.outcome == Outcome.ARRESTED} == {1}


def test_what_the_violence_has_killed_is_a_conflicts_figure(gazetteer):
    text = ("Gunmen killed three farmers in a village in Plateau state on Sunday, police said. The region has been "
            "torn by clashes since 2001. The violence has killed more than 10,000 people, according to a rights group.")
    rep, corpus = report(gazetteer, text, date="2024-05-06")
    [big] = [c for c in corpus.claims if c.best == 10_000]
    assert big.cumulative
    assert rep.killed == (3, 3, 3)


def test_a_nationwide_toll_stays_the_countrys_beside_a_province_named_after(gazetteer):
    text = ("DUBAI, May 4 (Reuters) - At least 210 people, including 20 children, have been killed by Iranian "
            "security forces in nationwide protests that began six weeks ago, the rights group Hengaw said on Saturday."
            "\n\nNine more deaths were recorded in the past week, the group said, mostly in Khuzestan province, where 40 "
            "people have been killed since the start of the protests.")
    rep, corpus = report(gazetteer, text, date="2024-05-06")
    [c] = [c for c in corpus.claims if c.best == 210]
    assert (c.place_kind, c.country) == (PlaceKind.COUNTRY, "IR")


def test_a_suburb_named_after_its_city_is_where_it_happened(gazetteer):
    corpus = read(gazetteer, "A gunman killed four people at a shopping centre in the Houston suburb of Pasadena on "
                             "Sunday, police said.")
    assert {c.place_name for c in corpus.claims if c.is_toll} == {"Pasadena"}


def test_a_quarter_the_gazetteer_lacks_on_the_citys_side_is_the_storys_city(gazetteer):
    text = ("Two men were shot dead in Chicago on Sunday, police said. Later, a 40-year-old woman was killed in "
            "Austin on the city's West Side.")
    rep, corpus = report(gazetteer, text, date="2024-05-06")
    assert {c.country for c in corpus.claims if c.is_toll} == {"US"}
    assert {c.place_name for c in corpus.claims if c.is_toll} == {"Chicago"}


def test_a_headlines_roundup_across_a_city_over_a_weekend_is_a_periods_figure(gazetteer):
    corpus = read(gazetteer, "Weekend violence: 5 killed, 20 wounded across city over holiday weekend\n\nA 19-year-old "
                             "man was shot and killed in Detroit on Saturday.")
    [title] = [c for c in corpus.claims if c.best == 5]
    assert title.cumulative


def test_ages_in_brackets_after_names_are_no_toll(gazetteer):
    assert killed_and_wounded("The bodies of the victims, identified as Ramesh Oraon (41) and Somari Devi (38), were "
                              "found near the village, police said.") == []


def test_the_bodies_recovered_so_far_are_a_part_of_the_toll(gazetteer):
    text = ("A mudslide buried a hamlet in the Cordillera region on Tuesday, with officials fearing that more than 60 "
            "people were killed. So far 12 bodies have been recovered, the provincial governor said.")
    rep, corpus = report(gazetteer, text, date="2024-05-08")
    assert rep.killed == (60, 60, 60)  # (the 12 no lower figure for them)


def test_the_reporters_own_place_and_a_town_captured_say_nothing_against_the_storys_area(gazetteer):
    text = ("GOMA (Reuters) - Rebels captured the town of Nyabiondo in North Kivu province on Monday after heavy "
            "fighting, residents said.\n\nAt least nine civilians were killed, said Esther Kahindo, a rights activist "
            "in Walikale territory.")
    rep, corpus = report(gazetteer, text, date="2024-05-08")
    [c] = [c for c in corpus.claims if c.best == 9]
    assert (c.place_name, c.place_kind) == ("Nord Kivu", PlaceKind.ADMIN1)


def test_two_reporters_joined_by_and_each_keep_their_figure(gazetteer):
    corpus = read(gazetteer, "The provincial government reported a death toll of four and residents of the village "
                             "reported eleven dead after the raid in Zamfara.")
    assert sorted((c.best, c.reported_by) for c in corpus.claims if c.outcome == Outcome.KILLED) == [
        (4, "provincial government"), (11, "residents of the village")]


def test_a_town_named_as_one_of_an_areas_places_leaves_the_toll_the_areas(gazetteer):
    corpus = read(gazetteer, "Over the past day, Russian forces shelled 30 settlements in Zaporizhzhia Oblast, including "
                             "the city of Zaporizhzhia, killing two people and injuring nine, the governor said.")
    assert {(c.place_name, c.place_kind) for c in corpus.claims if c.is_toll} == {("Zaporizhzhia", PlaceKind.ADMIN1)}


def test_an_anniversarys_dead_are_an_earlier_events(gazetteer):
    corpus = read(gazetteer, "Ten years on, Peshawar families remember the 147 dead of the school massacre")
    [c] = [c for c in corpus.claims if c.best == 147]
    assert c.cumulative


def test_the_one_killed_before_a_verb_of_the_same_clause_and_a_headlines_abduction(gazetteer):
    assert killed_and_wounded("Gunmen raided a mosque in Katsina during prayers, killing the imam and abducting 20 "
                              "worshippers.") == [(1, "killed", "civilians")]
    corpus = read(gazetteer, "Bandits abduct 20 worshippers, kill imam in Katsina mosque raid")
    assert [(c.best, c.outcome) for c in corpus.claims if c.is_toll] == [(20, Outcome.ARRESTED)]


def test_people_rescued_are_no_toll(gazetteer):
    corpus = read(gazetteer, "Navy boats rescued 120 passengers from the burning ferry off Mindoro, while 12 remain "
                             "missing.")
    assert [(c.best, c.outcome) for c in corpus.claims if c.is_toll] == [(12, Outcome.MISSING)]


def test_people_still_trapped_are_missing_not_dead(gazetteer):
    assert killed_and_wounded("A gas explosion at a coal mine killed 7 miners on Monday, with 4 others still trapped "
                              "underground.") == [(7, "killed", "civilians")]
    corpus = read(gazetteer, "A gas explosion at a coal mine in Guizhou killed 7 miners on Monday, with 4 others still "
                             "trapped underground.")
    assert [(c.best, c.outcome) for c in corpus.claims if c.outcome == Outcome.MISSING] == [(4, Outcome.MISSING)]


def test_the_crush_told_after_a_stampede_places_its_toll(gazetteer):
    text = ("At least 30 pilgrims were killed in a stampede at a religious festival in Madhya Pradesh on Monday, officials "
            "said. The crush happened near a temple in Ujjain as crowds pushed towards the river.")
    rep, corpus = report(gazetteer, text, date="2024-05-08")
    assert (rep.name, rep.place_kind) == ("Ujjain", PlaceKind.LOCALITY)


def test_a_committee_or_a_network_that_puts_the_toll_is_its_reporter(gazetteer):
    corpus = read(gazetteer, "At least 40 people were killed when fighters attacked a village in Sennar state, a doctors' "
                             "group said. A local emergency committee put the toll at 52.")
    assert [(c.best, c.reported_by) for c in corpus.claims if c.best == 52] == [(52, "local emergency committee")]


def test_a_months_figure_across_a_province_is_context(gazetteer):
    corpus = read(gazetteer, "At least 48 people were killed in attacks across Khyber Pakhtunkhwa in April, according to a "
                             "monthly report by a security think tank.")
    [c] = [c for c in corpus.claims if c.best == 48]
    assert c.cumulative


def test_two_events_days_apart_in_one_city_are_each_counted(gazetteer):
    texts = [
        "Outlet: Wire A\nDate: 2025-03-03\nTitle: Bomb at market in Peshawar kills 9\n\nA bomb exploded at a crowded "
        "market in Peshawar on Monday, killing nine people, police said.",
        "Outlet: Local B\nDate: 2025-03-04\nTitle: Peshawar market blast toll rises to 12\n\nThe death toll from "
        "Monday's bomb blast at the Peshawar market rose to 12 on Tuesday, officials said.",
        "Outlet: Wire C\nDate: 2025-03-05\nTitle: Gunmen kill 2 policemen in Peshawar\n\nGunmen shot dead two "
        "policemen guarding a polio team in Peshawar on Wednesday, two days after a market bombing in the city killed "
        "12 people.",
    ]
    arts = [parse_article(t.encode(), f"a{k}.txt") for k, t in enumerate(texts)]
    corpus = read_corpus(arts, gazetteer)
    # the bombing told again two days after is Monday's, its rise told on Tuesday too
    assert {c.date_start for c in corpus.claims if c.best == 12} == {"2025-03-03"}
    m = build_map(corpus, gazetteer)
    [loc] = [loc for loc in m.localities if loc.name == "Peshawar"]
    assert loc.killed() == 14  # the bombing's 12 and Wednesday's two policemen, each once


@pytest.mark.parametrize("sentence, expected", [
    # the people an active verb took, then killed, them its object again: they died
    ("Bandits abducted nine herders near Gusau and killed them, police said.", [(9, "killed", "civilians")]),
    ("The rebels kidnapped four soldiers from a checkpoint and later shot them dead.", [(4, "killed", "security forces")]),
    # ... not those released, nor a part of them killed
    ("Bandits abducted nine herders near Gusau and later released them.", [(9, "arrested", "civilians")]),
])
def test_people_taken_then_killed_by_an_active_verb_are_dead(sentence, expected):
    got = [(t.count.best, str(t.outcome), str(t.victims)) for t in find_tolls(sentence, 0)]
    assert got == expected


@pytest.mark.parametrize("sentence, expected", [
    # a subject of two, the first a definite or a titled one: both had the verb's harm
    ("The judge and her bodyguard were shot dead outside the court.", 2),
    ("Senator Paulo Reyes and his aide were shot dead at a checkpoint.", 2),
    # ... the second named after a comma
    ("Senator Paulo Reyes and his aide, Carlos Mena, were shot dead at a checkpoint.", 2),
])
def test_a_subject_of_two_people_is_two(sentence, expected):
    got = sum(t.count.best for t in find_tolls(sentence, 0) if t.outcome == Outcome.KILLED)
    assert got == expected


def test_an_undated_event_told_days_before_the_storys_is_context(gazetteer):
    rep, corpus = report(gazetteer, "A suicide bomber struck a market in Kirkuk a day after twin car bombs killed 22 "
                                    "people in the city. Police said at least six people died in the market attack.")
    got = {c.best: c.cumulative for c in corpus.claims if c.is_toll}
    assert got == {22: True, 6: False}
    assert rep.killed == (6, 6, 6)  # (not a higher figure of the market's toll: 22)


@pytest.mark.parametrize("follow_up", [
    "The raid was preceded by another attack on a nearby village that killed 14.",
    "It follows an earlier ambush on the same road which killed 14.",
])
def test_an_event_the_story_follows_or_is_preceded_by_is_context(gazetteer, follow_up):
    rep, corpus = report(gazetteer, f"Gunmen killed five herders in a raid near Gusau. {follow_up}")
    assert {c.best: c.cumulative for c in corpus.claims if c.is_toll} == {5: False, 14: True}
    assert rep.killed == (5, 5, 5)


def test_an_earlier_event_named_as_part_of_a_ranked_series_is_context(gazetteer):
    rep, corpus = report(gazetteer, "Three guards were killed when a rocket hit the gate of the governor's compound in "
                                    "Kandahar. It was the fourth attack on the compound this year, including a truck "
                                    "bombing in May that killed 11 people.")
    assert {c.best: c.cumulative for c in corpus.claims if c.is_toll} == {3: False, 11: True}
    assert rep.killed == (3, 3, 3)


@pytest.mark.parametrize("sentence, expected", [
    # people counted as hurt by a harm, then dead: killed
    ("Three more people wounded in the market blast died in hospital on Sunday.", [(3, "killed")]),
    ("Two soldiers who were injured in the ambush later died of their wounds.", [(2, "killed")]),
    # ... not another's death in a relative clause, nor others' dying after them
    ("Four people were wounded at a funeral for a man who had died of cancer.", [(4, "wounded")]),
    ("Six people were injured in the blast and two died.", [(6, "wounded"), (2, "killed")]),
])
def test_people_hurt_then_dead_are_killed(sentence, expected):
    assert counts_and_outcomes(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # hurt enough to reach a hospital by their own means
    ("Three other victims were transported by private vehicles to area hospitals.", [(3, "wounded")]),
    ("Two more men drove themselves to a nearby hospital.", [(2, "wounded")]),
    # one found hurt or dead, by the word before the noun
    ("Deputies arriving at the scene found a wounded teenager and a dead man.", [(1, "wounded"), (1, "killed")]),
    # ... not a thing found, nor one found unhurt
    ("Deputies found a loaded rifle in the truck.", []),
])
def test_hurt_by_their_own_way_to_hospital_or_found_hurt(sentence, expected):
    assert counts_and_outcomes(sentence) == expected


def test_a_ranked_series_running_toll_in_its_relative_clause_is_context(gazetteer):
    corpus = read(gazetteer, "Two traders were shot dead by gunmen on a scooter in Matara on Monday night, police said. "
                             "It was the 31st shooting in the district this year, in which 19 people have been killed.")
    got = {c.best: c.cumulative for c in corpus.claims if c.is_toll}
    assert got == {2: False, 19: True}
    # ... not the dead of the one event a rank or a superlative picks out
    corpus = read(gazetteer, "It was the deadliest attack in Matara this year, in which 19 people died.")
    assert [c.cumulative for c in corpus.claims if c.is_toll] == [False]


def test_a_provinces_toll_holds_a_citys_toll_begun_that_day_and_told_again_later(gazetteer):
    texts = [
        "Outlet: Wire\nDate: 2031-04-19\nTitle: Blast at Herat market kills 9\n\nA bomb exploded at a market in "
        "Herat on Saturday, killing nine people, police said.",
        "Outlet: Monitor\nDate: 2031-04-20\nTitle: Weekly update\n\nIn Herat province, 11 people were killed on "
        "19 April, police said.",
        "Outlet: Paper\nDate: 2031-04-21\nTitle: Herat market toll\n\nNine people were killed in Herat on Saturday "
        "and Monday, officials said.",
    ]
    m = map_of(gazetteer, texts)
    # (the city's toll runs on to Monday; the province's of Saturday still holds it: 11 in all)
    assert sum(loc.killed() or 0 for loc in m.localities) == 11


def test_an_article_telling_its_news_days_after_an_earlier_toll_keeps_the_two_apart(gazetteer):
    texts = [
        "Outlet: Wire\nDate: 2031-03-08\nTitle: Car bomb kills 8 in Mogadishu\n\nA car bomb exploded at a checkpoint "
        "in Mogadishu on Saturday, killing eight people, police said.",
        "Outlet: Paper\nDate: 2031-03-10\nTitle: Gunmen kill three in Mogadishu\n\nGunmen shot dead three "
        "people in Mogadishu on Monday, two days after a car bomb in the city killed eight people.",
    ]
    m = map_of(gazetteer, texts)
    # (Monday's three are no lower figure of the bombing's toll: 11 dead, each toll once)
    assert sum(loc.killed() or 0 for loc in m.localities) == 11
    assert sorted(i.killed_best for i in m.incidents if i.outcome == Outcome.KILLED) == [3, 8]


def test_a_provinces_toll_of_a_day_holds_no_towns_toll_of_earlier_in_the_month(gazetteer):
    text = ("Outlet: Desk\nDate: 2025-06-20\nTitle: Gunmen kill four farmers in Punjab\n\nGunmen shot dead four "
            "farmers in Pakistan's Punjab province on Thursday, police said. Earlier this month, nine bus passengers "
            "were killed in an attack near Dera Ghazi Khan.")
    corpus = read_corpus([parse_article(text.encode(), "a.txt")], gazetteer)
    m = build_map(corpus, gazetteer)
    killed = {loc.name: loc.killed() for loc in m.localities}
    # (the month's nine lie inside the province, and their month holds the Thursday, but a day's
    # toll cannot hold a month's: two events, 13 dead)
    assert killed["Punjab"] == 4 and killed["Dera Ghazi Khan"] == 9


@pytest.mark.parametrize("sentence, expected", [
    # one person by a noun the lists lack, after a faith's or a people's adjective
    ("A Christian tea seller was shot dead in Quetta.", [(1, "killed", "civilians")]),
    ("A Buddhist rice trader was wounded when the bomb went off.", [(1, "wounded", "civilians")]),
])
def test_one_person_by_an_unknown_noun_after_a_faiths_or_peoples_adjective(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_a_prison_system_that_says_so_is_the_reporter(gazetteer):
    corpus = read(gazetteer, "Four inmates were killed during a riot at a prison in Escuintla, the prison system said.")
    assert {c.reported_by for c in corpus.claims if c.is_toll} == {"prison system"}


def test_states_as_a_noun_names_no_reporter(gazetteer):
    corpus = read(gazetteer, "Floods kill 12 across two Indian states")
    assert {c.reported_by for c in corpus.claims if c.is_toll} != {"Indian"}
    corpus = read(gazetteer, "The ministry states that 40 people were killed in Kherson.")
    assert {c.reported_by for c in corpus.claims if c.is_toll} == {"ministry"}


def test_a_toll_said_only_of_a_continent_has_no_place_there(gazetteer):
    rep, corpus = report(gazetteer, "Nine soldiers were killed in an ambush, the deadliest in West Africa this year.")
    assert rep.killed_best == 9
    assert rep.place_kind == "unlocated"


@pytest.mark.parametrize("sentence, expected", [
    # a bare count after a clause with its noun is of the same people
    ("Seven rebels were killed and four were wounded in the raid on the camp.",
     [(7, "killed", "fighters"), (4, "wounded", "fighters")]),
    ("Two guards died on the spot, while three were hurt.",
     [(2, "killed", "security forces"), (3, "wounded", "security forces")]),
    # ... not across a sentence's own new subject
    ("Seven rebels were killed and four villagers were wounded.",
     [(7, "killed", "fighters"), (4, "wounded", "civilians")]),
])
def test_a_bare_count_after_a_clause_with_its_noun_is_of_the_same_people(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_the_hurt_of_both_sides_add_up(gazetteer):
    rep, _ = report(gazetteer, "Five policemen were killed and two were wounded when gunmen attacked a post near "
                               "Kandahar. Nine attackers were killed and six were wounded in the gunfight that followed.")
    assert rep.wounded[1] == 8


@pytest.mark.parametrize("text, country", [
    # no place named: the armed group's country, not that of people from afar ...
    ("Fighters of the Allied Democratic Forces ambushed a lorry carrying Kenyan traders, killing four of them.", "CD"),
    # ... but people of the group's own country or a neighbour's may be at home
    ("Boko Haram fighters killed five Cameroonian soldiers in an ambush at dawn.", "CM"),
])
def test_a_note_naming_no_place_is_the_groups_country_before_far_peoples(gazetteer, text, country):
    rep, _ = report(gazetteer, text)
    assert rep.country == country


@pytest.mark.parametrize("text, wounded", [
    # the last of a list sharing a plural verb: a noun the word lists lack ...
    ("A nurse and a caretaker were wounded when shells hit the clinic in Kharkiv on Monday.", 2),
    ("A border guard and a local beekeeper were wounded when a mine went off near Zaporizhzhia.", 2),
    # ... or a person by "the"
    ("Three soldiers and the driver were injured when their truck hit a mine near Kidal.", 4),
])
def test_the_last_of_a_list_of_people_shares_the_lists_verb(gazetteer, text, wounded):
    rep, _ = report(gazetteer, text)
    assert rep.wounded == (wounded, wounded, wounded)


def test_a_list_of_things_and_people_spared_is_no_toll(gazetteer):
    rep, _ = report(gazetteer, "A house and a car were burned in Kidal, and a dog and the driver were unhurt.")
    assert not rep.wounded and not rep.killed_best


def test_an_area_named_before_a_short_distance_is_where_not_the_capital_measured_from(gazetteer):
    # "in the Sebba department, about 35 kilometres from the regional capital, Dori": the area is
    # where it happened (and a department named after its seat is the area, no office of it)
    rep, _ = report(gazetteer, "DORI, Burkina Faso - Gunmen killed six miners on Tuesday near the village of "
                               "Tinakoff in the Sebba department, about 35 kilometres from the regional capital, Dori, "
                               "a security source said.")
    assert rep.killed_best == 6 and rep.name == "Sebba"
    rep, _ = report(gazetteer, "Gunmen killed four herders in the Kaura local government area, about 40 kilometres "
                               "from the state capital, Kaduna, police said.")
    assert rep.killed_best == 4 and "Kaduna" not in rep.name


def test_one_person_by_a_noun_the_lists_lack_after_one(gazetteer):
    rep, _ = report(gazetteer, "One ferry deckhand was killed when the boat was shelled near Kherson on Monday.")
    assert rep.killed_best == 1
    # ... but no one is no one, and "one of whom" is one of a toll told already
    rep, _ = report(gazetteer, "A car bomb killed a shopkeeper in Kherson on Monday. No one else was killed or injured.")
    assert rep.killed_best == 1 and not rep.wounded
    rep, _ = report(gazetteer, "Three guards were wounded in Kherson, one of whom was seriously injured.")
    assert rep.wounded == (3, 3, 3)


@pytest.mark.parametrize("text, killed, wounded", [
    ("Three Ministry of Education inspectors were killed when their car hit a mine near Kidal.", 3, 0),
    ("Two Office for the Coordination of Humanitarian Affairs (OCHA) staff were wounded in Juba on Friday.", 0, 2),
])
def test_a_bodys_name_between_a_count_and_its_people(gazetteer, text, killed, wounded):
    rep, _ = report(gazetteer, text)
    assert (rep.killed_best or 0, rep.wounded[1] if rep.wounded else 0) == (killed, wounded)


@pytest.mark.parametrize("text, wounded", [
    ("A nurse and two others were very badly hurt when shells hit the clinic in Kharkiv.", 3),
    ("A Lebanese driver and four Syrians were wounded when the rocket hit the market in Kilis.", 5),
])
def test_one_person_and_a_count_of_others_or_of_a_people_share_the_verb(gazetteer, text, wounded):
    rep, _ = report(gazetteer, text)
    assert rep.wounded == (wounded, wounded, wounded)


def test_a_count_past_a_preposition_of_place_after_a_toll_noun_is_no_toll(gazetteer):
    # the toll is 41: "two valleys" is where the floods were, not two more dead
    rep, _ = report(gazetteer, "The death toll from last week's flooding in two valleys of Sindh has risen to 41, "
                               "officials said on Monday.")
    assert rep.killed == (41, 41, 41)
    # ... while "put the toll at" and "rose to" still give it
    rep, _ = report(gazetteer, "Officials in Sindh put the death toll at 17 on Monday.")
    assert rep.killed_best == 17


def test_a_story_that_says_the_citys_festival_happened_where_it_was_filed(gazetteer):
    rep, _ = report(gazetteer, "LEUVEN, Belgium — A man drove into a crowd at a parade marking the city's 600th "
                               "anniversary on Saturday, killing two people and injuring nine, police said.")
    assert rep.name == "Leuven" and rep.killed_best == 2


def test_a_hospital_named_after_a_town_is_where_the_hurt_were_taken(gazetteer):
    # a local story filed from Toledo: the victims' hospital is named after another town
    rep, _ = report(gazetteer, "TOLEDO, Ohio — Two men were shot dead outside a bar late Friday, police said. A third "
                               "man was taken to Sandusky Regional Hospital in critical condition.")
    assert rep.killed_best == 2 and rep.name != "Sandusky"
    # ... and with nothing else named, the hospital's town is the nearest clue
    rep, _ = report(gazetteer, "Three people were wounded in a shooting at a party and were taken to Denver Health "
                               "Medical Center.")
    assert rep.name == "Denver" and rep.wounded == (3, 3, 3)


@pytest.mark.parametrize("text", [
    "A boy was killed after shelling across the border from Lebanon hit a farm.",
    "A car bomb killed 14 people in a border town with Iraq on Tuesday.",
])
def test_the_country_across_a_border_is_not_where_it_happened(gazetteer, text):
    rep, _ = report(gazetteer, text)
    assert rep.killed_best and rep.country not in ("LB", "IQ")


@pytest.mark.parametrize("text, killed", [
    # found dead of a self-inflicted wound
    ("A store clerk was shot dead during a robbery in Wichita on Friday, police said. The gunman drove off and was "
     "found dead of an apparent self-inflicted gunshot wound hours later.", 2),
    # shot dead by "two off-duty police officers": a count in the agent, no more dead
    ("A gunman opened fire outside a cafe in Beersheba on Sunday, killing two people before he was shot dead by two "
     "off-duty police officers, paramedics said.", 3),
])
def test_an_attacker_who_died_is_one_perpetrator_killed(gazetteer, text, killed):
    rep, _ = report(gazetteer, text)
    assert rep.killed == (killed, killed, killed) and rep.killed_perpetrators == 1


def test_killing_all_on_board_is_everyone_the_craft_carried(gazetteer):
    rep, _ = report(gazetteer, "A small plane carrying four people crashed into a field near Wichita on Sunday, killing "
                               "all on board, the sheriff said.")
    assert rep.killed == (4, 4, 4) and EventType.ACCIDENT in rep.event_types


def test_people_in_hospital_are_hurt(gazetteer):
    rep, _ = report(gazetteer, "One man has died and six are in hospital after a lorry hit a queue at a bus stop in "
                               "Carlisle on Friday, police said.")
    assert rep.killed == (1, 1, 1) and rep.wounded == (6, 6, 6)


def test_a_dam_that_burst_is_a_disaster(gazetteer):
    rep, _ = report(gazetteer, "At least 18 villagers died when a dam burst after days of rain near Derna on Sunday.")
    assert rep.killed_best == 18 and rep.event_types == [EventType.DISASTER]


def test_a_note_that_names_only_its_dateline_is_placed_in_the_datelines_state(gazetteer):
    # never the dateline's town, but its state is as safe a guess as its country
    rep, _ = report(gazetteer, "SALEM, Ore. — Two people were shot dead at a birthday party late Saturday, and the "
                               "gunman is still at large, police said.")
    assert rep.killed_best == 2 and rep.name == "Oregon"


def test_a_towns_man_and_a_suspect_from_a_town_say_whose_not_where(gazetteer):
    # "A Tulsa woman" was shot in Broken Arrow; the suspect "from Sapulpa" was arrested in Sand Springs
    corpus = read(gazetteer, "A Tulsa woman was shot dead outside a bar in Broken Arrow on Saturday, police said. "
                             "A suspect from Sapulpa was arrested in Sand Springs on Sunday.")
    places = {c.outcome: c.place_name for c in corpus.claims if c.outcome}
    assert places[Outcome.KILLED] == "Broken Arrow" and places[Outcome.ARRESTED] == "Sand Springs"


@pytest.mark.parametrize("text, killed", [
    # one person by a noun the lists lack, after an active verb of killing
    ("Maoists killed a former sarpanch in Dantewada district on Tuesday night, police said.", 1),
    ("Gunmen shot dead a madrassa caretaker in Quetta, officials said.", 1),
    # ... but no animal, and no bill
    ("Forest guards killed a leopard in a village near Nainital on Tuesday.", 0),
])
def test_killed_a_person_by_a_noun_the_lists_lack(gazetteer, text, killed):
    rep, _ = report(gazetteer, text)
    assert (rep.killed_best or 0) == killed


def test_a_hospitals_town_the_sentence_calls_the_city_is_where_it_happened(gazetteer):
    rep, _ = report(gazetteer, "A shopkeeper died at a hospital in Multan on Sunday, a day after he was shot by robbers "
                               "in the city's Cantonment area, police said.")
    assert rep.killed_best == 1 and rep.name == "Multan"
    # ... not a town the next sentence's "the city's" may mean
    rep, _ = report(gazetteer, "Three wounded men were taken to a hospital in Kano. The city's police chief said the "
                               "attack in Bichi was the third this year.")
    assert rep.name == "Bichi"


def undated_report(gazetteer, text: str):
    """The report of a story read with no publication date (a pasted text, a dateline without a year)."""
    corpus = read_corpus([parse_article(text.encode("utf-8"), "undated.txt")], gazetteer)
    return article_reports(corpus, gazetteer)[0], corpus


def test_an_undated_storys_toll_of_last_month_told_after_its_own_is_context(gazetteer):
    text = ("Gunmen killed nine traders on a road near Funtua on Tuesday, police said. An attack on a market in "
            "Dandume last month killed 14 people.")
    rep, corpus = undated_report(gazetteer, text)
    assert rep.killed_best == 9
    assert [c.cumulative for c in corpus.claims if c.best == 14] == [True]
    # ... but a story whose own news is last month's keeps it
    rep, _ = undated_report(gazetteer, "An attack on a market in Dandume last month killed 14 people, police said.")
    assert rep.killed_best == 14


def test_treated_for_a_wound_of_a_kind_is_hurt(gazetteer):
    rep, _ = report(gazetteer, "A taxi driver was shot dead in Durban on Monday night. A passenger was treated for a "
                               "bullet wound to his shoulder, police said.")
    assert rep.killed_best == 1 and rep.wounded == (1, 1, 1)


def test_dead_at_the_scene_and_more_in_hospital_are_parts_of_the_toll_before(gazetteer):
    rep, corpus = report(gazetteer, "Seven people were shot dead and four others wounded when gunmen opened fire at a "
                                    "bar in Kisumu on Friday night, police said.\n\nA police spokesman said the gunmen "
                                    "entered the bar at about 11pm and fired at patrons. Five people died at the scene "
                                    "and two more in hospital.\n\nThe attack came months after 12 people were killed "
                                    "in a bombing in Garissa.")
    assert rep.killed_best == 7
    assert {c.place_name for c in corpus.claims if c.outcome == Outcome.KILLED and not c.cumulative} == {"Kisumu"}


def test_the_ends_of_a_journey_are_not_where_the_next_sentences_toll_was(gazetteer):
    corpus = read(gazetteer, "Gunmen attacked a bus in Zamfara state on Sunday, killing six passengers, officials said. "
                             "The bus, travelling from Gusau to Kaduna, was set on fire. Troops later killed 12 of "
                             "the attackers, the army said.")
    twelve = [c for c in corpus.claims if c.best == 12]
    assert twelve and all(c.place_name != "Kaduna" for c in twelve)


def test_a_toll_since_a_seizure_of_power_is_context(gazetteer):
    rep, _ = undated_report(gazetteer, "An airstrike killed 11 villagers in Magway region on Monday, residents said. "
                                       "More than 5,000 civilians have been killed since the army seized power, a "
                                       "monitoring group says.")
    assert rep.killed_best == 11


def test_a_named_killer_who_died_by_his_own_hand_is_the_perpetrator_once(gazetteer):
    rep, corpus = report(gazetteer, "A woman was shot dead at her home in Dayton on Sunday. Her husband, 52-year-old "
                                    "Tom Reece, died of a self-inflicted gunshot wound, police said.")
    assert rep.killed_best == 2 and rep.killed_perpetrators == 1
    assert {c.victims for c in corpus.claims if "self-inflicted" in c.sentence} == {Victims.PERPETRATORS}


def test_an_undated_storys_tolls_are_not_dated_by_a_figure_of_another_kind(gazetteer):
    rep, _ = undated_report(gazetteer, "Five men were shot dead in Tumaco on Saturday night, police said. The group "
                                       "counted 80 massacres in Colombia in 2023.")
    assert rep.killed_best == 5 and rep.date_start is None


def test_a_superlatives_aside_ends_where_a_predicate_of_its_own_begins(gazetteer):
    # "the largest ..." likens nothing to the running total of its second predicate, which is context
    rep, _ = report(gazetteer, "Gunmen killed 23 people in an attack on a village near Mirebalais on Tuesday, police "
                               "said. The gang is the largest in the Centre department and is blamed for killing more "
                               "than 150 people there since last year.")
    assert rep.killed_best == 23


@pytest.mark.parametrize("text", [
    "Nine miners were killed in a gas explosion at a coal mine near Quetta on Tuesday, officials said. An earlier "
    "version of this story, citing a local official, incorrectly said 19 miners had died.",
    "Nine miners were killed in a gas explosion at a coal mine near Quetta on Tuesday, officials said. A hospital "
    "official had wrongly reported that 19 miners died.",
])
def test_a_figure_said_to_be_wrong_is_no_ones_figure(gazetteer, text):
    rep, _ = report(gazetteer, text)
    assert rep.killed_best == 9


@pytest.mark.parametrize("text, town, county", [
    ("OCALA, Fla. — Two men were found shot dead in rural Marion County on Sunday, deputies said.\n\nThe Marion "
     "County Sheriff's Office said a neighbour found the bodies of the two men, ages 34 and 51, at a farm near Ocala. A "
     "suspect was arrested in Sumter County.", "Ocala", "a2:US.FL.Marion_County"),
    # (the town lies near two counties' points: the nearer one holds it)
    ("Two men were found shot dead in Polk County on Sunday, deputies said. The bodies of the two men were found in a "
     "house near Lakeland, the sheriff said. A suspect was arrested in Hillsborough County.", "Lakeland",
     "a2:US.FL.Polk_County"),
])
def test_a_countys_toll_holds_the_same_event_at_a_town_near_its_centre(gazetteer, text, town, county):
    data = build_map(read(gazetteer, text), gazetteer)
    assert sum(loc.killed() or 0 for loc in data.localities) == 2
    assert [loc.contained_in for loc in data.localities if loc.name == town] in ([], [county])


def test_a_rank_counts_one_more_past_a_sentence_of_no_toll(gazetteer):
    # (the sentence between tells of the event, with a count that is no toll)
    rep, _ = report(gazetteer, "The envoy condemned the killing of two aid workers in an ambush on a convoy on Monday. "
                               "The two national staff members of a non-governmental organization were killed when "
                               "armed men opened fire on their vehicle near Yei. A third colleague was injured.")
    assert rep.killed_best == 2 and rep.wounded == (1, 1, 1)


def test_where_the_hurt_receive_care_is_not_where_they_were_hurt(gazetteer):
    corpus = read(gazetteer, "Two drivers were killed when gunmen fired on a fuel truck near Kajo Keji on Tuesday, "
                             "officials said. A third driver was injured and is receiving medical care in Juba.")
    assert {c.place_name for c in corpus.claims if c.outcome == Outcome.WOUNDED} != {"Juba"}


def test_places_past_the_attribution_of_a_toll_going_on_to_something_else_are_not_its(gazetteer):
    rep, _ = report(gazetteer, "The death toll from a bombing at a market in Quetta rose to 14 on Monday after two "
                               "more bodies were found, police said, as authorities tightened security in Karachi and "
                               "Lahore.")
    assert rep.killed_best == 14 and rep.name == "Quetta"


def test_more_dead_told_beside_a_toll_of_another_place_are_one_incident_with_other_articles(gazetteer):
    data = map_of(gazetteer, [
        "date 2025-04-16\nGunmen killed 30 people in Gboko on Tuesday, police said. In a separate incident on Tuesday, "
        "bandits killed three herders in Makurdi, the police said.",
        "date 2025-04-20\nIn Benue State this week, 30 people were killed in Gboko and three herders in Makurdi."])
    assert sum(loc.killed() or 0 for loc in data.localities if loc.name == "Makurdi") == 3
    # ... but more told beside the article's own toll at the place are more
    data = map_of(gazetteer, ["date 2025-04-16\nGunmen killed two people in Makurdi on Tuesday. Another victim died "
                              "in Makurdi on Wednesday."])
    assert sum(loc.killed() or 0 for loc in data.localities) == 3


def test_a_toll_after_comes_less_than_weeks_after_is_an_earlier_events(gazetteer):
    rep, _ = report(gazetteer, "Gunmen killed 14 people in Mangu on Sunday, police said. The attack comes less than "
                               "two weeks after gunmen killed 40 people in villages in Bokkos.")
    assert rep.killed_best == 14


@pytest.mark.parametrize("text", [
    # a village the gazetteer lacks, then the district said to hold it
    "In Kaduna State, 20 people were killed in Kufana, Kajuru LGA, and five farmers in Kachia.",
    "Gunmen killed 20 people in Kufana, Kajuru district, on Sunday, and five farmers in Kachia on Monday.",
])
def test_a_toll_in_a_village_the_gazetteer_lacks_takes_the_district_said_to_hold_it(gazetteer, text):
    corpus = read(gazetteer, text)
    assert [c.place_name for c in corpus.claims if c.best == 20] == ["Kajuru"]


@pytest.mark.parametrize("text", [
    # two events of one sentence, each with its place: the second's dead are where its hurt are
    "In Ramadi, a car bomb caused three deaths and eight injuries, while a roadside bomb killed five people and "
    "wounded 12 others in Fallujah.",
    "In Ramadi, a car bomb killed three people, and in another attack a roadside bomb killed five people and injured "
    "12 others in Fallujah.",
])
def test_each_event_of_a_sentence_keeps_its_own_place(gazetteer, text):
    rep, corpus = report(gazetteer, text)
    assert rep.killed_best == 8
    assert {c.best: c.place_name for c in corpus.claims if c.outcome == Outcome.KILLED}[5] == "Al Fallūjah"


def test_an_earlier_event_a_superlative_likens_the_story_to_is_not_the_storys_place(gazetteer):
    rep, _ = report(gazetteer, "A riot at a prison in Guatemala left 20 inmates dead on Monday, officials said. The "
                               "riot broke out at a jail in Escuintla, about 50 kilometers south of the capital. It was "
                               "the deadliest prison riot in the country since 2016, when a fire at a prison in "
                               "Retalhuleu killed 40 inmates.")
    assert rep.killed_best == 20 and rep.name == "Escuintla"


def test_a_country_toll_moved_to_the_storys_place_stays_there_beside_the_attackers_also_killed(gazetteer):
    rep, corpus = report(gazetteer, "BEIRUT (AP) — Islamic State militants ambushed government troops in Syria's "
                                    "eastern desert, killing seven of them, a war monitor said Thursday.\n\nThe "
                                    "Britain-based Syrian Observatory for Human Rights said the ambush took place "
                                    "Wednesday near the town of Mayadin in the countryside of Deir ez-Zor province. It "
                                    "said three IS militants were also killed.")
    assert rep.killed_best == 10
    assert {c.place_name for c in corpus.claims if c.is_toll} == {"Al Mayādīn"}


@pytest.mark.parametrize("text, killed, wounded", [
    # one person by "the", a title the story has not named before: one more person
    ("Gunmen ambushed a convoy near Kandahar on Monday, killing three guards. The district chief's secretary was "
     "injured in the attack, police said.", 3, 1),
    ("A bomb hidden in a cart exploded outside a courthouse in Quetta. The deputy prosecutor was killed and two "
     "clerks were wounded.", 1, 2),
    ("Militants fired on a clinic in Mardan, killing two nurses. The clinic's cook was also wounded.", 2, 1),
    # ... but one a toll counted before is that one, not one more (a person only named before is new)
    ("A police officer was stabbed at a checkpoint in Hebron on Sunday. The police officer was lightly injured, "
     "the army said.", None, 1),
    ("A man armed with a knife attacked a shopkeeper in Jerusalem on Sunday. The shopkeeper was lightly injured "
     "and the attacker was arrested.", None, 1),
    # ... and the head of a partitive or a participle is no one new ("one of the arrested")
    ("Police detained four men after a shooting in Sacramento left two people hurt. One of the arrested was also "
     "wounded.", None, 2),
])
def test_one_person_by_the_is_counted_only_where_the_story_has_not_named_them(gazetteer, text, killed, wounded):
    rep, _ = report(gazetteer, text)
    assert (rep.killed_best, rep.wounded and rep.wounded[1]) == (killed, wounded)


def test_a_head_noun_without_a_side_keeps_the_first_nouns():
    # "two staff members of a charity": the head "members" says no side, "staff" says people
    assert killed_and_wounded("Two staff members of a relief charity were killed in the shelling.") == [
        (2, "killed", "total")]


def test_a_part_named_after_including_and_hit_by_a_bullet_is_one_of_the_dead(gazetteer):
    rep, _ = report(gazetteer, "A gun battle between police and a gang in Cali left six people dead on Tuesday, "
                               "including a 12-year-old girl struck by a stray bullet, officials said.")
    assert rep.killed_best == 6 and rep.wounded is None
    # ... but one told hurt in words of hurt stays hurt, and one a verb before it hurt too
    assert killed_and_wounded("Six people died, including a man wounded in the crossfire who died later, "
                              "and two others were injured.")[-1] == (2, "wounded", "total")
    assert killed_and_wounded("The gunman shot dead two of the guards and critically injured the third.")[-1][1] == "wounded"


def test_the_attacker_who_died_later_is_no_part_of_those_he_killed(gazetteer):
    rep, _ = report(gazetteer, "Four dead, including gunman, in shooting at Akron warehouse\n\nAKRON, Ohio — Three "
                               "workers were shot and killed at a warehouse on the city's south side on Monday, police "
                               "said. The gunman was later found dead of a self-inflicted gunshot wound in a parking "
                               "lot nearby.")
    assert rep.killed_best == 4


def test_the_hurt_of_an_earlier_days_event_are_context_with_its_dead(gazetteer):
    rep, corpus = report(gazetteer, "SANAA (AFP) - Air strikes on the port city of Mukalla killed four people and "
                                    "wounded 23 on Sunday, health officials said.\n\nThe strikes came a day after a "
                                    "drone attack on Eilat killed one man and wounded six others.", date="2024-07-21")
    assert rep.killed_best == 4 and rep.wounded[1] == 23
    assert {c.best for c in corpus.claims if c.is_toll and c.cumulative} == {1, 6}


def test_people_after_a_list_of_the_dead_who_told_it_are_its_sources(gazetteer):
    rep, _ = report(gazetteer, "A drone strike hit a lorry on a road near the town of Kosti, killing at least 14 "
                               "traders, a nurse and a village elder told Reuters on Monday.")
    assert rep.killed_best == 14
    # ... but the last of a list that ends the clause is one of the dead
    assert killed_and_wounded("The blast killed three soldiers, a policeman and a child, officials said.") == [
        (3, "killed", "security forces"), (1, "killed", "security forces"), (1, "killed", "civilians")]


def test_the_bodies_found_after_a_killing_and_the_killers_own_death_hold_the_killer(gazetteer):
    rep, corpus = report(gazetteer, "Man killed mother, 2 brothers before killing himself\n\nLAKELAND, Fla. (AP) — A "
                                    "central Florida man fatally shot his mother and his two brothers before turning "
                                    "the gun on himself, authorities said Sunday.\n\nDeputies found the bodies of the "
                                    "four inside the family's home in Lakeland late Saturday, the sheriff's office "
                                    "said.\n\nThe Polk County medical examiner identified the victims. The son, 29, "
                                    "died of a self-inflicted gunshot wound, the examiner said.", date="2024-05-05")
    assert rep.killed_best == 4
    assert sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities) == 4


def test_two_notes_of_one_file_at_one_place_and_day_are_both_counted(gazetteer):
    text = ("On 9 March 2024, JNIM militants attacked a gendarmerie post in Kourouma (Kenedougou, Hauts-Bassins). 4 "
            "gendarmes and 1 civilian were killed. 5 fatalities.\n\n"
            "On 9 March 2024, soldiers and VDP clashed with JNIM militants near Samorogouan (Kenedougou, "
            "Hauts-Bassins). The army claimed to have killed 30 militants. Fatalities coded as 7.\n\n"
            "On 10 March 2024, an IED exploded under a truck near Orodara (Kenedougou, Hauts-Bassins), killing 2 "
            "soldiers. 2 fatalities.")
    corpus = read(gazetteer, text, date="2024-03-12")
    assert sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities) == 14


def test_a_titles_suspects_are_the_leads_attackers_and_where_the_lead_puts_them(gazetteer):
    rep, corpus = report(gazetteer, "Police officer and 2 suspects killed in Nairobi shootout\n\nNAIROBI (Reuters) - A "
                                    "police officer and two suspected robbers were killed in a shootout in Thika on "
                                    "Sunday night, police said.")
    assert rep.killed_best == 3
    assert {c.place_name for c in corpus.claims if c.is_toll} == {"Thika"}


@pytest.mark.parametrize("sentence, expected", [
    # a figure written with a thousands separator is never a year, whatever its digits
    ("The death toll from the floods has risen to 2,017, the disaster agency said.", [(2017, "killed", "total")]),
    ("Officials said 1,987 people were killed in the quake.", [(1987, "killed", "total")]),
    # ... where a bare year before a toll stays a year
    ("In 2019, a car bomb killed 12 people at the market.", [(12, "killed", "total")]),
])
def test_a_figure_with_a_thousands_separator_is_no_year(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_a_town_a_distance_is_measured_from_does_not_narrow_a_provinces_toll(gazetteer):
    rep, corpus = report(gazetteer, "ISLAMABAD (Reuters) - A magnitude 5.9 earthquake struck northern Pakistan on "
                                    "Tuesday, killing at least 12 people in Gilgit-Baltistan, officials said. The "
                                    "quake's epicentre was about 45 km east of the town of Gilgit, the USGS said.",
                         date="2024-05-07")
    assert {c.place_kind for c in corpus.claims if c.is_toll} == {PlaceKind.ADMIN1}


def test_a_wars_figure_over_months_of_war_is_context(gazetteer):
    rep, corpus = report(gazetteer, "KHAN YOUNIS (AFP) - An air strike on a tent camp in Al-Mawasi killed 17 people on "
                                    "Tuesday, the civil defence agency said. The health ministry says at least 38,000 "
                                    "people have been killed during more than nine months of war.", date="2024-07-16")
    assert rep.killed_best == 17
    assert [c.best for c in corpus.claims if c.is_toll and c.cumulative] == [38000]


def test_one_of_them_who_died_in_a_later_paragraph_is_taken_from_the_hurt(gazetteer):
    rep, _ = report(gazetteer, "PATNA: A police officer was killed and four others were injured when armed men "
                               "opened fire on a patrol in Gaya district on Friday, police said.\n\nThe injured were "
                               "taken to a hospital in Patna. Of them, one constable succumbed to his injuries on "
                               "Saturday.", date="2024-06-08")
    assert (rep.killed_best, rep.wounded[1]) == (2, 3)


def test_the_storys_toll_said_again_without_a_place_is_where_the_story_put_it(gazetteer):
    # (not where the last toll of the story was: the hurt of the paragraph before, near Chitral)
    text = ("Pakistan floods: death toll rises to more than 40 in Mingora\n\nPESHAWAR (Reuters) - The death toll from "
            "flash floods in northern Pakistan has risen to more than 40, a disaster official said on Sunday.\n\nAt "
            "least 250 people were injured, and 900 homes were destroyed in 12 villages near Chitral, the official "
            "said.\n\nEarlier on Sunday the provincial authority had put the toll at 46.")
    rep, corpus = report(gazetteer, text, date="2024-08-04")
    assert {c.place_kind for c in corpus.claims if c.is_toll and c.best == 46} == {PlaceKind.COUNTRY}
    assert rep.killed_best == 46


def test_the_hurt_later_declared_dead_and_a_shooter_who_hurt_himself(gazetteer):
    rep, _ = report(gazetteer, "Officers called to a shooting outside a bar found two men and a woman wounded. Two "
                               "men later were declared deceased at the hospital.")
    assert (rep.killed_best, rep.wounded[1]) == (2, 1)
    assert killed_and_wounded("The man fired at passers-by, injuring two teenagers and himself.") == [
        (2, "wounded", "total"), (1, "wounded", "perpetrators")]


def test_people_killed_when_forces_opened_fire_on_a_crowd_are_no_attackers():
    # "they" who opened fire on the protesters are the forces; the dead are the protesters' side
    assert killed_and_wounded("Soldiers killed at least 12 people when they opened fire on demonstrators in the "
                              "capital on Sunday, witnesses said.") == [(12, "killed", "total")]
    # ... while those shot after they opened fire on officers are the attackers
    assert killed_and_wounded("Police shot dead two men after they opened fire on officers at a checkpoint.") == [
        (2, "killed", "perpetrators")]


def test_one_of_another_country_beside_a_toll_of_a_people_is_one_more(gazetteer):
    rep, _ = report(gazetteer, "NABLUS, West Bank (AP) — Israeli forces killed seven Palestinians, including two "
                               "teenagers, during a raid in the Balata refugee camp on Monday, the Palestinian Health "
                               "Ministry said. One Israeli soldier was killed in the raid, the military said.")
    assert rep.killed_best == 8


@pytest.mark.parametrize("sentence, expected", [
    # one person said again in apposition is that one person, of the side the second words say
    ("A police officer, a 30-year-old father of two, was killed in the blast.", [(1, "killed", "security forces")]),
    ("One person, a security guard, was wounded.", [(1, "wounded", "civilians")]),
    # ... but a list stays a list, whatever its commas
    ("Gunmen killed a farmer, a herder, and a trader.", [(1, "killed", "civilians")] * 3),
])
def test_one_person_said_again_in_apposition_is_one(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the first of a list of three or more people, a comma between each, shares the list's verb
    ("A nurse, a teacher and a child were killed when the shell hit the clinic.", [(1, "killed", "civilians")] * 3),
    ("A soldier, two policemen and a child were wounded.",
     [(1, "wounded", "security forces"), (2, "wounded", "security forces"), (1, "wounded", "civilians")]),
])
def test_the_first_of_a_list_of_people_shares_its_verb(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_the_hit_who_died_told_one_sentence_each(gazetteer):
    # two sentences, each telling one more of the people found hit died: two dead, two still hurt
    rep, _ = report(gazetteer, "Deputies called to a birthday party on Linden Avenue found four people with gunshot "
                               "wounds. A 24-year-old man was pronounced dead at the scene. A 31-year-old woman died "
                               "later at a hospital. Nobody has been arrested.")
    assert (rep.killed_best, rep.wounded[1]) == (2, 2)
    # ... but not someone killed elsewhere, told after them
    rep, _ = report(gazetteer, "Deputies called to a birthday party on Linden Avenue found four people with gunshot "
                               "wounds. A 24-year-old man was pronounced dead at the scene. Two other men were killed in "
                               "a separate shooting across town.")
    assert (rep.killed_best, rep.wounded[1]) == (3, 3)


def test_a_toll_with_no_place_in_a_story_of_one_place_so_far_is_that_places(gazetteer):
    # the hurt of the second paragraph are the lead's town's, though the story goes on to another
    text = ("A missile hit a market in Zaporizhzhia on Tuesday, killing four people, the regional governor said.\n\n"
            "At least 19 people were wounded, he said, and several remained in a serious condition.\n\n"
            "In the Kherson region, shelling killed a woman, the governor there said.")
    _, corpus = report(gazetteer, text, date="2024-05-14")
    hurt = [c for c in corpus.claims if c.is_toll and c.outcome == Outcome.WOUNDED]
    assert [(c.best, c.place_name) for c in hurt] == [(19, "Zaporizhzhia")]
    # ... while one told after a second place was named stays the country's
    text = ("A missile hit a market in Zaporizhzhia on Tuesday, killing four people, the regional governor said. "
            "Shelling of Nikopol killed a woman.\n\nAt least 19 people were wounded across the country, officials said.")
    _, corpus = report(gazetteer, text, date="2024-05-14")
    hurt = [c for c in corpus.claims if c.is_toll and c.outcome == Outcome.WOUNDED]
    assert [(c.best, c.place_kind) for c in hurt] == [(19, PlaceKind.COUNTRY)]


@pytest.mark.parametrize("sentence, expected", [
    # the dead and the hurt as one figure are no death toll, whichever way the count comes
    ("The car bomb left more than 40 people dead or wounded, police said.", [(40, "wounded", "total")]),
    ("Car bomb at Quetta bus stand leaves dozens dead or injured", [(12, "wounded", "total")]),
    # ... while the dead and then a figure of the hurt are two tolls
    ("The rocket left three people dead and injured 11.", [(3, "killed", "total"), (11, "wounded", "total")]),
])
def test_dead_or_wounded_together_is_no_death_toll(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # people abducted whose bodies were found after it, in the same sentence, are dead
    ("Three nurses were abducted from a clinic by gunmen and then their bodies were discovered near a river.",
     [(3, "killed", "civilians")]),
    ("Six herders were seized on Monday, and their bodies were later recovered from a well.", [(6, "killed", "civilians")]),
])
def test_people_abducted_whose_bodies_were_found_are_dead(sentence, expected):
    assert killed_and_wounded(sentence) == expected
    # ... and those freed stay abducted
    assert killed_and_wounded("Three nurses were abducted from a clinic, but they were released a day later.") == []


def test_deaths_a_killing_may_have_avenged_are_an_earlier_event(gazetteer):
    rep, _ = report(gazetteer, "Gunmen shot dead four farmers near Kafanchan on Tuesday, police said. The attack could "
                               "be a reprisal by herders for the deaths of three of their men on March 11.",
                    date="2024-03-20")
    assert rep.killed_best == 4


@pytest.mark.parametrize("sentence, expected", [
    # hurt told by how bad the injuries are
    ("One woman suffered life-threatening injuries in the crash of the getaway car.", [(1, "wounded", "civilians")]),
    ("A guard suffered non-life-threatening injuries.", [(1, "wounded", "security forces")]),
])
def test_injuries_told_by_how_bad_they_are(sentence, expected):
    assert killed_and_wounded(sentence) == expected


def test_more_hurt_beside_those_told(gazetteer):
    # "an additional two", "with another three", and one "in another car ... also" are more hurt
    rep, _ = report(gazetteer, "Deputies found one man dead and two people wounded outside a nightclub, with an "
                               "additional two wounded found at a hospital.")
    assert (rep.killed_best, rep.wounded[1]) == (1, 4)
    rep, _ = report(gazetteer, "Two teenagers were wounded when a gunman fired at a car. The driver of a van behind "
                               "it was also wounded.")
    assert rep.wounded[1] == 3
    rep, _ = report(gazetteer, "Two teenagers were wounded when a gunman fired at a car. A woman in a bus behind "
                               "it was also wounded.")
    assert rep.wounded[1] == 3


def test_a_titles_people_shot_are_the_leads_hurt_and_dead(gazetteer):
    rep, _ = report(gazetteer, "7 people shot outside nightclub in downtown Tulsa\n\nTULSA, Okla. (AP) — Seven people "
                               "were shot, two of them fatally, outside a nightclub in downtown Tulsa early Sunday, "
                               "police said.")
    assert (rep.killed_best, rep.wounded[1]) == (2, 5)


def test_the_one_hurt_who_died_is_one_more_dead(gazetteer):
    # one hurt beside those killed outright, then his death: one more dead, none hurt
    rep, _ = report(gazetteer, "Three farmers were hacked to death and a fourth was badly injured in an attack on "
                               "Tuesday, police said. He died in hospital on Wednesday.")
    assert (rep.killed_best, rep.wounded[1]) == (4, 0)
    # ... also told as "the injured man", a paragraph on
    rep, _ = report(gazetteer, "Three farmers were hacked to death and a fourth was badly injured in an attack on "
                               "Tuesday, police said.\n\nThe attack happened at a market late in the evening. The injured "
                               "man was admitted to a hospital, where he died on Wednesday.")
    assert (rep.killed_best, rep.wounded[1]) == (4, 0)
    # ... but not beside a title that counted him already
    rep, _ = report(gazetteer, "Four farmers killed in market attack\n\nThree farmers were hacked to death and a fourth "
                               "was badly injured in an attack on Tuesday, police said. He died in hospital on Wednesday.")
    assert (rep.killed_best, rep.wounded[1]) == (4, 0)


def test_a_list_whose_first_is_not_the_sum_of_the_rest_adds_up(gazetteer):
    # "Three men, one woman and a teenager": five hurt (the first no sum of the two after it)
    rep, _ = report(gazetteer, "Three males, one female and a 15-year-old boy were wounded when shots were fired at a "
                               "block party.")
    assert rep.wounded[1] == 5
    # ... while a first that is the sum of the rest stays the sum
    assert [x[0] for x in killed_and_wounded("Five people, three officers and two drivers, were hurt.")] == [5, 3, 2]
    rep, _ = report(gazetteer, "Five people, three officers and two drivers, were hurt in the crash.")
    assert rep.wounded[1] == 5


def test_an_armys_enemy_sent_to_hell_are_dead():
    assert killed_and_wounded("Soldiers returned fire and sent six militants to hell, the army's media wing said.") == [
        (6, "killed", "fighters")]
    # ... and troops sent somewhere are no toll
    assert killed_and_wounded("The army sent 300 troops to the valley.") == []


def test_a_vague_figure_of_one_side_is_no_part_of_a_stated_figure_of_another(gazetteer):
    # "dozens of rebels" counts beside "22 soldiers" (its low), where "dozens of people" would not
    rep, _ = report(gazetteer, "Rebels stormed an army base near Kidal on Sunday, killing 22 soldiers, the army said. "
                               "It said dozens of rebels were also killed in the fighting.")
    assert rep.killed_best == 22 + 12
    rep, _ = report(gazetteer, "Rebels stormed an army base near Kidal on Sunday, killing 22 soldiers, the army said. "
                               "Residents said dozens of people were killed in the fighting.")
    assert rep.killed_best == 22


def test_records_pasted_as_field_lines_close_with_their_own_count(gazetteer):
    text = ("Event date: 2 April 2024\nLocation: Gao, Mali\nNotes: Militants shot dead 5 traders at a market in Gao.\n"
            "Fatalities: 5\n\nEvent date: 3 April 2024\nLocation: Mopti, Mali\nNotes: A mine killed 3 soldiers near "
            "Mopti.\nFatalities: 3")
    rep, corpus = report(gazetteer, text, date="2024-04-05")
    assert rep.killed_best == 8
    closing = [c for c in corpus.claims if c.is_toll and c.count_text in ("5", "3")]
    assert sorted((c.best, c.place_name) for c in closing) == [(3, "Mopti"), (5, "Gao")]


@pytest.mark.parametrize("sentence, expected", [
    # people who came through an attack with wounds are hurt
    ("Three guards survived the ambush with gunshot wounds.", [(3, "wounded", "security forces")]),
    ("A boy survived the shooting with gunshot wounds to his legs.", [(1, "wounded", "civilians")]),
    # ... while those who survived it are not
    ("Four passengers survived the blast.", []),
])
def test_people_who_survived_an_attack_with_wounds_are_hurt(sentence, expected):
    assert killed_and_wounded(sentence) == expected


@pytest.mark.parametrize("title, expected", [
    # a headline's one person, beside another it tells
    ("Teen killed, another wounded in Akron shooting", [(1, "killed", False), (1, "wounded", False)]),
    ("Woman dead, two hurt in Fresno crash", [(1, "killed", False), (2, "wounded", False)]),
])
def test_a_headlines_one_person_beside_another(title, expected):
    assert [(t.count.best, t.outcome, t.additional) for t in find_tolls(title, 0, [])] == expected


def test_a_village_the_gazetteer_lacks_in_the_storys_district_is_the_districts(gazetteer):
    # the dead told at a village nobody lists, in a story of one district: the district's, parts
    # of its toll (not unplaced beside it: 3 for 2)
    data = map_of(gazetteer, [
        "date 2025-03-02\nTwo people were killed in fresh violence in Kupwara district on Saturday, police said.\n\n"
        "Militants opened fire at Naropora village late at night, killing a shopkeeper. Another body was later "
        "found in an orchard near Kheribal."])
    assert [(loc.name, loc.killed()) for loc in data.localities] == [("Kupwāra", 2)]
    # ... but a district of its own, unknown, stays unplaced, its toll its own
    data = map_of(gazetteer, [
        "date 2025-03-02\nSeven people were killed in floods in Kupwara district on Saturday, officials said.\n\n"
        "In Handwara Kalan district alone, four people died."])
    assert sorted((loc.name, loc.killed()) for loc in data.localities) == [("(no place named)", 4), ("Kupwāra", 7)]


def test_the_dead_more_than_one_told_after_their_toll_are_its_parts(gazetteer):
    # "two more" after one of the toll told by itself: the rest of it, not more dead
    data = map_of(gazetteer, [
        "date 2025-03-02\nThree people were killed in Kupwara district on Saturday, police said.\n\n"
        "Gunmen shot dead a shepherd in a meadow near the town. Two more bodies were found in a stream later in the day."])
    assert sum(loc.killed() or 0 for loc in data.localities) == 3


def test_a_roundups_dead_told_event_by_event_are_its_parts(gazetteer):
    # a day's toll told event by event, the first one by itself, then two, then one: 4, not 2-4
    data = map_of(gazetteer, [
        "date 2025-06-09\nAt least four people were killed in three shootings in Memphis on Saturday, police said.\n\n"
        "Early in the day, a man was shot dead outside a bar on Poplar Avenue. Hours later, two teenagers were "
        "killed at a house party.\n\nLate at night, a woman was killed in a domestic dispute."])
    [loc] = [loc for loc in data.localities if loc.killed()]
    assert loc.counted[Outcome.KILLED] == {"low": 4, "best": 4, "high": 4}


def test_a_town_near_a_capital_is_the_events_place_not_both(gazetteer):
    # "X, a town near the regional capital, Y": the lead's toll is X's, not a region of X and Y
    data = map_of(gazetteer, [
        "date 2025-06-09\nGunmen killed five people in an attack in Cameroon's South West region, officials said.\n\n"
        "The attackers stormed Muyuka, a town near the regional capital, Buea, late on Sunday."])
    assert [(loc.name, loc.killed()) for loc in data.localities if loc.killed()] == [("Muyuka", 5)]


@pytest.mark.parametrize("texts, killed", [
    # one figure told of an area in March and of a town of it in September: two events, not one moved
    (["date 2024-03-21\nThree dead in Ohio office shooting\n\nA gunman killed two co-workers before killing himself, "
      "police said.",
      "date 2024-09-23\nThree dead at Toledo apartment complex\n\nThree people were killed at an apartment complex in "
      "Toledo, police said."], 6),
    # an undated figure of a story told months after one dated event at the town and before another
    (["date 2024-11-10\nIsraeli strikes killed 12 people in a house in Jabalia on Sunday, medics said.",
      "date 2025-05-26\nFour people were killed when a strike hit a house in Jabalia, medics said.",
      "date 2025-09-14\nOn 14 September 2025, an Israeli air strike killed 6 people in Jabalia."], 22),
])
def test_figures_told_months_apart_are_events_apart(gazetteer, texts, killed):
    assert sum(loc.killed() or 0 for loc in map_of(gazetteer, texts).localities) == killed


def test_a_story_does_not_tell_of_an_event_days_after_it(gazetteer):
    # the undated hurt of a story of the 14th and the hurt of an ambush on the 20th at the same place
    data = map_of(gazetteer, [
        "date 2025-09-14\nGunmen attacked a mosque in Niger's Tillaberi region, killing 12 worshippers, officials said."
        "\n\nAt least eight people were wounded, a local official said.",
        "date 2025-09-22\nFour soldiers were wounded when their patrol was ambushed in the Tillaberi region on Saturday, "
        "the army said."])
    assert sum(loc.counted.get(Outcome.WOUNDED, {}).get("best", 0) for loc in data.localities) == 12


def test_a_running_count_as_of_a_day_holds_the_days_before_it(gazetteer):
    # a state's "as of" count of a flood's dead holds a town's dead of five days before
    data = map_of(gazetteer, [
        "date 2025-10-20\nHeavy rains since 10 October have caused flooding across Adamawa State. As of 19 October, "
        "29 people have died, the State Emergency Management Agency said.\n\nIn Yola, 8 people died when a bridge "
        "collapsed on 14 October."])
    assert sum(loc.killed() or 0 for loc in data.localities) == 29


def test_undated_figures_of_stories_told_months_apart_are_events_apart(gazetteer):
    # no story gives a day: when each was told keeps them apart (4, not the latest story's 1)
    data = map_of(gazetteer, [
        "date 2024-09-04\nRussian shelling killed a 67-year-old man in Orikhiv, the regional governor said.",
        "date 2024-10-19\nTwo people were killed in Orikhiv, the governor said.",
        "date 2025-08-04\nOrikhiv: 1 killed in guided bomb attack, officials say"])
    assert sum(loc.killed() or 0 for loc in data.localities) == 4


def test_a_rank_of_the_people_of_its_noun_in_the_toll_before(gazetteer):
    # "a third child" after "a man and his two children" killed: one child hurt, not three
    _, corpus = report(gazetteer, "A drone strike on a house in the village killed a man and his two children on "
                                  "Monday, officials said. A third child survived with burns.")
    assert sorted((c.outcome, c.best) for c in corpus.claims if c.is_toll) == [("killed", 3), ("wounded", 1)]


@pytest.mark.parametrize("sentence, expected", [
    # a unit's long name between the one person and their death
    ("A havildar of the Assam Rifles Quick Response Team also lost his life in the ambush.",
     [(Outcome.KILLED, Victims.SECURITY_FORCES, 1)]),
    ("A member of the Civilian Joint Task Force died of his wounds on Tuesday.",
     [(Outcome.KILLED, Victims.TOTAL, 1)]),
    # ... and the unit's name is no person of that name
    ("A sepoy of the Rapid Action Force was killed near the toll plaza.",
     [(Outcome.KILLED, Victims.SECURITY_FORCES, 1)]),
])
def test_one_person_of_a_unit_with_a_long_name(sentence, expected):
    assert [(t.outcome, t.victims, t.count.best) for t in find_tolls(sentence, 0)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # people of a camp killed or hurt are civilians, not people displaced
    ("Shells hit the camp at dawn, killing 11 displaced people and wounding 30.",
     [(Outcome.KILLED, Victims.CIVILIANS, 11), (Outcome.WOUNDED, Victims.TOTAL, 30)]),
    ("Seven displaced persons were wounded when the shelter was struck.",
     [(Outcome.WOUNDED, Victims.CIVILIANS, 7)]),
    # ... while a count of the displaced alone stays one
    ("Some 4,000 displaced people now shelter in the school.", [(Outcome.DISPLACED, Victims.TOTAL, 4000)]),
])
def test_displaced_people_harmed_are_victims_not_the_displaced(sentence, expected):
    assert [(t.outcome, t.victims, t.count.best) for t in find_tolls(sentence, 0)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a count that is the subject of a clause after the toll is no figure of the toll
    ("The governor warned the death toll could climb further, as more than 40 people were badly hurt.",
     [(Outcome.WOUNDED, Victims.TOTAL, 40)]),
    ("Doctors fear the death toll will rise because 18 people remain in critical condition after the blast.",
     [(Outcome.WOUNDED, Victims.TOTAL, 18)]),
    # ... while a toll said "as high as" is its figure
    ("Residents put the death toll as high as 31.", [(Outcome.KILLED, Victims.TOTAL, 31)]),
])
def test_a_count_in_a_clause_after_the_toll_is_not_its_figure(sentence, expected):
    assert [(t.outcome, t.victims, t.count.best) for t in find_tolls(sentence, 0)] == expected


def test_another_sources_lower_or_official_toll_is_a_version(gazetteer):
    # made-up analysis copy: a second source's figure said as "a lower toll of N" is that toll's low
    text = ("Gunmen attacked the village of Tudun Fulani in Zamfara state on Sunday night, killing between 40 "
            "and 70 people according to a rights group; state police gave a lower toll of 23.")
    corpus = read(gazetteer, text)
    assert sorted(c.best for c in corpus.claims if c.outcome == Outcome.KILLED) == [23, 40]
    data = build_map(corpus, gazetteer)
    (inc,) = [i for i in data.incidents if i.outcome == Outcome.KILLED]
    assert (inc.killed_low, inc.killed_high) == (23, 70)


@pytest.mark.parametrize("sentence", [
    "Militants ambushed a checkpoint, killing Assistant Sub-Inspector Gul Zaman and wounding a driver.",
    "Gunmen on a motorcycle shot dead Sub-Inspector Tariq Mehmood near the market.",
])
def test_a_rank_with_its_prefix_says_who_a_named_person_was(sentence):
    # made-up agency copy: the title's prefixes make a rank of it, the person one of the state's forces
    assert [(t.outcome, t.victims) for t in find_tolls(sentence, 0) if t.outcome == Outcome.KILLED] == \
        [(Outcome.KILLED, Victims.SECURITY_FORCES)]


def test_suspects_the_police_killed_in_their_raid_are_the_side_fought(gazetteer):
    # made-up wire copy: the headline's "suspects" and the lead's "suspected gang members" are one
    # toll, not the attackers of the raid counted beside its dead
    text = ("date: 2024-07-10\n\nPolice kill 8 suspects in Recife raids\n\nRECIFE, Brazil — Military police killed "
            "eight suspected drug traffickers in raids on two favelas in Recife on Tuesday, the state's security "
            "secretariat said.")
    data = map_of(gazetteer, [text])
    assert sum(loc.killed() or 0 for loc in data.localities) == 8


@pytest.mark.parametrize("sentence, expected", [
    # a figure said to be what the dead or the hurt numbered
    ("The wounded numbered at least 21, hospital officials said.", [(21, "wounded")]),
    ("By nightfall the dead numbered 33.", [(33, "killed")]),
    ("Two guards were among the injured, who numbered about 40.", [(2, "wounded"), (40, "wounded")]),
])
def test_a_figure_the_dead_or_hurt_numbered(sentence, expected):
    assert counts_and_outcomes(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the first of a harm verb's list of people, by a noun the lists lack, is one of them
    ("Rebels ambushed the convoy, killing a cartographer and three nurses, officials said.",
     [(1, "killed"), (3, "killed")]),
    ("The explosion injured a stonemason and two carpenters at the site.", [(1, "wounded"), (2, "wounded")]),
    # ... never a thing: "destroyed a school and five houses"
    ("The storm destroyed a school and five houses.", []),
])
def test_the_first_of_a_list_by_a_noun_the_rules_lack(sentence, expected):
    assert counts_and_outcomes(sentence) == expected
