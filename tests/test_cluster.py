"""The Dask path on a real LocalCluster: the same exports as one process (streamed from the
groups' Parquet rows), claims as Parquet partitioned by country, the store's corrections
applied on the workers; and the property it rests on: reconciling country by country gives
the incidents of reconciling all at once."""
from __future__ import annotations

import subprocess
import sys

import geopandas as gpd
import pandas as pd
import pyarrow.dataset as ds

from conftest import ROOT, run_env
from geo import cluster, export
from geo.articles import parse_article
from geo.pipeline import read_corpus
from geo.reconcile import incident_order, reconcile, split_by_country

# Made-up reports from several countries; some figures repeat across countries with the same
# reporter, some tolls have no place, one text comes twice.
REPORTS = [
    "Gunmen killed 12 civilians in Hama on Sunday, the Example Monitor said.",
    "The Example Monitor said 12 people were killed in clashes, without saying where.",
    "Gunmen killed 12 civilians in Maiduguri on Sunday, the Example Monitor said.",
    "A car bomb killed 7 people in Kandahar province, officials said. Twenty were wounded.",
    "Officials said 7 people died. Police in Kandahar said the toll had risen to 9.",
    "KHARKIV (Wire) - A missile strike killed 4 people and wounded 11 in Kharkiv on Tuesday.",
    "Four people were killed in the shelling, the regional governor said.",
    "Cartel gunmen killed 6 men in Culiacan, Sinaloa state prosecutors said on Friday.",
    "At least 3 people were shot dead in Goma and 2 others near Rutshuru, the army said.",
    "Flooding killed 15 people across the region, rescue officials said on Monday.",
] * 3
REPORTS = [f"{t} Report number {k}." for k, t in enumerate(REPORTS)]


def _write(folder, texts):
    folder.mkdir()
    for k, t in enumerate(texts):
        (folder / f"r{k:03d}.txt").write_text(t, encoding="utf-8")
    (folder / "r900_again.txt").write_text(texts[2], encoding="utf-8")
    (folder / "r901_empty.txt").write_bytes(b"")
    (folder / "r902_huge.txt").write_text(f"Clashes in Aleppo left {'1' * 20} people dead and 12 soldiers dead.",
                                          encoding="utf-8")
    return folder


def geo(*args):
    return subprocess.run([sys.executable, "-m", "geo", *map(str, args)], capture_output=True, text=True, cwd=ROOT,
                          env=run_env(), timeout=600)


def test_reconciling_country_by_country_gives_the_incidents_of_all_at_once(gazetteer):
    corpus = read_corpus([parse_article(t.encode(), f"r{k}.txt") for k, t in enumerate(REPORTS)], gazetteer)
    whole = reconcile(corpus.claims, gazetteer)
    parts = split_by_country(corpus.claims)
    assert len(parts) >= 5  # SY, NG, AF, UA, MX, CD, and the claims of no country
    merged = sorted(((incident_order(i, cc), k, i) for cc, cs in parts.items()
                     for k, i in enumerate(reconcile(cs, gazetteer))), key=lambda t: (t[0], t[1]))
    assert [i.incident_id for _, _, i in merged] == [i.incident_id for i in whole]
    assert [(i.reported_best, i.place_id) for _, _, i in merged] == [(i.reported_best, i.place_id) for i in whole]


def test_dask_local_cluster_writes_what_one_process_writes(tmp_path):
    folder = _write(tmp_path / "articles", REPORTS)
    for level in ("claim", "incident", "locality", "article"):
        one = geo("extract", folder, "-o", tmp_path / f"one_{level}.csv", "--level", level, "--jobs", "1")
        assert one.returncode == 0, one.stderr
        dask = geo("extract", folder, "-o", tmp_path / f"dask_{level}.csv", "--level", level, "--dask", "local",
                   "--jobs", "2")
        assert dask.returncode == 0, dask.stderr
        assert "read on Dask (2 worker(s)" in dask.stderr and "r901_empty.txt: the file is empty" in dask.stderr
        for out in (one, dask):  # what was not taken is said, on either path
            assert "r902_huge.txt: " in out.stderr and "larger than any count" in out.stderr
        assert (tmp_path / f"one_{level}.csv").read_bytes() == (tmp_path / f"dask_{level}.csv").read_bytes(), level
    # the claims, as Parquet partitioned by country, read back by any Parquet reader
    claims = ds.dataset(tmp_path / "dask_claim.csv.claims", format="parquet", partitioning="hive").to_table()
    assert claims.num_rows == len((tmp_path / "one_claim.csv").read_text(encoding="utf-8").splitlines()) - 1
    assert {"SY", "NG", "AF", "UA", "MX", "CD"} <= set(claims.column("country").to_pylist())
    # every layer of a GeoPackage, as one process writes it
    for name, args in (("one", ("--jobs", "1")), ("dask", ("--dask", "local", "--jobs", "2"))):
        r = geo("extract", folder, "-o", tmp_path / f"{name}.gpkg", *args)
        assert r.returncode == 0, r.stderr
    assert "group(s) of countries" in r.stderr
    for layer in ("localities", "incidents", "claims", "articles"):
        one, dask = (gpd.read_file(tmp_path / f"{n}.gpkg", layer=layer) for n in ("one", "dask"))
        assert len(one) > 5 and one.equals(dask), layer
    # the exports stream from the groups' Parquet rows, merged in order: in chunks of 2 rows,
    # the same file (its rows are Parquet too, in folders Parquet readers skip: "_...")
    run = cluster.ClusterRun({}, 1, frozenset({len(REPORTS)}), claims_dir=tmp_path / "dask.gpkg.claims")
    for level in ("claim", "incident", "locality", "article"):
        out = tmp_path / f"one_{level}.csv"
        whole = out.read_bytes()
        export.write_rows(out, lambda lev: cluster.rows_of(run, lev, chunk=2), level)
        assert out.read_bytes() == whole, level
    groups = ds.dataset(tmp_path / "dask.gpkg.claims" / "_incidents", format="parquet").to_table()
    assert groups.num_rows == len(gpd.read_file(tmp_path / "one.gpkg", layer="incidents"))
    # a folder geo did not write is never cleared
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "keep.txt").write_text("analyst's notes", encoding="utf-8")
    r = geo("extract", folder, "-o", tmp_path / "x.csv", "--dask", "local", "--jobs", "1", "--claims-dir", tmp_path / "mine")
    assert r.returncode == 2 and "was not written by geo" in r.stderr
    assert (tmp_path / "mine" / "keep.txt").exists()


def test_dask_applies_the_stores_corrections_on_the_workers(tmp_path, gazetteer):
    from geo.store import Store

    folder = _write(tmp_path / "articles", REPORTS[:12])
    [claim] = [c for c in read_corpus([parse_article(REPORTS[0].encode(), "a.txt")], gazetteer).claims if c.best == 12]
    store = Store(tmp_path / "store")
    store.add_correction("toll", claim.claim_id, {"low": 10, "best": 10, "high": 10}, "the monitor corrected itself", "ana")
    r = geo("extract", folder, "-o", tmp_path / "o.csv", "--level", "claim", "--dask", "local", "--jobs", "2",
            "--store", tmp_path / "store")
    assert r.returncode == 0, r.stderr
    one = geo("extract", folder, "-o", tmp_path / "p.csv", "--level", "claim", "--jobs", "1", "--store", tmp_path / "store")
    assert one.returncode == 0, one.stderr
    assert (tmp_path / "o.csv").read_bytes() == (tmp_path / "p.csv").read_bytes()
    df = pd.read_csv(tmp_path / "o.csv")
    assert "corrected" in set(df[df.claim_id == claim.claim_id].qualifier)
    assert 10 in set(df.killed_best) and claim.claim_id in set(df.claim_id)
