"""A room's number is masked under the strict policy, whatever its length or language ("rm 204",
"Room 9", "chambre 27", "habitación 311"): i2b2 labels a room as a location, the labelled sets
written since set 39 label it, and where a patient lies tells anyone on the ward who they are.
Beds and bays stay (the labelled sets keep "bed 12" eight times to once); so do a count of time or
distance after the number, "room air" and a room with no number."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pt moved to rm 204 after lunch, settled", "204"),
        ("Room 9: pt c/o nausea, zofran given", "9"),
        ("RM# 31 call light on, repositioned", "31"),
        ("family waiting in room no. 17 for the team", "17"),
        ("Elle est en chambre 27 depuis lundi.", "27"),
        ("el paciente de la habitación 311 pide agua", "311"),
        ("a doente do quarto 8 recusou o jantar", "8"),
        ("Patient in Zimmer 12 klagt über Schmerzen", "12"),
        ("pt to rm 5C from PACU at 1410", "5C"),
    ],
)
def test_a_rooms_number_is_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pt in bed 12 asking for water", "12"),
        ("bay 4 bed 2 settled overnight", "bay 4 bed 2"),
        ("on room air, sats 95%", "room air"),
        ("his room is 2 mins from the nurses station", "2 mins"),
        ("sat in the day room 3 hrs with family", "3 hrs"),
        ("room 10 ft from the exit, fall risk", "10 ft"),
        ("room temp 22, pt feels cold", "22"),
        ("stayed in bed 2 days with the flu", "2 days"),
    ],
)
def test_beds_counts_and_room_air_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


def test_standard_policy_keeps_a_rooms_number() -> None:
    text = "pt moved to rm 204 after lunch, settled"
    assert not touched(text, "204", "standard")
