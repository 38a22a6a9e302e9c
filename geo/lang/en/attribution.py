"""English attribution (data for geo.attribution): the verbs and phrases that say who reports
a figure, the kinds of reporter, and the words that are never a reporter."""
from __future__ import annotations

REPORT_VERBS = (r"(?:said|says|say|reported|reports|report|confirmed|confirms|announced|announces|stated|states|told|"
                r"tells|documented|documents|counted|counts|estimated|estimates|recorded|records|added|noted|claimed|"
                r"claims|indicated|indicates|showed|shows)")
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
                 "reports", "report", "footage", "video", "images", "statement", "we", "i", "you"}
# the subject before a reporting verb: "activists in the area", "the Syrian Observatory for Human Rights"
SUBJECT = (r"(?:(?:an?|the)\s+)?(?:(?:[\w-]+\s+){0,2}(?:activists?|residents?|witness(?:es)?|officials?|sources?|"
           r"spokes(?:man|woman|person)|doctors?|medics?|monitor(?:ing group)?|group|ministry|authorities|media|observers?)"
           r"(?:\s+(?:in|from|within|close to|at|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?"
           r"|(?:[A-Z][\w’'.-]*\s+(?:(?:for|of|on|and|the|de)\s+)*){0,6}[A-Z][\w’'.-]*)\s*$")
# what may stand between a subject and its verb: "X (SOHR) – which monitors fighting – said"
APPOSITION = (r"\s*(?:\([^()]*\)|[–—][^–—]*[–—]|,[^,]*,|\b(?:has|have|had|also|later|earlier|previously|again|"
              r"separately|now|then|on \w+day))\s*$")
ACCORDING_TO = r"(?i)according to\s+((?:the\s+)?[^,.;]{3,80}?)(?=[,.;]|\s+(?:on|in|which|who|that)\b|$)"
SOURCES_IN = (r"(?i)(sources?\s+(?:in|within|close to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
              r"(?:government|army|ministry|military|security(?: services)?))")
SAYS_AFTER = (r",\s*(?:says|said|reports|reported|according to)\s+((?:the\s+)?[A-Z][\w’'-]*"
              r"(?:\s+(?:[A-Z][\w’'-]*|for|of|on)){0,6})")
TOLD_BY = r"(?i)\b(?:by|to|told)\s+(the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})"
# how a reporter's name is written the same every time: a leading article goes, then each
# (pattern, replacement) in turn: "sources within the new Syrian government" = "sources in the
# Syrian government", "the UK-based monitor" = "monitor", "... (SOHR)" = "..."
LEADING_ARTICLE = r"(?i)^(?:the|a|an)\s+"
REWRITES = (
    (r"(?i)\b(sources?)\s+(?:within|inside|close to)\b", r"\1 in"),
    (r"(?i)\b(?:new|interim|transitional|caretaker)\s+", ""),
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
                     r"\b(?:said|says|announced|stated)\b[^.;]{0,30}?\b(?:it|they) (?:had |have )?(?:killed|shot dead|wounded)\b")
PERPETRATOR = "perpetrator"
