"""Identifier shapes behind blind set 6's misses (issue 11), with examples written for this file,
not taken from the set: national identity numbers after their labels, vehicle registrations,
Polish, Brazilian, Gulf, Pakistani, Hong Kong, Kenyan and Australasian addresses and postcodes,
eight-digit and Brazilian phones, names after "I am" in other languages and after kinship words,
ages over 89 in other languages, named schools, clinics, mosques and hospitals, and day-first
dates. Each shape has near-misses that must stay unmasked (doses, pressures, lab values, years,
"4/5", insulin "reg", platelets)."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType, detect
from medgate.privacy.recognizers.national_id import hkid_valid, nir_valid, nric_valid
from tests.privacy.helpers import found, masked, touched
from tests.privacy.test_strict import covered

# (text, type, values the rules alone, in both policies, must find as that type)
RULES = [
    # national identity numbers: after their label whatever the check character
    ("pt's NRIC T0412345J on file", PhiType.OTHER_ID, ["T0412345J"]),
    ("HKID: Y654321(2) copy attached", PhiType.OTHER_ID, ["Y654321(2)"]),
    ("abbu ka CNIC 42101-7654321-9 hai", PhiType.OTHER_ID, ["42101-7654321-9"]),
    ("CNIC no 61101-2345678-3", PhiType.OTHER_ID, ["61101-2345678-3"]),
    ("n° sécu 1 85 07 75 056 089 12", PhiType.SSN, ["1 85 07 75 056 089 12"]),
    # without a label only a valid check character (or the CNIC grouping) counts
    ("copy of S1234567D enclosed", PhiType.OTHER_ID, ["S1234567D"]),
    ("copy of S1234567A enclosed", PhiType.OTHER_ID, []),
    ("ref 2 84 12 75 123 456 78 (key wrong)", PhiType.SSN, []),
    # hospital and insurance numbers after local labels
    ("her NHI is KLM3021 and she", PhiType.MRN, ["KLM3021"]),
    ("OP No: MTRH/4471/22 seen today", PhiType.MRN, ["MTRH/4471/22"]),
    ("NHIF 8812 is active", PhiType.MRN, []),
    ("the member ID on her insurance is 5512098746 ok", PhiType.HEALTH_PLAN, ["5512098746"]),
    ("Member ID: W22871 (dependent)", PhiType.HEALTH_PLAN, ["W22871"]),
    # vehicle registrations after "reg" / "plate"
    ("her car reg is BD51 SMR, blue fiesta", PhiType.VEHICLE, ["BD51 SMR"]),
    ("boda reg KMDZ 102K outside", PhiType.VEHICLE, ["KMDZ 102K"]),
    ("matatu plate KCA 331B", PhiType.VEHICLE, ["KCA 331B"]),
    ("number plate: 7XYZ 492 on the van", PhiType.VEHICLE, ["7XYZ 492"]),
    ("reg insulin 8 units, Reglan 10 mg", PhiType.VEHICLE, []),
    ("PLATELETS 58,000, PLATEAU 20", PhiType.VEHICLE, []),
    # phones
    ("zap (21) 99876-1234 ou fixo (21) 2555-0199", PhiType.PHONE, ["(21) 99876-1234", "(21) 2555-0199"]),
    ("hp 8765 4321 pls call", PhiType.PHONE, ["8765 4321"]),
    ("son's no. 6123 9876 anytime", PhiType.PHONE, ["6123 9876"]),
    ("phone 2345 6789 after 6", PhiType.PHONE, ["2345 6789"]),
    ("number 1500 2000 mg daily", PhiType.PHONE, []),
    ("tel 2345 6789.5 is no number", PhiType.PHONE, []),
    # ages over 89 in other languages
    ("a avó tem 94 anos e caiu", PhiType.AGE, ["94"]),
    ("ngo ah yeh 97 seoi", PhiType.AGE, ["97"]),
    ("babcia ma 92 lat", PhiType.AGE, ["92"]),
    ("ma mère a 91 ans", PhiType.AGE, ["91"]),
    ("bibi ana miaka 96 sasa", PhiType.AGE, ["96"]),
    ("ilikuwa miaka 90 iliyopita", PhiType.AGE, []),
    ("il y a 95 ans ago", PhiType.AGE, []),
    ("mam 45 lat", PhiType.AGE, []),
    # dates
    ("last dose 19/04, next due", PhiType.DATE, ["19/04"]),
    ("seen 23/11 by GP", PhiType.DATE, ["23/11"]),
    ("aap ne 22 tareekh ko bulaya", PhiType.DATE, ["22"]),
    ("PA 32/15 to 28/11 p lasix", PhiType.DATE, []),
    ("last 20/10 pain", PhiType.DATE, []),
]


@pytest.mark.parametrize(("text", "kind", "expected"), RULES)
def test_rules(text: str, kind: PhiType, expected: list[str]) -> None:
    assert found(text, kind) == expected


def test_letters_and_digits_after_a_label_are_masked_whatever_their_type() -> None:
    # (an account-number shape takes these first; either way the value is masked)
    for text, value in [
        ("FIN no. G7654321Q, work pass holder", "G7654321Q"),
        ("the member ID on her card is QPT551209874 ok", "QPT551209874"),
    ]:
        assert value in masked(text)


ADDRESSES = [
    ("mieszkam ul. Słoneczna 8/14, 31-042 Kraków", ["ul. Słoneczna 8/14"], ["31-042"]),
    ("adres: ulica Długa 3 m. 12", ["ulica Długa 3 m. 12"], []),
    ("moro na Av. Brasil, 1020 apto 71, CEP 01430-000", ["Av. Brasil, 1020 apto 71"], ["01430-000"]),
    ("rua do Sol 88 bloco 2", ["rua do Sol 88 bloco 2"], []),
    ("we live house 17-C street 4, Rawalpindi", ["house 17-C street 4"], []),
    ("Villa 7, Street 22, Al Barsha", ["Villa 7, Street 22"], []),
    ("Flat 9A, Block 2, Lok Man Court, Kowloon", ["Flat 9A, Block 2, Lok Man Court"], []),
    ("we are at Kiambu road plot 22 near", ["Kiambu road plot 22"], []),
    ("lives Ngong Rd house 5", ["Ngong Rd house 5"], []),
    ("Address: 2/17 Pōhutukawa Grove, Taupō", ["2/17 Pōhutukawa Grove"], []),
    ("12 Rimu Tce, Hamilton 3204", ["12 Rimu Tce"], ["3204"]),
    ("4 Jacaranda Crescent, Sunnyside, Pretoria 0002", ["4 Jacaranda Crescent"], ["0002"]),
    ("22 BANKSIA ST, MILDURA 3500.", ["22 BANKSIA ST"], ["3500"]),
    ("at 9a rata street hastings 4122 thanks", ["9a rata street"], ["4122"]),
]


@pytest.mark.parametrize(("text", "addresses", "zips"), ADDRESSES)
def test_addresses(text: str, addresses: list[str], zips: list[str]) -> None:
    got = found(text, PhiType.ADDRESS)
    for value in addresses:
        assert value in got, (value, got)
    assert found(text, PhiType.ZIP) == zips


@pytest.mark.parametrize(
    "text",
    [
        "range 10-120 Units per dose",  # no comma or line start before a "postcode"
        "et al. Smith 2004 showed",
        "7/5 per pt. and 4/4 strength to RUE",  # scores, not "unit/number street"
        "10/3 PERSANTINE THALLIUM ST-BORDERLINE ISCHEMIC ST",
        "4l o2 via nc",
        "flat affect, house 3 times a week",
        "room 4, floor 2",
    ],
)
def test_address_near_misses(text: str) -> None:
    assert found(text, PhiType.ADDRESS) == [] and found(text, PhiType.ZIP) == []


CITIES = [
    ("12 Rimu Tce, Hamilton 3204", ["Hamilton"]),
    ("4 Jacaranda Crescent, Sunnyside, Pretoria 0002", ["Sunnyside", "Pretoria"]),
    ("at 9a rata street hastings 4122 thanks", ["hastings"]),
    ("Address: 2/17 Pōhutukawa Grove, Taupō Tests: FBC", ["Taupō"]),
]


@pytest.mark.parametrize(("text", "expected"), CITIES)
def test_towns_after_addresses(text: str, expected: list[str]) -> None:
    assert found(text, PhiType.CITY) == expected


NAMES = [
    ("salam, ana Layla al-Hashimi, my mother", ["Layla al-Hashimi"]),
    ("olá, sou o Tiago Ferreira, tenho", ["Tiago Ferreira"]),
    ("hola soy Lucía Ramírez y", ["Lucía Ramírez"]),
    ("dzień dobry, jestem Krzysztof Wójcik", ["Krzysztof Wójcik"]),
    ("bonjour, je suis Amélie Dubois, maman de", ["Amélie Dubois"]),
    ("habari daktari, mimi ni Achieng Otieno", ["Achieng Otieno"]),
    ("ngo hai Wong Ka Ming, keoi", ["Wong Ka Ming"]),
    ("ngo ah po Lee Mei Ling 93 seoi", ["Lee Mei Ling"]),
    ('spoke to Anthony "little tony" Russo today', ["little tony"]),
    # near-misses: "ana" before a lower-case word is Swahili "has"; quotes around a phrase
    ("mtoto ana homa na kikohozi", []),
    ('he said "big deal" Then left', []),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names(text: str, expected: list[str]) -> None:
    got = found(text, PhiType.NAME)
    for value in expected:
        assert value in got, (value, got)
    if not expected:
        assert got == []


# Strict policy: (text, what must be masked, what must survive)
STRICT = [
    ("brat Marek dzwonił rano", ["Marek"], []),
    ("ukhti Salma is with her", ["Salma"], []),
    ("mama Njeri alikuja jana", ["Njeri"], []),
    ("ok will bring it. obrigada, Thaís", ["Thaís"], []),
    ("see you tmrw. thx, Nomvula", ["Nomvula"], []),
    ("shukran, Yousef", ["Yousef"], []),
    ("the nurse at Wattle Grove Primary called", ["Wattle Grove"], []),
    ("SHE GOES TO CEDAR HILLS ELEMENTARY SINCE FALL", ["CEDAR HILLS"], ["GOES"]),
    ("Referred by KARIBU FAMILY CLINIC today", ["KARIBU"], []),
    ("cc: Rata Hills diabetes clinic", ["Rata Hills"], []),
    ("she prays at Masjid al-Falah on fridays", ["al-Falah"], []),
    ("w szpitalu św. Wojciecha od wtorku", ["św. Wojciecha"], []),
    ("il va à l'école Les Tilleuls", ["Les Tilleuls"], []),
    ("Date: Weds 21st   Time: 09:10", ["21st"], []),
    # the weekday belongs to the date it narrows; PPSN and MyKad after their labels
    ("the rash started Tue 4th, spreading since", ["Tue 4th"], ["rash"]),
    ("seen SUN 16TH BY NIGHT TEAM", ["SUN 16TH"], ["NIGHT TEAM"]),
    ("her PPSN is 1234567TA, GMS card pending", ["1234567TA"], ["GMS"]),
    ("MyKad 900101-07-1234 on file", ["900101-07-1234"], []),
    ("take 1234567 units? no: 2 tablets on Tuesday", [], ["2 tablets", "Tuesday"]),
    # near-misses: clinical words after the new cue words, doses, pressures, scores
    ("PT PRIMARY LANGUAGE GREEK. PRIMARY TEAM AWARE", [], ["PRIMARY", "GREEK", "TEAM"]),
    ("primary care, the family clinic, a diabetes clinic", [], ["primary", "family", "diabetes"]),
    ("beta blocker started, MAE, OOB to chair", [], ["beta", "MAE", "OOB"]),
    ("the 2nd time, on the 3rd floor", [], ["2nd", "3rd"]),
    ("BP 140/90, power 4/5, Hb 10.2, in 2019", [], ["140/90", "4/5", "10.2", "2019"]),
]


@pytest.mark.parametrize(("text", "masked", "kept"), STRICT)
def test_strict_shapes(text: str, masked: list[str], kept: list[str]) -> None:
    for sub in masked:
        assert covered(text, sub), (sub, detect(text, "strict"))
    for sub in kept:
        assert not touched(text, sub), (sub, detect(text, "strict"))


def test_check_characters() -> None:
    assert nric_valid("S1234567D") and not nric_valid("S1234567A")
    assert nric_valid("T0412345F") and nric_valid("G1234567X") and not nric_valid("G1234567K")
    assert hkid_valid("A123456(3)") and not hkid_valid("A123456(7)")
    assert nir_valid("1 85 07 75 056 089 57") and nir_valid("2 49 02 2A 350 123 72")
    assert not nir_valid("2 84 12 75 123 456 78")
