"""English number words, vague amounts and the qualifiers of a figure (data for geo.numbers).

A vague amount maps to (low, best, high) by ACLED's convention for vague fatality counts; a
qualifier puts a figure in one of four classes (README "Tolls: low / best / high").
"""
from __future__ import annotations

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

# vague amount -> (low, best, high)
VAGUE = {
    "a few": (2, 3, 5), "few": (2, 3, 5), "several": (3, 3, 10), "many": (10, 10, 10), "numerous": (10, 10, 10),
    "dozens": (12, 12, 99), "scores": (40, 40, 99), "hundreds": (100, 100, 999),
    "thousands": (1000, 1000, 9999), "tens of thousands": (10_000, 10_000, 99_999),
    "hundreds of thousands": (100_000, 100_000, 999_999), "a dozen": (12, 12, 12), "a handful": (3, 5, 5),
    # "several" of a scale: at least two of it
    "several dozen": (24, 24, 99), "several hundred": (200, 200, 999), "several thousand": (2000, 2000, 9999),
}

FLOOR = ("at least", "no fewer than", "not less than", "a minimum of", "more than", "over", "upwards of",
         "in excess of", "exceeding", "exceeded", "surpassing", "surpassed", "above")
APPROX = ("about", "around", "approximately", "roughly", "some", "nearly", "almost", "close to", "an estimated",
          "estimated", "approx.", "circa", "a total of", "as much as")
CEILING = ("up to", "as many as", "at most", "a maximum of", "as high as")
BELOW = ("fewer than", "less than", "under")

# Set phrases that are one exact figure.
FIXED = {"half a dozen": 6, "a couple of": 2, "a couple": 2, "a pair of": 2, "a score of": 20, "a single": 1}
# Between two figures: "either 2 or 3", "four or five" (low, best = the first; high = the second).
ALTERNATIVE = r"(?:either\s+)?{a}\s+or\s+{b}"
# A range of word numbers sharing a scale: "two to three hundred".
SHARED_SCALE = r"{a}\s+(?:to|-|–)\s+{b}\s+(?P<ws>hundred|thousand|million)"
# A range of two numbers, in figures or in words: "5 to 7", "10-12", "five to seven" (a range
# only where the first is less: "voted five to four" is two numbers); never a change from one
# figure to another ("the toll rose from five to seven": the figure now seven)
NOT_A_CHANGE = r"(?<!\bfrom\s)"
WORD_RANGE = r"{a}\s+to\s+{b}"
