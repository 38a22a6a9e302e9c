"""A big project: the claims ``geo extract --dask --claims-dir`` wrote (on a real LocalCluster),
opened as the page opens them (``geo.project``, ``GEO_CLAIMS_DIR``): the claims of reading the
articles in one process, without reading them again."""
from __future__ import annotations

import subprocess
import sys

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT, run_env
from geo.articles import load_articles, parse_article
from geo import export
from geo.corrections import Corrections
from geo.exc import ProjectError
from geo.pipeline import build_map, read_corpus
from geo.project import open_claims_dir, run_stamp, with_uploads
from geo.store import Store

# made-up reports: places in several countries, one text given twice, one file empty
REPORTS = [
    "Gunmen killed 11 villagers in Kaduna state on Sunday, police said.",
    "KABUL (Wire) - A roadside bomb killed 4 soldiers in Helmand province, officials said on Monday.",
    "The Example Monitor said 6 civilians were killed by shelling in Idlib. Nine others were wounded.",
    "A landslide killed 17 people in a mining village, rescue officials said.",
    "Police said two men were shot dead in Culiacan on Friday night.",
]


def _geo(*args):
    return subprocess.run([sys.executable, "-m", "geo", *map(str, args)], capture_output=True, text=True, cwd=ROOT,
                          env=run_env(), timeout=600)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("project")
    folder = root / "articles"
    folder.mkdir()
    for k, t in enumerate(REPORTS):
        (folder / f"r{k}.txt").write_text(t, encoding="utf-8")
    (folder / "r9_again.txt").write_text(REPORTS[1], encoding="utf-8")
    (folder / "r8_empty.txt").write_bytes(b"")
    r = _geo("extract", folder, "-o", root / "out.csv", "--level", "locality", "--dask", "local", "--jobs", "2",
             "--claims-dir", root / "claims")
    assert r.returncode == 0, r.stderr
    return folder, root / "claims", root / "out.csv"


def test_a_project_holds_the_claims_of_reading_its_articles_in_one_process(project, gazetteer):
    folder, claims_dir, _ = project
    arts, errors = load_articles([folder])
    one = read_corpus(arts, gazetteer, errors)
    opened = open_claims_dir(claims_dir)
    assert len(one.claims) > 5 and opened.claims == one.claims  # every field, in the same order
    assert [a.id for a in opened.articles] == [a.id for a in one.articles]  # the text given twice: one source
    assert [a.label for a in opened.articles] == [a.label for a in one.articles]  # its first words, kept without the text
    assert not any(a.text for a in opened.articles) and opened.places == []
    assert [e.path.rsplit("/", 1)[-1] for e in opened.errors] == ["r8_empty.txt"]  # what the run could not read
    killed = [sum(loc.killed() or 0 for loc in build_map(c, gazetteer, "latest", None).localities) for c in (one, opened)]
    assert killed[0] == killed[1] > 0
    # the article level the page downloads: what the run wrote (sizes kept from its rows)
    rows = [export.article_records(build_map(c, gazetteer, "latest", None), c) for c in (one, opened)]
    assert rows[0] == rows[1] and all(r["characters"] > 0 for r in rows[1])


def test_only_a_finished_run_of_geo_opens(project, tmp_path):
    _, claims_dir, _ = project
    assert run_stamp(claims_dir) > 0
    with pytest.raises(ProjectError, match="not a folder"):
        open_claims_dir(tmp_path / "missing")
    (tmp_path / "mine").mkdir()
    with pytest.raises(ProjectError, match="not written by geo"):
        open_claims_dir(tmp_path / "mine")
    (tmp_path / "mine" / "_geo_claims").write_text("started", encoding="utf-8")  # a run that stopped midway
    with pytest.raises(ProjectError, match="did not finish"):
        run_stamp(tmp_path / "mine")


def test_uploads_join_a_project_and_corrections_made_since_apply(project, gazetteer, tmp_path):
    _, claims_dir, _ = project
    opened = open_claims_dir(claims_dir)
    [toll] = [c for c in opened.claims if c.best == 11]
    store = Store(tmp_path / "store")
    store.add_correction("dismiss", toll.claim_id, {}, "a duplicate of another outlet's report", "ana")
    fixes = Corrections(store.corrections())
    new = parse_article(b"Shelling killed 8 civilians in Kharkiv on Tuesday, the governor said.", "new.txt")
    again = parse_article(REPORTS[2].encode(), "uploaded_again.txt")
    read = read_corpus([new, again], gazetteer, [], fixes)
    both = with_uploads(opened, read, fixes)
    assert [a.id for a in both.articles] == [a.id for a in opened.articles] + [new.id]  # a project text uploaded: one source
    assert toll.claim_id not in {c.claim_id for c in both.claims}  # dismissed after the run: gone from the map
    assert [d.claim_id for d, _ in both.dismissed] == [toll.claim_id]
    assert {c.article_id for c in both.claims if c.best == 8} == {new.id}
    assert [p.article.id for p in both.places] == [new.id]  # mentions of what was read here (place corrections)


def test_the_page_opens_a_project(project, tmp_path, monkeypatch):
    _, claims_dir, out = project
    monkeypatch.setenv("GEO_ALIASES", str(tmp_path / "aliases.csv"))
    monkeypatch.setenv("GEO_STORE_DIR", str(tmp_path / "store"))
    monkeypatch.setenv("GEO_CLAIMS_DIR", str(claims_dir))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Sources"] == f"{len(REPORTS)} / {len(REPORTS)}"
    import pandas as pd
    killed = int(pd.read_csv(out).killed_best.fillna(0).sum())
    assert metrics["Killed (best, counted once)"] == f"{killed:,}"
    assert len(at.sidebar.checkbox) == len(REPORTS)
    at.sidebar.checkbox[0].uncheck().run()  # a toggle: reconciled from the project's claims
    assert at.metric[0].value == f"{len(REPORTS) - 1} / {len(REPORTS)}"
    assert at.metric[3].value == f"{killed - 11:,}"


def test_the_page_says_why_a_project_does_not_open(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_STORE_DIR", str(tmp_path / "store"))
    monkeypatch.setenv("GEO_CLAIMS_DIR", str(tmp_path / "nothing here"))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert not at.exception and not at.metric
    assert "is not a folder" in at.error[0].value


def test_a_big_projects_sources_are_found_not_listed(project, tmp_path, monkeypatch):
    _, claims_dir, _ = project
    monkeypatch.setenv("GEO_STORE_DIR", str(tmp_path / "store"))
    monkeypatch.setenv("GEO_CLAIMS_DIR", str(claims_dir))
    monkeypatch.setenv("GEO_SOURCE_BOXES", "3")  # (a big project's thousands, here 5 sources over 3)
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert not at.exception and at.metric[0].value == "5 / 5"
    killed = int(at.metric[3].value.replace(",", ""))
    [reporter] = [m for m in at.sidebar.multiselect if m.label.startswith("Reporter")]  # (more than 3: none chosen is all)
    assert reporter.label == "Reporter (none chosen: every one)" and reporter.value == [] and len(reporter.options) > 3
    reporter.set_value(["police"]).run()
    assert 0 < int(at.metric[3].value.replace(",", "")) < killed
    at.sidebar.multiselect[0].set_value([]).run()
    assert int(at.metric[3].value.replace(",", "")) == killed
    at.sidebar.text_input(key="src_query").input("kaduna villagers").run()  # every word, any case
    assert [cb.label for cb in at.sidebar.checkbox] == ["“Gunmen killed 11 villagers in Kaduna state…”"]
    at.sidebar.checkbox[0].uncheck().run()
    assert at.metric[0].value == "4 / 5" and at.metric[3].value == f"{killed - 11:,}"
    at.sidebar.text_input(key="src_query").input("culiacan").run()  # by a place of its claims (Culiacán), not its label
    assert [cb.label for cb in at.sidebar.checkbox] == ["“Police said two men were shot dead…”"]
    at.sidebar.text_input(key="src_query").input("").run()  # found again: still left out
    assert len(at.sidebar.checkbox) == 5 and not at.sidebar.checkbox[0].value
    assert "4 of 5 sources on the map" in at.sidebar.caption[1].value
    at.sidebar.button[1].click().run()  # None: every source, listed or not
    assert at.metric[0].value == "0 / 5" and not any(cb.value for cb in at.sidebar.checkbox)
    at.sidebar.button[0].click().run()  # All
    assert at.metric[0].value == "5 / 5" and at.metric[3].value == f"{killed:,}"
