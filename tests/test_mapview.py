"""The folium map: plain-text payload, links, local assets, sizes; no Streamlit involved."""
import datetime as dt
import json

from geo.articles import parse_article
from geo.mapview import build_map, esc, find_sources, install_assets, map_payload, radius_for, safe_url, to_script_json
from geo.pipeline import build_map as build_data, read_corpus


def test_escape_and_links():
    assert esc('<img src=x onerror="a()">') == "&lt;img src=x onerror=&quot;a()&quot;&gt;"
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "//evil", "", None):
        assert safe_url(bad) is None


def test_area_true_radius():
    assert radius_for(None, 100) == radius_for(0, 100) < radius_for(1, 100)
    assert abs(radius_for(25, 100) / radius_for(100, 100) - 0.5) < 0.01  # area ∝ deaths


def test_map_html_is_offline_and_carries_article_text_as_inert_data(gazetteer, tmp_path):
    text = 'Gunmen killed 7 civilians in Homs. <script>alert(1)</script> "q" `b` \\ {{ 7*7 }} _id end.'
    art = parse_article(text.encode(), "evil.txt", {"url": "javascript:alert(2)", "outlet": "<b>Outlet</b>"})
    corpus = read_corpus([art], gazetteer)
    data = build_data(corpus, gazetteer)
    m = build_map(data, corpus, gazetteer, ("localities", "incidents", "regions", "heatmap"))
    html = m.get_root().render()
    assert "cdn" not in html.lower() and "/app/static/vendor/leaflet/leaflet.js" in html
    # nothing from the article reaches the page as markup: < > & are \u escapes inside JSON strings
    assert "<script>alert(1)" not in html and "<b>Outlet" not in html
    # braces reach the page as \\u escapes: no template engine on the way ever sees "{{ 7*7 }}"
    assert "\\u007b\\u007b 7*7 \\u007d\\u007d" in html and "{{ 7*7 }}" not in html
    assert "javascript:alert(2)" not in html
    # the page runs geo's own script from the app's static files, and only calls it inline
    assert "/geo/draw.js" in html and "geoDraw(" in html and "innerHTML" not in html
    payload = json.loads(map_payload(data, corpus, gazetteer, ("localities", "incidents")))
    sources, locs, incs = payload[0], payload[1], payload[2]
    assert payload[7] is None  # a map of few places: no cells (geo.cells), each place drawn at every zoom
    assert [s[0] for s in sources] == [art.id]
    assert sources[0][1].startswith("<b>Outlet</b>")  # verbatim text, shown as text by the browser
    assert sources[0][2] == ""  # the javascript: link is dropped
    row = locs[0][6]
    assert row[0] == "Homs" and row[4] == [7, 7, 7]  # name; killed low, best, high
    version = locs[0][7][0][9][0]  # first incident, first version: [article, qualifier, figure, reporter, ...]
    assert version[0] == art.id and version[2] == 7
    assert version[6].startswith("Gunmen killed 7 civilians in Homs. <script>")
    assert incs[0][4] == "Homs" and incs[0][5] == locs[0][7][0]  # the incidents layer: same incident
    install_assets(tmp_path)
    assert (tmp_path / "vendor" / "leaflet" / "leaflet.js").is_file()
    assert (tmp_path / "vendor" / "leaflet-heat" / "leaflet_heat.min.js").is_file()
    draw = (tmp_path / "vendor" / "geo" / "draw.js").read_text(encoding="utf-8")
    assert "window.geoDraw" in draw and "textContent" in draw and "innerHTML" not in draw
    (tmp_path / "vendor" / "geo" / "draw.js").write_text("stale", encoding="utf-8")
    install_assets(tmp_path)  # an older copy is replaced: the script changes with geo
    assert (tmp_path / "vendor" / "geo" / "draw.js").read_text(encoding="utf-8") == draw


def test_a_compressed_data_layer_carries_the_same_payload_as_base64_of_its_deflate(gazetteer):
    import base64
    import re
    import zlib

    from geo.mapview import data_layer

    art = parse_article(b"Gunmen killed 7 civilians in Homs. {{ 7*7 }} _id <b>x</b>", "c.txt")
    corpus = read_corpus([art], gazetteer)
    data = build_data(corpus, gazetteer)
    m = build_map(data, corpus, gazetteer)  # (a parent map for the layer's name)
    layer = data_layer(data, corpus, gazetteer, compress=True)
    layer.add_to(m)
    script = layer._children[next(iter(layer._children))].script_text()
    call = re.fullmatch(r'geoDraw\(\w+, "([A-Za-z0-9+/=]+)"\);', script)
    assert call, script[:80]  # only base64: nothing a script, a template or streamlit-folium would touch
    assert zlib.decompress(base64.b64decode(call.group(1))).decode("utf-8") == map_payload(data, corpus, gazetteer)


def test_script_json_round_trips_and_has_nothing_a_script_or_streamlit_folium_would_touch():
    value = [["</script><!-- x", "a_b {{ '1' }}", "\u2028\u2029 & > é ‘’ \\ \"", 3, 1.5, None]]
    out = to_script_json(value)
    for bad in ("<", ">", "&", "_", "{", "}", "\u2028", "\u2029"):
        assert bad not in out
    assert json.loads(out) == value


def test_a_toggle_redraws_the_figures_it_changed_and_reuses_the_rest(gazetteer):
    texts = ["Gunmen killed 12 villagers in Maiduguri on Monday, police said.",
             "The toll in Maiduguri rose to 20 villagers killed, local officials said on Tuesday.",
             "Clashes killed 7 people in Homs on Monday, a monitor said."]
    arts = [parse_article(f"date 2024-05-0{k + 1}\n{t}".encode(), f"m{k}.txt") for k, t in enumerate(texts)]
    corpus = read_corpus(arts, gazetteer)

    def killed(data):
        payload = json.loads(map_payload(data, corpus, gazetteer))
        return {row[6][0]: row[6][4][1] for row in payload[1]}  # name -> killed best in the popup

    everything = build_data(corpus, gazetteer)
    assert killed(everything) == {"Maiduguri": 20, "Homs": 7}
    without = build_data(corpus, gazetteer, sources=[arts[0].id, arts[2].id])
    assert killed(without) == {"Maiduguri": 12, "Homs": 7}
    homs = [loc for loc in without.localities if loc.name == "Homs"]
    assert homs[0] is next(loc for loc in everything.localities if loc.name == "Homs")  # Syria's part kept
    assert killed(build_data(corpus, gazetteer)) == {"Maiduguri": 20, "Homs": 7}


def test_a_click_on_a_circle_chooses_its_locality_and_nothing_else_does(gazetteer):
    from geo.mapview import clicked_locality

    corpus = read_corpus([parse_article(b"Gunmen killed four villagers in Kidal on Monday. In Gao, a bomb killed "
                                        b"two soldiers and a market bombing killed two people in Mopti.", "a.txt")], gazetteer)
    locs = build_data(corpus, gazetteer).localities
    assert len(locs) >= 3
    # the map reports a click on a circle at the circle's point, as the payload rounds it
    payload = json.loads(map_payload(build_data(corpus, gazetteer), corpus, gazetteer))
    for row in payload[1]:
        assert clicked_locality(locs, {"lat": row[0], "lng": row[1]}).name == row[6][0]
    # the outline, the sea, a circle the filters removed, nonsense: no locality
    kidal = next(loc for loc in locs if "Kidal" in loc.name)
    assert clicked_locality(locs, {"lat": kidal.lat + 0.3, "lng": kidal.lon}) is None
    assert clicked_locality(locs, {"lat": 16.77, "lng": -3.01}) is None
    assert clicked_locality(locs, None) is None
    assert clicked_locality(locs, {"lat": "x", "lng": None}) is None


def test_the_time_slider_plays_each_incidents_counted_once_deaths_on_its_dates(gazetteer):
    """Made-up wire copy: a town's toll on two days and a province's that holds the town's
    second day. Each incident carries its period and what it adds counted once, so any window of
    days adds up without counting twice, and the whole period to the map's total."""
    arts = [parse_article(text.encode(), name) for name, text in (
        ("a.txt", "date 2024-02-03\nGunmen killed 4 villagers in Bunia on Friday, local officials said."),
        ("b.txt", "date 2024-02-10\nAt least 9 civilians were killed in Bunia on Saturday in a new attack, the army said."),
        ("c.txt", "date 2024-02-11\nAttacks in Ituri province killed 15 civilians on Saturday, a monitor said."),
        ("d.txt", "Armed men shot dead 2 farmers in Kisangani, residents said."),  # no date at all
    )]
    corpus = read_corpus(arts, gazetteer)
    data = build_data(corpus, gazetteer)
    payload = json.loads(map_payload(data, corpus, gazetteer))
    first, last, rows, smallest, largest_r, largest, base = payload[8]
    assert dt.date(1970, 1, 1) + dt.timedelta(days=base) == dt.date.fromisoformat(first)  # rows count from 1970
    rows = [[[a - base, b - base, k] for a, b, k in loc_rows] for loc_rows in rows]
    names = [r[6][0] for r in payload[1]]
    by_name = dict(zip(names, rows))
    assert first == "2024-02-02" and last == 8  # Friday the 2nd to Saturday the 10th
    assert sorted(by_name["Bunia"]) == [[0, 0, 4], [8, 8, 9]]
    assert [k for *_, k in by_name["Ituri"]] == [6]  # its 15 less the town's 9 of the same day
    assert by_name["Kisangani"] == []  # undated: left out while the slider plays, said so on the page
    # every place's rows add up to its counted-once toll; the map's total over the whole period
    for r, k in zip(payload[1], rows):
        assert sum(x[2] for x in k) == (r[6][4][1] if r[6][4] else 0) or not k
    assert sum(x[2] for k in rows for x in k) == sum(l.killed() or 0 for l in data.localities if l.lat is not None) - 2
    assert (smallest, largest_r, largest) == (4, 28, payload[6])


def test_an_area_drawn_on_the_map_becomes_a_box_id_and_nothing_else_does():
    from geo.mapview import drawn_box

    ring = [[35.7, 34.75], [35.7, 35.1], [36.1, 35.1], [36.1, 34.75], [35.7, 34.75]]  # GeoJSON: lon, lat
    assert drawn_box({"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [ring]}}) == "box:34.75_35.7_35.1_36.1"
    # past the map's edge: clamped to the world
    wide = [[-200, -95], [-200, 10], [20, 10], [20, -95], [-200, -95]]
    assert drawn_box({"geometry": {"coordinates": [wide]}}) == "box:-90_-180_10_20"
    for bad in (None, {}, {"geometry": None}, {"geometry": {"coordinates": [[[1, 2]]]}}, "box:1_2_3_4",
                {"geometry": {"coordinates": [[["x", 1]] * 5]}}, {"geometry": {"coordinates": [[[1, 1]] * 5]}},
                {"geometry": {"coordinates": [[[float("nan"), 1], [2, 2], [3, 3], [1, 1]]]}}):
        assert drawn_box(bad) is None


def test_sources_are_found_by_every_word_of_a_search_in_corpus_order():
    labels = {"a": "Daily Star · Floods in Sylhet · 2024-06-20", "b": "“Gunmen killed 4 in Zamfara…”",
              "c": "daily star · Gunmen attack in Zamfara", "d": "Wire · Sylhet flood toll rises"}
    assert find_sources(labels, "zamfara GUNMEN", 10) == (2, ["b", "c"])
    assert find_sources(labels, "daily star", 1) == (2, ["a"])  # how many are found, the first listed
    assert find_sources(labels, "  ", 3) == (4, ["a", "b", "c"])  # no words: every source
    assert find_sources(labels, "sylhet zamfara", 10) == (0, [])
    assert find_sources({"e": "Wire · Culiacán, Sinaloa"}, "CULIACAN", 5) == (1, ["e"])  # any diacritics
