"""The package installs like one: a wheel with its data inside, one version, a `geo` command
that works from any folder (built here without downloading: setuptools and wheel come from
requirements-dev.txt)."""
import os
import shutil
import subprocess
import sys
import zipfile

from conftest import ROOT, run_env

import geo


def test_the_wheel_installs_a_geo_command_that_runs_from_anywhere(tmp_path):
    src = tmp_path / "src"  # (a copy: building leaves build/ and geo.egg-info/ where it runs)
    skip = shutil.ignore_patterns(".*", "test-artifacts", "build", "*.egg-info", "__pycache__", "var")
    # (the checkout's own data/ and static/: the sample articles and the dashboard's copy of the assets)
    shutil.copytree(ROOT, src, ignore=lambda d, names: skip(d, names) | ({"data", "static"} if d == str(ROOT) else set()))
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                            "-w", str(tmp_path / "dist"), str(src)], capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    wheel = next((tmp_path / "dist").glob("geo-*.whl"))
    assert wheel.name.startswith(f"geo-{geo.__version__}-")  # one version, geo/__init__.py's
    names = zipfile.ZipFile(wheel).namelist()
    for table in ("countries.csv", "admin1.csv", "admin2.csv", "places.csv", "aliases.csv", "armed_groups.csv",
                  "world.geojson", "basemap/places.json", "basemap/tiles/30_30.json", "basemap/admin1/SY.json",
                  "basemap/NOTICE"):
        assert f"geo/data/{table}" in names
    assert {"geo/static/draw.js", "geo/static/basemap.js"} <= set(names)
    assert sum(n.startswith("geo/data/basemap/tiles/") for n in names) == len(list((ROOT / "geo/data/basemap/tiles").glob("*.json")))
    assert "geo/lang/en/tolls.py" in names and not any(n.startswith(("tests/", "data/articles")) for n in names)
    site = tmp_path / "site"
    installed = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
                               capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stderr
    env = run_env()
    env["PYTHONPATH"] = str(site)  # the installed copy, not the checkout
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    script = site / "bin" / "geo"
    assert script.is_file()
    cmd = [sys.executable, str(script)]
    where = subprocess.run([*cmd, "--version"], capture_output=True, text=True, cwd=elsewhere, env=env, timeout=60)
    assert where.stdout.strip() == f"geo {geo.__version__}"
    out = subprocess.run([*cmd, "extract", "-", "-o", "-", "--format", "csv"], input="Two soldiers were killed in Kirkuk.",
                         capture_output=True, text=True, cwd=elsewhere, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "Kirkuk" in out.stdout
    probe = subprocess.run([sys.executable, "-c", "import geo.gazetteer as g; print(g.DATA_DIR)"], capture_output=True,
                           text=True, cwd=elsewhere, env=env, timeout=60)
    assert os.path.realpath(probe.stdout.strip()).startswith(os.path.realpath(site))
