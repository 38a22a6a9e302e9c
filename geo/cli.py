"""The command line: a thin layer over geo's functions (``python -m geo --help``)."""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from geo import __version__
from geo.articles import MAX_BYTES, Article, ArticleFile, article_files, parse_article, read_article
from geo.exc import ArticleError, ArticleTooLarge, GeoError

STDIN = "-"  # as a path: the article is read from standard input; as -o: the export goes to standard output

PLACE_FIELDS = ("path", "article", "start", "end", "text", "place_id", "name", "lat", "lon", "kind",
                "precision", "role", "score")
EXTRA_FIELDS = ("country", "admin1", "role_cue", "acled_geo_precision", "ucdp_where_prec", "sentence_start",
                "sentence_end", "source", "parts", "candidates")


class Progress:
    """A one-line progress bar on stderr, shown only on a terminal and for long runs."""

    def __init__(self, total: int, stream: TextIO = sys.stderr, min_total: int = 20):
        self.total, self.stream, self.n = total, stream, 0
        self.on = total >= min_total and stream.isatty()
        self.t0 = time.perf_counter()

    def step(self, label: str = "") -> None:
        self.n += 1
        if not self.on:
            return
        width = 30
        done = int(width * self.n / max(1, self.total))
        rate = self.n / max(1e-9, time.perf_counter() - self.t0)
        self.stream.write(f"\r[{'#' * done}{'.' * (width - done)}] {self.n}/{self.total} {rate:6.1f}/s {label[:30]:30}")
        self.stream.flush()

    def close(self) -> None:
        if self.on:
            self.stream.write("\n")
            self.stream.flush()


def stdin_article(max_bytes: int = MAX_BYTES) -> Article:
    """The article piped to standard input (``-`` as a path), named ``stdin.txt`` (or
    ``stdin.html`` when it opens with a tag); an ArticleError if it is too large or unreadable."""
    data = sys.stdin.buffer.read(max_bytes + 1)
    name = "stdin.html" if data.lstrip()[:1] == b"<" else "stdin.txt"
    if len(data) > max_bytes:
        raise ArticleTooLarge(name, f"more than {max_bytes:,} bytes on standard input; split it or raise the limit (--max-bytes)")
    return parse_article(data, name, max_bytes=max_bytes)


def _inputs(paths: Iterable[str], errors: list[ArticleError], max_bytes: int) -> list[Article | ArticleFile]:
    """The files under ``paths`` and, for ``-``, the article on standard input (read once)."""
    paths = list(paths)
    if STDIN not in paths:
        return list(article_files(paths))
    out: list[Article | ArticleFile] = []
    for k, p in enumerate(paths):
        if p != STDIN:
            out.extend(article_files([p]))
        elif STDIN not in paths[:k]:
            try:
                out.append(stdin_article(max_bytes))
            except ArticleError as e:
                errors.append(e)
                print(f"error: {e}", file=sys.stderr)
    return out


def iter_inputs(paths: Iterable[str], errors: list[ArticleError], max_bytes: int = MAX_BYTES) -> Iterator[Article]:
    """Articles under ``paths`` (``-``: standard input) with a progress bar; errors go to
    stderr and ``errors``."""
    items = _inputs(paths, errors, max_bytes)
    bar = Progress(len(items))
    for f in items:
        if isinstance(f, Article):
            yield f
            bar.step(f.path)
            continue
        try:
            yield read_article(f.path, f.meta, max_bytes=max_bytes, name=f.name, root=f.root)
        except ArticleError as e:
            errors.append(e)
            bar.on and bar.stream.write("\n")
            print(f"error: {e}", file=sys.stderr)
        finally:
            bar.step(f.path.name)
    bar.close()


def _output(args) -> tuple[Path | None, str | None]:
    """Where ``extract`` writes (None: standard output) and the format's suffix, or an error."""
    from geo import export

    if args.output == STDIN:  # (--format offers GeoJSON and CSV only: a GeoPackage needs a file)
        return None, None
    out = Path(args.output)
    if out.suffix.lower() not in export.FORMATS:
        return out, f"-o must end in {', '.join(export.FORMATS)} (got {out.name})"
    if args.format and out.suffix.lower() != "." + args.format:
        return out, f"--format {args.format} does not match -o {out.name}"
    if not out.parent.is_dir():
        return out, f"the folder of -o does not exist: {out.parent}"
    return out, None


def _write(out: Path | None, args, write) -> str:
    """Call ``write(path)`` on ``out``, or on a temporary file copied to standard output."""
    if out is not None:
        write(out)
        return str(out)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"out.{args.format or 'geojson'}"
        write(path)
        with open(path, "rb") as f:
            shutil.copyfileobj(f, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    return "standard output"


def _gazetteer(args):
    from geo.gazetteer import Gazetteer

    t0 = time.perf_counter()
    g = Gazetteer.load(rebuild=getattr(args, "rebuild", False))
    if g.stats.source == "built":
        print(f"gazetteer built in {time.perf_counter() - t0:.1f} s ({len(g):,} places), cached at {g.stats.path}",
              file=sys.stderr)
    return g


def cmd_places(args) -> int:
    from geo.toponyms import ToponymResolver

    gaz = _gazetteer(args)
    resolver = ToponymResolver(gaz)
    geocoder = None
    if args.online:
        from geo.online import OnlineGeocoder

        geocoder = OnlineGeocoder(user_agent=args.user_agent, endpoint=args.nominatim_url)
    out = sys.stdout
    errors: list[ArticleError] = []
    features = []
    n_articles = 0
    for article in iter_inputs(args.paths, errors, args.max_bytes):
        n_articles += 1
        result = resolver.resolve(article)
        mentions = result.mentions
        if geocoder is not None:
            try:
                mentions = mentions + geocoder.resolve_unresolved(result)
            except GeoError as e:
                print(f"warning: online geocoding stopped: {e}", file=sys.stderr)
                geocoder = None
        for m in sorted(mentions, key=lambda m: m.start):
            rec = m.to_record()
            row = {k: rec[k] for k in PLACE_FIELDS if k != "article"}
            row["article"] = article.id
            row = {k: row[k] for k in PLACE_FIELDS}
            if args.verbose:
                row.update({k: rec[k] for k in EXTRA_FIELDS})
            if args.format == "jsonl":
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                props = {k: v for k, v in row.items() if k not in ("lat", "lon")}
                features.append({"type": "Feature", "properties": props,
                                 "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]}})
    if args.format == "geojson":
        json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
        out.write("\n")
    if n_articles == 0:
        print("error: no article could be read", file=sys.stderr)
        return 1
    if errors:
        print(f"{n_articles} article(s) read, {len(errors)} file(s) skipped", file=sys.stderr)
    return 0


def cmd_extract(args) -> int:
    from geo import export
    from geo.pipeline import attention_notes, build_map, read_corpus, select_sources
    from geo.workers import default_jobs, planned

    out, problem = _output(args)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    if args.dask and (args.sources or args.uploads or STDIN in args.paths):
        print("error: --dask reads files only: --sources, --uploads and - (standard input) work without it", file=sys.stderr)
        return 2
    gaz = _gazetteer(args)
    errors: list[ArticleError] = []
    corrections, uploads = _from_store(args, gaz, errors)
    if args.dask:
        return _extract_on_dask(args, gaz, corrections, out)
    inputs = [*_inputs(args.paths, errors, args.max_bytes), *uploads]  # files are read by the workers
    bar = Progress(len(inputs))
    jobs = planned(len(inputs), args.jobs or default_jobs())
    corpus = read_corpus(inputs, gaz, errors, corrections, jobs=jobs, progress=bar.step, max_bytes=args.max_bytes)
    bar.close()
    if not corpus.articles:
        print("error: no article could be read", file=sys.stderr)
        return 1
    sources = None
    if args.sources:
        wanted = [s for s in args.sources.split(",") if s.strip()]
        sources = select_sources(corpus, wanted)
        if not sources:
            print(f"error: no article matches --sources {args.sources}", file=sys.stderr)
            return 2
    for e in corpus.errors:
        if e not in errors:  # not read, or failed while being processed (store errors were printed already)
            print(f"error: {e}", file=sys.stderr)
    for a in corpus.articles:
        for note in attention_notes(a):
            print(f"note: {a.path}: {note}", file=sys.stderr)
    data = build_map(corpus, gaz, args.rule, sources)
    where = _write(out, args, lambda path: export.write(path, data, corpus, args.level, bom=args.bom))
    how = f"{len(corpus.articles)} article(s) read in {jobs} process(es)"
    if sources is not None:
        how += f", {len(sources)} selected by --sources"
    print(_summary(how, data, where), file=sys.stderr)
    if corpus.errors:
        print(f"{len(corpus.errors)} file(s) skipped", file=sys.stderr)
    return 0


def _summary(how: str, data, out: Path | str) -> str:
    """The last line of ``extract``: what was read (``how``), found and written."""
    from geo.pipeline import map_counts

    return _summary_of(how, map_counts(data.claims, data.incidents, data.localities), out)


def _summary_of(how: str, counts: dict[str, int], out: Path | str) -> str:
    return (f"{how}, {counts['claims']} claims ({counts['tolls']} tolls), {counts['incidents']} incidents, "
            f"{counts['localities']} localities, {counts['killed']:,} killed (best, counted once) -> {out}")


def _extract_on_dask(args, gaz, corrections, out: Path) -> int:
    from geo import cluster, export
    from geo.pipeline import attention_notes
    from geo.workers import default_jobs

    # absolute paths: a worker's working folder is its own (names shown stay as given)
    files = [f._replace(path=f.path.absolute()) for f in article_files(args.paths)]
    if not files:
        print("error: no article could be read", file=sys.stderr)
        return 1
    if args.claims_dir:
        claims_dir = Path(args.claims_dir)
    elif out is None:
        print("error: with -o - (standard output), --dask needs --claims-dir for the claims' Parquet", file=sys.stderr)
        return 2
    else:
        claims_dir = out.with_name(out.name + ".claims")
    t0 = time.perf_counter()
    client = cluster.client_for(args.dask, args.jobs or default_jobs())
    try:
        run = cluster.run(client, files, claims_dir, corrections, args.rule, max_bytes=args.max_bytes)
    finally:
        cluster.close(client)
    for e in run.errors:
        print(f"error: {e}", file=sys.stderr)
    for path, notes in cluster.notes_of(run):
        for note in attention_notes(notes):
            print(f"note: {path}: {note}", file=sys.stderr)
    if not run.articles:
        print("error: no article could be read", file=sys.stderr)
        return 1
    t1 = time.perf_counter()
    out = _write(out, args, lambda path: export.write_rows(path, lambda level: cluster.rows_of(run, level), args.level,
                                                             bom=args.bom))
    took = ", ".join(f"{k} {v:.1f} s" for k, v in {**run.seconds, "export": time.perf_counter() - t1}.items())
    how = (f"{run.articles} article(s) read on Dask ({run.workers} worker(s), {run.partitions} partition(s), "
           f"{run.groups} group(s) of countries; {took}; {time.perf_counter() - t0:.1f} s in all)")
    print(f"{_summary_of(how, run.counts, out)}; claims as Parquet in {run.claims_dir}; peak memory "
          f"{run.worker_mb:,.0f} MB the largest worker, {cluster.peak_mb():,.0f} MB here", file=sys.stderr)
    if run.errors:
        print(f"{len(run.errors)} file(s) skipped", file=sys.stderr)
    return 0


def _from_store(args, gaz, errors: list[ArticleError]):
    """The store's corrections (applied unless --no-corrections) and, with --uploads, its
    uploaded articles; nothing when there is no store yet."""
    from geo.articles import parse_article
    from geo.corrections import Corrections, apply_aliases
    from geo.store import Store, store_path

    path = store_path(args.store)
    if not path.exists() or (args.no_corrections and not args.uploads):
        return Corrections(), []
    store = Store(path)
    fixes = Corrections([] if args.no_corrections else store.corrections())
    stale = apply_aliases(gaz, fixes.aliases)
    for alias, place_id, why in stale:
        print(f"warning: store alias {alias!r} -> {place_id} not applied ({why}); it stays in the store", file=sys.stderr)
    uploads = []
    if args.uploads:
        for a in store.articles():
            try:
                uploads.append(parse_article(a.data, a.name, max_bytes=len(a.data)))  # taken once: read it
            except ArticleError as e:
                errors.append(e)
                print(f"error: upload {e}", file=sys.stderr)
    added = f", {len(uploads)} upload(s) added" if args.uploads else ""
    print(f"store {path}: {len(fixes.items) - len(stale)} correction(s) applied{added}", file=sys.stderr)
    return fixes, uploads


def cmd_store_export(args) -> int:
    from geo.store import Store

    store = Store(args.store)  # None: $GEO_STORE_DIR or var/
    dest = store.export_to(args.file, actor=_cli_actor())
    counts = store.counts()
    print(f"exported {counts['articles']} article(s), {counts['corrections']} correction(s), {counts['audit']} log "
          f"entries -> {dest}", file=sys.stderr)
    return 0


def cmd_store_import(args) -> int:
    from geo.store import Store

    store = Store(args.store)  # None: $GEO_STORE_DIR or var/
    new = store.import_from(args.file, actor=_cli_actor())
    for msg in new["skipped"]:
        print(f"skipped: {msg}", file=sys.stderr)
    print(f"imported into {store.path}: {new['articles']} new article(s), {new['corrections']} new correction(s), "
          f"{new['audit']} new log entries" + (f"; {len(new['skipped'])} row(s) skipped" if new["skipped"] else ""),
          file=sys.stderr)
    return 0


def cmd_store_list(args) -> int:
    """Uploads and corrections, one JSON line each: what `store remove` / `store withdraw` take."""
    from geo.store import Store

    store = Store(args.store)
    for a in store.articles(with_data=False, removed=True):
        print(json.dumps({"upload": a.sha256[:12], "name": a.name, "added_by": a.added_by, "added_at": a.added_at,
                          "bytes": a.size, "on_map": a.removed_at is None}, ensure_ascii=False))
    for c, withdrawn in store.all_corrections():
        print(json.dumps({"correction": c.uid[:12], "kind": c.kind, "what": c.describe(), "reason": c.reason,
                          "by": c.author, "at": c.created_at, "in_force": withdrawn is None}, ensure_ascii=False))
    return 0


def cmd_store_take_back(args) -> int:
    """Take an upload off the map, or withdraw a correction (an operator's way out when the
    page cannot be used); both stay in the store, and the log says who and why."""
    from geo.store import Store

    store = Store(args.store)
    if args.action == "remove":
        key = store.find_article(args.upload)
        store.remove_article(key, _cli_actor(), args.reason)
        done = f"removed upload {key[:12]} from the map"
    else:
        key = store.find_correction(args.correction)
        store.withdraw_correction(key, _cli_actor(), args.reason)
        done = f"withdrew correction {key[:12]}"
    print(f"{done} (kept in the store; the log says why)", file=sys.stderr)
    return 0


def cmd_store_info(args) -> int:
    from geo.store import Store

    store = Store(args.store)  # None: $GEO_STORE_DIR or var/
    print(json.dumps({"path": str(store.path), **store.counts(), "version": store.version()}, indent=2))
    return 0


def cmd_auth_hash(args) -> int:
    import getpass

    from geo.auth import hash_password, password_weakness

    pw = sys.stdin.readline().rstrip("\n") if args.stdin else getpass.getpass("Shared password: ")
    if not args.stdin and getpass.getpass("Again: ") != pw:
        print("error: the two passwords differ", file=sys.stderr)
        return 2
    weak = password_weakness(pw)
    if weak:
        print(f"error: too weak: {weak}", file=sys.stderr)
        return 2
    print(f'password_hash = "{hash_password(pw)}"')
    print("# put this line under [geo] in .streamlit/secrets.toml", file=sys.stderr)
    return 0


def _cli_actor() -> str:
    import getpass

    try:
        return f"{getpass.getuser()}@cli"
    except Exception:  # no user name in a container: still log something
        return "cli"


def cmd_gazetteer_import(args) -> int:
    from geo.gazetteer import Gazetteer, import_geonames

    dest, rows = import_geonames(args.file)
    print(f"imported {rows:,} rows from {args.file} -> {dest}", file=sys.stderr)
    g = Gazetteer.load()
    print(f"gazetteer rebuilt: {len(g):,} places ({g.stats.seconds:.1f} s)", file=sys.stderr)
    return 0


def cmd_gazetteer_info(args) -> int:
    from geo.gazetteer import list_imports

    g = _gazetteer(args)
    info = {"places": len(g), "keys": len(g.strict.hashes), "source": g.stats.source,
            "seconds": round(g.stats.seconds, 3), "cache": g.stats.path,
            "imports": [str(p) for p in list_imports()], "aliases": str(g.aliases_path)}
    print(json.dumps(info, indent=2))
    return 0


def cmd_gazetteer_remove(args) -> int:
    from geo.gazetteer import remove_import

    if not remove_import(args.name):
        print(f"error: no imported file {args.name!r}", file=sys.stderr)
        return 1
    print(f"removed {args.name}; the next run rebuilds the index", file=sys.stderr)
    return 0


def cmd_gazetteer_find(args) -> int:
    g = _gazetteer(args)
    found = g.find(args.name)[: args.limit]
    if not found:
        print(f"no place called {args.name!r} in the gazetteer (a GeoNames dump adds villages: `gazetteer import`; "
              f"a variant spelling goes in the aliases file that `gazetteer info` names)", file=sys.stderr)
        return 1
    for p in found:
        print(json.dumps({"place_id": p.id, "name": p.name, "kind": p.kind, "country": p.country,
                          "admin1": p.admin1_name, "lat": p.lat, "lon": p.lon, "population": p.population},
                         ensure_ascii=False))
    return 0


def _positive(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more (got {s!r})")
    return n


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m geo", description="Map the places, incidents and tolls of news articles, offline.")
    ap.add_argument("--version", action="version", version=f"geo {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("places", help="list the place mentions of articles (one record per mention)")
    p.add_argument("paths", nargs="+", help="article files (.txt .md .html) or folders of them; - reads one from standard input")
    p.add_argument("--format", choices=("jsonl", "geojson"), default="jsonl")
    p.add_argument("--verbose", "-v", action="store_true", help="add country, admin1, role cue, ACLED/UCDP precision, runner-up candidates")
    p.add_argument("--online", action="store_true", help="send names the gazetteer lacks to Nominatim (off by default; cached, 1 request/s)")
    p.add_argument("--user-agent", default=None, help="User-Agent for Nominatim (default: geo/VERSION with a contact hint)")
    p.add_argument("--nominatim-url", default=None, help=argparse.SUPPRESS)
    p.add_argument("--rebuild", action="store_true", help="rebuild the gazetteer index first")
    p.add_argument("--max-bytes", type=int, default=MAX_BYTES, help=f"skip files larger than this (default {MAX_BYTES:,})")
    p.set_defaults(func=cmd_places)

    e = sub.add_parser("extract", help="incidents and tolls -> GeoJSON, CSV or GeoPackage")
    e.add_argument("paths", nargs="+", help="article files (.txt .md .html) or folders of them; - reads one from standard input")
    e.add_argument("-o", "--output", required=True, help="OUT.geojson, OUT.csv or OUT.gpkg (all layers); - for standard output")
    e.add_argument("--format", choices=("geojson", "csv"), help="the format of -o - (default geojson)")
    e.add_argument("--bom", action="store_true", help="CSV with a UTF-8 byte-order mark (Excel then reads Arabic and accents right)")
    e.add_argument("--level", choices=("locality", "incident", "claim", "article"), default="locality",
                   help="one row per place (default), incident, claim, or article (what each article alone reports)")
    e.add_argument("--rule", choices=("latest", "max", "min", "median"), default="latest",
                   help="which figure is an incident's best when sources differ (default: latest)")
    e.add_argument("--sources", help="only these articles: ids, id prefixes, file names or outlets, comma-separated")
    e.add_argument("--max-bytes", type=int, default=MAX_BYTES, help=f"skip files larger than this (default {MAX_BYTES:,})")
    e.add_argument("--rebuild", action="store_true", help=argparse.SUPPRESS)
    e.add_argument("--store", help="the project store (default: $GEO_STORE_DIR or var/); its corrections are applied")
    e.add_argument("--no-corrections", action="store_true", help="ignore the store's corrections")
    e.add_argument("--jobs", "-j", type=_positive, default=0,
                   help="worker processes for the per-article step (default: all cores; 1 = this process only)")
    e.add_argument("--dask", metavar="ADDRESS",
                   help="run the per-article step and reconciliation on Dask: 'local' (a LocalCluster of --jobs "
                        "workers) or a scheduler's address (tcp://host:8786); the workers must see the input paths")
    e.add_argument("--claims-dir", help="with --dask: where the claims go as Parquet, partitioned by country "
                                        "(default: OUTPUT's name + '.claims')")
    e.add_argument("--uploads", action="store_true", help="add the articles uploaded to the store")
    e.set_defaults(func=cmd_extract)

    s = sub.add_parser("store", help="back up, move or inspect the project store (uploads, corrections, audit log)")
    ss = s.add_subparsers(dest="action", required=True)
    for name, func, hlp in (("export", cmd_store_export, "write a consistent copy of the whole store to FILE"),
                            ("import", cmd_store_import, "merge an exported FILE into the store (nothing is overwritten)")):
        x = ss.add_parser(name, help=hlp)
        x.add_argument("file")
        x.add_argument("--store", help="store directory or file (default: $GEO_STORE_DIR or var/)")
        x.set_defaults(func=func)
    si = ss.add_parser("info", help="where the store is and what it holds")
    si.add_argument("--store", help="store directory or file (default: $GEO_STORE_DIR or var/)")
    si.set_defaults(func=cmd_store_info)
    sl = ss.add_parser("list", help="the uploads and corrections, one JSON line each, with their ids")
    sl.add_argument("--store", help="store directory or file (default: $GEO_STORE_DIR or var/)")
    sl.set_defaults(func=cmd_store_list)
    sr = ss.add_parser("remove", help="take an upload off the map (kept in the store, logged)")
    sr.add_argument("upload", help="its id (6+ characters, see `store list`) or its file name")
    sr.add_argument("--reason", required=True, help="why (kept in the audit log)")
    sr.add_argument("--store", help="store directory or file (default: $GEO_STORE_DIR or var/)")
    sr.set_defaults(func=cmd_store_take_back)
    sw = ss.add_parser("withdraw", help="stop applying a correction (kept in the store, logged)")
    sw.add_argument("correction", help="its id (6+ characters, see `store list`)")
    sw.add_argument("--reason", required=True, help="why (kept in the audit log)")
    sw.add_argument("--store", help="store directory or file (default: $GEO_STORE_DIR or var/)")
    sw.set_defaults(func=cmd_store_take_back)

    a = sub.add_parser("auth", help="authentication helpers for hosting")
    as_ = a.add_subparsers(dest="action", required=True)
    ah = as_.add_parser("hash-password", help="print the salted hash of a shared password for secrets.toml")
    ah.add_argument("--stdin", action="store_true", help="read the password from standard input (no prompt)")
    ah.set_defaults(func=cmd_auth_hash)

    g = sub.add_parser("gazetteer", help="inspect or extend the offline gazetteer")
    gs = g.add_subparsers(dest="action", required=True)
    gi = gs.add_parser("import", help="import a GeoNames dump (.txt or country .zip such as SY.zip)")
    gi.add_argument("file")
    gi.set_defaults(func=cmd_gazetteer_import)
    gf = gs.add_parser("info", help="size, cache location, imported files")
    gf.add_argument("--rebuild", action="store_true")
    gf.set_defaults(func=cmd_gazetteer_info)
    gr = gs.add_parser("remove", help="remove an imported GeoNames file")
    gr.add_argument("name")
    gr.set_defaults(func=cmd_gazetteer_remove)
    gq = gs.add_parser("find", help="look a name up")
    gq.add_argument("name")
    gq.add_argument("--limit", type=int, default=10)
    gq.set_defaults(func=cmd_gazetteer_find)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except GeoError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `... | head` is a normal way to look at output
        return 0
    except KeyboardInterrupt:
        return 130
