"""Gated patterns: the strings every match must contain, and answers identical to the pattern's."""
import random
import re

import pytest

import geo.attribution
import geo.claim_places
import geo.claims
import geo.dates
import geo.events
import geo.numbers
import geo.tolls
import geo.toponyms
from geo.gate import GatedPattern, gated, required_strings


@pytest.mark.parametrize("pattern, strings", [
    (r"(?i)\b(?:one|two)\s+of\s+them\s+(?:later\s+)?died\b", {"them"}),
    (r"(?i)(?:later\s+)?(?:died|succumbed)", {"died", "succumbed"}),
    (r"(?i)killed\b", {"killed"}),
    (r"Fatalities: \d+", {"fatalities: "}),  # (lower-cased: a lower-cased text holds it so)
    (r"(?:ab)+ found", {" found"}),  # (a repeat of one or more: its own strings too, here shorter)
])
def test_required_strings_are_what_every_match_holds(pattern, strings):
    assert required_strings(re.compile(pattern)) == strings


@pytest.mark.parametrize("pattern", [
    r"(?i)(?:later\s+)?",        # nothing required
    r"(?:died|)",                # an empty alternative
    r"(?:died){0,2}",            # may be absent
    r"(?=died)\w+",              # a look-ahead requires nothing of the match told here
    r"[Dd]\d",                   # a class: no string
])
def test_nothing_is_required_where_a_match_may_lack_it(pattern):
    assert required_strings(re.compile(pattern)) is None


def test_a_non_ascii_letter_is_never_required():
    # ("σ" matches "ς" without case: a lower-cased text may not hold it)
    assert required_strings(re.compile(r"(?i)σ")) is None
    assert required_strings(re.compile(r"(?i)Homσ")) == {"hom"}


def test_a_gated_pattern_skips_texts_without_its_strings():
    rx = gated(r"(?i)\b(?:one|two)\s+of\s+them\s+later\s+died\b")
    assert isinstance(rx, GatedPattern)
    assert rx.search("Five people were wounded in the market.") is None
    assert rx.search("Five were wounded; two of them later died.").group() == "two of them later died"
    plain = gated(r"\d+")
    assert plain.search("killed 12").group() == "12" and plain.strings is None  # nothing to gate by: the plain pattern
    assert plain.search == plain.rx.search  # ... whose own method it is, once used


def test_a_pattern_is_compiled_at_its_first_use():
    rx = gated(r"(?i)\bkilled\b")
    assert "rx" not in vars(rx)
    assert rx.pattern == r"(?i)\bkilled\b" and rx.groups == 0  # (what needs the compiled pattern compiles it)
    assert "rx" in vars(rx) and rx.strings == ("killed",)
    bad = gated(r"(?i)(unclosed")
    with pytest.raises(re.error):
        bad.search("text")


def test_folding_letters_still_match():
    # "ſ" (long s) matches "s" without case, but "ſ".lower() is "ſ"; "İ".lower() is two
    # characters; "K" (Kelvin sign) lower-cases to "k"
    assert gated(r"(?i)\bshot\b").search("Six were ſhot.") is not None
    assert gated(r"(?i)\bistanbul\b").search("In İstanbul, police said.") is not None
    assert gated(r"(?i)\bistanbul\b").search("In İzmir and istanbul.", 12).group() == "istanbul"
    assert gated(r"(?i)\bkilled\b").search("They \u212aILLED six.") is not None


def _patterns():
    out = []
    for mod in (geo.tolls, geo.toponyms, geo.events, geo.claims, geo.dates, geo.attribution, geo.claim_places, geo.numbers):
        for name, v in sorted(vars(mod).items()):
            if isinstance(v, GatedPattern):
                out.append((f"{mod.__name__}.{name}", v))
            elif isinstance(v, dict):
                out += [(f"{mod.__name__}.{name}[{k}]", x) for k, x in v.items() if isinstance(x, GatedPattern)]
    return out


_TEXTS = [
    "Two of them later died in hospital, the Syrian Observatory for Human Rights said on Saturday.",
    "GUNMEN KILLED SIX VILLAGERS IN AN ATTACK ON THE MARKET, POLICE SAID.",
    "A suicide bomber blew himself up at a checkpoint near the town, killing three soldiers and wounding 12.",
    "The death toll from the earthquake has risen to 2,100, officials told reporters in the capital.",
    "Residents fled to neighbouring villages after the militia torched homes; at least 40 bodies were recovered.",
    "On 3 May, 2 fighters were killed in clashes near the village in the countryside. 2 fatalities.",
    "A 23-year-old man was shot dead outside a bar; the suspect was arrested, according to a police spokesman.",
    "Ukraine's emergency service said a missile struck an apartment block in Kharkiv, killing a woman and her two sons.",
    "ſix people were ſhot; İstanbul's \u212aurdish mayor condemned the attack.",
]


def test_gated_patterns_answer_as_the_patterns_do():
    """Every gated pattern of the rules, on sentences of many kinds, whole and in windows, in
    upper and mixed case: the same matches as the pattern alone."""
    rnd = random.Random(5)
    texts = _TEXTS + [t.upper() for t in _TEXTS] + ["".join(c.upper() if rnd.random() < 0.3 else c for c in t) for t in _TEXTS]
    patterns = _patterns()
    assert len(patterns) > 200  # the rule modules compile their patterns gated
    for name, g in patterns:
        for t in texts:
            assert [m.span() for m in g.finditer(t)] == [m.span() for m in g.rx.finditer(t)], name
            a, b = sorted(rnd.sample(range(len(t) + 1), 2))
            got, want = g.search(t, a, b), g.rx.search(t, a, b)
            assert (got and got.span()) == (want and want.span()), name
            assert g.sub("#", t) == g.rx.sub("#", t), name


def test_windows_are_read_as_the_pattern_reads_them():
    rx = gated(r"(?i)\bkilled\b")
    text = "Gunmen killed two. Police said."
    assert rx.search(text, -5, 12) is None and rx.rx.search(text, -5, 12) is None  # (a negative start is the start)
    assert rx.search(text, -5, 20).span() == rx.rx.search(text, -5, 20).span() == (7, 13)
    assert rx.search(text, 8) is None


def test_keywords_are_the_patterns_own():
    for first in (True, False):  # (the first use, and after it)
        rx = gated(r"(?i)\bkilled\b")
        if not first:
            rx.search("")
        assert rx.sub("X", "killed, killed", count=1) == "X, killed"
        assert rx.split("a killed b killed c", maxsplit=1) == ["a ", " b killed c"]
        assert rx.search("they killed", pos=5).span() == (5, 11)
