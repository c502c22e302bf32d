"""General shapes behind blind PHI set 65 (nursing notes, letters and chats from ten countries; new
examples written for these tests, not the set's own texts): a pager or extension after "paged", its
one-letter "p" or the doctor's name; a night's range of days and a day.month after a visit or note;
a month-less ordinal day after "on" with what it was for; a nickname in quotes after "goes by"; a
saint-prefixed surname signing with a credential; a physician assistant named in lower case; a
Polish town after its postcode.
Kept: a dosing interval after its dose ("2g 6/24"), a syringe driver by its maker, an insulin by
its brand, a fracture graded by its classification. And the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Cardiology reg Dr. Lopez paged 3-4410, will come after clinic", "3-4410"),
        ("attending dr. kim aware, p 2-7719. j. ross rn", "2-7719"),
        ("surgeon aware, p# 5-3302, no new orders", "5-3302"),
        ("ICU FELLOW DR. OKAFOR-LEE 4-1120 AT 0200, AT BEDSIDE 0210", "4-1120"),
        ("renal fellow Dr Abernathy 6-2281 aware of K 6.1", "6-2281"),
    ],
)
def test_pagers_after_page_or_a_doctor_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hospital at Home - overnight note 27-28/10 Pt settled", "27-28/10"),
        ("nights 18-19/12: quiet, analgesia x1", "18-19/12"),
        ("respite stay 30-31.01 at the hospice", "30-31.01"),
        ("district nurse visit 14.09 mr joe daly, leg ulcer redressed", "14.09"),
        ("home visit 3.10 wound clean and dry", "3.10"),
        ("I came to your clinic on 21st for the sugar check", "21st"),
        ("She goes back on 3rd to the ward for her bloods", "3rd"),
    ],
)
def test_days_without_a_year_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ACCT 7710-33928. K. ST. JOHN, RN", "K. ST. JOHN"),
        ("Settled overnight.\nM. St. Clair LPN\n", "M. St. Clair"),
    ],
)
def test_saint_prefixed_signatures_are_masked_with_their_initial(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('mrs evangeline roux (goes by "vangie"), 96 yo, at home', "vangie"),
        ('Mr Theo Baptiste, known as "Tibo" to the staff', "Tibo"),
        ("ortho np jen ortiz aware, will see in am", "jen ortiz"),
        ("mum is at Słoneczna 4, 33-300 Nowy Sącz, since May", "Nowy Sącz"),
        ("ul. Kwiatowa 3, 02-495 Warszawa, second floor", "Warszawa"),
        ("surg pa kim at bedside 0300", "kim"),
    ],
)
def test_nicknames_and_assistants_by_role_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("IV cefuroxime 1.5g 8/24, next due 2200", "8/24"),
        ("gent 80 mg 12/24 and review levels", "12/24"),
        ("paracetamol 1g PO 6/24 prn", "6/24"),
        ("Syringe driver McKinley T34 running, site clean", "McKinley"),
        ("new graseby 3100 pump sited L arm", "graseby"),
        ("they changed his insulin to mixtard 30, 20u morning", "mixtard"),
        ("switched to novomix 30 bd with meals", "novomix"),
        ("Open # R tibia (Gustilo IIIB), washout in theatre", "Gustilo"),
        ("R tibial plateau # Schatzker VI, for ORIF", "Schatzker"),
        ("open tib fib, Gustilo 3B, to theatre", "Gustilo"),
    ],
)
def test_doses_devices_insulins_and_fracture_grades_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mr McKinley 82 yo, lives alone", "McKinley"),
        ("Mr Garden III called about his father", "Garden"),
        ("Mr Tresiba rang the ward", "Tresiba"),
        ("seen in clinic 6/24 for review", "6/24"),
    ],
)
def test_people_and_dates_by_those_words_are_still_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("grade 3-4 oedema to both shins", "3-4"),
        ("pain 2-3/10 on movement", "2-3/10"),
        ("power 4-5/5 in all limbs", "4-5/5"),
        ("murmur 2-3/6 at the apex", "2-3/6"),
        ("abx for 7-10/7 then review", "7-10/7"),
        ("K 3.5-5.1, INR 2-3.5", "3.5-5.1"),
        ("note 1.5 mg given", "1.5"),
        ("now on 2nd line chemo", "2nd"),
        ("on 3rd dose of abx", "3rd"),
        ("asking for \"water\" all night", "water"),
        ("the pa will see him after rounds", "will"),
        ("cxr pa and lateral clear", "and lateral"),
        ("his labs 12-345 Units pending", "Units"),
        ("x 3 days, BP 140/90", "140/90"),
    ],
)
def test_near_misses_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))
