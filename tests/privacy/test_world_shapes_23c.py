"""General shapes left by blind PHI sets 78, 79 and 81 (new examples written for these tests, not
the sets' own texts): an employer named with its site or store number after a job or work cue
("works at Kroger #0391", "LOADER AT FEDEX ORD5", "supervisor at lowes store 2208"); a hospital by
its capital initials after "to"/"at"/"from" and before a day or a date ("took nana to KGH on
tuesday"); a hospital in lower case in a chat, a name joined by "&" ("the ER at baylor & scott") or
one with its site after "hospital at" ("to valley hospital at westlake,"); a hospital's initials and
its district ending a letter's address line ("Renal Unit, UBTH, Ugbowo"); a facility named in
capitals across "OF" ("SISTERS OF CHARITY HOSPITAL"); the road after "<employer> on" ("works for
Petsmart on East Bell Road"); a first name opening a Spanish chat's sentence before "ya"/"no"/"se"
and a verb ("Nico ya comió"); the district code after a numbered street and a comma ("9 bode
thomas street, SU"). And the near misses on each side: a time, a pump or a count after "at" ("works
at 0700", "at #2 pump", "PT AT 2 WKS"), care units, tests and services before a day ("to ICU on
friday", "from ED on monday"), a plan or a kind of place joined by "&" ("to wake & wean", "at home
& school"), a time after "hospital at" ("to local hospital at noon."), a department named across
"OF" ("DEPARTMENT OF SURGERY CLINIC", "HX OF FALLS AT HOME"), a day after "<employer> on" ("works at
Target on Mondays"), a Spanish time word ("Hoy ya comió") and English "no" ("Pat no
longer drives"), a unit or common word after a street ("12 Elm Street, ED visit")."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pt works at Kroger #0391 nights, wife at bedside", "Kroger #0391"),
        ("his supervisor at lowes store 2208 called to check", "lowes store 2208"),
        ("LOADER AT FEDEX ORD5 SINCE MAY. DENIES ETOH.", "FEDEX ORD5"),
        ("Employer: SAFEWAY NO. 1450", "SAFEWAY NO. 1450"),
        ("she is a cashier at Walgreens # 6120 on Route 9", "Walgreens # 6120"),
        ("took nana to KGH on tuesday, they kept her overnight", "KGH"),
        ("seen at RNSH 14/2 for chest pain", "RNSH"),
        ("he came home from TPH last night, still weak", "TPH"),
    ],
)
def test_firm_sites_and_dated_hospital_initials_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("works at 0700 most days", "0700"),
        ("his boss found him at #2 pump, unresponsive", "#2 pump"),
        ("PT AT 2 WKS POST OP, AMBULATING", "2 WKS"),
        ("works at the store 24 hrs a week", "store 24"),
        ("moved to ICU on friday for pressors", "ICU"),
        ("to CT on 3/4 for staging", "CT"),
        ("back from ED on monday, stable", "ED"),
        ("seen at PT on wed, gait improving", "PT"),
        ("to OR on monday for washout", "OR"),
        ("to MRI on 4/5, then home", "MRI"),
    ],
)
def test_times_counts_units_and_services_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("he was seen in the ER at baylor & scott on 4/2 for sob", "baylor & scott"),
        (
            "my aunt went to the ER at valley hospital at westlake, they gave fluids",
            "valley hospital at westlake",
        ),
        ("The Consultant Urologist,\nRenal Unit, UBTH, Ugbowo\n\nDear Sir,", "Ugbowo"),
        ("The Consultant Surgeon,\nOAUTH, Ile-Ife\n\nDear Colleague,", "Ile-Ife"),
        ("BORN AT SISTERS OF CHARITY HOSPITAL, NVD", "SISTERS OF CHARITY HOSPITAL"),
        ("DAUGHTERS OF WISDOM MATERNITY HOME, Cainta\nNEWBORN SLIP", "DAUGHTERS OF WISDOM"),
        ("Pt works for Petsmart on East Bell Road, needs a note for his boss", "East Bell Road"),
        ("Client works at Safeway on Camelback, shift ends at 3", "Camelback"),
        (
            "Buenas tardes. Mi cel es 55 2211 7788.\nNico ya comió su desayuno y está con fiebre desde ayer.",
            "Nico",
        ),
        (
            "Hola doctora, gracias por todo. Lalo no quiere tomar su medicina hoy, tiene dolor.",
            "Lalo",
        ),
        ("abeg we dey stay for 9 bode thomas street, SU but i fit come early", "SU"),
        ("address na 31 kofo abayomi st, VI. my number dey below", "VI"),
    ],
)
def test_lower_hospitals_districts_of_names_roads_and_spanish_subjects_are_masked(
    text: str, value: str
) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("plan: attempt to wake & wean tomorrow", "wake & wean"),
        ("he splits his week at home & school", "home & school"),
        ("went to local hospital at noon.", "local hospital"),
        ("brought back to the hospital at night.", "hospital at night"),
        ("Hx of SAH, Resolved\nPlan: review", "Resolved"),
        ("DEPARTMENT OF SURGERY CLINIC FOLLOW UP", "DEPARTMENT OF SURGERY"),
        ("DIVISION OF CARDIOLOGY CLINIC, ROOM 4", "DIVISION OF CARDIOLOGY"),
        ("HX OF FALLS AT HOME, USES WALKER", "FALLS AT HOME"),
        ("works at Target on Mondays and Fridays", "Mondays"),
        ("works at Costco on Sat", "Sat"),
        ("Buenas tardes, doctora. Hoy ya comió un poco y está sin fiebre.", "Hoy"),
        ("Pat no longer drives. Son helps with meds.", "Pat"),
        ("lives at 12 Elm Street, ED visit yesterday", "ED"),
        ("5 Park Road, MRI booked for friday", "MRI"),
        ("at 3 Oak Lane, OK now", "OK"),
    ],
)
def test_plans_kinds_departments_days_pronouns_and_units_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))
