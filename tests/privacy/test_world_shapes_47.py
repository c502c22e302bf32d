"""General shapes behind blind PHI sets 47 and 48 (new examples written for these tests, not the
sets' own texts): visual acuities in Snellen notation, a stage or a dose after a note's heading, a
reading's recent value, hospital initials after Malay and Indonesian prepositions, seven-digit
phones with a space; and the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import covered, masked, touched


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Eye review: VA R 6/24, L 6/60 unaided.", "6/24"),
        ("Eye review: VA R 6/24, L 6/60 unaided.", "6/60"),
        ("visual acuity right eye 6/18 and left eye 6/5 with pinhole", "6/18"),
        ("visual acuity right eye 6/18 and left eye 6/5 with pinhole", "6/5"),
        ("Vision now 6/12 OU with glasses.", "6/12"),
        ("Snellen 3/60 in the affected eye", "3/60"),
        ("Impression: ESRD on HD, CKD stage 4a\nward course: uneventful", "stage 4a"),
        ("Liver: cirrhosis (Child-Pugh B), ascites", "Child-Pugh B"),
        ("cirrhosis, Child-Pugh A, varices banded", "Child-Pugh A"),
        ("Plan: darbepoetin 30 mcg fortnightly", "darbepoetin 30 mcg"),
        ("Plan: EPO 6000 units weekly, iron sucrose", "EPO 6000 units"),
        ("Weight on the scale 80.2kg today, mum says, was 84 yesterday.", "was 84 yesterday"),
        ("his sugar, he says, is 92 this morning", "is 92 this morning"),
    ],
)
def test_clinical_values_stay(text: str, keep: str) -> None:
    assert not touched(text, keep), text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("next appt 6/12 at the eye clinic desk", "6/12"),  # a date: no eye word before it
        ("seen 6/9 for review", "6/9"),
        ("Plan: BCBS 448120937 active", "448120937"),  # a plan's number after "Plan:"
        ("Nenek is 97 and lives alone", "97"),  # an age: no reading's recent time after it
        ("lives at 3b Harbour Road", "3b Harbour Road"),  # a house number, no stage word before it
        ("Mother: Mereana Tipene", "Mereana Tipene"),  # a label with a colon still names
    ],
)
def test_near_misses_stay_masked(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Abah dah masuk HTAR petang tadi, wad 3C.", "HTAR"),
        ("Saya on call kat HPP malam ni", "HPP"),
        ("pasien dirujuk ke RSHS untuk CT", "RSHS"),
        ("anak dari RSUP semalam", "RSUP"),
        ("Discussed with Dr Naidu (haematology, QEK) today", "QEK"),
        ("Dr Tui (surgery, CWH): review", "CWH"),
        ("booked at Lautoka Hospital (LTKH), antenatal", "LTKH"),
    ],
)
def test_hospital_initials_after_places(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), text


def test_hospital_initials_found_once_are_masked_again() -> None:
    text = "Dr Naidu (haematology, QEK): for marrow at QEK next week"
    second = text.rindex("QEK")
    assert any(e.start <= second and second + 3 <= e.end for e in detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Ayah masuk ICU semalam", "ICU"),
        ("adik di IGD tadi", "IGD"),
        ("Reviewed (renal, HDU) this am", "HDU"),
        ("Plan per Dr Roy (surgery, DEN) soon", "DEN"),  # a common word in capitals
    ],
)
def test_care_units_stay(text: str, keep: str) -> None:
    assert not touched(text, keep), text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("reach her via Digicel 771 0452 after five", "771 0452"),
        ("call Vodafone 8830 214 if no answer", "8830 214"),
        ("brother Sione 728 4410 will bring him", "728 4410"),
        ("Nana: Mrs Losa Fa'alogo, 556 0931 (landline)", "556 0931"),
    ],
)
def test_seven_digit_phones(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), text


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Hb 120 4500 cells counted", "120 4500"),
        ("gave 1000 500 mg later", "1000 500"),
        ("son Tevita 12 years old", "12"),
    ],
)
def test_number_pairs_that_are_no_phones(text: str, keep: str) -> None:
    assert not any(keep in m for m in masked(text, "strict")), text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Address Blk 31 Jurong East St 21 #05-112 Singapore 600031.", "Blk 31 Jurong East St 21 #05-112"),
        ("Mr Brown, Lot 48, Phase 3, Portmore", "Lot 48, Phase 3"),
        ("Home: Lot 7, Kaua Road extension, Nadera", "Lot 7, Kaua Road extension"),
        ("write to Box 9, RR 3, Stonewall", "Box 9, RR 3"),
        ("c/o H/No. 14, Ofori Street, Kumasi", "H/No. 14, Ofori Street"),
        ("LAB #8-3-228/B, Ameerpet", "#8-3-228/B"),
        ("my camp is room 12, Block F, near the gate", "room 12, Block F"),
        ("im at 2231 ext 9, near the taxi rank", "2231 ext 9"),
        ("vive en calle 40 bloque 12 #3, Bayamón", "calle 40 bloque 12 #3"),
        ("Madame Roy\n41, rang Sainte-Anne\nSaint-Hyacinthe", "41, rang Sainte-Anne"),
    ],
)
def test_local_address_shapes(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), text


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("call 4471 ext 2 for the ward", "ext 2"),  # a phone's extension, not a township's
        ("Hb no 3 change today", "no 3"),
        ("moved to bed 12 after lunch", "bed 12"),  # a bed stays (a room's number is masked: test_room_numbers.py)
        ("Lot 7 of the vaccine given", "Lot 7"),
    ],
)
def test_address_near_misses_stay(text: str, keep: str) -> None:
    assert not touched(text, keep), text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("to appear on Monday the 3rd day of March, 2026 at ten", "3rd day of March, 2026"),
        ("Dated this 21st day of June 2025.", "21st day of June 2025"),
        ("prise de sang le 22 févr. à jeun", "22 févr"),
        ("revoir le 3 janv pour INR", "3 janv"),
        ("Jumaat, 3 Syawal 1446H selepas Asar", "3 Syawal 1446H"),
        ("majlis pada 12 Rabiul Awal 1447 AH", "12 Rabiul Awal 1447 AH"),
        ("SSN: ***-**-4471 on file", "***-**-4471"),
        ("SSN XXX-XX-0193", "XXX-XX-0193"),
        ("loan against your ID ending 3390. Balance due", "3390"),
        ("ICN 1023456789V123456", "1023456789V123456"),
        ("Reg No: QEH 24-118203 Date 1/2/25", "QEH 24-118203"),
    ],
)
def test_dates_and_ids_of_local_shapes(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), text


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("the 2nd day of admission was calm", "2nd day of admission"),
        ("day 3 of antibiotics", "day 3"),
        ("BP ***-** not recorded", "***-**"),
    ],
)
def test_date_near_misses_stay(text: str, keep: str) -> None:
    assert not touched(text, keep), text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("aunt (lives on Walpole Island, Tecumseh Rd) will drive", "Walpole Island"),
        ("Grandad lives in Long Point with my aunt", "Long Point"),
        ("she lives on Cape Croker now", "Cape Croker"),
        ("they live on Pelee Island these days", "Pelee Island"),  # (the capitalised words before lower case)
    ],
)
def test_capitalised_place_after_living(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), text


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("she lives with Her Sister in town", "Her Sister"),
        ("Lives On Her Own", "Her Own"),
        ("lives on the ground floor with her son", "ground floor"),
        ("lives with My Mum now", "My Mum"),
    ],
)
def test_living_near_misses_stay(text: str, keep: str) -> None:
    assert not touched(text, keep), text
