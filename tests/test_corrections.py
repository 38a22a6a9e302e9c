"""Corrections re-applied on every (re)processing, through the real pipeline and store."""
from __future__ import annotations

import pytest

from geo.articles import parse_article
from geo.corrections import Correction, Corrections, apply_aliases, check, correction_status
from geo.exc import CorrectionError
from geo.pipeline import Limits, build_map, read_corpus
from geo.store import Store

TEXT = ("Twelve civilians were killed in Homs on Monday, the Example Monitor said.\n"
        "Separately, four soldiers were killed near Zorblat on Tuesday, the Example Monitor said.\n")


def article():
    return parse_article(TEXT.encode(), "report.txt")


def correction(kind, target, value=None, reason="checked against the source", when="2026-01-01T00:00:00"):
    return Correction(f"{kind}-{target}", kind, target, value or {}, reason, "ana@example.org", when)


def killed(corpus, gaz):
    return sum(l.killed() or 0 for l in build_map(corpus, gaz).localities)


def test_dismissed_claim_leaves_the_map_and_is_listed_with_its_reason(gazetteer):
    plain = read_corpus([article()], gazetteer)
    toll = next(c for c in plain.claims if c.best == 12)
    fixed = read_corpus([article()], gazetteer, corrections=Corrections([correction("dismiss", toll.claim_id)]))
    assert toll.claim_id not in {c.claim_id for c in fixed.claims}
    [(claim, why)] = fixed.dismissed
    assert claim.claim_id == toll.claim_id and why.reason == "checked against the source"
    assert killed(fixed, gazetteer) == killed(plain, gazetteer) - 12


def test_corrected_toll_changes_the_figures_but_keeps_the_evidence(gazetteer):
    plain = read_corpus([article()], gazetteer)
    toll = next(c for c in plain.claims if c.best == 12)
    fix = correction("toll", toll.claim_id, {"low": 10, "best": 11, "high": 13})
    fixed = read_corpus([article()], gazetteer, corrections=Corrections([fix]))
    new = next(c for c in fixed.claims if c.claim_id == toll.claim_id)
    assert (new.low, new.best, new.high) == (10, 11, 13)
    assert new.sentence == toll.sentence and (new.start, new.end) == (toll.start, toll.end)
    assert "reported 12/12/12" in new.notes[-1] and "ana@example.org" in new.notes[-1]
    assert toll.best == 12  # the uncorrected claim object is untouched


def test_the_latest_correction_of_a_claim_wins(gazetteer):
    toll = next(c for c in read_corpus([article()], gazetteer).claims if c.best == 12)
    fixes = [correction("toll", toll.claim_id, {"low": 5, "best": 5, "high": 5}, when="2026-01-02"),
             correction("dismiss", toll.claim_id, when="2026-01-01")]
    fixed = read_corpus([article()], gazetteer, corrections=Corrections(fixes))
    assert next(c for c in fixed.claims if c.claim_id == toll.claim_id).best == 5


def test_place_fixed_by_hand_moves_the_claims_of_that_sentence(gazetteer):
    plain = read_corpus([article()], gazetteer)
    homs = next(m for m in plain.places[0].mentions if m.text == "Homs")
    hama = gazetteer.find("Hama")[0]
    target = f"{homs.article}:{homs.start}:{homs.end}"
    fixed = read_corpus([article()], gazetteer, corrections=Corrections([correction("place", target, {"place_id": hama.id})]))
    m = next(m for m in fixed.places[0].mentions if m.start == homs.start)
    assert (m.place_id, m.source) == (hama.id, "analyst") and "ana@example.org" in m.role_cue
    toll = next(c for c in fixed.claims if c.best == 12)
    assert toll.place_id == hama.id


def test_unresolved_name_can_be_placed_by_hand(gazetteer):
    plain = read_corpus([article()], gazetteer)
    [u] = [u for u in plain.places[0].unresolved if u.text == "Zorblat"]
    idlib = gazetteer.find("Idlib")[0]
    fix = correction("place", f"{u.article}:{u.start}:{u.end}", {"place_id": idlib.id})
    fixed = read_corpus([article()], gazetteer, corrections=Corrections([fix]))
    assert not any(x.text == "Zorblat" for x in fixed.places[0].unresolved)
    soldiers = next(c for c in fixed.claims if c.best == 4)
    assert soldiers.place_id == idlib.id


def test_a_correction_that_no_longer_matches_is_reported_not_dropped(gazetteer):
    fix = correction("place", f"{article().id}:1:3", {"place_id": gazetteer.find("Hama")[0].id})
    fixed = read_corpus([article()], gazetteer, corrections=Corrections([fix]))
    assert any("no longer matches" in n for n in fixed.articles[0].notes)


def test_an_alias_whose_place_left_the_gazetteer_is_skipped_and_reported(gazetteer):
    from geo.gazetteer import Gazetteer

    gaz = Gazetteer.load()  # its own overlay: the shared fixture stays clean
    idlib = gaz.find("Idlib")[0]
    stale = apply_aliases(gaz, [("Zorblat", "g:0"), ("Qarfa", idlib.id)])
    assert stale == [("Zorblat", "g:0", "unknown place id 'g:0'")]
    assert [p.id for p in gaz.find("Qarfa")][:1] == [idlib.id]  # the good one still applies

    fixes = [correction("alias", "Zorblat", {"place_id": "g:0"}), correction("alias", "Qarfa", {"place_id": idlib.id}),
             correction("dismiss", "gone-claim"), correction("place", f"{article().id}:0:6", {"place_id": idlib.id}),
             correction("place", "other-article:0:4", {"place_id": idlib.id})]
    status = [correction_status(c, gaz, {article().id}, set()) for c in fixes]
    assert status == ["not applied: place g:0 is not in this gazetteer", "applied",
                      "not applied: the claim is no longer read from its article", "applied",
                      "not applied: its article is not loaded"]


def test_corrections_from_the_store_survive_a_restart(gazetteer, tmp_path):
    store = Store(tmp_path)
    store.add_article("report.txt", TEXT.encode(), "ana")
    toll = next(c for c in read_corpus([article()], gazetteer).claims if c.best == 12)
    store.add_correction("dismiss", toll.claim_id, {}, "duplicate of another report", "ana")
    # a new process: nothing but the store file
    again = Store(tmp_path)
    arts = [parse_article(a.data, a.name) for a in again.articles()]
    corpus = read_corpus(arts, gazetteer, corrections=Corrections(again.corrections()))
    assert toll.claim_id not in {c.claim_id for c in corpus.claims}
    assert corpus.dismissed[0][1].reason == "duplicate of another report"


def test_memo_reuses_unchanged_articles_and_redoes_corrected_ones(gazetteer):
    memo: dict = {}
    first = read_corpus([article()], gazetteer, memo=memo)
    again = read_corpus([article()], gazetteer, memo=memo)
    assert again.places[0] is first.places[0]
    homs = next(m for m in first.places[0].mentions if m.text == "Homs")
    fix = correction("place", f"{homs.article}:{homs.start}:{homs.end}", {"place_id": gazetteer.find("Hama")[0].id})
    fixed = read_corpus([article()], gazetteer, corrections=Corrections([fix]), memo=memo)
    assert fixed.places[0] is not first.places[0]
    assert next(m for m in first.places[0].mentions if m.text == "Homs").place_id == homs.place_id  # memo untouched


@pytest.mark.parametrize("kind, target, value, reason, message", [
    ("toll", "c1", {"low": 5, "best": 3, "high": 9}, "x", "low ≤ best ≤ high"),
    ("toll", "c1", {"low": 1, "best": 2, "high": 10**12}, "x", "more than any recorded toll"),
    ("toll", "c1", {"low": "a", "best": 2, "high": 3}, "x", "whole numbers"),
    ("toll", "c1", {"low": -1, "best": 2, "high": 3}, "x", "≥ 0"),
    ("dismiss", "c1", {}, "   ", "say why"),
    ("dismiss", "", {}, "x", "nothing to correct"),
    ("alias", "Snobar", {"place_id": "gn:nope"}, "x", "unknown place"),
    ("alias", "123", {"place_id": "gn:nope"}, "x", "unknown place"),
    ("place", "abc:9:3", {"place_id": "gn:nope"}, "x", "unknown place"),
    ("rename", "x", {}, "x", "unknown kind"),
])
def test_impossible_corrections_are_refused_with_a_message(gazetteer, kind, target, value, reason, message):
    with pytest.raises(CorrectionError, match=message):
        check(kind, target, value, reason, gazetteer)


def test_valid_corrections_pass_and_are_normalised(gazetteer):
    pid = gazetteer.find("Homs")[0].id
    assert check("toll", "c1", {"low": "3", "best": 4, "high": 4.0}, "typo") == {"low": 3, "best": 4, "high": 4}
    assert check("place", "abc:3:9", {"place_id": pid}, "wrong Homs", gazetteer) == {"place_id": pid}
    with pytest.raises(CorrectionError, match="article_id:start:end"):
        check("place", "abc:9:3", {"place_id": pid}, "x", gazetteer)


def test_character_cap_reads_the_start_and_says_so(gazetteer):
    long = parse_article((TEXT + "Filler words here. " * 2000).encode(), "long.txt")
    corpus = read_corpus([long], gazetteer, limits=Limits(max_chars=300, seconds=None))
    assert any("only the first 300" in n for n in corpus.articles[0].notes)
    assert len(corpus.articles[0].text) == len(long.text)  # nothing cut out of the article itself
    assert any(c.best == 12 for c in corpus.claims)


def test_time_budget_stops_reading_and_says_where(gazetteer):
    long = parse_article((TEXT * 400).encode(), "slow.txt")
    corpus = read_corpus([long], gazetteer, limits=Limits(seconds=1e-9))
    notes = corpus.articles[0].notes
    assert any("time budget" in n for n in notes)
    assert corpus.places[0].read_to is not None and corpus.places[0].read_to < len(long.text)
    assert all(c.start < corpus.places[0].read_to for c in corpus.claims)
