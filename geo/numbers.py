"""Counts in news text: "1,240", "seven", "twenty-five", "two dozen", "hundreds", with their
qualifiers ("at least", "more than", "about", "up to", "between X and Y"), turned into a
low / best / high estimate by one written rule.

The rule (README "Tolls"), conservative as ACLED codes fatalities, with UCDP's low/best/high:

==============================================  =====  ======  =====
phrase                                          low    best    high
==============================================  =====  ======  =====
N                                               N      N       N
at least / more than / over / upwards of N      N      N       N      (a floor: the stated figure)
about / around / nearly / almost / some N       N      N       N
up to / as many as / at most N                  1      N       N
fewer than / less than / under N                1      N-1     N-1
between X and Y, X to Y, X-Y                    X      X       Y
several, a few / many / dozens / scores          ACLED's convention for vague amounts:
hundreds / thousands                            several 3/10/10, a few 2/3/5, many 10/10/10,
                                                dozens 12/12/99, scores 40/40/99,
                                                hundreds 100/100/999, thousands 1000/1000/9999
==============================================  =====  ======  =====

No uncertainty is invented around a stated figure: disagreement between sources, not
adverbs, makes the low and the high of an incident.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from geo import lang
from geo.gate import gated
from geo.text import ascii_folding, word_set

_EN = lang.get().numbers
# a month's name just before a number: that number is a day ("since October 7 to 31,553" is no
# range of 7 to 31,553)
_MONTH_BEFORE = gated(rf"(?i)\b(?:{'|'.join(lang.get().dates.MONTHS)})\.?\s+$")

UNITS, TENS, SCALES, VAGUE = _EN.UNITS, _EN.TENS, _EN.SCALES, _EN.VAGUE
FLOOR, APPROX, CEILING, BELOW = _EN.FLOOR, _EN.APPROX, _EN.CEILING, _EN.BELOW

FIXED = _EN.FIXED
_UNIT_TENS = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_NUM_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES, "dozen"], key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
# a number in words: "twenty-five", "one hundred and twenty", "two thousand three hundred";
# "and" only joins two number words (a trailing "and" belongs to the sentence: "killed three and
# wounded four")
# (and only after a scale: "one hundred and twenty"; "between three and six" is two numbers)
_AND_AFTER_SCALE = "(?:" + "|".join(f"(?<={re.escape(w)})" for w in SCALES) + ")[- ]and"
_WORDNUM = rf"(?:{_UNIT_TENS})(?:(?:{_AND_AFTER_SCALE})?[- ](?:{_NUM_WORD}))*+"
_A_SCALE = rf"a\s+(?:{'|'.join(SCALES)})(?:(?:{_AND_AFTER_SCALE})?[- ](?:{_NUM_WORD}))*+"
_FIXED = "|".join(sorted((re.escape(v) for v in FIXED), key=len, reverse=True))
_SCALE = r"(?:\s*(?:million|thousand|hundred|m\b|k\b))?"
_VAGUE = "|".join(sorted((re.escape(v) for v in VAGUE), key=len, reverse=True))
_QUAL = "|".join(sorted((re.escape(q) for q in (*FLOOR, *APPROX, *CEILING, *BELOW)), key=len, reverse=True))

_ANY = rf"(?:{_DIGITS}|{_WORDNUM})"
NUMBER_RE = gated(
    rf"(?i)(?<![\w.,$£€-])(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?:between\s+(?P<lo>{_ANY})\s+and\s+(?P<hi>{_ANY})"
    rf"|{_EN.ALTERNATIVE.format(a=f'(?P<o1>{_ANY})', b=f'(?P<o2>{_ANY})')}"
    rf"|{_EN.SHARED_SCALE.format(a=f'(?P<w1>{_UNIT_TENS})', b=f'(?P<w2>{_UNIT_TENS})')}"
    rf"|{_EN.NOT_A_CHANGE}(?P<a>{_DIGITS}){_SCALE}\s*(?:-|–|to)\s*(?P<b>{_DIGITS})"
    rf"|{_EN.NOT_A_CHANGE}{_EN.WORD_RANGE.format(a=f'(?P<r1>{_WORDNUM})', b=f'(?P<r2>{_WORDNUM})')}"
    rf"|(?P<fixed>{_FIXED})"
    rf"|(?P<num>(?:{_DIGITS}){_SCALE}|(?:two|three|four|five|six|seven|eight|nine|ten|a)\s+dozen|{_WORDNUM}|{_A_SCALE})"
    rf"|(?P<vague>{_VAGUE}))"
    rf"(?![\w%])"
)


# Every count holds a digit or one of these words (the glue words "a", "of", "and" ... never
# alone): a text with neither holds no count, and NUMBER_RE, tried at each of its positions,
# is not run on it (``geo.text.ascii_folding``: unless the text holds one of the few letters
# that case-insensitive matching folds into ASCII ones).
_GLUE = frozenset({"a", "an", "of", "and", "or", "either", "to", "the"})
COUNT_WORDS = frozenset(w for phrase in (*UNITS, *TENS, *SCALES, "dozen", *FIXED, *VAGUE)
                        for w in re.findall(r"[a-z]+", phrase.lower()) if w not in _GLUE)
_DIGIT = gated(r"\d")


def may_hold_count(text: str, start: int = 0, end: int | None = None, words: set[str] | None | bool = False) -> bool:
    """False only when ``text[start:end]`` can hold no count (see COUNT_WORDS); ``words``:
    the ``word_set`` of the whole text, when the caller has it."""
    end = len(text) if end is None else end
    if _DIGIT.search(text, start, end):
        return True
    if words is False or (start, end) != (0, len(text)):
        words = word_set(text[start:end])
    return words is None or not COUNT_WORDS.isdisjoint(words)


# The first word of any count: NUMBER_RE is tried only where a word of these (or a digit)
# starts, not at every position of the text (the same matches as ``NUMBER_RE.finditer``).
_FIRST_WORDS = frozenset(
    [*(re.findall(r"[a-z]+", p.lower())[0] for p in (*UNITS, *TENS, *SCALES, *FIXED, *VAGUE, *FLOOR, *APPROX, *CEILING, *BELOW)),
     "between", "a", "an", *re.findall(r"[a-z]+", _EN.ALTERNATIVE.split("{")[0]),
     *re.findall(r"[a-z]+", _EN.SHARED_SCALE.split("{")[0])])
_WORD_START = gated(r"(?<![\w.,$£€-])(?:\d|[A-Za-z]+)")


def _number_matches(text: str, start: int, end: int):
    """``NUMBER_RE.finditer(text, start, end)``, trying the pattern only where a count can
    start (a text where case-insensitive matching is not plain ``lower()`` is searched at
    every position)."""
    if not ascii_folding(text):
        yield from NUMBER_RE.finditer(text, start, end)
        return
    done = start
    for w in _WORD_START.finditer(text, start, end):
        pos = w.start()
        if pos < done:
            continue
        word = w.group()
        if not word[0].isdigit() and word.lower() not in _FIRST_WORDS:
            continue
        m = NUMBER_RE.match(text, pos, end)
        if m:
            yield m
            done = m.end()


@dataclass(frozen=True)
class Count:
    """A count found in text: its span, the figures, the qualifier and whether it was vague."""

    start: int
    end: int
    text: str
    low: int
    best: int
    high: int
    qualifier: str
    vague: bool
    absurd: bool = False  # larger than any count of people: reported, never a toll


def words_to_int(s: str) -> int | None:
    """'twenty-five' -> 25, 'one hundred and twenty' -> 120, 'two dozen' -> 24, 'a hundred' -> 100."""
    total, current = 0, 0
    seen = False
    for w in re.split(r"[\s-]+", s.lower().strip()):
        if w in ("and", ""):
            continue
        if w in ("a", "an"):
            current = max(current, 1)
            continue
        if w in UNITS:
            low2 = current % 100
            if low2 and not (low2 % 10 == 0 and low2 >= 20 and UNITS[w] < 10):
                return None  # "two seventeen", "one fourteen": two numbers, not one ("twenty four" is one)
            current += UNITS[w]
        elif w in TENS:
            if current % 100:
                return None  # "four twenty"
            current += TENS[w]
        elif w == "dozen":
            current = max(current, 1) * 12
        elif w in SCALES:
            current = max(current, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


# No count of people in the news is larger (the world's population is under 10^10); a bigger
# figure is a serial number, a typo or hostile input, never a toll. Digits are parsed exactly
# (no float), and only this many at most.
MAX_COUNT = 10**9
_MAX_DIGITS = len(str(MAX_COUNT)) + 1
_SCALES = {"million": 10**6, "m": 10**6, "thousand": 10**3, "k": 10**3, "hundred": 10**2}


def to_int(s: str) -> int | None:
    """A count from digits ('1,240', '1.5 million', '2k') or words; None if it is not one.
    Parsed exactly; a figure with more digits than any count of people is returned as
    ``MAX_COUNT + 1`` (see ``is_absurd``), never converted digit by digit."""
    s = s.strip().lower()
    m = re.fullmatch(rf"({_DIGITS})\s*(million|thousand|hundred|m|k)?", s)
    if m:
        whole, _, frac = m.group(1).replace(",", "").partition(".")
        scale = _SCALES.get(m.group(2) or "", 1)
        if frac and scale == 1 and "," not in m.group(1):
            return None  # "2.5" on its own is no count of people
        whole = whole.lstrip("0") or "0"
        if len(whole) > _MAX_DIGITS:
            return MAX_COUNT + 1
        frac = frac[:_MAX_DIGITS]
        # exact: (whole + frac / 10^len(frac)) * scale, rounded half up
        num = (int(whole) * 10 ** len(frac) + int(frac or "0")) * scale
        den = 10 ** len(frac)
        return (2 * num + den) // (2 * den)
    value = words_to_int(s)
    return None if value is None else min(value, MAX_COUNT + 1)


def is_absurd(value: int | None) -> bool:
    """True for a figure larger than any count of people (``MAX_COUNT``)."""
    return value is not None and value > MAX_COUNT


def estimate(qualifier: str, value: int) -> tuple[int, int, int]:
    """(low, best, high) of a single stated figure under ``qualifier`` (module table)."""
    q = qualifier.lower()
    if q in CEILING:
        return min(1, value), value, value
    if q in BELOW:
        return min(1, value - 1), max(0, value - 1), max(0, value - 1)
    return value, value, value


_FIRST_WORD = gated(r"[A-Za-z]+")
_ALONE_NO_COUNT = ("a", "an", "one")  # alone, an article or a pronoun far more often than a toll


def find_counts(text: str, start: int = 0, end: int | None = None, *, absurd: bool = False,
                words: set[str] | None | bool = False) -> list[Count]:
    """Every count in ``text[start:end]`` with its estimate; offsets index ``text``. Figures
    larger than any count of people are left out, or with ``absurd=True`` kept and flagged
    (``Count.absurd``), so that a caller can say what it ignored. ``words``: the text's
    ``word_set``, when the caller has it."""
    out: list[Count] = []
    end = len(text) if end is None else end
    if not may_hold_count(text, start, end, words):
        return out
    for m in _number_matches(text, start, end):
        qual = (m.group("qual") or "").lower()
        if m.group("r1"):  # "five to seven": a range where the first is less, else two numbers
            lo, hi = to_int(m.group("r1")), to_int(m.group("r2"))
            if lo is None or hi is None or lo >= hi:
                out += find_counts(text, m.start(), m.end("r1"), absurd=absurd) + find_counts(text, m.start("r2"), m.end(), absurd=absurd)
            elif absurd or not is_absurd(hi):
                out.append(Count(m.start(), m.end(), m.group(), lo, lo, hi, qual or "between", False, is_absurd(hi)))
            continue
        if m.group("lo") or m.group("a") or m.group("o1") or m.group("w1"):
            lo = to_int(m.group("lo") or m.group("a") or m.group("o1") or m.group("w1"))
            hi = to_int(m.group("hi") or m.group("b") or m.group("o2") or m.group("w2"))
            if m.group("w1") and lo is not None and hi is not None:
                scale = SCALES[m.group("ws").lower()]
                lo, hi = lo * scale, hi * scale
            elif lo is not None and hi is not None and (m.group("lo") or m.group("o1")):
                # "between two and three hundred", "two or three thousand": the scale of the second is
                # the first's too (not "between two and one hundred": 2 to 100)
                first, second = (m.group("lo") or m.group("o1")).lower(), (m.group("hi") or m.group("o2")).lower()
                last = second.replace("-", " ").split()[-1]
                if last in SCALES and not any(w in SCALES for w in first.replace("-", " ").split()) \
                        and lo * SCALES[last] <= hi:
                    lo *= SCALES[last]
            if lo is None or hi is None or hi < lo or (m.group("o1") and hi == lo):
                continue
            if m.group("a") and lo <= 31 and not qual and _MONTH_BEFORE.search(text, max(start, m.start() - 12), m.start()):
                # a day, then the figure alone: "raising the toll since October 7 to 31,553"
                if absurd or not is_absurd(hi):
                    out.append(Count(m.start("b"), m.end("b"), m.group("b"), hi, hi, hi, "exact", False, is_absurd(hi)))
                continue
            c = Count(m.start(), m.end(), m.group(), lo, lo, hi, qual or "between", False, is_absurd(hi))
        elif m.group("fixed"):
            n = FIXED[" ".join(m.group("fixed").lower().split())]
            low, best, high = estimate(qual, n)
            c = Count(m.start(), m.end(), m.group(), low, best, high, qual or "exact", False)
        elif m.group("vague"):
            low, best, high = VAGUE[m.group("vague").lower()]
            c = Count(m.start(), m.end(), m.group(), low, best, high, qual or "vague", True)
        else:
            raw = m.group("num")
            if raw.lower() in _ALONE_NO_COUNT and not qual:
                continue  # "a" / "one" alone is an article or a pronoun far more often than a toll
            value, stop = to_int(raw), m.end()
            if value is None and (first := _FIRST_WORD.match(raw)) and first.end() < len(raw):
                # two number words side by side ("Two seventeen-year-olds"): the first is the count
                value, stop = to_int(first.group()), m.start("num") + first.end()
                if first.group().lower() in _ALONE_NO_COUNT and not qual:
                    continue
            if value is None:
                continue
            low, best, high = estimate(qual, value)
            c = Count(m.start(), stop, text[m.start():stop], low, best, high, qual or "exact", False, is_absurd(value))
        if c.absurd and not absurd:
            continue
        out.append(c)
    return out
