"""General shapes left by blind PHI sets 78, 79 and 81 (new examples written for these tests, not
the sets' own texts): an employer named with its site or store number after a job or work cue
("works at Kroger #0391", "LOADER AT FEDEX ORD5", "supervisor at lowes store 2208"); a hospital by
its capital initials after "to"/"at"/"from" and before a day or a date ("took nana to KGH on
tuesday"). And the near misses on each side: a time, a pump or a count after "at" ("works at 0700",
"at #2 pump", "PT AT 2 WKS"), and care units, tests and services before a day ("to ICU on friday",
"from ED on monday")."""

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
