"""Clinical words that blind PHI set 38 lost to the name rules, and a place shape it showed (new
examples written for these tests, not the set's own texts): a rare score or classification named
before its noun, a type letter between an eponym and its noun, an abbreviation after "X/HI." read as
a greeting; a Polish institution named after its patron ("szpital im. X")."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import covered, masked, touched


@pytest.mark.parametrize(("text", "keep"), [
    # a score or scale the lexicon knows only as a rare word, before its noun
    ("On admission his Waterlow score was 21, repositioned 2-hourly.", "Waterlow"),
    ("The Norton scale today: 12, high risk.", "Norton"),
    ("Her Braden score has dropped to 13.", "Braden"),
    # an eponymous classification with its type between the name and the noun
    ("X-ray showed Weber C fracture of the right fibula.", "Weber C"),
    ("Displaced Garden IV fracture, for arthroplasty.", "Garden IV"),
    ("Schatzker II fracture managed in a brace.", "Schatzker II"),
    # "HI" after a slash ends a sentence of findings, it greets no one
    ("Denies SI/HI. PHQ-9 of 17 today.", "PHQ"),
    ("No SI/HI. AUDIT-C 9, drinks daily.", "AUDIT"),
])
def test_a_clinical_word_is_kept(text: str, keep: str) -> None:
    assert not touched(text, keep), detect(text, "strict")


@pytest.mark.parametrize(("text", "value"), [
    # a hospital or clinic named after its patron, lower case or capitalised (masked before too, as
    # a name after "im" read as "I'm": kept now that a full stop ends an introduction)
    ("mama leży w szpitalu im. rydygiera od wtorku", "rydygiera"),
    ("Wypis ze Szpitala Klinicznego im. Karola Jonschera w Poznaniu.", "Karola Jonschera"),
    ("byłam w przychodni im. kopernika na kontroli", "kopernika"),
    # a person named with a type letter is still a person, after a title or a verb of speaking
    ("Discussed with Dr. Weber B this morning.", "Weber"),
    # a greeting that opens a chat still introduces the name after it
    ("hi. Tane here from the pharmacy", "Tane"),
])
def test_a_name_or_place_is_masked(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), detect(text, "strict")
