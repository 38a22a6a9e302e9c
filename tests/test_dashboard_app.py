"""Widget logic through Streamlit's AppTest (no browser): the real script, the real data."""

import pytest
from streamlit.testing.v1 import AppTest

from conftest import KILLED_TOTAL, ROOT
from geo.store import Store


@pytest.fixture
def app(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_ALIASES", str(tmp_path / "aliases.csv"))
    monkeypatch.setenv("GEO_STORE_DIR", str(tmp_path / "store"))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    return at.run()


def metric(at, label):
    return next(m.value for m in at.metric if label in m.label)


def rule_box(at):
    return next(b for b in at.sidebar.selectbox if b.label.startswith("Toll rule"))


def area_box(at):
    return next(b for b in at.sidebar.selectbox if b.label == "Area")


def test_opens_on_the_bundled_articles(app):
    assert not app.exception
    assert metric(app, "Sources") == "5 / 5"
    assert metric(app, "Killed") == f"{KILLED_TOTAL:,}"
    assert len(app.sidebar.checkbox) == 5
    assert all(cb.value for cb in app.sidebar.checkbox)


def test_unchecking_a_source_recomputes(app):
    app.sidebar.checkbox[0].uncheck().run()
    assert metric(app, "Sources") == "4 / 5"
    assert metric(app, "Killed") != f"{KILLED_TOTAL:,}"
    app.sidebar.checkbox[0].check().run()
    assert metric(app, "Killed") == f"{KILLED_TOTAL:,}"


def test_none_and_all(app):
    app.sidebar.button[1].click().run()  # None
    assert metric(app, "Sources") == "0 / 5" and metric(app, "Killed") == "0"
    app.sidebar.button[0].click().run()  # All
    assert metric(app, "Sources") == "5 / 5"


def test_rule_changes_the_best_figure(app):
    before = metric(app, "Killed")
    rule_box(app).select("min").run()
    assert metric(app, "Killed") != before


def test_filters_narrow_the_view(app):
    app.sidebar.multiselect[2].set_value(["civilians"]).run()  # victim category
    k = int(metric(app, "Killed").replace(",", ""))
    assert 0 < k < KILLED_TOTAL


def test_pasted_article_is_added(app):
    app.text_area[0].input("Shelling killed 9 civilians in Idlib on Tuesday, activists said.")
    next(b for b in app.button if b.label == "Add pasted text").click().run()
    assert metric(app, "Sources") == "6 / 6"
    assert int(metric(app, "Killed").replace(",", "")) == KILLED_TOTAL + 9


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
    [alias] = Store(tmp_path / "store").corrections()
    assert (alias.kind, alias.target) == ("alias", "Zarqouniya") and alias.author.endswith("@local")
    assert any("Zarqouniya" in s.value for s in app.success)
    # counted before the alias too (a toll without a place is still a toll, listed as unlocated,
    # in the article's country when known); applied at once: the name is resolved, the total unchanged
    assert killed_before == KILLED_TOTAL + 4
    assert int(metric(app, "Killed").replace(",", "")) == killed_before
    name_box = [s for s in app.selectbox if s.label == "Name"]
    assert not name_box or "Zarqouniya" not in name_box[0].options


# ---------------------------------------------------------------- hosted mode: the gate

PASSWORD = "a long team passphrase"


@pytest.fixture(scope="module")
def password_hash():
    from geo.auth import hash_password

    return hash_password(PASSWORD)


def gated(tmp_path, monkeypatch, secrets):
    monkeypatch.setenv("GEO_STORE_DIR", str(tmp_path / "store"))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    for k, v in secrets.items():
        at.secrets[k] = v
    return at.run()


def shows_data(at) -> bool:
    return any("Killed" in m.label for m in at.metric) or len(at.sidebar.checkbox) > 0


def test_password_gate_shows_nothing_until_the_right_password(tmp_path, monkeypatch, password_hash):
    at = gated(tmp_path, monkeypatch, {"geo": {"password_hash": password_hash}})
    assert not at.exception and not shows_data(at)
    assert not any(b.label.startswith("Add") for b in at.button)  # no upload either
    at.text_input[0].input("Ana")
    at.text_input[1].input("wrong password")
    at.button[0].click().run()
    assert not shows_data(at) and any("right team password" in e.value for e in at.error)
    at.text_input[1].input(PASSWORD)
    at.button[0].click().run()
    assert not at.exception and shows_data(at)
    assert metric(at, "Killed") == f"{KILLED_TOTAL:,}"
    assert Store(tmp_path / "store").audit()[0].actor == "Ana (team password)"


def test_a_name_is_needed_for_the_log(tmp_path, monkeypatch, password_hash):
    at = gated(tmp_path, monkeypatch, {"geo": {"password_hash": password_hash}})
    at.text_input[1].input(PASSWORD)
    at.button[0].click().run()
    assert not shows_data(at)


def test_hosted_without_any_login_method_refuses_to_serve(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_HOSTED", "1")
    at = gated(tmp_path, monkeypatch, {})
    assert not shows_data(at) and any("GEO_HOSTED" in e.value for e in at.error)


def test_oidc_configured_offers_login_and_shows_no_data(tmp_path, monkeypatch):
    at = gated(tmp_path, monkeypatch, {
        "auth": {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32,
                 "client_id": "geo", "client_secret": "s", "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration"},
        "geo": {"allowed_domains": ["example.org"]}})
    assert not at.exception and not shows_data(at)
    assert any("Log in" in b.label for b in at.button)


def test_oidc_without_an_allow_list_refuses_to_serve(tmp_path, monkeypatch):
    at = gated(tmp_path, monkeypatch, {"auth": {"client_id": "geo", "client_secret": "s"}})
    assert not shows_data(at) and any("allowed_emails" in e.value for e in at.error)


# ---------------------------------------------------------------- corrections through the page

def test_dismissing_a_claim_in_the_page_is_saved_and_applied(app, tmp_path):
    killed_before = int(metric(app, "Killed").replace(",", ""))
    claim_box = next(s for s in app.selectbox if s.label == "Claim")
    claim_box.select_index(0).run()
    next(r for r in app.radio if r.label == "Action").set_value("Dismiss the claim")
    next(t for t in app.text_input if t.label == "Why").input("duplicate of an earlier report")
    next(b for b in app.button if b.label == "Save correction").click().run()
    assert not app.exception
    [fix] = Store(tmp_path / "store").corrections()
    assert fix.kind == "dismiss" and fix.reason == "duplicate of an earlier report"
    assert int(metric(app, "Killed").replace(",", "")) <= killed_before
    assert any("dismissed" in str(df.value.to_dict()) for df in app.dataframe)


def test_a_correction_without_a_reason_is_refused(app, tmp_path):
    next(b for b in app.button if b.label == "Save correction").click().run()
    assert any("say why" in e.value for e in app.error)
    assert Store(tmp_path / "store").corrections() == []


def test_a_stale_alias_is_listed_as_not_applied_and_the_page_still_works(tmp_path, monkeypatch):
    Store(tmp_path / "store").add_correction("alias", "Zorblat", {"place_id": "g:0"}, "from an older gazetteer", "ana")
    monkeypatch.setenv("GEO_ALIASES", str(tmp_path / "aliases.csv"))
    monkeypatch.setenv("GEO_STORE_DIR", str(tmp_path / "store"))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert not at.exception and metric(at, "Killed") == f"{KILLED_TOTAL:,}"
    table = next(df.value for df in at.dataframe if "status" in df.value.columns)
    assert table.status.tolist() == ["not applied: place g:0 is not in this gazetteer"]


def test_an_upload_can_be_removed_with_a_reason(app, tmp_path):
    app.text_area[0].input("Shelling killed 9 civilians in Idlib on Tuesday, activists said.")
    next(b for b in app.button if b.label == "Add pasted text").click().run()
    assert metric(app, "Sources") == "6 / 6"
    remove = next(b for b in app.button if b.label == "Remove")
    remove.click().run()  # no reason: refused, nothing removed
    assert any("Say why" in e.value for e in app.error) and metric(app, "Sources") == "6 / 6"
    next(t for t in app.text_input if t.label == "Why remove it").input("pasted into the wrong project")
    next(b for b in app.button if b.label == "Remove").click().run()
    assert not app.exception
    assert metric(app, "Sources") == "5 / 5" and metric(app, "Killed") == f"{KILLED_TOTAL:,}"
    assert any("Removed from the map" in s.value for s in app.success)
    store = Store(tmp_path / "store")
    assert store.articles() == [] and store.audit()[0].detail["reason"] == "pasted into the wrong project"


def test_rows_written_into_the_store_by_hand_do_not_brick_the_page(tmp_path, monkeypatch):
    """A backup imported before rows were checked, or a store edited by hand: corrections that
    are not JSON, of an unknown kind, an alias with no place, a log row that is not JSON."""
    import sqlite3

    store = Store(tmp_path / "store")
    store.add_article("up.txt", f"An attack killed {'9' * 309} civilians in Homs.".encode(), "eve")
    with sqlite3.connect(store.path) as con:
        con.executemany("INSERT INTO corrections (uid, kind, target, value, reason, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [("u1", "toll", "c1", "not json", "r", "eve", "2026-01-01"),
                         ("u2", "rename", "c2", "{}", "r", "eve", "2026-01-01"),
                         ("u3", "alias", "Nowhere", "{}", "r", "eve", "2026-01-01")])
        con.execute("INSERT INTO audit (at, actor, action, detail) VALUES ('2026-01-01', 'eve', 'x', 'not json')")
    con.close()
    monkeypatch.setenv("GEO_ALIASES", str(tmp_path / "aliases.csv"))
    monkeypatch.setenv("GEO_STORE_DIR", str(tmp_path / "store"))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert not at.exception
    assert metric(at, "Sources") == "6 / 6" and metric(at, "Killed") == f"{KILLED_TOTAL:,}"
    assert any("larger than any count of people were ignored" in i.value for i in at.info)


def test_each_source_says_what_it_alone_reports_and_look_alikes_are_told_apart(app):
    import re

    from geo.articles import load_articles
    from geo.mapview import source_labels

    helps = [cb.help.replace("\\", "") for cb in app.sidebar.checkbox]  # (Markdown-escaped: md())
    assert all("this source alone:" in h for h in helps)
    # the largest toll of the samples is one source's own figure, shown in its help
    assert any(re.search(r"this source alone: [\d,]+ killed", h) for h in helps)
    # two articles that would read alike in the list get their file names
    articles, _ = load_articles([ROOT / "data" / "articles"])
    twin = articles[0].__class__(**{**articles[0].__dict__, "id": "f" * 16, "path": "copies/other.txt"})
    labels = source_labels([articles[0], twin, articles[1]])
    assert labels[articles[0].id] != labels[twin.id] and labels[twin.id].endswith("other.txt")
    assert labels[articles[1].id] == articles[1].label


def test_tolls_over_time_use_a_date_axis_when_every_figure_is_dated(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2024-05-01\nThe health ministry said 12 people were killed in Goma on Monday.",
                                  encoding="utf-8")
    (folder / "b.txt").write_text("date 2024-05-03\nThe health ministry said 20 people were killed in Goma on Monday.",
                                  encoding="utf-8")
    monkeypatch.setenv("GEO_ARTICLES", str(folder))
    monkeypatch.setenv("GEO_ALIASES", str(tmp_path / "aliases.csv"))
    monkeypatch.setenv("GEO_STORE_DIR", str(tmp_path / "store"))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert not at.exception
    captions = [c.value.replace("\\", "") for c in at.caption]
    assert any("by report date" in c for c in captions), captions


def test_tolls_over_time_say_when_figures_are_undated(app):
    captions = [c.value.replace("\\", "") for c in app.caption]
    assert any("in report order (" in c and "undated, so no date axis" in c for c in captions), captions


def test_the_view_goes_into_the_address_and_a_link_opens_it(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_ALIASES", str(tmp_path / "aliases.csv"))
    monkeypatch.setenv("GEO_STORE_DIR", str(tmp_path / "store"))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert not at.query_params  # the default view: a bare address
    at.sidebar.checkbox[0].uncheck().run()
    rule_box(at).select("min").run()
    at.sidebar.multiselect[2].set_value(["civilians"]).run()
    link = {k: v[0] if isinstance(v, list) else v for k, v in at.query_params.items()}
    assert link["rule"] == "min" and link["victims"] == "civilians" and len(link["sources"].split("~")) == 4
    seen = (metric(at, "Sources"), metric(at, "Killed"))
    # a colleague opens the link: the same view
    other = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    for k, v in link.items():
        other.query_params[k] = v
    other.run()
    assert not other.exception
    assert (metric(other, "Sources"), metric(other, "Killed")) == seen
    assert rule_box(other).value == "min"


def test_a_link_to_a_locality_narrows_the_tables_to_it(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_ALIASES", str(tmp_path / "aliases.csv"))
    monkeypatch.setenv("GEO_STORE_DIR", str(tmp_path / "store"))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    everything = at.dataframe[0].value
    assert len(everything) > 1
    # a locality a colleague chose on the map, by its place id in the link (as a click writes it)
    other = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    other.query_params["place"] = "gn:173576"  # Latakia, one of the samples' localities (GeoNames id)
    other.run()
    assert not other.exception
    rows = other.dataframe[0].value
    assert list(zip(rows["name"], rows["place_kind"])) == [("Latakia", "locality")]  # (not the governorate)
    assert any("Latakia only" in i.value for i in other.info)
    assert other.query_params["place"] in ("gn:173576", ["gn:173576"])
    # ... and an unknown one is the whole table
    third = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    third.query_params["place"] = "gn:1"
    third.run()
    assert len(third.dataframe[0].value) == len(everything) and "place" not in third.query_params


def test_a_hostile_link_is_ignored_not_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_ALIASES", str(tmp_path / "aliases.csv"))
    monkeypatch.setenv("GEO_STORE_DIR", str(tmp_path / "store"))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.query_params["sources"] = "<script>alert(1)</script>~" + "x" * 20_000
    at.query_params["dates"] = "2025-13-40..nope"
    at.query_params["rule"] = "drop table"
    at.query_params["layers"] = "nothing~at~all"
    at.run()
    assert not at.exception
    assert metric(at, "Sources") == "5 / 5" and metric(at, "Killed") == f"{KILLED_TOTAL:,}"


def test_an_area_narrows_the_map_and_its_totals_and_a_link_keeps_it(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_ALIASES", str(tmp_path / "aliases.csv"))
    monkeypatch.setenv("GEO_STORE_DIR", str(tmp_path / "store"))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    box = area_box(at)
    assert box.value == "" and box.options[0] == "Everywhere"
    # the countries and provinces of the claims' places, each country before its provinces
    labels = list(box.options[1:])
    assert labels[0] == "Syria" and all(x.endswith(", Syria") for x in labels[1:]) and len(labels) >= 3
    everywhere = (metric(at, "Killed"), metric(at, "Localities"))
    box.set_value("gn:163843").run()  # Syria (GeoNames id)
    assert area_box(at).value == "gn:163843"
    assert (metric(at, "Killed"), metric(at, "Localities")) == everywhere  # every place lies in that country
    assert "Tartus, Syria" in labels
    province = "a1:SY.14"  # Tartus Governorate
    area_box(at).set_value(province).run()
    assert int(metric(at, "Localities")) < int(everywhere[1])
    assert int(metric(at, "Killed").replace(",", "")) < int(everywhere[0].replace(",", ""))
    assert at.query_params["area"] in (province, [province])
    # a colleague's link opens the same area; a toggle of a source keeps it
    other = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    other.query_params["area"] = province
    other.run()
    assert not other.exception and area_box(other).value == province
    narrowed = (metric(other, "Killed"), metric(other, "Localities"))
    assert narrowed == (metric(at, "Killed"), metric(at, "Localities"))
    other.sidebar.checkbox[0].uncheck().run()
    other.sidebar.checkbox[0].check().run()
    assert area_box(other).value == province and (metric(other, "Killed"), metric(other, "Localities")) == narrowed
    # a box drawn on the map, as a link carries it (the browser test draws one): named so in the sidebar
    boxed = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    boxed.query_params["area"] = "box:34.75_35.7_35.1_36.1"  # around Tartus
    boxed.run()
    assert not boxed.exception and area_box(boxed).value == "box:34.75_35.7_35.1_36.1"
    assert area_box(boxed).format_func("box:34.75_35.7_35.1_36.1").startswith("Drawn on the map: 34.75°N 35.70°E")
    assert int(metric(boxed, "Killed").replace(",", "")) < int(everywhere[0].replace(",", ""))
