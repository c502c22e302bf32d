"""Numbers, dates and addresses found missing by blind PHI set 34 (new examples written for
these tests, not the set's own texts), and the near misses that must stay."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import covered, masked, touched


@pytest.mark.parametrize(("text", "value"), [
    # dates: a US date typed with spaces around its slashes, a night told by both its days, a date
    # of birth read out as two ordinals and a year in words, a dotted day.month after a hospital
    # stay's start or end and a place (German, English, Polish)
    ("DOB: 04 / 27 / 1990   Sex: M", "04 / 27 / 1990"),
    ("she fell during the night of the 9th/10th of June", "9th/10th of June"),
    ("Caller: Ana Ruiz, third of the eleventh, fifty-two, yes", "third of the eleventh, fifty-two"),
    ("born on the ninth of the fourth nineteen eighty one", "ninth of the fourth nineteen eighty one"),
    ("Nach der Entlassung aus dem Klinikum Fulda 21.06 weiter Atemnot.", "21.06"),
    ("discharged from the ward in Leeds 14.02 and still swollen", "14.02"),
    ("po wypisie 03.11 kontrola u lekarza", "03.11"),
    # numbers: an extension or pager read out digit by digit or after "P#", a landline with its
    # area digit after a couple of small words, an ID read out in comma-separated groups, letters
    # spelled then five digits, a health card's version code, a permit's further digit group
    ("Call me on extension 4 3 8 7 anytime.", "4 3 8 7"),
    ("For queries page P# 2274 overnight.", "2274"),
    ("house landline namin 2 845 6120 po", "2 845 6120"),
    ("AGENT: Your policy number? CALLER: it is 6 6 1 2, 0 8 4 7, 2 2.", "6 6 1 2, 0 8 4 7, 2 2"),
    ("the taxi booking number k p 5 5 3 9 1 ok", "k p 5 5 3 9 1"),
    ("health card 6620 413 875 KT in wallet", "6620 413 875 KT"),
    ("her parking permit came, number is LM 8823 119 for the car park", "LM 8823 119"),
    # a registration after a council's initials and state, dotted or short, or after "Reg. No."
    ("Dr. Paulo Lima - CRM-RJ 98.431", "98.431"),
    ("Enf. Ana Souza COREN-MG 442.119", "442.119"),
    ("Assinado: farm. Joao Reis CRF 31.207", "31.207"),
    ("Nutricionista Carla Dias CRN-PR 3318 responsavel", "3318"),
    # addresses: a floor or an Edinburgh flat before the street, a unit's letter said apart, the
    # quarter after the street type, the town and the postcode on the lines after a street or box
    ("3rd Floor, 12 Mount Road, Egmore, Chennai", "3rd Floor"),
    ("Address: 3F2, 8 Warrender Park Road, Edinburgh EH9 1EB", "3F2"),
    ("we are at 22 maple street apartment 4 c in barrie", "apartment 4 c"),
    ("from the pharmacy at 1200 beacon avenue south about a refill", "1200 beacon avenue south"),
    ("PO Box 2231-00100\nKisumu\n3rd March 2024\n\nDear Sir", "Kisumu"),
    ("Mr P. Dlamini\n18 Kloof Street\nGardens\n8001\n\nDear Mr Dlamini", "8001"),
    ("Re: Sean Kelly, DOB 02/05/59\n7 Rosemount Lawn, Carlow\nPPSN", "7 Rosemount Lawn"),
])  # fmt: skip
def test_a_shape_from_set_34(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), detect(text, "strict")


@pytest.mark.parametrize(("text", "keep"), [
    ("GCS 15 (E4V5M6) on arrival", "E4V5M6"),
    ("power 5/5 in all limbs", "5/5"),
    ("this is the second of the three doses", "second of the three"),
    ("the first of the second cycle was given", "first of the second"),
    ("after discharge Hb 10.12 and K 4.15", "10.12"),
    ("after discharge Glucose 11.02 recheck", "11.02"),
    ("discharge weight 72.50 kg", "72.50"),
    ("2/3 of the dose at 14:00", "14:00"),
    ("scores 7 8, 9 9, 8 7, 6 6 across trials", "7 8, 9 9"),
    ("power 5 5 5, 4 4 4, 5 5 in all limbs", "5 5 5, 4 4 4"),
    ("Plaquetas 145.000 /mm3", "145.000"),
    ("PLT 145.000, Leucocitos 10.500", "10.500"),
    ("CRP 2.500 mg/dL", "2.500"),
    ("extension of the wound 4 cm", "4 cm"),
    ("phone call at 10 pm with son", "10 pm"),
    ("on AC 16/420/+8/35% overnight", "16/420"),
    ("moved to bed 14 in 2019", "2019"),
    ("she lives at 12 Main Street south of the bridge", "south of"),
    ("apartment 4 a few blocks away", "few"),
    ("mowed the 3 acre lawn today", "3 acre lawn"),
    ("Moved out of 14 Oak Lane\n2019\nno other changes", "2019"),
    ("Address: 14 Oak Lane\nDiagnosis\n2019 onwards", "Diagnosis"),
])  # fmt: skip
def test_a_near_miss_from_set_34(text: str, keep: str) -> None:
    assert not touched(text, keep), detect(text, "strict")
