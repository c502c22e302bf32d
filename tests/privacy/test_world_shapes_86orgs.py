"""General shapes behind blind PHI set 86's organisations and lost keeps (new examples written for
these tests, not the set's own texts): an employer told bare after whose "employer" ("his employer
Kroger, wants a note"); a shop or charity after "at the", on a named street ("sleeps at the Red
Cross on Peachtree Street"); a coined hyphened firm in lower case after a way of working, before its
street ("works at wal-mart on bell rd"); a practice or centre named by words before the kind that
ends it ("Little Oaks Paediatrics", "Harbourside Medical Group", "Kauri Blood and Cancer Centre" and
its letterhead town), a coined care compound before a region ("KidsCare Ontario"). Kept: vaccine and
obstetric drug brands ("Vaxelis", "Engerix-B", "Typhoid Vi", "Syntocinon 10 units IM") and a
biophysical profile's score ("BPP 6/10"); the generic kinds ("the cancer centre", "General
Pediatrics", "Notify Pediatrics if"), a department on a street, everyday hyphened words after
"works at"."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType, detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SH: his employer Kroger, wants a return-to-work note.", "Kroger"),
        ("Patient's employer FedEx (loader, nights) called for an update.", "FedEx"),
        ("her employer is Northrop Grumman.", "Northrop Grumman"),
        ("sleeps most nights at the Red Cross on Peachtree Street, no phone", "Red Cross"),
        ("meals from the Bethany Mission on Marlow Ave daily", "Bethany Mission"),
        ("works at wal-mart on bell rd, night stocker", "wal-mart"),
        ("works part time at stop-n-shop in quincy", "stop-n-shop"),
        ("Preferred pediatrician: Little Oaks Paediatrics, Leeds", "Little Oaks"),
        ("PCP: Tidewater Family Practice, fax to follow", "Tidewater"),
        ("Referred on to BrightPath Pediatrics for follow up.", "BrightPath"),
        ("Records sent to Harbourside Medical Group today.", "Harbourside"),
        ("Kauri Blood and Cancer Centre\nHamilton\n\n3 March\n\nDear Dr Ngata,", "Kauri"),
        ("Kauri Blood and Cancer Centre\nHamilton\n\n3 March\n\nDear Dr Ngata,", "Hamilton"),
        ("KidsCare Ontario - Paediatric Oncology\n12 Elm Road", "KidsCare"),
    ],
)
def test_employers_charities_and_practices_told_bare_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Given Vaxelis 0.5 mL IM right thigh, Rotarix oral.", "Vaxelis"),
        ("Hep B course: Engerix-B dose 2 today, dose 3 in 5 months", "Engerix-B"),
        ("Travel: Typhoid Vi (Typherix) 0.5 mL IM, Dukoral oral x2, Ixiaro #1", "Typhoid Vi"),
        ("Travel: Typhoid Vi (Typherix) 0.5 mL IM, Dukoral oral x2, Ixiaro #1", "Typherix"),
        ("Yellow fever: YF-Vax 0.5 mL SC, certificate issued", "YF-Vax"),
        ("RSV: Abrysvo at 34 weeks; infant to get Beyfortus if not given", "Abrysvo"),
        ("RSV: Abrysvo at 34 weeks; infant to get Beyfortus if not given", "Beyfortus"),
        ("Rabies PEP: Verorab day 0 and 3, Nimenrix also due", "Verorab"),
        ("Hep A: Havrix 1440 booster (Avaxim if out of stock)", "Avaxim"),
        ("Third stage: Syntocinon 10 units IM, then Carboprost 250 mcg IM x1", "Syntocinon"),
        ("PPH: Hemabate 250 mcg IM repeated, Cytotec 800 mcg PR", "Hemabate"),
        ("Cervix unfavourable, Prepidil gel placed 0900; Celestone 12 mg IM #2", "Prepidil"),
        ("NST non-reactive so BPP done: BPP 6/10, repeat in 24 h", "BPP 6/10"),
        ("bpp 8/8, afi 12, reassured", "bpp 8/8"),
    ],
)
def test_vaccine_and_obstetric_brands_and_bpp_scores_are_kept(text: str, value: str) -> None:
    assert not touched(text, value), (text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("referred to the cancer centre for staging", "cancer centre"),
        ("family practice clinic follow up in 2 weeks", "family practice"),
        ("Pediatrics consult requested for the newborn", "Pediatrics"),
        ("Discussed with General Pediatrics and Developmental Pediatrics", "General Pediatrics"),
        ("Notify Pediatrics if temp over 38", "Notify Pediatrics"),
        ("Seen in Oncology, then to the Blood and Cancer Centre day unit", "Blood and Cancer Centre"),
        ("Department of Pediatrics grand rounds", "Department of Pediatrics"),
        ("walked to the ED on foot", "ED"),
        ("works at day-care, loves it", "day-care"),
        ("works at follow-up clinic, part time", "follow-up"),
        ("Pt's employer unknown, pt unemployed", "unknown"),
        ("Typhoid fever risk discussed, Vi antigen test", "Vi antigen"),
    ],
)
def test_generic_kinds_departments_and_everyday_words_stay(text: str, value: str) -> None:
    assert not touched(text, value), (text, value)


def test_a_department_on_a_named_street_is_no_shop() -> None:
    text = "she was seen at the Emergency Department on Grady Street overnight"
    assert not touched(text, "Emergency Department")
    assert leak_free(text, "Grady Street")


def test_a_title_after_employer_is_a_person_not_a_firm() -> None:
    text = "Pt's employer Mr. Okonjo called, # on file"
    assert not any(e.type is PhiType.LOCATION for e in detect(text, "strict"))


def test_a_brand_after_a_title_is_a_person() -> None:
    text = "Mr Pitocin attended with his son"
    assert leak_free(text, "Pitocin")
