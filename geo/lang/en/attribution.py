"""English attribution (data for geo.attribution): the verbs and phrases that say who reports
a figure, the kinds of reporter, and the words that are never a reporter."""
from __future__ import annotations

REPORT_VERBS = (r"(?:said|says|say|reported|reports|report|confirmed|confirms|announced|announces|stated|states|told|"
                r"tells|documented|documents|counted|counts|estimated|estimates|recorded|records|added|noted|claimed|"
                r"claims|indicated|indicates|showed|shows|put|puts)")
# Reporting verbs that are also nouns, and what follows them as verbs: "the report states that", not
# "across three US states".
NOUN_OR_VERB = {"states": r"\s*(?:that\b|[,:\"“])"}
# Who the reporter is, after the name: "said Jean Mapenzi, a civil society leader in Masisi territory"
REPORTER_APPOSITION = r",\s+(?:an?|the)\s+[^,;.]{1,80}?(?=\s*(?:[,;]|\.\s|\.?$))"
# reporter kind -> what its name holds, first match wins
REPORTER_KINDS = (
    (r"(?i)observatory|monitor|human rights|amnesty|watch|ngo|network for|white helmets|civil defen[cs]e|red cross|"
     r"red crescent|msf|doctors", "monitor/NGO"),
    (r"(?i)\bun\b|united nations|unhcr|ocha|unicef|who\b|envoy", "UN"),
    (r"(?i)ministry|government|authorit|official|spokes|president|army|military|police|interior|defen[cs]e|"
     r"state media|sana\b|governor|prime minister", "government"),
    (r"(?i)reuters|afp|associated press|\bap\b|bbc|cnn|al jazeera|media|agency|newspaper|television|tv\b|times|post|"
     r"journal", "media"),
    (r"(?i)resident|witness|survivor|relative|activist|local", "witness/local"),
)
NOT_REPORTERS = {"prior", "earlier", "previous", "initial", "latest", "new", "recent", "several", "other", "some",
                 "many", "these", "those", "such", "it", "he", "she", "they", "this", "that", "which", "who", "the",
                 "reports", "report", "footage", "video", "images", "statement", "we", "i", "you",
                 "a", "an"}  # ("An estimated 2,000 people": no one named)
# the subject before a reporting verb: "activists in the area", "the Syrian Observatory for Human Rights"
# (the words before its noun are no clause's: "in what officials said was" is the officials; a
# sentence's first word is capitalised: "Police in Guayaquil said"; "aid workers said")
SUBJECT = (r"(?<![\w’'-])(?:(?:an?|the)\s+)?(?:(?:(?!(?:in|what|as|which|that|when|while|where|after|before|and|but|to|for|with|"
           r"on|at|by|from)\s)[\w’'-]+\s+){0,3}(?i:activists?|residents?|witness(?:es)?|officials?|sources?|"
           r"spokes(?:man|woman|person)|doctors?|medics?|monitor(?:ing group)?|groups?|ministry|authorities|media|observers?|"
           r"police|army|military|officers|deputies|investigators|prosecutors|rescuers|paramedics|coroner|workers?|"
           r"secretariat|departments?|agency|agencies|services?|offices?|commissions?|governors?|mayors?|commissioners?|"
           r"administrators?|ministers?|commanders?|leaders?|elders?|dioceses?|church|parish|governments?|regime|presidency|"
           r"committees?|networks?|councils?|associations?|organi[sz]ations?|coalitions?|unions?|observatory|centres?|centers?|"
           r"system|survivors?|villagers|locals|eyewitness(?:es)?)"
           r"(?:\s+(?:in|from|within|close to|near|at|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?[\w-]+)?"
           # (a name right after "in", "of", "at" is where, or whose, not who: "Survivors of the attack
           # on the village of Barsalogho said" is no report of Barsalogho's)
           r"|(?<!\bin\s)(?<!\bof\s)(?<!\bat\s)(?<!\bfrom\s)(?<!\bnear\s)"
           r"(?:[A-Z][\w’'.-]*\s+(?:(?:for|of|on|and|the|de)\s+)*){0,6}[A-Z][\w’'.-]*)\s*$")
# what may stand between a subject and its verb: "X (SOHR) – which monitors fighting – said"
APPOSITION = (r"\s*(?:\([^()]*\)|[–—][^–—]*[–—]|,[^,]*,|\b(?:has|have|had|also|later|earlier|previously|again|"
              r"separately|now|then|on \w+day))\s*$")
ACCORDING_TO = r"(?i)according to\s+((?:the\s+)?[^,.;]{3,80}?)(?=[,.;]|\s+(?:on|in|which|who|that)\b|$)"
SOURCES_IN = (r"(?i)(sources?\s+(?:in|within|close to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
              r"(?:government|army|ministry|military|security(?: services)?))")
# (a title's abbreviation keeps its full stop: "said Lt. Col. Ramon Dizon, a brigade spokesman")
SAYS_AFTER = (r",\s*(?:says|said|reports|reported|according to)\s+((?:the\s+)?[A-Z][\w’'-]*(?:\.(?=\s+[A-Z]))?"
              r"(?:\s+(?:[A-Z][\w’'-]*(?:\.(?=\s+[A-Z]))?|for|of|on)){0,6})")
TOLD_BY = r"(?i)\b(?:by|to|told)\s+(the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})"
# what ends a name TOLD_BY read ("told the BBC that ...")
NAME_ENDS = (r"(?i)\s+(?:that|who|which|on|in|at|it|he|she|they|there|this|was|were|is|are|had|has|have|and|"
             r"but|after|before|as|of|from|with|when|while)\b")
# how a reporter's name is written the same every time: a leading article goes, then each
# (pattern, replacement) in turn: "sources within the new Syrian government" = "sources in the
# Syrian government", "the UK-based monitor" = "monitor", "... (SOHR)" = "..."
LEADING_ARTICLE = r"(?i)^(?:the|a|an)\s+"
REWRITES = (
    (r"(?i)\b(sources?)\s+(?:within|inside|close to)\b", r"\1 in"),
    # (lower case only: "the Fire Department of New York" keeps its New York)
    (r"\b(?:new|interim|transitional|caretaker)\s+", ""),
    (r"^(?:[\w.]+-based|[\w.]+-led|[\w.]+-backed)\s+", ""),
    (r"\s*\(([A-Z]{2,})\)$", ""),
)
ORG_ARTICLE = r"^(?:The|A|An)\s+"
# an organisation's name of three words or more: "Syrian Observatory for Human Rights"
ORGANISATION = r"\b((?:[A-Z][a-z’'-]+\s+){1,4}(?:for|of|on)\s+(?:[A-Z][a-z’'-]+\s*){1,4})"
# how a short name refers back to it
MONITOR_WORDS = r"monitor|monitoring group|the group|watchdog"
MONITOR_ORGS = r"(?i)observatory|monitor|watch"
# a sentence that continues the previous one's report (and so its attribution)
CONTINUES = (r"(?i)\s*(?:this|these|that|those|it|they|the (?:toll|figure|count|number)|prior|earlier|previous|"
             r"an earlier|the previous|the earlier|of (?:these|those|them)|among (?:them|those)|"
             r"in addition|additionally|besides|the (?:group|monitor|observatory) also)\b")
# An armed group's claim of its own attack's toll: "JNIM claimed the attack, saying it had killed
# more than 100 soldiers", "the group said it had killed 30" (the attacker's figure: a version,
# never the incident's best while another source gives one).
PERPETRATOR_CLAIM = (r"(?i)\bclaim(?:ed|s|ing)\b[^.;]{0,80}?\b(?:saying|and said|adding)\b|"
                     r"\bclaim(?:ed|s|ing)? to have (?:killed|shot|wounded)\b|"
                     # a note's "JNIM claimed 20 killed"
                     r"\bclaim(?:ed|s)\s+(?:(?:at least|about|around|more than|over|some)\s+)?[\d,]+\s+(?:[\w-]+\s+)?(?:killed|dead|deaths)\b|"
                     # "Al-Shabaab, in a statement, claimed it had killed 47 soldiers"
                     r"\bclaim(?:ed|s|ing)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:killed|shot dead|wounded)\b|"
                     r"\b(?:said|says|announced|stated)\b[^.;]{0,30}?\b(?:it|they) (?:had |have )?(?:killed|shot dead|wounded)\b|"
                     # "Al-Shabaab said in a statement ... that it had carried out the attack and that it had killed 30"
                     r"\b(?:said|says|announced|stated)\b[^.;]{0,80}?\b(?:it|they) (?:had |have )?(?:carried out|conducted|was behind|were behind)\b"
                     r"[^.;]{0,60}?\b(?:it|they) (?:had |have )?(?:killed|shot dead|wounded)\b")
# ... said by a group of fighters by its kind: "The militant group said it had killed 27 soldiers"
ARMED_GROUP_SUBJECT = (r"(?i)\b(?:militant|jihadist|rebel|insurgent|extremist|terrorist|islamist|armed|separatist)\s+"
                       r"(?:group|movement|organi[sz]ation|faction|outfit)\b")
PERPETRATOR = "perpetrator"
# a clause of a second source set against the first's ("..., while the group claimed ...",
# "...; but the ministry said ...")
CONTRAST_CLAUSE = (r"[,;]\s*(?:while|whereas|but|although|though)\b|"
                   # ... or "and" before the second's reporting verb: "The government reported a toll of
                   # three and activists in the village reported eighteen names"
                   r"\s+and\s+(?=(?:the\s+)?(?-i:[A-Za-z][\w'’-]*)(?:\s+[\w'’-]+){0,4}\s+(?:reported|said|says|claimed|counted|recorded|put)\b)")
# ... and a second source's clause after every figure of the sentence, comma or none ("The army
# reported 6 soldiers killed while JNIM claimed 30")
SECOND_SOURCE_AFTER = r"(?:[,;]\s*|\s+)(?:while|whereas|but)\s+"

# Who attacked: the side an article says carried out the attack, so that its own dead are told
# from the dead it made ("a Taliban ambush killed four police officers; six Taliban fighters were
# also killed": the six are the attackers). NAME is a capitalised name of up to five words.
ATTACK_NOUNS = (r"(?:suicide\s+)?(?:attacks?|ambush(?:es)?|assaults?|raids?|offensives?|counter-?attacks?|"
                r"counter-?offensives?|incursions?|infiltrations?|bombings?|shellings?)")
ATTACK_VERBS = (r"(?:attacked|stormed|ambushed|raided|struck|assaulted|overran|infiltrated|besieged|"
                r"(?:tried|attempted|sought) to (?:storm|attack|infiltrate|overrun|raid)|"
                r"opened fire|(?:launched|carried out|carry out|mounted|staged) (?:an? )?(?:[\w-]+ )?"
                r"(?:attacks?|assaults?|offensives?|raids?|ambush(?:es)?)|"
                r"(?:has |have )?claimed (?:responsibility|the attack)|"
                # (the subject of a killing: "militants killed three soldiers", "a suicide bomber killed
                # two people"; not a headline's passive: "six militants killed in drone strike")
                r"(?:killed|shot dead|gunned down|beheaded|executed|abducted|kidnapped|shelled|bombed)"
                r"(?=\s+(?!(?:in|by|when|during|after|on|at|as|while|and|or|near|early|late|last|overnight|"
                r"yesterday|today)\b)[\w\"“]))")
# the attackers named by their kind (never a state's forces)
ATTACKER_NOUNS = (r"(?:militants?|insurgents?|rebels?|gunmen|jihadists?|terrorists?|guerr?illas?|extremists?|"
                  r"fighters?|militiamen|islamists?|attackers?|assailants?|(?:suicide\s+)?bombers?|members)")
ATTACKER_ADJECTIVES = r"(?:militant|insurgent|rebel|jihadist|terrorist|guerr?illa|extremist|islamist)"
# the words of the two above, one by one: every pattern below holds one of them or an armed group's name
ATTACKER_WORDS = ("militant", "militants", "insurgent", "insurgents", "rebel", "rebels", "gunmen", "jihadist",
                  "jihadists", "terrorist", "terrorists", "guerrilla", "guerrillas", "guerilla", "guerillas",
                  "extremist", "extremists", "fighter", "fighters", "militiamen", "islamist", "islamists",
                  "attacker", "attackers", "assailant", "assailants", "bomber", "bombers", "members")
NAME = r"[A-Z][\w’'-]{0,40}(?:\s+(?:(?:of|the|al|el|i|e)\s+){0,2}[A-Z][\w’'-]{0,40}){0,4}"
ATTACK_BY = (rf"\b(?i:{ATTACK_NOUNS}|(?:attacked|ambushed|stormed|raided|targeted|struck|killed|shot dead|shot|"
             rf"kidnapped|abducted|beheaded|executed|gunned down))\s+(?:(?:was|were)\s+)?(?:(?:carried out|launched|staged|led|mounted|perpetrated|"
             rf"conducted)\s+)?(?:by|of|from)\s+(?:the\s+|so-called\s+|a\s+group\s+of\s+|suspected\s+|armed\s+){{0,2}}"
             rf"(?P<who>{NAME}|(?i:{ATTACKER_NOUNS}))(?:\s+(?P<kind>(?i:{ATTACKER_NOUNS})))?")
ATTACK_NOUN_AFTER = (rf"(?<![\w’'-])(?P<who>{NAME}|(?i:{ATTACKER_ADJECTIVES}))(?:\s+(?P<kind>(?i:{ATTACKER_NOUNS})))?"
                     rf"(?:['’]s?)?\s+(?i:{ATTACK_NOUNS})\b")
ATTACK_VERB_AFTER = (rf"(?<![\w’'-])(?P<who>{NAME}|(?i:{ATTACKER_NOUNS}))(?:\s+(?P<kind>(?i:{ATTACKER_NOUNS})))?"
                     rf"(?:\s+(?:had|have|has|also|then|reportedly|allegedly|first))?\s+(?i:{ATTACK_VERBS})\b")
ATTACKERS_FROM = (rf"(?i:suicide\s+(?:attackers|bombers)|attackers|gunmen|militants|fighters)\s+"
                  rf"(?:from|of|belonging to|linked to)\s+(?:the\s+)?(?P<who>{NAME})")
# Armed groups of several countries by the words news name them with, to one key each (the groups
# of one country are geo/data/armed_groups.csv's); "Islamic State" is two words.
GROUP_KEYS = {"isis": "islamic state", "isil": "islamic state", "daesh": "islamic state", "islamic state": "islamic state",
              "qaeda": "al-qaeda", "al-qaeda": "al-qaeda", "shabaab": "al-shabaab", "al-shabaab": "al-shabaab",
              "houthi": "houthis", "houthis": "houthis", "hezbollah": "hezbollah", "hizbollah": "hezbollah",
              "taliban": "taliban", "hamas": "hamas", "jnim": "jnim", "iswap": "iswap"}
# the dead of another side than the attackers', though named by the attackers' kind of word
OTHER_SIDE = {"tribal", "rival", "pro-government", "militia", "paramilitary", "self-defence", "self-defense",
              "vigilante", "vigilantes", "local", "allied", "former"}
# the dead a clause's subject killed, said in the active voice ("Gunmen ... killed 12 members of
# a local militia", "the group said it had killed 40 members"): the killers' victims, not the
# killers' own dead, unless the subject is the state's forces or their weapons ("soldiers killed
# 12 militants", "an air strike killed 30 fighters")
KILLED_AS_OBJECT = (r"(?i)\b(?:killed|killing|kills|shot dead|shot and killed|executed|executing|massacred|"
                    r"slaughtered|murdered|beheaded|beheading|gunned down)\s+(?:at least |about |some |around |"
                    r"nearly |more than |up to |as many as |over )?$")
# ... or by an agent after its passive verb: "Seven rebel commanders were killed by a suicide
# bomber of ISIS" (the agent's, when no state's forces: their victims, not the attackers).
KILLED_BY_AFTER = (r"(?i)[^.;]{0,40}?\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:killed|shot dead|executed|massacred|"
                   r"slaughtered|murdered|beheaded|gunned down)\s+by\s+(?P<agent>[^.;,]{1,60})")
STATE_AGENTS = (r"(?i)\b(?:security|government|army|military|police|policemen|regime|soldiers|troops|forces|"
                r"officers|air ?strikes?|strikes?|drones?|jets|warplanes|aircraft|helicopters?|shelling|artillery)\b")

# An attribution after which the sentence goes on to something else: ", police said, as
# authorities extended the curfew in ...", ", officials said, while ...", ", the army said, adding
# that ..." (what follows is no longer the toll's clause).
SAID_THEN = (r",\s+(?:[\w'’.-]+\s+){1,5}?(?:said|says|reported|added|told\s+[\w.]+(?:\s+[\w.]+)?)\s*,\s+"
             r"(?:as|while|amid|adding|and\s+(?:that|added))\b")
