"""Claims: tolls, non-tolls, victims, outcomes, places, dates and attribution, as general rules
on made-up sentences, then on the bundled articles."""
import pytest

from geo.articles import parse_article
from geo.claims import extract_claims
from geo.dates import find_dates


@pytest.fixture(scope="module")
def claims_of(resolver, gazetteer):
    def run(text, name="t.txt"):
        return extract_claims(resolver.resolve(parse_article(text.encode(), name)), gazetteer)
    return run


def tolls(claims):
    return [(c.best, c.outcome, c.victims) for c in claims if c.is_toll]


@pytest.mark.parametrize("text,expected", [
    ("Shelling killed 12 civilians in Idlib on Monday.", [(12, "killed", "civilians")]),
    ("At least 30 people were killed in Homs.", [(30, "killed", "total")]),
    ("The attack left dozens dead in Aleppo.", [(12, "killed", "total")]),
    ("Clashes in Daraa killed seven soldiers and wounded 15 others.", [(7, "killed", "security forces"), (15, "wounded", "total")]),
    ("Some 2,000 residents fled Raqqa on Tuesday.", [(2000, "displaced", "civilians")]),
    ("Police arrested 45 protesters in Damascus.", [(45, "arrested", "civilians")]),
    ("The death toll in Hama has risen to 84.", [(84, "killed", "total")]),
    ("Gunmen killed his two brothers and niece in Homs.", [(3, "killed", "civilians")]),
    ("In Idlib, 125 members of the security forces and 148 insurgents were killed.",
     [(125, "killed", "security forces"), (148, "killed", "fighters")]),
    ("About 60 fighters linked to the government were killed near Hama.", [(60, "killed", "security forces")]),
])
def test_toll_shapes(claims_of, text, expected):
    assert tolls(claims_of(text)) == expected


@pytest.mark.parametrize("text", [
    "The 14-year-long war in Syria devastated Homs.",
    "Alawites make up about 10% of the population of Latakia.",
    "Samir Haidar, 67, a resident of Homs, spoke on March 6.",
    "The 67-year-old fled Homs in 2012.",
    "Fighting in Aleppo lasted four days.",
    "Residents of Idlib paid $50 for bread.",
    "Dozens of people chanted slogans in Damascus.",
    "Resolution 2254 was discussed in Geneva.",
])
def test_numbers_that_are_not_tolls(claims_of, text):
    assert tolls(claims_of(text)) == []


def test_incident_count_is_kept_apart_from_the_toll(claims_of):
    cs = [c for c in claims_of("About 745 civilians were killed in 30 massacres in Homs.") if c.is_toll]
    assert [(c.best, c.incident_count) for c in cs] == [(745, 30)]


def test_total_and_breakdown_are_linked(claims_of):
    cs = [c for c in claims_of("The overall death toll in Homs rose to 1,311, including 231 soldiers and 250 insurgents, "
                               "according to the Example Monitor for Human Rights.") if c.is_toll]
    total = next(c for c in cs if c.is_total)
    assert total.best == 1311
    assert {c.best for c in cs if c.part_of == total.claim_id} == {231, 250}


def test_region_of_several_provinces_is_one_claim(claims_of):
    cs = [c for c in claims_of("At least 40 civilians were killed in Homs and Hama provinces.") if c.is_toll]
    assert len(cs) == 1
    c = cs[0]
    assert c.place_kind == "region" and set(c.parts) == {"a1:SY.10", "a1:SY.11"} and c.precision == 5


def test_place_from_the_paragraph_when_the_sentence_has_none(claims_of):
    cs = claims_of("Heavy fighting hit Jableh on Friday. The toll rose to 17, officials said.")
    toll = next(c for c in cs if c.is_toll)
    assert toll.place_name == "Jablah" and toll.best == 17


def test_finer_place_wins_over_its_container(claims_of):
    c = next(c for c in claims_of("Twelve people were killed at the Hmeimim air base in Latakia.") if c.is_toll)
    assert c.place_id == "cur:hmeimim-air-base"


@pytest.mark.parametrize("sentence,start,end", [
    ("Clashes on Friday and Saturday killed 20.", "2025-03-07", "2025-03-08"),
    ("The ambush last Thursday killed 5.", "2025-03-06", "2025-03-06"),
    ("Since March 6, 300 people died.", "2025-03-06", "2025-03-09"),
    ("On 8 March, 4 were killed.", "2025-03-08", "2025-03-08"),
    # a month's abbreviation with its full stop, as agencies write it
    ("Since Oct. 7, 300 people have died.", "2024-10-07", "2025-03-09"),
    ("On Sept. 12, 4 were killed.", "2024-09-12", "2024-09-12"),
    # "from Friday's strike" names the strike's day, no period since it
    ("The toll from Friday's bombing rose to 14, officials said on Saturday.", "2025-03-07", "2025-03-07"),
    ("Yesterday 3 were killed.", "2025-03-08", "2025-03-08"),
    ("In the past four days 40 died.", "2025-03-05", "2025-03-09"),
    # "since" a month of a year, or a year, runs to the publication too ...
    ("More than 90 people have died in the district since June 2023.", "2023-06-01", "2025-03-09"),
    ("The insurgency has killed 4,000 people since early 2019.", "2019-01-01", "2025-03-09"),
    # ... "from" a year may end at another year
    ("From 2019 to 2021, 4,000 people were killed.", "2019-01-01", "2021-12-31"),
    # ... but a superlative's "since" names an earlier event's month ("the deadliest since ...")
    ("It was the deadliest attack in the city since June 2023, when a truck bomb killed 80.", "2023-06-01", "2023-06-30"),
    ("Attacks have surged since March 2024, when militants killed 40 soldiers.", "2024-03-01", "2024-03-31"),
])
def test_dates_resolve_against_publication(sentence, start, end):
    import datetime as dt

    s, e, text = find_dates(sentence, dt.date(2025, 3, 9))  # a Sunday
    assert (s, e) == (start, end) and text


def test_dates_stay_relative_without_publication():
    s, e, text = find_dates("Clashes on Friday and Saturday killed 20.", None)
    assert s is None and e is None and "friday" in text


@pytest.mark.parametrize("text,reporter,relay", [
    ("At least 20 civilians were killed in Homs, according to the Example Network for Human Rights.",
     "Example Network for Human Rights", ""),
    ("The defence ministry said 12 soldiers were killed in Hama.", "defence ministry", ""),
    ("Reuters reported sources in the army saying 8 soldiers were killed in Daraa.", "sources in the army", "Reuters"),
    ("An activist in Idlib said 5 people were killed.", "activist in Idlib", ""),
    # local news: the police, deputies, the coroner
    ("Two men were shot dead outside a bar in Akron late Friday, police said.", "police", ""),
    ("A woman was killed in a crash on Route 9, state police said.", "state police", ""),
    ("The coroner said a 40-year-old man died at the scene in Akron.", "coroner", ""),
    # a title's abbreviation is part of the name after the verb
    ("Four soldiers were wounded near Homs, said Maj. Gen. Omar Haddad, a division commander.",
     "Maj. Gen. Omar Haddad", ""),
    # a country's ministry keeps its country ("Iraq's interior ministry", not "s interior ministry")
    ("Nine people died in the fire in Basra, Iraq's health ministry said.", "Iraq's health ministry", ""),
    # the words before the subject are no part of it: "in what officials said was"
    ("Eleven inmates died at a jail in Comayagua, in what officials said was a fight between gangs.", "officials", ""),
    # a sentence's capitalised first word is the police still
    ("Police in Durban said six people were shot dead at a tavern.", "Police in Durban", ""),
    ("At least 30 villagers were killed near Djibo, an aid worker told reporters.", "aid worker", ""),
    ("Security forces shot dead four protesters in Conakry on Monday, rights groups said.", "rights groups", ""),
    ("Twelve inmates died in a riot at a jail in Manaus, the state's prison administration office said.",
     "state's prison administration office", ""),
    # a place's name in an office's keeps its "New"
    ("Four people died in a fire in the Bronx, the Fire Department of New York said.", "Fire Department of New York", ""),
    ("Gunmen killed a priest and two catechists near Kaduna, the Catholic diocese said.", "Catholic diocese", ""),
])
def test_attribution(claims_of, text, reporter, relay):
    c = next(c for c in claims_of(text) if c.is_toll)
    assert c.reported_by.lower() == reporter.lower() and c.relayed_by == relay


def test_attribution_resolves_acronyms_and_anaphora(claims_of):
    text = ("The Example Observatory for Human Rights (EOHR) said 40 civilians were killed in Homs.\n"
            "EOHR later said 55 civilians were killed in Homs. The Observatory also reported 9 soldiers killed in Homs.\n"
            "This included 3 officers, the monitoring group said.")
    reps = {c.reported_by for c in claims_of(text) if c.is_toll}
    assert reps == {"Example Observatory for Human Rights"}


def test_event_claims_without_counts(claims_of):
    cs = claims_of("Hundreds of people protested in Damascus on Sunday. Troops were deployed to Jableh.")
    events = {(c.event_type, c.place_name) for c in cs if not c.is_toll}
    assert ("protest", "Damascus") in events and ("security operation/deployment", "Jablah") in events
    assert all(c.acled_event_type for c in cs)


def test_acled_mapping(claims_of):
    c = next(c for c in claims_of("Militiamen shot 9 civilians dead in Idlib.") if c.is_toll)
    assert (c.acled_event_type, c.acled_sub_event_type) == ("Violence against civilians", "Attack")
    c = next(c for c in claims_of("Clashes killed 4 soldiers in Hama.") if c.is_toll)
    assert (c.acled_event_type, c.acled_sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text, sub", [
    # remote violence is coded by its means, civilians among the dead or not (ACLED's codebook)
    ("An air strike killed 9 civilians in Idlib.", "Air/drone strike"),
    ("Four people were killed when a drone struck a tent west of Rafah.", "Air/drone strike"),
    ("A suicide bomber blew himself up at a wedding in Kunduz, killing 16 guests.", "Suicide bomb"),
    ("A roadside bomb killed three soldiers near Kidal.", "Remote explosive/landmine/IED"),
    ("Two blasts tore through a rally held by opposition leaders in Beni, killing 8 people.",
     "Remote explosive/landmine/IED"),
    ("A man threw a grenade into a bar in Goma, wounding 11 customers.", "Grenade"),
])
def test_the_dead_of_bombs_and_strikes_are_remote_violence(claims_of, text, sub):
    for c in (c for c in claims_of(text) if c.is_toll):
        assert c.event_type == "attack/ambush"
        assert (c.acled_event_type, c.acled_sub_event_type) == ("Explosions/Remote violence", sub)


@pytest.mark.parametrize("text, kind", [
    # a toll is never the displacement, the deployment or the damage its sentence also tells of
    ("A strike on a hall sheltering displaced families in Kadugli killed 14 people, medics said.", "killing/massacre"),
    ("The fighting has killed hundreds and displaced 40,000 in Ituri since June.", "clash"),
    ("He said 19 bodies had been recovered at Dogo and that troops had been deployed there.", "killing/massacre"),
    ("A gas cylinder explosion at a restaurant in Kano killed six people.", "accident"),
    ("Title: Bus falls into gorge in Bolivia's Andes, killing 19", "accident"),
])
def test_a_toll_takes_a_lethal_event_type(claims_of, text, kind):
    c = next(c for c in claims_of(text) if c.outcome == "killed")
    assert c.event_type == kind


def test_protesters_killed_are_excessive_force(claims_of):
    c = next(c for c in claims_of("Police opened fire on protesters in Bamako, killing five.") if c.is_toll)
    assert (c.event_type, c.acled_event_type, c.acled_sub_event_type) == \
        ("protest", "Protests", "Excessive force against protesters")


def test_people_abducted_are_an_abduction_and_a_notes_closing_count_is_its_killing(claims_of):
    cs = [c for c in claims_of("On 4 March 2026, gunmen killed 3 farmers and kidnapped 14 others in Tsafe (Zamfara). "
                               "Fatalities: 3.") if c.is_toll]
    taken = next(c for c in cs if c.outcome == "arrested")
    assert (taken.best, taken.event_type, taken.acled_sub_event_type) == (14, "abduction", "Abduction/forced disappearance")
    assert {c.event_type for c in cs if c.outcome == "killed"} == {"killing/massacre"}
    # ... and the state's own arrests stay arrests
    c = next(c for c in claims_of("Police arrested 12 protesters in Kano on Monday.") if c.is_toll)
    assert c.event_type == "arrest"


def test_every_claim_keeps_its_evidence(sample_places, gazetteer):
    for p in sample_places:
        for c in extract_claims(p, gazetteer):
            assert p.article.text[c.sentence_start:c.sentence_end] == c.sentence
            assert c.sentence_start <= c.start <= c.end <= c.sentence_end
            assert c.article_id == p.article.id
            assert not any(s <= c.start < e for s, e in p.article.dropped)  # repeated block read once


def test_lists_of_places_are_kept_but_qualifiers_dropped(claims_of):
    ev = {c.place_name for c in claims_of("Troops were deployed to Latakia, Jableh, and Baniyas on Sunday.") if not c.is_toll}
    assert ev == {"Latakia", "Jablah", "Bāniyās"}
    c = next(c for c in claims_of("Five people were killed in Douma, Rif Dimashq, on Monday.") if c.is_toll)
    assert c.place_name == "Douma" or c.place_name.startswith("Dūmā")


def test_a_place_named_to_say_where_another_is_does_not_widen_the_claim(gazetteer):
    """ "Maadan in rural Raqqa", "Mafa LGA (Borno)": the claim is about the first place."""
    from geo.articles import parse_article
    from geo.pipeline import read_corpus

    texts = ["On 3 March 2024, a landmine exploded near Maadan in rural Raqqa, killing a shepherd. 1 fatality.",
             "On 9 April 2024, militants killed 5 farmers in Mafa LGA (Borno). 5 fatalities."]
    corpus = read_corpus([parse_article(t.encode(), f"n{k}.txt") for k, t in enumerate(texts)], gazetteer)
    places = {c.article_id: c for c in corpus.claims if c.is_toll}
    got = [(places[a.id].place_kind, places[a.id].country) for a in corpus.articles]
    assert got == [("locality", "SY"), ("locality", "NG")]


def test_a_month_of_a_year_or_a_year_alone_dates_a_sentence():
    import datetime as dt

    from geo.dates import find_dates

    pub = dt.date(2031, 2, 11)
    assert find_dates("The floods of March 2029 killed 300 people.", pub)[:2] == ("2029-03-01", "2029-03-31")
    assert find_dates("In 2027, a bomb killed 20 people.", pub)[:2] == ("2027-01-01", "2027-12-31")
    # a day wins over a year; money, thousands and decimals are no years
    assert find_dates("On 3 May 2030 the depot burned.", pub)[:2] == ("2030-05-03", "2030-05-03")
    assert find_dates("It cost $2029 and 2,030 people left; 2029.5 units.", pub)[:2] == (None, None)


def test_a_numeric_day_dates_a_sentence_either_order_by_the_publication():
    import datetime as dt

    from geo.dates import calendar_day, find_dates

    pub = dt.date(2031, 2, 11)
    assert find_dates("On 2031-02-04, gunmen killed 3 farmers.", pub)[:2] == ("2031-02-04", "2031-02-04")
    assert find_dates("14/01/2031 - gunmen killed 3 farmers.", pub)[:2] == ("2031-01-14", "2031-01-14")
    assert find_dates("On 1/14/2031 gunmen killed 3 farmers.", pub)[:2] == ("2031-01-14", "2031-01-14")
    # day and month either way: the reading on or before the publication, nearest it
    assert find_dates("On 02/03/2031, gunmen killed 3 farmers.", pub)[:2] == ("2031-02-03", "2031-02-03")
    assert find_dates("On 09.02.2031 gunmen killed 3 farmers.", pub)[:2] == ("2031-02-09", "2031-02-09")
    # no day after the publication, no fraction, no version number
    assert find_dates("On 12/11/2031 gunmen killed 3 farmers.", pub)[:2] == ("2031-01-01", "2031-12-31")
    assert find_dates("Turnout was 3/4 in 2030.", pub)[:2] == ("2030-01-01", "2030-12-31")
    assert find_dates("Release 1.2.2031.5 shipped.", pub)[:2] == (None, None)
    assert calendar_day(find_dates("On 02/03/2031, gunmen killed 3 farmers.", pub)[2])


def test_a_number_after_a_month_is_a_day_not_a_range():
    from geo.numbers import find_counts

    got = find_counts("raising the toll since March 3 to 1,204.")
    assert [(c.low, c.high) for c in got] == [(1204, 1204)]
    assert [(c.low, c.high) for c in find_counts("killing 3 to 5 people on March 3")] == [(3, 5), (3, 3)]


def test_claims_read_the_place_steps_sentences_as_if_split_again(resolver, gazetteer):
    """The claim finder takes the sentences the place step split (per segment) instead of
    splitting each paragraph again: the claims are the same either way."""
    from dataclasses import replace

    text = ("MOSUL, Iraq — Gunmen killed 4 soldiers near Tal Afar on Monday, Lt. Col. Ahmed Saleh said.\n\n"
            "Two civilians were wounded.\nA third died later in a hospital in Erbil. U.S. officials gave no figure.\n"
            "The Iraqi Observatory for Human Rights said 12 people died in Nineveh province since Friday…\n"
            "(12) \n  3 dead . Dr. Karim: “Five were shot.”")
    places = resolver.resolve(parse_article(text.encode(), "mosul.txt"))
    assert places.sentences
    with_split = extract_claims(replace(places, sentences=None), gazetteer)
    with_given = extract_claims(places, gazetteer)
    assert [c.to_record() for c in with_given] == [c.to_record() for c in with_split]
    assert sum(1 for c in with_given if c.is_toll) >= 3


def test_a_period_speaks_for_the_toll_of_its_own_clause(claims_of):
    # the overnight toll is an event; the year's figure after "bringing" is context
    text = ("Three farmers were shot dead near Tulkarm overnight, the ministry said, bringing the number "
            "killed in the northern West Bank this year to 211.")
    got = {c.best: c.cumulative for c in claims_of(text) if c.is_toll}
    assert got == {3: False, 211: True}
    # words of a period in a clause of no toll still speak for every toll of the sentence
    text = "Since the start of the year, 40 civilians and 9 policemen have been killed in Tulkarm."
    assert {c.best: c.cumulative for c in claims_of(text) if c.is_toll} == {40: True, 9: True}


def test_a_toll_risen_after_a_long_subject(claims_of):
    text = ("The death toll from Tuesday's mudslide in the hills above the mining town of Porgera has "
            "climbed to 96, relief officials said.")
    assert tolls(claims_of(text)) == [(96, "killed", "total")]


@pytest.mark.parametrize("text, cumulative", [
    ("Fighting has killed more than 900 people in Ituri since December, the UN said.", True),
    ("More than 2,000 conscripts have died since Moscow's full-scale invasion, officials said.", True),
    ("At least 40 people were killed in Kasai since March 6, a rights group said.", False),
])
def test_since_a_month_or_a_war_is_a_period_figure(claims_of, text, cumulative):
    [c] = [c for c in claims_of(text) if c.is_toll]
    assert c.cumulative is cumulative


@pytest.mark.parametrize("text, place, kind", [
    # "in the state": the state the story names, not the whole country
    ("Gunmen killed three farmers near Jos in Plateau State on Monday, police said.\n\n"
     "More than 400 people have been killed in attacks in the state this year, local officials said.",
     "Plateau", "admin1"),
    ("Two tribal elders were shot dead in Bajaur district on Sunday.\n\nOver 90 people have died in "
     "attacks across the district since 2024, officials said.", "Bajaur", "admin2"),
    # no area of that kind named: the country's, as before
    ("Gunmen killed three farmers near Jos on Monday, police in Nigeria said.\n\n"
     "More than 400 people have been killed in attacks in the state this year.", "Nigeria", "country"),
])
def test_a_running_figure_of_the_state_is_the_state_the_story_names(claims_of, text, place, kind):
    [c] = [c for c in claims_of(text) if c.is_toll and c.best in (400, 90)]
    assert c.cumulative and (c.place_name, c.place_kind) == (place, kind)


def test_more_of_the_storys_event_with_no_place_is_where_its_last_toll_was(claims_of):
    # a story of two places (no one place to fall back on): "Three other guards" are the mine's
    lead = ("Gunmen killed two guards at a gold mine near Kidal on Monday, officials said, and the army said it "
            "had repelled an attack on its base in Gao the same day.\n\nThe attackers fled on motorbikes. ")
    [hurt] = [c for c in claims_of(lead + "Three other guards were wounded and flown to Bamako for treatment.")
              if c.is_toll and c.outcome == "wounded"]
    assert (hurt.place_name, hurt.place_kind) == ("Kidal", "locality") and hurt.place_mentions
    # ... a toll that does not say so stays the country's, as before
    [hurt] = [c for c in claims_of(lead + "Three guards were wounded and flown to Bamako for treatment.")
              if c.is_toll and c.outcome == "wounded"]
    assert hurt.place_kind == "country"


def test_a_later_sentence_naming_more_places_and_no_toll_does_not_place_a_toll(claims_of):
    story = ("KAMPALA, Uganda — Police shot dead three protesters in central Kampala on Thursday, a rights group "
             "said.\n\nThe Uganda Law Society said 30 people were hurt. ")
    [hurt] = [c for c in claims_of(story + "Demonstrations also took place in Gulu, Mbarara and Jinja.")
              if c.is_toll and c.best == 30]
    assert hurt.place_kind == "country" and hurt.country == "UG"
    # ... but one that goes on about the event with a toll of its own still does
    [hurt] = [c for c in claims_of("Rockets fired across the border killed two children. Three more people were "
                                   "also wounded in the rocket fire that hit the town of Gulu.") if c.best == 2]
    assert hurt.place_name == "Gulu"


@pytest.mark.parametrize("text, best, place, reporter_kind", [
    # a toll said with no place before another event's toll: the next sentence's toll is its own
    # event, near its own place; this one is the lead's area, not Beni
    ("GOMA, Democratic Republic of the Congo — Rebels captured the town of Rutshuru-Centre in North Kivu province "
     "on Monday, officials said.\n\nAt least 24 civilians were killed in the fighting, a local official said. "
     "Two peacekeepers were wounded when a mortar round hit their base near Beni.", 24, "Rutshuru", None),
    # the attackers' own figure with no place is where the story put their attack
    ("BAIDOA, Somalia — A suicide bomber killed nine soldiers at an army base in Baidoa on Monday, officials "
     "said.\n\nAl-Shabab claimed responsibility, saying it had killed 40 soldiers.\n\nIn a separate "
     "incident, two soldiers died when their truck hit a mine near Afgoye.", 40, "Baidoa", "perpetrator"),
])
def test_a_toll_with_no_place_of_its_own_is_where_the_story_put_its_event(claims_of, text, best, place, reporter_kind):
    [c] = [c for c in claims_of(text) if c.is_toll and c.best == best]
    assert c.place_name == place
    if reporter_kind is not None:
        assert c.reporter_kind == reporter_kind


def test_the_landmark_a_distance_is_measured_from_is_not_the_tolls_place(claims_of):
    [c] = [c for c in claims_of("A bomb exploded at a market in Kumo, 35 kilometres (22 miles) from the Gombe state "
                                "capital Gombe, killing three people.") if c.is_toll]
    assert c.place_name == "Kumo"
    # ... even where it is the only place the sentence names: the place measured is unknown, in the
    # landmark's country, apart from the story's others (neither Baghdad nor Hilla)
    cs = [c for c in claims_of("A car bomb killed 15 people in Hilla. Elsewhere, two soldiers were wounded at an army "
                               "base around 85 km (50 miles) west of Baghdad.") if c.is_toll]
    assert {(c.place_name, c.country) for c in cs} == {("Al Hillah", "IQ"), (None, "IQ")}


def test_a_notes_closing_count_is_where_its_toll_was(claims_of):
    cs = [c for c in claims_of("On 2 March 2026, soldiers shot dead a farmer during a raid in Tammun, south of Tubas "
                               "(Tubas). 1 fatality.") if c.is_toll]
    assert len({(c.place_id, c.precision) for c in cs}) == 1 and cs[0].place_kind != "region"


def test_a_month_without_a_year_is_the_last_such_month():
    import datetime as dt

    pub = dt.date(2031, 5, 10)
    assert find_dates("In February, 80 people were killed in raids.", pub)[:2] == ("2031-02-01", "2031-02-28")
    # a month still to come this year is last year's; "since" runs to the publication
    assert find_dates("In late October, a bomb killed 20 people.", pub)[:2] == ("2030-10-01", "2030-10-31")
    assert find_dates("Since November, 60 people have died.", pub)[:2] == ("2030-11-01", "2031-05-10")
    assert find_dates("They may die of their wounds.", pub)[:2] == (None, None)


def test_a_count_that_raised_a_toll_is_part_of_it(claims_of):
    text = ("The death toll from the blast in Mombasa rose to 14 after three more victims died in "
            "hospital, police said.")
    got = {c.best: c.part_of for c in claims_of(text) if c.is_toll}
    assert set(got) == {14, 3} and got[14] is None and got[3] is not None


@pytest.mark.parametrize("text, place", [
    ("Prosecutors said on Monday they had recovered nine bodies from a ravine on the outskirts of Soacha, "
     "a working-class city south of Bogota.", "Soacha"),
    ("The army said a mine had killed four herders on Sunday on a track near Madaoua, about 110 km east "
     "of Tahoua.", "Madaoua"),
])
def test_a_town_described_by_its_neighbour_is_the_claims_place(claims_of, text, place):
    [c] = [c for c in claims_of(text) if c.is_toll]
    assert c.place_kind == "locality" and c.place_name == place


def test_a_town_then_a_direction_and_its_area_is_the_towns(claims_of):
    text = "On 4 May, rockets hit a market in Saraqib town, eastern Idleb, killing five civilians."
    [c] = [c for c in claims_of(text) if c.is_toll]
    assert c.place_kind == "locality" and c.place_name.startswith("Saraq")


def test_a_place_misread_abroad_yields_to_the_area_that_says_where_it_is(claims_of):
    # a Tunisian town's name for a quarter "south of Baghdad": the claim is Baghdad's, not Tunisia's
    [c] = [c for c in claims_of("Gunmen killed four people in the Sidi Bouzid area south of Baghdad.") if c.is_toll]
    assert c.country == "IQ"


def test_a_quarter_misread_as_a_far_town_yields_to_its_city(claims_of):
    # Jacarezinho, Parana lies 600 km from Rio: the favela "in Rio de Janeiro" is Rio's
    text = "Police killed 28 people in a raid on the Jacarezinho favela in Rio de Janeiro on Thursday."
    [c] = [c for c in claims_of(text) if c.is_toll]
    assert c.place_name == "Rio de Janeiro"


def test_a_span_of_days_in_one_month_dates_a_sentence():
    import datetime as dt

    pub = dt.date(2031, 4, 2)
    assert find_dates("Between 24 and 29 March, 40 civilians were killed.", pub)[:2] == ("2031-03-24", "2031-03-29")
    assert find_dates("On March 3-6, shelling killed 12 people.", pub)[:2] == ("2031-03-03", "2031-03-06")
    assert find_dates("Between 5 and 10 people died on 20 March.", pub)[:2] == ("2031-03-20", "2031-03-20")
    # an undated note's span takes the year it states
    assert find_dates("Between 11 and 14 June 2031, clashes killed 9.", None)[:2] == ("2031-06-11", "2031-06-14")


def test_a_place_opening_a_tolls_own_clause_is_its_place(claims_of):
    # "X died in A, while in B N were killed": B's toll; a clause's place before the count counts
    cs = claims_of("Clashes killed 6 herders in Jos, while in Kaduna 4 traders were shot dead by bandits.")
    assert {(c.best, c.place_name) for c in cs if c.is_toll} == {(6, "Jos"), (4, "Kaduna")}


def test_a_lead_placed_in_a_country_takes_the_place_its_next_line_gives_the_event(claims_of):
    text = ("A car bomb exploded outside a police post in Nigeria's northeast on Sunday, killing 9 people.\n"
            "The attack happened in Bama, a town in Borno state, the police said.")
    [toll] = [c for c in claims_of(text) if c.is_toll]
    assert (toll.place_name, toll.country) == ("Bama", "NG")
    # ... and one placed in a first-order area, the place inside it
    text = "Gunmen killed 6 farmers in Plateau state on Sunday.\nThe attack took place in Bokkos, the police said."
    [toll] = [c for c in claims_of(text) if c.is_toll]
    assert (toll.place_name, toll.country) == ("Bokkos", "NG")
    # a next line about something else leaves the country
    other = ("A car bomb exploded outside a police post in Nigeria's northeast on Sunday, killing 9 people.\n"
             "Officials in Abuja said they would review security.")
    [toll] = [c for c in claims_of(other) if c.is_toll]
    assert toll.place_kind == "country"


def test_the_places_in_brackets_after_a_place_say_where_it_is(claims_of):
    # conflict-event notes: "place (district, province)"; the note's toll is the first place's
    cs = claims_of("On 9 June 2024, ISWAP militants attacked Gajiram (Monguno, Borno), killing 4 soldiers. 4 fatalities.")
    assert {(c.best, c.place_name) for c in cs if c.is_toll} == {(4, "Gajiram")}


def test_a_town_said_to_lie_in_a_direction_of_a_city_is_the_claims_place(claims_of):
    [toll] = [c for c in claims_of("A blast at a fireworks warehouse in Tultepec, north of Mexico City, killed 9 people.")
              if c.is_toll]
    assert toll.place_name == "Tultepec" and toll.event_type == "accident"


@pytest.mark.parametrize("date_text, exact", [
    ("3 march 2024", True), ("on 3 march 2024", True), ("june 10", True),
    # a weekday, a part of a day, a month alone or nothing is no day of the calendar said alone
    ("on tuesday; june 10", False), ("late on 3 march", False), ("february 2022", False), ("", False),
])
def test_a_day_of_the_calendar_said_alone(date_text, exact):
    from geo.dates import calendar_day

    assert calendar_day(date_text) is exact


def test_last_week_and_last_month_are_calendar_periods():
    import datetime as dt

    pub = dt.date(2031, 3, 5)  # a Wednesday
    assert find_dates("Last month, 11 bodies were found in a grave.", pub)[:2] == ("2031-02-01", "2031-02-28")
    assert find_dates("Last week two men were shot.", pub)[:2] == ("2031-02-24", "2031-03-02")
    # "earlier" this week or month is before the story's day: up to the day before it
    assert find_dates("Earlier this month a bomb killed 3.", pub)[:2] == ("2031-03-01", "2031-03-04")
    assert find_dates("Earlier this week a bomb killed 3.", pub)[:2] == ("2031-03-03", "2031-03-04")
    # ... and a week or month the story's day opens is that day
    assert find_dates("Earlier this month a bomb killed 3.", dt.date(2031, 3, 1))[:2] == ("2031-03-01", "2031-03-01")
    assert find_dates("Last month 2 died.", dt.date(2031, 1, 9))[:2] == ("2030-12-01", "2030-12-31")
    # ... but when a figure was said is not when its dead died: "in January", not last week
    assert find_dates("In January alone 40 people were killed, the UN said last week.", pub)[:2] == ("2031-01-01", "2031-01-31")


def test_each_toll_of_a_sentence_takes_the_place_of_its_own_clause(claims_of):
    # a few words after each count, before the next: not a region of every place the sentence names
    text = ("Gunmen shot dead five members of a wedding party in Kaura Namoda, and later three herders "
            "were killed by a landmine near Gusau, police said.")
    got = {(c.best, c.place_name) for c in claims_of(text) if c.is_toll}
    assert got == {(5, "Kaura Namoda"), (3, "Gusau")}


def test_the_weekend_is_its_saturday_and_sunday_and_the_day_it_was_said_is_not_the_events():
    import datetime as dt

    pub = dt.date(2031, 3, 5)  # a Wednesday
    # the event's weekend, not the Wednesday the statement was made
    assert find_dates("Militia fighters killed 12 herders in raids over the weekend, the governor said on Wednesday.",
                      pub)[:2] == ("2031-03-01", "2031-03-02")
    assert find_dates("Two soldiers were shot dead on Monday, the army said Tuesday.", pub)[:2] == ("2031-03-03", "2031-03-03")
    # the day it was said stays where nothing else dates the event
    assert find_dates("Seven people were killed, police said on Tuesday.", pub)[:2] == ("2031-03-04", "2031-03-04")
    # published on a Sunday: that weekend, to the Sunday
    assert find_dates("Floods at the weekend killed 9.", dt.date(2031, 3, 9))[:2] == ("2031-03-08", "2031-03-09")


def test_holidays_on_fixed_days_date_a_toll_and_a_thing_named_after_one_does_not():
    import datetime as dt

    pub = dt.date(2031, 1, 14)
    # the latest Christmas before the publication, not the coming one
    assert find_dates("Militants killed dozens of villagers in raids over Christmas.", pub)[:2] == ("2030-12-24", "2030-12-26")
    assert find_dates("A suicide bomber struck a church on Christmas Day.", pub)[:2] == ("2030-12-25", "2030-12-25")
    assert find_dates("Three men were stabbed on New Year's Eve.", pub)[:2] == ("2030-12-31", "2030-12-31")
    assert find_dates("Clashes have continued since New Year's Day.", pub)[:2] == ("2031-01-01", "2031-01-14")
    assert find_dates("A truck drove into a Christmas market.", pub)[:2] == (None, None)


def test_a_span_of_days_by_its_length_dates_a_toll_to_the_report():
    import datetime as dt

    pub = dt.date(2031, 6, 12)
    assert find_dates("Ninety people have died during a four-day heatwave, officials said.", pub)[:2] == ("2031-06-09", "2031-06-12")
    assert find_dates("He was released after a three-day siege.", pub)[:2] == (None, None)


def test_a_days_own_figure_inside_a_span_of_days_said_by_its_length(gazetteer):
    text = ("Outlet: Desk\nDate: 2031-06-12\nTitle: Heatwave deaths in Multan reach 210\n\nAt least 210 people have "
            "died in Multan during a five-day heatwave, a rescue service said on Thursday. Its ambulances brought 64 "
            "bodies to the city morgue on Tuesday alone.")
    from geo.articles import parse_article
    from geo.pipeline import read_corpus
    from geo.reports import article_reports

    corpus = read_corpus([parse_article(text.encode(), "a.txt")], gazetteer)
    [rep] = article_reports(corpus, gazetteer)
    assert rep.killed == (210, 210, 210)  # (the day's 64 a part of them, not a lower figure)


def test_a_toll_of_christmas_told_after_the_lead_is_an_earlier_event(gazetteer):
    text = ("Outlet: Desk\nDate: 2031-01-14\nTitle: Gunmen kill six herders near Makurdi\n\nGunmen killed six herders "
            "near Makurdi on Monday, police said.\n\nMore than 90 people were killed in raids on villages in the "
            "state over Christmas.")
    from geo.articles import parse_article
    from geo.pipeline import read_corpus

    corpus = read_corpus([parse_article(text.encode(), "a.txt")], gazetteer)
    [ninety] = [c for c in corpus.claims if c.best == 90]
    assert ninety.cumulative and ninety.date_start == "2030-12-24"
    assert not any(c.cumulative for c in corpus.claims if c.best == 6)


def test_places_too_far_apart_make_no_region_of_their_middle(claims_of):
    # the text names a shrine the gazetteer reads as a town 1,500 km away from the area it says
    # holds it: the claim is the country's, not a point between the two
    claims = claims_of("Nine pilgrims died on Monday when floods swept a camp on the route to the Amarnath shrine "
                       "in Indian-administered Kashmir.")
    toll = next(c for c in claims if c.is_toll)
    assert (toll.place_kind, toll.country) == ("country", "IN")


@pytest.mark.parametrize("text,expected", [
    # the attackers' own dead, named by their group or by their kind, are perpetrators
    ("A Taliban ambush on a police post near Ghazni killed four officers on Sunday. Five Taliban fighters "
     "were also killed when reinforcements arrived.",
     [(4, "killed", "security forces"), (5, "killed", "perpetrators")]),
    ("Gunmen stormed an army camp outside Maiduguri overnight, killing nine soldiers. Troops killed three "
     "militants as they withdrew.",
     [(9, "killed", "security forces"), (3, "killed", "perpetrators")]),
    ("An Islamic State counterattack on the SDF near Raqqa left 12 members of the SDF dead and 20 of the "
     "Islamic State killed.",
     [(12, "killed", "fighters"), (20, "killed", "perpetrators")]),
    # fighters no attacker is named for are the strike's dead; another group's are its victims
    ("A drone strike on a compound in North Waziristan killed six suspected militants.",
     [(6, "killed", "fighters")]),
    ("An ambush carried out by Islamic State members near Kirkuk killed seven Sunni tribal fighters.",
     [(7, "killed", "fighters")]),
    ("Six militants killed in drone strike in Khost province, officials said.",
     [(6, "killed", "fighters")]),
])
def test_the_dead_of_the_side_that_attacked_are_perpetrators(claims_of, text, expected):
    assert tolls(claims_of(text)) == expected


@pytest.mark.parametrize("sentence, dates", [
    # a year of an earlier event the sentence likens its place to is no date of its deaths
    ("Two guards were wounded at the depot, the scene of a 2019 bombing.", (None, None)),
    ("Five died in an attack on the market, the site of a deadly 2016 raid.", (None, None)),
    # ... but an earlier event's own toll keeps its year, and a period from it its start
    ("The 2016 market raid killed 41 people.", ("2016-01-01", "2016-12-31")),
    ("Since the 2016 raid, 300 people have been killed.", ("2016-01-01", "2016-12-31")),
])
def test_a_year_naming_an_earlier_event_the_sentence_likens_it_to(sentence, dates):
    assert find_dates(sentence, None)[:2] == dates


@pytest.mark.parametrize("sentence, kind", [
    ("Soldiers found the bodies of 9 men in a ravine outside Culiacan.", "killing/massacre"),
    ("A minibus plunged into a ravine outside Culiacan, killing 9 passengers.", "accident"),
])
def test_bodies_in_a_ravine_are_no_accident_but_a_fall_into_one_is(claims_of, sentence, kind):
    [c] = [c for c in claims_of(sentence) if c.is_toll and c.outcome == "killed"]
    assert c.event_type == kind


@pytest.mark.parametrize("sentence, kind", [
    ("Fire at Lagos hospital kills nine patients", "accident"),
    ("Nigeria: Fire in Kano market kills four traders", "accident"),
    ("Gunmen opened fire at a market in Kano, killing four traders.", "killing/massacre"),
])
def test_a_headlines_fire_at_a_building_is_an_accident(claims_of, sentence, kind):
    [c] = [c for c in claims_of(sentence) if c.is_toll and c.outcome == "killed"]
    assert c.event_type == kind


def test_an_aside_of_how_far_a_place_lies_keeps_its_toll_in_its_clause(claims_of):
    text = ("A missile strike on Kramatorsk killed three people on Monday, while a drone hit Sloviansk, about 12 "
            "kilometers (7 miles) to the north, wounding two.")
    placed = {(c.outcome, c.best, c.place_name) for c in claims_of(text) if c.is_toll}
    assert placed == {("killed", 3, "Kramatorsk"), ("wounded", 2, "Slovyansk")}  # (GeoNames' spelling)


@pytest.mark.parametrize("sentence, cumulative", [
    # the figure of something that began years ago, told in its relative clause, is its whole toll
    ("The insurgency in the north, which began in March 2019, has killed more than 2,500 people, a monitor said.", True),
    ("The unrest, which broke out two years ago, has left 800 people dead.", True),
    # ... not an attack that began at an hour
    ("The attack, which began at dawn on Friday, killed 14 people in Gao.", False),
])
def test_a_toll_of_something_that_began_long_ago_is_its_whole(claims_of, sentence, cumulative):
    [c] = [c for c in claims_of(sentence) if c.is_toll and c.outcome == "killed"]
    assert c.cumulative is cumulative


def test_a_place_named_by_its_kind_then_a_direction_from_a_city_is_its_own(claims_of):
    # "X countryside, north of Y": Y the landmark, not a region of X and Y
    [c] = [c for c in claims_of('Activists documented the death of 5 members of rival factions in clashes that broke out '
                                'between "Falcons Brigade" and "Dawn Brigade" in Azaz countryside, north of Aleppo.')
           if c.is_toll]
    assert c.place_name == "I‘zāz"


def test_one_verbs_second_outcome_at_an_unknown_village_is_where_the_first_is(claims_of):
    # "killed 3 children and injured another in X (district, governorate)": the place after the
    # second is both's (the governorate around the unknown village), not the hurt one unplaced
    placed = {(c.outcome, c.best, c.place_name) for c in claims_of(
        "On 27 May 2025, a landmine exploded and killed 3 children and injured another in Kafr Zeitoun "
        "(Maarat An Nuaman, Idleb). Fatalities: 3.") if c.is_toll}
    assert ("wounded", 1, "Idlib") in placed and ("killed", 3, "Idlib") in placed


def test_a_tolls_inner_places_stop_where_a_part_of_it_opens(gazetteer):
    # made-up local copy: the state's running toll, then a part of it at a town of the state
    from geo.articles import parse_article
    from geo.pipeline import read_corpus
    text = ("Overdose-linked shootings have killed more than 120 people in Kentucky so far this year, police said, "
            "including Friday's attack at a Lexington nightclub that left two dead.")
    corpus = read_corpus([parse_article(f"date 2024-06-10\n{text}".encode(), "t.txt")], gazetteer)
    (whole,) = [c for c in corpus.claims if c.best == 120]
    assert whole.place_name == "Kentucky"


def test_a_place_after_in_or_of_is_no_reporter(gazetteer):
    # made-up copy: who said it is the people, never the place their phrase ends on
    from geo.articles import parse_article
    from geo.pipeline import read_corpus
    for text, who in (("Villagers near the town of Gusau said gunmen killed 14 people on Sunday.", "Villagers near the town of Gusau"),
                      ("Survivors of the raid on the village of Ngouboua said the gunmen killed nine people.",
                       "Survivors of the raid on the village of Ngouboua"),
                      ("Mourners at the funeral in Kaduna said 6 people had died.", "")):
        corpus = read_corpus([parse_article(f"date 2024-06-10\n{text}".encode(), "t.txt")], gazetteer)
        assert [c.reported_by for c in corpus.claims if c.outcome == "killed"] == [who], text


def test_a_title_toll_the_lead_lists_beside_another_person_is_not_that_persons_whole(gazetteer):
    # made-up agency copy: the title's "Four labourers" are the lead's four, the teacher beside them
    from geo.pipeline import read_corpus
    from geo.reports import article_reports
    lead = "Militants opened fire on a road crew near Kupwara on Sunday, killing a teacher and four labourers."
    article = parse_article(f"date: 2024-10-15\n\nFour labourers killed near Kupwara\n\n{lead}".encode(), "a.txt")
    (report,) = article_reports(read_corpus([article], gazetteer), gazetteer)
    assert report.killed == (5, 5, 5)
