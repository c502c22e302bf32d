"""The converters of the reading table (measure_specs.py): each puts a matched value in one unit per
kind (°C, mmol/L, years, kg, hours) or drops it as implausible."""

from __future__ import annotations

import re
from collections.abc import Callable
from types import MappingProxyType
from typing import Final

Convert = Callable[[re.Match[str]], list[tuple[str, float]]]

_WORD_NUMBERS: Final = MappingProxyType({
    "a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0,
    "six": 6.0, "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0, "few": 3.0, "a few": 3.0,
    "couple of": 2.0, "couple": 2.0, "a couple": 2.0, "a couple of": 2.0, "several": 4.0,
})


def _f(s: str) -> float:
    return float(s.replace(",", "."))


def ranged(kind: str, lo: float, hi: float, *groups: str) -> Convert:
    def convert(m: re.Match[str]) -> list[tuple[str, float]]:
        raw = next(g for g in (m[name] for name in groups) if g is not None)
        v = _f(raw)
        return [(kind, v)] if lo <= v <= hi else []

    return convert


def blood_pressure(m: re.Match[str]) -> list[tuple[str, float]]:
    s = int(next(g for g in (m["s4"], m["s1"], m["s2"], m["s3"], m["s5"]) if g is not None))
    d = int(next(g for g in (m["d4"], m["d1"], m["d2"], m["d3"], m["d5"]) if g is not None))
    return [("sbp", s), ("dbp", d)] if 40 <= s <= 300 and 20 <= d <= 200 and s > d else []


def temperature(m: re.Match[str]) -> list[tuple[str, float]]:
    raw, unit = (m["tv"], m["tu"]) if m["tv"] is not None else (m["tv2"], m["tu2"])
    if raw is None and m["tv4"] is not None:
        raw, unit = m["tv4"], "f"
    if raw is None:
        raw, unit = m["tv3"], ""
    v = _f(raw)
    unit = (unit or "").lower().replace(" ", "")
    if unit == "f" and m["tv2"] is not None and (not 93 <= v <= 110 or (v < 100 and raw.isdigit() and _opens_record(m))):
        return [("age_y", v)] if v <= 115 else []  # "38F", a record's opening "95F.": age and sex
    # no unit, or a bare degree sign, on a value of 93-110 is Fahrenheit ("100.8°"): no body is at 100.8 C
    if "f" in unit or ("c" not in unit and 93 <= v <= 110):
        v = (v - 32) * 5 / 9
    return [("temp_c", round(v, 1))] if 30 <= v <= 45 else []


_OTHER_LAB: Final = re.compile(r"chol|ldl|hdl|trig|lipid|creat|urea|\bbun\b|calcium|uric|ferritin|iron|vitamin|b12|folate"
                               r"|bilirubin|protein|albumin|crp|magnesium|phosph|a1c", re.I)


def _opens_record(m: re.Match[str]) -> bool:
    """A bare "95F" that opens the text or a line, before a stop or comma, is a record's age and
    sex ("95F. Night cramps"), not a temperature: one needs a temperature's word or degree sign.
    (Only a whole number under 100: "101F." or "98.6F." opening a line is still a temperature.)"""
    text, start, end = m.string, m.start(), m.end()
    return (start == 0 or text[start - 1] == "\n" or not text[:start].strip()) and text[end:end + 1] in (".", ",", ";", ":")


def glucose(m: re.Match[str]) -> list[tuple[str, float]]:
    if m["ghi"]:
        return [("glucose", 33.3)]  # a meter's "HI": above its range (33.3 mmol/L, 600 mg/dL)
    if m["glo"]:
        return [("glucose", 1.1)]  # a meter's "LO": below its range (about 1.1 mmol/L, 20 mg/dL)
    if m["gv2"] is not None:
        # a lipid, kidney or other lab value in mg/dL is no glucose ("LDL 190 mg/dL")
        if _OTHER_LAB.search(m.string, max(0, m.start() - 40), m.start()):
            return []
        v = _f(m["gv2"]) / 18.0
        return [("glucose", round(v, 1))] if 0.5 <= v <= 60 else []
    v = _f(m["gv"])
    unit = (m["gu"] or "").lower()
    if unit.startswith("mg") or (not unit and v > 35):
        v = v / 18.0
    return [("glucose", round(v, 1))] if 0.5 <= v <= 60 else []


_FOREIGN_PER_YEAR: Final = {"sem": 52.0, "set": 52.0, "tyg": 52.0, "día": 365.0, "dia": 365.0, "gio": 365.0,
                             "jou": 365.0, "dni": 365.0}


_NUMBER_WORDS: Final = {w: str(n) for n, w in enumerate((
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"), 1)}


def age(m: re.Match[str]) -> list[tuple[str, float]]:
    raw = next(g for g in (m["a1"], m["a2"], m["a3"], m["a4"], m["a5"], m["a6"], m["a7"], m["a8"], m["a9"]) if g is not None)
    raw = _NUMBER_WORDS.get(raw.lower(), raw)
    unit = (m["au1"] or m["au2"] or m["au5"] or m["au6"] or m["au8"] or m["au9"] or "y").lower()
    # (anos, años, ans, lat: years; semanas, settimane, semaines, tygodni: weeks; días, giorni, jours, dni: days)
    per_year = _FOREIGN_PER_YEAR.get(unit[:3]) or {"d": 365.0, "w": 52.0, "m": 12.0}.get(unit[0], 1.0)
    years = _f(raw) / per_year
    return [("age_y", round(years, 3))] if 0 <= years <= 115 else []


_KG_PER_LB: Final = 0.45359237


def weight(m: re.Match[str]) -> list[tuple[str, float]]:
    pounds = m["wlb"] or m["wlb2"]
    v = round(_f(pounds) * _KG_PER_LB, 1) if pounds else _f(m["wkg"] or m["wkg2"])
    return [("weight_kg", v)] if 2 <= v <= 250 else []


_COUNTS: Final = MappingProxyType({**_WORD_NUMBERS, "half a": 0.5, "half an": 0.5, "half": 0.5})


def dose(m: re.Match[str]) -> list[tuple[str, float]]:
    """An amount of a medicine taken, in mg: a volume of a liquid at its strength ("10 mL of
    120 mg/5 mL": 240 mg), or a count of tablets of a strength ("two 500 mg tablets": 1000 mg)."""
    if m["tn"] is not None or m["tn2"] is not None or m["tn3"] is not None or m["tn4"] is not None:
        raw = (m["tn"] or m["tn2"] or m["tn3"] or m["tn4"]).lower()
        count = _f(raw) if raw[0].isdigit() else _COUNTS.get(" ".join(raw.split()), 0.0)
        return [("dose_mg", count * _f(m["tmg"] or m["tmg2"] or m["tmg3"] or m["tmg4"]))] if count else []
    vol, conc, per = (m["lv"], m["lc"], m["lp"]) if m["lv"] is not None else (m["lv2"], m["lc2"], m["lp2"])
    return [("dose_mg", round(_f(vol) * _f(conc) / (_f(per) if per else 1.0), 1))]


def _unit_hours(unit: str) -> float:
    u = unit.lower()
    if u.startswith("mo"):
        return 730.0
    if u.startswith("mi"):
        return 1 / 60
    return {"s": 1 / 3600, "h": 1.0, "d": 24.0, "j": 24.0, "w": 168.0, "y": 8760.0, "m": 1 / 60}[u[0]]


_DAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday(word: str) -> int:
    return next(i for i, d in enumerate(_DAYS) if d.startswith(word.lower()[:3]))


def hours(m: re.Match[str]) -> list[tuple[str, float]]:
    if m["wa"] is not None:  # from one weekday to another: a week when they are the same day
        return [("hours", ((_weekday(m["wb"]) - _weekday(m["wa"]) - 1) % 7 + 1) * 24.0)]
    if m["sn"] is not None:  # clinical shorthand: 3/7 days, 2/52 weeks, 3/12 months
        return [("hours", int(m["sn"]) * {"7": 24.0, "52": 168.0, "12": 730.0}[m["sd"]])]
    if m["xn"] is not None:
        return [("hours", int(m["xn"]) * _unit_hours(m["xu"]))]
    if m["dd"] is not None:
        return [("hours", int(m["dd"]) * _unit_hours(m["du"]))]
    n = " ".join(m["dn"].lower().split())
    return [("hours", _WORD_NUMBERS[n] * _unit_hours(m["dw"]))]
