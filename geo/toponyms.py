"""Place mentions: find the place names in an article and resolve each to one place.

Steps (all offsets point into ``Article.text``):

1. **Spans.** In each kept sentence, every run of up to six words that starts with a
   capitalised (or Arabic-script) word and may hold name connectors ("Deir ez-Zor",
   "Bosnia and Herzegovina") is looked up by its strict key, then its loose key; the longest
   match at each position wins. A name before "county"/"counties"/"parish" (alone or in a
   list: "Douglas, Sarpy and Lancaster counties") is also looked up as that area's own name.
2. **Rejection.** What is not a place goes: months and days, news outlets ("SANA" is not
   Sanaa), acronyms without a capitalised gazetteer name, common words that merely open a
   sentence, and names of people and organisations: a match inside a longer capitalised
   name ("Aron Lund", "Marco Rubio"), after a title ("President Sharaa"), or a word already
   seen as part of a person's name in the article (not in a title-case line). A place that
   opens a longer name stays the place that name is about when the name cannot be a
   person's: an area's own head word ("the Henry County Courthouse"), or a major place after
   "the" ("the Glendale Galleria"; an outlet's or a council's name makes it an actor).
   Twin towns ("Fargo-Moorhead") are two places; things named after a place elsewhere are
   not that place ("Baghdad Street", "Independence Day", "the Hilton hotel in Cartagena").
2b. **Features.** A feature named after a place takes the whole name and lies near the
   place ("the Catawba River", "Lake Chad", "the Port of Los Angeles", "Jerome Township").
3. **Resolution.** Each candidate place is scored on how well the name matches (own name or
   curated alias over a GeoNames alternate, strict over loose), prominence (kind and
   population), the article's country focus, closeness to the article's unambiguous places,
   qualifiers ("Latakia province" is the admin-1 area, "the city of X" a locality), a
   following "X, Y" parent, and the first-order areas the article names ("Palestine" with
   "Texas"). An admin-1 area named after its capital yields to the city unless qualified.
   Two passes: the second uses the focus and anchors of the first (a name that scores alike
   in several areas is no evidence of any of them), and counts a candidate near any candidate
   of another name of a few candidates as near a place named ("Paris" and "Henry County": the
   Paris in Henry County, Tennessee). An actor's country alone ("an Israeli strike") is too
   little evidence to put an article in a country: below one place's worth, the focus counts
   in proportion.
4. **Role.** A mention is a ``location`` (something happens there) unless the wording makes
   the place an actor or an origin: a demonym ("Russian protection"), a possessive before a
   non-geographic noun ("Iran's ambassador"), ``X-based``/``X-backed``, a following
   institution ("Damascus authorities", "U.S. Secretary"), the subject of a statement
   ("Iran said"), a list after "governments, including", an agent after "by"; but "in
   Pakistan's ... stronghold of X" is where. "the Somali capital", "Syria's capital" become the
   capital city, a location.
5. **Precision** from the kind of place, and "near X"/"outside X" (see ``geo.precision``).
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field, replace
from typing import Callable, Iterable

from geo import lang
from geo.gate import gated
from geo.actors import default_groups
from geo.articles import Article
from geo.gazetteer import (
    CONSTITUENT_COUNTRIES,
    ADMIN1,
    ADMIN2,
    ALIAS,
    COUNTRY,
    DEMONYM,
    DOTTED,
    LOCALITY,
    PRIMARY,
    REGION,
    UPPER,
    Gazetteer,
    default_gazetteer,
)
from geo.geometry import PointIndex, contains, haversine_km, places_km
from geo.numbers import words_to_int
from geo.precision import acled_geo_precision, precision_for, ucdp_where_prec
from geo.text import ARTICLES, POSSESSIVE_AFTER, Token, alternation, join_keys, loose_key, name_key, split_sentences, tokenize, word_key
from geo.vocab import PlaceKind

lx = lang.get().places  # what a capitalised word is when it is not a place, qualifiers, actor nouns

MAX_WORDS = 6
_BLOCK = 64               # sentences looked up, or spans judged, between two checks of the time budget
THRESHOLD = 0.5           # minimum score to accept a resolution
WEAK_THRESHOLD = 0.62     # ... for a lone word that opens a sentence or sits in a headline
HAMLET_THRESHOLD = 0.75   # ... and when that word is a hamlet's name (fewer than HAMLET people, or not known)
HAMLET = 1_000
UNKNOWN_POPULATION = 1_000  # what a town of unknown population is taken to weigh (Tall 'Afar, a district seat)
PART_OF_AREA = 0.1         # a name after a direction word ("eastern Victoria") reads as an area
RUNNERS_UP = 3
CITY_OF_ITS_AREA = 20_000  # a town this big that shares its first-order area's name is what "in X" means
WORLD_CITY = 1_000_000     # a city this big is what its name means, unless a namesake's neighbours are named
BRACKET_TAIL_AREA = 0.2    # the last name of a bracketed list, a first-order area: "(Tabayin, Sagaing)"
LISTED_AREA = 0.1          # a name listed beside a first-order area reads as one
CAPITAL_BONUS = 0.05       # a country's capital (of 100,000 people or more) over areas and towns of its name
EXACT_OWN = 10_000        # a town this big bearing a name exactly is meant before places only spelt like it
SETTLEMENT_CITY = 100_000  # a city this big is no "village of" or "town" of its name by a variant or from abroad
NOT_A_SETTLEMENT = 1.0     # ... and what such a reading loses (all it has)
ACTOR_FOCUS = 0.3         # an actor's country ("Iran's ambassador", "U.S. troops") as focus evidence,
                          # beside 1 for a place named as a location
NATIONALS_FOCUS = 0.1      # counted people of a country ("stabbed two Americans"), less still
NEIGHBOUR_SHARE = 0.5     # a city in a country bordering the article's countries: this much of their focus share
GROUP_FOCUS = 0.5         # an armed group that fights in one country ("blamed on the FARC") as focus evidence
GROUP_ELSEWHERE = 0.2     # ... against a town (under 100,000 people) beyond the groups' countries and their
                          # neighbours that nothing else points at
NAMESAKE_TOWN = 10_000  # a namesake this big in the country the other names point at is a rival of a world city's name
NAMED_AREA_WEIGHT = 0.1   # ... and how much its naming that area itself counts ("Alexandria" with "Virginia")
FOCUS_MARGIN = 0.1        # a resolved name votes for its country in full when it beats its best
                          # candidate in another country by this much, in part below it
TWIN_KM = 60              # two towns this close, joined by a hyphen, are twin towns ("Fargo-Moorhead")
SOFT_ANCHOR = 1.0         # a candidate near a candidate of another ambiguous name counts as near an anchor ...
SOFT_BAND = 0.1           # ... and only for its candidates scoring within this of its best
SOFT_MAX = 30             # ... for names of at most this many candidates ("Washington" is no evidence)
LOOK_ALIKE = 0.4          # a place only spelt like an Arabic name written with its article, outside Arabic lands
TIE = 0.005               # scores closer than this are a tie
AREA_WEIGHT = 0.15        # how much the article's other places' first-order area counts
COUNTY_TOWN_KM = 35       # a town this near a second-order area's point, in its first-order area, lies in it ...
COUNTY_TOWN = 0.15        # ... and the two named in one article are that town and that area
COUNTRY_NAMESAKE = 0.3    # a town named like a country, in an article that places things in other countries
FOCUSED_EVIDENCE = 1.0    # an article is about a country only with at least this much evidence (one place named)

# A body's name before "of <its field>": "the Chamber of Commerce", "the Ministry of Justice".
_BODY_HEADS = lx.ORGANISATION_HEADS | {"chamber", "department", "secretary", "minister"}
# The head word of an area's or a town's own name: "Henry County", "Kansas City", "Jerome Township".
_NAME_HEADS = lx.ADMIN1_QUALIFIERS | lx.ADMIN2_QUALIFIERS | lx.LOCALITY_QUALIFIERS | lx.TOWNSHIP_WORDS
# Words after a place inside one capitalised name that keep the place a place:
# "Pointe Coupee Sheriff's Office", "Latakia Governorate", "Damascus International Airport".
PLACE_FOLLOWERS = (lx.ADMIN1_QUALIFIERS | lx.ADMIN2_QUALIFIERS | lx.LOCALITY_QUALIFIERS | lx.ACTOR_HEADS
                   | lx.GEO_NOUNS | frozenset("""
square street road avenue boulevard bridge gate river lake sea bay gulf valley mountain
mountains airport airbase base port harbour harbor station hospital university college
school schools council police sheriff fire county city municipal metropolitan local area
international national central regional district court stadium park market mosque church
cathedral museum library prison jail camp crossing highway plant refinery dam field
fields oil gas region province governorate metro subway underground railway mall bazaar shrine
temple""".split()))


@dataclass
class Mention:
    """One resolved place mention, with its evidence."""

    article: str
    path: str
    start: int
    end: int
    text: str
    place_id: str
    name: str
    lat: float
    lon: float
    kind: str
    precision: int
    country: str
    admin1: str
    score: float
    role: str
    role_cue: str
    sentence_start: int
    sentence_end: int
    source: str = "gazetteer"
    parts: tuple[str, ...] = ()
    candidates: list[dict] = field(default_factory=list)

    @property
    def acled_geo_precision(self) -> int:
        return acled_geo_precision(self.precision)

    @property
    def ucdp_where_prec(self) -> int:
        return ucdp_where_prec(self.precision)

    def to_record(self) -> dict:
        d = asdict(self)
        d["parts"] = list(self.parts)
        d["acled_geo_precision"] = self.acled_geo_precision
        d["ucdp_where_prec"] = self.ucdp_where_prec
        return d


@dataclass
class Unresolved:
    """A name in a place-like position that the gazetteer does not know."""

    article: str
    start: int
    end: int
    text: str
    cue: str
    sentence_start: int
    sentence_end: int


@dataclass
class ArticlePlaces:
    """The place mentions of one article."""

    article: Article
    mentions: list[Mention]
    unresolved: list[Unresolved]
    focus: dict[str, float]
    read_to: int | None = None  # where a time budget stopped reading; None = read to the end
    # the spans of the sentences read, in order (the claim finder reads the same sentences
    # and does not split the text again); None: not kept
    sentences: list[tuple[int, int]] | None = None


@dataclass
class _Span:
    sent: int
    i: int             # first token (index into the sentence's tokens)
    j: int             # last token
    start: int
    end: int
    key: str
    postings: list[tuple[int, int]]
    loose: bool                   # the whole match is loose (no strict hit at all)
    loose_only: frozenset = frozenset()  # places found only through the loose key
    look_alike: frozenset = frozenset()  # ... or only spelt like the name ("el-Barth": no Barth in Germany)
    weak: bool = False
    scores: dict[int, float] = field(default_factory=dict)
    best: int | None = None
    qualifier: str | None = None
    qualifier_noun: str = ""  # the noun that qualified it, singular ("province")
    near: bool = False
    part_of: bool = False  # after a direction word: "eastern Victoria", "northern Mali" (a part of an area)
    direction: bool = False  # a direction word that is an area's own name: "(Momo, North-West)"
    road: bool = False  # a town's road named after a place: "Winchester Road"
    landmark: bool = False  # a bridge, junction ... named after a place: "the Kara bridge"
    station: bool = False  # a station named after the town its line runs to: "the Gare de Lyon"
    dateline: bool = False  # where the story was filed: "HOUSTON —"
    filed_here: bool = False  # opens the story, which goes on to call it "this town": where it happened
    called_again: bool = False  # a town the next words call "the city's ...": where that happened too
    bracket_tail: bool = False  # the last of a bracketed list, its widest: "(Tabayin, Sagaing)"
    locative: bool = False  # right after "in", "at", "near" ... ("in Tal Afar"): named as a place
    nationals: bool = False     # counted people of a country ("injured two Americans"): whose, not where
    actor: bool = False   # the wording makes it an actor whatever place it resolves to
    institution: bool = False  # named inside an office's, organisation's or facility's name
    run_end: int = -1  # ... whose last token is this one
    affiliation: bool = False  # a politician's party and home: "Sen. Jane Roe, D-Dayton"
    names_thing: bool = False  # opens the name of a thing there, no person's: "the Glendale Galleria",
                               # "the Gainesville Riding Club", "Henry County Adult Education"
    named_actor: bool = False  # ... of an outlet or a body: "the St. Paul Pioneer Press", "the Dublin Arts Council"
    speaks: bool = False  # a place said to say or do something: its government ("Washington called for calm")


@dataclass
class _Sentence:
    start: int
    end: int
    tokens: list[Token]
    headline: bool
    title_case: bool = False  # most words capitalised, a headline or not: capitals say nothing of names


# ---------------------------------------------------------------------------- helpers

def _prefer(sp: "_Span", p: int) -> None:
    """Makes place ``p`` the span's reading, scored at least as its old reading was (so it passes
    the same threshold): for the steps after scoring that know better than the scores."""
    sp.scores = {**sp.scores, p: max(sp.scores.get(p, 0.0), sp.scores[sp.best])}
    sp.best = p


def _keep(sp: "_Span", keep: Callable[[int], bool]) -> None:
    """Keeps the span's candidates that ``keep`` accepts, the best of them its reading (none
    left: unresolved)."""
    sp.scores = {p: v for p, v in sp.scores.items() if keep(p)}
    sp.best = max(sp.scores, key=sp.scores.get) if sp.scores else None


def _read_as(sp: "_Span", other: "_Span") -> None:
    """Makes ``sp`` read as ``other`` does: the same postings and the one place ``other`` resolved
    to, at its score (a part of the story's town, a county called by its short name)."""
    sp.postings, sp.loose_only, sp.look_alike = other.postings, other.loose_only, other.look_alike
    sp.scores, sp.best = {other.best: other.scores[other.best]}, other.best


def _article_before(toks: list[Token], i: int) -> bool:
    """Whether an article ("a", "this", "the" ...) stands before token ``i``, past direction
    words and capitalised ones ("this northeast Texas", "a small Gulf Coast")."""
    for k in range(i - 1, max(-1, i - 5), -1):
        w = toks[k].text.casefold()
        if w in lx.ARTICLES:
            return True
        if not (w in lx.DIRECTIONS or w in lx.SIZE_WORDS or toks[k].is_capitalized):
            return False
    return False


def _kind_of_noun(noun: str) -> str | None:
    """The kind of place a kind word names: "province" an admin1, "district" an admin2, "town" a locality."""
    for kind, words in (("admin1", lx.ADMIN1_QUALIFIERS), ("admin2", lx.ADMIN2_QUALIFIERS),
                        ("locality", lx.LOCALITY_QUALIFIERS)):
        if noun in words:
            return kind
    return None


def _focus_strength(focus: Counter) -> tuple[float, bool, float]:
    """A focus's total, whether it points at one country (half of it, and at least one place
    named), and how much it weighs (all of it from one place named)."""
    total = sum(focus.values())
    return total or 1.0, bool(focus) and max(focus.values()) / (total or 1.0) >= 0.5 and total >= FOCUSED_EVIDENCE, \
        min(1.0, total / FOCUSED_EVIDENCE)


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end:b.start]


_BRACKET_TAIL_AFTER = gated(r"\s*\)")
# between a town and the name in brackets after it: "Bilozerka (", "the Bilozerka community ("
_BRACKET_AFTER_TOWN = gated(r"[ \t]*(?:[a-z]+[ \t]+)?\([ \t]*")
# ... or after a name the gazetteer lacks: "near Thiban (Deir ez-Zor)"
_BRACKET_AFTER_NAME = gated(r"\b[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3}[ \t]*(?:[a-z]+[ \t]+)?\([ \t]*$")
# counted people of a country as a verb's object, the demonym a noun: "stabbed two Americans in",
# "killing 2 Chinese and", "including three Britons." (not "14 Pakistani soldiers", "Two Palestinians attacked")
_NATIONALS_BEFORE = gated(r"(?i)\b(?:[a-z]+(?:ed|ing)|including|among them)[ \t]+([\w,.-]+)[ \t]+$")
_NATIONALS_AFTER = gated(r"(?:\s*(?:[,.;:)]|$)|\s+(?:and|or|in|at|on|near|from|were|was|who|while|when|after|during|as)\b)")
_BRACKET_TAIL_BEFORE = gated(r"\([^()]{1,78}?,\s*$")
_AREA_LIST_GAP = gated(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")
_QUALIFIED_KIND = {"admin1": ADMIN1, "admin2": ADMIN2, "locality": LOCALITY}
_QUALIFIED_KINDS = {"admin1": (ADMIN1,), "admin2": (ADMIN2,), "locality": (LOCALITY,), "area": (ADMIN1, ADMIN2)}


def _singular(noun: str) -> str:
    """"provinces" -> "province", "counties" -> "county" (the qualifier nouns' plurals)."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _named_as(name: str, noun: str) -> bool:
    """Whether a place's own name ends with the kind ``noun``: "Yagha Province", "province"."""
    return bool(noun) and name.rsplit(" ", 1)[-1].casefold() == noun


def _bare(word: str) -> str:
    """A word without its apostrophes ("shi'ite" -> "shiite")."""
    return word.translate(_NO_APOSTROPHES) if "'" in word or "’" in word or "‘" in word else word


_NO_APOSTROPHES = str.maketrans("", "", "'’‘")


def _joined(text: str, a: Token, b: Token) -> bool:
    """True if ``b`` directly continues ``a`` inside one name (spaces or one hyphen, or the
    period of an initial: "W.Va.", "N. Y.")."""
    g = _gap(text, a, b)
    if g in (".", ". ") and (len(a.text) == 1 or a.text.casefold() in lx.NAME_ABBREVIATIONS):
        return True  # "W. Va.", "St. Petersburg"
    if g.strip(" ") == "":
        return len(g) <= 3
    # a hyphen inside a name has no space beside it: "ATLANTA - A former ..." is a dash
    return g in ("-", "\u2010", "\u2011")


_PARTICLES = ("al", "el", "bin", "ibn", "abu")
_CITY_PART = gated(lx.CITY_PART_NAME)
_CITY_PART_END = gated(rf"\b{lx.CITY_PART_NAME[4:]}$", re.I)
_CAPITAL_AFTER = gated(lx.CAPITAL_AFTER)
_NAMED_NEXT = gated(r"\s*,?\s*")
_CLAUSE_MARKS = ("-", "--", "---", "—", "–", ":", "\u0096", "\u0097")
# a name's part joined to the rest by a linking particle between hyphens ("Pul-i-Alam",
# "Dara-I-Suf", "Kot-e-Sangi"; Persian and Urdu names)
_AREA_NOUN = gated(r"\b(?:%s)\b" % "|".join(lx.ADMIN2_NAME_HEADS), re.IGNORECASE)
_ACCORDING_TO_BEFORE = gated(r"\baccording to\s+$")
_COMMA_NAME_AFTER = gated(r",\s+[A-Z]")  # "Jackson, Mississippi": a town written with where it lies
_LINKED_AFTER = gated(r"-(?:%s)-\w" % "|".join(lx.NAME_LINKS), re.IGNORECASE)
_LINKED_BEFORE = gated(r"\w-(?:%s)-$" % "|".join(lx.NAME_LINKS), re.IGNORECASE)
_QUALIFIER_WORDS = lx.LOCALITY_QUALIFIERS | lx.ADMIN1_QUALIFIERS
_SAINTS_DAY_AFTER = gated(lx.SAINTS_DAY_AFTER)
_SAINTS_INSTITUTION_AFTER = gated(lx.SAINTS_INSTITUTION_AFTER)
_CROSSING_BEFORE = gated(lx.CROSSING_BEFORE)
_CROSSING_AFTER = gated(lx.CROSSING_AFTER)
_FIRM_AFTER, _FIRM_BEFORE = gated(lx.FIRM_AFTER), gated(lx.FIRM_BEFORE)
_SUFFIX_AFTER = gated(r"[-‐‑]\s*([a-z]+)")  # "UK-based", "Iran-backed"
_WHOSE_PLACE_WORDS = _QUALIFIER_WORDS | lx.ADMIN2_QUALIFIERS | {"capital"}  # "the Chadian town of X", "the Afghan capital"
_LOWER_WORD = gated(r"\b[a-z][a-z'’-]+\b")
_HYPHEN_JOIN = gated(r"-(\w+)[-'’]")  # a hyphen, a joining word and another hyphen or an elision: "-de-", "-de-l'"


def _lower_opener(toks: list[Token], a: int, j: int, b: int, lower_words: set[str]) -> bool:
    """The word opening a sentence before a name is one the text writes in lower case elsewhere,
    and a lower-case noun follows the name: "Missing Lancaster girl found" (no first name; not
    "Senior Kasey Anderson", nor "Frank Howard Buck", whose runs go on)."""
    prev = toks[a].text.casefold()
    return a == 0 and b == j and j + 1 < len(toks) and toks[j + 1].text.islower() \
        and prev in lower_words and prev not in lx.GIVEN_NAMES and prev not in lx.WORD_GIVEN_NAMES


def _compass_abbreviation(text: str, t: Token) -> bool:
    """A compass point abbreviated before a name: "N.W. Rochester", "W. Columbia", "S.E. Paris"
    (a part of the place, no person's initial)."""
    word = t.text if t.text.endswith(".") else t.text + text[t.end:t.end + 1]
    return word in lx.COMPASS_ABBREVIATIONS


def _run(text: str, toks: list[Token], i: int, j: int) -> tuple[int, int]:
    """Where the capitalised run that tokens ``i``..``j`` sit in starts (reading left over
    capitalised words and name particles) and ends (reading right over capitalised words, and
    particles followed by one). Walks from the span outwards: a run is a few words, so this
    costs them, not the sentence."""
    n = len(toks)
    a = i
    while a > 0 and (toks[a - 1].text[:1].isupper() or toks[a - 1].text.lower() in _PARTICLES) \
            and _joined(text, toks[a - 1], toks[a]) and not _compass_abbreviation(text, toks[a - 1]):
        a -= 1
    b = j
    while b < n - 1 and (toks[b + 1].text[:1].isupper() or (toks[b + 1].text.lower() in _PARTICLES and b + 2 < n
                                                               and toks[b + 2].text[:1].isupper())) \
            and _joined(text, toks[b], toks[b + 1]):
        b += 1
    return a, b


# the dash after a dateline (also as cp1252 dashes read as Latin-1: U+0096, U+0097), with
# the agency's name before it: "(Reuters) -", "(EFE).-" as Spanish agencies write it; "---" as some papers type it; after a name in
# capitals, also a long dash set close: "FALLS VILLAGE—The board ..." (not "Midland–Odessa")
_DASH = r"[-—–\u0096\u0097]{1,3}\s"
_CLOSE_DASH = gated(r"[—–\u0097](?=[A-Z][a-z])")
_DATELINE_DASH = gated(rf"\s*(?:(?:\([^()\n]{{1,40}}\)\s*){{0,2}}\.?{_DASH}|{lx.AGENCY_CREDIT}\s+(?=[A-Z\"“]))")
# ", Kenya", ", Democratic Republic of the Congo", ", April 5", ", Oct 14, 2024", ", 15 March 2024",
# then the dash
_DATELINE_TAIL = gated(r"(?:,\s*(?:[A-Z][\w.'’-]*\s?){1,3}|,\s*[A-Z][\w.'’-]*(?:\s(?:of|the|and)(?:\sthe)?\s[A-Z][\w.'’-]*|\s[A-Z][\w.'’-]*){1,4}\s?)?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b(?:,\s*(?:19|20)\d\d\b)?|,\s*\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+(?:19|20)\d\d)?\b)?"
                            + _DATELINE_DASH.pattern)
_DATELINE_HEAD = gated(r"[A-Z][A-Z .'’-]+,\s*")
_DATELINE_DATE_COLON = gated(lx.DATELINE_DATE_COLON)
_DATELINE_OPEN = gated(rf"\s*(?:,|\(|:|{_DASH})")  # at a paragraph's start, a comma, bracket or colon is enough
# ("RAWALPINDI: Two soldiers ...", as South Asian papers file)


def _opens_paragraph(text: str, s: "_Sentence") -> bool:
    return s.start == 0 or "\n" in text[max(0, s.start - 2):s.start]


def _dateline(text: str, sents: list["_Sentence"], sp: "_Span") -> bool:
    """An all-capitals place opening a news item: "CHARLESTON, W.Va. —", "BEIRUT (Reuters) -";
    at a paragraph's start a comma or bracket after it is enough, at a sentence's start (a
    headline run into the story) the whole dateline to its dash is needed."""
    if sp.i != 0:
        return _dated_dateline(text, sp)
    if not _opens_paragraph(text, sents[sp.sent]):
        return _strict_dateline(text, sp)
    return bool(_DATELINE_OPEN.match(text, sp.end)) or _caps_close_dash(text, sp)


_REFERENCE_LEAD, _REFERENCE_LEAD_END = gated(lx.REFERENCE_LEAD), gated(lx.REFERENCE_LEAD_END)


def _group_heads_after(text: str, toks: list, k: int, most: int = 3) -> bool:
    """Whether token ``k`` and at most ``most`` capitalised words after it, spaced alone, are
    followed by a plural noun of groups named after places (``lx.GROUP_HEADS``: "Jalisco New
    Generation cartels")."""
    for n in range(k + 1, min(len(toks), k + most + 2)):
        if not text[toks[n - 1].end:toks[n].start].isspace():
            return False
        word = toks[n].text
        if not word[:1].isupper():
            return word.casefold() in lx.GROUP_HEADS and word.endswith("s")
    return False


def reference_lead(text: str, start: int) -> bool:
    """Whether the words before ``start`` say a name there is a reference, not where it
    happened ("fled to", "told reporters in", "citizens of": ``lx.REFERENCE_LEAD``)."""
    return bool(_REFERENCE_LEAD_END.search(text, max(0, start - 40), start)
                and _REFERENCE_LEAD.search(text, max(0, start - 90), start))
_TOWNS_OWN = gated(lx.TOWNS_OWN)
_BORDER_LEAD = gated(lx.BORDER_LEAD)
_LIST_BEFORE = gated(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s*,\s*|\s+(?:and|or)\s+)$")
_GROUP_NAME_LEAD = gated(lx.GROUP_NAME_LEAD)
_GROUP_NAME_IN_LEAD, _GROUP_NAME_IN_TAIL = gated(lx.GROUP_NAME_IN_LEAD), gated(lx.GROUP_NAME_IN_TAIL)
_DISTANCE_GAP = gated(lx.DISTANCE_GAP)
_PLACE_KIND_NOUNS = lx.LOCALITY_QUALIFIERS | lx.ADMIN2_QUALIFIERS
_AREA_KIND_WORDS = {**{w: (ADMIN1,) for w in lx.ADMIN1_QUALIFIERS}, **{w: (ADMIN2,) for w in lx.ADMIN2_QUALIFIERS
                                                                     if w not in lx.ADMIN2_NAME_HEADS},
                    **{w: (ADMIN1, ADMIN2) for w in lx.AREA_HEADS}}  # (a US county's name is its own)
_AGE_AFTER = gated(r",\s*\d{1,3}\s*(?:[,;)]|\.(?!\d)|$)")  # "Mary Wanjiku, 45;" "..., 45."
_CLAIMED_LIVES = gated(lx.CLAIMED_LIVES)
_MODEL_AFTER = gated(r" [A-Z][A-Za-z]{0,3}-?\d{1,3}[A-Z]?\b")  # a machine's model: "MQ-9", "F-16", "Su-25"
# the words between a part of a town and the town: "the Rabweh area of Damascus"
_PART_NOUNS = frozenset({"area", "quarter", "neighbourhood", "neighborhood", "suburb", "suburbs", "outskirts", "district"})
_WITHIN_NOUNS = _PLACE_KIND_NOUNS | _PART_NOUNS
_AREA_OF_NOUNS = _PLACE_KIND_NOUNS | lx.ADMIN1_QUALIFIERS  # "in the district of Y": the kind, then the area's name
TWO_COUNTRIES_TIE = 0.05  # a name of two countries leans to the one the article's other names have places in
BETWEEN_KM = 600  # two places a road or a front runs between ("between Kabul and Kandahar": 480 km)
NEAR_TOWN_KM = 100  # a place said to lie near a town, or outside it, is no farther from its point
_CITY_PART_NOUNS = lx.CITY_PART_NOUNS
_TOWNS_PART_GAP = gated(lx.TOWNS_PART_GAP)
_TOWN_PART_GAP = gated(r"(?i)\s+(?:%s)\s+of\s+(?:the\s+)?" % "|".join(sorted(_CITY_PART_NOUNS | {"area"})))
_TOWN_NOUNS = lx.TOWN_NOUNS
_QUARTER_AFTER = gated(lx.QUARTER_AFTER)
_THE_AREA_LEAD, _THE_AREA_AFTER = gated(lx.THE_AREA_LEAD), gated(lx.THE_AREA_AFTER)
_DISTRICT_AFTER = gated(r"\s+district\b")
_TOWN_OF = _TOWN_NOUNS | lx.LOCALITY_QUALIFIERS  # "the village of ...": a town's whole name follows
_NEAR_GAP = gated(lx.NEAR_TOWN_GAP)
_MODEL_CODE_BEFORE = gated(r"\b[A-Z][A-Za-z]{0,2}-\d{1,4}[A-Z]?\s+$")  # "C-130 ", "UH-60 ", "Mi-8 "
_CITYS, _ROAD_NEXT = gated(lx.CITYS), gated(lx.ROAD_NEXT)
_BETWEEN_LEAD, _BETWEEN_GAP = gated(lx.BETWEEN_LEAD), gated(lx.BETWEEN_GAP)
_FACILITY_IN_GAP = gated(lx.FACILITY_IN_GAP)
_BRACKET_OPEN_GAP = gated(r"\s*\([^()]{0,80}")  # (from a name to its bracket's last name: " (Balcad, ")
_FRONTED_AREA_BEFORE = gated(lx.FRONTED_AREA_BEFORE)
_FRONTED_AREA_AFTER = gated(lx.FRONTED_AREA_AFTER)
# between a part of a town, or the first word of its longer name, and the town: " Side area of "
_PART_OF_TOWN_GAP = gated(r"(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:%s)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?"
                               % "|".join(sorted(_CITY_PART_NOUNS | {"area"})))
WITHIN_TOWN_KM = 50  # a place said to lie in a town, or to be an area of it, is no farther from its point
_LOWER_AFTER_DOT = gated(r"[ \t]+[a-z]")
_LIST_GOES_ON = gated(r"\s*(?:[,/&]|and\b|or\b)")
_LIST_NEXT_NAME = gated(r"\s*(?:[,/&]\s*(?:(?:and|or)\s+)?[A-Z]|(?:and|or)\b)")  # a list goes on with a name
_NAME_GOES_ON = gated(r"[ \t]*[A-Z]")  # "Beirut, US Ambassador ...": the country names whose, not where
_KIND_HEAD = gated(r"(?i)\s+(%s)\s+(\w+)" % "|".join(sorted(lx.ADMIN1_QUALIFIERS | lx.ADMIN2_QUALIFIERS)))
_NOTE_LEAD = gated(lx.NOTE_LEAD)
_HERE = gated(lx.HERE)
HERE_REACH = 600  # how far into the story "this town" still points at its dateline's town
_LOCATIVE_BEFORE = gated(r"(?i)\b(?:in|at|near|outside|inside|around)\s+(?:the\s+)?$")
_ORIGIN_LEAD = gated(r"(?i)\b(\d+|[a-z]+)\s+from\s+(?:the\s+)?(?:(?:%s)\s+)?(?:(?:%s)\s+of\s+)?$"
                     % ("|".join(sorted(lx.DIRECTIONS)), lx.ORIGIN_AREA_KINDS))  # ("a man from the republic of Tatarstan")
_NATIONAL_OF = gated(r"(?i)\b(?:%s)\s+of\s+(?:the\s+)?$" % "|".join(lx.NATIONAL_NOUNS))
_REFERENCE_TAIL = gated(lx.REFERENCE_TAIL)
_CARE_NAME_TAIL = gated(lx.CARE_NAME_TAIL)
_COURT_AFTER = gated(lx.COURT_AFTER)
_PHRASE_STOPS = lx.NOT_NOUNS - {"and"}  # where the words after "X's" stop ("Pakistan's Taliban-linked stronghold of")


def _fighting(text: str) -> Counter:
    """The countries the armed groups ``text`` names fight in ("The attack is blamed on FARC"),
    as focus: some evidence of where it is, as an actor's country is."""
    return Counter({cc: GROUP_FOCUS for cc in default_groups().countries(text)})


def _dateline_role(text: str, sents: list["_Sentence"], sp: "_Span") -> bool:
    """A place that says where a story was filed, not where it happened: it opens a paragraph
    and is followed by the dateline's dash ("NAIROBI, Kenya —", "Beirut (Reuters) -",
    "CHARLESTON, W.Va. —")."""
    s = sents[sp.sent]
    if sp.i != 0:  # the region of a dateline: "CHARLESTON, W.Va. --"; one after a byline's date
        return bool(_DATELINE_HEAD.fullmatch(text, s.start, sp.start) and (
            _DATELINE_DASH.match(text, sp.end) or text[sp.end - 1] == "." and _NEXT_CAPITAL.match(text, sp.end))) \
            or _dated_dateline(text, sp)
    if _opens_paragraph(text, s):
        return bool(_DATELINE_TAIL.match(text, sp.end)) or _caps_colon(text, sp) or _caps_close_dash(text, sp) \
            or bool(_DATELINE_DATE_COLON.match(text, sp.end)) or _town_colon(text, s, sp)
    return _strict_dateline(text, sp)  # a headline run into the story: "... acreage. CHARLESTON, W.Va. --"


def _caps_close_dash(text: str, sp: "_Span") -> bool:
    """A place in capitals and a long dash set close: "FALLS VILLAGE—The board ..."."""
    return text[sp.start:sp.end].isupper() and bool(_CLOSE_DASH.match(text, sp.end))


def _dated_dateline(text: str, sp: "_Span") -> bool:
    """A capitals dateline after a byline's date: "By JANE ROE Staff Writer March 30, 2009
    NEWARK -- ..."."""
    return text[sp.start:sp.end].isupper() and bool(_YEAR_BEFORE.search(text, max(0, sp.start - 8), sp.start)) \
        and bool(_DATELINE_TAIL.match(text, sp.end))


_YEAR_BEFORE = gated(r"\b(?:1[89]|20)\d\d\s+$")
# a name after the verb of its speech, described after it: "said Moussa, a farmer"
_SAID_BEFORE = gated(rf"\b(?:{'|'.join(sorted(lx.PERSON_SPEECH_VERBS))})\s+$")
_WHO_AFTER = gated(r",\s+(?:a|an)\s+[a-z]")
# ... who a person is, a noun of people ("said Adama, a farmer who hid"): no town of any size
_PERSON_AFTER = gated(rf",\s+(?:a|an)\s+(?:[a-z’'-]+\s+){{0,3}}?(?:{alternation((*lang.get().tolls.SINGULAR_NOUNS, 'witness', 'survivor'))})\b")
# ... and a speaker after the verb, its subject ("The convoy was hit near Kabul, said Ahmed, a driver":
# a speech told inverted, no statement of Kabul's)
_SPEAKER_AFTER = gated(r"\s+(?:[A-Z][a-z]|(?:the|a|an)\s|(?:police|officials|residents|witnesses|sources|locals)\b)")


def _caps_colon(text: str, sp: "_Span") -> bool:
    """A place in capitals and a colon: "RAWALPINDI: Two soldiers ...", "BEIRUT: Unknown assailants"."""
    return text[sp.start:sp.end].isupper() and bool(re.match(r":\s", text[sp.end:sp.end + 2]))


_COLON_OPENS = gated(r":[ \t]+[A-Z\"“]")
_PLACED_LATER = gated(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?[A-Z]")


def _town_colon(text: str, s: "_Sentence", sp: "_Span") -> bool:
    """A town's name and a colon opening a paragraph, the story after it putting its event at
    another place: "Islamabad: A suicide bomber blew himself up in Peshawar ..." (South Asian
    papers' datelines; "Gaza: 30 killed" alone stays the story's place)."""
    return bool(_COLON_OPENS.match(text, sp.end)) and bool(_PLACED_LATER.search(text, sp.end, s.end))


def _strict_dateline(text: str, sp: "_Span") -> bool:
    """A dateline that does not open a paragraph: capitals, or an agency or region before the
    dash ("Berlin - the capital - is ..." is no dateline)."""
    caps = text[sp.start:sp.end].isupper()
    if _caps_colon(text, sp) or _caps_close_dash(text, sp):
        return True  # "BEIRUT: Unknown assailants ...", "FALLS VILLAGE—The board ..."
    m = _DATELINE_TAIL.match(text, sp.end)
    return bool(m) and (caps or "(" in m.group() or "," in m.group()) \
        or caps and bool(_CAPS_STATE_TAIL.match(text, sp.end))  # "... big rigs. SALINA, Kan. Strong winds"


# a dateline's state or country abbreviated, its dash left out: "SALINA, Kan. Strong winds ..."
_CAPS_STATE_TAIL = gated(r",\s*(?:[A-Z][a-z]{0,3}\.\s?){1,2}\s+(?=[A-Z])")
_CAPS_DATELINE_BEFORE = gated(r"[A-Z][A-Z .'’-]+" + _CAPS_STATE_TAIL.pattern)  # ... and the story's first word
_NEXT_CAPITAL = gated(r"\s+[A-Z]")


def _sentences(article: Article, deadline: float | None = None) -> tuple[list[_Sentence], int | None]:
    """The sentences of the kept segments, tokenised; stops at ``deadline`` (time.monotonic)
    and then also returns where reading stopped (else None)."""
    out = []
    text = article.text
    for s, e in article.segments:
        for a, b in split_sentences(text, s, e):
            if deadline is not None and time.monotonic() > deadline:
                return out, a
            toks = tokenize(text, a, b)
            words = [t for t in toks if t.text.lower() not in lx.CONNECTORS]
            caps = sum(1 for t in words if t.is_capitalized)
            title_case = len(words) >= 2 and caps / len(words) >= 0.7
            headline = title_case and text[b - 1] not in ".!?\"”'’"
            out.append(_Sentence(a, b, toks, headline, title_case and len(words) >= 3))
    return out, None


ARABIC_CLITICS = "وبلفك"


_APOSTROPHES = frozenset("'’ʼ`´")


def _candidate_spans(text: str, sents: list[_Sentence], lo: int = 0, hi: int | None = None) -> list[tuple[int, int, int, str, int]]:
    """(sentence, first token, last token, strict key, characters to skip at the start) of
    every n-gram worth a look-up."""
    out = []
    for si in range(lo, len(sents) if hi is None else hi):
        toks = sents[si].tokens
        n = len(toks)
        # Token.is_capitalized or Token.is_arabic, inlined: this runs for every token of every article
        starts = [(c := t.text[:1]).isupper() or "\u0600" <= c <= "\u06ff" for t in toks]
        for i, t in enumerate(toks):
            if not starts[i] and len(t.text) != 2:
                continue  # neither capitalised nor "al-"/"el-" (most words: decided without lower-casing)
            low = t.text.lower()
            lead_article = low in ("al", "el") and i + 1 < n and text[t.end:t.end + 1] == "-" and starts[i + 1]
            if not (starts[i] or lead_article):
                continue
            if low in ARTICLES and low not in ("al", "el") and text[t.end:t.end + 1] != "-":
                continue  # "As Syria grapples": English "As", not the article of "As Suwayda"
            keys = []
            for j in range(i, min(n, i + MAX_WORDS)):
                if j > i and toks[j].text in ("s", "S") and toks[j].start == toks[j - 1].end + 1 \
                        and text[toks[j - 1].end] in _APOSTROPHES and j + 1 < n and starts[j + 1]:
                    keys.append("s")  # a possessive inside a name (the index keys it as a word): "Cox's Bazar", "Martha's Vineyard"
                    continue
                if j > i:
                    if not (starts[j] or toks[j].text.lower() in lx.CONNECTORS or _linking(text, toks[j])
                            or toks[j].text.lower() in lx.INNER_ARTICLES and toks[j - 1].text.lower() in lx.CONNECTORS) \
                            or not _joined(text, toks[j - 1], toks[j]):
                        break
                keys.append(word_key(toks[j].text))
                if starts[j]:
                    out.append((si, i, j, join_keys(list(keys)), 0))
            # Arabic writes "and", "in", "to" as a one-letter prefix: وطرطوس = "and Tartus"
            if t.is_arabic and len(t.text) > 4 and t.text[0] in ARABIC_CLITICS:
                out.append((si, i, i, word_key(t.text[1:]), 1))
    return out


def _list_noun(text: str, toks: list[Token], j: int) -> tuple[int, str]:
    """The common noun after a list of capitalised names that token ``j`` ends one of, and its
    index: "Douglas, Sarpy and Lancaster counties" -> "counties" for "Douglas" and "Sarpy"
    (-1, "" when none: the words after it are no such list)."""
    k = j + 1
    while k < len(toks) and k <= j + 12:
        t = toks[k]
        gap = text[toks[k - 1].end:t.start].strip()
        if gap not in ("", ","):
            return -1, ""
        low = t.text.casefold()
        if low in lx.AREA_LIST_LINKS:
            k += 1
            continue
        if t.text[:1].isupper() and low not in lx.ADMIN2_NAME_HEADS:
            k += 1
            continue
        # (the noun follows the list's last name: "in Lagos, state police said" is no list)
        return (k, low) if not gap else (-1, "")
    return -1, ""


def _whose_areas(text: str, toks: list[Token], i: int, j: int, at: int, noun: str) -> bool:
    """A single name right before a plural area noun, in no list: the place the areas lie in,
    "three Iowa counties" (no Iowa County), not "Douglas and Sarpy counties"."""
    return at == j + 1 and noun in lx.AREA_NOUNS_BEFORE_LIST and not (
        i > 0 and (toks[i - 1].text.casefold() in lx.AREA_LIST_LINKS or text[toks[i - 1].end:toks[i].start].strip() == ","))


def _noun_before_list(text: str, toks: list[Token], i: int) -> str:
    """The plural area noun a list of capitalised names that token ``i`` starts one of follows:
    "the state's three largest counties: Douglas, Lancaster and Sarpy", "the counties of Kent and
    Surrey" -> "counties" for each name ("" when none)."""
    k = i - 1
    while k >= 0 and k >= i - 12:
        t, low = toks[k], toks[k].text.casefold()
        gap = text[t.end:toks[k + 1].start].strip()
        if low in lx.AREA_NOUNS_BEFORE_LIST:
            return low if gap in lx.LIST_OPENING_MARKS else ""
        if low in lx.LIST_OPENING_WORDS and gap == "" and k > 0 and toks[k - 1].text.casefold() in lx.AREA_NOUNS_BEFORE_LIST \
                and text[toks[k - 1].end:t.start].strip() == "":
            return toks[k - 1].text.casefold()
        if not (gap in ("", ",") and (t.text[:1].isupper() and t.text.isalpha() or low in ("and", "or", "&"))):
            return ""
        k -= 1
    return ""


def _linking(text: str, t: Token) -> bool:
    """A linking particle between the hyphens of a compound name: the "i" of "Pul-i-Alam"."""
    return t.text.lower() in lx.NAME_LINKS and text[t.start - 1:t.start] == "-" and text[t.end:t.end + 1] == "-"


# ---------------------------------------------------------------------------- the matcher

class ToponymResolver:
    """Finds and resolves place mentions with one gazetteer (see the module docstring)."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gaz = gazetteer or default_gazetteer()

    # -- 1. spans
    def _lookup(self, text: str, sents: list[_Sentence], lo: int = 0, hi: int | None = None) -> list[_Span]:
        """Gazetteer matches in sentences ``lo`` to ``hi``: the longest at each position."""
        hi = len(sents) if hi is None else min(hi, len(sents))
        cands = _candidate_spans(text, sents, lo, hi)
        strict = self.gaz.lookup_keys([c[3] for c in cands])
        # loose keys of short names match too much ("Sana" ~ "Sanaa"): five letters at least
        need_loose = [k for k in range(len(cands)) if len(cands[k][3]) >= 5]
        loose = self.gaz.lookup_keys([cands[k][3] for k in need_loose], loose=True)
        loose_hits = dict(zip(need_loose, loose))
        # "Oconee county", "Douglas, Sarpy and Lancaster counties": each name with the noun is an
        # area's own name ("Oconee County"), found under it
        county = {}
        with_noun = {si for si in range(lo, hi) if _AREA_NOUN.search(text, sents[si].start, sents[si].end)}
        for k, (si, i, j, key, skip) in enumerate(cands):
            if skip or si not in with_noun:
                continue
            toks = sents[si].tokens
            at, noun = _list_noun(text, toks, j)
            if noun in lx.ADMIN2_NAME_HEADS and not (at == j + 1 and toks[at].is_capitalized) \
                    and not _whose_areas(text, toks, i, j, at, noun):  # ("Jackson County" is looked up whole)
                county[k] = join_keys([key, word_key(lx.ADMIN2_NAME_HEADS[noun])])
            elif i == j and (noun := _noun_before_list(text, toks, i)):
                county[k] = join_keys([key, word_key(lx.ADMIN2_NAME_HEADS[noun])])  # "counties: Douglas, Lancaster and Sarpy"
        if county:
            for k, hits in zip(county, self.gaz.lookup_keys(list(county.values()))):
                hits = [(p, f) for p, f in hits if int(self.gaz.kind[p]) == ADMIN2]
                if hits:
                    strict[k] = strict[k] + hits
        # "Sistan-Baluchestan", "Jammu-Kashmir": an area named "X and Y", written with a hyphen
        paired = {}
        for k, (si, i, j, key, skip) in enumerate(cands):
            if j == i + 1 and not strict[k] and not skip:
                toks = sents[si].tokens
                if text[toks[i].end:toks[j].start] == "-" and toks[i].is_capitalized and toks[j].is_capitalized:
                    paired[k] = join_keys([word_key(toks[i].text), "and", word_key(toks[j].text)])
        if paired:
            for k, hits in zip(paired, self.gaz.lookup_keys(list(paired.values()))):
                strict[k] = [(p, f) for p, f in hits if int(self.gaz.kind[p]) in (COUNTRY, ADMIN1, ADMIN2)]
        # "Concepción Department" is an Argentine area's own name and a Paraguayan area's with its
        # kind word: the area under the name before the kind word is a candidate too
        heads = None
        for k, (si, i, j, key, skip) in enumerate(cands):
            if j > i and strict[k] and (kinds := _AREA_KIND_WORDS.get(sents[si].tokens[j].text.casefold())):
                if heads is None:
                    heads = {(c[0], c[1], c[2]): h for h, c in enumerate(cands)}
                h = heads.get((si, i, j - 1))
                if h is not None:
                    have = {p for p, _ in strict[k]}
                    strict[k] = strict[k] + [(p, f) for p, f in strict[h]
                                             if p not in have and int(self.gaz.kind[p]) in kinds]
        by_start: dict[tuple[int, int], list[_Span]] = defaultdict(list)
        for k, (si, i, j, key, skip) in enumerate(cands):
            hits = strict[k]
            if hits and any(f & DOTTED for _, f in hits):
                dotted_here = i == j and text[sents[si].tokens[j].end:sents[si].tokens[j].end + 1] == "."
                hits = [(p, f) for p, f in hits if dotted_here or not f & DOTTED]
            strict_places = {p for p, _ in hits}
            # a country is written its own ways: a loose likeness is no country ("Katari", "Qatar")
            extra = [(p, f) for p, f in loose_hits.get(k, [])
                     if p not in strict_places and int(self.gaz.kind[p]) != COUNTRY]
            if hits or extra:
                toks = sents[si].tokens
                look_alike = frozenset()
                if i < j and toks[i].text.casefold() in lx.ARTICLE_PARTICLES and (
                        text[toks[i].end:toks[i + 1].start] == "-" or toks[i].text.casefold() == "al"):
                    # an Arabic name ("el-Barth", "Al Qaim"): places outside the lands of Arabic
                    # names are only spelt like it
                    look_alike = frozenset(p for p, _ in hits if self.gaz.country[p] not in lx.ARABIC_NAMING_COUNTRIES)
                end = toks[j].end
                # an abbreviation keeps its final period: "W.Va.", "Ind." (not a sentence's: "in St.
                # George. A third ...", "South L.A.." )
                # ... as a short form does before a word in lower case ("a Phila. officer": no sentence ends there)
                if text[end:end + 1] == "." and not toks[j].text.endswith(".") and (
                        j > i and "." in text[toks[i].end:end] and len(toks[j].text) <= 3 or any(f & DOTTED for _, f in hits)
                        or _LOWER_AFTER_DOT.match(text, end + 1) and not any(f & PRIMARY for _, f in hits)):
                    end += 1
                by_start[(si, i)].append(_Span(si, i, j, toks[i].start + skip, end, key, hits + extra,
                                               not hits, frozenset(p for p, _ in extra) | look_alike, look_alike))
        spans: list[_Span] = []
        for si in range(lo, hi):
            i = 0
            n = len(sents[si].tokens)
            while i < n:
                options = by_start.get((si, i))
                if options:
                    best = max(options, key=lambda s: (s.j, s.start == sents[si].tokens[s.i].start, not s.loose))
                    if best.j > best.i and self._city_of_organisation(sents[si].tokens, best):
                        # "Dublin City Council": the council of Dublin, the place named without "City";
                        # "The City Council": a town's own council, no place of that other name
                        shorter = [s for s in options if s.j == best.j - 1]
                        if not shorter:
                            i = best.j + 1
                            continue
                        best = max(shorter, key=lambda s: (s.start == sents[si].tokens[s.i].start, not s.loose))
                    spans.append(best)
                    i = best.j + 1
                else:
                    i += 1
        return spans

    @staticmethod
    def _direction_area(text: str, toks: list[Token], sp: _Span) -> bool:
        """A capitalised direction word that is a first-order area's own name, as Cameroon's
        regions are: the last of a note's bracketed areas ("near Batibo (Momo, North-West)", "Batibo
        (North-West)") or before an area's kind word ("the North-West region")."""
        if not toks[sp.i].is_capitalized:
            return False
        if _BRACKET_TAIL_AFTER.match(text, sp.end) and (_BRACKET_TAIL_BEFORE.search(text, max(0, sp.start - 80), sp.start)
                                                        or text[max(0, sp.start - 2):sp.start].rstrip().endswith("(")):
            return True
        return sp.j + 1 < len(toks) and toks[sp.j + 1].text.casefold() in lx.ADMIN1_QUALIFIERS

    @staticmethod
    def _city_of_organisation(toks: list[Token], sp: _Span) -> bool:
        """Whether ``sp`` ends with a "City" (or "Town") that belongs to the organisation named
        after it ("Dublin City Council", "Hanover Town Hall") and is no part of any place's own
        name there ("Dublin City" is only another name of Dublin; Kansas City is its own)."""
        return toks[sp.j].text in ("City", "Town") and sp.j + 1 < len(toks) and toks[sp.j + 1].text.lower() in lx.CITY_ORG_WORDS \
            and not any(f & PRIMARY for _, f in sp.postings)

    # -- 2. rejection
    def _reject(self, text: str, sents: list[_Sentence], spans: list[_Span],
                deadline: float | None = None) -> tuple[list[_Span], int | None]:
        """The spans that may be places, and the sentence where ``deadline`` stopped the
        reading (None: all read)."""
        lower_words = set(_LOWER_WORD.findall(text))  # (lower case already: casefold changes none of them)
        person_keys: set[str] = set()
        kept: list[_Span] = []
        place_word: dict[str, bool] = {}
        # the town a story was filed from ("ALLEN, Texas (AP) —"), whose name opening a thing's
        # name after "the" is that thing's town ("the Allen Premium Outlets"), as a major place's is
        filed_at = {sp.key for sp in spans[:2] if text[sp.start:sp.end].isupper() and _dateline_role(text, sents, sp)}
        cut = None
        for n, sp in enumerate(spans):
            if deadline is not None and n % _BLOCK == _BLOCK - 1 and time.monotonic() > deadline and sp.sent > 0:
                cut = sp.sent
                kept = [k for k in kept if k.sent < cut]
                break
            s = sents[sp.sent]
            toks = s.tokens
            surface = text[sp.start:sp.end]
            low = surface.casefold()
            first = toks[sp.i]
            if low in lx.MONTHS_DAYS or low in lx.OUTLETS or low.replace(".", "") in lx.OUTLETS or low in lx.TITLES \
                    or _bare(low) in lx.NEVER_PLACES:
                continue
            if (goes_on := _HYPHEN_JOIN.match(text, sp.end)) and goes_on.group(1).casefold() in lx.HYPHEN_CONNECTORS:
                continue  # "Petite-Rivière" of "Petite-Rivière-de-l'Artibonite": the start of a longer name
            if low in lx.DIRECTIONS:
                if not self._direction_area(text, toks, sp):
                    continue  # (a direction word alone is no place: "North" of "North Kordofan" matched alone)
                sp.direction = True
            if low in lx.WIDER_REGIONS or sp.i > 0 and f"{toks[sp.i - 1].text.casefold()} {low}" in lx.WIDER_REGIONS \
                    or sp.j + 1 < len(toks) and f"{low} {toks[sp.j + 1].text.casefold()}" in lx.WIDER_REGIONS:
                continue  # "South America" is no America, "Latin America" no United States, the "Middle East" no town in Maryland
            single = sp.i == sp.j
            if single and low in lx.COURT_WORDS and sp.j + 1 < len(toks) and (
                    toks[sp.j + 1].text in ("Court", "Courts") or low in lx.BODY_LEAD_WORDS and toks[sp.j + 1].is_capitalized
                    and sp.i > 0 and toks[sp.i - 1].text.casefold() in lx.DETERMINERS):
                continue  # "Superior Court": a court's name; "the Supreme Islamic Iraqi Council", "the Supreme Leader"
            if single and sp.i >= 2 and toks[sp.i - 1].text == "of" and toks[sp.i - 2].is_capitalized \
                    and toks[sp.i - 2].text.casefold() in _BODY_HEADS and low in lx.PORTFOLIO_WORDS:
                continue  # "the Chamber of Commerce" (Commerce, Texas), "the Ministry of Justice": the body's field
            if single and (low in lx.INSTITUTION_WORDS or low in lx.NAME_NOUNS or low in ARTICLES):
                continue  # "University", "Council", "Highway" alone: a word of a longer name ("Al" of "Al-Nusra")
            if single and low not in lx.FEATURES_OF and sp.j + 3 < len(toks) and toks[sp.j + 1].text == "of" \
                    and toks[sp.j + 2].is_capitalized and toks[sp.j + 3].is_capitalized \
                    and _joined(text, toks[sp.j + 2], toks[sp.j + 3]) \
                    and not (sp.i and toks[sp.i - 1].is_capitalized and _joined(text, toks[sp.i - 1], toks[sp.i])):
                continue  # the head of a body's name of several words: "the Circle of Asymmetric Urban
                # Warfare" (no Circle, Montana; but "Mac Jones of Phenix City" is a man of a town)
            if single and (low in lx.STATE_FORMS or low in lx.SEAT_OF_FORMS) and sp.j + 1 < len(toks) and toks[sp.j + 1].text == "of":
                continue  # "the Republic of South Maluku": a state's form, not Republic, Missouri; "the
                # Capital of Afghanistan": its capital city, not Denmark's Capital Region
            gap_before = text[toks[sp.i - 1].end:first.start].strip() if sp.i else ""
            # (after a note's date too: "12 May 2024: In Kherson")
            opens = sp.i == 0 or gap_before in ('"', "“", "‘", "'", "(") or gap_before.endswith((":", "-", "—", "–")) \
                or bool(_CAPS_DATELINE_BEFORE.fullmatch(text, s.start, first.start))  # "SALINA, Kan. Strong winds"
            # an acronym in a sentence not written in capitals is no common word: "US officials" is not "us"
            acronym = single and len(surface) >= 2 and surface.isupper() and any(ch.islower() for ch in text[s.start:s.end])
            if single and (opens or s.headline) and not acronym and (
                    low in lx.COMMON_WORDS or (low in lx.STORM_WORDS and text[sp.end:sp.end + 1] != ",")
                    or (low in lower_words and not first.is_arabic)):
                continue  # "In Homs ...": a sentence-opening word, and no evidence about the next one
                # ("Hurricane kills 45" is the storm; "HURRICANE, W.Va. -" the town)
            # the capitalised run the span sits in ("Aron Lund", "Secretary of State Marco Rubio")
            a, b = _run(text, toks, sp.i, sp.j)
            if a == sp.i - 1 and toks[a].text.casefold() in lx.DETERMINERS:
                a = sp.i  # "told The Moscow Times": the article is no part of the name
            if a < sp.i and all(toks[k].text.casefold() in PLACE_FOLLOWERS for k in range(sp.i, sp.j + 1)) \
                    and any(toks[k].text.casefold() not in PLACE_FOLLOWERS and toks[k].text.casefold() not in lx.DETERMINERS
                            for k in range(a, sp.i)):
                continue  # "Tsavo East National Park": the generic tail of a longer name, no town "National Park"
            before = toks[a - 1].text.casefold() if a > 0 else ""
            if before in lx.TITLES and a == sp.i and (before not in lx.CAPITALISED_TITLES or toks[a - 1].is_capitalized) \
                    or before in lx.KIN_BEFORE_NAME and a == sp.i and not toks[a - 1].is_capitalized \
                    and not (text[toks[a - 1].end:toks[a].start].strip() and POSSESSIVE_AFTER.match(text, toks[b].end)):
                # "spokesman Hassan ..." lower-case title (not "miss" in "storms miss Rochester"); "his
                # wife Amanda", "whose son, Parker, 8" (not a place's own past a comma: "women and
                # children, Gaza's civil defence agency said")
                person_keys.update(word_key(t.text) for t in toks[a:b + 1])
                continue
            if a < sp.i and toks[sp.i - 1].text.casefold() in lx.TITLES \
                    and not (toks[sp.i - 1].text.isupper() and len(toks[sp.i - 1].text) > 1):  # ("DR Congo": no doctor)
                person_keys.update(word_key(t.text) for t in toks[sp.i:b + 1])
                continue
            if _LINKED_AFTER.match(text, sp.end) or _LINKED_BEFORE.search(text, max(0, sp.start - 6), sp.start):
                continue  # a part of a longer hyphenated name: "Pul" of "Pul-i-Alam", "Suf" of "Dara-i-Suf"
            if sp.j + 1 < len(toks) and toks[sp.j + 1].text.casefold() in lx.NAMED_AFTER_WORDS \
                    and _joined(text, toks[sp.j], toks[sp.j + 1]) and toks[sp.j + 1].is_capitalized:
                continue  # "Tite Street", "Baghdad Street" in Damascus, "the Liberal Party": named after it
            if single and low in lx.EVENT_NAME_HEADS and sp.i > 0 and toks[sp.i - 1].is_capitalized \
                    and _gap(text, toks[sp.i - 1], first) == " ":
                continue  # "the Gulf War", "the Arab Spring": an event's name
            if _SAINTS_DAY_AFTER.match(text, sp.end):
                continue  # "St. Patrick's Day", "Valentine's Day": a day named after a person
            if _MODEL_CODE_BEFORE.search(text, max(0, sp.start - 12), sp.start):
                continue  # "a C-130 Hercules", "a UH-60 Black Hawk": a machine's model, no town
            if sp.j > sp.i and first.text.casefold() in lx.SAINT_HEADS and _SAINTS_INSTITUTION_AFTER.match(text, sp.end):
                continue  # "St. Mary's High School": a saint's school, no town named after the saint
            if _CROSSING_AFTER.match(text, sp.end) or _CROSSING_BEFORE.search(text, max(0, sp.start - 24), sp.start):
                continue  # "near 35th and Burleigh": a street of a crossing
            if sp.j + 1 < len(toks) and toks[sp.j + 1].text in lx.LOWER_STREET_WORDS \
                    and text[toks[sp.j].end:toks[sp.j + 1].start] == " " \
                    and not (sp.i > 0 and (text[toks[sp.i - 1].end:toks[sp.i].start] in ("-", "–", "—")
                                           or toks[sp.i - 1].text.casefold() in lx.INDEFINITE_ARTICLES)):
                continue  # "at Maka Mukarama road, Mogadishu": a road named after it (not "Nakuru-Eldoret
                # road", nor "a Sanaa street", a street of Sanaa)
            if sp.j + 3 < len(toks) and toks[sp.j + 1].text in lx.NAMED_AFTER_WORDS and sp.i > 0 \
                    and toks[sp.i - 1].text.casefold() in lx.DETERMINERS \
                    and toks[sp.j + 2].text in lx.LOCATIVE_PREPOSITIONS and toks[sp.j + 3].is_capitalized \
                    and toks[sp.j + 3].text.casefold() not in lx.MONTHS_DAYS:  # ("a Gothenburg café in November")
                continue  # "the Hilton hotel in Cartagena": a hotel named after it, somewhere else
            own_kind = b == sp.j + 1 and (toks[b].text.casefold() in _QUALIFIER_WORDS | lx.ADMIN2_QUALIFIERS or (
                # "in Quindío Department": the area ("the Ohio Department of Health" an office)
                toks[b].text.casefold() in lx.AREA_HEADS and self._kinds(sp) & {ADMIN1, ADMIN2}
                and not (b + 1 < len(toks) and toks[b + 1].text.casefold() == "of")))
            if b > sp.j + 1 and toks[b].text.casefold() in _QUALIFIER_WORDS | lx.ADMIN2_QUALIFIERS \
                    and _gap(text, toks[sp.j], toks[sp.j + 1]) == " " and sp.i > 0 and toks[sp.i - 1].text.casefold() in lx.DETERMINERS | lx.LOCATIVE_PREPOSITIONS \
                    and not any(toks[k].text.casefold() in lx.INSTITUTION_WORDS or toks[k].text.casefold() in lx.TITLES
                                or toks[k].text.casefold() in PLACE_FOLLOWERS or self._is_place_word(toks[k].text)
                                for k in range(sp.j + 1, b)) \
                    and not self._area_after(text, toks, sp, b):
                continue  # "in the Khair Khana District": the first word of an area's longer name the
                # gazetteer lacks, no Khair in India
            if b > sp.j and not own_kind and any(toks[k].text.casefold() in lx.INSTITUTION_WORDS or toks[k].text.casefold() in lx.TITLES
                                                 for k in range(sp.j + 1, b + 1)):
                # ("Baringo County" alone is the county, where the gazetteer does not know it by that
                # name: Kenya's counties are its first-order areas)
                # the place names what follows it: "Laurel County Clerk Dean Johnson", "the Paris
                # Public Library" (a name after "Mayor" is still a person's: "Mayor John Smith";
                # one after a first name a person's too: "the Sarah Bush Lincoln Hospital")
                if all(p in sp.loose_only for p, _ in sp.postings):
                    continue  # ... a name only like a place's heads no institution of it: "the Sarah Bush
                    # Lincoln Hospital" is no hospital of Saare
                sp.institution = True
                sp.run_end = b
                # ... a body's name is whose, no place of events: "according to the Wad Madani
                # Resistance Committee" (a building's, "the Paris Public Library", and a town's own
                # office, "the Memphis Police Department", stay where)
                last = toks[b].text.casefold()
                sp.named_actor = last in lx.OUTLETS or last in lx.ORGANISATION_WORDS
            if a < sp.i and self._hyphen_pair(text, toks[sp.i - 1], first, sp.postings, toks[sp.i - 1].text):
                a = sp.i  # "Abuja-Kaduna": the second is a place of its own
            if a == sp.i - 1 and toks[a].text in lx.PARTY_LETTERS and _gap(text, toks[a], first) == "-" and (
                    a == 0 or _gap(text, toks[a - 1], toks[a]).strip() in (",", "(")):
                a, sp.affiliation = sp.i, True  # "Linda Roe, R-Raleigh", "(D-Ohio)": where a politician is from
            if b > sp.j and self._hyphen_pair(text, toks[sp.j], toks[sp.j + 1], sp.postings, toks[sp.j + 1].text):
                b = sp.j  # ... and so is the first
            if _CITY_PART.fullmatch(surface) or surface[:1].isupper() and sp.i > 0 \
                    and (_CITY_PART_END.search(text, max(0, sp.start - 24), sp.end) or _CITY_PART.match(text, sp.start)):  # ("the Northwest Side" is no Side, Turkey)
                continue  # "Chicago's West Side", "the East End": a part of a city, never a town of that name
            if single and low in lx.VENUES_BEFORE_NAME and sp.j + 1 < len(toks) and toks[sp.j + 1].is_capitalized \
                    and text[toks[sp.j].end:toks[sp.j + 1].start] == " " \
                    and toks[sp.j + 1].text.casefold() not in _QUALIFIER_WORDS | lx.ADMIN2_QUALIFIERS \
                    and sp.i > 0 and toks[sp.i - 1].text.casefold() in lx.DETERMINERS:
                continue  # "the Bar Las Margaritas": a venue's word before its name, no town of Bar
            if sp.i >= 2 and toks[sp.i - 1].is_capitalized and toks[sp.i - 1].text.casefold() in lx.VENUES_BEFORE_NAME \
                    and toks[sp.i - 1].text.casefold() not in lx.VENUES_NAMED_FOR_PLACE and text[toks[sp.i - 1].end:first.start] == " " \
                    and toks[sp.i - 2].text.casefold() in lx.DETERMINERS:
                continue  # ... and the name after it ("the Bar El Paraiso", "the Cafe Paris"; a hotel is
                # more often where its name says: "the Hotel Baghdad")
            if sp.j + 1 < len(toks) and toks[sp.j + 1].text in lx.SUFFIX_DIRECTIONS \
                    and text[toks[sp.j].end:toks[sp.j + 1].start] == " " \
                    and sp.j + 2 < len(toks) and toks[sp.j + 2].is_capitalized \
                    and text[toks[sp.j + 1].end:toks[sp.j + 2].start].strip() == ",":
                # "Orlando" of "Orlando East, Soweto": the head of the name of a part of the town named
                # next, which the gazetteer lacks (not "Imphal West district", "in Lamu West.": the
                # area's own name, of its head's place)
                continue
            if single and low in lx.COMPOUND_HEADS and b > sp.j:
                continue  # "Ras" of "Ras Al-Sarj": the first word of a longer name not in the gazetteer
            if sp.j + 2 < len(toks) and toks[sp.j + 2].is_capitalized and (
                    toks[sp.j + 1].text in lx.NAME_PARTICLES and toks[sp.j + 2].text.casefold() not in lx.PART_DIRECTIONS
                    and text[toks[sp.j].end:toks[sp.j + 1].start] == " " == text[toks[sp.j + 1].end:toks[sp.j + 2].start]
                    or toks[sp.j + 1].text.casefold() in lx.ARTICLE_PARTICLES
                    and text[toks[sp.j].end:toks[sp.j + 1].start] == " " and text[toks[sp.j + 1].end:toks[sp.j + 2].start] == "-"
                    and not all(f & DEMONYM for _, f in sp.postings)):  # ("the Yemeni al-Qaeda branch": Yemen's)
                continue  # "Rosario" of "Rosario de Perija", "Wad" of "Wad al-Noura": the head of a longer name the gazetteer lacks
            if sp.i >= 2 and toks[sp.i - 1].text in lx.NAME_PARTICLES and toks[sp.i - 2].is_capitalized \
                    and text[toks[sp.i - 2].end:toks[sp.i - 1].start] == " " == text[toks[sp.i - 1].end:first.start] \
                    and sp.j + 1 < len(toks) and toks[sp.j + 1].text in lx.GROUP_NOUNS \
                    and not self._is_place_word(toks[sp.i - 2].text):
                continue  # "Aragua" of "the Tren de Aragua gang": the tail of a group's name
            # "Henry County", "Kansas City": a name with a place's own head word is no one's name,
            # whatever capitalised words stand around it ("Leadership Henry County", "the Henry
            # County Courthouse")
            headed = sp.j > sp.i and toks[sp.j].text.casefold() in _NAME_HEADS
            if b > a and not headed and _AGE_AFTER.match(text, toks[b].end):
                # "Omar Khalil, 54," is a person, and so is "Khalil" later on (whatever the share of
                # capitals in the sentence: "Ana Ruth Henry, 19, of 12 Elm St., Salem, was held")
                person_keys.update(word_key(t.text) for t in toks[a:b + 1])
                continue
            if a < sp.i and not headed:
                prev = toks[sp.i - 1].text.casefold()
                # a common word opening the run, at the sentence's start or after a dash or colon
                # ("ROANOKE -- Former Arkansas Gov. ..."), is no part of the name
                run_start_common = a == sp.i - 1 and ((prev in lx.COMMON_WORDS or _lower_opener(toks, a, sp.j, b, lower_words)) and (
                    a == 0 or _gap(text, toks[a - 1], toks[a]).strip().endswith(_CLAUSE_MARKS)) or prev in lx.MONTHS_DAYS)
                # (after a note's date too: "4 June 2024: In Kherson, ...")
                # ("Sunday Alexandria police went": a day opening the run is no first name)
                word = toks[sp.i - 1].text
                if word not in place_word:
                    place_word[word] = self._is_place_word(word)
                # "in Salahuddin Iraq": an unknown name then its country or province, the comma left out
                tail_area = sp.j == b and a > 0 and toks[a - 1].text.casefold() in lx.LOCATIVE_PREPOSITIONS \
                    and self._is_place_word(first.text if sp.i == sp.j else surface) and not sp.institution
                # ("the Hotel Baghdad", "the Palace Hotel Lahore": a hotel is more often where its name says)
                venue_of = prev in lx.VENUES_NAMED_FOR_PLACE and _gap(text, toks[sp.i - 1], first) == " "
                if not (prev in lx.GEO_MODIFIERS or run_start_common or place_word[word] or tail_area or venue_of):
                    # inside someone's or something's name: remember a person's surname
                    # (not in a headline, where every word is capitalised: "Freemason Joins Sochi Mayor Race")
                    if not s.title_case and not any(t.text.casefold() in PLACE_FOLLOWERS for t in toks[sp.i:b + 1]):
                        person_keys.update(word_key(t.text) for t in toks[sp.i:b + 1])
                    continue
                if place_word[word] and prev not in lx.GEO_MODIFIERS and prev not in lx.DIRECTIONS \
                        and "-" not in _gap(text, toks[sp.i - 1], first):  # ("Southeast Turkey" is a part of Turkey)
                    # the tail of a longer name after a place ("Daraa al-Balad"): a place in the
                    # same country or nothing ("Washington-Moscow" is two places, kept apart)
                    where = {self.gaz.country[p] for p, f in self.gaz.lookup_keys([word_key(word)])[0]}
                    sp.postings = [(p, f) for p, f in sp.postings if self.gaz.country[p] in where]
                    if not sp.postings:
                        continue
            if b > sp.j and b + 1 < len(toks) and toks[b + 1].text.casefold() in lx.QUARTER_NOUNS \
                    and _joined(text, toks[b], toks[b + 1]):
                continue  # "the Orange Mound neighborhood": the whole run names a quarter the gazetteer lacks
            if b + 1 < len(toks) and toks[b + 1].text.casefold() in lx.QUARTER_NOUNS and _joined(text, toks[b], toks[b + 1]) \
                    and _TOWNS_OWN.search(text, max(0, sp.start - 20), sp.start):
                continue  # "the city's North Hill neighborhood": a quarter of the story's town, not a town elsewhere
            # "the Glendale Galleria", "the Paris Walmart store": a major place under its own name
            # after "the" names a thing at that place, not a person ("the La Mon restaurant" is no
            # "LA", "the Boko Haram ambush" no village "Boko", "the Caño Limón pipeline" no Kano, once "Cano")
            the_led = a == sp.i and sp.i > 0 and toks[sp.i - 1].text.casefold() in lx.DETERMINERS and b > sp.j \
                and (self._major([(p, f) for p, f in sp.postings if (not f & UPPER or surface.isupper()) and p not in sp.loose_only])
                     or sp.key in filed_at and sp.sent > 0)
            sp.names_thing = the_led or headed and b > sp.j and not sp.institution
            if (a < sp.i or b > sp.j) and not headed and not sp.institution and a >= 2 \
                    and toks[a - 1].text.casefold() == "of" and toks[a - 2].text.casefold() in _TOWN_OF \
                    and not (b > sp.j and (toks[sp.j + 1].text.casefold() in PLACE_FOLLOWERS
                                           or self._is_place_word(toks[sp.j + 1].text))):
                continue  # "near the town of Adan Yabaal", "the village of Kano Dutse": the name of a
                # town the gazetteer lacks, no Aden, Kano or Dutse
            if b > sp.j and not sp.institution and not headed and toks[b].text.casefold() in lx.STREET_WORDS \
                    and toks[b].is_capitalized and _joined(text, toks[b - 1], toks[b]):
                continue  # "Van Dorn Street": a street named after someone, no Van in Turkey
            if single and not any(int(self.gaz.kind[p]) in (COUNTRY, ADMIN1) for p, _ in sp.postings) \
                    and ((m := _FIRM_AFTER.match(text, sp.end)) is not None or (m := _FIRM_BEFORE.search(text, max(0, sp.start - 40), sp.start))) \
                    and not self._joined_place(m.group(1)):
                continue  # "Stevens & Wilkinson", "Helen & Douglas House": a firm's or a body's name of two
                # names (not "Bosnia & Herzegovina", nor "Dallas & Fort Worth")
            if single and sp.j + 1 < len(toks) and toks[sp.j + 1].text in lx.PERSON_SPEECH_VERBS and not s.title_case \
                    and _gap(text, first, toks[sp.j + 1]) == " " and first.is_capitalized and not first.is_upper \
                    and not (sp.i > 0 and toks[sp.i - 1].text.casefold() in lx.DETERMINERS | lx.LOCATIVE_PREPOSITIONS | {"of"}) \
                    and all(int(self.gaz.kind[p]) == LOCALITY and int(self.gaz.pop[p]) < 100_000 for p, _ in sp.postings):
                person_keys.add(sp.key)  # "Robertson said": a person's surname (no town says anything)
                continue
            if single and first.is_capitalized and not first.is_upper and not s.title_case \
                    and _SAID_BEFORE.search(text, max(0, sp.start - 12), sp.start) and _WHO_AFTER.match(text, sp.end) \
                    and all(int(self.gaz.kind[p]) == LOCALITY and (int(self.gaz.pop[p]) < 100_000 or _PERSON_AFTER.match(text, sp.end))
                            for p, _ in sp.postings):
                person_keys.add(sp.key)  # "said Moussa, a farmer who lost two brothers": who said it (no Muse,
                continue  # Pennsylvania; nor, described as one of a people's nouns, Ethiopia's city of Adama)
            if single and first.is_capitalized and not first.is_upper and not s.title_case \
                    and (sp.j + 1 < len(toks) and toks[sp.j + 1].text in lx.PERSON_HEADS_AFTER
                         and _gap(text, first, toks[sp.j + 1]) == " "
                         or _ACCORDING_TO_BEFORE.search(text, max(0, sp.start - 16), sp.start) and b == sp.j
                         and text[sp.end:sp.end + 1] in (".", ",", ";", "")) \
                    and all(int(self.gaz.kind[p]) == LOCALITY and int(self.gaz.pop[p]) < 100_000 for p, _ in sp.postings):
                person_keys.add(sp.key)  # "the Obama administration", "according to Taylor.": a person (a
                continue  # capital's or a country's government is left to the words around it)
            if single and low in lx.GIVEN_NAMES and sp.j < b <= sp.j + 2 and not sp.institution and not headed and not (the_led and sp.key in filed_at) \
                    and not s.title_case and all(_gap(text, toks[k - 1], toks[k]) == " " for k in range(sp.j + 1, b + 1)) \
                    and not any(toks[k].text.casefold() in PLACE_FOLLOWERS or self._is_place_word(toks[k].text)
                                for k in range(sp.j + 1, b + 1)):
                person_keys.add(word_key(toks[b].text))  # "said Mary Wheeler": a person, Wheeler later on too
                continue  # (and "Mary Ann Wade", her middle name between)
            if b > sp.j and not sp.institution:
                nxt = toks[sp.j + 1].text.casefold()
                if headed or the_led:
                    # ... an outlet's or an authority's name: "the St. Paul Pioneer Press", "the Lansing City Council"
                    last = toks[b].text.casefold()
                    sp.named_actor = last in lx.ACTOR_HEADS or last in lx.OUTLETS or last in lx.ORGANISATION_WORDS
                elif low in lx.GEO_MODIFIERS:
                    continue  # "Metro" of "Metro Vancouver": a modifier of the next name, no person's
                elif self._area_after(text, toks, sp, b):
                    pass  # "in Lago Puelo Chubut Province": a town, then its area, the comma left out
                elif nxt not in PLACE_FOLLOWERS and nxt not in ("al", "el") and not any(
                        int(self.gaz.kind[p]) in (COUNTRY, ADMIN1) for p, _ in sp.postings):
                    if b - a <= 2 and not s.title_case:
                        person_keys.update(word_key(t.text) for t in toks[sp.j + 1:b + 1])
                    continue
                elif any(toks[k].text.casefold() in lx.OUTLET_HEADS for k in range(sp.j + 1, b + 1)):
                    sp.named_actor = True  # "Halab Today TV": an outlet named after an area, not an event there
            if (first.is_upper or surface.replace(".", "").isupper() and len(surface) > 1) and not (
                    len(surface) >= 4 and ("." not in surface or " " in surface) and _dateline(text, sents, sp)):
                upper = [(p, f) for p, f in sp.postings if f & UPPER]
                if not upper and sp.j > sp.i and not surface.isupper():
                    upper = [(p, f) for p, f in sp.postings if f & (PRIMARY | ALIAS)]  # "DR Congo": a name, its first word a capital's
                sp.postings = upper
                if not sp.postings:
                    continue
            else:
                # lower-case-only demonym use is not ours to judge; keep capitalised ones
                sp.postings = [(p, f) for p, f in sp.postings if not (f & UPPER and not f & (PRIMARY | ALIAS) and len(surface) <= 4)] or sp.postings
                # ... but a short name written only in capitals is an acronym, never a word in title
                # case: "La Mar Province" has no "LA" (Los Angeles) in it
                if len(surface) <= 4 and surface.istitle() and "." not in surface:
                    sp.postings = [(p, f) for p, f in sp.postings if not (f & UPPER and not f & PRIMARY)]
                    if not sp.postings:
                        continue
            if single and (opens or s.headline):
                sp.weak = True
            elif single and low in lower_words and low in lx.COMMON_WORDS and not acronym:
                continue
            if single and text[sp.end:sp.end + 1] == "-" and text[sp.end + 1:sp.end + 2].islower():
                # the head of a compound word ("The Far-right candidate", "Pro-government"): a place
                # only under its own name ("Moscow-backed"), never another name of one (no Pharr)
                if not any(f & (PRIMARY | ALIAS | DEMONYM) for _, f in sp.postings):
                    continue
            kept.append(sp)
        # a word seen in a person's name is that person elsewhere too ("Lund", "Sharaa"), unless
        # the words around it make it a place: "flights to Moscow", "in Greer", "Greer, S.C.", or it
        # opens a dateline ("CHARLESTON, W.Va. (AP) --" where a "Generation Charleston" group is named later)
        # (but not a word the text also writes as an area's own name, "DeKalb County": "StandUp DeKalb"
        # is a group's name, and "DeKalb's plan" the county's)
        person_keys -= {word_key(sents[sp.sent].tokens[sp.i].text) for sp in kept if sp.j == sp.i + 1
                        and sents[sp.sent].tokens[sp.j].text.casefold() in lx.ADMIN2_NAME_HEADS}
        return [sp for sp in kept if not (" " not in sp.key and sp.key in person_keys
                                          and not sp.names_thing and not _dateline_role(text, sents, sp)
                                          and not any(int(self.gaz.kind[p]) == COUNTRY for p, _ in sp.postings)
                                          and not self._locative(text, sents[sp.sent].tokens, sp))], cut

    def _locative(self, text: str, toks: list[Token], sp: _Span) -> bool:
        """True when the words around a name say it is a place: a locative preposition before
        it ("in", "to", "near"), or a comma and a country or first-order area after it."""
        if sp.i > 0 and toks[sp.i - 1].text.casefold() in lx.LOCATIVE_PREPOSITIONS:
            return True
        if sp.i > 1 and toks[sp.i - 1].text.casefold() == "of" and toks[sp.i - 2].text.casefold() in lx.DIRECTIONS:
            return True  # "north of Rochester"
        if sp.i > 1 and toks[sp.i - 1].text.casefold() in lx.DIRECTIONS \
                and toks[sp.i - 2].text.casefold() in lx.LOCATIVE_PREPOSITIONS:
            return True  # "in eastern Al Jazirah"
        if sp.i > 1 and toks[sp.i - 1].text.casefold() == "the" and toks[sp.i - 2].text.casefold() in lx.LOCATIVE_PREPOSITIONS \
                and sp.j + 1 < len(toks) and toks[sp.j + 1].text.casefold() in lx.GEO_NOUNS:
            return True  # "in the Rochester area"
        k = sp.j + 1
        return k < len(toks) and text[toks[sp.j].end:toks[k].start].strip() == "," and self._is_place_word(toks[k].text)

    def _area_after(self, text: str, toks: list[Token], sp: _Span, b: int) -> bool:
        """Whether the rest of the capitalised run after ``sp`` (up to token ``b``, a kind word
        after it left out) is a first-order area or a country some candidate of ``sp`` lies in
        ("Lago Puelo Chubut Province", "Mastung Balochistan"); if so, ``sp`` keeps only those."""
        if not (sp.i > 0 and toks[sp.i - 1].text.casefold() in lx.LOCATIVE_PREPOSITIONS | {"of"}):
            return False  # (only where a place is said to be: "said George Washington" is a person)
        end = b
        while end > sp.j + 1 and toks[end].text.casefold() in PLACE_FOLLOWERS:
            end -= 1
        if end - sp.j > 3:
            return False
        rest = text[toks[sp.j + 1].start:toks[end].end]
        areas = {(self.gaz.country[p], self.gaz.admin1[p] if int(self.gaz.kind[p]) == ADMIN1 else None)
                 for p, f in self.gaz.lookup_keys([word_key(rest)])[0]
                 if f & (PRIMARY | ALIAS) and int(self.gaz.kind[p]) in (COUNTRY, ADMIN1)}
        inside = [(p, f) for p, f in sp.postings if int(self.gaz.kind[p]) not in (COUNTRY, ADMIN1) and (
            (self.gaz.country[p], None) in areas or (self.gaz.country[p], self.gaz.admin1[p]) in areas)]
        if inside:
            sp.postings = inside
        return bool(inside)

    def _joined_place(self, run: str) -> bool:
        """Whether the name on the other side of an "&" is a place's: one word a country's or a
        first-order area's ("Bosnia & Herzegovina"), several a place's whole name ("Fort Worth")."""
        words = run.split()
        if len(words) == 1:
            return self._is_place_word(run)
        return any(f & (PRIMARY | ALIAS) for _, f in self.gaz.lookup_keys([" ".join(word_key(w) for w in words)])[0])

    def _is_place_word(self, word: str) -> bool:
        hits = self.gaz.lookup_keys([word_key(word)])[0]
        return any(f & (PRIMARY | ALIAS) and int(self.gaz.kind[p]) in (COUNTRY, ADMIN1) for p, f in hits)

    def _major(self, postings: Iterable[tuple[int, int]]) -> bool:
        """A continent, a country, a first-order area or a city of 100,000 under its own name."""
        g = self.gaz
        return any(f & (PRIMARY | ALIAS) and (int(g.kind[p]) in (COUNTRY, ADMIN1) or int(g.pop[p]) >= 100_000 or not g.country[p])
                   for p, f in postings)

    def _hyphen_pair(self, text: str, a: Token, b: Token, postings: list[tuple[int, int]], other: str) -> bool:
        """Two major places joined by a hyphen are two places ("the Abuja-Kaduna highway",
        "the Washington-Moscow route"), not one name; so are two neighbouring towns ("Fargo-Moorhead",
        each its own name, within TWIN_KM of each other)."""
        if "-" not in _gap(text, a, b):
            return False
        theirs = self.gaz.lookup_keys([word_key(other)])[0]
        if self._major(postings) and self._major(theirs):
            return True
        g = self.gaz
        own = [p for p, f in postings if f & (PRIMARY | ALIAS)]
        # ... and two towns of one country a road joins: "the Gwadar-Turbat road" (within BETWEEN_KM)
        reach = BETWEEN_KM if _ROAD_NEXT.match(text, b.end) else TWIN_KM
        return any(p != q and g.country[p] == g.country[q] and places_km(g, p, q) <= reach
                   for q, f in theirs if f & (PRIMARY | ALIAS) for p in own)

    def _extend(self, text: str, sents: list[_Sentence], spans: list[_Span]) -> None:
        """A feature named after a place takes the feature's whole name and lies near the place
        ("the Kanawha River", "Lake Chad", "the Port of Los Angeles", "Jerome Township"); a
        direction word stays out of it ("North Texas" is a part of Texas, named as Texas)."""
        feature_words = lx.FEATURES_AFTER | lx.FEATURES_BEFORE | lx.FEATURES_OF
        # a feature's word that is also a place's name ("Port", France) is the feature's here
        taken = {(sp.sent, k) for sp in spans for k in range(sp.i, sp.j + 1)
                 if not (sp.i == sp.j and text[sp.start:sp.end].casefold() in feature_words)}
        for sp in spans:
            toks = sents[sp.sent].tokens
            j = sp.j
            # up to three capitalised words after it, the last a feature's ("Zion National Park")
            for k in range(sp.j + 1, min(len(toks), sp.j + 4)):
                t = toks[k]
                word = t.text.casefold()
                if (sp.sent, k) in taken or not t.is_capitalized or not _joined(text, toks[k - 1], t):
                    break
                if word in lx.FEATURES_AFTER:
                    j = k
                elif word not in lx.FEATURE_LINKS:
                    break
            # (not a country's or a province's own service or road: "the Florida Highway Patrol",
            # "the Ohio Turnpike"; not a numbered road in a county: "Douglas County Road 4")
            # (but a town whose own name ends in "City" names its road: "Old Dade City Road")
            if j > sp.j and (self._kinds(sp) & {COUNTRY, ADMIN1} or toks[sp.j].text.casefold() in _NAME_HEADS
                             and not (sp.j > sp.i and toks[sp.j].text.casefold() in lx.LOCALITY_QUALIFIERS
                                      and toks[j].text.casefold() in lx.LOCAL_ROADS)
                             or j + 1 < len(toks) and toks[j + 1].text[:1].isdigit()):
                j = sp.j
            if j > sp.j:
                end = toks[j].end
                if text[end:end + 1] == "." and toks[j].text.casefold() in lx.FEATURE_ABBREVIATIONS:
                    end += 1  # "Tewksbury Twp."
                sp.j, sp.end, sp.near = j, end, True
                sp.road = toks[j].text.casefold() in lx.LOCAL_ROADS
            elif sp.i > 0 and sp.j + 1 < len(toks) and toks[sp.i - 1].text.casefold() == "the" \
                    and toks[sp.j + 1].text in lx.LOWER_LANDMARKS and text[toks[sp.j].end:toks[sp.j + 1].start] == " ":
                # "near the Kara bridge": a landmark named after a place, the name's place or not
                sp.j, sp.end, sp.landmark = sp.j + 1, toks[sp.j + 1].end, True
            elif sp.i > 0 and toks[sp.i - 1].text.casefold() in lx.VENUE_LEADS and any(
                    sp.j + k < len(toks) and toks[sp.j + k].text in lx.LOWER_VENUES and all(
                        t.text.islower() for t in toks[sp.j + 1:sp.j + k]) for k in (1, 2)):
                sp.landmark = True  # "the Dubai City wedding hall", "the Paris hotel": a venue (the name's span kept)
            elif sp.i > 1 and toks[sp.i - 1].text.casefold() in lx.NAME_PARTICLES | {"d'", "d’"} \
                    and toks[sp.i - 2].text.casefold() in lx.STATION_NAME_HEADS and toks[sp.i - 2].is_capitalized:
                sp.landmark = sp.station = True  # "Paris's Gare de Lyon": a station named after the town its line runs to
            i = sp.i
            if i >= 1 and toks[i - 1].text.casefold() in lx.FEATURES_BEFORE and toks[i - 1].is_capitalized:
                i -= 1  # "Lake Chad", "Mount Hermon"
            elif i >= 2 and toks[i - 1].text == "of" and toks[i - 2].text.casefold() in lx.FEATURES_OF \
                    and toks[i - 2].is_capitalized:
                i -= 2  # "the Port of Los Angeles", "the Gulf of Aden"
            if i < sp.i and not any((sp.sent, k) in taken for k in range(i, sp.i)):
                sp.i, sp.start, sp.near = i, toks[i].start, True
        covered = {(sp.sent, k) for sp in spans if sp.i < sp.j for k in range(sp.i, sp.j + 1)}
        spans[:] = [sp for sp in spans if not (sp.i == sp.j and (sp.sent, sp.i) in covered)]

    # -- 3. resolution
    def _qualify(self, text: str, sents: list[_Sentence], spans: list[_Span]) -> None:
        """Kind qualifiers ("Latakia province", "the city of X", "Idlib and Aleppo provinces",
        "the provinces of Homs and Hama") and "near X" cues."""
        by_pos = {(sp.sent, sp.i): sp for sp in spans}
        kept: set[tuple[int, int]] = set()  # kind words a name before them keeps for itself
        for sp in sorted(spans, key=lambda sp: (sp.sent, sp.i)):
            toks = sents[sp.sent].tokens
            after = [t.text.casefold() for t in toks[sp.j + 1:sp.j + 5]]
            before = [t.text.casefold() for t in toks[max(0, sp.i - 6):sp.i]]
            # "the northern Sinai town of Rafah": the town is Rafah, Sinai the area it lies in (not
            # "the Tillaberi region of Niger": a country is no region, the region is Tillaberi)
            nxt_sp = by_pos.get((sp.sent, sp.j + 3)) if after[1:2] == ["of"] else None
            # ("the northern Cameroon region of Meme": a country is no region either)
            kind_of_next = nxt_sp is not None and COUNTRY not in self._kinds(nxt_sp) and (
                self._kinds(sp) == {COUNTRY} or _QUALIFIED_KIND.get(_kind_of_noun(after[0])) in self._kinds(nxt_sp)
                # ("the central Damascus district of Mezzeh": a part of the city, named after it)
                or after[0] in _CITY_PART_NOUNS and LOCALITY in self._kinds(sp))
            # "the Cameroonian town of Fotokol", "a Syrian village": a country's adjective (or its
            # name, before a town word) says whose the town is and names no town; not before a
            # capitalised kind word, a name's own ("Somali Region"), nor a country's name before an
            # area word ("Azerbaijan province" is a province of that name)
            # ... and so does a first-order area's name between an article and a town word: "in this
            # northeast Texas city" is a city in the state (no Texas, Mexico; no Oklahoma City)
            area_adjective = bool(after) and after[0] in lx.LOCALITY_QUALIFIERS and toks[sp.j + 1].text.islower() \
                and ADMIN1 in self._kinds(sp) and _article_before(toks, sp.i) and not any(f & DEMONYM for _, f in sp.postings)
            whose = area_adjective or bool(after) and after[0] in _QUALIFIER_WORDS and toks[sp.j + 1].text.islower() and (
                any(f & DEMONYM for _, f in sp.postings) or after[0] in lx.LOCALITY_QUALIFIERS and self._kinds(sp) == {COUNTRY})
            # (a kind word past a comma is no name's: "in Lagos, state police said")
            nouns = [] if kind_of_next or whose or not after or text[sp.end:toks[sp.j + 1].start].strip() else after[:1]
            if nxt_sp is not None and not kind_of_next:
                kept.add((sp.sent, sp.j + 1))  # ... and Niger is not "the region of Niger"
            if after[:1] in (["and"], ["or"]) and len(after) >= 3:
                nouns.append(after[2])  # the noun after a two-name list applies to both
                if after[1] in lx.DIRECTIONS and len(after) >= 4:
                    nouns.append(after[3])  # ... past a direction: "Idleb and western Aleppo governorates"
            at, noun = _list_noun(text, toks, sp.j)
            if noun and not kind_of_next and not (whose and noun in _QUALIFIER_WORDS) \
                    and not _whose_areas(text, toks, sp.i, sp.j, at, noun):
                nouns.append(noun)  # ... and after a longer one: "Douglas, Sarpy and Lancaster counties"
            if noun := _noun_before_list(text, toks, sp.i):
                nouns.append(noun)  # ... or before it: "three counties: Douglas, Lancaster and Sarpy"
            # ("a village of South Waziristan": one village in it, not a village called so; "the
            # city of Mosul" is Mosul)
            if len(before) >= 2 and before[-1] == "of" and (sp.sent, sp.i - 2) not in kept and before[-3:-2] not in (["a"], ["an"]) and not (
                    COUNTRY in self._kinds(sp) and _QUALIFIED_KIND.get(_kind_of_noun(before[-2])) not in self._kinds(sp)):
                nouns.append(before[-2])  # (not "the northeastern region of Mali": no area called Mali)
            # "the provinces of Homs and Hama": reach back over "X and" to "provinces of"
            if len(before) >= 4 and before[-1] in ("and", "or") and before[-3] == "of":
                nouns.append(before[-4])
            for kind, words in (("admin1", lx.ADMIN1_QUALIFIERS), ("admin2", lx.ADMIN2_QUALIFIERS),
                                ("locality", lx.LOCALITY_QUALIFIERS), ("area", lx.AREA_HEADS)):
                noun = next((w for w in nouns if w in words), None)
                if noun is not None:
                    sp.qualifier, sp.qualifier_noun = kind, _singular(noun)
                    break
            else:
                if area_adjective:
                    sp.qualifier = "admin1"
            if before[-1:] and before[-1] in lx.NEAR_CUES or len(before) >= 2 and before[-1] == "of" and before[-2] in lx.NEAR_OF \
                    or after[:1] and after[0] in lx.NEAR_AFTER or before[-1:] == ["between"] \
                    or len(before) >= 3 and before[-1] == "and" and before[-3] == "between" \
                    or len(before) >= 3 and before[-1] == "of" and before[-2] in lx.DIRECTIONS \
                    and any(w in lx.DISTANCE_UNITS for w in before[-6:-2]):
                sp.near = True  # "near X", "rural X", "X countryside", "the countryside of X", "between X and
                # Y", "40 km north of X": around X, not in it (ACLED precision 2)
            if before[-1:] and before[-1] in lx.AREA_DIRECTIONS and not toks[sp.i - 1].is_capitalized:
                sp.part_of = True
            if len(before) >= 2 and before[-1] == "of" and before[-2] in lx.WATERS_NOUNS:
                sp.part_of = True  # "off the coast of Djibouti": the country's coast, not the city

    def _focus(self, spans: Iterable[_Span], resolved: bool) -> Counter:
        focus: Counter = Counter()
        for sp in spans:
            if sp.direction:
                continue  # ("the Southeast region" is of a country the other names point at)
            # a small place named only in another language or by a look-alike spelling is no
            # evidence of the article's country ("al-Amel" read as Belgium's "Amel")
            named = [(p, f) for p, f in sp.postings if (f & (PRIMARY | ALIAS) or int(self.gaz.pop[p]) >= 100_000
                     or int(self.gaz.kind[p]) in (COUNTRY, ADMIN1)) and p not in sp.look_alike]
            if resolved:
                if sp.best is not None and sp.scores[sp.best] >= 0.6 and any(p == sp.best for p, _ in named):
                    w = 1.0 if int(self.gaz.kind[sp.best]) != COUNTRY else 1.5
                    if sp.actor:
                        # "Iran's ambassador" says little about where things happen, "two Americans" less
                        w *= NATIONALS_FOCUS if sp.nationals else ACTOR_FOCUS
                    # a name about as likely in another country is weak evidence of either
                    # ("Alexandria" eight times is no vote for Egypt eight times over)
                    rival = self._best_elsewhere(sp, lambda p: self.gaz.country[p])
                    if rival is not None:
                        w *= max(0.0, min(1.0, (sp.scores[sp.best] - rival) / FOCUS_MARGIN))
                    focus[self.gaz.country[sp.best]] += w
            elif named and not sp.nationals:
                countries = {self.gaz.country[p] for p, _ in sp.postings}
                if len(countries) == 1:
                    kinds = {int(self.gaz.kind[p]) for p, _ in sp.postings}
                    focus[next(iter(countries))] += 1.5 if COUNTRY in kinds else 1.0
        return focus

    def _areas(self, spans: Iterable[_Span]) -> dict[str, tuple[str, str]]:
        """The first-order area (country, admin-1 code) each resolved name lies in, once per
        name: the article's places below country level, to favour their neighbours."""
        g = self.gaz
        out = {}
        for sp in spans:
            if sp.best is None or int(g.kind[sp.best]) == COUNTRY or not g.admin1[sp.best]:
                continue
            # a name that scores alike in another area says nothing about which area it is in
            # (eight Butler Counties, none yet favoured: the first of them is no evidence)
            rival = self._best_elsewhere(sp, lambda p: (g.country[p], g.admin1[p]))
            if rival is None or sp.scores[sp.best] - rival > TIE:
                out[sp.key] = (g.country[sp.best], g.admin1[sp.best])
        return out

    def _town_and_its_area(self, spans: list[_Span]) -> frozenset[tuple[str, int]]:
        """(name, candidate) of a town and of a second-order area, named by two names of the
        article, where the town lies in the area: "Huntsville" and "Walker County" are the Texas
        town and the county it is the seat of, not the Alabama city and the Alabama county 130 km
        from it. Only a town's own name counts (not an old name of another town), and not the
        area's namesake ("Madison" beside "Madison County" is as likely any Madison)."""
        g = self.gaz
        areas = {(sp.key, p) for sp in spans for p, _ in sp.postings if int(g.kind[p]) == ADMIN2}
        if not areas:
            return frozenset()
        towns: dict[tuple[str, str], set[tuple[str, int]]] = defaultdict(set)
        for sp in spans:
            for p, f in sp.postings:
                if int(g.kind[p]) == LOCALITY and f & (PRIMARY | ALIAS):
                    towns[(g.country[p], g.admin1[p])].add((sp.key, p))
        out = set()
        for key, a in areas:
            la, lo = float(g.lat[a]), float(g.lon[a])
            for k, p in towns.get((g.country[a], g.admin1[a]), ()):
                if k != key and not key.startswith(k + " ") \
                        and haversine_km(la, lo, float(g.lat[p]), float(g.lon[p])) <= COUNTY_TOWN_KM:
                    out.update(((key, a), (k, p)))
        return frozenset(out)

    @staticmethod
    def _best_elsewhere(sp: _Span, where) -> float | None:
        """The best score of a candidate of ``sp`` that lies elsewhere than its best by ``where``
        (a candidate's country, or its country and first-order area); None if there is none."""
        here = where(sp.best)
        return max((v for p, v in sp.scores.items() if where(p) != here), default=None)

    def _score(self, spans: list[_Span], focus: Counter, anchors: list[tuple[float, float, str]],
               area_of_key: dict[str, tuple[str, str]] | None = None,
               own_focus: dict[str, Counter] | None = None, votes: dict[str, Counter] | None = None,
               named_areas: set[tuple[str, str]] | None = None,
               soft_anchors: list[tuple[float, float, str]] | None = None,
               located_in: set[str] | None = None, area_listed: set[int] | None = None,
               fighting: Counter | None = None, placed: dict[str, set[str]] | None = None,
               paired: frozenset[tuple[str, int]] = frozenset()) -> None:
        """``own_focus``: what a name that can only be one of several countries ("Congo") added
        to the focus itself, taken off when it is scored (it says nothing about itself);
        ``votes``: what each name added to the focus, for the tests that ask what the *other*
        names say (is the country Egypt, or the city Cairo, pointed at by anything else?)."""
        g = self.gaz
        area_of_key = area_of_key or {}
        own_focus = own_focus or {}
        whole_focus = focus
        areas = Counter(area_of_key.values())
        named_areas = named_areas or set()  # first-order areas the article names ("Virginia"): their towns are meant
        near = PointIndex(anchors, reach_km=400)
        soft = PointIndex(soft_anchors or [], reach_km=400)
        memo: dict[tuple, dict[int, float]] = {}  # the same name, worded alike, scores alike
        # the countries each name's places lie in below country level ("Beni": Bolivia's
        # department, DR Congo's town): a name of two countries ("Congo") is the one the others
        # have places in
        below: dict[str, set[str]] = defaultdict(set)
        for sp in spans:
            below[sp.key].update(g.country[p] for p, _ in sp.postings if int(g.kind[p]) != COUNTRY)
        capitals = g.capital_indices()
        said_again = Counter(sp.key for sp in spans)
        # where the armed groups named fight, and the countries next to those
        group_lands = {c for cc in fighting for c in (cc, *g.neighbours(cc))} if fighting else set()
        for sp in spans:
            listed = area_listed is not None and id(sp) in area_listed
            memo_key = (sp.key, sp.qualifier, sp.qualifier_noun, listed, sp.bracket_tail, sp.locative, tuple(sp.postings))
            if memo_key in memo:
                sp.scores = dict(memo[memo_key])
                sp.best = max(sp.scores, key=sp.scores.get) if sp.scores else None
                continue
            places: dict[int, int] = {}
            for p, f in sp.postings:
                places[p] = places.get(p, 0) | f
            focus = whole_focus - own_focus[sp.key] if sp.key in own_focus else whole_focus
            if votes and sp.key in votes and said_again[sp.key] > 1 and sp.qualifier in (None, "locality") \
                    and len({g.country[p] for p in places}) > 1 and not any(int(g.kind[p]) == COUNTRY for p in places):
                # a name said again and again, of places in several countries, is judged by what the
                # other names say, not by its own votes ("Alexandria" eight times, "Virginia" once)
                # (when they point at a country where the name has a place: a stray word's vote,
                # "Chad" beside "Springfield", says nothing of which Springfield)
                # (and a town there, not a hamlet: a Baghdad of a few houses in Arizona is no rival)
                rest = focus - votes[sp.key]
                top = max(rest, key=rest.get) if rest else None
                if sum(rest.values()) >= 1.0 and any(g.country[p] == top and int(g.pop[p]) >= NAMESAKE_TOWN for p in places):
                    focus = rest
            # (an actor's country alone, "an Israeli strike", is too little to call the article
            # about a country: a town named in it needs no more than it would without)
            # the groups' countries count for towns and districts only: "Boko Haram ... in southern
            # Niger" is the country, not Nigeria's Niger State
            contexts = [(focus, *_focus_strength(focus))]
            with_groups = focus + fighting if fighting else None
            contexts.append((with_groups, *_focus_strength(with_groups)) if with_groups is not None else contexts[0])
            idx = list(places)
            named_as_place = sp.locative or sp.qualifier is not None  # ("in Tal Afar", "the Muqur District")
            prox = self._proximity(idx, sp.key, near)
            kinds, pops = g.kind[idx].tolist(), g.pop[idx].tolist()  # one array look-up per name, not per place
            admin1_here = {p for p, kind in zip(idx, kinds) if kind == ADMIN1}
            # the area the name means before its namesake areas elsewhere (the most populous): only its
            # own city stands for it ("in Latakia" is the city; "arrested in Florida" is no Uruguayan
            # town of its department of Florida, the US state being what the name means)
            top_area = max(admin1_here, key=lambda p: (pops[idx.index(p)], -p)) if admin1_here else None
            # a country's own name means the country: "central Mexico" is not Mexico City,
            # whose other names include "Mexico"
            # (so does the name of a nation inside a state, "England", "Scotland")
            nations = {p for p, kind in zip(idx, kinds) if kind == ADMIN1 and (g.country[p], g.admin1[p]) in CONSTITUENT_COUNTRIES}
            named_country = {g.country[p] for p, kind in zip(idx, kinds)
                             if places[p] & (PRIMARY | ALIAS) and (kind == COUNTRY or p in nations)}
            # a major place whose own name this is: beside it, a small place that only has it as a
            # variant spelling or in another language ("Kabul" for Cabool, Missouri) needs more
            major_own = any(places[p] & (PRIMARY | ALIAS) and (kind in (COUNTRY, ADMIN1) or pop >= 100_000)
                            for p, kind, pop in zip(idx, kinds, pops))
            # a sizeable place that bears this very name: beside it, a place whose name only looks
            # like it ("Samarra" ~ Samara) is not meant, however big
            # (unless the article is about the look-alike's country and not the other's: "the
            # southern Iraqi town of Hamza" is Iraq's Al Hamzah, not Uzbekistan's Hamza)
            exact_own = max((focus.get(g.country[p], 0.0) for p, kind, pop in zip(idx, kinds, pops)
                             if p not in sp.loose_only and places[p] & (PRIMARY | ALIAS)
                             and (kind in (COUNTRY, ADMIN1) or pop >= EXACT_OWN)), default=None) if sp.loose_only else None
            # a kind word names the kind, not the country: with no place of that kind in the countries
            # the article names as where things are, it is a town's own area ("Beni Region ... of
            # Democratic Republic of Congo" is the area of the town Beni, not Bolivia's Beni Department)
            # (so are the lands of the armed groups it names: "the eastern region of Beni, where ... a
            # clash with ADF" is the DR Congo town's)
            qualifier = sp.qualifier
            areas_named = any(kind in (ADMIN1, ADMIN2) for kind in kinds)
            if qualifier and (located_in or fighting):
                of_kind = [g.country[p] for p, kind in zip(idx, kinds) if kind in _QUALIFIED_KINDS[qualifier]]
                if of_kind and not (located_in or set()).union(fighting).intersection(of_kind):
                    qualifier = None
            # ... and a town word after a first-order area of the country the article is about,
            # with no town of that name there, is a town in that area: "Gunmen kill 14 in attack on
            # Plateau village" in a story about Nigeria's Plateau state (not Plateau, Alabama)
            if qualifier == "locality" and contexts[0][2]:
                cc = max(focus, key=focus.get)
                if any(kind == ADMIN1 and g.country[p] == cc for p, kind in zip(idx, kinds)) \
                        and not any(kind == LOCALITY and g.country[p] == cc for p, kind in zip(idx, kinds)):
                    qualifier = None
            # the countries of a world city of that name (a million people): Cairo, Lima, Athens
            world_city = {g.country[p] for p, kind, pop in zip(idx, kinds, pops)
                          if kind == LOCALITY and pop >= WORLD_CITY and places[p] & (PRIMARY | ALIAS)}
            others = whole_focus - votes[sp.key] if votes and sp.key in votes else whole_focus
            # the article places nothing anywhere but by this name: its focus is only whose
            # (the armed groups' lands are evidence of where: "the village of Chita ... blamed on FARC")
            unplaced = placed is not None and not fighting and not any(keys - {sp.key} for keys in placed.values())
            # a big place's namesake town is meant only with a place named within 50 km of it (once
            # there are anchors to tell) and nothing else pointing at the big place's country
            big_elsewhere = any(others.get(cc, 0.0) > 0 for cc in named_country | world_city)
            # a candidate near a likely candidate of another ambiguous name: the two names may be
            # neighbours ("Paris" and "Henry County": the Paris in Henry County, Tennessee); evidence
            # for the score only, not a named neighbour that lets a namesake town stand for a world
            # city, and never for a name a major place bears ("Boston" near a "Lima" is no Boston, NY)
            near_any = [max(a, SOFT_ANCHOR * b) for a, b in zip(prox, self._proximity(idx, sp.key, soft))] \
                if soft and not major_own else prox
            sp.scores = {}
            for n, (p, f) in enumerate(places.items()):
                kind, pop = kinds[n], pops[n]
                nq = 1.0 if f & (PRIMARY | ALIAS) else 0.75
                if p in sp.loose_only:
                    nq *= 0.8
                    if exact_own is not None and focus.get(g.country[p], 0.0) <= exact_own:
                        nq -= 1.0
                if kind == COUNTRY:
                    prom = 1.0
                elif kind == ADMIN1:
                    prom = max(0.8, min(1.0, math.log10(pop + 10) / 6.3))
                elif kind == LOCALITY:
                    # (no population known: GeoNames lists such a place among its towns as the seat of
                    # an area, so it is taken for a small town, not for a hamlet)
                    prom = min(1.0, math.log10((pop or (UNKNOWN_POPULATION if named_as_place else 0)) + 10) / 6.3)
                elif kind == ADMIN2:
                    prom = 0.6
                else:  # landmark / region: curated or imported named features
                    prom = 0.75 if g.ids[p].startswith("cur:") else 0.4
                # (a name of two countries, "Congo", takes the armed groups' countries too: "killed by
                # the Allied Democratic Forces in Congo" is DR Congo)
                here, total, focused, weight = contexts[kind not in (COUNTRY, ADMIN1) or kind == COUNTRY and sp.key in own_focus]
                # no country context at all favours nobody: a neutral share, not a penalty
                fshare = here.get(g.country[p], 0.0) / total if here and g.country[p] else 0.5
                # (a frame of several countries, "the Middle East", is of no one country: neutral)
                elsewhere = fshare == 0
                if here and fshare < NEIGHBOUR_SHARE and kind == LOCALITY and pop >= 100_000:
                    # a city in a country bordering the ones the article is about: "Gaza" in
                    # a story about Israel and Egypt is the Palestinian city, not Mozambique's
                    # province (a small place there gets no such help: a word that only looks like a
                    # village's name is no nearer for it)
                    fshare = max(fshare, NEIGHBOUR_SHARE * sum(here.get(c, 0.0) for c in g.neighbours(g.country[p])) / total)
                if here and weight < 1.0:  # (little evidence, an actor's country: a little over neutral)
                    fshare = (1.0 - weight) * 0.5 + weight * fshare
                # a world city's namesake town in a country the text names only as whose (an actor's,
                # a people's), never as where: that country is no evidence for the town ("a hotel in
                # Rome. American soldiers were staying there" is Italy's capital)
                whose_only = bool(world_city or major_own) and placed is not None and kind == LOCALITY and pop < 100_000 \
                    and g.country[p] not in world_city and not placed.get(g.country[p], set()) - {sp.key}
                if whose_only:
                    fshare = min(fshare, 0.5)
                elif unplaced and kind == LOCALITY and pop >= 100_000 and f & (PRIMARY | ALIAS):
                    # ... and the city itself owes nothing to a focus that is only whose ("shooting two
                    # US Air Force personnel at Frankfurt's airport" is Frankfurt am Main)
                    fshare, elsewhere = max(fshare, 0.5), False
                s = 0.30 * nq + 0.30 * prom + 0.30 * fshare + (0.15 * near_any[n] if kind != COUNTRY else 0.0)
                # named only by a spelling like its name's or by its name in another language
                variant = p in sp.loose_only or not f & (PRIMARY | ALIAS)
                small_variant = variant and pop < 100_000
                if elsewhere and focused and kind not in (COUNTRY, ADMIN1):
                    s -= 0.1  # a place in a country the article is not about needs more
                    if small_variant:
                        # ... and a small place there is not named by a spelling that only looks
                        # like its name or by its name in another language ("al-Amel" is no "Amel")
                        s -= 0.3
                elif small_variant and major_own and kind not in (COUNTRY, ADMIN1):
                    s -= 0.3
                if p in sp.look_alike:
                    s -= LOOK_ALIKE  # "al-Fara" is no Fara in Burkina Faso
                if sp.direction and (not here or elsewhere):
                    s -= 1.0  # "the Southeast region" is one of a country the text names, or nothing
                if group_lands and kind == LOCALITY and pop < 100_000 and g.country[p] not in group_lands \
                        and not focus.get(g.country[p]):
                    # a town far from where the note's armed groups fight, that nothing but its name
                    # points at: "Boko Haram attacked the town of Baga" is no Catalan town (a town
                    # across the border may be theirs: raids into Cameroon, Niger, Chad; a city is
                    # what its name says: "the Islamic State claimed the attack in Paris")
                    s -= GROUP_ELSEWHERE
                # (its first-order area named in the article is a neighbour named: "Alexandria" with "Virginia")
                in_named_area = bool(named_areas) and (g.country[p], g.admin1[p]) in named_areas
                if world_city and kind == LOCALITY and pop < 100_000 and g.country[p] not in world_city and (
                        big_elsewhere or near and prox[n] < 1.0
                        # (or its country is only whose, never where: "outside Madrid. American
                        # servicemen frequented the restaurant" is Spain's capital)
                        or whose_only and prox[n] < 1.0) and not in_named_area:
                    s -= 0.2  # a town called Cairo (see big_elsewhere)
                if qualifier and kind == ADMIN2 and qualifier != "admin2" and _named_as(g.names[p], sp.qualifier_noun):
                    s += 0.3  # an area whose own name says so: "the province of Yagha" is Yagha Province,
                    # a second-order area in a country whose provinces are (as the Philippines', Burkina Faso's)
                elif qualifier == "admin1":
                    s += 0.4 if kind == ADMIN1 else -0.3
                elif qualifier == "locality":
                    s += 0.3 if kind == LOCALITY else -0.3
                    if kind == LOCALITY and pop >= SETTLEMENT_CITY and sp.qualifier_noun in lx.SMALL_SETTLEMENT_WORDS \
                            and (variant and (sp.qualifier_noun in lx.VILLAGE_WORDS or pop >= WORLD_CITY
                                              or placed is None or not placed.get(g.country[p], set()) - {sp.key})
                                 or elsewhere
                                 or focused and here.get(g.country[p], 0.0) < 0.5 * max(here.values())):
                        # "the village of Teeba" is no Chiba (a variant spelling of a city of a million; a
                        # town may be a city of a few hundred thousand where the story places something else
                        # in its country: "the town of Tuz Khurmato, north of Baghdad");
                        # "al-Sabha town" in a story about Syria no Libyan city of Sabha (nor is "the
                        # al-Jadida Village, south Baqubah" Morocco's El Jadida)
                        s -= NOT_A_SETTLEMENT
                    elif kind == LOCALITY and sp.qualifier_noun in lx.VILLAGE_WORDS and votes and sp.key in votes \
                            and others.get(g.country[p], 0.0) <= 0 and any(v > 0 for v in others.values()):
                        # ... and a village is of a country the story's other names are in, whatever its
                        # size: "in Ayati village" in a story about Benue state is no town in Chad
                        s -= NOT_A_SETTLEMENT
                elif qualifier == "admin2":
                    s += 0.3 if kind == ADMIN2 else 0.0
                    if kind == ADMIN1 and (own := g.names[p].rsplit(" ", 1)[-1].casefold()) in lx.ADMIN1_NAME_KINDS \
                            and own != sp.qualifier_noun:
                        s -= 0.3  # a first-order area whose own name says another kind: "Beni territory" is no
                        # "Beni Department" (Bolivia's), but the Congolese town's territory
                elif qualifier == "area":
                    # "the department of Arauca": a first- or second-order area by country (Colombia's
                    # departments are its first, France's its second), not the town named after it
                    # (a department the gazetteer lacks is its seat's: "the Barani Department")
                    s += 0.3 if kind in (ADMIN1, ADMIN2) else -0.3 if areas_named else 0.0
                elif kind == LOCALITY and pop >= CITY_OF_ITS_AREA and f & (PRIMARY | ALIAS) and g.admin1_of(p) == top_area is not None:
                    s += 0.12  # "in Latakia": the city, not the province named after it (a hamlet
                    # called Kansas in Kansas is no such city; a city that is only called so
                    # for short, Santiago de los Caballeros in Santiago province, is not meant
                    # before the Santiago whose own name it is)
                if f & DEMONYM:
                    s += 0.05
                if kind == COUNTRY and len(named_country) > 1 and any(
                        g.country[p] in cs for key, cs in below.items() if key != sp.key):
                    s += TWO_COUNTRIES_TIE  # "eastern Congo, near Beni": DR Congo, where a Beni lies
                if sp.part_of and kind in (COUNTRY, ADMIN1) and not world_city:
                    s += PART_OF_AREA  # "eastern Victoria": the state, not a town (a world city's
                    # part is the city's: "eastern Aleppo")
                if sp.bracket_tail and kind == ADMIN1:
                    s += BRACKET_TAIL_AREA  # "(Tabayin, Sagaing)": the region, as notes name a place's areas
                elif listed and kind == ADMIN1:
                    s += LISTED_AREA  # "Idaho and Washington", "Oregon, Washington": areas listed together
                elif kind == LOCALITY and pop >= 100_000 and p in capitals and f & (PRIMARY | ALIAS) and qualifier != "admin1":
                    s += CAPITAL_BONUS  # a country's capital is what its name means before an area or
                    # a town of that name ("relations between Washington and Cairo"; not "Oregon and
                    # Washington laws", the states listed)
                if named_country and kind != COUNTRY and p not in nations and qualifier != "admin1" and (
                        not f & (PRIMARY | ALIAS) or kind == ADMIN1 and (
                            g.country[p] in named_country
                            or others.get(g.country[p], 0.0) > 0 and not named_country.isdisjoint(g.neighbours(g.country[p])))
                        or kind == LOCALITY and pop < 100_000 and (big_elsewhere or not near or prox[n] < 1.0)
                        and not (in_named_area and not big_elsewhere)):
                    # (a town called Egypt: see big_elsewhere)
                    s -= 0.2  # (its own province of the same name needs "state" or "province" after it;
                    # Georgia the US state is a far country's area, left to the context)
                    if kind == ADMIN1 and others.get(g.country[p], 0.0) > 0 \
                            and not named_country.isdisjoint(g.neighbours(g.country[p])):
                        # ... and so does a neighbour's, whatever the article says of that neighbour: "a
                        # village in Niger close to the Nigerian border" is the country, not Nigeria's
                        # Niger State (naming Nigeria beside it tells the two apart)
                        s -= 0.3 * fshare
                if named_country and kind == LOCALITY and pop < 100_000 and located_in \
                        and located_in - {g.country[p]} - named_country and (sp.key, p) not in paired:
                    # in an article that places things in other countries by their names, a town named
                    # like a country is that country: "went to Italy and Russia" in a Texas story is no
                    # Italy, Texas (unless the text pairs the town with its area)
                    s -= COUNTRY_NAMESAKE
                if areas and kind not in (COUNTRY, ADMIN1):
                    # the share of the article's other names in this place's first-order area
                    own = area_of_key.get(sp.key)
                    n_others = len(area_of_key) - (own is not None)  # (not ``others``: the focus of the other names)
                    if n_others:
                        here = (g.country[p], g.admin1[p])
                        s += AREA_WEIGHT * (areas.get(here, 0) - (own == here)) / n_others
                    if in_named_area:
                        s += NAMED_AREA_WEIGHT
                if (sp.key, p) in paired:
                    s += COUNTY_TOWN
                sp.scores[p] = s
            memo[memo_key] = dict(sp.scores)
            sp.best = max(sp.scores, key=sp.scores.get) if sp.scores else None

    def _proximity(self, idx: list[int], key: str, near: PointIndex) -> list[float]:
        """How near each candidate lies to the nearest anchor of another name: 1 within 50 km,
        0.7 within 150, 0.3 within 400, else 0."""
        g = self.gaz
        if not near:
            return [0.0] * len(idx)
        dists = [near.nearest_km(lat, lon, skip_tag=key, enough_km=50) for lat, lon in zip(g.lat[idx].tolist(), g.lon[idx].tolist())]
        return [1.0 if d < 50 else 0.7 if d < 150 else 0.3 if d < 400 else 0.0 for d in dists]

    def _stated_distances(self, text: str, spans: list[_Span]) -> None:
        """"Balad, some 31 km northeast of Mogadishu": two places much farther apart than that
        are not the ones meant; the best scoring candidates of the two names that fit are, else
        the first name is none (an Iraqi Balad is no town near Mogadishu)."""
        g = self.gaz
        ordered = sorted(spans, key=lambda s: s.start)
        for a, b in zip(ordered, ordered[1:]):
            if a.best is None or b.best is None or not 0 <= b.start - a.end <= 80:
                continue
            m = _DISTANCE_GAP.fullmatch(text, a.end, b.start)
            if m is None:
                continue
            km = float(m.group(1).replace(",", "")) * (1.609 if m.group(2).lower().startswith("mi") else 1.0)
            reach = max(3 * km, km + 100)  # stated distances are rough (by road, rounded), and points are not areas
            if places_km(g, a.best, b.best) <= reach:
                continue
            # the two names' candidates that lie that far apart, the best scoring pair of them
            # ("Alexandria, 8 miles south of Washington": Virginia's, and the capital)
            pairs = [(pa, pb) for pa in a.scores for pb in b.scores
                     if places_km(g, pa, pb) <= reach]
            if pairs:
                a.best, b.best = max(pairs, key=lambda ab: a.scores[ab[0]] + b.scores[ab[1]])
            else:
                a.best = None

    def _parents(self, text: str, sents: list[_Sentence], spans: list[_Span]) -> None:
        """'Hmeimim, Latakia' / 'Springfield, Ill.' / 'Balad in the Middle Shabelle region' /
        'La Paz (Santander)': the pair of a place and an area holding it is read together,
        and both are favoured: the places inside the area ("Paris, Texas") and the area that
        holds one of them ("Beirut, Lebanon": the country, not a town called Lebanon)."""
        g = self.gaz
        by_pos = {(sp.sent, sp.i): sp for sp in spans}
        for sp in spans:
            toks = sents[sp.sent].tokens
            k = sp.j + 1
            if k >= len(toks):
                continue
            gap = text[toks[sp.j].end:toks[k].start].strip()
            if gap not in (",", "in", ", in", "(") and toks[k].text.casefold() in _PLACE_KIND_NOUNS | lx.ADMIN1_QUALIFIERS \
                    and (sp.sent, k + 1) in by_pos and text[toks[k].end:toks[k + 1].start].strip() == ",":
                k, gap = k + 1, ","  # "the Sahel region, Mali": the kind noun, then where it lies
            elif gap not in (",", "in", ", in", "("):
                # "X in Y", "X in the Y region", "X village in Y": a kind noun, "in" or "of", "the"
                if toks[k].text.casefold() in _WITHIN_NOUNS and k + 1 < len(toks) \
                        and toks[k + 1].text.casefold() in ("in", "of"):
                    k += 1  # ("the Rabweh area of Damascus")
                reach = 4
                while k < len(toks) and (sp.sent, k) not in by_pos and (
                        toks[k].text.casefold() in ("in", "of", "the") or toks[k].text.casefold() in lx.DIRECTIONS
                        or toks[k].text.casefold() in lx.LOCATED_WORDS and k == sp.j + 1) \
                        and k - sp.j <= reach:
                    if k + 2 < len(toks) and toks[k].text.casefold() == "the" \
                            and toks[k + 1].text.casefold() in _AREA_OF_NOUNS and toks[k + 2].text.casefold() == "of":
                        k, reach = k + 2, reach + 2  # "X in the district of Y", "... in the province of Y"
                    k += 1  # "... in eastern Congo" (not past "Middle" of "the Middle Shabelle region"),
                    # "X located in Y"
                if k == sp.j + 1 or (sp.sent, k) not in by_pos:
                    continue
            parent = by_pos.get((sp.sent, k))
            if parent is None or not parent.scores or not sp.scores:
                continue
            if gap == "," and parent.best is not None and int(g.kind[parent.best]) == ADMIN1 \
                    and any(int(g.kind[p]) == ADMIN1 and g.country[p] == g.country[parent.best] for p in sp.scores) \
                    and _LIST_GOES_ON.match(text, parent.end):
                continue  # "Guanajuato, Baja California and Chihuahua": a list of areas, no town of one
            best_pair, best_total = None, -1.0
            for q, sq in parent.scores.items():
                if int(g.kind[q]) not in (COUNTRY, ADMIN1):
                    continue
                for p, sp_score in sp.scores.items():
                    if sp_score + sq > best_total and contains(g.ids[q], g.ids[p], g):
                        best_pair, best_total = q, sp_score + sq
            if best_pair is None:
                said_in = gap in ("in", ", in") or any(t.text.casefold() == "in" for t in toks[sp.j + 1:k])
                pb = parent.best
                if gap == "," and pb is not None and int(g.kind[pb]) == LOCALITY and not parent.actor \
                        and not _LIST_NEXT_NAME.match(text, parent.end) and not _NAME_GOES_ON.match(text, parent.end):
                    # "Oakdale, Nevada, on Friday": a pair that ends there names a town and its state,
                    # not a town of the state's name (Nevada, Texas), when the state is of that country
                    areas = [q for q, f in parent.postings if f & (PRIMARY | ALIAS) and q in parent.scores
                             and int(g.kind[q]) == ADMIN1 and g.country[q] == g.country[pb]]
                    if areas:
                        _prefer(parent, max(areas, key=parent.scores.get))
                        pb = parent.best
                within = said_in or k >= sp.j + 3 and toks[k - 1].text.casefold() == "of" \
                    and toks[k - 2].text.casefold() in _PART_NOUNS \
                    or gap == "," and parent.j + 1 < len(toks) and toks[parent.j + 1].text.casefold() in _TOWN_NOUNS
                # (not "the Sinai town of Rafah": Sinai holds it; "Barangay San Jose, Las Navas town": a
                # village of the town)
                # (not "the central Damascus district of Mezzeh": a city's part named after it, the
                # other way round; a city bigger than the part's every candidate is the whole)
                city_first = not said_in and k >= sp.j + 3 and toks[k - 1].text.casefold() == "of" \
                    and any(int(g.kind[p]) == LOCALITY and int(g.pop[p]) >= CITY_OF_ITS_AREA
                                                 and int(g.pop[p]) > max(int(g.pop[q]) for q in parent.scores)
                                                 and f & (PRIMARY | ALIAS) for p, f in sp.postings)
                # (a town named as its district holds it, whatever the story's other names say: "at
                # Hajin in Bandipora district" is an Indian district's, no Syrian Hajin; the district
                # stays, the town the gazetteer lacks is left unresolved)
                named_area = said_in and pb is not None and parent.j + 1 < len(toks) \
                    and toks[parent.j + 1].text.casefold() in lx.ADMIN2_QUALIFIERS
                if within and not city_first and pb is not None and int(g.kind[pb]) == LOCALITY \
                        and (parent.scores[pb] >= THRESHOLD or named_area) \
                        and (sp.best is None or int(g.kind[sp.best]) not in (COUNTRY, ADMIN1) or gap == ","):
                    if named_area and parent.scores[pb] < THRESHOLD:
                        parent.scores[pb] = THRESHOLD
                    # "the Rabweh area of Damascus", "Karrada in Baghdad": a part of the town, or a
                    # place next to it; a namesake far from it is not meant (Pakistan's Rabwah), nor
                    # an area of its name (a state is in no town: "San Jose, Las Navas town" is no
                    # Costa Rican province)
                    la, lo = float(g.lat[pb]), float(g.lon[pb])
                    sp.scores = {p: v + 0.3 for p, v in sp.scores.items() if int(g.kind[p]) not in (COUNTRY, ADMIN1)
                                 and haversine_km(la, lo, float(g.lat[p]), float(g.lon[p])) <= WITHIN_TOWN_KM}
                    sp.best = max(sp.scores, key=sp.scores.get) if sp.scores else None
                    continue
                # (a country under its own name is sure enough; an area needs a sure resolution)
                # ... and "Kaya, Mali" is a Kaya in Mali, when Mali ends the phrase (not "Kaya, Mali
                # and Niger", a list): a place of the country's that the gazetteer lacks
                sure_name = pb is not None and parent.scores[pb] >= THRESHOLD \
                    and any(p == pb and f & (PRIMARY | ALIAS) for p, f in parent.postings)
                said_in = said_in or gap == "," and pb is not None and int(g.kind[pb]) == COUNTRY \
                    and sp.best is not None and int(g.kind[sp.best]) != COUNTRY and not parent.actor \
                    and not _LIST_GOES_ON.match(text, parent.end) and not _NAME_GOES_ON.match(text, parent.end)
                # ... as "Kwali, Zamfara State" is a Kwali in that state, the area named with its kind
                # word (no Kwali of another state)
                said_in = said_in or gap == "," and pb is not None and int(g.kind[pb]) == ADMIN1 \
                    and sp.best is not None and int(g.kind[sp.best]) == LOCALITY and not parent.actor \
                    and (parent.j + 1 < len(toks) and toks[parent.j + 1].text.casefold() in lx.ADMIN1_QUALIFIERS
                         and toks[parent.j + 1].is_capitalized
                         # ... or a sure state ending the pair ("Orient, Ohio, on Monday": no Orient of New York)
                         or sure_name and not _LIST_NEXT_NAME.match(text, parent.end)
                         and not _NAME_GOES_ON.match(text, parent.end))
                # ... and "Geneva (Valle)" a town of that area in brackets after it (no Swiss Geneva)
                bracketed = gap == "(" and pb is not None and int(g.kind[pb]) in (COUNTRY, ADMIN1) \
                    and sp.best is not None and int(g.kind[sp.best]) == LOCALITY and not parent.actor \
                    and text[parent.end:parent.end + 1] == ")" and parent.scores[pb] >= THRESHOLD
                if (said_in or bracketed) and pb is not None and int(g.kind[pb]) in (COUNTRY, ADMIN1) and (
                        bracketed or parent.scores[pb] >= 1.0 or sure_name and (int(g.kind[pb]) == COUNTRY or gap == ",")):
                    # "the al-Tarfaya village in Diyala Province": the text says where it is, and no
                    # place of that name lies there (a Tarfaya in Morocco is not it): unknown here
                    sp.scores, sp.best = {}, None
                continue
            q = best_pair
            if parent.best != q:
                parent.scores[q] += 0.3
                parent.best = max(parent.scores, key=parent.scores.get)
                if parent.best != q and gap == "," and not _LIST_NEXT_NAME.match(text, parent.end):
                    # "León, Guanajuato": the state that holds the town, not its namesake city 50 km
                    # away, when the pair ends there (not a list: "León, Guanajuato and Celaya")
                    _prefer(parent, q)
            for p in sp.scores:
                if contains(g.ids[q], g.ids[p], g):
                    sp.scores[p] += 0.3
                elif gap in (",", "("):
                    sp.scores[p] -= 0.2  # "La Paz (Santander)": said to lie there, not elsewhere
            sp.best = max(sp.scores, key=sp.scores.get)

    # -- 4. role
    def _role(self, text: str, sents: list[_Sentence], sp: _Span, flags: int) -> tuple[str, str]:
        if _dateline_role(text, sents, sp):
            if sp.i == 0 and sp.best is not None and int(self.gaz.kind[sp.best]) != COUNTRY and sp.filed_here:
                # ... unless the story says it happened where it was filed: "DJIBO, Burkina Faso —
                # For two years, jihadists have encircled this town"
                return "location", "dateline here"
            return "dateline", "dateline"  # where it was filed, never where it happened
        if sp.best is not None and not self.gaz.country[sp.best]:
            return "reference", "supranational"  # "the deadliest attack in Europe": a frame, no event's place
        if _REFERENCE_TAIL.match(text, sp.end) or _BORDER_LEAD.search(text, max(0, sp.start - 30), sp.start):
            return "reference", "border"  # "near the border with X", "the Syrian border": the country beyond it
        if reference_lead(text, sp.start):
            if sp.called_again:
                return "location", "called again"  # "at a hospital in Lahore, ... shot in the city's Gulberg area"
            return "reference", "reference"  # "fled to X", "told reporters in X": a landmark for the reader
        if _CARE_NAME_TAIL.match(text, sp.end):
            return "reference", "care"  # "taken to Miami Valley Hospital": where the hurt were taken
        at = sp.start
        for _ in range(8):  # ... and the list it opens: "fled to Kassala and Gedaref", "citizens of Peru, Chile and Spain"
            prev = _LIST_BEFORE.search(text, max(0, at - 40), at)
            if prev is None:
                break
            if reference_lead(text, prev.start()):
                return "reference", "reference"
            at = prev.start()
        if sp.institution and self._kinds(sp) <= {COUNTRY, ADMIN1}:
            return "actor", "institution"  # "the Kenya Wildlife Service": not an event in Kenya
        toks = sents[sp.sent].tokens
        end = sp.end
        tail = text[end:end + 40]
        nxt = [t.text.casefold() for t in toks[sp.j + 1:sp.j + 4]]
        if sp.i >= 2 and toks[sp.i - 1].text == "of" and toks[sp.i - 2].is_capitalized \
                and toks[sp.i - 2].text.casefold() in lx.ORGANISATION_HEADS and self._kinds(sp) <= {COUNTRY, ADMIN1}:
            return "actor", "organisation"  # "the Popular Front for the Liberation of Palestine", "the Central Bank of Iraq"
        if sp.affiliation or "State" in text[max(0, sp.start - 40):sp.start] and (
                _GROUP_NAME_LEAD.search(text, max(0, sp.start - 40), sp.start)
                or _GROUP_NAME_IN_LEAD.search(text, max(0, sp.start - 20), sp.start) and _GROUP_NAME_IN_TAIL.match(text, sp.end)):
            return "actor", "affiliation"  # (a group named after it: "the Islamic State of Iraq and the Levant")
        if sp.named_actor:
            return "actor", "institution" if sp.institution else "named"
        if nxt and (nxt[0] in _WHOSE_PLACE_WORDS or nxt[0] in lx.BORDER_ADJECTIVES and nxt[1:2] and nxt[1] in _WHOSE_PLACE_WORDS) \
                and toks[sp.j + 1].text.islower() \
                and text[end:toks[sp.j + 1].start].strip() == "" and self._kinds(sp) == {COUNTRY}:
            return "location", "demonym-geo"  # "the Cameroonian town of Fotokol", "a Syrian village", "the US city of X"
        if flags & DEMONYM and not (flags & PRIMARY) and nxt and nxt[0] in lx.ABROAD_NOUNS \
                and text[end:toks[sp.j + 1].start] == " ":
            # people who are news away from home: "five Togolese peacekeepers", "two British
            # tourists", "a Vietnamese seafarer" (whose; no evidence of where, if anything of elsewhere)
            return "reference", "abroad"
        if (m := _SUFFIX_AFTER.match(tail)) and m.group(1) in lx.BASE_SUFFIXES:
            return "reference", "based"  # "the US-based company", "a London-based monitor": where it sits
        if self._attributive(text, toks, sp, demonym=bool(flags & DEMONYM and not (flags & PRIMARY))):
            return "actor", "attributive"
        if flags & DEMONYM and not (flags & PRIMARY):
            prev = _NATIONALS_BEFORE.search(text, max(0, sp.start - 40), sp.start)
            if prev and (prev.group(1)[:1].isdigit() or words_to_int(prev.group(1).casefold()) is not None
                         or prev.group(1).casefold() in lx.INDEFINITE_ARTICLES) \
                    and _NATIONALS_AFTER.match(text, sp.end):
                # the victims' nationality, counted: "stabbed two Americans in Amsterdam", "killed 2
                # Chinese": foreigners are news where they are not at home (no evidence of where)
                return "reference", "nationals"
            return "actor", "demonym"
        m = _SUFFIX_AFTER.match(tail)
        if m and m.group(1) in lx.ORIGIN_SUFFIXES:
            return "actor", f"{m.group(1)}"
        if re.match(r"['’]s\b", tail):
            after = nxt[1] if len(nxt) > 1 else ""
            # skip adjectives: "Syria's interim government", "Syria's west coast"
            later = [t.text.casefold() for t in toks[sp.j + 2:sp.j + 5]]
            if after in lx.GEO_NOUNS or any(w in lx.GEO_NOUNS or w in lx.FACILITY_NOUNS for w in later[:2]) \
                    and not any(w in lx.ACTOR_HEADS for w in later[:2]):
                return "location", "possessive-geo"
            if after in lx.RANK_WORDS and any(w in lx.GEO_NOUNS for w in later[1:3]):
                return "location", "possessive-geo"  # "Iraq's second largest city"
            if sp.i > 0 and toks[sp.i - 1].text in lx.DIRECTIONS and len(nxt) > 1 and toks[sp.j + 2].text[:1].isupper() \
                    and not any(w in lx.ACTOR_HEADS for w in self._phrase_words(text, toks, sp.j + 2, 3)):
                return "location", "possessive-geo"  # "in south Delhi's Saket": a part of it, by its name
            if len(nxt) > 1 and toks[sp.j + 2].text[:1].isupper():
                # "Yemen's Ras Isa fuel port", "Sudan's Merowe airport": a named facility in it (or a
                # named part of it of several words: "North Waziristan's Mir Ali tehsil")
                phrase = self._phrase_words(text, toks, sp.j + 2, 5, _PHRASE_STOPS)
                if any(w in lx.FACILITY_NOUNS or w in lx.ADMIN2_QUALIFIERS for w in phrase[1:]) \
                        and not any(w in lx.ACTOR_HEADS for w in phrase):
                    return "location", "possessive-geo"
            # "in Pakistan's Taliban-linked stronghold of ...": the thing named lies in it (up to a
            # preposition, a verb or a punctuation mark); so does "the entrance to Baghdad's heavily
            # fortified Green Zone", past its describing words a named part or facility of it (its
            # own name capitalised, its noun one of a place's)
            inside = sp.i > 0 and toks[sp.i - 1].text.casefold() in lx.INSIDE_PREPOSITIONS
            named_part = not inside and len(nxt) > 2 and not toks[sp.j + 2].text[:1].isupper() \
                and any(t.text[:1].isupper() for t in toks[sp.j + 3:sp.j + 7])
            if inside or named_part:
                phrase = self._phrase_words(text, toks, sp.j + 2, 6 if inside else 5, _PHRASE_STOPS)
                event_at = next((n for n, w in enumerate(phrase[:4]) if w in lx.POSSESSED_EVENTS), None)
                if inside and event_at is not None and not any(w in lx.ACTOR_HEADS for w in phrase[:event_at]):
                    return "location", "possessive-event"  # "killed in Kenya's protests": where they happened
                if any(w in lx.GEO_NOUNS or w in lx.FACILITY_NOUNS for w in phrase) \
                        and not any(w in lx.ACTOR_HEADS for w in phrase):
                    return "location", "possessive-geo"
                if inside and len(nxt) > 1 and toks[sp.j + 2].text[:1].isupper() and LOCALITY in self._kinds(sp) \
                        and text[toks[sp.j + 1].end:toks[sp.j + 2].start].isspace() \
                        and not any(w in lx.ACTOR_HEADS or w in lx.ORGANISATION_HEADS or w in lx.GROUP_HEADS
                                    or w in lx.COMPANY_HEADS for w in phrase):
                    return "location", "possessive-geo"  # "in Kabul's PD9", "in Karachi's Lyari": a named part of the city
            return "actor", "possessive"
        kind_head = _KIND_HEAD.match(text, sp.end)
        if kind_head and kind_head.group(2).casefold() in lx.ACTOR_HEADS:
            return "actor", "institution"  # "the Queretaro state prosecutor's office said"
        if nxt and nxt[0] in lx.TOWN_PERSON_NOUNS and text[end:toks[sp.j + 1].start] == " " and sp.i > 0 \
                and (toks[sp.i - 1].text.casefold() in lx.DETERMINERS or toks[sp.i - 1].text[:1].isdigit()
                     or words_to_int(toks[sp.i - 1].text.casefold()) is not None) \
                and self._kinds(sp) <= {LOCALITY, ADMIN2}:
            return "actor", "origin"  # "A Fresno man was killed in Clovis": where he was from
        origin = _ORIGIN_LEAD.search(text, max(0, sp.start - 40), sp.start)
        if origin and (origin.group(1)[0].isdigit() or origin.group(1) in lx.ORIGIN_NOUNS
                       or origin.group(1).lower() in ("all", "both") or words_to_int(origin.group(1)) is not None):
            # "including 13 from South Africa", "peacekeepers from Nepal", "The four skiers, all from Germany"
            return "actor", "origin"
        if _NATIONAL_OF.search(text, max(0, sp.start - 30), sp.start) and self._kinds(sp) == {COUNTRY}:
            return "actor", "origin"  # "a citizen of New Zealand": whose, not where
        if len(nxt) > 1 and (nxt[0] in lx.PORTFOLIO_WORDS or nxt[0] == "foreign") and nxt[1] in ("ministry", "ministries") \
                or nxt[:2] in (["civil", "defence"], ["civil", "defense"], ["civil", "protection"]):
            if text[end:toks[sp.j + 1].start].strip() == "":
                return "actor", "institution"  # "the Gaza health ministry said", "Gaza civil defence"
        if nxt and nxt[0] in lx.OFFICE_HOLDERS and text[end:toks[sp.j + 1].start] == " " and toks[sp.j + 1].text.islower():
            return "actor", "institution"  # "Donetsk governor says": whose governor ("Fargo Mayor Dennis
            # Walaker" is left to the words around it)
        if nxt and nxt[0] in lx.WEAPON_HEADS and (self._kinds(sp) == {COUNTRY} or not (len(nxt) > 1 and nxt[1] in lx.WEAPON_ACTS)) \
                and text[end:toks[sp.j + 1].start].strip() == "":
            return "actor", "institution"  # "U.S. drone aircraft fired four missiles in Pakistan's ..."
        if nxt and nxt[0] in lx.WEAPON_ACTS and self._kinds(sp) == {COUNTRY} and text[end:toks[sp.j + 1].start].strip() == "":
            return "actor", "institution"  # "U.S. strikes on Yemen's port": whose strikes (a country's)
        if _COURT_AFTER.match(text, end):
            return "actor", "institution"  # "Bradford Crown Court heard": where the case is heard
        if nxt and (nxt[0] in lx.ACTOR_HEADS or nxt[:2] == ["air", "force"]) and not (len(nxt) > 1 and nxt[1] in lx.FACILITY_NOUNS) \
                and text[end:toks[sp.j + 1].start].strip() in ("", "-") \
                and not (nxt[0] in lx.AREA_HEADS and (nxt[1:2] != ["of"] or self._country_next(toks, sp.j + 3)) and (
                    self._kinds(sp) & {ADMIN1, ADMIN2}
                    or toks[sp.j + 1].text.islower() and sp.i > 0 and toks[sp.i - 1].text.casefold() == "the")):
            # ("US Air Force personnel"; "Paletwa (Chin). 2 soldiers": no "Chin soldiers"; "in Colombia's Meta department" is
            # the area, where "the Ohio department of health" is an office; so is "in the Sebba department",
            # named after its seat, where the gazetteer knows the town only)
            return "actor", "institution"
        if sp.i >= 2 and toks[sp.i - 1].text == "in" and self._kinds(sp) & {LOCALITY} \
                and (seat := next((k for k in range(sp.i - 2, max(-1, sp.i - 6), -1)
                                   if toks[k].text.casefold() in lx.SEAT_NOUNS), None)) is not None \
                and ("according to" in text[max(0, toks[seat].start - 40):toks[seat].start].casefold()
                     or nxt[:1] and nxt[0] in lx.SPEECH_VERBS):
            # "according to the Ministry of Health in Gaza", "the US embassy in Kabul said": the
            # office's seat, not where it happened (but "outside the passport office in Quetta" is)
            return "actor", "institution"
        if len(nxt) >= 3 and nxt[0] in ("and", "or") and toks[sp.j + 2].is_capitalized \
                and _group_heads_after(text, toks, sp.j + 2):
            # "the Sinaloa and Jalisco cartels", "the Santa Rosa de Lima and Jalisco New Generation
            # cartels": the first of two gangs named so
            return "actor", "institution"
        if sp.i >= 2 and toks[sp.i - 1].text.casefold() in ("and", "or") and toks[sp.i - 2].is_capitalized \
                and nxt[:1] and toks[sp.j + 1].is_capitalized and _group_heads_after(text, toks, sp.j):
            return "actor", "institution"  # ... and the second, its name longer than the place's
        if sp.institution and 0 <= sp.run_end + 1 < len(toks) and toks[sp.run_end + 1].text.casefold() in lx.SPEECH_VERBS:
            return "actor", "statement"  # "The Wad Madani Resistance Committee said ...": a source, not where
        # subject of a statement, possibly at the end of a list: "the US and the UK, have demanded"
        rest = [t.text.casefold() for t in toks[sp.j + 1:sp.j + 5]]
        gap = text[end:toks[sp.j + 1].start] if sp.j + 1 < len(toks) else ""
        if rest and "." not in gap:
            k = 0
            while k < len(rest) and rest[k] in ("has", "have", "had", "also", "officially", "then"):
                k += 1
            # ("Kassala and Gedaref states": the list's noun, not a verb)
            listed_area = k == 0 and rest[0] in lx.ADMIN1_QUALIFIERS and sp.i > 0 \
                and toks[sp.i - 1].text.casefold() in ("and", "or", ",")
            if k < len(rest) and rest[k] in lx.SPEECH_VERBS and ";" not in gap and not listed_area \
                    and not _CLAIMED_LIVES.match(text, toks[sp.j + 1 + k].end) \
                    and not ("," in gap and k == 0 and _SPEAKER_AFTER.match(text, toks[sp.j + 1].end)):
                return "actor", "statement"  # (not "... in Onitsha claimed 12 lives": a toll's verb)
            if k < len(rest) and rest[k] in lx.COUNTRY_AGENT_VERBS and not gap.strip() and self._kinds(sp) == {COUNTRY}:
                return "actor", "agent"  # "Russia launched more than 100 missiles": who did it, not where
            if k < len(rest) and rest[k] in lx.CAPITAL_ACTOR_VERBS and not gap.strip(' "“”') and (
                    self._kinds(sp) == {COUNTRY} or any(p in self.gaz.capital_indices() for p, _ in sp.postings)):
                return "actor", "government"  # "since Washington began its campaign": the capital's government
                # (and a country's: 'showed Russia "wants to destroy" Ukraine')
        before = [t.text.casefold() for t in toks[max(0, sp.i - 8):sp.i]]
        if before and (before[-1] == "by" or before[-2:] == ["by", "the"]):
            return "actor", "agent"
        if before and before[-1] in lx.BLAME_VERBS and text[toks[sp.i - 1].end:sp.start] == " " and (
                self._kinds(sp) == {COUNTRY} or any(p in self.gaz.capital_indices() for p, _ in sp.postings)):
            return "actor", "government"  # "blamed Baku for the escalation": the government blamed, not a place
        if before and before[-1] in lx.GROUP_NOUNS and text[toks[sp.i - 1].end:sp.start] == " ":
            return "actor", "named"  # "the terrorist group Mendes", "the rebel faction Tigray": a group's name
        if before and before[-1] in lx.OUTLET_NOUNS and toks[sp.i - 1].text.islower() and text[toks[sp.i - 1].end:sp.start] == " ":
            return "actor", "outlet"  # "the government's news agency Saba reported": an outlet's name
        if "including" in before or "such" in before:
            k = len(before) - 1 - before[::-1].index("including" if "including" in before else "such")
            if any(w in lx.ACTOR_GROUPS for w in before[max(0, k - 3):k]):
                return "actor", "listed-actor"
        if len(before) >= 2 and before[-1] in ("to", "for", "from") and before[-2] in (
                "ambassador", "envoy", "ambassadors", "envoys", "embassy", "delegation", "representative"):
            return "actor", "diplomatic"
        return "location", ""

    @staticmethod
    def _phrase_words(text: str, toks: list[Token], k: int, most: int, stops: frozenset[str] = frozenset()) -> list[str]:
        """Up to ``most`` words from token ``k`` (``k`` > 0) on, lower case, to the first punctuation
        mark after token ``k - 1`` or the first word of ``stops``."""
        out = []
        for prev, t in zip(toks[k - 1:k - 1 + most], toks[k:k + most]):
            w = t.text.casefold()
            if w in stops or any(ch in text[prev.end:t.start] for ch in ",;.:()"):
                break
            out.append(w)
        return out

    def _kinds(self, sp: _Span) -> set[int]:
        """The kind of place a span resolved to, or every kind it might be before resolution."""
        g = self.gaz
        return {int(g.kind[sp.best])} if sp.best is not None else {int(g.kind[p]) for p, _ in sp.postings}

    def _country_next(self, toks: list[Token], k: int) -> bool:
        """Whether token ``k`` (past a "the") is a country's name: "the Cauca department of
        Colombia" is the country's area, where "the Ohio department of health" is an office."""
        if k < len(toks) and toks[k].text.casefold() == "the":
            k += 1
        return k < len(toks) and toks[k].is_capitalized and any(p.kind == PlaceKind.COUNTRY for p in self.gaz.find(toks[k].text))

    def _attributive(self, text: str, toks: list[Token], sp: _Span, demonym: bool = False) -> bool:
        """A country's name used as an adjective: "a US drone strike", "the US consulate in
        Peshawar", "US backed fighters": whose, not where. (``demonym``: the name is its people's
        word, whose counts are judged apart: "stabbed two Americans".)"""
        if self._kinds(sp) != {COUNTRY} or sp.j + 1 >= len(toks) or sp.i == 0:
            return False
        nxt, gap = toks[sp.j + 1].text, text[toks[sp.j].end:toks[sp.j + 1].start]
        if _MODEL_AFTER.match(text, sp.end) and toks[sp.i - 1].text.casefold() in lx.DETERMINERS:
            return True  # "a US MQ-9 drone", "the Russian Su-25 jet": whose the machine was
        if gap not in (" ", "-") or not nxt.isalpha():
            return False
        if nxt.casefold() in lx.ORIGIN_SUFFIXES:
            return True  # "US backed", "U.S.-led"
        before = toks[sp.i - 1].text.casefold()
        if before not in lx.DETERMINERS and sp.i >= 2 and toks[sp.i - 1].text.isalpha() and toks[sp.i - 1].text.islower() \
                and toks[sp.i - 2].text.casefold() in lx.DETERMINERS:
            before = toks[sp.i - 2].text.casefold()  # "a suspected US drone strike": one adjective between
        if gap == "-" and nxt[:1].isupper() and before in lx.DETERMINERS and sp.j + 2 < len(toks) \
                and toks[sp.j + 2].text.islower() and toks[sp.j + 2].text not in lx.NOT_NOUNS:
            return True  # "a U.S.-Afghan military convoy": two countries' adjective, whose convoy
        # (or a count of them: "two US soldiers", "no US casualties", "several Kenyan troops": whose people)
        counted = not demonym and (before in lx.COUNT_DETERMINERS or before.isdigit() or words_to_int(before) is not None)
        return (before in lx.DETERMINERS or counted) and nxt.islower() and nxt not in lx.NOT_NOUNS

    # -- driver
    def resolve(self, article: Article, deadline: float | None = None) -> ArticlePlaces:
        """Places of one article; with a ``deadline`` (time.monotonic), sentences not reached
        by then are left unread and ``read_to`` says where reading stopped."""
        text = article.text
        sents, read_to = _sentences(article, deadline)
        found: list[_Span] = []
        for b0 in range(0, len(sents), _BLOCK):  # the budget is checked between blocks of sentences
            if b0 and deadline is not None and time.monotonic() > deadline:
                read_to, sents = sents[b0].start, sents[:b0]
                break
            found += self._lookup(text, sents, b0, b0 + _BLOCK)
        spans, cut = self._reject(text, sents, found, deadline)
        if cut is not None:
            read_to, sents = sents[cut].start, sents[:cut]
        self._extend(text, sents, spans)
        self._qualify(text, sents, spans)
        # a place inside an armed group's name is the group's country's or none: "the Gulf Clan" is
        # Colombian (no Gulf province of Papua New Guinea), "the Democratic Forces for the Liberation
        # of Rwanda" fight in DR Congo; "the Revolutionary Armed Forces of Colombia" still say Colombia
        named = default_groups().find(text) if spans and any(ch.isupper() for ch in text) else ()
        if named:
            kept = []
            for sp in spans:
                grp = next((g for g in named if g.start <= sp.start and sp.end <= g.end and g.end - g.start > sp.end - sp.start), None)
                if grp is not None:
                    sp.postings = [(p, f) for p, f in sp.postings if self.gaz.country[p] == grp.country]
                    if not sp.postings:
                        continue
                kept.append(sp)
            spans = kept
        self._filed_here(text, spans)
        for sp in spans:
            role, cue = self._role(text, sents, sp, DEMONYM if all(f & DEMONYM for _, f in sp.postings) else 0)
            sp.actor, sp.nationals = role != "location", cue in ("nationals", "abroad", "agent")  # (an attacker's country: little evidence of where)
            sp.speaks = role == "actor" and cue == "statement"  # ("Washington called for calm": a government, no neighbour)
            sp.dateline = role == "dateline"
        # the countries the armed groups it names fight in ("The attack is blamed on FARC"): some
        # evidence of where it is, as an actor's country is (which Chita: the Colombian village)
        fighting = _fighting(text) if spans and any(ch.isupper() for ch in text) else Counter()
        for sp in spans:  # the last of a bracketed list is its widest: "(Tabayin, Sagaing)", "(Beni, Nord-Kivu)"
            sp.bracket_tail = bool(_BRACKET_TAIL_AFTER.match(text, sp.end)
                                   and _BRACKET_TAIL_BEFORE.search(text, max(0, sp.start - 80), sp.start))
            sp.locative = _LOCATIVE_BEFORE.search(text, max(0, sp.start - 16), sp.start) is not None
        notes = self._notes(text, sents, spans)
        if len(notes) == 1:
            focus = self._judge(text, sents, spans, fighting)
        else:  # a file of notes: each note's places by that note's names and armed groups
            focus = Counter()
            for n0, n1, note in notes:
                focus += self._judge(text, sents, note, _fighting(text[n0:n1]))
        self._near_towns(text, spans)
        self._facilities_in(text, spans)
        self._town_parts(text, spans)
        self._bracketed_areas(text, spans)
        self._roads(spans)
        self._quarters(text, spans)
        self._venues(text, sents, spans)
        self._compass_parts(sents, spans)
        self._compass_tails(text, sents, spans)
        self._county_by_its_name(text, sents, spans)
        self._qualified_sense(spans)
        self._city_named_apart(spans)
        self._areas_of_the_story(text, spans)
        focus = focus - self._owned_by_adjective(sents, spans)  # (a ruled-out name votes for no country)
        self._stated_distances(text, spans)
        self._title_follows_story(article, spans)
        self._fronted_area(text, sents, spans)
        mentions = []
        for sp in spans:
            if sp.best is None or sp.scores[sp.best] < self._threshold(sp):
                continue
            mentions.append(self._mention(article, sents, sp))
        mentions = self._capitals(article.text, mentions)
        if not mentions:  # a word opening a sentence that is only a hamlet's name ("Car bombs killed 30") says nothing of where
            focus = self._focus([sp for sp in spans if not (sp.weak and sp.i == 0)], resolved=False)
        total = sum(focus.values()) or 1.0
        unresolved = self._unresolved(article, sents, spans)
        return ArticlePlaces(article, mentions, unresolved, {k: round(v / total, 3) for k, v in focus.most_common()}, read_to,
                             [(s.start, s.end) for s in sents])

    def _filed_here(self, text: str, spans: list[_Span]) -> None:
        """Marks an opening name the story goes on to call "this town" (``lx.HERE``) as where it
        happened; not when another town is named before the words ("MEXICO CITY — ... the central
        city of Irapuato ... in the city's Barrio Nuevo neighborhood": Irapuato's)."""
        g = self.gaz
        for k, sp in enumerate(spans):
            if sp.i != 0 or (m := _HERE.search(text, sp.end, sp.end + HERE_REACH)) is None:
                continue
            # (a name that may be a country or a province is no such town: "KIDAL, Mali — ... this town")
            sp.filed_here = not any(sp.end <= o.start < m.start() and o.key != sp.key and not o.weak and o.postings
                                    and all(int(g.kind[p]) == LOCALITY for p, _ in o.postings) for o in spans[k + 1:])
        # ... and a town named only as where the hurt were taken, which the same sentence goes on to
        # call "the city's": "died at a hospital in Lahore, two days after he was shot in the city's
        # Gulberg area" happened in Lahore
        for k, sp in enumerate(spans):
            if sp.i == 0 or not any(int(g.kind[p]) == LOCALITY for p, _ in sp.postings):
                continue
            m = _CITYS.search(text, sp.end, sents_end) if (sents_end := text.find(".", sp.end)) > 0 else None
            if m is not None and not any(o.start < m.start() and o.postings and all(
                    int(g.kind[p]) == LOCALITY for p, _ in o.postings) for o in spans[k + 1:]):
                sp.called_again = True

    def _near_towns(self, text: str, spans: list[_Span]) -> None:
        """"the villages of Komdi and Tuyan, near Chibok", "Dibis, outside Kirkuk": places said to
        lie near a town are within ``NEAR_TOWN_KM`` of it (a namesake in the Philippines is not
        meant); a name with no candidate there is left unresolved."""
        for k, near, town in self._named_before_town(text, spans, _NEAR_GAP):
            self._keep_near(near, town, spans[:k - 1], text, NEAR_TOWN_KM)
        # ... and "between Bal'ad and Afgooye": the first of two places something lies between is
        # within ``BETWEEN_KM`` of the second when that one is sure (no Balad in Iraq for a Somali road)
        for _, first, town in self._named_before_town(text, spans, _BETWEEN_GAP):
            if _BETWEEN_LEAD.search(text, max(0, first.start - 40), first.start):
                self._keep_near(first, town, [], text, BETWEEN_KM)

    def _named_before_town(self, text: str, spans: list[_Span], gap: re.Pattern):
        """(k, name, town): each span ``k`` that is a surely resolved town, with the span right before
        it in its sentence when ``gap`` is all the text between them ("Dibis, outside Kirkuk")."""
        g = self.gaz
        for k, town in enumerate(spans):
            if k == 0 or town.best is None or int(g.kind[town.best]) != LOCALITY or town.scores[town.best] < THRESHOLD:
                continue
            name = spans[k - 1]
            if name.sent == town.sent and gap.fullmatch(text, name.end, town.start):
                yield k, name, town

    def _facilities_in(self, text: str, spans: list[_Span]) -> None:
        """"the Litoral penitentiary in the port city of Guayaquil": a facility's name said to be in
        a town is a place of that town's country, or only the facility's name (no province of
        Equatorial Guinea); a town of that name far from the town the facility is in is no place
        of it ("the Saint-Charles railway station in Marseille" is in Marseille)."""
        g = self.gaz
        for _, name, town in self._named_before_town(text, spans, _FACILITY_IN_GAP):
            if not name.scores:
                continue
            country = g.country[town.best]
            _keep(name, lambda p: g.country[p] == country)
            if name.best is not None and int(g.kind[name.best]) == LOCALITY and places_km(g, name.best, town.best) > WITHIN_TOWN_KM:
                _prefer(name, town.best)

    def _town_parts(self, text: str, spans: list[_Span]) -> None:
        """"the central Damascus district of Mezzeh": a part of the town named after it lies in it
        (no Mèze in France); so does one named before it, "the Moss Side area of Manchester" (no
        Moss elsewhere in England, and of a longer name the first word only, nothing)."""
        g = self.gaz
        for k, town in enumerate(spans):
            if town.best is None or int(g.kind[town.best]) != LOCALITY or town.scores[town.best] < THRESHOLD:
                continue
            part = spans[k + 1] if k + 1 < len(spans) else None
            if part is not None and part.sent == town.sent and _TOWN_PART_GAP.fullmatch(text, town.end, part.start):
                self._keep_near(part, town, [], text, WITHIN_TOWN_KM)
            part = spans[k - 1] if k else None
            if part is not None and part.sent == town.sent and _PART_OF_TOWN_GAP.fullmatch(text, part.end, town.start):
                self._keep_near(part, town, [], text, WITHIN_TOWN_KM)
            # "Dhaka's Old Town", "Kabul's Green Zone": what a town has lies in its country (no Old
            # Town of Las Vegas; "Kharkiv's Kupiansk district" may be the province's, so no nearer)
            part = spans[k + 1] if k + 1 < len(spans) else None
            if part is not None and part.sent == town.sent and part.scores and _TOWNS_PART_GAP.fullmatch(text, town.end, part.start):
                country = g.country[town.best]
                _keep(part, lambda p: g.country[p] == country)

    def _bracketed_areas(self, text: str, spans: list[_Span]) -> None:
        """A name in brackets right after a town's ("in the Bilozerka community (Kherson)", "near
        Tafas (Daraa)") is the first-order area of that name that holds the town, where there is
        one: how notes name a place's area, not a city next door; after a name the gazetteer
        lacks ("near Thiban (Deir ez-Zor)"), the first-order area of that name of its country."""
        g = self.gaz
        for k, sp in enumerate(spans):
            # (a town the gazetteer lacks: the area of that name, wherever it is)
            if sp.best is not None and int(g.kind[sp.best]) != ADMIN1 and _BRACKET_TAIL_AFTER.match(text, sp.end) \
                    and _BRACKET_AFTER_NAME.search(text, max(0, sp.start - 60), sp.start) \
                    and (k == 0 or spans[k - 1].end <= _BRACKET_AFTER_NAME.search(text, max(0, sp.start - 60), sp.start).start()):
                area = next((p for p, _ in sp.postings if int(g.kind[p]) == ADMIN1 and g.country[p] == g.country[sp.best]), None)
                if area is not None:
                    _prefer(sp, area)
        for k in range(1, len(spans)):
            sp, town = spans[k], spans[k - 1]
            if sp.best is None or town.best is None or sp.sent != town.sent or int(g.kind[town.best]) != LOCALITY \
                    or int(g.kind[sp.best]) == ADMIN1 or not _BRACKET_AFTER_TOWN.fullmatch(text, town.end, sp.start) \
                    or not _BRACKET_TAIL_AFTER.match(text, sp.end):
                continue
            area = next((p for p, _ in sp.postings if int(g.kind[p]) == ADMIN1
                         and contains(g.ids[p], g.ids[town.best], g)), None)
            if area is not None:
                _prefer(sp, area)
        # ... and the place a note's brackets say where it is lies there: "near Bal'ad (Balcad, Middle
        # Shabelle)" is no Balad in Iraq (none there, no place: the area stands for it)
        for k, sp in enumerate(spans):
            if sp.best is None or int(g.kind[sp.best]) not in (ADMIN1, COUNTRY) or not sp.bracket_tail:
                continue
            town = next((t for t in reversed(spans[:k]) if t.sent == sp.sent and t.end <= sp.start
                         and _BRACKET_OPEN_GAP.fullmatch(text, t.end, sp.start)), None)
            if town is None or town.best is None or int(g.kind[town.best]) != LOCALITY \
                    or contains(g.ids[sp.best], g.ids[town.best], g):
                continue
            area = sp.best
            _keep(town, lambda p: contains(g.ids[area], g.ids[p], g))

    def _keep_near(self, near: _Span, town: _Span, before: list[_Span], text: str, reach: float) -> None:
        """Keeps the candidates of ``near``, and of the list it ends (``before`` it: "Komdi and
        Tuyan"), within ``reach`` km of ``town``'s place; an area is near nothing in that sense."""
        g = self.gaz
        la, lo = float(g.lat[town.best]), float(g.lon[town.best])
        listed = [near]
        for a in reversed(before):
            if a.sent != listed[-1].sent or not _AREA_LIST_GAP.fullmatch(text, a.end, listed[-1].start):
                break
            listed.append(a)
        for sp in listed:
            if not sp.scores or any(int(g.kind[p]) in (COUNTRY, ADMIN1) for p in sp.scores):
                continue
            _keep(sp, lambda p: haversine_km(la, lo, float(g.lat[p]), float(g.lon[p])) <= reach)

    def _quarters(self, text: str, spans: list[_Span]) -> None:
        """A quarter's name ("the West Pullman neighborhood") is a part of a town the story places
        things in (its dateline's too): of the name's candidates, those near such a town, else none
        (no Pullman in Washington state for a Chicago story's neighborhood). A story that places
        nothing in any town is left as it is."""
        g = self.gaz
        # (a "district" too when the name's every candidate is a town's: "shelling of Dniprovskyi
        # district" in a Kherson note is Kherson's, not Kyiv's district of that name)
        quarter = {id(sp): _QUARTER_AFTER.match(text, sp.end) is not None for sp in spans if sp.best is not None}
        quarters = [sp for sp in spans if sp.best is not None and (quarter[id(sp)] or _DISTRICT_AFTER.match(
            text, sp.end) and all(int(g.kind[p]) == LOCALITY for p in sp.scores))]
        if not quarters:
            return
        towns = self._placed_towns(spans, {id(sp) for sp in quarters})
        for sp in quarters:
            # (a district: of the town its own sentence has placed things in before it, "In Kherson, ...
            # shelling of Dniprovskyi district"; "in Matara district some 160km south of ... Colombo" is
            # the town's district)
            near = towns if quarter[id(sp)] else [
                t for t in towns if t.sent == sp.sent and t.start < sp.start and t.locative]
            if not near:
                continue
            points = [(float(g.lat[t.best]), float(g.lon[t.best])) for t in near]
            kept = {p: v for p, v in sp.scores.items() if int(g.kind[p]) not in (COUNTRY, ADMIN1) and any(
                haversine_km(la, lo, float(g.lat[p]), float(g.lon[p])) <= WITHIN_TOWN_KM for la, lo in points)}
            if not kept and quarter[id(sp)] and len({t.best for t in near}) == 1:
                # a quarter the gazetteer lacks, of the story's one town: that town ("in Austin on the
                # city's West Side" in a Chicago story is Chicago, no Austin in Texas)
                kept = {near[0].best: max(sp.scores.values())}
            sp.scores = kept
            sp.best = max(sp.scores, key=sp.scores.get) if sp.scores else None

    def _venues(self, text: str, sents: list[_Sentence], spans: list[_Span]) -> None:
        """A small town's name opening a venue's own name ("the Emerald City Casino", "the Rami
        Club", up to three capitalised words on) is the venue's name, no town, in a story that
        places nothing else in that town's country (no Emerald in Queensland for a shooting at a
        casino). A city of 100,000 ("the Glendale Galleria"), a town's venue in a story of that
        town's country, and a town before a venue's common noun ("a Houma nightclub") stay."""
        g = self.gaz
        accepted = [sp for sp in spans if sp.best is not None and sp.scores[sp.best] >= self._threshold(sp) and not sp.actor]
        for sp in accepted:
            p = sp.best
            if int(g.kind[p]) != LOCALITY or int(g.pop[p]) >= SETTLEMENT_CITY:
                continue
            toks = sents[sp.sent].tokens
            after = toks[sp.j + 1:sp.j + 4]
            # (a venue's own name, its noun capitalised; "a Houma nightclub" is a nightclub in Houma)
            k = next((n for n, t in enumerate(after) if t.text.casefold() in lx.VENUE_NOUNS and t.is_capitalized), None)
            # (or the venue's own noun inside its name: "the El Cortez Hotel and Casino")
            inside = sp.i == sp.j and sp.i > 0 and toks[sp.i].text.casefold() in lx.VENUE_NOUNS \
                and (toks[sp.i - 1].is_capitalized or toks[sp.i - 1].text in ("and", "&") and sp.i > 1
                     and toks[sp.i - 2].is_capitalized)
            if not inside and (k is None or any(not t.text.isalpha() or not t.is_capitalized or _gap(text, a, t).strip()
                                                for a, t in zip([toks[sp.j], *after[:k]], after[:k + 1]))):
                continue
            # (of the other names still read as places: one an earlier venue's name took is none)
            if any(o.key != sp.key and o.best is not None and g.country[o.best] == g.country[p] for o in accepted):
                continue
            sp.scores, sp.best, sp.postings = {}, None, []  # (nor any evidence of where the story is)

    def _compass_parts(self, sents: list[_Sentence], spans: list[_Span]) -> None:
        """"a North Richmond neighborhood" in a story that names Richmond, Virginia on its own: a
        part of the story's town, the compass word no part of the name, when the town of the whole
        name is smaller and lies away from it (no North Richmond in California; "North Richmond"
        in a story about Richmond, California is the town next to it, and "North Korea" no town)."""
        g = self.gaz
        towns = {}
        for sp in spans:
            if sp.best is not None and int(g.kind[sp.best]) == LOCALITY and sp.scores[sp.best] >= THRESHOLD \
                    and not sp.institution:
                towns.setdefault(sp.key, sp)
        if not towns:
            return
        for sp in spans:
            if sp.best is None or sp.j == sp.i or int(g.kind[sp.best]) != LOCALITY:
                continue
            toks = sents[sp.sent].tokens
            head = toks[sp.i]
            if not head.is_capitalized or head.text.casefold() not in lx.COMPASS_NAME_HEADS:
                continue
            town = towns.get(join_keys([word_key(t.text) for t in toks[sp.i + 1:sp.j + 1]]))
            if town is None or town.best == sp.best or int(g.pop[sp.best]) >= int(g.pop[town.best]) \
                    or places_km(g, sp.best, town.best) <= WITHIN_TOWN_KM:
                continue
            sp.i, sp.start, sp.key = sp.i + 1, toks[sp.i + 1].start, town.key
            _read_as(sp, town)

    def _compass_tails(self, text: str, sents: list[_Sentence], spans: list[_Span]) -> None:
        """"a tavern in Orlando East" in a Soweto story: a name with a compass word after it that the
        gazetteer lacks whole is a place of the story's own countries (a township, a district: "Imphal
        East"), never a town of that name abroad (no Orlando, Florida); none there, no place."""
        g = self.gaz
        for sp in spans:
            toks = sents[sp.sent].tokens
            if sp.best is None or sp.j + 1 >= len(toks) or not toks[sp.j + 1].is_capitalized \
                    or toks[sp.j + 1].text.casefold() not in lx.COMPASS_NAME_HEADS \
                    or text[toks[sp.j].end:toks[sp.j + 1].start] != " ":
                continue
            home = {g.country[o.best] for o in spans if o is not sp and o.best is not None and (not o.actor or o.dateline)
                    and o.scores[o.best] >= self._threshold(o)}
            if home and g.country[sp.best] not in home:
                _keep(sp, lambda p: g.country[p] in home)

    def _county_by_its_name(self, text: str, sents: list[_Sentence], spans: list[_Span]) -> None:
        """"DeKalb" alone in a story that names "DeKalb County": the county, as local news calls it
        ("under DeKalb's plan", "unincorporated DeKalb"), when the towns of that name lie away from
        it (no DeKalb, Illinois for a story about the Georgia county; a county's own seat of its
        name, near it, stays the town, and so do a city and a town written with its state: "Jackson,
        Mississippi")."""
        g = self.gaz
        counties: dict[str, _Span] = {}
        for sp in spans:
            toks = sents[sp.sent].tokens
            if sp.best is not None and sp.j == sp.i + 1 and int(g.kind[sp.best]) == ADMIN2 \
                    and toks[sp.j].text.casefold() in lx.ADMIN2_NAME_HEADS and sp.scores[sp.best] >= THRESHOLD:
                counties.setdefault(word_key(toks[sp.i].text), sp)
        if not counties:
            return
        areas_at = {sp.start: sp.best for sp in spans if sp.best is not None and int(g.kind[sp.best]) in (COUNTRY, ADMIN1)}
        for sp in spans:
            county = counties.get(sp.key) if sp.i == sp.j else None
            after = _COMMA_NAME_AFTER.match(text, sp.end)
            area = areas_at.get(after.end() - 1) if after else None
            said_where = area is not None and sp.best is not None and g.country[area] == g.country[sp.best] and (
                int(g.kind[area]) == COUNTRY or g.admin1[area] == g.admin1[sp.best])  # "Jackson, Mississippi"
            if county is None or said_where or sp.best is not None and (
                    int(g.kind[sp.best]) != LOCALITY or int(g.pop[sp.best]) >= 100_000 or places_km(g, sp.best, county.best) <= WITHIN_TOWN_KM):
                continue
            _read_as(sp, county)

    def _qualified_sense(self, spans: list[_Span]) -> None:
        """A name the story once calls by its kind ("the Brazilian state of Bahia") means that place
        again where it is said bare ("... in Bahia, which recorded"), not a city once called so (a
        namesake town stays: "Tartus province" and then "Tartous", the city Ţarţūs)."""
        g = self.gaz
        sure: dict[str, int] = {}
        for sp in spans:
            kind = _QUALIFIED_KIND.get(sp.qualifier or "")
            if kind is not None and sp.best is not None and int(g.kind[sp.best]) == kind \
                    and sp.scores[sp.best] >= self._threshold(sp):
                sure.setdefault(sp.key, sp.best)
        for sp in spans:
            p = sure.get(sp.key)
            if p is not None and sp.qualifier is None and sp.best is not None and sp.best != p and p in sp.scores \
                    and loose_key(name_key(g.names[sp.best])) != loose_key(name_key(g.names[p])):
                _prefer(sp, p)  # (not the area's namesake town: "Tartus province" and then "Tartous", the city)

    def _city_named_apart(self, spans: list[_Span]) -> None:
        """A story that calls a city "Gaza City" means something else by a bare "Gaza": the country
        or the area the city is named after ("Mexico", the Strip), when the name has such a candidate
        in the city's country."""
        g = self.gaz
        cities = {sp.best for sp in spans if sp.best is not None and int(g.kind[sp.best]) == LOCALITY
                  and sp.key.endswith(" city") and sp.scores[sp.best] >= self._threshold(sp)}
        for sp in spans:
            if sp.best in cities and not sp.key.endswith(" city") and sp.qualifier is None:
                areas = [p for p in sp.scores if p != sp.best and g.country[p] == g.country[sp.best]
                         and int(g.kind[p]) in (COUNTRY, ADMIN1, ADMIN2, REGION)]
                if areas:  # (the country first: "Mexico City" and "in Mexico this month")
                    _prefer(sp, max(areas, key=lambda p: (int(g.kind[p]) == COUNTRY, sp.scores[p])))

    def _areas_of_the_story(self, text: str, spans: list[_Span]) -> None:
        """"the Whitehaven area", in a story that places things in Memphis: a part of the story's
        country, never a namesake abroad (no Whitehaven in England); a name with no candidate in the
        countries of the towns the story places things in is left unresolved."""
        g = self.gaz
        areas = [sp for sp in spans if sp.best is not None and _THE_AREA_AFTER.match(text, sp.end)
                 and _THE_AREA_LEAD.search(text, max(0, sp.start - 4), sp.start)]
        if not areas:
            return
        countries = {g.country[t.best] for t in self._placed_towns(spans, {id(sp) for sp in areas})}
        for sp in areas:
            if countries and not any(g.country[p] in countries for p in sp.scores):
                sp.scores, sp.best = {}, None

    def _placed_towns(self, spans: list[_Span], leave_out: set[int]) -> list[_Span]:
        """The towns the article places things in (its dateline's too, and the one whose police
        speak: "Police in Rio de Janeiro said"), surely resolved: the spans but those of
        ``leave_out`` (ids) whose best candidate is a town above its threshold."""
        g = self.gaz
        return [sp for sp in spans if id(sp) not in leave_out and (not sp.actor or sp.dateline or sp.speaks) and sp.best is not None
                and int(g.kind[sp.best]) == LOCALITY and sp.scores[sp.best] >= self._threshold(sp)]

    def _roads(self, spans: list[_Span]) -> None:
        """A road named after a town far from every town the article places things in is one of
        those towns' own streets: "outside a nightclub on Winchester Road" in a story from
        Memphis is in Memphis, not in Winchester 300 km away (the town named last before it, else
        the first after it); so is a bridge or junction named after a town of another country
        ("near the Kara bridge" in a story from Lagos is no bridge in Togo: the dateline's town)."""
        g = self.gaz
        roads = [sp for sp in spans if (sp.road or sp.landmark) and sp.best is not None
                 and sp.scores[sp.best] >= self._threshold(sp)]
        if not roads:
            return
        towns = self._placed_towns(spans, {id(sp) for sp in roads})
        if not towns:
            # (a story that places things in no town: the town whose office speaks, "The Memphis
            # Police Department is investigating ... a shooting call on Winchester Road")
            towns = [sp for sp in spans if sp.institution and not sp.named_actor and sp.best is not None
                     and int(g.kind[sp.best]) == LOCALITY and sp.scores[sp.best] >= self._threshold(sp)]
        for sp in roads:
            if sp.landmark and not sp.station and any(g.country[t.best] == g.country[sp.best] for t in towns):
                continue  # (a bridge named after a town of the story's country may well be in it; a
                # station so named is in the town of the line's other end)
            if towns and (all(places_km(g, sp.best, t.best) > WITHIN_TOWN_KM for t in towns)
                          # (a road named after the next town, which the story names nowhere else, is
                          # a street of the story's town: "near Eglinton Avenue East and Markham Road" in Toronto)
                          or sp.road and sp.best not in {t.best for t in towns}):
                town = next((t for t in towns if t.dateline), None) if sp.landmark else None
                if town is None:
                    town = max((t for t in towns if t.start < sp.start), key=lambda t: t.start, default=towns[0])
                _prefer(sp, town.best)

    def _title_follows_story(self, article: Article, spans: list[_Span]) -> None:
        """A title names a place as tersely as it can ("Airstrike kills 25 in Sagaing village");
        where the story's own mentions of that name all mean one place ("a village in Kani
        township, Sagaing Region": the region, not its capital), the title's means it too. A
        title's "village" or "town" after a name may be one in it; an area's kind word ("Zacatecas
        state") keeps the title's reading."""
        if not article.title or not article.segments:
            return
        title = article.title.strip()
        t0 = article.segments[0][0]
        t0 += len(article.text[t0:]) - len(article.text[t0:].lstrip())
        if not title or not article.text.startswith(title, t0):
            return
        t1 = t0 + len(title)  # (the title's own segment, or the first line of one)
        senses: dict[str, set[int]] = {}
        for sp in spans:
            if sp.start >= t1 and not sp.dateline and sp.best is not None \
                    and sp.scores[sp.best] >= self._threshold(sp):  # (a dateline's town is where it was filed)
                senses.setdefault(sp.key, set()).add(sp.best)
        for sp in spans:
            if sp.start >= t1 or sp.best is None or sp.qualifier not in (None, "locality"):
                continue
            story = senses.get(sp.key, ())
            if len(story) == 1 and (p := next(iter(story))) != sp.best and any(q == p for q, _ in sp.postings):
                _prefer(sp, p)

    def _fronted_area(self, text: str, sents: list[_Sentence], spans: list[_Span]) -> None:
        """A sentence that opens with the first-order area it tells of ("In Donetsk region, shelling
        killed two residents of Kostiantynivka") names its towns in that area where the area has a
        town of that name (not the Kostiantynivka of Zaporizhzhia, a region the story named too)."""
        g = self.gaz
        for k, area in enumerate(spans):
            if area.best is None or int(g.kind[area.best]) != ADMIN1 or area.actor \
                    or not _FRONTED_AREA_BEFORE.fullmatch(text, sents[area.sent].start, area.start) \
                    or not _FRONTED_AREA_AFTER.match(text, area.end):
                continue
            cc, a1 = g.country[area.best], g.admin1[area.best]
            for sp in spans[k + 1:]:
                if sp.sent != area.sent:
                    break
                if sp.best is None or int(g.kind[sp.best]) != LOCALITY or (g.country[sp.best], g.admin1[sp.best]) == (cc, a1):
                    continue
                there = [p for p, _ in sp.postings if int(g.kind[p]) == LOCALITY and (g.country[p], g.admin1[p]) == (cc, a1)]
                if there:
                    p = max(there, key=lambda q: (sp.scores.get(q, -9.0), int(g.pop[q])))
                    _prefer(sp, p)

    def _owned_by_adjective(self, sents: list[_Sentence], spans: list[_Span]) -> Counter:
        """A name right after a country's adjective (past a capitalised direction: "the Russian
        Southern Federal District") is in that country: its candidates elsewhere go ("Federal
        District" is no Brazilian one there), and with none left, so does the name; returns what
        such names had added to the article's focus (Brazil's vote, taken back)."""
        g = self.gaz
        taken: Counter = Counter()
        adjectives = {(sp.sent, sp.j): g.country[sp.best] for sp in spans if sp.best is not None
                      and int(g.kind[sp.best]) == COUNTRY and sp.postings and all(f & DEMONYM for _, f in sp.postings)}
        if not adjectives:
            return taken
        for sp in spans:
            if sp.best is None or int(g.kind[sp.best]) == COUNTRY:
                continue
            toks = sents[sp.sent].tokens
            cc = adjectives.get((sp.sent, sp.i - 1))
            if cc is None and sp.i >= 2 and toks[sp.i - 1].text.casefold() in lx.DIRECTIONS and toks[sp.i - 1].is_capitalized:
                cc = adjectives.get((sp.sent, sp.i - 2))
            if cc is None or g.country[sp.best] == cc:
                continue
            taken += self._focus([sp], resolved=True)
            mine = {p: v for p, v in sp.scores.items() if g.country[p] == cc}
            sp.scores = mine
            sp.best = max(mine, key=mine.get) if mine else None
            taken -= self._focus([sp], resolved=True) if mine else Counter()
        return taken

    def _notes(self, text: str, sents: list[_Sentence], spans: list[_Span]) -> list[tuple[int, int, list[_Span]]]:
        """The spans by note, with each note's start and end, in a file of notes (paragraphs
        that each open with a full date, ``lx.NOTE_LEAD``; what comes before the first note is a
        group of its own); one group, the whole text, otherwise."""
        leads = [s.start for s in sents if _opens_paragraph(text, s) and _NOTE_LEAD.match(text, s.start)] \
            if len(spans) > 1 else []
        if len(leads) < 2:
            return [(0, len(text), spans)]
        bounds = [0, *leads, len(text)]
        groups: dict[int, list[_Span]] = {}
        for sp in spans:
            groups.setdefault(bisect_right(leads, sents[sp.sent].start), []).append(sp)
        return [(bounds[k], bounds[k + 1], group) for k, group in groups.items()]

    def _judge(self, text: str, sents: list[_Sentence], spans: list[_Span], fighting: Counter) -> Counter:
        """Scores every candidate of ``spans`` (one article, or one note of a file of notes) by
        their focus, anchors and areas, in passes; the focus of the last pass."""
        # (a word opening a sentence that is only a hamlet's name is no evidence: "Car bombing of the
        # Old Bailey ...": no vote for China's "Car", and so none for China's "Bailai")
        g = self.gaz
        focus = self._focus([sp for sp in spans if not (sp.weak and sp.i == 0 and all(
            int(g.kind[p]) not in (COUNTRY, ADMIN1) and int(g.pop[p]) < HAMLET for p, _ in sp.postings))], resolved=False)
        paired = self._town_and_its_area(spans)
        self._score(spans, focus, [], fighting=fighting, paired=paired)
        for _ in range(2):  # second pass: the focus and anchors of the first
            accepted = [sp for sp in spans if sp.best is not None and sp.scores[sp.best] >= self._threshold(sp)]
            focus = self._focus(accepted, resolved=True) or focus
            # anchors: confident, unambiguous or strongly resolved places below country level
            # (never a place said to speak, a government: "Washington called for calm" is no neighbour
            # of Damascus, Maryland)
            anchors = [(float(self.gaz.lat[sp.best]), float(self.gaz.lon[sp.best]), sp.key) for sp in accepted
                       if int(self.gaz.kind[sp.best]) != COUNTRY and not sp.speaks
                       and (len({p for p, _ in sp.postings}) == 1 or sp.scores[sp.best] >= 0.8)]
            # names of more than one country ("Congo"): judged by the other names' countries only
            two_countries = {sp.key for sp in accepted
                             if len({p for p, _ in sp.postings if int(self.gaz.kind[p]) == COUNTRY}) > 1}
            by_key: dict[str, list[_Span]] = {}
            for sp in accepted:
                by_key.setdefault(sp.key, []).append(sp)
            votes = {k: self._focus(v, resolved=True) for k, v in by_key.items()}  # what each name added
            own = {k: votes[k] for k in two_countries}
            named_areas = {(self.gaz.country[sp.best], self.gaz.admin1[sp.best]) for sp in accepted
                           if int(self.gaz.kind[sp.best]) == ADMIN1 and not sp.actor}
            # the likely candidates of every name of a few candidates: near one, a candidate of
            # another name has a neighbour named, whichever of them the first pass preferred
            # (each point once: a name said eight times has the same candidates each time)
            soft_anchors = list(dict.fromkeys(
                (float(self.gaz.lat[p]), float(self.gaz.lon[p]), sp.key) for sp in accepted
                if int(self.gaz.kind[sp.best]) != COUNTRY and 1 < len(sp.scores) <= SOFT_MAX
                for p, v in sp.scores.items() if int(self.gaz.kind[p]) not in (COUNTRY, ADMIN1)
                and v >= sp.scores[sp.best] - SOFT_BAND))
            # countries named by their names as where things are ("in Mali", "of DR Congo"; not "Malian troops")
            located_in = {self.gaz.country[sp.best] for sp in accepted if int(self.gaz.kind[sp.best]) == COUNTRY
                          and not sp.actor and any(p == sp.best and f & (PRIMARY | ALIAS) and not f & DEMONYM for p, f in sp.postings)}
            # names listed next to a first-order area ("Idaho and Washington") are areas too
            area_listed = set()
            for a, b in zip(spans, spans[1:]):
                if a.sent == b.sent and _AREA_LIST_GAP.fullmatch(text, a.end, b.start):
                    for x, y in ((a, b), (b, a)):
                        if x.best is not None and int(self.gaz.kind[x.best]) == ADMIN1 and not x.actor \
                                and x.scores[x.best] >= self._threshold(x):
                            area_listed.add(id(y))
            # the countries named as where things are, not only as whose (an actor's, a people's)
            placed: dict[str, set[str]] = {}
            for sp in accepted:
                if not sp.actor:
                    placed.setdefault(self.gaz.country[sp.best], set()).add(sp.key)
            self._score(spans, focus, anchors, self._areas(accepted), own, votes, named_areas, soft_anchors, located_in,
                        area_listed, fighting, placed, paired)
            self._parents(text, sents, spans)
        return focus

    def _capitals(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"the Somali capital", "Syria's capital": the country's capital city, a location (unless
        the city is named right after it: "the Kenyan capital, Nairobi")."""
        out = []
        for k, m in enumerate(mentions):
            cap = _CAPITAL_AFTER.match(text, m.end) if m.kind == PlaceKind.COUNTRY else None
            named_next = cap is not None and k + 1 < len(mentions) and _NAMED_NEXT.fullmatch(text, cap.end(), mentions[k + 1].start)
            city = self.gaz.capital_of(m.country) if cap is not None and not named_next else None
            if city is None:
                out.append(m)
                continue
            out.append(replace(m, end=cap.end(), text=text[m.start:cap.end()], place_id=city.id, name=city.name,
                               lat=city.lat, lon=city.lon, kind=city.kind, precision=precision_for(city.kind),
                               admin1=city.admin1_name, role="location", role_cue="capital",
                               parts=(), candidates=[]))
        return out

    def _threshold(self, sp: _Span) -> float:
        if not sp.weak or sp.best is None:
            return THRESHOLD
        # a major place under its own name is no common word that happens to open a sentence
        strong = (int(self.gaz.kind[sp.best]) in (COUNTRY, ADMIN1) or int(self.gaz.pop[sp.best]) >= 100_000) and any(
            p == sp.best and f & (PRIMARY | ALIAS) for p, f in sp.postings)
        if strong:
            return THRESHOLD
        # a hamlet's name alone at a sentence's start is more often a word ("Car bomb explodes ...")
        return HAMLET_THRESHOLD if sp.i == 0 and int(self.gaz.pop[sp.best]) < HAMLET else WEAK_THRESHOLD

    def _mention(self, article: Article, sents: list[_Sentence], sp: _Span) -> Mention:
        g = self.gaz
        best = sp.best
        assert best is not None
        place = g.place(best)
        flags = 0
        for p, f in sp.postings:
            if p == best:
                flags |= f
        role, cue = self._role(article.text, sents, sp, flags)
        ranked = sorted(sp.scores.items(), key=lambda kv: -kv[1])
        runners = []
        for p, s in ranked[1:RUNNERS_UP + 1]:
            q = g.place(p)
            runners.append({"place_id": q.id, "name": q.name, "country": q.country, "kind": q.kind,
                            "lat": q.lat, "lon": q.lon, "score": round(s, 3)})
        sent = sents[sp.sent]
        return Mention(
            article=article.id, path=article.path, start=sp.start, end=sp.end,
            text=article.text[sp.start:sp.end], place_id=place.id, name=place.name,
            lat=place.lat, lon=place.lon, kind=place.kind,
            precision=precision_for(place.kind, near=sp.near, parts=len(place.parts)),
            country=place.country, admin1=place.admin1_name, score=round(sp.scores[best], 3),
            role=role, role_cue=cue, sentence_start=sent.start, sentence_end=sent.end,
            parts=place.parts, candidates=runners,
        )

    def _unresolved(self, article: Article, sents: list[_Sentence], spans: list[_Span]) -> list[Unresolved]:
        """Capitalised names after 'in', 'near', 'village of' ... that matched nothing."""
        text = article.text
        covered = {(sp.sent, k) for sp in spans for k in range(sp.i, sp.j + 1)}
        out = []
        for si, s in enumerate(sents):
            toks = s.tokens
            k = 1
            while k < len(toks):
                t = toks[k]
                if not t.text[:1].isupper():  # most words: no name, whatever precedes them
                    k += 1
                    continue
                prev = toks[k - 1].text.casefold()
                cue = prev if prev in lx.LOCATIVE_PREPOSITIONS or (
                    prev == "of" and k >= 2 and toks[k - 2].text.casefold() in _QUALIFIER_WORDS) else None
                if cue and (si, k) not in covered and t.text.casefold() not in lx.MONTHS_DAYS \
                        and t.text.casefold() not in lx.COMMON_WORDS and t.text.casefold() not in lx.OUTLETS \
                        and t.text.casefold() not in lx.TITLES and not t.is_upper:
                    j = k
                    while j + 1 < len(toks) and _joined(text, toks[j], toks[j + 1]) and toks[j + 1].is_capitalized:
                        j += 1
                    if not any((si, x) in covered for x in range(k, j + 1)):
                        out.append(Unresolved(article.id, t.start, toks[j].end, text[t.start:toks[j].end], cue, s.start, s.end))
                    k = j + 1
                else:
                    k += 1
        return out


def find_mentions(article: Article, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """The resolved place mentions of one article."""
    return ToponymResolver(gazetteer).resolve(article).mentions
