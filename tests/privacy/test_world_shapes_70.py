"""General shapes behind blind PHI set 70's leaks and losses (new examples written for these tests,
not the set's own texts). Kept: a spinal cord injury's ASIA impairment grade ("C6 incomplete, ASIA
C") and a haemoglobin written "Hb" with its value after a kin word ("Wife Hb 10.2"). Masked: a file
number voice-typed with its slash said ("card number is P R 558 slash 19"); a number after "no is"
("ip no is 24/1187"); an institution's initials, "#" and a dashed number ("KHC # 2-118-450"). And
the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


# -- kept: an impairment grade after ASIA, a haemoglobin after a kin word
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("C6 incomplete tetraplegia, ASIA C, sitting balance poor", "ASIA C"),
        ("Dx: L1 complete SCI (ASIA A), CIC 6-hourly", "ASIA A"),
        ("ASIA E on discharge, walking indep", "ASIA E"),
        ("Wife Hb 10.2 last week, husband stable", "Hb 10.2"),
        ("Daughter: Hb 7.9, transfused 1 unit", "Hb 7.9"),
        ("son Hb was 11 at the GP", "Hb"),
    ],
)
def test_grades_and_readings_after_kin_words_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Dr Asia A. Okafor reviewed the wound", "Asia"),
        ("flew in from Asia A few days ago", "Asia"),
        ("daughter Hbiba visiting at 3", "Hbiba"),
    ],
)
def test_a_person_or_place_beside_them_is_still_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


# -- numbers: a slash said aloud, "no is", initials and "#" before a dashed number
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the card number is P R 558 slash 19, please check", "P R 558 slash 19"),
        ("my file number is 20931 stroke 4 thanks", "20931 stroke 4"),
        ("ward 5, her ip no is 24/1187 and she is in bed 3", "24/1187"),
        ("his bht no is 31/20977", "31/20977"),
        ("pt's KHC # 2-118-450 on file", "2-118-450"),
        ("MRN at SVMC # 4-771-902 per records", "4-771-902"),
    ],
)
def test_said_slashes_no_is_and_dashed_numbers_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the bp number was 140 slash 90 this morning", "140 slash 90"),
        ("number of tabs 2 slash day", "2 slash day"),
        ("she has no 300 to spare", "300"),
        ("she says no is 2231 her ip", "says"),
        ("GCS # 1-2-3 unchanged", "1-2-3"),
        ("BP # 1-120 mmHg", "1-120"),
    ],
)
def test_readings_and_counts_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


# -- lower-case chats: streets, a house and a place by a word, a kin-word name, a kin signature
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the chemist on ocean blvd said the script expired", "ocean blvd"),
        ("she lives on mesa highway near the school", "mesa highway"),
        ("vive en 14 calle de la paz ok", "14 calle de la paz"),
        ("we are at 318 calle del rio now", "318 calle del rio"),
        ("can u come round to 22 kilnagar before 5", "22 kilnagar"),
        ("hi its sue from kirkwall. can u ring me", "kirkwall"),
        ("hi its sue from kirkwall. can u ring me", "sue"),
        ("this is the report of akka, nirosha perera, she has fever", "nirosha perera"),
        ("ok pls call me on 0771 222 333 whatsapp. ruwan (son)\n", "ruwan"),
        ("call me back - tharushi (daughter).", "tharushi"),
    ],
)
def test_lower_case_chat_places_and_signers_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she is on the hwy now", "hwy"),
        ("went to 2 appts today", "2 appts"),
        ("go up to 4 times a day", "4 times"),
        ("she is at 38 weeks now", "38 weeks"),
        ("its amy from work, running late", "work"),
        ("this is bill from pharmacy.", "pharmacy"),
        ("hi its jo from home.", "home"),
        ("ok see u then. thanks (son)\n", "thanks"),
    ],
)
def test_lower_case_counts_workplaces_and_closings_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


# -- notes, letters and forms: a place called Point, a hospital group, a baby's quoted name, a flat
# after a French street, a surname that is an eponym, a hospital between its doctor and its city, a
# township's sectioned house, a health corporation's initials as a subject
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Aide Rosa Tikik in Point Barrow reports pt febrile", "Point Barrow"),
        ("He works offshore, Shell, Point Fortin - home weekends", "Point Fortin"),
        ("Referred to Mpilo Group of Hospitals, Bulawayo", "Mpilo"),
        ("Baby: boy 'Kwabena', feeding well", "Kwabena"),
        ('NICU: baby girl "Amara" Osei-Bonsu, 31 wks', "Amara"),
        ("Lives at 17 rue des Érables, app. 404, Laval H7N 1A1", "17 rue des Érables, app. 404"),
        ("Spoke to Hope Foley (service user), 44, by phone", "Hope Foley"),
        ("Receiving: Dr. Ana Ruiz, Baptist, Memphis", "Baptist"),
        ("SHE STAYS 2210 MKOBA 12 GWERU WITH HER SON", "2210 MKOBA 12"),
        ("she stays at 44 Dzivarasekwa 2, Harare", "44 Dzivarasekwa 2"),
        ("temp 38.2 overnight. KDHC said to bring him in", "KDHC"),
    ],
)
def test_note_places_names_and_houses_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("point of care testing. Point tenderness over L5", "Point tenderness"),
        ("a boy 'Fine' he says, no pain", "Fine"),
        ("Jackson Pratt drain removed day 2", "Pratt drain"),
        ("Follow-up: Dr. Ivy Tan, Diabetes Clinic, Leeds", "Diabetes Clinic"),
        ("Admitting: Dr. Ola Bankole, General Surgery, Leeds", "Surgery"),
        ("Dr Ng, Consultant, Perth", "Consultant"),
        ("staying 12 days 3 times a week", "12 days 3"),
        ("TSH said to be normal", "TSH"),
    ],
)
def test_clinical_points_drains_departments_and_counts_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))
