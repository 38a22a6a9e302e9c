"""Event types: what kind of event a sentence reports, and its ACLED event and sub-event type.

A toll's event type follows from its victims and outcome first (civilians killed: a killing or
an execution; armed people killed: a clash or an attack; the dead of a bomb or a strike: an
attack, and ACLED's remote violence), else from trigger words (never one of an event that kills
no one, for a toll of dead or wounded), the most
specific first ("attacks on the electrical grid" is damage, not an ambush). The words are data
(``geo/lang/<code>/events.py``); the mapping onto ACLED's codebook is here.
"""
from __future__ import annotations

import re

from geo import lang
from geo.gate import gated
from geo.actors import default_groups
from geo.vocab import EventType as E
from geo.vocab import Outcome, Victims

_L = lang.get().events
TRIGGERS = {k: gated(_L.TRIGGERS[k], re.I) for k in _L.ORDER}
_AMBUSH = gated(_L.AMBUSH)
_REMOTE = gated(_L.REMOTE, re.I)
_AIR = gated(_L.AIR, re.I)
_EXPLOSIVE = gated(_L.EXPLOSIVE)
_SUICIDE = gated(_L.SUICIDE)
_GRENADE = gated(_L.GRENADE)
NOT_EVENT = gated(_L.NOT_EVENT)
_DISASTER = gated(rf"(?i)\b(?:{_L.DISASTER})\b")
_ACCIDENT = gated(rf"(?i)\b(?:{_L.ACCIDENT})\b")
_DISEASE = gated(rf"(?i)(?:{_L.DISEASES})")
_VIOLENT = gated(rf"(?i)\b(?:{_L.VIOLENT})\b")
_CONSEQUENCE = gated(_L.DISASTER_CONSEQUENCES)

# event type -> (ACLED event type, ACLED sub-event type)
ACLED: dict[E, tuple[str, str]] = {
    E.EXECUTION: ("Violence against civilians", "Attack"),
    E.KILLING: ("Violence against civilians", "Attack"),
    E.ATTACK: ("Violence against civilians", "Attack"),
    E.CLASH: ("Battles", "Armed clash"),
    E.DISPLACEMENT: ("Strategic developments", "Other"),
    E.PROTEST: ("Protests", "Peaceful protest"),
    E.ARREST: ("Strategic developments", "Arrests"),
    E.ABDUCTION: ("Violence against civilians", "Abduction/forced disappearance"),
    E.SECURITY_OPERATION: ("Strategic developments", "Change to group/activity"),
    E.INFRASTRUCTURE: ("Strategic developments", "Looting/property destruction"),
    E.DISASTER: ("", ""),  # not political violence: no ACLED event
    E.ACCIDENT: ("", ""),
}
_ARMED = (Victims.SECURITY_FORCES, Victims.FIGHTERS)
_LETHAL = (Outcome.KILLED, Outcome.WOUNDED)
# what a toll of dead or wounded never is, whatever else its sentence says ("a strike on a school
# sheltering displaced families killed 22"; "the war ... has killed thousands and displaced
# millions"; "38 bodies were recovered and troops deployed")
_NOT_LETHAL = (E.DISPLACEMENT, E.ARREST, E.ABDUCTION, E.SECURITY_OPERATION, E.INFRASTRUCTURE)


def remote(sentence: str) -> bool:
    """Whether a sentence names remote violence: strikes, shelling, explosives."""
    return _REMOTE.search(sentence) is not None or _EXPLOSIVE.search(sentence) is not None


def violent(sentence: str) -> bool:
    """Whether a sentence names violence (shooting, bombs, attacks, raids ...)."""
    return _VIOLENT.search(sentence) is not None


def nonviolent(sentence: str) -> E | None:
    """DISASTER or ACCIDENT when the sentence reports deaths of that kind and names no
    violence ("the earthquake killed 2,000 people", "a bus crash killed 12"), else None."""
    if _VIOLENT.search(sentence):
        return None
    if _DISASTER.search(sentence):
        if any(not g.state for g in default_groups().find(sentence)):
            return None  # an armed group's doing: "al-Shabaab storms Mogadishu hotel, 9 dead"
        if _ACCIDENT.search(sentence) and all(_DISEASE.fullmatch(m.group()) for m in _DISASTER.finditer(sentence)):
            return E.ACCIDENT  # ("a fire at a hospital treating COVID-19 patients": the fire killed them)
        return E.DISASTER
    if _ACCIDENT.search(sentence):
        return E.ACCIDENT
    return None


def event_type(sentence: str, victims: str | None, outcome: str | None, story: E | None = None) -> E:
    """The event type of a toll (``victims``, ``outcome``) or, with neither, of an event.
    ``story``: the kind of deaths the article reported before (DISASTER or ACCIDENT), for a toll
    whose sentence names no event at all ("Earlier, officials had put the toll at 128")."""
    if outcome is not None or TRIGGERS[E.ATTACK].search(sentence):
        kind = nonviolent(sentence)  # (a toll's, or an event's: "a gas tanker exploded on the highway")
        if kind == E.ACCIDENT and story == E.DISASTER and all(
                _CONSEQUENCE.fullmatch(m.group()) for m in _ACCIDENT.finditer(sentence)):
            return story  # ("In Cebu, 17 people drowned in the town of Liloan alone", in a typhoon's story)
        if kind is not None:
            return kind
    lethal = outcome in _LETHAL
    if outcome is not None:
        # (a trigger a toll can never take says nothing against the story's kind: "1,800 people were
        # injured and about 2,000 homes destroyed" in an earthquake story)
        if story is not None and not _VIOLENT.search(sentence) and not any(
                rx.search(sentence) for name, rx in TRIGGERS.items() if not (lethal and name in _NOT_LETHAL)):
            return story
    by_remote = lethal and remote(sentence)  # (a bomb's or a strike's dead: an attack, whoever they were)
    if outcome == Outcome.KILLED and victims == Victims.CIVILIANS:
        if TRIGGERS[E.EXECUTION].search(sentence):
            return E.EXECUTION
        return E.ATTACK if by_remote else E.KILLING
    if outcome == Outcome.DISPLACED:
        return E.DISPLACEMENT
    if outcome == Outcome.ARRESTED:
        # (people abducted by gunmen or bandits are no arrest: "killed 5 villagers and abducted 30")
        return E.ABDUCTION if TRIGGERS[E.ABDUCTION].search(sentence) else E.ARREST
    if outcome == Outcome.KILLED and victims in _ARMED:
        return E.ATTACK if by_remote or _AMBUSH.search(sentence) else E.CLASH
    if by_remote:
        return E.ATTACK
    for name, rx in TRIGGERS.items():
        if lethal and name in _NOT_LETHAL:
            continue
        if rx.search(sentence):
            if name == E.ATTACK and victims == Victims.CIVILIANS and TRIGGERS[E.KILLING].search(sentence):
                return E.KILLING
            return name
    if outcome in (Outcome.KILLED, Outcome.WOUNDED):
        return E.CLASH if victims in _ARMED else E.KILLING
    return E.OTHER


def acled(event: str, sentence: str, victims: str | None, outcome: str | None = None) -> tuple[str, str]:
    """ACLED's (event type, sub-event type) of an event of type ``event`` (of a toll of
    ``victims`` and ``outcome``)."""
    if event == E.PROTEST and outcome in _LETHAL:
        return "Protests", "Excessive force against protesters"  # (protesters killed or hurt)
    if event == E.ATTACK:
        # (ACLED codes remote violence by its means, civilians among the dead or not)
        if _SUICIDE.search(sentence):
            return "Explosions/Remote violence", "Suicide bomb"
        if _REMOTE.search(sentence):
            sub = "Air/drone strike" if _AIR.search(sentence) else "Shelling/artillery/missile attack"
            return "Explosions/Remote violence", sub
        if _GRENADE.search(sentence):
            return "Explosions/Remote violence", "Grenade"
        if _EXPLOSIVE.search(sentence):
            return "Explosions/Remote violence", "Remote explosive/landmine/IED"
        if victims in _ARMED:
            return "Battles", "Armed clash"
    return ACLED.get(event, ("Strategic developments", "Other"))
