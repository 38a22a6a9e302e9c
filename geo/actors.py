"""Armed groups named in a text, and the one country each fights in.

A report often names who fought but not where: "Boko Haram gunmen killed 12 villagers",
"an LTTE ambush left 8 soldiers dead". An analyst codes such a note to the group's country
(ACLED's and UCDP's coders do); ``geo.reports`` does the same when a text names no place of
its own, and says so (``PlaceBasis.GROUPS``); ``geo.toponyms`` takes the country as some evidence
of which town of a name is meant ("in Sevilla ... blamed the ELN": Colombia's), never of which
country or first-order area. The table is data, ``geo/data/armed_groups.csv``:
one row per group that fights (almost) only in one country, with its names and acronyms,
and its side (``state`` for forces of a state such as the Peshmerga: their dead are security
forces in a toll, where a non-state group's are fighters: "2 SDF members were killed").
Groups active across several countries (the Islamic State, al-Qaeda, Hezbollah, Hamas) are
left out on purpose, and so are acronyms that mean something else in ordinary news (RAF,
KIA, ADF, RSF, EPL, FSA): a wrong country is worse than none.

Names are matched as whole words, case-sensitive (acronyms are capitals; "Taliban" is not
"taliban"), the longest first, so "Pakistani Taliban" is not read as "Taliban".
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geo.exc import GazetteerError

GROUPS_CSV = Path(__file__).resolve().parent / "data" / "armed_groups.csv"
SIDES = ("non-state", "state")  # the table's ``side``: rebels, militias, gangs / forces of a state


@dataclass(frozen=True)
class GroupMention:
    """One armed group named in a text, with where it was named."""

    start: int
    end: int
    text: str
    group: str      # the table's name of the group
    country: str    # ISO 3166-1 alpha-2 of the country it fights in
    state: bool = False  # fights for a state ("Peshmerga"): its dead are security forces in a toll


class ArmedGroups:
    """The table of armed groups, as one compiled pattern over all their names."""

    def __init__(self, rows: list[dict[str, str]]):
        self.by_name: dict[str, tuple[str, str, bool]] = {}
        self._last: tuple[str, tuple[GroupMention, ...]] | None = None  # the last text found in, and what
        for row in rows:
            name, country = row["name"].strip(), row["country"].strip().upper()
            side = (row.get("side") or "non-state").strip()
            if not name or len(country) != 2 or side not in SIDES:
                raise GazetteerError(f"armed groups table: a row needs a name, a two-letter country and a side "
                                     f"({' or '.join(SIDES)}): {row!r}")
            # a name with a label in brackets ("National Liberation Army (Colombia)") is not
            # matched itself: the bare name is another group's too; its aliases are
            names = [] if name.endswith(")") else [name]
            names += [a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()]
            for n in names:
                self.by_name[n] = (name, country, side == "state")
        alts = sorted(self.by_name, key=len, reverse=True)
        # (a name is written with either apostrophe: "New People’s Army")
        # (the first letters ahead: most positions of a text fail there, before the alternation)
        first = "".join(sorted({re.escape(a[0]) for a in alts}))
        self._pattern = re.compile(r"(?=[%s])(?<![\w-])(?:%s)(?![\w-])" % (first, "|".join(
            re.escape(a).replace("'", "['’]") for a in alts))) if alts else None

    @classmethod
    def load(cls, path: Path = GROUPS_CSV) -> "ArmedGroups":
        try:
            with open(path, encoding="utf-8", newline="") as f:
                return cls(list(csv.DictReader(f)))
        except OSError as e:
            raise GazetteerError(f"cannot read the armed groups table {path}: {e}") from e

    def find(self, text: str) -> list[GroupMention]:
        """Every armed group named in ``text``, in text order."""
        if self._pattern is None:
            return []
        last = self._last  # (an article's text is read by the place step, the claims and the report)
        if last is not None and last[0] is text:
            return list(last[1])
        found = [self._mention(m) for m in self._pattern.finditer(text)]
        self._last = (text, tuple(found))
        return found

    def countries(self, text: str) -> set[str]:
        """The countries the armed groups named in ``text`` fight in."""
        return {g.country for g in self.find(text)}

    def at(self, text: str, pos: int) -> GroupMention | None:
        """The group named exactly at ``pos`` of ``text`` ("2 SDF members": at the words after
        the count), if any."""
        if self._pattern is None:
            return None
        m = self._pattern.match(text, pos)
        return None if m is None else self._mention(m)

    def _mention(self, m: re.Match) -> GroupMention:
        group, country, state = self.by_name[m.group().replace("’", "'")]
        return GroupMention(m.start(), m.end(), m.group(), group, country, state)


@lru_cache(maxsize=1)
def default_groups() -> ArmedGroups:
    return ArmedGroups.load()
