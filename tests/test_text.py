import re

import pytest

from geo.text import loose_key, name_key, split_sentences, tokenize


@pytest.mark.parametrize("variants", [
    ["Tartous", "Tartus", "Ţarţūs"],
    ["Jableh", "Jablah", "Jabla"],
    ["Baniyas", "Banias", "Bāniyās"],
    ["Latakia", "Lattakia"],
    ["Al-Ladhiqiyah", "al Ladhiqiyah", "Ladhiqiyah", "El-Ladhiqiyah", "Al‘Ladhiqiyah"],
    ["Hmeimim", "Khmeimim", "Ḩmaymīm"],
    ["Deir ez-Zor", "Deir Ez Zor", "Deir al-Zor"],
])
def test_spelling_variants_share_a_loose_key(variants):
    assert len({loose_key(name_key(v)) for v in variants}) == 1


def test_strict_key_removes_case_diacritics_apostrophes_and_articles():
    assert name_key("Ţarţūs") == name_key("TARTUS") == "tartus"
    assert name_key("Sana'a") == name_key("Sana’a") == name_key("Sanaʿa") == "sanaa"
    assert name_key("As-Suwayda") == name_key("Suwayda")
    assert name_key("Al") == "al"  # a lone article is a name, not nothing


def test_distinct_places_keep_distinct_keys():
    assert loose_key(name_key("Homs")) != loose_key(name_key("Hama"))
    assert loose_key(name_key("Idlib")) != loose_key(name_key("Aleppo"))


def test_arabic_script_is_normalised():
    # alef with hamza and taa marbuta folded, the article prefix dropped
    assert name_key("اللاذقية") == name_key("لاذقيه")
    assert name_key("أدلب") == name_key("ادلب")


def test_tokens_keep_offsets_and_split_possessives():
    text = "Syria’s coast, U.S. envoy; Deir ez-Zor"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["Syria", "s", "coast", "U.S.", "envoy", "Deir", "ez", "Zor"]
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_sentences_respect_abbreviations_and_initials():
    t = "U.S. Secretary of State Marco Rubio spoke. Mr. Smith left. George W. Bush came! Then?"
    spans = split_sentences(t)
    assert [t[a:b] for a, b in spans] == [
        "U.S. Secretary of State Marco Rubio spoke.", "Mr. Smith left.", "George W. Bush came!", "Then?"]


def test_sentences_split_at_newlines_and_offsets_point_into_text():
    t = "  First line without stop\nSecond one. Third “quoted.” Fourth"
    spans = split_sentences(t, 2)
    assert [t[a:b] for a, b in spans] == ["First line without stop", "Second one.", "Third “quoted.”", "Fourth"]


def test_no_sentence_is_longer_than_the_bound():
    from geo.text import MAX_SENTENCE

    rng = "Gunmen killed 12 people in Homs and 7 in Hama, " * 2000 + "x" * 5000 + " end"
    spans = split_sentences(rng)
    assert spans and all(e - s <= MAX_SENTENCE for s, e in spans)
    covered = "".join(rng[s:e] for s, e in spans)
    assert covered.replace(" ", "") == rng.replace(" ", "")  # nothing lost, only cut
    # a long sentence is cut at a clause boundary when there is one
    assert all(rng[e - 1] in ",x" or e == len(rng) for s, e in spans[:-1])


def test_a_run_of_full_stops_and_spaces_is_one_boundary():
    text = "Three killed." + "." * 2000 + " " * 2000 + "Then calm."
    spans = split_sentences(text)
    assert text[slice(*spans[0])].startswith("Three killed.") and text[slice(*spans[-1])] == "Then calm."
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")


def test_only_the_listed_letters_fold_into_ascii():
    """``ascii_folding`` trusts ``lower()`` unless a text holds İ ı ſ K: no other code point
    matches an ASCII letter case-insensitively, or lower-cases to one."""
    import sys

    from geo.text import _FOLDS_TO_ASCII

    letter = re.compile("(?i)[a-z]")
    folding = [chr(c) for c in range(128, sys.maxunicode + 1)
               if letter.match(chr(c)) or any(ch.isascii() for ch in chr(c).lower())]
    assert folding and all(_FOLDS_TO_ASCII.match(c) for c in folding)


GATE_TEXTS = [
    "Two men were shot dead near the market.", "The gunmen SHOT DEAD a guard.", "He took his own life.",
    "Owners of a life insurance firm met.", "Lifeless streets, no deaths.", "Seven killed-in-action soldiers.",
    "The pro-government militia.", "A pro government rally.", "shotdead is one word here", "KİLLED, in Turkish capitals",
    "Kıller whales", "", "Nothing here at all.", "Sons and daughters", "The mansion", "A madman and 2women",
]


@pytest.mark.parametrize("text", GATE_TEXTS)
def test_a_word_gate_answers_as_its_pattern_does(text):
    from geo.text import WordGate, word_set

    phrases = WordGate(["shot dead", "killed", "own life", "pro-government", "deaths"])
    words = WordGate(word_pattern="sons?|daughters?|m[ae]n|wom[ae]n")
    for gate in (phrases, words):
        expected = gate.pattern.search(text) is not None
        assert gate.search(text) == expected
        assert gate.search(text, word_set(text)) == expected


def test_a_full_stop_glued_to_the_next_sentence_still_ends_one():
    # pasted text loses the space: "at the market.Three people ..." is two sentences, and the
    # second's first word opens it; initialisms and firms' names are not split
    text = "A bomb went off at the market.Three people were hurt. U.S.Army units and Acme Inc.The end"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "A bomb went off at the market.", "Three people were hurt.", "U.S.Army units and Acme Inc.The end"]


def test_an_alternation_as_a_trie_matches_as_the_plain_one_longest_first():
    import re

    from geo.text import alternation
    words = ["shot", "shot dead", "shot and killed", "kill", "kills", "killed", "co-workers", "fiancée"]
    trie = re.compile(r"(?i)\b(?:" + alternation(words) + r")\b")
    plain = re.compile(r"(?i)\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b")
    text = "Shot deadline; shot dead, shot and killed; kills, kill, KILLED; co-workers and a fiancée"
    assert [m.group() for m in trie.finditer(text)] == [m.group() for m in plain.finditer(text)]
    assert [m.group() for m in trie.finditer(text)][:3] == ["Shot", "shot dead", "shot and killed"]


@pytest.mark.parametrize("text, sentences", [
    ("Gunmen killed 4 herders near the river (Ngala, Borno). 4 fatalities.", 2),
    ("The militia said it had killed 40. 12 soldiers died, officials said.", 2),
    ("He wore the No. 9 shirt for the club.", 1),
    ("See Art. 5 of the treaty.", 1),
])
def test_a_sentence_may_open_with_a_figure(text, sentences):
    assert len(split_sentences(text)) == sentences
