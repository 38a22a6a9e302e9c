"""English toll grammar (data for geo.tolls): who is counted, what happened to them, and the
words around a count that make it a toll, a count of something else, or no count at all."""
from __future__ import annotations

from geo.vocab import Outcome as O
from geo.vocab import Victims as V

# A noun after a count says who is counted ("120 civilians"); None: decided by what follows
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
    "peacekeepers": V.SECURITY_FORCES, "policewomen": V.SECURITY_FORCES, "gendarmes": V.SECURITY_FORCES,
    "fighters": V.FIGHTERS, "militants": V.FIGHTERS, "insurgents": V.FIGHTERS, "rebels": V.FIGHTERS,
    "loyalists": V.FIGHTERS, "combatants": V.FIGHTERS, "jihadists": V.FIGHTERS, "militiamen": V.FIGHTERS,
    "guerrillas": V.FIGHTERS, "paramilitaries": V.FIGHTERS, "subversives": V.FIGHTERS, "separatists": V.FIGHTERS,
    "secessionists": V.FIGHTERS, "extremists": V.FIGHTERS, "islamists": V.FIGHTERS, "maoists": V.FIGHTERS,
    "naxalites": V.FIGHTERS, "bandits": V.FIGHTERS,
    # Indian English: "three ultras were gunned down in an encounter"
    "ultras": V.FIGHTERS,
    # the attackers themselves: kept apart from their victims
    "gunmen": V.PERPETRATORS, "attackers": V.PERPETRATORS, "assailants": V.PERPETRATORS,
    "terrorists": V.PERPETRATORS, "bombers": V.PERPETRATORS, "shooters": V.PERPETRATORS,
    "perpetrators": V.PERPETRATORS, "hijackers": V.PERPETRATORS, "suspects": V.PERPETRATORS,
    "kidnappers": V.PERPETRATORS, "abductors": V.PERPETRATORS, "robbers": V.PERPETRATORS, "raiders": V.PERPETRATORS,
    "hostage-takers": V.PERPETRATORS, "hostages": V.CIVILIANS, "captives": V.CIVILIANS,
    "members": None,
    "people": V.TOTAL, "persons": V.TOTAL, "person": V.TOTAL, "individuals": V.TOTAL, "victims": V.TOTAL,
    "bodies": V.TOTAL, "corpses": V.TOTAL, "others": V.TOTAL, "men": V.TOTAL, "lives": V.TOTAL, "adults": V.TOTAL,
    "teenagers": V.TOTAL, "teens": V.TOTAL, "youths": V.TOTAL, "workers": V.TOTAL, "labourers": V.TOTAL,
    "laborers": V.TOTAL, "passengers": V.CIVILIANS, "pedestrians": V.CIVILIANS, "bystanders": V.CIVILIANS,
    "tourists": V.CIVILIANS, "pilgrims": V.CIVILIANS, "shoppers": V.CIVILIANS, "guests": V.CIVILIANS,
    "boys": V.CIVILIANS, "girls": V.CIVILIANS, "babies": V.CIVILIANS, "infants": V.CIVILIANS, "pupils": V.CIVILIANS,
    "newborns": V.CIVILIANS, "toddlers": V.CIVILIANS,
    # crowds at worship, a show, a meal, a ride: "At least 18 devotees, most of them women, were crushed"
    "devotees": V.CIVILIANS, "congregants": V.CIVILIANS, "churchgoers": V.CIVILIANS, "revellers": V.CIVILIANS,
    "revelers": V.CIVILIANS, "concertgoers": V.CIVILIANS, "attendees": V.CIVILIANS, "marchers": V.CIVILIANS,
    "commuters": V.CIVILIANS, "diners": V.CIVILIANS, "picnickers": V.CIVILIANS, "athletes": V.CIVILIANS,
    "inmates": V.CIVILIANS,
    "teachers": V.CIVILIANS, "nurses": V.CIVILIANS, "medics": V.CIVILIANS, "officials": V.TOTAL,
    "paramedics": V.CIVILIANS, "rescuers": V.CIVILIANS, "peasants": V.CIVILIANS, "campesinos": V.CIVILIANS,
    "herders": V.CIVILIANS, "shepherds": V.CIVILIANS, "fishermen": V.CIVILIANS, "traders": V.CIVILIANS,
    "miners": V.CIVILIANS, "hunters": V.CIVILIANS, "clerics": V.CIVILIANS, "imams": V.CIVILIANS,
    "priests": V.CIVILIANS, "preachers": V.CIVILIANS, "pastors": V.CIVILIANS, "monks": V.CIVILIANS,
    "nuns": V.CIVILIANS, "worshipers": V.CIVILIANS, "cousins": V.CIVILIANS, "brothers": V.CIVILIANS,
    "sisters": V.CIVILIANS, "sons": V.CIVILIANS, "daughters": V.CIVILIANS, "siblings": V.CIVILIANS,
    "friends": V.CIVILIANS, "neighbours": V.CIVILIANS, "neighbors": V.CIVILIANS, "customers": V.CIVILIANS,
    "patrons": V.CIVILIANS, "partygoers": V.CIVILIANS, "employees": V.TOTAL, "coworkers": V.TOTAL,
    "co-workers": V.TOTAL, "family members": V.CIVILIANS,
    # private guards are civilians ("a school's security guards"; "guards" alone the state's)
    "security guards": V.CIVILIANS,
    # police blotter words: "Six adult males and a 15-year-old boy", "one adult and three juveniles"
    "males": V.TOTAL, "females": V.CIVILIANS, "juveniles": V.CIVILIANS, "detectives": V.SECURITY_FORCES,
    "deputies": V.SECURITY_FORCES, "firefighters": V.CIVILIANS, "passersby": V.CIVILIANS,
    "drivers": V.TOTAL, "clerks": V.CIVILIANS, "shopkeepers": V.CIVILIANS, "vendors": V.CIVILIANS,
    "bodyguards": V.TOTAL, "contractors": V.TOTAL, "companions": V.CIVILIANS, "cops": V.SECURITY_FORCES,
    "operatives": V.FIGHTERS, "snipers": V.TOTAL, "pilots": V.TOTAL, "marines": V.SECURITY_FORCES,
    "commandos": V.SECURITY_FORCES, "paratroopers": V.SECURITY_FORCES, "airmen": V.SECURITY_FORCES, "colleagues": V.TOTAL,
    # South Asian English: "two CRPF jawans", "one security personnel"
    "jawans": V.SECURITY_FORCES, "constables": V.SECURITY_FORCES, "inspectors": V.SECURITY_FORCES,
    "sepoys": V.SECURITY_FORCES, "havildars": V.SECURITY_FORCES, "naiks": V.SECURITY_FORCES, "subedars": V.SECURITY_FORCES,
    "occupants": V.TOTAL, "experts": V.TOTAL, "technicians": V.TOTAL, "crewmen": V.TOTAL, "crew": V.TOTAL,
    "staff": V.TOTAL, "inhabitants": V.CIVILIANS, "voters": V.CIVILIANS, "ministers": V.TOTAL,
    "mourners": V.CIVILIANS, "prisoners": V.TOTAL, "detainees": V.TOTAL, "chiefs": V.TOTAL, "leaders": V.TOTAL,
    "supporters": V.TOTAL, "herdsmen": V.CIVILIANS, "loggers": V.CIVILIANS, "truckers": V.CIVILIANS,
    "spectators": V.CIVILIANS, "fans": V.CIVILIANS,  # (not players: "two players were injured" in a match)
    "diplomats": V.CIVILIANS, "volunteers": V.TOTAL, "electricians": V.CIVILIANS, "surveyors": V.CIVILIANS,
    "deminers": V.CIVILIANS,
}
# People by their age, in the plural: "two seventeen-year-olds", "three 15-year-olds" (children
# are civilians; an adult's age says no side)
_AGE_WORD_NAMES = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                   "seventeen eighteen nineteen twenty").split()
for _age in range(1, 100):
    _side_of_age = V.CIVILIANS if _age < 18 else V.TOTAL
    for _written in ((str(_age), _AGE_WORD_NAMES[_age - 1]) if _age <= 20 else (str(_age),)):
        PERSON_NOUNS.setdefault(f"{_written}-year-olds", _side_of_age)
        PERSON_NOUNS.setdefault(f"{_written}-month-olds", V.CIVILIANS)
# Words for people that may mean everyone hurt, whatever their side: a figure of them beside
# figures of soldiers or civilians may be their total ("five people were killed, two soldiers ...")
GENERIC_PEOPLE = frozenset("""people persons person individuals individual victims victim
casualties lives bodies corpses""".split())
# One person, by a singular noun after "one", "a", "an", "another" (with up to three words
# between: "a Turkish soldier", "one 15-year-old boy"): counted where the grammar says what
# happened to them ("a policeman was killed", "killing a civilian", "shot a man dead").
SINGULAR_NOUNS = {
    "person": V.TOTAL, "man": V.TOTAL, "individual": V.TOTAL, "adult": V.TOTAL, "victim": V.TOTAL,
    "teen": V.TOTAL, "teenager": V.TOTAL, "youth": V.TOTAL, "worker": V.TOTAL, "driver": V.TOTAL,
    # who go with someone: "a village chairman and his aide" (a bodyguard and a companion below)
    "aide": V.TOTAL, "assistant": V.TOTAL, "escort": V.TOTAL,
    "civilian": V.CIVILIANS, "woman": V.CIVILIANS, "child": V.CIVILIANS, "boy": V.CIVILIANS, "girl": V.CIVILIANS,
    "baby": V.CIVILIANS, "infant": V.CIVILIANS, "toddler": V.CIVILIANS, "newborn": V.CIVILIANS, "student": V.CIVILIANS, "pupil": V.CIVILIANS,
    "teacher": V.CIVILIANS, "journalist": V.CIVILIANS, "reporter": V.CIVILIANS, "photographer": V.CIVILIANS,
    "doctor": V.CIVILIANS, "nurse": V.CIVILIANS, "medic": V.CIVILIANS, "farmer": V.CIVILIANS,
    "paramedic": V.CIVILIANS, "rescuer": V.CIVILIANS, "peasant": V.CIVILIANS,
    "occupant": V.TOTAL, "expert": V.TOTAL, "technician": V.TOTAL, "crewman": V.TOTAL, "inhabitant": V.CIVILIANS,
    "voter": V.CIVILIANS, "minister": V.TOTAL, "mourner": V.CIVILIANS, "prisoner": V.TOTAL, "detainee": V.TOTAL,
    "supporter": V.TOTAL, "herdsman": V.CIVILIANS, "spectator": V.CIVILIANS, "diplomat": V.CIVILIANS,
    "shepherd": V.CIVILIANS, "herder": V.CIVILIANS, "fisherman": V.CIVILIANS, "trader": V.CIVILIANS, "miner": V.CIVILIANS, "villager": V.CIVILIANS, "resident": V.CIVILIANS, "worshipper": V.CIVILIANS,
    "pilgrim": V.CIVILIANS, "refugee": V.CIVILIANS, "migrant": V.CIVILIANS, "protester": V.CIVILIANS,
    "demonstrator": V.CIVILIANS, "passenger": V.CIVILIANS, "pedestrian": V.CIVILIANS, "bystander": V.CIVILIANS,
    "tourist": V.CIVILIANS, "priest": V.CIVILIANS, "imam": V.CIVILIANS, "cleric": V.CIVILIANS,
    "preacher": V.CIVILIANS, "pastor": V.CIVILIANS, "monk": V.CIVILIANS, "nun": V.CIVILIANS,
    "parishioner": V.CIVILIANS, "congregant": V.CIVILIANS, "churchgoer": V.CIVILIANS, "seminarian": V.CIVILIANS,
    "catechist": V.CIVILIANS, "deacon": V.CIVILIANS, "worshiper": V.CIVILIANS, "devotee": V.CIVILIANS,
    # who travel or work beside troops and crews: "Four soldiers and an interpreter were killed"
    "interpreter": V.TOTAL, "translator": V.TOTAL, "sailor": V.TOTAL, "seaman": V.TOTAL, "hunter": V.CIVILIANS,
    "soldier": V.SECURITY_FORCES, "policeman": V.SECURITY_FORCES, "policewoman": V.SECURITY_FORCES,
    "officer": V.SECURITY_FORCES, "guard": V.SECURITY_FORCES, "serviceman": V.SECURITY_FORCES,
    "trooper": V.SECURITY_FORCES, "peacekeeper": V.SECURITY_FORCES, "gendarme": V.SECURITY_FORCES,
    "sergeant": V.SECURITY_FORCES, "corporal": V.SECURITY_FORCES, "lieutenant": V.SECURITY_FORCES,
    "colonel": V.SECURITY_FORCES, "conscript": V.SECURITY_FORCES, "cadet": V.SECURITY_FORCES,
    "commander": V.SECURITY_FORCES, "official": V.TOTAL, "member": V.TOTAL, "citizen": V.CIVILIANS,
    "employee": V.TOTAL, "contractor": V.TOTAL, "leader": V.TOTAL, "elder": V.CIVILIANS, "settler": V.CIVILIANS,
    "activist": V.CIVILIANS, "politician": V.CIVILIANS, "councillor": V.CIVILIANS, "councilor": V.CIVILIANS,
    "mayor": V.CIVILIANS, "judge": V.CIVILIANS, "lawyer": V.CIVILIANS, "engineer": V.CIVILIANS,
    "businessman": V.CIVILIANS, "shopkeeper": V.CIVILIANS, "vendor": V.CIVILIANS, "labourer": V.CIVILIANS,
    "laborer": V.CIVILIANS, "tribesman": V.CIVILIANS, "deputy": V.SECURITY_FORCES, "agent": V.SECURITY_FORCES,
    "ranger": V.SECURITY_FORCES, "volunteer": V.TOTAL, "buddhist": V.CIVILIANS, "christian": V.CIVILIANS,
    "muslim": V.CIVILIANS, "hindu": V.CIVILIANS, "sikh": V.CIVILIANS, "jew": V.CIVILIANS,
    "fighter": V.FIGHTERS, "militant": V.FIGHTERS, "insurgent": V.FIGHTERS, "rebel": V.FIGHTERS,
    "jihadist": V.FIGHTERS, "militiaman": V.FIGHTERS, "combatant": V.FIGHTERS, "guerrilla": V.FIGHTERS,
    "subversive": V.FIGHTERS, "separatist": V.FIGHTERS, "extremist": V.FIGHTERS, "bandit": V.FIGHTERS,
    "gunman": V.PERPETRATORS, "attacker": V.PERPETRATORS, "assailant": V.PERPETRATORS, "bomber": V.PERPETRATORS,
    "shooter": V.PERPETRATORS, "perpetrator": V.PERPETRATORS, "hijacker": V.PERPETRATORS, "terrorist": V.PERPETRATORS,
    "suspect": V.PERPETRATORS, "other": V.TOTAL,  # ("one other was fatally injured")
    # office holders and notables: "killed a village chief", "a tribal sheikh was shot dead"
    "chief": V.TOTAL, "chieftain": V.CIVILIANS,
    # ... and heads of a community by the community's word ("a village head"; a bare "head" is the
    # body's: "shot in the head")
    **{f"{unit} head": V.CIVILIANS for unit in ("village", "community", "district", "ward", "clan", "tribal", "traditional")}, "headman": V.CIVILIANS, "sheikh": V.CIVILIANS, "governor": V.CIVILIANS,
    "lawmaker": V.CIVILIANS, "legislator": V.CIVILIANS, "senator": V.CIVILIANS, "councilman": V.CIVILIANS,
    "candidate": V.CIVILIANS, "prosecutor": V.CIVILIANS, "professor": V.CIVILIANS, "lecturer": V.CIVILIANS,
    "businesswoman": V.CIVILIANS, "cameraman": V.CIVILIANS, "blogger": V.CIVILIANS, "writer": V.CIVILIANS,
    "bishop": V.CIVILIANS, "rabbi": V.CIVILIANS, "mullah": V.CIVILIANS, "watchman": V.CIVILIANS, "security guard": V.CIVILIANS,
    "dealer": V.TOTAL, "trafficker": V.TOTAL, "smuggler": V.TOTAL, "poacher": V.TOTAL,
    "robber": V.PERPETRATORS, "kidnapper": V.PERPETRATORS, "thief": V.PERPETRATORS,
    "inspector": V.SECURITY_FORCES, "sub-inspector": V.SECURITY_FORCES, "constable": V.SECURITY_FORCES,
    # people by who they were with or what they did: "his companion was injured", "a street sweeper"
    "cop": V.SECURITY_FORCES, "operative": V.FIGHTERS, "sniper": V.TOTAL, "pilot": V.TOTAL, "captain": V.TOTAL,
    "spy": V.TOTAL, "general": V.SECURITY_FORCES, "brigadier": V.SECURITY_FORCES, "marine": V.SECURITY_FORCES,
    "paratrooper": V.SECURITY_FORCES, "commando": V.SECURITY_FORCES, "airman": V.SECURITY_FORCES,
    "companion": V.CIVILIANS,
    "colleague": V.TOTAL, "relative": V.CIVILIANS, "customer": V.CIVILIANS, "shopper": V.CIVILIANS,
    "guest": V.CIVILIANS, "passer-by": V.CIVILIANS, "sweeper": V.CIVILIANS,
    "cleaner": V.CIVILIANS, "mechanic": V.CIVILIANS, "tailor": V.CIVILIANS, "barber": V.CIVILIANS,
    "bodyguard": V.TOTAL, "dignitary": V.CIVILIANS, "jawan": V.SECURITY_FORCES, "sepoy": V.SECURITY_FORCES, "havildar": V.SECURITY_FORCES,
    "naik": V.SECURITY_FORCES, "subedar": V.SECURITY_FORCES, "personnel": V.SECURITY_FORCES, "hostage": V.CIVILIANS, "captive": V.CIVILIANS,
    # one person of one's own, after "his", "her", "their": "killed his wife", "stabbed her mother to death"
    "wife": V.CIVILIANS, "husband": V.CIVILIANS, "mother": V.CIVILIANS, "father": V.CIVILIANS, "son": V.CIVILIANS,
    "daughter": V.CIVILIANS, "brother": V.CIVILIANS, "sister": V.CIVILIANS, "girlfriend": V.CIVILIANS,
    "boyfriend": V.CIVILIANS, "fiancee": V.CIVILIANS, "fiancée": V.CIVILIANS, "fiance": V.CIVILIANS,
    "ex-wife": V.CIVILIANS, "ex-husband": V.CIVILIANS, "ex-girlfriend": V.CIVILIANS, "ex-boyfriend": V.CIVILIANS,
    "stepfather": V.CIVILIANS, "stepmother": V.CIVILIANS, "stepson": V.CIVILIANS, "stepdaughter": V.CIVILIANS,
    "uncle": V.CIVILIANS, "aunt": V.CIVILIANS, "nephew": V.CIVILIANS, "niece": V.CIVILIANS, "cousin": V.CIVILIANS,
    "grandson": V.CIVILIANS, "granddaughter": V.CIVILIANS, "grandfather": V.CIVILIANS, "grandmother": V.CIVILIANS,
    "neighbour": V.CIVILIANS, "neighbor": V.CIVILIANS, "friend": V.CIVILIANS, "roommate": V.CIVILIANS,
    "partner": V.CIVILIANS, "spouse": V.CIVILIANS,
    "male": V.TOTAL, "female": V.CIVILIANS, "juvenile": V.CIVILIANS, "minor": V.CIVILIANS,
    "passerby": V.CIVILIANS, "firefighter": V.CIVILIANS, "clerk": V.CIVILIANS,
    # people at work where attacks happen: "a waiter who tried to stop the gunmen was wounded"
    "waiter": V.CIVILIANS, "waitress": V.CIVILIANS, "bartender": V.CIVILIANS, "cashier": V.CIVILIANS,
    "janitor": V.CIVILIANS, "motorist": V.CIVILIANS, "cyclist": V.CIVILIANS, "merchant": V.CIVILIANS,
    "motorcyclist": V.CIVILIANS, "biker": V.CIVILIANS, "trucker": V.CIVILIANS, "onlooker": V.CIVILIANS,
    "commuter": V.CIVILIANS, "manager": V.CIVILIANS, "owner": V.CIVILIANS, "chef": V.CIVILIANS,
    "cook": V.CIVILIANS, "porter": V.CIVILIANS, "receptionist": V.CIVILIANS, "attendant": V.CIVILIANS,
    "reservist": V.SECURITY_FORCES, "inmate": V.CIVILIANS,
    # ... and by their trade or calling: "gunmen shot dead a religious scholar", "a midwife was killed"
    **{w: V.CIVILIANS for w in """scholar midwife pharmacist dentist surgeon electrician plumber carpenter builder
       welder jeweller jeweler goldsmith banker accountant headmaster headteacher researcher scientist protestor
       unionist muezzin homeowner hawker peddler photojournalist editor broadcaster presenter actor actress singer
       musician artist athlete footballer schoolboy schoolgirl adolescent fireman""".split()},
}
_IRREGULAR_PLURALS = {"child": "children", "wife": "wives", "ex-wife": "ex-wives", "thief": "thieves",
                      "passer-by": "passers-by", "passerby": "passersby", "personnel": "personnel"}


def _plural(noun: str) -> str:
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith("man") and not noun.endswith(("human", "german")):
        return noun[:-3] + "men"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


# Every person noun of a side counted in the plural too ("two rangers", "three reporters"; a
# word of no side, "volunteers", says nothing a bare count does not)
for _noun, _side in SINGULAR_NOUNS.items():
    if _side != V.TOTAL and _noun != "citizen":
        PERSON_NOUNS.setdefault(_plural(_noun), _side)
# A person named by their age alone ("One 18-year-old was killed"), before what happened to them.
AGE_NOUN = (r"[\w]+-year-old(?=\s+(?:was|were|is|has|had|died|who|injured|wounded|killed|hurt|dead)\b"
            # ... or where its phrase ends, a verb's object: "shoots and injures a 21-year-old in Belfast"
            r"|\s*(?:[,.;]|$)|\s+(?:in|at|on|near|outside|inside|after|during|while|and|when|as)\b)")
# One death said as a noun: "a spree that resulted in one death", "one fatality".
ONE_DEATH = r"(?i)\b(?:one|a single)\s+(?:more\s+|further\s+)?(?:death|fatality)\b"
# One of a group, by its plural noun, before what happened to them: "one of the suspected
# gunmen was shot and killed", "one of the victims later died".
ONE_OF = r"(?i)\bone\s+of\s+(?:the|those|their|his|her|its)\s+(?:[\w’'-]+\s+){{0,2}}?(?P<noun>{nouns})\b"
# What may stand between such a person and what happened to them: an age ("a man, 23,"),
# where they came from or lived ("a man from Dayton", "a resident of the camp", "a woman in her
# 40s"): "a man from Dayton was shot dead" is one killed.
SINGULAR_POSTMODIFIER = (r"(?:\s*,\s*(?:aged\s+)?\d{1,3}\s*,"
                         # ... or their name, after a comma: "his bodyguard, Luis Gomez, were shot dead"
                         r"|\s*,\s*(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s*,?(?=\s*(?:was|were)\b)"
                         # ... or who they were, between commas: "one of the wounded, a woman, died later"
                         r"|\s*,\s*(?:a|an)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?\s*,(?=\s*(?:who\s+)?(?:was|were|is|had|has|died|later)\b)|\s+(?:from|of|in|aged)\s+(?:the\s+|his\s+|her\s+)?"
                         r"[\w’'-]+(?:\s+[\w’'-]+){0,2}?(?=\s*,?\s*(?:who\s+)?(?:was|were|is|had|has|died)\b)"
                         # ... or what they were doing: "a man selling fruit on a street corner was shot dead"
                         r"|\s+[a-z]+ing(?:\s+[\w’'-]+){0,5}?(?=\s+(?:was|is)\b)"
                         # ... or what they did, in a few words that tell no harm: "a neighbour who tried to
                         # intervene was wounded" (not "a man who shot two people was arrested")
                         r"|\s+who(?:\s+(?!(?:killed|kill|shot|shoot|wounded|injured|stabbed|attacked|murdered|died|"
                         r"opened|fired|detonated|hurt)\b)[\w’'-]+){1,6}?(?=\s+(?:was|is)\b)"
                         # ... the same between commas: "A policeman, who had been on guard outside the embassy, was wounded"
                         r"|\s*,\s*who(?:\s+(?!(?:killed|kill|shot|shoot|wounded|injured|stabbed|attacked|murdered|died|"
                         r"opened|fired|detonated|hurt)\b)[\w’'-]+){1,9}?\s*,(?=\s*(?:was|is)\b)"
                         # ... or a long "of" phrase, the unit they served in, right before their harm: "a constable
                         # of the Special Operations Group (SOG) of the Jammu and Kashmir Police was injured"
                         # (or died of it: "a jawan of the District Reserve Guard also lost his life", "a
                         # member of the Civilian Joint Task Force died")
                         r"|\s+of\s+(?:the\s+)?[\w’'()-]+(?:\s+[\w’'()-]+){0,9}?(?=\s+(?:(?:also|later|reportedly|subsequently)\s+)?"
                         r"(?:(?:was|is|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|shot)"
                         r"|died|succumbed|lost\s+(?:his|her)\s+life)\b))?")
# What follows an active verb's object: a verb with no auxiliary before it and one of these
# after it is active ("a man shot at five men", "a man shot his wife"), not a passive ("a man
# shot dead by police").
OBJECT_AFTER = (r"(?i)(?:(?<=shot)|(?<=shoots)|(?<=shooting))\s+at\b|"  # ("shot at five men"; "injured at the gate" is where)
                r"\s+(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|\d+|"
                r"several|multiple|into|up)\b")
# Killings by a crowd of people it took for criminals ("a mob lynched 2 suspected thieves",
# "residents beat to death an alleged kidnapper"): the suspects are the victims.
MOB_KILLING = r"(?i)\b(?:lynch\w*|mobs?|vigilantes?|(?:mob|jungle|street) justice|beat(?:en)? to death|set (?:ablaze|alight|on fire))\b"
SUSPECTED = r"(?i)\b(?:suspected|alleged|accused|presumed|supposed|would-be)\b"
# An exchange of fire: suspects killed in one are the side the police or troops fought, no attackers
# of the event kept apart from its victims ("police said 16 suspects were killed in shootouts",
# beside "the raid left 17 dead, including a police officer": among the 17)
SHOOTOUT = (r"(?i)\b(?:shoot-?outs?|gun-?fights?|gun\s*battles?|fire-?fights?|exchanges?\s+of\s+(?:gun)?fire|exchanged\s+fire|"
            r"(?:armed\s+)?confrontations?\s+with\s+(?:the\s+)?(?:police|officers|troops|soldiers|security\s+forces))\b")
# ... and so are suspects the police or troops killed, in their raid or operation ("Brazil police
# kill 10 suspects in raids", "Police shot dead two robbery suspects"; not "two men" shot dead
# after they opened fire: that event's attackers)
BY_FORCES = (r"(?i)\b(?:(?:police|security|military|army)\s+(?:raids?|operations?|crackdowns?)|"
             r"(?:police|officers|troops|soldiers|army|military)\s+(?:\w+\s+){0,2}?(?:killed|kill|kills|shot\s+dead|"
             r"shoot\s+dead|shoots\s+dead|gunned\s+down))\b")
SUSPECT_WORD = r"(?i)\b(?:suspect(?:s|ed)?|alleged)\b"
# ... unless the suspect is one of the event's own attackers ("a suspected gunman was killed by a mob
# after he shot two people")
ATTACKER_NOUN = (r"(?i)\b(?:gunm[ae]n|attackers?|bombers?|militants?|shooters?|assailants?|terrorists?|insurgents?|"
                 r"fighters?|jihadists?|rebels?|bandits?)\b")

# Verbs that take no object: "later died at the hospital" is no deed done to "the hospital".
INTRANSITIVE = r"die|died|dies|dying|dead|death"
# ... but "shot dead" takes one: "a policeman shot dead two gunmen"
TRANSITIVE_DEAD = r"(?:shot|shoots?|shooting)\s+dead"
# An outcome word after a count that opens the next clause rather than naming the count's
# people: "killing 27 wounded another 96".
VERB_NOT_NOUN = r"(?i)\s+(?:wounded|injured|killed)\s+(?:another|an additional|other|more|at least|\d)"
# "killing all three": with no noun after the count, the ones just named.
ALL_LEAD = r"\ball (?:the )?$"
# A death that no one caused: "a resident who had died of natural causes".
NATURAL_CAUSES = (r"(?i)(?:\s+(?:of|from))?\s+(?:natural\s+causes|old\s+age|an?\s+illness|illness|a\s+heart\s+attack|"
                  r"cancer|covid(?:-19)?)\b")
# The person is the attacker named just before, in apposition: "the terrorist, a resident aged
# 17, was killed", "the attacker, identified as a 17-year-old student, was shot dead".
PERPETRATOR_APPOSITION = (r"(?i)(?<!in addition to )(?<!besides )(?<!apart from )(?<!as well as )(?<!except )(?<!except for )"
                          r"\bthe\s+(?:suspected\s+|alleged\s+)?(?:{nouns})\s*,[^.;:]{{0,40}}$")
# (not "In addition to the assailant, one soldier was killed": another person)
# Words that may follow the noun that ends a count's phrase ("two soldier were killed": a
# singular noun after a larger count is a slip of the pen only where the phrase ends with it).
NOUN_PHRASE_ENDS = frozenset("""
, . ; : ( were was are is and or who killed died dead wounded injured in on at near from of had have
has
""".split())
# The words that make one of these: "one", "a", "an", "another", "a single"; "the" only before
# an attacker ("the gunman was shot dead").
SINGULAR_DETERMINERS = r"one|a|an|another|a single|his|her|their"
# Words that are never a modifier between a determiner and its person noun: a list or a clause
# goes on ("his children and wounded the fourth" is no one person)
NOT_MODIFIERS = r"and|or|but|the|who|which|that|was|were|is|are|has|had|have|been"
# Small words inside a body's name between a count and its noun, capitalised words on both sides:
# "Four United Nations Assistance Mission in Afghanistan (UNAMA) staff", "two Ministry of Health workers"
NAME_INNER_WORDS = frozenset("of in for the".split())  # ("the" after one of the others: "Office for the Coordination of ...")
# "the" before a rank alone: "killed three of his children and wounded the fourth"
# (the rank alone, its noun left out: not "the fourth victim, a child, is wounded", a person named)
# A count of the people hit by a number ("Four people", "12 men", "dozens"), not a list of who they
# were ("a child and a woman"): the people hit that the dead told next are among.
HEADCOUNT = (r"(?i)(?:(?:at\s+least|about|nearly|some|more\s+than)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|"
             r"ten|eleven|twelve|dozens|several)\b")
# A story of a murder-suicide: the people its killer "shot" before killing himself died ("a man shot
# his wife and son before turning the gun on himself"), unless the sentence says they were hurt.
MURDER_SUICIDE = r"(?i)\bmurders?[- ]suicides?\b"
# A day's figure said to be that day's alone, after the count (geo.claims._one_day_alone): "135
# bodies on Tuesday alone", "41 of them yesterday alone", "in the past 24 hours alone".
# The bodies recovered so far of a toll told before: a part of it, not a lower figure ("officials
# fear more than 300 people were killed ... So far five bodies have been recovered").
RECOVERED_SO_FAR = (r"(?i)\b(?:so far|thus far|as yet|only)\b[^.;]{0,60}?\bbod(?:y|ies)\b[^.;]{0,40}?\b(?:recovered|retrieved|pulled|found|exhumed)\b|"
                    r"\bbod(?:y|ies)\b[^.;]{0,40}?\b(?:recovered|retrieved|pulled out|found|exhumed)\b[^.;]{0,40}?\b(?:so far|thus far|as yet)\b")
DAY_ALONE = (r"(?i)\b(?:(?:on|during|over|in|for)\s+(?:the\s+)?(?:(?:last|past|first)\s+)?"
             r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|day|night|weekend|24 hours|\d+ hours)|"
             r"yesterday|today|that day|overnight)\s+alone\b")
# A part named right after its toll's "including", with no verb of its own between: "nine dead,
# including a boy hit by a stray bullet" (how he died, not one hurt)
# After one of a list of people, the rest of the list and a verb of telling: they told it ("killing
# 30 passengers, a health worker and a local official told AFP"), not more of the dead
SOURCES_AFTER = (r"(?i)(?:\s*,?\s*(?:and|or)\s+(?:an?|the|one|two|three|several)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?\s+"
                 r"(?:told|tells|said|says|confirmed|reported)\b")
INCLUDING_RIGHT_BEFORE = r"\b(?:including|among them|among whom)\s+$"
SHOT_NOT_HURT = (r"(?i)\bshot\b", r"(?i)\b(?:wound\w*|injur\w*|hurt|surviv\w*|hospital\w*|critical|stable)\b")
# The dead told before, counted again with "the": "Deputies found the five bodies in the home near
# Crosby" (the story's dead, where they were found; the count, then its noun).
DEFINITE_DEAD = r"(?i)\bthe\s+$"
DEFINITE_DEAD_NOUN = r"(?i)\s+(?:bodies|victims|dead)\b"
DEFINITE_RANK = (r"the(?=\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                 r"(?:\s+(?:was|were|is|has|had|died|later|before|after|when|as|and|in|at|near|on|during|while)\b|\s*[,.;]|\s*$))")
# person nouns that only describe the head noun after them, which says the side: "a woman police
# officer" (security forces), where "a rebel commander" is the rebels'
DESCRIBING_NOUNS = frozenset({"man", "woman", "boy", "girl", "lady", "male", "female"})
# words that never stand between a person noun and the head noun of the same phrase ("a soldier
# and a policeman" are two; "a Hindu temple worker" one)
HEAD_GAP_STOP = (r"and|or|but|nor|as|than|then|was|were|is|are|be|been|had|has|have|who|whom|whose|which|that|"
                 r"of|in|at|on|by|with|from|to|for|into|near|the|a|an|one|his|her|their|its|this|these|those|"
                 r"not|no|also|later|after|before|while|when|where|died|dies|shot|hit|cut|killed|wounded")
# Count words that may go on a list after a definite person: "killing the driver and two passengers".
LIST_COUNT_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens"
THE_PERPETRATOR = r"(?:the\s+|(?<=including\s))"  # ("including the gunman"; a headline's "3 dead, including gunman")
# Kin and people words that make a list a count: "his two brothers and niece" = 3.
KIN = ("(?:mothers?|fathers?|brothers?|sisters?|sons?|daughters?)-in-law|parents-in-law|in-laws|"
       "brothers?|sisters?|sons?|daughters?|nieces?|nephews?|father|mother|wife|wives|husband|cousins?|"
       "girlfriend|boyfriend|fianc[ée]e?|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|stepfather|stepmother|"
       "stepsons?|stepdaughters?|"
       "uncles?|aunts?|grandsons?|granddaughters?|grandfather|grandmother|grandchildren|parents|"
       "children|child|babies|baby|infants?|toddlers?|m[ae]n|wom[ae]n|boys?|girls?|teenagers?|teens?|adults?|"
       "couples?|twins|"
       # people close to them, listed with kin: "his wife, her mother and a neighbour"
       "neighbou?rs?|friends?|roommates?|flatmates?|housemates?|colleagues?|co-workers?|classmates?|caregivers?|nann(?:y|ies)|"
       "partners?|spouses?")
# One person named by the word for a people, a count of its own: "A Palestinian was shot dead", "An
# Afghan was killed" (a demonym's usual endings; its verb must follow: "a Syrian flag was burned" is none)
ONE_OF_A_PEOPLE = (r"\b(?:[Aa]n?|One)\s+(?P<who>[A-Z][a-z]+(?:ian|an|i|ese|ish|ite|ist|ch|er))(?=\s+(?:was|has\s+been|had\s+been)\s+"
                   r"(?:\w+ly\s+)?(?:killed|shot|stabbed|wounded|injured|hurt|slain|murdered|executed|abducted|kidnapped|"
                   r"arrested|detained)\b|\s+(?:died|dies)\b)")

# A count of the people who told the story, not of its dead: "..., two residents told Reuters",
# "three witnesses and a security source said", "according to two residents".
_SOURCE_NOUNS = (r"(?:residents?|witness(?:es)?|villagers?|survivors?|sources?|officials?|doctors?|medics?|nurses?|"
                 r"relatives|activists?|locals|eyewitnesses|people familiar with (?:[\w-]+\s+){0,3}?\w+)")
SOURCE_COUNT_AFTER = (rf"(?i)\s+(?:[\w-]+\s+){{0,2}}?{_SOURCE_NOUNS}(?:\s+and\s+(?:an?|the|one|two|three|four|five)\s+"
                      rf"(?:[\w-]+\s+){{0,3}}?{_SOURCE_NOUNS})?\s+(?:told|said|say|says|confirmed|reported)\b")
SOURCE_COUNT_BEFORE = r"(?i)\baccording\s+to\s+$"

# People thought dead and found alive are not dead: "one of the victims initially declared dead had
# been found alive" (the toll is revised, not raised).
FOUND_ALIVE_AFTER = (r"(?i)[^.;]{0,60}?\b(?:declared|reported|presumed|thought|feared|believed|listed|counted)\s+"
                     r"(?:to\s+(?:be|have\s+been)\s+|as\s+)?dead\b[^.;]{0,50}?\b(?:found|discovered|turned out to be|was|is|were)\s+"
                     r"(?:still\s+)?alive\b")

# How many children someone has, not how many died: "a mother of three was killed", "a father of
# two small children died".
PARENT_OF_LEAD = r"(?i)\b(?:mother|father|parent|mum|mom|dad|grandmother|grandfather|grandparent)s?\s+of\s+$"

# People sentenced to death are not dead: "the court sentenced two former officers to death",
# "Three men were sentenced to death on Monday" (but "Two men who were sentenced ... were executed").
SENTENCED_BEFORE = r"(?i)\b(?:sentenced|sentencing|sentences|condemned|condemning)\s+(?:[\w'’-]+\s+){0,2}$"
SENTENCED_AFTER = (r"(?i)\s+(?:(?!who\b|that\b)[\w'’-]+\s+){0,4}?(?:were|was|have\s+been|had\s+been|are|is)\s+"
                   r"(?:\w+ly\s+)?(?:sentenced|condemned)\s+to\s+death\b")

# Kin words of two people each: "a couple and their two children" = 4.
KIN_PAIRS = {"couple", "couples", "twins", "parents"}
# Before a kin word, these count one: "his brother and sister" = 2.
KIN_ONE = {"his", "her", "their", "a", "an", "one"}
# ... and so do these words before a kin word in the singular: "his estranged wife" (never a
# fragment of a longer word: "5-year-old girl" is not "old girl")
KIN_ADJECTIVES = {"estranged", "former", "late", "elderly", "pregnant", "young", "adult", "teenage", "adoptive",
                  "own", "older", "younger", "eldest", "youngest", "oldest", "disabled", "new", "longtime", "close",
                  "small", "little", "infant", "baby", "twin"}
# Words near a person noun that say which side the people were on.
SECURITY_WORDS = {"security", "government", "army", "military", "police", "regime", "state", "soldiers", "troops",
                  "defence", "defense", "interior", "official", "pro-government", "government-affiliated",
                  # the state's auxiliaries: Burkina Faso's Volunteers for the Defence of the Homeland
                  # ("14 volunteer fighters (VDP)")
                  "vdp"}
# ... but not after these: rescue services are civilians ("seven members of a civil defence team",
# "a civil protection volunteer"; Spain's "Civil Guard" is a police force, not among them).
RESCUE_SERVICES = {("civil", "defence"), ("civil", "defense"), ("civil", "protection"), ("civil-defence",), ("civil-defense",)}
# Armed groups of several countries, by the names news use (lower-case words): "6 ISIS members"
# are fighters (the groups of one country are in geo/data/armed_groups.csv).
FIGHTER_GROUP_WORDS = {"isis", "isil", "daesh", "hamas", "hezbollah", "hizbollah", "houthi", "houthis", "qaeda",
                       "al-qaeda", "jnim", "iswap", "taliban", "shabaab", "al-shabaab"}
# Before "group", "faction", "movement" after "members of the ...": an armed group's members
# ("nine members of the Dawlah Islamiyah militant group").
FIGHTER_GROUP_ADJECTIVES = {"militant", "rebel", "insurgent", "jihadist", "terrorist", "guerrilla", "separatist",
                            "extremist", "armed", "islamist"}
FIGHTER_WORDS = {"insurgents", "rebels", "militants", "loyalists", "jihadists", "militia", "militias", "gunmen",
                 *FIGHTER_GROUP_WORDS}
CIVILIAN_WORDS = {"civilians", "civilian", "unarmed", "noncombatants",
                  # as casualty counts conventionally read them ("15 of the dead were women and children")
                  "women", "children", "child", "minors", "infants", "babies"}
# "fighters linked to the government": government forces
ALLEGIANCE_HEADS = {"government", "army", "state", "security", "ministry"}
ALLEGIANCE_LINKS = {"linked", "loyal", "affiliated", "allied", "connected", "aligned", "attached", "tied", "belonging",
                    "of", "with", "from"}

OUTCOME_WORDS = {
    "dying": O.KILLED, "assassinated": O.KILLED, "beheaded": O.KILLED, "lynched": O.KILLED, "succumbed": O.KILLED,
    "fatally": O.KILLED, "fatality": O.KILLED, "deceased": O.KILLED, "shot": O.WOUNDED, "stabbed": O.WOUNDED,
    "stabbing": O.WOUNDED, "missing": O.MISSING, "unaccounted": O.MISSING,
    "killed": O.KILLED, "kill": O.KILLED, "kills": O.KILLED, "killing": O.KILLED, "dead": O.KILLED, "died": O.KILLED,
    "die": O.KILLED, "dies": O.KILLED, "deaths": O.KILLED, "death": O.KILLED, "slain": O.KILLED, "massacred": O.KILLED,
    "executed": O.KILLED, "murdered": O.KILLED, "perished": O.KILLED, "fatalities": O.KILLED, "bodies": O.KILLED,
    "corpses": O.KILLED, "drowned": O.KILLED, "suffocated": O.KILLED, "electrocuted": O.KILLED,
    # South Asian and Middle Eastern reporting: "two soldiers were martyred"; Sahel and other
    # armies' communiqués: "12 terrorists were neutralised"
    "martyred": O.KILLED, "martyring": O.KILLED, "neutralised": O.KILLED, "neutralized": O.KILLED, "neutralising": O.KILLED,
    "neutralizing": O.KILLED,
    # ... and "four attackers were eliminated" (of armed people only, ARMED_ONLY_OUTCOMES)
    "eliminated": O.KILLED,
    # "eleven villagers were butchered", "were slaughtered", "were hacked to death" (the last a phrase)
    "butchered": O.KILLED, "slaughtered": O.KILLED,
    "lives": O.KILLED, "casualties": O.KILLED, "lost": None,
    "wounded": O.WOUNDED, "injured": O.WOUNDED, "hurt": O.WOUNDED, "injuries": O.WOUNDED, "injury": O.WOUNDED,
    "hospitalized": O.WOUNDED, "hospitalised": O.WOUNDED,
    # hurt by a gas: "at least 100 people suffered suffocation problems" ("died of suffocation" is
    # killed, its first outcome word)
    "suffocation": O.WOUNDED,
    "wounding": O.WOUNDED,
    "injuring": O.WOUNDED, "injures": O.WOUNDED, "wounds": O.WOUNDED, "wound": O.WOUNDED,
    "injure": O.WOUNDED, "hurting": O.WOUNDED, "hurts": O.WOUNDED,
    "displaced": O.DISPLACED, "fled": O.DISPLACED, "flee": O.DISPLACED, "fleeing": O.DISPLACED,
    "evacuated": O.DISPLACED, "uprooted": O.DISPLACED, "refuge": O.DISPLACED, "homeless": O.DISPLACED,
    "arrested": O.ARRESTED, "detained": O.ARRESTED, "arrests": O.ARRESTED, "detentions": O.ARRESTED,
    "arresting": O.ARRESTED, "detaining": O.ARRESTED,
    "kidnapping": O.ARRESTED, "abducting": O.ARRESTED, "capturing": O.ARRESTED, "seized": O.ARRESTED,
    "rounded": O.ARRESTED, "captured": O.ARRESTED, "abducted": O.ARRESTED, "kidnapped": O.ARRESTED,
    # under rubble or in a mine, their fate unknown: "with 9 others still trapped underground"
    "trapped": O.MISSING,
    # a headline's present: "Gunmen abduct 38 worshippers, kill pastor"
    "abduct": O.ARRESTED, "abducts": O.ARRESTED, "kidnap": O.ARRESTED, "kidnaps": O.ARRESTED,
}
# Outcome nouns right after a count: "hundreds dead", "120 deaths".
OUTCOME_NOUNS = {"dead": O.KILLED, "deaths": O.KILLED, "killed": O.KILLED, "casualties": O.KILLED,
                 "fatalities": O.KILLED, "fatality": O.KILLED, "bodies": O.KILLED, "corpses": O.KILLED,
                 "wounded": O.WOUNDED,
                 "injured": O.WOUNDED, "injuries": O.WOUNDED, "displaced": O.DISPLACED, "missing": O.MISSING}
# Several words that say one outcome: they win over their single words ("shot dead" is killed,
# "shot" alone is hit by gunfire, wounded unless the text says they died).
OUTCOME_PHRASES = {
    "shot dead": O.KILLED, "shot and killed": O.KILLED, "fatally shot": O.KILLED, "fatally stabbed": O.KILLED,
    "fatally wounded": O.KILLED, "fatally injured": O.KILLED, "mortally wounded": O.KILLED, "gunned down": O.KILLED,
    "shot execution style": O.KILLED, "shot execution-style": O.KILLED,
    "shot to death": O.KILLED, "stabbed to death": O.KILLED, "beaten to death": O.KILLED, "burned to death": O.KILLED,
    "burnt to death": O.KILLED, "hacked to death": O.KILLED, "found dead": O.KILLED, "lost their lives": O.KILLED,
    "lost his life": O.KILLED, "lost her life": O.KILLED, "died of": O.KILLED, "later died": O.KILLED,
    # South Asian military communiqués: "four terrorists were sent to hell"
    "sent to hell": O.KILLED,
    # ... and their dead soldiers: "four soldiers embraced martyrdom"
    "embraced martyrdom": O.KILLED, "embraced shahadat": O.KILLED, "attained martyrdom": O.KILLED,
    "achieved martyrdom": O.KILLED, "burnt alive": O.KILLED, "burned alive": O.KILLED,
    "taken hostage": O.ARRESTED, "taken captive": O.ARRESTED,
    # maimed: "A 60-year-old man lost his foot after stepping on an explosive device"
    **{f"lost {whose} {part}": O.WOUNDED for whose in ("his", "her", "their", "both", "a", "an", "one")
       for part in ("foot", "feet", "leg", "legs", "arm", "arms", "hand", "hands", "eye", "eyes", "limb", "limbs",
                    "sight", "eyesight")},
    # in hospital in a bad way: "left one dead and three in critical condition"
    **{f"in {a}{how} condition": O.WOUNDED for a in ("", "a ") for how in ("critical", "serious", "grave", "stable",
                                                                          "fair", "critical but stable", "serious but stable",
                                                                          "non-critical", "noncritical", "non-life-threatening",
                                                                          "life-threatening", "good", "satisfactory")},
    # in hospital: "Two people have died and 17 are in hospital" (British usage)
    # (after its verb: "three more in hospital" are more of the dead before them)
    **{f"{be} in {a}hospital": O.WOUNDED for be in ("are", "were", "is", "was", "are still", "were still", "is still",
                                                     "was still", "remain", "remains", "remained")
       for a in ("", "the ")},
    # hurt enough to be taken to hospital: "Three were killed and two were taken to hospital"
    **{f"{taken} to {a}hospital": O.WOUNDED for taken in ("taken", "rushed", "transported", "airlifted", "flown")
       for a in ("", "a ", "the ", "local ", "a local ")},
    # ... by their own means: "were transported by private vehicles to local hospitals", "An additional
    # two transported themselves to the hospital", "drove himself to a hospital"
    **{f"{taken} {how} to {a}hospital{pl}": O.WOUNDED
       for taken, hows in (("transported", ("by private vehicle", "by private vehicles", "by private car", "by car",
                                            "themselves", "himself", "herself")),
                           ("taken", ("by private vehicle", "by private vehicles", "by private car", "by car")),
                           ("drove", ("themselves", "himself", "herself")), ("took", ("themselves", "himself", "herself")))
       for how in hows for a in ("", "a ", "the ", "local ", "a local ", "area ", "nearby ", "a nearby ")
       for pl in ("", "s")},
    # ... or treated there: "At least 110 people have been treated in hospital"
    **{f"treated {prep} {a}hospital{pl}": O.WOUNDED for prep in ("in", "at") for a in ("", "a ", "the ", "local ")
       for pl in ("", "s")},
    # taken, then killed: the killing is what happened to them ("were kidnapped and executed")
    **{f"{first} and {then}{last}": O.KILLED
       for first in ("kidnapped", "abducted", "tortured", "raped", "beaten", "captured", "seized")
       for then in ("", "later ", "then ")
       for last in ("killed", "executed", "murdered", "beheaded", "shot dead")},
    # hurt, then died: "was stabbed and later died"
    **{f"{first} and {then}died": O.KILLED
       for first in ("stabbed", "shot", "injured", "wounded", "hurt", "burned", "beaten")
       for then in ("", "later ", "subsequently ")},
    # put to death by any means: "boiled to death", "crushed to death", "starved to death"
    **{f"{how} to death": O.KILLED
       for how in ("boiled", "crushed", "starved", "tortured", "stoned", "bludgeoned", "trampled", "frozen",
                   "clubbed", "kicked", "strangled", "choked", "bled", "mauled", "lynched", "whipped", "flogged")},
    # hit by gunfire, as "shot": "Four people were struck by gunfire"
    "struck by gunfire": O.WOUNDED, "hit by gunfire": O.WOUNDED,
    # ... and by one: "A woman was hit by a stray bullet on her way to work"
    **{f"{verb} by {one}{stray}{shot}": O.WOUNDED
       for verb in ("struck", "hit", "grazed") for one in ("", "a ") for stray in ("", "stray ")
       for shot in (("bullet", "round") if one else ("bullets", "rounds"))},
    # killed and wounded together: how many died is not said, so no death toll
    # dead when they reached hospital: "three of whom were brought in dead"
    "brought in dead": O.KILLED, "brought dead": O.KILLED, "dead on arrival": O.KILLED,
    "killed or wounded": O.WOUNDED, "killed or injured": O.WOUNDED, "dead or wounded": O.WOUNDED,
    "dead or injured": O.WOUNDED, "killed and wounded": O.WOUNDED, "killed and injured": O.WOUNDED,
}
# Families of outcome phrases too many to list one by one: every verb of a family with every
# kind (or none) of every hurt, read as "verb kind hurt" (a pattern of the parts, not thousands
# of phrases to compile). As OUTCOME_PHRASES, they win over their single words.
OUTCOME_FAMILIES = [
    # got away hurt: "a fourth reservist escaped with gunshot wounds", "survived with burns"
    # ... or is being treated: "seven inmates were being treated for gunshot and knife wounds"
    (("escaped with", "survived with", "fled with", "treated for", "sustained", "suffered",
      # ... or was found so: "three were found with gunshot injuries"
      "found with", "discovered with", "arrived with", "suffering from", "suffering",
      # ... past what they survived: "A girl survived the attack with gunshot wounds"
      *(f"{v} the {what} with" for v in ("survived", "escaped")
        for what in ("attack", "shooting", "blast", "explosion", "ambush", "massacre", "assault"))),
     ("", "minor ", "serious ", "severe ", "gunshot ", "bullet ", "stab ", "knife ", "shrapnel ",
      "life-threatening ", "non-life-threatening ", "critical ", "multiple ", "multiple gunshot ",
      "gunshot and knife ", "gunshot and stab "),
     ("wounds", "injuries", "burns", "wound", "injury",
      # ... one wound, of a kind: "was treated for a knife wound to his arm"
      *(f"a {of}wound" for of in ("", "gunshot ", "stab ", "knife ", "bullet ", "shrapnel "))),
     O.WOUNDED),
]
# Between a count and the verb that says what happened to it: "three were later found dead".
PASSIVE_AUX = r"(?:were|was|are|is|have been|has been|had been|being|got|had|(?:has|have)(?=\s+(?:since\s+|also\s+|now\s+)?died\b))"
# ("has"/"have" only before "died": "one soldier has died"; "the blasts have killed" is active)
PASSIVE_ADVERBS = (r"later|also|very|reportedly|allegedly|subsequently|all|both|fatally|critically|seriously|confirmed|"
                   r"slightly|lightly|moderately|severely|gravely|badly|"
                   r"found|discovered|located|left|initially|eventually|then|each|immediately|instantly|killed and|injured and|"
                   r"reported|declared|pronounced|still|now")
# PASSIVE_ADVERBS' outcome words: "was injured and evacuated" is hurt, whatever the last verb says
HURT_AND = r"(?i)\b(killed|injured) and\b"
# An active verb with an object after a count: the counted people did it, they are not its
# victims ("four gunmen killed one person", "two soldiers opened fire").
AGENT_VERBS = (r"killed|kill|kills|shot|shoots|attacked|attack|attacks|stabbed|wounded|injured|opened fire|ambushed|"
               r"abducted|kidnapped|executed|murdered|beheaded|massacred|stormed|raided|bombed|targeted|fired|"
               r"detonated|blew up|set off|hijacked|seized|took|launched|torched|burned|hacked")
# ... or a deed that needs no object: "three armed men opened fire from a car".
AGENT_DEEDS = r"open(?:ed|s)? fire\b"
AGENT_OBJECT = (r"(?:at least |more than |about |some |nearly |up to |as many as )?(?:\d|one\b|two\b|three\b|four\b|five\b|"
                r"six\b|seven\b|eight\b|nine\b|ten\b|a\b|an\b|the\b|his\b|her\b|their\b|its\b|him\b|them\b|"
                r"several\b|dozens\b|many\b|hundreds\b|people\b|civilians\b|nobody\b|no one\b|none\b|[A-Z])")
# "killing one", "a bomb kills one and wounds four", "killed one crewman": one person, by an
# active killing verb; the word after "one" (if any) is its noun (checked against the lists).
ACTIVE_ONE = (r"(?i)\b(?:kill(?:s|ed|ing)?|shot dead|shoot(?:s|ing)? dead|murder(?:s|ed|ing)?|behead(?:s|ed|ing)?|deaths? of)"
              r"\s+(?:only\s+|just\s+)?(?P<n>one)\b(?:\s+(?P<noun>[a-z]+)(?=\s*(?:\bof\b|\band\b|\bin\b|\bat\b|,|;|\.|$))"
              r"|(?=\s*(?:\band\b|\bin\b|\bat\b|\bnear\b|,|;|\.|$)))")
# "Two of the wounded later died", "one of the men died in hospital": that many killed, a part
# of the people counted before.
LATER_DIED = (r"(?i)(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+(?:the|those|them)\b"
              r"(?:\s+[\w-]+){0,2}?(?:\s*,\s*(?:(?:a|an)\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?\s*,)?"  # (", a woman,", ", photographer Ana Ruiz,")
              r"\s+(?:later\s+|subsequently\s+|also\s+|then\s+)?(?:died|succumbed|passed away)\b")
# Who fights for the state though not in its forces: "pro-government fighters", "a
# government-backed militia" are counted with the security forces.
# Words before a person noun that make them the state's forces: "army fighters", "regime
# fighters", "government troops" (but not "pro-government fighters", see PRO_GOVERNMENT).
STATE_HEADS = ("security", "soldiers", "army", "police", "regime", "government", "military")
PRO_GOVERNMENT = ("pro-government", "pro-regime", "government-backed", "government-allied", "state-backed",
                  "loyalist", "pro-army")
# A count that is part of a figure said just before: "six were shot, one fatally", "five were
# injured, two of whom later died", "with three later dying".
# "Two of them are in critical condition" (opening a sentence): a part of the hurt told before.
OF_THOSE_HURT = r"\s+of\s+(?:them|those|the\s+(?:wounded|injured|victims))\b"
# The bodies found so far of a toll told before: a part of it, not a lower figure for it ("more than
# 100 people are believed to have been killed ... Only four bodies had been recovered by Saturday")
BODIES_SO_FAR = (r"(?i)(?:\bonly\s+(?:(?:about|some|around)\s+)?$)",
                 r"(?i)\s+(?:bodies|corpses)\b(?:[^.;]{0,60}?\bso far\b)?")
# Another source's figure for the dead its sentence told just before: "estimated that 670 people had
# died, while the disaster centre put the figure at more than 2,000" (the dead said before the lead)
FIGURE_LEAD = (r"(?i)\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the|its|their)\s+figure\s+at\s+"
               r"(?:(?:at least|more than|over|about|around|nearly|some|up to)\s+)?$")
FIGURE_OF_DEAD = r"(?i)\b(?:died|killed|dead|deaths|death toll|lost their lives)\b"
SUBSET_LEAD = r"(?:of whom|of them|of those|among them|,\s*with|\bwith)\s+(?:(?:at least|only|another)\s+)?$"
# The whole a later count is a part of, when the sentence gives the whole no outcome of its own:
# "received 18 patients, three of whom died" (the 18 were hurt, "patients"; "a bus carrying 40
# passengers, 12 of whom died": the 40 are no toll).
# (with its own verb: not "Eleven people, five of them children, were killed", an aside)
WHOLE_OF_SUBSET = (r"\s*,?\s*(?:[\w-]+\s+){0,2}?(?:of whom|of them)\s+(?:[\w-]+ly\s+)?(?:were|was|had|have|has|are|is|"
                   r"later|subsequently|eventually|died|succumbed|remain(?:ed|s)?|being)\b")
HURT_NOUNS = {"patients", "casualties", "injured", "wounded"}
# Ceilings that stay ceilings after a toll's words: "putting the toll as high as 60" (an estimate's
# top, where "the toll up to 73" is where it went)
CEILING_AFTER_TOLL = frozenset({"as high as"})
# "up to" that says where a toll went, not its ceiling: "bringing the death toll up to seventy-three",
# "the toll rose up to 40".
RISE_UP_TO_LEAD = (r"(?i)(?:\b(?:toll|total|tally|number|figure)\b[^.;]{0,25}?|\b(?:rose|risen|rises|rising|climbed|climbs|"
                   r"jumped|increased|went|gone|bringing|raising|taking|pushing)\s+)$")
# One office holder opening a sentence by the place of their office, with their own verb after:
# "The mayor of Chilpancingo, the capital of Guerrero state, was killed on Sunday" (a new person;
# elsewhere "the mayor" may be someone already counted)
OFFICE_NOUNS = ("mayor", "deputy mayor", "governor", "deputy governor", "police chief", "chief of police", "judge",
                "prosecutor", "head", "leader", "chief", "commander", "president", "chairman", "district chief",
                "imam", "priest", "bishop", "editor", "director", "councillor", "councilor", "village chief")
OFFICE_HOLDER_LEAD = r"^\W*(?:[A-Z][A-Z .,]+(?:\([^)]*\))?\s*[—–:-]+\s*)?$"  # (the sentence's start, or a dateline)
OFFICE_HOLDER = (r"\bThe\s+(?P<noun>" + "|".join(OFFICE_NOUNS) +
                 r")\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|de|del|al))*"
                 r"(?:\s+(?:province|state|district|county|region|city|town|village|municipality|department))?"
                 # (an apposition after it: ", the capital of Guerrero state,")
                 r"(?:\s*,[^,]{1,60},)?")
# Outcome words that say killed only of armed people: "four attackers were eliminated" (not
# "three candidates were eliminated in the first round")
ARMED_ONLY_OUTCOMES = frozenset(["eliminated"])
# A side's dead by what it lost, before a count of its people: "the attackers also lost about 40
# fighters", "the army lost 12 soldiers" (people only: "lost 200 jobs" is no toll)
LOST_LEAD = r"(?i)\b(?:lost|losing|loses|lose)\s+[\"“]?\s*$"
# A vague amount only feared, not counted: "Many casualties feared", "dozens feared dead"
FEARED_AFTER = r"\s+(?:(?:casualties|dead|deaths|people|victims)\s+)?(?:(?:are|were|is)\s+)?feared\b"
# A count of people named before it in the sentence: "struck the attackers as they fled,
# neutralising about 30 of them" (attackers), "stormed the village, killing five of them".
OF_THEM_AFTER = r"\s+of\s+them\b"
# People hit by a shooting or a stabbing, then the dead among them with a participle: "A gunman shot
# five people, killing two" (two of the five died: three wounded), "stabbed four, killing one".
HIT_VERB_BEFORE = r"(?i)\b(?:shot|stabbed|shooting|stabbing)\s+(?:at\s+least\s+)?$"
HIT_THEN_KILLING = (r"(?i)(?:\s+(?!(?:and|while|when|after|before|then|but)\b)[\w'’-]+){0,8}\s*,\s*"
                    r"(?:killing|fatally\s+wounding)\s+(?:at\s+least\s+)?")
SUBSET_AFTER = (r"\s*(?:,\s*)?(?:fatally|(?:of whom|of them|of those|of the (?:victims|wounded|injured))\b)"
                # "stabbed two policemen, killing one and injuring the other"
                r"|\s+and\s+(?:injuring|wounding|injured|wounded)\s+the\s+(?:other|others|rest)\b")
# "15 of the dead were women and children": a part of a toll said before, and who they were
PART_OF_DEAD = r"\s+of\s+(?:the|those)\s+(?:dead|killed|deceased|fatalities|bodies)\b(?:\s+(?:were|was|are|included))?"
# ... and of those counted before, what they bore: "Five of the victims had gunshot wounds", "two of
# the bodies showed signs of torture" (no toll of its own: how the counted were found)
DESCRIBED_PART = (r"\s+of\s+(?:the|those|these)\s+(?:victims|bodies|dead|deceased|corpses)\s+(?:had|bore|showed|carried)\b"
                  r"(?!\s+(?:been\s+)?(?:killed|died|injured|wounded|hospitali[sz]ed|taken|rushed))")
# ... and of the hurt: "Three of the wounded are in critical condition" (a part, not a smaller figure)
PART_OF_HURT = (r"\s+of\s+(?:the|those)\s+(?:wounded|injured|hurt)\b(?:\s+(?:were|was|are|is|included|remain(?:ed)?)\b)?"
                r"(?!\s+(?:(?:later|also|subsequently)\s+)?(?:died|succumbed|killed|dead)\b)")
# "Of the dead, 92 were in Jajarkot and 36 in Rukum West": a toll's parts by place (the words
# before the first count; the words after each, up to the place)
OF_THE_DEAD_LEAD = (r"(?i)\b(?:of|among)\s+(?:the|those)\s+(?P<noun>dead|killed|deaths|victims|fatalities|wounded|"
                    r"injured)\s*,\s*(?:at least\s+|some\s+|about\s+)?$")
# Before one person or a count, the toll they are part of, fronted: "Among the dead was a
# comedian, X, who was shot ...", "Among those killed were two journalists" (up to a few words of
# who they were before the count).
AMONG_FRONTED = (r"(?i)\bamong\s+(?:the|those)\s+(?P<noun>dead|killed|victims|fatalities|wounded|injured)\s+"
                 r"(?:was|were|is|are)\s+(?:also\s+)?(?:(?:an?|the|one|two|three|four|five)\s+)?(?:[\w’'-]+\s+){0,3}?(?:[\w’'-]+,\s+)?$")
WHERE_AFTER = (r"\s+(?:(?:were|was|died|were killed|were reported|were recorded|occurred)\s+)?"
               r"(?:in|at|from|near|outside|around|between|on the outskirts of|in the outskirts of|in the countryside of|in rural)\s+"
               r"(?:neighbouring\s+|neighboring\s+|nearby\s+|the\s+"
               # ("in the northeastern Kharkiv region", "in the southern city of Zaporizhzhia")
               r"(?:(?:(?:north|south)(?:-?(?:east|west))?ern|(?:east|west)ern|central)\s+)?"
               r"(?:(?:city|town|village|region|province|state|district|commune|municipality|county|department|governorate|"
               r"township|neighbou?rhood|area|camp)\s+of\s+)?)?[A-Z]")
# ... between one such part and the next: "were in Jajarkot and ", "in Kharkiv, "
WHERE_GAP = (r"\s+(?:(?:were|was|died|(?:were|was) (?:killed|wounded|injured|hurt|shot)|were reported|were recorded|occurred)\s+)?"
             r"(?:in|at|from|near|outside|around|between|on the outskirts of|in the outskirts of|in the countryside of)\s+"
             r"[^,;.]{1,60}?(?:\s*,\s*|\s+)(?:and\s+)?(?:another\s+|some\s+|at least\s+)?")
# After a count of a breakdown, the one event of theirs and its place: "killed 40 ..., including 15
# in a single strike on a school in Jabalia", "including six in an attack on a bus near Kalat".
EVENT_WHERE_AFTER = (r"(?:\s+(?:(?:who\s+)?(?:were|was|died|were killed)\s+)?in\s+(?:a|an|one|the)\s+(?:single\s+)?"
                     r"(?:[\w’'-]+\s+){0,2}?(?:strike|airstrike|air\s+strike|attack|bombing|blast|explosion|raid|shelling|shooting|ambush)\b"
                     r"[^,;.]{0,70}?\b(?:in|at|near|outside)\s+(?:the\s+)?[A-Z]"
                     # ... or by where they were: "including 15 who were sheltering in a school in the Nuseirat camp"
                     r"|\s+who\s+(?:were|had\s+been)\s+\w+ing\b[^,;.]{0,70}?\b(?:in|at|near|outside)\s+(?:the\s+)?[A-Z])")
# "were among the dead": part of a toll said elsewhere, not a new one
AMONG_THE = r"\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+the\s+(?P<noun>dead|killed|victims|wounded|injured)\b"
# The attacker's own death: one perpetrator killed.
SELF_KILLED = (r"(?i)\b(?:(?:before|then|and|after|by)\s+(?:killing|shooting|turning the gun on)\s+(?:himself|herself)|"
               r"(?<!being )(?<!been )(?<!was )(?:killed|kills|shot|shoots|stabbed|hanged)\s+(?:himself|herself)|took\s+(?:his|her)\s+own\s+life|"
               r"committed\s+suicide(?!\s+(?:bombings?|attacks?|missions?|blasts?|operations?))|(?:blew|blows)\s+(?:himself|herself)\s+up|"
               # ("died by suicide", "was found dead of a self-inflicted gunshot wound")
               r"(?:died|dead)\s+(?:by|of|from)\s+(?:suicide|(?:an?\s+)?(?:apparent(?:ly)?\s+)?self-inflicted)|"
               # ("before being shot dead by police", "before he was shot dead by two off-duty soldiers")
               r"before\s+(?:being|(?:he|she)\s+was)\s+(?:shot\s+and\s+killed|shot\s+dead|fatally\s+shot|killed)\s+by\s+"
               r"(?:(?:an?|the|two|three|several)\s+)?(?:[\w-]+\s+){0,2}?"
               r"(?:police|officers?|policem[ae]n|security\s+(?:forces|guards?)|troops|deputies|soldiers|guards?))")
# ... or the last of the ones a killer killed: "before killing the two children and himself",
# "killed two people and then himself" (not "killed three people and wounded himself"; "shot
# his wife and himself" says no death).
SELF_LAST = (r"(?i)\b(?:killing|killed|kills|kill|shooting dead|shot dead)\s+[^.;]{1,80}?"
             r"\band\s+(?:then\s+)?(?P<self>himself|herself)\b(?!\s+(?:up|in|to)\b)")
# ... and the last of the ones a shooter hurt: "opened fire, injuring three children and himself"
SELF_LAST_HURT = (r"(?i)\b(?:injuring|injured|injures|wounding|wounded|wounds)\s+[^.;]{1,80}?"
                  r"\band\s+(?:then\s+)?(?P<self>himself|herself)\b(?!\s+(?:up|in|to)\b)")
# A count of these is a count of incidents ("30 massacres"), kept as the claim's incident count.
EVENT_NOUNS = {"massacres", "massacre", "attacks", "attack", "strikes", "airstrikes", "raids", "incidents", "shootings",
               "stabbings",
               "explosions", "blasts", "clashes", "bombings", "ambushes", "operations", "executions"}
# A count of these is no toll.
THING_NOUNS = {"homes", "houses", "buildings", "villages", "towns", "vehicles", "tanks", "km", "kilometres",
               # what attackers came on or carried: "arrived on about 30 motorcycles and shot" (not
               # "rifles": the Assam Rifles)
               "motorcycles", "motorbikes", "bikes", "pickups", "buses", "boats", "camels", "livestock", "guns",
               "shops", "stores",
               "kilometers", "miles", "metres", "meters", "tonnes", "tons", "dollars", "pounds", "euros", "families",
               "points", "percent", "per", "times", "rounds", "shells", "rockets", "missiles", "drones", "weapons",
               "cars", "trucks", "hectares", "acres", "schools", "hospitals", "mosques", "churches", "countries",
               "governments", "provinces", "cities", "areas", "districts", "sites", "neighbourhoods", "streets",
               "dogs", "cats", "horses", "cattle", "cows", "sheep", "goats", "animals", "pets", "birds", "events",
               "exits", "exit", "lanes", "votes", "seats", "goals", "games", "cases", "charges", "counts", "years",
               # (and the device of a count said in the singular: "four low-intensity explosive device blast")
               "bombs", "grenades", "mines", "devices", "device", "ieds", "mortars", "bullets", "shots",
               # "several strong aftershocks killed ...": what killed, not whom
               "aftershocks", "tremors", "quakes", "earthquakes", "storms", "floods", "landslides", "avalanches",
               "waves", "fires", "blazes"}
# Words that end the noun phrase of a count before any person noun is found.
PHRASE_STOP = {"and", "or", "but", "who", "which", "that", "were", "was", "are", "is", "have", "has", "had", "in",
               "at", "on", "by", "after", "before", "when", "while", "from", "with", "as", "than", "for", "to",
               "into", "during", "since", "said", "says", "will", "would", "could",
               # a breakdown after the count: "The toll rose to 26 including 14 soldiers"
               "including"}
TIME_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute",
              "minutes", "decade", "decades", "century", "centuries", "night", "nights", "weekend", "weekends",
              "am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "utc"}
# A count right after these is a number of something else: "aged 67", "route 5", "resolution 2254".
NOT_A_TOLL_AFTER = {"aged", "age", "no", "number", "resolution", "article", "route", "highway", "district", "page",
                    "chapter", "room", "flight", "bus",
                    # a telephone number: "a relative called 911", "dialled 999"
                    "call", "called", "calling", "dial", "dialed", "dialled", "dialing", "dialling"}
# Words after a number that make it a telephone number: "a 911 call", "the 112 dispatcher".
PHONE_AFTER = {"call", "calls", "caller", "callers", "dispatcher", "dispatchers", "operator", "operators",
               "hotline", "emergency"}
MONEY_WORDS = {"dollars", "pounds", "euros", "usd", "percent", "per",
               # "Rs 2 lakh each", "5 million naira", "200,000 shillings"
               "lakh", "lakhs", "crore", "crores", "rupees", "naira", "shillings", "cedis", "rand", "pesos", "yuan",
               "francs", "dinars", "riyals", "dirhams", "taka", "birr", "afghanis", "hryvnias", "rubles", "roubles"}
# A currency before an amount: "Rs 50,000 for the injured", "$10,000", "US$ 5,000", "KSh 100,000", "₦50,000"
MONEY_LEAD = r"(?i)(?:[$£€¥₹₦₱₩₺₵]|\b(?:Rs|INR|USD|US\$|EUR|GBP|KSh|Ksh|NGN|PKR|Tk|GH₵|R\$|CFA)\.?)\s*$"
# An age, not a count: "children under the age of twelve", "ages 5 to 12", "aged between 20 and 30"
AGE_LEAD = r"\b(?:aged|ages?)\s+(?:of\s+|between\s+)?$"
# A bare count with "more" and no verb of its own, after a toll of the same sentence: more of the
# same kind, the verb left out ("16 bodies were recovered on Sunday and seven more on Monday",
# "Five people died at the scene and two more in hospital"; not "seven more than last year").
MORE_ELLIPSIS = (r"(?i)\s+more\b(?!\s+than\b)(?=\s*(?:[,.;:]|$)|\s+(?:on|in|at|by|later|overnight|the\s+next|the\s+following|"
                 r"this|that|during|after|before|from|near|across|inside|outside|beside|behind|under|along|nearby|"
                 r"there|elsewhere|when|as|while|since|yesterday|today|tonight|early|late)\b)")
MORE_ELLIPSIS_LEAD = r"(?i)\b(?:and|while|with)\s+(?:at\s+least\s+|about\s+|nearly\s+|some\s+)?$"
# ... and a bare count with a place of its own and nothing else, after "and": the same kind at
# another place, the verb left out ("62 people had died in Baghlan and 50 in neighbouring Takhar
# province"; not "in March", "in 2023", "in two attacks"), where they were first if said ("12 in a
# school in Gaza City and eight in a house in Khan Younis").
PLACE_ELLIPSIS = (r"\s+(?:(?:in|at|inside)\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:house|home|school|mosque|church|"
                  r"hospital|market|camp|building|tent|shelter|apartment|car|vehicle|bus)s?\s+)?"
                  r"(?:in|at|across|inside)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|adjacent|northern|southern|eastern|"
                  r"western|central|north|south|east|west)\s+)?(?!(?:January|February|March|April|May|June|July|August|"
                  r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                  r"The|This|That|All|Total)\b)[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+){0,3}"
                  r"(?:\s+(?:province|state|district|county|region|city|town|village|governorate|area))?(?=\s*(?:[,.;]|$))")
# A figure that replaces its source's earlier one ("later revised the toll to three", "lowered the
# death toll to 12", "corrected the figure to 40"), and one said to have been replaced ("police
# initially said four", "had earlier put the toll at 300", "an earlier figure of 15").
REVISED_LEAD = (r"\b(?:revised|revising|revises|lowered|lowering|lowers|corrected|correcting|corrects|downgraded|"
                r"reduced|adjusted|amended)\s+(?:(?:its|the|their|that|this|his|her)\s+)?(?:(?:death|casualty)\s+)?"
                r"(?:toll|figure|number|count|tally|estimate)?\s*(?:(?:down(?:ward|wards)?|up(?:ward|wards)?)\s+)?to\s+"
                r"(?:(?:at least|about|around|some)\s+)?$")
# ... the same with a long subject between the verb and "to": "revised the death toll in Saturday
# night's shooting at a tavern in Umlazi down to seven"
REVISED_LONG_LEAD = (r"\b(?:revised|revising|revises|lowered|lowering|lowers|corrected|correcting|corrects|downgraded)\s+"
                     r"(?:(?:its|the|their)\s+)?(?:(?:death|casualty)\s+)?(?:toll|figure|tally)\b[^.;]{0,140}?"
                     r"\b(?:down(?:wards?)?|up(?:wards?)?)\s+to\s+(?:(?:at least|about|around|some)\s+)?$")
SUPERSEDED_LEAD = (r"\b(?:initially|originally|at first|first|earlier|previously)\s+(?:(?:said|reported|put|gave|"
                   r"announced|stated|had|given|been|put the (?:death )?toll at|given as|reported as)\s+){1,3}"
                   r"(?:(?:that|as|at|the|toll|death|figure)\s+){0,3}(?:(?:at least|about|around|some)\s+)?$|"
                   r"\ban? (?:earlier|initial|previous|original|first) (?:death )?(?:toll|figure|count|tally|estimate) of\s+$|"
                   # a correction: "An earlier version of this story said 15 people died"
                   # ("An earlier version of this story, citing a hospital official, incorrectly said 61")
                   r"\ban? (?:earlier|previous) version of (?:this|the) (?:story|article|report)(?:\s*,[^,.;]{1,80},)?\s+"
                   r"(?:(?:incorrectly|wrongly|erroneously|mistakenly)\s+)?(?:said|reported|gave|stated)"
                   r"\s+(?:that\s+)?(?:(?:at least|about|around|some)\s+)?$|"
                   # ... or any figure said to be wrong: "police had wrongly reported that 12 people died"
                   r"\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:said|reported|gave|stated|put the (?:death )?toll at)"
                   r"\s+(?:that\s+)?(?:(?:at least|about|around|some)\s+)?$|"
                   r"\bto\s+(?:at least\s+)?(?:[\d,]+|[a-z]+(?:-[a-z]+)?)\s+from\s+(?:the\s+|an? (?:earlier|initial|previous)\s+)?$|"
                   # "Earlier on Sunday, officials had put the toll at 320"
                   r"\b(?:earlier|initially|at first)\b[^.;]{0,60}?\bhad\s+(?:put|given|set|estimated|reported)\s+"
                   r"(?:the\s+(?:death\s+)?(?:toll|figure|number)\s+)?(?:at|as)\s+(?:(?:at least|about|around|some)\s+)?$")
# Between two counts of one list sharing the verb after it: "Six adult males and a 15-year-old
# boy were wounded" (commas and "and" only: "Five were killed, two soldiers and ..." has a verb)
LIST_GAP = r"\s*(?:,\s*(?:(?:and|as well as)\s+)?|(?:and|as well as)\s+)"

# The words before a count that make it a toll by themselves (lower case, end of the text
# before the count): a toll noun ("the death toll has risen to"), an active verb ("killing").
TOLL_LEAD = (r"(?:death toll|casualty toll|toll of (?:the )?(?:dead|killed|victims)|"
             r"\b(?:earlier|initial|previous|original|first) (?:death )?toll of|"
             # another source's figure of the same dead: "authorities gave a lower toll of 59"
             r"\b(?:lower|higher|smaller|larger|official|different|separate|conflicting|revised|updated|new) toll of|"
             r"\btoll\b(?:[^.;$]|(?<=\d)\.(?=\d)){0,60}?(?:risen|rose|rises|climbed|climbs|reached|reaches|stood at|stands at|"
             r"jumped|jumps|increased|increases|raised|revised(?:\s+(?:up|down)(?:wards?)?)?|lowered|corrected)(?: to)?|"
             # a live update's shorthand: "Toll now 26 including 14 soldiers"
             r"\btoll now\b|"
             r"number of (?:dead|deaths|people killed|victims)|number (?:of people )?killed\b|fatalities|\bbodies of(?: the)?|"
             # what is left of the dead: "the remains of at least 15 people were found"
             r"\bremains of(?: the)?|"
             # "the government earlier put the toll at 300"
             r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating)\s+(?:the\s+|its\s+)?toll\b)"
             # (not the subject of a clause of its own: "the death toll could rise, as more than 15
             # people were wounded"; but "fatalities coded as 7", "put the toll as high as 20")
             r"(?![^\n]*(?:(?<!high )(?<!many )(?<!low )(?<!much )(?<!coded )(?<!given )(?<!listed )(?<!recorded )(?<!reported )(?<!estimated )(?<!put )(?<!stated )\bas|\bbecause|\bwhile|\bwhereas)\s+(?:(?:more than|over|at least|about|around|nearly|almost|some|approximately)\s+)?$)"
             # (not past a "but": "No fatalities were reported, but 6 houses were destroyed")
             r"(?:(?!\bbut\b)[^.;]){0,40}?(?:to|of|at|reached|reaching|exceeded|exceeding|surpassed|stood at|stands at|is|was|rose to|risen to|climbed to)?\s*"
             r"(?:more than|over|at least|about|around|nearly|almost|some|approximately)?\s*$")
TOLL_NOUN_LEAD = r"(?:death|casualty) toll\b"
# Everyone a craft carried: "A plane carrying five people crashed, killing all on board" (the
# count after CARRYING_LEAD earlier in the sentence; "all 132 on board" has its own count).
ALL_ABOARD = (r"(?i)\b(?:killing|killed|kills|kill)\s+(?P<all>all|everyone|everybody)\s+"
              r"(?:(?:the\s+)?(?:people|passengers|persons|occupants)\s+)?(?:on\s*board|aboard|inside)\b")
CARRYING_LEAD = r"(?i)\b(?:carrying|transporting|with|had)\s+(?:(?:at least|about|around|some)\s+)?$"
# A count a toll's words reach past a preposition of place or time is what the event happened in
# or to, not the toll: "The death toll from Tuesday's police raid in two favelas has risen to 64"
# (the toll is 64; "at" and "to" stay: "put the toll at 300", "rose to 64").
TOLL_LEAD_PAST_PLACE = r"(?i)\b(?:in|on|across|near|between|among|during|against|inside|outside|within)\s+(?:the\s+)?$"
# ... and the same when the toll's subject is long ("The death toll from Friday's landslide in
# Papua's Enga province has climbed to 670"): up to 160 characters back, the verb right before the count.
# ... or the other way round, the verb first: "raising the toll from last week's bus bombing in
# Quetta to 14".
TOLL_RISE_LEAD = (r"(?:\b(?:toll|number of (?:dead|deaths|people killed|victims|those killed)|number (?:of people )?killed)\b"
                  r"(?:[^.;]|(?<=\d)\.(?=\d)){0,140}?\b(?:risen|rose|rises|climbed|climbs|reached|reaches|jumped|jumps|"
                  r"increased|increases|stood at|stands at|(?:revised|corrected)(?:\s+(?:down|up)(?:wards?)?)?|lowered|raised|"
                  r"fallen|fell|dropped|passed|surpassed|exceeded|topped)(?: to)?"
                  r"|\b(?:bringing|raising|taking|pushing|lifting|brought|raised|took|pushed|lifted|"
                  # ("revised the death toll in Saturday's shooting at a tavern down to seven")
                  r"revised|revising|revises|revise|lowered|lowering|corrected|correcting)\s+(?:the\s+|its\s+)?"
                  # (a possessive between: "bringing the day's toll to 31", "raising Saturday's death toll to 12")
                  r"(?:[a-z]+['’]s\s+)?(?:overall\s+|total\s+|official\s+|death\s+)?(?:toll|tally)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,140}?"
                  r"\b(?:(?:down|up)(?:wards?)?\s+)?to)"
                  r"\s*(?:more than|over|at least|about|around|nearly|almost|some|approximately)?\s*$")
# ... of them, one said with the day it runs from: a running total, whatever the sentence's other
# tolls are ("killed 36 over the past 24 hours, raising the death toll since October 7 to 31,553")
RUNNING_RISE_LEAD = (r"(?i)\b(?:bringing|raising|taking|pushing|lifting)\s+(?:the\s+|its\s+)?(?:overall\s+|total\s+|death\s+)?"
                     r"(?:toll|tally)\s+(?:since|from)\b[^.;]{1,60}?\bto\s*(?:more than|over|at least|about|around|nearly|almost)?\s*$")
# Lives taken: "claimed another 20 lives", "cost 12 lives" (the count before "lives").
LIVES_LEAD = (r"(?:claimed|claiming|claims|cost|costing|costs|took|taking|takes|taken)\s+(?:the\s+)?"
              r"(?:another\s+|a further\s+|an additional\s+)?(?:at least\s+|more than\s+|over\s+|about\s+|"
              r"around\s+|nearly\s+|some\s+|up to\s+)?$")
LIVES_AFTER = r"\s+(?:more\s+|innocent\s+|civilian\s+|human\s+)?lives\b"
ACTIVE_LEAD = (r"(?:(?:fatally|mortally)\s+)?(?:(?:deaths?|killings?|murders?|injury|injuries|wounding|beheadings?|massacres?|executions?|slaughter|lynchings?) of|shot dead|shooting dead|shoots? dead|shot and killed|shooting and killing|shoots? and kills?|gunned down|gunning down|"
               r"(?:hacked|hacking|stabbed|stabbing|beat|beaten|beating|burned|burnt|burning|stoned|stoning) to death|"
               r"beheaded|beheading|beheads?|massacred|massacring|massacres?|murdered|murdering|murders?|"
               r"slaughtered|slaughtering|slaughters?|butchered|butchering|slays?|slaying|executes?|assassinat(?:ed|ing|es?)|"
               r"lynched|lynching|lynch(?:es)?|"  # "a mob lynched two men"
               r"(?:killing|wounding|injuring),|"  # "killing, ten and wounding 25": a stray comma
               r"killing|killed|kill|kills|leaving|left|(?:claimed|claiming|cost|costing) the lives of|wounding|wounded|wounds|wound|injuring|injured|injures|injure|"
               r"hurting|hurts|hurt|"  # ("hurting 35 people", "the explosion hurt 12 people")
               # armies' communiqués: "troops neutralised 15 terrorists"
               r"neutrali[sz](?:ed|ing|es?)|eliminat(?:ed|ing|es?)|"
               # ... and South Asian copy of the state's dead: "attacked a check post, martyring two soldiers"
               r"martyring|"
               r"displacing|displaced|arresting|arrested|detaining|detained|executed|executing|abducted|kidnapped|"
               r"abducts?|kidnaps?|"  # (a headline's: "Gunmen abduct 38 worshippers, kill pastor")
               r"shooting|shot|stabbing|stabbed|kidnapping|abducting|capturing|injuries to|wounds to)\s+"
               r"(?:(?:himself|herself) and )?(?:(?:his |her |their |its |the )(?:other |remaining )?|an additional |another |"
               r"a further |other |remaining |all (?:the )?)?"
               r"(?:at least |more than |over |about |around |nearly |some |up to |as many as )?$")
# Who died (or was hurt) with the one before, their verb before them: "was killed along with three
# other officers and two policemen were wounded" (the three killed; the verb after is the next list's)
ALONG_WITH_LEAD = (r"\b(?P<verb>killed|died|shot dead|wounded|injured|hurt)\s+(?:along|together)\s+with\s+"
                   r"(?:(?:his|her|their|the)\s+)?(?:(?:at least|more than|about|some)\s+)?$")
# Between a toll and a smaller count after it, the words that make the count the cause of the
# toll's rise, so a part of it: "the toll rose to nine after two bodies were pulled out".
RISE_CAUSE = r"\b(?:after|as|when|following|with)\b"
# ... and the other way round, the smaller figure first: "two more bodies were found, bringing the
# death toll to 14" (the two are among the 14).
RISE_TO = r",\s+(?:bringing|raising|taking|pushing|lifting)\b"
# A higher figure said as a possibility after a toll's count, right before that figure: "At least
# 12 people, and possibly as many as 15, died" (its high end, never a count of its own)
_PERHAPS = r"possibly|perhaps|maybe|probably|potentially|likely|or even|if not"
PERHAPS_MORE = rf"(?i)[^.;]{{0,60}}?,\s*(?:and\s+|or\s+|but\s+)?(?:{_PERHAPS})\s+"
PERHAPS_WORD = rf"(?i)\b(?:{_PERHAPS})\b"
# A count, then the toll it is one of, told after it: "Seven members of one family ... were among
# 12 people killed" (the seven of the twelve, not a lower figure)
AMONG_TOTAL = r"(?i)\b(?:were|was|are|is)\s+(?:also\s+|reportedly\s+)?among\s+(?:the\s+)?(?:(?:at\s+least|more\s+than|some|about|nearly|over)\s+)?$"
# "six militants were also killed", "the blast also killed a guard": more dead beside the toll
# already given, not a part of it.
# "another man died": one more beside those already counted
ANOTHER = r"(?i)another\b"
# After a count, more people than a toll before it of the same outcome: "a soldier was killed
# and two others died", "... and three more were wounded".
# ("the two others died": the rest of a group already counted; the outcome must be their own verb's,
# not one borrowed from before: "killing eight and injuring eight others")
OTHERS_AFTER = (r"(?i)\s+(?:others|other people|more(?:\s+(?!(?:were|was|have|had|are|got|than|wounded|injured|killed|hurt|dead|died)\b)[a-z]+){0,2})\s+"
                r"(?:(?:were|was|have been|had been|are|got)\s+)?"
                r"(?:\w+ly\s+)?(?P<verb>\w+)")
OTHERS_NOT_AFTER = r"(?i)\bthe\s+$"
# ... "another" alone, one more person: "killed two police officers and wounded another",
# "One soldier was killed and another injured"
ANOTHER_ALONE = (r"(?i)\b(?P<noun>another)(?:\s+one)?(?=\s*[,.;]|\s*$|\s+(?:was|were|is|has|had|later|wounded|injured|hurt|killed|dead|"
                 r"died|in|at|near|on|during|when|as|after|before|while|and|but|sustained|suffered|escaped|survived)\b)")
# "a third person has died", "a fourth victim died later": the toll is now that many, all told
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
            "tenth": 10}
ORDINAL_ONE = r"(?i)(?:an?|the)\s+(%s)\b(?!-)" % "|".join(ORDINALS)  # (not a rank in a compound: "a seventh-grade pupil")
# One more person by their rank alone, before a verb or a clause's end: "Three men were killed
# and a fourth was injured", "killed three people and injured a fourth."
ORDINAL_NOUN = (r"(?:%s)(?=\s+(?:was|were|is|has|had|died|later|before|after|when|as|and|in|at|near|inside|outside|on|"
                r"during|while)\b|\s*[,.;]|\s*$|"
                # "and a fourth wounded in a store" (not "a fourth wounded juvenile": an adjective)
                r"\s+(?:wounded|injured|hurt|killed|dead)(?=\s*[,.;]|\s*$|\s+(?:in|at|on|by|near|when|while|during|after|as)\b))"
                % "|".join(o for o in ORDINALS if o != "second")
                # "a second" only before what happened to a person: "One man died at the scene; a
                # second died in hospital" (not "a second later", "a second was enough")
                + r"|second(?=\s+(?:died|dies|succumbed|(?:later\s+)?died|was\s+(?:killed|shot|wounded|injured|hurt|"
                  r"stabbed|pronounced)|is\s+(?:dead|in)|has\s+died)\b)")
# An unnamed place beside the one named, in a toll's own clause: "a day after a strike on a
# nearby village killed seven" is another event, beside the named place's toll, not a version of it.
ANOTHER_PLACE_LEAD = (r"(?i)\b(?:an?|another)\s+(?:nearby|neighbou?ring|adjacent|different|separate)\s+"
                      r"(?:village|town|city|hamlet|neighbou?rhood|district|area|camp|locality|settlement)\b[^,;.]{0,40}$")
# A figure under its label, as casualty tables and updates give them: "Killed: 6", "Injured: 87",
# "Dead: 12, injured: 30" (the label opens the line or follows a comma or semicolon).
LABEL_LEAD = (r"(?:^|[\n,;]\s*)(?P<label>killed|dead|deaths|injured|wounded|injuries|missing|displaced)\s*[:=]\s*$"
              # ... or said to number it: "The dead numbered 40", "among the wounded, who numbered at least 13"
              r"|(?i:\b(?P<noun>dead|deaths|wounded|injured|injuries|casualties|missing|displaced)(?:,?\s+who)?\s+"
              r"(?:numbered|number|totall?ed|totals|totall?ing)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|around\s+|"
              r"nearly\s+|some\s+|almost\s+)?$)")
# A sentence that opens on another event of the same day and place: its tolls are more dead, beside
# the ones told before, never another figure for them ("In a separate incident, three people were
# killed at a bus station in the city", "Separately, ...", "In another attack, ...").
SEPARATE_EVENT_OPEN = (r"(?i)\s*(?:in\s+(?:a\s+separate|another|a\s+second|a\s+third|an\s+unrelated)\s+"
                       r"(?:incident|attack|shooting|raid|ambush|blast|explosion|bombing|case|strike|clash|incidents|attacks)|"
                       r"separately|in\s+separate\s+(?:incidents|attacks|shootings)|"
                       # ... or on the same day elsewhere: "On the same day, a trainer north of Baghdad ..."
                       r"(?:on\s+)?the\s+same\s+day(?=\s*,)|elsewhere(?=\s*,)|in\s+other\s+(?:violence|attacks|incidents)|"
                       # ... or earlier or later that day, an event and not a figure said then ("Earlier in
                       # the day, drones struck army positions south of the city, killing three soldiers";
                       # not "Earlier that day, officials had put the toll at 40")
                       r"(?:earlier|later)\s+(?:in\s+the|that)\s+day(?=\s*,)(?![^.;]*\btolls?\b)|"
                       # ... or a like event some time after the one told: "Hours later another explosive
                       # device, placed near a grocer's shop, went off, killing one person"
                       r"(?:hours|minutes|days|a\s+day|a\s+week|(?:two|three|several)\s+(?:hours|days))\s+(?:later|afterwards)\s*,?\s+"
                       r"(?:another|a\s+second|a\s+third)\s+(?:[\w-]+\s+){0,2}?(?:bomb|bombs|device|explosive|blast|explosion|attack|"
                       r"bomber|IED|shooting|ambush|strike|airstrike|car\s+bomb))\b")
# ... or that says so after its tolls: "Five civilians were killed and 30 others injured in another
# attack with mortar shells in the city" (more dead beside those told before, not a figure for them).
SEPARATE_EVENT_IN = (r"(?i)\b(?:in|during)\s+(?:another|a\s+separate|an\s+unrelated|a\s+different)\s+(?:[a-z-]+\s+){0,2}?"
                     r"(?:incident|attack|shooting|raid|ambush|blast|explosion|bombing|strike|airstrike|clash|assault)s?\b|"
                     # ... or somewhere else in the area told of: "21 militants were killed in clashes
                     # elsewhere in the province"
                     r"\belsewhere\s+(?:in|across)\s+(?:the|this|that)\s+(?:province|state|region|country|city|district|county|"
                     r"governorate|oblast|territory|area)\b")
ALSO_AFTER = (r"(?:\s+(?:in|at|on|inside|near|from)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?:\s+and)?)?"  # ("a passenger in another car was also hurt")
              r"\s+(?:(?:were|was|are|is|have|has|had)\s+(?:been\s+)?)?(?:also\b|as well\b)")
ALSO_LEAD = (r"\balso\s+(?:killed|killing|kills|left|leaving|claimed|claiming|took|wounded|wounding|injured|injuring)\s+"
             r"(?:the\s+lives\s+of\s+|(?:\w+\s+)?)$"
             # the dead of a reprisal are more dead: "In retaliation, at least 20 rebels were killed"
             r"|\bin\s+(?:retaliation|reprisal|response)\s*,\s*(?:\w+\s+){0,2}$"
             # ... and so are those "in addition to" the ones told: "four injured, in addition to 3 civilians"
             r"|\b(?:in addition to|besides|on top of)\s+(?:(?:at least|another|a further|some)\s+)?$"
             # ... and "an additional two", "with another three wounded": more than those told (not "a further
             # eleven wounded" after a part of a round-up: more than its dead, of the whole told before)
             r"|\b(?:an\s+additional|with\s+another)\s+$")
# An event told before, named again by its noun: "officials said 30 people had died in the bombing"
# (a figure for that event, whatever day it is said on; not a new event of that day)
EVENT_TOLD_BEFORE = (r"(?i)\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:attack|attacks|assault|blast|bombing|explosion|strike|"
                     r"airstrike|air\s+strike|raid|shooting|ambush|massacre|killings?|incident|violence|clashes|fighting|"
                     r"crash|fire|collapse|stampede)\b")
# "a family of four", "a family composed of 9": that many people, a family's
FAMILY_OF = (r"(?i)\b(?:a|the|one|his|her|their|an entire|a whole)\s+family\s+(?:of|composed of|made up of)\s+"
             r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b")
# ... and an aside between them and their verb: ", including nine-year-old twin boys,"
ASIDE = r"\s*(?:,[^,.;]{1,60},|\([^()]{1,60}\))"
# "eight hostages and three soldiers": the words after a count's number up to the next count of
# its list (no verb of a clause of its own between).
LIST_JOIN = (r"(?:\s+(?!(?:were|was|are|is|been|had|have|has|who|while|when|after|before)\b)[a-z][\w’'-]*){0,3}"
             r"(?:\s*\(\s*[A-Z][A-Z0-9&.-]{1,9}\s*\))?"  # ("14 volunteer fighters (VDP) and six soldiers")
             r"(?:\s*,\s*(?:(?:aged\s+)?\d{1,3}|(?:a|an|the)\s+[^,.;:()]{1,60}?)(?=\s*,))?"  # ("Ana Ruiz, a teacher, and her son")
             # ("a trader and his two sons"; a comma alone in a list: "a farmer, a trader and two herders")
             # (not a part of the one before: "Four civilians, two of them children")
             r"\s*(?:,\s*(?:(?:and|as well as)\s+|(?![\w-]+\s+of\s+(?:them|whom|those|the)\b))|(?:and\s+|as well as\s+))"
             r"(?:(?:his|her|their)\s+)?")
# "taking 17 hostage", "held 40 captives": people held, never a toll of the dead.
CAPTIVE_NOUNS = frozenset("hostage hostages captive captives".split())
TAKEN_LEAD = (r"\b(?:take|takes|took|taken|taking|hold|holds|held|holding|seize|seized|seizing)\s+"
              r"(?:(?:at least|more than|about|some|nearly|around|over)\s+)?$")
# Before fighters or members of the security forces: no longer under arms, so civilians.
FORMER_WORDS = frozenset("former ex retired demobilised demobilized".split())
# Between two people counted together: "a soldier and a policeman were shot dead", "killing a
# farmer as well as a child".
PERSON_JOIN = r"(?:and|as well as)"
# A person or a count in a list of counted objects of an active verb ("killing three soldiers, two
# policemen and a civilian"): {number} is a count's first word; a person ends a clause
# A verb of its own between two counts of a list: the later count is that verb's object, not
# the list's ("killing seven guests and abducting the bride and 15 others", "killed two and took
# 15 hostages"). Outcome verbs never reach here (they give the count its outcome).
# A clause of its own after a toll: what the people counted in it did, not what befell them ("Four
# people were wounded after two shooters appeared": the shooters are no wounded).
SUBORDINATE = r"(?i)\b(?:after|before|when|while|because|until|once|as soon as)\b"
# ... which holds no "N others" after "and" with a place and no verb of their own: the main clause's
# verb left out ("Eight people were killed when a house was hit in Nuseirat and five others in Rafah")
OTHERS_PLACE_GAP = (r"\s+others\s+(?:in|at|near|inside|on)\s+(?:(?!(?:was|were|is|are|had|has|have|been)\b)[\w’'-]+[ \t]+){0,10}?"
                    r"(?!(?:was|were|is|are|had|has|have|been)\b)[\w’'-]+(?=\s*(?:[,;.]|$))")
OTHER_VERB = (r"(?i)\b(?!(?:including|comprising|according|during|following|involving|nothing|something|"
              r"morning|evening|building|wedding|ceiling|bring|thing|king|spring|string|ring|wing|sibling|"
              r"offspring|darling|duckling|seedling|ageing|aging|being|shooting|bombing|fighting|funding)\b)"
              r"(?:[a-z]{3,}ing|took|takes|seized|captured|held|freed|rescued|burned|burnt|torched|stole|set|kidnapped|abducted|arrested|detained|"
              # what befell people before some of them died: "four schoolgirls ... were assaulted by six men
              # who beheaded three of them" (the four were not all killed)
              r"assaulted|raped|robbed|beaten|threatened|harassed)\b")
LIST_LAST = (r"(?i)\b(?P<verb>killing|killed|kills|wounding|wounded|injuring|injured|(?:deaths?|killings?|murders?|injur(?:y|ies)) of)\s+(?:(?:at least|some|about)\s+)?"
             r"(?:{number})\s+[\w’'-]+(?:\s+[\w’'-]+){{0,3}}?(?:,\s*(?:{number})\s+[\w’'-]+(?:\s+[\w’'-]+){{0,3}}?){{0,3}}"
             r"(?:,\s*(?:(?:and|as well as)\s+)?|\s+(?:and|as well as)\s+)$")
CLAUSE_END_AFTER = (r"\s*(?:[,.;:)]|$)|\s+(?:in|at|on|near|and|during|when|while|after|before|as|who|from|with|inside|"
                    r"outside|by|of)\b")
# "a member of the Iraqi Federal Police": the "of" phrase after a person noun, which may say their side.
OF_PHRASE = r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}[\w-]+"
# "including 231 security forces": a breakdown of the total before it.
BREAKDOWN_LEAD = r"(?:including|includ(?:ed|es|ing)|among them|of whom|of them|comprising)\s+(?:\w+\s+){0,3}$"
BREAKDOWN_JOIN = r"[\s,]*(?:and|as well as)?\s*"
# "killed ten people, three of them gunmen": a part of the toll before, named after its count.
BREAKDOWN_AFTER = r"\s+of\s+(?:them|whom|those)\s+(?:were\s+)?(?!died|dead|killed|fatally|wounded|injured|hurt)\w"
# "many of these deaths" points back at a toll already counted; "how many residents": no amount.
BACK_REFERENCE = r"\s+of\s+(?:these|those|them|the|its|their|our|your|his|her|us)\b"
NO_AMOUNT_BEFORE = r"(?i)\b(?:how|so|too|as)\s+$"
# A sentence that adds parts to the previous sentence's total.
INHERITS_TOTAL = (r"(?i)\s*(?:this|that|these|it|they|the toll|the figure)\s+(?:also\s+)?"
                  r"(?:included|includes|including|comprised|comprises)")
# A figure said not to be given: its outcome word says nothing of the counts near it ("it had hit
# over 10 terrorists but did not give a number of deaths").
NO_FIGURE = (r"(?i)\b(?:did not|didn['’]t|does not|doesn['’]t|would not|wouldn['’]t|declined to|refused to|without)\s+"
             r"(?:give|giving|provide|providing|say|saying|specify|specifying|disclose|disclosing|report|reporting|"
             r"confirm|confirming|release|releasing|comment on)\s+(?:a|any|the|how many)?\s*"
             r"(?:(?:number|figure|toll|details|count|tally)\s+(?:of\s+)?)?(?:deaths|dead|casualties|fatalities|killed|"
             r"injuries|injured|wounded|people were (?:killed|hurt|injured|wounded))\b")
# A total ("in all"), as opposed to one category's figure.
TOTAL_WORDS = (r"(?i)total|overall|in all|altogether|\btoll\b(?!\s+(?:road|booth|plaza|gate|bridge)s?\b)|"
               r"\bnumber of (?:the )?(?:dead|deaths|people killed|victims|fatalities)\b")
# A closing count, a sentence of its own as conflict-event notes end: "Fatalities: 2.", "3
# fatalities." (the note's total, of the source of the figures before it).
CLOSING_COUNT = (r"(?i)\s*(?:(?:total\s+|reported\s+)?fatalities\s*(?:[:=-]|(?:(?:are|were|was|is)\s+)?(?:coded|estimated|put|reported)\s+(?:as|at))\s*(?:\d[\d,]*|[a-z]+)|"
                 r"(?:\d[\d,]*|[a-z]+)\s+(?:reported\s+)?fatalit(?:y|ies))\s*[.;]?\s*$")

# A comparison that names a period without making the figure the period's: "one of the
# deadliest attacks in the region this year" (left out before looking for CUMULATIVE).
# ("the third such killing this year": the event's rank, not the period's toll)
# One operation's days: its toll, not a period's of many events ("killed at least 28 people during an
# operation in Guarujá over the past week"; a month's is left a period's)
OPERATION_DAYS = (r"(?i)\b(?:during|in)\s+(?:an?|the|a\s+[\w-]+|its|their)\s+(?:[\w-]+\s+){0,2}?(?:operations?|raids?|"
                  r"offensive|siege|assault|manhunt)\b[^.;]{0,80}?\b(?P<period>(?:over|in|during)\s+the\s+(?:past|last|previous)\s+"
                  r"(?:(?:few|several|two|three|four|five|six|\d+)\s+)?(?:week|days)\b)")
SUPERLATIVE_CLAUSE = (r"(?i)\b(?:one of )?the (?:[\w’'-]+['’]s )?(?:deadliest|worst|bloodiest|largest|biggest|most \w+|"
                      r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th)) "
                      r"(?:such|major|deadly|fatal)?\s*"
                      r"(?:killing|attack|incident|shooting|bombing|massacre|strike|raid|death)s?)\b"
                      # (up to a predicate of its own: "the largest gang in the region and is blamed for
                      # killing more than 100 people since last year")
                      r"(?:(?!\s+and\s+(?:is|was|are|were|has|have|had)\b)[^.;,])*"
                      # ... and a rank with its noun left out, in apposition: "The attack, the 14th this year in
                      # the district, left three police officers dead"
                      r"|,\s*the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                      r"(?:\s+such)?\s+(?:(?:this|so far this|in the past|over the past|since)\b[^.;,]*)")
# Where a sentence's clause ends, for which toll a period's words speak of ("..., bringing the
# number killed this year to 190": the 190's clause, not the first toll's).
CLAUSE_BREAK = (r"(?i),\s+(?:bringing|raising|taking|pushing|while|whereas|but)\b|;|\s[—–]\s|"
                # a relative clause of the place: "..., in the Muslim-majority region, where more than
                # 7,000 people have been killed since 2004"
                r",\s+where\b|"
                # ... with no comma, where the relative clause tells its own period: "the latest violence
                # in the region where more than 7,000 people have been killed since 2004"
                r"\s(?=(?:from\s+)?where\b(?:[^,;.]|(?<=\d)[,.](?=\d))*\b(?:since|so\s+far|this\s+year)\b)|"
                # a relative clause of its own toll: "a war ... that has killed more than 1,200 people"
                r",?\s+(?:which|that)\s+(?:has|have|had)\s+(?:so far\s+|now\s+|already\s+)?(?:killed|left|claimed)\b")
# A part of a period's toll told with its own day: "has killed 38 people since March, including six
# in Nairobi on Tuesday night" (the six are that night's dead, not the season's context); up to the
# part's clause end.
DAY_OF_PART = (r"(?i)[^,;.]{0,80}?\b(?:(?:on|late|early|last)\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
               r"yesterday\b|overnight\b|last\s+night\b|this\s+(?:morning|afternoon|evening)\b|today\b|"
               r"(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:day\b|24\s+hours\b))")
# ... a bare count of such a part, its day right after it: "killed 31,553 since October 7, including
# 36 over the past 24 hours" (36 of the same people, that day's)
BARE_PART_DAY = (r"(?i)\s+(?:(?:on|late|early)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|yesterday\b|"
                 r"overnight\b|last\s+night\b|today\b|(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:day\b|24\s+hours\b))")
# A figure for a whole war, campaign or period ("since the war began", "this year", "in the
# conflict"): context for its area and period, never counted again on the map as new deaths.
CUMULATIVE = (r"(?i)\b(?:since the (?:war|conflict|uprising|revolution|insurgency|invasion|offensive|crisis|fighting|"
              r"outbreak|epidemic|pandemic|rainy season|rains|"
              # a wave's figure: "at least 30 people have been killed since the protests began in June"
              r"protests|demonstrations|unrest|riots|crackdown)"
              r"(?: (?:began|started|broke out|erupted))?|since the (?:start|beginning|outbreak) of|since (?:it|they) began|"
              r"since (?:(?:early|mid|late|the (?:start|beginning|end) of)[- ])?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* )?(?:19|20)\d\d\b|"
              r"since (?:(?:early|mid|late|the (?:start|beginning|end|middle) of)[- ])?"
              r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s*\d)|"
              # "since Russia's full-scale invasion", "since the army's offensive began"
              # ("since the 2021 coup": a year among the words between)
              r"since (?:the |[a-z]+['’]s )(?:[\w-]+ ){0,3}(?:war|conflict|uprising|revolution|insurgency|invasion|offensive|crisis|fighting|siege|coup)\b|"
              # ... or since a seizure of power: "since the army seized power in February 2021", "since
              # the Taliban takeover"
              r"since (?:the |[a-z]+['’]s )?(?:[\w-]+ ){0,2}(?:seized|took|grabbed|came to|returned to) power\b|"
              r"since (?:the |[a-z]+['’]s )(?:[\w-]+ ){0,2}(?:takeover|putsch)\b|"
              # "killed in Israeli attacks since October 7": many events' figure, whatever the day
              r"\b(?:in|by|from)\s+(?:[\w-]+\s+){0,2}(?:attacks|strikes|airstrikes|air strikes|raids|bombings|bombardments|"
              r"clashes|operations|assaults)\s+since\b|"
              # a week's or a month's figure over a whole area: "Violence across Afghanistan this week
              # killed at least 40" (a round-up of events; not "an attack this week killed three")
              r"\bacross\b[^.;]{0,60}?\b(?:this|last|the past|the last|over the past)\s+(?:week|month|weekend)\b|"
              # ("across Chicago over the long Fourth of July weekend"; a headline's "across city over weekend")
              r"\bacross\b[^.;]{0,60}?\b(?:over|during)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}(?:week|weekend|month)\b|"
              r"\b(?:this|last|the past|the last)\s+(?:week|month)\b[^.;]{0,60}?\bacross\b|"
              # ... or a named month's: "killed in militant attacks across Balochistan in March"; and a
              # periodic report's: "according to a monthly report by ..."
              r"\bacross\b[^.;]{0,60}?\b(?:in|during)\s+(?:the\s+month\s+of\s+)?(?:january|february|march|april|may|june|july|"
              r"august|september|october|november|december)\b(?!\s+\d)|"
              r"\b(?:monthly|weekly|quarterly|annual|yearly|year-end|half-yearly)\s+(?:report|tally|count|figures?|data|review|bulletin)\b|"
              r"so far this year|this year|last year|in (?:19|20)\d\d\b|throughout the (?:war|conflict)|"
              # a figure of something that began long ago, told in a relative clause: "The violence in
              # Cabo Delgado, which began in October 2017, has killed more than 4,000"
              r"\b(?:which|that)\s+(?:began|started|erupted|broke\s+out)\s+(?:in\s+(?:(?:early|mid|late)[- ])?"
              r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?"
              r"(?:19|20)\d\d\b|(?:\w+\s+)?(?:years|decades)\s+ago\b)|"
              # a yearly rate: "Lightning kills about 300 people in Bangladesh every year"
              r"\b(?:every|each|per)\s+year\b|\bannually\b|\ba\s+year\s+on\s+average\b|"
              r"over the course of the (?:war|conflict)|during the (?:war|conflict|civil war)|"
              # (not a place's epithet: "in the insurgency ridden province", "in the conflict zone")
              # ("the death toll in the Gaza war", "in the Syrian civil war": a war by its name)
              # ... and a toll from or of it: "the death toll from the war had risen to 43,985"
              r"(?:in|(?:toll|deaths|dead)\s+(?:from|of)) the (?:[\w'’-]+\s+){0,2}?(?:war|conflict|civil war|insurgency)\b(?![- ](?:ridden|hit|torn|wracked|racked|plagued|affected|"
              r"stricken|zones?|areas?|regions?|provinces?|districts?)\b)|(?:over|in) the (?:past|last) (?:\w+ )?(?:years|decades?)\b|"
              # "have killed thousands ... in recent years", "over the years"
              r"(?:in|over) recent (?:years|decades|months)\b|over the years\b|"
              # "in the first half of the year", "in the first nine months of 2024"
              r"\bin the (?:first|second|last) (?:half|quarter|(?:\w+ )?(?:months|weeks)) of (?:(?:the|this|last) year|(?:19|20)\d\d)\b|"
              # a period's figure: "killed in Myanmar in the past month", "300 civilians killed in a month"
              r"(?:over|in|during) the (?:past|last|previous) (?:\w+ )?(?:weeks?|months?)\b|"
              # a running count of several days' events: "bringing to 11 the number of police killed by
              # roadside bombs over the past two days" (a day's own toll, "in the past 24 hours", is not)
              r"\bbringing to (?:(?:at least|more than|nearly|almost|about|around|some|over) )?[\w,]+ the (?:total |overall )?(?:number|toll|tally|count|death toll)\b[^.;]{0,80}?"
              r"\b(?:over|in|during) the (?:past|last|previous) (?:\w+ )?days\b|"
              # ... or of this week's or month's: "brought to 45 the number of soldiers killed in the region this month"
              r"\b(?:bringing|brought|brings) to (?:(?:at least|more than|nearly|almost|about|around|some|over) )?[\w,]+ the (?:total |overall )?(?:number|toll|tally|count|death toll)\b"
              r"[^.;]{0,80}?\b(?:this (?:week|month)|so far)\b|"
              r"\bin (?:a|one|two|three|four|six|\d+) (?:weeks?|months?)\b(?! ago)|"
              # "the toll from a week of attacks on the camp", "months of fighting have killed": many
              # events' figure (days of one battle stay its toll: "three days of fighting" is one)
              # ("during more than nine months of war": the war's own figure)
              r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|\d+) (?:weeks?|months?|years?) of "
              r"(?:[\w-]+ )?(?:attacks|strikes|raids|bombings|shelling|fighting|clashes|violence|unrest|protests|bombardments?|"
              r"airstrikes|air strikes|war|conflict|siege|occupation)\b|"
              r"\b(?:a|one|two|three|four|five|six|several|\d+) days of (?:[\w-]+ )?(?:attacks|strikes|raids|bombings|"
              r"airstrikes|air strikes|protests)\b|"
              r"(?:\d+|[a-z]+)[- ]years?[- ](?:long |old )?(?:war|conflict|civil war|insurgency|uprising)|"
              # "the war, now in its second year, has killed ...": the war's own toll
              # ("Boko Haram's insurgency has killed more than 35,000": a group's or a country's war)
              # ("The violence has killed more than 6,000 people": a conflict's told before)
              r"\b(?:the|[\w-]+['’]s(?: [\w-]+)?) (?:war|conflict|fighting|insurgency|civil war|uprising|siege|rebellion|violence|unrest|bloodshed)\b[^.;]{0,40}?\b(?:has|have) "
              r"(?:killed|displaced|left|claimed|wounded|injured)\b)")
# A series counted by the rank of its latest event, its running toll in a clause after it: "This
# was the 45th shooting incident in the country this year, in which 30 people have died" (the 30
# are the year's; not "the deadliest attack this year, in which 30 people died": that attack's).
RANK_SERIES_WHICH = (r"(?i)\bthe\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                     r"eleventh|twelfth|twentieth|thirtieth|fortieth|fiftieth)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:incidents?|shootings?|attacks?|killings?|bombings?|blasts?|explosions?|murders?|ambushe?s?|raids?)\b"
                     r"[^.;]{0,80}?\b(?:this|last|so\s+far\s+this)\s+(?:year|month)\b[^.;]{0,40}?,?\s+in\s+which\s+"
                     r"(?:a\s+total\s+of\s+|at\s+least\s+|more\s+than\s+|nearly\s+|some\s+)?$")
# ... and an earlier event of the series, named as a part of it: "This is the third attack on the
# palace in two weeks, including a suicide bombing on March 14 which left four people dead"
RANK_SERIES_PART = (r"(?i)\bthe\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
                    r"(?:[\w-]+\s+){0,3}?(?:incidents?|shootings?|attacks?|killings?|bombings?|blasts?|explosions?|ambushe?s?|raids?)\b"
                    r"[^.;]{0,80}?,\s*including\s+(?:a|an|the|one)\s+[^.;]{0,80}?\b(?:which|that)\s+"
                    r"(?:left|killed|claimed\s+the\s+lives\s+of)\s+"
                    r"(?:at\s+least\s+|more\s+than\s+|nearly\s+|some\s+|about\s+)?$")
# ... its verb in a perfect tense, as a running total's: "have died", "have been killed"
PERFECT_AFTER = r"(?i)[^.;,]{0,40}?\b(?:have|has)\s+(?:now\s+|so\s+far\s+)?(?:died|been\s+killed|perished|lost\s+their\s+lives)\b"
# Before a count, a war's own relative clause: "the seven-year war, which has killed more than
# 150,000 people", "a war between rival factions ... that has killed more than 1,200" (the war's toll).
WAR_HAS_KILLED = (r"(?i)\b(?:war|conflict|insurgency|uprising|feud|violence|campaign|fighting)\b[^.;]{0,60}?\b(?:which|that)\s+"
                  r"(?:has|have)\s+(?:so far\s+|now\s+|already\s+)?(?:killed|displaced|left|claimed(?: the lives of)?)\s+"
                  r"(?:more than\s+|at least\s+|nearly\s+|almost\s+|some\s+|over\s+|about\s+|around\s+|an estimated\s+)?$")

# After a plural count, a singular verb coordinated with the clause before is its subject's:
# "rammed two soldiers ... and was shot dead" (the driver's death, not theirs).
SINGULAR_SUBJECT_VERB = r"(?i)\band\s+was\s+(?:later\s+|then\s+|subsequently\s+|himself\s+|herself\s+)?$"
# After the people an active verb took ("abducted seven farmers"), their killing, them its object
# again: "... and killed them", "... before executing them", "... and shot them dead" (they died).
KILLED_THEM_AFTER = (r"(?i)(?:\s+[^.;,]{0,40}?)?\s+(?:and|before)\s+(?:later\s+|then\s+)?"
                     r"(?:(?:killed|executed|murdered|beheaded|killing|executing|murdering|beheading)\s+(?:them|all\s+of\s+them)\b"
                     r"|(?:shot|shooting)\s+(?:them|all\s+of\s+them)\s+dead\b)")
# ... or their bodies found after it: "Two policemen were kidnapped by armed men, and then their
# bodies were discovered in a ditch" (dead)
BODIES_FOUND_AFTER = (r"(?i)[^.;]{0,100}?\b(?:and|before|but)\s+(?:later\s+|then\s+)?(?:their|all\s+their)\s+"
                      r"(?:bodies|corpses|remains)\s+(?:were|was)\s+(?:later\s+|then\s+)?(?:found|discovered|recovered)\b")
# After people counted, the harm that had hurt them, then their death: "Two more people wounded in
# the bombing died on Monday", "three soldiers who were injured in the ambush later died" (dead).
HURT_THEN_DIED_AFTER = (r"(?i)\s+(?:(?:who\s+)?(?:were|was|had\s+been)\s+)?(?:critically\s+|seriously\s+|badly\s+)?"
                        r"(?:wounded|injured|hurt)\s+(?:in|during|by|when)\s+(?:(?!\b(?:and|who|whose|whom|which|that|while)\b)[^.;,\d]){1,80}?\s+(?:and\s+)?"
                        r"(?:(?:have|has|had|later|subsequently)\s+)?(?:died|succumbed)\b")
# Found or lying, hurt or dead, by the adjective before the noun: "found a wounded man", "discovered
# a dead woman" (one person, no other verb telling their harm).
FOUND_HARMED_LEAD = r"(?i)\b(?:found|discovered|located|encountered)\s+$"
HARM_ADJECTIVES = {"wounded": O.WOUNDED, "injured": O.WOUNDED, "dead": O.KILLED, "lifeless": O.KILLED}
# After an active verb's object: "shot a civilian dead", "beat two men to death", "shot the
# assailant, resulting in his death".
# An army's communiqué of the enemy it killed: "troops sent four terrorists to hell" (the verb
# before the count, the words after it)
SENT_TO_HELL_LEAD = r"(?i)\b(?:sent|sending|sends|send)\s+(?:(?:at least|some|about|another)\s+)?$"
TO_HELL_AFTER = r"(?i)\s+to\s+hell\b"
# the dead and the hurt as one figure: "left 60 people dead or wounded" (how many died is not said)
OR_HURT_AFTER = r"(?i)\s+or\s+(?:wounded|injured|hurt)\b"
DEAD_AFTER = r"\s+(?:dead(?!\s+or\s+(?:wounded|injured|hurt)\b)|to death)\b|\s*,?\s+(?:resulting in|leading to|causing)\s+(?:his|her)\s+death\b"
# After a title and a name, the auxiliary a passive needs there: "Senator X was murdered" (not
# "his bodyguard X shot and wounded two": he did it).
NAMED_AUX = r"(?i)\s*(?:,\s*\d{1,3}\s*,\s*)?(?:was|is|has been|had been)\b"
# In the same clause after a wounding: "was shot in the chest and later died", "... and succumbed".
LATER_DIED_AFTER = r"(?i)[^.;,]{0,60}?\band\s+(?:later\s+|subsequently\s+|then\s+|eventually\s+)?(?:died|succumbed)\b"
# Before a title and a name, each of up to three words that say more of the title ("killed Kurdish
# opposition leader X", "shot dead local journalist Y"): skipped back to the active verb (lower
# case; no word that opens a clause or a phrase of its own).
TITLE_MODIFIER = (r"\b(?!(?:and|or|but|of|as|in|on|at|to|by|for|from|with|who|which|that|after|before|"
                  r"when|while|said|says)\b)[a-z][\w’'-]*\s+$")
# After a count, whose ranks it was counted in: "40 casualties were counted in the ranks of the
# rebels", "12 dead among the ranks of the army" (the words of "who" say the side).
RANKS_OF = (r"[^.;]{0,60}?\b(?:in|from|within|among)\s+(?:the\s+|their\s+|its\s+)?ranks\s+of\s+(?:the\s+)?"
            r"(?P<who>[\w’'-]+(?:\s+[\w’'-]+){0,3})")
# Before a count, the deaths an attack avenged: an earlier event's toll, context for this one
# ("in retaliation for the killing of two soldiers", "to avenge the deaths of three fishermen").
EARLIER_EVENT = (r"(?i)\b(?:(?:in (?:retaliation|revenge|reprisal|response) (?:for|to|against)|to avenge|avenging"
                 # ("could be a retaliation from insurgents for the death of two insurgents")
                 r"|(?:retaliation|revenge|reprisal)\s+(?:(?:from|by)\s+(?:[\w’'-]+\s+){1,3})?for)\s+"
                 r"(?:the\s+)?(?:recent\s+|earlier\s+)?(?:killings?|deaths?|murders?|assassinations?|executions?|massacre)\s+of\s+"
                 r"(?:the\s+)?(?:[\w’'-]+\s+){0,4}|"
                 # mourning one dead before: "a vigil for a man killed there last year", "the funeral of two officers"
                 r"(?:vigil|funeral|memorial|burial|commemoration|anniversary)s?\s+(?:service\s+|march\s+)?(?:for|of)\s+(?:the\s+)?|"
                 # ... years after: "Five years on, survivors remember the 51 dead"
                 r"\b(?:years?|decades?)\s+(?:on|after|since|later)\b[^.;]{0,100}?\b(?:remember|mark|commemorat|mourn|honou?r)\w*\s+(?:the\s+)?)$")
# Before a count, a passive's agent: "wounded in an attack by two armed men" (they did it).
BY_AGENT = (r"\bby\s+(?:a (?:group|gang|band) of\s+)?(?:at least\s+|some\s+|about\s+|up to\s+|around\s+)?$|"
            # ... those on board: "a bus carrying 24 passengers" (what happened to them is said apart)
            r"\b(?:carrying|transporting|ferrying|packed with|crammed with|loaded with)\s+(?:at least\s+|some\s+|about\s+|"
            r"around\s+|nearly\s+|more than\s+|over\s+|up to\s+)?$|"
            # ... and the parties to a quarrel: "a conflict between two individuals escalated"
            r"\b(?:dispute|argument|quarrel|fight|feud|conflict|altercation|clash|clashes|confrontation)\s+between\s+$")
# One person by a noun the lists lack ("a ferry skipper was shot dead", "an Uber driver was
# injured", "a pharmacist and his nephew were shot dead": the pair's verb), a civilian (the
# words of the armed and the state's forces are all in the lists): "a"/"an", up to two
# lower-case words, then an auxiliary and killed or wounded. Not what is shot, hit or hurt that
# is no person (singular; the plural THING_NOUNS say the rest).
# (after a faith's or a people's adjective too: "A Buddhist rubber tapper was injured"; after "One"
# too, "One blue helmet was killed", not "No one else was hurt" nor "one of whom was injured")
UNKNOWN_ONE = (r"(?<![\w’'-])(?:[Aa]n?|(?<![Nn]o )[Oo]ne(?!\s+(?:of|else|another|other|more|each)\b))\s+(?:[A-Z][a-z]+(?:ist|ian|ish|ese|an|i)\s+)?(?:[a-z][\w’'-]*\s+){0,2}?(?P<noun>[a-z][\w’'-]*)"
               r"(?=\s+(?:was|has been|had been)\s|(?P<pair>\s+and\s+(?:his|her|their|a|an|one)\s+(?:[\w’'-]+\s+){0,3}?)were\s)")
# ... and one person by "the", one the story has not named before (the claims step drops it where
# it has: "A knifeman attacked a policeman. The policeman was lightly injured" is that one): "The
# governor's spokesman was injured", "the town's mayor was killed"; up to three words between,
# none a function word (so "the head of the council" is no "head": NOT_PEOPLE)
# (a noun, not a function word nor a participle: "the West Bank and was shot dead", "One of the
# arrested was also shot"; nor "of the": a part of people told before)
_THE_GAP_WORDS = r"of|and|or|but|then|in|at|for|with|from|on|by|to|who|which|that|was|were|is|are|has|had"
# (the subject of its clause: at the sentence's start or after a clause's joint, not "a farmer
# from the next valley was stabbed")
_CLAUSE_OPEN = (r"(?:^\W*|(?<=[,;:—–]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bwhile\s)|(?<=\bwhen\s)|(?<=\bthat\s)|"
                r"(?<=\bas\s)|(?<=\bsaid\s)|(?<=\bwhere\s)|(?<=\bwhereas\s))")
THE_NEW_ONE = (rf"{_CLAUSE_OPEN}[Tt]he\s+(?:(?!(?:{_THE_GAP_WORDS})\s)[\w’'-]+\s+){{0,3}}?"
               rf"(?P<noun>(?!(?:{_THE_GAP_WORDS})\s)[a-z][\w’'-]*(?<!ed))(?=\s+(?:was|has been|had been)\s)")
# ... and one after an active verb of killing: "Maoists killed a former sarpanch in Sukma" (a noun
# the lists lack, then where, when or who: "killed a bid" is no one, NOT_PEOPLE)
ACTIVE_UNKNOWN_ONE = (r"\b(?:killed|killing|kills|shot dead|shooting dead|murdered|murdering|beheaded|beheading|"
                      r"assassinated|assassinating|gunned down|gunning down|lynched|lynching|abducted and killed)\s+an?\s+"
                      r"(?:(?:former|retired|local|senior|young|prominent|serving|off-duty|\d+-year-old)\s+)?"
                      r"(?:[a-z][\w’'-]*\s+)??(?P<noun>[a-z][\w’'-]*)(?=\s*(?:\bin\b|\bat\b|\bnear\b|\bon\b|\bwho\b|\bwhile\b|,|;|\.|$))")
# ... and the last of a list of people sharing a plural verb, by "the" or by a noun the lists lack:
# "Two soldiers and the driver were injured", "A police officer and a caretaker were injured" (the
# others are counted by the lists; a count or one person must open the list)
LIST_LAST_ONE = (r"(?<=\band )(?P<det>an?|one|the)\s+(?:[a-z][\w’'-]*\s+){0,2}?(?P<noun>[a-z][\w’'-]*)(?=\s+were\s)")
COUNT_OR_ONE_BEFORE = (r"(?i)(?:\b(?:an?|one|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                       r"(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*(?:\s*,\s*(?:an?|one|\d+|[a-z]+)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*)*\s+and\s+)$")
NOT_PEOPLE = frozenset("""car vehicle bus truck lorry van tank jeep convoy train plane aircraft jet helicopter drone
boat ship vessel building house home shop store school hospital mosque church office station checkpoint post base
camp market bridge road bomb device mine rocket missile shell grenade round bullet shot weapon dog cat horse cow
animal bird elephant lion bear donkey camel goat sheep leg arm hand eye head chest body total number record figure
third fourth fifth second tenth bill proposal plan deal project motion idea measure amendment story program
programme scheme law rule policy contract merger bid campaign
leopard tiger crocodile snake wolf boar pig buffalo hyena monkey deer rhino rhinoceros hippo gorilla
chimpanzee shark whale dolphin ox bull calf chicken""".split())
# After the dead of a passive, the attack they made first: "A man was shot dead after he stabbed
# a policeman", "Three women were killed by police after attacking a station" (they did it; the
# active "gunmen killed three villagers after attacking the village" is the gunmen's, not this).
# (the attack they had made: "after he stabbed", "after attacking"; not stones thrown at a patrol)
# (not fire the state's forces opened on a crowd: "security forces killed 19 people when they opened
# fire on protesters" are the forces' dead, the protesters; "they" are the forces)
_CROWD = (r"(?:[\w-]+\s+)?(?:protesters|demonstrators|crowds?|civilians|people|worshippers|mourners|villagers|students|"
          r"residents|marchers|rally|rallies)\b")
ATTACK_MADE = (r"(?:after|when|as)\s+(?:he|she|they)\s+(?:had\s+)?(?:allegedly\s+|reportedly\s+|apparently\s+)?"
               r"(?:stabbed|attacked|opened fire(?!\s+(?:on|at|into)\s+(?:the\s+|a\s+)?" + _CROWD + r")|"
               r"shot at(?!\s+(?:the\s+|a\s+)?" + _CROWD + r")|rammed|tried to|attempted to|"
               r"(?:threw|hurled)(?!\s+(?:stones|rocks|bottles))|detonated)")
ATTACKED_FIRST = (r"\s*(?:,\s*)?(?:[\w’'-]+\s+){0,4}?(?:who\s+)?(?:was|were)\s+(?:(?:later|subsequently|then|reportedly|also)\s+)?"
                  r"(?:killed|shot dead|shot and killed|gunned down|neutralised|neutralized)\b[^.;]{0,50}?\b(?:" + ATTACK_MADE + "|"
                  # (a passive's subject did the attacking: "were killed by police after attacking a station")
                  r"(?:after|when|as|while)\s+(?:allegedly\s+|reportedly\s+|he\s+was\s+|she\s+was\s+)?(?:attacking|stabbing|opening fire|ramming|trying to|attempting to|"
                  r"shooting at|firing at|firing on))\b")  # ("A man was killed while shooting at the police headquarters")
# ... and the object of the state's forces' shots who had attacked first: "Israeli troops shot dead
# two Palestinians after they attacked a soldier", "police shot and killed a man after he stabbed
# an officer", "soldiers shot dead a man in an alleged stabbing attempt" (FORCES_SHOT before the
# count, ATTACKER_AFTER after its phrase).
# killed by the state's forces, right after the people counted ("five others were killed by
# security forces")
KILLED_BY_FORCES = (r"(?i)\s+(?:were|was|had been|have been)\s+(?:also\s+)?(?:killed|shot dead|shot|gunned down|"
                    r"neutrali[sz]ed)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:security forces|police|troops|soldiers|"
                    r"forces|guards|officers|army)\b")
FORCES_SHOT = (r"(?i)\b(?:police|policemen|officers?|troops|soldiers|security forces|forces|guards?|deputies)\b"
               r"[^.;]{0,30}?\b(?:shot dead|shot and killed|shot|killed|gunned down|fatally shot|neutralised|neutralized)\s+"
               r"(?:[\w’'-]+\s+){0,3}?$")
ATTACKER_AFTER = (r"(?i)[^.;]{0,60}?\b(?:" + ATTACK_MADE + "|"
                  r"in an? (?:(?:alleged|attempted|suspected)\s+(?:stabbing\s+|ramming\s+|car-ramming\s+|knife\s+|shooting\s+|gun\s+)?|"
                  r"(?:stabbing|ramming|car-ramming|knife)\s+)(?:attack|attempt))\b")
# ... and the agent of an attack right before the count: "stabbed near the gate by |a man, who
# was shot dead" (up to 80 characters back, with BY_AGENT at the count).
ATTACK_BEFORE_BY = (r"\b(?:stabbed|attacked|shot|wounded|injured|rammed|assaulted|targeted|hit|run over)\b"
                    r"[^.;]{0,60}\bby\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,3}$")
# Before a count of deaths, who suffered them: "the insurgents suffered 6 deaths", "the army
# sustained 12 casualties" (the words of "who" say the side).
SUFFERED_LEAD = (r"(?i)(?P<who>(?:[\w’'-]+\s+){1,4}?)(?:also\s+)?(?:suffered|sustained|suffering|sustaining)\s+"
                 r"(?:at least\s+|some\s+|about\s+|around\s+|more than\s+)?$")
# After "shot at" in a passive, no target: fired upon, not hit ("six people in an SUV were shot at
# in the early morning"; "was shot at his home" is hit, at home).
SHOT_AT_MISSED = (r"\s+at(?=\s*[,.;)]|\s*$|\s+(?:in|on|by|from|during|while|when|as|after|before|but|and|twice|several|"
                  r"multiple|repeatedly|again|early|late|around|about|near|outside)\b)")
# After a count, a suicide attack they made: "Five women committed suicide bombings" (the
# attackers' own deaths; not "blew themselves up", which some survive).
SUICIDE_ATTACKERS = (r"\s+(?:[\w’'-]+\s+){0,2}?(?:(?:committed|carried out|conducted|staged|launched)\s+(?:a\s+|the\s+)?"
                     r"(?:twin\s+|double\s+|coordinated\s+|simultaneous\s+)?suicide\s+(?:bombings?|attacks?|blasts?|missions?))\b")
# Before a count, an earlier event it belongs to: "comes 10 days after another firefight that left
# 13 soldiers ... dead" (context for this one).
# A toll told in a clause of days before the sentence's own day: "Gunmen shot dead two policemen on
# Wednesday, two days after a market bombing in the city killed 14 people" (the 14 died on Monday).
DAYS_AFTER_LEAD = (r"(?i)\b(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+after\s+(?:(?:a|an|the|[\w-]+['’]s)\s+)?"
                   r"(?:[\w’'-]+\s+){0,8}?(?:killed|left|claimed the lives of|killing|leaving|in which)\s+"
                   # (and the hurt of the same clause: "a day after a drone attack on Tel Aviv killed one man
                   # and wounded four others")
                   r"(?:(?:[\w’'-]+\s+){1,4}?,?\s*(?:and\s+)?(?:wounded|wounding|injured|injuring|hurt)\s+)?"
                   r"(?:at least\s+|more than\s+|about\s+|some\s+|nearly\s+|almost\s+|around\s+|over\s+)?$")
EARLIER_EVENT_THAT = (r"(?i)\b(?:"
                      # a like event told for comparison: "Last month, a similar attack on a mosque in
                      # Kunduz killed 46 people" (not the story's news)
                      # (its time said as past: "On the next day a similar attack ..., killing at least 9" is news)
                      r"(?:(?:last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)|(?:weeks|months|years)\s+ago|"
                      r"in\s+(?:19|20)\d\d)\s*,?\s+[^.;]{0,30}?)"
                      r"(?:a|another)\s+similar\s+(?:[\w’'-]+\s+){0,2}?(?:attack|bombing|blast|explosion|shooting|raid|strike|"
                      r"assault|massacre|ambush|incident|attacks|bombings|blasts|explosions|shootings|raids|strikes)\b"
                      r"[^.;]{0,80}?\b(?:killed|left|claimed the lives of|killing|leaving)\s+"
                      r"(?:at least\s+|more than\s+|about\s+|some\s+|nearly\s+|around\s+|over\s+)?$|"
                      # ("The attacks were preceded by another attack ... that killed at least 16")
                      r"(?:after|since|following|follows|followed(?:\s+by)?|preceded\s+by)\s+(?:another|an earlier|a previous|a similar|last (?:week|month|year)['’]s)\s+"
                      r"[^.;]{0,60}?\b(?:that|which)\s+(?:left|killed|claimed the lives of|wounded|injured)\s+|"
                      # "the scene of another mass shooting in June where a man died"
                      r"\b(?:another|an earlier|a previous)\s+[^.;]{0,60}?\b(?:where|in which)\s+|"
                      # "the violence since the October 25 riot in Tak Bai in which 85 people were killed",
                      # "the deadliest attack since the 2015 bombing that killed 50": the event it dates from
                      # (a comparison or a period since it, not "arrested since the attack in which ...")
                      r"\b(?:(?:deadliest|worst|bloodiest|biggest|largest|first|violence|unrest|attacks|fighting|killings)\b"
                      r"[^.;]{0,50}?\bsince|anniversary of)\s+the\s+[^.;]{0,60}?\b(?:in which|during which|which killed|that killed|"
                      r"which left|that left|which claimed the lives of|that claimed the lives of)\s+|"
                      # "The shooting came a week after three people were wounded in another" (weeks before:
                      # an earlier event; a day or two before is the week's news, kept)
                      r"\b(?:came|comes|occurred|happened|took place|follows|followed)\s+(?:just\s+|only\s+|barely\s+|about\s+|nearly\s+|"
                      r"(?:less|more)\s+than\s+|under\s+|over\s+|almost\s+)?"
                      r"(?:(?:a|one|two|three|four|five|six|several|a few|\d+)\s+(?:weeks?|months?|years?)|(?:ten|\d\d)\s+days)\s+after\s+"
                      # (with who did it between: "comes less than two weeks after gunmen killed 52 people")
                      r"(?:[^.;]{0,80}?\b(?:killed|left|claimed\s+the\s+lives\s+of|shot\s+dead|massacred)\s+)?|"
                      # ... or said only by its lapse: "weeks after a series of attacks in the state killed
                      # nearly 200 people over Christmas" (an earlier event's toll)
                      r"\b(?:weeks|months|years|a\s+(?:week|month|year)|(?:two|three|four|five|six|several|a\s+few|\d+)\s+"
                      r"(?:weeks|months|years))\s+after\s+(?:a|an|the|another)\s+[^.;]{0,80}?\b(?:killed|left|claimed\s+the\s+lives\s+of)\s+|"
                      # the event a war began with: "The war was triggered by the attack on the
                      # south, in which about 1,200 people were killed", "The war began when gunmen
                      # attacked southern Israel, killing about 1,200 people" (its toll, not the war's news)
                      r"\b(?:war|conflict|fighting|offensive|invasion|crisis|siege|insurgency|uprising)\s+(?:(?:was|were|had been)\s+"
                      r"(?:triggered|sparked|prompted|set off|ignited|provoked|started)\s+by|"
                      r"(?:began|started|erupted|broke\s+out)\s+(?:when|after|with))\s+[^.;]{0,80}?"
                      r"\b(?:in which|during which|which killed|that killed|which left|that left|killing)\s+)"
                      r"(?:at least\s+|more than\s+|some\s+|about\s+)?"
                      r"(?:\d[\d,]*\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$")  # (and the list's next)
# After a count, the words that say those people came through unhurt: "Dozens were injured,
# though two other officials survived the attack", "three passengers escaped unhurt" (never a
# count of the hurt; "survived with burns" and "survived the attack with gunshot wounds" are, see
# OUTCOME_PHRASES).
SURVIVED_AFTER = (r"(?i)(?:\s+(?!(?:were|was|had|have|has|who|and|but|or)\b)[\w'’-]+){0,3}?"
                  r"(?:\s*[–—]\s[^–—.;]{1,120}\s[–—]|\s*\([^()]{1,120}\)|\s*,[^,.;]{1,80},)?"  # (an aside: "– Finance Minister X and Y –")
                  r"\s+(?:(?:were|was|had|have|has)\s+)?(?:been\s+)?"
                  # ("Fifty-eight people were rescued and the search for the missing continued")
                  r"(?:survived(?!\s+(?:with|and)\b|\s+the\s+[\w-]+\s+with\b)|(?<=were\s|been\s)(?:rescued|saved)(?:\s+alive)?"
                  r"(?!\s+(?:with|but|injured|wounded|hurt)\b|\s+and\s+(?:taken|rushed|admitted|hospitali[sz]ed|treated)\b)|escaped\s+(?:unhurt|unharmed|unscathed|uninjured|without\s+(?:injury|injuries|a\s+scratch))|"
                  r"(?<=were\s)(?:unhurt|unharmed|unscathed|uninjured|not\s+(?:hurt|injured|harmed))|"
                  r"(?<=was\s)(?:unhurt|unharmed|unscathed|uninjured|not\s+(?:hurt|injured|harmed)))\b")
# Right after a count of the dead, words that say they died of the wounds the sentence told of:
# "four people being shot, and one victim dying from their injuries" (one of the four).
DYING_OF_INJURIES = (r"(?i)\s*(?:,\s*)?(?:later\s+|subsequently\s+)?(?:dying|died|who\s+(?:later\s+)?died|succumbing|succumbed)\s+"
                     r"(?:later\s+)?(?:from|of|to)\s+(?:their|his|her|the)\s+(?:injuries|wounds|gunshot\s+wounds)\b")
# Between two tolls of one list: "killed a farmer and two herders", "a trader, a nurse".
TOLLS_LISTED_GAP = r"\s*(?:,\s*)?(?:and\s+|as\s+well\s+as\s+)?"
# ... and between a toll and the next one its verb's second outcome tells, of one event: "killed
# four people and wounded 11 others in Fallujah" (the place after the second is the first's too)
TOLLS_SECOND_OUTCOME_GAP = (r"\s*,?\s+and\s+(?:wounded|injured|wounding|injuring|hurt|hurting|killed|killing)\s+"
                            r"(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+)?")
# After a number, the rest of a noun that holds it as an age: "Three 15|-year-olds" (no count of its own).
AGE_INSIDE_NOUN = r"-(?:year|month)-olds?\b"
# Vague amounts that stand for people with no noun, right before what happened to them: "27
# people died and dozens were injured", "hundreds were killed" (not "many were", "some were": too
# loose to count).
VAGUE_SUBJECT = r"(?i)\b(?:dozens|scores|hundreds|thousands|several)$"
# The active verbs of killing whose forms are no outcome word of their own (a noun too, "the
# massacre", "murder charges"): before a count, killed ("LeT militants massacre 35 villagers").
KILLING_VERBS = (r"(?i)\b(?:behead(?:s|ing)?|massacr(?:e|es|ing)|murder(?:s|ing)?|slaughter(?:s|ing|ed)?|slay(?:s|ing)?|"
                 r"execut(?:e|es|ing|ions?)|assassinat(?:e|es|ing|ions?)|lynchings?|eliminat(?:ed|es|ing))\b")
# After a count of the dead, words that say they died of wounds got before: "One of the injured
# died", "succumbed", "later died", "died of their injuries" (deaths beside those killed outright).
DIED_OF_WOUNDS = (r"(?i)[^.;]{0,40}?(?:\bof (?:the|those) (?:injured|wounded)\b|\bsuccumbed\b|\blater died\b|\bof (?:them|those) died later\b|"
                  r"\bdied (?:of|from) (?:his|her|their) (?:injuries|wounds)\b)")
# The same death told of one of those hit before: "One victim was shot in the chest and later
# died", "a woman ... died later at a hospital" (right after the count's own words).
_DIED_LATER_WORDS = (r"later died|died later|succumbed|"  # ("Two women later were declared deceased")
                     r"later (?:were|was) (?:declared|pronounced) (?:dead|deceased)|(?:were|was) later (?:declared|pronounced) (?:dead|deceased)")
# ... of which these say only that someone was dead when found, so among those hit ("Four people
# were shot ... A man was found dead") but not among those said to be hurt ("wounded", "injured")
# The dead found, in words: "Officers found the bodies of the four", "Three people were found dead"
# A sentence opening on the people told before: "Of them, one jawan succumbed to his injuries"
# The story's toll named again: "Earlier the ministry had put the toll at 2,053", "The death toll rose to 14"
THE_TOLL = r"(?i)\bthe\s+(?:death\s+|overall\s+|final\s+|official\s+)?toll\b"
OF_THEM_OPENING = r"(?i)\W*(?:of\s+(?:them|these|those|the\s+(?:injured|wounded))|among\s+(?:them|the\s+(?:injured|wounded)))\s*,?\s"
BODIES_FOUND = (r"(?i)\b(?:found|discovered|recovered)\s+(?:the\s+)?bod(?:y|ies)\b|\b(?:was|were)\s+found\s+dead\b|"
                r"\bbod(?:y|ies)\s+(?:was|were)\s+(?:found|discovered)\b")
_FOUND_DEAD_WORDS = r"(?:was|were) (?:found|pronounced|declared) dead|died at the scene"
LATER_DIED_ONE = (r"(?i)[^.;]{0,60}?\b(?:" + _DIED_LATER_WORDS + r"|died (?:of|from) (?:his|her|their) (?:injuries|wounds)"
                  r"|" + _FOUND_DEAD_WORDS + r")\b")
# The attacker's own death told as after the toll before: "Two people were shot and killed ... The
# suspected shooter was later found dead" (no part of the two he shot; "Three were found dead" is)
ATTACKER_DIED_LATER = r"(?i)\blater\b"  # (searched in its sentence up to just past its words)
FOUND_DEAD = r"(?i)\b(?:" + _FOUND_DEAD_WORDS + r")\b"
DIED_LATER = r"(?i)\b(?:" + _DIED_LATER_WORDS + r")\b"
SHOT_WORD = r"(?i)\b(?:shot|gunshot|struck by (?:gunfire|bullets))\b"
# "Four police and as many Taliban rebels": as many as the count before
AS_MANY = r"(?i)\b(?:and|while|,)\s+(?P<n>as many)\s+(?=[a-z])(?!as\b|more\b|times\b|again\b)"
# Between "N more people were killed" and the hurt said with them: "... and 12 injured"
AND_WITH = r"(?i)[^.;,]{0,30}?\s(?:and|while)\s+(?:another\s+|at least\s+)?"
# A person's "of" phrase up to the "and" of the next person: "a member of the security forces | and a
# foreign citizen"
OF_UP_TO_AND = r"(?i)\s+of\s+(?:the\s+)?(?:(?!(?:and|or|who|were|was)\b)[\w'’-]+\s+){1,5}?(?=and\s|or\s)"
# Person nouns whose side an "of" phrase says: "a member of the security forces"
OF_HEADS = frozenset({"member", "members", "officer", "official", "commander", "leader", "fighter", "soldier", "employee",
                      "staff", "worker", "agent", "supporter", "relative", "resident"})
# "one" as a person after a count and a conjunction: "Three people were killed and one was hurt"
ONE_PRONOUN = (r"(?i)(?:\band|\bwhile|\bbut|,)\s+(?P<n>one)(?=\s+(?:was|is|has been|had been)\b"
               # ... or with its verb alone: "three people dead and one injured"
               r"|\s+(?:\w+ly\s+)?(?:injured|wounded|hurt)\b)"
               # ... or the last object of a verb: "killed three people and injured one"
               r"|\band\s+(?:killed|killing|injured|injuring|wounded|wounding|hurt|hurting)\s+(?P<obj>one)"
               r"(?=\s*(?:[,.;]|$)|\s+(?:in|at|on|near|after|before|during|while|when|outside|inside)\b)")
# After a count of dead, what makes them a part of the count before: "one fatally", "one of whom died"
PART_SAID = (r"(?i)\s*(?:,\s*)?(?:fatally|mortally|of (?:whom|them|those|the (?:victims|wounded|injured|injured people))\b"
             r"|(?:later|subsequently|eventually)\s+(?:died|dying|succumbed|succumbing)\b|(?:died|dying)\s+later\b)")
# Right after a count of people, where they were sent: "killed a man and sent three others to the
# hospital", "sending 12 to local hospitals" (hurt, whatever the verb before said)
TO_HOSPITAL_AFTER = r"(?i)\s+(?:(?:more|others?)\s+)?to\s+(?:the\s+|a\s+|local\s+|nearby\s+|area\s+){0,2}hospitals?\b"
# ... and a bare number sent there: "killing two and sending 12 to local hospitals"
SENT_LEAD = r"(?i)\b(?:sent|sending|sends|rushed|rushing|taking|took)\s+(?:another\s+|at least\s+|some\s+)?$"
# Between a count of hurt and a count of dead after it, the words that say the first were hurt
# (not merely hit, as "shot" says): "Five adults were wounded and one killed"
HURT_NOT_HIT = (r"(?i)(?![^.;]*\bshot\b)[^.;]*?\b(?:wounded|injured|hurt|hospitali[sz]ed|(?:taken|rushed|transported|airlifted) to "
                r"(?:a |the )?(?:local )?hospital)\b[^.;]*$")
# ... unless the sentence gives the new total: "bringing the death toll up to seventy-three".
TOLL_NOW = r"(?i)\b(?:bringing|raising|taking|pushing|lifting)\b[^.;]{0,30}?\b(?:toll|total|number|tally)\b"
# Between a count and "succumbed" / "later died", a person's noun: "One person succumbed to their
# injuries", "A man later died" (one of those hurt).
SUBSET_PERSON = r"(?:person|people|victim|victims|man|men|woman|women)\s+(?=succumbed\b|later\s+died\b)"
# After hurt people counted, the verb that says they died of it: "three injured workers died in hospital".
DIED_NEXT = r"(?i)\s+(?:(?:have|has|had)\s+)?(?:(?:later|since|also|subsequently)\s+)?(?:died|succumbed)\b"
# ... past a relative clause that says how they were hurt: "Three soldiers, who were heavily
# injured in an attack earlier on Tuesday, have succumbed to their injuries" (killed, not hurt)
DIED_AFTER_CLAUSE = r"(?i)\s*,\s*(?:who|whom)\s+[^,;.]{1,160}," + DIED_NEXT[4:]
# ... or after their wounds, in the same clause: "Two victims were found with gunshot wounds and
# died at the scene" (no other count between)
HURT_THEN_DIED = (r"(?i)[^,.;\d]{0,80}?\b(?:wounds?|injuries|injury|injured|wounded|hurt|burns)\s+and\s+"
                  r"(?:later\s+|subsequently\s+|then\s+)?(?:died|succumbed)\b")
# Before a verb of harm, the words that make it an intent, no harm done: "he tried to kill the policeman".
INTENT_BEFORE = r"(?i)\b(?:to|would|will|could|might|must|wanted|tried|attempted|planned|plotted|threatened)\s+$"
# A number joined to the word after it by a hyphen measures a thing ("a four-storey building", "a
# two-lane road"; an age "-year-old" is no such measure) unless that word is a person's or one of these:
# "20-odd people", "50-plus villagers".
MEASURE_COMPOUND = r"-([a-z]+)\b(?!-old)"
COUNT_COMPOUNDS = frozenset({"odd", "plus", "some"})

# A projection, not a count: "officials fear the death toll could exceed 300", "the toll is
# expected to rise to 50" (the number that follows counts no one yet).
PROJECTION_LEAD = (r"(?i)\b(?:could|may|might|would|will|(?:is|are|was|were) (?:expected|likely|feared) to)\s+(?:well\s+|still\s+|soon\s+|further\s+)?"
                   r"(?:exceed|surpass|top|pass|reach|hit|double to|be as high as|(?:rise|climb|jump|go|soar)(?:\s+(?:to|above|beyond|past|over))?)"
                   r"\s+(?:more than\s+|over\s+|above\s+|at least\s+)?$")
# People brought to safety, no toll of any kind: "vessels rescued 195 passengers, while seven remain
# missing" (not 195 missing).
RESCUED_LEAD = (r"(?i)\b(?:rescued|rescuing|rescues|saved|saving|plucked|pulled(?:\s+out)?\s+alive|brought\s+to\s+safety)\s+"
                r"(?:(?:at\s+least|more\s+than|about|around|some|nearly|over|all)\s+)?$")
# A definition's threshold, no one's death: "Indepaz, which defines a massacre as the killing of three
# or more people", "Under FBI criteria, a mass killing is one in which at least four people are
# killed", "A massacre is considered to be the murder of three or more defenseless people".
DEFINITION_LEAD = (r"(?i)(?:\bdefin(?:es?|ed|ing|itions?)\b|\bcriteri(?:a|on)\b|\b(?:is|are)\s+(?:considered|classed|classified|counted)\s+"
                   r"(?:to\s+be|as)\b|\b(?:is|as)\s+(?:one|any\s+\w+)\s+(?:in\s+which|where)\b)[^.;]{0,70}$")
# A person named between commas after "one of the wounded": who that one was, no one more.
ONE_OF_APPOSITION = r"(?i)\bone of (?:the|them|those)\b[^,.;]{0,30},\s*$"
# ... and before a name, a title or two between: "One of them, photographer Ana Ruiz, died"
ONE_OF_APPOSITION_TITLED = r"\b(?i:one of (?:the|them|those))\b[^,.;]{0,30},\s*(?:[a-z][\w’'-]*\s+){0,3}$"
# A number that does something to a number of people is a name, not a toll: "a car bomb Fiat 500
# killed 3 people" (a model), never "500 killed".
AGENT_NUMBER_AFTER = (r"(?i)\s+(?:[a-z]+ed,?\s+)?(?:killed|killing|kills|wounded|wounding|wounds|injured|injuring|injures|shot|shoots)\s+"
                      r"(?:at least\s+|about\s+|some\s+|nearly\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                      # (whom: "killed 3 people", not "12 killed 3 wounded", two outcomes)
                      r"(?!(?:killed|dead|wounded|injured|hurt|missing)\b)[a-z]")
# Outcome words said before a person noun: "5 dead soldiers", "seven other wounded people".
ADJECTIVE_OUTCOMES = frozenset({"dead", "killed", "wounded", "injured"})
# Nouns that head a person noun before them ("Armed Forces personnel", "militia members"): one
# group of people, whose side the first noun says.
HEAD_NOUNS = frozenset({"personnel", "members", "staff", "workers", "employees"})

# One person by their name alone: two to four capitalised words (name particles between), the
# name ending the phrase ("gunmen shot dead Ana Ruiz outside her home", "Omar Haddad, 41, was
# killed"; not "Iraqi Kurds were killed", a people, nor "Boko Haram fighters", a group's men).
PERSON_NAME = (r"(?<![\w’'.-])(?P<name>[A-Z][a-z][\w’'-]*"
               r"(?:\s+(?:(?:al|el|bin|ibn|abu|de|da|del|van|von|dos|das|di|du|le|la)[- ])?[A-Z][a-z][\w’'-]*){1,3})"
               r"(?![\w’'-])(?!\s+[A-Z0-9])(?!['’]s)")
# ... whose phrase ends there: a mark, a verb or a preposition next, no noun of which it is a modifier
NAME_ENDS = (r"\s*(?:[,.;:)]|$)|\s+(?:was|were|is|has|had|and|in|at|on|near|outside|inside|as|who|after|"
             r"while|when|during|with|before|from|of|by|died|dies)\b")
# The verbs of harm right before a name whose object it is: "assassinated Omar Haddad"
NAME_HARM_BEFORE = (r"(?i)\b(?:shot dead|shooting dead|shot and killed|shooting and killing|gunned down|gunning down|"
                    r"killed|killing|assassinated|assassinating|murdered|murdering|executed|executing|beheaded|"
                    r"beheading|lynched|(?:hacked|stabbed|beat|burned|stoned) to death|shot and wounded|"
                    r"shot and injured|wounded|wounding|injured|injuring)\s+$")
# ... and after a name, past an age or an aside, the passive of one (or "died"): "Omar Haddad, a
# teacher, was shot dead"
NAME_PASSIVE = (r"(?i)(?:\s*,\s*(?:aged\s+)?\d{1,3}\s*,|\s*,\s*(?:a|an|the)\s+[^,.;:()]{1,60}?,)?\s*,?\s*(?:who\s+)?"
                r"(?:(?:was|has been|had been|is)\s+(?:(?:later|also|reportedly|allegedly|fatally|critically|seriously|"
                r"badly|slightly|found|then)\s+){0,2}(?P<verb>killed|shot dead|shot and killed|murdered|assassinated|"
                r"executed|beheaded|lynched|gunned down|stabbed to death|hacked to death|beaten to death|burned to death|"
                r"found dead|wounded|injured|shot|stabbed)|(?P<died>died|later died))\b")
# Harm verbs that take a list of people as their object: "killing a guide and five porters"
LIST_HARM_VERBS = r"killing|killed|kills|wounding|wounded|injuring|injured|shot dead|shooting dead|leaving dead"
# Words that make a rank of the title after them: "Assistant Sub-Inspector", "Deputy Commander"
TITLE_PREFIXES = r"assistant|deputy|sub|head|senior|chief|acting|additional|junior|lance|vice|second|first|station"
# Capitalised words that make such a run no person's name
NOT_NAME_WORDS = frozenset("""
forces army police guard guards brigade brigades battalion party front council ministry hospital
university school college airport street road avenue bridge province district county state city
village camp market mosque church temple station base company group army's government council's
court prison square park hotel kingdom republic union movement organisation organization agency
force corps regiment division unit squad command service services department committee commission
bureau office mission militia coalition alliance network association
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december god allah christmas easter ramadan eid
""".split())
# The one person hurt in the sentence before, dying: "He died the next day in hospital", "She
# later succumbed to her wounds" (a death counted only as one of those hurt before: a pronoun
# alone may be someone already counted dead)
# ... or by a definite noun of one person, maybe named ("The officer, Ali Khan, later died"), and
# after being taken to a hospital: "He was rushed to a hospital, where he succumbed to his injuries"
# ({noun}: the singular person nouns)
PRONOUN_DIED = (r"^\s*(?P<n>He|She|The\s+(?:(?:injured|wounded)\s+)?(?:{noun}))(?:\s*,\s+[A-Z][\w.'’ -]{{2,40}},)?\s+"
                r"(?:(?:was|had\s+been)\s+(?:later\s+)?(?:taken|rushed|shifted|airlifted|flown|moved|evacuated|transported|referred|admitted|brought)\s+"
                r"to\s+(?:a|an|the)\s+(?:[\w'’.-]+\s+){{0,4}}?(?:hospital|clinic|health\s+cent(?:re|er)|medical\s+cent(?:re|er)|trauma\s+cent(?:re|er))\b"
                r"[^.;]{{0,60}}?,?\s+where\s+(?:he|she)\s+)?"
                r"(?:later\s+|then\s+|subsequently\s+|eventually\s+|also\s+)?"
                r"(?:died|succumbed|(?:was|has been|had been)\s+(?:later\s+)?(?:pronounced|declared)\s+(?:dead|deceased))\b"
                r"(?!\s+(?:in|at)\s+(?:the\s+)?(?:attack|blast|explosion|shooting|ambush|crash)\b)")
# A headline's one person, its article and auxiliary left out, opening the line (after a label's
# colon: "Police: Man fatally shot outside diner", "Teen, 16, stabbed to death in park"): not
# one who did it to someone ("Man shot his neighbour").
HEADLINE_ONE_VERB = (r"(?:(?:fatally|critically|seriously|mortally|gravely|badly)\s+)?"
                     r"(?:shot(?:\s+dead|\s+and\s+killed)?|stabbed(?:\s+to\s+death)?|killed|slain|murdered|injured|wounded|hurt|"
                     r"found\s+dead|(?:beaten|hacked|burned|burnt)\s+to\s+death|lynched|dies|died|dead)\b"
                     r"(?!\s+(?:his|her|their|its|a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)")
HEADLINE_ONE_LEAD = r"^\s*(?:[A-Z][\w.'’ -]{0,30}:\s+)?"
# Before a count, the toll it is a part of: "Among the dead were four children and a woman"
AMONG_LEAD = (r"(?i)\b(?:among (?:the|those) (?P<noun>dead|killed|victims|fatalities|wounded|injured)\s+"
              r"(?:were|was|are|is)\s+|"
              # "the dead included two children"
              r"the (?P<noun2>dead|victims|fatalities|wounded|injured)\s+(?:included|include|includes)\s+)"
              r"(?:at least\s+|also\s+)?$")
# After people of a country counted, what makes them the attackers: "Two Palestinians infiltrated
# a settlement and were shot dead"
ASSAILANTS_AFTER = (r"(?i)\s+(?:who\s+)?(?:had\s+)?(?:allegedly\s+|reportedly\s+)?(?:attacked|stabbed|infiltrated|opened fire|"
                    r"rammed|stormed|shot at|tried to|attempted to|carried out|planted|threw|hijacked|ambushed)\b")
# ... and what makes the ones who did it dead too: "stormed the checkpoint and were shot dead"
AND_WERE_KILLED = (r"(?i)[^.;]{0,80}?\b(?:and\s+(?:were|was)|before\s+being)\s+(?:later\s+|then\s+|all\s+|both\s+)?"
                   r"(?:shot dead|killed|shot and killed|gunned down|neutralised|neutralized)\b")
# A person's aside between commas after a name or a noun: ", a prominent cleric,", ", 41,"
NAME_ASIDE = r"\s*,\s*(?:(?:aged\s+)?\d{1,3}|(?:a|an|the)\s+[^,.;:()]{1,60}?)(?=\s*,)"
# A noun a name stands beside, right before it: "The gunman, Tom Lee, was shot dead" ({nouns}:
# the singular person nouns)
NAMED_APPOSITION = r"(?i)\b(?:a|an|the|one|his|her|their|its)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{nouns})\s*,\s*$"

# A pair counted by its owner: "killed his parents" = 2.
PAIR = r"(?:elderly\s+|own\s+)?(?:parents|parents-in-law)"
PAIR_OWNERS = r"his|her|their|the victim['’]s"
# Two verbs before one object: "shot and |wounded a police officer" (the first half of the verb).
VERB_CHAIN = r"(?i)\b[a-z]+(?:ed|ing)?\s+and\s+$"
# One more after a toll: "..., and one while pumping gas" (of the same); "Two were killed and one
# in critical condition" (hurt).
ONE_MORE = (r"(?i)[^,;.]{0,60}?,?\s+and\s+(?P<one>one)\s+(?=(?:while|as|when|inside|outside|after)\b"
            r"|(?P<hurt>(?:is|was|remains|remained)?\s*in\s+(?:a\s+)?(?:critical|serious|grave|stable)\s+condition\b))")

# Between a count of people with its noun and verb and a bare count with a verb of its own: the bare
# count's people are the first's ("13 militants were killed and 16 were wounded", "four soldiers
# died, while two were hurt")
ELIDED_SUBJECT_GAP = (r"(?i)\s+(?:(?:were|was|have\s+been|had\s+been|are)\s+)?(?:also\s+)?[a-z]+(?:\s+(?:dead|to\s+death))?"
                      r"(?:\s+(?:on\s+the\s+spot|at\s+the\s+scene|in\s+the\s+(?:attack|clash|clashes|fighting|ambush)))?"
                      r"\s*,?\s+(?:and|while|whereas|but)\s+")
