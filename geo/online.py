"""Opt-in online fallback: names the offline gazetteer lacks, sent to Nominatim via geopy.

Off unless asked for (``--online``). Nominatim's usage policy is followed: a real
User-Agent, at most one request per second (geopy's RateLimiter), and every answer cached
on disk (an SQLite file in the user cache directory, or ``$GEO_ONLINE_CACHE``) so that a name is asked once, ever.
Answers are biased to the article's focus countries and kept only when they are a place
of a kind geo maps.
"""
from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from geo import __version__
from geo.exc import GeocoderError
from geo.precision import precision_for

if TYPE_CHECKING:
    from geo.toponyms import ArticlePlaces, Mention

DEFAULT_USER_AGENT = f"geo/{__version__} (offline-first incident mapper; set --user-agent to your contact)"

# Nominatim's addresstype / type -> geo's kind
_KIND = {
    "country": "country", "state": "admin1", "province": "admin1", "region": "admin1",
    "state_district": "admin2", "county": "admin2", "district": "admin2", "municipality": "admin2",
    "city": "locality", "town": "locality", "village": "locality", "hamlet": "locality",
    "suburb": "locality", "neighbourhood": "locality", "quarter": "locality", "borough": "locality",
    "isolated_dwelling": "locality", "city_district": "locality",
}


class GeocodeCache:
    """name + countries -> Nominatim's answer (or None), persisted in SQLite."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self.db = sqlite3.connect(str(path), check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS answers (query TEXT PRIMARY KEY, answer TEXT)")

    def get(self, query: str) -> tuple[bool, dict | None]:
        with self._lock:
            row = self.db.execute("SELECT answer FROM answers WHERE query = ?", (query,)).fetchone()
        return (False, None) if row is None else (True, json.loads(row[0]))

    def put(self, query: str, answer: dict | None) -> None:
        with self._lock, self.db:
            self.db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?)", (query, json.dumps(answer)))


class OnlineGeocoder:
    """Nominatim through geopy, rate-limited and cached. ``endpoint`` is for tests
    (a local server speaking Nominatim's JSON): ``http://127.0.0.1:PORT``."""

    def __init__(self, user_agent: str | None = None, endpoint: str | None = None,
                 cache_path: Path | None = None, min_delay_seconds: float = 1.0, timeout: float = 10.0):
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim

        from geo.gazetteer import cache_dir

        kwargs = {"user_agent": user_agent or DEFAULT_USER_AGENT, "timeout": timeout}
        if endpoint:
            scheme, _, domain = endpoint.partition("://")
            kwargs.update(domain=domain.rstrip("/"), scheme=scheme)
        self.nominatim = Nominatim(**kwargs)
        # geopy's rate limiter logs each failed try with its whole traceback; the failure itself
        # reaches the caller as one GeocoderError, which says what went wrong
        if logging.getLogger("geopy").level == logging.NOTSET:
            logging.getLogger("geopy").setLevel(logging.CRITICAL)
        # swallow_exceptions=False: a network failure must surface, not look like "no result"
        self._geocode = RateLimiter(self.nominatim.geocode, min_delay_seconds=min_delay_seconds,
                                    max_retries=1, swallow_exceptions=False)
        if cache_path is None:
            env = os.environ.get("GEO_ONLINE_CACHE")
            cache_path = Path(env) if env else cache_dir() / "nominatim.sqlite"
        self.cache = GeocodeCache(cache_path)
        self.requests = 0

    def lookup(self, name: str, countries: list[str] | None = None) -> dict | None:
        """Nominatim's best answer for ``name`` (raw JSON dict), or None; cached."""
        cc = ",".join(sorted(c.lower() for c in countries or []))
        query = f"{name.strip().casefold()}|{cc}"
        hit, answer = self.cache.get(query)
        if hit:
            return answer
        from geopy.exc import GeocoderTimedOut, GeocoderUnavailable, GeopyError

        try:
            loc = self._geocode(name, exactly_one=True, addressdetails=True, language="en",
                                country_codes=cc.split(",") if cc else None)
        except (GeocoderUnavailable, GeocoderTimedOut) as e:
            cause = str(e).rsplit("] ", 1)[-1].rstrip("'\")") if "] " in str(e) else type(e).__name__
            raise GeocoderError(f"Nominatim cannot be reached ({cause}); is there a network?") from None
        except GeopyError as e:
            raise GeocoderError(f"Nominatim lookup of {name!r} failed: {e}") from None
        self.requests += 1
        answer = loc.raw if loc is not None else None
        self.cache.put(query, answer)
        return answer

    def resolve_unresolved(self, result: "ArticlePlaces") -> list["Mention"]:
        """Mentions for the article's unresolved names that Nominatim knows."""
        from geo.toponyms import Mention

        countries = [c for c, share in result.focus.items() if share >= 0.2][:3]
        out = []
        for u in result.unresolved:
            ans = self.lookup(u.text, countries)
            if not ans:
                continue
            kind = _KIND.get(ans.get("addresstype") or ans.get("type") or "", None)
            if kind is None:
                continue
            addr = ans.get("address") or {}
            out.append(Mention(
                article=u.article, path=result.article.path, start=u.start, end=u.end, text=u.text,
                place_id=f"osm:{ans.get('osm_type', 'x')[:1]}{ans.get('osm_id', '')}",
                name=(ans.get("name") or ans.get("display_name", u.text).split(",")[0]),
                lat=float(ans["lat"]), lon=float(ans["lon"]), kind=kind, precision=precision_for(kind),
                country=(addr.get("country_code") or "").upper(), admin1=addr.get("state", ""),
                score=0.5, role="location", role_cue=f"online:{u.cue}", sentence_start=u.sentence_start,
                sentence_end=u.sentence_end, source="nominatim",
            ))
        return out
