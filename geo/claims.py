"""Claims: what one sentence of one article says happened, where, when, to whom, per whom.

A claim is either a *toll* (a count of people killed, wounded, displaced or arrested) or an
*event* (a protest, a deployment, a clash) with no count. Each keeps its evidence: article,
sentence text and span, and the span of the count.

Rules, in order (all general; README "Claims" lists them):

1. **Counts** come from ``geo.numbers`` and become tolls only when they count people: a
   person noun follows ("120 civilians", "40 members of the security forces", "his two
   brothers and niece" = 3) or an outcome noun does ("hundreds dead", "120 deaths"), or a toll
   noun leads to them ("the death toll has risen to 1,240", "killing seven"). Dates ("March
   6"), years, ages ("67-year-old", "Haidar, 67,"), durations ("four days", "14-year-long"),
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
from dataclasses import asdict, dataclass, field

from geo.articles import Article
from geo.gazetteer import Gazetteer, Place
from geo.numbers import Count, find_counts
from geo.precision import precision_for
from geo.text import split_sentences
from geo.toponyms import ArticlePlaces, Mention

# ----------------------------------------------------------------------------- vocabulary

PERSON_NOUNS = {
    "civilians": "civilians", "civilian": "civilians", "children": "civilians", "child": "civilians",
    "women": "civilians", "residents": "civilians", "villagers": "civilians", "protesters": "civilians",
    "demonstrators": "civilians", "worshippers": "civilians", "journalists": "civilians", "students": "civilians",
    "relatives": "civilians", "refugees": "civilians", "migrants": "civilians", "farmers": "civilians",
    "patients": "civilians", "doctors": "civilians", "aid": "civilians", "minors": "civilians",
    "soldiers": "security forces", "troops": "security forces", "policemen": "security forces",
    "police": "security forces", "officers": "security forces", "servicemen": "security forces",
    "personnel": "security forces", "guards": "security forces", "forces": "security forces",
    "fighters": "fighters", "militants": "fighters", "insurgents": "fighters", "rebels": "fighters",
    "gunmen": "fighters", "loyalists": "fighters", "combatants": "fighters", "jihadists": "fighters",
    "militiamen": "fighters", "attackers": "fighters", "assailants": "fighters", "members": None,
    "people": "total", "persons": "total", "individuals": "total", "victims": "total", "bodies": "total",
    "others": "total", "men": "total", "lives": "total",
}
KIN = ("brothers?|sisters?|sons?|daughters?|nieces?|nephews?|father|mother|wife|wives|husband|cousins?|"
       "uncles?|aunts?|grandsons?|granddaughters?|grandfather|grandmother|grandchildren|parents|"
       "children|child|babies|baby|infants?|toddlers?|m[ae]n|wom[ae]n|boys?|girls?|teenagers?|teens?")
KIN_RE = re.compile(rf"(?i)\b(?:(?:his|her|their|its)\s+)?((?:(?:[a-z0-9,]+\s+)?(?:{KIN})\b)(?:\s*(?:,|and|,\s*and)\s*(?:(?:[a-z0-9]+\s+)?(?:{KIN})\b))+)")
_KIN_WORD = re.compile(rf"(?i)\b(?:{KIN})\b")
SECURITY_WORDS = {"security", "government", "army", "military", "police", "regime", "state", "soldiers", "troops",
                  "defence", "defense", "interior", "official", "pro-government", "government-affiliated"}
FIGHTER_WORDS = {"insurgents", "rebels", "militants", "loyalists", "jihadists", "militia", "militias", "gunmen"}
CIVILIAN_WORDS = {"civilians", "civilian", "unarmed", "noncombatants"}

OUTCOME_WORDS = {
    "killed": "killed", "kill": "killed", "kills": "killed", "killing": "killed", "dead": "killed", "died": "killed",
    "die": "killed", "deaths": "killed", "death": "killed", "slain": "killed", "massacred": "killed",
    "executed": "killed", "murdered": "killed", "perished": "killed", "fatalities": "killed", "bodies": "killed",
    "lives": "killed", "casualties": "killed", "lost": None,
    "wounded": "wounded", "injured": "wounded", "hurt": "wounded", "injuries": "wounded", "wounding": "wounded",
    "injuring": "wounded",
    "displaced": "displaced", "fled": "displaced", "flee": "displaced", "fleeing": "displaced", "evacuated": "displaced",
    "uprooted": "displaced", "refuge": "displaced", "homeless": "displaced",
    "arrested": "arrested", "detained": "arrested", "arrests": "arrested", "detentions": "arrested",
    "rounded": "arrested", "captured": "arrested", "abducted": "arrested", "kidnapped": "arrested",
}
TOLL_NOUNS = ("death toll", "toll", "number of dead", "number of deaths", "number killed", "casualty toll", "fatalities")
EVENT_NOUNS = {"massacres", "massacre", "attacks", "attack", "strikes", "airstrikes", "raids", "incidents",
               "explosions", "clashes", "bombings", "ambushes", "operations", "executions"}
THING_NOUNS = {"homes", "houses", "buildings", "villages", "towns", "vehicles", "tanks", "km", "kilometres",
               "kilometers", "miles", "metres", "meters", "tonnes", "tons", "dollars", "pounds", "euros", "families",
               "points", "percent", "per", "times", "rounds", "shells", "rockets", "missiles", "drones", "weapons",
               "cars", "trucks", "hectares", "acres", "schools", "hospitals", "mosques", "churches", "countries",
               "governments", "provinces", "cities", "areas", "districts", "sites", "neighbourhoods", "streets",
               "dogs", "cats", "horses", "cattle", "cows", "sheep", "goats", "animals", "pets", "birds", "events",
               "exits", "exit", "lanes", "votes", "seats", "goals", "games", "cases", "charges", "counts", "years"}
# Words that end the noun phrase of a count before any person noun is found.
_PHRASE_STOP = {"and", "or", "but", "who", "which", "that", "were", "was", "are", "is", "have", "has", "had", "in",
                "at", "on", "by", "after", "before", "when", "while", "from", "with", "as", "than", "for", "to",
                "into", "during", "since", "said", "says", "will", "would", "could"}
TIME_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute",
              "minutes", "decade", "decades", "century", "centuries", "night", "nights", "weekend", "weekends",
              "am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "utc"}
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

# event type -> (trigger regex, ACLED event type, ACLED sub-event type)
EVENT_TYPES: dict[str, tuple[str, str, str]] = {
    "execution": (r"execut(?:ed|ion|ions|ing)\b|summar(?:y|ily) killed", "Violence against civilians", "Attack"),
    "killing/massacre": (r"massacre[sd]?\b|mass killings?|killings\b|slaughter", "Violence against civilians", "Attack"),
    "attack/ambush": (r"ambush(?:es|ed)?\b|attack(?:s|ed)?\b|assault(?:s|ed)?\b|raid(?:s|ed)?\b|air ?strikes?|"
                      r"shelling|bomb(?:ing|ings|ed)\b|drone strikes?|stormed|opened fire|gunmen",
                      "Violence against civilians", "Attack"),
    "clash": (r"clash(?:es|ed)?\b|fighting\b|battles?\b|confrontations?|fought|gunfights?|firefights?|skirmish",
              "Battles", "Armed clash"),
    "displacement/flight": (r"\bfled\b|\bflee(?:ing)?\b|displace(?:d|ment)|sought refuge|seeking refuge|evacuat",
                            "Strategic developments", "Other"),
    "protest": (r"protest(?:s|ed|ers|ing)?\b|demonstrat(?:ion|ions|ors|ed)\b|rall(?:y|ies|ied)\b|march(?:ed|ers)\b|sit-in",
                "Protests", "Peaceful protest"),
    "arrest": (r"\barrest(?:s|ed|ing)?\b|detain(?:ed|ing)?\b|detention|rounded up", "Strategic developments", "Arrests"),
    "security operation/deployment": (r"deploy(?:ed|ment|ing)?\b|reinforcements|sweeping operations?|security operations?|"
                                      r"crackdown|curfew|reasserted control|checkpoints? (?:were|was) set",
                                      "Strategic developments", "Change to group/activity"),
    "infrastructure damage": (r"power outages?|electric(?:al|ity) (?:grid|network|supply)|water supply|"
                              r"destroy(?:ed|ing)|damag(?:ed|ing)|looting|loot(?:ed)?\b|torch(?:ed)|burn(?:ed|t) (?:down )?homes",
                              "Strategic developments", "Looting/property destruction"),
}
# Checked most specific first: "attacks on the electrical grid" is damage, not an ambush.
_ORDER = ["execution", "killing/massacre", "infrastructure damage", "protest", "attack/ambush", "clash",
          "displacement/flight", "arrest", "security operation/deployment"]
EVENT_RES = {k: re.compile(EVENT_TYPES[k][0], re.I) for k in _ORDER}
ACLED = {k: (v[1], v[2]) for k, v in EVENT_TYPES.items()}
# Strikes from the air or artillery are ACLED's "Explosions/Remote violence".
REMOTE_RE = re.compile(r"air ?strikes?|drone strikes?|shelling|artillery|missiles?|rockets?|bombard", re.I)

REPORT_VERBS = r"(?:said|says|say|reported|reports|report|confirmed|confirms|announced|announces|stated|states|told|tells|documented|documents|counted|counts|estimated|estimates|recorded|records|added|noted|claimed|claims|indicated|indicates|showed|shows)"
GENERIC_AREAS = re.compile(r"(?i)\b(?:(?:west|western|east|eastern|north|northern|south|southern|mediterranean)\s+)?"
                           r"coast(?:al)?(?:\s+(?:areas?|regions?|provinces?|governorates?|cities|towns|villages))?\b")


@dataclass
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
    notes: list[str] = field(default_factory=list)

    @property
    def is_toll(self) -> bool:
        return self.best is not None

    def to_record(self) -> dict:
        d = asdict(self)
        d["parts"] = ";".join(self.parts)
        return d


# ----------------------------------------------------------------------------- helpers

def _words(s: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*", s.lower())


def _claim_id(article_id: str, start: int, end: int, kind: str) -> str:
    return hashlib.sha1(f"{article_id}:{start}:{end}:{kind}".encode()).hexdigest()[:12]


def _event_type(sentence: str, victims: str | None, outcome: str | None) -> str:
    if outcome == "killed" and victims == "civilians":
        return "execution" if EVENT_RES["execution"].search(sentence) else "killing/massacre"
    if outcome == "displaced":
        return "displacement/flight"
    if outcome == "arrested":
        return "arrest"
    if outcome == "killed" and victims in ("security forces", "fighters"):
        return "attack/ambush" if re.search(r"(?i)ambush|attack", sentence) else "clash"
    for name, rx in EVENT_RES.items():
        if rx.search(sentence):
            if name == "attack/ambush" and victims == "civilians" and EVENT_RES["killing/massacre"].search(sentence):
                return "killing/massacre"
            return name
    if outcome == "displaced":
        return "displacement/flight"
    if outcome == "arrested":
        return "arrest"
    if outcome in ("killed", "wounded"):
        return "killing/massacre" if victims == "civilians" else "clash" if victims in ("security forces", "fighters") else "killing/massacre"
    return "other"


def _acled(event_type: str, sentence: str, victims: str | None) -> tuple[str, str]:
    if event_type == "attack/ambush":
        if REMOTE_RE.search(sentence):
            sub = "Air/drone strike" if re.search(r"air ?strike|drone", sentence, re.I) else "Shelling/artillery/missile attack"
            return "Explosions/Remote violence", sub
        if victims in ("security forces", "fighters"):
            return "Battles", "Armed clash"
    return ACLED.get(event_type, ("Strategic developments", "Other"))


# ----------------------------------------------------------------------------- tolls

@dataclass
class _Toll:
    count: Count
    outcome: str | None
    victims: str | None
    end: int                 # end of the counted phrase
    incident_count: bool = False
    breakdown: bool = False


_NONVIOLENT = re.compile(r"(?i)\b(?:crash(?:es|ed)?|accidents?|collisions?|wreck|traffic|highway|motorcycle|flood(?:s|ing)?|"
                         r"earthquakes?|storms?|tornado(?:es)?|hurricanes?|diseases?|cancer|overdoses?|stampede|drown(?:ed|ing)?|"
                         r"heat ?wave|blaze|house fire|avalanche|landslides?|epidemic|pandemic|covid|virus|illness|outbreak|"
                         r"cholera|lightning|collapse[ds]?)\b")
_VIOLENT = re.compile(r"(?i)\b(?:shot|shoot(?:ing|ings)?|gun(?:man|men|fire|shots?)?|attack(?:s|ed)?|bomb(?:s|ing|ings|ed)?|"
                      r"explosions?|clash(?:es)?|fighting|massacres?|execut\w+|stabb?(?:ed|ing)|strikes?|shell(?:ing|ed)|"
                      r"militants?|insurgents?|rebels?|troops|soldiers|murder(?:ed|s)?|war|raids?|ambush\w*|violence|"
                      r"assault\w*|militia\w*|terror\w*|riots?|protest\w*)\b")


def _is_not_a_toll(sentence: str, c: Count, s0: int) -> bool:
    """Dates, years, ages, durations, money, ordinals: counts that never count the dead."""
    before = sentence[max(0, c.start - s0 - 25):c.start - s0].lower()
    after = sentence[c.end - s0:c.end - s0 + 30].lower()
    bw = _words(before)
    aw = _words(after)
    if re.match(r"\s*(?:-|–)?\s*(?:year|month|day|week|hour)s?[- ](?:old|long)|\s*-(?:year|month|day|week|hour|strong|member|page)", after):
        return True
    if aw and aw[0] in TIME_UNITS or re.match(r"\s*-\s*(?:" + "|".join(TIME_UNITS) + r")\b", after):
        return True
    if bw and (bw[-1] in MONTHS or bw[-1] in ("aged", "age", "no", "number", "resolution", "article", "route",
                                              "highway", "district", "page", "chapter", "room", "flight", "bus")):
        return True
    if aw and aw[0] in MONTHS:
        return True
    if re.search(r"[$£€¥]\s*$", before) or (aw and aw[0] in ("dollars", "pounds", "euros", "usd", "percent", "per")):
        return True
    if re.match(r"\s*(?:st|nd|rd|th)\b", after):
        return True
    digits = c.text.replace(",", "")
    if re.fullmatch(r"(?:1[89]|20)\d\d", digits.strip()) and not (aw and aw[0] in PERSON_NOUNS):
        return True  # a year
    if re.search(r"[A-Z][\w’']+,\s*$", sentence[max(0, c.start - s0 - 30):c.start - s0]) and re.match(r"\s*,", after) and c.best < 120:
        return True  # "Samir Haidar, 67," - an age after a name
    return False


def _counted_phrase(sentence: str, c: Count, s0: int) -> tuple[str | None, str | None, int, bool]:
    """(victims, outcome-noun, phrase end, is-incident-count) of the words after a count."""
    rest = sentence[c.end - s0:c.end - s0 + 200]  # the phrase is its first ten words at most
    pos = 0
    victims = None
    outcome = None
    words = list(re.finditer(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*|[,;:.()“”\"]", rest))
    first_noun_seen = False
    for k, m in enumerate(words[:10]):
        w = m.group().lower()
        if w in (",", ";", ":", ".", "(", ")") or (w in _PHRASE_STOP and not first_noun_seen):
            break  # "eight events and arrested 20 people": the phrase of "eight" ends at "and"
        if w in EVENT_NOUNS and not first_noun_seen:
            return None, None, c.end + m.end(), True
        if w in THING_NOUNS and not first_noun_seen:
            return None, None, c.end, False
        if w in TIME_UNITS and not first_noun_seen:
            return None, None, c.end, False
        if w in PERSON_NOUNS or w in ("dead", "deaths", "killed", "wounded", "injured", "casualties", "fatalities", "displaced"):
            first_noun_seen = True
            pos = m.end()
            if w in ("dead", "deaths", "killed", "casualties", "fatalities"):
                outcome = "killed"
                victims = victims or "total"
                break
            if w in ("wounded", "injured"):
                outcome = "wounded"
                victims = victims or "total"
                break
            if w == "displaced":
                outcome, victims = "displaced", victims or "total"
                break
            cat = PERSON_NOUNS[w]
            if w == "forces" and not any(x in SECURITY_WORDS for x in _words(rest[:m.start()])):
                cat = "fighters" if "pro-" in rest[:m.start()].lower() else "security forces"
            # "fighters linked to the new government" are government forces
            tail = _words(rest[m.end():m.end() + 60])[:7]
            head = _words(rest[:m.start()])
            if cat == "fighters" and any(x in ("government", "army", "state", "security", "ministry") for x in tail) \
                    and any(x in ("linked", "loyal", "affiliated", "allied", "connected", "aligned", "attached", "tied",
                                  "belonging", "of", "with", "from") for x in tail[:2]):
                cat = "security forces"
            if cat == "total" and any(x in CIVILIAN_WORDS for x in head):
                cat = "civilians"
            if cat is None:  # "members of the Syrian security forces"
                ctx = _words(rest[m.end():m.end() + 50])[:6]
                cat = ("security forces" if any(x in SECURITY_WORDS for x in ctx) else
                       "fighters" if any(x in FIGHTER_WORDS or x == "fighters" for x in ctx) else "total")

            if any(x in ("security", "soldiers", "army", "police") for x in head) and cat in ("total", "fighters") \
                    and "pro-" not in " ".join(head):
                cat = "security forces"
            victims = cat
            # a following "dead"/"killed" right after the noun ("hundreds of civilians dead")
            break
    return victims, outcome, c.end + pos, False


class _Outcomes:
    """The outcome words of one sentence, found once, so that each count asks for the first
    one in a window in logarithmic time (a sentence with many counts stays linear)."""

    def __init__(self, sentence: str):
        self.sentence = sentence
        low = sentence.lower()
        self.low = low
        self.hits: list[tuple[int, int, str, str]] = []  # (start, end, word, outcome)
        for m in re.finditer(r"[a-z]+", low):
            w = m.group()
            o = OUTCOME_WORDS.get(w)
            if o is None and w == "lost" and re.match(r"\s+their\s+lives", sentence[m.end():m.end() + 20]):
                o = "killed"
            if o:
                self.hits.append((m.start(), m.end(), w, o))
        self.starts = [h[0] for h in self.hits]

    def first(self, a: int, b: int) -> str | None:
        """The first outcome word wholly inside ``sentence[a:b]`` (relative offsets)."""
        k = bisect_left(self.starts, a)
        while k < len(self.hits) and self.hits[k][1] <= b:
            start, _, w, o = self.hits[k]
            k += 1
            if w == "refuge" and "sought" not in self.low[a:b] and "seek" not in self.low[a:b]:
                continue
            return o
        return None


def _outcome_near(sentence: str, a: int, b: int) -> str | None:
    """The first outcome word in ``sentence[a:b]`` (relative offsets)."""
    return _Outcomes(sentence[a:b]).first(0, b - a)


def _tolls(sentence: str, s0: int, ignored: list[Count] | None = None) -> list[_Toll]:
    """The tolls of one sentence; figures too large to count people go to ``ignored``."""
    counts = []
    for c in find_counts(sentence, absurd=True):
        c = Count(c.start + s0, c.end + s0, c.text, c.low, c.best, c.high, c.qualifier, c.vague, c.absurd)
        if c.absurd:
            if ignored is not None:
                ignored.append(c)
        else:
            counts.append(c)
    # kin lists: "his two brothers and niece" = 3
    for m in (KIN_RE.finditer(sentence) if _KIN_WORD.search(sentence) else ()):
        total = 0
        ok = True
        for item in re.split(r"\s*(?:,\s*and|,|and)\s*", m.group(1)):
            item = item.strip()
            if not item:
                continue
            num = re.match(r"([a-z0-9,]+)\s+", item.lower())
            if num:
                found = find_counts(num.group(1))
                if found and not found[0].vague:
                    total += found[0].best
                elif num.group(1) in ("his", "her", "their", "a", "an", "one"):
                    total += 1
                else:
                    ok = False
            elif re.search(r"(?:s|ren)$", item) and not item.endswith(("ss",)):
                ok = False  # "brothers" without a number: unknown how many
            else:
                total += 1
        if ok and total >= 2:
            st, en = m.start(1) + s0, m.end(1) + s0
            counts = [c for c in counts if not (st <= c.start < en)]
            counts.append(Count(st, en, m.group(1), total, total, total, "exact", False))
    counts.sort(key=lambda c: c.start)
    out: list[_Toll] = []
    low = sentence.lower()
    outcomes = _Outcomes(sentence)
    if _NONVIOLENT.search(sentence) and not _VIOLENT.search(sentence):
        return []  # crashes, fires, storms, disease: deaths, but no violent incident
    for idx, c in enumerate(counts):
        if _is_not_a_toll(sentence, c, s0):
            continue
        if c.vague and re.match(r"\s+of\s+(?:these|those|them|the|its|their|our|your|his|her|us)\b", sentence[c.end - s0:]):
            continue  # "many of these deaths" points back at a toll already counted
        if c.vague and re.search(r"(?i)\b(?:how|so|too|as)\s+$", sentence[:c.start - s0]):
            continue  # "how many residents", "so many people": no amount at all
        kin = bool(KIN_RE.fullmatch(c.text) or re.search(rf"(?i)\b(?:{KIN})\b", c.text) and " and " in c.text)
        if kin:
            victims, outcome_n, end, inc = "civilians", None, c.end, False
        else:
            victims, outcome_n, end, inc = _counted_phrase(sentence, c, s0)
        if inc:
            out.append(_Toll(c, None, None, end, incident_count=True))
            continue
        lead = low[max(0, c.start - s0 - 60):c.start - s0]
        toll_lead = re.search(r"(?:death toll|casualty toll|toll of (?:the )?(?:dead|killed|victims)|"
                              r"\btoll\b[^.;$]{0,60}?(?:risen|rose|climbed|reached|stood at|stands at|jumped|increased)(?: to)?|"
                              r"number of (?:dead|deaths|people killed|victims)|fatalities)"
                              r"[^.;]{0,40}?(?:to|of|at|reached|reaching|exceeded|exceeding|surpassed|stood at|stands at|is|was|rose to|risen to|climbed to)?\s*"
                              r"(?:more than|over|at least|about|around|nearly|almost|some|approximately)?\s*$", lead)
        active = re.search(r"(?:killing|killed|kill|kills|leaving|left|claimed the lives of|wounding|wounded|injuring|injured|"
                           r"displacing|displaced|arresting|arrested|detaining|detained|executed|executing|abducted|kidnapped)\s+"
                           r"(?:his |her |their |its |the )?(?:at least |more than |over |about |around |nearly |some |up to |as many as )?$", lead)
        if victims is None and outcome_n is None and not toll_lead and not active:
            # "brings the total death toll to more than 1,000 people" caught below; bare numbers are not tolls
            if not re.search(r"(?:death|casualty) toll\b", lead):
                # breakdown words right before: "including 231 ..."
                continue
        # the sentence's outcome for this count: its own noun, the words after it in its
        # clause, a leading verb or toll noun
        last = idx + 1 >= len(counts)
        nxt = len(sentence) if last else counts[idx + 1].start - s0
        outcome = outcome_n or (toll_lead and "killed") or (active and _outcome_near(active.group(), 0, len(active.group())))
        if not outcome:  # up to the next count (past the sentence end for the last one)
            outcome = outcomes.first(end - s0, max(end - s0, nxt) + (60 if last else 0))
        if not outcome and not (c.vague and c.qualifier == "vague" and c.best <= 10):
            outcome = outcomes.first(end - s0, len(sentence))  # "several", "many": only close by
        if victims is None:
            victims = "total"
        breakdown = bool(re.search(r"(?:including|includ(?:ed|es|ing)|among them|of whom|of them|comprising)\s+(?:\w+\s+){0,3}$", lead))
        if out and out[-1].breakdown and re.fullmatch(r"[\s,]*(?:and|as well as)?\s*", sentence[out[-1].end - s0:c.start - s0]):
            breakdown = True  # "including 231 security forces and 250 fighters"
        out.append(_Toll(c, outcome, victims, end, breakdown=breakdown))
    # counts in one breakdown list share the outcome of the list's head
    for k, t in enumerate(out):
        if t.outcome is None and not t.incident_count:
            later = next((u.outcome for u in out[k + 1:] if u.outcome and not u.incident_count), None)
            earlier = next((u.outcome for u in reversed(out[:k]) if u.outcome and not u.incident_count), None)
            t.outcome = later or earlier
    return out


# ----------------------------------------------------------------------------- dates

def _resolve_weekday(name: str, published: dt.date, last: bool) -> dt.date:
    target = WEEKDAYS[name]
    delta = (published.weekday() - target) % 7
    if last and delta == 0:
        delta = 7
    return published - dt.timedelta(days=delta)


def find_dates(sentence: str, published: dt.date | None) -> tuple[str | None, str | None, str]:
    """(start, end, text) of the period a sentence speaks of; ISO dates when resolvable."""
    if published is not None and not 100 < published.year < 9999:
        published = None  # no calendar arithmetic at the ends of the calendar
    low = sentence.lower()
    texts = []
    dates: list[dt.date] = []
    for m in re.finditer(r"\b(since|from|on|last|this|between|over|by)?\s*((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                         r"(?:\s*(?:and|,|to|-|–)\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))*)\b", low):
        texts.append(m.group().strip())
        if published:
            days = re.findall(r"monday|tuesday|wednesday|thursday|friday|saturday|sunday", m.group(2))
            resolved = [_resolve_weekday(d, published, m.group(1) == "last") for d in days]
            dates.extend(resolved)
            if m.group(1) in ("since", "from"):
                dates.append(published)
    for m in re.finditer(r"\b(since|from|on|by|until)?\s*(?:(\d{1,2})\s+(" + "|".join(MONTHS) + r")\b|(" + "|".join(MONTHS) + r")\s+(\d{1,2})\b)(?:,?\s*(\d{4}))?", low):
        day = int(m.group(2) or m.group(5))
        month = MONTHS[m.group(3) or m.group(4)]
        texts.append(m.group().strip())
        year = int(m.group(6)) if m.group(6) else (published.year if published else None)
        if year and 1 <= day <= 31:
            try:
                d = dt.date(year, month, day)
            except ValueError:
                continue
            if published and not m.group(6) and d > published + dt.timedelta(days=1):
                if year <= 1:
                    continue
                d = d.replace(year=year - 1)
            dates.append(d)
            if m.group(1) in ("since", "from") and published:
                dates.append(published)
    for word, days in (("yesterday", 1), ("today", 0), ("tonight", 0), ("last night", 1)):
        if re.search(rf"\b{word}\b", low):
            texts.append(word)
            if published:
                dates.append(published - dt.timedelta(days=days))
    m = re.search(r"\b(?:in|over|during) the (?:past|last) (\w+) (days|weeks)\b", low)
    if m:
        texts.append(m.group())
        n = find_counts(m.group(1))
        if published and n and n[0].best <= 36_600 and published.year > 100:  # a period of news, not of ages
            dates.extend([published - dt.timedelta(days=n[0].best * (7 if m.group(2) == "weeks" else 1)), published])
    if not dates:
        return None, None, "; ".join(texts)
    return min(dates).isoformat(), max(dates).isoformat(), "; ".join(texts)


# ----------------------------------------------------------------------------- attribution

_ORG_RE = re.compile(r"((?:[A-Z][\w’'-]*|of|for|the|on|and)(?:\s+(?:[A-Z][\w’'-]*|of|for|on|and|the))*)")
REPORTER_KINDS = [
    (re.compile(r"(?i)observatory|monitor|human rights|amnesty|watch|ngo|network for|white helmets|civil defen[cs]e|red cross|red crescent|msf|doctors"), "monitor/NGO"),
    (re.compile(r"(?i)\bun\b|united nations|unhcr|ocha|unicef|who\b|envoy"), "UN"),
    (re.compile(r"(?i)ministry|government|authorit|official|spokes|president|army|military|police|interior|defen[cs]e|state media|sana\b|governor|prime minister"), "government"),
    (re.compile(r"(?i)reuters|afp|associated press|\bap\b|bbc|cnn|al jazeera|media|agency|newspaper|television|tv\b|times|post|journal"), "media"),
    (re.compile(r"(?i)resident|witness|survivor|relative|activist|local"), "witness/local"),
]


def reporter_kind(name: str) -> str:
    for rx, kind in REPORTER_KINDS:
        if rx.search(name):
            return kind
    return "other"


_ATTRIBUTION_HINT = re.compile(r"(?i)according to|sources?\b|\b" + REPORT_VERBS + r"\b")
_NOT_REPORTERS = {"prior", "earlier", "previous", "initial", "latest", "new", "recent", "several", "other", "some",
                  "many", "these", "those", "such", "it", "he", "she", "they", "this", "that", "which", "who", "the",
                  "reports", "report", "footage", "video", "images", "statement", "we", "i", "you"}
_SUBJECT = re.compile(
    r"(?:(?:an?|the)\s+)?(?:(?:[\w-]+\s+){0,2}(?:activists?|residents?|witness(?:es)?|officials?|sources?|spokes(?:man|woman|person)|doctors?|medics?|monitor(?:ing group)?|group|ministry|authorities|media|observers?)"
    r"(?:\s+(?:in|from|within|close to|at|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?"
    r"|(?:[A-Z][\w’'.-]*\s+(?:(?:for|of|on|and|the|de)\s+)*){0,6}[A-Z][\w’'.-]*)\s*$")


class _Attribution:
    """Who reports a figure, with organisations named earlier in the article remembered, so
    that 'the Observatory', 'the monitoring group' and 'SOHR' resolve to them."""

    MAX_ORGS = 64  # the most recently named organisations are the ones a text refers back to

    def __init__(self) -> None:
        self.orgs: list[str] = []

    def remember(self, sentence: str) -> None:
        for m in re.finditer(r"\b((?:[A-Z][a-z’'-]+\s+){1,4}(?:for|of|on)\s+(?:[A-Z][a-z’'-]+\s*){1,4})", sentence):
            name = re.sub(r"^(?:The|A|An)\s+", "", m.group(1).strip())
            if name not in self.orgs and len(name.split()) >= 3:
                self.orgs.append(name)
                if len(self.orgs) > self.MAX_ORGS:
                    del self.orgs[0]

    def canonical(self, name: str) -> str:
        n = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I).strip(" ,.")
        # "sources within the new Syrian government" = "sources in the Syrian government"
        n = re.sub(r"(?i)\b(sources?)\s+(?:within|inside|close to)\b", r"\1 in", n)
        n = re.sub(r"(?i)\b(?:new|interim|transitional|caretaker)\s+", "", n)
        n = re.sub(r"^(?:[\w.]+-based|[\w.]+-led|[\w.]+-backed)\s+", "", n)
        n = re.sub(r"\s*\(([A-Z]{2,})\)$", "", n)
        low = n.lower()
        for org in reversed(self.orgs):
            initials = "".join(w[0] for w in org.split() if w[0].isupper())
            if n.isupper() and n == initials:
                return org
            words = org.lower().split()
            if n == org or any(low == w for w in words if len(w) > 4) or (
                    len(low.split()) >= 2 and " ".join(words[:len(low.split())]) == low):
                return org  # "the Observatory", "Syrian Observatory" -> the full name
            if re.search(r"monitor|monitoring group|the group|watchdog", low) and re.search(r"(?i)observatory|monitor|watch", org):
                return org
        return n

    def _subject(self, left: str) -> str | None:
        """The reporter at the end of ``left`` (the text before a reporting verb)."""
        left = left[-300:]  # a subject and its appositions are a few words: never the whole sentence
        for _ in range(3):  # peel appositions: "X (SOHR) – which monitors fighting – said"
            new = re.sub(r"\s*(?:\([^()]*\)|[–—][^–—]*[–—]|,[^,]*,|\b(?:has|have|had|also|later|earlier|previously|again|"
                         r"separately|now|then|on \w+day))\s*$", "", left)
            if new == left:
                break
            left = new
        m = _SUBJECT.search(left)
        if not m:
            return None
        subj = m.group().strip()
        words = subj.lower().split()
        if not words or words[-1] in _NOT_REPORTERS or (len(words) == 1 and words[0] in _NOT_REPORTERS):
            return None
        return subj

    def find(self, sentence: str) -> tuple[str, str, str]:
        """(reporter, relayed_by, attribution text) of one sentence; empty strings when none."""
        if not _ATTRIBUTION_HINT.search(sentence):
            return "", "", ""
        found: list[tuple[int, str, str]] = []
        for m in re.finditer(r"(?i)according to\s+((?:the\s+)?[^,.;]{3,80}?)(?=[,.;]|\s+(?:on|in|which|who|that)\b|$)", sentence):
            found.append((m.start(), m.group(1), m.group()))
        for m in re.finditer(r"\b" + REPORT_VERBS + r"\b", sentence):
            subj = self._subject(sentence[:m.start()])
            if subj:
                found.append((m.start() - len(subj), subj, sentence[max(0, m.start() - len(subj) - 1):m.end()].strip()))
        for m in re.finditer(r"(?i)(sources?\s+(?:in|within|close to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:government|army|ministry|military|security(?: services)?))", sentence):
            found.append((m.start(), m.group(1), m.group()))
        for m in re.finditer(r",\s*(?:says|said|reports|reported|according to)\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|for|of|on)){0,6})", sentence):
            found.append((m.start(1), m.group(1), m.group()))  # "..., says the Syrian Observatory"
        for m in re.finditer(r"(?i)\b(?:by|to|told)\s+(the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})", sentence):
            if re.search(r"(?i)(?:said|told|" + REPORT_VERBS + r")\b", sentence[:m.start() + 6]):
                found.append((m.start(1), m.group(1), m.group()))
        names: list[tuple[str, str]] = []
        for pos, raw, text in sorted(found):
            n = self.canonical(raw)
            if len(n) < 2 or n.lower() in _NOT_REPORTERS:
                continue
            if not any(n == x[0] for x in names):
                names.append((n, text))
        if not names:
            return "", "", ""
        if len(names) == 1:
            return names[0][0], "", names[0][1]
        # "Reuters reported sources in the government saying ...": the inner source reports
        outer, inner = names[0], names[-1]
        return inner[0], outer[0], "; ".join(t for _, t in names)


# ----------------------------------------------------------------------------- places

def _area_for(mentions: list[Mention], gaz: Gazetteer) -> dict | None:
    """One area from a claim's location mentions: the finest, or a region of admin-1 areas."""
    if not mentions:
        return None
    uniq: dict[str, Mention] = {}
    for m in mentions:
        uniq.setdefault(m.place_id, m)
    ms = list(uniq.values())

    def contains(a: Mention, b: Mention) -> bool:
        if a.place_id == b.place_id:
            return False
        if a.kind == "country":
            return b.country == a.country and b.kind != "country"
        if a.kind == "admin1":
            return b.kind in ("locality", "landmark", "admin2") and b.country == a.country and b.admin1 == a.admin1
        if a.kind == "region" and a.parts:
            ids = set(a.parts)
            p = gaz.get(b.place_id)
            return b.place_id in ids or (p is not None and f"a1:{p.country}.{p.admin1}" in ids)
        return False

    finest = [m for m in ms if not any(contains(m, o) for o in ms)]
    if len(finest) > MAX_REGION_PARTS:  # a long list is its common area, not a region of points
        return _common_area(finest, gaz)
    if len(finest) == 1:
        m = finest[0]
        return {"place_id": m.place_id, "name": m.name, "kind": m.kind, "precision": m.precision, "lat": m.lat,
                "lon": m.lon, "country": m.country, "admin1": m.admin1, "parts": tuple(m.parts)}
    # several areas: one region made of them (never split into, or repeated in, each)
    parts: list[str] = []
    for m in finest:
        parts.extend(m.parts or (m.place_id,))
    parts = sorted(set(parts))
    region = _curated_region(gaz, parts)
    if region:
        return region
    pts = [gaz.get(p) for p in parts]
    pts = [p for p in pts if p]
    kinds = {p.kind for p in pts}
    countries = {p.country for p in pts}
    names = [p.name for p in pts]
    return {
        "place_id": "region:" + "+".join(parts), "name": " + ".join(names), "kind": "region",
        "precision": precision_for("region", parts=len(parts)) if kinds <= {"admin1", "region"} else precision_for(
            "locality", near=True),
        "lat": sum(p.lat for p in pts) / len(pts), "lon": sum(p.lon for p in pts) / len(pts),
        "country": countries.pop() if len(countries) == 1 else "", "admin1": "", "parts": tuple(parts),
    }


MAX_REGION_PARTS = 4


def _common_area(ms: list[Mention], gaz: Gazetteer) -> dict | None:
    """The admin-1 area, else the country, that holds all of ``ms``; None if none does."""
    codes = set()
    for m in ms:
        p = gaz.get(m.place_id)
        codes.add((p.country, p.admin1) if p and p.kind != "country" else (m.country, ""))
    countries = {c for c, _ in codes}
    if len(countries) != 1:
        return None
    cc = countries.pop()
    admins = {a for _, a in codes}
    pid = f"a1:{cc}.{admins.pop()}" if len(admins) == 1 and "" not in admins else None
    place = gaz.get(pid) if pid else None
    if place is None:
        place = gaz.country_place(cc)
    return None if place is None else _place_area(place)


def _place_area(place: Place) -> dict:
    """The area dict of a gazetteer place (what ``_area_for`` builds from a mention)."""
    return {"place_id": place.id, "name": place.name, "kind": place.kind,
            "precision": precision_for(place.kind, parts=len(place.parts)), "lat": place.lat, "lon": place.lon,
            "country": place.country, "admin1": place.admin1_name, "parts": tuple(place.parts)}


def _curated_region(gaz: Gazetteer, parts: list[str]) -> dict | None:
    want = set(parts)
    for i, p in gaz.parts.items():
        if set(p) == want:
            return _place_area(gaz.place(i))
    return None


def _best_area(mentions: list[Mention], generic: bool, places: ArticlePlaces, gaz: Gazetteer) -> dict | None:
    """The area of a sentence or paragraph: its places, unless they are only countries and
    the text names generic geography (``generic``: "along Syria's west coast") of the focus
    country."""
    area = _area_for(mentions, gaz)
    if area is None or area["kind"] == "country":
        return (_generic_area(places.focus, gaz) if generic else None) or area
    return area


def _focus_country(places: ArticlePlaces, gaz: Gazetteer) -> dict | None:
    """A claim with no place in its paragraph is about the article's main country."""
    for m in places.mentions:
        if m.kind == "country" and places.focus and m.country == max(places.focus, key=places.focus.get):
            return _area_for([m], gaz)
    return None


def _generic_area(focus: dict[str, float], gaz: Gazetteer) -> dict | None:
    """'the west coast', 'coastal areas' in an article about one country: that country's
    curated coastal region, if the gazetteer has one."""
    if not focus:
        return None
    country = max(focus, key=focus.get)
    for i, parts in gaz.parts.items():
        place = gaz.place(i)
        if place.country == country and "coast" in place.name.lower():
            return _curated_region(gaz, list(parts))
    return None


# ----------------------------------------------------------------------------- driver

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
    loc_mentions = sorted((m for m in places.mentions if m.role == "location"), key=lambda m: m.start)
    loc_starts = [m.start for m in loc_mentions]
    attribution = _Attribution()
    claims: list[Claim] = []
    ignored: list[Count] = []
    focus_area: list[dict | None] = []  # the article's main country, found on first need
    stopped = False
    for seg_start, seg_end in article.segments:
        paragraphs = [(m.start() + seg_start, m.end() + seg_start) for m in re.finditer(r"[^\n]+", text[seg_start:seg_end])]
        for p0, p1 in paragraphs:
            para_mentions = loc_mentions[bisect_left(loc_starts, p0):bisect_left(loc_starts, p1)]
            para_starts = loc_starts[bisect_left(loc_starts, p0):bisect_left(loc_starts, p1)]
            para_claims = len(claims)
            para_generic: bool | None = None
            last_reporter = ("", "", "")
            last_total: Claim | None = None
            for s0, s1 in split_sentences(text, p0, p1):
                if places.read_to is not None and s0 >= places.read_to:
                    stopped = True
                elif deadline is not None and time.monotonic() > deadline:
                    places.read_to, stopped = s0, True
                if stopped:
                    break
                sentence = text[s0:s1]
                attribution.remember(sentence)
                rep = attribution.find(sentence)
                if rep[0]:
                    last_reporter = rep
                elif _CONTINUES.match(sentence):
                    rep = last_reporter  # "This included ...", "Prior reports had ...": same source
                sent_places = para_mentions[bisect_left(para_starts, s0):bisect_left(para_starts, s1)]
                tolls = _tolls(sentence, s0, ignored)
                if not tolls and not sent_places:
                    continue  # neither a toll nor a place: no claim can come of it (most sentences)
                sent_mentions = _drop_qualifying(text, sent_places)
                area = _best_area(sent_mentions, GENERIC_AREAS.search(sentence) is not None, places, gaz)
                used = sent_mentions
                if area is None:
                    # the places of the nearest sentence of the paragraph that names any,
                    # the one before first ("... in Latakia and Tartus" stays one region)
                    near = _nearest_sentence_places(para_mentions, para_starts, s0, s1)
                    if para_generic is None:  # searched once per paragraph, not once per sentence
                        para_generic = GENERIC_AREAS.search(text, p0, p1) is not None
                    area = _best_area(near, para_generic, places, gaz)
                    used = near
                if area is None:
                    if not focus_area:
                        focus_area.append(_focus_country(places, gaz))
                    area = focus_area[0]
                date_start, date_end, date_text = find_dates(sentence, published)
                incident_count = next((t.count.best for t in tolls if t.incident_count), None)
                base = dict(
                    article_id=article.id, path=article.path, place_mentions=[
                        _mention_ref(m)
                        for m in used],
                    date_start=date_start, date_end=date_end, date_text=date_text,
                    reported_by=rep[0] or (article.outlet or ""), reporter_kind=reporter_kind(rep[0]) if rep[0] else "media",
                    relayed_by=rep[1], attribution=rep[2], sentence=sentence, sentence_start=s0, sentence_end=s1,
                    published=published.isoformat() if published else None, outlet=article.outlet,
                    incident_count=incident_count,
                    **_place_fields(area),
                )
                head: Claim | None = None
                made_toll = False
                inherits = last_total is not None and re.match(
                    r"(?i)\s*(?:this|that|these|it|they|the toll|the figure)\s+(?:also\s+)?(?:included|includes|including|comprised|comprises)", sentence)
                kinds: dict[tuple, tuple[str, str, str]] = {}  # per sentence: (victims, outcome) -> types
                totalish = None
                for t in tolls:
                    if t.outcome is None and inherits and not t.incident_count:
                        t.outcome = last_total.outcome
                    if t.incident_count or t.outcome is None:
                        continue
                    c = t.count
                    if (t.victims, t.outcome) not in kinds:
                        ev = _event_type(sentence, t.victims, t.outcome)
                        kinds[(t.victims, t.outcome)] = (ev, *_acled(ev, sentence, t.victims))
                    event, acled_type, acled_sub = kinds[(t.victims, t.outcome)]
                    claim = Claim(
                        claim_id=_claim_id(article.id, c.start, t.end, "toll"), event_type=event,
                        acled_event_type=acled_type, acled_sub_event_type=acled_sub, outcome=t.outcome,
                        victims=t.victims, low=c.low, best=c.best, high=c.high, qualifier=c.qualifier, vague=c.vague,
                        count_text=text[c.start:t.end], start=c.start, end=t.end, **base,
                    )
                    if t.victims == "total" and totalish is None:
                        totalish = bool(re.search(r"(?i)total|overall|in all|altogether|death toll", sentence))
                    claim.is_total = t.victims == "total" and bool(totalish)
                    if t.breakdown or (head is not None and head.is_total and t.victims != "total"):
                        parent = head if head is not None and head.outcome == t.outcome else last_total
                        if parent is not None and parent.outcome == t.outcome:
                            claim.part_of = parent.claim_id
                    elif inherits and last_total is not None and last_total.outcome == t.outcome:
                        claim.part_of = last_total.claim_id
                    if head is None or claim.is_total and not head.is_total:
                        head = claim
                    if claim.is_total:
                        last_total = claim
                    claims.append(claim)
                    made_toll = True
                if not made_toll and area is not None and sent_mentions:
                    claims.extend(_event_claims(article, sentence, s0, s1, sent_mentions, base, gaz))
            _link_breakdowns([c for c in claims[para_claims:] if c.is_toll])
            if stopped:
                break
        if stopped:
            break
    if ignored and notes is not None:
        shown = ", ".join(f"{c.text[:12]}{'…' if len(c.text) > 12 else ''} ({len(c.text):,} characters)" for c in ignored[:3])
        notes.append(f"{len(ignored)} figure(s) larger than any count of people were ignored: {shown}")
    return claims


def _link_breakdowns(claims: list[Claim]) -> None:
    """In one paragraph, category tolls that add up to no more than a total are its parts:
    "900 civilians ... 1,240 in all, including 190 security forces and 150 fighters". Parts
    are looked for near their total (``_BREAKDOWN_REACH`` characters before it, 400 after),
    so a long paragraph costs no more than a short one per claim."""
    starts = [c.start for c in claims]
    for total in [c for c in claims if c.is_total]:
        lo, hi = bisect_left(starts, total.start - _BREAKDOWN_REACH), bisect_left(starts, total.end + 400)
        parts = [c for c in claims[lo:hi] if c.victims != "total" and c.outcome == total.outcome
                 and c.part_of in (None, total.claim_id) and c.reported_by == total.reported_by]
        if parts and sum(c.best for c in parts) <= total.best * 1.02:
            for c in parts:
                c.part_of = total.claim_id


_BREAKDOWN_REACH = 3000


def _nearest_sentence_places(mentions: list[Mention], starts: list[int], s0: int, s1: int) -> list[Mention]:
    """The mentions of the nearest sentence that names any (``mentions`` sorted by position,
    ``starts`` their starts): the last one before ``s0`` first, else the first after ``s1``."""
    k = bisect_left(starts, s0)
    while k > 0 and mentions[k - 1].sentence_end > s0:
        k -= 1
    if k > 0:
        last = mentions[k - 1].sentence_start
        j = k - 1
        while j > 0 and mentions[j - 1].sentence_start == last:
            j -= 1
        return mentions[j:k]
    k = bisect_left(starts, s1)
    if k < len(mentions):
        first = mentions[k].sentence_start
        j = k
        while j < len(mentions) and mentions[j].sentence_start == first:
            j += 1
        return mentions[k:j]
    return []


def _mention_ref(m: Mention) -> dict:
    """How a claim cites the place mention it rests on."""
    return {"start": m.start, "end": m.end, "text": m.text, "place_id": m.place_id, "precision": m.precision}


def _drop_qualifying(text: str, mentions: list[Mention]) -> list[Mention]:
    """In "the Hmeimim air base in Latakia" or "Douma, Rif Dimashq", the second place only
    says where the first is: the claim is about the first."""
    out: list[Mention] = []
    for m in mentions:
        gap = text[out[-1].end:m.start] if out else ""
        if out and out[-1].kind in ("landmark", "locality", "admin2") and m.kind != "landmark" and (
                re.fullmatch(r"(?i)[^.;,]{0,30}?\s(?:in|near|outside|of)\s(?:the\s)?(?:city\s|town\s|province\s)?(?:of\s)?", gap)
                or (re.fullmatch(r"\s*,\s*", gap) and m.kind in ("admin1", "admin2", "country", "region"))):
            continue  # a list "Latakia, Jableh, and Baniyas" keeps every place
        out.append(m)
    return out


def _place_fields(area: dict | None) -> dict:
    if area is None:
        return {"place_id": None, "place_name": None, "place_kind": None, "precision": None, "lat": None, "lon": None,
                "country": None, "admin1": None, "parts": ()}
    return {"place_id": area["place_id"], "place_name": area["name"], "place_kind": area["kind"],
            "precision": area["precision"], "lat": area["lat"], "lon": area["lon"], "country": area["country"],
            "admin1": area["admin1"], "parts": tuple(area["parts"])}


# A sentence that continues the previous one's report (and so its attribution).
_CONTINUES = re.compile(r"(?i)\s*(?:this|these|that|those|it|they|the (?:toll|figure|count|number)|prior|earlier|previous|"
                        r"an earlier|the previous|the earlier|of (?:these|those|them)|among (?:them|those)|"
                        r"in addition|additionally|besides|the (?:group|monitor|observatory) also)\b")

_NOT_EVENT = re.compile(r"(?i)\b(?:would|could|might|may|should|will|if|whether|urged|calls? for|called for|demand(?:ed|s)?|"
                        r"condemn(?:ed|s)?|warn(?:ed|s)?|fears?|threat(?:en(?:ed|s)?)?)\b")


def _event_claims(article: Article, sentence: str, s0: int, s1: int, mentions: list[Mention], base: dict,
                  gaz: Gazetteer) -> list[Claim]:
    """Event claims (no count): one per location named in a sentence that reports an event."""
    event = _event_type(sentence, None, None)
    if event == "other" or _NOT_EVENT.search(sentence):
        return []
    acled_type, acled_sub = _acled(event, sentence, None)
    out = []
    seen = set()
    for m in mentions:
        if m.kind == "country" and any(o.kind != "country" for o in mentions):
            continue
        if m.place_id in seen:
            continue
        seen.add(m.place_id)
        fields = dict(base)
        fields.update(_place_fields(_area_for([m], gaz)))
        fields["place_mentions"] = [_mention_ref(m)]
        fields["incident_count"] = base["incident_count"]
        out.append(Claim(
            claim_id=_claim_id(article.id, m.start, m.end, "event:" + event), event_type=event,
            acled_event_type=acled_type, acled_sub_event_type=acled_sub, outcome=None, victims=None, low=None,
            best=None, high=None, qualifier="", vague=False, count_text="", start=m.start, end=m.end, **fields,
        ))
    return out
