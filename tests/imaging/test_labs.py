"""Lab report lines to rows: one case table, the way Presidio's recogniser tests are laid out."""

from __future__ import annotations

import pytest

from medgate.imaging.labs import LabRow, lab_rows, range_flag

CASES = [
    ("Hemoglobin   10.2   g/dL   13.5-17.5   L", LabRow("Hemoglobin", "10.2", "g/dL", "13.5-17.5", "L")),
    ("Sodium 131 mmol/L (135 - 145)", LabRow("Sodium", "131", "mmol/L", "135-145", "L")),
    ("Glucose 5.2 mmol/L", LabRow("Glucose", "5.2", "mmol/L", None, None)),
    ("HbA1c 6.1 % 4.0-5.6 H", LabRow("HbA1c", "6.1", "%", "4.0-5.6", "H")),
    ("Vitamin A 0.5 mg/L 0.3-0.7", LabRow("Vitamin A", "0.5", "mg/L", "0.3-0.7", None)),
    ("Troponin I 0.08H ng/mL <0.04", LabRow("Troponin I", "0.08", "ng/mL", "<0.04", "H")),
    ("WBC H 11.8 K/uL 4.0-11.0", LabRow("WBC", "11.8", "K/uL", "4.0-11.0", "H")),
    ("Potassium 6.9 mmol/L 3.5-5.1 CRITICAL", LabRow("Potassium", "6.9", "mmol/L", "3.5-5.1", "AA")),
    ("eGFR >90 mL/min/1.73m2 >60", LabRow("eGFR", ">90", "mL/min/1.73m2", ">60", None)),
    ("Base excess -3.1 mmol/L -2-2", LabRow("Base excess", "-3.1", "mmol/L", "-2-2", "L")),
    ("Platelets 450 x10^9/L 150-400", LabRow("Platelets", "450", "x10^9/L", "150-400", "H")),
    ("INR 1.1 0.8-1.2", LabRow("INR", "1.1", None, "0.8-1.2", None)),
    # identifiers, dates and prose are never rows
    ("MRN 12345678", None),
    ("Patient ID 778812 mg/L", None),
    ("Age 45 years", None),
    ("Room 12 555-1234", None),
    ("Collected 04/12/2021 10:30", None),
    ("DOB 12/04/1961", None),
    ("Tel 555 1234 x10", None),
    ("The patient walked 5 km today.", None),
    ("12 Larkspur Lane", None),
]


@pytest.mark.parametrize(("line", "row"), CASES, ids=[c[0][:30] for c in CASES])
def test_line(line: str, row: LabRow | None) -> None:
    assert lab_rows(line) == ([row] if row else [])


@pytest.mark.parametrize(("value", "reference", "flag"), [
    ("5", "3-4", "H"), ("2", "3-4", "L"), ("3.5", "3-4", None), ("12", "<10", "H"), ("9", "<10", None),
    ("50", ">60", "L"), ("<5", "<10", None), ("7", None, None), ("-5", "-4-4", "L"), ("-1", "-2-2", None), ("-3", "-2-2", "L"),
])
def test_flag_from_the_range(value: str, reference: str | None, flag: str | None) -> None:
    assert range_flag(value, reference) == flag
