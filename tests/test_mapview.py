"""The folium map: escaping, links, local assets, sizes; no Streamlit involved."""
from geo.articles import parse_article
from geo.mapview import build_map, esc, install_assets, locality_html, radius_for, safe_url
from geo.pipeline import build_map as build_data, read_corpus


def test_escape_and_links():
    assert esc('<img src=x onerror="a()">') == "&lt;img src=x onerror=&quot;a()&quot;&gt;"
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "//evil", "", None):
        assert safe_url(bad) is None


def test_area_true_radius():
    assert radius_for(None, 100) == radius_for(0, 100) < radius_for(1, 100)
    assert abs(radius_for(25, 100) / radius_for(100, 100) - 0.5) < 0.01  # area ∝ deaths


def test_map_html_is_offline_and_escaped(gazetteer, tmp_path):
    text = 'Gunmen killed 7 civilians in Homs. <script>alert(1)</script> "q" `b` \\ end.'
    art = parse_article(text.encode(), "evil.txt", {"url": "javascript:alert(2)", "outlet": "<b>Outlet</b>"})
    corpus = read_corpus([art], gazetteer)
    data = build_data(corpus, gazetteer)
    m = build_map(data, corpus, gazetteer, ("localities", "incidents", "regions", "heatmap"))
    html = m.get_root().render()
    assert "cdn" not in html.lower() and "/app/static/vendor/leaflet/leaflet.js" in html
    assert "<script>alert(1)</script>" not in html
    # folium embeds the data as JSON, which spells "&" as \u0026: the escaped text is there
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html.replace("\\u0026", "&")
    assert "javascript:alert(2)" not in html and "<b>Outlet</b>" not in html
    popup = locality_html(data.localities[0], corpus)
    assert "&lt;b&gt;Outlet&lt;/b&gt;" in popup
    install_assets(tmp_path)
    assert (tmp_path / "vendor" / "leaflet" / "leaflet.js").is_file()
    assert (tmp_path / "vendor" / "leaflet-heat" / "leaflet_heat.min.js").is_file()
