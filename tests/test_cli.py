import json
import subprocess
import sys

import geopandas as gpd

from conftest import ARTICLES, ROOT, run_env

FIELDS = ["path", "article", "start", "end", "text", "place_id", "name", "lat", "lon", "kind", "precision", "role", "score"]


def geo(*args, **kw):
    return subprocess.run([sys.executable, "-m", "geo", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=run_env(), timeout=300, **kw)


def test_places_jsonl_on_the_bundled_articles():
    out = geo("places", "data/articles", "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows and all(list(r) == FIELDS for r in rows)
    names = {r["text"] for r in rows if r["role"] == "location"}
    assert {"Latakia", "Damascus", "Hmeimim", "Jableh"} <= names
    # where the displaced fled to is a reference ("fled to neighbouring Lebanon")
    assert "Lebanon" in {r["text"] for r in rows if r["role"] == "reference"}
    assert {"Tartus", "Tartous"} & names and {"Baniyas", "Banias"} & names
    assert all(r["path"].startswith("data/articles/") for r in rows)
    assert not {"Lund", "Rubio", "SANA", "BBC", "Reuters", "God"} & {r["text"] for r in rows}


def test_places_geojson_reads_back_with_geopandas(tmp_path):
    out = geo("places", ARTICLES, "--format", "geojson")
    assert out.returncode == 0, out.stderr
    p = tmp_path / "places.geojson"
    p.write_text(out.stdout, encoding="utf-8")
    df = gpd.read_file(p)
    assert len(df) > 20 and df.crs.to_epsg() == 4326
    assert {"place_id", "name", "kind", "precision", "role", "article"} <= set(df.columns)
    assert df.geometry.y.between(-90, 90).all()


def test_bad_files_are_reported_and_the_rest_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text("Shelling hit Homs on Monday.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\xff" * 50)
    out = geo("places", tmp_path)
    assert out.returncode == 0
    assert "empty.txt: the file is empty" in out.stderr and "binary.txt" in out.stderr
    assert [json.loads(x)["text"] for x in out.stdout.splitlines()] == ["Homs"]


def test_exit_code_when_nothing_could_be_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    out = geo("places", tmp_path / "empty.txt", tmp_path / "missing.txt")
    assert out.returncode == 1
    assert "no such file" in out.stderr and "no article could be read" in out.stderr


def test_gazetteer_import_via_cli(isolated_user_dirs):
    import os

    txt = isolated_user_dirs / "ZZ.txt"
    txt.write_text("\t".join(["99000011", "Qorvath", "Qorvath", "", "35.1", "36.1", "P", "PPL", "SY", "", "02", "", "", "",
                              "0", "", "", "", ""]) + "\n", encoding="utf-8")
    env = run_env()
    env.update(GEO_CACHE_DIR=os.environ["GEO_CACHE_DIR"], GEO_DATA_DIR=os.environ["GEO_DATA_DIR"])
    out = subprocess.run([sys.executable, "-m", "geo", "gazetteer", "import", str(txt)], capture_output=True, text=True,
                         cwd=ROOT, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "imported 1 rows" in out.stderr
    found = subprocess.run([sys.executable, "-m", "geo", "gazetteer", "find", "Qorvath"], capture_output=True, text=True,
                           cwd=ROOT, env=env, timeout=300)
    assert json.loads(found.stdout.splitlines()[0])["place_id"] == "gn:99000011"
    bad = isolated_user_dirs / "bad.txt"
    bad.write_text("nope\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "geo", "gazetteer", "import", str(bad)], capture_output=True, text=True,
                         cwd=ROOT, env=env, timeout=300)
    assert out.returncode == 2 and "columns" in out.stderr


def test_size_limit_is_adjustable(tmp_path):
    (tmp_path / "long.txt").write_text("Shelling hit Homs on Monday. " * 100, encoding="utf-8")
    out = geo("places", tmp_path, "--max-bytes", "500")
    assert out.returncode == 1 and "over the limit of 500" in out.stderr and "--max-bytes" in out.stderr
    assert geo("places", tmp_path).returncode == 0


def test_extract_applies_the_stores_corrections_and_uploads(tmp_path, gazetteer):
    from geo.articles import parse_article
    from geo.pipeline import read_corpus
    from geo.store import Store

    text = "Gunmen killed 21 civilians in Hama on Sunday, the Example Monitor said.\n"
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    store = Store(tmp_path / "store")
    [claim] = [c for c in read_corpus([parse_article(text.encode(), "a.txt")], gazetteer).claims if c.best == 21]
    store.add_correction("toll", claim.claim_id, {"low": 20, "best": 20, "high": 22}, "the monitor corrected itself", "ana")
    store.add_article("up.txt", b"Shelling killed 3 civilians in Idlib on Monday.", "bo")
    out = tmp_path / "o.geojson"
    r = geo("extract", folder, "-o", out, "--level", "claim", "--store", tmp_path / "store", "--uploads")
    assert r.returncode == 0, r.stderr
    assert "1 correction(s) applied, 1 upload(s) added" in r.stderr
    df = gpd.read_file(out)
    assert sorted(df.killed_best.dropna().astype(int)) == [3, 20]
    r = geo("extract", folder, "-o", out, "--level", "claim", "--store", tmp_path / "store", "--no-corrections")
    assert sorted(gpd.read_file(out).killed_best.dropna().astype(int)) == [21]


def test_extract_skips_a_stale_store_alias_with_a_warning(tmp_path):
    from geo.store import Store

    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text("Gunmen killed 21 civilians in Zorblat on Sunday, the Example Monitor said.\n",
                                  encoding="utf-8")
    store = Store(tmp_path / "store")
    store.add_correction("alias", "Zorblat", {"place_id": "g:0"}, "a place id from an older gazetteer", "ana")
    r = geo("extract", folder, "-o", tmp_path / "o.geojson", "--store", tmp_path / "store")
    assert r.returncode == 0, r.stderr
    assert "store alias 'Zorblat' -> g:0 not applied (unknown place id 'g:0'); it stays in the store" in r.stderr
    assert "0 correction(s) applied" in r.stderr
    assert len(Store(tmp_path / "store").corrections()) == 1


def test_store_export_import_round_trip(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    from geo.store import Store

    Store(a).add_article("x.txt", b"Two killed in Homs.", "ana")
    assert geo("store", "export", tmp_path / "backup.sqlite", "--store", a).returncode == 0
    r = geo("store", "import", tmp_path / "backup.sqlite", "--store", b)
    assert r.returncode == 0 and "1 new article(s)" in r.stderr
    info = json.loads(geo("store", "info", "--store", b).stdout)
    assert info["articles"] == 1
    bad = geo("store", "import", tmp_path / "missing.sqlite", "--store", b)
    assert bad.returncode == 2 and "error:" in bad.stderr


def test_an_operator_recovers_from_the_cli(tmp_path):
    """An upload the page chokes on, and a correction nobody can withdraw from the page: the
    CLI lists them, takes the upload off the map and withdraws the correction."""
    from geo.store import Store

    store = Store(tmp_path / "store")
    bad, _ = store.add_article("brick.txt", f"An attack killed {'9' * 309} civilians in Homs.".encode(), "eve")
    store.add_article("fine.txt", b"Shelling killed 3 civilians in Idlib on Monday.", "bo")
    fix = store.add_correction("dismiss", "c0ffee", {}, "a test", "eve")
    folder = tmp_path / "none"
    folder.mkdir()
    out = tmp_path / "o.geojson"
    r = geo("extract", folder, "-o", out, "--store", tmp_path / "store", "--uploads")
    assert r.returncode == 0, r.stderr  # the absurd figure is ignored, not a crash
    assert "note: brick.txt: 1 figure(s) larger than any count of people were ignored" in r.stderr
    listed = [json.loads(x) for x in geo("store", "list", "--store", tmp_path / "store").stdout.splitlines()]
    assert {x.get("name") for x in listed} >= {"brick.txt", "fine.txt"}
    assert any(x.get("correction") == fix.uid[:12] and x["in_force"] for x in listed)
    r = geo("store", "remove", "brick.txt", "--reason", "hostile upload", "--store", tmp_path / "store")
    assert r.returncode == 0, r.stderr
    r = geo("store", "withdraw", fix.uid[:8], "--reason", "test over", "--store", tmp_path / "store")
    assert r.returncode == 0, r.stderr
    assert [a.name for a in Store(tmp_path / "store").articles()] == ["fine.txt"]
    assert Store(tmp_path / "store").corrections() == []
    actions = [(e.action, e.detail.get("reason")) for e in Store(tmp_path / "store").audit()]
    assert ("remove-article", "hostile upload") in actions and ("withdraw-correction", "test over") in actions
    again = geo("store", "remove", bad.sha256[:10], "--reason", "twice", "--store", tmp_path / "store")
    assert again.returncode == 2 and "no upload" in again.stderr
    assert geo("store", "remove", "fine.txt", "--store", tmp_path / "store").returncode == 2  # a reason is required


def test_store_import_reports_the_rows_it_skipped(tmp_path):
    import sqlite3

    from geo.store import Store

    a = Store(tmp_path / "a")
    a.add_article("one.txt", b"Three killed in Idlib.", "ana")
    dump = a.export_to(tmp_path / "d.sqlite")
    with sqlite3.connect(dump) as con:
        con.execute("INSERT INTO corrections (uid, kind, target, value, reason, author, created_at) "
                    "VALUES ('bad1', 'alias', 'X', 'not json', 'r', 'eve', '2026-01-01')")
    con.close()
    r = geo("store", "import", dump, "--store", tmp_path / "b")
    assert r.returncode == 0, r.stderr
    assert "skipped: correction bad1: its value is not JSON" in r.stderr and "1 row(s) skipped" in r.stderr
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "x.txt").write_text("Shelling killed 3 civilians in Idlib.", encoding="utf-8")
    assert geo("extract", folder, "-o", tmp_path / "o.csv", "--store", tmp_path / "b", "--uploads").returncode == 0


def test_hash_password_refuses_weak_passwords():
    for weak in ("password1234", "aaaaaaaaaaaaaaa", "123456789012"):
        r = geo("auth", "hash-password", "--stdin", input=weak + "\n")
        assert r.returncode == 2 and "too weak" in r.stderr and "scrypt" not in r.stdout
    r = geo("auth", "hash-password", "--stdin", input="lantern orbit pickle harbour\n")
    assert r.returncode == 0 and r.stdout.startswith('password_hash = "scrypt$')


def test_standard_input_in_and_standard_output_out(tmp_path):
    note = "Two soldiers were killed in Kirkuk on Monday, the army said."
    placed = geo("places", "-", input=note)
    assert placed.returncode == 0, placed.stderr
    rows = [json.loads(line) for line in placed.stdout.splitlines()]
    assert [(r["path"], r["text"]) for r in rows] == [("stdin.txt", "Kirkuk")]
    # the export on standard output, in the format asked for: a CSV that reads back
    out = geo("extract", "-", "-o", "-", "--format", "csv", "--level", "locality", input=note)
    assert out.returncode == 0, out.stderr
    (tmp_path / "out.csv").write_text(out.stdout, encoding="utf-8")
    import pandas as pd
    df = pd.read_csv(tmp_path / "out.csv")
    assert df[["name", "killed_best"]].values.tolist() == [["Kirkuk", 2]]
    assert "-> standard output" in out.stderr.splitlines()[-1]
    # GeoJSON by default, and a GeoPackage cannot stream
    out = geo("extract", "-", "-o", "-", input=note)
    assert json.loads(out.stdout)["features"][0]["properties"]["name"] == "Kirkuk"
    with_gpkg = geo("extract", ARTICLES, "-o", "-", "--format", "gpkg")
    assert with_gpkg.returncode == 2 and "invalid choice" in with_gpkg.stderr


def test_output_mistakes_are_one_line_errors_before_any_work(tmp_path):
    missing = geo("extract", ARTICLES, "-o", tmp_path / "no" / "such" / "map.geojson")
    assert missing.returncode == 2
    assert missing.stderr.strip().splitlines() == [f"error: the folder of -o does not exist: {tmp_path / 'no' / 'such'}"]
    clash = geo("extract", ARTICLES, "-o", tmp_path / "map.gpkg", "--format", "csv")
    assert clash.returncode == 2 and "does not match" in clash.stderr and "Traceback" not in clash.stderr
    assert "--max-bytes" in geo("extract", "--help").stdout


def test_a_name_the_gazetteer_lacks_is_said_and_exits_1():
    out = geo("gazetteer", "find", "Qqzyxvillez")
    assert out.returncode == 1 and out.stdout == ""
    assert "no place called 'Qqzyxvillez'" in out.stderr


def test_the_summary_counts_the_selected_sources(tmp_path):
    name = sorted(p.name for p in ARTICLES.iterdir() if p.suffix == ".txt")[0]
    out = geo("extract", ARTICLES, "-o", tmp_path / "one.geojson", "--sources", name)
    assert out.returncode == 0, out.stderr
    assert ", 1 selected by --sources," in out.stderr.splitlines()[-1]


def test_an_article_cut_at_the_character_limit_is_named_on_stderr(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = " ".join(f"Report number {k} said that shelling hit the market near Kirkuk on day {k}." for k in range(6_000))
    (folder / "long.txt").write_text(text, encoding="utf-8")  # (varied: repeated text is left out before the limit)
    out = geo("extract", folder, "-o", tmp_path / "map.geojson")
    assert out.returncode == 0, out.stderr
    notes = [line for line in out.stderr.splitlines() if line.startswith("note: ")]
    assert any(line.startswith(f"note: {folder / 'long.txt'}: only the first 300,000 of its") for line in notes), notes
