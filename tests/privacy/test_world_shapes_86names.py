"""General shapes behind blind PHI set 86's names, dates and numbers (new examples written for these
tests, not the set's own texts): a lower-case first name called before a request ("joy if you can
pick her up"); a ward staff member's lower-case first name that is also a word ("sister joy on 5
north"); a capitalised first name rare as a word opening a sentence before what the person has been
doing ("Kofi has been coughing"); a bare pager or extension number after the pager's word and whom it
reaches, or after a staff grade and name ("Pager RM Quartey 3382."); an identity band's number;
Turkish and Hijri month names after a day; and a road's number read out in words after its name.
And the near misses on each side: the word readings, times, doses, pay bands, "Ramadan" alone."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a lower-case first name called before a request
        ("ok update below\njoy if you can pick Mia up from practice at 5 that helps", "joy"),
        ("thanks all, ruby could you bring his charger tonight", "ruby"),
        ("hey destiny, can you call the school for me", "destiny"),
        # a ward's staff by a lower-case first name that is a word
        ("sister joy on 5 north was lovely to him", "joy"),
        ("midwife amber from triage came back at 4", "amber"),
        # a capitalised first name, rare as a word, opening a sentence before a person's doing
        ("Dad here. Kofi has been coughing since the antibiotics started.", "Kofi"),
        ("Thanks for the call. Yaw kept crying all night after the lumbar puncture", "Yaw"),
        # bare pager / extension numbers
        ("Plan discussed with OB. Pager RM Quartey 3382.", "3382"),
        ("Questions: pager for night charge (Lin) 6671.", "6671"),
        ("Report given to CNM Delacroix 5590.", "5590"),
        ("Newborn banded, armband no. 66120 checked with dad.", "66120"),
        ("ID band # 40917 verified at bedside", "40917"),
        # Turkish and Hijri dates
        ("Kontrol randevusu 14 Şubat 2025 saat 10:00", "14 Şubat 2025"),
        ("ameliyat 3 Aralık günü yapıldı", "3 Aralık"),
        ("we saw Dr Aydın on 22 Eylul, all fine", "22 Eylul"),
        ("nikah 7 Rabi al-Thani hai, ham nahi aa sakte", "7 Rabi al-Thani"),
        ("his surgery is fixed for 18 Jumada al-Ula", "18 Jumada al-Ula"),
        ("we fly back 10 Dhul Hijjah after Hajj", "10 Dhul Hijjah"),
        ("discharged 2 Zul Qadah 1446", "2 Zul Qadah 1446"),
        # a road's number read out in words
        ("we are out on Pine Ridge road number two zero seven period", "road number two zero seven"),
        ("he stays on Osu Badu street no. four one near the chapel", "street no. four one"),
    ],
)
def test_leak_free(text: str, value: str) -> None:
    assert leak_free(text, value), (text, value, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the word readings of names, with no request, role or person's doing
        ("have faith if you can, it gets better from here", "faith"),
        ("sunny day today so we sat outside", "sunny"),
        ("will you call me back after rounds", "will"),
        ("honey, can you bring my glasses", "honey"),
        ("the nurse said it was a sunny room on 7 west", "sunny"),
        ("nurse will on nights tonight", "will"),
        # clinical words and abbreviations at a sentence's start
        ("Pt left AMA. AMA was discussed with the attending.", "AMA"),
        ("Nausea has been improving. Pain is settling.", "Nausea"),
        ("Ondansetron has been helping with the vomiting", "Ondansetron"),
        # times, doses, counts and pay bands near a pager, grade or band
        ("Heparin given by RN Lee 5000 units sc", "5000"),
        ("paged at 2200, no answer, paged again", "2200"),
        ("EBL 1200, QBL 1350.", "1350"),
        ("she is a Band 5 nurse on band no. 6 next year", "6"),
        # "Ramadan" with no day, a road with no name before its number
        ("the road number is on the letter", "number"),
        ("drive number two was harder than the first", "two"),
        ("at the main road number two junction", "two"),
        ("gave 5 mg at 1200 then rechecked", "5 mg"),
    ],
)
def test_near_miss_kept(text: str, value: str) -> None:
    assert not touched(text, value), (text, value, detect(text, "strict"))


def test_a_time_after_a_staff_name_is_no_pager() -> None:
    # (the staff pass alone: a 24-hour time after a grade and a name is when, not a line to call)
    from medgate.privacy.strict.paged_numbers import pager_number_spans

    assert pager_number_spans("Seen by Dr Osei 1430.") == []
    assert [e.text for e in pager_number_spans("Seen by Dr Osei 4471.")] == ["4471"]


def test_ramadan_alone_is_no_date() -> None:
    text = "he fasts during Ramadan so we moved his metformin"
    assert not any(e.type.name == "DATE" for e in detect(text, "strict"))
