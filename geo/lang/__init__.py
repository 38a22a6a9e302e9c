"""Language packs: the words and patterns the rules read, as data, one package per language.

``geo/lang/en/`` holds English: ``places`` (what a capitalised word is when it is not a place,
qualifiers, actor nouns), ``numbers`` (number words, vague amounts, qualifiers), ``tolls``
(person and outcome nouns, the grammar of a toll), ``events`` (event-type triggers), ``dates``
(months, weekdays, relative days), ``attribution`` (reporting verbs, kinds of reporter) and
``pages`` (a copied web page's links to other stories, left out of what is read; records
pasted as "field: value" lines). The
rules (``geo.numbers``, ``geo.tolls``, ``geo.events``, ``geo.dates``, ``geo.attribution``,
``geo.toponyms``) compile them; a new pattern is a data change plus a test, and a new language
a new package with the same modules, found here by its code.
"""
from __future__ import annotations

from importlib import import_module
from types import SimpleNamespace

DEFAULT = "en"
PARTS = ("places", "numbers", "tolls", "events", "dates", "attribution", "pages")
_LOADED: dict[str, SimpleNamespace] = {}


def get(code: str = DEFAULT) -> SimpleNamespace:
    """The language pack ``code``: one attribute per part (``get("en").tolls.PERSON_NOUNS``)."""
    if code not in _LOADED:
        try:
            parts = {p: import_module(f"{__name__}.{code}.{p}") for p in PARTS}
        except ModuleNotFoundError as e:
            raise LookupError(f"no language pack {code!r} (geo/lang/{code}/ with {', '.join(PARTS)})") from e
        _LOADED[code] = SimpleNamespace(code=code, **parts)
    return _LOADED[code]
