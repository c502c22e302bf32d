"""General shapes behind blind PHI set 75's eponyms, dates and phones (new examples written for
these tests, not the set's own texts). Kept: two or three eponyms joined by a hyphen that the
eponym vocabulary lists whole, with no noun after them ("?TEN vs Stevens-Johnson, derm to see",
"Wolff-Parkinson-White on the ECG"), a hyphenated eponym in brackets between a lower-case word and
the noun it names ("brachiobasilic (Gracz-Lindholm) AVF"), and a Vietnamese sentence's first
syllable, capitalised only as its opening ("Tiểu cầu giảm"). Masked: a date in Kriolu with its
"di" ("14 di agostu"), a Lithuanian month before its day ("gegužės 7"), a Dutch weekday shorthand
before a month in words ("vr 9 juni"), a compound ordinal day said after "on"/"by" with no "the"
("on twenty third"), a day.month after "Adm" ("Adm 17.08"), a seven-digit phone in three groups
after a Portuguese or Kriolu phone word ("telemóvel é 982 15 40"), a phone read out in Italian
digit words. Names: a surname after an Italian title ("dottoressa Sanna", also the ear's pinna:
a surname the lists know), a given name after a Basque grandparent's word, in capitals too ("AMONA
MIREN"), a name a caller rings about with "his"/"her" after it ("phoning aboot Eck, his bloods"),
an age over 89 before "/F" or "/M" ("Pt Devi Raman 94/M"). And the near misses on each side: a real double surname after a title or first
name, a count, a dose, a floor."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mucosal erosions ++. ?TEN vs Stevens-Johnson, derm to see today", "Stevens-Johnson"),
        ("Delta waves, Wolff-Parkinson-White on the ECG, cardio aware", "Wolff-Parkinson-White"),
        ("Ascending weakness, ?Guillain-Barré, LP booked", "Guillain-Barré"),
        ("Access: R brachiobasilic (Gracz-Lindholm) AVF, thrill present", "Gracz-Lindholm"),
        ("left forearm (Fenwick-Oduya) fistula needled x2", "Fenwick-Oduya"),
        ("Xét nghiệm: Tiểu cầu giảm, bạch cầu bình thường.", "Tiểu"),
    ],
)
def test_hyphenated_eponyms_and_vietnamese_openings_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seen by Dr Ortiz-Kane on the ward round", "Ortiz-Kane"),
        ("Mrs Stevens-Johnson rang about her appointment", "Stevens-Johnson"),
        ("Daughter Alinta Okoro-Brandt present for the meeting", "Okoro-Brandt"),
        ("Bệnh nhân ổn định. Tiểu Nguyễn đến thăm.", "Tiểu Nguyễn"),
    ],
)
def test_double_surnames_of_people_stay_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("N ta bai pa spital dia 14 di agostu, ka bu skese", "14 di agostu"),
        ("konsulta e 3 di marsu di manhan", "3 di marsu"),
        ("the doctor in Vilnius has a slot gegužės 7, is that ok", "gegužės 7"),
        ("her op is sausio 22 d. at the clinic", "sausio 22 d."),
        ("Controle is vr 9 juni om 10 uur", "vr 9 juni"),
        ("can we bring him on twenty third morning", "twenty third"),
        ("report needed by thirty-first latest", "thirty-first"),
        ("Folder 8812/23 Adm 17.08 via casualty", "17.08"),
        ("Meu telemóvel é 982 15 40, liga amanhã", "982 15 40"),
        ("nha telefone e 955 02 71 obrigadu", "955 02 71"),
        ("Il cellulare di mia figlia è sei due otto tre uno nove quattro sette cinque zero", "sei due otto tre uno nove quattro sette cinque zero"),
    ],
)
def test_world_dates_and_phones_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("BP on twenty five mg of atenolol", "twenty five"),
        ("moved to twenty fifth floor bay", "twenty fifth"),
        ("adm 2.5 mg iv morphine", "2.5"),
        ("I do 3 sessions a week", "3 sessions"),
        ("took 912 47 32 steps today", "912 47 32"),
        ("ho tre figli, due maschi e una femmina", "tre figli"),
        ("kovo 180 mg dose", "180"),
        ("can i move it to di 12th?", "di"),
    ],
)
def test_counts_doses_and_near_misses_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("buongiorno dottoressa Sanna, sono la figlia di Efisio", "Sanna"),
        ("grazie dottore Pinna per la visita", "Pinna"),
        ("Signora Ledda ha chiamato ieri", "Ledda"),
        ("ATTA!! AMONA MIREN FELL AT HOME, IN CRUCES NOW", "MIREN"),
        ("amona itziar is at home with us", "itziar"),
        ("AITONA KOLDO IS ASKING FOR YOU", "KOLDO"),
        ("aye, just phoning aboot Eck, his bloods wis high", "Eck"),
        ("calling about Morag, her dressing needs changing", "Morag"),
        ("Pt Devi Raman 94/M, IP no 3318-20412, ward 6", "94"),
        ("Pt Anbu Selvi 91/F admitted overnight", "91"),
    ],
)
def test_titled_kin_called_about_names_and_old_ages_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("la dottoressa ha detto di aspettare", "ha detto"),
        ("AMONA IS IN BED SINCE MONDAY", "IS IN BED"),
        ("my amona said it was fine", "said"),
        ("phoning about Dad, his tablets ran out", "Dad"),
        ("calling about Warfarin, her dose was changed", "Warfarin"),
        ("ringing about Monday, her slot moved", "Monday"),
        ("Pt Arun Selvam 67/M, ward 3", "67"),
        ("haematocrit 0.41, Hb 9/F result pending", "9"),
        ("Left pinna swollen, no discharge", "pinna"),
    ],
)
def test_titles_kin_words_clinical_words_and_young_ages_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))
