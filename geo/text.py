"""Tokens and name keys: the one normalisation shared by the gazetteer and the matcher.

A *name key* is what two spellings of one place have in common. ``name_key`` removes case,
diacritics, apostrophes and the Arabic letters ʿ ʾ, splits at hyphens and drops Arabic article
prefixes (al-, el-, ad-, ar-, as-, ...), so "Al-Ladhiqiyah", "al Ladhiqiyah" and
"Ladhiqiyah" share a key, and so do "Ţarţūs" and "Tartus". ``loose_key`` additionally folds
common transliteration alternations (ou/u, ei/ay, kh/h, q/k, eh/ah/a endings, y between
vowels, doubled letters): "Tartous", "Jableh"/"Jablah"/"Jabla", "Baniyas"/"Banias",
"Lattakia"/"Latakia", "Hmeimim"/"Khmeimim" meet there. The matcher looks up the strict key
first and trusts a loose-only match less.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable, NamedTuple

# Letters, with internal apostrophes (Sana'a, Dar'a, d'Ivoire) but not a possessive 's;
# or a dotted abbreviation (U.S., U.K., D.C.).
TOKEN_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}"
    r"|[^\W\d_]+(?:['’ʼʿʾ‘`´](?![sS]\b)[^\W\d_]+)*"
)
APOSTROPHES = "'’ʼʿʾ‘`´ʻ"
_DROP = str.maketrans("", "", APOSTROPHES + ".")
_SPECIAL = str.maketrans({
    "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i",
    "þ": "th", "ħ": "h", "ŧ": "t",
    # Arabic: alef variants, taa marbuta, alef maqsura, tatweel
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ـ": None,
})

# Combining marks of the scripts names come in (Latin accents, Arabic harakat), dropped
# after NFKD in one C-level translate; anything rarer is caught by the slower filter.
_COMBINING = {c: None for r in ((0x300, 0x370), (0x610, 0x61B), (0x64B, 0x660), (0x670, 0x671), (0x6D6, 0x6EE))
              for c in range(*r)}

# Arabic definite-article forms as they appear in transliterated names.
ARTICLES = frozenset({
    "al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "adh", "ath",
    "ed", "er", "es", "et", "ez", "en", "ul",
})


# a possessive right after a name: "Friday's strike", "Gaza's civil defence"
POSSESSIVE_AFTER = re.compile(r"['’]s?\b")

_GLUED_ARTICLE = re.compile(r"(?i)(?:al|el|ad|ar|as|at|az|an|ash|adh|ath|ed|er|es|et|ez|en)[" + APOSTROPHES + "]")


class Token(NamedTuple):
    """A word of a text: its characters ``text[start:end]``. (A named tuple: articles make
    hundreds of thousands of these, and a tuple is built several times faster than a frozen
    dataclass.)"""

    start: int
    end: int
    text: str

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_upper(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    @property
    def is_arabic(self) -> bool:
        return "\u0600" <= self.text[:1] <= "\u06ff"


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (the longest where one is the start of another), as a
    trie of their letters: "shot(?: dead|...)?" rather than "shot dead|shot|...", so a position
    is rejected at its first letter once, not once a word (the same matches as the plain
    alternation, longest first)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        body = "" if not alts else alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node and body else body

    return build(trie)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The word tokens of ``text[start:end]``, with offsets into ``text``."""
    new = tuple.__new__  # a Token without NamedTuple's Python-level __new__: this runs for every word read
    return [new(Token, (m.start(), m.end(), m.group())) for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end)]


@lru_cache(maxsize=1_000_000)
def word_key(word: str) -> str:
    """One word, without case, diacritics, apostrophes or dots ("Al‘Ashara" -> "ashara")."""
    m = _GLUED_ARTICLE.match(word)
    if m and len(word) > m.end() + 1:
        word = word[m.end():]
    if word.isascii():  # most names: nothing to decompose
        return word.translate(_DROP).lower()
    w = unicodedata.normalize("NFKD", word.translate(_DROP)).translate(_COMBINING)
    if not w.isascii():
        w = "".join(c for c in w if not unicodedata.combining(c))
    w = w.casefold().translate(_SPECIAL)
    if len(w) > 4 and w.startswith("ال"):  # Arabic-script article written as a prefix
        w = w[2:]
    return w


def join_keys(words: list[str]) -> str:
    """Key of a sequence of word keys: articles dropped unless they are the last word."""
    if len(words) > 1:
        words = [w for i, w in enumerate(words) if not (w in ARTICLES and i < len(words) - 1)]
    return " ".join(words)


def name_key(name: str) -> str:
    """The strict key of a name (see module docstring)."""
    return join_keys([word_key(w) for w in TOKEN_RE.findall(name)])


# Literal alternations first (str.replace is fast), then the ones that need context.
_LOOSE_LITERAL = (("kh", "h"), ("dh", "d"), ("gh", "g"), ("dj", "j"), ("ph", "f"), ("q", "k"),
                  ("ou", "u"), ("oo", "u"), ("ee", "i"))
_LOOSE_RULES = [
    (re.compile(r"e[iy]|ai|ay"), "ay"),
    (re.compile(r"(?<=[aeiou])y(?=[aeiou])|(?<=i)y(?=[aeiou])"), ""),
    (re.compile(r"([b-df-hj-np-tv-z])\1"), r"\1"),  # doubled consonants
    (re.compile(r"([aeiou])\1"), r"\1"),            # doubled vowels
    (re.compile(r"(?:eh|ah|e|a)$"), "a"),           # Jableh / Jablah / Jabla
]


@lru_cache(maxsize=1_000_000)
def loose_word(word_key_: str) -> str:
    """A word key with transliteration alternations folded (see module docstring)."""
    w = word_key_
    if not w.isascii():
        return w
    for a, b in _LOOSE_LITERAL:
        if a in w:
            w = w.replace(a, b)
    for rx, rep in _LOOSE_RULES:
        w = rx.sub(rep, w)
    return w


def loose_key(key: str) -> str:
    """The loose key of a strict key."""
    return " ".join(loose_word(w) for w in key.split(" "))


_WORD_RUN = re.compile(r"\w+")


# The only characters a case-insensitive pattern matches to an ASCII letter (İ ı ſ K, found
# by trying every code point; tests/test_text.py checks it): a text without them matches an
# ASCII word case-insensitively exactly where its lower-cased words hold that word.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def ascii_folding(text: str) -> bool:
    """True when case-insensitive matching of ASCII words in ``text`` is plain ``lower()``."""
    return text.isascii() or not _FOLDS_TO_ASCII.search(text)


def word_set(text: str) -> set[str] | None:
    """The words (runs of word characters) of a text, lower-cased; None for a text where
    case-insensitive matching folds letters that ``str.lower`` does not."""
    return set(_WORD_RUN.findall(text.lower())) if ascii_folding(text) else None


class WordGate:
    """``\\b(?:alternative|...)\\b``, case-insensitive, answered from a sentence's words
    (``word_set``) where it can be: an alternative of one word is in a sentence exactly when
    that word is one of its words, and one of several words can only be where all of them are,
    so the pattern, tried at every position of a text, runs only on the few sentences that hold
    the words of a phrase. ``alternatives`` are literal phrases; ``word_pattern`` instead is a
    regular expression of one-word alternatives ("sons?|m[ae]n"), whose answer per word is
    remembered."""

    _MAX_KNOWN = 200_000

    def __init__(self, alternatives: Iterable[str] = (), *, word_pattern: str | None = None):
        self._test = None
        self._yes: set[str] = set()  # words ``word_pattern`` was tried on: those it matches, and not
        self._no: set[str] = set()
        if word_pattern is not None:
            self.pattern = re.compile(rf"(?i)\b(?:{word_pattern})\b")
            self._test = re.compile(rf"(?i)(?:{word_pattern})").fullmatch
            self._single: frozenset[str] = frozenset()
            self._phrases = {}
            self._heads: frozenset[str] = frozenset()
            return
        alternatives = list(alternatives)
        self.pattern = re.compile(r"(?i)\b(?:" + alternation(alternatives) + r")\b")
        single, phrases = set(), set()
        for a in alternatives:
            ws = tuple(_WORD_RUN.findall(a.lower()))
            if len(ws) == 1 and ws[0] == a.lower():
                single.add(ws[0])  # a whole word: in the sentence exactly when among its words
            else:
                phrases.add(ws)  # "own life": possible only where all its words are; the pattern decides
        self._single = frozenset(single)
        self._phrases: dict[str, list[tuple[str, ...]]] = {}  # by first word: only those a sentence may hold are tried
        for ws in sorted(phrases):
            self._phrases.setdefault(ws[0] if ws else "", []).append(ws)
        self._heads = frozenset(self._phrases)  # (a set: intersected with a sentence's words, the smaller is walked)

    def search(self, text: str, words: set[str] | None | bool = False) -> bool:
        """Whether the pattern matches ``text`` (whose ``word_set`` may be given)."""
        if words is False:
            words = word_set(text)
        if words is None:
            return self.pattern.search(text) is not None
        if self._test is not None:
            yes, no = self._yes, self._no
            if not yes.isdisjoint(words):
                return True
            new = words - no
            if not new:
                return False
            if len(yes) + len(no) > self._MAX_KNOWN:
                yes.clear()
                no.clear()
            for w in new:
                if self._test(w) is not None:
                    yes.add(w)
                    return True
                no.add(w)
            return False
        if not self._single.isdisjoint(words):
            return True
        phrases = self._phrases
        if "" in phrases or any(all(w in words for w in p) for head in words & self._heads for p in phrases[head]):
            return self.pattern.search(text) is not None
        return False


# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "gen", "lt", "col", "capt", "cpt", "sgt",
    "maj", "cmdr", "adm", "gov", "sen", "rep", "pres", "rev", "hon", "jr", "sr", "vs",
    "inc", "co", "corp", "ltd", "dept", "univ", "ave", "blvd", "rd", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "al", "fig",
})
# ... and before a number only: "No. 10", "Art. 5", "Vol. 3", "Rs. 5,000" ("the answer was no. 10 people")
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "art", "vol", "p", "pp", "ch", "sec", "para", "op", "tel", "rs"})


def _letter(ch: str) -> bool:
    return ch.isalnum() and not ch.isdecimal()  # (a word character, no digit, no underscore)


def _last_word(text: str, lo: int, end: int) -> str:
    """The word, or dotted initialism ("U.S"), that ends at ``end`` (a full stop's position),
    starting no earlier than ``lo``; "" when a letter does not end there. A scan back over a
    few letters (a search for the same from every start in the window cost ~12 us a stop)."""
    i = end
    while i > lo and _letter(text[i - 1]):
        i -= 1
    if i == end:
        return ""
    while i - 2 >= lo and text[i - 1] == "." and _letter(text[i - 2]):  # "U.S": letters joined by single dots
        i -= 1
        while i > lo and _letter(text[i - 1]):
            i -= 1
    return text[i:end]
# (a full stop glued to the next sentence's first word, as pasted text has it, after a word in
# lower case: "in a pub.Four people were injured", "several bombs.4 police died"; not "U.S.Army",
# "Inc.The", "bbc.co.uk", "v.2", "Fig.4"); a sentence may open with a figure ("... killed 40.
# 10 fatalities."), not with a bare number ("No. 5", "page 3. 10")
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?=\s++[\"'“‘(\[]?(?:[^\W\d_]|\d[\d,]*\s+[a-z])|\s*+\Z)|\n+"
                       r"|\.(?<=[^\W\d_A-Z][a-z]{2}\.)(?=[A-Z][a-z]|\d{1,4}\s+[a-z])")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``, trimmed of white space.

    A newline always ends a sentence; a full stop does unless it closes an abbreviation
    ("Mr.", "Gen.") or a dotted initialism followed by a capital ("U.S. Secretary").
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group()[0] == ".":
            w = _last_word(text, max(s, m.start() - 40), m.start())
            word = w.casefold()
            if word in _ABBREVIATIONS or ("." in w and len(w) <= 5):
                continue
            if len(word) == 1 and word.isalpha():  # an initial: "George W. Bush"
                continue
            if word in _NUMBER_ABBREVIATIONS and w[:1].isupper() and text[m.end():m.end() + 2].strip()[:1].isdigit():
                continue
        e = m.end() if m.group()[0] != "\n" else m.start()
        _add_span(text, s, e, spans)
        s = m.end()
    _add_span(text, s, end, spans)
    return spans


# No sentence is longer than this: a longer run without a sentence end (a list, a table
# flattened to text, or hostile input) is cut at a clause or word boundary. Real sentences are
# far shorter (99.9% of LGL's and the tolls set's are under 500 characters), and a bound on
# the sentence bounds every per-sentence step, so an article is read in time linear in its
# length whatever it holds.
MAX_SENTENCE = 1000


def _add_span(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    while e - s > MAX_SENTENCE:
        hi = s + MAX_SENTENCE
        lo = s + MAX_SENTENCE // 2
        cut = max(text.rfind("; ", lo, hi), text.rfind(", ", lo, hi))
        cut = cut + 1 if cut >= 0 else text.rfind(" ", lo, hi)
        if cut <= s:
            cut = hi  # no space at all: a hard cut
        _add_span(text, s, cut, spans)
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        spans.append((s, e))
