"""The dashboard's view (sources, filters, the area, toll rule, layers, the locality chosen on the map) as URL
query parameters, so a colleague opens the same view from a link.

Only what differs from the default view is written (a link to the whole map is the bare
address). The parameters are untrusted input: every value is checked against what the page
offers when it is used (an unknown source, reporter or layer is ignored, never an error), and
oversized or malformed parameters are dropped whole.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

SEP = "~"             # between a list's values (never in an article id, a reporter's name rarely)
MAX_PARAM = 8_000     # characters of one parameter read at most
MAX_ITEMS = 2_000     # values of one list read at most
_ID = re.compile(r"[0-9a-f]{8,64}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# a locality's place id ("gn:170794", "a1:SY.02", "a2:FR.27.Cote-d'Or_Department", "region:a1:SY.02+a1:SY.14");
# only ever compared with the ids of the localities drawn
_PLACE_ID = re.compile(r"[\w.:+'/-]{1,300}")

# parameter -> View field (lists)
LISTS = {"sources": "sources", "reporters": "reporters", "events": "events", "victims": "victims", "layers": "layers"}


@dataclass(frozen=True)
class View:
    """What a link asks for; None means the default (everything, or the page's own default)."""

    sources: tuple[str, ...] | None = None     # article ids shown
    reporters: tuple[str, ...] | None = None
    events: tuple[str, ...] | None = None
    victims: tuple[str, ...] | None = None
    dates: tuple[str, str] | None = None       # ISO first and last day
    rule: str | None = None
    layers: tuple[str, ...] | None = None
    place: str | None = None                   # the locality the tables are narrowed to (its place id)
    area: str | None = None                    # the country or first-order area the map is narrowed to (its id)


def _one(params: Mapping[str, object], key: str) -> str | None:
    v = params.get(key)
    if isinstance(v, (list, tuple)):
        v = v[-1] if v else None
    if not isinstance(v, str) or not v or len(v) > MAX_PARAM:
        return None
    return v


def _split(v: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(x.strip() for x in v.split(SEP)[:MAX_ITEMS] if x.strip()))


def parse(params: Mapping[str, object]) -> View:
    """The view a link's query parameters ask for (``st.query_params``, or any mapping)."""
    got: dict[str, object] = {}
    for key, field in LISTS.items():
        v = _one(params, key)
        if v is not None:
            items = _split(v)
            if field == "sources":
                items = tuple(x for x in items if _ID.fullmatch(x))
            got[field] = items
    v = _one(params, "dates")
    if v is not None:
        lo, _, hi = v.partition("..")
        if _DAY.fullmatch(lo) and _DAY.fullmatch(hi) and _iso(lo) and _iso(hi) and lo <= hi:
            got["dates"] = (lo, hi)
    v = _one(params, "rule")
    if v is not None and len(v) <= 20:
        got["rule"] = v
    for key in ("place", "area"):
        v = _one(params, key)
        if v is not None and _PLACE_ID.fullmatch(v):
            got[key] = v
    return View(**got)


def _iso(day: str) -> bool:
    try:
        dt.date.fromisoformat(day)
    except ValueError:
        return False
    return True


def encode(view: View) -> dict[str, str]:
    """The query parameters of ``view`` (only its fields that are set)."""
    out = {}
    for key, field in LISTS.items():
        v = getattr(view, field)
        if v is not None:
            out[key] = SEP.join(v)
    if view.dates is not None:
        out["dates"] = f"{view.dates[0]}..{view.dates[1]}"
    if view.rule is not None:
        out["rule"] = view.rule
    for key in ("place", "area"):
        if getattr(view, key) is not None:
            out[key] = getattr(view, key)
    return out


def pick(wanted: Iterable[str] | None, options: list[str], default: list[str] | None = None) -> list[str]:
    """What of ``wanted`` the page offers, in the page's order; ``default`` (else every option)
    when a link asks for nothing the page has."""
    fallback = list(options) if default is None else [o for o in default if o in options]
    if wanted is None:
        return fallback
    want = set(wanted)
    chosen = [o for o in options if o in want]
    return chosen or fallback


def unless_default(chosen: Iterable[str], default: Iterable[str]) -> tuple[str, ...] | None:
    """``chosen`` for a link, or None when it is the default (a link says only what differs)."""
    chosen = tuple(chosen)
    return None if set(chosen) == set(default) else chosen


def clamp_dates(dates: tuple[str, str] | None, lo: dt.date, hi: dt.date) -> tuple[dt.date, dt.date]:
    """A link's date range inside the page's (lo, hi); the whole range when it asks for none."""
    if dates is None:
        return lo, hi
    a, b = max(lo, dt.date.fromisoformat(dates[0])), min(hi, dt.date.fromisoformat(dates[1]))
    return (a, b) if a <= b else (lo, hi)
