"""Attribution: who reports the figures of a sentence (README "Claims").

"according to X", "X said/reported/confirmed…" (behind appositions and dashes), "…, says X",
"sources in the government"; acronyms, "the Observatory", "the monitoring group" resolve to
the organisation named earlier in the article; "Reuters reported sources in the government
saying…" gives reporter = the sources, relayed by Reuters. The words are data
(``geo/lang/<code>/attribution.py``).
"""
from __future__ import annotations

import re

from geo import lang
from geo.gate import gated
from geo.actors import default_groups
from geo.text import WordGate, alternation, word_set

_L = lang.get().attribution
REPORT_VERBS = _L.REPORT_VERBS
REPORTER_KINDS = [(gated(p), kind) for p, kind in _L.REPORTER_KINDS]
_HINT = gated(r"(?i)according to|sources?\b|\b" + REPORT_VERBS + r"\b")
_REPORT_WORD = WordGate(word_pattern=REPORT_VERBS)  # _HINT's verbs, answered from the sentence's words
_VERB = gated(r"\b" + REPORT_VERBS + r"\b")
_NOUN_OR_VERB = {word: gated(after) for word, after in _L.NOUN_OR_VERB.items()}  # ("across three US states")
_SAID = gated(r"(?i)(?:said|told|" + REPORT_VERBS + r")\b")
_NOT_REPORTERS = _L.NOT_REPORTERS
_SUBJECT = gated(_L.SUBJECT)
_APPOSITION = gated(_L.APPOSITION)
_ACCORDING_TO = gated(_L.ACCORDING_TO)
_SOURCES_IN = gated(_L.SOURCES_IN)
_SAYS_AFTER = gated(_L.SAYS_AFTER)
_TOLD_BY = gated(_L.TOLD_BY)
_NAME_ENDS = gated(_L.NAME_ENDS)
_PERPETRATOR_CLAIM = gated(_L.PERPETRATOR_CLAIM)
_FIGHTER_WORDS = lang.get().tolls.FIGHTER_WORDS
_ARMED_GROUP_SUBJECT = gated(_L.ARMED_GROUP_SUBJECT)
PERPETRATOR = _L.PERPETRATOR
_ORGANISATION = gated(_L.ORGANISATION)
_ORG_ARTICLE = gated(_L.ORG_ARTICLE)
_LEADING_ARTICLE = gated(_L.LEADING_ARTICLE)
_REWRITES = [(gated(p), r) for p, r in _L.REWRITES]
_MONITOR_WORDS = gated(_L.MONITOR_WORDS)
_MONITOR_ORGS = gated(_L.MONITOR_ORGS)
CONTINUES = gated(_L.CONTINUES)
CONTRAST_CLAUSE = gated(_L.CONTRAST_CLAUSE)
SECOND_SOURCE_AFTER = gated(_L.SECOND_SOURCE_AFTER)
_NAMED_SUBJECT = gated(r"((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+$")


def perpetrator_claim(sentence: str) -> tuple[str, int] | None:
    """The armed group whose claim of its own attack's toll a sentence reports ("JNIM claimed
    the attack, saying it had killed more than 100 soldiers"), if it does: named before the claim;
    and where its clause opens (the group's name), for a toll said before it is someone else's
    ("10 soldiers were killed, while JNIM claimed to have killed 40")."""
    m = _PERPETRATOR_CLAIM.search(sentence)
    if m is None:
        return None
    named = [g for g in default_groups().find(sentence[:m.start()]) if not g.state]
    if named:
        return named[-1].group, named[-1].start
    # ... or a group the table has no one country for, or its kind: "JNIM", "the insurgents", "the
    # militant group"
    words = [w for w in re.finditer(r"[\w’'-]+", sentence[:m.start()]) if w.group().lower() in _FIGHTER_WORDS]
    if words:
        return words[-1].group(), words[-1].start()
    kind = [g for g in _ARMED_GROUP_SUBJECT.finditer(sentence, 0, m.start())]  # "The militant group said it had killed"
    if kind:
        return kind[-1].group(), kind[-1].start()
    # ... or whoever the sentence says claims to have killed them, by name ("while Katiba Toro
    # claimed to have killed 35")
    subject = _NAMED_SUBJECT.search(sentence, 0, m.start())
    if subject is not None:
        return subject.group(1), subject.start()
    return None


def said_by(clause: str) -> bool:
    """Whether a clause has a reporting verb ("..., while a collective of relatives said ...")."""
    return _VERB.search(clause) is not None


def reporter_kind(name: str) -> str:
    """monitor/NGO, UN, government, media, witness/local or other."""
    for rx, kind in REPORTER_KINDS:
        if rx.search(name):
            return kind
    return "other"


class Attribution:
    """Who reports a figure, with organisations named earlier in the article remembered, so
    that 'the Observatory', 'the monitoring group' and 'SOHR' resolve to them."""

    MAX_ORGS = 64  # the most recently named organisations are the ones a text refers back to

    def __init__(self) -> None:
        self.orgs: list[str] = []
        self._forms: dict[str, tuple[str, list[str]]] = {}

    def remember(self, sentence: str) -> None:
        for m in _ORGANISATION.finditer(sentence):
            name = _ORG_ARTICLE.sub("", m.group(1).strip())
            if name not in self.orgs and len(name.split()) >= 3:
                self.orgs.append(name)
                # what a short name is compared with: its initials and its lower-case words
                self._forms[name] = ("".join(w[0] for w in name.split() if w[0].isupper()), name.lower().split())
                if len(self.orgs) > self.MAX_ORGS:
                    del self._forms[self.orgs.pop(0)]

    def canonical(self, name: str) -> str:
        n = _LEADING_ARTICLE.sub("", name.strip()).strip(" ,.")
        for rx, rep in _REWRITES:
            n = rx.sub(rep, n)
        low = n.lower()
        monitor = _MONITOR_WORDS.search(low) is not None  # "the monitoring group": a monitor named before
        upper = n.isupper()
        n_words = len(low.split())
        for org in reversed(self.orgs):
            initials, words = self._forms[org]
            if upper and n == initials:
                return org
            if n == org or any(low == w for w in words if len(w) > 4) or (
                    n_words >= 2 and " ".join(words[:n_words]) == low):
                return org  # "the Observatory", "Syrian Observatory" -> the full name
            if monitor and _MONITOR_ORGS.search(org):
                return org
        return n

    def _subject(self, left: str) -> str | None:
        """The reporter at the end of ``left`` (the text before a reporting verb)."""
        left = left[-300:]  # a subject and its appositions are a few words: never the whole sentence
        for _ in range(3):  # peel appositions: "X (SOHR) – which monitors fighting – said"
            new = _APPOSITION.sub("", left)
            if new == left:
                break
            left = new
        m = _SUBJECT.search(left)
        if not m:
            return None
        subj = m.group().strip().lstrip("-–—:;,. ")  # (after a live blog's time: "09:14 GMT - Lebanon's health ministry says")
        words = subj.lower().split()
        if not words or words[-1] in _NOT_REPORTERS or (len(words) == 1 and words[0] in _NOT_REPORTERS):
            return None
        return subj

    @staticmethod
    def _hinted(sentence: str) -> bool:
        """``_HINT.search(sentence)``, without trying its pattern at every position of most
        sentences: a reporting verb is one of the sentence's words; the other two alternatives
        need "according to" or "source" in it."""
        words = word_set(sentence)
        if words is None:
            return _HINT.search(sentence) is not None
        if _REPORT_WORD.search(sentence, words):
            return True
        low = sentence.lower()
        return "according to" in low or ("source" in low and _HINT.search(sentence) is not None)

    def find(self, sentence: str) -> tuple[str, str, str]:
        """(reporter, relayed_by, attribution text) of one sentence; empty strings when none."""
        if not self._hinted(sentence):
            return "", "", ""
        found: list[tuple[int, str, str]] = []
        for m in _ACCORDING_TO.finditer(sentence):
            found.append((m.start(), m.group(1), m.group()))
        for m in _VERB.finditer(sentence):
            if m.group() in _NOUN_OR_VERB and not _NOUN_OR_VERB[m.group()].match(sentence, m.end()):
                continue  # a noun spelt like the verb: "across three US states"
            subj = self._subject(sentence[:m.start()])
            if subj:
                found.append((m.start() - len(subj), subj, sentence[max(0, m.start() - len(subj) - 1):m.end()].strip()))
        for m in _SOURCES_IN.finditer(sentence):
            found.append((m.start(), m.group(1), m.group()))
        for m in _SAYS_AFTER.finditer(sentence):
            found.append((m.start(1), m.group(1), m.group()))  # "..., says the Syrian Observatory"
        told: set[str] = set()
        for m in _TOLD_BY.finditer(sentence):
            if _SAID.search(sentence[:m.start() + 6]):
                name = _NAME_ENDS.split(m.group(1), 1)[0]
                found.append((m.start(1), name, m.group()[:m.start(1) - m.start() + len(name)]))
                if not m.group().lower().startswith("by"):
                    told.add(self.canonical(name))  # "residents told the BBC": whom, not who
        names: list[tuple[str, str]] = []
        for pos, raw, text in sorted(found):
            n = self.canonical(raw)
            if len(n) < 2 or n.lower() in _NOT_REPORTERS:
                continue
            if not any(n == x[0] for x in names):
                names.append((n, text))
        if not names:
            return "", "", ""
        if len(names) == 1:
            return names[0][0], "", names[0][1]
        # "Reuters reported sources in the government saying ...": the inner source reports
        outer, inner = names[0], names[-1]
        if inner[0] in told and outer[0] not in told:
            outer, inner = inner, outer  # "Local residents told the BBC that 13 ...": the residents' figure
        return inner[0], outer[0], "; ".join(t for _, t in names)


_ATTACK_PATTERNS = [gated(_L.ATTACK_BY), gated(_L.ATTACK_NOUN_AFTER), gated(_L.ATTACK_VERB_AFTER),
                    re.compile(_L.ATTACKERS_FROM)]
_GROUP_WORDS = gated(r"(?i)\b(?:%s)\b" % alternation(_L.GROUP_KEYS))
OTHER_SIDE = _L.OTHER_SIDE  # ("six Sunni tribal fighters": not the attackers' dead)
_KIND = gated(r"(?i)" + _L.ATTACKER_NOUNS)
_KIND_WORD = gated(r"(?i)\b(?:%s)\b" % alternation(_L.ATTACKER_WORDS))
_REACH = 120  # characters read each side of a group's name or an attacker's kind
_NOT_ALONE = {"members", "fighter", "fighters", "bomber", "bombers"}  # a kind that may be a state's or its aircraft
UNNAMED = "*"  # attackers named only by their kind: "militants stormed the camp"


def group_keys(text: str) -> set[str]:
    """The armed groups (non-state) ``text`` names, one key each: the table's name of a group of
    one country, the shared key of a group of several ("ISIS", "Islamic State", "Daesh")."""
    return {k for _, _, k in named_groups(text)}


def named_groups(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each non-state armed group ``text`` names (``group_keys``)."""
    found = [(g.start, g.end, g.group.lower()) for g in default_groups().find(text) if not g.state]
    found += [(m.start(), m.end(), _L.GROUP_KEYS[m.group().lower()]) for m in _GROUP_WORDS.finditer(text)]
    return found


def attacks(text: str, groups: list[tuple[int, int, str]] | None = None) -> list[tuple[int, str]]:
    """(where, who) of each attack ``text`` names an agent of: ``group_keys`` of each non-state
    side named as the agent of an attack, ``UNNAMED`` for attackers named only by their kind
    ("gunmen stormed", "a militant attack"); none where it names only a state's forces ("an
    Israeli raid"). ``groups``: ``named_groups(text)``, if the caller has them."""
    found: list[tuple[int, str]] = []
    # every pattern holds a group's name or an attacker's kind: only the text around those is read
    anchors = sorted([(a, b) for a, b, _ in (named_groups(text) if groups is None else groups)]
                     + [m.span() for m in _KIND_WORD.finditer(text)])
    spans: list[list[int]] = []
    for a, b in anchors:
        a, b = max(0, a - _REACH), min(len(text), b + _REACH)
        if spans and a <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    for a, b in spans:
        for rx in _ATTACK_PATTERNS:
            for m in rx.finditer(text, a, b):
                who = m.group("who")
                if _KIND.fullmatch(who):
                    who = who.lower()  # ("Gunmen stormed ...": a kind, capitalised at a sentence's start)
                # (a name's last word may be written small: "Islamic state members"; a group may be
                # named right before its kind: "al-Shabab militants attacked")
                keys = group_keys(text[m.start("who"):m.end("who") + 7] if who[:1].isupper() else
                                  text[max(0, m.start("who") - 25):m.end("who")])
                if keys:
                    found += [(m.start(), k) for k in keys]
                elif who.lower() != "members" and (not who[:1].isupper() or m.groupdict().get("kind")
                                                   and m.group("kind").lower() not in _NOT_ALONE):
                    found.append((m.start(), UNNAMED))  # ("gunmen", "a militant attack", "Sunni militants
                    # attacked"; not "Israeli fighters struck": aircraft)
    return found
