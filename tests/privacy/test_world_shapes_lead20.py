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


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("asked how her knee is: 'Better', she said, walking unaided", "Better"),
        ('how is the pain? "Okay" he says, eating lunch', "Okay"),
    ],
)
def test_a_word_quoted_as_said_is_no_name(text: str, kept: str) -> None:
    assert not touched(text, kept)


def test_a_name_quoted_after_called_is_still_masked() -> None:
    assert leak_free("the baby they've called 'Rose' she says, born at 0300", "Rose")
