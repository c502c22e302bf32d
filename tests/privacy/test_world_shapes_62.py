"""General shapes behind blind PHI set 62 (portal, inbox, group-chat, carer and district-nurse
messages and voice notes from twelve countries; new examples written for these tests, not the
set's own texts): a carer's first name after a nursing role's letters, "the nurse is", before
"from the hospice", in the possessive before a number and before a nurse's phone; a speaker's
name in Roman Urdu and an owner's after Tagalog "ni"; a husband after "w/o"; local street shapes
(a Philippine extension, a Mexican privada, a Polish street after "na", a Karachi block and a house
number in words, a Detroit mile-road corner, a lower-case road after "off"); dates typed with
spaces after "dob", an Urdu "tareekh" and a day.month after the emergency department's name; a
case file after "exp."; a hospital number read out after a lower-case letter. An inhaler's brand
stays, and a house known by its name where a residence is told or before its postcode is masked. And
the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Morning team, DN Sue here. Dressing changed on the left shin.", "Sue"),
        ("HCA Joy, visited at 9, Mrs Allen ate her breakfast", "Joy"),
        ("did the palliative team ring? our nurse is Hope I think", "Hope"),
        ("her carer's name is Precious, she comes at 8", "Precious"),
        ("ok so Grace from the surgery rang back about the bloods", "Grace"),
        ("Yes Rose from the pharmacy said it's ready", "Rose"),
        ("Our helper Lani comes on Monday. Lani's no. is 0917 555 2231.", "Lani"),
        ("If I'm out try Dawn's number 07700 900 456", "Dawn"),
        ("Zadzwoń do pielęgniarki Ola 501 220 310 po południu", "Ola"),
        ("For the dressings ring nurse Kat 0412 555 019 before noon", "Kat"),
        ("assalam o alaikum doctor main nadia bol rahi hoon, abbu ki tabiyat theek nahi", "nadia"),
        ("main asif baat kar raha hun, ammi ka bp high hai", "asif"),
        ("ma'am ang number ni bong-bong kay zero nine one seven", "bong-bong"),
        ("ang anak ni marites mo adto ugma", "marites"),
        ("Patient: Mrs. Samina Akhtar w/o Khalid Mahmood, admitted on the ward", "Khalid Mahmood"),
        ("We moved to 12 Mabini Ext. near the church", "12 Mabini Ext."),
        ("Domicilio: Cda. Las Flores 27, Puebla.", "Cda. Las Flores 27"),
        ("Babcia mieszka teraz na Mickiewicza 7, drugie piętro.", "Mickiewicza 7"),
        ("Jestem przy Słowackiego 12/4 do wieczora.", "Słowackiego 12/4"),
        ("we live in lahore johar town block 7 B, near the park", "block 7 B"),
        ("mera ghar ka pata hai house number C two eighty one, street five", "C two eighty one"),
        ("the walgreens on 8 mile and gratiot has my scripts", "8 mile and gratiot"),
        ("we live just off spanish town road by the church", "spanish town road"),
        ("hi its me, dob 4 9 81, i need my inhaler refilled", "4 9 81"),
        ("appointment chaudah tareekh ko hai, please confirm", "chaudah tareekh"),
        ("Tata był na SOR 12.02, dostał antybiotyk.", "12.02"),
        ("Paciente Ramón Ortiz, exp. 77-5120-KM, glucosa 240", "77-5120-KM"),
        ("her hospital number is k four one nine oh two, she is at home", "k four one nine oh two"),
    ],
)
def test_names_places_dates_and_files_a_message_tells_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("the nurse is busy today, try after lunch", "busy"),
        ("the nurse is Polish and very kind", "Polish"),
        ("Discharge from the hospital went fine", "Discharge"),
        ("the letter from the hospital came yesterday", "letter"),
        ("the patient's number is on the form", "patient"),
        ("Mum's number is the same as before", "Mum"),
        ("CN II-XII intact, no focal deficit", "II-XII"),
        ("main ghar se bol rahi hoon, ammi theek hain", "ghar"),
        ("ang number ni doc wala pa, ma'am", "doc"),
        ("CT Abdomen w/o Contrast: no acute findings", "Contrast"),
        ("Chest Pain w/o Radiation, onset at rest", "Radiation"),
        ("2 puffs ext. release at night", "puffs"),
        ("Ring Room 12 Cardiology Ext. 4432 for results", "Cardiology"),
        ("O paciente ficou na Enfermaria 4 durante a noite", "Enfermaria 4"),
        ("Pacjent był na Oddziale 3 dni", "Oddziale"),
        ("complete heart block 2 days ago, now paced", "block 2"),
        ("nerve block 3 A done in theatre", "3 A"),
        ("i walked 2 mile and back today without pain", "2 mile and back"),
        ("he fell off his bike on the road yesterday", "road"),
        ("the clinic is just off the main road", "main road"),
        ("dob on file, i need my repeat", "file"),
        ("INR 1.05 today, K 3.03", "1.05"),
        ("tareekh yaad nahi, card pe likha hai", "tareekh"),
        ("insulin pen exp. 2027, kept in the fridge", "2027"),
    ],
)
def test_near_misses_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Lekarz przepisał mu Fostair i prednizon 20 mg", "Fostair"),
        ("two puffs of Trimbow BD and salbutamol when needed", "Trimbow"),
        ("his Relvar ran out on Sunday", "Relvar"),
        ("Pani doktor dała Berotec na duszność", "Berotec"),
    ],
)
def test_inhaler_brands_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


def test_a_title_before_an_inhaler_brand_is_still_a_name() -> None:
    text = "Seen with Mr Anoro and his wife today"
    assert leak_free(text, "Anoro"), detect(text, "strict")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Could someone call? We are at Old Mill House, TD9 7PL.", "Old Mill House"),
        ("Address is Low Fold Cottage, near the chapel", "Low Fold Cottage"),
        ("Parcel to Hill Top Barn, CA12 4RN please", "Hill Top Barn"),
    ],
)
def test_a_house_known_by_its_name_is_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("the House of Commons voted on it today", "House"),
        ("Seen at Ivy House Surgery today", "Surgery"),
        ("We had lunch at the Farm Shop after the clinic", "Farm Shop"),
    ],
)
def test_house_words_without_a_residence_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))
