"""The chain as a server runs it: hostile articles are read in bounded time, one article that
breaks a rule's assumptions is an error of its own, absurd figures are refused with a note."""
from __future__ import annotations

import random
import subprocess
import sys
import time
from dataclasses import replace

import pytest

from conftest import ROOT, run_env
from geo import export
from geo.articles import parse_article
from geo.exc import ArticleError
from geo.pipeline import Limits, build_map, read_corpus

GOOD = "Gunmen killed 17 civilians in Hama on Sunday, the Example Monitor said."


def test_a_toll_of_hundreds_of_digits_is_refused_with_a_note_and_the_rest_goes_on(gazetteer, tmp_path):
    huge = parse_article(f"An attack killed {'9' * 309} civilians in Homs. Another attack killed 4 people in Idlib.".encode(),
                         "huge.txt")
    many = parse_article(f"Clashes in Aleppo left {'1' * 20} people dead and 12 soldiers dead.".encode(), "twenty.txt")
    good = parse_article(GOOD.encode(), "good.txt")
    corpus = read_corpus([huge, many, good], gazetteer)
    assert not corpus.errors and len(corpus.articles) == 3
    notes = {a.path: a.notes for a in corpus.articles}
    assert any("larger than any count of people were ignored" in n for n in notes["huge.txt"])
    assert any("larger than any count" in n for n in notes["twenty.txt"])
    assert sorted(c.best for c in corpus.claims if c.is_toll) == [4, 12, 17]
    data = build_map(corpus, gazetteer)
    for level in export.LEVELS:  # every export works and holds exact integers
        for fmt in ("geojson", "csv", "gpkg"):
            assert export.to_bytes(level, data, corpus, fmt)


def test_an_article_that_breaks_processing_is_an_error_of_its_own(gazetteer):
    good = parse_article(GOOD.encode(), "good.txt")
    # a programmatic caller's malformed article (a date that is not a date): it fails inside
    # the claims step, and becomes that file's ArticleError
    bad = replace(parse_article(b"Gunmen killed 3 people in Homs yesterday.", "bad.txt"), published="2025-13-45")
    corpus = read_corpus([bad, good], gazetteer)
    assert [a.path for a in corpus.articles] == ["good.txt"]
    [err] = corpus.errors
    assert isinstance(err, ArticleError) and err.path == "bad.txt" and "could not be processed" in err.message
    assert [c.best for c in corpus.claims if c.is_toll] == [17]


def test_the_time_budget_holds_inside_one_endless_line(gazetteer):
    rnd = random.Random(1)
    names = ["Aleppo", "Homs", "Hama", "Idlib", "Latakia", "Tartus", "Daraa", "Raqqa", "John", "Smith"]
    line = " ".join(f"{rnd.choice(names)} {rnd.randint(1, 999)} killed" for _ in range(20_000))  # ~300 KB, no full stop
    a = parse_article(line.encode(), "line.txt")
    corpus = read_corpus([a], gazetteer, limits=Limits(max_chars=10**6, seconds=0.5))
    [read] = corpus.articles
    assert any("time budget" in n for n in read.notes)
    read_to = corpus.places[0].read_to
    assert read_to is not None and read_to < len(line) // 2  # stopped early, inside the one line
    assert all(c.start < read_to for c in corpus.claims)


HOSTILE = r'''
import random, sys, time
from geo.articles import parse_article
from geo.gazetteer import Gazetteer
from geo.pipeline import Limits, build_map, read_corpus
gaz = Gazetteer.load()
R = random.Random(5)
def words(n, pick):
    out, size = [], 0
    while size < n:
        w = pick(); out.append(w); size += len(w) + 1
    return " ".join(out)
N = 300_000
cases = {
    "date line of spaces": "date" + " " * N,
    "source lines": "source: x\n" * (N // 10) + "y",
    "12 repeated": "12 " * (N // 3),
    "numbers": words(N, lambda: str(R.randint(1, 999))),
    "between runs": words(N, lambda: f"between {R.randint(1, 99)} and {R.randint(100, 999)}"),
    "capitalised names": words(N, lambda: R.choice(["Aleppo", "Homs", "John", "Smith", "Ahmed", "Latakia", "Idlib"])),
    "killed and": words(N, lambda: f"killed {R.randint(1, 999)} {R.choice(['civilians', 'soldiers'])} and"),
    "reporting verbs": words(N, lambda: R.choice(["said", "the Observatory said", "according to", "reported"])),
    "organisations": " ".join(f"The Office for Thing{i} of Place{i} said {R.randint(2, 99)} people were killed." for i in range(N // 60)),
    "digits": "1" * N + " civilians were killed",
    "full stops then spaces": "." * (N // 2) + " " * (N // 2) + "x",
    "html angle brackets": "<html>" + "<" * N,
}
for name, text in cases.items():
    t0 = time.perf_counter()
    a = parse_article(text.encode(), "x.html" if text.startswith("<html") else "x.txt")
    c = read_corpus([a], gaz, limits=Limits(max_chars=10**6, seconds=None))
    build_map(c, gaz)
    print(f"{name}: {time.perf_counter() - t0:.1f} s", flush=True)
'''


@pytest.mark.gazetteer  # (its subprocess loads the gazetteer)
def test_hostile_articles_of_300_kb_are_read_without_hanging():
    """Each of these took minutes to hours before the fix (quadratic regexes and per-sentence
    loops); read linearly, all twelve together take well under a minute here. The bound below
    only catches a hang; speed is measured in bench/hostile.py."""
    t0 = time.monotonic()
    out = subprocess.run([sys.executable, "-c", HOSTILE], capture_output=True, text=True, cwd=ROOT, env=run_env(),
                         timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert len(out.stdout.splitlines()) == 12, out.stdout
    assert time.monotonic() - t0 < 600


# Made-up reports in several styles, for the worker-process tests.
_PLACES = ["Hama", "Mosul", "Kandahar", "Goma", "Maiduguri", "Kharkiv", "Culiacan", "Dayton, Ohio"]
_FORMS = ["Gunmen killed {n} civilians in {p} on Sunday, the Example Monitor said.",
          "{p} (Wire) - At least {n} people were killed and {w} wounded when a car bomb exploded at a market.",
          "Officials in {p} said the death toll from Tuesday's shelling had risen to {n}.",
          "A drone strike near {p} killed {n} fighters, a local commander told reporters."]


def _made_up_reports(k: int) -> list[str]:
    rnd = random.Random(k)
    return [rnd.choice(_FORMS).format(n=rnd.randint(2, 90), w=rnd.randint(1, 40), p=rnd.choice(_PLACES))
            + f" Report {i}." for i in range(k)]


def _same(c1, c2) -> None:
    assert [a.id for a in c1.articles] == [a.id for a in c2.articles]
    assert [c.to_record() for c in c1.claims] == [c.to_record() for c in c2.claims]
    assert [[m.to_record() for m in p.mentions] for p in c1.places] == [[m.to_record() for m in p.mentions] for p in c2.places]
    assert [str(e) for e in c1.errors] == [str(e) for e in c2.errors]


def test_worker_processes_read_the_same_corpus_as_one_process(gazetteer, tmp_path):
    from geo.articles import article_files
    from geo.workers import planned

    texts = _made_up_reports(40)
    for i, t in enumerate(texts):
        (tmp_path / f"r{i:02d}.txt").write_text(t, encoding="utf-8")
    (tmp_path / "r99_copy.txt").write_text(texts[3], encoding="utf-8")  # the same text again: one source
    (tmp_path / "r98_empty.txt").write_bytes(b"")
    files = list(article_files([tmp_path]))
    assert planned(len(files), 2) == 2
    one, two = read_corpus(files, gazetteer, jobs=1), read_corpus(files, gazetteer, jobs=2)
    _same(one, two)
    assert len(two.articles) == 40 and sum(c.is_toll for c in two.claims) >= 40
    assert [e.path for e in two.errors] == [str(tmp_path / "r98_empty.txt")]
    # the same files read as articles first, in this process, give the same corpus again
    arts = [parse_article(f.path.read_bytes(), f.name) for f in files if f.path.stat().st_size]
    _same(one, read_corpus(arts, gazetteer, errors=list(one.errors)))


def test_an_article_that_breaks_processing_in_a_worker_stops_nothing_else(gazetteer):
    arts = [parse_article(t.encode(), f"w{i}.txt") for i, t in enumerate(_made_up_reports(24))]
    arts[7] = replace(arts[7], published="2025-13-45")  # a caller's malformed article: fails in the claims step
    c = read_corpus(arts, gazetteer, jobs=2)
    assert len(c.articles) == 23 and "w7.txt" not in {a.path for a in c.articles}
    assert len(c.errors) == 1 and c.errors[0].path == "w7.txt" and "could not be processed" in str(c.errors[0])
    _same(c, read_corpus(arts, gazetteer, jobs=1))


AREA_TEXTS = [
    "Gunmen killed 4 villagers in Gusau, Zamfara State, on Monday, police said.",
    "Bandits killed 6 farmers in Kaura Namoda in Zamfara State on Tuesday.",
    "A bomb killed 3 people at a market in Kano on Wednesday, police said.",
    "Militants killed 5 soldiers near Ayorou in Niger's Tillaberi region on Thursday.",
    "Across Nigeria, 12 people died in attacks over the week, the Example Monitor said.",
]


def test_an_area_keeps_the_claims_about_it_and_the_places_inside_it(gazetteer):
    from geo.pipeline import area_choices, in_area

    arts = [parse_article(f"date 2024-06-0{3 + k}\n{t}".encode(), f"a{k}.txt") for k, t in enumerate(AREA_TEXTS)]
    corpus = read_corpus(arts, gazetteer)
    # the week's toll as one no place could be given to, counted in its country (as tolls of no place are)
    k = next(k for k, c in enumerate(corpus.claims) if c.path == "a4.txt" and c.best == 12)
    claims = list(corpus.claims)
    claims[k] = replace(claims[k], place_id=None, place_name=None, place_kind=None, precision=None, lat=None,
                        lon=None, admin1=None, parts=(), country="NG")
    choices = area_choices(claims, gazetteer)
    labels = [label for _, label in choices]
    assert labels.index("Niger") < labels.index("Nigeria")  # each country, then its provinces by name
    nigeria = labels.index("Nigeria")
    assert labels[nigeria + 1:] == sorted(labels[nigeria + 1:]) and len(labels) >= 5
    assert all(x.endswith(", Nigeria") for x in labels[nigeria + 1:])
    ids = dict((label, pid) for pid, label in choices)
    zamfara = next(pid for label, pid in ids.items() if label.startswith("Zamfara"))

    def paths(area):
        return sorted({c.path for c in in_area(claims, area, gazetteer) if c.best is not None})
    assert paths(zamfara) == ["a0.txt", "a1.txt"]
    assert paths(ids["Nigeria"]) == ["a0.txt", "a1.txt", "a2.txt", "a4.txt"]  # and its toll of no place
    assert paths(ids["Niger"]) == ["a3.txt"]
    assert in_area(claims, None, gazetteer) == claims and in_area(claims, "gn:1", gazetteer) == []


def test_a_box_drawn_on_the_map_keeps_the_claims_about_places_in_it(gazetteer):
    from geo.geometry import box_id, in_box, parse_box
    from geo.pipeline import box_label, in_area

    arts = [parse_article(f"date 2024-06-0{3 + k}\n{t}".encode(), f"a{k}.txt") for k, t in enumerate(AREA_TEXTS)]
    claims = read_corpus(arts, gazetteer).claims

    def paths(area):
        return sorted({c.path for c in in_area(claims, area, gazetteer) if c.best is not None})
    # a box around northern Nigeria's Zamfara towns and Kano: their tolls, not Niger's, and not
    # the country-wide week (Nigeria reaches far beyond the box)
    north = box_id(11.5, 5.5, 13.5, 9.0)
    assert north == "box:11.5_5.5_13.5_9" and parse_box(north) == (11.5, 5.5, 13.5, 9.0)
    assert paths(north) == ["a0.txt", "a1.txt", "a2.txt"]
    # a box around all of Nigeria and Niger holds both countries' tolls, the country-wide one too
    assert paths(box_id(3.0, 0.0, 24.0, 16.5)) == ["a0.txt", "a1.txt", "a2.txt", "a3.txt", "a4.txt"]
    # a first-order area is in a box when its places are: Zamfara yes in a box around it, not in one around Gusau only
    zamfara = next(p.id for p in gazetteer.find("Zamfara") if p.kind == "admin1")
    assert in_box(parse_box(box_id(10.5, 5.0, 13.7, 7.5)), zamfara, gazetteer)
    assert not in_box(parse_box(box_id(12.0, 6.5, 12.4, 6.9)), zamfara, gazetteer)
    assert "Drawn on the map: 11.50°N 5.50°E – 13.50°N 9.00°E" == box_label(north)
    # what a link or a page may send that is no box: nothing kept, never an error
    for bad in ("box:1_2_3", "box:5_5_1_9", "box:nan_1_2_3", "box:1_2_3_x", "box:-91_0_0_1"):
        assert parse_box(bad) is None and in_area(claims, bad, gazetteer) == [] and box_label(bad) is None
