"""Claims: what one sentence of one article says happened, where, when, to whom, per whom.

A claim is either a *toll* (a count of people killed, wounded, displaced or arrested) or an
*event* (a protest, a deployment, a clash) with no count. Each keeps its evidence: article,
sentence text and span, and the span of the count.

Rules, in order (all general; README "Claims" lists them):

1. **Counts** come from ``geo.numbers`` and become tolls only when they count people: a
   person noun follows ("120 civilians", "40 members of the security forces", "his two
   brothers and niece" = 3) or an outcome noun does ("hundreds dead", "120 deaths"), or a toll
   noun leads to them ("the death toll has risen to 1,240", "killing seven"). Dates ("March
   6"), years, ages ("67-year-old", "Khalil, 54,"), durations ("four days", "14-year-long"),
   percentages, money, and counts of things are not tolls; "30 massacres" is an incident count.
2. **Outcome** from the words around the count (killed, wounded, displaced, arrested); a
   breakdown ("including 231 security forces", "This included 125 fighters") takes its total's.
3. **Victims**: civilians, security forces, fighters, or total (people, deaths) by the nouns of
   the counted phrase ("fighters linked to the government" are government forces).
4. **Event type** by trigger words, mapped to ACLED's event types and sub-types.
5. **Places**: the sentence's location mentions (actors excluded), else its paragraph's, else
   generic geography ("the west coast", "coastal areas") as the focus country's curated region.
   Several first-order areas make one region ("Latakia and Tartus provinces"); a place inside
   another named one keeps the finer ("Hmeimim in Latakia").
6. **Dates**: weekdays, "last Thursday", "since March 6", "on March 8", "yesterday", resolved
   against the publication date when known, else kept as text.
7. **Attribution**: "according to X", "X said/reported", "sources in the government", with
   "the Observatory", "the monitoring group", acronyms resolved to the organisation named
   earlier; a sentence without one inherits its paragraph's last.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from bisect import bisect_left
from collections import defaultdict
from dataclasses import asdict, dataclass, field, fields, replace

from geo import lang
from geo.gate import gated
from geo.articles import Article
from geo.attribution import (CONTINUES, CONTRAST_CLAUSE, OTHER_SIDE, PERPETRATOR, SECOND_SOURCE_AFTER, Attribution, attacks,
                             group_keys, named_groups, perpetrator_claim, reporter_kind, said_by)
from geo.claim_places import (
    COUNTRY_WIDE,
    ELSEWHERE,
    FOLLOWS_ON,
    GENERIC_AREAS,
    area_for,
    attached_places,
    best_area,
    claim_area,
    clause_places,
    clause_places_after,
    distance_anchor,
    measured_from,
    far_anchor,
    set_out_from,
    drop_qualifying,
    focus_country,
    follows_up,
    river_name,
    vicinity_only,
    fronted_places,
    journey_end,
    mention_ref,
    names_unknown_locative,
    named_as_area,
    unknown_area_named,
    names_own_unknown_place,
    names_unknown_place,
    nearest_sentence_places,
    off_route,
    participle_places,
    place_area,
    place_fields,
    pointed_back_at,
    said_area,
    subpart_place,
    tolls_own_places,
)
from geo.dates import dateline_day, find_dates
from geo.events import NOT_EVENT, TRIGGERS, acled, event_type, nonviolent, violent
from geo.gazetteer import Gazetteer, demonym_words
from geo.geometry import contains, haversine_km
from geo.numbers import Count, find_counts, to_int
from geo.tolls import (AMONG_TOTAL, ATTACKER_DIED_LATER, CLOSING_COUNT, DIED_LATER, DIED_OF_WOUNDS, FOUND_DEAD, INHERITS_TOTAL, RISE_CAUSE, RISE_TO, SHOT_WORD,
                       TOLL_NOW, TOLL_RISE_LEAD, TOTAL_WORDS, BARE_PART_DAY, cumulative_tolls, find_tolls)
from geo.toponyms import WORLD_CITY, ArticlePlaces, Mention
from geo.text import split_sentences
from geo.vocab import NONVIOLENT, EventType, Outcome, PlaceKind, Revision, Victims

# A toll dated a year or more before the article's publication is background ("two years
# after the February 2023 earthquakes that killed 53,000"): context, like a war's toll. (A
# nearer date may belong to something else the sentence names, "in response to the coup of
# March 24", and a dated recent incident is kept with its date for the time filter.)
BACKGROUND_DAYS = 365
# A toll told after the lead's paragraph whose own period ended before the lead's event and
# began more than a week before it is an earlier event told as background ("In February, a bombing in the
# same city killed 26", "Last month, 11 bodies were found"): context too, kept with its date.
EARLIER_EVENT_DAYS = 7
# A toll counted since a day more than a month before its end is a running total of the period's
# events ("have been killed in the enclave since October 7", "since 15 April"): context for its
# area and period, as a war's toll is ("since Friday" is still one battle's).
RUNNING_TOTAL_DAYS = 31
DATELINE_REACH = 400  # where an undated story's dateline may be: its title, then the dateline
_KILLED_AS_OBJECT = gated(lang.get().attribution.KILLED_AS_OBJECT)
_STATE_AGENTS = gated(lang.get().attribution.STATE_AGENTS)
_KILLED_BY_AFTER = gated(lang.get().attribution.KILLED_BY_AFTER)
_PERIOD_ENDS = gated(lang.get().dates.PERIOD_ENDS)
OTHER_PLACES_AFTER = gated(lang.get().places.OTHER_PLACES_AFTER)
_EARLIER_EVENT_BEFORE = gated(lang.get().dates.EARLIER_EVENT_BEFORE)
_EARLIER_LAPSE_BEFORE = gated(lang.get().dates.EARLIER_LAPSE_BEFORE)
_RETROSPECTIVE = gated(lang.get().dates.RETROSPECTIVE)
_EARLIER_CLAUSE_BEFORE = gated(lang.get().dates.EARLIER_CLAUSE_BEFORE)
_EARLIER_MONTH_CLAUSE = gated(lang.get().dates.EARLIER_MONTH_CLAUSE)
_EARLIER_PERIOD_OPENING = gated(lang.get().dates.EARLIER_PERIOD_OPENING)
_EARLIER_MONTH_OPENING = gated(lang.get().dates.EARLIER_MONTH_OPENING)
_YEAR_DIGITS = gated(r"\b(?:1[89]|20)\d\d\b")
_RELATIVE_PAST = gated(lang.get().dates.RELATIVE_PAST)
_RUNNING_FROM = gated(r"(?:%s)\b" % "|".join(lang.get().dates.SINCE))
_RUNNING_RISE = gated(lang.get().tolls.RUNNING_RISE_LEAD)
_PLACE_FIELDS = (*place_fields(None), "place_mentions")  # what makes a claim's place


def _take_place(claim: Claim, source: Claim) -> None:
    """``claim`` (this step's own, being built) is where ``source`` is."""
    for f in _PLACE_FIELDS:
        setattr(claim, f, getattr(source, f))


def _died_after_toll(c: Claim) -> bool:
    """Whether ``c`` is the attacker's own death told as after the toll before it ("Two people
    were shot and killed ... The suspected shooter was later found dead"): no part of those he
    killed, unlike "Three people were found dead" or "including the gunman"."""
    return c.victims == Victims.PERPETRATORS and c.outcome == Outcome.KILLED and ATTACKER_DIED_LATER.search(
        c.sentence, 0, c.end - c.sentence_start + 40) is not None


def _peoples(words: str) -> set[str]:
    """The peoples a toll's words name ("12 Palestinians": {"palestinian"})."""
    known = demonym_words()
    return {w.removesuffix("s") for w in re.findall(r"[a-z]+", words.lower()) if w in known or w.removesuffix("s") in known}


def _other_people(whole: str, part: str) -> bool:
    """Whether two tolls' words name peoples and none in common: no part of the other."""
    a, b = _peoples(whole), _peoples(part)
    return bool(a and b) and not a & b


def counted_before(noun: str, phrases: list[str]) -> bool:
    """Whether one of the article's tolls so far (``phrases``, their counted words) counted people
    by ``noun`` (or its plural): "the policeman was injured" is then that one ("A policeman was
    stabbed ..."), no one new; a person only named before ("attacked a shopkeeper") is not."""
    word = re.compile(rf"(?i)\b{re.escape(noun)}(?:s|es)?\b")
    return any(word.search(p) for p in phrases)


def _take_event(claim: Claim, source: Claim) -> None:
    """``claim`` (this step's own, being built) is of ``source``'s kind of event."""
    claim.event_type, claim.acled_event_type, claim.acled_sub_event_type = \
        source.event_type, source.acled_event_type, source.acled_sub_event_type


def _background(date_end: str | None, published: "dt.date | None") -> bool:
    return bool(date_end and published) and dt.date.fromisoformat(date_end) < published - dt.timedelta(days=BACKGROUND_DAYS)


def _unlocated_in_country(claim: Claim) -> None:
    """The claim (this step's own) is at a place the gazetteer does not know: no place, its country kept."""
    country = claim.country
    for f, v in place_fields(None).items():
        setattr(claim, f, v)
    claim.country = country
    claim.notes.append("a place the gazetteer does not know: unlocated in its country")


_REPORTER_APPOSITION = gated(lang.get().attribution.REPORTER_APPOSITION)


def _attribution_spans(sentence: str, attribution: str, s0: int) -> list[tuple[int, int]]:
    """Where in the text (sentence at ``s0``) the attribution's phrases stand ("officials in X
    said"; ``Attribution.find``'s third part, phrases joined by "; ")."""
    out = []
    for phrase in attribution.split("; ") if attribution else ():
        at = sentence.rfind(phrase)
        if phrase and at >= 0:
            # (with who the reporter is: "said Jean Mapenzi, a civil society leader in Masisi territory")
            who = _REPORTER_APPOSITION.match(sentence, at + len(phrase))
            out.append((s0 + at, s0 + (who.end() if who else at + len(phrase))))
    return out



def _said_by(rep: tuple[str, str, str], outlet: str | None, perpetrator: bool = False) -> dict:
    """A claim's fields of who said it, from ``Attribution.find``'s (reporter, relay, words): the
    article's outlet where no one is named."""
    return dict(reported_by=rep[0] or (outlet or ""),
                reporter_kind=PERPETRATOR if perpetrator else reporter_kind(rep[0]) if rep[0] else "media",
                relayed_by=rep[1], attribution=rep[2])


def _over_a_month(date_start: str, date_end: str) -> bool:
    return (dt.date.fromisoformat(date_end) - dt.date.fromisoformat(date_start)).days > RUNNING_TOTAL_DAYS


def _running_total(date_start: str | None, date_end: str | None, date_text: str) -> bool:
    """Counted from a day more than ``RUNNING_TOTAL_DAYS`` before the period's end ("since October 7")."""
    # (the date words of a sentence are joined by "; ": "on sunday; since october 7")
    return bool(date_start and date_end and any(_RUNNING_FROM.match(part.strip()) for part in date_text.split(";"))) \
        and _over_a_month(date_start, date_end)


def _earlier_month_clause(sentence: str, at: int, published: "dt.date | None") -> bool:
    """A toll in a clause after a semicolon that opens on a month before the story's ("...; in March,
    12 people were killed at a bar in Apaseo el Grande", in a June story): that month's event, context."""
    if published is None or ";" not in sentence[:at]:
        return False
    m = _EARLIER_MONTH_CLAUSE.search(sentence, max(0, at - 200), at)
    if m is None:
        return False
    year = int(m.group("year")) if m.group("year") else published.year
    return (year, lang.get().dates.MONTHS[m.group("month").lower()]) < (published.year, published.month)


def _earlier_event_toll(sentence: str, at: int, published: "dt.date | None") -> bool:
    """A toll in a clause about an event of an earlier year ("convicted a man of helping to plan the
    November 2015 attacks in Paris that killed 130 people" in a 2025 story): that event's, context."""
    if published is None:
        return False
    m = _EARLIER_EVENT_BEFORE.search(sentence, max(0, at - 120), at)
    return m is not None and int(m.group("year")) < published.year


def _stated_period(sentence: str, date_start: str | None, date_end: str | None) -> bool:
    """A toll of a period its sentence states by its two ends, longer than ``RUNNING_TOTAL_DAYS``
    ("Between 7 October 2023 and 10 July 2024, at least 38,295 Palestinians were killed"): a
    tally of the period, context, as a running total is."""
    if not (date_start and date_end) or date_start == date_end:
        return False
    ends = _PERIOD_ENDS.search(sentence)
    # (its year said, not guessed from the publication: "between October 10 and October 13" in a
    # story dated the 12th is no year's span)
    return ends is not None and _YEAR_DIGITS.search(ends.group()) is not None and _over_a_month(date_start, date_end)


@dataclass(slots=True)  # (slots: 45 fields are past what CPython's shared-key dicts hold; 0.8 KB a claim, not 2)
class Claim:
    """One statement of one article: a toll or an event, with its evidence."""

    claim_id: str
    article_id: str
    path: str
    event_type: str
    acled_event_type: str
    acled_sub_event_type: str
    outcome: str | None            # killed / wounded / displaced / arrested; None for an event claim
    victims: str | None            # civilians / security forces / fighters / total
    low: int | None
    best: int | None
    high: int | None
    qualifier: str
    vague: bool
    count_text: str
    incident_count: int | None     # "30 massacres"
    place_id: str | None
    place_name: str | None
    place_kind: str | None
    precision: int | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    parts: tuple[str, ...]
    place_mentions: list[dict]
    date_start: str | None
    date_end: str | None
    date_text: str
    reported_by: str
    reporter_kind: str
    relayed_by: str
    attribution: str
    sentence: str
    sentence_start: int
    sentence_end: int
    start: int
    end: int
    published: str | None
    outlet: str | None
    part_of: str | None = None     # claim_id of the total this is a breakdown of
    is_total: bool = False
    cumulative: bool = False       # a figure for a whole war, campaign or period: context, never counted as new deaths
    additional: bool = False       # "six militants were also killed": beside the article's total, not a part of it
    revision: Revision = Revision.NONE  # replaces its source's earlier figure ("revised to"), or was replaced
    holds_attackers: bool = False  # a total its parts told after it, the attackers' dead among them, add up to
    notes: list[str] = field(default_factory=list)

    @property
    def is_toll(self) -> bool:
        return self.best is not None

    def to_record(self) -> dict:
        d = asdict(self)
        d["parts"] = ";".join(self.parts)
        return d


def told_as_rise(c: Claim) -> bool:
    """Whether a toll is told as the new figure of a toll told before ("the toll rose to 5",
    "bringing the death toll to 31"): a running toll of one event, whatever day it is told on."""
    return c.is_total and c.best is not None and TOLL_RISE_LEAD.search(
        c.sentence, max(0, c.start - c.sentence_start - 200), c.start - c.sentence_start) is not None


def closes_a_note(c: Claim) -> bool:
    """Whether a toll is a note's closing count ("3 fatalities."): the total of its own note."""
    return c.is_total and CLOSING_COUNT.match(c.sentence) is not None


def in_rise_sentence(c: Claim) -> bool:
    """Whether a toll's sentence tells a toll's rise, the toll or another of it ("the toll rose to
    5 after two wounded soldiers died": the two too, the cause of the rise)."""
    return told_as_rise(c) or any(TOLL_RISE_LEAD.search(c.sentence, max(0, n.start - 200), n.start) is not None
                                  for n in find_counts(c.sentence))


CLAIM_FIELDS = tuple(f.name for f in fields(Claim))  # (copies and tables go field by field: slots, no __dict__)


def _claim_id(article_id: str, start: int, end: int, kind: str) -> str:
    return hashlib.sha1(f"{article_id}:{start}:{end}:{kind}".encode()).hexdigest()[:12]


def _paragraph_sentences(places: ArticlePlaces, p0: int, p1: int, starts: list[int] | None) -> list[tuple[int, int]]:
    """The sentences of the paragraph ``p0``..``p1``: those the place step split (a newline
    always ends a sentence, so splitting a segment gives its paragraphs' sentences), else
    split here."""
    if starts is None:
        return split_sentences(places.article.text, p0, p1)
    assert places.sentences is not None
    return places.sentences[bisect_left(starts, p0):bisect_left(starts, p1)]


_LATER_PLACES_LOOKED_AT = 12  # sentences naming places after a toll of no place that are read for tolls of their own, at most


_RECORD_FIELD = gated(lang.get().pages.RECORD_FIELD)


def _records(lines: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The paragraphs of a segment: its lines, but the "field: value" lines of one record pasted as
    such ("Event date: ...", "Location: ...", "Notes: ... 2 soldiers were killed.", "Fatalities:
    2"), with no blank line between them, one paragraph (its closing count is of its notes)."""
    out: list[tuple[int, int]] = []
    field_before = False
    for a, b in lines:
        field = _RECORD_FIELD.match(text, a, b) is not None
        if field and field_before and text[out[-1][1]:a] == "\n":
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
        field_before = field
    return out


def _counted_by_noun(told: list[Claim], rank_text: str) -> int | None:
    """How many people of the noun of a rank ("A third child") the tolls ``told`` count by that
    noun ("a woman and her two children": 2), if any names it after a number."""
    words = rank_text.split()
    noun = words[-1].lower() if len(words) > 2 else ""
    stem = noun[:-1] if len(noun) > 4 else noun  # ("child" / "children", "soldier" / "soldiers")
    if len(stem) < 4:
        return None
    n = 0
    for x in told:
        for k in find_counts(x.count_text):
            after = x.count_text[k.end:].split()[:3]
            if any(w.lower().startswith(stem) for w in after) and k.best:
                n += k.best
                break
    return n or None


def _place_of(claim: Claim, places: ArticlePlaces) -> tuple[dict, list]:
    """A claim's own place, whole, and its mentions: for a later claim said of the same place."""
    return claim_area(claim), [m for m in places.mentions if mention_ref(m) in claim.place_mentions]


def _last_toll_before(claims: list[Claim], outcome: str, s0: int) -> Claim | None:
    """The last toll of ``outcome`` said in a sentence before the one at ``s0`` (of the few last claims)."""
    for k in range(len(claims) - 1, max(-1, len(claims) - 8), -1):
        c = claims[k]
        if c.is_toll and c.outcome == outcome and c.sentence_start < s0:
            return c
    return None


def extract_claims(places: ArticlePlaces, gaz: Gazetteer, deadline: float | None = None,
                   notes: list[str] | None = None) -> list[Claim]:
    """Every toll and event claim of one article (see the module docstring). Sentences the
    place step did not read (``places.read_to``) are skipped; at ``deadline``
    (time.monotonic) reading stops and ``places.read_to`` is moved back to where it did.
    What was read but refused (a figure too large to count people) is said in ``notes``.

    Time is linear in the article's length: sentences are bounded (``geo.text``), mentions and
    claims are found by position (bisection), never by scanning the whole article again."""
    article: Article = places.article
    text = article.text
    published = article.published
    stand_in: "dt.date | None | bool" = False  # an undated story's dateline day, looked up on first need
    # (the towns a road is named after are not where anything on it happened when the article
    # names another place: "a crash on the Nakuru-Eldoret highway ... near the town of Londiani")
    loc_mentions = off_route(text, sorted((m for m in places.mentions if m.role == "location"), key=lambda m: m.start))
    loc_starts = [m.start for m in loc_mentions]
    unknown_spans = sorted((u.start, u.end) for u in places.unresolved)
    unknown_starts = [a for a, _ in unknown_spans]
    in_notes = notes_file(text)  # (each note its own event, at its own place)
    attribution = Attribution()
    claims: list[Claim] = []
    ignored: list[Count] = []
    focus_areas: dict[bool, dict | None] = {}  # one_place -> focus_country(...), found on first need

    def focus_area(one_place: bool) -> dict | None:
        if one_place not in focus_areas:
            focus_areas[one_place] = focus_country(places, gaz, one_place=one_place)
        return focus_areas[one_place]

    last_people: dict[str, Claim] = {}  # the last toll of people (no category) per outcome, across paragraphs
    subtracted: set[str] = set()  # wounded figures some of whom a later sentence says died
    told_died: dict[int, list[Claim]] = {}  # a sentence telling who of the hit died -> the figures it lowered
    fine_so_far: list = [0, set()]  # location mentions looked at so far, and the places they name finer than a country

    def one_place_so_far(s0: int, s1: int) -> str | None:
        """The one place the story's location mentions before ``s0`` name, but for the areas
        around it (its country, its first-order area); None for two or more, or none, or where a
        place named after ``s1`` is in a sentence with no toll of its own ("Demonstrations also
        took place in Gulu and Jinja": the figure may be of them too)."""
        one = _one_place_before(s0)
        if one is None:
            return None
        later = {(m.sentence_start, m.sentence_end) for m in loc_mentions[bisect_left(loc_starts, s1):]
                 if m.place_id != one and m.kind != PlaceKind.COUNTRY}
        if len(later) > _LATER_PLACES_LOOKED_AT or any(not find_tolls(text[a:b], a, []) for a, b in later):
            return None
        return one

    def _one_place_before(s0: int) -> str | None:
        k = bisect_left(loc_starts, s0)
        seen: set = fine_so_far[1]
        for m in loc_mentions[fine_so_far[0]:k]:
            if m.kind != PlaceKind.COUNTRY:
                seen.add((m.place_id, m.kind, m.country, m.admin1))
        fine_so_far[0] = max(fine_so_far[0], k)
        towns = {x for x in seen if x[1] not in (PlaceKind.ADMIN1, PlaceKind.REGION)}
        if not towns and len(seen) == 1:
            return next(iter(seen))[0]  # (an area alone: "a market in Zaporizhzhia", the province)
        if len(towns) != 1:
            return None
        pid, _, cc, a1 = next(iter(towns))
        if any(x[1] != PlaceKind.ADMIN1 or x[2] != cc or x[3] != a1 for x in seen - towns):
            return None
        return pid
    story_kind: EventType | None = None  # the article's last toll of a disaster or an accident
    kind_told = False  # whether the title and lead have said what kind of deaths the story is about
    refined: dict[int, dict] = {}  # sentence start -> its country, for tolls moved to the story's one place
    lead_end = (article.segments[0][0] if article.segments else 0) + LEAD_CHARS
    # a story whose lead tells an event years before it ("A decade after gunmen stormed the mall,
    # killing 67 people, relatives gathered ..."): its undated tolls are that event's too ("Four
    # gunmen were killed in the siege")
    looking_back = False
    stopped = False
    sent_starts = [a for a, _ in places.sentences] if places.sentences is not None else None
    for seg_start, seg_end in article.segments:
        paragraphs = _records([(m.start() + seg_start, m.end() + seg_start) for m in re.finditer(r"[^\n]+", text[seg_start:seg_end])],
                              text)
        for p0, p1 in paragraphs:
            para_mentions = loc_mentions[bisect_left(loc_starts, p0):bisect_left(loc_starts, p1)]
            # a note that says where with a name the gazetteer lacks ("attacked an SNA base in Masagawa
            # (Ceel Buur, Galgaduud) ... Fatalities: 47."): its tolls are somewhere in the country, not
            # the file's one place another note names
            note_unknown = in_notes and names_unknown_locative(text, p0, p1, unknown_starts)
            para_starts = loc_starts[bisect_left(loc_starts, p0):bisect_left(loc_starts, p1)]
            para_claims = len(claims)
            para_generic: bool | None = None
            last_reporter = ("", "", "")
            note_reporter: tuple[str, str, str] | None = None  # who told the paragraph's first toll
            last_total: Claim | None = None
            para_first: tuple[int, int] | None = None  # the paragraph's first sentence
            para_day = None  # (sentence number, dates) of its last sentence but the first that told one day
            for n_sent, (s0, s1) in enumerate(_paragraph_sentences(places, p0, p1, sent_starts)):
                para_first = para_first or (s0, s1)
                if places.read_to is not None and s0 >= places.read_to:
                    stopped = True
                elif deadline is not None and time.monotonic() > deadline:
                    places.read_to, stopped = s0, True
                if stopped:
                    break
                sentence = text[s0:s1]
                attribution.remember(sentence)
                rep = attribution.find(sentence)
                reporter_before = last_reporter
                if rep[0]:
                    last_reporter = rep
                elif CLOSING_COUNT.match(sentence) and note_reporter is not None:
                    # "Fatalities: 12." is the note's own count, told by whoever told its first toll
                    # (not by the other source it then quotes: "Local sources reported 15 dead.")
                    rep = note_reporter
                elif CONTINUES.match(sentence) or CLOSING_COUNT.match(sentence):
                    rep = last_reporter  # "This included ...", "Prior reports had ...", "Fatalities: 5.": same source
                sent_places = para_mentions[bisect_left(para_starts, s0):bisect_left(para_starts, s1)]
                tolls = find_tolls(sentence, s0, ignored)
                if any(t.definite for t in tolls):  # "the mayor was killed": no one new if counted before
                    tolls = [t for t in tolls if not t.definite or not counted_before(
                        t.count.text, [c.count_text for c in claims] + [text[u.count.start:u.end] for u in tolls if u is not t])]
                if not tolls and not sent_places:
                    continue  # neither a toll nor a place: no claim can come of it (most sentences)
                if not tolls and story_kind is None and not kind_told and s0 < lead_end:
                    # "Landslide buries village in Papua New Guinea": the story's kind of deaths, for
                    # its tolls that name no event ("rescuers have recovered five bodies"), from its
                    # title and lead, the first that tells (after "Bomb on passenger coach kills 14",
                    # "The coach was travelling ... when the device went off" is no road accident)
                    story_kind = nonviolent(sentence)
                    kind_told = story_kind is not None or violent(sentence)
                kind_told = kind_told or bool(tolls)
                claimant, claim_at = perpetrator_claim(sentence) or (None, 0) if tolls else (None, 0)
                if claimant:
                    rep = (claimant, rep[1], rep[2])  # the attacker's own figure
                    # (whom no "This included ..." nor a note's closing count goes on quoting: "JNIM
                    # claimed 20 killed. 9 fatalities." is the note's own nine)
                    last_reporter = reporter_before
                # two sources in two clauses, each with its own figure: a toll said before the
                # second is the first's ("According to hospital sources, 6 soldiers were killed,
                # while the group claimed to have killed 35"; "..., but the ministry said 12")
                first_rep, split_at = None, len(sentence)
                if len(tolls) > 1 and (contrast := CONTRAST_CLAUSE.search(sentence)) is not None \
                        and tolls[0].count.start - s0 < contrast.start() < tolls[-1].count.start - s0:
                    first_rep, split_at = attribution.find(sentence[:contrast.start()]), contrast.start()
                    second = attribution.find(sentence[contrast.start():])
                    if first_rep[0] and (first_rep[0] != (second[0] or rep[0]) or said_by(sentence[contrast.start():])):
                        last_reporter = first_rep  # (and a closing count after them: "6 fatalities.")
                        if not claimant:
                            # the second's own (not the first as its relay), or someone the text
                            # does not name as one: "..., while a collective of relatives said 400"
                            rep = second
                    else:
                        first_rep = None
                elif claim_at and tolls[0].count.start - s0 < claim_at:
                    first_rep, split_at = attribution.find(sentence[:claim_at]), claim_at
                    if first_rep[0]:
                        last_reporter = first_rep
                elif tolls and not claimant and (later := SECOND_SOURCE_AFTER.search(sentence, tolls[-1].end - s0)) is not None \
                        and said_by(sentence[later.start():]) \
                        and (first := attribution.find(sentence[:later.start()]))[0] and first[0] != rep[0]:
                    # every figure before a second source's clause is the first's: "The army reported 6
                    # soldiers killed while JNIM claimed 30" (the army's 6, not JNIM's)
                    rep = last_reporter = first
                # (not the landmark a distance is measured from, where the sentence names another place:
                # "in Konduga, 35 kilometres from the Borno state capital Maiduguri" is Konduga's, no
                # region of both; a landmark alone still keeps a toll apart from the story's others)
                # (nor a place told of a part of the people counted: "Two of the dead were students,
                # one of them in Chittagong" is no toll of Chittagong's)
                sent_places = [m for m in sent_places if not subpart_place(text, m)]
                # (nor where its reporter speaks from, where the sentence names another place: "killing
                # 78 people near Goma, the governor of South Kivu province said")
                # (nor, of a toll, where the story said before that it happened: "Gunmen attacked a church
                # in the village of X. 'Twelve were killed,' a security source in Dori told AFP")
                said_at = _attribution_spans(sentence, rep[2], s0)
                if said_at:
                    own = [m for m in sent_places if not any(a <= m.start < b for a, b in said_at)]
                    told_where = tolls and (bisect_left(loc_starts, s0) > 0
                                            or bisect_left(unknown_starts, s0) > 0)
                    said_only = set() if own or not told_where else {m.place_id for m in sent_places}
                    sent_places = own or ([] if told_where else sent_places)
                else:
                    said_only = set()
                # (nor is where a boat or a bus set out from: "a boat carrying passengers from Juba was attacked")
                sent_places = [m for m in sent_places if not set_out_from(text, m)]
                # (nor a river's name beside a place: "capsized on the Niger River in Kwara state")
                sent_places = [m for m in sent_places if not river_name(text, m)] or sent_places
                if tolls and sent_places and all(vicinity_only(text, m) for m in sent_places):
                    # a toll only around a town ("at a crowded Dallas-area shopping mall") is where the
                    # next sentence, going on about the event, puts it ("The shooting happened at the
                    # Allen Premium Outlets, about 25 miles north of Dallas")
                    k = bisect_left(loc_starts, s1)
                    nxt = [m for m in loc_mentions[k:k + 8] if m.sentence_start == loc_mentions[k].sentence_start] \
                        if k < len(loc_mentions) else []
                    # (its own places, not the town it was around: "in Sharonville, a city north of Cincinnati")
                    around = {m.place_id for m in sent_places}
                    nxt = [m for m in nxt if not distance_anchor(text, m) and m.place_id not in around]
                    if nxt and follows_up(text, nxt[0].sentence_start) and not any(t.outcome for t in find_tolls(
                            text[nxt[0].sentence_start:nxt[0].sentence_end], nxt[0].sentence_start)):
                        sent_places = nxt
                # (a landmark near the place measured from it, when that place is unknown, stands for
                # it: "in Tamara, 25 km northwest of Tegucigalpa"; a far one never does: "in the town of
                # X, 175 km north of Baghdad" is no toll of Baghdad's)
                sent_mentions = drop_qualifying(text, [m for m in sent_places if not distance_anchor(text, m)]
                                                or [m for m in sent_places if not far_anchor(text, m)], gaz)
                area = best_area(sent_mentions, GENERIC_AREAS.search(sentence) is not None, places, gaz)
                if claimant and area is not None and sent_mentions and all(measured_from(text, m) for m in sent_mentions) \
                        and (prior := next((x for x in reversed(claims[-8:]) if x.is_toll and not x.cumulative and x.place_id
                                            and x.country == area["country"]), None)) is not None:
                    # the attackers' own figure for their attack, at a place said only by its distance from
                    # a landmark, is where the story's toll of that attack was ("killing seven soldiers" in
                    # Lower Shabelle, then "said it had killed 27 soldiers in the attack on the base in
                    # Bariire, about 45 km west of Mogadishu")
                    area, sent_mentions = _place_of(prior, places)
                used = sent_mentions
                said_cumulative = cumulative_tolls(sentence, s0, tolls)
                if area is None and tolls and CLOSING_COUNT.match(sentence) and (note := next((
                        x for x in reversed(claims[para_claims:]) if x.is_toll and not x.part_of and not x.cumulative
                        and x.outcome == Outcome.KILLED and x.place_id), None)) is not None:
                    # "1 fatality." closes the note before it: where that note's toll was (not a region
                    # of every place its sentence names: "in Balata refugee camp, east of Nablus (Nablus)")
                    area, used = _place_of(note, places)
                # (a sentence that says where by a name the gazetteer lacks borrows no place after it: "In
                # Buner district alone, 21 people died", then "Another 15 deaths ... in Gilgit-Baltistan";
                # one before it in its paragraph may hold it: "attacks across Baghdad ... Five were killed
                # by a bomb in the suburb of Nahrawan")
                # (a country named beside it, "the central Haitian town of Pont-Sondé", says no more)
                # (a place said only by its distance from a far landmark is as unknown: "at an army base
                # 85 km west of Baghdad")
                measured_far = bool(tolls) and not sent_mentions and any(far_anchor(text, m) for m in sent_places)
                unknown_here = bool(tolls) and all(m.kind == PlaceKind.COUNTRY for m in sent_mentions) \
                    and names_unknown_locative(text, s0, s1, unknown_starts, said_at) or measured_far
                if area is None and not (said_cumulative and all(said_cumulative)):
                    # the places of the nearest sentence of the paragraph that names any,
                    # the one before first ("... in Latakia and Tartus" stays one region)
                    # (their qualifying places dropped as the sentence's own are: "in Djibo
                    # (Djibo, Soum, Sahel). Between 12 and 15 VDP were killed." is Djibo's)
                    # (not the landmark another sentence measured a distance from: "500 km west of the
                    # capital, Kathmandu", then "Officials had put the toll at 69")
                    # (nor the ends of a journey: "The train, travelling from Quetta to Peshawar, was
                    # stopped ...", then "... all 33 attackers were killed")
                    near = drop_qualifying(text, [m for m in nearest_sentence_places(para_mentions, para_starts, s0, s1)
                                                  if not distance_anchor(text, m) and not journey_end(text, m)], gaz)
                    if near and (near[0].sentence_start >= s1 or measured_far) and unknown_here:
                        near = []
                    elif near and near[0].sentence_start >= s1:
                        after = text[near[0].sentence_start:near[0].sentence_end]
                        more = FOLLOWS_ON.search(after) is not None
                        theirs = find_tolls(after, near[0].sentence_start)
                        if not theirs:
                            if more or ELSEWHERE.search(after):
                                # (not a sentence after it that names more places and no toll: "Amnesty Kenya
                                # said 41 people were injured. Protests also took place in Mombasa, Kisumu ...")
                                near = []
                        elif not more and not {t.outcome for t in theirs} & {t.outcome for t in tolls} \
                                or all(_EARLIER_LAPSE_BEFORE.search(text, max(near[0].sentence_start, u.count.start - 200), u.count.start)
                                       for u in theirs):
                            # (nor one with a toll of its own of other people, another event: "At least 35
                            # civilians were killed in the fighting. Three peacekeepers were wounded when a shell
                            # hit their base near Sake": the story's places before it; but "... were also wounded
                            # in the rocket fire that hit ... Kilis" is the event's, and "Earlier reports had put
                            # the dead at 40 ... in two towns" a figure of the same dead; nor one of an earlier
                            # event: "The attack came a day after two guards were shot dead in Panjgur")
                            near = drop_qualifying(text, [m for m in nearest_sentence_places(loc_mentions, loc_starts, s0, s0)
                                                          if m.start < s0 and not distance_anchor(text, m)], gaz)
                    if para_generic is None:  # searched once per paragraph, not once per sentence
                        para_generic = GENERIC_AREAS.search(text, p0, p1) is not None
                    area = best_area(near, para_generic, places, gaz)
                    if unknown_here and area is not None and area["kind"] == PlaceKind.LOCALITY \
                            and ((town := gaz.get(area["place_id"])) is None or town.population < WORLD_CITY):
                        # (a town before it is not where a place of another name is: "... a convoy in
                        # Samarra. Attackers injured two policemen in Haijah" is Iraq's, unknown; a world
                        # city may hold a part of it the gazetteer lacks)
                        area = focus_area(False)
                    # (a country the sentence before names holds it, not as its own figure: "... struck
                    # southern Morocco. In the village of Zorbaq, 84 people died" is a place there)
                    used = [] if unknown_here and area is not None and area["kind"] == PlaceKind.COUNTRY else near
                    if unknown_here and (area is None or area["kind"] == PlaceKind.COUNTRY) and not measured_far \
                            and not unknown_area_named(text, s0, s1, unknown_spans):
                        # a village the gazetteer lacks, in a story whose one place so far is the area
                        # around it ("fresh violence in Manipur's Jiribam district ... opened fire at
                        # Nungchappi village, killing an elderly man"): that area's, not unplaced beside
                        # the area's toll of the same dead (an area of its own stays unknown: "In Buner
                        # district alone, 21 people died"; and a town is not an area: "a convoy in Samarra.
                        # Attackers injured two policemen in Haijah")
                        one = one_place_so_far(s0, s1)
                        held = next((m for m in reversed(loc_mentions[:bisect_left(loc_starts, s0)]) if m.place_id == one),
                                    None) if one is not None else None
                        if held is not None and named_as_area(text, held) and (area is None or held.country == area["country"]):
                            area, used = area_for([held], gaz), [held]
                date_start, date_end, date_text = find_dates(sentence, published)
                own_date = date_start  # (before any the paragraph lends it)
                lent_past = False  # (whether it lends a time long past, not a day)
                closes_note = bool(claims) and claims[-1].sentence_start >= p0 and CLOSING_COUNT.match(sentence) is not None
                if date_start is None and closes_note:
                    # "Fatalities: 2." closes the note before it: that note's dates
                    date_start, date_end, date_text = claims[-1].date_start, claims[-1].date_end, claims[-1].date_text
                if date_start is None and tolls and 0 < n_sent <= PARA_DATE_REACH:
                    # a toll with no date of its own is of the day its paragraph opened with ("On 5
                    # May 2024, Houthi forces shelled Hays district. A woman and her daughter were
                    # killed."; "Gunmen attacked the town on Monday. Police said 12 died."); a day,
                    # not a period ("the bloodiest day since January 2011") nor a day told later on
                    found = find_dates(text[para_first[0]:para_first[1]], published)
                    lent_past = found[0] is not None and found[0] != found[1] and _background(found[1], published) \
                        and not any(x.is_toll and x.sentence_start == para_first[0] for x in claims[-8:]) \
                        and _RETROSPECTIVE.search(text, 0, lead_end) is not None
                    if found[0] is not None and (found[0] == found[1] or lent_past):
                        # (or of a time long past it opened with: "When Russian troops withdrew ... at
                        # the end of March 2022, they left bodies behind. Officials say 458 bodies were
                        # recovered": that time's, background to a story of today)
                        date_start, date_end, date_text = found
                    elif para_day is not None and n_sent - para_day[0] <= PARA_DATE_REACH:
                        # ... or of the day the sentence before told, where the paragraph opened with
                        # none ("... nail bombs in London in April 1999. The first bombing occurred on
                        # 17 April in Brixton. 48 people were injured. The second, on April 24, ...")
                        date_start, date_end, date_text = para_day[1]
                if date_start is not None and date_start == date_end and (s0, s1) != para_first:
                    para_day = (n_sent, (date_start, date_end, date_text))
                background = bool(tolls) and (_background(date_end, published) or _running_total(date_start, date_end, date_text)
                                              or _stated_period(sentence, date_start, date_end))
                if tolls and not background and published is None and _RUNNING_FROM.search(sentence):
                    # an undated story: how long before its dateline's day ("CAIRO, July 14 -") a
                    # "since October 7" lies (that day in a stand-in year: the span only)
                    if stand_in is False:
                        stand_in = dateline_day(text[:DATELINE_REACH])
                    background = stand_in is not None and _running_total(*find_dates(sentence, stand_in))
                if tolls and not background and published is None and date_text and _RELATIVE_PAST.fullmatch(date_text) \
                        and any(x.is_toll and not x.cumulative and x.sentence_start < s0 and x.date_text.lower() != date_text.lower()
                                for x in claims):
                    # an undated story's toll "last month", told after its own: that period's event
                    background = True
                # a running total told as the rise of a toll ("..., raising the death toll since October 7
                # to 31,553") is its own clause's: the sentence's other tolls keep their own day ("killed 36
                # Palestinians over the past 24 hours")
                own_days: dict[int, tuple] = {}
                if background and len(tolls) > 1:
                    rises = [_RUNNING_RISE.search(sentence, max(0, t.count.start - s0 - 160), t.count.start - s0) for t in tolls]
                    if any(rises) and not all(rises):
                        cut = next(r for r in rises if r)
                        rest = find_dates(sentence[:cut.start()] + " " * (cut.end() - cut.start()) + sentence[cut.end():], published)
                        rest_background = rest[0] is not None and (
                            _background(rest[1], published) or _running_total(*rest) or _stated_period(sentence, rest[0], rest[1]))
                        if not rest_background:
                            own_days = {k: rest for k, r in enumerate(rises) if not r}
                    for k, t in enumerate(tolls):
                        # ... and so does a part of a running total told with its own day: "killed 31,553
                        # since October 7, including 36 over the past 24 hours"
                        day = BARE_PART_DAY.match(sentence, t.count.end - s0) if t.breakdown else None
                        if day is not None and k not in own_days:
                            when = find_dates(day.group(), published)
                            if when[0] is not None and not _background(when[1], published):
                                own_days[k] = when
                cumulative = (background and len(own_days) < len(tolls)) or any(said_cumulative)
                if area is None:
                    # the story's one place, else its country; a war's or a period's figure, or
                    # one "elsewhere", is the country's, not the story's town (nor is one said of the
                    # whole country: "killed in nationwide protests")
                    one_place = not (cumulative or ELSEWHERE.search(sentence) or unknown_here or note_unknown
                                     or COUNTRY_WIDE.search(sentence))
                    area = focus_area(one_place)
                    if one_place and area is not None and area["place_id"] in said_only:
                        area = focus_area(False)  # (where the reporter spoke from, not the story's place)
                    if not one_place and area is not None and area["kind"] == PlaceKind.COUNTRY:
                        # ... but "in the state since May 2023" is the state's the story names
                        area = said_area(sentence, places, gaz, area["country"]) or area
                    elif one_place and tolls and (area is None or area["kind"] == PlaceKind.COUNTRY):
                        # ... and "Three other soldiers were wounded", in a story of several places, is
                        # where its last toll was; so is the attackers' own figure for it ("al-Shabab
                        # claimed responsibility ..., saying it had killed more than 30 soldiers"), and a
                        # toll in the paragraph of one placed by that ("officials had put the toll at 320.
                        # At least 1,900 people were injured, the spokesman said.")
                        # (a sentence that tells who the dead before were speaks of their event: "The
                        # network said the dead included 11 children and that 52 people were wounded")
                        told = FOLLOWS_ON.search(sentence) is not None or bool(claimant) or any(t.breakdown for t in tolls)
                        prior = next((x for x in reversed(claims[-8:]) if x.is_toll and not x.cumulative
                                      and x.place_id and x.place_kind != PlaceKind.COUNTRY
                                      and (told or x.sentence_start >= p0)), None)
                        # (but the story's toll said again, "Earlier on Sunday the ministry had put the toll at
                        # 2,053", is where the story's toll of that outcome is, not where the hurt of the
                        # sentence before were: "At least 1,240 people were injured ... in Zindajan district")
                        outcomes = {t.outcome for t in tolls if t.outcome and not t.breakdown and not t.additional}
                        story_toll = next((x for x in reversed(claims) if x.is_toll and x.is_total and not x.cumulative
                                           and x.place_id and x.outcome in outcomes), None) \
                            if outcomes and _THE_TOLL.search(sentence) is not None else None
                        if story_toll is not None and (prior is None or prior.outcome not in outcomes):
                            prior = story_toll
                        if prior is None and not FOLLOWS_ON.search(sentence):
                            # (a toll of a paragraph that names no place, where the story so far has
                            # told of one place only, is that place's: "A glide bomb struck an apartment
                            # block in Kharkiv, killing seven. / At least 42 people were injured, he said."
                            # A place named later, "Elsewhere in the region ...", is not yet the story's)
                            one = one_place_so_far(s0, s1)
                            if one is not None:
                                prior = next((x for x in reversed(claims[-8:]) if x.is_toll and not x.cumulative
                                              and x.place_id == one), None)
                        if prior is not None and (area is None or prior.country == area["country"]):
                            area, used = _place_of(prior, places)
                elif area["kind"] == PlaceKind.COUNTRY and tolls and not cumulative and not ELSEWHERE.search(sentence) \
                        and not unknown_here and not COUNTRY_WIDE.search(sentence):
                    # a toll placed only in a country ("A riot at a prison in Honduras left 46 dead") of
                    # a story about one place there ("... in Tamara") is that place's (not one said of
                    # the whole country: "killed in nationwide protests", "across Iran")
                    story = focus_area(True)
                    if story is not None and story["kind"] != PlaceKind.COUNTRY and story["country"] == area["country"] \
                            and story["place_id"] not in said_only:
                        refined[s0] = area  # (undone below if that place has a toll of its own)
                        area = story
                incident_count = next((t.count.best for t in tolls if t.incident_count), None)
                # (read once a sentence, not once a toll: "... in Nairobi and other towns")
                others_named = bool(tolls) and OTHER_PLACES_AFTER.search(sentence) is not None
                base = dict(
                    article_id=article.id, path=article.path, place_mentions=[
                        mention_ref(m)
                        for m in used],
                    date_start=date_start, date_end=date_end, date_text=date_text,
                    **_said_by(rep, article.outlet, perpetrator=bool(claimant)), sentence=sentence, sentence_start=s0, sentence_end=s1,
                    published=published.isoformat() if published else None, outlet=article.outlet,
                    incident_count=incident_count,
                    **place_fields(area),
                )
                head: Claim | None = None
                last_before = claims[-1] if claims else None  # the last claim of a sentence before this one
                made_toll = False
                inherits = last_total is not None and INHERITS_TOTAL.match(sentence)
                kinds: dict[tuple, tuple[str, str, str]] = {}  # per sentence: (victims, outcome) -> types
                totalish = None
                tolls_own: list[set[int]] | None = None  # the mentions each of the sentence's tolls names as its own, once needed
                # an earlier time's tolls, by how the sentence opens, after the story's own: "Last weekend,
                # 45 people were shot" (a comparison); "In April, 36 people were killed ..." where the
                # story's tolls are dated after April (once a sentence: no toll of its own counts)
                earlier_opening = bool(tolls) and (
                    _EARLIER_PERIOD_OPENING.match(sentence) is not None and any(x.is_toll and x.sentence_start < s0 for x in claims)
                    or date_end is not None and _EARLIER_MONTH_OPENING.match(sentence) is not None
                    and any(x.is_toll and not x.cumulative and x.date_start and x.date_start > date_end for x in claims))
                for k, t in enumerate(tolls):
                    if t.outcome is None and inherits and not t.incident_count:
                        t.outcome = last_total.outcome
                    if t.incident_count or t.outcome is None:
                        continue
                    c = t.count
                    if t.others and (prior := _last_toll_before(claims, t.outcome, s0)) is not None \
                            and not prior.cumulative and c.start - prior.end < ORDINAL_REACH \
                            and not (any(u.outcome == t.outcome for u in tolls[:k])
                                     and sum(u.count.best or 0 for u in tolls[:k + 1] if u.outcome == t.outcome) == prior.best):
                        # "Gunmen killed four villagers. Two others died later.", "... 10 killed and 25
                        # injured. Four more people were killed and 12 injured" (not "more" than a count
                        # before it in its sentence, the two adding up to the toll before: "Eight people were
                        # shot dead ... Six died at the scene and two more in hospital" are the eight)
                        t = replace(t, additional=True)
                    if t.next_by_rank and any(x.outcome == t.outcome and x.is_toll and not x.cumulative and p0 <= x.sentence_start < s0
                                              and (x.best or 0) >= sum(u.count.best for u in tolls if u.outcome == t.outcome)
                                              for x in claims[-6:]):
                        # "Five people were shot ... Four were shot in the first shooting, and a fifth
                        # in the second": parts of the five said before, not one more beside them
                        t = replace(t, additional=False)
                    # (the last toll before, past a sentence of no toll: "... the killing of two aid workers
                    # ... The two staff members were killed when armed men opened fire ... A third colleague was
                    # injured")
                    rank_base = None if not t.ordinal else last_before if last_before is None or last_before.is_toll \
                        else next((x for x in reversed(claims[-6:]) if x.is_toll), None)
                    if rank_base is not None and c.start - rank_base.end < ORDINAL_REACH:
                        # "... killing two shoppers. A third person was wounded.": one more person, wounded
                        # (of a list too: "killed his parents and two others ... A fifth person was
                        # wounded"; "Two were killed and another wounded. A fourth person was injured")
                        told = [x for x in claims[-6:] if x.sentence_start == rank_base.sentence_start and x.is_toll
                                and x.outcome in (Outcome.KILLED, Outcome.WOUNDED) and not x.part_of and not x.cumulative]
                        everyone = sum(x.best or 0 for x in told)
                        same = sum(x.best or 0 for x in told if x.outcome == t.outcome)
                        # (or of those like it: "Two soldiers and three militants were killed ... A third
                        # soldier was wounded")
                        alike = sum(x.best or 0 for x in told if t.rank_victims not in (None, Victims.TOTAL) and x.victims == t.rank_victims)
                        # (the one who did it may be counted or not: "killed three people before being shot
                        # dead by police. A fifth person was hurt"; "killed two people before turning the gun
                        # on himself. A third person was wounded")
                        victims_only = sum(x.best or 0 for x in told if x.victims != Victims.PERPETRATORS)
                        # (or the people of its own noun in the toll before: "killing a woman and her two
                        # children ... A third child survived with burns")
                        by_noun = _counted_by_noun(told, c.text)
                        if rank_base.outcome != t.outcome and t.ordinal - 1 in (rank_base.best, everyone, alike, victims_only, by_noun):
                            c = replace(c, low=1, best=1, high=1)
                            if same and t.ordinal - 1 == by_noun:
                                # (one more beside those of its outcome told with them: "Three teenagers
                                # were wounded and a woman was killed. A fourth teenager was injured" = 4 hurt)
                                t = replace(t, additional=True)
                        elif rank_base.outcome == t.outcome and same != t.ordinal - 1 == everyone:
                            c = replace(c, low=1, best=1, high=1)
                            t = replace(t, additional=True)
                        elif same == t.ordinal - 1 and sent_mentions and all(
                                x.place_id and m.place_id != x.place_id and not contains(m.place_id, x.place_id, gaz)
                                for x in told if x.outcome == t.outcome for m in sent_mentions):
                            # "... killing six people. A seventh person was killed in the village of
                            # Lyptsi": seven in all, the one more where its own sentence says
                            c = replace(c, low=1, best=1, high=1)
                            t = replace(t, additional=True)
                    if (t.victims, t.outcome) not in kinds and closes_note:
                        # "Fatalities: 2." is of the note it closes: that note's event, the one of its dead
                        # where it told of them ("bandits killed 5 villagers and abducted 30. Fatalities:
                        # 5." is a killing, not an abduction)
                        told = next((x for x in reversed(claims) if x.sentence_start >= p0 and x.outcome == t.outcome),
                                    claims[-1])
                        kinds[(t.victims, t.outcome)] = (told.event_type, told.acled_event_type, told.acled_sub_event_type)
                    if (t.victims, t.outcome) not in kinds:
                        ev = event_type(sentence, t.victims, t.outcome, story_kind)
                        if ev in (EventType.DISASTER, EventType.ACCIDENT):
                            story_kind = ev  # (the next toll that names no event is of this kind)
                        kinds[(t.victims, t.outcome)] = (ev, *acled(ev, sentence, t.victims, t.outcome))
                    event, acled_type, acled_sub = kinds[(t.victims, t.outcome)]
                    said = base
                    if first_rep is not None and c.start - s0 < split_at:
                        said = dict(base, **_said_by(first_rep, article.outlet))
                    if k in own_days:
                        said = dict(said, date_start=own_days[k][0], date_end=own_days[k][1], date_text=own_days[k][2])
                    # ("A decade after gunmen stormed the mall, killing 67 people": an event years before)
                    lapse = _EARLIER_LAPSE_BEFORE.search(sentence, max(0, c.start - s0 - 200), c.start - s0) is not None
                    # ("..., where last week eight peacekeepers died": the place's earlier event)
                    earlier_there = earlier_opening or _EARLIER_CLAUSE_BEFORE.search(
                        sentence, max(0, c.start - s0 - 140), c.start - s0) is not None
                    claim = Claim(
                        claim_id=_claim_id(article.id, c.start, t.end, "toll"), event_type=event,
                        acled_event_type=acled_type, acled_sub_event_type=acled_sub, outcome=t.outcome,
                        victims=t.victims, low=c.low, best=c.best, high=c.high, qualifier=c.qualifier, vague=c.vague,
                        count_text=text[c.start:t.end], start=c.start, end=t.end,
                        cumulative=background and k not in own_days or said_cumulative[k] or lapse or earlier_there or looking_back and own_date is None
                        or _earlier_event_toll(sentence, c.start - s0, published)
                        or _earlier_month_clause(sentence, c.start - s0, published),
                        additional=t.additional, revision=t.revision, **said,
                    )
                    days = _DAYS_AFTER_LEAD.search(sentence, max(0, c.start - s0 - 160), c.start - s0) \
                        if claim.date_start == claim.date_end else None
                    if days is not None and claim.date_start:
                        # "..., two days after a market bombing in the city killed 14 people": that day's
                        n = 1 if days.group("n").lower() == "a" else to_int(days.group("n")) or 0
                        claim.date_start = claim.date_end = (dt.date.fromisoformat(claim.date_start) - dt.timedelta(days=n)).isoformat()
                        claim.notes.append(f"told as {n} {DAYS_BEFORE_NOTE}")
                    elif days is not None and not claim.cumulative:
                        # ... and where no day says when the story's own news was: an earlier event
                        # told beside it, context ("A car bomb rocked Homs just a day after twin blasts in
                        # the capital killed almost 30 people", then "left at least 4 people dead")
                        claim.cumulative = True
                        claim.notes.append("an earlier event (days before the story's): context, not new deaths")
                    if (lapse or lent_past) and s0 < lead_end and not looking_back \
                            and not any(x.is_toll and not x.cumulative for x in claims):
                        looking_back = True
                    if used is sent_mentions and sent_mentions and not t.breakdown and k + 1 < len(tolls) \
                            and tolls[k + 1].breakdown and tolls[k + 1].outcome == t.outcome \
                            and all(m.start > tolls[k + 1].count.start for m in sent_mentions) \
                            and len(attached_places(text, tolls[k + 1].end, sent_mentions, gaz)) == len(sent_mentions):
                        # "at least 91 people died, including 14 police officers in Sirajganj": the
                        # part's place, not the whole's: the whole is where the sentences before put it;
                        # where none before it says where ("On 3 May, gunmen killed 3 civilians including a
                        # child in X."), the place the sentence names is the whole's too
                        near = drop_qualifying(text, [m for m in nearest_sentence_places(para_mentions, para_starts, s0, s0)
                                                      if m.start < s0 and not distance_anchor(text, m)], gaz)
                        whole = best_area(near, False, places, gaz) if near else None
                        if whole is not None:
                            for f, v in place_fields(whole).items():
                                setattr(claim, f, v)
                            claim.place_mentions = [mention_ref(m) for m in near]
                    elif used is sent_mentions and not t.breakdown and k + 1 < len(tolls) and tolls[k + 1].breakdown \
                            and tolls[k + 1].by_place and tolls[k + 1].outcome == t.outcome \
                            and 0 < sum(m.start > tolls[k + 1].count.start for m in sent_mentions) < len(sent_mentions):
                        # "strikes across the Gaza Strip killed at least 40 people, including 15 who were
                        # sheltering in a school in Nuseirat": the whole's places are those before its part's
                        whole_own = [m for m in sent_mentions if m.start < tolls[k + 1].count.start]
                        for f, v in place_fields(area_for(whole_own, gaz, places.focus)).items():
                            setattr(claim, f, v)
                        claim.place_mentions = [mention_ref(m) for m in whole_own]
                    elif len(sent_mentions) > 1:
                        nxt = tolls[k + 1].count.start if k + 1 < len(tolls) else s1
                        own = attached_places(text, t.end, sent_mentions, gaz, nxt) or fronted_places(
                            text, c.start, s0, sent_mentions, gaz)
                        if not own and k + 1 < len(tolls) and (_LIST_JOINED.fullmatch(text, t.end, tolls[k + 1].count.start)
                                                               or _SECOND_OUTCOME.fullmatch(text, t.end, tolls[k + 1].count.start)):
                            # ... or, one of a list, the list's: "killed a farmer and two herders in
                            # Kaduna's Kajuru district" (the farmer's place is the herders'); and so is
                            # the first of one verb's two outcomes: "killed four people and wounded 11
                            # others in Fallujah"
                            own = attached_places(text, tolls[k + 1].end, sent_mentions, gaz,
                                                  tolls[k + 2].count.start if k + 2 < len(tolls) else s1)
                        if not own and len(tolls) > 1 and not t.breakdown:
                            # ... else those of its own clause, before it, that the sentence's other
                            # tolls do not name as theirs ("an air strike in Sagaing region that killed
                            # 31 people, and a massacre of 17 men in Magway region": Sagaing's 31)
                            if tolls_own is None:
                                tolls_own = tolls_own_places(text, tolls, sent_mentions, gaz, s1)
                            others_own = set().union(*(o for j, o in enumerate(tolls_own) if j != k))
                            own = [m for m in sent_mentions if id(m) in tolls_own[k]] or (
                                clause_places(text, c.start, sent_mentions, others_own) if others_own else [])
                            if not own and others_own:
                                own = clause_places_after(text, t.end, nxt, sent_mentions, others_own)
                            if not own and others_own:
                                # ... else, told as a participle, those of the clause before it ("ambushed
                                # a patrol in Dera Ismail Khan district, killing five policemen, and in a
                                # separate attack in Lakki Marwat killed four")
                                own = participle_places(text, c.start, s0, sent_mentions, others_own)
                            if not own and others_own:
                                # ... else the places between it and the next toll that no other toll holds,
                                # past commas too ("... 54 people were killed in Zike, Bassa LGA, and four
                                # farmers in Wase": Bassa; not a clause of who said it before the toll,
                                # "According to the police commander in Kisumu, three officers were killed")
                                # (or the place the sentence opens on: "In Ramadi, a car bomb caused three
                                # deaths and eight injuries, while ... in Fallujah")
                                own = [m for m in sent_mentions if id(m) not in others_own and (
                                    t.end <= m.start < nxt or _OPENING_LOCATIVE.fullmatch(text, s0, m.start))]
                        if not own and (cut := _SAID_THEN.search(text, t.end, s1)) is not None:
                            # ... else, where the sentence goes on past its attribution to something else,
                            # the places before that ("The death toll in Jiribam district rose to 11,
                            # police said, as authorities extended the curfew in Imphal East": Jiribam's)
                            own = [m for m in sent_mentions if m.end <= cut.start()]
                        if own and len(own) < len(sent_mentions):
                            # "attacked Ituri, killing 9 people in Kalemie": Kalemie's toll
                            for f, v in place_fields(area_for(own, gaz, places.focus)).items():
                                setattr(claim, f, v)
                            claim.place_mentions = [mention_ref(m) for m in own]
                    if others_named and used is sent_mentions and (own := attached_places(text, t.end, sent_mentions, gaz)) \
                            and OTHER_PLACES_AFTER.match(text, own[-1].end) and len({m.country for m in own}) == 1 \
                            and (country := gaz.country_place(own[0].country)) is not None:
                        # "shot dead 23 protesters in Nairobi and other towns": the country's toll, not
                        # the one town's
                        for f, v in place_fields(place_area(country)).items():
                            setattr(claim, f, v)
                        claim.place_mentions = [mention_ref(m) for m in own]
                    if not any(m.kind != PlaceKind.COUNTRY for m in sent_mentions) \
                            and claim.place_kind not in (PlaceKind.COUNTRY, PlaceKind.UNLOCATED, None) \
                            and (wide_at := COUNTRY_WIDE.search(text, t.end, min(s1, t.end + 80))) is not None \
                            and ";" not in text[t.end:wide_at.start()]:
                        # "More than 300 people were injured nationwide": the country's figure, not
                        # the towns its paragraph names (a sentence naming its own places keeps them:
                        # "19 wounded in other attacks across Iraq, including in Baghdad, Baiji ...")
                        wide = focus_area(False)
                        if wide is not None and wide["kind"] == PlaceKind.COUNTRY and wide["country"] == claim.country:
                            for f, v in place_fields(wide).items():
                                setattr(claim, f, v)
                            claim.place_mentions = []
                    if used is sent_mentions and len(tolls) > 1 and claim.place_id and not claim.cumulative \
                            and not (k > 0 and _SECOND_OUTCOME.fullmatch(text, tolls[k - 1].end, c.start)) \
                            and names_own_unknown_place(text, s0, c.start, t.end, unknown_spans, unknown_starts) \
                            and not attached_places(text, t.end, sent_mentions, gaz,
                                                    tolls[k + 1].count.start if k + 1 < len(tolls) else s1) \
                            and not fronted_places(text, c.start, s0, sent_mentions, gaz):
                        # one of a sentence's tolls told at its own place, unknown to the gazetteer ("In
                        # Kadawa, 22 people were killed, while 11 died in Tsanu and 7 in Maradun"): not
                        # the place the sentence names for another, unlocated in its country (but the
                        # second outcome of one verb's, "killed 3 children and injured another in X", is
                        # where the first is: the place after it is both's)
                        _unlocated_in_country(claim)
                        claim.place_mentions = []
                    if not used and claim.place_kind == PlaceKind.COUNTRY and not claim.cumulative \
                            and (unknown_here or names_unknown_place(text, t.end, unknown_starts)
                                 # (a note that says where with a name the gazetteer lacks: "attacked an
                                 # SNA base in Masagawa (Ceel Buur, Galgaduud) ... Fatalities: 47.")
                                 or note_unknown):
                        # "38 people killed in Masisi territory" (no Masisi in the gazetteer): a
                        # toll of a place in the country, unlocated there, not the country's own
                        # figure (which would count the country's other places as within it)
                        _unlocated_in_country(claim)
                    if t.additional and not used and not claim.cumulative and claim.place_kind in (
                            PlaceKind.COUNTRY, PlaceKind.UNLOCATED) and not ELSEWHERE.search(sentence):
                        # "Taliban fighters attacked a checkpoint in Kunduz ...", then a paragraph of
                        # its own: "Six attackers were also killed in the gunfight": beside that toll,
                        # where it is (not the story's country)
                        prior = next((x for x in reversed(claims[-8:]) if x.is_toll and x.sentence_start < s0
                                      and not x.cumulative and x.place_id and c.start - x.end < ORDINAL_REACH), None)
                        if prior is not None and prior.place_kind not in (PlaceKind.COUNTRY, PlaceKind.UNLOCATED) \
                                and (not claim.country or claim.country == prior.country):
                            _take_place(claim, prior)
                            claim.notes.append("said to come beside the toll before it: placed where that one is")
                    if t.victims == Victims.TOTAL and totalish is None:
                        totalish = bool(TOTAL_WORDS.search(sentence) or CLOSING_COUNT.match(sentence))
                    claim.is_total = t.victims == Victims.TOTAL and bool(totalish)
                    # "the death toll rose to nine after two bodies were pulled out": the two are
                    # among the nine, not another figure for them (past who said it: "has risen
                    # to 16, the public defender's office said on Wednesday, after two wounded men
                    # died"), however many "more" they were ("after rescuers recovered four more bodies")
                    rise_cause = head is not None and head.is_total and claim.is_total and head.outcome == t.outcome \
                        and c.best < (head.best or 0) and 0 <= c.start - head.end <= RISE_PAST_SAYER_REACH \
                        and RISE_CAUSE.search(text, head.end if c.start - head.end <= RISE_REACH else c.start - RISE_CAUSE_BEFORE,
                                              c.start) is not None
                    whole = head if head is not None and head.is_total else last_people.get(t.outcome)
                    if whole is not None and whole.outcome == t.outcome and t.victims != Victims.TOTAL \
                            and not t.breakdown and _other_people(whole.count_text, claim.count_text):
                        claim.additional = True  # people of another country beside the total's: "killed 12
                        # Palestinians ... One Israeli soldier was killed" (13 dead)
                    if t.additional and not rise_cause:
                        pass  # more dead beside the total, never a part of it
                    elif t.breakdown or (head is not None and head.is_total and t.victims != Victims.TOTAL
                                         and not _died_after_toll(claim)
                                         # (not people of another country than the total's: "killed 12
                                         # Palestinians ... One Israeli soldier was killed")
                                         and not _other_people(head.count_text, claim.count_text)):
                        parent = head if head is not None and head.outcome == t.outcome else last_total
                        if t.breakdown and (parent is None or parent.outcome != t.outcome):
                            parent = last_people.get(t.outcome)  # "15 of the dead were ...": the toll before
                        if t.breakdown and (parent is None or parent.outcome != t.outcome) \
                                and (prior := _last_toll_before(claims, t.outcome, s0)) is not None \
                                and not prior.cumulative and not prior.part_of and (prior.best or 0) >= c.best:
                            parent = prior  # ("killing 17 worshippers ... Among the dead were three children")
                        if parent is not None and parent.part_of and parent.sentence_start == s0 and t.breakdown:
                            # (a part beside a part of the same sentence is of that one's whole: "Nine of the
                            # bodies were found inside a van and two more beside it")
                            parent = next((x for x in reversed(claims) if x.claim_id == parent.part_of), parent)
                        if parent is not None and parent.outcome == t.outcome:
                            claim.part_of = parent.claim_id
                            if t.breakdown and parent.sentence_start != s0:
                                # (who the dead were, said apart: of the same event as their toll)
                                _take_event(claim, parent)
                            if not sent_mentions and parent.place_id:
                                # a part named without a place is where its toll is
                                _take_place(claim, parent)
                    elif inherits and last_total is not None and last_total.outcome == t.outcome:
                        claim.part_of = last_total.claim_id
                    elif rise_cause:
                        claim.part_of = head.claim_id
                        claim.additional = False
                    elif head is not None and head.is_total and claim.is_total and head.outcome == t.outcome \
                            and (head.best or 0) < c.best and not head.part_of and not claim.cumulative \
                            and RISE_TO.search(text, head.end, c.start):
                        # "two more bodies were found, bringing the death toll to 14": the two are among the 14
                        head.part_of = claim.claim_id
                        head.additional = False  # (not beside it: "Five of the injured died, bringing the toll to 73")
                    elif head is not None and head.outcome == t.outcome and (head.best or 0) < c.best and not head.part_of \
                            and not claim.cumulative and head.sentence_start == s0 and AMONG_TOTAL.search(text, head.end, c.start):
                        # "Seven members of one family were among 12 people killed": the seven are of the twelve
                        head.part_of = claim.claim_id
                        head.additional = False
                    hit = last_people.get(Outcome.WOUNDED)
                    before_hit = None  # the hurt of the sentence before, when they are whom this one speaks of
                    linked = False
                    if t.of_the_last and last_before is not None and last_before.is_toll and last_before.outcome == Outcome.WOUNDED \
                            and not last_before.cumulative and last_before.victims != Victims.PERPETRATORS \
                            and (t.victims in (Victims.TOTAL, last_before.victims)
                                 # ("three others were injured ... Of them, one jawan succumbed": one of the hurt
                                 # told before, whoever they were)
                                 or last_before.victims == Victims.TOTAL and t.victims != Victims.PERPETRATORS
                                 and _OF_THEM_OPENING.match(sentence) is not None):
                        hit = last_before  # (the people hurt, whoever they were: "a teacher was shot", "Two
                        # journalists were wounded ... One of them later died")
                        if (hit.best or 0) <= c.best and not t.pronoun:
                            # (of the largest figure of the hurt of that sentence: "wounding seven others
                            # and a teacher. One of the wounded died")
                            hit = max((x for x in claims[-6:] if x.sentence_start == last_before.sentence_start
                                       and x.is_toll and x.outcome == Outcome.WOUNDED and not x.cumulative),
                                      key=lambda x: x.best or 0)
                        before_hit = hit
                    # (or of the hurt of their kind told before in the paragraph: "3 soldiers were injured ...
                    # Three terrorists were also killed ... A soldier later succumbed to his injuries")
                    same_kind = False
                    if t.of_the_last and before_hit is None and t.victims not in (None, Victims.TOTAL) and not t.pronoun:
                        kin = next((x for x in reversed(claims) if x.sentence_start >= p0 and x.is_toll
                                    and x.outcome == Outcome.WOUNDED and x.victims == t.victims
                                    and not (x.cumulative or x.part_of or x.additional)), None)
                        if kin is not None:
                            hit, same_kind = kin, True
                    if t.of_the_last and t.outcome == Outcome.KILLED and hit is not None and (hit is last_before or hit is before_hit or same_kind) \
                            and (hit.sentence_start >= p0 or hit is before_hit and _OF_THEM_OPENING.match(sentence)
                                 # ("The injured man was admitted to a hospital, where he died", a paragraph on)
                                 or t.pronoun and _THE_HURT_ONE.match(c.text) is not None) \
                            and hit.claim_id not in subtracted \
                            and ((hit.best or 0) > c.best and not t.pronoun or t.pronoun and hit.best == c.best == 1) \
                            and (not FOUND_DEAD.search(sentence) or DIED_LATER.search(sentence) or SHOT_WORD.search(hit.sentence)):
                        # "Seven people were shot ... Two of them died.": two of the seven died, five
                        # are wounded (the figure before is the people hit, this step's own claim)
                        _some_died(hit, c.best, claim.count_text, subtracted)
                        told_died.setdefault(s0, []).append(hit)
                        linked = True
                        if t.pronoun:
                            claim.victims = hit.victims  # ("a teacher was shot ... He died": a civilian)
                        if (not sent_mentions or t.pronoun) and hit.place_id:
                            # (dead where they were hurt, not where they died: "He was pronounced dead
                            # at Penn Presbyterian Medical Center")
                            _take_place(claim, hit)
                        # ... and deaths beside those killed outright ("Three people died ... One of
                        # the injured died of his injuries ten days later": four dead; not when the
                        # sentence gives the new total: "bringing the death toll to 73")
                        # (and the one hurt who died, told by a pronoun or as "the injured man", is one more
                        # beside those killed outright: "Two men were beaten to death and a third was
                        # injured. He died in hospital" is three dead)
                        if (DIED_OF_WOUNDS.match(text, c.start, s1) or t.pronoun) and not TOLL_NOW.search(text, t.end, s1) \
                                and not (t.pronoun and _told_with_them(claims, hit, c.best)):
                            claim.additional = True
                    if (t.ordinal > 1 or t.next_by_rank) and t.outcome == Outcome.KILLED and not linked and hit is not None \
                            and hit.claim_id in subtracted and hit.sentence_start >= p0 and (hit.best or 0) >= 1 \
                            and (t.next_by_rank or sum(x.best or 0 for x in claims if x.start > hit.start and x.outcome == Outcome.KILLED
                                                       and x.is_toll and not x.cumulative) == t.ordinal - 1):
                        # "Five people were shot ... One man died at the scene; a second died in hospital":
                        # one more of the people hit died (the rank says how many so far)
                        _some_died(hit, 1, claim.count_text, subtracted)
                    if t.pronoun and not linked:
                        continue  # "He died ...", with no one hurt just before: someone already counted
                    if head is None or claim.is_total and not head.is_total:
                        head = claim
                    if claim.is_total:
                        last_total = claim
                    if claim.victims == Victims.TOTAL and not claim.part_of and not claim.cumulative and not claim.additional:
                        last_people[claim.outcome] = claim  # (not more beside a toll: "... and seven more on Monday")
                    if closes_note and claim.is_total and not claim.additional:
                        # "3 fatalities." counts every dead of the note it closes: "killing a driver
                        # and 2 passengers" were three, the driver no one beside them
                        for x in claims[para_claims:]:
                            if x.additional and x.is_toll and x.outcome == claim.outcome and not x.cumulative:
                                x.additional = False
                        # ... and is the note's figure over another source's it quotes ("Local sources
                        # reported 15 dead. Fatalities: 12."): that figure stays a version of it
                        if claim.revision == Revision.NONE and any(
                                x.is_toll and x.outcome == claim.outcome and x.victims == Victims.TOTAL and x.best != claim.best
                                and not (x.part_of or x.cumulative) and x.reported_by != claim.reported_by
                                for x in claims[para_claims:]):
                            claim.revision = Revision.REVISED
                    claims.append(claim)
                    made_toll = True
                    if note_reporter is None and not claimant:
                        note_reporter = rep  # (never an attacker's own claim: "JNIM claimed 20 killed. 9 fatalities.")
                if made_toll and last_before is not None:
                    _hit_then_parts(claims, last_before, s0, p0, subtracted, told_died)
                if not made_toll and area is not None and sent_mentions:
                    claims.extend(_event_claims(article, sentence, sent_mentions, base, gaz))
            _link_breakdowns([c for c in claims[para_claims:] if c.is_toll])
            if stopped:
                break
        if stopped:
            break
    if refined:
        _unrefine(claims, refined)
    _earlier_events(claims, article)
    _same_as_running_total(claims)
    _placed_by_follow_up(claims, places, loc_mentions, gaz)
    _title_restates_lead(claims, article)
    _one_by_one(claims)
    _one_day_alone(claims)
    _recovered_so_far(claims)
    _murder_suicide(claims, text)
    _bodies_found_hold_the_killer(claims)
    _listed_parts(claims)
    _parts_told_apart(claims)
    _days_of_periods(claims)
    _attackers_among_dead(claims, text)
    _the_rest_of_a_toll(claims)
    _found_where(claims, text, gaz)
    if ignored and notes is not None:
        shown = ", ".join(f"{c.text[:12]}{'…' if len(c.text) > 12 else ''} ({len(c.text):,} characters)" for c in ignored[:3])
        notes.append(f"{len(ignored)} figure(s) larger than any count of people were ignored: {shown}")
    return claims


_MURDER_SUICIDE = gated(lang.get().tolls.MURDER_SUICIDE)
_SHOT, _HURT_WORDS = (gated(p) for p in lang.get().tolls.SHOT_NOT_HURT)
_BODIES_FOUND = gated(lang.get().tolls.BODIES_FOUND)
_OF_THEM_OPENING = gated(lang.get().tolls.OF_THEM_OPENING)
_THE_TOLL = gated(lang.get().tolls.THE_TOLL)


def _killers_deaths(claims: list[Claim]) -> set[int]:
    """The sentences (their starts) that tell an attacker killed."""
    return {c.sentence_start for c in claims if c.is_toll and c.outcome == Outcome.KILLED and c.victims == Victims.PERPETRATORS}


def _murder_suicide(claims: list[Claim], text: str) -> None:
    """In a story of a murder-suicide, the people its killer shot in the sentence that tells him
    killing himself died: "Investigators believe a man shot his wife and teenage son before
    turning the gun on himself" (two dead, not two hurt), unless the sentence says they were hurt;
    a toll the killer is told as one of holds him ("Three people were found dead")."""
    if not _MURDER_SUICIDE.search(text):
        return
    killed_himself = _killers_deaths(claims)
    for c in claims:
        if c.is_toll and c.outcome == Outcome.WOUNDED and c.victims != Victims.PERPETRATORS and c.sentence_start in killed_himself \
                and _SHOT.search(c.sentence) and not _HURT_WORDS.search(c.sentence):
            c.outcome = Outcome.KILLED
            c.notes.append("shot by the killer of a murder-suicide: dead")
    # ... and the dead found of a murder-suicide are its killer too ("Three people were found dead")
    wholes = {c.claim_id: c for c in claims if c.is_toll}
    for c in claims:
        if c.victims == Victims.PERPETRATORS and c.part_of in wholes:
            wholes[c.part_of].holds_attackers = True


def _bodies_found_hold_the_killer(claims: list[Claim]) -> None:
    """The bodies found after a killer's own death is told beside his killings, one more than
    those he killed, are his too: "shot his wife and their two children before turning the gun on
    himself. Officers found the bodies of the four" (a total that holds him)."""
    killed_himself = _killers_deaths(claims)
    if not killed_himself:
        return
    shot = max((c.best or 0 for c in claims if c.is_toll and c.outcome == Outcome.KILLED and c.sentence_start in killed_himself
                and c.victims != Victims.PERPETRATORS and not c.part_of and not c.cumulative), default=0)
    for c in claims:
        if shot and c.is_toll and c.outcome == Outcome.KILLED and c.victims == Victims.TOTAL and c.best == shot + 1 \
                and not c.cumulative and c.sentence_start not in killed_himself and _BODIES_FOUND.search(c.sentence):
            c.holds_attackers = True


def _days_of_periods(claims: list[Claim]) -> None:
    """A part of a period's toll that is one day's own ("has killed 38 people since March,
    including six in Nairobi on Tuesday night") is that day's deaths: counted as news, while the
    period's figure stays context (a part of context would be counted nowhere)."""
    period = {c.claim_id for c in claims if c.is_toll and c.cumulative}
    for c in claims:
        if c.part_of in period and c.is_toll and not c.cumulative:
            c.part_of = None
            c.notes.append("a day's deaths inside a period's figure: news, the period's figure context")


def _attackers_among_dead(claims: list[Claim], text: str) -> None:
    """The dead of the side that attacked are the perpetrators, kept apart from the dead they
    made: "A Taliban ambush killed four police officers. Six Taliban fighters were also killed"
    (their group, named as the attacker anywhere in the article), "Gunmen stormed the camp ...
    three militants were killed" (their kind alone, in a paragraph whose attackers are the only
    armed group it names: a note of its own, in a file of conflict-event notes, has its own
    attackers). Fighters no attacker is named for stay fighters ("a drone strike killed six
    militants": the strike's dead), and so do another group's ("an ambush by the Islamic State
    killed six Sunni tribal fighters")."""
    dead = [c for c in claims if c.is_toll and c.outcome == Outcome.KILLED and not c.is_total
            and c.victims in (Victims.FIGHTERS, Victims.TOTAL)]
    if not dead:
        return
    found: list[tuple[int, str]] | None = None  # (found on first need: most dead are no group's)
    notes: bool | None = None  # whether the text is a file of notes, looked at on first need
    groups: list[tuple[int, int, str]] = []
    for c in dead:
        keys = group_keys(c.count_text)
        generic = not keys and c.victims == Victims.FIGHTERS and not any(
            w[:1].isupper() or w.lower() in OTHER_SIDE for w in c.count_text.split()[1:])
        if not keys and not generic:
            continue
        if found is None:
            groups = named_groups(text)
            found = attacks(text, groups)
        verb = None if keys else _KILLED_AS_OBJECT.search(text, max(c.sentence_start, c.start - 40), c.start)
        if verb is not None and not _STATE_AGENTS.search(text, c.sentence_start, verb.start()):
            continue  # the attackers' victims ("Gunmen ... killed 12 members of a local militia"; not
            # their own named dead: "The bomb exploded prematurely and killed two UVF members")
        by = _KILLED_BY_AFTER.match(text, c.end, c.sentence_end)
        if by is not None and not _STATE_AGENTS.search(by.group("agent")):
            continue  # ... and told the other way round: "Seven rebel commanders were killed by a suicide bomber"
        p0 = text.rfind("\n", 0, c.sentence_start) + 1
        p1 = text.find("\n", c.sentence_start)
        p1 = len(text) if p1 < 0 else p1
        if keys:
            # (named as the attacker anywhere in the article; in a file of notes, in the note: "US
            # AFRICOM conducted an airstrike near Jilib, killing 3 Al Shabaab fighters" are the
            # strike's dead, whatever Al Shabaab did in the notes before)
            if notes is None:
                notes = notes_file(text)
            hit = any(k in keys for at, k in found if not notes or p0 <= at < p1)
        else:
            who = {k for at, k in found if p0 <= at < p1}
            hit = bool(who) and {k for at, _, k in groups if p0 <= at < p1} <= who
        if hit:
            c.victims = Victims.PERPETRATORS
            c.notes.append("of the side that attacked: perpetrators")


def _hit_then_parts(claims: list[Claim], hit: Claim, s0: int, p0: int, subtracted: set[str],
                    told_died: dict[int, list[Claim]]) -> None:
    """"Five people were shot. Three were killed and two were taken to hospital.": the five are
    everyone hit, the sentence after them its parts: the hurt are two, not five beside them (the
    figure of the hit becomes the hurt's, so the two say the same, once)."""
    if hit.sentence_start in told_died:
        _more_of_them_died(claims, hit, s0, told_died)
        return
    if not (hit.is_toll and hit.outcome == Outcome.WOUNDED and hit.sentence_start >= p0 and not hit.cumulative
            and hit.claim_id not in subtracted and hit.best and SHOT_WORD.search(hit.sentence)):
        return
    if any(c.is_toll and c.outcome == Outcome.KILLED and c.sentence_start == hit.sentence_start and not c.cumulative
           for c in claims[-8:]):
        return  # the hurt told beside their dead are the rest already: "1 protester was shot dead and
        # 12 others injured. Fatalities: 1." (twelve hurt)
    own = [c for c in claims[-6:] if c.sentence_start == s0 and c.is_toll and not c.part_of and not c.cumulative
           and not c.additional]
    dead = [c for c in own if c.outcome == Outcome.KILLED]
    hurt = [c for c in own if c.outcome == Outcome.WOUNDED]
    if len(dead) == 1 and len(hurt) == 1 and dead[0].best and dead[0].best + (hurt[0].best or 0) == hit.best:
        _some_died(hit, dead[0].best, dead[0].count_text, subtracted)
    elif dead and not hurt:
        _who_of_them_died(claims, hit, dead, s0, p0, subtracted, told_died)


def _exact_dead(dead: list[Claim]) -> bool:
    """Whether the dead of a sentence are each an exact figure of victims (not the attackers)."""
    return all(c.best and (c.low, c.high) == (c.best, c.best) and c.victims != Victims.PERPETRATORS for c in dead)


def _more_of_them_died(claims: list[Claim], before: Claim, s0: int, told_died: dict[int, list[Claim]]) -> None:
    """The sentence right after one that told who of the people hit died, telling only who else
    of them died: "Officers found five people with gunshot wounds. A 19-year-old man was pronounced
    dead at the scene. A 20-year-old woman died later in hospital." (two dead, three hurt; not the
    woman one more beside the four left). Fewer dead than those still counted hurt, no toll between."""
    lowered = told_died[before.sentence_start]
    if any(c.is_toll and before.sentence_end <= c.sentence_start < s0 for c in claims):
        return
    own = [c for c in claims[-6:] if c.sentence_start == s0 and c.is_toll and not c.cumulative and not c.additional]
    dead = [c for c in own if c.outcome == Outcome.KILLED
            and (not c.part_of or any(c.part_of == x.claim_id for x in claims if x.outcome == Outcome.KILLED and x.sentence_start < s0))]
    if not dead or len(dead) != len(own) or not _exact_dead(dead):
        return
    n = sum(c.best for c in dead)
    if n >= (lowered[0].best or 0):
        return
    for t in lowered:
        _fewer(t, n, f"{n} more of them died ({dead[0].count_text!r}): wounded are the rest")
    told_died[s0] = lowered
    if not any(x.is_toll and x.outcome == Outcome.KILLED and not x.cumulative and x.sentence_start not in told_died
               for x in claims if x.sentence_start < s0):
        for c in dead:  # (others than those told dead before, with no toll of the dead to hold them all)
            c.additional = True


def _who_of_them_died(claims: list[Claim], hit: Claim, dead: list[Claim], s0: int, p0: int, subtracted: set[str],
                      told_died: dict[int, list[Claim]]) -> None:
    """The sentence right after the people hit telling only who of them died: "Four people were shot
    near a school. A 17-year-old boy was killed." (one dead, three hurt; not one more dead beside
    four). The hit told by a number ("Four people", not "a child and a woman"), the sentence's one
    figure of the hurt, no toll between; the dead not the attackers, fewer than the hit. The title's
    same figure of the hit is theirs too ("2 teens among 4 shot near school")."""
    if hit.sentence_end > s0 or any(c.is_toll and hit.sentence_end <= c.sentence_start < s0 for c in claims):
        return
    hurt = [x for x in claims[-8:] if x.sentence_start == hit.sentence_start and x.is_toll and x.outcome == Outcome.WOUNDED
            and not x.part_of]
    if len(hurt) != 1 or hurt[0].cumulative or hurt[0].additional or hurt[0].claim_id in subtracted \
            or not _HEADCOUNT.match(hurt[0].count_text):
        return
    hit = hurt[0]
    if not _exact_dead(dead):
        return
    n, was = sum(c.best for c in dead), hit.best
    if n >= was:
        return
    _some_died(hit, n, dead[0].count_text, subtracted)
    lowered = told_died[s0] = [hit]
    for t in claims:
        if t is not hit and t.is_toll and t.outcome == Outcome.WOUNDED and t.best == was and t.sentence_start < p0 \
                and t.sentence_start == claims[0].sentence_start and t.claim_id not in subtracted and not t.cumulative:
            _some_died(t, n, dead[0].count_text, subtracted)
            lowered.append(t)


def _told_with_them(claims: list[Claim], hit: Claim, n: int) -> bool:
    """Whether a toll of the dead told before already holds the ``n`` of ``hit`` who died: the
    dead of the hit's sentence and them ("Three dead after mob attack" over "Two men were beaten
    to death and a third was injured. He died in hospital"; "Man fatally shot outside diner" over
    "One male victim was located suffering from a gunshot wound. He was pronounced deceased")."""
    outright = sum(x.best or 0 for x in claims if x.is_toll and x.outcome == Outcome.KILLED and not x.cumulative
                   and not x.part_of and x.sentence_start == hit.sentence_start)
    return any(x.is_toll and x.outcome == Outcome.KILLED and not x.cumulative and x.best == outright + n
               and x.sentence_start != hit.sentence_start
               # (with no one killed outright, only the story's first toll: "Man fatally shot outside diner")
               and (outright or x.sentence_start == claims[0].sentence_start) for x in claims)


_THE_HURT_ONE = gated(r"(?i)the\s+(?:injured|wounded)\b")  # "The injured man": the one hurt told before, whichever paragraph

# a count of people by a number ("Four people", "12 men"), not a list of who they were ("a child and a woman")
_HEADCOUNT = gated(lang.get().tolls.HEADCOUNT)


def _some_died(hit: Claim, n: int, said: str, subtracted: set[str]) -> None:
    """``n`` of the people hit (``hit``, this step's own claim) died: the wounded are the rest."""
    _fewer(hit, n, f"{n} of them died ({said!r}): wounded are the rest")
    subtracted.add(hit.claim_id)


def _fewer(c: Claim, n: int, note: str) -> None:
    """``c`` (this step's own claim) counts ``n`` fewer people (never below none), as ``note`` says."""
    c.low, c.best, c.high = (max(0, v - n) if v is not None else None for v in (c.low, c.best, c.high))
    c.notes.append(note)


def _title_end(article: Article) -> int | None:
    """Where the article's title ends in its text, if the text opens with it."""
    if not article.title:
        return None
    at = article.text.find(article.title, 0, 300)  # (under a date line, a "# ")
    return None if at < 0 else at + len(article.title)


RUNNING_TOTAL_ECHO = 100  # a figure this big said again is the same running total, whatever its wording
ROUNDED_TOTAL_SHARE = 0.05  # a round figure up to this share below the article's running total is that total, rounded


def _same_as_running_total(claims: list[Claim]) -> None:
    """A toll that says again a figure the article gives as a running total is that total
    ("Gaza death toll rises to 37,900" over "at least 37,900 Palestinians have been killed in
    Israeli attacks since October 7"): context too, never new deaths beside the day's."""
    # (not an earlier event's own toll: "the deadliest earthquake in recent years, in June 2022 ...,
    # killed more than 1,000" is no running total of this week's "toll has risen to 1,000")
    running = {(c.outcome, c.best) for c in claims if c.is_toll and c.cumulative and c.best and not (
        c.date_end and c.published and dt.date.fromisoformat(c.date_end) < dt.date.fromisoformat(c.published)
        - dt.timedelta(days=RUNNING_TOTAL_DAYS))}
    if not running:
        return
    for c in claims:
        if c.is_toll and not c.cumulative and (c.outcome, c.best) in running and (c.is_total or (c.best or 0) >= RUNNING_TOTAL_ECHO):
            c.cumulative = True
            c.notes.append("the same figure as the article's running total: context, not new deaths")
        elif c.is_toll and not c.cumulative and (c.best or 0) >= RUNNING_TOTAL_ECHO and _round(c.best) and any(
                o == c.outcome and c.best <= r <= c.best * (1 + ROUNDED_TOTAL_SHARE) for o, r in running):
            # ... or that total rounded ("death toll passes 45,000" over "... since the war began to 45,112")
            c.cumulative = True
            c.notes.append("the article's running total, rounded: context, not new deaths")


def _round(n: int) -> bool:
    """Whether a figure is a round one, as a total is rounded in a headline (45,000; 1,200; 300)."""
    return n >= 100 and n % 10 ** (len(str(n)) - 2) == 0


_NOTE_LEAD_LINE = gated(r"(?m)^[ \t]*(?:" + lang.get().places.NOTE_LEAD + ")")


def notes_file(text: str) -> bool:
    """Whether a text is a file of conflict-event notes: two or more paragraphs that each open
    with a full date ("On 3 May 2024, ...")."""
    found = _NOTE_LEAD_LINE.search(text)
    return found is not None and _NOTE_LEAD_LINE.search(text, found.end()) is not None


def _earlier_events(claims: list[Claim], article: Article) -> None:
    """Mark as context (``cumulative``) the tolls told after the lead's paragraph whose own
    dates end before the lead's event (its date, else the publication's) and begin more than
    ``EARLIER_EVENT_DAYS`` before it: background a story gives of earlier events ("Last month,
    ..."), not its news."""
    title_end = _title_end(article) or 0
    body = [c for c in claims if c.is_toll and c.sentence_start >= title_end and not c.cumulative]
    if len(body) < 2 or notes_file(article.text):
        return  # (a file of notes has no lead: each note is its own event, whatever its day)
    lead = body[0]
    ref = dt.date.fromisoformat(lead.date_start) if lead.date_start else article.published
    para_end = article.text.find("\n", lead.sentence_end)
    if ref is None or para_end < 0:
        return
    before = ref - dt.timedelta(days=EARLIER_EVENT_DAYS)
    for c in body[1:]:
        if c.sentence_start > para_end and c.date_start and c.date_end and dt.date.fromisoformat(c.date_end) < ref \
                and dt.date.fromisoformat(c.date_start) < before:
            c.cumulative = True
            c.notes.append(f"an earlier event ({c.date_text}) told after the lead: context, not new deaths")


def _title_restates_lead(claims: list[Claim], article: Article) -> None:
    """A title's toll is its story's: "9 pilgrims killed as militants attack bus in Jammu" over a
    lead's "killing nine people" in Reasi district is one toll, where the lead places it (the
    title's town, a city near the place or the region's name, had made two tolls of it)."""
    title_end = _title_end(article)
    if title_end is None:
        return
    body = [c for c in claims if c.is_toll and c.sentence_start >= title_end]
    for c in claims:
        if not c.is_toll or c.sentence_start >= title_end:
            continue
        if c.outcome == Outcome.WOUNDED and c.best and SHOT_WORD.search(c.sentence) \
                and not any(x.is_toll and x.outcome == Outcome.KILLED and x.sentence_start == c.sentence_start for x in claims):
            # the people a title says were shot, whom the lead tells as the hurt and the dead ("At least
            # 6 people shot near rec center" over "six people were shot, one fatally"): the title's hurt
            # are the lead's five
            split = next(((b, k) for b in body for k in body
                          if b.outcome == Outcome.WOUNDED and k.outcome == Outcome.KILLED and b.sentence_start == k.sentence_start
                          and b.best and k.best and not (b.cumulative or k.cumulative) and b.best + k.best == c.best), None)
            if split is not None and not any(b.outcome == Outcome.WOUNDED and b.best == c.best for b in body):
                _fewer(c, split[1].best, f"{split[1].best} of them died, as the lead says ({split[1].count_text!r}): "
                                         "wounded are the rest")
        # (the armed, whichever word the title has for them: "2 suspects killed in shootout" over
        # "two suspected robbers were killed", the attackers)
        lead = next((b for b in body if b.outcome == c.outcome and b.best == c.best and b.place_id
                     and (b.victims == c.victims or Victims.TOTAL in (b.victims, c.victims)
                          or {b.victims, c.victims} == {Victims.FIGHTERS, Victims.PERPETRATORS})
                     and (not c.country or not b.country or b.country == c.country)), None)
        if lead is not None and not lead.cumulative:
            # ... of the story's kind and day: "Death toll from Chawkbazar blast rises to 23" is the
            # lead's warehouse fire (an accident), not an attack of no day
            _take_event(c, lead)
            if lead.additional and not c.additional and lead.victims == c.victims and not c.part_of:
                # ... and beside whom the lead lists it: "Six labourers killed" over "killing a doctor and
                # six labourers" is the lead's six, the doctor beside them (7 dead, not the doctor among six)
                c.additional = True
            if c.victims in (Victims.TOTAL, Victims.FIGHTERS) and lead.victims not in (Victims.TOTAL, c.victims):
                c.victims = lead.victims  # ... and of its people: "Three dead" over "Three presumed gunmen died"
        if lead is not None and not c.date_start and lead.date_start:
            # ... and of its day or period (a period's tally too: "30 shot, 4 fatally, in weekend violence
            # across Chicago" is the weekend's, which holds the incidents the story tells of it)
            c.date_start, c.date_end = lead.date_start, lead.date_end
        if lead is None or lead.place_id == c.place_id \
                or (c.precision or 9) < (lead.precision or 9) and not _same_name(c.place_name, lead.place_name) \
                and not c.place_kind == lead.place_kind == PlaceKind.LOCALITY:
            continue  # (never to a coarser place than the title's own, unless the lead names it so: a
            # title's "Kano" is the lead's "Kano State"; a town near another is no coarser: "bus falls
            # into gorge in Himachal's Kullu" over the lead's "near Banjar in Kullu district")
        _take_place(c, lead)
        c.notes.append("a title's toll, placed where its story's lead places the same figure")


def _same_name(short: str | None, full: str | None) -> bool:
    """Whether a title's place name is the lead's, said short: "Kano" of "Kano", "Gaza" of "Gaza Strip"."""
    return bool(short and full) and (full == short or full.startswith(short + " "))


def _one_by_one(claims: list[Claim]) -> None:
    """The dead (or hurt) told one by one after their toll are parts of it, not smaller versions
    of it: "Two people were killed ... A 17-year-old boy was pronounced dead at the scene, and a
    19-year-old man died at a hospital" (at the same place or one of the toll's places, and the same day or none, while
    they add up to no more than the toll; one said to be more, "another man died", is not, unless
    it is more than one of them told so: "Three persons were killed ... killing an elderly man. Two
    more bodies were later recovered")."""
    last: dict[str, tuple[Claim, int]] = {}  # outcome -> (its toll of several, how many told since)
    # the figures each sentence tells: one that tells the toll again tells its people beside the
    # one it names ("Six labourers killed", then "killing a doctor and six labourers": no labourer)
    said: dict[int, set[tuple]] = defaultdict(set)
    for c in claims:
        if c.is_toll:
            said[c.sentence_start].add((c.outcome, c.best))
    for c in claims:
        if not c.is_toll or c.cumulative or c.outcome not in (Outcome.KILLED, Outcome.WOUNDED):
            continue
        toll, told = last.get(c.outcome, (None, 0))
        # (more than the part told before them, of the toll: exact, after one told one by one; or the
        # next part of several, after it: "a man was shot dead outside a nightclub ... Hours later, two
        # teenagers were killed")
        after_one = told > 0 and c.low == c.best == c.high and not c.part_of and c.victims != Victims.PERPETRATORS
        more_of_it = after_one and c.additional
        next_part = after_one and not c.additional and not c.is_total
        if (c.best > 1 or c.low != 1 or c.high != 1) and not (more_of_it or next_part):
            if c.victims == Victims.TOTAL and not c.part_of:
                last[c.outcome] = (c, 0)
            continue
        if toll is None or c.additional and not more_of_it or c.part_of or c.sentence_start == toll.sentence_start \
                or (toll.outcome, toll.best) in said.get(c.sentence_start, ()) \
                or _died_after_toll(c) or _other_people(toll.count_text, c.count_text) \
                or c.article_id != toll.article_id or c.place_id != toll.place_id and c.place_id not in toll.parts \
                or (c.date_start and toll.date_start and c.date_start != toll.date_start) or told + c.best > toll.best:
            continue
        c.part_of = toll.claim_id
        if more_of_it:
            c.additional = False
            c.notes.append("more of a toll told before, after one of it told one by one")
        elif c.best > 1:
            c.notes.append("a part of a toll told before, after one of it told one by one")
        else:
            c.notes.append("one of a toll told before, one by one")
        last[c.outcome] = (toll, told + c.best)


_DAY_ALONE = gated(lang.get().tolls.DAY_ALONE)


def _one_day_alone(claims: list[Claim]) -> None:
    """A day's figure said to be that day's alone, after a toll of several days that holds the
    day, is a part of it, not a lower version: "At least 568 people have died over the past six
    days ... the morgue had received 135 bodies on Tuesday alone"."""
    for k, c in enumerate(claims):
        if not c.is_toll or c.cumulative or c.part_of or not c.best or not c.date_start \
                or not _DAY_ALONE.search(c.sentence, c.end - c.sentence_start):
            continue
        whole = next((x for x in reversed(claims[:k]) if x.is_toll and x.outcome == c.outcome
                      and x.article_id == c.article_id and x.sentence_start < c.sentence_start), None)
        if whole is None or whole.part_of or whole.cumulative or (whole.best or 0) <= c.best \
                or not whole.date_start or not whole.date_end or whole.date_start == whole.date_end \
                or not whole.date_start <= c.date_start <= whole.date_end:
            continue
        c.part_of = whole.claim_id
        c.notes.append("one day's own figure inside a toll of several days told before")


_RECOVERED_SO_FAR = gated(lang.get().tolls.RECOVERED_SO_FAR)
_DAYS_AFTER_LEAD = gated(lang.get().tolls.DAYS_AFTER_LEAD)
# the note of a toll an article dates days before its own news (``geo.reconcile`` keeps the two apart)
DAYS_BEFORE_NOTE = "day(s) before the sentence's day"


def _recovered_so_far(claims: list[Claim]) -> None:
    """The bodies recovered so far, after a larger toll of the same deaths, are a part of it,
    not a lower figure nor more dead: "officials fear more than 300 people may have been
    killed ... So far five bodies have been recovered from the debris"."""
    for k, c in enumerate(claims):
        if not c.is_toll or c.outcome != Outcome.KILLED or c.cumulative or c.part_of or not c.best \
                or not _RECOVERED_SO_FAR.search(c.sentence):
            continue
        whole = next((x for x in reversed(claims[:k]) if x.is_toll and x.outcome == c.outcome and x.article_id == c.article_id
                      and x.sentence_start < c.sentence_start and not x.part_of and not x.cumulative), None)
        if whole is None or (whole.best or 0) <= c.best \
                or (whole.event_type in NONVIOLENT or c.event_type in NONVIOLENT) and whole.event_type != c.event_type:
            continue
        c.part_of = whole.claim_id
        c.notes.append("the bodies recovered so far: a part of the toll told before")


_DEFINITE_DEAD, _DEFINITE_DEAD_NOUN = gated(lang.get().tolls.DEFINITE_DEAD), gated(lang.get().tolls.DEFINITE_DEAD_NOUN)


def _found_where(claims: list[Claim], text: str, gaz: Gazetteer) -> None:
    """The dead told before, counted again with "the" at a place inside theirs, are where that says:
    "A man shot and killed his wife, her two adult sons and his mother-in-law at their home in rural
    Harris County ... before turning the gun on himself. Deputies found the five bodies in the home
    near Crosby" (all of them Crosby's, one event, not five more dead there beside Harris County's)."""
    for k, c in enumerate(claims):
        if not c.is_toll or c.cumulative or c.part_of or not c.place_id or not c.best \
                or not _DEFINITE_DEAD.search(text, max(0, c.start - 6), c.start) \
                or not _DEFINITE_DEAD_NOUN.match(text, c.start + len(c.count_text.split()[0])):
            continue
        before = [x for x in claims[:k] if x.is_toll and x.outcome == c.outcome and not x.cumulative
                  and x.sentence_start < c.sentence_start]
        wide = {x.place_id for x in before}
        if not before or len(wide) != 1 or None in wide or c.place_id in wide \
                or sum(x.best or 0 for x in before if not x.part_of) < c.best \
                or not contains(next(iter(wide)), c.place_id, gaz):
            continue
        for x in before:
            _take_place(x, c)
            x.notes.append("where the dead were found, said after")


def _the_rest_of_a_toll(claims: list[Claim]) -> None:
    """A toll told with a part of it ("Seven people, including four soldiers, were killed") and
    then, as the first toll of its kind after it, one of another kind that is exactly the rest
    ("Three of the attackers were killed") is that rest, not more dead (not one said to be more:
    "three attackers were also killed"; nor one placed elsewhere or on another day). The attackers'
    dead are the rest only of a toll said of a clash, where both sides die: an attack's victims are told
    apart from its attackers ("Seven people, including two soldiers, were killed ... Five attackers
    were eliminated" are twelve)."""
    parts_of: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.part_of:
            parts_of[c.part_of].append(c)
    for k, total in enumerate(claims):
        if not total.is_toll or total.victims != Victims.TOTAL or total.part_of or total.cumulative \
                or total.additional or total.outcome not in (Outcome.KILLED, Outcome.WOUNDED) or not total.best:
            continue
        parts = parts_of.get(total.claim_id)
        rest = total.best - sum(c.best or 0 for c in parts) if parts else 0
        if rest <= 0:
            continue
        after = None
        for c in claims[k + 1:]:
            if c.sentence_start - total.sentence_end > LISTED_PARTS_REACH:
                break
            if c.is_toll and c.outcome == total.outcome and c.sentence_start >= total.sentence_end and not c.part_of:
                after = c
                break
        if after is None or after.victims == Victims.TOTAL or after.victims in {c.victims for c in parts} \
                or after.additional or after.cumulative or after.is_total or (after.low, after.best, after.high) != (rest, rest, rest) \
                or after.place_id not in (None, total.place_id) \
                or (after.date_start and total.date_start and after.date_start != total.date_start) \
                or after.victims == Victims.PERPETRATORS and not TRIGGERS[EventType.CLASH].search(total.sentence):
            continue
        after.part_of = total.claim_id
        if after.place_id is None:
            _take_place(after, total)
        after.notes.append("the rest of a toll told before with a part of it")
        if after.victims == Victims.PERPETRATORS:
            total.holds_attackers = True


def _listed_parts(claims: list[Claim]) -> None:
    """Figures listed in one sentence at one place that add up to a toll told just before are its
    parts: "Gunmen killed 37 people in a series of attacks on villages ... killing 24, 8 and 5 people
    respectively" (the 37's three villages the gazetteer lacks, not three more versions of it or 37
    more dead). Parts placed apart stay each place's ("Of the dead, 12 were in Kharkiv and 3 in Sumy")."""
    by_sentence: dict[tuple[int, str], list[Claim]] = {}
    for c in claims:
        if c.is_toll and not (c.part_of or c.cumulative or c.is_total):
            by_sentence.setdefault((c.sentence_start, c.outcome), []).append(c)
    starts = [c.sentence_start for c in claims]
    for (s0, outcome), everyone in by_sentence.items():
        # (the claims of the few sentences before it, nearest first)
        near = claims[bisect_left(starts, s0 - _BREAKDOWN_REACH):bisect_left(starts, s0)]
        whole = None
        # the victims first; with the attackers only when that adds up and the victims alone do
        # not ("left at least 32 people dead ... killing 25 people, and 7 attackers were killed")
        victims = [c for c in everyone if c.victims != Victims.PERPETRATORS]
        for listed in (victims, everyone) if len(victims) < len(everyone) else (victims,):
            # (whoever they were: "Three men were pronounced dead at the scene, and a woman died later";
            # and more beside the first: "16 bodies were recovered on Sunday and seven more on Monday")
            # (a part at a place the gazetteer lacks is at none: "In Kadawa, 22 ..., while 11 died in
            # Tsanu and 7 in Maradun" lists one place)
            if len(listed) < 2 or len({c.place_id for c in listed if c.place_id}) > 1 or all(c.additional for c in listed):
                continue
            total = sum(c.best or 0 for c in listed)
            whole = next((c for c in reversed(near) if c.is_toll and c.outcome == outcome and s0 - c.sentence_end <= LISTED_PARTS_REACH
                          and c.victims == Victims.TOTAL and not (c.part_of or c.cumulative) and c.best == total), None)
            if whole is not None:
                break
        if whole is not None:
            if listed is everyone:
                whole.holds_attackers = True
            ids = {c.claim_id for c in listed}
            # (parts told at a town next to their toll's, not in it, are where the toll is: "Four
            # people ... were wounded outside a Cairo hotel. Two policemen and two hotel guards were
            # wounded ... outside the hotel near the Giza pyramids" is one event, counted at one place)
            beside = _next_door(listed[0], whole)
            for c in listed:
                c.part_of = whole.claim_id
                c.additional = False
                c.notes.append("one of the parts a toll told before adds up to")
                # (of the same event as their toll, whatever their own sentence's words say)
                _take_event(c, whole)
                if beside:
                    _take_place(c, whole)
            for c in claims:
                if c.part_of in ids:  # ("his two brothers and a nephew were among the dead": of the whole toll)
                    c.part_of = whole.claim_id


PARTS_NEXT_DOOR_KM = 50  # parts placed at another town this close to their toll's are at the toll's


def _next_door(part: Claim, whole: Claim) -> bool:
    """Whether a part is placed at another town near its whole's town (two towns, neither holding
    the other), within ``PARTS_NEXT_DOOR_KM``."""
    return part.place_id is not None and whole.place_id is not None and part.place_id != whole.place_id \
        and part.place_kind == whole.place_kind == PlaceKind.LOCALITY \
        and None not in (part.lat, part.lon, whole.lat, whole.lon) \
        and haversine_km(part.lat, part.lon, whole.lat, whole.lon) <= PARTS_NEXT_DOOR_KM


def _parts_told_apart(claims: list[Claim]) -> None:
    """The tolls of the sentences right after a toll, one or more each, that add up to it are its
    parts: "... killing at least 40 people. The shelling of Abu Shouk camp on Saturday killed 27
    people, among them seven children. Another 13 were killed on Sunday when shells hit the
    market" (the weekend's 40, told day by day; not 80 dead, nor versions 40, 27 and 13 of one
    toll). Only the very next tolls of the outcome, none said to be more or of another time, none
    placed elsewhere (parts by place are counted by place)."""
    for k, whole in enumerate(claims):
        if not whole.is_toll or whole.victims != Victims.TOTAL or whole.part_of or whole.cumulative \
                or whole.outcome not in (Outcome.KILLED, Outcome.WOUNDED) or not whole.best or whole.best < 2:
            continue
        run, ids, told = [], set(), 0
        for c in claims[k + 1:]:
            if c.sentence_start - whole.sentence_end > LISTED_PARTS_REACH:
                break
            if not c.is_toll or c.outcome != whole.outcome or c.part_of in ids:
                continue
            if c.sentence_start < whole.sentence_end or c.part_of or c.cumulative or c.additional or c.is_total \
                    or c.best is None or (c.low, c.high) != (c.best, c.best) or c.place_id not in (None, whole.place_id):
                break
            run.append(c)
            ids.add(c.claim_id)
            told += c.best
            if told >= whole.best:
                break
        if told != whole.best or len({c.sentence_start for c in run}) < 2:
            continue
        for c in run:
            c.part_of = whole.claim_id
            c.notes.append("one of the parts, told sentence by sentence, a toll told before adds up to")


_LIST_JOINED = gated(lang.get().tolls.TOLLS_LISTED_GAP)  # between two tolls of one list
_SECOND_OUTCOME = gated(lang.get().tolls.TOLLS_SECOND_OUTCOME_GAP)  # ... or of one verb's two outcomes
_OPENING_LOCATIVE = gated(lang.get().places.OPENING_PLACE_LEAD)  # a sentence opening "In " before a place
_SAID_THEN = gated(lang.get().attribution.SAID_THEN)
LISTED_PARTS_REACH = 400  # the parts come this many characters after their toll's sentence, at most
LEAD_CHARS = 600  # a story's title and lead: where it names what kind of deaths it reports
# "the death toll rose to nine after two bodies were pulled out": the two are among the nine when
# the smaller count follows the toll within this many characters, the cause's word between them;
# past who said it ("... to 16, the public defender's office said on Wednesday, after two wounded
# men died") within the longer reach, the cause's word right before the count
RISE_REACH = 60
RISE_PAST_SAYER_REACH = 140
RISE_CAUSE_BEFORE = 20
ORDINAL_REACH = 600  # "A second officer was wounded" is one more of the toll this many characters before it, at most


def _unrefine(claims: list[Claim], refined: dict[int, dict]) -> None:
    """A country's toll moved to the story's one place stays the country's when that place has
    a toll of its own, or another place of the country a death toll: "attacks across Iraq killed
    449 ... the deadliest, in Baqubah, killed 43" is a country-wide figure beside a town's."""
    moved = {c.place_id for c in claims if c.sentence_start in refined}
    countries = {a["country"] for a in refined.values()}
    # (not an earlier event's toll, context: "the deadliest riot since 2012, when a fire at a prison in
    # Comayagua killed 361")
    # (nor more dead told beside the story's toll, "four IS militants were also killed" near Sukhnah:
    # of the same attack)
    if any(c.is_toll and not c.cumulative and not c.additional and c.sentence_start not in refined
           and c.outcome == Outcome.KILLED and (
            c.place_id in moved or c.country in countries and c.place_kind != PlaceKind.COUNTRY)
           for c in claims):
        for c in claims:
            if c.sentence_start in refined:
                for k, v in place_fields(refined[c.sentence_start]).items():
                    setattr(c, k, v)


def _link_breakdowns(claims: list[Claim]) -> None:
    """In one paragraph, category tolls that add up to no more than a total are its parts:
    "900 civilians ... 1,240 in all, including 190 security forces and 150 fighters". Parts
    are looked for near their total (``_BREAKDOWN_REACH`` characters before it, 400 after),
    so a long paragraph costs no more than a short one per claim."""
    starts = [c.start for c in claims]
    for total in [c for c in claims if c.is_total]:
        lo, hi = bisect_left(starts, total.start - _BREAKDOWN_REACH), bisect_left(starts, total.end + 400)
        # a note's closing count ("Fatalities: 14.") is the whole note's: its figures before it are
        # parts of it, whoever claimed them and however they were added ("The army claimed to have
        # killed 11 militants; 3 soldiers were also killed. Fatalities: 14.")
        closing = CLOSING_COUNT.match(total.sentence) is not None
        parts = [c for c in claims[lo:hi] if c.victims != Victims.TOTAL and c.outcome == total.outcome
                 and (closing and c.start < total.start and not c.cumulative or not c.additional and c.reported_by == total.reported_by)
                 and c.part_of in (None, total.claim_id) and not (c.start > total.end and _died_after_toll(c))
                 and not _other_people(total.count_text, c.count_text)]
        told = sum(c.best for c in parts)
        if parts and (closing or told <= total.best * 1.02):
            beyond = closing and told > total.best
            for c in parts:
                c.part_of = total.claim_id
                c.additional = False  # (within the note's count, not beside it)
                if beyond and c.revision == Revision.NONE:
                    # ... and figures adding up to more than it are replaced by it: "12 soldiers were
                    # killed. The military claimed to have killed 20 resistance fighters. Fatalities:
                    # 12." is 12 dead (shown, never counted beside the note's own count)
                    c.revision = Revision.SUPERSEDED
                    c.notes.append("beyond its note's closing count")


_BREAKDOWN_REACH = 3000
PARA_DATE_REACH = 3  # a toll with no date takes one from this many sentences before it in its paragraph


def _placed_by_follow_up(claims: list[Claim], places: ArticlePlaces, loc_mentions: list[Mention], gaz: Gazetteer) -> None:
    """A toll its sentence gives only a country or a first-order area ("a suicide bomber ... in
    Pakistan's northwest, killing 23") takes the places inside it of the sentence right after it
    when that sentence goes on about the same event and gives no toll of its own ("The attack
    happened in Daraban, in the Dera Ismail Khan district"): a wire lead and its next line."""
    text = places.article.text
    spans = places.sentences if places.sentences is not None else split_sentences(text, 0, len(text))
    starts = [a for a, _ in spans]
    # (a next sentence with a toll of its own of the same outcome may be another event; one of the
    # hurt only goes on about the same: "The attack took place in Salvatierra, ..., adding that five
    # others were injured")
    toll_sentences = {(c.sentence_start, c.outcome) for c in claims if c.is_toll}
    starts_m = [m.start for m in loc_mentions]
    for c in claims:
        if not c.is_toll or c.place_kind not in (PlaceKind.COUNTRY, PlaceKind.ADMIN1) or c.cumulative:
            continue
        k = bisect_left(starts, c.sentence_end)
        if k >= len(spans) or (spans[k][0], c.outcome) in toll_sentences:
            continue
        n0, n1 = spans[k]
        # (the whole next sentence when it goes on about the event; else only the place it names
        # by pointing back at it: "No group claimed the attack in Bannu district")
        whole = follows_up(text, n0, (c.sentence_start, c.sentence_end))
        ref = None if whole else pointed_back_at(text, n0, n1)
        if not whole and ref is None:
            continue
        inside = [m for m in loc_mentions[bisect_left(starts_m, n0):bisect_left(starts_m, n1)]
                  if contains(c.place_id, m.place_id, gaz) and not measured_from(text, m) and not journey_end(text, m)
                  and not distance_anchor(text, m)  # ("stormed Mbengwi, a town near the regional capital, Bamenda")
                  and (ref is None or m.start == ref.end())]  # (a bus's journey's ends are not where it crashed,
        # nor a town a distance is measured from where a toll of its province was: "The quake's epicentre
        # was about 40 km northwest of the city of Herat")
        area = area_for(drop_qualifying(text, inside, gaz), gaz, places.focus) if inside else None
        if area is not None:
            for f, v in place_fields(area).items():
                setattr(c, f, v)
            c.place_mentions = [mention_ref(m) for m in inside]


def _event_claims(article: Article, sentence: str, mentions: list[Mention], base: dict, gaz: Gazetteer) -> list[Claim]:
    """Event claims (no count): one per location named in a sentence that reports an event."""
    event = event_type(sentence, None, None)
    if event == EventType.OTHER or NOT_EVENT.search(sentence):
        return []
    acled_type, acled_sub = acled(event, sentence, None)
    out = []
    seen = set()
    for m in mentions:
        if m.kind == "country" and any(o.kind != "country" for o in mentions):
            continue
        if m.place_id in seen:
            continue
        seen.add(m.place_id)
        fields = dict(base)
        fields.update(place_fields(area_for([m], gaz)))
        fields["place_mentions"] = [mention_ref(m)]
        fields["incident_count"] = base["incident_count"]
        out.append(Claim(
            claim_id=_claim_id(article.id, m.start, m.end, "event:" + event), event_type=event,
            acled_event_type=acled_type, acled_sub_event_type=acled_sub, outcome=None, victims=None, low=None,
            best=None, high=None, qualifier="", vague=False, count_text="", start=m.start, end=m.end, **fields,
        ))
    return out
