import pytest

from geo.actors import ArmedGroups, default_groups
from geo.articles import parse_article
from geo.exc import GazetteerError
from geo.pipeline import read_corpus
from geo.reports import article_reports


def test_the_longest_name_wins_and_names_are_whole_words():
    groups = default_groups()
    found = groups.find("Pakistani Taliban and Afghan Taliban commanders met; the Talibanists did not.")
    assert [(g.text, g.country) for g in found] == [("Pakistani Taliban", "PK"), ("Afghan Taliban", "AF")]


def test_acronyms_are_case_sensitive_and_a_labelled_name_is_not_matched_bare():
    groups = default_groups()
    assert groups.find("The eta of the convoy was noon.") == []
    assert [g.country for g in groups.find("ELN rebels blew up the pipeline.")] == ["CO"]
    # the title-case form British outlets write is listed as its own name
    assert [g.country for g in groups.find("Dissidents of the Farc ambushed a patrol.")] == ["CO"]
    # "National Liberation Army (Colombia)": the bare name is other groups' too
    assert groups.find("a National Liberation Army unit") == []


def test_a_bad_row_is_a_clear_error():
    with pytest.raises(GazetteerError, match="two-letter country"):
        ArmedGroups([{"name": "Some Front", "aliases": "", "country": "Somewhere", "note": ""}])


def test_a_groups_side_says_whose_dead_are_security_forces():
    groups = default_groups()
    assert [(g.text, g.state) for g in groups.find("Peshmerga and YPG units")] == [("Peshmerga", True), ("YPG", False)]
    with pytest.raises(GazetteerError, match="side"):
        ArmedGroups([{"name": "Some Front", "aliases": "", "country": "XX", "side": "both", "note": ""}])


def test_a_name_with_an_apostrophe_is_found_with_either_apostrophe():
    groups = ArmedGroups([{"name": "Hill People's Front", "aliases": "", "country": "XX", "side": "non-state", "note": ""}])
    for text in ("two Hill People's Front fighters", "two Hill People’s Front fighters"):
        assert [(g.group, g.country) for g in groups.find(text)] == [("Hill People's Front", "XX")]


@pytest.mark.parametrize("text, country", [
    ("Two MINUSCA peacekeepers were killed and three wounded when their convoy was ambushed on Tuesday.", "CF"),
    ("A Nepalese soldier serving with UNIFIL was wounded by shrapnel, the force said.", "LB"),
])
def test_a_peacekeeping_missions_name_says_its_country(gazetteer, text, country):
    corpus = read_corpus([parse_article(f"date 2024-05-04\n{text}".encode(), "t.txt")], gazetteer)
    assert article_reports(corpus, gazetteer)[0].country == country


def test_an_ethnic_militia_is_a_group_of_its_country_not_a_namesake_town(gazetteer):
    # ("Murle" is also another name of a town in Finland: a note whose own place the gazetteer lacks
    # is in the militias' country, not there)
    text = ("On 2 February 2024, Murle youth raided cattle camps near Gumuruk (Pibor, Greater Pibor), killing 4 herders. "
            "Fatalities: 4.")
    [rep] = article_reports(read_corpus([parse_article(text.encode(), "n.txt")], gazetteer), gazetteer)
    assert rep.country == "SS"
