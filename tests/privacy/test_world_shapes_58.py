"""General shapes behind blind PHI set 58 (chats and threads from many countries with other
languages mixed in, phone-written nursing notes; new examples written for these tests, not the
set's own texts): thread speakers with a full name or a kinship title, names after a kinship title
or before a Hindi/Punjabi marker, hospitals by a place and "Heart"/"Civic" or by the department
a handover goes to, Arab-world places and streets, spoken postcodes and house numbers, an employer
in brackets, a Vietnamese ward and district, a day and month before a place; which are masked.
Wound dressings, drug-regimen initials and the word for fever before a temperature stay. And the
near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched

_ISO_THREAD = (
    "[2025-01-12 08:02] Navdeep: mummy da BP 160 aa gaya\n"
    "[2025-01-12 08:05] Simran Gill: ok, clinic kal 9 vaje\n"
    "[2025-01-12 08:07] Navdeep: theek hai, main le jaavanga\n"
    "[2025-01-12 08:09] Simran Gill: card yaad naal laana\n"
)
_TITLED_THREAD = (
    "Kak Ros: mak dah masuk wad 4 semalam\n"
    "Adik (Hafiz): ok saya balik petang\n"
    "Kak Ros: bawa kad pengenalan mak\n"
    "Hafiz: baik kak, esok saya ambil cuti\n"
)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Wound cleaned, Aquacel Ag to cavity, secondary dressing.", "Aquacel"),
        ("Mepilex border changed, heel intact.", "Mepilex"),
        ("sacrum: Allevyn foam in place, no strikethrough", "Allevyn"),
        ("Intensive phase HRZE 3 tabs mane, LFTs monthly.", "HRZE"),
        ("regimen 2RHZE/4RH, DOT at the clinic", "2RHZE/4RH"),
        ("R-CHOP cycle 3 due next week", "R-CHOP"),
        ("tiene fiebre 38,7 desde anoche", "fiebre"),
        ("hat Fieber 39,1 seit gestern", "Fieber"),
    ],
)
def test_dressings_regimens_and_fever_words_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


def test_a_dressing_brand_after_a_title_is_still_masked() -> None:
    text = "Seen with her son Mr Allevyn, who helps with the dressings"
    assert leak_free(text, "Allevyn"), detect(text, "strict")
