import datetime as dt

import pytest

from geo.articles import article_id, load_articles, parse_article, read_article
from geo.exc import ArticleTooLarge, BinaryArticle, EmptyArticle, UnsupportedArticle

from conftest import ARTICLES


def test_leading_date_line_is_metadata_not_text():
    a = parse_article(b" date 2025-03-09 Fighting broke out in Homs.\n\nMore text here.", "a.txt")
    assert a.published == dt.date(2025, 3, 9)
    body = a.text[a.segments[0][0]:]
    assert body.startswith("Fighting broke out")


def test_trailing_source_line_gives_url_and_outlet():
    a = parse_article(b"Clashes in Idlib killed five.\nSource: https://www.example-news.org/a/b?c=1\n\n\n", "a.txt")
    assert a.url == "https://www.example-news.org/a/b?c=1"
    assert a.outlet == "example-news.org"
    assert "Source:" not in a.body()


def test_short_first_line_is_a_title():
    a = parse_article("Deadly Clashes\nFighting in Homs killed five people on Monday.".encode(), "a.txt")
    assert a.title == "Deadly Clashes"
    b = parse_article(b"Fighting in Homs killed five people on Monday.\nMore.", "b.txt")
    assert b.title is None


def test_sidecar_overrides_metadata(tmp_path):
    (tmp_path / "x.txt").write_text("Title Here\nBody of the article about Aleppo.\nSource: https://a.com/1", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,outlet,title,url,published\nx.txt,Agency X,Better title,https://b.org/2,2024-05-06\n", encoding="utf-8")
    [a], errors = load_articles([tmp_path])
    assert not errors
    assert (a.outlet, a.title, a.url, a.published) == ("Agency X", "Better title", "https://b.org/2", dt.date(2024, 5, 6))


def test_cp1252_and_cp1256_fallbacks_are_noted():
    a = parse_article("Caf\u00e9 \u201cquoted\u201d in Homs".encode("cp1252"), "w.txt")
    assert "Café “quoted”" in a.text and a.encoding == "cp1252"
    assert any("cp1252" in n for n in a.notes)
    b = parse_article("قتل خمسة مدنيين في اللاذقية".encode("cp1256"), "ar.txt")
    assert "اللاذقية" in b.text and b.encoding == "cp1256"


def test_utf16_with_bom():
    a = parse_article("Shelling hit Daraa.".encode("utf-16"), "u.txt")
    assert a.text == "Shelling hit Daraa."


def test_html_becomes_text_with_metadata():
    html = b"""<!doctype html><html><head><title>T</title>
    <meta property="og:title" content="Strike on Homs">
    <meta property="og:site_name" content="Daily Example">
    <meta property="article:published_time" content="2024-01-02T10:00:00Z">
    <script>var x = "<p>not text</p>";</script><style>p{}</style></head>
    <body><nav>Home | World</nav><h1>Strike on Homs</h1><p>Five people were killed &amp; ten hurt.</p>
    <p>Second&nbsp;paragraph.</p></body></html>"""
    a = parse_article(html, "page.html")
    assert "Five people were killed & ten hurt." in a.text
    assert "not text" not in a.text and "Home | World" not in a.text
    assert (a.title, a.outlet, a.published) == ("Strike on Homs", "Daily Example", dt.date(2024, 1, 2))


def test_repeated_block_is_dropped_but_offsets_stay_in_the_original():
    block = "Shelling killed five civilians in Homs on Monday. Rescue teams searched the rubble for hours. "
    text = block + "A different closing sentence about the aftermath here. " + block
    a = parse_article(text.encode(), "dup.txt")
    assert len(a.dropped) == 1
    s, e = a.dropped[0]
    assert a.text[s:e].strip() == block.strip()
    assert s > len(block)  # the second copy is the one dropped
    kept = "".join(a.text[x:y] for x, y in a.segments)
    assert kept.count("Shelling killed five") == 1


def test_repeat_in_bundled_sample_found(sample_places):
    dropped = [p.article for p in sample_places if p.article.dropped]
    assert len(dropped) == 1
    a = dropped[0]
    assert sum(e - s for s, e in a.dropped) > 0.4 * len(a.text)


def test_article_id_is_stable_and_content_based():
    a = parse_article(b"Same text.", "a.txt")
    b = parse_article(b"Same text.", "other-name.txt")
    c = parse_article(b"Other text.", "a.txt")
    assert a.id == b.id == article_id("Same text.") and a.id != c.id and len(a.id) == 16


@pytest.mark.parametrize("data,err", [
    (b"", EmptyArticle),
    (b"   \n\t\n", EmptyArticle),
    (b"%PDF-1.7 binary", BinaryArticle),
    (b"abc\x00def\x00" * 20, BinaryArticle),
    (b"PK\x03\x04zip", BinaryArticle),
    (b"<html><body><script>x</script></body></html>", EmptyArticle),
])
def test_bad_inputs_raise_clear_errors(data, err):
    with pytest.raises(err) as e:
        parse_article(data, "bad.html" if data.startswith(b"<") else "bad.txt")
    assert "bad." in str(e.value) and e.value.message


def test_size_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"word " * 2000)
    with pytest.raises(ArticleTooLarge, match="over the limit"):
        read_article(p, max_bytes=1000)


def test_unsupported_extension(tmp_path):
    p = tmp_path / "x.pdf"
    p.write_bytes(b"%PDF")
    with pytest.raises(UnsupportedArticle):
        read_article(p)


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    (tmp_path / "a.txt").write_text("Shelling hit Homs.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "d.md").write_text("# Title\nClashes in Idlib.", encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("x", encoding="utf-8")
    articles, errors = load_articles([tmp_path])
    assert sorted(a.path.rsplit("/", 1)[1] for a in articles) == ["a.txt", "d.md"]
    assert sorted(e.reason for e in errors) == ["binary", "empty"]


def test_bundled_articles_metadata():
    articles, errors = load_articles([ARTICLES])
    assert len(articles) == 5 and not errors
    assert sum(1 for a in articles if a.published) >= 1
    assert sum(1 for a in articles if a.url and a.outlet) >= 1
    assert sum(1 for a in articles if a.title) >= 1
    for a in articles:  # offsets of kept segments lie inside the text
        assert all(0 <= s < e <= len(a.text) for s, e in a.segments)


@pytest.mark.parametrize("url, outlet", [("data:text/html,<script>x</script>", None), ("javascript:alert(1)", None),
                                         ("https://www.bbc.co.uk/news/1", "bbc.co.uk"), ("example.com:8080/x", "example.com")])
def test_outlet_only_from_web_addresses(url, outlet):
    from geo.articles import outlet_from_url

    assert outlet_from_url(url) == outlet


def test_metadata_lines_are_found_where_they_are_and_nowhere_else():
    a = parse_article(b"Published: 2025-03-09T10:00Z\n\nGunmen killed 4 people in Homs.\nSource: https://news.example/x\n\n", "m.txt")
    assert a.published.isoformat() == "2025-03-09" and a.url == "https://news.example/x" and a.outlet == "news.example"
    assert a.body() == "Gunmen killed 4 people in Homs."
    # a source line that is not the last line is text, and a date far down is no date line
    b = parse_article(b"Gunmen killed 4 people in Homs.\nsource: https://x.example\nMore text here.\n", "n.txt")
    assert b.url is None and "source:" in b.body()
    c = parse_article((" " * 500 + "date 2025-03-09\nText.").encode(), "o.txt")
    assert c.published is None


def test_a_link_out_of_the_articles_folder_is_not_followed(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    secret = tmp_path / "secrets.toml"
    secret.write_text('password_hash = "scrypt$do-not-show"\n', encoding="utf-8")
    (folder / "ok.txt").write_text("Clashes in Idlib.", encoding="utf-8")
    (folder / "leak.txt").symlink_to(secret)
    (folder / "inside.txt").symlink_to(folder / "ok.txt")  # a link inside the folder is fine
    articles, errors = load_articles([folder])
    assert sorted(a.path.rsplit("/", 1)[1] for a in articles) == ["inside.txt", "ok.txt"]
    [err] = errors
    assert err.path.endswith("leak.txt") and "outside the articles folder" in err.message
    assert not any("do-not-show" in a.text for a in articles)


def test_names_relative_to_the_articles_folder_carry_no_server_path(tmp_path):
    folder = tmp_path / "srv" / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text("Clashes in Idlib.", encoding="utf-8")
    [a], _ = load_articles([folder], relative_to=folder)
    assert a.path == "sub/a.txt"
    [b], _ = load_articles([folder])
    assert b.path == str(folder / "sub" / "a.txt")  # the CLI keeps the path as given


def test_bidirectional_controls_never_reach_a_label():
    a = parse_article("Title \u202egnp.exe\u202c here\nGunmen killed 4 people in Homs.".encode(), "t.txt")
    assert "\u202e" not in a.label and "\u202c" not in a.label
    assert "\u202e" in a.text  # the text itself is kept as it is: offsets point into it


def test_a_saved_news_page_gives_its_article_not_its_furniture():
    page = """<!doctype html><html><head><meta charset="utf-8"><title>Shelling kills 12 | Example News</title>
    <meta property="og:site_name" content="Example News">
    <link rel="canonical" href="https://news.example.org/world/shelling-12"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
    <div class="share">Share on Facebook | Share on X | Email</div>
    <article><h1>Shelling kills 12 near market in Goma</h1>
    <p class="dateline">Published 2 May 2024</p>
    <p>At least 12 people were killed on Wednesday when shells hit a crowded market in Goma, the provincial
    governor said, in the deadliest attack on the city this year.</p>
    <p>Another 30 people were wounded and taken to the city's main hospital, doctors said. The army blamed
    the rebels for the attack; the rebels denied any involvement.</p></article>
    <aside><h3>Related</h3><ul><li><a href="/a">5 killed in Bunia attack</a></li>
    <li><a href="/b">Floods kill 20 in Kinshasa</a></li></ul></aside>
    <footer><p>© 2024 Example News. All rights reserved. Contact us | Privacy</p></footer></body></html>"""
    a = parse_article(page.encode(), "page.html")
    assert "At least 12 people were killed" in a.text and "Another 30 people were wounded" in a.text
    for furniture in ("Bunia", "Floods kill 20", "All rights reserved", "Share on Facebook", "Sport"):
        assert furniture not in a.text
    assert (a.outlet, a.url) == ("Example News", "https://news.example.org/world/shelling-12")
    assert a.title.startswith("Shelling kills 12")


@pytest.mark.parametrize("text, encoding", [
    ("По меньшей мере двенадцать человек погибли в среду при обстреле рынка, сообщили власти.", "cp1251"),
    ("По меньшей мере двенадцать человек погибли в среду при обстреле рынка, сообщили власти.", "koi8_r"),
    ("לפחות שנים עשר בני אדם נהרגו ביום רביעי בירי ליד השוק, כך מסרה המשטרה.", "cp1255"),
    ("Τουλάχιστον δώδεκα άνθρωποι σκοτώθηκαν την Τετάρτη σε επίθεση κοντά στην αγορά.", "cp1253"),
    ("Çarşamba günü pazar yakınındaki saldırıda en az on iki kişi hayatını kaybetti, otuz kişi yaralandı.", "cp1254"),
    ("قتل ما لا يقل عن اثني عشر شخصا يوم الأربعاء في قصف قرب السوق في مدينة حلب.", "cp1256"),
    ("Très tôt mercredi, près du marché, douze personnes ont été tuées à Goma, à côté de l'hôpital.", "latin-1"),
    ("Deux soldats tués près de Bouaké.", "latin-1"),
    ("Co najmniej dwanaście osób zginęło w środę w ataku w pobliżu targu, poinformowała policja.", "cp1250"),
    ("Двенадцать человек погибли при обстреле рынка в Донецке.", "utf-16"),
])
def test_files_in_other_code_pages_decode_right(text, encoding):
    a = parse_article(text.encode(encoding), "note.txt")
    assert a.text == text


def test_an_html_page_is_read_in_the_charset_it_declares():
    body = "Τουλάχιστον δώδεκα άνθρωποι σκοτώθηκαν την Τετάρτη σε επίθεση κοντά στην αγορά της πόλης."
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head><body><p>{body}</p></body></html>'
    a = parse_article(page.encode("iso-8859-7"), "el.html")
    assert body in a.text and a.encoding == "iso8859-7"
    assert any("as the page declares" in n for n in a.notes)


def test_a_page_too_large_for_the_article_finder_is_read_whole_and_says_so():
    from geo.articles import MAIN_TEXT_MAX_TAGS

    rows = "".join(f"<p>Row {i}: shelling reported near the river.</p>" for i in range(MAIN_TEXT_MAX_TAGS // 2 + 10))
    a = parse_article(f"<html><body>{rows}</body></html>".encode(), "big.html")
    assert "Row 0: shelling reported" in a.text and f"Row {MAIN_TEXT_MAX_TAGS // 2 + 9}:" in a.text
    assert "HTML converted to text: all its visible text (too many tags for the article finder)" in a.notes


def test_a_date_line_under_the_title_and_byline_is_the_publication_date():
    for head, want in (("Published: 2024-09-14", "2024-09-14"), ("Sept. 14, 2024 10:30 AM EST", "2024-09-14"),
                       ("Updated: 3 March 2025", "2025-03-03")):
        a = parse_article(f"Floods kill 9 in hill district\nBy a Staff Reporter\n{head}\n\nNine people died.".encode(), "h.txt")
        assert a.published is not None and a.published.isoformat() == want
    # a date inside a sentence, or past the first lines, is no publication date
    assert parse_article(b"Title\nOn 12 March 2024, 3 militants were killed.", "i.txt").published is None
    assert parse_article(("\n".join(["line"] * 8) + "\n2024-01-01\n").encode(), "j.txt").published is None


def test_a_header_block_of_key_value_lines_is_metadata_and_its_title_is_read():
    data = (b"Title: Gunmen kill 6 in raid on Tillaberi village\nOutlet: Sahel Daily\nDate: 2024-04-02\n"
            b"Author: A. Reporter\n\nGunmen on motorbikes killed six villagers near Tera on Monday.\n")
    a = parse_article(data, "raid.txt")
    assert (a.title, a.outlet, a.published) == ("Gunmen kill 6 in raid on Tillaberi village", "Sahel Daily", dt.date(2024, 4, 2))
    read = [a.text[s:e] for s, e in a.segments]
    # the keys are never read as words ("Date" is no town in Japan); the title's value is
    assert read[0] == "Gunmen kill 6 in raid on Tillaberi village"
    assert not any("Outlet" in r or "Date:" in r or "Author" in r for r in read)


def test_one_key_value_line_is_still_the_story():
    a = parse_article(b"Update: 5 killed in Kano market blast\n\nA bomb killed five traders on Monday.\n", "u.txt")
    assert a.text[a.segments[0][0]:].startswith("Update: 5 killed")


def test_links_to_other_stories_are_not_read():
    text = ("Landslide buries homes in hill village\n\nAt least nine people died when a landslide buried homes in a "
            "hill village on Sunday, officials said.\n\nREAD MORE: Bus plunges into gorge, killing 31\n\n"
            "Rescuers were still digging on Monday.\n\nMore from this region:\n- Flash floods kill 14 in valley\n"
            "- Clashes leave 6 dead at border post\n\nRelated stories:\nFerry capsizes with 40 on board\n"
            "Storm kills two fishermen\n\nThe district has seen heavy rain since Thursday.")
    a = parse_article(text.encode(), "page.txt")
    kept = a.body()
    assert "nine people died" in kept and "Rescuers were still digging" in kept and "heavy rain" in kept
    for link in ("gorge", "Flash floods", "border post", "Ferry", "fishermen", "READ MORE", "Related stories"):
        assert link not in kept
    assert any("linking to other stories" in n for n in a.notes)
    # ... the text itself stays whole: every offset is into it
    assert a.text == text
    # ... and a sentence that opens with such a word is the story's
    a = parse_article(b"Gunmen killed four people.\n\nMore than 20 others were wounded, police said.", "b.txt")
    assert "More than 20" in a.body()


def test_a_page_of_links_only_is_an_empty_article():
    with pytest.raises(EmptyArticle):
        parse_article(b"Related: Bus plunges into gorge\nREAD MORE: Floods kill 14\n", "links.txt")


def test_the_caption_of_an_old_photo_is_not_read():
    text = ("Bomb kills two soldiers on border road\n\nFILE PHOTO: Soldiers stand guard where a bomb killed nine people "
            "at a market, March 3, 2019. REUTERS/Staff/File Photo\n\nFILE - In this photo, mourners bury 14 victims of "
            "a massacre in 2021.\n\nA roadside bomb killed two soldiers on a border road on Tuesday, the army said.")
    a = parse_article(text.encode(), "caption.txt")
    assert "nine people" not in a.body() and "14 victims" not in a.body() and "two soldiers on a border road" in a.body()
    # ... while a file named in a sentence is no caption
    a = parse_article(b"File photos of the attack were shared online. Four people died.", "f.txt")
    assert "Four people died" in a.body() and "File photos" in a.body()
