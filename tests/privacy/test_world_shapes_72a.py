"""General shapes behind blind PHI set 72's names, numbers and dates (new examples written for
these tests, not the set's own texts): a name that owns a kin word of any language after a
capital, and that name said again alone ("hi it's Ana, Tevita's nana. Tevita has a rash"); a
colleague called by name where a message opens ("Temitope pls, ...", "Joy — ..."); a full name
before an age in years ("Bhim Magar 92 yrs"); a phone in pairs of digits after a phone word
("tlf 31 58 22", "my phone 47 20 16"); a phone read out in Spanish or Portuguese with its pairs
as numbers ("setenta y dos, ..."); an ordinal day after its week or joined to another ("next
week 9th and 11th"); a Polish weekday abbreviated before a day.month ("pon. 04.03"); an age in
brackets after a date of birth with its years abbreviated ("ur. 14.05.1930 (94 l.)"); a record
number with dotted thousands after its word ("prontuário 4.118.207"). Kept: a staging eponym's
letter before a full stop and a clinical word ("Child-Pugh B. Albumin"). And the near misses on
each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from medgate.privacy.lexicon import lexicon
from medgate.privacy.strict.kin_owners import kin_owner_spans
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("this is Losa, Fern's aunty. Fern had the fits", ["Fern", "Fern"]),
        ("hi it's Seini, Wren's nana. Wren has a rash", ["Wren", "Wren"]),
        ("its Kim, Nev's daughter. Nev is ok", ["Nev", "Nev"]),
        ("it's Hemi here. moko's koro got taken in", []),  # (a family word of another language after lower case)
        ("the man's aunty came", []),
        ("Mum's tita said Fern is ok", []),
    ],
)
def test_a_kin_words_owner_and_the_name_said_again(text: str, names: list[str]) -> None:
    """The pass itself: the tagger finds many of these alone, so a detect() test would pass without it."""
    assert [e.text for e in kin_owner_spans(text, lexicon(), frozenset())] == names


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hi it's Ana, Tevita's nana. Tevita has a rash since Sunday", "Tevita"),
        ("Kia ora, Aroha here, Wiremu's koro. Wiremu is coughing again", "Wiremu"),
        ("this is Dolly, Sione's aunty. Sione fell off the bike", "Sione"),
        ("Temitope pls, the twins in bay 2 need obs", "Temitope"),
        ("Joy — pt in 14 is asking for you", "Joy"),
        ("Sue, can you check the 0800 bloods", "Sue"),
        ("from the hills, Bhim Magar 92 yrs, lives alone", "Bhim Magar"),
        ("works at the harbour, tlf 31 58 22. Takk", "31 58 22"),
        ("my phone 47 20 16 after 5 pls", "47 20 16"),
        ("telefon: 62 19 04", "62 19 04"),
        ("su celular es setenta y dos, nueve nueve uno, cero cuatro cinco", "setenta y dos, nueve nueve uno"),
        ("o telefone dela é quarenta e um, oito oito dois, dezoito, trinta", "quarenta e um, oito oito dois"),
        ("can't come next week 9th and 11th, sorry", "11th"),
        ("off work this week 22nd, 24th or 26th", "24th"),
        ("Kolejna wizyta: pon. 04.03. Lekarz: dr Nowak", "pon. 04.03"),
        ("wizyta sob. 16.11 o 9", "sob. 16.11"),
        ("Pacjentka ur. 14.05.1930 (94 l.), PESEL", "94"),
        ("Pat. geb. 01.03.1930 (94 J.), Station 4", "94"),
        ("paciente 71 a, prontuário 4.118.207, leito 3", "4.118.207"),
        ("HC nº 1.902.336 - Hospital Regional", "1.902.336"),
    ],
)
def test_names_numbers_and_dates_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("HBV cirrhosis, Child-Pugh B. Albumin 28, lactulose", "Child-Pugh B"),
        ("alcoholic liver disease, Child-Pugh A. Rifaximin started", "Child-Pugh A"),
        ("Plan — bloods in the morning", "Plan"),
        ("Obs pls at 2200", "Obs"),
        ("Will do, thanks", "Will"),
        ("Intubated, sedated on propofol", "Intubated"),
        ("Hallo, ich habe Fieber", "Hallo"),
        ("Mama, the nurse called about the tablets", "Mama"),
        ("the man's aunty came at 10", "aunty"),
        ("it's Hemi here. moko's koro got taken in", "moko"),
        ("Gleason 7 on biopsy", "Gleason 7"),
        ("BP 12 34 56 noted", "12 34 56"),
        ("seen 12 03 24 in clinic", "12 03 24"),
        ("tomó dos pastillas a las cinco y media", "dos"),
        ("3rd and 4th toes amputated", "3rd"),
        ("in the 2nd week of treatment", "2nd"),
        ("the 3rd doses were given", "3rd"),
        ("wt 20.05 kg today", "20.05"),
        ("pt 12/03 seen, stable", "pt"),
        ("bilans płynów (95 l.)", "95"),
        ("plaquetas 250.000, Hb 9.8", "250.000"),
        ("custo total R$ 1.200.000", "1.200.000"),
    ],
)
def test_near_misses_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))
