"""Load: N concurrent headless Chromium sessions on one dashboard server.

    python bench/load.py [--sessions 20] [--rounds 2]

Starts a server on the bundled articles with a fresh store, then N browser sessions at once
(one Chromium, one context each: separate cookies, separate Streamlit sessions). Each
session opens the page, unchecks one source (its own unsaved state), uploads an article of
its own naming a different city (saved state, shared with the team), and toggles a source
back and forth ``--rounds`` times. Checked for every session: the page is right (its own
unchecked source is still unchecked after the others' uploads, its totals match what it
selected), and no session sees another's toggles. At the end a fresh session must see
every upload. The server's memory (RSS) is sampled all along. Figures are printed as a table.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import ARTICLES, CHROMIUM, free_port, start_dashboard  # noqa: E402

CITIES = ["Kabul", "Mosul", "Aleppo", "Sanaa", "Mogadishu", "Khartoum", "Kharkiv", "Kandahar", "Bamako", "Goma",
          "Maiduguri", "Juba", "Raqqa", "Benghazi", "Marawi", "Kirkuk", "Taiz", "Timbuktu", "Kherson", "Peshawar"]


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class Sampler(threading.Thread):
    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.samples, self.stop = pid, [], False

    def run(self) -> None:
        while not self.stop:
            try:
                self.samples.append((time.time(), rss_mb(self.pid)))
            except OSError:
                return
            time.sleep(0.5)


async def metric(pg, label: str) -> str:
    m = pg.locator('[data-testid="stMetric"]').filter(has_text=label).first
    return await m.locator('[data-testid="stMetricValue"]').inner_text(timeout=180_000)


async def wait_metric(pg, label: str, pred, timeout: float = 180) -> str:
    end = time.time() + timeout
    while time.time() < end:
        v = await metric(pg, label)
        if pred(v):
            return v
        await asyncio.sleep(0.2)
    raise TimeoutError(f"{label} never satisfied the check (last {v!r})")


async def toggle(pg, boxes, i: int, out: dict) -> float:
    """Click source ``i``'s checkbox and wait for the Sources count to follow; a click that
    changes nothing within 60 s is counted as lost and tried once more."""
    t0 = time.perf_counter()
    box = boxes.nth(i).locator("input")
    was = await box.is_checked()
    # compare the whole "selected / total": another session's upload may arrive in the same
    # rerun (one unchecked, one new checked source: the selected count alone would not move)
    before = await metric(pg, "Sources")
    for attempt in range(2):
        await boxes.nth(i).locator("label").first.click(timeout=300_000)
        try:
            await wait_metric(pg, "Sources", lambda v: v != before, timeout=60)
            if await box.is_checked() == was:
                raise RuntimeError(f"source {i}: the page reran but the checkbox did not change")
            return time.perf_counter() - t0
        except TimeoutError:
            out["lost_clicks"] = out.get("lost_clicks", 0) + 1
    raise TimeoutError(f"source {i} did not toggle after two clicks")


async def session(browser, url: str, k: int, rounds: int, tmp: Path, out: dict) -> None:
    ctx = await browser.new_context(viewport={"width": 1400, "height": 1000})
    ctx.set_default_timeout(600_000)  # 20 browsers and the server share two cores here: patience, then a verdict
    pg = await ctx.new_page()
    t0 = time.perf_counter()
    await pg.goto(url, wait_until="domcontentloaded", timeout=300_000)
    await pg.get_by_text("Incidents and tolls").first.wait_for(timeout=300_000)
    await pg.frame_locator('iframe[title="streamlit_folium.st_folium"]').first.locator(
        ".leaflet-overlay-pane path.leaflet-interactive").first.wait_for(timeout=300_000)
    out["first_paint"] = time.perf_counter() - t0
    boxes = pg.locator('[data-testid="stSidebar"] [data-testid="stCheckbox"]')
    own = k % 5  # this session's unsaved state: one bundled source unchecked
    out["toggle"] = [await toggle(pg, boxes, own, out)]
    # an upload of its own: saved, shared
    f = tmp / f"session-{k}.txt"
    f.write_text(f"Gunmen killed {k + 2} civilians in {CITIES[k % len(CITIES)]} on Monday, local officials said.\n",
                 encoding="utf-8")
    t0 = time.perf_counter()
    await pg.get_by_role("tab", name="Add articles").click()
    await pg.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files([str(f)])
    await pg.get_by_role("button", name="Add 1 file(s)").click()
    await pg.get_by_text("Added:").first.wait_for(timeout=300_000)
    out["upload"] = time.perf_counter() - t0
    for _ in range(rounds):  # toggle another source off and on again
        other = (own + 1) % 5
        for _ in range(2):
            out["toggle"].append(await toggle(pg, boxes, other, out))
    # its own toggle survived everyone else's work, and nobody else's toggles leaked in
    await asyncio.sleep(1)
    v = await metric(pg, "Sources")
    checked = await pg.locator('[data-testid="stSidebar"] [data-testid="stCheckbox"] input:checked').count()
    total = await boxes.count()
    out["own_state_kept"] = (not await boxes.nth(own).locator("input").is_checked()) and checked == total - 1 \
        and int(v.split("/")[0]) == total - 1
    await ctx.close()


async def run(url: str, sessions: int, rounds: int, tmp: Path) -> tuple[list[dict], dict]:
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                          args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        results = [dict() for _ in range(sessions)]
        t0 = time.perf_counter()
        done = await asyncio.gather(*(session(browser, url, k, rounds, tmp, results[k]) for k in range(sessions)),
                                    return_exceptions=True)
        wall = time.perf_counter() - t0
        for r, d in zip(results, done):
            if isinstance(d, Exception):
                r["error"] = f"{type(d).__name__}: {str(d)[:200]}"
        # a fresh visitor sees every upload (saved state) and no one's toggles
        ctx = await browser.new_context()
        pg = await ctx.new_page()
        await pg.goto(url, wait_until="domcontentloaded")
        await pg.get_by_text("Incidents and tolls").first.wait_for(timeout=300_000)
        final = {"sources": await metric(pg, "Sources"), "killed": await metric(pg, "Killed"), "wall": wall}
        await ctx.close()
        await browser.close()
    return results, final


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        env = dict(os.environ, GEO_ARTICLES=str(ARTICLES), GEO_STORE_DIR=str(tmp / "store"), PYTHONPATH=str(ROOT))
        port = free_port()
        proc = start_dashboard(env, port, timeout=300)
        sampler = Sampler(proc.pid)
        sampler.start()
        try:
            idle = rss_mb(proc.pid)
            results, final = asyncio.run(run(f"http://127.0.0.1:{port}", args.sessions, args.rounds, tmp))
            time.sleep(5)
            after = rss_mb(proc.pid)
        finally:
            sampler.stop = True
            proc.kill()
    ok = [r for r in results if "error" not in r]
    errors = [r["error"] for r in results if "error" in r]
    toggles = sorted(t for r in ok for t in r["toggle"]) or [float("nan")]
    fp = sorted(r["first_paint"] for r in ok) or [float("nan")]
    up = sorted(r["upload"] for r in ok) or [float("nan")]
    peak = max(mb for _, mb in sampler.samples)
    expected_sources = 5 + args.sessions

    def q(xs, p):
        return xs[min(len(xs) - 1, int(p * len(xs)))] if xs else float("nan")

    rows = [
        ("sessions (concurrent)", f"{args.sessions}", f"{len(ok)} completed, {len(errors)} failed"),
        ("own unsaved state kept (toggles)", f"{sum(1 for r in ok if r['own_state_kept'])}/{len(ok)}", "no session saw another's"),
        ("uploads all saved", final["sources"], f"expected {expected_sources} / {expected_sources}"),
        ("first paint (map drawn), s", f"median {statistics.median(fp):.1f}", f"p90 {q(fp, 0.9):.1f}, max {fp[-1]:.1f}" if fp else ""),
        ("toggle -> updated totals, s", f"median {statistics.median(toggles):.2f}", f"p90 {q(toggles, 0.9):.2f}, max {toggles[-1]:.2f}; "
         f"{sum(r.get('lost_clicks', 0) for r in ok)} click(s) lost and repeated" if toggles else ""),
        ("upload -> added, s", f"median {statistics.median(up):.1f}", f"max {up[-1]:.1f}" if up else ""),
        ("server memory (RSS), MB", f"peak {peak:.0f}", f"idle after start {idle:.0f}, 5 s after the sessions closed {after:.0f}"),
        ("wall time for all sessions, s", f"{final['wall']:.0f}", f"fresh visitor sees killed = {final['killed']}"),
    ]
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    for r in rows:
        print(f"{r[0].ljust(w0)}  {r[1].ljust(w1)}  {r[2]}")
    for e in errors:
        print("error:", e)
    if errors or final["sources"] != f"{expected_sources} / {expected_sources}" or not all(r["own_state_kept"] for r in ok):
        sys.exit(1)


if __name__ == "__main__":
    main()
