"""Reconciliation and counting once, on made-up corpora and on the bundled articles."""
import pytest

from geo.articles import parse_article
from geo.pipeline import build_map, read_corpus
from geo.reconcile import best_by_rule, reconcile
from geo.tolls import find_tolls


def corpus(gazetteer, *texts, published=None):
    arts = []
    for k, t in enumerate(texts):
        head = f"date {published[k]}\n" if published and published[k] else ""
        arts.append(parse_article((head + t).encode(), f"a{k}.txt"))
    return read_corpus(arts, gazetteer)


def on_map(data):
    """Killed on the whole map, counted once."""
    return sum(loc.killed() or 0 for loc in data.localities)


def killed(data, victims):
    return [i for i in data.incidents if i.outcome == "killed" and i.victims == victims]


def test_same_figure_relayed_by_several_outlets_counts_once(gazetteer):
    c = corpus(gazetteer, *["The Example Monitor for Human Rights said 40 civilians were killed in Homs on Monday."] * 1,
               "Shelling killed 40 civilians in Homs on Monday, the Example Monitor for Human Rights reported.",
               "According to the Example Monitor for Human Rights, 40 civilians died in Homs on Monday.")
    data = build_map(c, gazetteer)
    [inc] = killed(data, "civilians")
    assert (inc.reported_low, inc.reported_best, inc.reported_high) == (40, 40, 40)
    assert len(inc.sources) == 3 and not inc.conflicting
    assert sum(l.killed() or 0 for l in data.localities) == 40


def test_successive_updates_are_versions_of_one_toll(gazetteer):
    c = corpus(gazetteer,
               "The Example Monitor for Human Rights said 100 civilians were killed in Homs.",
               "The Example Monitor for Human Rights said the toll of civilians killed in Homs rose to 150 civilians.",
               "The Example Monitor for Human Rights said 210 civilians were killed in Homs.",
               published=["2025-01-01", "2025-01-02", "2025-01-03"])
    data = build_map(c, gazetteer)
    [inc] = killed(data, "civilians")
    assert (inc.reported_low, inc.reported_best, inc.reported_high) == (100, 210, 210)
    assert not inc.conflicting  # one reporter updating is no disagreement
    assert [v.best for v in sorted(inc.versions, key=lambda v: v.date)] == [100, 150, 210]


@pytest.mark.parametrize("rule,best", [("latest", 210), ("max", 210), ("min", 100), ("median", 150)])
def test_rules(gazetteer, rule, best):
    c = corpus(gazetteer,
               "The Example Monitor for Human Rights said 100 civilians were killed in Homs.",
               "The Example Monitor for Human Rights said 150 civilians were killed in Homs.",
               "The Example Monitor for Human Rights said 210 civilians were killed in Homs.",
               published=["2025-01-01", "2025-01-02", "2025-01-03"])
    [inc] = killed(build_map(c, gazetteer, rule), "civilians")
    assert inc.reported_best == best and inc.rule == rule


def test_latest_follows_dates_not_size(gazetteer):
    c = corpus(gazetteer,
               "The health ministry said 90 people were killed in Hama.",
               "The health ministry said 70 people were killed in Hama, revising its count.",
               published=["2025-01-01", "2025-01-05"])
    [inc] = killed(build_map(c, gazetteer), "total")
    assert inc.reported_best == 70 and (inc.reported_low, inc.reported_high) == (70, 90)


def test_disagreeing_reporters_are_flagged(gazetteer):
    c = corpus(gazetteer, "The defence ministry said 12 soldiers were killed in Daraa.",
               "Activists said 30 soldiers were killed in Daraa.")
    [inc] = killed(build_map(c, gazetteer), "security forces")
    assert inc.conflicting and (inc.reported_low, inc.reported_high) == (12, 30)
    c = corpus(gazetteer, "The defence ministry said more than 10 soldiers were killed in Daraa.",
               "Activists said 30 soldiers were killed in Daraa.")
    [inc] = killed(build_map(c, gazetteer), "security forces")
    assert not inc.conflicting  # "more than 10" and "30" can both be true


def test_total_and_breakdown_are_not_added_up(gazetteer):
    c = corpus(gazetteer, "In Homs, 50 civilians and 20 soldiers were killed, bringing the total death toll to 70.")
    data = build_map(c, gazetteer)
    [loc] = [l for l in data.localities if l.killed() is not None]
    assert loc.killed() == 70
    assert sum(i.killed_best or 0 for i in data.incidents) == 70


def test_vague_amount_never_overrides_a_figure(gazetteer):
    c = corpus(gazetteer, "Hundreds of civilians were killed in Homs.", "The Example Monitor said 245 civilians were killed in Homs.")
    [inc] = killed(build_map(c, gazetteer), "civilians")
    assert (inc.reported_low, inc.reported_best, inc.reported_high) == (245, 245, 245)


def test_nested_areas_are_not_double_counted(gazetteer):
    c = corpus(gazetteer, "Shelling killed 4 civilians in Jableh on Monday.",
               "At least 30 civilians were killed across Latakia province on Monday.")
    data = build_map(c, gazetteer)
    by_name = {l.name: l for l in data.localities}
    assert by_name["Jablah"].killed() == 4
    assert by_name["Latakia"].killed() == 26 and by_name["Latakia"].reported["killed"]["best"] == 30
    assert sum(l.killed() or 0 for l in data.localities) == 30


def test_region_of_several_provinces_is_its_own_feature(gazetteer):
    c = corpus(gazetteer, "At least 40 civilians were killed in Homs and Hama provinces.")
    data = build_map(c, gazetteer)
    tolls = [l for l in data.localities if l.killed()]
    assert len(tolls) == 1 and tolls[0].place_kind == "region" and tolls[0].killed() == 40


def test_toggling_sources_never_leaks_between_runs(gazetteer):
    c = corpus(gazetteer, "Shelling killed 4 civilians in Jableh on Monday.",
               "The Example Monitor said 4 civilians were killed in Syria on Monday.")
    ids = [a.id for a in c.articles]
    both = build_map(c, gazetteer)
    only_second = build_map(c, gazetteer, sources=[ids[1]])
    assert {l.name for l in only_second.localities} == {"Syria"}
    assert build_map(c, gazetteer).localities[0].name == both.localities[0].name
    assert all(cl.place_name != "Jablah" or cl.article_id == ids[0] for cl in c.claims)


def test_best_by_rule_rejects_unknown_rules(gazetteer):
    with pytest.raises(ValueError):
        best_by_rule([], "mode")
    with pytest.raises(ValueError):
        reconcile([], gazetteer, "mode")


# ---- the bundled articles (issue acceptance) --------------------------------------

@pytest.fixture(scope="module")
def sample_map(gazetteer):
    from geo.articles import load_articles
    from conftest import ARTICLES

    arts, _ = load_articles([ARTICLES])
    c = read_corpus(arts, gazetteer)
    return c, build_map(c, gazetteer)


def test_coast_civilian_toll(sample_map):
    _, data = sample_map
    coast = [i for i in data.incidents if i.outcome == "killed" and i.victims == "civilians" and i.place_kind == "region"]
    assert len(coast) == 1
    inc = coast[0]
    assert inc.reported_low == 745 and inc.reported_high == 973
    sohr = [v for v in inc.versions if "Observatory" in v.reporter]
    assert {745, 830, 973} <= {v.best for v in sohr}
    assert all("Observatory" in v.reporter for v in inc.versions if v.best in (745, 830, 973))


def test_baniyas_relatives(sample_map):
    _, data = sample_map
    ban = [i for i in data.incidents if i.outcome == "killed" and i.place_id == "gn:171830"]
    assert len(ban) == 1 and ban[0].reported_best == 3 and ban[0].victims == "civilians"


def test_map_total_is_counted_once(sample_map):
    _, data = sample_map
    total = sum(l.killed() or 0 for l in data.localities)
    assert total == sum(i.killed_best or 0 for i in data.incidents)
    reported_totals = [c.best for c in data.claims if c.is_toll and c.outcome == "killed"]
    assert total >= max(reported_totals)                      # never below the largest total
    assert total < sum(reported_totals) / 2                   # nowhere near a sum of repeats
    assert total <= max(reported_totals) + 973 + 300          # at most total + other categories


def test_the_same_figure_of_one_reporter_in_two_countries_is_two_tolls(gazetteer):
    hama = "Gunmen killed 12 civilians in Hama on Sunday, the Example Monitor said."
    maiduguri = "Gunmen attacked a market in Maiduguri on Monday. The Example Monitor said 12 people were killed."
    nowhere = "The Example Monitor said on Tuesday that 12 people had been killed in clashes."
    arts = [parse_article(t.encode(), f"{k}.txt") for k, t in enumerate([hama, maiduguri, nowhere])]
    incidents = [i for i in build_map(read_corpus(arts, gazetteer), gazetteer).incidents if i.is_toll]
    by_country = {i.country: i for i in incidents}
    # the Nigerian figure does not take the Syrian one's victims; the unplaced one goes to neither
    assert by_country["NG"].victims == "total" and by_country["NG"].sources == [arts[1].id]
    assert by_country["SY"].sources == [arts[0].id]
    assert by_country[""].place_kind == "unlocated" and by_country[""].sources == [arts[2].id]


def test_a_period_figure_never_lends_a_country_toll_its_place(gazetteer):
    # the only finer toll in Chile is last year's figure: today's country-wide toll stays Chile's
    data = build_map(corpus(gazetteer, "An earthquake killed 500 people in Chile on Monday.",
                            "Last year, floods in Atacama killed 90 people.", published=["2031-03-05", "2031-03-06"]),
                     gazetteer)
    [now] = [i for i in killed(data, "total") if not i.cumulative]
    assert (now.name, now.killed_best) == ("Chile", 500)


def test_a_region_of_towns_of_one_province_lies_inside_it(gazetteer):
    # one report names the state, another the two towns: the state's figure holds the towns'
    data = build_map(corpus(gazetteer, "Gunmen killed 8 people in Sinaloa state on Friday.",
                            "Gunmen killed 6 people in Culiacan and Navolato on Friday.",
                            published=["2031-03-08", "2031-03-08"]), gazetteer)
    [region] = [loc for loc in data.localities if loc.place_kind == "region"]
    [state] = [loc for loc in data.localities if loc.place_kind == "admin1"]
    assert region.contained_in == state.place_id
    assert on_map(data) == 8


def test_a_total_inside_an_area_covers_its_categories_too(gazetteer):
    # the province's 40 (9 of them children) and a town's 52 inside it, the same day: 52, not 61
    data = build_map(corpus(gazetteer, "An attack in South Darfur killed 40 people on Monday, including 9 children, aid workers said.",
                            "Fifty-two people were killed in Nyala on Monday, activists said.",
                            published=["2031-03-04", "2031-03-04"]), gazetteer)
    assert on_map(data) == 52


def test_an_earlier_toll_at_the_same_place_is_another_event(gazetteer):
    # "a January attack" dates the six; today's three (one a child) are today's, and both count
    text = ("Three people, including a 12-year-old boy, were killed in a shooting in Tulsa early on Sunday, "
            "police said. Officers said it was the city's deadliest shooting since a January attack that "
            "left six people dead.")
    data = build_map(corpus(gazetteer, text, published=["2031-06-02"]), gazetteer)
    assert on_map(data) == 9


def test_a_round_up_of_several_towns_is_the_countrys(gazetteer):
    # the 12 across the country are the towns' 5 + 4 + 3, never moved onto the one town with a total
    text = ("Bombings and shootings across Yemen killed 12 people on Monday, officials said. In Aden, a car "
            "bomb killed five soldiers near a port. In Taiz, gunmen shot dead four policemen. Three more people "
            "died in shelling in Hodeidah.")
    data = build_map(corpus(gazetteer, text, published=["2031-04-08"]), gazetteer)
    assert on_map(data) == 12
    assert {loc.name for loc in data.localities if loc.place_kind == "country"} == {"Yemen"}


def test_a_category_is_not_lent_to_another_towns_figure(gazetteer):
    text = "In Kirkuk, gunmen killed three soldiers on Monday. Three people died in a blast in Samarra."
    data = build_map(corpus(gazetteer, text, published=["2031-04-08"]), gazetteer)
    [samarra] = [i for i in data.incidents if i.name.startswith("S") and i.outcome == "killed"]
    assert samarra.victims == "total"


def test_a_part_of_the_same_category_is_no_version_of_its_toll(gazetteer):
    text = ("Between 2 and 6 May, at least 31 civilians, including nine children and four women, were killed "
            "in shelling in Daraa governorate, according to the health directorate.")
    data = build_map(corpus(gazetteer, text, published=["2031-05-07"]), gazetteer)
    [civilians] = [i for i in data.incidents if i.outcome == "killed" and i.victims == "civilians"]
    assert [v.best for v in civilians.versions] == [31] and civilians.reported_low == 31


def test_a_third_victim_and_another_victim_add_to_the_toll(gazetteer):
    # "a third person has died": three in all; "another victim died": one beside the two
    third = "Two men were shot dead at a barbecue in Dayton on Saturday. A third person died in hospital on Sunday."
    another = "Two men were shot dead at a barbecue in Dayton on Saturday. Another victim died in hospital on Sunday."
    assert on_map(build_map(corpus(gazetteer, third, published=["2031-07-06"]), gazetteer)) == 3
    assert on_map(build_map(corpus(gazetteer, another, published=["2031-07-06"]), gazetteer)) == 3
    # ... but another source's three may already hold the one more
    both = corpus(gazetteer, another, "Three people were killed in a shooting at a barbecue in Dayton on Saturday.",
                  published=["2031-07-06", "2031-07-06"])
    assert on_map(build_map(both, gazetteer)) == 3
    # a third attacker is no third death
    [bomber] = [t for t in find_tolls("A third bomber was shot dead before reaching the gate.", 0)]
    assert bomber.count.best == 1


def test_a_total_inside_covers_an_areas_category_figure(gazetteer):
    # the province's 20 civilians hold a town's "four people" the same day: 20, not 24
    data = build_map(corpus(gazetteer, "Shelling killed 20 civilians in Hama province on Monday, the health directorate said.",
                            "A shell killed four people in Suran on Monday.", published=["2031-05-05", "2031-05-05"]),
                     gazetteer)
    assert on_map(data) == 20


def test_a_headline_toll_in_a_town_named_like_its_state_is_the_leads_toll_elsewhere_in_it(gazetteer):
    # The headline's "in Zacatecas" reads as the state's capital; its lead places the same 8 in
    # Fresnillo, another town of that state: one toll, in Fresnillo. Two articles' equal figures
    # in the two towns stay two.
    head = "Gunmen kill 8 at a party in Zacatecas\n\n"
    lead = ("Gunmen killed 8 people at a birthday party in Fresnillo, in the state of Zacatecas, "
            "the state attorney general's office said on Sunday.")
    data = build_map(corpus(gazetteer, head + lead), gazetteer)
    assert on_map(data) == 8
    assert {loc.name for loc in data.localities if loc.killed()} == {"Fresnillo"}
    two = build_map(corpus(gazetteer, "Gunmen killed 8 people at a party in Zacatecas on Saturday.", lead), gazetteer)
    assert on_map(two) == 16


def test_an_undated_updates_notes_of_other_days_are_other_events(gazetteer):
    # an update with no year: its notes' days ("3 May", "6 May") tell a country's toll of one day
    # from a town's of another; it is not moved to that town nor counted within it
    text = ("Weekly security update\n\n"
            "- 3 May: A roadside bomb killed 2 soldiers near Gao.\n"
            "- 6 May: Clashes with militants left 4 soldiers dead in Mali, the army said.\n")
    corpus = read_corpus([parse_article(text.encode(), "update.txt")], gazetteer)
    assert sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities) == 6
    # ... where the days are the same, the country's toll is still the town's (one event)
    same = text.replace("6 May", "3 May")
    corpus = read_corpus([parse_article(same.encode(), "update.txt")], gazetteer)
    assert sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities) == 4


def test_a_weeks_round_up_across_a_country_is_context_and_stays_the_countrys(gazetteer):
    # a town's toll and its update, another town's, and a week's round-up "across Nigeria": the
    # round-up is no town's toll (rule 2b) and no new deaths
    arts = [("2024-06-03", "KANO (AP) — A bomb exploded at a crowded market in Kano on Monday, killing at least 12 "
                           "people, police said."),
            ("2024-06-04", "The death toll from the bombing at a market in Kano on Monday has risen to 19, officials said."),
            ("2024-06-04", "Gunmen killed three police officers at a checkpoint in Katsina state on Tuesday."),
            ("2024-06-07", "Violence across Nigeria this week killed at least 40 people, according to a tally by local media.")]
    corpus = read_corpus([parse_article(f"date {d}\n{t}".encode(), f"a{k}.txt") for k, (d, t) in enumerate(arts)], gazetteer)
    data = build_map(corpus, gazetteer)
    assert sum(loc.killed() or 0 for loc in data.localities) == 22
    assert next(c for c in corpus.claims if c.best == 40).cumulative


def test_an_area_figure_of_another_day_is_another_event(gazetteer):
    # "five villagers killed in northern Nigeria on Monday" (one source) is no round-up of another
    # source's 12 killed in Kano on Wednesday: the days the texts state are exact (within a day across
    # sources), both count; an area figure of the same day still holds the town's
    def total(*texts):
        arts = [parse_article(f"date 2024-06-05\n{t}".encode(), f"a{k}.txt") for k, t in enumerate(texts)]
        corpus = read_corpus(arts, gazetteer)
        return sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities)
    town = "A bomb killed 12 people at a market in Kano on Wednesday, police said."
    assert total("Gunmen killed five villagers in an attack in northern Nigeria on Monday, residents said.", town) == 17
    assert total("Attacks in northern Nigeria killed 30 people on Wednesday, officials said.", town) == 30
    # (a day apart across sources may be one night's event: "late Tuesday", "on Wednesday")
    assert total("Gunmen killed 30 people in northern Nigeria late on Tuesday, residents said.", town) == 30


def test_an_areas_figure_of_another_day_is_not_moved_to_an_equal_figure_inside_it(gazetteer):
    # rule 2 moves an area's figure to an equal one of a place inside it: one figure told twice;
    # notes of two days are two events, each where its note says
    text = ("On 9 June 2031, an unexploded shell killed a shepherd in rural Daraa. 1 fatality.\n\n"
            "On 12 June 2031, gunmen shot dead a teacher near Tafas (Daraa). 1 fatality.")
    data = build_map(read_corpus([parse_article(text.encode(), "n.txt")], gazetteer), gazetteer)
    assert sorted((loc.name, loc.killed()) for loc in data.localities if loc.killed()) == [("Daraa", 1), ("Ţafas", 1)]


def test_one_files_notes_of_two_days_at_one_place_are_two_events(gazetteer):
    # the same place, people and figure on two days of the calendar: two events, 6 dead, not
    # two versions of one toll of 3
    text = ("On 1 July 2031, militants attacked an army post in Jowhar (Middle Shabelle). 3 soldiers were killed. "
            "3 fatalities.\n\n"
            "On 2 July 2031, a roadside bomb hit a patrol in Jowhar (Middle Shabelle), killing 3 soldiers. 3 fatalities.")
    data = build_map(read_corpus([parse_article(text.encode(), "n.txt")], gazetteer), gazetteer)
    assert sum(loc.killed() or 0 for loc in data.localities) == 6
    # ... while a figure for an event told before, said on a later day, is a figure for that event
    story = ("On 3 July 2031, a car bomb killed 18 people at a market in Jowhar.\n\n"
             "On 4 July 2031, officials said 30 people had died in the bombing in Jowhar.")
    data = build_map(read_corpus([parse_article(story.encode(), "n.txt")], gazetteer), gazetteer)
    assert sum(loc.killed() or 0 for loc in data.localities) == 30
    # ... and so is a running toll that says it replaces the day before's
    news = ("On 1 July 2031, militants attacked an army post in Jowhar, killing 3 soldiers.\n\n"
            "On 2 July 2031, the toll rose to 5 after two wounded soldiers died.")
    data = build_map(read_corpus([parse_article(news.encode(), "n.txt")], gazetteer), gazetteer)
    assert sum(loc.killed() or 0 for loc in data.localities) == 5


def test_one_files_notes_of_one_day_and_town_with_equal_figures_are_two_events(gazetteer):
    # two villages the gazetteer lacks, in one district, one day, two dead each: two notes, 4 dead
    # (and the army's note of that day there beside them)
    text = ("On 5 August 2031, militants attacked the village of Kobali (Tominian, Segou), killing 2 civilians. "
            "2 fatalities.\n\n"
            "On 5 August 2031, gunmen killed 2 civilians in the village of Sanso (Tominian, Segou). 2 fatalities.\n\n"
            "On 5 August 2031, soldiers killed 7 suspected militants near Tominian (Segou). 7 fatalities.")
    data = build_map(read_corpus([parse_article(text.encode(), "n.txt")], gazetteer), gazetteer)
    assert sum(loc.killed() or 0 for loc in data.localities) == 11


def test_notes_of_calendar_days_a_day_apart_are_two_events(gazetteer):
    # days said as days of the calendar in one file of notes are exact: an area's toll of 4 June
    # holds no town's of 3 June (a road between two towns, one of them the town's)
    first = "On 3 June 2031, gunmen shot dead a trader in the Hodan district of Mogadishu. 1 fatality."
    second = ("On 4 June 2031, a roadside bomb killed 4 civilians in a minibus on the road between Afgooye and "
              "Mogadishu. 4 fatalities.")
    corpus = read_corpus([parse_article((first + "\n\n" + second).encode(), "n.txt")], gazetteer)
    assert sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities) == 5
    # ... across two articles a day said alone may be when a figure was given, so a day's slack stays
    # ("Officials said on 4 June that 4 people had been killed ..." may be of the 3rd)
    corpus = read_corpus([parse_article(t.encode(), f"n{k}.txt") for k, t in enumerate([first, second])], gazetteer)
    assert sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities) == 4
    # ... while the same day's notes are still one event where the area's figure can hold the town's
    same = first + "\n\n" + second.replace("4 June", "3 June")
    corpus = read_corpus([parse_article(same.encode(), "n.txt")], gazetteer)
    assert sum(loc.killed() or 0 for loc in build_map(corpus, gazetteer).localities) == 4



def test_an_attacker_also_killed_in_one_report_is_the_attacker_another_report_names(gazetteer):
    # "also" there is beside the victims, not more attackers beside another outlet's one
    data = build_map(corpus(gazetteer,
                            "QUETTA (Wire) - A suicide bomber blew himself up at a checkpoint in Quetta on Sunday, "
                            "killing three policemen and a passer-by. The bomber was also killed.",
                            "Four people, three of them policemen, were killed when a bomber struck a checkpoint in "
                            "Quetta on Sunday. The attacker died in the blast.",
                            published=["2031-03-02", "2031-03-02"]), gazetteer)
    assert on_map(data) == 5
    # ... while more victims "also" killed, beside another outlet's toll, still come beside it
    data = build_map(corpus(gazetteer,
                            "Gunmen killed two farmers in Kasese on Sunday.",
                            "Gunmen killed two farmers in Kasese on Sunday. A herder was also killed.",
                            published=["2031-03-02", "2031-03-02"]), gazetteer)
    assert on_map(data) == 3


def test_a_totals_part_told_again_with_the_total_is_one_incident(gazetteer):
    # made-up liveblog copy: the headline and the lead tell one toll and one part of it
    from geo.articles import parse_article
    from geo.pipeline import build_map, read_corpus
    text = ("date: 2024-04-15\n\nShelling of Kostiantynivka kills 6, including two children\n\n"
            "Russian artillery hit a bus stop in Kostiantynivka on Monday, killing six people, among them two "
            "children, the regional governor said.")
    data = build_map(read_corpus([parse_article(text.encode(), "a.txt")], gazetteer), gazetteer)
    killed = [i for i in data.incidents if i.outcome == "killed"]
    assert sorted((i.victims, i.killed_best, len(i.claims)) for i in killed) == [("civilians", 2, 2), ("total", 4, 2)]
