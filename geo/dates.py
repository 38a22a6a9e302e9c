"""Dates: the period a sentence speaks of, resolved against the publication date.

Weekdays ("on Friday", "last Thursday", "Friday and Saturday"), day and month ("8 March", "15-20 March",
"March 8, 2025"), "since"/"from" (up to the publication date), "yesterday", "last night", "in
the past four days", "last month", "earlier this week"; where none of these, a month alone ("In January", "a January attack":
the last such month), a month of a year ("February 2023") or a year.
Resolved to ISO dates when the publication date is known, else kept as text. The words are
data (``geo/lang/<code>/dates.py``).
"""
from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache

from geo import lang
from geo.gate import gated
from geo.numbers import find_counts
from geo.text import POSSESSIVE_AFTER

_L = lang.get().dates
MONTHS, WEEKDAYS = _L.MONTHS, _L.WEEKDAYS
_DAY = "|".join(WEEKDAYS)
_WEEKDAY_RE = gated(rf"\b({_L.WEEKDAY_LEADS})?\s*((?:{_DAY})(?:\s*(?:{_L.DAY_JOINS})\s*(?:{_DAY}))*)\b")
_DAYS_RE = gated(_DAY)
_MONTH = "|".join(MONTHS)
# (a month's abbreviation keeps its full stop, as news agencies write it: "since Oct. 7", "Sept. 12")
_DAY_MONTH_RE = gated(rf"\b({_L.DAY_MONTH_LEADS})?\s*(?:(\d{{1,2}})\s+({_MONTH})\b|({_MONTH})\.?\s+(\d{{1,2}})\b)(?:,?\s*(\d{{4}}))?")
# a month of a year, or a year alone, when the sentence names no day: "the February 2023
# earthquakes", "in 2019" (a year is four digits no comma, decimal point or currency touches)
# a span of days in one month: "between 15 and 20 March", "15-20 March", "March 15-20"
# A numeric day: ISO ("2024-06-03"), or day, month and year by slashes or dots ("03/06/2024",
# "3.6.2024"), the year four digits (no fraction, no score, no phone number)
_NUMERIC_DAY_RE = gated(rf"(?<![\d/.-])(?:\b({_L.DAY_MONTH_LEADS})\s+)?(?:(\d{{4}})-(\d{{2}})-(\d{{2}})|(\d{{1,2}})([/.])(\d{{1,2}})\6(\d{{4}}))(?![\d/-]|\.\d)")
_DAY_SPAN_RE = gated(rf"\b(\d{{1,2}})\s*(?:{_L.DAY_SPAN_JOINS})\s*(\d{{1,2}})\s+({_MONTH})\b"
                          rf"|\b({_MONTH})\.?\s+(\d{{1,2}})\s*(?:{_L.DAY_SPAN_JOINS})\s*(\d{{1,2}})\b")
_MONTH_YEAR_RE = gated(rf"\b({_MONTH})\.?\s+((?:1[89]|20)\d\d)\b(?!,\d)")
# a month alone, by its full name ("in January", "since December"; not "mar", "may" alone)
_MONTH_WORDS = tuple(m for m in MONTHS if len(m) > 4 or m in ("march", "april", "may", "june", "july"))
_MONTH_ALONE_RE = gated(rf"\b({_L.MONTH_ALONE_LEADS})\s+(?:(?:{_L.MONTH_PARTS})[- ]?\s*)?"
                             rf"({'|'.join(_MONTH_WORDS)})\b(?!\.?\s*\d)"
                             rf"|\b(?:{_L.MONTH_ADJECTIVE_LEADS})\s+"
                             rf"({'|'.join(m for m in _MONTH_WORDS if m not in _L.NOUN_MONTHS)})\b(?!\.?\s*\d)")
_EVENT_YEAR_LEAD = gated(_L.EVENT_YEAR_LEAD)
_EVENT_YEAR_AFTER = gated(_L.EVENT_YEAR_AFTER)
_SINCE_BEFORE = gated(rf"\b(?:{'|'.join(_L.SINCE)})\s+(?:\w+\s+){{0,2}}$")
_SUPERLATIVE_BEFORE = gated(_L.SUPERLATIVE_BEFORE)
_WHEN_AFTER = gated(_L.WHEN_AFTER)
_SINCE_YEAR_BEFORE = gated(_L.SINCE_YEAR_LEAD)
_YEAR_RE = gated(r"(?<![\d,.$£€])\b((?:1[89]|20)\d\d)\b(?![,.]\d)")
_RELATIVE = [(gated(rf"\b{word}\b"), word, days) for word, days in _L.RELATIVE_DAYS]
_RECENT = gated(_L.RECENT_PERIOD)
_AGO = gated(_L.AGO)
_WEEKDAY_NAME_AFTER = gated(_L.WEEKDAY_NAME_AFTER)
_PERIODS = [(gated(rf"\b{words}\b"), words, unit, offset) for words, unit, offset in _L.RELATIVE_PERIODS]
_DIGIT = gated(r"\d")
_WEEKEND = gated(_L.WEEKEND)
_HOLIDAY = gated(_L.HOLIDAY)
# (the words a holiday's name opens with: the pattern is tried only where one stands)
_HOLIDAY_HINTS = frozenset(" ".join(day.replace("’", "'").split("'")[0].split()[:2]) for day in _L.FIXED_HOLIDAYS)
_DAYS_SPAN = gated(_L.DAYS_SPAN)
_REPORT_DATE_LEAD = gated(_L.REPORT_DATE_LEAD)


# A dateline's day with no year: "BEIRUT, March 27 (Reuters) -", "CAIRO, July 14 -".
_DATELINE_DAY = gated(rf"(?m)^[A-Z][A-Z .'’-]+,\s*(?:[A-Z][\w.]*\s+)?(?i:({_MONTH}))\.?\s+(\d{{1,2}})\b")
STAND_IN_YEAR = 2000  # (a leap year: any day of a dateline is one of it)
_WEEKDAY_OR_PART = gated(rf"(?i)\b(?:{'|'.join(WEEKDAYS)}|{_L.DAY_PARTS})\b")


@lru_cache(maxsize=65_536)  # (asked for every pair of undated incidents counted once: the same few texts)
def year_less_day(date_text: str) -> dt.date | None:
    """The day a date's text gives with no year ("12 august", "august 12"), in the stand-in year
    (``STAND_IN_YEAR``): good for whether two undated events are days apart, never a date to
    show. None if the text gives a year, or no day of a month."""
    m = _DAY_MONTH_RE.search(date_text)
    if m is None or m.group(6) or _YEAR_RE.search(date_text):
        return None
    day, month = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(4))
    return _stand_in_day(month, day)


_UP_TO_LEAD = re.compile(_L.UP_TO_LEAD)


def told_up_to(sentence: str, date_text: str | None) -> bool:
    """Whether a sentence tells its toll as a running count up to its day ("As of 19 October, 37
    people have died"): the days before it are the count's too."""
    if not date_text:
        return False
    k = sentence.lower().find(date_text.split(";")[0].strip())
    return k > 0 and _UP_TO_LEAD.search(sentence, max(0, k - 12), k) is not None


def calendar_day(date_text: str) -> bool:
    """Whether a date's text gives only days of a month ("3 march 2024", "june 10"), not a
    weekday or a part of a day ("late on sunday"): a day so stated is exact, where "late Sunday"
    and "early Monday" may be one night's event."""
    parts = [p for p in date_text.split(";") if p.strip()]
    return bool(parts) and all((_DAY_MONTH_RE.search(p) is not None or _NUMERIC_DAY_RE.search(p) is not None)
                               and _WEEKDAY_OR_PART.search(p) is None for p in parts)


def dateline_day(text: str) -> dt.date | None:
    """The day an undated story's dateline gives ("BEIRUT, March 27 (Reuters) -"), in a stand-in
    year (``STAND_IN_YEAR``): good for how long before it a "since" day lies, never a date to
    show. None without such a dateline in ``text`` (the story's opening)."""
    m = _DATELINE_DAY.search(text)
    return _stand_in_day(m.group(1), m.group(2)) if m is not None else None


def _stand_in_day(month: str, day: str) -> dt.date | None:
    """That day of that month in ``STAND_IN_YEAR``; None if there is no such day."""
    try:
        return dt.date(STAND_IN_YEAR, MONTHS[month.lower()], int(day))
    except (KeyError, ValueError):
        return None


def _numeric_day(m: re.Match, published: dt.date | None) -> dt.date | None:
    """The day of a numeric date (``_NUMERIC_DAY_RE``). Day and month by slashes or dots are
    read either way where both can be ("03/06/2024": 3 June or 6 March): the reading on or
    before the publication and nearest it, else day first (most of the world's order); a
    reading after the publication (beyond a day's slack) is none."""
    try:
        if m.group(2):
            readings = [dt.date(int(m.group(2)), int(m.group(3)), int(m.group(4)))]
        else:
            a, b, year = int(m.group(5)), int(m.group(7)), int(m.group(8))
            readings = []
            for day, month in ((a, b), (b, a)):
                try:
                    readings.append(dt.date(year, month, day))
                except ValueError:
                    pass
    except ValueError:
        return None
    if published is not None:
        readings = [d for d in readings if d <= published + dt.timedelta(days=1)]
        return max(readings) if readings else None
    return readings[0] if readings else None


def _resolve_weekday(name: str, published: dt.date, last: bool) -> dt.date:
    target = WEEKDAYS[name]
    delta = (published.weekday() - target) % 7
    if last and delta == 0:
        delta = 7
    return published - dt.timedelta(days=delta)


def _calendar_period(published: dt.date, unit: str, offset: int) -> tuple[dt.date, dt.date]:
    """The calendar week (from Monday) or month ``offset`` units from the publication's; the
    publication's own (offset 0) runs to the day before the publication ("earlier this month"
    is before the story's news), or is that day alone when it opens the week or month."""
    if unit == "week":
        start = published - dt.timedelta(days=published.weekday() - 7 * offset)
        end = start + dt.timedelta(days=6)
    else:
        months = published.year * 12 + published.month - 1 + offset
        start = dt.date(months // 12, months % 12 + 1, 1)
        end = dt.date((months + 1) // 12, (months + 1) % 12 + 1, 1) - dt.timedelta(days=1)
    return start, max(start, min(end, published - dt.timedelta(days=1)))


def _runs_to_publication(low: str, m: re.Match, published: dt.date | None, end: dt.date) -> bool:
    """Whether a month and year or a year alone (``m`` in the lower-cased sentence, its period
    ending ``end``) opens a period that runs to the publication: "since May 2023" does; "the
    deadliest since October 2022" and "since March 2024, when militants killed 40" name that
    month's event."""
    return bool(published) and published > end and _SINCE_YEAR_BEFORE.search(low, max(0, m.start() - 30), m.start()) \
        is not None and not _SUPERLATIVE_BEFORE.search(low, max(0, m.start() - 90), m.start()) \
        and not _WHEN_AFTER.match(low, m.end())


def find_dates(sentence: str, published: dt.date | None) -> tuple[str | None, str | None, str]:
    """(start, end, text) of the period a sentence speaks of; ISO dates when resolvable."""
    if published is not None and not 100 < published.year < 9999:
        published = None  # no calendar arithmetic at the ends of the calendar
    low = sentence.lower()
    texts = []
    dates: list[dt.date] = []
    # every pattern but the weekdays' needs a digit, and the weekdays' a weekday's name
    digits = _DIGIT.search(low) is not None
    said: list[dt.date] = []  # the days the report itself was made: "the UN said on Wednesday"
    agos = list(_AGO.finditer(low)) if "ago" in low or "earlier" in low else []  # (read once, used twice)
    far_back = "ago" in low and any(m.group(2) in _L.AGO_FAR_UNITS for m in agos)
    for m in _WEEKDAY_RE.finditer(low) if any(d in low for d in WEEKDAYS) and not far_back else ():
        if _WEEKDAY_NAME_AFTER.match(low, m.end()):
            continue  # "the Tuesday market": a name
        texts.append(m.group().strip())
        if published:
            days = _DAYS_RE.findall(m.group(2))
            resolved = [_resolve_weekday(d, published, m.group(1) == _L.LAST) for d in days]
            if m.group(1) in (None, "on") and len(resolved) == 1 \
                    and _REPORT_DATE_LEAD.search(low, max(0, m.start() - 40), m.start() + len(m.group(1) or "")):
                said.extend(resolved)
                continue
            dates.extend(resolved)
            # (not "from Friday's strike": the day of an event named, no period since it)
            if m.group(1) in _L.SINCE and not POSSESSIVE_AFTER.match(low, m.end()):
                dates.append(published)
    m = _WEEKEND.search(low) if "weekend" in low else None
    if m:
        texts.append(m.group())
        if published:  # (Saturday and Sunday, to the publication when it is one of them)
            sunday = published + dt.timedelta(days=6 - published.weekday()) if published.weekday() >= 5 \
                else published - dt.timedelta(days=published.weekday() + 1)
            dates.extend([sunday - dt.timedelta(days=1), min(sunday, published)])
    m = _HOLIDAY.search(low) if any(h in low for h in _HOLIDAY_HINTS) else None
    if m:
        texts.append(m.group().strip())
        if published:  # (the latest such days on or before the publication's, a day's slack)
            month, first, last = _L.FIXED_HOLIDAYS[m.group("day").replace("’", "'")]
            year = published.year - (dt.date(published.year, month, first) > published + dt.timedelta(days=1))
            if year > 1:
                dates.extend([dt.date(year, month, first), dt.date(year, month, last)])
                if m.group("lead") == "since":
                    dates.append(published)
    for m in _DAY_MONTH_RE.finditer(low) if digits else ():
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
            if m.group(1) in _L.SINCE and published:
                dates.append(published)
    for m in _NUMERIC_DAY_RE.finditer(low) if digits else ():
        d = _numeric_day(m, published)
        if d is not None:
            texts.append(m.group().strip())
            dates.append(d)
            if m.group(1) in _L.SINCE and published:
                dates.append(published)
    for m in _DAY_SPAN_RE.finditer(low) if digits and dates else ():  # (a year from the day read, or the publication)
        first, last = int(m.group(1) or m.group(5)), int(m.group(2) or m.group(6))
        month = MONTHS[m.group(3) or m.group(4)]
        # the year the day-and-month pattern gave the day it read of the span
        known = [d for d in dates if d.month == month and d.day in (first, last)]
        if known and 1 <= first < last <= 31:
            try:
                dates.extend([known[0].replace(day=first), known[0].replace(day=last)])
            except ValueError:
                continue
            texts.append(m.group().strip())
    for rx, word, days in _RELATIVE:
        if rx.search(low):
            texts.append(word)
            if published:
                dates.append(published - dt.timedelta(days=days))
    for m in agos:
        n = 1 if m.group(1) in ("a", "an") else find_counts(m.group(1))
        n = n if isinstance(n, int) else (n[0].best if n else None)
        texts.append(m.group())
        if published and n and n <= 1000:
            back = published - dt.timedelta(days=n * _L.AGO_UNIT_DAYS[m.group(2)])
            if m.group(2) in _L.AGO_FAR_UNITS:  # "two years ago", "a decade ago": that year
                dates.extend([dt.date(back.year, 1, 1), dt.date(back.year, 12, 31)])
            else:
                dates.append(back)
    for rx, words, unit, offset in _PERIODS:
        if m := rx.search(low):
            texts.append(words)
            if published and published.year > 1:
                # (when it was said, not when it happened: "..., the UN said last week")
                said_then = _REPORT_DATE_LEAD.search(low, max(0, m.start() - 40), m.start())
                (said if said_then else dates).extend(_calendar_period(published, unit, offset))
    m = _DAYS_SPAN.search(low) if "-day" in low and not dates else None
    if m:
        n = find_counts(m.group("n"))
        n = n[0].best if n else None
        texts.append(m.group())
        if published and n and 1 < n <= 366:
            dates.extend([published - dt.timedelta(days=n - 1), published])
    m = _RECENT.search(low)
    if m and (m.group(1) is not None or not m.group(2).endswith("s")):  # ("the past week"; not "the last days")
        texts.append(m.group())
        if m.group(1) is None:
            best = 1  # ("the past week": one)
        else:
            n = find_counts(m.group(1))
            best = n[0].best if n else None
        if published and best and best <= 36_600:  # a period of news, not of ages
            # (hours: the days they reach into, "the past 24 hours" the day before and the day itself)
            dates.extend([published - dt.timedelta(days=max(1, math.ceil(best * _L.RECENT_UNIT_DAYS[m.group(2)]))), published])
    if not dates and published is not None:
        for m in _MONTH_ALONE_RE.finditer(low) if any(k in low for k in _MONTH_WORDS) else ():
            month = MONTHS[m.group(2) or m.group(3)]
            year = published.year - (month > published.month)
            if year <= 1:
                continue
            texts.append(m.group().strip())
            dates.append(dt.date(year, month, 1))
            end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            dates.append(published if m.group(1) in _L.SINCE or end > published else end)
    if not dates and digits:
        for m in _MONTH_YEAR_RE.finditer(low):
            texts.append(m.group().strip())
            year, month = int(m.group(2)), MONTHS[m.group(1)]
            dates.append(dt.date(year, month, 1))
            dates.append((dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1))
            if _runs_to_publication(low, m, published, dates[-1]):
                dates.append(published)  # "since May 2023": to the publication
        if not dates:
            for m in _YEAR_RE.finditer(low):
                if _EVENT_YEAR_AFTER.match(sentence, m.end()) and _EVENT_YEAR_LEAD.search(low, max(0, m.start() - 40), m.start()) \
                        and not _SINCE_BEFORE.search(low, max(0, m.start() - 40), m.start()):
                    continue  # (another event's year: "the site of a deadly 2013 attack")
                texts.append(m.group())
                year = int(m.group(1))
                dates.extend([dt.date(year, 1, 1), dt.date(year, 12, 31)])
                if _runs_to_publication(low, m, published, dates[-1]):
                    dates.append(published)  # "since 2017": to the publication
    if not dates:
        dates = said  # (the day it was said, where nothing else dates it: as good a guess as any)
    if not dates:
        return None, None, "; ".join(texts)
    return min(dates).isoformat(), max(dates).isoformat(), "; ".join(texts)
