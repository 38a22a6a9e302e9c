"""The domain's words, named: outcomes, victim categories, place kinds, what a place rests on, event types.

Each is a ``StrEnum``: a member compares equal to its value and is written as its value in
every export (``Outcome.KILLED == "killed"``), so files and tables read as before while code
names what it means instead of spelling strings (and a misspelt member fails at once).
"""
from __future__ import annotations

from enum import StrEnum


class Outcome(StrEnum):
    """What happened to the people a toll counts."""

    KILLED = "killed"
    WOUNDED = "wounded"
    DISPLACED = "displaced"
    ARRESTED = "arrested"      # detained, abducted, captured
    MISSING = "missing"


OUTCOMES = tuple(Outcome)


class Revision(StrEnum):
    """Whether a figure replaces, or was replaced by, another of its source's."""

    NONE = ""
    REVISED = "revised"        # "later revised the toll to three", "lowered it to 12": the source's figure now
    SUPERSEDED = "superseded"  # "initially said four", "had earlier put the toll at 300": no longer the source's


class Victims(StrEnum):
    """Who a toll counts."""

    CIVILIANS = "civilians"
    SECURITY_FORCES = "security forces"
    FIGHTERS = "fighters"          # non-state armed groups
    PERPETRATORS = "perpetrators"  # the attackers themselves ("before killing himself"), kept apart
    TOTAL = "total"                # people, unspecified


# The named categories a total breaks down into (a total is not added to them).
CATEGORIES = (Victims.CIVILIANS, Victims.SECURITY_FORCES, Victims.FIGHTERS)


class PlaceKind(StrEnum):
    """What kind of place a name, a claim or a locality is."""

    COUNTRY = "country"
    ADMIN1 = "admin1"
    ADMIN2 = "admin2"
    LOCALITY = "locality"
    LANDMARK = "landmark"
    REGION = "region"
    UNLOCATED = "unlocated"  # a toll no place could be given to (a country's, when known)


class PlaceBasis(StrEnum):
    """What an article's main event place rests on (``geo.reports``)."""

    TOLLS = "tolls"          # the place with the most deaths, else the most incidents
    MENTIONS = "mentions"    # no toll or event has a place: the article's finest place in its focus country
    GROUPS = "groups"        # no place named as a location: the one country the armed groups it names fight in
    ACTORS = "actors"        # ... nor such a group: the one country its actors belong to
    DATELINE = "dateline"    # ... nor actors of one country: the country it was filed from ("RAWALPINDI:")


class EventType(StrEnum):
    """What kind of event a claim reports (README: the mapping onto ACLED's types)."""

    EXECUTION = "execution"
    KILLING = "killing/massacre"
    ATTACK = "attack/ambush"
    CLASH = "clash"
    DISPLACEMENT = "displacement/flight"
    PROTEST = "protest"
    ARREST = "arrest"
    ABDUCTION = "abduction"  # kidnapped, abducted, taken hostage: by whoever is not the state
    SECURITY_OPERATION = "security operation/deployment"
    INFRASTRUCTURE = "infrastructure damage"
    DISASTER = "disaster"    # earthquake, flood, storm, fire, epidemic: deaths, no violence
    ACCIDENT = "accident"    # crash, collapse, stampede
    OTHER = "other"


# The event types of deaths no one inflicted: a flood's or a crash's dead are never one event's
# with a shooting's.
NONVIOLENT = (EventType.DISASTER, EventType.ACCIDENT)
