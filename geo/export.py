"""Exports: localities, incidents, claims and articles as flat tables with points.

Logic (``*_frame``) is kept apart from writing (``write``): the frames are plain GeoDataFrames
in EPSG:4326 whose columns are strings and numbers only, so QGIS can style them. The columns
are documented in README "Export schema".
"""
from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # (imported where a frame gets its points: a CSV export needs none, nor its import time)
    import geopandas as gpd


from geo.claims import Claim
from geo.localities import Locality
from geo.pipeline import Corpus, MapData
from geo.precision import acled_geo_precision, ucdp_where_prec
from geo.reconcile import Incident
from geo.articles import Article
from geo.reports import ArticleReport, article_reports

LEVELS = ("locality", "incident", "claim", "article")
FORMATS = (".geojson", ".csv", ".gpkg")
CRS = "EPSG:4326"


def _join(items) -> str:
    return ";".join(str(x) for x in items if x not in (None, ""))


def _precision_cols(p: int | None) -> dict:
    return {"precision": p, "acled_geo_precision": acled_geo_precision(p) if p else None,
            "ucdp_where_prec": ucdp_where_prec(p) if p else None}


def _evidence(article_id: str, start: int, end: int, sentence: str) -> str:
    return f"{article_id}@{start}-{end}: {' '.join(sentence.split())}"


def _frame(rows: list[dict], columns: list[str]) -> gpd.GeoDataFrame:
    import geopandas as gpd

    df = _table(rows, columns)
    lat = pd.to_numeric(df["lat"], errors="coerce")
    lon = pd.to_numeric(df["lon"], errors="coerce")
    geom = gpd.points_from_xy(lon.fillna(0), lat.fillna(0))  # vectorised; no position -> no geometry
    geom[(lat.isna() | lon.isna()).to_numpy()] = None
    return gpd.GeoDataFrame(df, geometry=geom, crs=CRS)


def _table(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """The rows as a plain table of ``columns`` plus lat, lon (a CSV's; ``_frame`` adds points)."""
    return pd.DataFrame(rows, columns=columns + ["lat", "lon"])


LOCALITY_COLUMNS = [
    "place_id", "name", "country", "admin1", "place_kind", "precision", "acled_geo_precision", "ucdp_where_prec",
    "incidents", "killed_low", "killed_best", "killed_high", "killed_reported_low", "killed_reported_best",
    "killed_reported_high", "killed_civilians", "killed_security_forces", "killed_fighters", "killed_unspecified",
    "wounded_best", "displaced_best", "arrested_best", "sources", "source_count", "reported_by", "first_date",
    "last_date", "event_types", "dominant_event_type", "conflicting", "contained_in", "parts",
]


def localities_frame(localities: list[Locality]) -> gpd.GeoDataFrame:
    return _frame(locality_records(localities), LOCALITY_COLUMNS)


def locality_records(localities: list[Locality]) -> list[dict]:
    """One plain dict per locality (the columns of ``LOCALITY_COLUMNS`` plus lat, lon)."""
    rows = []
    for loc in localities:
        rec = loc.views.get("record")  # (built once per locality; each caller gets a copy it may change)
        if rec is None:
            rec = loc.views["record"] = _locality_record(loc)
        rows.append(dict(rec))
    return rows


def _locality_record(loc: Locality) -> dict:
    k = loc.counted.get("killed", {})
    kr = loc.reported.get("killed", {})
    return {
        "place_id": loc.place_id, "name": loc.name, "country": loc.country, "admin1": loc.admin1,
        "place_kind": loc.place_kind, **_precision_cols(loc.precision), "incidents": len(loc.incidents),
        "killed_low": k.get("low"), "killed_best": k.get("best"), "killed_high": k.get("high"),
        "killed_reported_low": kr.get("low"), "killed_reported_best": kr.get("best"),
        "killed_reported_high": kr.get("high"),
        "killed_civilians": loc.by_victims.get("civilians"), "killed_security_forces": loc.by_victims.get("security forces"),
        "killed_fighters": loc.by_victims.get("fighters"), "killed_unspecified": loc.by_victims.get("total"),
        "wounded_best": loc.counted.get("wounded", {}).get("best"),
        "displaced_best": loc.counted.get("displaced", {}).get("best"),
        "arrested_best": loc.counted.get("arrested", {}).get("best"),
        "sources": _join(loc.sources), "source_count": len(loc.sources), "reported_by": _join(loc.reporters),
        "first_date": loc.first_date, "last_date": loc.last_date, "event_types": _join(loc.event_types),
        "dominant_event_type": loc.dominant_event_type, "conflicting": loc.conflicting,
        "contained_in": loc.contained_in, "parts": _join(loc.parts), "lat": loc.lat, "lon": loc.lon,
    }


INCIDENT_COLUMNS = [
    "incident_id", "event_type", "acled_event_type", "acled_sub_event_type", "place_id", "name", "country",
    "place_kind", "precision", "acled_geo_precision", "ucdp_where_prec", "date_start", "date_end", "outcome", "victims",
    "killed_low", "killed_best", "killed_high", "reported_low", "reported_best", "reported_high", "rule",
    "reported_by", "sources", "source_count", "versions", "evidence", "conflicting", "incident_count", "cumulative",
    "claims",
]


def _versions_text(i: Incident) -> str:
    return " | ".join(f"{v.article_id}: {v.reporter or 'unattributed'} {v.qualifier if v.qualifier not in ('exact', '') else ''} "
                      f"{v.best}{' (' + v.date + ')' if v.date else ''}".replace("  ", " ") for v in i.versions)


def incidents_frame(incidents: list[Incident]) -> gpd.GeoDataFrame:
    return _frame(incident_records(incidents), INCIDENT_COLUMNS)


def incident_records(incidents: list[Incident]) -> list[dict]:
    """One plain dict per incident (the columns of ``INCIDENT_COLUMNS`` plus lat, lon)."""
    rows = []
    for i in incidents:
        rows.append({
            "incident_id": i.incident_id, "event_type": i.event_type, "acled_event_type": i.acled_event_type,
            "acled_sub_event_type": i.acled_sub_event_type, "place_id": i.place_id, "name": i.name,
            "country": i.country, "place_kind": i.place_kind, **_precision_cols(i.precision),
            "date_start": i.date_start, "date_end": i.date_end, "outcome": i.outcome, "victims": i.victims,
            "killed_low": i.killed_low, "killed_best": i.killed_best, "killed_high": i.killed_high,
            "reported_low": i.reported_low, "reported_best": i.reported_best, "reported_high": i.reported_high,
            "rule": i.rule, "reported_by": _join(i.reporters), "sources": _join(i.sources),
            "source_count": len(i.sources), "versions": _versions_text(i),
            "evidence": " | ".join(dict.fromkeys(_evidence(c.article_id, c.start, c.end, c.sentence) for c in i.claims)),
            "conflicting": i.conflicting, "incident_count": i.incident_count, "cumulative": i.cumulative,
            "claims": _join(c.claim_id for c in i.claims), "lat": i.lat, "lon": i.lon,
        })
    return rows


CLAIM_COLUMNS = [
    "claim_id", "article_id", "path", "outlet", "published", "event_type", "acled_event_type", "acled_sub_event_type",
    "place_id", "name", "place_kind", "precision", "acled_geo_precision", "ucdp_where_prec", "outcome", "victims",
    "count_low", "count_best", "count_high", "killed_low", "killed_best", "killed_high", "qualifier", "count_text",
    "incident_count", "reported_by", "reporter_kind", "relayed_by", "date_start", "date_end", "date_text", "evidence",
    "start", "end", "sentence_start", "sentence_end", "part_of", "is_total", "cumulative", "revision", "place_mentions",
]


def claims_frame(claims: list[Claim]) -> gpd.GeoDataFrame:
    return _frame(claim_records(claims), CLAIM_COLUMNS)


def claim_records(claims: list[Claim]) -> list[dict]:
    """One plain dict per claim (the columns of ``CLAIM_COLUMNS`` plus lat, lon)."""
    rows = []
    for c in claims:
        killed = c.outcome == "killed"
        rows.append({
            "claim_id": c.claim_id, "article_id": c.article_id, "path": c.path, "outlet": c.outlet,
            "published": c.published, "event_type": c.event_type, "acled_event_type": c.acled_event_type,
            "acled_sub_event_type": c.acled_sub_event_type, "place_id": c.place_id, "name": c.place_name,
            "place_kind": c.place_kind, **_precision_cols(c.precision), "outcome": c.outcome, "victims": c.victims,
            "count_low": c.low, "count_best": c.best, "count_high": c.high,
            "killed_low": c.low if killed else None, "killed_best": c.best if killed else None,
            "killed_high": c.high if killed else None, "qualifier": c.qualifier, "count_text": c.count_text,
            "incident_count": c.incident_count, "reported_by": c.reported_by, "reporter_kind": c.reporter_kind,
            "relayed_by": c.relayed_by, "date_start": c.date_start, "date_end": c.date_end, "date_text": c.date_text,
            "evidence": c.sentence, "start": c.start, "end": c.end, "sentence_start": c.sentence_start,
            "sentence_end": c.sentence_end, "part_of": c.part_of, "is_total": c.is_total, "cumulative": c.cumulative,
            "revision": str(c.revision), "place_mentions": _join(f"{m['text']}@{m['start']}-{m['end']}={m['place_id']}" for m in c.place_mentions),
            "lat": c.lat, "lon": c.lon,
        })
    return rows


ARTICLE_COLUMNS = [
    "article_id", "path", "outlet", "title", "url", "published", "killed_low", "killed_best", "killed_high",
    "killed_perpetrators", "wounded_low", "wounded_best", "wounded_high", "place_id", "name", "country", "place_kind",
    "place_basis", "precision", "acled_geo_precision", "ucdp_where_prec", "event_types", "date_start", "date_end", "incidents", "claim_count",
    "encoding", "characters", "repeated_characters_dropped", "notes",
]


def articles_frame(data: MapData, corpus: Corpus) -> gpd.GeoDataFrame:
    """One row per selected article: what it alone reports, counted once within it, and its
    main event place (``geo.reports``), with where it came from."""
    return _frame(article_records(data, corpus), ARTICLE_COLUMNS)


def article_records(data: MapData, corpus: Corpus) -> list[dict]:
    """The rows of ``articles_frame`` as plain dicts."""
    if data.gaz is None:
        raise ValueError("the article level needs the gazetteer the map was built with (build_map)")
    reports = {r.article_id: r for r in article_reports(corpus, data.gaz, data.rule, data.sources)}
    return [article_row(a, reports[a.id]) for a in corpus.articles if a.id in reports]


def article_row(a: Article, r: ArticleReport) -> dict:
    """The article level's row of article ``a`` with its report ``r``."""
    k, w = r.killed or (None, None, None), r.wounded or (None, None, None)
    return {
        "article_id": a.id, "path": a.path, "outlet": a.outlet, "title": a.title, "url": a.url,
        "published": a.published.isoformat() if a.published else None,
        "killed_low": k[0], "killed_best": k[1], "killed_high": k[2],
        "killed_perpetrators": r.killed_perpetrators if r.killed else None,
        "wounded_low": w[0], "wounded_best": w[1], "wounded_high": w[2],
        "place_id": r.place_id, "name": r.name, "country": r.country, "place_kind": r.place_kind,
        "place_basis": r.place_basis, **_precision_cols(r.precision), "event_types": _join(r.event_types), "date_start": r.date_start,
        "date_end": r.date_end, "incidents": r.incidents, "claim_count": r.claims, "encoding": a.encoding,
        "characters": a.sizes[0] if a.sizes else len(a.text),
        "repeated_characters_dropped": a.sizes[1] if a.sizes else sum(e - s for s, e in a.dropped),
        "notes": "; ".join(a.notes), "lat": r.lat, "lon": r.lon,
    }


_INT_PREFIXES = ("killed_", "count_", "reported_low", "reported_best", "reported_high", "wounded_", "displaced_",
                 "arrested_", "precision", "acled_geo_precision", "ucdp_where_prec", "incidents", "source_count",
                 "incident_count", "claim_count", "start", "end", "sentence_start", "sentence_end", "conflicting", "is_total",
                 "cumulative",
                 "characters", "repeated_characters_dropped")


def _clean(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Counts, offsets and flags as nullable integers (0/1 for flags): no "1451.0" in GIS."""
    out = gdf.copy()
    for col in out.columns:
        if col.startswith(_INT_PREFIXES) and col not in ("geometry",):
            out[col] = pd.to_numeric(out[col], errors="coerce").round().astype("Int64")
    return out


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_safe(df: pd.DataFrame) -> pd.DataFrame:
    """Text cells a spreadsheet would run as a formula (starting with = + - @, a tab or a
    carriage return, or their full-width forms) get a leading apostrophe, the OWASP advice;
    numbers are left alone, so a negative count stays a number."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(lambda v: "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v)
    return out


def to_bytes(level: str, data: MapData, corpus: Corpus, fmt: str, bom: bool = False) -> bytes:
    """The export as bytes (for downloads): ``fmt`` is geojson, csv or gpkg."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"export.{fmt}"
        write(path, data, corpus, level, bom=bom)
        return path.read_bytes()


# each level's feature id (GeoJSON "id"), kept among the properties too
ID_COLUMNS = {"locality": "place_id", "incident": "incident_id", "claim": "claim_id", "article": "article_id"}
# dates a GIS should see as dates (the GeoPackage's DATETIME: QGIS's time slider runs on them)
DATE_COLUMNS = ("first_date", "last_date", "date_start", "date_end", "published")
STYLE = Path(__file__).resolve().parent / "data" / "localities.qml"


def _as_dates(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    out = gdf.copy()
    for col in DATE_COLUMNS:
        if col in out.columns:
            out[col] = pd.to_datetime(out[col], errors="coerce", format="ISO8601")
    return out


def _add_style(path: Path) -> None:
    """The localities layer's default QGIS style, stored in the GeoPackage (``layer_styles``,
    the table QGIS reads a default style from)."""
    import sqlite3

    qml = STYLE.read_text(encoding="utf-8")
    con = sqlite3.connect(path)
    try:
        with con:
            con.execute("""CREATE TABLE IF NOT EXISTS layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT,
                f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256),
                f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT,
                useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), update_time DATETIME DEFAULT
                (strftime('%Y-%m-%dT%H:%M:%fZ','now')))""")
            con.execute("INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
                        "styleName, styleQML, styleSLD, useAsDefault, description, owner) VALUES "
                        "('', '', 'localities', 'geom', 'geo localities', ?, '', 1, 'killed (best, counted once) as circle area', '')",
                        (qml,))
            con.execute("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier) VALUES "
                        "('layer_styles', 'attributes', 'layer_styles')")
    finally:
        con.close()


def write(path: str | Path, data: MapData, corpus: Corpus | None, level: str = "locality", bom: bool = False) -> Path:
    """Write ``level`` to GeoJSON (RFC 7946, each feature's ``id`` its place, incident, claim
    or article id) or CSV (lat/lon columns; ``bom``: with a UTF-8 byte-order mark, so that
    Excel reads it as UTF-8), or every layer (localities, incidents, claims, and articles
    when the map has its gazetteer) to a GeoPackage (dates as DATETIME, the localities' QGIS
    style inside). The format is the suffix."""
    layers = LAYERS if data.gaz is not None else LAYERS[:3]
    return write_rows(path, lambda lev: [records_of(lev, data, corpus)], level, bom=bom, layers=layers)


def records_of(level: str, data: MapData, corpus: Corpus | None) -> list[dict]:
    """The rows of ``level`` of a map, as plain dicts (its columns plus lat, lon)."""
    if level == "locality":
        return locality_records(data.localities)
    if level == "incident":
        return incident_records(data.incidents)
    if level == "claim":
        return claim_records(data.claims)
    if level == "article":
        return article_records(data, corpus)
    raise ValueError(f"unknown level {level!r}; use one of {', '.join(LEVELS)}")


# the GeoPackage's layers, in order, and the level each holds
LAYERS = (("localities", "locality"), ("incidents", "incident"), ("claims", "claim"), ("articles", "article"))
COLUMNS = {"locality": LOCALITY_COLUMNS, "incident": INCIDENT_COLUMNS, "claim": CLAIM_COLUMNS, "article": ARTICLE_COLUMNS}


def write_rows(path: str | Path, rows_of: Callable[[str], Iterable[list[dict]]], level: str = "locality",
               bom: bool = False, layers: tuple[tuple[str, str], ...] = LAYERS) -> Path:
    """``write`` from rows: ``rows_of(level)`` gives a level's rows (plain dicts of its
    columns plus lat, lon) in chunks, in order; each chunk is written before the next is
    asked for, so an export of any size needs the memory of one chunk (``geo.cluster``
    streams its exports from Parquet this way). Chunked or whole, the file is the same, byte
    for byte (GeoPackage: row for row)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"unsupported output {path.name!r}; use {', '.join(FORMATS)}")
    if level not in COLUMNS:
        raise ValueError(f"unknown level {level!r}; use one of {', '.join(LEVELS)}")
    if path.exists():
        path.unlink()
    if suffix == ".gpkg":
        import pyogrio

        for name, lev in layers:
            for chunk in _chunks(rows_of(lev)):
                gdf = _as_dates(_clean(_frame(chunk, COLUMNS[lev])).drop(columns=["lat", "lon"]))
                pyogrio.write_dataframe(gdf, path, layer=name, driver="GPKG", append=path.exists(), geometry_type="Point")
        _add_style(path)
        return path
    if suffix == ".csv":
        with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
            for k, chunk in enumerate(_chunks(rows_of(level))):
                df = csv_safe(_clean(_table(chunk, COLUMNS[level])))
                df.to_csv(f, index=False, header=k == 0)
        return path
    _write_geojson(path, _chunks(rows_of(level)), level)
    return path


def _chunks(chunks: Iterable[list[dict]]) -> Iterator[list[dict]]:
    """The non-empty chunks, or one empty chunk when there are none (an empty layer is still
    written, with its columns)."""
    empty = True
    for chunk in chunks:
        if chunk:
            empty = False
            yield chunk
    if empty:
        yield []


def _geojson_frame(chunk: list[dict], level: str) -> gpd.GeoDataFrame:
    gdf = _clean(_frame(chunk, COLUMNS[level])).drop(columns=["lat", "lon"])
    gdf["_feature_id"] = gdf[ID_COLUMNS[level]]  # GDAL moves the ID_FIELD out of the properties: a copy goes
    return gdf


def _write_geojson(path: Path, chunks: Iterator[list[dict]], level: str) -> None:
    """GDAL's GeoJSON of the chunks as one feature collection: the first chunk alone is
    GDAL's file; with more, each chunk is written by GDAL beside it and its features (one a
    line) are joined to the file's, so every feature is written as in one file."""
    import tempfile

    first = next(chunks)
    following = next(chunks, None)
    if following is None:
        _geojson_frame(first, level).to_file(path, driver="GeoJSON", engine="pyogrio", RFC7946="YES", ID_FIELD="_feature_id")
        return
    marker = '"features": [\n'
    with tempfile.TemporaryDirectory() as tmp, open(path, "w", encoding="utf-8", newline="") as out:
        part = Path(tmp) / path.name  # (the same file name: GDAL writes it as the collection's name)
        tail = ""
        for k, chunk in enumerate(itertools.chain([first, following], chunks)):
            if part.exists():
                part.unlink()
            _geojson_frame(chunk, level).to_file(part, driver="GeoJSON", engine="pyogrio", RFC7946="YES",
                                                 ID_FIELD="_feature_id")
            text = part.read_text(encoding="utf-8")
            start = text.index(marker) + len(marker)
            end = text.rindex("\n]\n}")
            out.write(text[:start] if k == 0 else ",\n")
            out.write(text[start:end])
            tail = text[end:]
        out.write(tail)
