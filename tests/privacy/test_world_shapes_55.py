"""General shapes behind blind PHI set 55 (US academic ICU nursing notes, unit texts and memos; new
examples written for these tests, not the set's own texts): employers and practices by name after a
work cue, outside facilities after an arrival or a device's change, first names where a nurse lists
family, an interpreter's name and call id, a lower-case signature, a pager number after initials and
a family's password or code, which are masked; ICU device brands and skills, which stay; and the
near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Social: retired welder from Raytheon, lives w/ wife.", "Raytheon"),
        ("pt is a retired lineman from PSEG, quit smoking 2010", "PSEG"),
        ("Daughter works as a cashier at a Shop Rite in Towson.", "Shop Rite"),
        ("He worked as a bus driver for Coach USA until last year.", "Coach USA"),
        ("Lost his job (overnight guard at Bayside Plaza) in March.", "Bayside Plaza"),
        ("Husband owns a bakery (Sweet Crumb) downtown.", "Sweet Crumb"),
        ("She runs a small daycare (Busy Bees) from home.", "Busy Bees"),
        ("Mom wants f/u at Little Sprouts Pediatrics in Bowie.", "Little Sprouts"),
        ("PCP is Dr. Amoah at Greenway Family Medicine.", "Greenway"),
    ],
)
def test_employers_and_practices_after_a_work_cue_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("rad tech from CT here for portable film", "CT"),
        ("retired from teaching in 2015, active at home", "teaching"),
        ("works from home most days, wife at bedside", "home"),
        ("f/u with General Pediatrics in 2 weeks", "General Pediatrics"),
        ("resp tech from ICU aware of plan", "ICU"),
    ],
)
def test_work_words_without_a_business_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("came over from brightwood 2/14 for higher level of care", "brightwood"),
        ("Pt came in from Fallstone after a fall, CT neg.", "Fallstone"),
        ("PEG PLACED 3/3 AT OAKHURST, SITE CLEAN", "OAKHURST"),
        ("trach changed at lakemoor last month per wife", "lakemoor"),
    ],
)
def test_outside_facilities_after_an_arrival_or_a_change_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("came over from the ED at 1400, vss", "ED"),
        ("dressing changed at 0800, site c/d/i", "0800"),
        ("line placed at bedside under US guidance", "bedside"),
    ],
)
def test_arrivals_from_places_that_are_no_ones_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Husband Idris and grandkids (Omar 7, Lina 4) visited.", "Omar"),
        ("Husband Idris and grandkids (Omar 7, Lina 4) visited.", "Lina"),
        ("her children (Keisha 15 and Darnell 11) at school", "Darnell"),
        ("Updated parents Maribel and Sun at bedside.", "Sun"),
        ("teaching done w/ parents Gloria and May", "May"),
        ("Wendell's cell is on the board, call after 6", "Wendell"),
        ("ok to call, Bernice's mobile in chart", "Bernice"),
    ],
)
def test_first_names_where_family_is_listed_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("interpreter via phone (luis, id #40172) for consent", "luis"),
        ("interpreter via phone (luis, id #40172) for consent", "40172"),
        ("Mandarin interp present (Wei, #3381), questions answered.", "Wei"),
        ("Mandarin interp present (Wei, #3381), questions answered.", "3381"),
    ],
)
def test_an_interpreters_name_and_call_id_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("labs (K 3.1, Mg 1.6) repleted per protocol", "K 3.1"),
        ("kids (both under 10) not allowed on unit", "both under 10"),
        ("Updated parents at bedside and May follow up", "bedside"),
    ],
)
def test_brackets_and_pairs_with_no_names_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("safety checks done, alarms on.\n- jojo k rn", "jojo k"),
        ("weaned to 2L nc overnight — marisol rrt", "marisol"),
        ("neuro checks q1h. page JLM 3-2207 if pupils change", "3-2207"),
        ("pgr dk 4-1180 for any bleeding", "4-1180"),
    ],
)
def test_lower_case_signatures_and_pagers_after_initials_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("report given to oncoming nurse - see above rn", "see above"),
        ("page if SBP > 180 x2-3 readings", "x2-3"),
    ],
)
def test_dashes_and_pages_with_no_one_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('Family passcode for updates: "sunflower".', "sunflower"),
        ("the password is Blue Heron, only she may get updates", "Blue Heron"),
        ("wife has the safe word Marmalade", "Marmalade"),
        ("updates only to those w/ the code (7712-K)", "7712-K"),
        ("family code: 3390B given to son", "3390B"),
    ],
)
def test_family_passwords_and_codes_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Code status: full code (DNR discussed)", "DNR"),
        ("ICD code: I50.9 on problem list", "I50.9"),
        ("Code Blue called 0412, ROSC after 2 rounds", "Code Blue"),
        ("password reset for the pyxis done by pharmacy", "reset"),
    ],
)
def test_codes_that_are_no_familys_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("on VA ECMO, Impella 5.5 placed via axillary", "Impella 5.5"),
        ("Plan: wean Impella to P4 overnight, check MAP", "Impella"),
        ("Prismaflex filter clotted x2, citrate started", "Prismaflex"),
        ("Peds code cart restocked, Broselow bag checked", "Broselow"),
        ("CentriMag flows 4.2 L/min, no chatter", "CentriMag"),
        ("s/p AVR (st jude mechanical) on warfarin", "st jude"),
        ("Reminder: CRRT-certified nurses please sign up", "CRRT-certified"),
        ("Only ECMO-trained RN may prime the circuit.", "ECMO-trained"),
    ],
)
def test_icu_device_brands_and_skills_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Called Mr. Broselow re his appointment.", "Broselow"),
        ("Visited St. Jude in Memphis last spring.", "Jude"),
    ],
)
def test_the_same_words_as_people_and_places_are_masked(text: str, name: str) -> None:
    assert leak_free(text, name), (text, detect(text, "strict"))
