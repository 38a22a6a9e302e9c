"""Widget logic through Streamlit's AppTest (no browser): the real script, the real data."""
import os

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT


@pytest.fixture
def app(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_ALIASES", str(tmp_path / "aliases.csv"))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    return at.run()


def metric(at, label):
    return next(m.value for m in at.metric if label in m.label)


def test_opens_on_the_bundled_articles(app):
    assert not app.exception
    assert metric(app, "Sources") == "5 / 5"
    assert metric(app, "Killed") == "1,454"
    assert len(app.sidebar.checkbox) == 5
    assert all(cb.value for cb in app.sidebar.checkbox)


def test_unchecking_a_source_recomputes(app):
    app.sidebar.checkbox[0].uncheck().run()
    assert metric(app, "Sources") == "4 / 5"
    assert metric(app, "Killed") != "1,454"
    app.sidebar.checkbox[0].check().run()
    assert metric(app, "Killed") == "1,454"


def test_none_and_all(app):
    app.sidebar.button[1].click().run()  # None
    assert metric(app, "Sources") == "0 / 5" and metric(app, "Killed") == "0"
    app.sidebar.button[0].click().run()  # All
    assert metric(app, "Sources") == "5 / 5"


def test_rule_changes_the_best_figure(app):
    before = metric(app, "Killed")
    app.sidebar.selectbox[0].select("min").run()
    assert metric(app, "Killed") != before


def test_filters_narrow_the_view(app):
    app.sidebar.multiselect[2].set_value(["civilians"]).run()  # victim category
    k = int(metric(app, "Killed").replace(",", ""))
    assert 0 < k < 1454


def test_pasted_article_is_added(app):
    app.text_area[0].input("Shelling killed 9 civilians in Idlib on Tuesday, activists said.")
    next(b for b in app.button if b.label == "Add pasted text").click().run()
    assert metric(app, "Sources") == "6 / 6"
    assert int(metric(app, "Killed").replace(",", "")) == 1454 + 9


def test_alias_form_maps_an_unresolved_name_and_applies_it_at_once(app, tmp_path):
    app.text_area[0].input("Gunmen killed 4 civilians in the village of Zarqouniya on Tuesday, activists said.")
    next(b for b in app.button if b.label == "Add pasted text").click().run()
    killed_before = int(metric(app, "Killed").replace(",", ""))
    name_box = next(s for s in app.selectbox if s.label == "Name")
    assert "Zarqouniya" in name_box.options
    next(t for t in app.text_input if t.key == "alias_query").input("Homs").run()
    place_box = next(s for s in app.selectbox if s.label == "Place")
    assert place_box.options and "Homs" in place_box.options[0]
    next(s for s in app.selectbox if s.label == "Name").select("Zarqouniya")
    next(b for b in app.button if b.label == "Save alias").click().run()
    assert not app.exception
    assert "Zarqouniya" in (tmp_path / "aliases.csv").read_text(encoding="utf-8")
    assert any("Zarqouniya" in s.value for s in app.success)
    # applied at once: the pasted article's toll is now on the map, and the name is resolved
    assert int(metric(app, "Killed").replace(",", "")) == killed_before + 4
    name_box = [s for s in app.selectbox if s.label == "Name"]
    assert not name_box or "Zarqouniya" not in name_box[0].options
