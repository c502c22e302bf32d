"""Shapes found missing by blind PHI set 17 (strict policy; new examples written for these tests,
not the set's own texts), and the near misses that must stay as they are."""

from __future__ import annotations

import pytest

from medgate.privacy.detect import Policy
from tests.privacy.helpers import covered as _covered
from tests.privacy.helpers import masked


def _masked(text: str, policy: Policy = "strict") -> set[str]:
    return masked(text, policy)


@pytest.mark.parametrize(("text", "value"), [
    ("thanks for waiting, you're now chatting with Shreya from the billing team", "Shreya"),
    ("pls tell my girl Thandeka the results are fine", "Thandeka"),
    ("he was seen at the clinic in Khayelitsha on friday", "Khayelitsha"),
    ("Ward 3 (Ardoyne) received pt from ED", "Ardoyne"),
])
def test_capitalised_words_the_web_knows_but_no_list_has(text: str, value: str) -> None:
    assert _covered(value, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("Pain controlled, given Norco 1 tab at 1400.", "Norco"),  # a brand with its dose
    ("Libre sensor and Dexcom G6 both fitted", "Dexcom"),  # a device with its model
    ("McMurray negative, Thessaly +ve medial.", "Thessaly"),  # a test with its result
    ("cholecystitis with Rokitansky-Aschoff sinuses", "Rokitansky"),  # a hyphenated eponym
    ("Neuro: alert. Resp: Tolerating CPAP well overnight.", "Tolerating"),  # an English form
    ("ID: afebrile, Tmax ~38.1 overnight.", "Tmax"),
    ("Seen by Rheumatology today, plan as per letter.", "Rheumatology"),
])
def test_clinical_words_the_web_knows_stay(text: str, kept: str) -> None:
    assert not _covered(kept, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "value"), [
    ("Matron Okafor has agreed the transfer", "Okafor"),
    ("Midwife Asante reviewed her at 0600", "Asante"),
    ("my boy kofi has a temp since last night", "kofi"),
    ("call my brother on oh eight seven double two four one triple nine", "oh eight seven double two four one triple nine"),
    ("she stays at 4410 w. saguaro dr - key under the mat", "4410 w. saguaro dr"),
    ("Departure date: 14.02 return open", "14.02"),
    ("Date of discharge: 3-11 to rehab", "3-11"),
])
def test_titles_kin_spoken_numbers_streets_and_labelled_dates(text: str, value: str) -> None:
    assert _covered(value, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "value"), [
    ("moved last month to 7 Seaview Esplanade flat 12 with her son", "7 Seaview Esplanade flat 12"),
    ("Adresse: Birkenweg 8, 3. OG rechts, bitte klingeln", "Birkenweg 8, 3. OG rechts"),
    ("mi mamá vive en Calle Hidalgo 221 int 4, colonia centro", "Calle Hidalgo 221 int 4"),
    ("we moved to Lot 31 Palm Gardens near the school", "Lot 31 Palm Gardens"),
    ("rumah di No 8, Jalan Mawar 3/2, dekat pasar", "No 8, Jalan Mawar 3/2"),
    ("blk 115 Yishun Ave 11 #04-221 pls send the nurse", "Yishun Ave 11"),
    ("abitano in via delle Rose 9, vicino alla farmacia", "via delle Rose 9"),
    ("moramos na Rua Augusta Lima 77 ap 31, perto do mercado", "Rua Augusta Lima 77 ap 31"),
])
def test_whole_addresses(text: str, value: str) -> None:
    assert _covered(value, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "not_masked"), [
    ("sent via Fedex 2 days ago, still not here", "Fedex 2"),
    ("been on sertraline since 2021 and dr said go up to 100", "2021 and dr"),
    ("lives at 14 Larkspur Rd, no pain today", "no pain"),
    ("she works at 22 Harbour St 3 days a week", "3 days"),
    ("Date: 12.5 mg given at 0800", "12.5"),
    ("the boy was crying all night", "was"),
])
def test_near_misses_stay(text: str, not_masked: str) -> None:
    assert not any(not_masked in m or (m in not_masked and len(m) > 2) for m in _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "value"), [
    ("Seen by MO, pt Nurul Huda bt Ismail, 92 y/o, from home", "Nurul Huda bt Ismail"),
    ("my roommate ines has the spare key", "ines"),
    ("transferred from North Vancouver General", "North Vancouver"),
    ("she grew up near Port Harcourt and moved here", "Port Harcourt"),
    ("they sent him to st vincents last night", "st vincents"),
])
def test_joiners_relations_place_prefixes_and_saints(text: str, value: str) -> None:
    assert _covered(value, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "not_masked"), [
    ("Happy New Year from all the ward team", "New"),
    ("Great Ormond Street letter: North wing closed", "North"),
    ("Mary said bt he never came", "bt"),
])
def test_joiner_near_misses(text: str, not_masked: str) -> None:
    assert not any(not_masked in m.split() for m in _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "value"), [
    ("paciente con CC 71.224.903, remitida de urgencias", "71.224.903"),
    ("mi papá, RUT 9.114.302-5, tiene control mañana", "9.114.302-5"),
    ("CURP de la niña: GOMA150822MDFRRL09 por favor", "GOMA150822MDFRRL09"),
    ("la cirugía es el 14 de nov en la mañana", "14 de nov"),
    ("je travaille mardi le 9, pas lundi", "mardi le 9"),
    ("mẹ ở với chị Lan ở quận 3", "Lan"),
    ("text me at 312 five five oh 2291 when ur out", "312 five five oh 2291"),
])
def test_national_numbers_dates_and_names_in_other_languages(text: str, value: str) -> None:
    assert _covered(value, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "not_masked"), [
    ("la consulta costó 1.250.000 pesos con todo", "1.250.000"),
    ("anh ấy bị sốt từ hôm qua", "ấy"),
    ("bác sĩ nói không sao", "sĩ"),
    ("took 2 five mg tabs and 1 four mg tab at 2200", "five"),
])
def test_other_language_near_misses(text: str, not_masked: str) -> None:
    assert not _covered(not_masked, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "value"), [
    ("pls call my aunty Precious on her cell", "Precious"),
    ("he keeps asking for his buddy Rusty, very confused", "Rusty"),
])
def test_names_that_are_words_capitalised_after_kin(text: str, value: str) -> None:
    assert _covered(value, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "not_masked"), [
    ("Baby Boy Castillo, 2 days old, feeding well", "Boy"),
    ("my mum Please call back when you can", "Please"),
])
def test_kin_near_misses(text: str, not_masked: str) -> None:
    assert not any(not_masked in m.split() for m in _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "value"), [
    ("good morning doctor, na me Comfort from yesterday clinic", "Comfort"),
    ("hola me llamo Yesenia y mi hijo tiene fiebre", "Yesenia"),
    ("her birthday is the twenty-second of march nineteen fifty", "twenty-second of march nineteen fifty"),
    ("dob 4 9 2017, he is allergic to penicillin", "4 9 2017"),
    ("doctor ne 21 tarikh ko bulaya hai", "21 tarikh"),
    ("pls page pharmacy (Lorna x4-2291) if any issue", "4-2291"),
])
def test_introductions_spoken_dates_and_extensions(text: str, value: str) -> None:
    assert _covered(value, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "not_masked"), [
    ("soy la hija de la paciente de la cama 4", "hija"),
    ("the third of the patients seen today was fine", "third"),
    ("gave 2 tabs x5 days then review", "5"),
])
def test_spoken_and_introduction_near_misses(text: str, not_masked: str) -> None:
    assert not any(not_masked in m.split() for m in _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "value"), [
    ("Next of kin: Siti Hajar binti Osman (sister)", "Siti Hajar binti Osman"),
    ("Dispensed by Lakshmi a/p Ramasamy, pharmacist", "Lakshmi a/p Ramasamy"),
    ("Signed: Dr T. Nkosi, HPCSA MP 0711223", "MP 0711223"),
    ("Dr. Ana Ribeiro (CRM-RJ 552901), cardiologista", "552901"),
])
def test_patronymics_and_registrations(text: str, value: str) -> None:
    assert _covered(value, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("c/o productive cough 4/7 hx, no haemoptysis", "4/7"),
    ("fever 2/7 with rigors, no rash", "2/7"),
    ("hr 70s sr, bp 124/76 on metoprolol", "bp"),
    ("HR 88 SR. BP 130/80", "BP"),
])
def test_clinical_shorthand_stays(text: str, kept: str) -> None:
    assert not _covered(kept, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "value"), [
    ("seen in clinic on 3/7 by the registrar", "3/7"),
    ("handed over to sr. Mokoena at 1900", "Mokoena"),
])
def test_dates_and_sisters_still_masked(text: str, value: str) -> None:
    assert _covered(value, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "value"), [
    ("pls pass this to nurse jaspreet on the dialysis unit", "jaspreet"),
    ("covering overnight, cards fellow ravindra #3-4410", "ravindra"),
    ("ok i will stay with her till morning. - precious", "precious"),
])
def test_lower_case_names_after_care_titles_and_signatures(text: str, value: str) -> None:
    assert _covered(value, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "not_masked"), [
    ("nurse suctioning q2h, secretions thick", "suctioning"),
    ("seen by the fellow neonatologist overnight", "neonatologist"),
])
def test_care_title_near_misses(text: str, not_masked: str) -> None:
    assert not _covered(not_masked, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "value"), [
    ("can the nurse come today, we stay taman melati near the mosque", "taman melati"),
])
def test_stay_as_residence(text: str, value: str) -> None:
    assert _covered(value, _masked(text)), _masked(text)


@pytest.mark.parametrize("text", [
    "stay hydrated and rest for 2 days",
    "WANTS PT TO STAY IN ICU. UNABLE TO STAY IN SR.",
    "she will stay in icu tonight",
])
def test_stay_near_misses(text: str) -> None:
    assert _masked(text) == set()
