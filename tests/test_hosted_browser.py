"""Hosted team mode, end to end: a server started as the README's Hosting section says
(password gate in secrets.toml, store in its own directory), visited by a real Chromium.
An unauthenticated visitor sees nothing; uploads and corrections survive a killed server."""
from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from conftest import CHROMIUM, ROOT, free_port, metric, open_tab, start_dashboard, upload
from geo.auth import hash_password
from geo.store import Store

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")
PASSWORD = "correct horse battery staple"
ARTICLE = "Gunmen killed 17 civilians in Hama on Sunday, the Example Monitor said."


@pytest.fixture(scope="module")
def hosted(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hosted")
    secrets = tmp / "secrets.toml"
    secrets.write_text(f'[geo]\nhosted = true\npassword_hash = "{hash_password(PASSWORD)}"\n', encoding="utf-8")
    env = dict(os.environ, GEO_STORE_DIR=str(tmp / "store"), GEO_ALIASES=str(tmp / "aliases.csv"), PYTHONPATH=str(ROOT),
               GEO_HOSTED="1")
    port = free_port()
    extra = ["--secrets.files", str(secrets)]
    state = {"proc": start_dashboard(env, port, extra), "url": f"http://127.0.0.1:{port}", "tmp": tmp,
             "restart": lambda: start_dashboard(env, port, extra)}
    yield state
    state["proc"].kill()


def open_page(ctx, url):
    pg = ctx.new_page()
    pg.goto(url, wait_until="domcontentloaded")
    pg.get_by_text("This page is private").first.wait_for(timeout=90_000)
    return pg


def log_in(pg, name="Ana", password=PASSWORD):
    pg.get_by_label("Your name (for the team's audit log)").fill(name)
    pg.get_by_label("Team password").fill(password)
    pg.get_by_role("button", name="Enter").click()


def test_unauthenticated_visitor_sees_no_data_and_cannot_upload(hosted, browser):
    pg = open_page(browser, hosted["url"])
    log_in(pg, password="not the password")
    pg.get_by_text("right team password").first.wait_for(timeout=30_000)
    body = pg.locator("body").inner_text()
    for leak in ("Incidents and tolls", "Killed", "Homs", "Latakia", "Upload articles", "Sources"):
        assert leak not in body
    assert pg.locator('iframe[title="streamlit_folium.st_folium"]').count() == 0
    assert pg.locator('[data-testid="stFileUploader"]').count() == 0


def test_uploads_and_corrections_survive_a_killed_server(hosted, browser, tmp_path):
    pg = open_page(browser, hosted["url"])
    log_in(pg)
    pg.get_by_text("Incidents and tolls").first.wait_for(timeout=90_000)
    sources = int(metric(pg, "Sources", 90_000).split("/")[1])
    f = tmp_path / "../../escape<b>.txt".replace("/", "_")
    f.write_text(ARTICLE, encoding="utf-8")
    upload(pg, [str(f)])
    pg.get_by_text("Added:").first.wait_for(timeout=60_000)
    assert int(metric(pg, "Sources", 90_000).split("/")[1]) == sources + 1
    open_tab(pg, "Corrections")
    pg.get_by_text("Dismiss the claim").first.click()
    pg.get_by_label("Why", exact=True).first.fill("counted twice <script>window.__pwned=1</script>")
    pg.get_by_role("button", name="Save correction").first.click()
    pg.get_by_text("Saved and applied.").first.wait_for(timeout=60_000)
    # the upload and the correction were confirmed: kill the server without warning, start it again: kill the server without warning, start it again
    os.kill(hosted["proc"].pid, signal.SIGKILL)
    hosted["proc"].wait()
    hosted["proc"] = hosted["restart"]()
    pg2 = open_page(browser, hosted["url"])
    log_in(pg2, name="Bo")
    pg2.get_by_text("Incidents and tolls").first.wait_for(timeout=90_000)
    assert int(metric(pg2, "Sources", 90_000).split("/")[1]) == sources + 1
    store = Store(hosted["tmp"] / "store")
    [kept] = [a for a in store.articles() if a.data == ARTICLE.encode()]
    assert "/" not in kept.name and kept.added_by == "Ana (team password)"
    assert {"login", "add-article"} <= {e.action for e in store.audit()}
    [fix] = store.corrections()
    assert fix.kind == "dismiss" and fix.author == "Ana (team password)" and fix.reason.startswith("counted twice")
    open_tab(pg2, "Corrections")
    pg2.get_by_text("Corrections in force").first.wait_for(timeout=30_000)
    assert pg2.evaluate("() => window.__pwned === undefined")
