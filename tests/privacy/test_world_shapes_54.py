"""Dates of other calendars and scripts that blind set 54 brought (tests/privacy/BLIND_SCORES.md), each
in other words than the set, with the near misses that must stay: a day of a Hijri month however the
"ul" is joined ("Rabi ul Akhir", "Rabi al-Thani"), a day of a month of the Iranian calendar
("Ordibehesht", "Dey 1402"), and a month and day in Chinese, Japanese or Korean units ("3月14日",
"2023년 11월 9일")."""

from __future__ import annotations

import pytest

from medgate.privacy import detect


def _dates(text: str) -> list[str]:
    return [e.text for e in detect(text, "strict") if e.type.value == "DATE"]


@pytest.mark.parametrize(("text", "date"), [
    ("Nikah fixed for 14 Rabi ul Akhir, please come", "14 Rabi ul Akhir"),
    ("uska operation 9 Rabi al-Thani 1446 ko hua", "9 Rabi al-Thani 1446"),
    ("Jalsa on 2 Jamadi ul Awal at the masjid", "2 Jamadi ul Awal"),
    ("shenasnameh says 17 Ordibehesht 1348", "17 Ordibehesht 1348"),
    ("babam 5 Dey 1402 bastari shod", "5 Dey 1402"),
    ("tavalod 30 Shahrivar, hamishe yadam mire", "30 Shahrivar"),
    ("手術は3月14日です", "3月14日"),
    ("생년월일 2023년 11월 9일 입니다", "2023년 11월 9일"),
    ("出院 2019年12月 1日 回家", "2019年12月 1日"),
    ("어머니 외래 7월 23일 오전", "7월 23일"),
])
def test_other_calendars_and_scripts_are_dates(text: str, date: str) -> None:
    assert date in _dates(text)


@pytest.mark.parametrize("text", [
    "Mehr is coming round later with food",  # a name: the short Iranian months need a day and year
    "she lives on Azar street, flat 4",
    "took 2 tir tablets from the box",
    "3 dey ago the fever started",  # romanised "days", not the month Dey
    "수술 후 3개월 2일째",  # three months and two days: a duration
    "주사 12일분 처방",  # twelve days' supply
])
def test_near_misses_stay(text: str) -> None:
    assert _dates(text) == []


def _texts(text: str, kind: str) -> list[str]:
    return [e.text for e in detect(text, "strict") if e.type.value == kind]


def _all(text: str) -> list[str]:
    return [e.text for e in detect(text, "strict")]


@pytest.mark.parametrize(("text", "name"), [
    ("Dipti ben, aaje dawa lidhi ke nahi?", "Dipti"),  # Gujarati: the word of address after the name
    ("Kiran bhai ne report mokli", "Kiran"),
    ("Verma ji ne bola kal aana", "Verma"),
    ("Sunil mama heta Galle idan enawa", "Sunil"),  # Sinhala uncle
    ("Kumari akka gedara innawa", "Kumari"),
    ("went with pee Fon to the clinic", "Fon"),  # Thai elder, before the name
    ("P'Mint drove us there", "P'Mint"),
    ("nong Bank has a fever since last night", "Bank"),  # a Thai nickname that is an English word
    ("bs Hoa bao la on roi", "Hoa"),  # Vietnamese bác sĩ
    ("Bu Ratna sudah minum obat", "Ratna"),  # Indonesian mother, Mrs
    ("tanya Kak Dewi saja ya", "Dewi"),
])
def test_names_beside_a_word_of_address(text: str, name: str) -> None:
    assert any(name in n for n in _texts(text, "NAME"))


@pytest.mark.parametrize("text", [
    "Good morning ji, sab theek hai?",  # a greeting before "ji"
    "Mummy ji ko bolo",  # kin words themselves
    "pee test was clear this morning",  # the English word, lower case after
    "says he needs to pee Frequently at night",  # the English word before a capitalised English one
    "the bs level was fine today",
])
def test_words_of_address_alone_stay(text: str) -> None:
    assert _texts(text, "NAME") == []


@pytest.mark.parametrize(("text", "place"), [
    ("papa ka checkup medanta mein hai", "medanta"),  # a chain's head before a Hindi postposition
    ("admit kale Nawaloka Central eke, room 210", "Nawaloka Central"),  # Sinhala "in the"
    ("doctor at apollo said to come back", "apollo"),
    ("ammi ko LGH se discharge kar diya", "LGH"),  # initials, then what a hospital does
    ("abbu QEH mein admit hain", "QEH"),
    ("umi fi mostashfa el Nour min embareh", "Nour"),  # Arabizi: hospital, then its name
    ("Lola na-confine sa St. Paul's QC kagabi", "QC"),  # a branch's initials after a hospital
    ("Mama was admitted to Asian Hospital ATC", "ATC"),
    ("어제 SVH 응급실 갔어", "SVH"),  # initials before the Korean word for an emergency room
    ("KMC病院に入院しました", "KMC"),
])
def test_hospitals_beside_a_place_word(text: str, place: str) -> None:
    assert any(place in p for p in _all(text))


@pytest.mark.parametrize("text", [
    "ICU se discharge ho gaye kal",  # a unit of any hospital
    "OPD mein appointment hai",
    "CT mein kuch nahi aya",
    "ER se admit kar liya",
    "Hospital MRN: 5530217",  # a record's label after "Hospital", not a branch
    "Hospital ID 88123 on the card",
    "ER 응급실에서 대기",
    "CT 병원 예약했어",
])
def test_units_beside_a_place_word_stay(text: str) -> None:
    assert _texts(text, "LOCATION") == []


@pytest.mark.parametrize(("text", "address"), [
    ("cab to #12, 3rd main, 4th cross, BTM 1st stage please", "#12, 3rd main, 4th cross, BTM 1st stage"),
    ("No. 9, 2nd cross road, Koramangala 4th block", "No. 9, 2nd cross road, Koramangala 4th block"),
    ("ghar C-101 Ganga Vihar, sector 21 mein hai", "C-101 Ganga Vihar, sector 21"),
    ("Premises: Flat 5B, Wing A, Lotus Residency, Survey No. 12/3, Kothrud", "Flat 5B, Wing A, Lotus Residency, Survey No. 12/3"),
    ("office on 3rd floor, Meridian Building, Andheri", "3rd floor, Meridian Building"),
    ("Alamat di Jl. Melati Indah III no 4 ya", "Jl. Melati Indah III no 4"),
    ("nha o ngo 12 Tran Phu, gan cho", "ngo 12 Tran Phu"),
    ("con ở hẻm 88 Lê Lợi nhé", "hẻm 88 Lê Lợi"),
])
def test_south_and_south_east_asian_addresses(text: str, address: str) -> None:
    assert address in _texts(text, "ADDRESS")


@pytest.mark.parametrize("text", [
    "B-12 deficiency noted, start supplements",  # a vitamin, not a unit
    "Type 2 diabetes since 2010",
    "No. 2 on the list of concerns",
    "2nd floor ward was full",  # a floor with no building named
    "them 3 Times a day",  # no Vietnamese lane
])
def test_near_miss_addresses_stay(text: str) -> None:
    assert _texts(text, "ADDRESS") == []


@pytest.mark.parametrize(("text", "employer"), [
    ("he is working at Tenacious Systems, Pune, since 2021", "Tenacious Systems"),
    ("Mr Rao, employee of Orion Infotech Pvt Ltd, is granted leave", "Orion Infotech Pvt Ltd"),
    ("employed by Blue Crescent Facility Services as a cleaner", "Blue Crescent Facility Services"),
    ("she works at Acute Technologies in Chennai", "Acute Technologies"),  # a clinical word as the name
    ("2nd floor, Orbit House, Powai Estate, Mumbai", "Powai Estate"),
])
def test_employers_and_estates_by_their_kind(text: str, employer: str) -> None:
    assert employer in _all(text)


@pytest.mark.parametrize("text", [
    "she was employed by Social Services until last year",
    "works in Real Estate, likes it",
    "wants to work with Emergency Services",
    "the Nervous Systems lecture was long",  # no employment sentence
])
def test_generic_services_stay(text: str) -> None:
    assert _texts(text, "LOCATION") == []
