"""The per-article step on a Dask cluster, for corpora past one machine.

    geo extract FOLDER -o OUT --dask local            # a LocalCluster on this machine's cores
    geo extract FOLDER -o OUT --dask tcp://host:8786  # a running dask scheduler and its workers

1. The input files are listed here and become a Dask bag of paths (the workers must see the
   same paths: one machine, or a shared disk mounted alike everywhere).
2. Each partition of the bag is read by a worker, article by article, as in one process
   (``geo.pipeline.read_one``), with the gazetteer loaded once per worker process (and the
   store's aliases applied to it). The claims, with the store's corrections applied, are
   written as Parquet under ``CLAIMS_DIR/country=XX/part-NNNNNNNNN.parquet`` (partitioned by the
   country each claim is reconciled in, ``geo.reconcile.claim_countries``; ``country=__`` for
   none); a partition sends back only each article's row of the article level (what it alone
   reports, computed there) or its error.
3. Each country's claims are reconciled on the workers. Every reconciliation rule looks
   within one country (``geo.reconcile``), so this split is exact: the incidents are those of
   reconciling all claims at once, in the same order. Localities (counting once) are
   aggregated here, over all incidents, and the usual exports written.

A text given twice (two files) is one source, the first in input order, as in one process.
"""
from __future__ import annotations

import dataclasses
import json
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from geo.articles import MAX_BYTES, ArticleFile
from geo.claims import CLAIM_FIELDS, Claim
from geo.corrections import Corrections
from geo.exc import ArticleError, GeoError
from geo.pipeline import DEFAULT_LIMITS, Limits, MapData

MARKER = "_geo_claims"   # a claims folder geo wrote (and may clear before writing again)
NO_COUNTRY = "__"
MAX_PARTITION = 20_000

_WORKER: dict = {}  # per worker process: the gazetteer and resolver, by the aliases applied


@dataclass
class ClusterRun:
    """What a cluster run gives back: the map data and the article level's rows."""

    data: MapData
    article_rows: list[dict]
    errors: list[ArticleError] = field(default_factory=list)
    claims_dir: Path | None = None
    partitions: int = 0
    workers: int = 0
    notes: list[tuple[str, list[str]]] = field(default_factory=list)  # (path, notes) of each article
    seconds: dict[str, float] = field(default_factory=dict)  # time of each phase (read, reconcile, count)


# ----------------------------------------------------------------- claims <-> Parquet

def _arrow_type(annotation: str):
    import pyarrow as pa

    if annotation.startswith(("tuple", "list")):
        return pa.string()  # JSON
    if "int" in annotation:
        return pa.int64()
    if "float" in annotation:
        return pa.float64()
    if annotation == "bool":
        return pa.bool_()
    return pa.string()


def _json_fields() -> set[str]:
    return {f.name for f in dataclasses.fields(Claim) if str(f.type).startswith(("tuple", "list"))}


def claims_schema():
    """The Parquet schema of claims: every ``Claim`` field (lists as JSON text), and ``seq``
    (the article's place in the input) and ``pos`` (the claim's place in its article)."""
    import pyarrow as pa

    cols = [pa.field(f.name, _arrow_type(str(f.type))) for f in dataclasses.fields(Claim)]
    return pa.schema([pa.field("seq", pa.int64()), pa.field("pos", pa.int64()), *cols])


def claims_table(claims: list[tuple[int, int, Claim]]):
    """A pyarrow table of ``(seq, pos, claim)`` rows."""
    import pyarrow as pa

    js = _json_fields()
    rows = []
    for seq, pos, c in claims:
        d = {name: getattr(c, name) for name in CLAIM_FIELDS}
        for k in js:
            d[k] = json.dumps(list(d[k]), ensure_ascii=False)
        d["seq"], d["pos"] = seq, pos
        rows.append(d)
    return pa.Table.from_pylist(rows, schema=claims_schema())


def claims_from_table(table) -> list[tuple[int, int, Claim]]:
    """The ``(seq, pos, claim)`` rows of a table written by ``claims_table``."""
    js = _json_fields()
    out = []
    for d in table.to_pylist():
        seq, pos = d.pop("seq"), d.pop("pos")
        for k in js:
            d[k] = json.loads(d[k])
        d["parts"] = tuple(d["parts"])
        out.append((seq, pos, Claim(**d)))
    return out


# ----------------------------------------------------------------- on the workers

def _state(aliases: tuple[tuple[str, str], ...]) -> dict:
    """This worker process's gazetteer (loaded once, the aliases applied) and resolver."""
    st = _WORKER.get(aliases)
    if st is None:
        from geo.corrections import apply_aliases
        from geo.gazetteer import Gazetteer
        from geo.workers import state_for

        gaz = Gazetteer.load()
        apply_aliases(gaz, aliases)
        st = _WORKER[aliases] = state_for(gaz)
    return st


def _part_name(country: str, first_seq: int) -> str:
    return f"country={country or NO_COUNTRY}/part-{first_seq:09d}.parquet"


def read_partition(items: list[tuple[int, ArticleFile]], claims_dir: str, corrections: Corrections, limits: Limits,
                   max_bytes: int, rule: str) -> list[dict]:
    """Read one partition's files (on a worker): claims to Parquet, one small row back per
    file (the article level's row, or the error)."""
    import pyarrow.parquet as pq

    from geo.corrections import correct_claims
    from geo.export import article_row
    from geo.pipeline import read_one, with_place_fixes
    from geo.reconcile import claim_countries
    from geo.reports import report_for

    if not items:
        return []
    st = _state(tuple(corrections.aliases))
    back: list[dict] = []
    by_country: dict[str, list[tuple[int, int, Claim]]] = {}
    for seq, f in items:
        hit = with_place_fixes(read_one((f, (), limits, max_bytes), st), f, corrections, limits, max_bytes, st)
        if isinstance(hit, ArticleError):
            back.append({"seq": seq, "error": hit})
            continue
        a, places, found = hit
        kept, _ = correct_claims(found, corrections)
        report = report_for(a.id, a.path, kept, st["gaz"], rule, places)
        back.append({"seq": seq, "article_id": a.id, "path": a.path, "row": article_row(a, report),
                     "notes": list(a.notes)})
        for pos, (c, cc) in enumerate(zip(kept, claim_countries(kept))):
            by_country.setdefault(cc, []).append((seq, pos, c))
    root = Path(claims_dir)
    for cc, rows in by_country.items():
        path = root / _part_name(cc, items[0][0])
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(claims_table(rows), path)
    return back


def reconcile_country(claims_dir: str, folder: str, dropped: frozenset[int], rule: str) -> tuple[str, list, list]:
    """One country's claims (its Parquet parts, in input order, without the sources dropped
    as repeats, which are taken out of the parts too) reconciled on a worker:
    (country, [(seq, pos, claim)], incidents)."""
    import pyarrow.parquet as pq

    from geo.reconcile import reconcile

    st = _state(())
    rows: list[tuple[int, int, Claim]] = []
    for part in sorted((Path(claims_dir) / folder).glob("part-*.parquet")):
        got = claims_from_table(pq.read_table(part))
        kept = [r for r in got if r[0] not in dropped]
        if len(kept) < len(got):  # the Parquet keeps only counted sources
            if kept:
                pq.write_table(claims_table(kept), part)
            else:
                part.unlink()
        rows.extend(kept)
    rows.sort(key=lambda r: (r[0], r[1]))
    country = folder.split("=", 1)[1]
    country = "" if country == NO_COUNTRY else country
    return country, rows, reconcile([c for _, _, c in rows], st["gaz"], rule)


# ----------------------------------------------------------------- here

def client_for(address: str, workers: int):
    """A Dask client: ``local`` starts a LocalCluster of ``workers`` single-threaded worker
    processes on this machine; anything else is a scheduler's address (tcp://host:8786)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:  # pragma: no cover - dask is in requirements.txt
        raise GeoError("--dask needs dask and distributed (pip install -r requirements.txt)") from e
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster)
    try:
        return Client(address, timeout=30)
    except OSError as e:
        raise GeoError(f"no Dask scheduler answers at {address} ({e})") from e


def close(client) -> None:
    """Close ``client``, and the LocalCluster it started, if any."""
    local = getattr(client, "cluster", None)
    client.close()
    if local is not None:
        local.close()


def prepare_claims_dir(path: Path) -> Path:
    """An empty claims folder: a new one, or one geo wrote before (cleared); never another."""
    if path.exists():
        if not (path / MARKER).exists() and any(path.iterdir()):
            raise GeoError(f"{path} exists and was not written by geo; give --claims-dir an empty or new folder")
        shutil.rmtree(path)
    path.mkdir(parents=True)
    (path / MARKER).write_text("claims written by geo extract --dask (Parquet, partitioned by country)\n",
                               encoding="utf-8")
    return path


def run(client, files: list[ArticleFile], gaz, claims_dir: Path, corrections: Corrections | None = None,
        rule: str = "latest", limits: Limits = DEFAULT_LIMITS, max_bytes: int = MAX_BYTES,
        partition_size: int | None = None) -> ClusterRun:
    """Read ``files`` on the cluster of ``client``, reconcile per country there, aggregate
    here with ``gaz`` (the module docstring)."""
    import dask.bag as db

    from geo.localities import aggregate
    from geo.reconcile import incident_order

    corrections = corrections or Corrections()
    claims_dir = prepare_claims_dir(Path(claims_dir))
    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    # four partitions a worker (few Parquet files: one per partition and country), at most
    # MAX_PARTITION articles each (a partition's claims wait in its worker's memory until written)
    size = partition_size or max(1, min(MAX_PARTITION, -(-len(files) // (n_workers * 4))))
    bag = db.from_sequence(list(enumerate(files)), partition_size=size)
    t0 = time.perf_counter()
    back = bag.map_partitions(read_partition, str(claims_dir), corrections, limits, max_bytes, rule).compute()
    t1 = time.perf_counter()
    back.sort(key=lambda r: r["seq"])
    errors, rows, seen, dropped = [], [], set(), set()
    for r in back:
        if "error" in r:
            errors.append(r["error"])
        elif r["article_id"] in seen:  # the same text again: one source, the first
            dropped.add(r["seq"])
        else:
            seen.add(r["article_id"])
            rows.append(r)
    folders = sorted(p.name for p in claims_dir.iterdir() if p.is_dir())
    futures = client.map(reconcile_country, [str(claims_dir)] * len(folders), folders,
                         [frozenset(dropped)] * len(folders), [rule] * len(folders), pure=False)
    claims: list[tuple[int, int, Claim]] = []
    ordered = []
    for country, cs, incidents in client.gather(futures):
        claims.extend(cs)
        ordered.extend((incident_order(i, country), k, i) for k, i in enumerate(incidents))
    claims.sort(key=lambda r: (r[0], r[1]))
    ordered.sort(key=lambda t: (t[0], t[1]))
    incidents = [i for _, _, i in ordered]
    t2 = time.perf_counter()
    data = MapData([c for _, _, c in claims], incidents, aggregate(incidents, gaz), rule,
                   sorted(r["article_id"] for r in rows), gaz)
    seconds = {"read": t1 - t0, "reconcile": t2 - t1, "count": time.perf_counter() - t2}
    return ClusterRun(data, [r["row"] for r in rows], errors, claims_dir, bag.npartitions, n_workers,
                      [(r["path"], r["notes"]) for r in rows], seconds)
