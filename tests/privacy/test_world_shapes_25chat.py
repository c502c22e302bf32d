"""General shapes behind blind PHI set 85's chats and what the morning's name rounds left (new
examples written for these tests, not the sets' own texts): an Indonesian village street with its
kilometre and alley ("Jl. Solo km 5 gg. Mawar no 2"); an address told by numbers and the door's
"n°", its district before it ("Hay Riad, rue 9 n° 14", "Cité 500 Logements, Bt 3 n° 11"); a
Spanish block and door after an avenue ("Calle Luna Blq 7 #3"); a Malagasy lot ("Lot IIK 14 Ter
Ambohijatovo"); a French hospital by its generic kind and its town ("l'Hôtel-Dieu de Sherbrooke");
a hospital's initials before a town after the Nordic "til" ("40 min til OUS Oslo"); a Welsh school typed in lower case ("by ysgol bro teifi in
llandysul"); a first name
right before its role ("spoke to lou the practice nurse", "ah ben (the cleaner)"); a one-word name
of a pair said again alone ("Tomas and Ivy rented ... Ivy teaches"). And the near misses on each
side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("rumah kami di Jl. Solo km 5 gg. Mawar no 2, Klaten.", "Solo km 5 gg. Mawar no 2"),
        ("alamat: Jalan Magelang km 12 gang Kenanga no 7", "Magelang km 12 gang Kenanga no 7"),
        ("On habite Hay Riad, rue 9 n° 14, Rabat.", "Hay Riad, rue 9 n° 14"),
        ("Adresse: Cité 500 Logements, Bt 3 n° 11, El Harrach", "Cité 500 Logements, Bt 3 n° 11"),
        ("il vit rue 21 n° 5 depuis mai", "rue 21 n° 5"),
        ("Clínica Sol, Calle Luna Blq 7 #3, Bayamón", "Calle Luna Blq 7 #3"),
        ("réunion au Lot IIK 14 Ter Ambohijatovo, chez Mme Rasoa", "Lot IIK 14 Ter Ambohijatovo"),
        ("dialyse à l'Hôtel-Dieu de Sherbrooke, chaise 4", "Hôtel-Dieu de Sherbrooke"),
        ("suivi au Centre hospitalier de Granby demain", "Centre hospitalier de Granby"),
        ("admise à l'Hôpital de Chicoutimi hier", "Hôpital de Chicoutimi"),
        ("det er ca 30 min til OUS Oslo herfra", "OUS"),
        ("rang the surgery and spoke to lou the practice nurse, she said fine", "lou"),
        ("i spoke to will the ward clerk and he said ok", "will"),
        ("ok lah, ah ben (the cleaner) will open gate", "ben"),
        ("hi, this is Nell the neighbour from no 4", "Nell"),
        ("im at the bus stop by ysgol bro teifi in llandysul now", "ysgol bro teifi"),
        ("we wait outside ysgol y castell for the bus", "y castell"),
    ],
)
def test_numbered_addresses_generic_hospitals_and_named_roles_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, value)


def test_a_one_word_name_of_a_pair_said_again_is_masked() -> None:
    text = (
        "Re: reference for Tomas Ruiz and Ivy Chen\n\n"
        "Tomas and Ivy rented my flat. Tomas works at a bank and Ivy teaches at a school."
    )
    at = text.rindex("Ivy")  # (the repeat after "and", alone)
    assert any(e.start <= at and at + 3 <= e.end for e in detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("vaccin Lot EK5730 donné au bras gauche", "Lot"),
        ("dossier n° 21 ouvert ce matin", "21"),
        ("rue 8 près du marché", "rue 8"),
        ("Hôpital de jour lundi pour la perfusion", "Hôpital"),
        ("when will the nurse come back", "will"),
        ("the will the solicitor drew up is signed", "will"),
        ("sunny the dog barked all night", "sunny"),
        ("Pat the dog is fine", "Pat"),
        ("ysgol is closed today so she is home", "is closed"),
        ("spoke to the practice nurse today", "practice"),
        ("metformin 500 mg and the nurse reviewed", "metformin"),
    ],
)
def test_lots_dossiers_services_and_modal_wills_stay(text: str, value: str) -> None:
    assert not touched(text, value), (text, value)


def test_a_common_word_of_a_pair_is_not_repeated() -> None:
    text = "Sons Will and Dean came at noon. Later Will be there for the meeting."
    assert not touched(text, "Will be there")
