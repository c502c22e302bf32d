"""Published, deterministic scores over the vital signs a message reports.

- NEWS2: Royal College of Physicians, "National Early Warning Score (NEWS) 2: standardising the
  assessment of acute-illness severity in the NHS", London: RCP, 2017 (chart 1: the scoring
  bands; chart 2: aggregate 0-4 low, a single parameter scoring 3 low-medium ("urgent ward-based
  response"), 5-6 medium ("key threshold for urgent response"), 7 or more high ("emergency
  response")). Adults (16 and over) only; SpO2 scale 1, or scale 2 when the message gives a
  prescribed target of 88-92 % (COPD); a reading marked as someone's usual value is left out. A message rarely reports all seven parameters: the missing ones score 0, so
  the aggregate here is a lower bound of the chart's.
- qSOFA: Seymour CW et al., JAMA 2016;315(8):762-774 and Singer M et al. (Sepsis-3), JAMA
  2016;315(8):801-810: respiratory rate >= 22/min, altered mentation, systolic BP <= 100 mmHg;
  2 or more with suspected infection identifies a high risk of a poor outcome.
- NICE NG51 (Sepsis: recognition, diagnosis and early management, 2016, updated 2024), adult
  risk criteria outside hospital: high risk = RR >= 25, HR > 130, SBP <= 90, new altered mental
  state (and others read as phrases); moderate-to-high = RR 21-24, HR 91-130, SBP 91-100,
  temperature < 36 °C.
- NICE NG143 (Fever in under 5s: assessment and initial management, 2013, updated 2021), table 1
  traffic light: red = age < 3 months with temperature >= 38 °C, RR > 60; amber = age 3-6 months
  with temperature >= 39 °C, RR > 50 (6-12 months) or > 40 (over 12 months), HR > 160 (under 12
  months), > 150 (12-24 months), > 140 (2-5 years), SpO2 <= 95 % in air, fever for 5 days or more.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

# (upper bound inclusive, points): the first band whose bound is >= the value applies.
_Bands = tuple[tuple[float, int], ...]
NEWS2_BANDS: Final[Mapping[str, _Bands]] = MappingProxyType({
    "rr": ((8, 3), (11, 1), (20, 0), (24, 2), (float("inf"), 3)),
    "spo2": ((91, 3), (93, 2), (95, 1), (float("inf"), 0)),
    "sbp": ((90, 3), (100, 2), (110, 1), (219, 0), (float("inf"), 3)),
    "hr": ((40, 3), (50, 1), (90, 0), (110, 1), (130, 2), (float("inf"), 3)),
    "temp_c": ((35.0, 3), (36.0, 1), (38.0, 0), (39.0, 1), (float("inf"), 2)),
})
# SpO2 scale 2 (a prescribed target of 88-92 %): on air, and on oxygen (where high values score too)
NEWS2_SPO2_SCALE2_AIR: Final[_Bands] = ((83, 3), (85, 2), (87, 1), (float("inf"), 0))
NEWS2_SPO2_SCALE2_OXYGEN: Final[_Bands] = ((83, 3), (85, 2), (87, 1), (92, 0), (94, 1), (96, 2), (float("inf"), 3))
NEWS2_OXYGEN_POINTS: Final = 2
NEWS2_NOT_ALERT_POINTS: Final = 3
NEWS2_HIGH: Final = 7  # emergency response
NEWS2_MEDIUM: Final = 5  # urgent response
NEWS2_RED: Final = 3  # a single parameter at 3: urgent ward-based response

_LABELS: Final = MappingProxyType({"rr": "RR", "spo2": "SpO2", "sbp": "SBP", "hr": "HR", "temp_c": "T"})
_UNITS: Final = MappingProxyType({"rr": "/min", "spo2": "%", "sbp": " mmHg", "hr": "/min", "temp_c": " °C"})


@dataclass(frozen=True)
class Part:
    """One scored parameter: what was read and its points."""

    label: str
    points: int


@dataclass(frozen=True)
class News2:
    total: int
    parts: tuple[Part, ...]

    @property
    def reds(self) -> int:
        return sum(p.points >= NEWS2_RED for p in self.parts)

    def describe(self) -> str:
        shown = ", ".join(f"{p.label}: {p.points}" for p in self.parts if p.points)
        return f"NEWS2 {self.total} from {len(self.parts)} of 7 parameters ({shown})"


def band_points(kind: str, value: float) -> int:
    for bound, points in NEWS2_BANDS[kind]:
        if value <= bound:
            return points
    raise AssertionError("the last band is unbounded")  # pragma: no cover


def _show(kind: str, value: float) -> str:
    number = f"{value:g}"
    return f"{_LABELS[kind]} {number}{_UNITS[kind]}"


def news2(values: dict[str, float], *, on_oxygen: bool, not_alert: str | None,
          spo2_scale2: bool = False) -> News2 | None:
    """NEWS2 over the parameters given (`values` by kind); None when none is given."""
    parts = [Part(_show(kind, v), band_points(kind, v)) for kind, v in values.items()
             if kind in NEWS2_BANDS and not (spo2_scale2 and kind == "spo2")]
    if spo2_scale2 and (spo2 := values.get("spo2")) is not None:
        bands = NEWS2_SPO2_SCALE2_OXYGEN if on_oxygen else NEWS2_SPO2_SCALE2_AIR
        parts.append(Part(_show("spo2", spo2) + " (scale 2)", next(p for hi, p in bands if spo2 <= hi)))
    if on_oxygen:
        parts.append(Part("on oxygen", NEWS2_OXYGEN_POINTS))
    if not_alert is not None:
        parts.append(Part(not_alert, NEWS2_NOT_ALERT_POINTS))
    if not parts:
        return None
    return News2(sum(p.points for p in parts), tuple(parts))


def qsofa(values: dict[str, float], *, altered: str | None) -> tuple[int, tuple[str, ...]]:
    """qSOFA points and the criteria met (RR >= 22, altered mentation, SBP <= 100)."""
    met: list[str] = []
    if (rr := values.get("rr")) is not None and rr >= 22:
        met.append(_show("rr", rr))
    if altered is not None:
        met.append(altered)
    if (sbp := values.get("sbp")) is not None and sbp <= 100:
        met.append(_show("sbp", sbp))
    return len(met), tuple(met)


def child_hr_limit(age_y: float) -> float | None:
    """NICE NG143 amber heart rate, by age (under 5 years)."""
    for upto, limit in ((1.0, 160), (2.0, 150), (5.0, 140)):
        if age_y < upto:
            return limit
    return None


def child_rr_limit(age_y: float) -> float | None:
    """NICE NG143 amber respiratory rate: > 50 at 6-12 months, > 40 over 12 months (under 5)."""
    if 0.5 <= age_y < 1.0:
        return 50
    if 1.0 <= age_y < 5.0:
        return 40
    return None


CHILD_RR_RED: Final = 60  # NICE NG143 red, any age under 5
CHILD_SPO2_AMBER: Final = 95  # NICE NG143 amber: SpO2 <= 95 % in air


def describe(kind: str, value: float) -> str:
    return _show(kind, value) if kind in _LABELS else f"{kind} {value:g}"


def worst(parts: Sequence[Part]) -> int:
    return max((p.points for p in parts), default=0)
