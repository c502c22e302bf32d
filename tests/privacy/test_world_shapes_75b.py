"""General shapes behind blind PHI set 75's places and card numbers (new examples written for these
tests, not the set's own texts): a lower-case place no list knows after a verb of coming or going
and "to", before a day or the clause's end ("can we come to vailima on fri"); a Dutch place named
with the old genitive "'s" ("naar 's-Gravenzande"); a hospital's initials no list knows before a
record's word or before a ward's word after "naar"/"to" ("his KVMC chart #", "naar LUMC
verloskamer"); a town after a named facility, firm or street and a comma, before a dash, a comma,
"on" or the line's end ("Sunrise Hospital, Osogbo - Outpatients", "Jaya Oil Mill, Tiruvur,",
"Employer: Eskom Generation Plant, Kriel"); a place after a doctor's name and "at" ("Dr Amina Yusuf
at Sungai Petani 3/2"); a health card's number in letter and digit groups ("card is BKLO 551203 K
027"). And the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pls can we come to vailima on fri or is the nurse away", "vailima"),
        ("we going to kolonga tomorrow for the check", "kolonga"),
        ("can you bring her to falealupo this week", "falealupo"),
        ("Mijn tante woont nu in 's-Gravenzande bij haar zoon.", "'s-Gravenzande"),
        ("Ze moet naar 's Heeren Loo voor opvang.", "'s Heeren"),
        ("his KVMC chart # 4471902, mum is with him", "KVMC"),
        ("the TRHS file has her old bloods", "TRHS"),
        ("Ambulance rijdt naar LUMC verloskamer, ETA 40 min", "LUMC"),
        ("transfer to KGVH labour ward tonight", "KGVH"),
        ("Sunrise Hospital, Osogbo - Outpatients Department", "Osogbo"),
        ("Tribhuvan Teaching College, Kirtipur\nDept of Medicine", "Kirtipur"),
        ("a loader at Jaya Oil Mill, Tiruvur, since 2019", "Tiruvur"),
        ("Employer: Eskom Generation Plant, Kriel\non 2 June 2024 he was seen", "Kriel"),
        ("Employer: Sappi Paper Manufacturing, Ngodwana on 4 May", "Ngodwana"),
        ("R/o 7 Mariamman Kovil Street, Katpadi - reg. the above", "Katpadi"),
        ("line resited by Dr Amina Yusuf at Sungai Petani 3/2) - no ooze", "Sungai Petani"),
        ("reviewed by Dr Chong Wei at Tanjung Malim.", "Tanjung Malim"),
        ("her TSI card is BKLO 551203 K 027 if they ask", "BKLO 551203 K 027"),
        ("health card no: GHTR 770412 B 118", "GHTR 770412 B 118"),
    ],
)
def test_destinations_initials_trailing_towns_and_cards_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("can we come to clinic on mon", "clinic"),
        ("she wants to go to bed early", "bed"),
        ("going to town tomorrow for shopping", "town"),
        ("come to ed on fri if worse", "ed"),
        ("the patient's Lands End trip", "Lands"),
        ("he said it 's Monday already", "Monday"),
        ("her ECG chart is in the folder", "ECG"),
        ("the MAR chart signed", "MAR"),
        ("transfer to ICU ward 3", "ICU"),
        ("her NEWS chart scored 5", "NEWS"),
        ("naar SEH gebracht", "SEH"),
        ("St Mary's Hospital, Cardiology - clinic letter", "Cardiology"),
        ("Rice Mill, However, he kept working", "However"),
        ("Rice Mill, Tuesday shift, he was hurt", "Tuesday"),
        ("Kings Hospital, March - audit", "March"),
        ("General Hospital, Emergency Department.", "Emergency"),
        ("Letter from Dr Lee at Radiology 2/3", "Radiology"),
        ("the card is at home", "at home"),
        ("card is ABCD 123456 if asked", "if asked"),
        ("on my card is PJN 448213 S Dr Costa put it in", "S Dr"),
    ],
)
def test_english_words_known_initials_departments_and_words_after_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))
