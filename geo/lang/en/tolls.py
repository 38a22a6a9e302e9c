"""English toll grammar (data for geo.tolls): who is counted, what happened to them, and the
words around a count that make it a toll, a count of something else, or no count at all."""
from __future__ import annotations

from geo.vocab import Outcome as O
from geo.vocab import Victims as V

# A noun after a count says who is counted ("830 civilians"); None: decided by what follows
# ("members of the security forces").
PERSON_NOUNS = {
    "civilians": V.CIVILIANS, "civilian": V.CIVILIANS, "children": V.CIVILIANS, "child": V.CIVILIANS,
    "women": V.CIVILIANS, "residents": V.CIVILIANS, "villagers": V.CIVILIANS, "protesters": V.CIVILIANS,
    "demonstrators": V.CIVILIANS, "worshippers": V.CIVILIANS, "journalists": V.CIVILIANS, "students": V.CIVILIANS,
    "relatives": V.CIVILIANS, "refugees": V.CIVILIANS, "migrants": V.CIVILIANS, "farmers": V.CIVILIANS,
    "patients": V.CIVILIANS, "doctors": V.CIVILIANS, "aid": V.CIVILIANS, "minors": V.CIVILIANS,
    "soldiers": V.SECURITY_FORCES, "troops": V.SECURITY_FORCES, "policemen": V.SECURITY_FORCES,
    "police": V.SECURITY_FORCES, "officers": V.SECURITY_FORCES, "servicemen": V.SECURITY_FORCES,
    "personnel": V.SECURITY_FORCES, "guards": V.SECURITY_FORCES, "forces": V.SECURITY_FORCES,
    "fighters": V.FIGHTERS, "militants": V.FIGHTERS, "insurgents": V.FIGHTERS, "rebels": V.FIGHTERS,
    "gunmen": V.FIGHTERS, "loyalists": V.FIGHTERS, "combatants": V.FIGHTERS, "jihadists": V.FIGHTERS,
    "militiamen": V.FIGHTERS, "attackers": V.FIGHTERS, "assailants": V.FIGHTERS, "members": None,
    "people": V.TOTAL, "persons": V.TOTAL, "individuals": V.TOTAL, "victims": V.TOTAL, "bodies": V.TOTAL,
    "others": V.TOTAL, "men": V.TOTAL, "lives": V.TOTAL,
}
# Kin and people words that make a list a count: "his two brothers and niece" = 3.
KIN = ("brothers?|sisters?|sons?|daughters?|nieces?|nephews?|father|mother|wife|wives|husband|cousins?|"
       "uncles?|aunts?|grandsons?|granddaughters?|grandfather|grandmother|grandchildren|parents|"
       "children|child|babies|baby|infants?|toddlers?|m[ae]n|wom[ae]n|boys?|girls?|teenagers?|teens?")
# Before a kin word, these count one: "his brother and sister" = 2.
KIN_ONE = {"his", "her", "their", "a", "an", "one"}
# Words near a person noun that say which side the people were on.
SECURITY_WORDS = {"security", "government", "army", "military", "police", "regime", "state", "soldiers", "troops",
                  "defence", "defense", "interior", "official", "pro-government", "government-affiliated"}
FIGHTER_WORDS = {"insurgents", "rebels", "militants", "loyalists", "jihadists", "militia", "militias", "gunmen"}
CIVILIAN_WORDS = {"civilians", "civilian", "unarmed", "noncombatants"}
# "fighters linked to the government": government forces
ALLEGIANCE_HEADS = {"government", "army", "state", "security", "ministry"}
ALLEGIANCE_LINKS = {"linked", "loyal", "affiliated", "allied", "connected", "aligned", "attached", "tied", "belonging",
                    "of", "with", "from"}

OUTCOME_WORDS = {
    "killed": O.KILLED, "kill": O.KILLED, "kills": O.KILLED, "killing": O.KILLED, "dead": O.KILLED, "died": O.KILLED,
    "die": O.KILLED, "deaths": O.KILLED, "death": O.KILLED, "slain": O.KILLED, "massacred": O.KILLED,
    "executed": O.KILLED, "murdered": O.KILLED, "perished": O.KILLED, "fatalities": O.KILLED, "bodies": O.KILLED,
    "lives": O.KILLED, "casualties": O.KILLED, "lost": None,
    "wounded": O.WOUNDED, "injured": O.WOUNDED, "hurt": O.WOUNDED, "injuries": O.WOUNDED, "wounding": O.WOUNDED,
    "injuring": O.WOUNDED,
    "displaced": O.DISPLACED, "fled": O.DISPLACED, "flee": O.DISPLACED, "fleeing": O.DISPLACED,
    "evacuated": O.DISPLACED, "uprooted": O.DISPLACED, "refuge": O.DISPLACED, "homeless": O.DISPLACED,
    "arrested": O.ARRESTED, "detained": O.ARRESTED, "arrests": O.ARRESTED, "detentions": O.ARRESTED,
    "rounded": O.ARRESTED, "captured": O.ARRESTED, "abducted": O.ARRESTED, "kidnapped": O.ARRESTED,
}
# Outcome nouns right after a count: "hundreds dead", "830 deaths".
OUTCOME_NOUNS = {"dead": O.KILLED, "deaths": O.KILLED, "killed": O.KILLED, "casualties": O.KILLED,
                 "fatalities": O.KILLED, "wounded": O.WOUNDED, "injured": O.WOUNDED, "displaced": O.DISPLACED}
# A count of these is a count of incidents ("30 massacres"), kept as the claim's incident count.
EVENT_NOUNS = {"massacres", "massacre", "attacks", "attack", "strikes", "airstrikes", "raids", "incidents",
               "explosions", "clashes", "bombings", "ambushes", "operations", "executions"}
# A count of these is no toll.
THING_NOUNS = {"homes", "houses", "buildings", "villages", "towns", "vehicles", "tanks", "km", "kilometres",
               "kilometers", "miles", "metres", "meters", "tonnes", "tons", "dollars", "pounds", "euros", "families",
               "points", "percent", "per", "times", "rounds", "shells", "rockets", "missiles", "drones", "weapons",
               "cars", "trucks", "hectares", "acres", "schools", "hospitals", "mosques", "churches", "countries",
               "governments", "provinces", "cities", "areas", "districts", "sites", "neighbourhoods", "streets",
               "dogs", "cats", "horses", "cattle", "cows", "sheep", "goats", "animals", "pets", "birds", "events",
               "exits", "exit", "lanes", "votes", "seats", "goals", "games", "cases", "charges", "counts", "years"}
# Words that end the noun phrase of a count before any person noun is found.
PHRASE_STOP = {"and", "or", "but", "who", "which", "that", "were", "was", "are", "is", "have", "has", "had", "in",
               "at", "on", "by", "after", "before", "when", "while", "from", "with", "as", "than", "for", "to",
               "into", "during", "since", "said", "says", "will", "would", "could"}
TIME_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute",
              "minutes", "decade", "decades", "century", "centuries", "night", "nights", "weekend", "weekends",
              "am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "utc"}
# A count right after these is a number of something else: "aged 67", "route 5", "resolution 2254".
NOT_A_TOLL_AFTER = {"aged", "age", "no", "number", "resolution", "article", "route", "highway", "district", "page",
                    "chapter", "room", "flight", "bus"}
MONEY_WORDS = {"dollars", "pounds", "euros", "usd", "percent", "per"}

# Deaths without violence (crashes, fires, storms, disease): no violent incident unless the
# sentence also names violence.
NONVIOLENT = (r"crash(?:es|ed)?|accidents?|collisions?|wreck|traffic|highway|motorcycle|flood(?:s|ing)?|"
              r"earthquakes?|storms?|tornado(?:es)?|hurricanes?|diseases?|cancer|overdoses?|stampede|drown(?:ed|ing)?|"
              r"heat ?wave|blaze|house fire|avalanche|landslides?|epidemic|pandemic|covid|virus|illness|outbreak|"
              r"cholera|lightning|collapse[ds]?")
VIOLENT = (r"shot|shoot(?:ing|ings)?|gun(?:man|men|fire|shots?)?|attack(?:s|ed)?|bomb(?:s|ing|ings|ed)?|"
           r"explosions?|clash(?:es)?|fighting|massacres?|execut\w+|stabb?(?:ed|ing)|strikes?|shell(?:ing|ed)|"
           r"militants?|insurgents?|rebels?|troops|soldiers|murder(?:ed|s)?|war|raids?|ambush\w*|violence|"
           r"assault\w*|militia\w*|terror\w*|riots?|protest\w*")

# The words before a count that make it a toll by themselves (lower case, end of the text
# before the count): a toll noun ("the death toll has risen to"), an active verb ("killing").
TOLL_LEAD = (r"(?:death toll|casualty toll|toll of (?:the )?(?:dead|killed|victims)|"
             r"\btoll\b[^.;$]{0,60}?(?:risen|rose|climbed|reached|stood at|stands at|jumped|increased)(?: to)?|"
             r"number of (?:dead|deaths|people killed|victims)|fatalities)"
             r"[^.;]{0,40}?(?:to|of|at|reached|reaching|exceeded|exceeding|surpassed|stood at|stands at|is|was|rose to|risen to|climbed to)?\s*"
             r"(?:more than|over|at least|about|around|nearly|almost|some|approximately)?\s*$")
TOLL_NOUN_LEAD = r"(?:death|casualty) toll\b"
ACTIVE_LEAD = (r"(?:killing|killed|kill|kills|leaving|left|claimed the lives of|wounding|wounded|injuring|injured|"
               r"displacing|displaced|arresting|arrested|detaining|detained|executed|executing|abducted|kidnapped)\s+"
               r"(?:his |her |their |its |the )?(?:at least |more than |over |about |around |nearly |some |up to |as many as )?$")
# "including 231 security forces": a breakdown of the total before it.
BREAKDOWN_LEAD = r"(?:including|includ(?:ed|es|ing)|among them|of whom|of them|comprising)\s+(?:\w+\s+){0,3}$"
BREAKDOWN_JOIN = r"[\s,]*(?:and|as well as)?\s*"
# "many of these deaths" points back at a toll already counted; "how many residents": no amount.
BACK_REFERENCE = r"\s+of\s+(?:these|those|them|the|its|their|our|your|his|her|us)\b"
NO_AMOUNT_BEFORE = r"(?i)\b(?:how|so|too|as)\s+$"
# A sentence that adds parts to the previous sentence's total.
INHERITS_TOTAL = (r"(?i)\s*(?:this|that|these|it|they|the toll|the figure)\s+(?:also\s+)?"
                  r"(?:included|includes|including|comprised|comprises)")
# A total ("in all"), as opposed to one category's figure.
TOTAL_WORDS = r"(?i)total|overall|in all|altogether|death toll"
