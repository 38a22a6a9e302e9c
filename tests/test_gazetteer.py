import shutil
import zipfile

import pytest

from geo.exc import GazetteerError, GeoNamesFormatError
from geo.gazetteer import DATA_DIR, Gazetteer, import_geonames, list_imports
from geo.geonames import read_geonames
from geo.toponyms import ToponymResolver
from geo.articles import parse_article


def test_variants_find_the_same_place(gazetteer):
    for variants in (["Tartous", "Tartus", "Ţarţūs"], ["Jableh", "Jablah", "Jabla"],
                     ["Baniyas", "Banias", "Bāniyās"], ["Latakia", "Lattakia", "Al-Ladhiqiyah"],
                     ["Hmeimim", "Khmeimim"]):
        ids = [{p.id for p in gazetteer.find(v)} for v in variants]
        assert set.intersection(*ids), variants


def test_arabic_script_names_are_indexed(gazetteer):
    assert any(p.name == "Latakia" and p.kind == "locality" for p in gazetteer.find("اللاذقية"))


def test_countries_and_admin1_have_points_and_names(gazetteer):
    syria = gazetteer.get("gn:163843")
    assert syria.kind == "country" and 32 < syria.lat < 37.5 and 35.5 < syria.lon < 42.5
    lat = gazetteer.get("a1:SY.02")
    assert lat.kind == "admin1" and lat.name == "Latakia" and 35 < lat.lat < 36 and 35.7 < lat.lon < 36.5
    texas = [p for p in gazetteer.find("Texas") if p.kind == "admin1"]
    assert texas and texas[0].country == "US"
    # demonyms map to their country
    assert gazetteer.find("Syrian")[0].id == "gn:163843"


def test_curated_region_lists_its_parts(gazetteer):
    coast = gazetteer.get("cur:syrian-coast")
    assert coast.kind == "region" and set(coast.parts) == {"a1:SY.02", "a1:SY.14"}
    assert all(gazetteer.get(p) for p in coast.parts)


def test_every_curated_place_and_alias_points_somewhere_real(gazetteer):
    import csv

    with open(DATA_DIR / "places.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            assert gazetteer.get(r["id"]) is not None
            assert r["source"], r["id"]
            for part in filter(None, r["parts"].split(";")):
                assert gazetteer.get(part) is not None, part
    with open(DATA_DIR / "aliases.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            assert gazetteer.get(r["place_id"]) is not None, r


def test_warm_start_reads_the_cache(gazetteer):
    g = Gazetteer.load()
    assert g.stats.source == "cache"
    assert len(g) == len(gazetteer)


def test_alias_added_applies_at_once_and_is_saved(tmp_path, gazetteer, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    monkeypatch.delenv("GEO_ALIASES", raising=False)
    monkeypatch.setenv("GEO_DATA_DIR", str(tmp_path / "user"))
    g = Gazetteer.load(data)
    assert g.stats.source == "cache"  # aliases.csv is not part of the cached index
    assert not g.find("Zzyzx Camp")
    g.add_alias("Zzyzx Camp", "gn:170654")
    assert g.find("Zzyzx Camp")[0].id == "gn:170654"
    # saved in the user's data folder, never into the package's curated table
    assert "Zzyzx Camp,gn:170654" in (tmp_path / "user" / "aliases.csv").read_text(encoding="utf-8")
    assert "Zzyzx" not in (data / "aliases.csv").read_text(encoding="utf-8")
    assert Gazetteer.load(data).find("Zzyzx Camp")[0].id == "gn:170654"
    with pytest.raises(GazetteerError):
        g.add_alias("x", "gn:does-not-exist")


ROWS = [
    # a village cities500 lacks, with an Arabic alternate name
    ["99000001", "Kafr Zzaytun", "Kafr Zzaytun", "Kfar Zaitoun,كفر الزيتون", "35.61000", "36.02000", "P", "PPL", "SY", "", "02", "", "", "", "0", "", "", "Asia/Damascus", "2024-01-01"],
    # a known place (Latakia) gaining a new alternate name
    ["173576", "Latakia", "Latakia", "Laodicea ad Mare", "35.53168", "35.79011", "P", "PPLA", "SY", "", "02", "", "", "", "709000", "", "", "Asia/Damascus", "2024-01-01"],
    # an airbase
    ["99000002", "Qwertz Air Base", "Qwertz Air Base", "", "34.50000", "36.90000", "S", "AIRB", "SY", "", "11", "", "", "", "0", "", "", "Asia/Damascus", "2024-01-01"],
]


def _geonames_text() -> str:
    return "".join("\t".join(r) + "\n" for r in ROWS)


def test_import_geonames_txt_then_zip(isolated_user_dirs, gazetteer):
    txt = isolated_user_dirs / "XX.txt"
    txt.write_text(_geonames_text(), encoding="utf-8")
    assert len(list(read_geonames(txt))) == 3
    dest, rows = import_geonames(txt)
    assert rows == 3 and dest in list_imports()
    g = Gazetteer.load()
    assert g.stats.source == "built"
    village = g.find("Kafr Zzaytun")
    assert village and village[0].kind == "locality" and village[0].admin1_name == "Latakia"
    assert g.find("كفر الزيتون")[0].id == village[0].id
    assert g.find("Laodicea ad Mare")[0].id == "gn:173576"  # merged, not duplicated
    assert len([p for p in g.find("Latakia") if p.kind == "locality"]) == 1
    assert g.find("Qwertz Air Base")[0].kind == "landmark"
    # the resolver uses it at once
    art = parse_article("Shelling hit the village of Kafr Zzaytun in Latakia province.".encode(), "x.txt")
    ms = ToponymResolver(g).resolve(art).mentions
    assert any(m.text == "Kafr Zzaytun" and m.place_id == "gn:99000001" for m in ms)
    # a zip (as GeoNames ships SY.zip) works the same
    z = isolated_user_dirs / "YY.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("readme.txt", "not data")
        zf.writestr("YY.txt", _geonames_text())
    assert import_geonames(z)[1] == 3


@pytest.mark.parametrize("content,msg", [
    ("only\tthree\tcolumns\n", "columns"),
    ("\t".join(["x"] * 19) + "\n", "line 1"),
])
def test_import_rejects_what_is_not_geonames(isolated_user_dirs, content, msg):
    bad = isolated_user_dirs / "bad.txt"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(GeoNamesFormatError, match=msg):
        import_geonames(bad)
    assert list_imports() == []  # nothing half-imported


def test_import_rejects_a_broken_zip(isolated_user_dirs):
    bad = isolated_user_dirs / "SY.zip"
    bad.write_bytes(b"not a zip")
    with pytest.raises(GeoNamesFormatError, match="zip"):
        import_geonames(bad)


def test_a_countrys_point_lies_on_its_largest_landmass():
    """A country's map point is on its main landmass (Norway's not on Svalbard, Chile's not on
    Tierra del Fuego), checked against the offline outline the map draws."""
    import csv
    import json

    from shapely.geometry import Point, shape

    data = DATA_DIR
    outlines = {f["properties"]["iso_a3"]: shape(f["geometry"]) for f in json.loads((data / "world.geojson").read_text())["features"]}
    off = []
    with open(data / "countries.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            geom = outlines.get(r["iso3"])
            if geom is None or r["coord_source"] != "natural-earth-interior":
                continue
            main = max(getattr(geom, "geoms", [geom]), key=lambda p: p.area)
            if not main.buffer(0.05).contains(Point(float(r["lon"]), float(r["lat"]))):
                off.append(r["iso2"])
    assert off == []


@pytest.mark.parametrize("name, country", [
    ("Ituri", "CD"), ("Tanganyika", "CD"), ("Haut-Katanga", "CD"), ("North Kordofan", "SD"),
    ("West Kordofan", "SD"), ("Nineveh", "IQ"), ("Dubai", "AE"),
])
def test_first_order_areas_answer_to_geonames_names(gazetteer, name, country):
    # (the old table named DR Congo's provinces by their pre-2015 labels and Sudan's West
    # Kordofan "Shamal Kurdufan", North Kordofan's name; Dubai and Yerevan were missing)
    assert [p.country for p in gazetteer.find(name) if p.kind == "admin1"] == [country]


def test_older_labels_stay_other_names_and_parishes_are_not_areas(gazetteer):
    assert "AF" in {p.country for p in gazetteer.find("Lowgar") if p.kind == "admin1"}
    # GeoNames lists the Isle of Man's parishes as first-order areas: "Michael" is no place of that kind
    assert not [p for p in gazetteer.find("Michael") if p.kind == "admin1"]


def test_a_country_knows_the_countries_it_borders(gazetteer):
    assert {"EG", "JO", "PS"} <= gazetteer.neighbours("IL")
    assert "IL" in gazetteer.neighbours("PS")
    assert gazetteer.neighbours("IS") == frozenset()  # an island
    assert gazetteer.neighbours("??") == frozenset()


def test_an_areas_people_are_found_as_demonyms(gazetteer):
    assert [(p.id, p.kind) for p in gazetteer.find("Ohioans")] == [("a1:US.OH", "admin1")]
    # a word for the people of an area that two countries hold names both
    assert {p.country for p in gazetteer.find("Kashmiri")} == {"IN", "PK"}
