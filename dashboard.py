"""geo dashboard: a thin Streamlit layer over geo (all logic lives in the geo package).

Run through the README's command (``bash scripts/run.sh``) or
``streamlit run dashboard.py``. ``$GEO_ARTICLES`` picks the article folder (default
``data/articles``).
"""
from __future__ import annotations

import datetime as dt
import gc
import os
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo import export
from geo.articles import load_articles, parse_article
from geo.exc import ArticleError, GazetteerError
from geo.gazetteer import Gazetteer
from geo.mapview import LAYERS, base_map, bounds_of, data_layer, install_assets, source_label
from geo.pipeline import Corpus, build_map, conflicts, filter_claims, merge, read_corpus, toll_versions
from geo.reconcile import DEFAULT_RULE, RULES

ROOT = Path(__file__).resolve().parent
ARTICLES = Path(os.environ.get("GEO_ARTICLES") or ROOT / "data" / "articles")
MAX_UPLOAD_FILES = 50

st.set_page_config(page_title="geo · incidents map", layout="wide")
install_assets(ROOT / "static")


@st.cache_resource(show_spinner="Loading the gazetteer…")
def load_gazetteer(aliases: str) -> Gazetteer:
    return Gazetteer.load()  # reads $GEO_ALIASES: part of the cache key, so a change takes effect


def gazetteer() -> Gazetteer:
    return load_gazetteer(os.environ.get("GEO_ALIASES", ""))


@st.cache_resource(show_spinner="Reading the articles…")
def bundled(folder: str, fingerprint: tuple, aliases: str) -> Corpus:
    articles, errors = load_articles([folder])
    return read_corpus(articles, gazetteer(), errors)


def fingerprint(folder: Path) -> tuple:
    return tuple(sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()))


def add_uploads(files: list[tuple[str, bytes]]) -> None:
    """Parse uploads (or pasted text) one by one with a progress bar; bad files get a message."""
    bar = st.progress(0.0, text="Processing articles…")
    good, errors = [], []
    for k, (name, data) in enumerate(files):
        try:
            good.append(parse_article(data, name))
        except ArticleError as e:
            errors.append(e)
        bar.progress((k + 1) / len(files), text=f"Processed {k + 1}/{len(files)}")
    extra = read_corpus(good, gazetteer())
    st.session_state.uploads = merge(st.session_state.get("uploads") or Corpus([], [], []), extra)
    st.session_state.upload_errors = [f"{e.path}: {e.message}" for e in errors]
    st.session_state.upload_added = [a.label for a in extra.articles]
    bar.empty()


def corpus() -> Corpus:
    base = bundled(str(ARTICLES), fingerprint(ARTICLES), os.environ.get("GEO_ALIASES", "")) if ARTICLES.is_dir() else Corpus([], [], [])
    up = st.session_state.get("uploads")
    return merge(base, up) if up else base


@st.cache_resource
def tune_gc() -> bool:
    """Once per server, after the first load: the gazetteer and corpus live as long as the
    server, so they are frozen out of the cycle collector's scans, and the collector runs less
    often (a rerun allocates tens of thousands of short-lived objects; at default thresholds
    its passes cost a third of a large map's rerun, see bench/dashboard.py)."""
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)
    return True


gaz = gazetteer()
c = corpus()
tune_gc()

# ---------------------------------------------------------------- sidebar: sources and filters
sb = st.sidebar
sb.header("Sources")
ids = [a.id for a in c.articles]
col_all, col_none = sb.columns(2)
if col_all.button("All", width="stretch"):
    for i in ids:
        st.session_state[f"src_{i}"] = True
if col_none.button("None", width="stretch"):
    for i in ids:
        st.session_state[f"src_{i}"] = False
selected = [a.id for a in c.articles if sb.checkbox(a.label, value=st.session_state.get(f"src_{a.id}", True),
                                                     key=f"src_{a.id}", help=a.path)]
sb.header("Filters")
claims_all = [cl for cl in c.claims if cl.article_id in set(selected)]
reporters = sorted({cl.reported_by or "unattributed" for cl in claims_all})
pick_rep = sb.multiselect("Reporter", reporters, default=reporters)
events = sorted({cl.event_type for cl in claims_all})
pick_ev = sb.multiselect("Event type", events, default=events)
victims = ["civilians", "security forces", "fighters", "total"]
pick_vic = sb.multiselect("Victim category", victims, default=victims)
dates = sorted({d for cl in claims_all for d in (cl.date_start, cl.date_end) if d})
date_range = None
if len(dates) >= 2:
    lo, hi = dt.date.fromisoformat(dates[0]), dt.date.fromisoformat(dates[-1])
    chosen = sb.slider("Dates (undated claims always shown)", lo, hi, (lo, hi))
    date_range = (chosen[0].isoformat(), chosen[1].isoformat())
rule = sb.selectbox("Toll rule (best figure)", RULES, index=RULES.index(DEFAULT_RULE),
                    help="latest: each reporter's latest figure; max / min / median of the sources' figures")
layers = sb.multiselect("Map layers", LAYERS, default=["localities", "regions"])

claims = filter_claims(claims_all, pick_rep, pick_ev, pick_vic, date_range)
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
# not rerun the script.
st_folium(base_map(bounds_of(c.claims)), feature_group_to_add=data_layer(data, c, gaz, tuple(layers)),
          height=560, use_container_width=True, returned_objects=[], key="map")

tab_loc, tab_time, tab_conf, tab_unres, tab_add, tab_dl = st.tabs(
    ["Localities", "Tolls over time", "Conflicts", "Unresolved names", "Add articles", "Download"])

with tab_loc:
    df = pd.DataFrame(export.locality_records(data.localities), columns=export.LOCALITY_COLUMNS)
    cols = ["name", "place_kind", "precision", "killed_best", "killed_low", "killed_high", "killed_reported_best",
            "incidents", "source_count", "event_types", "first_date", "last_date", "conflicting", "reported_by"]
    st.dataframe(df[cols].sort_values("killed_best", ascending=False, na_position="last"), hide_index=True,
                 width="stretch")

with tab_time:
    rows = pd.DataFrame(toll_versions(data.incidents))
    if rows.empty:
        st.info("No toll was reported more than once with different figures.")
    else:
        for name, g in rows.groupby("incident"):
            st.caption(name)
            st.line_chart(g.pivot_table(index="step", columns="reporter", values="value", aggfunc="max"))
        st.dataframe(rows, hide_index=True, width="stretch")

with tab_conf:
    rows = pd.DataFrame(conflicts(data.incidents))
    if rows.empty:
        st.info("No disagreement between sources.")
    else:
        st.dataframe(rows, hide_index=True, width="stretch")

with tab_unres:
    unresolved = [(u.text, source_label(c, u.article)) for p in c.places if p.article.id in set(selected) for u in p.unresolved]
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
            if st.form_submit_button("Save alias") and name and choice:
                try:
                    gaz.add_alias(name, choice.id, note="added in the dashboard")
                except GazetteerError as e:
                    st.error(str(e))
                else:
                    bundled.clear()
                    if st.session_state.get("uploads"):
                        up = st.session_state.uploads
                        st.session_state.uploads = read_corpus(up.articles, gaz, up.errors)
                    st.session_state.alias_saved = f"Saved: {name} → {choice.name}. Applied to every article."
                    st.rerun()
    if st.session_state.get("alias_saved"):
        st.success(st.session_state.pop("alias_saved"))

with tab_add:
    files = st.file_uploader("Upload articles (.txt, .md, .html)", type=["txt", "md", "html", "htm"],
                             accept_multiple_files=True)
    if files and st.button(f"Add {len(files)} file(s)"):
        if len(files) > MAX_UPLOAD_FILES:
            st.error(f"At most {MAX_UPLOAD_FILES} files at once; {len(files)} given.")
        else:
            add_uploads([(f.name, f.getvalue()) for f in files])
            st.rerun()
    text = st.text_area("…or paste an article")
    if st.button("Add pasted text") and text.strip():
        add_uploads([("pasted.txt", text.encode("utf-8"))])
        st.rerun()
    for msg in st.session_state.get("upload_errors", []):
        st.error(msg)
    if st.session_state.get("upload_added"):
        st.success("Added: " + "; ".join(st.session_state.upload_added))
    for e in c.errors:
        st.warning(f"{e.path}: {e.message}")

with tab_dl:
    level = st.radio("Level", export.LEVELS, horizontal=True)
    d1, d2, d3 = st.columns(3)
    for col, fmt, mime in ((d1, "geojson", "application/geo+json"), (d2, "csv", "text/csv"),
                           (d3, "gpkg", "application/geopackage+sqlite3")):
        # a callable: the file is built when the button is clicked, not on every rerun
        col.download_button(f"Download {fmt.upper()}", data=lambda fmt=fmt: export.to_bytes(level, data, c, fmt),
                            file_name=f"geo-{level}.{fmt}", mime=mime, width="stretch")
