"""Analyst corrections, and how they are re-applied each time the corpus is processed.

Four kinds, each with a reason and an author (the store keeps them, with an audit log):

- ``alias``: a name means a gazetteer place everywhere ("Snobar" -> gn:12345);
- ``place``: one mention in one article is another place than the matcher chose (or an
  unresolved name is this place); the target is ``article_id:start:end``;
- ``dismiss``: a claim is wrong (not a toll, counted twice, misread); it leaves the map and is
  listed with its reason;
- ``toll``: a claim's figures are corrected (low / best / high); the sentence stays its evidence.

Targets are the content-derived ids that processing reproduces (article ids hash the text,
claim ids hash the article id and the span), so a correction finds its claim again after a
restart or a re-run. A correction whose target no longer exists is reported, not dropped.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field

from geo.claims import Claim
from geo.exc import CorrectionError, GazetteerError
from geo.gazetteer import Gazetteer
from geo.precision import precision_for
from geo.text import TOKEN_RE
from geo.toponyms import ArticlePlaces, Mention

KINDS = ("alias", "place", "dismiss", "toll")
MAX_REASON = 2_000
MAX_TOLL = 10_000_000  # more than any war's toll: a typo, not a figure


@dataclass(frozen=True)
class Correction:
    """One analyst's correction (see the module docstring for the kinds)."""

    uid: str
    kind: str
    target: str
    value: dict
    reason: str
    author: str
    created_at: str

    def describe(self) -> str:
        """One line for lists and the audit log."""
        if self.kind == "alias":
            return f"alias “{self.target}” → {self.value.get('place_id')}"
        if self.kind == "place":
            return f"place of “{self.value.get('text', '')}” → {self.value.get('place_id')}"
        if self.kind == "dismiss":
            return f"claim {self.target} dismissed"
        return f"claim {self.target} corrected to {self.value.get('low')}/{self.value.get('best')}/{self.value.get('high')}"


def check(kind: str, target: str, value: dict, reason: str, gaz: Gazetteer | None = None) -> dict:
    """Validate a new correction; returns its value normalised. Raises CorrectionError with a
    message for the analyst."""
    if kind not in KINDS:
        raise CorrectionError(f"unknown kind of correction {kind!r}; one of {', '.join(KINDS)}")
    reason = (reason or "").strip()
    if not reason:
        raise CorrectionError("say why (a reason is kept with every correction)")
    if len(reason) > MAX_REASON:
        raise CorrectionError(f"the reason is {len(reason):,} characters; at most {MAX_REASON:,}")
    if not (target or "").strip():
        raise CorrectionError("nothing to correct was chosen")
    value = dict(value or {})
    if kind in ("alias", "place"):
        pid = value.get("place_id")
        if not pid or (gaz is not None and pid not in gaz.by_id):
            raise CorrectionError(f"unknown place {pid!r}; pick one from the gazetteer search")
    if kind == "alias" and not TOKEN_RE.search(target):
        raise CorrectionError("an alias needs at least one letter")
    if kind == "place":
        parts = target.split(":")
        if len(parts) != 3 or not all(parts) or not parts[1].isdigit() or not parts[2].isdigit() or int(parts[1]) >= int(parts[2]):
            raise CorrectionError(f"a place correction targets article_id:start:end, not {target!r}")
    if kind == "toll":
        try:
            low, best, high = (int(value[k]) for k in ("low", "best", "high"))
        except (KeyError, TypeError, ValueError):
            raise CorrectionError("a corrected toll needs whole numbers for low, best and high") from None
        if not 0 <= low <= best <= high:
            raise CorrectionError(f"low ≤ best ≤ high, all ≥ 0 (got {low} / {best} / {high})")
        if high > MAX_TOLL:
            raise CorrectionError(f"{high:,} is more than any recorded toll; check the figure")
        value = {"low": low, "best": best, "high": high}
    return value


@dataclass
class Corrections:
    """The active corrections, indexed for re-application."""

    items: list[Correction] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_kind: dict[str, list[Correction]] = {k: [] for k in KINDS}
        self._places: dict[str, list[Correction]] = {}
        self._claims: dict[str, Correction] = {}
        for c in sorted(self.items, key=lambda c: c.created_at):
            self.by_kind[c.kind].append(c)
            if c.kind == "place":
                self._places.setdefault(c.target.split(":")[0], []).append(c)
            elif c.kind in ("dismiss", "toll"):
                self._claims[c.target] = c  # oldest first: the latest correction of a claim wins

    @property
    def aliases(self) -> list[tuple[str, str]]:
        return [(c.target, c.value["place_id"]) for c in self.by_kind["alias"]]

    def place_fixes(self, article_id: str) -> tuple[Correction, ...]:
        return tuple(self._places.get(article_id, ()))

    def for_claim(self, claim_id: str) -> Correction | None:
        return self._claims.get(claim_id)


def apply_aliases(gaz: Gazetteer, aliases: Iterable[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """Apply each (alias, place id) to this gazetteer; returns (alias, place id, why) for those
    that cannot apply (a place id gone from a rebuilt gazetteer). They stay in the store and
    are reported, never dropped: a later gazetteer may know the place again."""
    stale = []
    for alias, place_id in aliases:
        try:
            gaz.apply_alias(alias, place_id)
        except GazetteerError as e:
            stale.append((alias, place_id, str(e)))
    return stale


def correction_status(c: Correction, gaz: Gazetteer, article_ids: set[str], claim_ids: set[str]) -> str:
    """"applied", or why a correction does nothing now (its place gone from a rebuilt gazetteer,
    its article or claim no longer in the corpus). Such a correction stays in the store."""
    if c.kind in ("alias", "place") and c.value["place_id"] not in gaz.by_id:
        return f"not applied: place {c.value['place_id']} is not in this gazetteer"
    if c.kind == "place" and c.target.split(":")[0] not in article_ids:
        return "not applied: its article is not loaded"
    if c.kind in ("dismiss", "toll") and c.target not in claim_ids:
        return "not applied: the claim is no longer read from its article"
    return "applied"


def fix_places(places: ArticlePlaces, fixes: tuple[Correction, ...], gaz: Gazetteer) -> list[Correction]:
    """Apply place corrections to one article's mentions, in place; returns the fixes whose
    span is no longer a mention or an unresolved name (reported to the analyst)."""
    missing = []
    for fix in fixes:
        _, s, e = fix.target.split(":")
        start, end = int(s), int(e)
        idx = gaz.by_id.get(fix.value["place_id"])
        if idx is None:
            missing.append(fix)
            continue
        place = gaz.place(idx)
        k = next((k for k, m in enumerate(places.mentions) if (m.start, m.end) == (start, end)), None)
        if k is not None:
            old = places.mentions[k]
            base = dict(sentence_start=old.sentence_start, sentence_end=old.sentence_end)
        else:
            u = next((u for u in places.unresolved if (u.start, u.end) == (start, end)), None)
            if u is None:
                missing.append(fix)
                continue
            places.unresolved.remove(u)
            base = dict(sentence_start=u.sentence_start, sentence_end=u.sentence_end)
        a = places.article
        m = Mention(
            article=a.id, path=a.path, start=start, end=end, text=a.text[start:end], place_id=place.id,
            name=place.name, lat=place.lat, lon=place.lon, kind=place.kind,
            precision=precision_for(place.kind, near=False, parts=len(place.parts)), country=place.country,
            admin1=place.admin1_name, score=1.0, role="location", role_cue=f"fixed by {fix.author}: {fix.reason}",
            source="analyst", parts=place.parts, candidates=[], **base)
        if k is not None:
            places.mentions[k] = m
        else:
            places.mentions.append(m)
            places.mentions.sort(key=lambda m: m.start)
    return missing


def correct_claims(claims: list[Claim], corrections: Corrections) -> tuple[list[Claim], list[tuple[Claim, Correction]]]:
    """(claims with toll corrections applied, dismissed claims with their correction). A
    corrected claim is a new object; the original stays untouched."""
    kept: list[Claim] = []
    dismissed: list[tuple[Claim, Correction]] = []
    for c in claims:
        fix = corrections.for_claim(c.claim_id)
        if fix is None:
            kept.append(c)
        elif fix.kind == "dismiss":
            dismissed.append((c, fix))
        elif c.is_toll:
            v = fix.value
            note = f"corrected by {fix.author} ({fix.created_at[:10]}): {fix.reason}; reported {c.low}/{c.best}/{c.high}"
            kept.append(dataclasses.replace(c, low=v["low"], best=v["best"], high=v["high"], qualifier="corrected",
                                            vague=False, notes=[*c.notes, note]))
        else:
            kept.append(c)  # a toll correction cannot apply to an event claim; keep it as it was
    return kept, dismissed
