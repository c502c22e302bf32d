"""General shapes behind blind PHI set 73's names, dates and kept words (new examples written for
these tests, not the set's own texts): an implanted port called by its one-word brand ("Infusaport
flushed") and a virus named after people ("Coxsackie virus") are kept, as is the word after the
Tagalog article "yung" opening a Taglish sentence ("Yung ESR niya po"); a neighbour's first name
before "from next door"; a Welsh thanks before the signature ("Diolch, Bryn"); a first name that
is a word too, signed after a blessing ("God bless you. Mercy"); a note signed by a first name
with its role in brackets ("Nia (staff nurse)"); a lower-case child's name owning a result ("finn's
counts"); the date of a course's last or next dose or cycle ("last dose 4/27"); and a shift
heading's dashed month and day before its hour ("11-14, 6AM"). And the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Child has Infusaport, flushed and accessed, blood return good.", "Infusaport"),
        ("portacath de-accessed after the infusion", "portacath"),
        ("Serology: Coxsackie virus IgM negative.", "Coxsackie"),
        ("Hx: Epstein-Barr virus hepatitis 2019", "Barr"),
        ("Salamat po. Yung ESR niya po 40, normal po ba?", "ESR niya"),
        ("Okay na po. Ung gamot nya po ubos na.", "gamot"),
    ],
)
def test_port_brands_eponymous_viruses_and_tagalog_articles_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("moved to Davenport last spring", "Davenport"),
        ("Tumawag po si Dr. Yung kanina po.", "Yung"),
        ("Salamat po. Yung Mei Ling po ito.", "Yung"),
    ],
)
def test_towns_and_surnames_like_them_are_still_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my knee is bad again and Bron from next door takes me in on Fridays", "Bron"),
        ("Mair from across the road has a key to the house", "Mair"),
        ("sorry to miss it, will ring Monday.\nDiolch,\nBryn", "Bryn"),
        ("see you weds then. Diolch yn fawr, Heledd", "Heledd"),
        ("I dey take the tablets well. God bless you. Mercy", "Mercy"),
        ("Mum aware of plan, will bring him at 10.\nNia (staff nurse)", "Nia"),
        ("Spoke with dad re bloods.\nElin (CNS)", "Elin"),
        ("hiya its me again. finn's counts are up and the doc is happy", "finn"),
        ("morning. maisie's temp was 38.4 last night", "maisie"),
    ],
)
def test_neighbours_signatures_and_lower_case_children_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Noise from next door kept him awake", "Noise"),
        ("Help from next door with shopping", "Help"),
        ("Plan as discussed.\nReview (CNS)", "Review"),
        ("God bless you. Take care", "Take care"),
        ("I said god bless you. Comfort is what he needs", "Comfort"),
        ("my mobile is on. diolch yn fawr\n", "yn fawr"),
        ("the patient's counts came back fine", "patient"),
    ],
)
def test_words_in_those_places_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("on nivolumab, last dose 4/27 at the infusion centre", "4/27"),
        ("on carboplatin, last cycle 03/09. Nausea since", "03/09"),
        ("next dose 5/18 if counts allow", "5/18"),
        ("NURSING NOTES - Ward 5B\n11-14, 6AM\nReceived pt asleep", "11-14"),
        ("  4-09 22:00 pt settled, obs stable", "4-09"),
        ("3-21, 0600H endorsed to day shift", "3-21"),
    ],
)
def test_course_dates_and_shift_headings_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("took last dose 1/2 of the tablet", "1/2"),
        ("abx day 3/7, afebrile", "3/7"),
        ("cycle 2/6 today, tolerated", "2/6"),
        ("10-12 mg given\n2-3 times overnight", "10-12"),
        ("pain 4-6 at rest, 8 on moving", "4-6"),
    ],
)
def test_fractions_courses_and_ranges_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))
