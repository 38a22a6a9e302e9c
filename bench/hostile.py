"""Time per KB of hostile articles as they grow, beside news-like text of the same size.

    python bench/hostile.py [--sizes 10 30 100 300] [--cases NAME ...]

Each case is one article built to hit a place where reading could be worse than linear: long
runs without a sentence end, of numbers, ranges, capitalised names, reporting verbs, kin lists,
organisations; metadata lines of white space; a 300-kilobyte number; HTML that is all angle
brackets. An article is read as a server reads an upload (``parse_article``, ``read_corpus``
with no time budget, ``build_map``), in this process, one size after the other. The baseline,
in the same run, is news-like text (the bundled articles' sentences reshuffled, places and
numbers swapped: ``bench/speed.py``) cut to the same sizes.

Linear reading means the milliseconds per KB stay flat from 10 KB to 300 KB: the last column
is the 300 KB figure over the 10 KB one (1.0 = flat; a quadratic step would make it 30).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from geo.articles import parse_article  # noqa: E402
from geo.gazetteer import Gazetteer  # noqa: E402
from geo.pipeline import Limits, build_map, read_corpus  # noqa: E402

R = random.Random(5)
CAPS = ["Aleppo", "Homs", "Hama", "Latakia", "Idlib", "Damascus", "Tartus", "Jableh", "Baniyas", "Raqqa", "Deir", "Daraa"]
NAMES = ["John", "Smith", "Peter", "Brown", "Ahmed", "Hassan", "Maria", "Lopez", "Chen", "Wei"]


def words(n: int, pick) -> str:
    out, size = [], 0
    while size < n:
        w = pick()
        out.append(w)
        size += len(w) + 1
    return " ".join(out)


CASES = {
    "date line of spaces": lambda n: "date" + " " * n,
    "source lines": lambda n: "source: x\n" * (n // 10) + "y",
    '"12 " repeated': lambda n: "12 " * (n // 3),
    "numbers": lambda n: words(n, lambda: str(R.randint(1, 999))),
    "between X and Y": lambda n: words(n, lambda: f"between {R.randint(1, 99)} and {R.randint(100, 999)}"),
    "place names": lambda n: words(n, lambda: R.choice(CAPS)),
    "person and place names": lambda n: words(n, lambda: R.choice(NAMES + CAPS)),
    "killed N civilians and": lambda n: words(n, lambda: f"killed {R.randint(1, 999)} {R.choice(['civilians', 'soldiers', 'people'])} and"),
    "kin lists": lambda n: words(n, lambda: f"his {R.choice(['two', 'three', 'four'])} {R.choice(['brothers', 'sons', 'daughters'])} and"),
    "reporting verbs": lambda n: words(n, lambda: R.choice(["said", "the Observatory said", "according to", "reported", "Ministry"])),
    "organisations": lambda n: " ".join(f"The Office for Thing{i} of Place{i} said {R.randint(2, 99)} people were killed." for i in range(n // 60)),
    "one line of sentences": lambda n: " ".join(f"Gunmen killed {R.randint(1, 999)} people in {R.choice(CAPS)}." for _ in range(n // 35)),
    "lines of sentences": lambda n: "\n".join(f"Gunmen killed {R.randint(1, 999)} people in {R.choice(CAPS)}." for _ in range(n // 35)),
    "initials": lambda n: words(n, lambda: R.choice("ABCDEFGHIJ") + "."),
    "a 300 KB number": lambda n: "1" * n + " civilians were killed",
    "full stops, then spaces": lambda n: "." * (n // 2) + " " * (n // 2) + "x",
    "quotes and names": lambda n: words(n, lambda: R.choice(['"', "'", "“", "”", "Homs", "said", "."])),
    "Arabic script": lambda n: words(n, lambda: R.choice(["حلب", "حمص", "وحماة", "قتل", "٣", "اللاذقية"])),
    "HTML: angle brackets": lambda n: "<html>" + "<" * n,
    "HTML: open comment": lambda n: "<html><!--" + "a" * n,
    "HTML: paragraphs": lambda n: "<html>" + "".join(f"<p>Gunmen killed {R.randint(1, 999)} people in {R.choice(CAPS)}.</p>" for _ in range(n // 48)),
}


def news(n: int, pool: list[str]) -> str:
    out, size = [], 0
    while size < n:
        t = pool[len(out) % len(pool)]
        out.append(t)
        size += len(t) + 2
    return "\n\n".join(out)[:n]


def read(text: str, gaz: Gazetteer, html: bool) -> float:
    t0 = time.perf_counter()
    a = parse_article(text.encode("utf-8"), "x.html" if html else "x.txt", max_bytes=10**8)
    corpus = read_corpus([a], gaz, limits=Limits(max_chars=10**7, seconds=None))
    build_map(corpus, gaz)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 30, 100, 300], help="article sizes in KB")
    ap.add_argument("--cases", nargs="*", help="only these cases (names as listed)")
    args = ap.parse_args()
    from speed import synthetic_texts

    gaz = Gazetteer.load()
    pool = synthetic_texts(200)
    cases = {"news-like text (baseline)": lambda n: news(n, pool), **CASES}
    if args.cases:
        cases = {k: v for k, v in cases.items() if k in args.cases or k.startswith("news")}
    sizes = sorted(args.sizes)
    head = ["case", *[f"{s} KB" for s in sizes], "300/10"]
    rows = []
    for name, make in cases.items():
        per_kb = []
        for kb in sizes:
            secs = read(make(kb * 1000), gaz, name.startswith("HTML"))
            per_kb.append(secs * 1000 / kb)
        rows.append([name, *[f"{x:.1f} ms/KB" for x in per_kb], f"x{per_kb[-1] / per_kb[0]:.2f}"])
        print(" | ".join(rows[-1]), file=sys.stderr, flush=True)
    w = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    print()
    for r in [head, *rows]:
        print("  ".join(x.ljust(w[i]) for i, x in enumerate(r)).rstrip())


if __name__ == "__main__":
    main()
