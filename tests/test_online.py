"""The opt-in Nominatim fallback, against a local server that answers in Nominatim's JSON
format on 127.0.0.1 (never the internet)."""
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from geo.articles import parse_article
from geo.exc import GeocoderError
from geo.online import OnlineGeocoder

PLACES = {
    "qqxzv tahta": {"place_id": 1, "osm_type": "node", "osm_id": 4242, "lat": "35.61", "lon": "36.02",
                    "name": "Qqxzv Tahta", "display_name": "Qqxzv Tahta, Latakia, Syria", "addresstype": "village",
                    "type": "village", "address": {"village": "Qqxzv Tahta", "state": "Latakia", "country_code": "sy"}},
}


class Nominatim(BaseHTTPRequestHandler):
    requests: list = []

    def do_GET(self):
        u = urlparse(self.path)
        q = parse_qs(u.query)
        type(self).requests.append({"path": u.path, "query": q, "ua": self.headers.get("User-Agent"), "t": time.monotonic()})
        hit = PLACES.get(q.get("q", [""])[0].casefold())
        body = json.dumps([hit] if hit else []).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *a):
        pass


@pytest.fixture
def server():
    Nominatim.requests = []
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Nominatim)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_unresolved_names_are_geocoded_cached_and_rate_limited(server, tmp_path, resolver):
    geo = OnlineGeocoder(user_agent="geo-tests/1 (tests@example.org)", endpoint=server,
                         cache_path=tmp_path / "c.sqlite", min_delay_seconds=0.3)
    art = parse_article("Gunmen attacked the village of Qqxzv Tahta near Homs. Others fled to Zzqv Ulya.".encode(), "a.txt")
    result = resolver.resolve(art)
    assert {u.text for u in result.unresolved} == {"Qqxzv Tahta", "Zzqv Ulya"}
    ms = geo.resolve_unresolved(result)
    assert [(m.text, m.kind, m.source, m.country) for m in ms] == [("Qqxzv Tahta", "locality", "nominatim", "SY")]
    assert art.text[ms[0].start:ms[0].end] == "Qqxzv Tahta"
    reqs = Nominatim.requests
    assert len(reqs) == 2
    assert all(r["path"] == "/search" and r["ua"] == "geo-tests/1 (tests@example.org)" for r in reqs)
    assert reqs[0]["query"]["countrycodes"] == ["sy"]  # biased to the article's focus
    assert reqs[1]["t"] - reqs[0]["t"] >= 0.25  # RateLimiter spaced them
    # a second run, even a new geocoder on the same cache, asks nothing again
    geo2 = OnlineGeocoder(user_agent="geo-tests/1", endpoint=server, cache_path=tmp_path / "c.sqlite")
    assert [m.name for m in geo2.resolve_unresolved(result)] == ["Qqxzv Tahta"]
    assert len(Nominatim.requests) == 2 and geo2.requests == 0


def test_unreachable_server_is_a_clear_error(tmp_path):
    geo = OnlineGeocoder(endpoint="http://127.0.0.1:9", cache_path=tmp_path / "c.sqlite", min_delay_seconds=0, timeout=2)
    with pytest.raises(GeocoderError, match="cannot be reached"):
        geo.lookup("Somewhere")


def test_no_network_is_one_warning_line_in_the_cli(tmp_path):
    import subprocess
    import sys

    from conftest import ROOT, run_env

    p = tmp_path / "a.txt"
    p.write_text("Shelling hit the village of Qqxzv Tahta near Kirkuk on Monday.", encoding="utf-8")
    env = run_env()
    env["GEO_ONLINE_CACHE"] = str(tmp_path / "nominatim.sqlite")
    out = subprocess.run([sys.executable, "-m", "geo", "places", str(p), "--online", "--nominatim-url", "http://127.0.0.1:9"],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert out.returncode == 0
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("warning: online geocoding stopped: Nominatim cannot be reached")
    assert "Kirkuk" in out.stdout  # the offline places are kept


def test_off_by_default_in_the_cli(server, tmp_path):
    import subprocess
    import sys

    from conftest import ROOT, run_env

    p = tmp_path / "a.txt"
    p.write_text("Gunmen attacked the village of Qqxzv Tahta near Homs.", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "geo", "places", str(p), "--nominatim-url", server],
                         capture_output=True, text=True, cwd=ROOT, env=run_env(), timeout=300)
    assert out.returncode == 0 and "Qqxzv" not in out.stdout and not Nominatim.requests
    env = run_env()
    env["GEO_ONLINE_CACHE"] = str(tmp_path / "nominatim.sqlite")
    out = subprocess.run([sys.executable, "-m", "geo", "places", str(p), "--online", "--nominatim-url", server,
                          "--user-agent", "geo-tests/1"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    assert '"Qqxzv Tahta"' in out.stdout and len(Nominatim.requests) == 1
