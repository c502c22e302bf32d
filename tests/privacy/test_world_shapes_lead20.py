"""Over-masks the lead found in the strict policy (new examples, not the sets' texts): anatomy
told as Greek and Latin roots before "junction" ("the ileocaecal junction") is no town's
junction; "at the mercy of" is no hospital called the Mercy; a verb's contraction after a word
("would've", "they'll") is no name, where its word is English. And the near misses on each side:
a lower-case town's junction, the Mercy as a hospital, a name before "'ll"."""

from __future__ import annotations

import pytest

from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("CT: thickening at the ileocaecal junction, no collection", "ileocaecal junction"),
        ("scope showed a hiatus above the gastro-oesophageal junction", "gastro-oesophageal junction"),
        ("duplex: reflux at the saphenopopliteal junction on the left", "saphenopopliteal junction"),
        ("US kidneys: narrowing at the pelviureteric junction", "pelviureteric junction"),
    ],
)
def test_anatomy_before_junction_is_kept(text: str, kept: str) -> None:
    assert not touched(text, kept)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the matatu left her at kisauni junction around 6", "kisauni"),
        ("we live past ndumberi junction, the blue gate", "ndumberi"),
    ],
)
def test_a_lower_case_town_junction_is_still_masked(text: str, value: str) -> None:
    assert leak_free(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "honestly we're at the mercy of the bus timetable",
        "the farm is at the mercy of the river every spring",
    ],
)
def test_at_the_mercy_of_is_kept(text: str) -> None:
    assert not touched(text, "mercy")


def test_the_mercy_as_a_hospital_is_still_masked() -> None:
    assert leak_free("dad was taken to the Mercy on friday night", "Mercy")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("my nan would've turned 90 this week", "would've"),
        ("grandad should've gone in sooner, we'll see", "should've"),
        ("my aunty could've driven him but they're away", "could've"),
    ],
)
def test_a_verb_contraction_after_kin_is_no_name(text: str, kept: str) -> None:
    assert not touched(text, kept)


def test_a_name_before_a_contraction_is_still_masked() -> None:
    assert leak_free("ask for Siobhan, Siobhan'll sort the forms", "Siobhan")


def _plausible_name(text: str, span: str) -> bool:
    """Whether a tagger span `span` of `text`, read as a name, would be kept (the veto itself: which
    words the tagger takes changes with its training, so detect() alone cannot show the veto works)."""
    from medgate.privacy.detect import _strict, plausible_learned
    from medgate.privacy.lexicon import lexicon
    from medgate.privacy.types import Entity, PhiType

    lex = lexicon()
    start = text.index(span)
    return plausible_learned(Entity(PhiType.NAME, start, start + len(span), span), text, _strict(lex), lex)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("asked how her knee is: 'Champion', she said, walking unaided", "Champion"),
        ('how is the pain? "Fine" he says, eating lunch', "Fine"),
    ],
)
def test_a_word_quoted_as_said_is_no_name(text: str, span: str) -> None:
    assert not _plausible_name(text, span)


def test_a_name_quoted_after_called_is_still_masked() -> None:
    assert _plausible_name("the baby they've called 'Grace' after her nan, born at 0300", "Grace")
    assert leak_free("the baby they've called 'Rose' she says, born at 0300", "Rose")
