"""Patterns that skip texts they cannot match, by the words every match must contain.

Most of a sentence's patterns find nothing in it: "later died" is in few sentences, but its
pattern is tried at every position of every sentence. ``gated(pattern)`` compiles the pattern
at its first use, reads its syntax tree then, and finds a few strings of which every match must
contain one (for ``(?i)\\b(?:one|two)\\s+of\\s+them\\s+(?:later\\s+)?died``: "them", the first of
the longest); a text that holds none of them, lower-cased, is not searched. The answer is the
pattern's own, exactly: the strings are only ever what the pattern itself requires, and a text
whose case-insensitive matching folds letters that ``str.lower`` does not
(``geo.text.ascii_folding``) is always searched.
"""
from __future__ import annotations

import re
import sys
from re import _constants as sre  # the parser's node kinds (stable since Python 3.11)
from re import _parser as sre_parse

from geo.text import ascii_folding

# A pattern is gated only where its strings are few and long enough to be rare: a test of
# more, or shorter, costs about what the search it would save.
MAX_STRINGS = 128
MIN_LENGTH = 2

_ATOMIC = getattr(sre, "ATOMIC_GROUP", object())
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two sets of required strings (either one is enough), the rarer: longer shortest
    string, then fewer strings."""
    if a is None or b is None:
        return b if a is None else a
    return b if (min(map(len, b)), -len(b)) > (min(map(len, a)), -len(a)) else a


def _required(items) -> frozenset[str] | None:
    """Strings (lower-case ASCII) one of which every match of the parsed sequence ``items``
    contains; None when the sequence requires none that can be told."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL and chr(av).isascii():
            run.append(chr(av).lower())  # (a literal of a case-sensitive pattern too: a lower-cased text holds it lower-cased)
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        if op is sre.SUBPATTERN:
            found = _required(av[-1])
        elif op is _ATOMIC:
            found = _required(av)
        elif op is sre.BRANCH:
            branches = [_required(b) for b in av[1]]
            found = None if any(b is None for b in branches) else frozenset().union(*branches)
        elif op in _REPEATS:
            found = _required(av[2]) if av[0] >= 1 else None
        else:  # a class, any character, an anchor, a look-around, a back-reference: requires nothing told
            found = None
        best = _better(best, found)
    if run:
        best = _better(best, frozenset(["".join(run)]))
    return best


def required_strings(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings (lower-case ASCII) one of which every match of ``pattern`` contains, or None."""
    return _required(sre_parse.parse(pattern.pattern, pattern.flags))


class GatedPattern:
    """A pattern that answers "no match" at once for a text lacking all of its required
    strings; otherwise the pattern's own answer. Has the methods of ``re.Pattern`` the rules
    use. It is compiled, and its syntax tree read, at its first use (a process that never uses
    a rule does not pay for it: ``geo`` starts faster); from then on each method is the
    instance's own, the plain pattern's where there is nothing to gate by."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self._flags = pattern, flags

    def _compile(self) -> None:
        rx = re.compile(self.pattern, self._flags)
        strings = required_strings(rx)
        if not strings or len(strings) > MAX_STRINGS or min(map(len, strings)) < MIN_LENGTH:
            strings = None
        self.rx, self.strings = rx, None if strings is None else tuple(sorted(strings, key=len))
        self.flags, self.groups, self.groupindex = rx.flags, rx.groups, rx.groupindex
        # (anchored: a match at a position fails fast on its own)
        self.match, self.fullmatch = rx.match, rx.fullmatch
        if strings is None:
            self.search, self.finditer, self.findall, self.sub, self.split = rx.search, rx.finditer, rx.findall, rx.sub, rx.split
        else:
            self.search, self.finditer, self.findall, self.sub, self.split = \
                self._search, self._finditer, self._findall, self._sub, self._split

    def __getattr__(self, name: str):  # rx, strings, flags, groups, groupindex before the first use
        if name.startswith("__") or name in ("pattern", "_flags"):
            raise AttributeError(name)
        self._compile()
        return object.__getattribute__(self, name)

    # the gated methods
    def _may(self, text: str, pos: int, endpos: int) -> bool:
        last = _LOWERED[0]
        low = last[1] if last[0] is text else _lowered(text)
        if low is None:
            return True
        if pos > 0 or endpos < len(text):  # a window of the text (``_lowered`` keeps every character's place)
            low = low[max(0, pos):endpos]  # (a negative start is the start, as ``re`` reads it)
        for s in self.strings:
            if s in low:
                return True
        return False

    def _search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.rx.search(text, pos, endpos) if self._may(text, pos, endpos) else None

    def _finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.rx.finditer(text, pos, endpos) if self._may(text, pos, endpos) else iter(())

    def _findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.rx.findall(text, pos, endpos) if self._may(text, pos, endpos) else []

    def _sub(self, repl, text: str, count: int = 0):
        return self.rx.sub(repl, text, count) if self._may(text, 0, sys.maxsize) else text

    def _split(self, text: str, maxsplit: int = 0):
        return self.rx.split(text, maxsplit) if self._may(text, 0, sys.maxsize) else [text]

    def __repr__(self) -> str:
        return f"gated({self.pattern!r})"


def _first_use(name: str):
    """A method's first use on a gated pattern: compile it, then call the instance's own."""
    def method(self: GatedPattern, *args, **kwargs):
        self._compile()
        return getattr(self, name)(*args, **kwargs)

    method.__name__ = method.__qualname__ = name
    return method


for _name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split"):
    setattr(GatedPattern, _name, _first_use(_name))


# The texts lower-cased last (a sentence, and the article it is in, are tried by many patterns
# in a row), by identity.
_LOWERED: list[tuple[str, str | None]] = [("", "")]
_KEEP = 4


def _lowered(text: str) -> str | None:
    """``text`` lower-cased, each character in its place; None for a text whose
    case-insensitive matching folds letters that ``str.lower`` does not (among them "İ", the
    one letter whose lower case is two characters)."""
    for t, low in _LOWERED:
        if t is text:
            return low
    low = text.lower() if ascii_folding(text) else None
    _LOWERED.insert(0, (text, low))
    del _LOWERED[_KEEP:]
    return low


def gated(pattern: str, flags: int = 0) -> GatedPattern:
    """``pattern``, compiled at its first use and gated by its required strings where they
    are few and long enough to pay."""
    return GatedPattern(pattern, flags)
