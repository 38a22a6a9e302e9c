"""The samples' figures, held in one place (tests/golden/samples.json): the exported
localities of the bundled articles, the map's total, the largest civilian toll and its
versions. Other tests take the total from here rather than repeating it. A change to any of
these figures fails here; rewrite the file with tests/golden/update.py only when it is meant."""
import json
import subprocess
import sys

import pandas as pd
import pytest

from conftest import ARTICLES, GOLDEN, ROOT, run_env

pytestmark = pytest.mark.gazetteer


def test_the_samples_export_matches_the_golden_file(tmp_path):
    out = tmp_path / "samples.csv"
    r = subprocess.run([sys.executable, "-m", "geo", "extract", ARTICLES, "-o", out], capture_output=True, text=True,
                       cwd=ROOT, env=run_env(), timeout=300)
    assert r.returncode == 0, r.stderr
    df = pd.read_csv(out, dtype={"place_id": str}).sort_values("place_id")
    cols = list(GOLDEN["localities"][0])
    got = json.loads(df[cols].astype(object).where(df[cols].notna(), None).to_json(orient="records"))
    assert got == GOLDEN["localities"]
    assert int(df.killed_best.fillna(0).sum()) == GOLDEN["killed_best_total"]
    assert f"{GOLDEN['articles']} article(s) read" in r.stderr


def test_the_largest_civilian_toll_and_its_versions_match_the_golden_file(gazetteer):
    from geo.articles import load_articles
    from geo.pipeline import build_map, read_corpus

    articles, _ = load_articles([ARTICLES])
    data = build_map(read_corpus(articles, gazetteer), gazetteer)
    civ = [i for i in data.incidents if i.outcome == "killed" and i.victims == "civilians" and i.reported_best]
    largest = max(civ, key=lambda i: i.reported_best)
    want = GOLDEN["largest_civilian_toll"]
    assert (largest.place_id, largest.reported_low, largest.reported_best, largest.reported_high) == (
        want["place_id"], want["low"], want["best"], want["high"])
    assert sorted({v.best for v in largest.versions}) == want["versions"]
