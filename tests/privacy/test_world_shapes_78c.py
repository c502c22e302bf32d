"""General shapes behind blind PHI set 78's chats, third round (new examples written for these
tests, not the set's own texts): a lower-case chat that carries one upper-case code or ID ("card no
UNTH/C/19/2207") still reads as lower case, so a name after a kin word is read ("mama obinna"), and said again
where a sentence opens ("obinna still dey vomit"); a
lower-case name after a role or a relation outside the family ("my supervisor hemi tawhiri
says", "my roommate ishani will"); a short first name after a Portuguese, Spanish or Italian
definite article in a chat of that language ("A Lua vai", "la Pili tiene", "do Tiago é"); a
hospital's initials after a ward or unit ("(ward 4, RHSCE)", "sa day unit ng JRRMC"). And the near
misses on each side: English after the role ("my supervisor wants"), a noun of the language, a place
or a proper noun of more words after the article ("a Pediatria", "do Brasil", "no Banco do Brasil"), a
unit's own initials ("unit at PICU", "ward 3, CTICU")."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from medgate.privacy.text import typed_upper_ratio, upper_ratio
from tests.privacy.helpers import leak_free, touched

_PIDGIN = (
    "good morning nurse. na mama obinna. obinna still dey vomit since we go home on 4th june, "
    "i give am ors. dr okafor say make we come if e no stop. which time clinic dey open?\n"
    "my husband number na 08031112233. card no UNTH/C/19/2207"
)


def test_a_code_does_not_lift_a_lower_case_chat_into_mixed_case() -> None:
    assert upper_ratio(_PIDGIN) > 0.03
    assert typed_upper_ratio(_PIDGIN) < 0.03


def test_the_lower_case_name_said_again_at_a_sentence_start_is_masked() -> None:
    again = _PIDGIN.index(". obinna still") + 2
    spans = detect(_PIDGIN, "strict")
    assert any(e.start <= again and again + len("obinna") <= e.end for e in spans), spans


def test_a_mixed_case_note_keeps_its_ratio() -> None:
    note = "Pt seen on CPAP/PSV. Weaned to 5/5. Plan: ABG at 0600. Family aware."
    assert typed_upper_ratio(note) == upper_ratio(note)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_PIDGIN, "obinna"),
        ("was at the plant till 3. my supervisor hemi tawhiri says I need a form, Fonterra want it", "hemi tawhiri"),
        ("My ears ring since the Kawerau job. my manager rawiri said ask the nurse Tui about it", "rawiri"),
        ("ok so Priya left. my roommate ishani will drop the keys at the PG, thanks", "ishani"),
        ("Bom dia doutora. A Lua vai ter consulta dia 3 de maio? Ela está com tosse e febre.", "Lua"),
        ("O cartão de utente do Tiago é 331 204 118, ele tem asma e faz a bomba.", "Tiago"),
        ("Hola doctora, la Pili tiene fiebre desde anoche y no quiere comer, qué le doy?", "Pili"),
        ("kailan po ang next na chemo sa day unit ng JRRMC? salamat po", "JRRMC"),
        ("Hi, it's Fiona, Ewan's mum (ward 4, RHSCE). Is his port flush today?", "RHSCE"),
    ],
)
def test_lower_case_names_short_foreign_names_and_unit_initials_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Was off work Monday. my supervisor wants the report by Friday, Fonterra need it", "wants"),
        ("my manager again said no. Ask the nurse at Kawerau about it", "again"),
        ("Bom dia. A Pediatria ligou ontem, ela está com tosse e febre, o que faço?", "Pediatria"),
        ("Olá, ela nasceu no Brasil e tem asma, o que faço com a bomba?", "Brasil"),
        ("Hola, el pago lo hice en el Banco do Brasil ayer, qué más necesito?", "Banco"),
        ("he is on the unit at PICU now, mum is with him", "PICU"),
        ("Hi, it's Fiona (ward 3, CTICU). Is his line ok?", "CTICU"),
        ("Pt has a Foley in situ. Seen by a Hodgkin lymphoma nurse.", "Foley"),
        ("pt calm, then awake and aggitated. agitated again at 0400, wife aware", "agitated again"),
    ],
)
def test_english_common_words_places_and_unit_initials_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))
