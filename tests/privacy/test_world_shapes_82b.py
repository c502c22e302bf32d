"""General shapes behind blind PHI set 82's chats (new examples written for these tests, not the
set's own texts): a Turkish age over 89 before "yaşında"/"yaşındaki" ("Annem 94 yaşında"); a firm
after a French verb of working and "chez" ("il travaille chez Michelin"); a place after the Tagalog
"galing" (came from), its "pa", a pronoun and "sa" ("galing sila sa Calamba"); a bare two-word hospital before "in <town>" after rehab, a transfer or a move
("rehab at Northside Care in athens"); a lower-case name owning a health card ("kai's medicare"); a
Canadian rural route with a house number on a numbered line ("RR 3, 2204 Concession 7 West"). And
the near misses
on each side: a Turkish age under 90, a temperature or a pulse in Turkish; "chez" with a pronoun, a
title or a friend's home after another verb; a clinical, kin or common English word after "galing"
("galing sa ER", "ang galing ng Doctor"); a month after "in", a ward's name; a kin or everyday word owning a card
("the baby's medicare"); a respiratory rate "RR" before a volume or a saturation; and a drug brand the vocabularies lack, accented or not,
told in a list right after another drug and its strength ("Ramipril 5 mg et Préviscan"), that must
stay while a first name in that slot is still masked."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Annem 94 yaşında, kalça kırığı ile yattı.", "94"),
        ("Dedem 102 yaşındaki haliyle yürüyor.", "102"),
        ("Anneannem 97 yaş, bilinci açık.", "97"),
        ("Mon frère travaille chez Michelin à Clermont, il viendra samedi.", "Michelin"),
        ("elle bosse chez Carrefour Market depuis mai", "Carrefour Market"),
        ("il travaillait chez Airbus avant sa retraite", "Airbus"),
        ("galing sila sa Calamba kanina, traffic daw", "Calamba"),
        ("si tito galing pa siyang Tuguegarao para dumalaw", "Tuguegarao"),
        ("galing sa Naga si mama kagabi", "Naga"),
        ("Doliprane 1 g et Marie passe demain", "Marie"),
        ("they may move him to rehab at Northside Care in athens", "Northside Care"),
        ("plan is transfer to Baptist Regional in dothan friday", "Baptist Regional"),
        ("call me if i dont pick up. kai's medicare is 3381 55120 2. thanks", "kai"),
        ("zeb's ohip number is in the blue folder", "zeb"),
        ("We live at RR 3, 2204 Concession 7 West, Mono, L9W 2Z2. Thanks", "RR 3, 2204 Concession 7 West"),
        ("send it to R.R. #1, 448 Sideroad 15, Caledon", "R.R. #1, 448 Sideroad 15"),
    ],
)
def test_turkish_ages_french_employers_and_tagalog_places_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Babam 85 yaşında, şeker hastası.", "85"),
        ("Ateş 39 derece, nabız 96 dakikada.", "96"),
        ("je travaille chez moi le lundi", "moi"),
        ("il travaille chez nous depuis mai", "nous"),
        ("galing sa ER si lola kanina", "ER"),
        ("galing pa siyang Dialysis kaya pagod", "Dialysis"),
        ("ang galing ng Doctor niya", "Doctor"),
        ("Elle prenait Ramipril 5 mg et Préviscan le soir.", "Préviscan"),
        ("Il prend Levothyrox 75 µg, Efferalgan si besoin.", "Efferalgan"),
        ("on her Amlodipine 10mg and Kestine at night", "Kestine"),
        ("rehab at Home Health in march, they said", "Home Health"),
        ("transfer to Surgical Ward in Leeds tonight", "Surgical"),
        ("the baby's medicare is 3381 55120 2", "baby"),
        ("mum's medicare card is in the car", "mum"),
        ("RR 18, 2204 ml out over shift", "2204 ml"),
        ("RR 22, 96% on 2 L, line 3 flushed", "line 3"),
    ],
)
def test_young_ages_pronouns_clinical_words_and_listed_brands_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))
