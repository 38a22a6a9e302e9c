"""The whole chain in two calls, for the CLI and the dashboard.

``read_corpus`` does the expensive, per-article part once (places and claims);
``build_map`` does the cheap part (reconciliation and localities) for any selection of
sources and any toll rule, so toggling a source never re-reads an article.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from geo.articles import Article
from geo.claims import Claim, extract_claims
from geo.exc import ArticleError
from geo.gazetteer import Gazetteer
from geo.localities import Locality, aggregate
from geo.reconcile import DEFAULT_RULE, Incident, reconcile
from geo.toponyms import ArticlePlaces, ToponymResolver


@dataclass
class Corpus:
    """Articles with their place mentions and claims (the per-article work, done once)."""

    articles: list[Article]
    places: list[ArticlePlaces]
    claims: list[Claim]
    errors: list[ArticleError] = field(default_factory=list)

    def article(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)


@dataclass
class MapData:
    """What the map shows for one selection of sources under one rule."""

    claims: list[Claim]
    incidents: list[Incident]
    localities: list[Locality]
    rule: str
    sources: list[str]


def read_corpus(articles: Iterable[Article], gaz: Gazetteer, errors: list[ArticleError] | None = None) -> Corpus:
    """Places and claims of every article."""
    resolver = ToponymResolver(gaz)
    arts, places, claims = [], [], []
    seen = set()
    for a in articles:
        if a.id in seen:  # the same text twice (two files, or one uploaded again) is one source
            continue
        seen.add(a.id)
        p = resolver.resolve(a)
        arts.append(a)
        places.append(p)
        claims.extend(extract_claims(p, gaz))
    return Corpus(arts, places, claims, list(errors or []))


def select_sources(corpus: Corpus, wanted: Iterable[str] | None) -> list[str]:
    """Article ids for ``wanted``: ids, id prefixes, file names or outlets; all when None."""
    if wanted is None:
        return [a.id for a in corpus.articles]
    keys = [w.strip() for w in wanted if w.strip()]
    out = []
    for a in corpus.articles:
        names = {a.id, a.path, a.path.rsplit("/", 1)[-1], a.outlet or ""}
        if any(k in names or a.id.startswith(k) for k in keys):
            out.append(a.id)
    return out


def build_map(corpus: Corpus, gaz: Gazetteer | None, rule: str = DEFAULT_RULE, sources: Iterable[str] | None = None) -> MapData:
    """Reconcile the claims of the selected sources (all when None) and aggregate them."""
    ids = set(select_sources(corpus, sources) if sources is not None else [a.id for a in corpus.articles])
    claims = [c for c in corpus.claims if c.article_id in ids]
    incidents = reconcile(claims, rule)
    localities = aggregate(incidents, gaz)
    return MapData(claims, incidents, localities, rule, sorted(ids))
