"""OpenID Connect login end to end: a server configured as the README's Hosting section says
(`[auth]` + `[geo] allowed_emails / allowed_domains` in secrets.toml, GEO_HOSTED=1), a real
Chromium, and a local identity provider (tests/oidc_provider.py) that signs real ID tokens.
An allowed address logs in and sees the data; a refused, unverified or forged one sees none."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import CHROMIUM, MAP, ROOT, free_port, metric, start_dashboard
from geo.store import Store
from oidc_provider import OIDCProvider

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")
LEAKS = ("Incidents and tolls", "Killed", "Latakia", "Upload articles", "Sources")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("oidc")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    idp = OIDCProvider("geo-dashboard", "client-secret-for-tests", f"{base}/oauth2callback")
    secrets = tmp / "secrets.toml"
    secrets.write_text(f"""[geo]
hosted = true
allowed_emails = ["ana@team.example"]
allowed_domains = ["partner.example"]

[auth]
redirect_uri = "{base}/oauth2callback"
cookie_secret = "a-cookie-secret-only-for-this-test-0123456789"
client_id = "geo-dashboard"
client_secret = "client-secret-for-tests"
server_metadata_url = "{idp.metadata_url}"
""", encoding="utf-8")
    env = dict(os.environ, GEO_STORE_DIR=str(tmp / "store"), GEO_ALIASES=str(tmp / "aliases.csv"), PYTHONPATH=str(ROOT),
               GEO_HOSTED="1")
    proc = start_dashboard(env, port, ["--secrets.files", str(secrets)])
    yield {"url": base, "idp": idp, "store": tmp / "store"}
    proc.kill()
    idp.close()


def log_in_as(site, ctx, **user):
    """Visit the page, click the login button; the provider answers as ``user``."""
    site["idp"].user = user
    pg = ctx.new_page()
    pg.goto(site["url"], wait_until="domcontentloaded")
    pg.get_by_text("This page is private").first.wait_for(timeout=90_000)
    assert not any(leak in pg.locator("body").inner_text() for leak in LEAKS)
    pg.get_by_role("button", name="Log in with your organisation's account").click()
    return pg


def assert_sees_nothing(pg):
    body = pg.locator("body").inner_text()
    assert not [leak for leak in LEAKS if leak in body], body[:500]
    assert pg.locator(MAP).count() == 0
    assert pg.locator('[data-testid="stFileUploader"]').count() == 0


def test_an_allowed_address_logs_in_sees_the_data_and_can_log_out(site, browser):
    pg = log_in_as(site, browser, email="Ana@Team.example", email_verified=True, name="Ana")
    pg.get_by_text("Incidents and tolls").first.wait_for(timeout=90_000)
    assert int(metric(pg, "Sources", 90_000).split("/")[1]) >= 1
    assert "Signed in as Ana@Team.example" in pg.locator('[data-testid="stSidebar"]').inner_text().replace("\u2060", "")
    assert "token Ana@Team.example pkce" in site["idp"].log  # the code was exchanged with PKCE
    assert any(e.action == "login" and e.actor == "Ana@Team.example" for e in Store(site["store"]).audit(50))

    pg.locator('[data-testid="stSidebar"]').get_by_role("button", name="Log out").click()
    pg.get_by_text("This page is private").first.wait_for(timeout=60_000)
    pg.reload(wait_until="domcontentloaded")
    pg.get_by_text("This page is private").first.wait_for(timeout=60_000)
    assert_sees_nothing(pg)


@pytest.mark.parametrize("user", [
    {"email": "eve@elsewhere.example", "email_verified": True},     # not on the list
    {"email": "bob@partner.example", "email_verified": False},      # listed domain, address unverified
    {"email": "ana@team.example.evil.example", "email_verified": True},  # a look-alike domain
], ids=["not-listed", "unverified", "look-alike"])
def test_a_refused_address_sees_no_data(site, browser, user):
    pg = log_in_as(site, browser, **user)
    pg.get_by_text("is not on this page's allow-list").first.wait_for(timeout=90_000)
    assert f"token {user['email']}" in " ".join(site["idp"].log)  # the login itself succeeded
    assert_sees_nothing(pg)
    pg.reload(wait_until="domcontentloaded")  # the refusal holds on a new page load
    pg.get_by_text("is not on this page's allow-list").first.wait_for(timeout=90_000)
    assert_sees_nothing(pg)
    assert any(e.action == "login-refused" and e.actor == user["email"] for e in Store(site["store"]).audit(50))


def test_an_id_token_signed_by_another_key_logs_nobody_in(site, browser):
    site["idp"].forge = True
    try:
        n = len(site["idp"].log)
        pg = log_in_as(site, browser, email="ana@team.example", email_verified=True)
        pg.wait_for_function("() => document.body.innerText.includes('This page is private')", timeout=90_000)
        pg.wait_for_timeout(3000)  # after the callback's redirect, the page settles as logged out
        assert "token ana@team.example pkce" in site["idp"].log[n:]  # the forged token was delivered
        pg.get_by_text("This page is private").first.wait_for(timeout=60_000)
        assert_sees_nothing(pg)
    finally:
        site["idp"].forge = False
