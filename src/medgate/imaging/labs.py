"""A lab report's text as a table: test, value, unit, reference range, flag.

Rows are read from lines such as `Hemoglobin   10.2   g/dL   13.5-17.5   L` (columns apart, as
pypdf's layout mode keeps them) or `Sodium 131 mmol/L (135 - 145)`. A row needs a test name
(words before the first number), a value, and a unit or a range that look like a lab's; lines
that name an identifier (patient, MRN, date of birth, phone...) are never rows. The flag is the
report's own (H, L, HH, LL, A, AA) or, where it gives none, read from the range (H or L).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Final

_VALUE = re.compile(r"^(?P<value>[<>≤≥]=?\s?-?\d+(?:[.,]\d+)?|-?\d+(?:[.,]\d+)?)(?P<flag>\*{1,2}|HH|LL|H|L)?$")
_RANGE = re.compile(r"^(?:[<>≤≥]=?-?\d+(?:\.\d+)?|-?\d+(?:\.\d+)?-\d+(?:\.\d+)?)$")
_UNIT = re.compile(r"^(?:[A-Za-zµμ%][A-Za-z0-9µμ.^*²³%]{0,11}|x?10[\^*]\d{1,2})/[A-Za-z0-9µμ.^*²³]{1,12}"
                   r"(?:/[A-Za-z0-9.²]{1,8})?$")
_UNITS: Final = frozenset({"%", "fl", "pg", "s", "sec", "secs", "ratio", "mmhg", "u", "iu", "miu", "g", "mg",
                           "ng", "mm", "units", "index", "meq", "mosm", "kpa", "pmol", "nmol", "mmol"})
_FLAGS: Final = {"H": "H", "L": "L", "HH": "HH", "LL": "LL", "HIGH": "H", "LOW": "L", "A": "A", "ABN": "A",
                 "ABNORMAL": "A", "*": "A", "**": "AA", "C": "AA", "CRIT": "AA", "CRITICAL": "AA"}
_TRAILING_FLAGS: Final = frozenset({"H", "L", "HH", "LL", "HIGH", "LOW", "CRIT", "CRITICAL"})
_IDENTIFYING: Final = frozenset({
    "patient", "name", "mrn", "id", "dob", "birth", "date", "time", "phone", "tel", "telephone", "fax",
    "room", "bed", "ward", "account", "acct", "accession", "order", "page", "age", "sex", "doctor", "dr",
    "physician", "address", "zip", "ssn", "npi", "collected", "received", "reported", "specimen", "report",
    "requested", "ordered", "nhs", "hospital", "lab", "laboratory"})
_BOUNDS = re.compile(r"^(-?\d+(?:\.\d+)?)-(-?\d+(?:\.\d+)?)$")
_RANGE_SPACES = re.compile(r"(\d)\s*[-–]\s*(\d)")
_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class LabRow:
    test: str
    value: str
    unit: str | None
    range: str | None
    flag: str | None

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)


def _number(text: str) -> float | None:
    try:
        return float(text.lstrip("<>≤≥=").strip().replace(",", "."))
    except ValueError:
        return None


def range_flag(value: str, reference: str | None) -> str | None:
    """H or L when a plain numeric value falls outside a numeric range; else None."""
    number = _number(value) if value[:1].isdigit() or value[:1] == "-" else None
    if number is None or reference is None:
        return None
    if reference[0] in "<≤":
        limit = _number(reference)
        return "H" if limit is not None and number >= limit else None
    if reference[0] in ">≥":
        limit = _number(reference)
        return "L" if limit is not None and number <= limit else None
    bounds = _BOUNDS.match(reference)
    if bounds is None:
        return None
    low, high = float(bounds.group(1)), float(bounds.group(2))
    return "L" if number < low else "H" if number > high else None


def _is_unit(token: str) -> bool:
    return token.lower() in _UNITS or bool(_UNIT.match(token))


def parse_line(line: str) -> LabRow | None:
    text = _RANGE_SPACES.sub(r"\1-\2", line.strip())
    tokens = [t.strip("()[]") for t in text.split()]
    first = next((i for i, t in enumerate(tokens) if _VALUE.match(t)), None)
    if first is None or first == 0:
        return None
    words, flag = tokens[:first], None
    if len(words) > 1 and words[-1].upper() in _TRAILING_FLAGS:
        flag = _FLAGS[words.pop().upper()]
    test = " ".join(words).rstrip(":").strip()
    lowered = {w.lower() for w in _WORD.findall(test)}
    if not (2 <= len(test) <= 60 and test[0].isalpha() and len(words) <= 6) or lowered & _IDENTIFYING:
        return None
    match = _VALUE.match(tokens[first])
    assert match is not None
    value = match.group("value").replace(" ", "")
    if match.group("flag"):
        flag = _FLAGS[match.group("flag")]
    unit = reference = None
    for token in tokens[first + 1:]:
        if unit is None and reference is None and _is_unit(token):
            unit = token
        elif reference is None and _RANGE.match(token):
            reference = token
        elif flag is None and token.upper() in _FLAGS:
            flag = _FLAGS[token.upper()]
    if unit is None and reference is None:
        return None
    return LabRow(test, value, unit, reference, flag or range_flag(value, reference))


def lab_rows(text: str) -> list[LabRow]:
    """Every line of `text` that reads as a lab result, in order."""
    rows = []
    for line in text.splitlines():
        row = parse_line(line)
        if row is not None:
            rows.append(row)
    return rows
