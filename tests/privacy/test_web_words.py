"""Words only web text knows: the tagger's call on them decides, where it reads a place or a name
in their company; short jargon and misspelt or inflected known words stay jargon."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from medgate.privacy.learned.web_words import web_name, web_only, web_word_starts
from medgate.privacy.lexicon import lexicon


def masked(text: str) -> list[str]:
    return [e.text for e in detect(text, "strict")]


@pytest.mark.parametrize(
    "word", ["Derriford", "raigmore", "MATTANCHERRY", "Southmead's", "wythenshawe"]
)
def test_a_word_no_list_knows_but_the_web_may_be_a_name(word: str) -> None:
    assert web_name(word, lexicon())


@pytest.mark.parametrize(
    "word",
    [
        "afib",  # short jargon
        "Intensivist", "neonatologists",  # trades
        "postop", "transfemoral",  # a clinical prefix before a word
        "shukriya", "dziekuje",  # a sign-off in another language
        "overnite", "suctioning",  # a known word inflected or spelt as people type it
        "INCRESING",  # a misspelling the web does not know at all (the strict filter's to judge)
        "hospital", "Kettering", "Margaret", "metformin",  # English, a place, a name, a drug: the lists know them
    ],
)  # fmt: skip
def test_jargon_variants_and_listed_words_are_not_web_names(word: str) -> None:
    assert not web_name(word, lexicon())


def test_the_tagger_looks_around_web_only_words() -> None:
    text = "TRANSFERRED VIA DERRIFORD ED, afib"
    assert web_word_starts(text, lexicon()) == {text.index("DERRIFORD")}
    assert web_only("Frenchay", lexicon()) and not web_only("porter", lexicon())


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("grew up in mattancherry, moved here in 2009", "mattancherry"),
        ("ADMITTED VIA SOUTHMEAD ED, SON AT BEDSIDE", "SOUTHMEAD"),
        ("TRANSFERRED VIA DERRIFORD ED, WIFE AT BEDSIDE", "DERRIFORD"),
    ],
)
def test_a_web_only_word_the_tagger_reads_as_a_place_is_masked(text: str, place: str) -> None:
    assert place in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "No restenosis on repeat angiogram. Bicarb 26.",
        "suctioning overnite, INCRESING secretions, BILAT crackles",
        "BP stable, creamsicle for dessert, tolerating diet",
    ],
)
def test_web_only_clinical_words_and_typos_stay(text: str) -> None:
    assert masked(text) == []
