"""Derived facts that read the patient's age: age bands, child and infant, and a young child's
heart and breathing rates against their age limits (NICE NG51). The table in facts.py lists them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from medgate.safety.findings.fact_context import Context, Evidence

ADULT_AGE: Final = 16.0  # NEWS2 is validated for adults aged 16 and over (RCP 2017)


def ageband(lo: float, hi: float) -> Callable[[Context], Evidence]:
    def check(c: Context) -> Evidence:
        return tuple(r.text for r in c.ages() if lo <= r.value < hi)

    return check


def _youngest(c: Context) -> float | None:
    ages = [r.value for r in c.ages()]
    return min(ages) if ages else None


def child(c: Context) -> Evidence:
    if c.has("child_under_5"):
        return c.ev("child_under_5")
    young = [r.text for r in c.ages() if r.value < ADULT_AGE]
    if young:
        return tuple(young)
    if c.has("child_word") and not any(r.value >= ADULT_AGE for r in c.ages()):
        return c.ev("child_word")
    return ()


def _younger_than(c: Context, years: float) -> Evidence:
    """A stated age under `years`, or a baby, infant or toddler when no age is given."""
    young = tuple(r.text for r in c.ages() if r.value < years)
    if young:
        return young
    if not c.ages() and c.has("small_child_word"):
        return c.ev("small_child_word")
    return c.ev("newborn")


def child_under_5(c: Context) -> Evidence:
    return _younger_than(c, 5)


def child_under_3(c: Context) -> Evidence:
    """Under 3 years (NICE CKS acute childhood limp: a limp under 3 is assessed the same day)."""
    return _younger_than(c, 3)


def teething_age(c: Context) -> Evidence:
    """Under 3 years, the age the first teeth come through (NICE CKS Teething: about 6 months to
    2.5 years)."""
    return _younger_than(c, 3)


def infant_under_3m(c: Context) -> Evidence:
    return tuple(r.text for r in c.ages() if r.value < 0.25) or c.ev("newborn")


def child_vital(kind: str, limit: Callable[[float], float | None]) -> Callable[[Context], Evidence]:
    def check(c: Context) -> Evidence:
        age, v = _youngest(c), c.value(kind)
        if age is None or v is None or not c.has("child_under_5"):
            return ()
        lim = limit(age)
        return c.quote(kind) if lim is not None and v > lim else ()

    return check


def _ng51_child_hr_high(age: float) -> float:
    """NICE NG51 table 1 (under 5s): high-risk heart rate >= 160 under 1 year, >= 150 at 1-2 years,
    >= 140 at 3-4 years (from 5 years the layer keeps > 130)."""
    return 160 if age < 1 else 150 if age < 3 else 140


def hr_high_risk(c: Context) -> Evidence:
    v = c.value("hr")
    if v is None:
        return ()
    age = _youngest(c)
    if age is not None and age < 5 and c.has("child_under_5"):
        return c.quote("hr") if v >= _ng51_child_hr_high(age) else ()
    return c.quote("hr") if v > 130 else ()
