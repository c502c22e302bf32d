"""General shapes behind blind PHI set 83's chats (new examples written for these tests, not the
set's own texts): a Portuguese street with its floor and side after the number ("Travessa do Carmo 8
3.º Dto"); a Danish street with its floor and side and the postcode and town ("Nørrebrogade 12, 2.
tv., 2200 København"); a house number run into its label ("H/No. D71/3"); a house's number before a
highway's ("2210 highway 61"); a hospital by initials ending in H after a ward ("burns ward UCH"), by
lower-case initials before a room ("unit at rvh, room 3"), by its bare name before a department
that reports ("Treliske renal said"); a pub and its village in brackets after work ("(the Anchor
at Ripley)"); a district holding a number before "near" ("Kayole 12 near Tumaini Mall"); a name
after a Fijian kin title ("Tai Losana"); a nickname after "its" in a greeting ("hi doc its lil
peanut,"); a bare first name signing off on the last line ("...prn.\nBill"). And the near misses on
each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("moramos na Travessa do Carmo 8 3.º Dto, Lisboa", "3.º Dto"),
        ("Vivemos em Rua Padre Cruz 112 1º Frente. O penso", "1º Frente"),
        ("Avenida Dom Afonso 9 4.º Esq, perto do mercado", "4.º Esq"),
        ("Bor på Nørrebrogade 12, 2. tv., 2200 København N.", "2. tv."),
        ("Adresse: Vesterbrogade 88, 3. mf., 1620 København V", "1620"),
        ("hun bor Ryesgade 5, st. th., 8000 Aarhus C", "st. th."),
        ("Mr Kofi Asante\nH/No. D71/3, Tema", "D71/3"),
        ("Address: H.No. B 12/4, Kumasi", "B 12/4"),
        ("we live at 2210 highway 61 by the levee", "2210 highway 61"),
        ("she at 7730 hwy 90 now", "7730"),
    ],
)
def test_floors_doors_house_labels_and_highway_houses_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rua Padre Cruz 112 1º Esq. A médica disse", "A médica"),
        ("on Hwy 9, 3 days ago", "3 days"),
        ("took 10 route 5 minutes", "10"),
        ("lives 2 hours from the highway 4 exits down", "2 hours"),
        ("house no fever today", "fever"),
        ("H/O 2 falls this year", "2 falls"),
    ],
)
def test_sentences_counts_and_histories_near_addresses_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mimi ni Wanjiru bed 3 burns ward UCH, naenda home", "UCH"),
        ("he's on surgical ward MRH since monday", "MRH"),
        ("this is jo from the burn unit at rvh, room 3. call me", "rvh"),
        ("mom in the unit at sbh bed 12 since fri", "sbh"),
        ("all consented. Treliske renal said dialysis not needed", "Treliske"),
        ("Wonford ortho agreed to take him", "Wonford"),
        ("Addenbrooke plastics will review tomorrow", "Addenbrooke"),
    ],
)
def test_hospitals_by_initials_or_bare_name_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("moved to ward ICU overnight", "ICU"),
        ("back in unit at home, room is ready", "home"),
        ("the unit at icu, bed 2 is free", "icu"),
        ("ICU plastics said no graft", "ICU"),
        ("The renal said no dialysis", "The"),
        ("Augmentin renal dosing checked", "Augmentin"),
        ("Urgent ortho said fine", "Urgent"),
        ("burns ward NH", "NH"),
    ],
)
def test_units_departments_and_drugs_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("slipped at work (the Anchor at Ripley) on sat", "Anchor"),
        ("burnt hand at work (the Pelican at Lydford), cold water", "Pelican"),
        ("seen at home, Kayole 12 near Tumaini Mall. BP ok", "Kayole 12"),
        ("she stays in Umoja 3 near the stage", "Umoja 3"),
        ("thank you for the visit. Tai Losana asked about her pills", "Losana"),
        ("Nau Seini will bring her on Monday", "Seini"),
        ("hey ms dee its lil peanut, mr boudreaux grandson", "lil peanut"),
        ("hi doc its kaylee, bella's mum. she has a rash", "kaylee"),
        ("Settled, back on oramorph 10mg prn.\nBill\n", "Bill"),
        ("Wound clean, dressing changed.\nJude", "Jude"),
    ],
)
def test_pubs_districts_kin_titles_intros_and_last_line_names_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hurt at work (the night shift)", "night shift"),
        ("collided on Ruta 5 near Osorno", "Ruta 5"),
        ("Bed 12 near the window", "Bed 12"),
        ("Grade 3 near the sacrum", "Grade 3"),
        ("she does Tai Chi twice a week", "Tai Chi"),
        ("BU Lab result pending", "BU"),
        ("hi its me, can u call", "me"),
        ("hey its lil bit worse today", "lil bit"),
        ("hi doc its getting worse.", "getting worse"),
        ("Obs stable.\nThanks", "Thanks"),
        ("Review in clinic.\nMay", "May"),
        ("Plan discussed.\nMum", "Mum"),
        ("Meds:\nSam", "Sam"),
    ],
)
def test_shifts_roads_grades_exercise_and_closing_words_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))
