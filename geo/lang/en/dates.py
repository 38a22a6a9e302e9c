"""English dates (data for geo.dates): months, weekdays, words for days relative to the
publication date, and the words before a date that make it a start or a span."""
from __future__ import annotations

MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
# Parts of a day: a date said with one ("late on 3 March", "overnight") may run into the next day.
DAY_PARTS = r"late|early|night|overnight|tonight|evening|morning|dawn|midnight"
# word -> days before publication
RELATIVE_DAYS = (("yesterday", 1), ("today", 0), ("tonight", 0), ("last night", 1))
# A span of days by its length, up to the report: "during a six-day heatwave", "over the three-day
# offensive" (the days before publication, the publication's included)
DAYS_SPAN = r"\b(?:during|over|in|throughout)\s+(?:a|an|the|its|this)\s+(?P<n>\w+|\d+)-day\b"
# the period until publication: "in the past four days"
RECENT_PERIOD = r"\b(?:in|over|during|within) the (?:past|last|previous) (?:(\w+) )?(hours?|days?|weeks?|months?)\b"  # ("over the past week": one)
# ... the days of its units
RECENT_UNIT_DAYS = {"hour": 1 / 24, "hours": 1 / 24, "day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30}
# before a date: "since March 6" and "from Monday" run to the publication date; "last Thursday"
# is the one before it
SINCE = ("since", "from")
# ... of which the word that runs to the publication date before a month and year or a year alone
# ("since May 2023", "since early 2017"; "from 2017" may run to a year told next: "from 2017 to 2019")
SINCE_YEAR_LEAD = r"\bsince\s+(?:(?:early|mid|late|the\s+start\s+of|the\s+end\s+of)\s+)?$"
# ... but not before a clause that tells what happened then: "since March 2024, when militants killed 40"
WHEN_AFTER = r",?\s+when\b"
# ... nor after a superlative, which likens the story's event to an earlier one: "the deadliest
# in Mogadishu since October 2022, when two car bombs ... killed 121" (that event's month)
SUPERLATIVE_BEFORE = (r"(?i)\b(?:deadliest|bloodiest|worst|biggest|largest|highest|heaviest|strongest|fiercest|costliest|"
                      r"greatest|longest|most\s+(?:deadly|violent|serious|severe|lethal|intense)|first)\b[^.;]{0,60}$")
# A period stated by its two ends, each a date: "between 7 October 2023 and 10 July 2024", "from
# January to March 2024" (not "between the Crips and Bloods", "from Sohag to St. Samuel's")
_END = (r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|september|"
        r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
        r"(?:,?\s+(?:1[89]|20)\d\d)?|(?:1[89]|20)\d\d")
# An event of a stated year, then a relative clause with its toll: "the November 2015 attacks in
# Paris that killed 130 people", "the 2008 attacks, which left 166 dead"
EARLIER_EVENT_BEFORE = (r"(?i)\b(?P<year>(?:19|20)\d\d)\s+(?:[\w'’-]+\s+){0,3}?(?:attacks?|bombings?|blasts?|massacres?|"
                        r"shootings?|raids?|riots?|earthquakes?|quakes?|floods?|crash(?:es)?|sieges?|killings?|explosions?|"
                        r"fires?|hijackings?)\b[^.;]{0,60}?,?\s+(?:that|which)\s+(?:had\s+)?(?:killed|left|claimed)\s+"
                        r"(?:the lives of\s+)?(?:at least\s+|about\s+|more than\s+|some\s+|nearly\s+)?"
                        # (and its hurt: "the 2019 shooting ... that killed nine people and wounded 17")
                        r"(?:[^.;]{0,40}?\s(?:and|while)\s+(?:wounded|injured|hurt|maimed)\s+(?:at least\s+|about\s+|more than\s+|some\s+|nearly\s+)?)?$")
# ... or about an event a lapse of years before the story: "A decade after gunmen stormed the
# Westgate mall in Nairobi, killing 67 people, relatives gathered ..." (that event's toll, context)
# A story that looks back, said in its title or lead: "A year after the Bucha killings, ...",
# "Remembering the market bombing", "on the tenth anniversary of": its tolls dated only by a
# paragraph that opened long before the publication are of that time.
RETROSPECTIVE = (r"(?i)\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d+)\s+(?:decades?|years?)\s+"
                 r"(?:after|since|on|ago)|anniversary|remember(?:ing|s|ed)?|commemorat\w+|looking back)\b")
EARLIER_LAPSE_BEFORE = (r"(?i)\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d+|several|many)\s+"
                        r"(?:decades?|years?)\s+(?:after|since)\b(?:(?!\b(?:killing|killed|leaving|left)\b)[^.;]){0,140}?"
                        r"\b(?:killing|killed|which killed|that killed|"
                        r"leaving|left|claiming the lives of)\s+(?:at least\s+|about\s+|more than\s+|some\s+|nearly\s+)?$|"
                        # ... or right after such a lapse, the dead its own verb tells of after them: "The
                        # killing came less than a month after eight people died in an attack on a bar"
                        r"\b(?:days?|weeks?|fortnight|months?|years?|decades?)\s+(?:after|since)\s+"
                        r"(?:at least\s+|about\s+|more than\s+|some\s+|nearly\s+)?$")
# ... or about an earlier event of the place a relative clause describes: "The attack came in the
# region of Beni, where last week eight UN peacekeepers died in a clash" (that event's toll, context)
EARLIER_CLAUSE_BEFORE = (r"(?i)\b(?:where|when)\s+(?:only\s+)?(?:last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)|"
                         r"(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before))"
                         r"\b[^.;]{0,80}?$|"
                         # ... or the place's earlier event by its name: "The bar was the scene of another mass
                         # shooting in June, where a man died"
                         r"\b(?:scene|site)\s+of\s+(?:another|an\s+earlier|a\s+previous|a\s+prior)\b[^.;]{0,80}?$")
# ... and a clause after a semicolon opening on a month ("It was the second attack on a bar in the
# state in a month; in March, 12 people were killed at a bar in Apaseo el Grande"): that month's
# event, when the month is before the story's
EARLIER_MONTH_CLAUSE = (r"(?i);\s*(?:in|during)\s+(?:early\s+|late\s+|mid-?)?(?P<month>january|february|march|april|may|june|"
                        r"july|august|september|october|november|december)(?:\s+(?P<year>(?:19|20)\d\d))?\s*,[^.;]{0,140}$")
PERIOD_ENDS = rf"(?i)\b(?:between|from)\s+(?:{_END})\s+(?:and|to|until|till|through)\s+(?:{_END})\b"
# A year that names an earlier event the sentence likens its place or its deaths to, not when
# this sentence's deaths were: "the site of a deadly 2013 attack", "similar to the 2008 Mumbai
# attacks" (not "The 2008 Mumbai attacks killed 166": that event's own toll, dated by it).
EVENT_YEAR_LEAD = (r"\b(?:site|scene|anniversary|reminiscent|similar to|like|recalling|echoing)\s+(?:of\s+)?"
                   r"(?:a|an|the)\s+(?:[\w-]+\s+)?$")
EVENT_YEAR_AFTER = (r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:attacks?|bombings?|blasts?|massacres?|shootings?|raids?|riots?|"
                    r"assaults?|sieges?|earthquakes?|quakes?|floods?|coups?|hijackings?|killings?|explosions?)\b")
LAST = "last"
WEEKDAY_LEADS = r"since|from|on|last|this|between|over|by"
DAY_MONTH_LEADS = r"since|from|on|by|until"
# before a month named without a day or a year ("In January, 150 people were killed", "since
# December"): that month of the publication's year, or of the year before when it is still to come
MONTH_ALONE_LEADS = r"in|since|from|during|by|until|through|throughout"
# ... and as an adjective, for the months whose names are no common nouns ("a January attack",
# "last November"; not "a march", "the may")
MONTH_ADJECTIVE_LEADS = r"a|an|the|last|that|this"
NOUN_MONTHS = ("march", "may")
MONTH_PARTS = r"early|mid|late|the end of|the start of|the beginning of|the middle of"
# between the first day of a span and the second, which carries the month: "between 15 and 20
# March", "15-20 March"; or after the month: "March 15-20"
DAY_SPAN_JOINS = r"and|to|-|–|until|through"
# between the days of a list or a span: "Friday and Saturday", "Monday to Wednesday"
DAY_JOINS = r"and|,|to|-|–"
# A calendar week or month before the publication's ("last month": all of it), or the start of
# the publication's own until the publication ("earlier this month"): (words, unit, offset).
RELATIVE_PERIODS = (("last week", "week", -1), ("last month", "month", -1),
                    ("earlier this week", "week", 0), ("earlier this month", "month", 0))
# A time before the publication: "two years ago", "three weeks ago" (that many units back).
# ("a week earlier", "three days earlier": before the story, which is about now)
AGO = r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (day|week|month|year|decade)s? (?:ago|earlier)\b(?!\s+than)"
AGO_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}
# Units of AGO far enough back that a weekday beside them is a day of that time, not of the
# publication's week ("Ten years ago this week", "two years ago on Tuesday")
AGO_FAR_UNITS = ("year", "decade")
# A weekday that names a thing, not a day: "the crowded Tuesday market"
WEEKDAY_NAME_AFTER = r"\s+(?:markets?|bazaars?)\b"
# The weekend before publication (Saturday and Sunday; the publication's own when it falls on one)
WEEKEND = r"\b(?:over|at|on|during|this|last) (?:the )?weekend\b"
# Holidays on fixed days (month, first day, last day), said after a preposition: "over Christmas",
# "on New Year's Eve" (not a thing named after one: "at a Christmas market"). The latest such days
# on or before the publication's.
FIXED_HOLIDAYS = {"christmas eve": (12, 24, 24), "christmas day": (12, 25, 25), "christmas": (12, 24, 26),
                  "boxing day": (12, 26, 26), "new year's eve": (12, 31, 31), "new year’s eve": (12, 31, 31),
                  "new year's day": (1, 1, 1), "new year’s day": (1, 1, 1)}
HOLIDAY = (r"\b(?P<lead>on|over|at|during|since|before|after|until)\s+(?P<day>"
           + "|".join(sorted(FIXED_HOLIDAYS, key=len, reverse=True)).replace("'", "['’]") + r")\b"
           r"(?!\s+(?:markets?|trees?|part(?:y|ies)|shopping|lights|services?|mass|celebrations?|dinners?|lunch|"
           r"gatherings?|concerts?|fairs?|shoppers|revell?ers|worshipp?ers|crowds?|eve|day)\b)")
# A weekday said of the report, not of the event ("... over the weekend, the UN said on
# Wednesday"): the verb of saying right before it; dropped where the sentence dates the event too
# (or of a toll's rise: "The death toll from Monday's blast rose to 14 on Tuesday")
REPORT_DATE_LEAD = (r"\b(?:said|says|announced|reported|confirmed|added|stated|claimed|told (?:reporters|\w+)|"
                    r"(?:rose|risen|climbed|jumped|increased|reached) to (?:at least |more than )?[\w,]+)"
                    r"(?:\s+(?:on|late|early|by))?\s*$")
# A date a story's own words give only relative to its unknown day, an earlier period: in an
# undated story, a toll of that period told after the story's own ("A separate attack on a
# camp near Timbuktu last month killed 11 soldiers") is that period's event, context.
RELATIVE_PAST = r"(?i)last\s+(?:week|weekend|month|year)"
# A sentence opening on an earlier week or weekend, after the story's own tolls: a comparison, its
# tolls that time's ("Last weekend, 45 people were shot, six fatally", "A week earlier, ...",
# "The same weekend last year, ...")
EARLIER_PERIOD_OPENING = (r"(?i)\s*(?:(?:last|the\s+previous|the\s+prior|the\s+preceding)\s+(?:weekend|week)"
                          r"|(?:a|one)\s+(?:week|weekend)\s+(?:earlier|before)"
                          r"|(?:the\s+)?(?:same|this)\s+(?:weekend|week|time)\s+(?:last|a)\s+year(?:\s+ago)?)\s*,")
# ... and one opening on a month of its own ("In April, 36 people were killed in an attack on a
# market in the same region"): an earlier event when the story's own tolls are dated after it
EARLIER_MONTH_OPENING = (r"(?i)\s*(?:in|during)\s+(?:early\s+|late\s+|mid-?)?(?:january|february|march|april|may|june|july|"
                         r"august|september|october|november|december)(?:\s+(?:19|20)\d\d)?\s*,")
# Before a day, the words that make a toll a running count up to it: "As of 19 October, 37 people
# have died" (the floods' dead since they began, not that day's).
UP_TO_LEAD = r"(?i)\bas\s+(?:of|at|on)\s+$"
