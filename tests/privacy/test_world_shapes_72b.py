"""General shapes behind blind PHI set 72's places, hospitals and employers (new examples written
for these tests, not the set's own texts): an employer after a verb of working that the job words
leave out ("drives for Metro Cabs", "off work from shorts brothers til monday", "may rejoin duty at
Andhra Pradesh Electricity Board", Spanish "trabajo en el Walmart"); a hospital by a short name (its
initials after a record number's "at", a "Health Sciences" centre, a capitalised name after a
Spanish verb of leaving or entering hospital, a Nordic hospital's compound name); a coast's "Bay of
X" name; a road's number after "live out" and the landmark past it ("out rt 7 past Dillards, box
12"); a township's lettered section in a chain of unit numbers ("section B, house 2207"); a town of
two titled words in another script after a workplace and a comma ("textile factory, Gò Vấp"); a
town after a Spanish facility named head first, at a line's end ("Centro Médico del Norte, Arecibo"). And
the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her husband drives for Metro Cabs and works nights.", "Metro Cabs"),
        ("son rides for Bolt (reg KX 88) most evenings", "Bolt"),
        ("He delivers for Parcel Force on weekdays.", "Parcel Force"),
        ("im off work from shorts brothers til monday", "shorts brothers"),
        ("She is off sick from Tesco Extra until the 9th.", "Tesco Extra"),
        (
            "He may rejoin duty at Andhra Pradesh Electricity Board, Guntur depot, on 3.6.2025.",
            "Andhra Pradesh Electricity Board",
        ),
        ("fit to return to work at Mackie's Bakery on light duties", "Mackie's Bakery"),
        ("o en el trabajo en el Walmart de la 65 de Infantería", "Walmart"),
        ("ela trabalha na Riachuelo do centro", "Riachuelo"),
        ("Her clinic number at RBH is 2044191. Can the doctor see her?", "RBH"),
        ("see you at the Health Sciences Tuesday the 9th", "Health Sciences"),
        ("WESTERN HEALTH — HEALTH SCIENCES CENTRE", "HEALTH SCIENCES"),
        ("Mamá salió del Maciel el 3/4 con enoxaparina", "Maciel"),
        ("la internaron en el Clínicas ayer", "Clínicas"),
        ("please ring the rigssygehusets apotek", "rigssygehusets"),
        ("pt at Universitetssjukhuset i Lund", "Universitetssjukhuset"),
        ("Wife drove him in from the Bay of Plenty side in the ute.", "Bay of Plenty"),
        ("the ferry from the Isle of Mull was late", "Isle of Mull"),
        ("we stay out rt 7 past Dillards, box 12, Perry county", "rt 7"),
        ("we stay out rt 7 past Dillards, box 12, Perry county", "Dillards"),
        ("the kids stay in KwaMashu, section B, house 2207.", "section B, house 2207"),
        ("son (works at Thanh Cong textile factory, Gò Vấp) — phone 0908 111 222", "Gò Vấp"),
        ("Provider: Dr. Ana Ruiz, Centro Médico del Norte, Arecibo\n11. Signature", "Arecibo"),
    ],
)
def test_employers_hospitals_and_places_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("he drives for hours on end", "hours"),
        ("She drives for Mum on Sundays.", "Mum"),
        ("works for me", "me"),
        ("im off work from Monday til the 3rd", "Monday"),
        ("off work from today, back next week", "today"),
        ("rejoin duty at the earliest", "earliest"),
        ("Mi hijo trabaja en el campo todo el día.", "campo"),
        ("trabajo en el turno de noche", "turno"),
        ("his bed number at ICU is 4", "ICU"),
        ("card number at ICU is 20441", "ICU"),
        ("a degree in Health Sciences", "Health Sciences"),
        ("Faculty of Health Sciences", "Health Sciences"),
        ("She studied at the Health Sciences faculty", "Health Sciences"),
        ("ingresó al CTI el martes", "CTI"),
        ("ingresó en la Sala 4", "Sala"),
        ("salió del baño sola", "baño"),
        ("a bay of six beds", "bay of six"),
        ("we stay out rt 7 past the church, box 3", "church"),
        ("she lives on route 3 past there.", "there"),
        ("pt in section b of the notes, house staff aware", "section b"),
        ("works at the bakery, Monday shifts)", "Monday"),
        ("Clínica Santa Rosa, Lunes 4pm", "Lunes"),
    ],
)
def test_near_misses_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))
