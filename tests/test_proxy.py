"""The shipped nginx configuration (deploy/nginx), run for real in front of a real dashboard:
before login nothing of the app is reachable, not the page, not its websocket, not uploads or
media; after login everything works through it; bodies and request rates are capped.

The files are used as shipped; the test only points them at its own ports and files (no TLS
certificate here: it listens on plain HTTP on 127.0.0.1)."""
from __future__ import annotations

import base64
import hashlib
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import ARTICLES, ROOT, free_port, start_dashboard

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
pytestmark = pytest.mark.skipif(not Path(NGINX).exists(), reason="nginx is not installed")
DEPLOY = ROOT / "deploy" / "nginx"


def ssha(password: str) -> str:
    salt = os.urandom(8)
    return "{SSHA}" + base64.b64encode(hashlib.sha1(password.encode() + salt).digest() + salt).decode()


def run_nginx(tmp: Path, login_file: str, app_port: int) -> tuple[subprocess.Popen, int]:
    """nginx with the shipped site and ``login_file``, pointed at the app on ``app_port``."""
    port = free_port()
    login = (DEPLOY / login_file).read_text(encoding="utf-8").replace("/etc/nginx/geo.htpasswd", str(tmp / "geo.htpasswd"))
    (tmp / "geo-login.conf").write_text(login, encoding="utf-8")
    site = (DEPLOY / "geo.conf").read_text(encoding="utf-8")
    site = site.replace("listen 443 ssl;", f"listen 127.0.0.1:{port};").replace("127.0.0.1:8501", f"127.0.0.1:{app_port}")
    site = site.replace("/etc/nginx/geo-login.conf", str(tmp / "geo-login.conf"))
    site = "\n".join(line for line in site.splitlines() if not line.strip().startswith("ssl_certificate"))
    (tmp / "geo.conf").write_text(site, encoding="utf-8")
    temp = {k: tmp / k for k in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    for d in temp.values():
        d.mkdir(exist_ok=True)
    (tmp / "nginx.conf").write_text(f"""
daemon off; master_process off; worker_processes 1; pid {tmp}/nginx.pid; error_log {tmp}/error.log warn;
events {{ worker_connections 256; }}
http {{
  access_log {tmp}/access.log;
  client_body_temp_path {temp['body']}; proxy_temp_path {temp['proxy']}; fastcgi_temp_path {temp['fastcgi']};
  uwsgi_temp_path {temp['uwsgi']}; scgi_temp_path {temp['scgi']};
  include {tmp}/geo.conf;
}}
""", encoding="utf-8")
    check = subprocess.run([NGINX, "-t", "-c", str(tmp / "nginx.conf")], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    nginx = subprocess.Popen([NGINX, "-c", str(tmp / "nginx.conf")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    return nginx, port


@pytest.fixture(scope="module")
def proxy(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("proxy")
    app_port = free_port()
    env = dict(os.environ, GEO_ARTICLES=str(ARTICLES), GEO_STORE_DIR=str(tmp / "store"), GEO_ALIASES=str(tmp / "a.csv"),
               PYTHONPATH=str(ROOT))
    app = start_dashboard(env, app_port)
    (tmp / "geo.htpasswd").write_text(f"ana:{ssha('orbit lantern pickle')}\n", encoding="utf-8")
    nginx, port = run_nginx(tmp, "geo-login-basic.conf", app_port)
    yield {"url": f"http://127.0.0.1:{port}", "port": port, "tmp": tmp, "app_port": app_port}
    nginx.kill()
    app.kill()


AUTH = "Basic " + base64.b64encode(b"ana:orbit lantern pickle").decode()


def status(url: str, method: str = "GET", data: bytes | None = None, auth: bool = False) -> int:
    req = urllib.request.Request(url, data=data, method=method, headers={"Authorization": AUTH} if auth else {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


@pytest.mark.parametrize("path, method", [("/", "GET"), ("/_stcore/health", "GET"), ("/_stcore/host-config", "GET"),
                                          ("/_stcore/upload_file/s/f", "PUT"), ("/media/abc.sqlite", "GET"),
                                          ("/app/static/vendor/leaflet/leaflet.js", "GET")])
def test_nothing_of_the_app_is_reachable_before_login(proxy, path, method):
    before = (proxy["tmp"] / "access.log").read_text(encoding="utf-8") if (proxy["tmp"] / "access.log").exists() else ""
    data = b"x" * 1_000_000 if method == "PUT" else None
    assert status(proxy["url"] + path, method, data) == 401
    for _ in range(50):  # the line is written once nginx has finished with the request
        log = (proxy["tmp"] / "access.log").read_text(encoding="utf-8")[len(before):]
        if log:
            break
        time.sleep(0.1)
    assert f'"{method} {path} ' in log and '" 401 ' in log  # answered by the proxy itself


def test_the_websocket_needs_the_login_too(proxy):
    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect

    with pytest.raises(InvalidStatus) as refused:
        connect(f"ws://127.0.0.1:{proxy['port']}/_stcore/stream", subprotocols=["streamlit"], open_timeout=30)
    assert refused.value.response.status_code == 401
    with connect(f"ws://127.0.0.1:{proxy['port']}/_stcore/stream", subprotocols=["streamlit"], open_timeout=30,
                 additional_headers={"Authorization": AUTH}) as ws:
        ws.ping().wait(10)  # upgraded through the proxy, and the app accepts the forwarded Host


def test_after_login_the_app_answers_through_the_proxy(proxy):
    assert status(proxy["url"] + "/_stcore/health", auth=True) == 200
    assert status(proxy["url"] + "/", auth=True) == 200


def test_bodies_over_the_cap_are_refused_at_the_proxy(proxy):
    assert status(proxy["url"] + "/_stcore/upload_file/s/f", "PUT", b"x" * 7_000_000, auth=True) == 413


def test_a_flood_from_one_client_is_slowed(proxy):
    codes = [status(proxy["url"] + "/_stcore/health", auth=True) for _ in range(200)]
    assert 429 in codes and codes[0] == 200


def test_the_identity_provider_variant_fails_closed_without_its_login_service(proxy, tmp_path):
    """geo-login-oauth2.conf is valid nginx; with no oauth2-proxy answering, nothing of the
    app is reachable (the login check fails, so the request does)."""
    nginx, port = run_nginx(tmp_path, "geo-login-oauth2.conf", proxy["app_port"])
    try:
        for path in ("/", "/_stcore/health", "/media/x.csv"):
            assert status(f"http://127.0.0.1:{port}{path}") >= 500
        assert status(f"http://127.0.0.1:{port}/_stcore/upload_file/s/f", "PUT", b"x" * 100_000) >= 500
    finally:
        nginx.kill()
