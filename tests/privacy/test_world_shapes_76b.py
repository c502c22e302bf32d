"""General shapes behind blind PHI set 76's second round (new examples written for these tests,
not the set's own texts): a day and month without a year in a Norwegian, Danish or Swedish note
("Fysioterapinotat 03.12", "innlagt etter fall 28.09 med ..."), and after a Nordic preposition ("fra
02.11", "siden 19.10"); a name after the Nordic labels for patient and next of kin ("Pasient: Ante
Mikkel Gaup", "Pårørende: ..."); a town after "i"/"fra"/"til" in such a note ("bor i Vadsø"); a
Welsh surgery after "Meddygfa" and a Welsh patronymic's "ap"/"ferch" inside a name ("Pt: Iolo ap
Hywel"); a ward named after "Ward:" ("Ward: Trelawny Ruth"); a heritage, leisure or community
centre by its town's name; a month-less ordinal day after a word of planning ("booked ~14TH"); a
saint's town before a British postcode ("St Buryan, TR19 6BA"); a town named "... Town" after a
preposition ("in Charles Town") and a town after "in" before its street ("in Debe, Manahambre
Road"). And the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched

_NORSK = (
    "Fysioterapinotat 03.12\n"
    "Pasient: Ante Mikkel Gaup, f.nr. 120352 44107\n"
    "Innlagt etter fall 28.09 med hoftebrudd. Går med rullator og trenger hjelp i trapp.\n"
    "Sønn bor i Vadsø, kommer på besøk i Lakselv 09.12.\n"
    "Hb 12,4. Vekt 71,5 kg. Pårørende: Inga Sara Buljo\n"
)
_DANSK = "Patienten blev indlagt fra 02.11 og har ikke haft feber. Hun bor hos datteren i Thisted."


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_NORSK, "03.12"),
        (_NORSK, "28.09"),
        (_NORSK, "09.12"),
        (_NORSK, "Ante Mikkel Gaup"),
        (_NORSK, "Inga Sara Buljo"),
        (_NORSK, "Vadsø"),
        (_NORSK, "Lakselv"),
        (_DANSK, "02.11"),
        (_DANSK, "Thisted"),
        ("Kontroll siden 19.10, ok.", "19.10"),
        ("Pasient: Nils Aslak Sara", "Nils Aslak Sara"),
    ],
)
def test_nordic_dates_names_and_places_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_NORSK, "12,4"),  # a decimal comma's reading
        (_NORSK, "71,5 kg"),
        ("Pasienten får 2.50 mg og 10.12 ml i dag, ikke mer, hjelp med sko", "10.12 ml"),
        ("Pasienten trenger hjelp til CT og MR i morgen, bor hjemme", "CT"),
        ("Hb 10.12 today, K 4.10, plan to recheck", "10.12"),  # English: a reading
        ("Hb 10.12 today, K 4.10, plan to recheck", "4.10"),
        ("Version 2.10 installed on the pump", "2.10"),
    ],
)
def test_nordic_readings_and_english_decimals_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("GP REVIEW - Dr H. Morgan, Meddygfa Tan y Bryn\nPt: Iolo ap Hywel  NHS 401 223 9981", "Tan y Bryn"),
        ("GP REVIEW - Dr H. Morgan, Meddygfa Tan y Bryn\nPt: Iolo ap Hywel  NHS 401 223 9981", "Iolo ap Hywel"),
        ("Patient: Mererid ferch Owain, 71", "Mererid ferch Owain"),
        ("Hosp no. 4471902   Ward: Trelawny Ruth\nL hemiparesis", "Trelawny"),
        ("WARD: Penhallow\nBed 6", "Penhallow"),
        ("keen to return to the Redruth Heritage Centre on Tuesdays", "Redruth Heritage Centre"),
        ("swims at the Camborne Leisure Centre", "Camborne Leisure Centre"),
        ("EGG COLLECTION BOOKED ~14TH. PARTNER AWARE", "14TH"),
        ("transfer planned 3rd, family told", "3rd"),
        ("we're at 7 Mill Lane, St Buryan, TR19 6BA if needed", "St Buryan"),
        ("she sells doubles in Charles Town on weekends", "Charles Town"),
        ("we staying in Debe, Manahambre Road, near the temple", "Debe"),
    ],
)
def test_welsh_cornish_and_caribbean_places_and_days_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ward: Stroke Unit\nBed 4", "Stroke Unit"),
        ("Ward: Cardiology", "Cardiology"),
        ("Ward: 7B, side room", "7B"),
        ("swims at the leisure centre twice a week", "leisure centre"),
        ("scan planned 2nd trimester", "2nd"),
        ("planned 3rd line therapy", "3rd"),
        ("walked into town today with a stick", "town"),
        ("fell in Pain, Main Road clinic queue", "Pain"),
        ("Fore St, Worse, TR2 5AB", "Worse"),
    ],
)
def test_wards_by_specialty_and_near_misses_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))
