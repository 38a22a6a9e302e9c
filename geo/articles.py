"""Articles: files (or uploaded bytes) become decoded text with metadata and kept spans.

Every offset anywhere in geo points into ``Article.text``: the decoded file with line endings
normalised to ``\\n`` (for HTML: the extracted text). Nothing is cut out of that text;
metadata lines and blocks repeated inside the article are instead left out of
``Article.segments``, the spans that later steps read.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple
from urllib.parse import urlparse

from geo import lang
from geo.exc import (
    ArticleError,
    ArticleTooLarge,
    BinaryArticle,
    EmptyArticle,
    UndecodableArticle,
    UnsupportedArticle,
)
from geo.safe import strip_bidi
from geo.text import split_sentences

EXTENSIONS = (".txt", ".md", ".html", ".htm")
# A news article, even a saved web page with its scripts, is far smaller; a bigger file is an
# accident. The same cap as the dashboard's upload limit (server.maxUploadSize = 5, in MiB).
MAX_BYTES = 5 * 1024 * 1024
# what a text should not hold: the replacement character, control characters but tab, newline, form feed
_UNDECODED = re.compile("[\ufffd\x00-\x08\x0b\x0d-\x1f]")
SIDECAR = "sources.csv"

_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a Word/OpenDocument file)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}


@dataclass
class Article:
    """One article: its text, where it came from, and what is known about it."""

    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)
    segments: list[tuple[int, int]] = field(default_factory=list)
    dropped: list[tuple[int, int]] = field(default_factory=list)
    lead: str | None = None  # its first words, where the text is not kept (a project's article: geo.project)
    sizes: tuple[int, int] | None = None  # ... and its characters and repeated characters dropped then

    @property
    def label(self) -> str:
        """A short human label: outlet and title when known (else the article's first words),
        and the date when known."""
        parts = [p for p in (self.outlet, self.title) if p]
        if not parts or not self.title:
            lead = self.lead if self.lead is not None else self.first_words()
            if lead:
                parts.append(f"“{lead}…”")
        if self.published:
            parts.append(self.published.isoformat())
        return strip_bidi(" · ".join(parts) if parts else Path(self.path).name)

    def first_words(self) -> str:
        return " ".join(self.body().split()[:7])

    def body(self) -> str:
        """The kept text, segments joined by newlines (offsets are lost: for display only)."""
        return "\n".join(self.text[s:e] for s, e in self.segments)


# ---------------------------------------------------------------------------- decoding

def _looks_binary(data: bytes) -> str | None:
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return what
    head = data[:8192]
    if b"\x00" in head:
        return "binary data (it holds NUL bytes)"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if head and controls / len(head) > 0.05:
        return "binary data (many control characters)"
    return None


def _script_byte_runs(data: bytes) -> bool:
    """True when bytes >= 0x80 come in word-like runs (a non-Latin script in an 8-bit code
    page: Arabic, Cyrillic, Greek, Hebrew), not singly between ASCII letters (accents and
    curly quotes of a Latin script)."""
    runs = re.findall(rb"[\x80-\xff]+", data[:65536])
    if not runs:
        return False
    long_runs = sum(1 for r in runs if len(r) >= 3)
    return long_runs / len(runs) > 0.5


# 8-bit code pages news files come in. Latin scripts differ in a few letters only, told apart
# by which reading leaves symbols inside words ("¹" for Polish "ą" read as cp1252, "þ" for
# Turkish "ş"); the first that leaves none wins, so Western European (cp1252) is the default
# and French Latin-1 is never read as Central European (cp1250). Other scripts are told apart
# by charset-normalizer among these only (on short texts it also guesses DOS code pages).
LATIN_CODE_PAGES = ("cp1252", "cp1250", "cp1254", "cp1257")
SCRIPT_CODE_PAGES = ("cp1256", "iso8859_6", "cp1251", "koi8_r", "iso8859_5", "cp1253", "iso8859_7",
                     "cp1255", "iso8859_8")
# symbols that a wrong Latin code page puts inside words
_ODD_IN_WORDS = re.compile(r"(?<=[^\W\d_])[¹²³¿¥£¯œŒŸþÞðÐýÝ¤¦§¨ª¬®°±´µ¶·¸º¼½¾]|[¹²³¿¥£¯œŒŸþÞðÐýÝ¤¦§¨ª¬®°±´µ¶·¸º¼½¾](?=[^\W\d_])")
_META_CHARSET = re.compile(rb"""<meta\b[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares (``<meta charset>`` or its http-equiv form)."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    import codecs

    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def _latin(data: bytes) -> str:
    best, fewest = LATIN_CODE_PAGES[0], None
    for enc in LATIN_CODE_PAGES:
        try:
            odd = len(_ODD_IN_WORDS.findall(data.decode(enc)))
        except UnicodeDecodeError:
            continue
        if fewest is None or odd < fewest:
            best, fewest = enc, odd
    return best


def _script(data: bytes) -> str:
    from charset_normalizer import from_bytes

    found = from_bytes(data[:200_000], cp_isolation=list(SCRIPT_CODE_PAGES)).best()
    return found.encoding if found is not None else "cp1256"


def decode_bytes(data: bytes, path: str) -> tuple[str, str, list[str]]:
    """Decode ``data``: UTF-8 (with or without BOM) or UTF-16 with BOM; else the encoding an
    HTML page declares; else an 8-bit code page: a Latin one (see LATIN_CODE_PAGES) when the
    bytes above ASCII stand singly among ASCII letters, another script's (Arabic, Cyrillic,
    Greek, Hebrew) when they come in words, with a note saying which."""
    notes: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", notes
        except UnicodeDecodeError as e:
            raise UndecodableArticle(path, f"starts with a UTF-16 mark but is not UTF-16 ({e.reason})") from None
    what = _looks_binary(data)
    if what:
        raise BinaryArticle(path, f"this is {what}, not text; save the article as .txt, .md or .html")
    try:
        return data.decode("utf-8-sig"), "utf-8", notes
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared and declared not in ("utf-8", "utf-16"):
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            notes.append(f"the page says it is {declared}, but it is not")
        else:
            notes.append(f"not valid UTF-8: decoded as {declared}, as the page declares")
            return text, declared, notes
    guess = _script(data) if _script_byte_runs(data) else _latin(data)
    for enc in dict.fromkeys([guess, "cp1252", "cp1256"]):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        notes.append(f"not valid UTF-8: decoded as {enc}")
        return text, enc, notes
    raise UndecodableArticle(path, "not valid UTF-8 nor any 8-bit code page tried; re-save it as UTF-8")


# ---------------------------------------------------------------------------- HTML

class _HTMLText(HTMLParser):
    """Visible text of an HTML page, a newline per block, plus metadata from <head>."""

    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
             "article", "blockquote", "pre", "header", "footer", "ul", "ol", "table", "hr", "figcaption"}
    SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "iframe", "object"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.meta: dict[str, str] = {}
        self._in_title = False
        self._title: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
        elif tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
            self.meta.setdefault("canonical", a["href"])
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.handle_starttag(tag, attrs)
        if tag in self.SKIP:
            self.skip -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
        elif not self.skip:
            self.parts.append(data)

    def text(self) -> str:
        raw = "".join(self.parts)
        lines = (re.sub(r"[ \t\r\f\v\xa0]+", " ", ln).strip() for ln in raw.split("\n"))
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()

    @property
    def title(self) -> str | None:
        t = " ".join("".join(self._title).split())
        return t or None


def _page_meta(markup: str) -> tuple[str, dict[str, str]]:
    """geo's own reading of a page: its visible text (a newline per block) and its <head>'s
    metadata; the fallback where trafilatura finds no main text."""
    p = _HTMLText()
    try:
        p.feed(markup)
        p.close()
    except Exception:  # html.parser is lenient; anything it still chokes on becomes plain text
        return html.unescape(re.sub(r"<[^<>]*+>", " ", markup)), {}
    m = p.meta
    meta = {
        "title": m.get("og:title") or p.title,
        "url": m.get("og:url") or m.get("canonical"),
        "outlet": m.get("og:site_name"),
        "published": m.get("article:published_time") or m.get("datepublished") or m.get("date"),
    }
    return p.text(), {k: v for k, v in meta.items() if v}


# trafilatura's time grows with a page's elements (~0.1 ms each here): a news page has a few
# thousand; past this many tags a page is read by geo's own parser (linear, ~10x faster)
MAIN_TEXT_MAX_TAGS = 20_000


# what parse_article notes about how a page was read (html_to_text's "reader")
READER_NOTES = {
    "article": "its article (trafilatura)",
    "page": "all its visible text (no article found in it)",
    "large": "all its visible text (too many tags for the article finder)",
}


def _main_text(markup: str) -> dict | None:
    """trafilatura's main text and metadata of a page (None: it found no article in it).
    Menus, teasers ("Related: 5 killed in ..."), share bars, footers and comments are left out."""
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a pinned dependency; the fallback still reads the page
        return None
    try:
        # favor_precision: a menu or a teaser list left in is a claim too many ("Related: 5 killed in X")
        doc = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False, include_tables=True,
                                          include_images=False, deduplicate=False, favor_precision=True)
    except Exception:  # a page trafilatura cannot parse is read by geo's own parser
        return None
    if doc is None:
        return None
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return d if (d.get("text") or "").strip() else None


def html_to_text(markup: str) -> tuple[str, dict[str, str]]:
    """The article text of an HTML page and its metadata (title, url, outlet, published):
    trafilatura's main text where it finds one, else the page's visible text; metadata from the
    page's own tags first (what the publisher says), then what trafilatura infers."""
    text, meta = _page_meta(markup)
    if markup.count("<") > MAIN_TEXT_MAX_TAGS:
        meta["reader"] = "large"
        return text, meta
    found = _main_text(markup)
    if found is None:
        meta["reader"] = "page"
        return text, meta
    meta["reader"] = "article"
    inferred = {"title": found.get("title"), "url": found.get("url"), "outlet": found.get("sitename"),
                "published": found.get("date")}
    for k, v in inferred.items():
        if v and not meta.get(k):
            meta[k] = v
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(ln.strip() for ln in found["text"].split("\n"))).strip()
    return body, meta


# ---------------------------------------------------------------------------- metadata

_DATE_LINE = re.compile(
    r"\s*(?:(?:date|dated|published|posted|updated)\s*+(?:[:=]\s*+)?)?"
    r"(?P<date>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(r"[ \t]*+source[ \t]*+:[ \t]*+(?P<url>\S++)[ \t]*+", re.IGNORECASE)
# Where the metadata lines are looked for: a date line within the first characters, a source
# line as the last line. Both are matched on a bounded or single line, never by a search that
# could scan the whole text from many starting points (time stays linear in the text).
_HEAD = 200


def _date_line(text: str) -> re.Match | None:
    """A leading date line ("date 2025-03-09", "Published: 2025-03-09T10:00Z")."""
    lead = len(text) - len(text.lstrip())
    if lead > _HEAD:
        return None
    return _DATE_LINE.match(text, 0, min(len(text), lead + _HEAD))


_MONTHS = lang.get().dates.MONTHS
_NAMED_DATE = (r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[A-Za-z]{3,9})\.?,?|(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2})"
               r"(?:st|nd|rd|th)?,?)\s+(?P<y>\d{4})")
# A line of the head that is a date, labelled or alone ("Published: 14 September 2024",
# "Sept. 14, 2024 10:30 AM", "Updated: 2024-09-14"): the title and a byline may come first.
_HEAD_DATE_LINE = re.compile(
    r"[ \t]*(?:(?:date|dated|published|posted|updated|first published)[ \t]*(?:on)?[ \t]*[:=]?[ \t]*)?"
    rf"(?:(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})|{_NAMED_DATE})"
    r"(?:[ \t,]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,5}|[ \t]*[+-]\d{2}:?\d{2}|Z)?)?[ \t]*",
    re.IGNORECASE)
_HEAD_LINES = 6


def head_date(text: str, start: int) -> dt.date | None:
    """The date of a date line among the first lines after ``start`` (title, byline, date), if
    one is; a line is matched whole and only a few short lines are read (time stays linear)."""
    pos = start
    for _ in range(_HEAD_LINES):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        m = _HEAD_DATE_LINE.fullmatch(text, pos, end) if end - pos <= _HEAD else None  # (a long line is text)
        if m:
            return named_date(m)
        if end >= len(text):
            return None
        pos = end + 1
    return None


def named_date(m: re.Match) -> dt.date | None:
    """The date of a match of ``_HEAD_DATE_LINE``."""
    if m["iso"]:
        return parse_date(m["iso"])
    month = _MONTHS.get((m["m1"] or m["m2"]).lower().rstrip("."))
    try:
        return dt.date(int(m["y"]), month, int(m["d1"] or m["d2"])) if month else None
    except ValueError:
        return None


def _source_line(text: str, start: int) -> tuple[int, str] | None:
    """(start, url) of a trailing "Source: <url>" line (the last line that is not blank)."""
    end = len(text.rstrip())
    line = text.rfind("\n", start, end) + 1
    line = max(line, start)
    m = _SOURCE_LINE.fullmatch(text, line, end)
    return (line, m["url"]) if m else None


def parse_date(value: str | None) -> dt.date | None:
    """A date from ISO text (``2025-03-09``, ``2025-03-09T10:00Z``); None if not one."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def outlet_from_url(url: str | None) -> str | None:
    """The outlet of a URL: its host without ``www.`` (``timesofisrael.com``)."""
    if not url:
        return None
    if re.match(r"(?i)\s*[a-z][a-z0-9+.-]*:(?!\d)", url) and not re.match(r"(?i)\s*https?://", url):
        return None  # "data:...", "javascript:...": no outlet (and never a link); "host:8080" is fine
    parsed = urlparse(url if "//" in url else "//" + url)
    host = parsed.hostname or ""
    host = host.removeprefix("www.")
    return host or None


# A header block of "Key: value" lines at the top of a text file ("Title: ...", "Outlet: ...",
# "Date: ..."): what each key fills. Read only as a block of two or more such lines at the very
# start, so a story opening "Update: 5 killed" is still a story.
_HEADER_KEYS = {"title": "title", "headline": "title", "outlet": "outlet", "publisher": "outlet",
                "publication": "outlet", "newspaper": "outlet", "source": "outlet", "site": "outlet",
                "date": "published", "published": "published", "publication date": "published",
                "url": "url", "link": "url", "author": "", "by": "", "byline": "", "section": "", "language": ""}
_HEADER_LINE = re.compile(r"[ \t]*+(?P<key>[A-Za-z][A-Za-z ]{0,20}?)[ \t]*+:[ \t]*+(?P<value>\S[^\n]{0,300}?)[ \t]*+(?=\n|$)")


def _header_block(text: str) -> tuple[dict[str, str], tuple[int, int] | None, int] | None:
    """The fields of a leading "Key: value" block, the span of its title's value (read as the
    story's first line) and where the block ends (with the blank lines after it); None if the
    text does not open with two or more such lines."""
    pos = len(text) - len(text.lstrip())
    fields: dict[str, str] = {}
    title_span = None
    lines = 0
    while pos < len(text) and lines < 12:
        m = _HEADER_LINE.match(text, pos)
        key = m.group("key").lower() if m else None
        if m is None or key not in _HEADER_KEYS:
            break
        field = _HEADER_KEYS[key]
        value = m.group("value")
        if field == "outlet" and re.match(r"https?://", value):
            field = "url"  # "Source: https://..." names the page
        if field and field not in fields:
            fields[field] = value
            if field == "title":
                title_span = (m.start("value"), m.end("value"))
        lines += 1
        pos = m.end()
        if pos < len(text) and text[pos] == "\n":
            pos += 1
    if lines < 2:
        return None
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return fields, title_span, pos


def _title_line(text: str, start: int) -> tuple[int, int] | None:
    """Span of a short first line that reads as a title (no closing full stop)."""
    nl = text.find("\n", start)
    if nl < 0:
        return None
    line = text[start:nl].strip()
    rest = text[nl:].strip()
    if not line or not rest or len(line) > 120 or len(line.split()) > 14:
        return None
    head = line.lstrip("# ")[:1]
    if line[-1] in ".!?:;,”\"'" or not (head.isupper() or head.isdigit()):  # ("3 killed in ...": a title too)
        return None
    s = text.index(line, start)
    return s, s + len(line)


def _repeated_blocks(text: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Split ``spans`` into kept and dropped parts: a sentence of 6+ words seen before in the
    same article is a repeat (feeds and scrapers duplicate whole bodies)."""
    seen: set[str] = set()
    kept: list[tuple[int, int]] = []
    dropped: list[tuple[int, int]] = []
    for s, e in spans:
        for a, b in split_sentences(text, s, e):
            key = " ".join(text[a:b].split()).casefold()
            target = kept
            if len(key.split()) >= 6:
                if key in seen:
                    target = dropped
                seen.add(key)
            if target and target[-1][1] <= a and not text[target[-1][1]:a].strip():
                target[-1] = (target[-1][0], b)  # merge neighbours separated by blanks only
            else:
                target.append((a, b))
    return kept, dropped


_PAGES = lang.get().pages


def _labels(words: Iterable[str]) -> str:
    """A regex of any of a page's labels, the longest first, its spaces any run of blanks and its
    apostrophes either apostrophe ("editor's picks")."""
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+").replace("'", "['’]") for w in sorted(words, key=len, reverse=True))


_LINK_LABEL = _labels(_PAGES.LINK_LABELS)
_LINK_SEP = "|".join(re.escape(x) for x in _PAGES.LINK_SEPARATORS)
# a link to another story: its label, a separator, the link ("READ MORE: Gunmen kill 12 in ...")
_LINK_LINE = re.compile(rf"[ \t]*[\[(]?[ \t]*(?:{_LINK_LABEL})[ \t]*[\])]?[ \t]*(?:{_LINK_SEP})[ \t]*\S", re.IGNORECASE)
# a label on a line of its own ("Also in the news:"), over a list of links
# (or with a few words more before its separator: "More from this region:")
_LINK_HEAD = re.compile(rf"[ \t]*[\[(]?[ \t]*(?:{_LINK_LABEL})(?:[ \t]*[\])]?[ \t]*(?P<sep>{_LINK_SEP})?"
                        rf"|(?:[ \t]+[\w'’-]+){{1,3}}[ \t]*(?P<sep2>{_LINK_SEP}))[ \t]*", re.IGNORECASE)
_LIST_ITEM = re.compile(r"[ \t]*(?:%s)[ \t]+\S" % "|".join(re.escape(m) for m in _PAGES.LIST_MARKS))
# the caption of an old photo: a label, a separator ("FILE PHOTO: ...", "FILE - In this photo ...")
_FILE_PHOTO = re.compile(r"[ \t]*[\[(]?(?:%s)[\])]?[ \t]*(?:%s)[ \t]" % (
    _labels(_PAGES.FILE_PHOTO_LABELS), "|".join(re.escape(x) for x in _PAGES.FILE_PHOTO_SEPARATORS)), re.IGNORECASE)
_HEADLINE_CHARS = 120  # an unmarked item of a list of links: a line this short that ends with no full stop


def _links_to_other_stories(text: str, paragraphs: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Split the lines of a copied page into the story's and its links to other stories (``geo.lang``'s
    ``pages``): a line that is a label and a link ("Related: Eight killed in shooting at a
    nightclub"), and a label alone with the list of links under it ("Also in the news:", then
    "- Suicide bomber kills 20 at market" lines; after a label with a colon, headlines too, up to
    a blank line); and the caption of an old photo ("FILE PHOTO: ... where gunmen killed 12
    passengers ... in 2020"), an earlier event's. Each line is matched from its start, once."""
    kept: list[tuple[int, int]] = []
    links: list[tuple[int, int]] = []
    under: str | None = None  # "marked" or "headlines": the lines after a label alone, while they are its list
    last_end = 0
    for a, b in paragraphs:
        if under is not None:
            blank = "\n" in text[last_end:a].replace("\n", "", 1) if last_end else False
            if _LIST_ITEM.match(text, a, b) or under == "headlines" and not blank and b - a <= _HEADLINE_CHARS \
                    and text[a:b].rstrip()[-1:] not in ".!?\"”":
                links.append((a, b))
                last_end = b
                continue
            under = None
        if _LINK_LINE.match(text, a, b) or _FILE_PHOTO.match(text, a, b):
            links.append((a, b))
        elif (head := _LINK_HEAD.fullmatch(text, a, b)) is not None:
            links.append((a, b))
            under = "headlines" if head["sep"] or head["sep2"] else "marked"
        else:
            kept.append((a, b))
        last_end = b
    return kept, links


def article_id(text: str) -> str:
    """A stable id from the content: the first 16 hex digits of SHA-256 of the text."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------------------- reading

def parse_article(data: bytes, path: str, meta: dict | None = None, *, max_bytes: int = MAX_BYTES) -> Article:
    """Turn the bytes of one file (or upload) into an Article, or raise an ArticleError.

    ``meta`` (outlet, title, url, published) overrides what the text itself says, as a
    ``sources.csv`` row does.
    """
    if len(data) > max_bytes:
        raise ArticleTooLarge(path, f"{len(data):,} bytes is over the limit of {max_bytes:,}; split it or raise the limit (--max-bytes)")
    if not data.strip():
        raise EmptyArticle(path, "the file is empty")
    text, encoding, notes = decode_bytes(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    found: dict[str, str] = {}
    is_html = path.lower().endswith((".html", ".htm")) or re.match(r"\s*<(!doctype html|html)\b", text[:200], re.I)
    if is_html:
        text, found = html_to_text(text)
        notes.append("HTML converted to text: " + READER_NOTES[found.pop("reader", "page")])
    bad = len(_UNDECODED.findall(text))
    if text and bad / len(text) > 0.02:
        raise UndecodableArticle(path, f"{bad} characters could not be decoded; re-save it as UTF-8 text")
    if not text.strip():
        raise EmptyArticle(path, "no text in it" + (" (the HTML has no visible text)" if is_html else ""))

    start, end = 0, len(text)
    published = parse_date(found.get("published"))
    header = None if is_html else _header_block(text)
    head_title: tuple[int, int] | None = None
    if header is not None:
        fields, head_title, start = header
        found = {**fields, **found}
        published = published or parse_date(fields.get("published"))
    m = None if header is not None else _date_line(text)
    if m:
        published = published or parse_date(m["date"])
        start = len(text) - len(text[m.end():].lstrip())  # and the blank lines after it
    elif published is None:
        published = head_date(text, start)  # a date line under the title and the byline
    src = _source_line(text, start)
    url = found.get("url")
    if src:
        url = url or src[1]
        end = src[0]
    title = found.get("title")
    body_spans = [(start, end)]
    t = _title_line(text, start) if head_title is None else None
    if t and not title:
        title = text[t[0]:t[1]].lstrip("# ").strip()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end and head_title is None:
        raise EmptyArticle(path, "only metadata lines, no article text")
    paragraphs = [(a.start() + start, a.end() + start) for a in re.finditer(r"[^\n]+", text[start:end])]
    paragraphs, links = _links_to_other_stories(text, paragraphs)
    if links:
        notes.append(f"{len(links):,} line(s) linking to other stories were left out")
    if head_title is not None:
        paragraphs.insert(0, head_title)  # the header's title is read as the story's first line
    if not paragraphs and head_title is None:
        raise EmptyArticle(path, "only links to other stories, no article text")
    segments, dropped = _repeated_blocks(text, paragraphs or body_spans)
    if dropped:
        notes.append(f"{sum(b - a for a, b in dropped):,} characters repeated inside the article were left out")
    meta = {k: v for k, v in (meta or {}).items() if v}
    return Article(
        id=article_id(text),
        path=str(path),
        text=text,
        title=meta.get("title") or title,
        outlet=meta.get("outlet") or found.get("outlet") or outlet_from_url(meta.get("url") or url),
        url=meta.get("url") or url,
        published=parse_date(meta.get("published")) or published,
        encoding=encoding,
        notes=notes,
        segments=segments,
        dropped=dropped,
    )


def read_sidecar(folder: Path) -> dict[str, dict]:
    """Rows of ``folder/sources.csv`` (file, outlet, title, url, published), by file name."""
    p = folder / SIDECAR
    if not p.is_file():
        return {}
    with open(p, newline="", encoding="utf-8-sig") as f:
        return {r["file"].strip(): {k: (v or "").strip() for k, v in r.items() if k != "file"}
                for r in csv.DictReader(f) if r.get("file")}


class ArticleFile(NamedTuple):
    """One file to read: where it is, its ``sources.csv`` row, the name it is shown and
    exported under, and the folder it must stay inside (None for a file named directly)."""

    path: Path
    meta: dict | None
    name: str
    root: Path | None


def article_files(paths: Iterable[str | Path], relative_to: str | Path | None = None) -> Iterator[ArticleFile]:
    """Each article file under ``paths`` (files, or folders searched recursively), with its
    sidecar row when its folder has a ``sources.csv``. A file found in a folder is named by its
    path as given (``data/articles/x.txt``), or relative to ``relative_to`` when that holds it
    (a server passes its articles folder, so no server path reaches a page or an export)."""
    sidecars: dict[Path, dict] = {}
    base = Path(relative_to).resolve() if relative_to is not None else None
    for p in map(Path, paths):
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.suffix.lower() in EXTENSIONS
                           and not any(part.startswith(".") for part in f.relative_to(p).parts) and f.is_file())
            root = p.resolve()
        else:
            files, root = [p], None
        for f in files:
            folder = f.parent
            if folder not in sidecars:
                sidecars[folder] = read_sidecar(folder)
            name = str(f)
            if base is not None and f.absolute().is_relative_to(base):
                name = str(f.absolute().relative_to(base))
            elif base is not None and f.resolve().is_relative_to(base):
                name = str(f.resolve().relative_to(base))
            yield ArticleFile(f, sidecars[folder].get(f.name), name, root)


def read_article(path: str | Path, meta: dict | None = None, *, max_bytes: int = MAX_BYTES,
                 name: str | None = None, root: Path | None = None) -> Article:
    """Read one article file, or raise an ArticleError that says what is wrong with it.
    ``name`` is how the article is called (default: ``path``); with ``root``, a file that
    resolves outside that folder (a symbolic link out of it) is not read."""
    p = Path(path)
    name = str(p) if name is None else name
    if not p.exists():
        raise ArticleError(name, "no such file")
    if p.is_dir():
        raise ArticleError(name, "is a folder; pass it to load_articles")
    if root is not None and not p.resolve().is_relative_to(root):
        raise ArticleError(name, "is a link to a file outside the articles folder; not read")
    if p.suffix.lower() not in EXTENSIONS:
        raise UnsupportedArticle(name, f"unsupported file type {p.suffix or '(none)'}; use {', '.join(EXTENSIONS)}")
    size = p.stat().st_size
    if size > max_bytes:
        raise ArticleTooLarge(name, f"{size:,} bytes is over the limit of {max_bytes:,}; split it or raise the limit (--max-bytes)")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ArticleError(name, f"cannot be read ({e.strerror})") from None
    return parse_article(data, name, meta, max_bytes=max_bytes)


def iter_articles(paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES,
                  relative_to: str | Path | None = None) -> Iterator[Article | ArticleError]:
    """Each article under ``paths`` in order, or the error of the file that failed."""
    for f in article_files(paths, relative_to):
        try:
            yield read_article(f.path, f.meta, max_bytes=max_bytes, name=f.name, root=f.root)
        except ArticleError as e:
            yield e


def load_articles(paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES,
                  relative_to: str | Path | None = None) -> tuple[list[Article], list[ArticleError]]:
    """All articles under ``paths``, and the per-file errors; one bad file stops nothing."""
    articles: list[Article] = []
    errors: list[ArticleError] = []
    for a in iter_articles(paths, max_bytes=max_bytes, relative_to=relative_to):
        (errors if isinstance(a, ArticleError) else articles).append(a)
    return articles, errors
