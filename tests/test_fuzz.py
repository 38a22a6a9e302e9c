"""Property tests (hypothesis) over the untrusted-input steps: the article loader, the place
matcher and the claim extractor. Whatever the bytes: no exception but an ArticleError, every
span inside its text, and bounded time (each example has a deadline)."""
from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.articles import parse_article
from geo.claims import extract_claims
from geo.exc import ArticleError
from geo.numbers import find_counts
from geo.pipeline import Limits, read_corpus

FUZZ = settings(max_examples=60, deadline=timedelta(seconds=10), suppress_health_check=[HealthCheck.too_slow],
                derandomize=True)

WORDS = ["killed", "civilians", "Homs", "in", "near", "the", "at least", "dozens", "1,240", "2.5", "million",
         "Syria", "Latakia", "said", "according to", "Monday", "March 7", "between 5 and 9", "al-", "Al", "\n",
         ". ", ", ", "<b>", "</b>", "&amp;", "'s", "-", "٣", "حمص", "Jableh", "SOHR", "9" * 40, "—", "(", ")"]
news_like = st.lists(st.sampled_from(WORDS), max_size=400).map(" ".join)
any_text = st.one_of(st.text(max_size=3000), news_like)


def _check_article(a) -> None:
    assert a.text and all(0 <= s < e <= len(a.text) for s, e in a.segments)


@FUZZ
@given(st.binary(max_size=5000))
def test_loader_on_random_bytes_reads_or_refuses(data):
    for name in ("x.txt", "x.html", "x.md"):
        try:
            a = parse_article(data, name)
        except ArticleError as e:
            assert e.message  # a reason a user can read
        else:
            _check_article(a)


@FUZZ
@given(st.integers(1, 3000), st.sampled_from(["div", "b", "table", "script", "p"]), news_like)
def test_loader_on_deeply_nested_html(depth, tag, inner):
    markup = "<html><body>" + f"<{tag}>" * depth + inner + f"</{tag}>" * depth
    try:
        a = parse_article(markup.encode(), "deep.html")
    except ArticleError as e:
        assert e.message
        return
    _check_article(a)
    assert tag != "script"  # script content is never article text: nothing visible, refused


@FUZZ
@given(any_text)
def test_matcher_and_claims_spans_lie_inside_the_text(gazetteer, text):
    try:
        a = parse_article(text.encode("utf-8", "surrogatepass"), "f.txt")
    except ArticleError:
        return
    corpus = read_corpus([a], gazetteer, limits=Limits(seconds=5))
    for p in corpus.places:
        for m in p.mentions:
            assert 0 <= m.start < m.end <= len(a.text) and a.text[m.start:m.end] == m.text
            assert m.sentence_start <= m.start and m.end <= m.sentence_end
        for u in p.unresolved:
            assert a.text[u.start:u.end] == u.text
    for c in corpus.claims:
        assert 0 <= c.sentence_start <= c.start < c.end <= c.sentence_end <= len(a.text)
        assert a.text[c.sentence_start:c.sentence_end] == c.sentence
        if c.is_toll:
            assert 0 <= c.low <= c.best <= c.high


@FUZZ
@given(st.lists(st.one_of(st.integers(0, 10**40).map(str), st.integers(0, 10**30).map(lambda n: f"{n:,}"),
                          st.sampled_from(["million", "thousand", "dozens of", "at least", "more than", "between", "and",
                                           "killed", "people", "1e308", "nan", "inf", "−5", "0x1F"])), max_size=60).map(" ".join))
def test_numbers_never_raise_and_stay_ordered(text):
    for c in find_counts(text):
        assert 0 <= c.start < c.end <= len(text)
        assert c.low <= c.best <= c.high


@FUZZ
@given(news_like)
def test_claims_alone_on_resolved_places(resolver, gazetteer, text):
    try:
        a = parse_article(text.encode(), "c.txt")
    except ArticleError:
        return
    for c in extract_claims(resolver.resolve(a), gazetteer):
        assert a.text[c.start:c.end] == c.count_text
