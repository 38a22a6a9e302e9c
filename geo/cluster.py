"""The per-article step on a Dask cluster, for corpora past one machine.

    geo extract FOLDER -o OUT --dask local            # a LocalCluster on this machine's cores
    geo extract FOLDER -o OUT --dask tcp://host:8786  # a running dask scheduler and its workers

1. The input files are listed here, in ``CLAIMS_DIR/_inputs/``, one JSON-lines list per
   partition, and the lists' names become a Dask bag (so nothing per article reaches the
   scheduler; the workers must see the same paths: one machine, or a shared disk mounted
   alike everywhere).
2. Each partition of the bag is read by a worker, article by article, as in one process
   (``geo.pipeline.read_one``), with the gazetteer loaded once per worker process (and the
   store's aliases applied to it). The claims, with the store's corrections applied, are
   written as Parquet under ``CLAIMS_DIR/country=XX/part-NNNNNNNNN.parquet`` (partitioned by the
   country each claim is reconciled in, ``geo.reconcile.claim_countries``; ``country=__`` for
   none), and each article's row of the article level (what it alone reports, computed there)
   under ``CLAIMS_DIR/_articles/`` with its notes. A partition sends back only the files it
   could not read, how many it read, and the pairs of countries its claims join
   (``geo.parts.country_links``); texts given twice are found here from the article rows'
   ids, read as Arrow columns.
3. The countries fall into groups that never meet (most countries alone; a region of two
   countries, or a toll's part told in a neighbour, joins them). Each group is built on a
   worker: every country's claims reconciled apart (every reconciliation rule looks within one
   country, ``geo.reconcile``, so this split is exact: the incidents are those of reconciling
   all claims at once, in the same order), then counted once (``geo.localities``, which looks
   no further than such a group: ``geo.parts``). The group's incidents, localities and claims
   are written as export rows in the whole map's order, each with its sort key, under
   ``CLAIMS_DIR/_incidents/``, ``_localities/``, ``_claims/`` (Parquet); a group sends back
   only its counts.
4. Here the exports are written by merging the groups' rows in order, a chunk at a time
   (``geo.export.write_rows``): no process holds more than one group's claims, incidents and
   localities (a worker, while it builds the group), and the files are those of one process,
   byte for byte.

A text given twice (two files) is one source, the first in input order, as in one process.
The run writes ``CLAIMS_DIR/_geo_done.json`` last (its counts and the files it could not
read); the dashboard opens such a folder as a project (``geo.project``).
"""
from __future__ import annotations

import dataclasses
import json
import shutil
import time
from dataclasses import dataclass, field
from collections.abc import Iterator
from pathlib import Path

from geo.articles import MAX_BYTES, ArticleFile
from geo.claims import CLAIM_FIELDS, Claim
from geo.corrections import Corrections
from geo.exc import ArticleError, GeoError
from geo.pipeline import DEFAULT_LIMITS, Limits

MARKER = "_geo_claims"   # a claims folder geo wrote (and may clear before writing again)
DONE = "_geo_done.json"  # written last: the run finished (its counts, the files it could not read, the texts given twice)
NO_COUNTRY = "__"
MAX_PARTITION = 20_000
# beside the claims, in folders Parquet readers skip (a leading "_"): the export rows
ARTICLES, INCIDENTS, LOCALITIES, CLAIMS = "_articles", "_incidents", "_localities", "_claims"
INPUTS = "_inputs"  # the files each partition reads (JSON lines)
SEQ, NOTES, KEY = "_seq", "_notes", "_key"  # an article row's place in the input and notes (JSON); a row's sort key (JSON)
LEAD = "_lead"  # an article row's first words (its label where it has no title: geo.project)
CHUNK = 5_000  # export rows written at a time
SLICE = 20_000  # rows of a group's level written to one Parquet file
BATCH = 500  # rows read at a time from each group's Parquet while merging (row groups of this size)

_WORKER: dict = {}  # per worker process: the gazetteer and resolver, by the aliases applied


@dataclass
class ClusterRun:
    """What a cluster run gives back: counts, and where the export rows are (``rows_of``)."""

    counts: dict[str, int]  # claims, tolls, incidents, localities, killed (best, counted once)
    articles: int
    dropped: frozenset[int] = frozenset()  # the input places of texts given twice, after the first
    errors: list[ArticleError] = field(default_factory=list)
    claims_dir: Path | None = None
    partitions: int = 0
    workers: int = 0
    groups: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # time of each phase (read, build)
    worker_mb: float = 0.0  # the largest worker's peak memory (resident), MB


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


# lists a claim's fields that nothing changes once it is made (places are replaced, never
# edited; ``notes`` grow, on copies: ``reconcile._copy``): one parsed list for equal texts
_SHARED = frozenset({"place_mentions", "parts"})


def claims_from_table(table) -> list[tuple[int, int, Claim]]:
    """The ``(seq, pos, claim)`` rows of a table written by ``claims_table``."""
    js = _json_fields()
    same: dict[str, str] = {}  # equal texts as one object, as in the process that read them (a sentence's claims)
    names = [n for n in table.column_names if n not in ("seq", "pos")]
    columns = []
    for name in names:  # column by column (no dict per row)
        values = table.column(name).to_pylist()
        if name in _SHARED:  # one parsed list for equal texts
            parsed: dict[str, list] = {}
            values = [parsed[v] if v in parsed else parsed.setdefault(v, json.loads(v)) for v in values]
        elif name in js:
            values = [json.loads(v) for v in values]
        else:
            values = [same.setdefault(v, v) if type(v) is str else v for v in values]
        if name == "parts":
            values = [tuple(v) for v in values]
        columns.append(values)
    seqs, poss = table.column("seq").to_pylist(), table.column("pos").to_pylist()
    return [(seq, pos, Claim(**dict(zip(names, row)))) for seq, pos, *row in zip(seqs, poss, *columns)]


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


def read_inputs(names: list[str], claims_dir: str, corrections: Corrections, limits: Limits, max_bytes: int,
                rule: str) -> list[tuple]:
    """``read_partition`` of each input list named (``INPUTS``: JSON lines of ``[seq, path,
    meta, name, root]``, written by ``run``: the task graph carries its names only)."""
    back: list[tuple] = []
    for name in names:
        items = []
        with open(Path(claims_dir) / INPUTS / name, encoding="utf-8") as f:
            for line in f:
                seq, path, meta, shown, root = json.loads(line)
                items.append((seq, ArticleFile(Path(path), meta, shown, None if root is None else Path(root))))
        back.extend(read_partition(items, claims_dir, corrections, limits, max_bytes, rule))
    return back


def read_partition(items: list[tuple[int, ArticleFile]], claims_dir: str, corrections: Corrections, limits: Limits,
                   max_bytes: int, rule: str) -> list[tuple]:
    """Read one partition's files (on a worker): claims and article rows (with each
    article's notes, ``NOTES``) to Parquet; back, ``("error", seq, error)`` for each file
    that could not be read, ``("read", n)`` the articles read, and ``("links", pairs)`` the
    countries its claims join."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from geo.corrections import correct_claims
    from geo.export import article_row
    from geo.parts import country_links
    from geo.pipeline import read_one, with_place_fixes
    from geo.reconcile import claim_countries
    from geo.reports import report_for

    if not items:
        return []
    st = _state(tuple(corrections.aliases))
    back: list[tuple] = []
    links: set[tuple[str, str]] = set()
    article_rows: list[dict] = []
    by_country: dict[str, list[tuple[int, int, Claim]]] = {}
    for seq, f in items:
        hit = with_place_fixes(read_one((f, (), limits, max_bytes), st), f, corrections, limits, max_bytes, st)
        if isinstance(hit, ArticleError):
            back.append(("error", seq, hit))
            continue
        a, places, found = hit
        kept, _ = correct_claims(found, corrections)
        report = report_for(a.id, a.path, kept, st["gaz"], rule, places)
        article_rows.append({SEQ: seq, NOTES: json.dumps(list(a.notes), ensure_ascii=False), LEAD: a.first_words(),
                             **article_row(a, report)})
        where = claim_countries(kept)
        links |= country_links(kept, where, st["gaz"])
        for pos, (c, cc) in enumerate(zip(kept, where)):
            by_country.setdefault(cc, []).append((seq, pos, c))
    root = Path(claims_dir)
    for cc, rows in by_country.items():
        path = root / _part_name(cc, items[0][0])
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(claims_table(rows), path)
    if article_rows:
        (root / ARTICLES).mkdir(exist_ok=True)
        pq.write_table(pa.Table.from_pylist(article_rows), root / ARTICLES / f"part-{items[0][0]:09d}.parquet",
                       row_group_size=BATCH)
    back.append(("read", len(article_rows)))
    back.append(("links", sorted(links)))
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


def build_group(claims_dir: str, number: int, folders: list[tuple[int, str]], dropped: frozenset[int],
                rule: str) -> dict:
    """One group of countries that never meets another (on a worker): each country's claims
    reconciled, the group's incidents counted once into localities, and the three levels'
    rows written in the whole map's order, each with its key in that order (``KEY``, JSON):
    an incident by its place in ``reconcile``'s order (then its country's place in the
    folders' order), a locality by ``localities.ordered``'s key with its first incident's in
    place of its index, a claim by its article's place in the input and its own in the
    article. Back: the group's counts."""
    from geo.export import claim_records, incident_records, locality_records
    from geo.localities import aggregate, order_key
    from geo.pipeline import map_counts
    from geo.reconcile import incident_order

    st = _state(())
    claims: list[tuple[int, int, Claim]] = []
    keyed: list[tuple[tuple, object]] = []
    for index, folder in folders:
        country, rows, incidents = reconcile_country(claims_dir, folder, dropped, rule)
        claims.extend(rows)
        keyed.extend(((incident_order(i, country), k, index), i) for k, i in enumerate(incidents))
    claims.sort(key=lambda r: (r[0], r[1]))
    keyed.sort(key=lambda t: t[0])
    incidents = [i for _, i in keyed]
    localities = aggregate(incidents, st["gaz"])
    first = {id(i): key for key, i in keyed}
    lowest = keyed[0][0] if keyed else ()  # (``ordered`` puts a locality whose first incident it cannot find first)
    root = Path(claims_dir)
    plain = [c for _, _, c in claims]
    _write_keyed(root / INCIDENTS, number, incidents, incident_records, [key for key, _ in keyed])
    _write_keyed(root / LOCALITIES, number, localities, locality_records,
                 [order_key(loc, first, lowest) for loc in localities])
    _write_keyed(root / CLAIMS, number, plain, claim_records, [(seq, pos) for seq, pos, _ in claims])
    return map_counts(plain, incidents, localities)


def _write_keyed(folder: Path, number: int, items: list, records, keys: list) -> None:
    """``records(items)`` with their keys, a slice of ``SLICE`` at a time, one Parquet file each
    (``group-NNNNNN-SSSSSS.parquet``: a slice's columns typed by its own rows), so no more
    than a slice's rows are ever held as dicts and Arrow columns at once."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(exist_ok=True)
    for k in range(0, len(items), SLICE):
        rows = [{**r, KEY: json.dumps(key, ensure_ascii=False)}
                for r, key in zip(records(items[k:k + SLICE]), keys[k:k + SLICE])]
        pq.write_table(pa.Table.from_pylist(rows), folder / f"group-{number:06d}-{k // SLICE:06d}.parquet",
                       row_group_size=BATCH)


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


def run(client, files: list[ArticleFile], claims_dir: Path, corrections: Corrections | None = None,
        rule: str = "latest", limits: Limits = DEFAULT_LIMITS, max_bytes: int = MAX_BYTES,
        partition_size: int | None = None) -> ClusterRun:
    """Read ``files`` on the cluster of ``client``, and build each group of countries there
    (the module docstring); the exports are then written from ``rows_of``."""
    import dask.bag as db

    from geo.parts import Joined

    corrections = corrections or Corrections()
    claims_dir = prepare_claims_dir(Path(claims_dir))
    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    # four partitions a worker (few Parquet files: one per partition and country), at most
    # MAX_PARTITION articles each (a partition's claims wait in its worker's memory until written)
    size = partition_size or max(1, min(MAX_PARTITION, -(-len(files) // (n_workers * 4))))
    (claims_dir / INPUTS).mkdir()
    names = []
    for k in range(0, len(files), size):
        names.append(f"part-{k:09d}.jsonl")
        with open(claims_dir / INPUTS / names[-1], "w", encoding="utf-8") as f:
            for seq, a in enumerate(files[k:k + size], start=k):
                f.write(json.dumps([seq, str(a.path), a.meta, a.name, None if a.root is None else str(a.root)],
                                   ensure_ascii=False) + "\n")
    bag = db.from_sequence(names, npartitions=max(1, len(names)))
    t0 = time.perf_counter()
    back = bag.map_partitions(read_inputs, str(claims_dir), corrections, limits, max_bytes, rule).compute()
    t1 = time.perf_counter()
    joined = Joined()
    errors, read = [], 0
    for r in back:
        if r[0] == "links":
            for a, b in r[1]:
                joined.union(a, b)
        elif r[0] == "read":
            read += r[1]
        else:
            errors.append(r)
    errors = [e for _, _, e in sorted(errors, key=lambda r: r[1])]
    dropped = _repeats(claims_dir)
    folders = sorted(p.name for p in claims_dir.iterdir() if p.is_dir() and p.name.startswith("country="))
    groups: dict[object, list[tuple[int, str]]] = {}
    for index, folder in enumerate(folders):
        cc = folder.split("=", 1)[1]
        groups.setdefault(joined.find("" if cc == NO_COUNTRY else cc), []).append((index, folder))
    members = list(groups.values())
    futures = client.map(build_group, [str(claims_dir)] * len(members), range(len(members)), members,
                         [frozenset(dropped)] * len(members), [rule] * len(members), pure=False)
    counts = {"claims": 0, "tolls": 0, "incidents": 0, "localities": 0, "killed": 0}
    for got in client.gather(futures):
        for k in counts:
            counts[k] += got[k]
    seconds = {"read": t1 - t0, "build": time.perf_counter() - t1}
    peaks = client.run(peak_mb)
    (claims_dir / DONE).write_text(json.dumps({"articles": read - len(dropped), "counts": counts, "dropped": sorted(dropped),
                                               "errors": [[e.path, e.message] for e in errors]}, ensure_ascii=False),
                                   encoding="utf-8")
    return ClusterRun(counts, read - len(dropped), dropped, errors, claims_dir, bag.npartitions, n_workers,
                      len(members), seconds, max(peaks.values(), default=0.0))


def _repeats(claims_dir: Path) -> frozenset[int]:
    """The input places of the texts given twice, after the first (one source), from the
    article rows' ids (read as Arrow columns: no object per article here)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    parts = [pq.read_table(p, columns=[SEQ, "article_id"]) for p in sorted((claims_dir / ARTICLES).glob("part-*.parquet"))]
    if not parts:
        return frozenset()
    table = pa.concat_tables(parts)
    first = table.group_by("article_id").aggregate([(SEQ, "min")]).column(f"{SEQ}_min")
    return frozenset(table.filter(pc.invert(pc.is_in(table.column(SEQ), value_set=first))).column(SEQ).to_pylist())


def notes_of(run: ClusterRun) -> Iterator[tuple[str, list[str]]]:
    """Each counted article's path and notes, in input order, read from its row."""
    for part in sorted((Path(run.claims_dir) / ARTICLES).glob("part-*.parquet")):
        for row in _parquet_rows(part, BATCH, columns=[SEQ, "path", NOTES]):
            if row[SEQ] not in run.dropped:
                yield row["path"], json.loads(row[NOTES])


def peak_mb() -> float:
    """This process's peak resident memory so far, MB (Linux and macOS count it differently)."""
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def rows_of(run: ClusterRun, level: str, chunk: int = CHUNK) -> Iterator[list[dict]]:
    """The rows of ``level`` (``geo.export`` levels) of a run, in the order of one process, in
    chunks of ``chunk`` rows, read from its Parquet as they are asked for."""
    import heapq

    root = Path(run.claims_dir)
    if level == "article":
        return _chunked((r for part in sorted((root / ARTICLES).glob("part-*.parquet"))
                         for r in _parquet_rows(part, min(chunk, BATCH), drop=(NOTES, LEAD)) if r.pop(SEQ) not in run.dropped),
                        chunk)
    folder = {"incident": INCIDENTS, "locality": LOCALITIES, "claim": CLAIMS}[level]
    slices: dict[str, list[Path]] = {}  # each group's slices, in order
    for part in sorted((root / folder).glob("group-*.parquet")):
        slices.setdefault(part.name.split("-")[1], []).append(part)
    streams = [(row for part in parts for row in _keyed(part, min(chunk, BATCH))) for parts in slices.values()]
    return _chunked((row for _, row in heapq.merge(*streams, key=lambda t: t[0])), chunk)


def _parquet_rows(path: Path, chunk: int, columns: list[str] | None = None, drop: tuple[str, ...] = ()) -> Iterator[dict]:
    """The rows of a Parquet file as dicts (of ``columns``, or all), read ``chunk`` at a time,
    without the columns ``drop``."""
    import pyarrow.parquet as pq

    for batch in pq.ParquetFile(path).iter_batches(batch_size=chunk, columns=columns):
        yield from (batch.drop_columns(list(drop)) if drop else batch).to_pylist()


def _keyed(path: Path, chunk: int) -> Iterator[tuple[list, dict]]:
    for row in _parquet_rows(path, chunk):
        yield json.loads(row.pop(KEY)), row


def _chunked(rows: Iterator[dict], chunk: int) -> Iterator[list[dict]]:
    out: list[dict] = []
    for row in rows:
        out.append(row)
        if len(out) >= chunk:
            yield out
            out = []
    if out:
        yield out
