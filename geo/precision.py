"""Spatial precision codes and their mapping onto ACLED's and UCDP's codes.

geo's own code says how exactly a mention pins a place down; the table maps it onto
ACLED's ``geo_precision`` (1 = town or exact, 2 = near a town / small part of a region,
3 = only a larger region, whose capital or centre is used) and UCDP GED's ``where_prec``
(1 = exact, 2 = within ~25 km of a known point, 3 = second-order division, 4 = first-order
division, 5 = linear feature or several first-order divisions, 6 = country, 7 = waters).

=====  ==========================================  ====  ====
code   meaning                                     ACLED UCDP
=====  ==========================================  ====  ====
1      a landmark: base, square, plant, building   1     1
2      a locality: village, town, city             1     2
3      near a locality, or a second-order area     2     3
4      a first-order area (province, governorate)  3     4
5      a region made of several first-order areas  3     5
6      a country                                   3     6
=====  ==========================================  ====  ====
"""
from __future__ import annotations

LANDMARK, LOCALITY, NEAR_OR_ADMIN2, ADMIN1, REGION, COUNTRY = 1, 2, 3, 4, 5, 6

_BY_KIND = {"landmark": LANDMARK, "locality": LOCALITY, "admin2": NEAR_OR_ADMIN2,
            "admin1": ADMIN1, "region": REGION, "country": COUNTRY}
_ACLED = {1: 1, 2: 1, 3: 2, 4: 3, 5: 3, 6: 3}
_UCDP = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}
LABELS = {1: "landmark", 2: "locality", 3: "near locality / district", 4: "province",
          5: "multi-province region", 6: "country"}


def precision_for(kind: str, near: bool = False, parts: int = 0) -> int:
    """geo's precision code for a place of ``kind``; ``near`` for "near X", "outside X";
    a region of one admin-1 area counts as that area."""
    code = _BY_KIND.get(kind, LOCALITY)
    if kind == "region" and parts <= 1:
        code = ADMIN1
    if near and code <= LOCALITY:
        code = NEAR_OR_ADMIN2
    return code


def acled_geo_precision(code: int) -> int:
    return _ACLED[code]


def ucdp_where_prec(code: int) -> int:
    return _UCDP[code]
