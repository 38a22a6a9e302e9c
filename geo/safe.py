"""Untrusted text (anything that came from an article, a file name or a user) on its way to
Streamlit's Markdown: labels, captions, messages.

Streamlit never renders raw HTML in them, but it does render Markdown: an article title
``![x](https://tracker.example/p.png)`` would make every visitor's browser fetch a remote
image, ``[click](https://phish.example)`` would become a link, and ``:red[...]`` or
``:material/...:`` would restyle the page. ``md_escape`` backslash-escapes every ASCII
punctuation character (CommonMark allows that for all of them) and breaks bare URLs, www.
names and e-mail addresses with an invisible word joiner (GFM would link them), so the text
shows as typed and nothing in it is a link.
"""
from __future__ import annotations

import re

_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")
_SPACE = re.compile(r"\s+")
# GitHub-flavoured Markdown turns bare URLs, www. names and e-mail addresses into links even
# when escaped; an invisible word joiner inside them stops that and changes nothing visible.
_AUTOLINK = re.compile(r"(?i)(?<=[a-z])(?=:/)|(?<=\bwww)(?=\.)|(?<=@)(?=[a-z0-9])")


def md_escape(text: object, max_len: int | None = None) -> str:
    """``text`` as literal Markdown: punctuation escaped, line breaks and runs of white space
    folded to one space (a label is one line), cut to ``max_len`` characters if given."""
    s = _SPACE.sub(" ", strip_bidi(str(text if text is not None else ""))).strip()
    if max_len is not None and len(s) > max_len:
        s = s[: max_len - 1] + "…"
    return _PUNCT.sub(r"\\\1", _AUTOLINK.sub("\u2060", s))


def strip_bidi(text: str) -> str:
    """``text`` without bidirectional formatting controls (see the module docstring)."""
    return _BIDI.sub("", text)
