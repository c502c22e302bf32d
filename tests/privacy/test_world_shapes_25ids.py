"""General shapes behind blind PHI sets 84, 50, 46, 45 and 16: a number told right after the word
that names it (new examples written for these tests, not the sets' own texts).

National and personal numbers after their name, in many languages and as people write them: a
Finnish henkilötunnus (birth date, century sign, serial, check character), an Irish PPS number with
its letters apart, a Moroccan CIN with its letters first, a Latin American cédula dotted in thousands,
a French carte vitale number after "c'est", a Saudi iqama after the Tagalog "ko", a national ID in
brackets, an Aadhaar with its first eight digits masked. A record's number after its word in other
languages and forms: "ficha", "Exp. #", "ip" with a coded number, a card told with a creole copula,
the Arabic file ("malaf"), a programme's register, and a code of letters and eight digits or more
sent alone as a chat message. A vehicle's registration after its word ("plate", "matrícula",
"rejestracja auta", "immatriculation", "kenteken", "Vehicle:" with the car's description between)
and a VIN after "chassis". And a car's make and model, kept: a product, no one's name ("a red Toyota
Corolla, plate ...").

Near misses on each side: the same words before no number ("aadhaar card is at home", "ficha de
ingreso", "exp. date", "register as a patient"), numbers too short or measures ("cin 20 mg", "ip 20
mg", "Ficha 2"), a plate word before words in capitals ("PLATE BK 55210 PER CPD"), a make as a
person's name ("Dr Ford Smith", "Ford Wilson called").
"""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the clinic wants her henkilötunnus: 150388-412T before the scan", "150388-412T"),
        ("nurse asked for his hetu, it is 291102A553P, ok?", "291102A553P"),
        ("my PPS number is 8841207 TA for the medical card form", "8841207 TA"),
        ("PPSN 5529013WA on the GMS form", "5529013WA"),
        ("Adresse: Hay Salam. CIN: BK 551902 Tél", "BK 551902"),
        ("su cédula es 41.228.907 para la EPS", "41.228.907"),
        ("la cedula de ella es 1.022.384.551, gracias", "1.022.384.551"),
        ("sa carte vitale c'est 1 74 11 62 417 208 33 je crois", "1 74 11 62 417 208 33"),
        ("ang iqama ko 2 318 552 907 nasa kumpanya", "2 318 552 907"),
        ("His national ID (1 1987 8 0044512 0 17) is attached", "1 1987 8 0044512 0 17"),
        ("Aadhaar XXXX XXXX 2286, PAN on file", "XXXX XXXX 2286"),
        ("nida 19850412-11203-00018-22 imepotea", "19850412-11203-00018-22"),
    ],
)
def test_national_numbers_after_their_name_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Paciente de Curacautín, Ficha 12-8830, control el martes", "12-8830"),
        ("F. Nac. 02/mar/1966   Exp. # 4471   Plan: MAPFRE", "4471"),
        ("expediente 2025-118-33 en archivo", "2025-118-33"),
        ("mama mwajuma, ip 2024/MW/1187, for review", "2024/MW/1187"),
        ("di pikin card na KTH/PAED/0417, bring am", "KTH/PAED/0417"),
        ("raqam el malaf 2023-ENT-5521 ya doktor", "2023-ENT-5521"),
        ("Started 2RHZE. Register as MW-HIV-24-0031 please.", "MW-HIV-24-0031"),
        ("[09/03/2025, 08:02] Ravi Menon: KRH2.0041177820\n[09/03/2025, 08:03] Anu: thanks", "KRH2.0041177820"),
    ],
)
def test_record_numbers_after_their_word_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the taxi, a blue Kia, plate WA 5512K, left", "WA 5512K"),
        ("o carro dela, matrícula 31-PX-07, está na garagem", "31-PX-07"),
        ("rejestracja samochodu KR 4M771, prosze wpisac", "KR 4M771"),
        ("la voiture, immatriculation 2231 HK 05, est garée", "2231 HK 05"),
        ("Immatriculation 09 BB 1174 CI, papiers à jour", "09 BB 1174 CI"),
        ("auto met kenteken 7-XKL-44 geparkeerd", "7-XKL-44"),
        ("Vehicle: blue Corolla Cross ND 551-902\nEmployer: none", "ND 551-902"),
        ("Vehicle: MH 12 KT 4471, Chassis JTDKB20U853041762", "JTDKB20U853041762"),
    ],
)
def test_registrations_after_a_vehicle_word_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a car's make and model near a vehicle's word: a product
        ("a red Toyota Corolla, plate WA 5512K, was parked outside", "Toyota Corolla"),
        ("report of theft of a car, a black Honda Jazz registration LK19 XVD", "Honda Jazz"),
        ("Vehicle: MH 12 KT 4471, Hyundai Creta, Chassis JTDKB20U853041762", "Hyundai Creta"),
        ("Vehicle: green Polo Vivo ND 551-902", "Polo Vivo"),
        # the same words before no number, or a number too short or a measure's
        ("aadhaar card is at home, will bring tomorrow", "aadhaar card"),
        ("cin 20 mg daily for the PTH", "20 mg"),
        ("national id card pending at the office", "national id card"),
        ("ficha de ingreso completa", "ficha de ingreso"),
        ("exp. date 12/2026 on the vial", "exp. date"),
        ("please register as a patient online", "register as a patient"),
        ("ip 20 mg stat then op 3 days", "20 mg"),
        ("Ficha 2 pendiente", "Ficha 2"),
        ("matrícula 2 meses atrasada", "2 meses"),
        ("vehicle versus pedestrian at 30 MPH, GCS 14", "30 MPH"),
        ("PPS 12 in the tube", "12"),
        # a chat line's doses, lab values and models
        ("[09/03/2025, 08:04] Anu: dolo 650 every 6 hr", "650 every 6 hr"),
        ("[09/03/2025, 08:05] Anu: mixtard 30/70", "mixtard 30/70"),
        ("[09/03/2025, 08:06] Anu: Hb 6.8", "Hb 6.8"),
    ],
)
def test_near_misses_are_kept(text: str, kept: str) -> None:
    assert not touched(text, kept), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value", "beyond"),
    [
        # a plate word before words in capitals: the words stay outside the plate
        ("MVC, VEH PLATE BK 55210 PER CPD OFFICER", "BK 55210", "CPD OFFICER"),
    ],
)
def test_a_plate_ends_before_the_words_after_it(text: str, value: str, beyond: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))
    assert not touched(text, beyond), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a make as a person's name: still masked
        ("seen by Dr Ford Smith today", "Ford Smith"),
        ("Ford Wilson drove her in from the farm", "Ford Wilson"),
    ],
)
def test_a_make_as_a_name_is_still_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a round price in spaced thousands with its currency: no one's number
        ("Prix: 7 250 000 FCFA, négociable", "7 250 000"),
        ("she sold the plot for ₦3 400 000 last year", "3 400 000"),
    ],
)
def test_round_prices_are_kept(text: str, kept: str) -> None:
    assert not touched(text, kept), (text, detect(text, "strict"))


def test_a_spaced_number_without_a_currency_is_still_masked() -> None:
    text = "ID 12 500 331 22 on the form"
    assert leak_free(text, "12 500 331 22"), detect(text, "strict")
