"""Event types: what kind of event a sentence reports, and its ACLED event and sub-event type.

A toll's event type follows from its victims and outcome first (civilians killed: a killing or
an execution; armed people killed: a clash or an attack), else from trigger words, the most
specific first ("attacks on the electrical grid" is damage, not an ambush). The words are data
(``geo/lang/<code>/events.py``); the mapping onto ACLED's codebook is here.
"""
from __future__ import annotations

import re

from geo import lang
from geo.vocab import EventType as E
from geo.vocab import Outcome, Victims

_L = lang.get().events
TRIGGERS = {k: re.compile(_L.TRIGGERS[k], re.I) for k in _L.ORDER}
_AMBUSH = re.compile(_L.AMBUSH)
_REMOTE = re.compile(_L.REMOTE, re.I)
_AIR = re.compile(_L.AIR, re.I)
NOT_EVENT = re.compile(_L.NOT_EVENT)
_DISASTER = re.compile(rf"(?i)\b(?:{_L.DISASTER})\b")
_ACCIDENT = re.compile(rf"(?i)\b(?:{_L.ACCIDENT})\b")
_VIOLENT = re.compile(rf"(?i)\b(?:{_L.VIOLENT})\b")

# event type -> (ACLED event type, ACLED sub-event type)
ACLED: dict[E, tuple[str, str]] = {
    E.EXECUTION: ("Violence against civilians", "Attack"),
    E.KILLING: ("Violence against civilians", "Attack"),
    E.ATTACK: ("Violence against civilians", "Attack"),
    E.CLASH: ("Battles", "Armed clash"),
    E.DISPLACEMENT: ("Strategic developments", "Other"),
    E.PROTEST: ("Protests", "Peaceful protest"),
    E.ARREST: ("Strategic developments", "Arrests"),
    E.SECURITY_OPERATION: ("Strategic developments", "Change to group/activity"),
    E.INFRASTRUCTURE: ("Strategic developments", "Looting/property destruction"),
    E.DISASTER: ("", ""),  # not political violence: no ACLED event
    E.ACCIDENT: ("", ""),
}
_ARMED = (Victims.SECURITY_FORCES, Victims.FIGHTERS)


def nonviolent(sentence: str) -> E | None:
    """DISASTER or ACCIDENT when the sentence reports deaths of that kind and names no
    violence ("the earthquake killed 2,000 people", "a bus crash killed 12"), else None."""
    if _VIOLENT.search(sentence):
        return None
    if _DISASTER.search(sentence):
        return E.DISASTER
    if _ACCIDENT.search(sentence):
        return E.ACCIDENT
    return None


def event_type(sentence: str, victims: str | None, outcome: str | None, story: E | None = None) -> E:
    """The event type of a toll (``victims``, ``outcome``) or, with neither, of an event.
    ``story``: the kind of deaths the article reported before (DISASTER or ACCIDENT), for a toll
    whose sentence names no event at all ("Earlier, officials had put the toll at 128")."""
    if outcome is not None:
        kind = nonviolent(sentence)
        if kind is not None:
            return kind
        if story is not None and not _VIOLENT.search(sentence) and not any(rx.search(sentence) for rx in TRIGGERS.values()):
            return story
    if outcome == Outcome.KILLED and victims == Victims.CIVILIANS:
        return E.EXECUTION if TRIGGERS[E.EXECUTION].search(sentence) else E.KILLING
    if outcome == Outcome.DISPLACED:
        return E.DISPLACEMENT
    if outcome == Outcome.ARRESTED:
        return E.ARREST
    if outcome == Outcome.KILLED and victims in _ARMED:
        return E.ATTACK if _AMBUSH.search(sentence) else E.CLASH
    for name, rx in TRIGGERS.items():
        if rx.search(sentence):
            if name == E.ATTACK and victims == Victims.CIVILIANS and TRIGGERS[E.KILLING].search(sentence):
                return E.KILLING
            return name
    if outcome in (Outcome.KILLED, Outcome.WOUNDED):
        return E.CLASH if victims in _ARMED else E.KILLING
    return E.OTHER


def acled(event: str, sentence: str, victims: str | None) -> tuple[str, str]:
    """ACLED's (event type, sub-event type) of an event of type ``event``."""
    if event == E.ATTACK:
        if _REMOTE.search(sentence):
            sub = "Air/drone strike" if _AIR.search(sentence) else "Shelling/artillery/missile attack"
            return "Explosions/Remote violence", sub
        if victims in _ARMED:
            return "Battles", "Armed clash"
    return ACLED.get(event, ("Strategic developments", "Other"))
