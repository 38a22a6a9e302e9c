"""geo dashboard: a thin Streamlit layer over geo (all logic lives in the geo package).

Run through the README's command (``bash scripts/run.sh``) or
``streamlit run dashboard.py``. ``$GEO_ARTICLES`` picks the article folder (default
``data/articles``), or ``$GEO_CLAIMS_DIR`` a big project instead: the claims ``geo extract --dask
--claims-dir`` wrote (``geo.project``); ``$GEO_STORE_DIR`` the store of uploads, corrections and the audit log
(default ``var/``). Authentication is configured in ``.streamlit/secrets.toml`` (README,
Hosting; rules in ``geo/auth.py``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
import gc
import getpass
import os
import tempfile
import time
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo import export, urlview
from geo.articles import load_articles, parse_article
from geo.articles import MAX_BYTES
from geo.auth import BRAKE, OIDC, PASSWORD, AuthConfig, auth_config, email_allowed, read_secrets, verify_password
from geo.corrections import Corrections, apply_aliases, check, correction_status
from geo.exc import ArticleError, CorrectionError, ProjectError, SecretsError, StoreError
from geo.gazetteer import Gazetteer
from geo.mapview import (LAYERS, base_map, bounds_of, clicked_locality, data_layer, drawn_box, find_sources, install_assets, source_label,
                         source_labels, source_search_texts)
from geo.pipeline import (Corpus, Limits, area_choices, attention_notes, box_label, build_map, conflicts, filter_claims, in_area,
                          read_corpus, toll_versions)
from geo.project import open_claims_dir, run_stamp, with_uploads
from geo.reconcile import DEFAULT_RULE, RULES
from geo.reports import Summaries
from geo.safe import md_escape as md  # article text, file and user names reach Markdown only through md()
from geo.serve import Shelf, shelf
from geo.store import Store, safe_name, store_dir

ROOT = Path(__file__).resolve().parent
ARTICLES = Path(os.environ.get("GEO_ARTICLES") or ROOT / "data" / "articles")
SOURCE_BOXES = int(os.environ.get("GEO_SOURCE_BOXES") or 200)  # more sources than this are found by a search
SOURCE_PAGE = 50  # sources listed at once then
MAX_CHARTS = 8  # incidents whose figures over time are drawn as charts (every figure is in the table)
PROJECT = os.environ.get("GEO_CLAIMS_DIR", "")  # a big project: what geo extract --dask wrote there (geo.project)
MAX_UPLOAD_FILES = int(os.environ.get("GEO_MAX_UPLOAD_FILES") or 50)
LIMITS = Limits(max_chars=int(os.environ.get("GEO_MAX_CHARS") or Limits.max_chars),
                seconds=float(os.environ.get("GEO_ARTICLE_SECONDS") or Limits.seconds))

st.set_page_config(page_title="geo · incidents map", layout="wide")
# One upload limit, set in one place (server.maxUploadSize, MiB): Streamlit refuses bigger
# files, the page says so, and the parser is given the same cap.
MAX_UPLOAD_BYTES = min(int(st.get_option("server.maxUploadSize")) * 1024 * 1024, MAX_BYTES)


def secrets() -> dict:
    try:
        return read_secrets(lambda: st.secrets, st.get_option("secrets.files"))
    except SecretsError as e:  # fail closed: a secrets file that cannot be read is no local run
        st.error(f"This page will not start: {md(e)}. Fix the file (a TOML error, or its permissions) and reload.")
        st.stop()


def store() -> Store:
    return shelf("store").get(str(store_dir()), lambda: Store(store_dir()))


def oidc_logged_in() -> bool:
    try:
        return bool(st.user.is_logged_in)
    except AttributeError:  # no [auth] configured: st.user has no login state
        return False


def gate(cfg: AuthConfig) -> str:
    """The visitor's identity for the audit log; stops the page for anyone not let in."""
    if cfg.misconfigured:
        st.error(cfg.misconfigured)
        st.stop()
    if not cfg.required:
        try:
            return f"{getpass.getuser()}@local"
        except Exception:
            return "local"
    if OIDC in cfg.methods and oidc_logged_in():
        email = st.user.get("email")
        allowed = email_allowed(email, cfg, st.user.get("email_verified"))
        if not st.session_state.get("oidc_logged"):  # once per browser session, in the audit log
            st.session_state.oidc_logged = True
            store().log(safe_name(str(email or "unknown"), "unknown"), "login" if allowed else "login-refused",
                        {"method": "oidc", "email_verified": st.user.get("email_verified")})
        if allowed:
            return str(email)
        st.error(f"{md(email) if email else 'This account'} is not on this page's allow-list (or the provider did "
                 "not say the address is verified). Ask the team for access.")
        st.button("Log out", on_click=st.logout)
        st.stop()
    if st.session_state.get("gate_user"):
        return st.session_state.gate_user
    st.title("geo · incidents map")
    st.write("This page is private to a team. Log in to see it.")
    if OIDC in cfg.methods:
        st.button("Log in with your organisation's account", on_click=st.login, type="primary")
    if PASSWORD in cfg.methods:
        with st.form("password_gate"):
            who = st.text_input("Your name (for the team's audit log)", max_chars=80)
            pw = st.text_input("Team password", type="password")
            if st.form_submit_button("Enter"):
                name = safe_name(who.strip(), "")
                if not name:
                    st.error("Name and the right team password, please.")
                    st.stop()
                # server-wide brake: at most N checks a minute, a right password never refused
                with st.spinner("Checking…"):
                    ok = BRAKE.check(lambda: verify_password(pw, cfg.password_hash))
                if ok:
                    st.session_state.gate_user = f"{name} (team password)"
                    store().log(st.session_state.gate_user, "login", {"method": "password"})
                    st.rerun()
                store().log(f"{name} (not logged in)", "login-failed", {"method": "password"})
                time.sleep(1.0)  # slows a guesser down; an analyst barely notices
                st.error("Name and the right team password, please.")
    st.stop()


CFG = auth_config(secrets())
user = gate(CFG)
install_assets(ROOT / "static")


def shelved(s: Shelf, key: tuple, build, message: str):
    """``s``'s value for ``key``; a spinner with ``message`` shows only while it is built."""
    if key in s:
        return s.get(key, build)
    with st.spinner(message):
        return s.get(key, build)


def load_gazetteer(aliases_env: str, store_aliases: tuple[tuple[str, str], ...]) -> Gazetteer:
    def build() -> Gazetteer:
        g = Gazetteer.load()  # reads $GEO_ALIASES: part of the key, so a change takes effect
        apply_aliases(g, store_aliases)  # one that cannot apply is marked in the Corrections tab
        return g
    return shelved(shelf("gazetteer", 2), (aliases_env, store_aliases), build, "Loading the gazetteer…")


def memo(aliases_env: str, store_aliases: tuple) -> dict:
    """Per-article places and claims for one gazetteer (see read_corpus)."""
    return shelf("memo", 4).get((aliases_env, store_aliases), dict)


def bundled_articles(folder: str, fp: tuple) -> tuple[list, list]:
    return shelf("articles", 4).get((folder, fp), lambda: load_articles([folder], relative_to=folder) if Path(folder).is_dir() else ([], []))


def fingerprint(folder: Path) -> tuple:
    if not folder.is_dir():
        return ()
    return tuple(sorted((str(p.relative_to(folder)), p.stat().st_size, p.stat().st_mtime_ns)
                        for p in folder.rglob("*") if p.is_file()))


def project_corpus(path: str, fp: tuple) -> Corpus:
    return shelved(shelf("project", 1), (path, fp), lambda: open_claims_dir(path), "Opening the project's claims…")


def project_fingerprint(path: str) -> tuple:
    """What tells a project's runs apart (its finish mark's time); stops the page with the
    reason when ``path`` cannot be opened."""
    try:
        return (run_stamp(path),)
    except (ProjectError, OSError) as e:
        st.error(md(f"GEO_CLAIMS_DIR: {e}"))
        st.stop()


def build_corpus(folder: str, fp: tuple, store_path: str, version: int, aliases_env: str, store_aliases: tuple) -> Corpus:
    """Bundled articles (or a project's claims, ``GEO_CLAIMS_DIR``) + the store's uploads,
    with every correction re-applied."""
    def build() -> Corpus:
        arts, errors = ([], []) if PROJECT else bundled_articles(folder, fp)
        arts, errors = list(arts), list(errors)
        for a in store().articles():
            try:
                arts.append(parse_article(a.data, a.name, max_bytes=len(a.data)))
            except ArticleError as e:
                errors.append(e)
        gz = load_gazetteer(aliases_env, store_aliases)
        fixes = Corrections(store().corrections())
        read = read_corpus(arts, gz, errors, fixes, LIMITS, memo(aliases_env, store_aliases))
        return with_uploads(project_corpus(folder, fp), read, fixes) if PROJECT else read
    return shelved(shelf("corpus", 4), (folder, fp, store_path, version, aliases_env, store_aliases), build,
                   "Reading the articles…")


def state() -> tuple[Gazetteer, Corpus, Corrections, Summaries]:
    fixes = Corrections(store().corrections())
    aliases = tuple(fixes.aliases)
    env = os.environ.get("GEO_ALIASES", "")
    key = ((PROJECT, project_fingerprint(PROJECT)) if PROJECT else (str(ARTICLES), fingerprint(ARTICLES))) + \
        (str(store().path), store().version(), env, aliases)
    g, corpus = load_gazetteer(env, aliases), build_corpus(*key)
    # what each source alone reports (its checkbox's help), once per corpus and source shown
    summaries = shelf("summaries", 4).get(key, lambda: Summaries(corpus, g))
    return g, corpus, fixes, summaries


def add_uploads(files: list[tuple[str, bytes]]) -> None:
    """Keep each upload in the store (so it survives restarts and the team sees it); bad
    files get their message and are not kept."""
    bar = st.progress(0.0, text="Processing articles…")
    added, errors = [], []
    for k, (name, data) in enumerate(files):
        name = safe_name(name)
        try:
            a = parse_article(data, name, max_bytes=MAX_UPLOAD_BYTES)
        except ArticleError as e:
            errors.append(f"{name}: {e.message}")
        else:
            _, new = store().add_article(name, data, user)
            added.append(a.label + ("" if new else " (already in the project)"))
        bar.progress((k + 1) / len(files), text=f"Processed {k + 1}/{len(files)}")
    st.session_state.upload_errors = errors
    st.session_state.upload_added = added
    bar.empty()


def save_correction(kind: str, target: str, value: dict, reason: str, done_key: str, done: str) -> None:
    """Validate and keep one correction (applied at the rerun); a refusal is shown where the
    form is, a success is shown after the rerun from ``st.session_state[done_key]``."""
    try:
        value = check(kind, target, value, reason, gaz)
        store().add_correction(kind, target, value, reason, user)
    except (CorrectionError, StoreError) as e:
        st.error(md(e))
    else:
        st.session_state[done_key] = done
        st.rerun()


def tune_gc() -> bool:
    """Once per server, after the first load: the gazetteer and corpus live as long as the
    server, so they are frozen out of the cycle collector's scans, and the collector runs less
    often (a rerun allocates tens of thousands of short-lived objects; at default thresholds
    its passes cost a third of a large map's rerun, see bench/dashboard.py)."""
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)
    return True


gaz, c, fixes, summaries = state()
shelf("once", 1).get("gc", tune_gc)

# ---------------------------------------------------------------- sidebar: sources and filters
sb = st.sidebar
sb.caption(f"Signed in as {md(user)}")
if st.session_state.get("gate_user"):
    if sb.button("Log out"):
        del st.session_state["gate_user"]
        st.rerun()
elif oidc_logged_in():
    sb.button("Log out", on_click=st.logout)
sb.header("Sources")
ids = [a.id for a in c.articles]
many = len(ids) > SOURCE_BOXES  # a big project: its sources are found by a search, not all listed
col_all, col_none = sb.columns(2)
if col_all.button("All", width="stretch"):
    st.session_state["src_hidden"] = set()
    for i in ids:
        st.session_state[f"src_{i}"] = True
if col_none.button("None", width="stretch"):
    st.session_state["src_hidden"] = set(ids)
    for i in ids:
        st.session_state[f"src_{i}"] = False
if "url_view" not in st.session_state:  # a link's view, read once a session (then the widgets hold it)
    st.session_state["url_view"] = urlview.parse(st.query_params.to_dict())
    wanted = set(urlview.pick(st.session_state["url_view"].sources, ids))
    st.session_state["src_hidden"] = set(ids) - wanted
    for i in ids:
        st.session_state[f"src_{i}"] = i in wanted
view = st.session_state["url_view"]
hidden = st.session_state.setdefault("src_hidden", set())  # the sources left out (kept apart from the widgets:
labels = source_labels(c.articles)                          # a source's checkbox exists only while it is found)


def flip(i: str) -> None:
    (hidden.discard if st.session_state[f"src_{i}"] else hidden.add)(i)


def source_box(a, alone: dict[str, str]) -> bool:
    return sb.checkbox(md(labels[a.id], 200), key=f"src_{a.id}", on_change=flip, args=(a.id,),
                       help=md(f"{a.path} — this source alone: {alone.get(a.id, 'not read')}"))


if many:
    query = sb.text_input("Find sources", key="src_query", placeholder="outlet, title, date, file or place",
                          help=f"{len(ids):,} sources: those whose label, file or places (those its claims are at) "
                               "hold every word are listed here, "
                               f"{SOURCE_PAGE} at most; All and None apply to every source")
    texts = shelf("search", 4).get(id(c), lambda: (c, source_search_texts(c.articles, c.claims, labels)))[1]
    n_found, page = find_sources(texts, query, SOURCE_PAGE)
    sb.caption(f"{len(ids) - len(hidden):,} of {len(ids):,} sources on the map · {n_found:,} found"
               + (f", the first {SOURCE_PAGE} listed" if n_found > SOURCE_PAGE else ""))
    alone = summaries.of(page)
    for a in map(c.article, page):  # each box's value through session state, from the sources left out
        st.session_state[f"src_{a.id}"] = a.id not in hidden
        source_box(a, alone)
    selected = [i for i in ids if i not in hidden]
else:
    for a in c.articles:  # defaults through session state, not value=: a changing value= would make a new widget
        st.session_state.setdefault(f"src_{a.id}", a.id not in hidden)  # and a click landing during a rerun would be lost
    alone = summaries.of(ids)
    selected = [a.id for a in c.articles if source_box(a, alone)]
    hidden.clear()
    hidden.update(set(ids) - set(selected))
selected_set = set(selected)  # built once: the membership tests below run per claim and per place
sb.header("Filters")
claims_all = [cl for cl in c.claims if cl.article_id in selected_set]
reporters = sorted({cl.reported_by or "unattributed" for cl in claims_all})
if len(reporters) > SOURCE_BOXES:  # (a big project's thousands: Streamlit checks each default against the options)
    pick_rep = sb.multiselect("Reporter (none chosen: every one)", reporters,
                              default=urlview.pick(view.reporters, reporters, [])) or reporters
else:
    pick_rep = sb.multiselect("Reporter", reporters, default=urlview.pick(view.reporters, reporters))
events = sorted({cl.event_type for cl in claims_all})
pick_ev = sb.multiselect("Event type", events, default=urlview.pick(view.events, events))
victims = ["civilians", "security forces", "fighters", "total"]
pick_vic = sb.multiselect("Victim category", victims, default=urlview.pick(view.victims, victims))
dates = sorted({d for cl in claims_all for d in (cl.date_start, cl.date_end) if d})
date_range = None
if len(dates) >= 2:
    lo, hi = dt.date.fromisoformat(dates[0]), dt.date.fromisoformat(dates[-1])
    chosen = sb.slider("Dates (undated claims always shown)", lo, hi, urlview.clamp_dates(view.dates, lo, hi))
    if chosen != (lo, hi):
        date_range = (chosen[0].isoformat(), chosen[1].isoformat())
areas = dict(area_choices(claims_all, gaz))  # the countries and first-order areas of the claims' places
drawn_area = st.session_state.pop("area_drawn", None)  # a box just drawn on the map (below)
for a in (drawn_area, view.area, st.session_state.get("area")):
    if a and box_label(a):
        areas[a] = box_label(a)
st.session_state.setdefault("area", view.area if view.area in areas else "")  # (a link's, once a session)
if drawn_area:
    st.session_state["area"] = drawn_area
if st.session_state["area"] not in areas:  # (its claims' sources all unchecked since)
    st.session_state["area"] = ""
area = sb.selectbox("Area", [""] + list(areas), key="area", format_func=lambda a: areas.get(a, "Everywhere"),
                    help="Only what is reported about this country or province, or a place inside it; the "
                         "totals, tables and downloads follow. Or draw one on the map (its ▭ button)")
rule = sb.selectbox("Toll rule (best figure)", RULES, index=RULES.index(view.rule if view.rule in RULES else DEFAULT_RULE),
                    help="latest: each reporter's latest figure; max / min / median of the sources' figures")
DEFAULT_LAYERS = ["localities", "regions"]
layers = sb.multiselect("Map layers", LAYERS, default=urlview.pick(view.layers, list(LAYERS), DEFAULT_LAYERS))
# the view in the address bar, so a link opens it (only what differs from the default view)
shown_view = urlview.View(
    sources=urlview.unless_default(selected, ids), reporters=urlview.unless_default(pick_rep, reporters),
    events=urlview.unless_default(pick_ev, events), victims=urlview.unless_default(pick_vic, victims),
    dates=date_range, rule=None if rule == DEFAULT_RULE else rule,
    layers=urlview.unless_default(layers, DEFAULT_LAYERS), area=area or None)  # (and the locality a click chose, below)

claims = in_area(filter_claims(claims_all, pick_rep, pick_ev, pick_vic, date_range), area, gaz)
filtered = Corpus(c.articles, c.places, claims, c.errors)
data = build_map(filtered, gaz, rule, selected)

# ---------------------------------------------------------------- main
st.title("Incidents and tolls")
k = sum(loc.killed() or 0 for loc in data.localities)
m1, m2, m3, m4 = st.columns(4)
m1.metric("Sources", f"{len(selected)} / {len(c.articles)}")
m2.metric("Incidents", len(data.incidents))
m3.metric("Localities", len(data.localities))
m4.metric("Killed (best, counted once)", f"{k:,}")

# The base map depends on the whole corpus only, so it stays mounted (with the user's pan and
# zoom) while toggles and filters swap the data layer. returned_objects=[]: pan and zoom do
# not rerun the script. The data goes compressed (geo.mapview.DataLayer): a fifth of the bytes.
# A click on a circle (only a click: pan and zoom still do not rerun) narrows the tables to
# that locality, until "Show all localities".
clicked = st_folium(base_map(bounds_of(c.claims), tiles=CFG.online_tiles),
                    feature_group_to_add=data_layer(data, c, gaz, tuple(layers), compress=True, box=area or None),
                    height=560, use_container_width=True,
                    returned_objects=["last_object_clicked", "last_active_drawing"], key="map") or {}
drawing = clicked.get("last_active_drawing")
if drawing and drawing != st.session_state.get("drawing_seen"):  # a box just drawn: the area, at once
    st.session_state["drawing_seen"] = drawing
    if drawn_box(drawing):
        st.session_state["area_drawn"] = drawn_box(drawing)
        st.rerun()
click = clicked.get("last_object_clicked")
if click and click != st.session_state.get("click_seen"):  # a new click (a link's place holds until one)
    st.session_state["click_seen"] = click
    chosen = clicked_locality(data.localities, click)
    st.session_state["focus_place"] = chosen.place_id if chosen is not None else None
elif "focus_place" not in st.session_state:
    st.session_state["focus_place"] = view.place
focus = next((loc for loc in data.localities if loc.place_id == st.session_state["focus_place"]), None) \
    if st.session_state["focus_place"] else None
note = st.container()  # always there, filled or not: the tabs below keep their place in the page
if focus is not None:
    col_msg, col_all = note.columns([4, 1])
    col_msg.info(md(f"Tables show {focus.name} only (a locality chosen on the map)."))
    if col_all.button("Show all localities"):
        st.session_state["focus_place"] = None
        st.rerun()
st.query_params.from_dict(urlview.encode(replace(shown_view, place=focus.place_id if focus is not None else None)))
shown = [focus] if focus is not None else data.localities
shown_incidents = focus.incidents if focus is not None else data.incidents

tab_loc, tab_time, tab_conf, tab_unres, tab_add, tab_fix, tab_log, tab_dl = st.tabs(
    ["Localities", "Tolls over time", "Conflicts", "Unresolved names", "Add articles", "Corrections", "Log", "Download"])

with tab_loc:
    df = pd.DataFrame(export.locality_records(shown), columns=export.LOCALITY_COLUMNS)
    cols = ["name", "place_kind", "precision", "killed_best", "killed_low", "killed_high", "killed_reported_best",
            "incidents", "source_count", "event_types", "first_date", "last_date", "conflicting", "reported_by"]
    st.dataframe(df[cols].sort_values("killed_best", ascending=False, na_position="last"), hide_index=True,
                 width="stretch")

with tab_time:
    rows = pd.DataFrame(toll_versions(shown_incidents))
    if rows.empty:
        st.info("No toll was reported more than once with different figures.")
    else:
        groups = sorted(rows.groupby("incident"), key=lambda kv: -len(kv[1]))  # (stable: by name among equals)
        if len(groups) > MAX_CHARTS:  # a chart is ~50 ms to draw: a big project's thousands would hold the page
            st.caption(f"Charts of the {MAX_CHARTS} of {len(groups):,} incidents told with the most figures; "
                       "every figure is in the table below")
        for name, g in groups[:MAX_CHARTS]:
            undated = int(g["date"].isna().sum())
            if undated == 0:  # every figure dated: on a time axis
                st.caption(md(f"{name} — by report date"))
                g = g.assign(date=pd.to_datetime(g["date"], errors="coerce"))
                st.line_chart(g.pivot_table(index="date", columns="reporter", values="value", aggfunc="max"))
            else:
                st.caption(md(f"{name} — in report order ({undated} of {len(g)} figures undated, so no date axis)"))
                st.line_chart(g.pivot_table(index="step", columns="reporter", values="value", aggfunc="max"))
        st.dataframe(rows, hide_index=True, width="stretch")

with tab_conf:
    rows = pd.DataFrame(conflicts(shown_incidents))
    if rows.empty:
        st.info("No disagreement between sources.")
    else:
        st.dataframe(rows, hide_index=True, width="stretch")

with tab_unres:
    unresolved = [(u.text, source_label(c, u.article)) for p in c.places if p.article.id in selected_set for u in p.unresolved]
    if not unresolved:
        st.info("Every name in a place-like position was found in the gazetteer.")
    else:
        st.dataframe(pd.DataFrame(unresolved, columns=["name", "article"]), hide_index=True, width="stretch")
        # the search sits outside the form so that its results update as soon as it is typed
        query = st.text_input("Search the gazetteer for the place a name means", key="alias_query")
        options = gaz.find(query)[:20] if query.strip() else []
        with st.form("alias"):
            name = st.selectbox("Name", sorted({u for u, _ in unresolved}))
            choice = st.selectbox("Place", options, format_func=lambda p: f"{p.name} ({p.kind}, {p.admin1_name}, {p.country})",
                                  placeholder="search above first")
            reason = st.text_input("Why (kept in the log)", value="name not in the gazetteer")
            if st.form_submit_button("Save alias") and name and choice:
                save_correction("alias", name, {"place_id": choice.id}, reason, "alias_saved",
                                f"Saved: {md(name)} → {md(choice.name)}. Applied to every article.")
    if st.session_state.get("alias_saved"):
        st.success(st.session_state.pop("alias_saved"))

with tab_add:
    st.caption(f"Uploads are kept in the project store and shared with everyone who opens this page. At most "
               f"{MAX_UPLOAD_FILES} files and {MAX_UPLOAD_BYTES / 2**20:g} MiB per file; the first {LIMITS.max_chars:,} characters "
               f"of an article are read" + (f", for at most {LIMITS.seconds:g} s." if LIMITS.seconds else "."))
    files = st.file_uploader("Upload articles (.txt, .md, .html)", type=["txt", "md", "html", "htm"],
                             accept_multiple_files=True)
    if files and st.button(f"Add {len(files)} file(s)"):
        too_big = [safe_name(f.name) for f in files if f.size > MAX_UPLOAD_BYTES]
        if len(files) > MAX_UPLOAD_FILES:
            st.error(f"At most {MAX_UPLOAD_FILES} files at once; {len(files)} given. Nothing was added.")
        elif too_big:
            st.error(f"Over {MAX_UPLOAD_BYTES / 2**20:g} MiB: {md(', '.join(too_big))}. Nothing was added; split them or leave them out.")
        else:
            add_uploads([(f.name, f.getvalue()) for f in files])
            st.rerun()
    text = st.text_area("…or paste an article", max_chars=LIMITS.max_chars)
    if st.button("Add pasted text") and text.strip():
        add_uploads([("pasted.txt", text.encode("utf-8"))])
        st.rerun()
    for msg in st.session_state.get("upload_errors", []):
        st.error(md(msg))
    if st.session_state.get("upload_added"):
        st.success("Added: " + md("; ".join(st.session_state.upload_added)))
    for e in c.errors:
        st.warning(md(f"{e.path}: {e.message}"))
    uploads = store().articles(with_data=False)
    if uploads:
        st.subheader("Uploaded articles")
        st.dataframe(pd.DataFrame([{"file": u.name, "added by": u.added_by, "when": u.added_at[:19],
                                    "bytes": u.size} for u in uploads]), hide_index=True, width="stretch")
        with st.form("remove_upload"):
            gone = st.selectbox("Remove an upload from the map", uploads,
                                format_func=lambda u: f"{u.name} ({u.added_by}, {u.added_at[:16]})")
            why = st.text_input("Why remove it")
            if st.form_submit_button("Remove") and gone is not None:
                if not why.strip():
                    st.error("Say why (the team sees it in the log).")
                else:
                    try:
                        store().remove_article(gone.sha256, user, why.strip())
                    except StoreError as e:
                        st.error(md(e))
                    else:
                        st.session_state.upload_removed = gone.name
                        st.rerun()
    if st.session_state.get("upload_removed"):
        st.success(f"Removed from the map: {md(st.session_state.pop('upload_removed'))} (kept in the log; "
                   "uploading it again brings it back).")
    for a in c.articles:
        for note in attention_notes(a):
            st.info(md(f"{a.label}: {note}"))

with tab_fix:
    st.caption("Corrections are kept in the project store with your name and reason, and re-applied every time "
               "the articles are processed.")
    tolls = [cl for cl in c.claims if cl.article_id in selected_set and cl.is_toll]
    fix_kind = st.radio("Correct", ["a toll", "a place"], horizontal=True)
    if fix_kind == "a toll":
        claim = st.selectbox("Claim", tolls, format_func=lambda cl: f"{cl.best:,} {cl.victims} {cl.outcome} · "
                             f"{cl.place_name or '?'} · {cl.reported_by or 'unattributed'} · “{cl.sentence[:90]}”")
        if claim is not None:
            st.caption(f"Evidence: {md(source_label(c, claim.article_id))}, characters {claim.start}–{claim.end}")
            with st.form("toll_fix"):
                action = st.radio("Action", ["Correct the figures", "Dismiss the claim"], horizontal=True)
                f1, f2, f3 = st.columns(3)
                low = f1.number_input("Low", min_value=0, value=int(claim.low or 0), step=1)
                best = f2.number_input("Best", min_value=0, value=int(claim.best or 0), step=1)
                high = f3.number_input("High", min_value=0, value=int(claim.high or 0), step=1)
                reason = st.text_input("Why")
                if st.form_submit_button("Save correction"):
                    kind = "toll" if action.startswith("Correct") else "dismiss"
                    save_correction(kind, claim.claim_id, {"low": low, "best": best, "high": high} if kind == "toll" else {},
                                    reason, "fix_saved", "Saved and applied.")
    else:
        mentions = [m for p in c.places if p.article.id in selected_set for m in p.mentions]
        mention = st.selectbox("Place mention", mentions, format_func=lambda m: f"{m.text} → {m.name} ({m.kind}, "
                               f"{m.country}) · {source_label(c, m.article)}")
        query = st.text_input("Search the gazetteer for the right place", key="fix_query")
        options = gaz.find(query)[:20] if query.strip() else []
        with st.form("place_fix"):
            choice = st.selectbox("Right place", options, format_func=lambda p: f"{p.name} ({p.kind}, {p.admin1_name}, {p.country})",
                                  placeholder="search above first")
            reason = st.text_input("Why")
            if st.form_submit_button("Save correction") and mention is not None and choice is not None:
                save_correction("place", f"{mention.article}:{mention.start}:{mention.end}",
                                {"place_id": choice.id, "text": mention.text}, reason, "fix_saved", "Saved and applied.")
    if st.session_state.get("fix_saved"):
        st.success(st.session_state.pop("fix_saved"))
    if fixes.items:
        st.subheader("Corrections in force")
        article_ids = {a.id for a in c.articles}
        claim_ids = {x.claim_id for x in c.claims} | {d.claim_id for d, _ in c.dismissed}
        st.dataframe(pd.DataFrame([{"what": x.describe(), "why": x.reason, "by": x.author, "when": x.created_at[:19],
                                    "status": correction_status(x, gaz, article_ids, claim_ids)} for x in fixes.items]),
                     hide_index=True, width="stretch")
        with st.form("withdraw"):
            gone = st.selectbox("Withdraw a correction", fixes.items, format_func=lambda x: f"{x.describe()} ({x.author})")
            why = st.text_input("Why withdraw it")
            if st.form_submit_button("Withdraw") and gone is not None:
                try:
                    store().withdraw_correction(gone.uid, user, why)
                except StoreError as e:
                    st.error(md(e))
                else:
                    st.rerun()
    if c.dismissed:
        st.subheader("Dismissed claims")
        st.dataframe(pd.DataFrame([{"claim": f"{d.best} {d.victims} {d.outcome}", "sentence": d.sentence, "why": x.reason,
                                    "by": x.author} for d, x in c.dismissed]), hide_index=True, width="stretch")

with tab_log:
    entries = store().audit(500)
    st.dataframe(pd.DataFrame([{"when": e.at[:19], "who": e.actor, "action": e.action, "detail": str(e.detail)[:300]}
                               for e in entries], columns=["when", "who", "action", "detail"]),
                 hide_index=True, width="stretch")

with tab_dl:
    level = st.radio("Level", export.LEVELS, horizontal=True)
    bom = st.checkbox("CSV for Excel (UTF-8 with a byte-order mark: Arabic and accents stay intact)")
    d1, d2, d3 = st.columns(3)
    for col, fmt, mime in ((d1, "geojson", "application/geo+json"), (d2, "csv", "text/csv"),
                           (d3, "gpkg", "application/geopackage+sqlite3")):
        # a callable: the file is built when the button is clicked, not on every rerun
        col.download_button(f"Download {fmt.upper()}", data=lambda fmt=fmt: export.to_bytes(level, data, c, fmt, bom=bom),
                            file_name=f"geo-{level}.{fmt}", mime=mime, width="stretch",
                            on_click="ignore")  # no rerun: another button's file stays downloadable
    st.divider()
    if CFG.backup_download:
        def store_backup() -> bytes:
            with tempfile.TemporaryDirectory() as tmp:
                return store().export_to(Path(tmp) / "geo-store.sqlite", actor=user).read_bytes()

        st.download_button("Back up the project store (uploads, corrections, log)", data=store_backup,
                           file_name=f"geo-store-{dt.date.today().isoformat()}.sqlite", mime="application/vnd.sqlite3",
                           help="Restore or move it with: python -m geo store import FILE", on_click="ignore")
    else:
        st.caption("Back up the project store from the server's command line: "
                   "`python -m geo store export FILE` (the page does not serve the whole store).")
