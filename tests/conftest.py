"""Shared fixtures: the real gazetteer (built once per machine, then cached) and the
bundled articles. Nothing is mocked: tests run the code a user runs."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"


@pytest.fixture(scope="session")
def gazetteer():
    from geo.gazetteer import Gazetteer

    return Gazetteer.load()


@pytest.fixture(scope="session")
def resolver(gazetteer):
    from geo.toponyms import ToponymResolver

    return ToponymResolver(gazetteer)


@pytest.fixture(scope="session")
def sample_places(resolver):
    """ArticlePlaces of every bundled article."""
    from geo.articles import load_articles

    articles, errors = load_articles([ARTICLES])
    assert not errors
    return [resolver.resolve(a) for a in articles]


@pytest.fixture
def isolated_user_dirs(tmp_path, monkeypatch):
    """A private cache and data dir, for tests that build or import."""
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("GEO_DATA_DIR", str(tmp_path / "userdata"))
    return tmp_path


def run_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env
