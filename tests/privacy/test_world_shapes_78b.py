"""General shapes behind blind PHI set 78's chats in other languages (new examples written for
these tests, not the set's own texts): a lab or a vital sign reported with its value after a
copula ("die Thrombos sind nur 1,9", "a glicemia estava em 7,4", "la ferritina era 12,5", "la
saturación está en 91%"): the measured word and the verb are no one's name; a German common noun
after "das", "ein" or "kein" ("das Röntgenbild", "kein Ultraschall"); the accented spelling of
another language's function word ("está", "không", "của"), a verb or a particle where the plain
spelling ("Esta", "Cua") is a name. And the near misses on each side: a first name or surname
before the copula, a name after the article, a facility word, the unaccented name."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hallo, die Thrombos sind nur 1,9 laut Hausarzt.", "Thrombos sind"),
        ("Morgen Kontrolle, Erys waren zuletzt 3,1.", "Erys waren"),
        ("Boa tarde. A glicemia estava em 7,4 de manhã.", "glicemia estava"),
        ("Doctora, la ferritina era 12,5 en marzo.", "ferritina era"),
        ("Mi hijo tose y la saturación está en 91% ahora.", "saturación está"),
        ("Der Arzt will noch das Röntgenbild sehen.", "Röntgenbild"),
        ("Ich brauche ein Folgerezept für Metformin.", "Folgerezept"),
        ("Bitte kein Ultraschall vor Montag.", "Ultraschall"),
        ("Ela está melhor hoje, obrigado.", "está"),
        ("cháu đi học không được ạ", "không"),
        ("số điện thoại của mẹ là", "của"),
    ],
)
def test_measured_words_german_nouns_and_accented_verbs_are_kept(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hallo, Schmidt war letztes Mal 2,8 Stunden hier.", "Schmidt"),
        ("Oi, Beatriz estava nos 95% ontem.", "Beatriz"),
        ("La glucosa estaba en 180,5 y Carmen era 3,2.", "Carmen"),
        ("Ich war mit das Anneli beim Arzt.", "Anneli"),
        ("Er liegt im Marienkrankenhaus, das Klinikum Nordstadt ist voll.", "Nordstadt"),
        ("Ela está bem. Esta Williams ligou ontem.", "Esta Williams"),
    ],
)
def test_names_beside_those_shapes_are_still_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Can I go back on graveyard shift? My TL is Sir Rodel.", "Rodel"),
        ("Ma'am Jessa approved my leave po, thank you", "Jessa"),
        ("pls inform Maam Lorna of my sched", "Lorna"),
    ],
)
def test_philippine_sir_and_maam_before_a_first_name_are_masked(text: str, value: str) -> None:
    """Philippine English calls a team lead or a teacher "Sir" or "Ma'am" and the first name."""
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Thank you Sir. Will submit tomorrow", "Will"),
        ("Yes Sir Please advise on RTW", "Please"),
        ("Good morning Ma'am Noted po", "Noted"),
    ],
)
def test_english_words_after_sir_and_maam_are_kept(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))
