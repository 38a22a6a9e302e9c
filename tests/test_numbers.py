"""Each count shape and each qualifier, as general rules."""
import pytest

from geo.numbers import MAX_COUNT, find_counts, is_absurd, to_int, words_to_int


def one(text):
    cs = find_counts(text)
    assert len(cs) == 1, cs
    c = cs[0]
    return c.low, c.best, c.high, c.qualifier


@pytest.mark.parametrize("text,expected", [
    ("1,311 people", (1311, 1311, 1311, "exact")),
    ("1311 people", (1311, 1311, 1311, "exact")),
    ("seven people", (7, 7, 7, "exact")),
    ("twenty-five people", (25, 25, 25, "exact")),
    ("one hundred and twenty people", (120, 120, 120, "exact")),
    ("two dozen people", (24, 24, 24, "exact")),
    ("1.5 million people", (1_500_000, 1_500_000, 1_500_000, "exact")),
    ("at least 830 civilians", (830, 830, 830, "at least")),
    ("more than 973 civilians", (973, 973, 973, "more than")),
    ("over 300 soldiers", (300, 300, 300, "over")),
    ("about 745 civilians", (745, 745, 745, "about")),
    ("approximately 745 civilians", (745, 745, 745, "approximately")),
    ("nearly 50 people", (50, 50, 50, "nearly")),
    ("around 125 fighters", (125, 125, 125, "around")),
    ("up to 12 people", (1, 12, 12, "up to")),
    ("as many as 40 people", (1, 40, 40, "as many as")),
    ("as high as 60", (1, 60, 60, "as high as")),
    ("fewer than 10 people", (1, 9, 9, "fewer than")),
    ("between 20 and 30 people", (20, 20, 30, "between")),
    ("20-30 people", (20, 20, 30, "between")),
    ("20 to 30 people", (20, 20, 30, "between")),
    ("dozens of people", (12, 12, 99, "vague")),
    ("hundreds of civilians", (100, 100, 999, "vague")),
    ("scores of people", (40, 40, 99, "vague")),
    ("thousands displaced", (1000, 1000, 9999, "vague")),
    ("tens of thousands fled", (10_000, 10_000, 99_999, "vague")),
    ("several people", (3, 3, 10, "vague")),  # best: its lowest reading, as for "dozens"
])
def test_count_shapes_and_qualifiers(text, expected):
    assert one(text) == expected


def test_words_and_digits():
    assert words_to_int("ninety-nine") == 99
    assert words_to_int("a hundred") == 100
    assert words_to_int("two thousand three hundred") == 2300
    assert words_to_int("banana") is None
    assert to_int("2k") == 2000 and to_int("2.5") is None


def test_percentages_money_and_lone_articles_are_not_counts():
    assert not find_counts("10% of the population")
    assert not find_counts("$5 million in aid")
    assert not find_counts("a man")
    assert not find_counts("one of them")


def test_digits_are_parsed_exactly():
    assert to_int("999,999,999") == 999_999_999
    assert to_int("123456789") == 123_456_789
    assert to_int("0.3 million") == 300_000 and to_int("1.25m") == 1_250_000 and to_int("2.5k") == 2_500
    assert to_int("1,000,000,000") == 1_000_000_000  # the largest count of people taken


@pytest.mark.parametrize("digits", [11, 16, 20, 309, 5000])
def test_absurd_figures_are_never_counts_and_never_crash(digits):
    raw = "9" * digits
    assert to_int(raw) > MAX_COUNT and is_absurd(to_int(raw))
    assert find_counts(f"{raw} civilians were killed") == []
    [c] = find_counts(f"{raw} civilians were killed", absurd=True)
    assert c.absurd and c.text == raw


@pytest.mark.parametrize("text", [
    "About 40 people, a dozen soldiers and two to three hundred civilians; 1,200 in all.",
    "Either 2 or 3 died; between five and six were hurt; up to 1.5 million fled.",
    "The 2,000-strong force lost 3% of its men, $400, x5, A-10, one-off, tens of thousands.",
    "Some twenty-five were killed “at least 12” — ſeven (long s) and KIngdom and İstanbul 7.",
    "Numbers in Arabic: ٣ قتلى and ١٢ جريحا, a couple of others, half a dozen, a hundred.",
])
def test_counts_are_found_where_the_pattern_finds_them(text):
    """Trying the count pattern only where a count can start finds what trying it at every
    position finds."""
    from geo.numbers import NUMBER_RE, _number_matches

    assert [m.span() for m in _number_matches(text, 0, len(text))] == [m.span() for m in NUMBER_RE.finditer(text)]
    for a in range(0, len(text), 7):
        assert [m.span() for m in _number_matches(text, a, len(text) - 3)] == \
            [m.span() for m in NUMBER_RE.finditer(text, a, len(text) - 3)]


@pytest.mark.parametrize("text, expected", [
    # two numbers in words joined by "and" after "between" are a range
    ("gunmen killed between four and seven herders", [("between four and seven", 4, 4, 7)]),
    # ... the scale of the second figure is the first's too, when it fits under the second
    ("between two and three hundred fishermen", [("between two and three hundred", 200, 200, 300)]),
    ("either four or five thousand displaced", [("either four or five thousand", 4000, 4000, 5000)]),
    ("between two and one hundred injured", [("between two and one hundred", 2, 2, 100)]),
    # ... "and" joins number words only after a scale
    ("one hundred and twelve people", [("one hundred and twelve", 112, 112, 112)]),
    ("killed five and wounded eight", [("five", 5, 5, 5), ("eight", 8, 8, 8)]),
])
def test_and_joins_number_words_only_after_a_scale(text, expected):
    assert [(c.text, c.low, c.best, c.high) for c in find_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a range in words, as in figures
    ("Officials said eight to eleven villagers died.", [(8, 8, 11)]),
    ("twenty to forty people", [(20, 20, 40)]),
    ("at least three to four guards", [(3, 3, 4)]),
    # ... but a first figure no less than the second is two numbers
    ("the court ruled four to three", [(4, 4, 4), (3, 3, 3)]),
    # ... and a change from one figure to another is no range: two figures
    ("the toll climbed from eight to eleven", [(8, 8, 8), (11, 11, 11)]),
    ("the toll climbed from 8 to 11", [(8, 8, 8), (11, 11, 11)]),
])
def test_ranges_in_words_and_changes_from_one_figure_to_another(text, expected):
    assert [(c.low, c.best, c.high) for c in find_counts(text)] == expected
