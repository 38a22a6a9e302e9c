"""Reading GeoNames dumps (the 19-column ``.txt`` format, or a country ``.zip`` of it).

I/O only: rows come out as ``GeoNamesRow``; what they become in the gazetteer is decided
in ``geo.gazetteer``. Format: https://download.geonames.org/export/dump/readme.txt
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from geo.exc import GeoNamesFormatError

COLUMNS = 19


@dataclass(frozen=True, slots=True)
class GeoNamesRow:
    """The fields of one GeoNames row that the gazetteer uses."""

    geonameid: int
    name: str
    asciiname: str
    alternatenames: tuple[str, ...]
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country: str
    admin1: str
    population: int


def _text_lines(path: Path) -> Iterator[str]:
    if path.suffix.lower() == ".zip":
        try:
            zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            raise GeoNamesFormatError(f"{path}: not a valid zip file") from None
        with zf:
            members = [n for n in zf.namelist() if n.lower().endswith(".txt") and "readme" not in n.lower()]
            if len(members) != 1:
                raise GeoNamesFormatError(f"{path}: expected one GeoNames .txt inside, found {members or 'none'}")
            with zf.open(members[0]) as f:
                yield from io.TextIOWrapper(f, encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as f:
            yield from f


def read_geonames(path: str | Path) -> Iterator[GeoNamesRow]:
    """Rows of a GeoNames dump; raises GeoNamesFormatError naming the first bad line."""
    path = Path(path)
    if not path.is_file():
        raise GeoNamesFormatError(f"{path}: no such file")
    try:
        for n, line in enumerate(_text_lines(path), 1):
            if not line.strip() or line.startswith("#"):
                continue
            f = line.rstrip("\n").split("\t")
            if len(f) != COLUMNS:
                raise GeoNamesFormatError(
                    f"{path}, line {n}: {len(f)} tab-separated columns, a GeoNames dump has {COLUMNS}")
            try:
                row = GeoNamesRow(
                    geonameid=int(f[0]), name=f[1].strip(), asciiname=f[2].strip(),
                    alternatenames=tuple(a.strip() for a in f[3].split(",") if a.strip()),
                    lat=float(f[4]), lon=float(f[5]), feature_class=f[6].strip(),
                    feature_code=f[7].strip(), country=f[8].strip().upper(), admin1=f[10].strip(),
                    population=int(f[14] or 0),
                )
            except ValueError as e:
                raise GeoNamesFormatError(f"{path}, line {n}: {e}") from None
            if not (-90 <= row.lat <= 90 and -180 <= row.lon <= 180) or not row.name:
                raise GeoNamesFormatError(f"{path}, line {n}: no name or coordinates out of range")
            yield row
    except UnicodeDecodeError:
        raise GeoNamesFormatError(f"{path}: not UTF-8 text") from None
