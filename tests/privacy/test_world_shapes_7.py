"""Identifier shapes found missing by blind PHI set 7 (new examples, not the set's texts)."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType, detect

CASES = [
    ("Eircode D02 X285, ring the bell", PhiType.ZIP, "D02 X285"),
    ("her Eircode is H91 E2K3 if needed", PhiType.ZIP, "H91 E2K3"),
    ("eircode: a65f4e2", None, None),  # lower case is not how Eircodes are written: left alone
    ("HCN 1234-567-890-AB on the card", PhiType.HEALTH_PLAN, "1234-567-890-AB"),
    ("her GMS card 1234567C expired", PhiType.HEALTH_PLAN, "1234567C"),
    ("registered with MDCN/R/12345 since 2015", PhiType.LICENSE, "MDCN/R/12345"),
    ("signed: A. Bello, PMDC/54321-P", PhiType.LICENSE, "PMDC/54321-P"),
    ("NMC PIN 12A3456E, RGN", PhiType.LICENSE, "12A3456E"),
]


@pytest.mark.parametrize(("text", "kind", "value"), CASES)
def test_labelled_shapes(text: str, kind: PhiType | None, value: str | None) -> None:
    found = {(e.type, e.text) for e in detect(text, "standard")}
    if kind is None:
        assert not any(t in (PhiType.ZIP,) for t, _ in found), found
    else:
        assert (kind, value) in found, found


@pytest.mark.parametrize("text", [
    "see the MCI/2019 guidelines on consent",
    "PHN after shingles, pain 6/10, on amitriptyline 10 mg",
    "the MDC/MDT meeting is on Friday",
])
def test_near_misses_keep_clinical_text(text: str) -> None:
    assert not [e for e in detect(text, "standard") if e.type in (PhiType.LICENSE, PhiType.HEALTH_PLAN)]


def test_weeks_shorthand_is_not_a_date_but_a_birth_month_is() -> None:
    assert not detect("ACL repair 6/52 ago, review in 3/52", "strict")
    assert [e.text for e in detect("DOB 6/52, lives alone", "strict")] == ["6/52"]
