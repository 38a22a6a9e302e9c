"""Tolls: which counts in a sentence count people, what happened to them, and who they were.

A count becomes a toll only when it counts people: a person noun follows ("120 civilians",
"40 members of the security forces", "his two brothers and niece" = 3), or an outcome noun
("hundreds dead", "120 deaths"), or a toll noun or verb leads to it ("the death toll has
risen to 1,240", "killing seven"). Dates, years, ages, durations, percentages, money and
counts of things are never tolls; "30 massacres" is an incident count. The outcome comes from
the words around the count; a breakdown ("including 231 security forces") takes its total's.
The words and patterns are data (``geo/lang/<code>/tolls.py``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from geo import lang
from geo.gate import gated
from geo.dates import MONTHS, WEEKDAYS
from geo.gazetteer import demonym_words
from geo.actors import default_groups
from geo.numbers import CEILING, Count, find_counts, to_int
from geo.text import WordGate, alternation, word_set
from geo.vocab import CATEGORIES, Outcome, Revision, Victims

_L = lang.get().tolls
PERSON_NOUNS, OUTCOME_WORDS, OUTCOME_NOUNS = _L.PERSON_NOUNS, _L.OUTCOME_WORDS, _L.OUTCOME_NOUNS
SECURITY_WORDS, FIGHTER_WORDS, CIVILIAN_WORDS = _L.SECURITY_WORDS, _L.FIGHTER_WORDS, _L.CIVILIAN_WORDS
ALLEGIANCE_HEADS, ALLEGIANCE_LINKS = _L.ALLEGIANCE_HEADS, _L.ALLEGIANCE_LINKS
EVENT_NOUNS, THING_NOUNS, TIME_UNITS, _PHRASE_STOP = _L.EVENT_NOUNS, _L.THING_NOUNS, _L.TIME_UNITS, _L.PHRASE_STOP
NOT_A_TOLL_AFTER, MONEY_WORDS, KIN_ONE = _L.NOT_A_TOLL_AFTER, _L.MONEY_WORDS, _L.KIN_ONE
KIN = _L.KIN
_POSSESSIVE = r"(?:his|her|their|its)\s+"
_AGED = r"(?:\d{1,3}-(?:years?|months?)-old\s+)"  # "a 19-year-old man": an age before the noun
KIN_RE = gated(rf"(?i)\b(?:{_POSSESSIVE})?((?:(?:[a-z0-9,]+\s+)?{_AGED}?(?:{KIN})\b)"
                    rf"(?:\s*(?:,|and|,\s*and)\s*(?:{_POSSESSIVE})?(?:(?:(?:a|an|one)\s+(?:[a-z-]+\s+|{_AGED})|"
                    # (a kin word after the count of a later item: "and her two young sons")
                    rf"(?:\d+|{_L.LIST_COUNT_WORDS})\s+(?:{'|'.join(sorted(_L.KIN_ADJECTIVES))})\s+|[a-z0-9]+\s+)?(?:{KIN})\b))+)")
# (a later item may be "a pregnant woman", "a 22-year-old woman": one, whatever the word between)
_KIN_WORD = WordGate(word_pattern=KIN)
_PAIR_TEXT = gated(rf"(?i){_L.PAIR}")
_PAIR_ALONE = gated(rf"(?i)\b(?:{_L.PAIR_OWNERS})\s+(?P<pair>{_L.PAIR})\b")
_KIN_ITEMS = gated(r"\s*(?:,\s*and\b|,|\band\b)\s*")  # ("grandchildren" holds no "and")
_UNIT_AFTER = gated(r"\s*-\s*(?:" + "|".join(TIME_UNITS) + r")\b")
_TOLL_LEAD = gated(_L.TOLL_LEAD)
_TOLL_LEAD_PAST_PLACE = gated(_L.TOLL_LEAD_PAST_PLACE)
_ALL_ABOARD, _CARRYING_LEAD = gated(_L.ALL_ABOARD), gated(_L.CARRYING_LEAD)
_ACTIVE_UNKNOWN_ONE = gated(_L.ACTIVE_UNKNOWN_ONE)
_MOB_KILLING, _SUSPECTED, _ATTACKER_NOUN = gated(_L.MOB_KILLING), gated(_L.SUSPECTED), gated(_L.ATTACKER_NOUN)
_SHOOTOUT = gated(_L.SHOOTOUT)
_BY_FORCES, _SUSPECT_WORD = gated(_L.BY_FORCES), gated(_L.SUSPECT_WORD)
TOLL_RISE_LEAD = gated(_L.TOLL_RISE_LEAD)
_TOLL_NOUN_LEAD = gated(_L.TOLL_NOUN_LEAD)
_ACTIVE_LEAD = gated(_L.ACTIVE_LEAD)
_ALONG_WITH_LEAD = gated(_L.ALONG_WITH_LEAD)
_ONLY_LEAD, _BODIES_AFTER = (gated(p) for p in _L.BODIES_SO_FAR)
_FIGURE_LEAD, _FIGURE_OF_DEAD = gated(_L.FIGURE_LEAD), gated(_L.FIGURE_OF_DEAD)
_OWN_OUTCOME_AFTER = gated(r"(?i)\s*(?:[a-z-]+\s+){0,2}?(?:wounded|injured|hurt|dead|killed)\b")  # "along with 67 injured"
_OTHER_VERB = gated(_L.OTHER_VERB)
_BRACKETED = gated(r"\([^()]*\)")  # an aside in brackets
_SUBORDINATE = gated(_L.SUBORDINATE)
_OTHERS_PLACE_GAP = gated(_L.OTHERS_PLACE_GAP)
_VERB_CHAIN = gated(_L.VERB_CHAIN)
_LATER_DIED_ONE = gated(_L.LATER_DIED_ONE)
FOUND_DEAD, SHOT_WORD, DIED_LATER = gated(_L.FOUND_DEAD), gated(_L.SHOT_WORD), gated(_L.DIED_LATER)
ATTACKER_DIED_LATER = gated(_L.ATTACKER_DIED_LATER)
_ONE_PRONOUN = gated(_L.ONE_PRONOUN)
_AS_MANY = gated(_L.AS_MANY)
_CAUSE_BEFORE = gated(r"(?i)" + _L.RISE_CAUSE + r"\s+$")  # ("after three more victims died")
_AND_WITH = gated(_L.AND_WITH)
_PART_SAID = gated(_L.PART_SAID)
_HURT_NOT_HIT = gated(_L.HURT_NOT_HIT)
_SINGULAR_SUBJECT_VERB = gated(_L.SINGULAR_SUBJECT_VERB)
_BRACKETED_ACRONYM = gated(r"\(\s*[A-Z][A-Z0-9&.-]{1,9}\s*\)")
_DEAD_AFTER = gated(_L.DEAD_AFTER)
_OR_HURT_AFTER = gated(_L.OR_HURT_AFTER)
_SENT_TO_HELL_LEAD = gated(_L.SENT_TO_HELL_LEAD)
_TO_HELL_AFTER = gated(_L.TO_HELL_AFTER)
_KILLED_THEM_AFTER = gated(_L.KILLED_THEM_AFTER)
_BODIES_FOUND_AFTER = gated(_L.BODIES_FOUND_AFTER)
_HURT_THEN_DIED_AFTER = gated(_L.HURT_THEN_DIED_AFTER)
_FOUND_HARMED_LEAD = gated(_L.FOUND_HARMED_LEAD)
_LIVES_LEAD = gated(_L.LIVES_LEAD)
_LIVES_AFTER = gated(_L.LIVES_AFTER, re.IGNORECASE)
_BREAKDOWN_LEAD = gated(_L.BREAKDOWN_LEAD)
_NO_FIGURE = gated(_L.NO_FIGURE)
_RELATIVE_AFTER = gated(r"\s*,\s*(?:who|which|that|whom)\b")
# between a toll and a breakdown of it: its verb, then a comma ("16 people| were injured, among them |two
# gang members"); no other count or clause ("was killed and 7, including two officers": the 7's)
_BREAKDOWN_GAP = gated(r"[^,\d]*?(?<!\band),[^,\d]*|\s*\([^,\d()]*")  # (or in brackets: "9 dead (including 3 attackers)")
_ALSO_AFTER = gated(_L.ALSO_AFTER, re.IGNORECASE)
_SEPARATE_EVENT_OPEN = gated(_L.SEPARATE_EVENT_OPEN)
_SEPARATE_EVENT_IN = gated(_L.SEPARATE_EVENT_IN)
_NUMBER_LIST_GAP = gated(r"\s*,\s*(?:and\s+)?[\d,\s]*(?:,\s*(?:and\s+)?|\s+and\s+)?|\s+and\s+")  # "24, 8 and 5"
_ANOTHER = gated(_L.ANOTHER)
_OTHERS_AFTER = gated(_L.OTHERS_AFTER)
_OTHERS_NOT_AFTER = gated(_L.OTHERS_NOT_AFTER)
_ORDINAL_ONE = gated(_L.ORDINAL_ONE)
_ALSO_LEAD = gated(_L.ALSO_LEAD, re.IGNORECASE)
_BREAKDOWN_AFTER = gated(_L.BREAKDOWN_AFTER)
_BREAKDOWN_JOIN = gated(_L.BREAKDOWN_JOIN)
_BACK_REFERENCE = gated(_L.BACK_REFERENCE)
_NO_AMOUNT = gated(_L.NO_AMOUNT_BEFORE)
INHERITS_TOTAL = gated(_L.INHERITS_TOTAL)
SINGULAR_NOUNS = _L.SINGULAR_NOUNS
_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|\d+"
_LIST_LAST = gated(_L.LIST_LAST.format(number=_NUMBER_WORDS + "|eleven|twelve|twenty|thirty|dozens"))
_CLAUSE_END_AFTER = gated(_L.CLAUSE_END_AFTER)
_ITEM_END = gated(r",|\s(?:and|as well as)\s")  # where one item of a list ends


def _object_of_verb(sentence: str, start: int, at: int) -> bool:
    """Whether an active verb of harm between ``start`` and ``at`` has the count at ``at`` as its
    object ("..., a man shot and wounded |a police officer")."""
    lead = _ACTIVE_LEAD.search(sentence, start, at) if at > start else None
    while lead is not None and lead.end() < at:
        lead = _ACTIVE_LEAD.search(sentence, lead.end(), at)
    return lead is not None and lead.end() == at and bool(re.search(r"[,;]", sentence[start:lead.start()]))


def _listing_verb(sentence: str, at: int) -> re.Match | None:
    """The active verb whose list of counted people runs up to ``at`` ("killing three soldiers,
    two policemen and |a civilian"), if any."""
    return _LIST_LAST.search(sentence, max(0, at - 160), at)
# (the words between a determiner and its noun hold no other determiner: in "an intruder stabbed
# one shopkeeper" the shopkeeper is "one shopkeeper")
_SINGULAR = gated(rf"(?i)(?<!\bno\s)(?<!\bnot\s)\b(?P<det>{_L.SINGULAR_DETERMINERS}|{_L.DEFINITE_RANK})\s+"
                       rf"(?P<mods>(?:(?!(?:{_L.SINGULAR_DETERMINERS}|{_L.NOT_MODIFIERS})\s)[\w’'-]+(?:\.[\w’'-]+)*\.?\s+){{0,4}}?)"
                       rf"(?P<noun>{alternation(SINGULAR_NOUNS)}|{_L.AGE_NOUN}|{_L.ORDINAL_NOUN})\b"
                       # ... and a person noun right after it, or a word or two on, is the head: "a civilian
                       # driver", "one police officer", "a Hindu temple worker" (no verb or function word between)
                       rf"(?:\s+(?:(?!(?:{_L.HEAD_GAP_STOP})\b)[a-zA-Z-]+(?<!ed)(?<!ing)\s+){{0,2}}?"
                       rf"(?P<head>{alternation(SINGULAR_NOUNS)})\b(?!['’]s))?")
# ... and one person by a definite article, as the object of a verb that harmed them right before
# it: "killing the driver who tried to escape", "shot dead its driver" (elsewhere "the victim" may
# be someone already counted)
_DEFINITE_ONE = gated(rf"(?i)\b(?P<det>the|its)\s+(?P<mods>(?:[\w’'-]+\s+){{0,2}}?)"
                           # (not the head of a name or a pair: "the driver of", "the father and son";
                           # but "the death of the driver and a passenger" is two)
                           rf"(?P<noun>{alternation(SINGULAR_NOUNS)})\b(?!['’]s)(?!\s+of\b)"
                           # ("the driver and two passengers": a list goes on with a count; "killing the
                           # pastor and abducting 38": the clause goes on with a verb)
                           rf"(?!\s+and\b(?!\s+(?:a|an|another|the|his|her|their|its|\d[\d,]*|{_L.LIST_COUNT_WORDS}|[a-z]+ing)\s))")
_INTENT_BEFORE = gated(_L.INTENT_BEFORE)
_ONE_DEATH = gated(_L.ONE_DEATH)
_UNKNOWN_FIRST_OF_LIST = gated(rf"(?i)\b(?:{_L.LIST_HARM_VERBS})\s+(?P<one>an?\s+(?P<noun>[a-z][a-z-]+))\s+and\s+"
                               rf"(?=(?:{_NUMBER_WORDS}|\d+)\s+(?:[a-z-]+\s+)?(?:{alternation(PERSON_NOUNS)})\b)")
_NAMED_AUX = gated(_L.NAMED_AUX)
_TITLE_MODIFIER = gated(_L.TITLE_MODIFIER)
_RANKS_OF = gated(_L.RANKS_OF)
_BY_AGENT = gated(_L.BY_AGENT)
_KILLED_BY_FORCES = gated(_L.KILLED_BY_FORCES)
_UNKNOWN_ONE = gated(_L.UNKNOWN_ONE)
_THE_NEW_ONE = gated(_L.THE_NEW_ONE)
_HURT_WORD = gated(_L.SHOT_NOT_HURT[1])
_INCLUDING_RIGHT_BEFORE = gated(_L.INCLUDING_RIGHT_BEFORE)
_SOURCES_AFTER = gated(_L.SOURCES_AFTER)
_APPOSITION_GAP = gated(r"\s*,\s*")
_APPOSITION_END = gated(r"[^,.;]{0,40}?,\s*(?!and\b|or\b)(?:who\s+)?(?:was|is|has|had|died|were)\b")
_LIST_LAST_ONE = gated(_L.LIST_LAST_ONE)
_COUNT_OR_ONE_BEFORE = gated(_L.COUNT_OR_ONE_BEFORE)
_ATTACKED_FIRST = gated(_L.ATTACKED_FIRST)
_SUFFERED_LEAD = gated(_L.SUFFERED_LEAD)
_SHOT_AT_MISSED = gated(_L.SHOT_AT_MISSED)
_SUICIDE_ATTACKERS = gated(_L.SUICIDE_ATTACKERS)
_KILLING_VERB = gated(_L.KILLING_VERBS)
_VAGUE_SUBJECT = gated(_L.VAGUE_SUBJECT)
_SURVIVED_AFTER = gated(_L.SURVIVED_AFTER)
_AGE_PLURAL_AFTER = gated(_L.AGE_INSIDE_NOUN)
_DYING_OF_INJURIES = gated(_L.DYING_OF_INJURIES)
DIED_OF_WOUNDS = gated(_L.DIED_OF_WOUNDS)
TOLL_NOW = gated(_L.TOLL_NOW)
_EARLIER_EVENT_THAT = gated(_L.EARLIER_EVENT_THAT)
_WAR_HAS_KILLED = gated(_L.WAR_HAS_KILLED)
_RANK_SERIES_WHICH = gated(_L.RANK_SERIES_WHICH)
_RANK_SERIES_PART = gated(_L.RANK_SERIES_PART)
_PERFECT_AFTER = gated(_L.PERFECT_AFTER)
_FORCES_SHOT = gated(_L.FORCES_SHOT)
_ATTACKER_AFTER = gated(_L.ATTACKER_AFTER)
_ABBREVIATED_NEXT = gated(r"\s+[A-Z][a-z]")  # (a sentence's own full stop is never followed by one)
_COUNT_NEXT = gated(rf"(?i)\s+(?:\d|(?:{_NUMBER_WORDS})\b)")
_ATTACK_BEFORE_BY = gated(_L.ATTACK_BEFORE_BY)
_PROJECTION_LEAD = gated(_L.PROJECTION_LEAD)
_DEFINITION_LEAD, _RESCUED_LEAD = gated(_L.DEFINITION_LEAD), gated(_L.RESCUED_LEAD)
_AGE_IN_BRACKETS_BEFORE = gated(r"[A-Z][\w’'-]+\s*\($")  # a name, then its age in brackets
_AGENT_NUMBER_AFTER = gated(_L.AGENT_NUMBER_AFTER)
_NAME_BEFORE_NUMBER = gated(r"(?<![.!?]\s)\b[A-Z][\w-]*[ \t]+$")  # ("Fiat 500"; not a sentence's first word)
_ONE_OF_APPOSITION = gated(_L.ONE_OF_APPOSITION)
_ONE_OF_APPOSITION_TITLED = gated(_L.ONE_OF_APPOSITION_TITLED)
_PERSON_NAME = gated(_L.PERSON_NAME)
_NAME_ENDS = gated(_L.NAME_ENDS)
_NAME_HARM_BEFORE = gated(_L.NAME_HARM_BEFORE)
_NAME_PASSIVE = gated(_L.NAME_PASSIVE)
_PRONOUN_DIED = gated(_L.PRONOUN_DIED.format(noun=alternation(SINGULAR_NOUNS)))
_HEADLINE_ONE = gated(rf"{_L.HEADLINE_ONE_LEAD}(?P<noun>(?=[A-Z])(?i:{alternation(SINGULAR_NOUNS)}))"
                           rf"(?:\s*,\s*\d{{1,3}}\s*,)?\s+(?P<verb>{_L.HEADLINE_ONE_VERB})")
_AMONG_LEAD = gated(_L.AMONG_LEAD)
_ASSAILANTS_AFTER = gated(_L.ASSAILANTS_AFTER)
_AND_WERE_KILLED = gated(_L.AND_WERE_KILLED)
_NAME_ASIDE = gated(_L.NAME_ASIDE)
_NAMED_APPOSITION = gated(_L.NAMED_APPOSITION.format(nouns=alternation(SINGULAR_NOUNS)))


class _TitledName:
    """``finditer`` of one person by a title and a name ("Senator Enrique Casas was murdered",
    "gunmen shot dead journalist Ana Ruiz": the title says who they were): a word before a capitalised word is
    looked up in ``SINGULAR_NOUNS`` first (one set look-up a word, not an alternation of every
    title tried at every position), then the name after it matched."""

    _word = re.compile(r"\b[A-Za-z]+(?=\s+[A-Z])")
    # (with the words that make a rank of it before it: "Assistant Sub-Inspector Abdul Rehman")
    _prefix = re.compile(rf"(?i:{_L.TITLE_PREFIXES})[-\s]$")
    _full = re.compile(rf"(?:(?i:{_L.TITLE_PREFIXES})[-\s])*(?P<noun>[A-Za-z]+)\s+(?:[A-Z][\w’'-]*\.?\s+){{0,3}}[A-Z][\w’'-]+\b")

    def finditer(self, sentence: str):
        for w in self._word.finditer(sentence):
            if w.group().lower() in SINGULAR_NOUNS:
                at = w.start()
                while (p := self._prefix.search(sentence, max(0, at - 20), at)) is not None \
                        and (p.start() == 0 or not sentence[p.start() - 1].isalpha()):
                    at = p.start()
                m = self._full.match(sentence, at)
                if m is not None and not m.group().endswith(("'s", "’s")):  # ("Mayor Jane Doe's driver")
                    yield m


_TITLED_NAME = _TitledName()


def _past_aside(sentence: str, at: int) -> int:
    """Where a person's aside after ``at`` ends (", a prominent cleric", ", 41"), else ``at``."""
    m = _NAME_ASIDE.match(sentence, at)
    return m.end() if m else at


def _verb_before_title(lead: str) -> re.Match | None:
    """The active verb before a title's words ("killed Kurdish opposition |leader X"): up to
    three words back from the title (``lead`` lower case, ending right before it)."""
    end = len(lead)
    for _ in range(3):
        word = _TITLE_MODIFIER.search(lead, max(0, end - 40), end)
        if word is None:
            return None
        end = word.start()
        active = _ACTIVE_LEAD.search(lead, 0, end)
        if active is not None:
            return active
    return None


_ONE_OF = gated(_L.ONE_OF.format(nouns=alternation(n for n in PERSON_NOUNS if n not in ("others", "lives", "bodies"))))
_THE_PERPETRATOR = gated(rf"(?i)\b{_L.THE_PERPETRATOR}(?:(?:suspected|alleged|lone|suicide|second|first|other)\s+)?"
                              rf"(?P<noun>{'|'.join(n for n, v in SINGULAR_NOUNS.items() if v == Victims.PERPETRATORS)})\b")
_NATURAL_CAUSES = gated(_L.NATURAL_CAUSES)
_AUX = gated(rf"(?i)\b{_L.PASSIVE_AUX}\b")
_VERB_NOT_NOUN = gated(_L.VERB_NOT_NOUN)
_TAKES_OBJECT = gated(rf"(?i)^(?:(?!.*\b(?:{_L.INTRANSITIVE})\b)|(?:{_L.TRANSITIVE_DEAD})\b)")  # ("later died at the hospital": no object)
_ALL_LEAD = gated(_L.ALL_LEAD)
_AUX_BEFORE = gated(rf"(?i)\b{_L.PASSIVE_AUX}\s+(?:(?:{_L.PASSIVE_ADVERBS})\s+){{0,2}}$")
_NAME_AFTER = gated(rf"\s+(?!(?:{'|'.join(w.capitalize() for w in sorted({*MONTHS, *WEEKDAYS}))})\b)[A-Z][a-z]")
_OBJECT_AFTER = gated(_L.OBJECT_AFTER)
_PERPETRATOR_APPOSITION = gated(_L.PERPETRATOR_APPOSITION.format(
    nouns="|".join(n for n, v in SINGULAR_NOUNS.items() if v == Victims.PERPETRATORS)))
_AGE_AFTER = gated(rf"(?:[A-Z][\w’']+|\b(?i:{alternation(SINGULAR_NOUNS)})),\s*(?:aged\s+)?$")
# the outcome phrases of a family (every verb, kind and hurt of it), one pattern each; a family's
# phrase is tried before the listed ones, as the longer ("fled with burns", not "fled")
_FAMILIES = [(rf"(?:{alternation(verbs)}) {alternation(kinds)}{alternation(hurts)}", outcome)
             for verbs, kinds, hurts, outcome in _L.OUTCOME_FAMILIES]
_FAMILY = "|".join(f for f, _ in _FAMILIES)
_PHRASES = gated(r"(?i)\b(?:" + _FAMILY + "|" + alternation(p.lower() for p in _L.OUTCOME_PHRASES) + r")\b")
_OUTCOME_WORD = "(?:" + _FAMILY + "|" + alternation([*(p.lower() for p in _L.OUTCOME_PHRASES),
                                                      *(w for w, o in OUTCOME_WORDS.items() if o)]) + ")"
# after a count or a singular noun: what happened to them ("were later found dead", "killed")
_PASSIVE = gated(rf"(?i)\s*(?:,\s*)?(?:who\s+)?(?:{_L.PASSIVE_AUX}\s+)?(?:(?:{_L.PASSIVE_ADVERBS})\s+){{0,2}}"
                      rf"(?P<verb>{_OUTCOME_WORD})\b")
# ... after one person named by a singular noun, past an age or where they came from
_ANY_PERSON = alternation(set(SINGULAR_NOUNS) | set(PERSON_NOUNS))  # every person noun, singular or plural (built once)
_JOINED_NEXT = gated(rf"(?i)\s*(?:,\s*)?{_L.PERSON_JOIN}\s+(?:{_L.SINGULAR_DETERMINERS}|{_NUMBER_WORDS})\s+"
                          rf"(?:[\w’'-]+\s+){{0,4}}?(?:(?:{_ANY_PERSON})\b(?!['’])"
                          # (the head, not a word before it: "and two other |people")
                          rf"(?!\s+(?:{_ANY_PERSON})\b)"
                          # ... or a noun the lists lack, right before the list's plural verb: "a soldier and a
                          # caretaker were killed" (what it is, a person or not, is said where it is counted)
                          rf"|[a-z][\w’'-]*(?=\s+were\s)"
                          # ... or "others", or a people's plural: "a paramedic and three others were injured",
                          # "A Turkish citizen and five other Syrians were wounded"
                          rf"|others\b|(?-i:[A-Z][a-z]+s)\b(?=\s+(?:were|had been|have been)\s))")
# ... past the list's other people, a comma between each: "A soldier, a policeman and a child were killed"
_LIST_ITEMS = gated(rf"(?i)(?:\s*,\s*(?:{_L.SINGULAR_DETERMINERS}|{_NUMBER_WORDS})\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_ANY_PERSON})\b(?!['’]))+")
_JOIN_BEFORE = gated(rf"(?i)\s*(?:,\s*)?{_L.PERSON_JOIN}\s+")
# ... a comma alone between two people of a list that goes on past the second ("a farmer, a trader
# and a herder"; not an aside: "a man, a trader, in Bokkos")
_COMMA_ONLY = gated(r"\s*,\s*")
_LIST_GOES_ON = gated(rf"(?i)\s*(?:,\s*(?:(?:{_L.PERSON_JOIN})\s+)?|\s+(?:{_L.PERSON_JOIN})\s+)"
                           rf"(?:{_L.SINGULAR_DETERMINERS}|{_NUMBER_WORDS})\s+"
                           rf"(?:[\w’'-]+\s+){{0,4}}?(?:{_ANY_PERSON})\b(?!['’])")
_TAKEN_LEAD = gated(_L.TAKEN_LEAD)
_SINGULAR_PASSIVE = gated("(?i)" + _L.SINGULAR_POSTMODIFIER + _PASSIVE.pattern.removeprefix("(?i)"))
# a count of unknown people followed by what happened to them: "23 pilgrims were massacred"
_ELIDED_SUBJECT_GAP = gated(_L.ELIDED_SUBJECT_GAP)
_SUBJECT_PASSIVE = gated(rf"(?i)\s+(?:(?!{_L.PASSIVE_AUX}\b)(?P<noun>[A-Za-z][\w’'-]*|\d{{1,2}}-(?:year|month)-olds?)\.?\s+){{0,4}}?"
                              rf"(?:{_L.PASSIVE_AUX}\s+)?(?:(?:{_L.PASSIVE_ADVERBS})\s+){{0,2}}(?P<verb>{_OUTCOME_WORD})\b")
# (past an aside of who they are: "the shooter, a student at the university, had also killed his father")
_AGENT = gated(rf"(?:\s*,\s+(?:an?|the)\s+[^,;.()]{{1,60}},|\s*,(?=\s+(?:had|has|have|also)\b))?(?:\s+(?:of|from)\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){{0,4}}?[\w’'-]+)?"
                    rf"\s*(?:(?:also|then|later|reportedly|allegedly|fatally|mortally|had|have|has|who)\s+)*"
                    # ("shot and injured a 21-year-old": two verbs, one object)
                    rf"(?:(?:(?:{_L.AGENT_VERBS})\s+and\s+)?(?:{_L.AGENT_VERBS})\s+{_L.AGENT_OBJECT}|{_L.AGENT_DEEDS})")
_LIST_JOIN = gated(_L.LIST_JOIN)
_FAMILY_OF = gated(_L.FAMILY_OF)
_ASIDE = gated(_L.ASIDE)
_BREAKDOWN_LEAD_IN = gated(r"\s*(?:including|among them|of whom|most of them|many of them)\b")
_OF_PHRASE = gated(_L.OF_PHRASE)
_OF_UP_TO_AND = gated(_L.OF_UP_TO_AND)
_SUBSET_LEAD = gated(_L.SUBSET_LEAD)
_AGE_LEAD = gated(_L.AGE_LEAD)
_REVISED_LEAD = gated(_L.REVISED_LEAD)
_MORE_ELLIPSIS, _MORE_ELLIPSIS_LEAD = gated(_L.MORE_ELLIPSIS), gated(_L.MORE_ELLIPSIS_LEAD)
_PLACE_ELLIPSIS = gated(_L.PLACE_ELLIPSIS)
_HIT_VERB_BEFORE, _HIT_THEN_KILLING = gated(_L.HIT_VERB_BEFORE), gated(_L.HIT_THEN_KILLING)
_REVISED_LONG_LEAD = gated(_L.REVISED_LONG_LEAD)
_SUPERSEDED_LEAD = gated(_L.SUPERSEDED_LEAD)
_ANOTHER_ALONE = gated(_L.ANOTHER_ALONE)
_LIST_GAP = gated(_L.LIST_GAP)
_SUBSET_AFTER = gated(_L.SUBSET_AFTER)
_WHOLE_OF_SUBSET = gated(_L.WHOLE_OF_SUBSET)
_OF_THEM_AFTER = gated(_L.OF_THEM_AFTER)
_ASIDE_CLOSED = gated(r"\s*,")  # an aside's closing comma
# a toll's own verb, then the comma of an aside about its people: "Eight people died, "
_VERB_THEN_COMMA = gated(r"\s+(?:(?:were|was|have been|had been)\s+)?(?:\w+ly\s+)?(?:killed|died|dead|wounded|injured|hurt|"
                              r"shot dead)\b[^,;.]{0,40},\s*")
_RISE_UP_TO_LEAD = gated(_L.RISE_UP_TO_LEAD)
_OF_THOSE_HURT = gated(_L.OF_THOSE_HURT)
_SUBSET_COUNT = gated(rf"(?i)(?<!\bno\s)(?<!\bnot\s)\b(?P<n>{_NUMBER_WORDS}|an?(?=\s+{_L.SUBSET_PERSON}))"
                           rf"\s+(?:of\s+(?:whom|them|those|the\s+(?:victims|wounded|injured))\s+)?"
                           rf"(?:{_L.SUBSET_PERSON})?"  # ("One person succumbed to their injuries")
                           rf"(?:{_L.PASSIVE_AUX}\s+)?(?:(?:{_L.PASSIVE_ADVERBS})\s+){{0,2}}(?P<verb>fatally|died|dying|succumbed|dead|"
                           # (not the agent of a killing: "an ambush on one of them killed 37 people")
                           rf"killed(?!\s+(?:at least\s+|some\s+|about\s+)?(?:\d|(?:{_NUMBER_WORDS})\b|an?\b|the\b|his\b|her\b|their\b)))\b")
_AMONG_THE = gated(_L.AMONG_THE)
_PART_OF_DEAD = gated(_L.PART_OF_DEAD)
_DESCRIBED_PART = gated(_L.DESCRIBED_PART)
_PART_OF_HURT = gated(_L.PART_OF_HURT)
SELF_KILLED = gated(_L.SELF_KILLED)
_SELF_LAST = gated(_L.SELF_LAST)
_SELF_LAST_HURT = gated(_L.SELF_LAST_HURT)
_PHRASE_OUTCOMES = {k.lower(): v for k, v in _L.OUTCOME_PHRASES.items()}
_FAMILY_OUTCOMES = [(re.compile(f), outcome) for f, outcome in _FAMILIES]
_FAMILY_CUE = gated(rf"(?i)\b(?:{'|'.join(f for f, o in _FAMILIES if o) or '(?!)'})\b")
# A sentence without any of these words (or a family's phrase) can hold no toll that is not a
# number (one person, a part, the attacker's own death): the finders for those are not run on it.
_CUE = WordGate([*(w for w, o in (*OUTCOME_WORDS.items(), *_PHRASE_OUTCOMES.items()) if o),
                 "himself", "herself", "suicide", "own life", "dead"])


def _phrase_outcome(phrase: str) -> str | None:
    """The outcome of a lower-cased outcome phrase, listed or of a family."""
    o = _PHRASE_OUTCOMES.get(phrase)
    if o is None:
        o = next((outcome for f, outcome in _FAMILY_OUTCOMES if f.fullmatch(phrase)), None)
    return o
TOTAL_WORDS = gated(_L.TOTAL_WORDS)
CLOSING_COUNT = gated(_L.CLOSING_COUNT)
RISE_CAUSE = gated(_L.RISE_CAUSE)
RISE_TO = gated(_L.RISE_TO)
AMONG_TOTAL = gated(_L.AMONG_TOTAL)
_PERHAPS_MORE = gated(_L.PERHAPS_MORE)
_PERHAPS_WORD = gated(_L.PERHAPS_WORD)
CUMULATIVE = gated(_L.CUMULATIVE)
_EARLIER_EVENT = gated(_L.EARLIER_EVENT)
_CLAUSE_BREAK = gated(_L.CLAUSE_BREAK)
_DAY_OF_PART = gated(_L.DAY_OF_PART)
BARE_PART_DAY = gated(_L.BARE_PART_DAY)
_SUPERLATIVE_CLAUSE = gated(_L.SUPERLATIVE_CLAUSE)
_OPERATION_DAYS = gated(_L.OPERATION_DAYS)
_ACTIVE_ONE = gated(_L.ACTIVE_ONE)
_LATER_DIED = gated(_L.LATER_DIED)
_MONEY_LEAD = gated(_L.MONEY_LEAD)
_FEARED_AFTER = gated(_L.FEARED_AFTER)
_OFFICE_HOLDER = gated(_L.OFFICE_HOLDER)
_OFFICE_HOLDER_LEAD = gated(_L.OFFICE_HOLDER_LEAD)
_LOST_LEAD = gated(_L.LOST_LEAD)


def cumulative_tolls(sentence: str, s0: int, tolls: list["Toll"]) -> list[bool]:
    """Which of a sentence's tolls (found at offset ``s0``) are a whole war's, campaign's or
    period's figure. A period's words speak for the tolls of their own clause ("Two men were
    killed in X overnight, bringing the number killed this year to 190": the 190 only); words in
    a clause of no toll ("This year, 30 civilians and 12 soldiers have died") speak for all; a
    comparison's period is no such words ("one of the deadliest attacks this year")."""
    if not tolls:
        return []
    # the deaths an attack avenged are an earlier event's: context ("in retaliation for the
    # killing of two soldiers")
    earlier = [(_EARLIER_EVENT.search(sentence, max(0, t.count.start - s0 - 120), t.count.start - s0) is not None
                or _EARLIER_EVENT_THAT.search(sentence, max(0, t.count.start - s0 - 140), t.count.start - s0) is not None
                or _WAR_HAS_KILLED.search(sentence, max(0, t.count.start - s0 - 120), t.count.start - s0) is not None)
               or _RANK_SERIES_WHICH.search(sentence, max(0, t.count.start - s0 - 200), t.count.start - s0) is not None
               and _PERFECT_AFTER.match(sentence, t.count.end - s0) is not None
               or _RANK_SERIES_PART.search(sentence, max(0, t.count.start - s0 - 240), t.count.start - s0) is not None
               for t in tolls]  # (and a war's own toll in its relative clause, and a ranked series')
    for k in range(1, len(tolls)):  # "another shooting where a man died and six were injured": the list goes on
        gap = sentence[tolls[k - 1].end - s0:tolls[k].count.start - s0]
        if earlier[k - 1] and not earlier[k] and len(gap) < 40 and " and " in gap and not _CLAUSE_BREAK.search(gap):
            earlier[k] = True
    asides = [m.span() for m in _SUPERLATIVE_CLAUSE.finditer(sentence)] + [m.span("period") for m in _OPERATION_DAYS.finditer(sentence)]
    cues = [m.start() for m in CUMULATIVE.finditer(sentence) if not any(a <= m.start() < b for a, b in asides)]
    if not cues:
        return earlier
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)]
    clause = [bisect_right(breaks, t.count.start - s0) for t in tolls]
    said = {bisect_right(breaks, k) for k in cues}
    # a part told with its own day is that day's ("..., including six in Nairobi on Tuesday night")
    dated_part = [t.breakdown and _DAY_OF_PART.match(sentence, t.end - s0) is not None
                  and not any(t.count.start - s0 <= k < t.end - s0 + 80 for k in cues) for t in tolls]
    if len(tolls) == 1:
        # a lone toll before a running total's clause is the day's own ("Two leaders were shot
        # dead in X, bringing the number killed this year to 124": the 124 is not a toll here)
        return [earlier[0] or min(said) <= clause[0]]
    if not said <= set(clause):
        return [not d or e for d, e in zip(dated_part, earlier)]
    return [(k in said and not d) or e for k, d, e in zip(clause, dated_part, earlier)]


def _outcome_of(verb: str) -> str | None:
    """The outcome of a matched outcome word or phrase ("shot dead", "massacred")."""
    v = verb.lower()
    return _phrase_outcome(v) or OUTCOME_WORDS.get(v)


def _names_armed(text: str) -> bool:
    """Whether ``text`` names attackers or fighters: the only people ARMED_ONLY_OUTCOMES kill."""
    return any(PERSON_NOUNS.get(w) in (Victims.PERPETRATORS, Victims.FIGHTERS) for w in _words(text))


def _passive_outcome(m: re.Match) -> str | None:
    """The outcome of a passive ("were shot", "was fatally wounded": killed)."""
    if re.search(r"(?i)\b(?:fatally|mortally)\b", m.group()):
        return Outcome.KILLED
    outcome = _outcome_of(m.group("verb"))
    if m.group("verb").lower() in _L.ARMED_ONLY_OUTCOMES and not _names_armed(m.group()):
        return None  # ("three candidates were eliminated": no one died)
    if outcome not in (Outcome.KILLED, Outcome.WOUNDED) and (hurt := _HURT_AND.search(m.group())):
        return _outcome_of(hurt.group(1))  # "was injured and evacuated": hurt, then moved
    if outcome == Outcome.WOUNDED and _LATER_DIED_AFTER.match(m.string, m.end()):
        return Outcome.KILLED  # "was shot in the chest and later died at the hospital"
    return outcome


_LATER_DIED_AFTER = gated(_L.LATER_DIED_AFTER)
_HURT_AND = gated(_L.HURT_AND)


def _words(s: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*", s.lower())


@dataclass
class Toll:
    """A count of people in a sentence, with what happened to them and who they were."""

    count: Count
    outcome: str | None
    victims: str | None
    end: int                 # end of the counted phrase
    incident_count: bool = False
    breakdown: bool = False
    additional: bool = False  # "six militants were also killed": beside the toll already given, not in it
    of_the_last: bool = False  # killed among the wounded of the sentence before: "Two of them died."
    pronoun: bool = False  # "He died the next day": the one hurt before, or no one new
    revision: Revision = Revision.NONE  # "later revised the toll to three" / "initially said four"
    ordinal: int = 0  # "a third person has died": the count is the rank, everyone so far
    others: bool = False  # "Two others died later": more people, if a toll of that outcome came just before
    by_place: bool = False  # a part of a toll by where they died: "Of the dead, 92 were in Jajarkot"
    next_by_rank: bool = False  # one more by rank after the sentence's people: "three wounded and a fourth"
    rank_victims: str | None = None  # who the ranked one is: "a third soldier" (security forces)
    definite: bool = False  # one person by "the" ("the mayor was killed"): no one new where the story named them before


def _rescuers(words: list[str]) -> bool:
    """The words name a rescue service ("civil defence"): civilians, whatever "defence" says."""
    return any(tuple(words[k:k + len(r)]) == r for r in _L.RESCUE_SERVICES for k in range(len(words)))


def _side(words: list[str]) -> str | None:
    """Whose dead the words say, the state's forces before fighters before civilians; None if
    they do not say."""
    if _rescuers(words):
        return Victims.CIVILIANS
    for side, known in ((Victims.SECURITY_FORCES, SECURITY_WORDS), (Victims.FIGHTERS, FIGHTER_WORDS),
                        (Victims.CIVILIANS, CIVILIAN_WORDS)):
        if any(x in known for x in words):
            return side
    return None


def _unarmed(victims: str, words: list[str]) -> str:
    """Fighters or security forces no longer under arms ("former", "retired": ``words`` before
    the noun) are civilians."""
    if victims in (Victims.FIGHTERS, Victims.SECURITY_FORCES) and any(x in _L.FORMER_WORDS for x in words):
        return Victims.CIVILIANS
    return victims


def _is_active(text: str, aux_from: int, base: int, passive: re.Match) -> bool:
    """Whether what ``passive`` (matched at ``text[base:]``) read as a passive is active: no
    auxiliary between ``aux_from`` and its verb, a verb that takes an object, and an object
    right after it ("a man shot at five men", "two groups ... killed one bystander")."""
    verb_start, verb_end = base + passive.start("verb"), base + passive.end()
    return (not _AUX.search(text, aux_from, verb_start) and bool(_TAKES_OBJECT.search(passive.group("verb")))
            and bool(_OBJECT_AFTER.match(text, verb_end) or _NAME_AFTER.match(text, verb_end)))


def _agent_number(sentence: str, c: Count, s0: int) -> bool:
    """A number after a name that does something to a number of people: "a car bomb Fiat 500
    killed 3 people" (a model's number, the agent)."""
    return bool(_AGENT_NUMBER_AFTER.match(sentence, c.end - s0)
                and _NAME_BEFORE_NUMBER.search(sentence, max(0, c.start - s0 - 25), c.start - s0))


_COUNT_COMPOUNDS = _L.COUNT_COMPOUNDS
_DIED_NEXT = gated(_L.DIED_NEXT)
_DIED_AFTER_CLAUSE = gated(_L.DIED_AFTER_CLAUSE)
_HURT_THEN_DIED = gated(_L.HURT_THEN_DIED)
_MEASURE_COMPOUND = gated(_L.MEASURE_COMPOUND)
_SENTENCED_BEFORE, _SENTENCED_AFTER = gated(_L.SENTENCED_BEFORE), gated(_L.SENTENCED_AFTER)
_FOUND_ALIVE_AFTER = gated(_L.FOUND_ALIVE_AFTER)
_PARENT_OF_LEAD = gated(_L.PARENT_OF_LEAD)


def _antecedent(before: str) -> str | None:
    """Who "them" are after a count ("... struck the attackers as they fled, neutralising about
    30 of them"): the side of the last plural person noun before it, when it names one."""
    words = _words(before)
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        cat = PERSON_NOUNS.get(w) or SINGULAR_NOUNS.get(w)
        if cat is None:
            continue
        if not w.endswith(("s", "men")) or w in SINGULAR_NOUNS or cat == Victims.TOTAL:
            return None  # (one person, or people of no side: "a car with 6 passenger, killing 4 of them")
        head = words[max(0, k - 3):k]
        if cat == Victims.FIGHTERS and any(x in _L.PRO_GOVERNMENT for x in head):
            return Victims.SECURITY_FORCES  # "a convoy of pro-government militia fighters"
        return cat
    return None


def _is_not_a_toll(sentence: str, c: Count, s0: int) -> bool:
    """Dates, years, ages, durations, money, ordinals: counts that never count the dead."""
    before = sentence[max(0, c.start - s0 - 25):c.start - s0].lower()
    after = sentence[c.end - s0:c.end - s0 + 30].lower()
    bw = _words(before)
    aw = _words(after)
    if re.match(r"\s*(?:-|–)?\s*(?:year|month|day|week|hour)s?[- ](?:old|long)|\s*-(?:year|month|day|week|hour|strong|member|page)", after):
        return True
    if aw and aw[0] in TIME_UNITS or _UNIT_AFTER.match(after):
        return True
    if (compound := _MEASURE_COMPOUND.match(after)) and compound.group(1) not in _COUNT_COMPOUNDS \
            and compound.group(1) not in PERSON_NOUNS and compound.group(1) not in SINGULAR_NOUNS:
        return True  # a measure of a thing: "a four-storey building", "a two-lane road" ("20-odd people" are people)
    if bw and (bw[-1] in MONTHS or bw[-1] in NOT_A_TOLL_AFTER) and not re.search(r"[,;:.]\s*$", before):
        return True  # "route 5", "aged 67" (but "in the district, two soldiers were killed" is a toll)
    if aw and aw[0] in MONTHS:
        return True
    if aw and aw[0] in _L.PHONE_AFTER:
        return True  # "a 911 call"
    if aw and aw[0] in _L.CAPTIVE_NOUNS and _TAKEN_LEAD.search(before):
        return True  # "taking 17 hostage": held, not killed
    if _AGE_LEAD.search(before):
        return True  # "under the age of twelve"
    if _PARENT_OF_LEAD.search(before):
        return True  # "a mother of three was killed": her children, not the dead
    if "death" in sentence and (_SENTENCED_BEFORE.search(sentence, max(0, c.start - s0 - 40), c.start - s0)
                                and "to death" in sentence[c.end - s0:c.end - s0 + 80]
                                or _SENTENCED_AFTER.match(sentence, c.end - s0)):
        return True  # "sentenced two former officers to death": a sentence, not a death
    if _agent_number(sentence, c, s0):
        return True
    if _PROJECTION_LEAD.search(sentence, max(0, c.start - s0 - 60), c.start - s0):
        return True  # "officials fear the death toll could exceed 300": a projection
    if _RESCUED_LEAD.search(sentence, max(0, c.start - s0 - 40), c.start - s0):
        return True  # "rescued 195 passengers": brought to safety
    if _DEFINITION_LEAD.search(sentence, max(0, c.start - s0 - 100), c.start - s0):
        return True  # "which defines a massacre as the killing of three or more people": a threshold
    if c.vague and _FEARED_AFTER.match(sentence, c.end - s0):
        return True  # "Many casualties feared": a fear, not a count
    if _MONEY_LEAD.search(before) or (aw and aw[0] in MONEY_WORDS):
        return True
    if re.match(r"\s*(?:st|nd|rd|th)\b", sentence[c.end - s0:c.end - s0 + 6]):
        return True  # an ordinal's suffix in lower case ("21st"; "Four St. Louis officers" are four)
    if re.fullmatch(r"(?:1[89]|20)\d\d", c.text.strip()) and not (aw and aw[0] in PERSON_NOUNS):
        return True  # a year (never one written with a thousands separator: "has risen to 2,053")
    if _AGE_AFTER.search(sentence[max(0, c.start - s0 - 30):c.start - s0]) and re.match(r"\s*,", after) and c.best < 120:
        return True  # "Omar Khalil, 54," "a man, 23," - an age after a name or a person
    if c.best < 120 and _AGE_IN_BRACKETS_BEFORE.search(sentence, max(0, c.start - s0 - 30), c.start - s0) \
            and after.startswith(")"):
        return True  # "identified as Ram Kumar (34) and Sita Devi (29)": their ages
    return False


def _generic(sentence: str, t: Toll, s0: int) -> bool:
    """Whether a toll's people are named by a word that may mean everyone ("people", "victims",
    or no noun at all: "killing 29"), not by what they are ("men", "workers", "a 15-year-old")."""
    words = _words((t.count.text + " " + sentence[t.count.end - s0:t.end - s0]).lower())
    return not any(w in PERSON_NOUNS or w in SINGULAR_NOUNS or w.endswith("-year-old") for w in words) \
        or any(w in _L.GENERIC_PEOPLE for w in words)


def _non_state_group_in(text: str) -> bool:
    """Whether ``text`` names a non-state armed group ("New People's Army", "Arakan Army")."""
    return any(not g.state for g in default_groups().find(text)) if any(ch.isupper() for ch in text) else False


def _armed_groups_rank(phrase: str) -> bool:
    """Whether a rank or office said of the state's forces ("commander", "officer") is an armed
    group's by the words before it: "a Taliban commander", "a senior Hezbollah field commander",
    "an Arakan Army officer"."""
    words = _words(phrase)[:-1]
    return not any(w in _L.PRO_GOVERNMENT for w in words) and (
        any(w in FIGHTER_WORDS or w in _L.FIGHTER_GROUP_ADJECTIVES and w != "armed" for w in words)
        or _non_state_group_in(phrase))  # (not "armed police officers")


def _a_people(word: str, next_word: str) -> bool:
    """Whether a capitalised word after a count names people of a country or an area: a demonym's
    plural ("Palestinians", "Texans"), or a demonym that ends the phrase ("two Chinese were", "two
    Sudanese stabbed"; not "11 Ukrainian Armed Forces personnel")."""
    peoples = demonym_words()
    nxt = next_word.lower()
    return word.endswith("s") and (word in peoples or word[:-1] in peoples) \
        or word in peoples and (not nxt or nxt in _L.NOUN_PHRASE_ENDS
                                or next_word[:1].islower() and nxt.endswith("ed") and nxt not in PERSON_NOUNS)


_TO_HOSPITAL_AFTER = gated(_L.TO_HOSPITAL_AFTER)
_SENT_LEAD = gated(_L.SENT_LEAD)
_OF_THE_DEAD_LEAD = gated(_L.OF_THE_DEAD_LEAD)
_AMONG_FRONTED = gated(_L.AMONG_FRONTED)
_EVENT_WHERE_AFTER = gated(_L.EVENT_WHERE_AFTER)
_WHERE_AFTER = gated(_L.WHERE_AFTER)
_WHERE_GAP = gated(_L.WHERE_GAP)
_ANOTHER_PLACE_LEAD = gated(_L.ANOTHER_PLACE_LEAD)
_LABEL_LEAD = gated(_L.LABEL_LEAD)
_ONE_MORE = gated(_L.ONE_MORE)
_ONE_ELSEWHERE = gated(rf"{_L.WHERE_GAP}(?P<one>one)(?={_L.WHERE_AFTER})")
# (and whose backing or kind it says before the group's name: "of the Kurdish-led Syrian Democratic Forces")
_OF_THE = gated(r"\s+of\s+(?:the\s+)?(?:[\w'’]+-(?:%s)\s+)?" % "|".join(sorted(lang.get().places.ORIGIN_SUFFIXES)))


def _counted_phrase(sentence: str, c: Count, s0: int) -> tuple[str | None, str | None, int, bool]:
    """(victims, outcome-noun, phrase end, is-incident-count) of the words after a count."""
    rest = sentence[c.end - s0:c.end - s0 + 200]  # the phrase is its first ten words at most
    # an acronym in brackets is part of the name it follows: "20 Afghan National Army (ANA) soldiers"
    acronyms = {m.group().strip("() ").lower() for m in _BRACKETED_ACRONYM.finditer(rest, 0, 80)}
    rest = _BRACKETED_ACRONYM.sub(lambda m: " " * len(m.group()), rest)
    pos = 0
    victims = None
    outcome = None
    uprooted = False
    words = list(re.finditer(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*|[,;:.()“”\"]", rest))
    first_noun_seen = False
    # an armed group named right after the count: "2 SDF members", "7 Taliban", "1 IS fighter"
    lead_space = len(rest) - len(rest.lstrip())
    group = default_groups().at(rest, lead_space) if rest[lead_space:lead_space + 1].isupper() else None
    group_cat = None if group is None else Victims.SECURITY_FORCES if group.state else Victims.FIGHTERS
    for k, m in enumerate(words[:10]):
        w = m.group().lower()
        if group is not None and m.start() < group.end:
            continue  # the group's own words ("Boko Haram", "IS") are no stop words
        if w == "." and m.start() > 0 and rest[m.start() - 1].isalpha() and _ABBREVIATED_NEXT.match(rest, m.end()):
            continue  # a full stop inside the sentence closes an abbreviation: "Four St. Louis police officers"
        if w in _L.NAME_INNER_WORDS and not first_noun_seen and 0 < k < len(words) - 1 \
                and (words[k - 1].group()[:1].isupper() or words[k - 1].group() in _L.NAME_INNER_WORDS) \
                and (words[k + 1].group()[:1].isupper() or words[k + 1].group() == "the"):
            continue  # inside a body's name: "Four United Nations Assistance Mission in Afghanistan staff"
        if w in (",", ";", ":", ".", "(", ")") or (w in _PHRASE_STOP and not first_noun_seen and not (
                len(w) > 1 and m.group().isupper())):  # ("1 IS fighter": an acronym, not "is")
            break  # "eight events and arrested 20 people": the phrase of "eight" ends at "and"
        if w in EVENT_NOUNS and not first_noun_seen:
            return None, None, c.end + m.end(), True
        if w in THING_NOUNS and not first_noun_seen and not (
                k + 1 < len(words) and words[k + 1].group().lower() in PERSON_NOUNS):
            return None, None, c.end, False  # (but "13 weapons experts", "two bus drivers" are people)
        if w in TIME_UNITS and not first_noun_seen:
            return None, None, c.end, False
        # an outcome said before the noun: "5 dead soldiers", "seven other wounded people" (the
        # noun after it says whose; "other" before it is no noun of its own)
        nxt = words[k + 1].group().lower() if k + 1 < len(words) else ""
        if not first_noun_seen and w in ("other", "more") and nxt in _L.ADJECTIVE_OUTCOMES:
            continue
        if not first_noun_seen and w in _L.ADJECTIVE_OUTCOMES and nxt in PERSON_NOUNS and nxt not in OUTCOME_NOUNS:
            outcome = OUTCOME_NOUNS[w]
            continue
        if not first_noun_seen and OUTCOME_NOUNS.get(w) == Outcome.DISPLACED and nxt in PERSON_NOUNS \
                and nxt not in OUTCOME_NOUNS and _harm_governs(sentence, c, s0, rest, words[k + 1].end()):
            uprooted = True  # "killing 14 displaced people": who they are (civilians), not what befell them
            continue
        if not first_noun_seen and m.group()[:1].isupper() and w not in PERSON_NOUNS \
                and _a_people(w, words[k + 1].group() if k + 1 < len(words) else ""):
            # "Three Palestinians were shot dead", "two Chinese were killed": people of a country
            # (not "two Israeli strikes": a people's word before a noun not of people)
            first_noun_seen, pos, victims = True, m.end(), group_cat or Victims.TOTAL
            if _ASSAILANTS_AFTER.match(rest, m.end()):
                victims = Victims.PERPETRATORS  # "Two Palestinians infiltrated a settlement and were shot dead"
            break
        # "1 IS fighter", "1 soldier" (and "two soldier", a slip of the pen: still soldiers)
        singular = w in SINGULAR_NOUNS and w not in PERSON_NOUNS and (c.best == 1 or k == 0 and (
            k + 1 >= len(words) or words[k + 1].group().lower() in _L.NOUN_PHRASE_ENDS))  # (not "seven rebel commanders")
        if w in PERSON_NOUNS or w in OUTCOME_NOUNS or singular:
            first_noun_seen = True
            pos = m.end()
            if w in OUTCOME_NOUNS:  # "hundreds dead", "120 deaths"
                outcome = OUTCOME_NOUNS[w]
                victims = victims or group_cat or Victims.TOTAL  # ("8 Taliban also killed": the group's)
                break
            nouns = SINGULAR_NOUNS if singular else PERSON_NOUNS
            # (a two-word noun over its head word: "two security guards" are private, civilians)
            cat = nouns.get(f"{words[k - 1].group().lower()} {w}" if k else "", nouns[w])
            if w == "forces" and not any(x in SECURITY_WORDS for x in _words(rest[:m.start()])):
                cat = Victims.FIGHTERS if "pro-" in rest[:m.start()].lower() else Victims.SECURITY_FORCES
            if cat == Victims.SECURITY_FORCES and _armed_groups_rank(rest[:m.end()]):
                cat = Victims.FIGHTERS  # "two Hezbollah commanders": the group's ranks
            # "fighters linked to the new government" are government forces
            tail = _words(rest[m.end():m.end() + 60])[:7]
            head = _words(rest[:m.start()])
            if cat == Victims.FIGHTERS and any(x in ALLEGIANCE_HEADS for x in tail) \
                    and any(x in ALLEGIANCE_LINKS for x in tail[:2]):
                cat = Victims.SECURITY_FORCES
            if cat == Victims.FIGHTERS and (any(x in _L.PRO_GOVERNMENT for x in head) or acronyms & SECURITY_WORDS):
                cat = Victims.SECURITY_FORCES  # "pro-government fighters": with the state's forces
                # (and "14 volunteer fighters (VDP)": the state's auxiliaries by their acronym)
            if cat == Victims.TOTAL and (any(x in CIVILIAN_WORDS for x in head) or _rescuers(head)):
                cat = Victims.CIVILIANS  # ("three civil defence workers")
            elif cat in (Victims.TOTAL, Victims.CIVILIANS) and any(x in _L.FIGHTER_GROUP_ADJECTIVES and x != "armed" for x in head):
                cat = Victims.FIGHTERS  # ("21 terrorist students": whose side the word says)
            if cat is None:  # "members of the Syrian security forces", "6 ISIS members"
                # (the words of its own phrase, up to a comma: not the attribution after it, "three
                # crew members and injuring four others, the U.S. military said")
                ctx = _words(re.split(r"[,;:]", rest[m.end():m.end() + 70], maxsplit=1)[0])[:8] \
                    + [w for w in head if w in _L.FIGHTER_GROUP_WORDS]
                # (the "Army" of a rebel group's name is no state's: "two members of the New People's Army")
                rebel_army = "army" in ctx and not any(x in SECURITY_WORDS for x in ctx if x != "army") \
                    and _non_state_group_in(rest[m.end():m.end() + 50])
                cat = (Victims.FIGHTERS if rebel_army else
                       Victims.CIVILIANS if _rescuers(ctx) else
                       Victims.SECURITY_FORCES if any(x in SECURITY_WORDS or x in _L.PRO_GOVERNMENT for x in ctx) else
                       Victims.FIGHTERS if any(x in FIGHTER_WORDS or x == "fighters" for x in ctx)
                       or any(a in _L.FIGHTER_GROUP_ADJECTIVES and b in ("group", "groups", "faction", "factions", "movement", "organisation", "organization")
                              for a, b in zip(ctx, ctx[1:])) else Victims.TOTAL)
                if cat == Victims.TOTAL and (of := _OF_THE.match(rest, m.end())) is not None \
                        and (g := default_groups().at(rest, of.end())) is not None:
                    cat = Victims.SECURITY_FORCES if g.state else Victims.FIGHTERS  # "12 members of the SDF"

            if any(x in _L.STATE_HEADS for x in head) and cat in (Victims.TOTAL, Victims.FIGHTERS) \
                    and "pro-" not in " ".join(head) and not (group is None and _non_state_group_in(rest[:m.start()])):
                cat = Victims.SECURITY_FORCES  # (not the "Army" of a rebel group's name: "six suspected
                # New People's Army guerrillas")
            if group_cat is not None and cat in (Victims.TOTAL, Victims.FIGHTERS, Victims.SECURITY_FORCES):
                cat = group_cat  # "2 SDF members", "3 Peshmerga soldiers": the group says whose
            victims = _unarmed(cat, head)  # ("two former FARC guerrillas")
            # a person noun right after it is the head of the same people: "32 Armed Forces
            # personnel were also injured", "three police officers" (whose the first says)
            if (PERSON_NOUNS.get(nxt) not in (None, Victims.TOTAL) or nxt in _L.HEAD_NOUNS) and nxt not in OUTCOME_NOUNS \
                    and k + 1 < len(words):
                pos = words[k + 1].end()
                if victims == Victims.TOTAL:  # (a head with no side of its own keeps the first's:
                    victims = PERSON_NOUNS[nxt] or victims  # "two staff members of a charity")
            # a following "dead"/"killed" right after the noun ("hundreds of civilians dead")
            break
    if victims is None and group_cat is not None:
        victims, pos = group_cat, group.end  # "7 Taliban were also killed": the group is the noun
    if victims == Victims.TOTAL and (ranks := _RANKS_OF.match(rest, pos)):
        victims = _side(_words(ranks.group("who"))) or victims  # "40 casualties ... in the ranks of the rebels"
    if uprooted and victims == Victims.TOTAL:
        victims = Victims.CIVILIANS
    return victims, outcome, c.end + pos, False


def _harm_governs(sentence: str, c: Count, s0: int, rest: str, noun_end: int) -> bool:
    """Whether the people counted by ``c`` (their noun ending at ``noun_end`` of ``rest``, the
    words after the count) are killed or hurt by a verb: one right before the count ("killing
    14 displaced people") or after their noun ("five displaced persons were killed")."""
    active = _ACTIVE_LEAD.search(sentence, max(0, c.start - s0 - 60), c.start - s0)
    if active is not None and _active_outcome(active) in (Outcome.KILLED, Outcome.WOUNDED):
        return True
    passive = _PASSIVE.match(rest, noun_end)
    return passive is not None and _passive_outcome(passive) in (Outcome.KILLED, Outcome.WOUNDED)


class _Outcomes:
    """The outcome words and phrases of one sentence, found once, so that each count asks for
    the first one in a window in logarithmic time (a sentence with many counts stays linear).
    A phrase ("shot dead") wins over the words in it."""

    def __init__(self, sentence: str):
        self.sentence = sentence
        low = sentence.lower()
        self.low = low
        hits: list[tuple[int, int, str, str]] = []  # (start, end, word, outcome)
        covered: list[tuple[int, int]] = []
        for m in _PHRASES.finditer(sentence):
            hits.append((m.start(), m.end(), m.group().lower(), _phrase_outcome(" ".join(m.group().lower().split()))))
            covered.append((m.start(), m.end()))
        for m in _NO_FIGURE.finditer(sentence):
            covered.append((m.start(), m.end()))  # "did not give a number of deaths": no outcome said
        for m in re.finditer(r"[a-z]+", low):
            if covered and any(a <= m.start() < b for a, b in covered):
                continue
            w = m.group()
            o = OUTCOME_WORDS.get(w)
            if w == "shot" and _SHOT_AT_MISSED.match(low, m.end()) and _AUX_BEFORE.search(low, max(0, m.start() - 30), m.start()):
                continue  # "were shot at in the early morning": fired upon
            if o is None and w == "lost" and re.match(r"\s+their\s+lives", sentence[m.end():m.end() + 20]):
                o = Outcome.KILLED
            if o and w in _L.ARMED_ONLY_OUTCOMES and not _names_armed(low[max(0, m.start() - 80):m.start()]):
                continue  # ("three candidates were eliminated": no one died)
            if o:
                hits.append((m.start(), m.end(), w, o))
        hits.sort()
        self.hits = hits
        self.starts = [h[0] for h in self.hits]
        # an aside in brackets tells of its own people: "three teenagers (two would later die) and two
        # adults were wounded" (the three were wounded, two of them died)
        self.asides = [m.span() for m in _BRACKETED.finditer(sentence)] if "(" in sentence else []

    def first_hit(self, a: int, b: int) -> tuple[int, str] | None:
        """(start, outcome) of the first outcome word wholly inside ``sentence[a:b]`` (relative
        offsets), if any; not one in a bracketed aside that ``a`` is outside of."""
        k = bisect_left(self.starts, a)
        while k < len(self.hits) and self.hits[k][1] <= b:
            start, _, w, o = self.hits[k]
            k += 1
            if w == "refuge" and "sought" not in self.low[a:b] and "seek" not in self.low[a:b]:
                continue
            aside = next((span for span in self.asides if span[0] <= start < span[1]), None) if self.asides else None
            if aside is not None and not aside[0] <= a < aside[1]:
                continue  # (an outcome in an aside the count is outside of)
            return start, o
        return None

    def first(self, a: int, b: int) -> str | None:
        """The first outcome word wholly inside ``sentence[a:b]`` (relative offsets)."""
        hit = self.first_hit(a, b)
        return hit[1] if hit else None


def _harm_word(mods: str) -> Outcome | None:
    """The harm an adjective before a person's noun tells ("a wounded", "a dead"), if any."""
    return next((_L.HARM_ADJECTIVES[w] for w in _words(mods.lower()) if w in _L.HARM_ADJECTIVES), None)


def _active_outcome(active: re.Match) -> str | None:
    """The outcome of an active verb before a count ("killing", "massacre 35 villagers")."""
    return outcome_near(active.group(), 0, len(active.group())) or (Outcome.KILLED if _KILLING_VERB.search(active.group()) else None)


def outcome_near(sentence: str, a: int, b: int) -> str | None:
    """The first outcome word in ``sentence[a:b]`` (relative offsets)."""
    return _Outcomes(sentence[a:b]).first(0, b - a)


def _lone_person_word(noun: str) -> bool:
    """Whether a noun the person lists lack may still be one person ("a ferry captain", "a
    caretaker"): not a plural's or a thing's, a time's or an event's word, nor a verb's form."""
    return not (noun in PERSON_NOUNS or noun in _L.NOT_PEOPLE or noun in TIME_UNITS or noun in EVENT_NOUNS
                or noun.endswith(("ing", "s")))


def _extra_counts(sentence: str, s0: int, counts: list[Count]) -> tuple[list[Count], dict[int, tuple[str, str | None, str]]]:
    """Counts that are no number: one person by a singular noun ("a policeman"), a part said
    with "one of whom" or "one fatally", the attacker's own death. Each comes with its
    (victims, outcome or None, role): role "subset" (a part of the figure before it),
    "self" (the perpetrator), "part" (one named among a toll's people: "including a police
    officer") or "" (a count like any other)."""
    taken = [(c.start - s0, c.end - s0) for c in counts]
    extra: list[Count] = []
    meta: dict[int, tuple[str, str | None, str]] = {}

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in taken)

    def add(a: int, b: int, n: int, victims: str, outcome: str | None, role: str) -> None:
        if free(a, b) and not _PARENT_OF_LEAD.search(sentence, max(0, a - 25), a):  # (not "a mother of three")
            extra.append(Count(a + s0, b + s0, sentence[a:b], n, n, n, "exact", False))
            meta[a + s0] = (victims, outcome, role)
            taken.append((a, b))

    # "A plane carrying five people crashed, killing all on board": everyone the craft carried
    for m in _ALL_ABOARD.finditer(sentence) if counts else ():
        carried = [c for c in counts if c.end - s0 <= m.start() and not c.vague
                   and _CARRYING_LEAD.search(sentence, max(0, c.start - s0 - 30), c.start - s0)]
        if carried:
            add(m.start("all"), m.end("all"), carried[-1].best, Victims.TOTAL, Outcome.KILLED, "")
    # "one of whom died", "two of the wounded later died": a part of the figure before
    for m in (*_SUBSET_COUNT.finditer(sentence), *_LATER_DIED.finditer(sentence)):
        n = m.group("n").lower()
        value = int(n) if n.isdigit() else 1 if n in ("a", "an") else to_int(n)
        if value and 0 < value < 1000:
            add(m.start("n"), m.end("n"), value, Victims.TOTAL, Outcome.KILLED, "subset")
    # "Three people were killed and one was hurt": "one" alone after a count of people is one more
    # of them (never alone at a sentence's start: an article's "one" more often a pronoun of a thing)
    if taken:
        for m in _ONE_PRONOUN.finditer(sentence, min(b for _, b in taken)):
            if m.group("obj"):  # "... and injured one": the verb before it
                verb = sentence[m.start():m.start("obj")]
                outcome = outcome_near(verb, 0, len(verb))
                if outcome in (Outcome.KILLED, Outcome.WOUNDED):
                    add(m.start("obj"), m.end("obj"), 1, Victims.TOTAL, outcome, "")
                continue
            passive = _PASSIVE.match(sentence, m.end())
            outcome = _passive_outcome(passive) if passive else None
            if outcome in (Outcome.KILLED, Outcome.WOUNDED):
                add(m.start("n"), m.end("n"), 1, Victims.TOTAL, outcome, "")
    # "Four police and as many Taliban rebels were wounded": as many as the count before
    for m in _AS_MANY.finditer(sentence) if taken and "as many" in sentence else ():
        before = [c for c in counts if c.end - s0 <= m.start() and not c.vague]
        if before:  # (its "many" is no vague count of its own: the count replaces it)
            n = before[-1].best
            words = _words(sentence[m.end():m.end() + 40].lower())[:4]
            a, b = m.start("n"), m.end("n")
            extra.append(Count(a + s0, b + s0, sentence[a:b], n, n, n, "exact", False))
            meta[a + s0] = (_side(words) or Victims.TOTAL, None, "")
            taken.append((a, b))
    for m in _ONE_DEATH.finditer(sentence):  # "resulted in one death"
        add(m.start(), m.end(), 1, Victims.TOTAL, Outcome.KILLED, "")
    # one person by a noun the lists lack, first of a harm verb's list of people: "killing a guide and
    # five porters" (the guide one of the dead; the porters the verb's too; one alone, "killed a former
    # sarpanch in Sukma", is _ACTIVE_UNKNOWN_ONE's)
    for m in _UNKNOWN_FIRST_OF_LIST.finditer(sentence) if " and " in sentence else ():
        noun = m.group("noun").lower()
        if noun not in SINGULAR_NOUNS and noun not in THING_NOUNS and _lone_person_word(noun) \
                and (outcome := _active_outcome(m)) in (Outcome.KILLED, Outcome.WOUNDED):
            add(m.start("one"), m.end("one"), 1, Victims.TOTAL, outcome, "")
    chain: tuple[int, str] | None = None  # (end, outcome) of the last person said killed by a verb before it
    part_end = -1  # where the last one named as a part of a toll ends ("including a police officer and a child")
    for rx in (_SINGULAR, _THE_PERPETRATOR, _ONE_OF, _ANOTHER_ALONE, _TITLED_NAME, _DEFINITE_ONE, _OFFICE_HOLDER):
        for m in rx.finditer(sentence):
            noun = m.group("noun").lower()
            if rx is _OFFICE_HOLDER:
                if not _OFFICE_HOLDER_LEAD.match(sentence[:m.start()]):
                    continue
                noun = noun.rsplit(None, 1)[-1]  # ("police chief": a chief)
            if noun == "other" and _COUNT_NEXT.match(sentence, m.end()):
                continue  # "his other two children": the count's, not one other
            if rx is _ANOTHER_ALONE:
                # "another" alone is one more of the person named last: "A terrorist blew himself
                # up, another was killed" (another terrorist); "killed a soldier and wounded another"
                noun = next((w for w in reversed(_words(sentence[:m.start()].lower()))
                             if w in SINGULAR_NOUNS or w in PERSON_NOUNS), noun)
            victims = _unarmed(SINGULAR_NOUNS.get(noun) or PERSON_NOUNS.get(noun) or Victims.TOTAL,
                               _words(m.group(0)))  # ("a retired colonel")
            head = m.groupdict().get("head")
            if head and SINGULAR_NOUNS.get(head.lower(), Victims.TOTAL) != Victims.TOTAL \
                    and (SINGULAR_NOUNS.get(noun) == Victims.TOTAL or noun in _L.DESCRIBING_NOUNS):
                victims = _unarmed(SINGULAR_NOUNS[head.lower()], _words(m.group(0)))  # "a woman police officer"
            if victims == Victims.SECURITY_FORCES and _armed_groups_rank(m.group(0)):
                victims = Victims.FIGHTERS  # "a senior Hezbollah field commander": the group's, not the state's
            after = sentence[m.end():m.end() + 110]  # (room for a long "of" phrase or aside before the verb)
            if victims == Victims.TOTAL:
                # "one Afghan Local Police member", "a member of the security forces": whose side
                # the words before the noun or its "of" phrase say
                of = _OF_PHRASE.match(after)
                side = _side(_words(m.group(0).lower()) + (_words(of.group(0).lower()) if of else []))
                victims = side if side in (Victims.SECURITY_FORCES, Victims.FIGHTERS) else Victims.TOTAL
            if _AGENT.match(after):
                continue  # "a man killed two people": the one who killed
            if (rx is _SINGULAR and after[:1] == "," or rx is _TITLED_NAME) \
                    and _ONE_OF_APPOSITION.search(sentence, max(0, m.start() - 50), m.start()):
                continue  # "One of the wounded, a woman, died later", "One of them, photographer Ana Ruiz,
                # died": who that one was
            lead = sentence[max(0, m.start() - 60):m.start()].lower()
            if lead.endswith(" by ") and rx is not _ONE_OF and not _RELATIVE_AFTER.match(after):
                continue  # "who was not targeted by the shooter": the one who did it, not one hurt (but
                # "stabbed by a young man, who was shot dead": his own harm, said of him)
            passive = _SINGULAR_PASSIVE.match(after)
            if passive and passive.group("verb").lower().endswith("ing") and "," in after[:passive.start("verb")]:
                passive = None  # "killing one villager, kidnapping another": the next clause's verb
            if passive and _is_active(after, 0, 0, passive):
                passive = None  # "a man shot at five men", "one of the guards shot and killed Zahran": they did it
            if passive and rx is _TITLED_NAME and not _NAMED_AUX.match(after):
                passive = None  # "his security officer Sudesh Singh shot and injured three": he did it
            active = _ACTIVE_LEAD.search(lead)
            if active is None and rx is _TITLED_NAME:
                active = _verb_before_title(lead)
            joined_to_last = rx is _DEFINITE_ONE and chain is not None and not passive \
                and SINGULAR_NOUNS.get(noun) not in (Victims.PERPETRATORS, None) \
                and _JOIN_BEFORE.fullmatch(sentence, chain[0], m.start()) is not None \
                and _CLAUSE_END_AFTER.match(after) is not None  # (not "... and the guard called police")
            pair_subject = False
            if not passive and active is None and rx in (_DEFINITE_ONE, _TITLED_NAME) \
                    and (pair := _JOINED_NEXT.match(after)) is not None \
                    and (pair_passive := _SINGULAR_PASSIVE.match(after, pair.end())) is not None \
                    and not _is_active(after, pair.end(), 0, pair_passive) \
                    and not sentence[:m.start()].strip(" \"“‘'").rstrip(",:").strip():
                # "The councillor and her driver were fatally shot", "Mayor Juan Perez and his bodyguard,
                # Luis Gomez, were shot dead": a subject of two, the first the verb's too
                passive, pair_subject = pair_passive, True
            if rx is _DEFINITE_ONE and not joined_to_last and not pair_subject and (
                    active is None or passive or SINGULAR_NOUNS.get(noun) in (Victims.PERPETRATORS, None)
                    or _INTENT_BEFORE.search(lead, 0, active.start())):
                continue  # (an intent is no harm done: "he tried to kill the policeman"; but "wounding
                # another passenger and the driver": the driver too)
            if passive and active and "," in after[:passive.start("verb")] \
                    and not _RELATIVE_AFTER.match(after):  # (", who died of his wounds": the object's own)
                passive = None  # "killing one man, then fled on foot": the verb's object; the next clause is theirs
            if passive and _NATURAL_CAUSES.match(after, passive.end()):
                continue  # "a resident who had died of natural causes"
            if passive and _PERPETRATOR_APPOSITION.search(lead):
                victims = Victims.PERPETRATORS  # "the attacker, a 17-year-old resident of X, was shot dead"
            joined = None if passive or active or rx is _TITLED_NAME else _JOINED_NEXT.match(after)
            if joined is None and not (passive or active or rx is _TITLED_NAME) and (items := _LIST_ITEMS.match(after)):
                joined = _JOINED_NEXT.match(after, items.end())  # (the first of a list of three or more)
            if joined and after.lstrip()[:1] == "," and _BREAKDOWN_LEAD.search(lead):
                joined = None  # "Four people were killed, including the gunman, and two others were
                # injured": the aside ends at its comma; the two are the next clause's
            if joined is None and not (passive or active or rx is _TITLED_NAME) and m.group("noun").lower() in _L.OF_HEADS:
                # past its "of" phrase: "a member of the security forces and a foreign citizen were killed"
                of = _OF_UP_TO_AND.match(sentence, m.end())
                if of is not None:
                    after = sentence[of.end():of.end() + 60]
                    joined = _JOINED_NEXT.match(after)
            if joined and not _NATURAL_CAUSES.match(after, joined.end()):
                passive = _SINGULAR_PASSIVE.match(after, joined.end())  # "a soldier and a policeman were shot dead"
                if passive and _is_active(after, joined.end(), 0, passive):
                    passive = None  # "a soldier and a policeman shot dead two gunmen": they did it
            if passive:
                outcome = _passive_outcome(passive)
            elif active:
                outcome = _active_outcome(active)
                if _DEAD_AFTER.match(after):
                    outcome = Outcome.KILLED  # "shot a civilian dead", "left one officer dead", "stabbed a man to death"
            elif joined_to_last:
                outcome = chain[1]
            elif chain and rx in (_SINGULAR, _ONE_OF) and (
                    _JOIN_BEFORE.fullmatch(sentence, _past_aside(sentence, chain[0]), m.start())
                    or _COMMA_ONLY.fullmatch(sentence, chain[0], m.start()) and _LIST_GOES_ON.match(after)) \
                    and not _SOURCES_AFTER.match(after):  # ("killing 30 passengers, a health worker and an
                # official told AFP": those who told it, not more of the dead)
                outcome = chain[1]  # "killing a soldier and a policeman", "killed his wife and one of his
                # children": the verb before the first
            elif rx is _SINGULAR and _CLAUSE_END_AFTER.match(after) and not _SOURCES_AFTER.match(after) \
                    and (listed := _listing_verb(sentence, m.start())):
                outcome = outcome_near(listed.group("verb"), 0, len(listed.group("verb")))
                # "killing three soldiers, two policemen and a civilian": the last of the verb's list
            elif rx is _SINGULAR and victims != Victims.TOTAL and counts and _CLAUSE_END_AFTER.match(after) \
                    and (_BREAKDOWN_LEAD.search(lead) or part_end >= 0 and _JOIN_BEFORE.fullmatch(sentence, part_end, m.start())):
                # "17 people dead, including a police officer", "including a police officer and a child":
                # one of the toll's people, of their side (the toll's outcome, found where the toll's is)
                add(m.start(), m.end(), 1, victims, None, "part")
                part_end = m.end()
                continue
            elif rx is _THE_PERPETRATOR and _BREAKDOWN_LEAD.search(lead) and _CLAUSE_END_AFTER.match(after):
                # "16 people were killed, including the suicide bomber": one of them, the attacker
                # (the toll's outcome, found where the toll's is)
                add(m.start(), m.end(), 1, Victims.PERPETRATORS, None, "")
                continue
            elif rx is _SINGULAR and m.group("det").lower() in ("a", "an", "one") and _FOUND_HARMED_LEAD.search(lead) \
                    and (harm := _harm_word(m.group("mods"))) is not None:
                outcome = harm  # "found a wounded man": one hurt, by the word before him
            else:
                continue
            if outcome:
                add(m.start(), m.end(), 1, victims, outcome, "")
                chain = (m.end(), outcome) if active or chain and rx in (_SINGULAR, _ONE_OF) else None
    # ... and one joined to a definite one counted above ("the death of the driver and a passenger":
    # the definite ones are read after the indefinite, so the chain is looked for again)
    if taken:
        ends = {b: meta[a + s0][1] for a, b in taken if meta.get(a + s0, (None, None, ""))[1] is not None}
        for m in _SINGULAR.finditer(sentence):
            if not free(m.start(), m.end()) or m.group("noun").lower() not in SINGULAR_NOUNS:
                continue
            prev = next((b for b in ends if _JOIN_BEFORE.fullmatch(sentence, b, m.start())), None)
            after = sentence[m.end():m.end() + 60]
            if prev is None or _AGENT.match(after) or _SINGULAR_PASSIVE.match(after) or _SOURCES_AFTER.match(after):
                continue
            noun = (m.group("head") or m.group("noun")).lower()
            # (its own word for its harm first: "found a wounded teenager and a dead man")
            add(m.start(), m.end(), 1, SINGULAR_NOUNS.get(noun) or Victims.TOTAL, _harm_word(m.group("mods")) or ends[prev], "")
    m = _HEADLINE_ONE.match(sentence)  # "Man fatally shot outside diner": a headline's one person
    if m and free(m.start("noun"), m.end("verb")):  # (beside another told: "Man dead, another hurt in ...")
        verb = m.group("verb")
        outcome = outcome_near(verb, 0, len(verb))
        if outcome in (Outcome.KILLED, Outcome.WOUNDED):
            add(m.start("noun"), m.end("noun"), 1, SINGULAR_NOUNS.get(m.group("noun").lower()) or Victims.TOTAL, outcome, "")
    m = _PRONOUN_DIED.match(sentence)  # "He died the next day": the one hurt before (the claims step)
    if m and not taken:
        add(m.start("n"), m.end("n"), 1, Victims.TOTAL, Outcome.KILLED, "pronoun")
    for m in _PERSON_NAME.finditer(sentence):  # "gunmen shot dead Ana Ruiz", "Omar Haddad was killed"
        a, b = m.span("name")
        if not free(a, b) or not _NAME_ENDS.match(sentence, b) \
                or any(w.casefold() in _L.NOT_NAME_WORDS or w.casefold() in PERSON_NOUNS or w.casefold() in demonym_words()
                       for w in m.group("name").split()):
            continue  # ("Syrian Kurds": a people)
        active = _NAME_HARM_BEFORE.search(sentence, max(0, a - 40), a)
        if active:
            outcome = outcome_near(active.group(), 0, len(active.group()))
            if outcome == Outcome.WOUNDED and _DEAD_AFTER.match(sentence, b):
                outcome = Outcome.KILLED  # "shot Ana Ruiz dead"
        else:
            passive = _NAME_PASSIVE.match(sentence, b)
            if passive is None or _NATURAL_CAUSES.match(sentence, passive.end()) \
                    or not free(b, passive.start("verb") if passive.group("verb") else passive.start("died")):
                continue  # (", a teacher, was shot": the teacher is counted, and is this person)
            if passive.group("died") and SELF_KILLED.match(sentence, passive.start("died")):
                continue  # ("Tom Lee, 38, died of a self-inflicted gunshot wound": the one who did it, counted so)
            outcome = Outcome.KILLED if passive.group("died") else _passive_outcome(passive)
        if outcome not in (Outcome.KILLED, Outcome.WOUNDED):
            continue
        # (a fighter or an officer is named by a title; a name alone is taken for a civilian's) ...
        victims = Victims.CIVILIANS
        if _ONE_OF_APPOSITION_TITLED.search(sentence, max(0, a - 80), a):
            continue  # "one of them, Ana Ruiz, died": counted as the one of them
        named = _NAMED_APPOSITION.search(sentence, max(0, a - 60), a)
        if named:  # ... unless it stands beside a noun that says who: "The gunman, Tom Lee, was shot dead"
            victims = SINGULAR_NOUNS.get(named.group("noun").lower(), victims)
            if not free(named.start("noun"), named.end("noun")):
                continue  # ("a police officer, Ana Ruiz, was killed": counted as the officer)
        add(a, b, 1, victims, outcome, "")
        if active:  # "killed Abdul Qadir, a prominent cleric, and his son": the verb's next object too
            join = _JOIN_BEFORE.match(sentence, _past_aside(sentence, b))
            one = _SINGULAR.match(sentence, join.end()) if join else None
            if one is not None and not _AGENT.match(sentence, one.end()):
                noun = (one.group("head") or one.group("noun")).lower()
                add(one.start(), one.end(), 1, _unarmed(SINGULAR_NOUNS.get(noun) or Victims.TOTAL, _words(one.group(0))),
                    outcome, "")
    for m in _LIST_LAST_ONE.finditer(sentence):
        # the last of a list of people sharing a plural verb, by "the" or by a noun the lists lack:
        # "Two soldiers and the driver were injured", "A police officer and a caretaker were injured"
        noun = m.group("noun")
        known = SINGULAR_NOUNS.get(noun)
        if (known is None and (m.group("det").lower() == "the" or not _lone_person_word(noun))) \
                or not free(m.start(), m.end()) or any(w in _PHRASE_STOP for w in m.group().split()[1:]) \
                or not _COUNT_OR_ONE_BEFORE.search(sentence, max(0, m.start() - 80), m.start()):
            continue
        passive = _PASSIVE.match(sentence, m.end())
        outcome = _passive_outcome(passive) if passive else None
        if outcome in (Outcome.KILLED, Outcome.WOUNDED) and not _NATURAL_CAUSES.match(sentence, passive.end()):
            add(m.start(), m.end(), 1, _unarmed(known or Victims.CIVILIANS, _words(m.group(0))), outcome, "")
    for m in _UNKNOWN_ONE.finditer(sentence):  # "a ferry captain was shot dead": a noun the lists lack
        noun = m.group("noun")
        if noun in SINGULAR_NOUNS or not _lone_person_word(noun) or not free(m.start(), m.end()) \
                or any(w in _PHRASE_STOP for w in m.group().split()[1:]):  # ("a knife and was shot dead")
            continue
        passive = _PASSIVE.match(sentence, m.end() + len(m.group("pair") or ""))
        outcome = _passive_outcome(passive) if passive else None
        if outcome in (Outcome.KILLED, Outcome.WOUNDED) and not _NATURAL_CAUSES.match(sentence, passive.end()) \
                and not sentence.startswith(" down", passive.end()):  # ("was shot down": an aircraft)
            add(m.start(), m.end(), 1, Victims.CIVILIANS, outcome, "")  # (the lists hold the armed's words)
    for m in _THE_NEW_ONE.finditer(sentence):  # "The governor's spokesman was injured": one by "the"
        noun = m.group("noun")
        if noun not in SINGULAR_NOUNS and not _lone_person_word(noun) or not free(m.start(), m.end()):
            continue
        passive = _PASSIVE.match(sentence, m.end())
        outcome = _passive_outcome(passive) if passive else None
        if outcome in (Outcome.KILLED, Outcome.WOUNDED) and not _NATURAL_CAUSES.match(sentence, passive.end()) \
                and not sentence.startswith(" down", passive.end()):
            victims = SINGULAR_NOUNS.get(noun) or Victims.CIVILIANS
            group = next(iter(default_groups().find(m.group(0))), None)  # ("the Taliban commander": theirs)
            if group is not None and victims in (Victims.TOTAL, Victims.FIGHTERS, Victims.SECURITY_FORCES):
                victims = Victims.SECURITY_FORCES if group.state else Victims.FIGHTERS
            add(m.start("noun"), m.end("noun"), 1, _unarmed(victims, _words(m.group(0))), outcome, "definite")
    for m in _ACTIVE_UNKNOWN_ONE.finditer(sentence):  # "Maoists killed a former sarpanch in Sukma"
        noun = m.group("noun")
        if noun not in SINGULAR_NOUNS and _lone_person_word(noun) and free(m.start("noun"), m.end("noun")):
            add(m.start("noun"), m.end("noun"), 1, Victims.CIVILIANS, Outcome.KILLED, "")
    for m in _FAMILY_OF.finditer(sentence):  # "a family of four were shot and killed"
        value = int(m.group("n")) if m.group("n").isdigit() else to_int(m.group("n").lower())
        if not value:
            continue
        after = sentence[m.end():m.end() + 120]
        aside = _ASIDE.match(after)
        passive = _PASSIVE.match(after, aside.end() if aside else 0)
        active = _ACTIVE_LEAD.search(sentence[max(0, m.start() - 60):m.start()].lower())
        outcome = _passive_outcome(passive) if passive else _active_outcome(active) if active else None
        if outcome:
            own = next((c for c in counts if c.start - s0 == m.start("n")), None)
            if own is not None:  # the number is a count already: say what happened to it
                meta[own.start] = (Victims.CIVILIANS, outcome, "")
            else:
                add(m.start("n"), m.end("n"), value, Victims.CIVILIANS, outcome, "")
    for c in counts:  # "27, including several Taliban militants, were killed": a bare count, its verb after an aside
        at = c.end - s0
        if sentence[at:at + 1] != "," or (c.start in meta):
            continue
        aside = _ASIDE.match(sentence, at)
        passive = _PASSIVE.match(sentence, aside.end()) if aside else None
        outcome = _passive_outcome(passive) if passive else None
        if outcome in (Outcome.KILLED, Outcome.WOUNDED) and _BREAKDOWN_LEAD_IN.match(sentence, at + 1):
            meta[c.start] = (Victims.TOTAL, outcome, "")
    for m in _ACTIVE_ONE.finditer(sentence):
        noun = (m.group("noun") or "").lower()
        if noun and (noun in THING_NOUNS or noun in TIME_UNITS or noun in EVENT_NOUNS or noun in ("of", "another")):
            continue  # "killed one day", "one of ..."
        victims = SINGULAR_NOUNS.get(noun) or PERSON_NOUNS.get(noun) or Victims.TOTAL
        add(m.start("n"), m.end("noun") if noun else m.end("n"), 1, victims, Outcome.KILLED, "")
    for m in SELF_KILLED.finditer(sentence):
        # (to the agent's "by" only: "before he was shot dead by two off-duty soldiers" holds a count of its own)
        by = m.group().find(" by ")
        add(m.start(), m.start() + by if by > 0 else m.end(), 1, Victims.PERPETRATORS, Outcome.KILLED, "self")
    # the last of the ones a killer killed: "before killing the two children and himself"
    # (and "injuring three children and himself": the last of those he hurt)
    for rx, outcome in ((_SELF_LAST, Outcome.KILLED), (_SELF_LAST_HURT, Outcome.WOUNDED)) if "self" in sentence else ():
        for m in rx.finditer(sentence):
            add(m.start("self"), m.end("self"), 1, Victims.PERPETRATORS, outcome, "self")
    return extra, meta


def _part_victims(tail: str, at: int) -> str:
    """Who the people of a part of a toll were, from the words after "of the dead were" up to the
    clause's end ("Six of the dead were decapitated, according to police" were no police)."""
    return _side(_words(re.split(r"[,;.:]", tail[at:at + 50], maxsplit=1)[0])) or Victims.TOTAL


_ONE_OF_A_PEOPLE = gated(_L.ONE_OF_A_PEOPLE)
_SCARE_QUOTED = gated(r"[\"“]([A-Za-z][A-Za-z-]*)[\"”]")
_SOURCE_COUNT_AFTER, _SOURCE_COUNT_BEFORE = gated(_L.SOURCE_COUNT_AFTER), gated(_L.SOURCE_COUNT_BEFORE)


def _source_count(sentence: str, c: Count, s0: int) -> bool:
    """A count of the people who told the story ("two residents told Reuters", "according to
    three witnesses"): the sources, not a toll."""
    return bool(_SOURCE_COUNT_AFTER.match(sentence, c.end - s0)
                or _SOURCE_COUNT_BEFORE.search(sentence, max(0, c.start - s0 - 20), c.start - s0))


def find_tolls(sentence: str, s0: int, ignored: list[Count] | None = None) -> list[Toll]:
    """The tolls of one sentence (``s0``: where it starts in the article; offsets are the
    article's); figures too large to count people go to ``ignored``."""
    # a word in scare quotes is read as the word (same length, so the offsets stay): 'the army said
    # it had "neutralised" about 30 attackers'
    if '"' in sentence or "“" in sentence:
        sentence = _SCARE_QUOTED.sub(lambda m: f" {m.group(1)} ", sentence)
    counts = []
    words = word_set(sentence)  # once, for every word-list test of this sentence
    for c in find_counts(sentence, absurd=True, words=words):
        if c.qualifier in CEILING and c.qualifier.lower() not in _L.CEILING_AFTER_TOLL \
                and _RISE_UP_TO_LEAD.search(sentence, max(0, c.start - 50), c.start):
            c = Count(c.start, c.end, c.text, c.best, c.best, c.best, "exact", False, c.absurd)  # "... toll up to 73"
        c = Count(c.start + s0, c.end + s0, c.text, c.low, c.best, c.high, c.qualifier, c.vague, c.absurd)
        if c.absurd:
            if ignored is not None:
                ignored.append(c)
        elif not _source_count(sentence, c, s0):
            counts.append(c)
    # kin lists: "his two brothers and niece" = 3
    for m in (KIN_RE.finditer(sentence) if _KIN_WORD.search(sentence, words) else ()):
        total = 0
        ok = True
        for item in _KIN_ITEMS.split(m.group(1)):
            item = item.strip()
            if not item:
                continue
            item = re.sub(rf"(?i)^{_POSSESSIVE}(?=[a-z0-9,]+\s)", "", item)  # "her three sons": three
            num = re.match(r"([a-z0-9,]+)\s+", item.lower())
            pair = 2 if item.lower().rsplit(None, 1)[-1] in _L.KIN_PAIRS else 1  # "a couple": two
            if num:
                found = find_counts(num.group(1))
                if found and not found[0].vague:
                    total += found[0].best * pair
                elif num.group(1) in KIN_ONE or num.group(1) in _L.KIN_ADJECTIVES and not item.lower().endswith(("s", "ren")) \
                        or num.group(1) == "the" and (pair == 2 or not item.lower().endswith(("s", "ren"))) \
                        and " and " in m.group(1).lower():
                    # "a neighbour", "his estranged wife": one; "the couple" of a list: two (not "the
                    # woman, a mother of two": one woman)
                    total += pair
                else:
                    ok = False
            elif re.search(r"(?:s|ren)$", item) and not item.endswith(("ss",)) and pair == 1:
                ok = False  # "brothers" without a number: unknown how many
            else:
                total += pair
        if ok and total >= 2:
            st, en = m.start(1) + s0, m.end(1) + s0
            counts = [c for c in counts if not (st <= c.start < en)]
            counts.append(Count(st, en, m.group(1), total, total, total, "exact", False))
    # one of a people, by the word for them: "A Palestinian was shot dead", "An Afghan was killed"
    for m in (_ONE_OF_A_PEOPLE.finditer(sentence) if words is None or not words.isdisjoint(("a", "an", "one")) else ()):
        st, en = m.start() + s0, m.start("who") + s0  # (the article alone: the word after it says whose)
        if not any(c.start <= st < c.end or st <= c.start < en for c in counts):
            counts.append(Count(st, en, sentence[m.start():m.start("who")].rstrip(), 1, 1, 1, "exact", False))
    # one pair alone by its owner: "killed his parents" = 2 (not inside a list already counted)
    for m in (_PAIR_ALONE.finditer(sentence) if "arents" in sentence else ()):
        st, en = m.start("pair") + s0, m.end("pair") + s0
        if not any(c.start <= st < c.end or st <= c.start < en for c in counts):
            counts.append(Count(st, en, m.group("pair"), 2, 2, 2, "exact", False))
    counts.sort(key=lambda c: c.start)
    # an age inside a noun is the noun's, no count of its own: "Three 15-year-olds and a 17-year-old
    # were injured" (three people and one more; the person a singular one names is found below)
    counts = [c for c in counts if not _AGE_PLURAL_AFTER.match(sentence, c.end - s0)]
    # dates, years, ages ... judged once; such a count does not hide the person it describes
    # ("a 23-year-old man was killed")
    not_toll = {id(c): _is_not_a_toll(sentence, c, s0) for c in counts}
    extra, meta = _extra_counts(sentence, s0, [c for c in counts if not not_toll[id(c)]]) \
        if _CUE.search(sentence, words) or _FAMILY_CUE.search(sentence) else ([], {})
    if extra:  # (the age inside "One fourteen-year-old teen" is no count of its own)
        counts = [c for c in counts if not any(c.start < e.end and e.start < c.end for e in extra)]
    counts.extend(extra)
    if not counts:
        return []
    counts.sort(key=lambda c: c.start)
    out: list[Toll] = []
    subsets: list[Toll] = []
    low = sentence.lower()
    outcomes = _Outcomes(sentence)
    for idx, c in enumerate(counts):
        if _SURVIVED_AFTER.match(sentence, c.end - s0):
            continue  # "two other officials survived the attack": unhurt
        preset = meta.get(c.start)
        if preset is not None and _agent_number(sentence, c, s0):
            continue
        if preset is not None:
            victims, outcome, role = preset
            # (the whole before the parts: "17 people dead, including a police officer", "including a
            # soldier and a child"; the attacker after the last toll: "16 people were killed in the
            # blast, including the suicide bomber")
            # (of the sentence's one toll of its outcome: not "killed nine ..., in one attack killing
            # five including an imam and in another ... three", where which is whose is unsure)
            whole = out[-1] if out and victims == Victims.PERPETRATORS \
                else next((u for u in reversed(out) if not u.breakdown), None)
            if whole is not None and victims != Victims.PERPETRATORS \
                    and sum(1 for u in out if u.outcome == whole.outcome and not u.breakdown) > 1:
                whole = None
            if outcome is None and whole is not None and whole.outcome \
                    and not whole.incident_count and whole.victims == Victims.TOTAL and whole.count.best > 1 \
                    and (role == "part" or _BREAKDOWN_LEAD.search(low, max(0, c.start - s0 - 40), c.start - s0)):
                outcome = whole.outcome
            elif outcome == Outcome.WOUNDED and whole is not None and whole.outcome == Outcome.KILLED \
                    and not whole.incident_count and whole.count.best > 1 \
                    and _INCLUDING_RIGHT_BEFORE.search(low, max(0, c.start - s0 - 20), c.start - s0) \
                    and not _HURT_WORD.search(sentence, c.end - s0, c.end - s0 + 60):
                outcome = Outcome.KILLED  # "nine dead, including a boy hit by a stray bullet": how he died
            if outcome:
                # ("another" after people of another outcome is another person, not more of them:
                # "One man was killed and another wounded" is one hurt, not one more beside the hurt)
                another = bool(_ANOTHER.match(c.text)) and not (
                    any(u.outcome for u in out) and all(u.outcome != outcome for u in out if u.outcome)
                    and not sentence.startswith(" and ", c.end - s0))  # (but "another and two women were injured")
                additional = role != "self" and bool(_ALSO_AFTER.match(sentence, c.end - s0) or another)
                nth = _ORDINAL_ONE.match(c.text) if role != "self" and victims != Victims.PERPETRATORS else None
                n = _L.ORDINALS[nth.group(1).lower()] if nth else 0
                rank_victims = None
                others = [u.count.best for u in out if u.outcome and u.outcome != outcome and not u.incident_count]
                if nth and others and n - 1 <= sum(others):
                    pass  # "Three men were killed and a fourth was injured", "killing an officer and two
                    # soldiers, and wounding a fourth officer": one more, wounded
                elif nth:  # "a third person has died": three in all, whoever the third was
                    c = Count(c.start, c.end, c.text, n, n, n, "exact", False)
                    rank_victims, victims, additional = victims, Victims.TOTAL, False
                before = low[max(0, c.start - s0 - 40):c.start - s0]
                # "five soldiers, including an officer": the officer is among the five
                breakdown = role == "part" or role != "self" and bool(_BREAKDOWN_LEAD.search(before))
                t = Toll(c, outcome, victims, c.end, additional=additional and not breakdown, breakdown=breakdown,
                         ordinal=n if nth and c.best == n else 0, of_the_last=role == "pronoun", pronoun=role == "pronoun",
                         rank_victims=rank_victims if nth and c.best == n else None, definite=role == "definite")
                out.append(t)
                if role == "subset" or _SUBSET_LEAD.search(before) \
                        or _SUBSET_AFTER.match(sentence, c.start - s0 + len(c.text.split()[0])):
                    subsets.append(t)  # (... "killing one and injuring the other": after its first word)
                continue
        if not_toll[id(c)] if id(c) in not_toll else _is_not_a_toll(sentence, c, s0):
            continue
        died = _LATER_DIED.match(sentence, c.start - s0)
        if died:  # "two of the wounded later died": two killed, a part of a figure before
            t = Toll(c, Outcome.KILLED, Victims.TOTAL, s0 + died.end())
            out.append(t)
            subsets.append(t)
            continue
        if c.vague and _BACK_REFERENCE.match(sentence[c.end - s0:]):
            continue  # "many of these deaths" points back at a toll already counted
        if c.vague and _NO_AMOUNT.search(sentence[:c.start - s0]):
            continue  # "how many residents", "so many people": no amount at all
        kin = bool(KIN_RE.fullmatch(c.text) or _KIN_WORD.pattern.search(c.text) and " and " in c.text
                   or _PAIR_TEXT.fullmatch(c.text))  # ("his parents": kin, civilians)
        if kin:
            victims, outcome_n, end, inc = Victims.CIVILIANS, None, c.end, False
        else:
            victims, outcome_n, end, inc = _counted_phrase(sentence, c, s0)
        if inc:
            out.append(Toll(c, None, None, end, incident_count=True))
            continue
        if victims in (None, Victims.TOTAL) and not kin and _OF_THEM_AFTER.match(sentence, c.end - s0):
            victims = _antecedent(sentence[max(0, c.start - s0 - 120):c.start - s0]) or victims
        if outcome_n == Outcome.KILLED and _OR_HURT_AFTER.match(sentence, end - s0):
            outcome_n = Outcome.WOUNDED  # "leaves dozens dead or wounded": the dead and hurt together, as
            # "killed or wounded" (how many died is not said)
        if outcome_n == Outcome.WOUNDED and _DIED_NEXT.match(sentence, end - s0):
            outcome_n = Outcome.KILLED  # "three injured workers died in hospital": they died of their wounds
        elif outcome_n is None and victims is not None and _DIED_AFTER_CLAUSE.match(sentence, end - s0):
            outcome_n = Outcome.KILLED  # "Three soldiers, who were injured in ..., have succumbed"
        after = sentence[end - s0:end - s0 + 80]
        tail = sentence[c.end - s0:c.end - s0 + 80]
        if victims in (None, Victims.TOTAL) and _DESCRIBED_PART.match(tail):
            continue  # "Five of the victims had gunshot wounds": how those counted were found, no toll
        part = _PART_OF_DEAD.match(tail) if victims in (None, Victims.TOTAL) and outcome_n in (None, Outcome.KILLED) else None
        if part:  # "15 of the dead were women and children": a part of a toll said before
            out.append(Toll(c, Outcome.KILLED, _part_victims(tail, part.end()), c.end + part.end(), breakdown=True))
            continue
        hurt_part = _PART_OF_HURT.match(tail) if victims in (None, Victims.TOTAL) else None
        if hurt_part:  # "Three of the wounded are in critical condition": a part of the hurt told before
            out.append(Toll(c, Outcome.WOUNDED, _part_victims(tail, hurt_part.end()), c.end + hurt_part.end(), breakdown=True))
            continue
        lead = low[max(0, c.start - s0 - 60):c.start - s0]
        if victims is None and outcome_n is None and (label := _LABEL_LEAD.search(lead)) is not None:
            # a figure under its label, as tables and updates give them: "Killed: 6", "Injured: 87"
            word = (label.group("label") or label.group("noun")).lower()
            outcome = _outcome_of(word) or OUTCOME_NOUNS.get(word)
            if outcome is not None:
                out.append(Toll(c, outcome, Victims.TOTAL, c.end))
                continue
        if victims is None and outcome_n is None and (
                _WHERE_AFTER.match(sentence, c.end - s0)
                # ("including 15 in a single strike on a school in Jabalia": a part, by the place of its strike)
                or out and _BREAKDOWN_LEAD.search(lead) is not None and _EVENT_WHERE_AFTER.match(sentence, c.end - s0)):
            # "Of the dead, 92 were in Jajarkot and 36 in Rukum West": parts of the toll, by place
            of_the = _OF_THE_DEAD_LEAD.search(sentence, max(0, c.start - s0 - 60), c.start - s0)
            prev = out[-1] if out else None
            # ... and "killed two people in Kherson and one in Kostiantynivka": more of the same
            # toll's kind, elsewhere (the toll before with its own place right after it)
            listed = prev is not None and prev.outcome in (Outcome.KILLED, Outcome.WOUNDED) and not prev.incident_count \
                and (prev.by_place or _WHERE_AFTER.match(sentence, prev.end - s0)) \
                and _WHERE_GAP.fullmatch(sentence, prev.end - s0, c.start - s0)
            # ... and "killed 24 across the Gaza Strip, including 10 in Nuseirat": a part, by place
            including = prev is not None and prev.outcome in (Outcome.KILLED, Outcome.WOUNDED) and not prev.incident_count \
                and _BREAKDOWN_LEAD.search(lead) is not None and c.best <= prev.count.best
            if including and of_the is None and not listed:
                out.append(Toll(c, prev.outcome, Victims.TOTAL, c.end, breakdown=True, by_place=True))
                continue
            if of_the is not None or listed:
                noun = of_the.group("noun").lower() if of_the is not None else ""
                outcome = prev.outcome if of_the is None else (
                    Outcome.WOUNDED if noun in ("wounded", "injured") else Outcome.KILLED)
                victims = prev.victims if of_the is None and not prev.by_place and prev.victims else Victims.TOTAL
                out.append(Toll(c, outcome, victims, c.end, by_place=True))
                continue
        if victims is None and outcome_n is None and _TO_HOSPITAL_AFTER.match(sentence, c.end - s0) \
                and _SENT_LEAD.search(sentence, max(0, c.start - s0 - 20), c.start - s0):
            out.append(Toll(c, Outcome.WOUNDED, Victims.TOTAL, c.end))  # "sending 12 to local hospitals"
            continue
        if victims == Victims.TOTAL and outcome_n and (suffered := _SUFFERED_LEAD.search(sentence, max(0, c.start - s0 - 60), c.start - s0)):
            # "the Taliban insurgents suffered 6 deaths": the dead of those who suffered them
            who = suffered.group("who")
            victims = _side(_words(who)) or next((Victims.SECURITY_FORCES if g.state else Victims.FIGHTERS
                                                  for g in default_groups().find(who)), victims)
        toll_lead = _TOLL_LEAD.search(lead) or (_LIVES_LEAD.search(lead) if _LIVES_AFTER.match(tail) else None)
        if toll_lead is not None and _TOLL_LEAD_PAST_PLACE.search(lead):
            toll_lead = None  # "the death toll from the raid in two favelas": where, not how many
        if toll_lead is not None and out and out[-1].end - s0 > max(0, c.start - s0 - 60) + toll_lead.start():
            toll_lead = None  # the toll before's own noun: "six fatalities and 12 injuries" (12 hurt, not dead)
        if toll_lead is not None and victims is None and outcome_n is None \
                and (tw := _words(tail.lower())) and tw[0] in THING_NOUNS:
            continue  # a count of things, whatever the words before: "the remains of two houses"
        if toll_lead is None and victims is None and outcome_n is None and (fig := _FIGURE_LEAD.search(lead)) is not None \
                and _FIGURE_OF_DEAD.search(sentence, 0, c.start - s0 - len(lead) + fig.start()):
            toll_lead = fig  # "... had died, while the disaster centre put the figure at more than 2,000"
        if toll_lead is None:
            far = low[max(0, c.start - s0 - 160):c.start - s0]
            if "toll" in far or "number" in far:
                toll_lead = TOLL_RISE_LEAD.search(far)
        active = _ACTIVE_LEAD.search(lead)
        if active and victims is None and outcome_n is None and (tw := _words(tail.lower())) and tw[0] in THING_NOUNS:
            continue  # a count of things after the verb: "was stabbed 12 times", "was shot four times"
        if outcome_n is None and victims not in (None, Victims.TOTAL) and _LOST_LEAD.search(lead):
            outcome_n = Outcome.KILLED  # "the attackers also lost about 40 fighters"
        if not toll_lead and not active and _BY_AGENT.search(lead):
            continue  # "wounded in an attack by two armed men": the ones who did it
        if victims == Victims.PERPETRATORS and outcome_n is None and _ASSAILANTS_AFTER.match(sentence, end - s0):
            # "Two Palestinians stabbed and injured a soldier": what they did, not what befell them,
            # unless they died of it ("... before being shot dead")
            if _AND_WERE_KILLED.match(sentence, end - s0):
                out.append(Toll(c, Outcome.KILLED, victims, end))
            continue
        if outcome_n is None and not active and _AGENT.match(after) and not (
                victims == Victims.PERPETRATORS and _AND_WERE_KILLED.match(after)):
            continue  # "four gunmen killed one person": the ones who killed, not a toll (but
            # "killing 27, wounded another 96": the 27 are the killing's)
        among = _AMONG_THE.match(after)
        passive = None
        if victims is None and outcome_n is None and not toll_lead and not active:
            # a count of people unnamed ("23 pilgrims were massacred"); a vague amount needs a noun
            # (but a plural amount right before its verb is people: "27 died and dozens were injured")
            passive = _SUBJECT_PASSIVE.match(sentence[c.end - s0:c.end - s0 + 80])
            if passive and c.vague and not (passive.group("noun") is None and _VAGUE_SUBJECT.search(c.text)):
                passive = None
            if passive and _is_active(sentence, c.end - s0, c.end - s0, passive):
                passive = None  # "two groups at the fair killed one bystander": they did it
            if passive and any(w.lower() in THING_NOUNS or w.lower() in TIME_UNITS or w.lower() in EVENT_NOUNS
                               for w in re.findall(r"[A-Za-z][\w’'-]*", sentence[c.end - s0:c.end - s0 + passive.start("verb")])):
                passive = None  # "three vehicles were destroyed"
            if passive is None and not among and not (_TOLL_NOUN_LEAD.search(lead) and not _TOLL_LEAD_PAST_PLACE.search(lead)):
                prior = next((u for u in reversed(out) if u.outcome and not u.incident_count), None)
                if prior is not None and _REVISED_LEAD.search(lead):
                    # "initially said four people were killed but later revised the figure to three"
                    out.append(Toll(c, prior.outcome, prior.victims, c.end, revision=Revision.REVISED))
                elif prior is not None and not c.vague and (more := _MORE_ELLIPSIS.match(sentence, c.end - s0)) \
                        and _MORE_ELLIPSIS_LEAD.search(lead):
                    # "16 bodies were recovered on Sunday and seven more on Monday": more of the same kind
                    # (beside the one before, not another figure for it: "five died at the scene and two
                    # more in hospital" are seven)
                    # (more of a part is a part too: "Nine of the bodies were found inside a van and two more beside it")
                    out.append(Toll(c, prior.outcome, prior.victims, c.end + len(more.group(0)),
                                    additional=not prior.breakdown, breakdown=prior.breakdown))
                elif prior is not None and not c.vague and not prior.breakdown and _BREAKDOWN_LEAD.search(lead) \
                        and BARE_PART_DAY.match(sentence, c.end - s0) and c.best < prior.count.best:
                    # "killed 31,553 since October 7, including 36 over the past 24 hours": a part, that day's
                    out.append(Toll(c, prior.outcome, prior.victims, c.end, breakdown=True))
                elif out and out[-1].breakdown and not c.vague and _MORE_ELLIPSIS_LEAD.search(lead) \
                        and _PLACE_ELLIPSIS.match(sentence, c.end - s0):
                    # "..., including 12 people in a school in Gaza City and eight in a house in Khan
                    # Younis": a part at another place, as the part before it
                    # (the list's outcome: its head's, the part before may have none yet)
                    out.append(Toll(c, out[-1].outcome or (prior.outcome if prior is not None else None),
                                    out[-1].victims, c.end, breakdown=True))
                elif prior is not None and not c.vague and not prior.breakdown and _MORE_ELLIPSIS_LEAD.search(lead) \
                        and _PLACE_ELLIPSIS.match(sentence, c.end - s0):
                    # "62 had died in Baghlan and 50 in Takhar": the same kind at another place, beside it
                    out.append(Toll(c, prior.outcome, prior.victims, c.end, additional=True))
                continue  # bare numbers are not tolls
            if passive is not None:
                victims = _side(_words(sentence[c.end - s0:c.end - s0 + passive.start("verb")]))
                prior = out[-1] if out else None
                if victims is None and passive.group("noun") is None and prior is not None and prior.outcome \
                        and prior.victims not in (None, Victims.TOTAL) and not prior.breakdown \
                        and _ELIDED_SUBJECT_GAP.fullmatch(sentence, prior.end - s0, c.start - s0):
                    # "13 Taliban militants were killed and 16 were wounded": the 16 are militants too
                    victims = prior.victims
        among_lead = _AMONG_LEAD.search(sentence, max(0, c.start - s0 - 40), c.start - s0) if not outcome_n else None
        if among_lead:  # "Among the dead were four children": a part of the toll, whatever its size
            noun = (among_lead.group("noun") or among_lead.group("noun2")).lower()
            out.append(Toll(c, Outcome.WOUNDED if noun in ("wounded", "injured") else Outcome.KILLED,
                            victims or Victims.TOTAL, end, breakdown=True))
            continue
        # the sentence's outcome for this count: its own noun, the words after it in its
        # clause, a leading verb or toll noun
        last = idx + 1 >= len(counts)
        nxt = len(sentence) if last else counts[idx + 1].start - s0
        if outcome_n and active and _VERB_NOT_NOUN.match(tail):
            outcome_n = None  # "killing 27 wounded another 96": "wounded" opens the next clause
        outcome = outcome_n or (toll_lead and Outcome.KILLED) or (active and _active_outcome(active))
        # who died "along with" the one before share their verb and are more beside them ("killed along
        # with three other officers"; not "killed along with 67 injured": their own word)
        along = _ALONG_WITH_LEAD.search(lead) if victims is not None else None
        if along is not None and _OWN_OUTCOME_AFTER.match(tail):
            along = None
        if along is not None:
            outcome = _outcome_of(along.group("verb")) or outcome
        if active and outcome == Outcome.ARRESTED and _KILLED_THEM_AFTER.match(after):
            outcome = Outcome.KILLED  # "abducted seven farmers and killed them": they died
        if active and not outcome_n and _DEAD_AFTER.match(after):
            outcome = Outcome.KILLED  # "shot five people dead", "beat two men to death"
        if not outcome and _TO_HELL_AFTER.match(after) and _SENT_TO_HELL_LEAD.search(lead):
            outcome = Outcome.KILLED  # "troops sent four terrorists to hell"
        if not outcome_n and _TO_HOSPITAL_AFTER.match(after):
            outcome = Outcome.WOUNDED  # "killed a man and sent three others to the hospital"
        if passive is not None:
            outcome = _passive_outcome(passive) or outcome
        if among:
            outcome = outcome or OUTCOME_NOUNS.get(among.group("noun").lower(), Outcome.KILLED)
        if active and victims is None and _ALL_LEAD.search(lead) and re.match(r"\s*(?:[,.;:]|$)", tail):
            continue  # "engaged the gunmen, killing all three": the ones just named, whoever they were
        if not outcome and out and out[-1].outcome and not out[-1].incident_count:
            # "killing two workers, two police officers, and ...": the list's verb, not the next
            # one's ("killed two soldiers and 4 others were injured": its own verb)
            item_end = _ITEM_END.search(sentence, end - s0, max(end - s0, nxt))
            if outcomes.first(end - s0, item_end.start() if item_end else max(end - s0, nxt)) is None \
                    and (listed := _listing_verb(sentence, c.start - s0)):
                outcome = outcome_near(listed.group("verb"), 0, len(listed.group("verb")))
        if not outcome and not last and end - s0 < nxt:
            # an active verb right before the next count governs that count, not this one: "a
            # bus carrying 40 passengers, killing 12", "five men ... were targeted by a shooter
            # who killed one", "a gunfight between two people killed one bystander"
            lead_next = _ACTIVE_LEAD.search(sentence, end - s0, nxt)
            chain = _VERB_CHAIN.search(sentence, end - s0, lead_next.start()) if lead_next else None
            # (the verb's own first half: "shot and wounded a police officer")
            if lead_next and outcomes.first(end - s0, chain.start() if chain else lead_next.start()) is None \
                    and not _AUX_BEFORE.search(sentence, end - s0, lead_next.start()):
                # (but "2 people were killed an additional 7 wounded": a passive; and a count in the
                # list of the one before takes its outcome: "killing eight hostages and three
                # soldiers, and wounding eleven")
                if out and out[-1].outcome and not out[-1].incident_count \
                        and _LIST_JOIN.fullmatch(sentence, out[-1].end - s0, c.start - s0):
                    outcome = out[-1].outcome
                else:
                    continue
        if not outcome and out and out[-1].outcome and not out[-1].incident_count and _BREAKDOWN_LEAD.search(lead) \
                and c.start - out[-1].end <= 40 and _BREAKDOWN_GAP.fullmatch(sentence, out[-1].end - s0, c.start - s0):
            # "16 people were injured, among them two gang members, and 6,200 residents fled": the
            # injured's, not the next verb's
            outcome = out[-1].outcome
        if not outcome:  # up to the next count (past the sentence end for the last one)
            hit = outcomes.first_hit(end - s0, max(end - s0, nxt) + (60 if last else 0))
            outcome = hit[1] if hit else None
            if hit and c.best >= 2 and _SINGULAR_SUBJECT_VERB.search(sentence, end - s0, hit[0]):
                continue  # "rammed two soldiers ... and was shot dead": the one who rammed them
        if not outcome and _AUX.search(sentence, end - s0, nxt):
            continue  # its own verb, no outcome: "100 people were freed ... and six gunmen were
            # killed", "... while three students were rescued" (no outcome of a list to share)
        if not outcome and not last and _WHOLE_OF_SUBSET.match(sentence, counts[idx + 1].end - s0) \
                and outcomes.first(end - s0, counts[idx + 1].start - s0) is None:
            # the whole of a part told next ("received 18 patients, three of whom died"): hurt when
            # its noun says so, else no toll; a part told in brackets leaves the whole its own verb
            # after them ("Five people (two of them later died) were shot": five hit)
            aside = next((a for a in outcomes.asides if a[0] <= counts[idx + 1].start - s0 < a[1]), None)
            beyond = outcomes.first_hit(aside[1], len(sentence)) if aside is not None and aside[0] >= end - s0 else None
            if beyond is not None:
                outcome = beyond[1]
            elif not (set(_words(sentence[c.end - s0:end - s0])) & _L.HURT_NOUNS):
                continue
            else:
                outcome = Outcome.WOUNDED
        if not outcome and not (c.vague and c.qualifier == "vague" and c.best <= 10):
            hit = outcomes.first_hit(end - s0, len(sentence))  # "several", "many": only close by
            # (not a verb whose object is a later count: "his four children in a home for 24 hours,
            # a man shot and wounded a police officer"; "four schoolgirls aged 15 to 17 ... were
            # assaulted by six men who beheaded three of them", past the counts between)
            if hit and not any((m := _ACTIVE_LEAD.search(sentence, hit[0], u.start - s0)) is not None and m.start() - hit[0] <= 12
                               for u in counts[idx + 1:] if u.start - s0 > hit[0]):
                outcome = hit[1]
        if outcome == Outcome.ARRESTED and _BODIES_FOUND_AFTER.match(sentence, end - s0):
            outcome = Outcome.KILLED  # "Two teachers were abducted ..., and their bodies were found on Monday"
        if victims is None:
            victims = Victims.TOTAL
        if outcome == Outcome.WOUNDED and _HURT_THEN_DIED.match(sentence, end - s0):
            outcome = Outcome.KILLED  # "Two victims were found with gunshot wounds and died at the scene"
        breakdown = bool(_BREAKDOWN_LEAD.search(lead)) or bool(among)
        if out and out[-1].breakdown and _BREAKDOWN_JOIN.fullmatch(sentence[out[-1].end - s0:c.start - s0]) \
                and (outcome is None or out[-1].outcome == outcome):
            breakdown = True  # "including 231 security forces and 250 fighters"
        elif out and victims != Victims.TOTAL and out[-1].outcome == outcome and out[-1].victims == Victims.TOTAL \
                and c.best <= out[-1].count.best and _BREAKDOWN_AFTER.match(tail):
            breakdown = True  # "killed ten people, three of them gunmen"
        if outcome == Outcome.KILLED and _ONLY_LEAD.search(lead) and _BODIES_AFTER.match(tail):
            breakdown = True  # "... Only four bodies had been recovered": of the toll told, found so far
        additional = not breakdown and bool(_ALSO_AFTER.match(sentence, end - s0) or _ALSO_LEAD.search(lead) or along)
        t = Toll(c, outcome, victims, end, breakdown=breakdown, additional=additional)
        out.append(t)
        if outcome == Outcome.KILLED and (_SUBSET_LEAD.search(lead) or _SUBSET_AFTER.match(after)):
            subsets.append(t)
    # counts in one breakdown list share the outcome of the list's head
    # (not a count another verb governs: "killing seven guests and abducting the bride and 15
    # others" did not kill the 15)
    for k, t in enumerate(out):
        if t.outcome is None and not t.incident_count:
            later = next((u for u in out[k + 1:] if u.outcome and not u.incident_count), None)
            earlier = next((u for u in reversed(out[:k]) if u.outcome and not u.incident_count), None)
            if later is not None and (_OTHER_VERB.search(sentence, t.end - s0, max(t.end - s0, later.count.start - s0))
                                      or _object_of_verb(sentence, t.end - s0, later.count.start - s0)):
                later = None  # (nor the verb whose object the later count is: "his four children ..., a
                # man shot and wounded a police officer")
            if earlier is not None and (_OTHER_VERB.search(sentence, earlier.end - s0, max(earlier.end - s0, t.count.start - s0))
                                        or _SUBORDINATE.search(sentence, earlier.end - s0, max(earlier.end - s0, t.count.start - s0))
                                        and not (sentence[:t.count.start - s0].rstrip().endswith(" and")
                                                 and _OTHERS_PLACE_GAP.match(sentence, t.count.end - s0))):
                earlier = None
            t.outcome = (later or earlier).outcome if (later or earlier) else None
    # a bare number inside a list of numbers that share the last one's noun is one more figure
    # of that kind: "killing 24, 8 and 5 people respectively" (the 8 had been no toll)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if not a.outcome or a.outcome != b.outcome or a.incident_count or b.incident_count \
                or not _NUMBER_LIST_GAP.fullmatch(sentence, a.end - s0, b.count.start - s0):
            continue
        inner = [c for c in counts if a.count.end <= c.start and c.end <= b.count.start and not c.vague]
        if inner and all(_NUMBER_LIST_GAP.fullmatch(sentence, x.end - s0, y.start - s0)
                         for x, y in zip([a.count, *inner], [*inner, b.count])):
            for c in inner:
                out.append(Toll(c, a.outcome, b.victims, c.end, breakdown=a.breakdown and b.breakdown))
    out.sort(key=lambda u: u.count.start)
    # people of no stated side named by what they are (men, workers, "a 15-year-old", others)
    # listed beside people of a side are more people, not a total of them ("Six adult males and a
    # 15-year-old boy were wounded", "killing two workers, two police officers, and a candidate");
    # "people", "persons", "victims" may be everyone, and a first one set off by a comma is the
    # others' sum ("Six persons, four civilians and two police officers, were killed")
    k = 0
    while k < len(out):
        run = [out[k]]
        while k + len(run) < len(out):
            a, b = run[-1], out[k + len(run)]
            if not (a.outcome and a.outcome == b.outcome and not a.breakdown and not b.breakdown and not b.incident_count
                    and b.count.start > a.end and _LIST_GAP.fullmatch(sentence, a.end - s0, b.count.start - s0)):
                break
            run.append(b)
        k += len(run)
        if len(run) < 2 or not any(t.victims in CATEGORIES for t in run):
            continue
        # (but an active verb's objects are a list: "killing two workers, two police officers")
        if run[0].victims == Victims.TOTAL and "," in sentence[run[0].end - s0:run[1].count.start - s0] \
                and not _listing_verb(sentence, run[1].count.start - s0) \
                and sum(t.count.best or 0 for t in run[1:]) == run[0].count.best:
            continue  # "Eight people, six officers and two drivers, were hurt": the first is the sum
            # (of the rest: "Four males, one female and a child were wounded" are six)
        for t in run:
            if t.victims == Victims.TOTAL and not _generic(sentence, t, s0):
                t.additional = True
    # "others" with their own verb of a toll's outcome before them are more people ("a soldier was
    # wounded in the shooting, and two others were wounded in the ramming": three)
    for k, t in enumerate(out):
        if t.additional or t.breakdown or t.incident_count or not t.outcome:
            continue
        others = _OTHERS_AFTER.match(sentence, t.count.end - s0)
        # (its outcome its verb's, or its noun's: "three more bodies were found")
        if others and (_outcome_of(others.group("verb")) == t.outcome
                       or any(OUTCOME_NOUNS.get(w) == t.outcome for w in _words(others.group(0).lower())[1:-1])) \
                and not _OTHERS_NOT_AFTER.search(sentence, max(0, t.count.start - s0 - 5), t.count.start - s0) \
                and not _CAUSE_BEFORE.search(sentence, max(0, t.count.start - s0 - 12), t.count.start - s0):
            # (but "the toll rose to 14 after three more victims died": the cause of the rise, a part)
            if any(u.outcome == t.outcome and not u.incident_count for u in out[:k]):
                t.additional = True
            elif k == 0:
                t.others = True  # (the claim finder looks at the sentence before)
                # ... and so are the hurt said with them: "Four more people were killed and 12 injured"
                for u in out[1:]:
                    if u.outcome and u.outcome != t.outcome and not u.incident_count and not u.breakdown \
                            and _AND_WITH.fullmatch(sentence, t.end - s0, u.count.start - s0):
                        u.others = True
                    break
    # people thought dead and found alive: "one of the victims initially declared dead had been found alive"
    if "alive" in sentence:
        gone = {id(t) for t in out if _FOUND_ALIVE_AFTER.match(sentence, t.count.end - s0)}
        out = [t for t in out if id(t) not in gone]
        subsets = [t for t in subsets if id(t) not in gone]
    # a figure that replaces its source's earlier one, or was replaced by it
    for t in out:
        before = low[max(0, t.count.start - s0 - 80):t.count.start - s0]
        if _REVISED_LEAD.search(before) or "toll" in low and _REVISED_LONG_LEAD.search(low, max(0, t.count.start - s0 - 200),
                                                                                        t.count.start - s0):
            t.revision = Revision.REVISED
        elif _SUPERSEDED_LEAD.search(before):
            t.revision = Revision.SUPERSEDED
    # the attackers among the dead: the agent of an attack named before ("stabbed by a man, who was
    # shot dead"), the dead of a passive who had attacked first ("was shot dead after he stabbed")
    for t in out:
        if t.outcome == Outcome.KILLED and t.victims in (Victims.TOTAL, Victims.CIVILIANS) and (
                _BY_AGENT.search(low, max(0, t.count.start - s0 - 40), t.count.start - s0)
                and _ATTACK_BEFORE_BY.search(low, max(0, t.count.start - s0 - 80), t.count.start - s0)
                or _ATTACKED_FIRST.match(sentence, t.end - s0) or _SUICIDE_ATTACKERS.match(sentence, t.end - s0)
                or _ATTACKER_AFTER.match(sentence, t.end - s0)
                and _FORCES_SHOT.search(sentence, max(0, t.count.start - s0 - 80), t.count.start - s0)):
            t.victims = Victims.PERPETRATORS
    # "others" the state's forces killed after the attackers' dead are more of them ("one attacker
    # blew himself up, while five others were killed by security forces"; not "the bomber died
    # and three others were killed")
    for k, t in enumerate(out):
        if k and t.outcome == Outcome.KILLED and t.victims == Victims.TOTAL \
                and sentence[t.count.end - s0:t.end - s0].strip().lower() == "others" \
                and out[k - 1].outcome == Outcome.KILLED and out[k - 1].victims == Victims.PERPETRATORS \
                and _KILLED_BY_FORCES.match(sentence, t.end - s0):
            t.victims = Victims.PERPETRATORS
    # "A gunman shot five people, killing two": two of the five died
    for k, t in enumerate(out):
        prev = out[k - 1] if k else None
        if prev is not None and t.outcome == Outcome.KILLED and prev.outcome == Outcome.WOUNDED and not t.additional \
                and not t.breakdown and t not in subsets and not prev.incident_count \
                and not any(u.outcome == Outcome.WOUNDED for u in out[k + 1:]) \
                and _HIT_VERB_BEFORE.search(sentence, max(0, prev.count.start - s0 - 30), prev.count.start - s0) \
                and _HIT_THEN_KILLING.fullmatch(sentence, prev.count.end - s0, t.count.start - s0):
            subsets.append(t)
    # "Four civilians, two of them children, were killed": a part of the figure right before it,
    # of the same outcome (not two more)
    for k, t in enumerate(out):
        prev = out[k - 1] if k else None
        if prev is None or prev.incident_count or t.breakdown or t.count.best >= prev.count.best \
                or not _OF_THEM_AFTER.match(sentence, t.count.start - s0 + len(t.count.text.split()[0])) \
                or not (_COMMA_ONLY.fullmatch(sentence, prev.end - s0, t.count.start - s0)
                        or _VERB_THEN_COMMA.fullmatch(sentence, prev.end - s0, t.count.start - s0)):
            continue
        if prev.outcome != t.outcome and prev.outcome is not None and _ASIDE_CLOSED.match(sentence, t.end - s0):
            # ... told as an aside after the toll's verb: "Eight people died, six of them children,
            # and 11 were wounded" (six of the dead, not six hurt)
            t.outcome = prev.outcome
        if prev.outcome == t.outcome:
            t.breakdown, t.additional = True, False
    # "stabbed two shopkeepers, killing one and injuring the other": the other is one of the two
    # hurt told before it, no one more ("opened fire on two men, killing one and wounding the
    # other": with no hurt before, the one hurt)
    out = [t for k, t in enumerate(out) if not (
        t.count.text.lower() == "the other" and t.outcome == Outcome.WOUNDED
        and any(u.outcome == Outcome.WOUNDED and not u.incident_count for u in out[:k]))]
    # "four people being shot, and one victim dying from their injuries": one of the four died
    for k, t in enumerate(out):
        if k and t.outcome == Outcome.KILLED and t not in subsets and not t.breakdown and not t.additional \
                and any(u.outcome == Outcome.WOUNDED and not u.incident_count for u in out[:k]) \
                and _DYING_OF_INJURIES.match(sentence, t.end - s0):
            subsets.append(t)
    # "six were shot, one fatally": one killed, five wounded (not six)
    for t in subsets:
        if t.outcome != Outcome.KILLED:
            continue
        whole = next((u for u in reversed(out[:out.index(t)]) if u.outcome == Outcome.WOUNDED and not u.incident_count), None)
        if whole is not None and not _PART_SAID.match(sentence, t.count.end - s0) \
                and _HURT_NOT_HIT.match(sentence, whole.count.end - s0, t.count.start - s0):
            # "Five adults were wounded and one killed": one more, killed (the five were hurt, and
            # the one is not among them: but "six were shot, and one was killed", "five were
            # injured, one fatally", "... one of whom died" are parts)
            t.additional = True
            continue
        if whole is None:
            # ("Seven people were shot. Two of them died.": the claims step; and after the new toll
            # they raise: "the death toll had risen to nine as seven of the injured soldiers died")
            k = out.index(t)
            t.of_the_last = k == 0 or all(u.outcome == Outcome.KILLED and TOLL_RISE_LEAD.search(
                sentence, max(0, u.count.start - s0 - 160), u.count.start - s0) for u in out[:k])
        else:
            c = whole.count
            n = t.count.best
            whole.count = Count(c.start, c.end, c.text, max(0, c.low - n), max(0, c.best - n), max(0, c.high - n),
                                c.qualifier, c.vague)
    # "In a separate incident, three people were killed ...": more dead beside those told before
    # (and "Five were killed and 30 injured in another attack on the city", said after them)
    if out and (_SEPARATE_EVENT_OPEN.match(sentence) or _SEPARATE_EVENT_IN.search(sentence, out[0].end - s0)):
        for t in out:
            if t.outcome in (Outcome.KILLED, Outcome.WOUNDED) and not t.breakdown and not t.incident_count and not t.revision:
                t.additional = True
    # "Two of them are in critical condition": opening the sentence, a part of the hurt told
    # before (the claims step links it), not more of them
    for t in out:
        if t.outcome == Outcome.WOUNDED and not t.breakdown and not t.incident_count \
                and not sentence[:t.count.start - s0].strip() and _OF_THOSE_HURT.match(sentence, t.count.end - s0):
            t.breakdown, t.additional = True, False
    # "Two gunmen shot five people. One victim was shot in the chest and later died.": a death
    # among those hit in the sentence before (the claims step subtracts it from them)
    if out and out[0].outcome == Outcome.KILLED and not out[0].incident_count and not out[0].additional \
            and all(u.outcome != Outcome.WOUNDED for u in out[1:]) \
            and not any(u.outcome == Outcome.KILLED and not u.ordinal  # ("...; a second died in hospital": one more of them)
                        and not TOLL_NOW.search(sentence, out[0].end - s0, u.count.start - s0) for u in out[1:]) \
            and _LATER_DIED_ONE.match(sentence, out[0].end - s0):
        out[0].of_the_last = True
    # "a gunman shot six men, killing one and injuring five": the first figure is everyone hit,
    # the two after it its parts (one killed, five wounded; not six wounded beside the five)
    for k, t in enumerate(out):
        if t.outcome != Outcome.WOUNDED or t.incident_count or t.additional or t.breakdown:
            continue
        rest = [u for u in out[k + 1:] if u.outcome in (Outcome.KILLED, Outcome.WOUNDED) and not u.incident_count]
        dead = [u for u in rest if u.outcome == Outcome.KILLED]
        hurt = [u for u in rest if u.outcome == Outcome.WOUNDED]
        if len(dead) == 1 and len(hurt) == 1 and dead[0].count.best + hurt[0].count.best == t.count.best > 1:
            t.count = Count(t.count.start, t.count.end, t.count.text, 0, 0, 0, t.count.qualifier, t.count.vague)
    # a rank after the people of the same sentence is one more of them: "three people being wounded
    # and a fourth person was shot in the head" (four hurt, not three and four)
    for k, t in enumerate(out):
        if t.ordinal > 1 and sum(u.count.best for u in out[:k] if u.outcome in (Outcome.KILLED, Outcome.WOUNDED)
                                 and not u.incident_count and not u.breakdown) == t.ordinal - 1:
            c = t.count
            t.count, t.ordinal, t.additional = Count(c.start, c.end, c.text, 1, 1, 1, c.qualifier, c.vague), 0, True
            t.next_by_rank = True
    # "killed two people in Kherson and one in Kostiantynivka": one more, elsewhere ("one" alone is
    # no count of its own: here the toll before says of whom)
    for t in [t for t in out if t.outcome in (Outcome.KILLED, Outcome.WOUNDED) and not t.incident_count
              and " one " in sentence[t.end - s0:t.end - s0 + 80]]:
        if (m := _ONE_ELSEWHERE.match(sentence, t.end - s0) or _ONE_MORE.match(sentence, t.end - s0)) is not None \
                and not any(u.count.start == s0 + m.start("one") for u in out):
            one = Count(s0 + m.start("one"), s0 + m.end("one"), m.group("one"), 1, 1, 1, "exact", False)
            hurt = m.groupdict().get("hurt") is not None
            out.append(Toll(one, Outcome.WOUNDED if hurt else t.outcome, t.victims if not hurt else Victims.TOTAL, one.end,
                            by_place=not hurt))
            out.sort(key=lambda u: u.count.start)
    # a toll of an unnamed place beside the named one: another event ("a day after a strike on a
    # nearby village killed seven")
    for t in out:
        if t.outcome in (Outcome.KILLED, Outcome.WOUNDED) and not t.additional and not t.breakdown \
                and _ANOTHER_PLACE_LEAD.search(sentence, max(0, t.count.start - s0 - 80), t.count.start - s0):
            t.additional = True
    # the suspects a mob killed are its victims, not attackers: "a mob lynched 2 suspected thieves"
    if _MOB_KILLING.search(sentence):
        for t in out:
            if t.victims == Victims.PERPETRATORS and t.outcome == Outcome.KILLED and _SUSPECTED.search(
                    sentence, max(0, t.count.start - s0 - 12), t.end - s0) \
                    and not _ATTACKER_NOUN.search(sentence, t.count.start - s0, t.end - s0):  # (not "a suspected gunman")
                t.victims = Victims.CIVILIANS
    # ... and suspects killed in an exchange of fire are the side fought, among the dead it left
    # ("16 suspects were killed in shootouts"; not "the gunmen were killed in a shootout")
    elif ((shootout := _SHOOTOUT.search(sentence)) or _BY_FORCES.search(sentence)) \
            and all(t.victims == Victims.PERPETRATORS for t in out if t.outcome == Outcome.KILLED):
        for t in out:  # (not the one attacker of a story: "killed one ... before being killed by police in a shootout")
            if t.victims == Victims.PERPETRATORS and t.outcome == Outcome.KILLED and t.count.best > 1 \
                    and not _ATTACKER_NOUN.search(sentence, t.count.start - s0, t.end - s0) \
                    and (shootout or _SUSPECT_WORD.search(sentence, t.count.start - s0, t.end - s0)):
                t.victims = Victims.FIGHTERS
    # one named after "Among the dead was" is one of the dead, however the sentence says they died
    # ("Among the dead was a comedian, X, who was shot in ...": killed, a part of the toll)
    if "mong " in sentence:
        for t in out:
            if (fronted := _AMONG_FRONTED.search(sentence, max(0, t.count.start - s0 - 80), t.count.start - s0)) is not None:
                t.outcome = Outcome.WOUNDED if fronted.group("noun").lower() in ("wounded", "injured") else Outcome.KILLED
                t.breakdown, t.additional = True, False
    # a higher figure as an aside after a toll widens it: "At least 12 people, and possibly as many
    # as 15, died" (12 to 15), "... died in the fire, perhaps 20" (not a count of its own)
    if out and _PERHAPS_WORD.search(sentence):
        used = {t.count.start for t in out}
        for c in counts:
            if c.start in used or c.vague:
                continue
            t = next((u for u in reversed(out) if u.count.end <= c.start), None)
            if t is not None and t.outcome in (Outcome.KILLED, Outcome.WOUNDED, Outcome.MISSING) and not t.count.vague \
                    and c.best > t.count.high and _PERHAPS_MORE.fullmatch(sentence, t.count.end - s0, c.start - s0):
                u = t.count
                t.count = Count(u.start, u.end, u.text, u.low, u.best, c.best, u.qualifier, u.vague)
    # people hurt, then dead: "Two more people wounded in the bombing died on Monday"
    for t in out:
        if t.outcome == Outcome.WOUNDED and _HURT_THEN_DIED_AFTER.match(sentence, t.end - s0):
            t.outcome = Outcome.KILLED
    # one person said again in apposition is that one: "A fourth person, a technician, was wounded"
    # (one hurt, not two; a side the second words say is the person's: "A soldier, a sergeant, ...")
    for k in range(len(out) - 1, 0, -1):
        t, u = out[k], out[k - 1]
        if t.count.best == 1 and (u.count.best == 1 or u.ordinal) and t.outcome == u.outcome and not t.incident_count \
                and u.end <= t.count.start and _APPOSITION_GAP.fullmatch(sentence, u.end - s0, t.count.start - s0) \
                and _APPOSITION_END.match(sentence, t.end - s0):
            if u.victims == Victims.TOTAL and t.victims not in (None, Victims.TOTAL):
                u.victims = t.victims
            del out[k]
    # attackers who fled are no displaced people: "several shooters ... opened fire, then fled on foot"
    return [t for t in out if (t.incident_count or t.count.best > 0 or t.count.vague)
            and not (t.outcome == Outcome.DISPLACED and t.victims == Victims.PERPETRATORS)]
