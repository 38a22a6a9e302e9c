import re

from geo.safe import md_escape


def test_markdown_syntax_is_shown_not_rendered():
    s = md_escape("![x](http://t.example/p.png) **b** [c](javascript:alert(1)) :red[x] <img src=x> $x$ `c` # h")
    # every punctuation character is escaped, so none can open Markdown syntax
    assert not re.search(r"[!-/:-@\[-`{-~]", re.sub(r"\\.", "", s))
    assert s.replace("\\", "").replace("\u2060", "") == "![x](http://t.example/p.png) **b** [c](javascript:alert(1)) :red[x] <img src=x> $x$ `c` # h"


def test_one_line_and_cut():
    assert md_escape("a\n\n b\tc") == "a b c"
    assert md_escape("x" * 50, max_len=10) == "x" * 9 + "…"
    assert md_escape(None) == ""


def test_bare_urls_and_addresses_cannot_become_links():
    s = md_escape("see http://evil.example/x or www.evil.example or a@evil.example")
    shown = s.replace("\\", "")
    assert "http://" not in shown and "www." not in shown and "a@e" not in shown
    assert s.replace("\\", "").replace("\u2060", "") == "see http://evil.example/x or www.evil.example or a@evil.example"


def test_bidirectional_controls_are_removed_from_names_and_labels():
    from geo.safe import strip_bidi
    from geo.store import safe_name

    assert strip_bidi("a\u202eb\u2066c\u2069d\u202a") == "abcd"
    assert md_escape("report\u202efdp.exe") == "report" + "fdp\\.exe"
    assert safe_name("photo\u202egpj.exe") == "photogpj.exe"
