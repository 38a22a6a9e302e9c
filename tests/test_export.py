"""Exports read back with GeoPandas, with the documented columns."""
import json
import subprocess
import sys

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest

from conftest import ARTICLES, ROOT, run_env

LOCALITY = ["place_id", "name", "country", "admin1", "precision", "incidents", "killed_low", "killed_best", "killed_high",
            "sources", "source_count", "first_date", "last_date", "event_types"]
INCIDENT = ["incident_id", "event_type", "place_id", "name", "precision", "date_start", "date_end", "outcome", "victims",
            "killed_low", "killed_best", "killed_high", "reported_by", "sources", "evidence", "conflicting"]
CLAIM = ["claim_id", "article_id", "path", "event_type", "place_id", "name", "precision", "outcome", "victims",
         "killed_low", "killed_best", "killed_high", "reported_by", "date_start", "date_end", "evidence", "start", "end"]


def extract(*args):
    return subprocess.run([sys.executable, "-m", "geo", "extract", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=run_env(), timeout=300)


@pytest.mark.parametrize("level,cols", [("locality", LOCALITY), ("incident", INCIDENT), ("claim", CLAIM)])
def test_geojson_levels(tmp_path, level, cols):
    out = tmp_path / f"{level}.geojson"
    r = extract(ARTICLES, "-o", out, "--level", level)
    assert r.returncode == 0, r.stderr
    df = gpd.read_file(out)
    assert set(cols) <= set(df.columns)
    assert df.crs.to_epsg() == 4326 and len(df) > 0
    raw = json.loads(out.read_text(encoding="utf-8"))
    assert "crs" not in raw  # RFC 7946: WGS84 implied, no crs member
    if level != "claim":
        assert df.geometry.notna().all()


def test_locality_geojson_values(tmp_path):
    out = tmp_path / "l.geojson"
    assert extract(ARTICLES, "-o", out).returncode == 0
    df = gpd.read_file(out)
    inc = tmp_path / "i.geojson"
    assert extract(ARTICLES, "-o", inc, "--level", "incident").returncode == 0
    di = gpd.read_file(inc)
    assert df.killed_best.sum() == di.killed_best.sum()
    ban = df[df.place_id == "gn:171830"].iloc[0]
    assert ban.killed_best == 3 and abs(ban.geometry.y - 35.18) < 0.1
    assert all(len(s) == 16 for row in df.sources.dropna() for s in row.split(";") if s)


def test_csv_has_lat_lon(tmp_path):
    out = tmp_path / "l.csv"
    assert extract(ARTICLES, "-o", out).returncode == 0
    df = pd.read_csv(out)
    assert {"lat", "lon"} <= set(df.columns) and set(LOCALITY) <= set(df.columns)
    assert df.lat.between(-90, 90).all()


def test_geopackage_has_all_layers(tmp_path):
    out = tmp_path / "all.gpkg"
    r = extract(ARTICLES, "-o", out)
    assert r.returncode == 0, r.stderr
    layers = dict(pyogrio.list_layers(out))
    # the four data layers, and QGIS's style table (registered as QGIS itself does)
    assert set(layers) == {"localities", "incidents", "claims", "articles", "layer_styles"}
    assert {k for k, v in layers.items() if v == "Point"} == {"localities", "incidents", "claims", "articles"}
    assert set(LOCALITY) <= set(gpd.read_file(out, layer="localities").columns)
    assert set(INCIDENT) <= set(gpd.read_file(out, layer="incidents").columns)
    assert set(CLAIM) <= set(gpd.read_file(out, layer="claims").columns)
    arts = pyogrio.read_dataframe(out, layer="articles")
    assert len(arts) == 5


def test_sources_and_rule_options(tmp_path):
    out = tmp_path / "x.geojson"
    r = extract(ARTICLES, "-o", out, "--level", "incident", "--sources", "000_edeeeb6028026304.txt", "--rule", "min")
    assert r.returncode == 0, r.stderr
    df = gpd.read_file(out)
    assert set(";".join(df.sources).split(";")) == {"c104e67c754df681"}
    assert set(df["rule"]) == {"min"}
    assert extract(ARTICLES, "-o", out, "--sources", "nothing-like-this").returncode == 2
    assert extract(ARTICLES, "-o", tmp_path / "x.shp").returncode == 2


def test_hostile_text_stays_valid(tmp_path):
    art = tmp_path / "evil.txt"
    art.write_text('Gunmen killed 5 civilians in Homs, "quoted" `tick` \\ back <script>alert(1)</script> =cmd|x.\n',
                   encoding="utf-8")
    for suffix in (".geojson", ".gpkg", ".csv"):
        out = tmp_path / f"e{suffix}"
        assert extract(art, "-o", out, "--level", "claim").returncode == 0
        if suffix != ".csv":
            df = gpd.read_file(out, layer="claims" if suffix == ".gpkg" else None)
            assert "<script>" in df.evidence.iloc[0]


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(tmp_path):
    from geo.export import csv_safe

    df = pd.DataFrame({"text": ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "plain", "＝1", None],
                       "n": [1, -2, 3, 4, 5, 6, 7, 8]})
    out = csv_safe(df)
    assert out.text.tolist()[:7] == ["'=HYPERLINK(\"http://x\")", "'+1", "'-2+3", "'@SUM(A1)", "'\tx", "plain", "'＝1"]
    assert out.n.tolist() == [1, -2, 3, 4, 5, 6, 7, 8]  # numbers stay numbers
    assert df.text[0].startswith("=")  # the frame given is not changed


def test_csv_export_of_hostile_metadata_runs_no_formula(tmp_path):
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text("Gunmen killed 5 civilians in Homs on Monday.\n", encoding="utf-8")
    (folder / "sources.csv").write_text('file,outlet,title\na.txt,"=HYPERLINK(""http://evil.example"",""x"")",@t\n',
                                        encoding="utf-8")
    out = tmp_path / "c.csv"
    assert extract(folder, "-o", out, "--level", "claim").returncode == 0
    df = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert (df.reported_by == "'=HYPERLINK(\"http://evil.example\",\"x\")").all()
    cells = [v for col in df.columns for v in df[col]]
    assert not any(v.startswith(("=", "+", "@")) for v in cells)


def test_article_level_is_what_each_article_alone_reports(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Gunmen killed 7 villagers in Mandera on Tuesday, police said. Two of the "
                                  "attackers were later shot dead by soldiers.", encoding="utf-8")
    (folder / "b.txt").write_text("An air strike killed 12 people in Idlib on Sunday, a monitor said. "
                                  "Rescuers said 20 others were wounded.", encoding="utf-8")
    (folder / "c.txt").write_text("Five people were killed and three were hurt in a shooting at a bar.", encoding="utf-8")
    out = tmp_path / "articles.geojson"
    r = extract(folder, "-o", out, "--level", "article")
    assert r.returncode == 0, r.stderr
    df = gpd.read_file(out).set_index("path")
    a, b, c = (df.loc[str(folder / n)] for n in ("a.txt", "b.txt", "c.txt"))
    assert (a.killed_best, a.killed_perpetrators, a.country) == (9, 2, "KE")
    assert (b.killed_best, b.wounded_best, b.country) == (12, 20, "SY")
    assert c.killed_best == 5 and c.geometry is None and c.place_kind == "unlocated"
    assert a.geometry.y == pytest.approx(3.94, abs=0.5)  # Mandera, the main event place


@pytest.mark.parametrize("level,id_col", [("locality", "place_id"), ("incident", "incident_id"), ("claim", "claim_id"),
                                          ("article", "article_id")])
def test_every_geojson_feature_has_its_id_and_keeps_it_as_a_property(tmp_path, level, id_col):
    out = tmp_path / f"{level}.geojson"
    r = extract(ARTICLES, "-o", out, "--level", level)
    assert r.returncode == 0, r.stderr
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert features and all(f["id"] == f["properties"][id_col] for f in features)
    assert len({f["id"] for f in features}) == len(features)
    assert not any("_feature_id" in f["properties"] for f in features)


def test_geopackage_dates_are_dates_and_its_localities_carry_a_qgis_style(tmp_path):
    import sqlite3
    import xml.etree.ElementTree as ET

    out = tmp_path / "all.gpkg"
    r = extract(ARTICLES, "-o", out)
    assert r.returncode == 0, r.stderr
    for layer, cols in (("localities", ["first_date", "last_date"]), ("claims", ["published", "date_start"]),
                        ("articles", ["published"])):
        df = gpd.read_file(out, layer=layer)
        for col in cols:
            assert pd.api.types.is_datetime64_any_dtype(df[col]), (layer, col, df[col].dtype)
        assert df[cols[0]].notna().any()
    con = sqlite3.connect(out)
    (qml, default), = con.execute("SELECT styleQML, useAsDefault FROM layer_styles WHERE f_table_name = 'localities'")
    con.close()
    root = ET.fromstring(qml.split("\n", 1)[1])  # (after the DOCTYPE line)
    fields = {root.find(".//text-style").get("fieldName")}
    fields |= {f for e in root.iter("Option") if e.get("name") == "expression" for f in
               __import__("re").findall(r'"(\w+)"', e.get("value"))}
    assert default == 1 and fields <= set(gpd.read_file(out, layer="localities").columns)


def test_csv_for_excel_starts_with_a_byte_order_mark(tmp_path):
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    assert extract(ARTICLES, "-o", plain).returncode == 0
    r = extract(ARTICLES, "-o", excel, "--bom")
    assert r.returncode == 0, r.stderr
    assert excel.read_bytes().startswith(b"\xef\xbb\xbf") and not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    assert excel.read_bytes()[3:] == plain.read_bytes()
    assert pd.read_csv(excel, encoding="utf-8-sig").columns[0] == "place_id"


def test_the_readme_export_schema_names_the_real_columns():
    import re

    from geo import export

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Export schema", 1)[1].split("\n## ", 1)[0]
    documented: dict[str, set[str]] = {"locality": set(), "incident": set(), "claim": set(), "article": set()}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] not in ("locality", "incident", "claim", "article", "claim, incident"):
            continue
        names = set()
        for name in re.findall(r"`([a-z0-9_/]+)`", cells[1]):
            stem, _, rest = name.partition("/")
            if rest:  # killed_low/best/high
                base = stem.rsplit("_", 1)[0]
                names |= {f"{base}_{s}" for s in [stem.rsplit("_", 1)[1], *rest.split("/")]}
            else:
                names.add(name)
        if "precision columns" in cells[1]:
            names |= {"precision", "acled_geo_precision", "ucdp_where_prec"}
        for level in cells[0].split(", "):
            documented[level] |= names
    if "Precision columns everywhere" in section:
        for names in documented.values():
            names |= {"precision", "acled_geo_precision", "ucdp_where_prec"}
    real = {"locality": export.LOCALITY_COLUMNS, "incident": export.INCIDENT_COLUMNS, "claim": export.CLAIM_COLUMNS,
            "article": export.ARTICLE_COLUMNS}
    for level, cols in real.items():
        cols = set(cols) - {"lat", "lon"}
        assert documented[level] - cols == set(), f"{level}: documented but not exported"
        assert cols - documented[level] == set(), f"{level}: exported but not documented"


@pytest.mark.parametrize("suffix", [".csv", ".geojson"])
def test_an_export_written_in_chunks_is_the_file_written_whole(tmp_path, gazetteer, suffix):
    """``write_rows`` asks for a level's rows a chunk at a time (how the Dask path streams its
    exports): any chunking gives the same bytes as one chunk, the CSV's byte-order mark once."""
    from geo import export
    from geo.articles import load_articles
    from geo.pipeline import build_map, read_corpus

    articles, _ = load_articles([ARTICLES])
    corpus = read_corpus(articles, gazetteer)
    data = build_map(corpus, gazetteer)
    for level in export.LEVELS:
        whole = export.write(tmp_path / f"whole{suffix}", data, corpus, level, bom=True).read_bytes()
        rows = export.records_of(level, data, corpus)
        assert len(rows) > 3, level
        for size in (1, 3):
            out = tmp_path / f"whole{suffix}"  # (the same name: GeoJSON carries it)
            export.write_rows(out, lambda lev: [rows[k:k + size] for k in range(0, len(rows), size)], level, bom=True)
            assert out.read_bytes() == whole, (level, size)
        if suffix == ".csv":
            assert whole.startswith(b"\xef\xbb\xbf") and whole.count(b"\xef\xbb\xbf") == 1
